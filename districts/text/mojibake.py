"""Find (and, when it is safe, repair) runs of mojibake in Chinese text.

This module is in the spirit of ftfy, but for a failure ftfy cannot see: the
damage here is not "the whole document was decoded with the wrong codec" but
short windows in which a GBK decoder fell *one byte out of step*.

What the damage looks like
--------------------------
Some of our source documents are traditional-Chinese renderings with pinyin
after selected characters (``區(qū)``, ``發(fā)展``), and contain runs such as
``花?!安⑵桨病敝卣诎压爬系淖8?,``.  Investigating those runs showed:

* Re-encoding a run as GBK and decoding the bytes *starting one byte later*
  gives back real text: ``楸本┽t`` is ``e9 b1 b1 be a9 e1 74`` and
  ``b1b1 bea9 e174`` is ``北京醫``.  The first byte belongs to the preceding
  (lost) character and the trailing ASCII ``t`` is really the trail byte 0x74
  of ``醫``; the decoder falls back into step at the first byte it reads as
  ASCII.  So the source bytes were GBK, not UTF-8: decoding the shifted bytes
  as UTF-8 (the obvious first guess) never produced anything readable, and
  neither does re-decoding a whole run with any single codec (which is why
  ftfy leaves these runs alone).
* A ``?`` marks bytes the damaging decoder could not map; they are gone.  Where
  the out-of-step decoder produced a character that was itself later annotated,
  the character and its ``(`` were lost too, leaving orphaned pinyin such as
  ``?yōu)``, ``?shù)``, ``?jiǎng)``.
* Some byte pairs were dropped silently (most likely ``。”昌平地區`` became
  ``?!辈降貐^``: ``?`` is the lost lead byte of ``。``, and the pair ``fd c6``
  vanished), so re-aligned bytes can decode to plausible but *wrong*
  characters (``”步地區``).  This is why every repair must pass a word check
  against its clean neighbours, must be the only plausible reading, and why
  most runs stay unrepaired.  Guessing a lost lead byte (prepending one) was tried and
  dropped: several lead bytes always give valid characters, so any choice
  would be invented text.
* Fullwidth punctuation and digits in the damaged text were later folded to
  ASCII (``！``→``!``, ``８``→``8``), so ASCII inside a run may stand for
  either byte sequence; both readings are tried.

On the seed documents only ``楸本┽t`` → ``北京醫`` passes the repair checks;
the other runs are reported as unreadable (``repair=None``), which is the
intended outcome: detection matters, invention does not.  On synthetic damage
(clean sentences decoded one byte out of step from a random point) the checks
accepted about 130 repairs, none wrong; detection there is deliberately
partial, because a window of one or two mojibake characters carries too little
evidence to tell from a rare name.

How runs are found
------------------
Every character gets a small suspicion weight from independent signals
(odd symbols, ``?``/``!`` jammed against CJK, orphaned pinyin, rare characters,
characters of the "wrong" script for the document, and long stretches that no
dictionary word covers).  Suspicious characters close to each other form a
cluster; a cluster becomes a run only when several kinds of evidence agree, or
when it contains orphaned pinyin, which never occurs in clean text.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import marshal
import re
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import jieba
import opencc

from districts import paths

__all__ = ["DamagedRun", "find_damaged_runs"]


@dataclass(frozen=True)
class DamagedRun:
    """A stretch of mojibake: ``text[start:end]``.

    ``repair`` holds the original characters when they could be recovered with
    confidence, else ``None`` (the bytes are lost or the result is doubtful).
    Adjacent runs are possible: a recoverable piece is reported on its own,
    next to the unreadable remainder of the same damage.
    """

    start: int
    end: int
    repair: str | None


# --- Tunables -------------------------------------------------------------
# Chosen on clean documents: common characters sum to tens of thousands in
# jieba's frequencies, the rarest names in clean text still sit above zero.
_RARE_CHAR_FREQ = 500
# Characters that are words on their own this often (的, 在, 是...) are not
# evidence when no longer word covers them.
_COMMON_SINGLE_FREQ = 20_000
# Names and slogans (金叵罗村, 腾笼换鸟) leave up to four uncovered characters
# in a row in clean text, so a stretch counts from four and weighs its length
# beyond three: a 4-character name is mild evidence, the 9- and 15-character
# mojibake stretches are overwhelming.
_MIN_STREAK = 4
# A cluster may bridge this many unremarkable characters, no more: mojibake
# contains plenty of ordinary characters, but a clean clause is longer.
_MAX_GAP = 2
_MIN_SCORE = 4
_MIN_KINDS = 2
# Repairs must be built from characters this common.
_REPAIR_CHAR_FREQ = 1000
# Longer pieces are not worth re-aligning: the longer the damage, the more
# silently dropped byte pairs it hides.
_MAX_REPAIR_LENGTH = 40
_MAX_GENUINE_PREFIX = 2
_MAX_WORD = 4

_PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ"
_TONE_MARKS = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ")
_ANNOTATION = re.compile(rf"\(([{_PINYIN_LETTERS}]{{1,7}})\)")
# A lost character keeps its pinyin but not its "(": "?yōu)".
_ORPHAN = re.compile(rf"[?\ufffd]([{_PINYIN_LETTERS}]{{1,7}})\)")

# "?" / U+FFFD are what a decoder emits for bytes it gave up on.
_LOST_MARKERS = frozenset("?\ufffd")
_EXCLAIMS = frozenset("?!？！")
# A question or exclamation mark followed by these ends a sentence normally.
_SENTENCE_FOLLOWERS = frozenset(" \t\r\n\u3000\"'”’」』)）】》")
# ...and one followed by these is in the middle of a clause, which a real
# question mark never is.
_CLAUSE_PUNCTUATION = frozenset(",、;:，；：")
_ODD_ASCII = frozenset("^`|\\{}")
_REPAIR_PUNCTUATION = frozenset("，。、；：！？“”‘’《》（）")

# (first, last, weight): symbols a misaligned GBK decode produces from the
# punctuation/kana/Greek/box rows.  Ones used in clean text too (list markers,
# Greek letters, arrows) weigh less.
_ODD_RANGES: tuple[tuple[int, int, int], ...] = (
    (0x0370, 0x03FF, 1),  # Greek
    (0x0400, 0x04FF, 2),  # Cyrillic
    (0x2150, 0x218F, 1),  # Roman numerals
    (0x2190, 0x21FF, 1),  # arrows
    (0x2200, 0x22FF, 1),  # mathematical operators
    (0x2460, 0x24FF, 1),  # circled / parenthesised numbers
    (0x2500, 0x259F, 2),  # box drawing, block elements
    (0x25A0, 0x25FF, 1),  # geometric shapes
    (0x3040, 0x30FA, 2),  # kana (not ・ or ー, which Chinese names use)
    (0x3100, 0x312F, 2),  # bopomofo
    (0x31A0, 0x31BF, 2),  # bopomofo extended
    (0x3220, 0x324F, 1),  # parenthesised ideographs
    (0xE000, 0xF8FF, 2),  # private use
    (0xFF21, 0xFF3A, 1),  # fullwidth Latin capitals (row a3 read out of step)
    (0xFF41, 0xFF5A, 1),  # fullwidth Latin small letters
    (0xFF61, 0xFF9F, 2),  # halfwidth katakana
    (0x00C0, 0x024F, 1),  # accented Latin outside a pinyin annotation
)

# Signal kinds, kept as bits so a cluster can count how many kinds agree.
_K_SYMBOL = 1
_K_PUNCT = 2
_K_ORPHAN = 4
_K_ANNOTATION = 8
_K_RARE = 16
_K_SCRIPT = 32
_K_STREAK = 64
_K_LOST = 128


# --- Reference data (loaded lazily, once) ---------------------------------


@dataclass(frozen=True)
class _Lexicon:
    char_freq: dict[str, int]  # summed frequency of dictionary words containing the char
    single_freq: dict[str, int]  # frequency of the char as a word by itself
    words: frozenset[str]  # dictionary words of 2.._MAX_WORD characters
    heads: frozenset[str]  # the first two characters of each of those words


@functools.cache
def _lexicon() -> _Lexicon:
    """jieba's dictionary, digested, and cached in this user's private cache folder, since
    reading the 5 MB dictionary costs a second in every new process (adding one document, say).

    The cache is plain data (``marshal`` of dicts, lists, strings and numbers, which cannot run
    code when read), named by a hash of the dictionary it came from, and checked for its shape
    on load; anything else is ignored and rebuilt.
    """
    path = Path(jieba.__file__).parent / "dict.txt"
    content = path.read_bytes()
    folder = paths.private_cache_dir()
    stamp = hashlib.sha256(content + f"{_MAX_WORD} heads".encode()).hexdigest()[:24]
    cached = folder / f"mojibake-lexicon-{stamp}.marshal" if folder else None
    if cached is not None:
        lexicon = _load_lexicon(cached)
        if lexicon is not None:
            return lexicon
    lexicon = _read_lexicon(path)
    if cached is not None:
        words, heads = sorted(lexicon.words), sorted(lexicon.heads)
        plain = (lexicon.char_freq, lexicon.single_freq, words, heads)
        paths.write_private(cached, marshal.dumps(plain))
    return lexicon


def character_frequencies() -> dict[str, int]:
    """Each character's summed frequency over the words of jieba's dictionary that hold it,
    in the order of the characters' first appearance in the dictionary (cached: ``_lexicon``)."""
    return _lexicon().char_freq


