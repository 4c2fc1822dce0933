"""A text plus the way back: every character knows which original characters it came from.

Fixers never rewrite the text directly; they propose ``Edit``s, and ``MappedText.apply``
carries the map along. That is what lets a number found in clean simplified text be quoted
exactly as the (traditional, pinyin-annotated, badly broken) original wrote it.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass

# Offsets are machine integers in arrays, 8 bytes each: as tuples of Python ints the map of a
# 19 MB text took gigabytes (an int object and a pointer per character, twice, and the
# lists it was built from).
_OFFSET = "q"


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class MappedText:
    """``text[i]`` came from ``original[starts[i]:ends[i]]``.

    Invariants (checked by the property tests): ``starts`` and ``ends`` are non-decreasing,
    ``starts[i] < ends[i]``, and every span lies inside the original.
    """

    original: str
    text: str
    starts: array  # array("q"): see _OFFSET
    ends: array

    @classmethod
    def identity(cls, original: str) -> MappedText:
        size = len(original)
        return cls(
            original, original, array(_OFFSET, range(size)), array(_OFFSET, range(1, size + 1))
        )

    def apply(self, edits: Iterable[Edit]) -> MappedText:
        """Apply non-overlapping edits, given in any order.

        A replacement as long as what it replaces maps character by character; any other
        replacement maps each of its characters to the whole replaced stretch, which stays
        exact (contains what it was made from) without inventing an alignment.
        """
        ordered = sorted(edits, key=lambda edit: (edit.start, edit.end))
        if not ordered:
            return self
        pieces: list[str] = []
        starts = array(_OFFSET)
        ends = array(_OFFSET)
        cursor = 0
        for edit in ordered:
            if edit.start < cursor or edit.end < edit.start or edit.end > len(self.text):
                raise ValueError(f"overlapping or out-of-range edit {edit}")
            if edit.start == edit.end and edit.replacement:
                raise ValueError(f"insertions have no source to map to: {edit}")
            pieces.append(self.text[cursor : edit.start])
            starts.extend(self.starts[cursor : edit.start])
            ends.extend(self.ends[cursor : edit.start])
            width = edit.end - edit.start
            if len(edit.replacement) == width:
                starts.extend(self.starts[edit.start : edit.end])
                ends.extend(self.ends[edit.start : edit.end])
            elif edit.replacement:
                starts.extend(array(_OFFSET, [self.starts[edit.start]]) * len(edit.replacement))
                ends.extend(array(_OFFSET, [self.ends[edit.end - 1]]) * len(edit.replacement))
            pieces.append(edit.replacement)
            cursor = edit.end
        pieces.append(self.text[cursor:])
        starts.extend(self.starts[cursor:])
        ends.extend(self.ends[cursor:])
        return MappedText(self.original, "".join(pieces), starts, ends)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original stretch that ``text[start:end]`` came from (``start < end``)."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is not inside the text")
        return self.starts[start], self.ends[end - 1]

    def original_of(self, start: int, end: int) -> str:
        first, last = self.original_span(start, end)
        return self.original[first:last]
