"""Sentences and clauses of normalized text, as spans (so every piece maps back)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Ends a sentence: Chinese and ASCII full stops, question and exclamation marks, semicolons,
# and line breaks (headings, captions and paragraphs are never one sentence).
_SENTENCE_END_RE = re.compile(r"[。！？!?；;]+[”’」』]?|\n+")
# Separates clauses inside a sentence. The enumeration comma 、 is not one: it joins items
# of one list ("地表水、饮用水源水质考核达标率"); nor is a thousands separator (10,773.4).
_CLAUSE_END_RE = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))|[，:：]")


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
    """Clause spans inside one sentence."""
    spans: list[Span] = []
    start = sentence.start
    for match in _CLAUSE_END_RE.finditer(text, sentence.start, sentence.end):
        _append_trimmed(spans, text, start, match.start())
        start = match.end()
    _append_trimmed(spans, text, start, sentence.end)
    return spans


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))