def _load_lexicon(path: Path) -> _Lexicon | None:
    try:
        char_freq, single_freq, words, heads = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    shapes = (
        isinstance(char_freq, dict),
        isinstance(single_freq, dict),
        isinstance(words, list),
        isinstance(heads, list),
    )
    if not all(shapes) or not all(isinstance(word, str) for word in words[:100] + heads[:100]):
        return None
    return _Lexicon(char_freq, single_freq, frozenset(words), frozenset(heads))


def _read_lexicon(path: Path) -> _Lexicon:
    char_freq: dict[str, int] = {}
    single_freq: dict[str, int] = {}
    words: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split(" ")
            if len(parts) < 2 or not parts[1].isdigit():
                continue
            word, freq = parts[0], int(parts[1])
            for ch in word:
                char_freq[ch] = char_freq.get(ch, 0) + freq
            if len(word) == 1:
                single_freq[word] = freq
            elif len(word) <= _MAX_WORD:
                words.add(word)
    return _Lexicon(char_freq, single_freq, frozenset(words), _heads_of(words))


def _heads_of(words: set[str]) -> frozenset[str]:
    """The first two characters of every word: ``_word_coverage`` looks longer slices up only
    where one of these starts (kept in the cache: building it costs 0.2 s a process)."""
    return frozenset(word[:2] for word in words)


