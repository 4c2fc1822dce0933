"""Which of many phrases can occur in a short text, without searching for every one of them.

The attributor looks for each of the catalog's synonyms (hundreds) and each theme keyword in
the few characters around every number; a ``str.find`` per phrase per number was the larger
part of the whole pipeline's time. A phrase can only occur where its first two characters do,
so the phrases are indexed by those and a text is asked for its own pairs of characters.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from districts.numerals import CHINESE_NUMERAL_CHARS

T = TypeVar("T")

# A section heading's number at its line's start: 1、 2. (3) 一、 （二）. Read by the attributor
# (a heading's digits are no item's figure) and the time rules (a numbered section's year).
SECTION_NUMBER = rf"^\s*[(（]?(?:\d+|[{CHINESE_NUMERAL_CHARS}]{{1,3}})[)）、.．]"


class PhraseIndex(Generic[T]):
    """``(phrase, payload)`` pairs, indexed by each phrase's first two characters.

    ``candidates(text)`` returns, in their original order, the pairs whose phrase may occur in
    ``text``: every pair whose phrase does occur is among them (a superset, so a caller that
    goes on to search for each one gets exactly what searching for all of them would give).

    >>> index = PhraseIndex([("森林覆盖率", 1), ("林木绿化率", 2), ("绿", 3)])
    >>> [payload for _, payload in index.candidates("全区森林覆盖率达到68%")]
    [1]
    """

    def __init__(self, pairs: Sequence[tuple[str, T]]) -> None:
        self.pairs = list(pairs)
        self._by_head: dict[str, list[int]] = {}
        self._always: list[int] = []  # empty phrases occur everywhere
        for position, (phrase, _) in enumerate(self.pairs):
            if phrase:
                self._by_head.setdefault(phrase[:2], []).append(position)
            else:
                self._always.append(position)
        self._heads = frozenset(self._by_head)

    def candidates(self, text: str) -> list[tuple[str, T]]:
        by_head = self._by_head
        found = list(self._always)
        # only the heads some phrase has: of each pair of characters, and of each character
        # (one-character phrases); asked of the index's heads, no set of the text's built
        heads = self._heads.intersection(map(operator.add, text, text[1:]))
        for head in heads.union(self._heads.intersection(text)):
            found.extend(by_head[head])
        found.sort()
        pairs = self.pairs
        return [pairs[position] for position in found]


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, the longest first (a shorter word that
    begins a longer one never wins over it).

    >>> alternation(("区", "区县"))
    '区县|区'
    """
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


@functools.cache
def any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list of cue words: ``any_of(words).search(text)`` finds one exactly
    when ``any(word in text for word in words)`` holds, in one pass over ``text`` instead of
    one per word (built once per list, by its words). No words: a pattern that finds nothing.

    >>> bool(any_of(("力争", "预计")).search("力争到2025年"))
    True
    """
    if not words:
        return re.compile("(?!)")
    return re.compile(alternation(words))


# Word lists by identity: the lexicon's lists are tuples built once and asked about thousands of
# times, so each gets its words as a set and its lengths, longest first, on first use; the
# reference kept beside them means an ``id`` is never reused while its entry stands.
_INDEXED: dict[int, tuple[tuple[str, ...], frozenset[str], tuple[int, ...]]] = {}


def _by_length(words: Iterable[str]) -> tuple[frozenset[str], tuple[int, ...]] | None:
    """``words`` as a set and its lengths, longest first, or None when ``words`` is not a tuple
    (a list or a generator may change or run out: those are searched word by word)."""
    if type(words) is not tuple:
        return None
    entry = _INDEXED.get(id(words))
    if entry is None or entry[0] is not words:
        if len(_INDEXED) > 4096:  # tuples built on the fly: forget them rather than grow
            _INDEXED.clear()
        entry = (words, frozenset(words), tuple(sorted({len(w) for w in words if w}, reverse=True)))
        _INDEXED[id(words)] = entry
    return entry[1], entry[2]


def longest_prefix(text: str, words: Iterable[str]) -> str:
    """The longest of ``words`` that ``text`` starts with, or "".

    A tuple of words is asked by length (one set look-up per length of its words) rather than
    word by word: the same answer, as the longest match is the text's own prefix of that length.

    >>> longest_prefix("正向增长", ("正", "正向"))
    '正向'
    """
    return _longest(text, words, at_end=False)


def longest_suffix(text: str, words: Iterable[str]) -> str:
    """The longest of ``words`` that ``text`` ends with, or "".

    >>> longest_suffix("占北京市", ("市", "北京市"))
    '北京市'
    """
    return _longest(text, words, at_end=True)


def _longest(text: str, words: Iterable[str], at_end: bool) -> str:
    """``longest_suffix`` (``at_end``) or ``longest_prefix``, worked out."""
    indexed = _by_length(words)
    if indexed is None:
        found = text.endswith if at_end else text.startswith
        return max((word for word in words if found(word)), key=len, default="")
    members, lengths = indexed
    size = len(text)
    for length in lengths:
        if length <= size:
            piece = text[size - length :] if at_end else text[:length]
            if piece in members:
                return piece
    return ""


# The dashes a range is written with between its ends (5%-8%, 400—450, 3～5)
RANGE_DASHES = "-\u2014\u2013~\uff5e"


@functools.cache
def range_mark(range_words: tuple[str, ...]) -> str:
    """A pattern for the mark between a range's two ends: one of ``range_words`` (至, 到) or a
    dash (``RANGE_DASHES``)."""
    words = "|".join(re.escape(word) for word in range_words) or "(?!)"
    return rf"(?:{words}|[{re.escape(RANGE_DASHES)}])"


# The most characters of what a breakdown's head breaks down (从企业领域看, 分行业看)
_BREAKDOWN_TOPIC = 8


@functools.cache
def breakdown_head_re(openers: tuple[str, ...], closers: tuple[str, ...]) -> re.Pattern[str]:
    """The head of a breakdown opening a sentence (从企业领域看，…; 分季度看，…): one of
    ``openers``, a few words of what is broken down, one of ``closers`` and a comma. Matched
    at a sentence's start; what follows is a breakdown of its own.

    >>> head = breakdown_head_re(("从", "分"), ("来看", "看"))
    >>> bool(head.match("分季度看，一季度增长6.1%")), bool(head.match("分别增长6.1%"))
    (True, False)
    """
    return re.compile(
        f"(?:{alternation(openers) or '(?!)'})"
        f"[^，,。；;：:\n]{{1,{_BREAKDOWN_TOPIC}}}?"
        f"(?:{alternation(closers) or '(?!)'})[，,]"
    )


# A note in brackets, not nested: 大兴(含亦庄,下同), 密云区（62.2%）
BRACKETED_NOTE_RE = re.compile(r"[（(][^（()）]*[)）]")


def bracket_open_at(text: str, start: int, at: int) -> bool:
    """A bracket opened in text[start:at] is still open at ``at``: in 大兴(含亦庄, 亦庄 is a
    note on the item before it, and in 朝阳区（同比增长12%）8000亿元 the 12 is."""
    between = text[start:at]
    return max(between.rfind("("), between.rfind("\uff08")) > max(
        between.rfind(")"), between.rfind("\uff09")
    )
