"""Sentences and clauses of normalized text, as spans (so every piece maps back)."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

# Ends a sentence: Chinese and ASCII full stops, question and exclamation marks, semicolons,
# and line breaks (headings, captions and paragraphs are never one sentence). A semicolon ends
# a sentence here but not a statement: the parts it sets apart may share one subject.
FULL_STOPS = "。！？!?\n"
SEMICOLONS = "；;"
_SENTENCE_END_RE = re.compile(r"[。！？!?；;]+[”’」』]?|\n+")
# Separates clauses inside a sentence. The enumeration comma 、 is not one: it joins items
# of one list ("地表水、饮用水源水质考核达标率"); nor is a thousands separator (10,773.4).
# A colon between two digits joins the parts of a ratio or a clock time (由2.51:1缩小到2.32:1,
# 10:30), ending no clause: the level after it was cut from its measure and lost.
_CLAUSE_END_RE = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))|[，：]|(?<!\d):|:(?!\d)")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def sentences(text: str) -> list[Span]:
    """Non-empty sentence spans, in order, without surrounding white space."""
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        if match.start() < start:
            continue  # the quote mark taken in by the sentence before
        end = match.end()
        if text[end : end + 1] == '"' and text.count('"', start, end) % 2:
            end += 1  # a straight quote that closes this sentence's quotation
        _append_trimmed(spans, text, start, end)
        start = end
    _append_trimmed(spans, text, start, len(text))
    return spans


def clauses(text: str, sentence: Span) -> list[Span]:
    """Clause spans inside one sentence, none longer than ``MAX_CLAUSE``."""
    spans: list[Span] = []
    start = sentence.start
    for match in _CLAUSE_END_RE.finditer(text, sentence.start, sentence.end):
        _append_bounded(spans, text, start, match.start())
        start = match.end()
    _append_bounded(spans, text, start, sentence.end)
    return spans


def _append_bounded(spans: list[Span], text: str, start: int, end: int) -> None:
    """A clause, cut into pieces of at most ``MAX_CLAUSE`` characters where it runs on.

    Why: every number of a clause is read against the clause before it, so a clause of
    thousands of characters without a comma ("1%1%1%…", a table joined into one line) would
    take time quadratic in its length. No real clause is this long; the cut is moved back
    off digits and letters, so a number is never cut in half (unless it is itself longer).
    """
    while end - start > MAX_CLAUSE:
        cut = start + MAX_CLAUSE
        floor = cut - _MAX_EDGE_SHIFT
        while cut > floor and _splits_word(text, cut):
            cut -= 1
        if cut == floor:
            cut = start + MAX_CLAUSE  # a run of digits longer than the shift: cut anyway
        _append_trimmed(spans, text, start, cut)
        start = cut
    _append_trimmed(spans, text, start, end)


# Bullet symbols opening a list item ("• 新增…"): no part of its sentence or first clause.
# The marks that open a bulleted list item (normalize.py's item patterns add the middle dot
# and dashes, which only a line's start makes a bullet).
BULLET_MARKS = "•▪◆◇►▶■□○●"
_BULLETS = frozenset(BULLET_MARKS)


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and (text[start].isspace() or text[start] in _BULLETS):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))


# How much of its clause, sentence and paragraph is read around one number. Real clauses,
# sentences and paragraphs are far shorter (the corpus's longest: 92, 289 and 800
# characters), so for them nothing changes; a crafted or badly extracted text that runs on
# without punctuation ("1%1%1%…", a table joined into one line) is read in a window around
# each number, so the work per number and the sentence stored with it stay bounded, and the
# whole document takes time linear in its length.
MAX_CLAUSE = 200
MAX_SENTENCE = 400
MAX_PARAGRAPH = 1000
# A window's edge is moved off a run of digits and letters (never cutting a number or a word
# in half) by at most this many characters.
_MAX_EDGE_SHIFT = 24
_WORD_CHARS = frozenset("0123456789.,%ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


class Pieces:
    """Consecutive spans (the clauses of a sentence, the sentences of a paragraph), for
    windows of whole pieces around a number.

    Example: in a 3,000-character line of "森林覆盖率72.5%，…" clauses, ``around`` the
    clause of one number gives the whole clauses within 400 characters of it.
    """

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self._starts = [span.start for span in spans]
        self._ends = [span.end for span in spans]

    def around(self, text: str, target: Span, limit: int) -> Span:
        """The whole pieces within ``limit`` characters centred on ``target``; where the
        piece holding ``target`` is itself longer, a window of it cut off words and digits.
        Always contains ``target``; time logarithmic in the number of pieces."""
        first, last = self._starts[0], self._ends[-1]
        if last - first <= limit:
            return Span(first, last)
        start, end = _centred(target, first, last, limit)
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_right(self._ends, end) - 1
        if i <= j and self._starts[i] <= target.start and target.end <= self._ends[j]:
            return Span(self._starts[i], self._ends[j])
        k = max(0, bisect.bisect_right(self._starts, target.start) - 1)
        return clipped(text, self.spans[k], target, limit)


def clipped(text: str, span: Span, target: Span, limit: int) -> Span:
    """``span`` cut to ``limit`` characters centred on ``target`` when it is longer, each
    edge that was cut moved inwards off digits and letters so that no number is read in
    half (…3|6.2亿元 → 亿元…); ``target`` stays inside."""
    if span.end - span.start <= limit:
        return span
    start, end = _centred(target, span.start, span.end, limit)
    if start > span.start:
        floor = max(start, min(start + _MAX_EDGE_SHIFT, target.start))
        while start < floor and _splits_word(text, start):
            start += 1
    if end < span.end:
        ceiling = min(end, max(end - _MAX_EDGE_SHIFT, target.end))
        while end > ceiling and _splits_word(text, end):
            end -= 1
    return Span(start, end)


def _splits_word(text: str, at: int) -> bool:
    return at > 0 and text[at - 1] in _WORD_CHARS and text[at] in _WORD_CHARS


def _centred(target: Span, first: int, last: int, limit: int) -> tuple[int, int]:
    """[start, end) of at most ``limit`` characters (more only when ``target`` is longer)
    inside [first, last), centred on ``target`` and shifted inwards at the edges."""
    middle = (target.start + target.end) // 2
    start = max(first, middle - limit // 2)
    end = min(last, start + limit)
    start = max(first, end - limit)
    return min(start, target.start), max(end, target.end)


def statement_start(text: str, position: int, marks: str) -> int:
    """Where the statement holding ``position`` starts: after the last of ``marks`` before it,
    looked for no further back than a paragraph can reach (MAX_PARAGRAPH). A search
    back to the start of the text made every number of a long unpunctuated table cost the
    whole text before it (quadratic in its length)."""
    floor = max(0, position - MAX_PARAGRAPH)
    if position < 0:  # counted from the text's end, as str.rfind counts a negative end
        return max(floor, *(text.rfind(mark, floor, position) + 1 for mark in marks))
    last = _up_to_a_mark(marks).match(text, floor, position)  # one pass, not one per mark
    return last.end() if last else floor


@functools.cache
def _up_to_a_mark(marks: str) -> re.Pattern[str]:
    """Everything up to and including the last of ``marks`` (greedy): its end is where the
    statement after that mark starts (``statement_start``)."""
    return re.compile("(?s).*[" + "".join(re.escape(mark) for mark in marks) + "]")