def _opencc_table(name: str) -> dict[str, list[str]]:
    # The conversion tables OpenCC itself uses; reading them directly gives
    # per-character answers without running the phrase converter per char.
    path = Path(opencc.__file__).parent / "dictionary" / name
    table: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            key, _, values = line.rstrip("\n").partition("\t")
            if len(key) == 1 and values:
                table[key] = values.split(" ")
    return table


@dataclass(frozen=True)
class _Scripts:
    to_simplified: dict[str, str]
    simplified_only: frozenset[str]
    traditional_only: frozenset[str]


@functools.cache
def _scripts() -> _Scripts:
    s2t = _opencc_table("STCharacters.txt")
    t2s = _opencc_table("TSCharacters.txt")
    # 群/床/峰 are "simplified" for s2t but standard in Taiwan and Hong Kong;
    # the variant tables map their s2t forms back, so they are not evidence.
    variants = _opencc_table("TWVariants.txt") | _opencc_table("HKVariants.txt")
    simplified_only = {
        ch
        for ch, targets in s2t.items()
        if ch not in targets and not any(ch in variants.get(t, ()) for t in targets)
    }
    traditional_only = {ch for ch, targets in t2s.items() if ch not in targets}
    to_simplified = {ch: targets[0] for ch, targets in t2s.items() if len(targets[0]) == 1}
    return _Scripts(to_simplified, frozenset(simplified_only), frozenset(traditional_only))


# --- Character classes ----------------------------------------------------


def _is_han(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3FFFF
    )


@functools.lru_cache(maxsize=8192)
def _symbol_weight(ch: str) -> int:
    cp = ord(ch)
    for first, last, weight in _ODD_RANGES:
        if first <= cp <= last:
            return weight
    return 1 if ch in _ODD_ASCII else 0


def _has_tone_mark(syllable: str) -> bool:
    # Requiring a tone mark keeps English words in brackets ("(online)") out.
    return any(ch in _TONE_MARKS for ch in syllable)


def _simplify(ch: str) -> str:
    return _scripts().to_simplified.get(ch, ch)


@functools.cache
def _simplify_table() -> dict[int, str]:
    """``_simplify`` of every character as a ``str.translate`` table: a text's characters
    simplified in one call rather than one Python call each."""
    return {ord(ch): to for ch, to in _scripts().to_simplified.items() if len(ch) == 1}


def simplified_characters(text: str) -> str:
    """``text`` with each traditional character replaced by its simplified one, character
    for character (the same length; no phrase conversion): enough to look a short name up in
    a registry kept in simplified script.

    >>> simplified_characters("大興國際機場")
    '大兴国际机场'
    """
    return text.translate(_simplify_table())


# --- The annotation-free view ----------------------------------------------


@dataclass(frozen=True)
class _Shifted:
    """The offsets of a view that is the text itself: ``offsets[i] == i + by``, stored as
    nothing (most documents carry no pinyin)."""

    by: int

    def __getitem__(self, index: int) -> int:
        return index + self.by


@dataclass(frozen=True)
class _View:
    """The text with well-formed pinyin annotations removed.

    Word and bigram evidence is about adjacent characters, and an annotation
    sits between characters that are adjacent in the original text.
    """

    # Offsets are machine integers (array "q"), not lists of Python ints: a list costs some
    # 36 bytes a character, and a 19 MB text would need gigabytes.
    chars: str
    offsets: array | _Shifted  # text offset of each view character
    ends: array | _Shifted  # text offset just after the character and its annotation
    pinyin: dict[int, str]  # view index -> the pinyin annotating it


def _annotation_free_view(text: str) -> _View:
    if not any(m.start() and _is_han(text[m.start() - 1]) for m in _ANNOTATION.finditer(text)):
        # Most documents carry no pinyin at all: the view is the text itself.
        n = len(text)
        return _View(text, _Shifted(0), _Shifted(1), {})
    chars: list[str] = []
    offsets = array("q")
    ends = array("q")
    pinyin: dict[int, str] = {}
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        chars.append(ch)
        offsets.append(i)
        i += 1
        if _is_han(ch) and i < n and text[i] == "(":
            match = _ANNOTATION.match(text, i)
            if match:
                pinyin[len(chars) - 1] = match.group(1)
                i = match.end()
        ends.append(i)
    return _View("".join(chars), offsets, ends, pinyin)


# --- Signals --------------------------------------------------------------


class _Evidence:
    """Per view position: suspicion weight, kinds of evidence, membership."""

    def __init__(self, size: int) -> None:
        # Compact per-character arrays (8 bytes, or 1 for a flag), not lists of pointers.
        self.weight = array("q", bytes(8 * size))
        self.kinds = array("B", bytes(size))  # the _K_ flags fit in a byte
        self.member = bytearray(size)  # 0 or 1
        self.decisive = bytearray(size)

    def add(self, index: int, weight: int, kind: int) -> None:
        self.weight[index] += weight
        self.kinds[index] |= kind
        self.member[index] = True


def _near_han(chars: str, index: int, reach: int = 1) -> bool:
    lo, hi = max(0, index - reach), min(len(chars), index + reach + 1)
    return any(_is_han(chars[j]) for j in range(lo, hi) if j != index)


def _mark_orphaned_pinyin(view: _View, evidence: _Evidence) -> None:
    # "?" + toned pinyin + ")" with no "(" is what is left of an annotated
    # character the decoder lost; clean text has no reason to contain it.
    for match in _ORPHAN.finditer(view.chars):
        if not _has_tone_mark(match.group(1)):
            continue
        start, end = match.span()
        evidence.add(start, 3, _K_ORPHAN)
        evidence.decisive[start] = True
        for j in range(start + 1, end):
            evidence.member[j] = True


def _mark_displaced_annotations(view: _View, evidence: _Evidence) -> None:
    # An annotation always follows the character it reads; when it follows
    # "t" or "^" instead, that character is the debris of the real one.
    for match in _ANNOTATION.finditer(view.chars):
        start = match.start()
        if start == 0 or not _has_tone_mark(match.group(1)):
            continue
        before = view.chars[start - 1]
        if not _is_han(before) and before not in _LOST_MARKERS:
            evidence.add(start - 1, 1, _K_ANNOTATION)


def _pinyin_positions(chars: str) -> set[int]:
    positions: set[int] = set()
    for pattern in (_ANNOTATION, _ORPHAN):
        for match in pattern.finditer(chars):
            positions.update(range(match.start(1), match.end(1)))
    return positions


def _mark_symbols_and_marks(view: _View, evidence: _Evidence) -> None:
    chars = view.chars
    n = len(chars)
    pinyin = _pinyin_positions(chars)
    for match in _candidate_marks().finditer(chars):
        i, ch = match.start(), match.group()
        if i in pinyin:
            continue  # tone-marked letters of an annotation, however displaced
        if ch == "\ufffd":
            evidence.add(i, 2, _K_LOST)
        elif ch in _EXCLAIMS:
            following = chars[i + 1] if i + 1 < n else "\n"
            if following in _SENTENCE_FOLLOWERS:
                continue  # an ordinary question or exclamation
            # "?!" counts as one mark; look past it to what it touches.
            lo = i - 1
            while lo >= 0 and chars[lo] in _EXCLAIMS:
                lo -= 1
            hi = i + 1
            while hi < n and chars[hi] in _EXCLAIMS:
                hi += 1
            neighbours = (chars[lo] if lo >= 0 else "", chars[hi] if hi < n else "")
            if any(c and (_is_han(c) or _symbol_weight(c) or c.isdigit()) for c in neighbours):
                evidence.add(i, 2 if following in _CLAUSE_PUNCTUATION else 1, _K_PUNCT)
        else:
            # Only in direct contact: arrows and list markers in clean text are
            # set off by spaces or punctuation, mojibake symbols never are.
            weight = _symbol_weight(ch)
            if weight and _near_han(chars, i):
                evidence.add(i, weight, _K_SYMBOL)


@functools.cache
def _candidate_marks() -> re.Pattern[str]:
    """The characters _mark_symbols_and_marks weighs: marks, odd symbols, the lost marker.
    Finding them with one regex spares a Python loop over every character of clean text."""
    ranges = "".join(f"\\u{first:04x}-\\u{last:04x}" for first, last, _ in _ODD_RANGES)
    singles = re.escape("".join(sorted(_EXCLAIMS | _ODD_ASCII | {"\ufffd"})))
    return re.compile(f"[{ranges}{singles}]")


def _dominant_script(chars: str) -> str | None:
    # Mojibake itself mixes both scripts, so a document only counts as one
    # script when that script clearly outnumbers the other; short snippets
    # get no script evidence at all.
    scripts = _scripts()
    counts = Counter(chars)  # each distinct character looked up once, not each occurrence
    simplified = sum(n for ch, n in counts.items() if ch in scripts.simplified_only)
    traditional = sum(n for ch, n in counts.items() if ch in scripts.traditional_only)
    if traditional >= 5 and traditional >= 2 * simplified:
        return "traditional"
    if simplified >= 5 and simplified >= 2 * traditional:
        return "simplified"
    return None


def _mark_rare_and_foreign_characters(view: _View, evidence: _Evidence) -> None:
    # GBK mojibake is drawn evenly from the code table, so it is full of rare
    # characters and of characters from the other script (压 in a traditional
    # text), which a clean document has few of.
    scripts = _scripts()
    script = _dominant_script(view.chars)
    foreign = (
        scripts.simplified_only
        if script == "traditional"
        else scripts.traditional_only
        if script == "simplified"
        else frozenset()
    )
    # Each distinct character is judged once; only the positions of those that are rare or
    # foreign (few, in a clean document) are visited, found by one pattern of them.
    marked = {}
    for ch in set(view.chars):
        rarity, is_foreign = _rarity(ch), ch in foreign
        if rarity or is_foreign:
            marked[ch] = (rarity, is_foreign)
    if not marked:
        return
    pattern = re.compile("[" + "".join(re.escape(ch) for ch in marked) + "]")
    for match in pattern.finditer(view.chars):
        rarity, is_foreign = marked[match.group()]
        if rarity:
            evidence.add(match.start(), rarity, _K_RARE)
        if is_foreign:
            evidence.add(match.start(), 1, _K_SCRIPT)


@functools.lru_cache(maxsize=65536)
def _rarity(ch: str) -> int:
    """2 for a Han character no dictionary word uses, 1 for a rare one, else 0."""
    if not _is_han(ch):
        return 0
    freq = _lexicon().char_freq.get(_simplify(ch), 0)
    if freq == 0:
        return 2
    return 1 if freq < _RARE_CHAR_FREQ else 0


def _word_coverage(simplified: str) -> list[bool]:
    """Which characters some dictionary word of two or more characters spans."""
    words = _lexicon().words
    heads = _lexicon().heads
    n = len(simplified)
    covered = [False] * n
    for i in range(n):
        if simplified[i : i + 2] not in heads:
            continue  # no word starts here: the longer slices need not be looked up
        for length in range(2, _MAX_WORD + 1):
            if i + length <= n and simplified[i : i + length] in words:
                for j in range(i, i + length):
                    covered[j] = True
    return covered


def _mark_unsegmentable_stretches(
    view: _View, evidence: _Evidence, start: int = 0, end: int | None = None
) -> None:
    # Raw unknown bigrams are useless on their own (about 30% of bigrams in
    # clean text straddle word boundaries), but a long stretch that no word
    # covers, made of characters that are not common words by themselves,
    # does not happen in clean prose.
    single_freq = _lexicon().single_freq
    end = len(view.chars) if end is None else end
    simplified = view.chars[start:end].translate(_simplify_table())
    covered = _word_coverage(simplified)
    streak: list[int] = []
    for offset, ch in enumerate(simplified):
        i = start + offset
        if _is_han(ch) and not covered[offset] and single_freq.get(ch, 0) < _COMMON_SINGLE_FREQ:
            streak.append(i)
            continue
        if streak and _symbol_weight(ch):
            continue  # a stray symbol inside mojibake does not end it
        _flag_streak(streak, evidence)
        streak = []
    _flag_streak(streak, evidence)


def _flag_streak(streak: list[int], evidence: _Evidence) -> None:
    if len(streak) >= _MIN_STREAK:
        evidence.add(streak[0], len(streak) - (_MIN_STREAK - 1), _K_STREAK)
        for i in streak[1:]:
            evidence.member[i] = True


def _collect_evidence(view: _View) -> _Evidence:
    evidence = _Evidence(len(view.chars))
    _mark_orphaned_pinyin(view, evidence)
    _mark_displaced_annotations(view, evidence)
    _mark_symbols_and_marks(view, evidence)
    _mark_rare_and_foreign_characters(view, evidence)
    # A streak is one kind of evidence, and a cluster needs two kinds and never spans a line
    # break, so streaks matter only on lines that already have other evidence. Looking only
    # there keeps clean documents (most of them) cheap; the runs found are the same.
    for start, end in _lines_with_evidence(view.chars, evidence):
        _mark_unsegmentable_stretches(view, evidence, start, end)
    return evidence


def _lines_with_evidence(chars: str, evidence: _Evidence) -> Iterator[tuple[int, int]]:
    start = 0
    while start < len(chars):
        end = chars.find("\n", start)
        end = len(chars) if end < 0 else end
        if any(evidence.member[start:end]):
            yield start, end
        start = end + 1


# --- Clusters -------------------------------------------------------------


def _clusters(view: _View, evidence: _Evidence) -> Iterator[tuple[int, int]]:
    """Spans [first, last] of view indices whose suspicious members are close."""
    first = last = -1
    for i, is_member in enumerate(evidence.member):
        if not is_member:
            continue
        if first >= 0 and i - last - 1 <= _MAX_GAP and "\n" not in view.chars[last:i]:
            last = i
            continue
        if first >= 0:
            yield first, last
        first = last = i
    if first >= 0:
        yield first, last


def _is_convincing(first: int, last: int, evidence: _Evidence) -> bool:
    if any(evidence.decisive[first : last + 1]):
        return True
    score = sum(evidence.weight[first : last + 1])
    kinds = 0
    for k in evidence.kinds[first : last + 1]:
        kinds |= k
    return score >= _MIN_SCORE and kinds.bit_count() >= _MIN_KINDS


# --- Repair ---------------------------------------------------------------


def _pieces(first: int, last: int, view: _View) -> list[tuple[int, int, bool]]:
    """Split a cluster into (start, end, lost) stretches of view indices.

    Lost stretches are "?" markers and orphaned pinyin; the rest are byte
    sequences that might be re-aligned, each independently, because the
    decoder's alignment is unknown again after every loss.
    """
    lost = [False] * (last - first + 1)
    for match in _ORPHAN.finditer(view.chars, first, last + 1):
        for j in range(match.start(), match.end()):
            lost[j - first] = True
    for j in range(first, last + 1):
        if view.chars[j] in _LOST_MARKERS:
            lost[j - first] = True
    pieces: list[tuple[int, int, bool]] = []
    start = first
    for j in range(first + 1, last + 2):
        if j == last + 1 or lost[j - first] != lost[start - first]:
            pieces.append((start, j, lost[start - first]))
            start = j
    return pieces


def _readings(piece: str) -> Iterator[tuple[str, str]]:
    """Ways to split a piece into (bytes to re-align, text already in step).

    ASCII inside a run is either a fullwidth character folded to ASCII later
    ("!" was "！", still out of step) or a real single byte, which is where the
    decoder fell back into step: it may be the trail byte of the last damaged
    character ("t" = 0x74 in "┽t"), and whatever follows it is genuine.
    """
    widened = []
    for i, ch in enumerate(piece):
        if "!" <= ch <= "~":
            yield "".join(widened) + ch, piece[i + 1 :]
            ch = chr(ord(ch) + 0xFEE0)
        widened.append(ch)
    yield "".join(widened), ""


def _decodings(raw: bytes, may_drop_last: bool) -> Iterator[str]:
    # The first byte belongs to the character before: the decoder restarted on
    # a trail byte.  A final lead byte whose trail was lost may be dropped when
    # a neighbouring "?" already accounts for that character.
    shifted = [raw[1:], raw[1:-1]] if may_drop_last else [raw[1:]]
    for data in shifted:
        try:
            yield data.decode("gbk")
        except UnicodeDecodeError:
            pass


def _realignments(piece: str, may_drop_last: bool) -> set[str]:
    if len(piece) > _MAX_REPAIR_LENGTH:
        return set()
    candidates: set[str] = set()
    # The first few characters of a cluster may be genuine text that only
    # looked odd; each choice is a separate candidate, so if both readings
    # are plausible the repair is ambiguous and refused.
    for keep in range(min(_MAX_GENUINE_PREFIX, len(piece) - 1) + 1):
        prefix = piece[:keep]
        for damaged, in_step in _readings(piece[keep:]):
            try:
                raw = damaged.encode("gbk")
            except UnicodeEncodeError:
                continue
            for decoded in _decodings(raw, may_drop_last and not in_step):
                candidates.add(prefix + decoded + in_step)
    # Classic whole-window mojibake (UTF-8 read as GBK) is undone in step; a
    # character cut short by a following "?" is left to that "?".
    try:
        raw = piece.encode("gbk")
        decoder = codecs.getincrementaldecoder("utf-8")()
        candidates.add(decoder.decode(raw, final=not may_drop_last))
    except UnicodeError:
        pass
    candidates.discard(piece)
    return candidates


def _context(view: _View, start: int, step: int) -> str:
    """Up to _MAX_WORD - 1 clean Han characters next to a piece, simplified."""
    found: list[str] = []
    i = start
    while 0 <= i < len(view.chars) and len(found) < _MAX_WORD - 1:
        ch = view.chars[i]
        if not _is_han(ch):
            break
        found.append(_simplify(ch))
        i += step
    return "".join(found if step > 0 else reversed(found))


def _is_plausible(candidate: str, before: str, after: str) -> bool:
    """Only common characters, each inside a dictionary word."""
    lexicon = _lexicon()
    simplified = "".join(_simplify(ch) for ch in candidate)
    if sum(_is_han(ch) for ch in simplified) < 2:
        return False
    for ch in simplified:
        if _is_han(ch):
            if lexicon.char_freq.get(ch, 0) < _REPAIR_CHAR_FREQ:
                return False
        elif ch not in _REPAIR_PUNCTUATION:
            return False
    covered = _word_coverage(before + simplified + after)[len(before) :]
    return all(ok for ok, ch in zip(covered, simplified, strict=False) if _is_han(ch))


def _doc_pinyin(view: _View) -> dict[str, set[str]]:
    readings: dict[str, set[str]] = {}
    for index, syllable in view.pinyin.items():
        readings.setdefault(view.chars[index], set()).add(syllable)
    return readings


def _repair_piece(
    view: _View, start: int, end: int, may_drop_last: bool, readings: dict[str, set[str]]
) -> str | None:
    piece = view.chars[start:end]
    before = ""
    if start > 0 and view.chars[start - 1] not in _LOST_MARKERS:
        before = _context(view, start - 1, -1)
    after_index = end
    trailing_pinyin = None
    # A piece ending in a trail byte like "t" is followed by the annotation
    # of the character it completes; the annotation is a free consistency check.
    match = _ANNOTATION.match(view.chars, end)
    if match:
        trailing_pinyin = match.group(1)
        after_index = match.end()
    after = _context(view, after_index, 1)
    if _is_plausible(piece, before, after):
        return None  # it already reads fine: re-aligning it could only invent
    accepted = set()
    for candidate in _realignments(piece, may_drop_last):
        if not _is_plausible(candidate, before, after):
            continue
        known = readings.get(candidate[-1])
        if trailing_pinyin is not None and known and trailing_pinyin not in known:
            continue
        accepted.add(candidate)
    # Two readings that both look fine means we cannot tell which is true.
    return accepted.pop() if len(accepted) == 1 else None


def _runs_for_cluster(
    view: _View, first: int, last: int, readings: dict[str, set[str]]
) -> list[DamagedRun]:
    runs: list[DamagedRun] = []
    pending_start: int | None = None  # start of unreadable text not yet emitted
    pieces = _pieces(first, last, view)
    for number, (start, end, lost) in enumerate(pieces):
        repair = None
        if not lost:
            followed_by_loss = number + 1 < len(pieces)
            repair = _repair_piece(view, start, end, followed_by_loss, readings)
        text_start, text_end = view.offsets[start], view.ends[end - 1]
        if repair is None:
            if pending_start is None:
                pending_start = text_start
            continue
        if pending_start is not None:
            runs.append(DamagedRun(pending_start, text_start, None))
            pending_start = None
        runs.append(DamagedRun(text_start, text_end, repair))
    if pending_start is not None:
        runs.append(DamagedRun(pending_start, view.ends[last], None))
    return runs


# --- Public entry point ---------------------------------------------------


def find_damaged_runs(text: str) -> list[DamagedRun]:
    """Non-overlapping, sorted runs of mojibake in `text`."""
    if not text:
        return []
    view = _annotation_free_view(text)
    evidence = _collect_evidence(view)
    readings = _doc_pinyin(view)
    runs: list[DamagedRun] = []
    for first, last in _clusters(view, evidence):
        if _is_convincing(first, last, evidence):
            runs.extend(_runs_for_cluster(view, first, last, readings))
    return runs
