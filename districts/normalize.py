"""Messy document text → clean simplified Chinese, with a map back to the original.

Each repair is a small named fixer: a pure function from text to the ``Edit``s it proposes
(ftfy's model). ``normalize`` runs them in order and carries the source map along, so any
span of the result can be quoted exactly as the original wrote it.

Order matters: damaged runs are found on the untouched text (their shape is what gives them
away), pinyin must go before script conversion (it splits the phrases OpenCC matches), and
script conversion runs last, on text that is already joined and clean.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import yaml

from districts import paths
from districts.mojibake import find_damaged_runs
from districts.sourcemap import Edit, MappedText

# Shown in the normalized text where the original is damaged beyond repair. It is not a digit,
# letter or CJK character, so no number or term can be read through it.
UNREADABLE = "\ufffd"

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")


@dataclass(frozen=True)
class NormalizedText:
    """The normalized text of one document, its source map, and what was found on the way."""

    mapped: MappedText
    script: str  # "simplified", "traditional" or "traditional_pinyin"
    unreadable: tuple[tuple[int, int], ...]  # spans of the normalized text

    @property
    def text(self) -> str:
        return self.mapped.text

    @property
    def original(self) -> str:
        return self.mapped.original

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.mapped.original_span(start, end)


# --- fixers -----------------------------------------------------------------------------


def fix_damaged_runs(text: str) -> list[Edit]:
    """Mojibake runs: the confident repair where there is one, else an unreadable marker."""
    return [
        Edit(run.start, run.end, run.repair if run.repair else UNREADABLE)
        for run in find_damaged_runs(text)
    ]


_TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_RE = re.compile(
    # After a CJK character, or after a damaged run the reading outlived.
    rf"(?<=[{_CJK}\ufffd])[(（]([a-zü{_TONED_VOWELS}]{{1,7}})[)）]",
)


def fix_pinyin_annotations(text: str) -> list[Edit]:
    """``區(qū)`` → ``區``: drop a pinyin reading written in brackets after a character.

    Only lower-case Latin with a tone mark counts, so ordinary brackets such as ``(一)`` or
    ``(PM2.5)`` stay.
    """
    return [
        Edit(match.start(), match.end(), "")
        for match in _PINYIN_RE.finditer(text)
        if any(vowel in match.group(1) for vowel in _TONED_VOWELS)
    ]


# Zero-width characters, soft hyphens, BOMs and variation selectors carry no meaning in
# Chinese prose but split numbers ("1\u200b234") and terms.
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff\ufe00-\ufe0f]")


def fix_invisible_characters(text: str) -> list[Edit]:
    """Remove zero-width characters and variation selectors."""
    return [Edit(m.start(), m.end(), "") for m in _INVISIBLE_RE.finditer(text)]


_FULLWIDTH_RE = re.compile("[\uff01-\uff5e\u00a0\u3000]")
# Full-width punctuation that Chinese prose uses on purpose keeps its form; only characters
# that take part in numbers, units and Latin words become ASCII.
_KEEP_FULLWIDTH = set("，。！？；：（）【】「」『』、～“”‘’")


def fix_fullwidth_forms(text: str) -> list[Edit]:
    """``１,２３４．５％`` → ``1,234.5%``; no-break and ideographic spaces → space."""
    edits = []
    for match in _FULLWIDTH_RE.finditer(text):
        char = match.group()
        if char in _KEEP_FULLWIDTH:
            continue
        edits.append(Edit(match.start(), match.end(), unicodedata.normalize("NFKC", char)))
    return edits


_DIGIT_COMMA_RE = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")


def fix_thousands_separators(text: str) -> list[Edit]:
    """A full-width comma between digit groups separates thousands: ``10，773`` → ``10,773``."""
    return [Edit(m.start(), m.end(), ",") for m in _DIGIT_COMMA_RE.finditer(text)]


_SPACE_RUN_RE = re.compile(r"[ \t]+")
_WORDISH = re.compile(r"[A-Za-z0-9]")


def fix_stray_spaces(text: str) -> list[Edit]:
    """``生态 文明`` → ``生态文明``: spaces next to a CJK character are PDF-column debris.

    Spaces between Latin words or numbers (``Mentougou District``) stay. Leading and
    trailing spaces of a line go too.
    """
    edits = []
    for match in _SPACE_RUN_RE.finditer(text):
        before = text[match.start() - 1] if match.start() > 0 else "\n"
        after = text[match.end()] if match.end() < len(text) else "\n"
        if _WORDISH.match(before) and _WORDISH.match(after):
            continue
        edits.append(Edit(match.start(), match.end(), ""))
    return edits


_SENTENCE_END = set("。！？!?；;：:…”」』）)】》")
# A line this long that stops without closing punctuation is a text column cut by the page,
# not a heading or a caption (those are short).
_MIN_BROKEN_LINE = 30
_LINE_BREAKS_RE = re.compile(r"\r?\n(?:[ \t\u3000]*\r?\n)*")


def fix_broken_lines(text: str) -> list[Edit]:
    """``…共同研究并部署我区创\\n\\n建…`` → ``…创建…``: join a sentence cut across lines.

    A break is joined when the line before it is long and does not end a sentence, and the
    next line continues it: it starts with a CJK character or digit and is itself a long
    column line or ends the sentence. Captions between columns and paragraph breaks stay.
    """
    edits = []
    for match in _LINE_BREAKS_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text[line_start : match.start()].rstrip()
        following = text[match.end() : match.end() + 1]
        next_end = text.find("\n", match.end())
        next_line = text[match.end() : len(text) if next_end < 0 else next_end].rstrip()
        continues = len(next_line) >= _MIN_BROKEN_LINE or next_line[-1:] in _SENTENCE_END
        if (
            len(line) >= _MIN_BROKEN_LINE
            and line[-1] not in _SENTENCE_END
            and following
            and (_CJK_RE.match(following) or following.isdigit())
            and continues
        ):
            edits.append(Edit(match.start(), match.end(), ""))
    return edits


def fix_traditional_script(text: str) -> list[Edit]:
    """Traditional → simplified with Taiwan/Hong Kong wording (資訊 → 信息, 網際網路 → 互联网).

    OpenCC's ``tw2sp`` rewrites whole phrases, which may change length, so the conversion is
    done twice: character by character (length-preserving, exact map) and with phrases; the
    two are aligned line by line and only the stretches that differ become coarser edits.
    """
    edits: list[Edit] = []
    line_start = 0
    for line in text.split("\n"):
        if _CJK_RE.search(line):
            edits.extend(_line_conversion_edits(line, line_start))
        line_start += len(line) + 1
    return edits


def _line_conversion_edits(line: str, offset: int) -> list[Edit]:
    by_char = "".join(_simplified_char(ch) for ch in line)
    by_phrase = _converter().convert(line)
    # Stretches that differ, as [i1, i2, j1, j2]: by_char[i1:i2] became by_phrase[j1:j2].
    stretches: list[list[int]] = []
    if by_phrase != by_char:
        matcher = difflib.SequenceMatcher(None, by_char, by_phrase, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            if i1 == i2:  # a pure insertion has no source: take in an unchanged neighbour
                if i1 > 0:
                    i1, j1 = i1 - 1, j1 - 1
                else:
                    i2, j2 = i2 + 1, j2 + 1
            if stretches and i1 <= stretches[-1][1]:
                stretches[-1][1] = max(stretches[-1][1], i2)
                stretches[-1][3] = max(stretches[-1][3], j2)
            else:
                stretches.append([i1, i2, j1, j2])
    covered = {i for i1, i2, _, _ in stretches for i in range(i1, i2)}
    edits = [Edit(offset + i1, offset + i2, by_phrase[j1:j2]) for i1, i2, j1, j2 in stretches]
    edits.extend(
        Edit(offset + i, offset + i + 1, by_char[i])
        for i in range(len(line))
        if line[i] != by_char[i] and i not in covered
    )
    return edits


_CONVERSION_TABLE = paths.DATA_DIR / "script_conversion.yaml"


@functools.cache
def _converter():  # type: ignore[no-untyped-def]
    """OpenCC ``tw2sp`` without the rewrites listed in ``data/script_conversion.yaml``."""
    from opencc import OpenCC  # loading the dictionaries takes a while

    converter = OpenCC("tw2sp")
    keep = set(yaml.safe_load(_CONVERSION_TABLE.read_text(encoding="utf-8"))["keep_phrases"])
    for group in converter._dict_chain_data:  # the package exposes no other way in
        for _, _, table in group:
            for phrase in [p for p, target in table.items() if len(p) > 1 or len(target) > 1]:
                if _char_by_char(converter, phrase) in keep:
                    del table[phrase]
    return converter


def _char_by_char(converter, phrase: str) -> str:  # type: ignore[no-untyped-def]
    return "".join(
        converted
        if len(converted := converter._convert(ch, converter._dict_chain_data)) == 1
        else ch
        for ch in phrase
    )


@functools.lru_cache(maxsize=65536)
def _simplified_char(char: str) -> str:
    converted = _converter().convert(char)
    return converted if len(converted) == 1 else char


# --- script detection -------------------------------------------------------------------

# Share of CJK characters that simplification changes; simplified text stays near 0 (a few
# characters such as 著 are valid in both), traditional text is far above.
_TRADITIONAL_SHARE = 0.05


def detect_script(text: str) -> str:
    cjk = _CJK_RE.findall(text)
    if not cjk:
        return "simplified"
    changed = sum(1 for ch in cjk if _simplified_char(ch) != ch)
    if changed / len(cjk) < _TRADITIONAL_SHARE:
        return "simplified"
    if len(fix_pinyin_annotations(text)) >= 3:
        return "traditional_pinyin"
    return "traditional"


# --- the pipeline -----------------------------------------------------------------------

Fixer = Callable[[str], list[Edit]]

CLEANING_FIXERS: tuple[Fixer, ...] = (
    fix_damaged_runs,
    fix_pinyin_annotations,
    fix_invisible_characters,
    fix_fullwidth_forms,
    fix_thousands_separators,
    fix_stray_spaces,
    fix_broken_lines,
)


def normalize(original: str) -> NormalizedText:
    mapped = MappedText.identity(original)
    for fixer in CLEANING_FIXERS:
        mapped = mapped.apply(fixer(mapped.text))
    script = detect_script(original)
    if script != "simplified":
        mapped = mapped.apply(fix_traditional_script(mapped.text))
    unreadable = tuple((m.start(), m.end()) for m in re.finditer(f"{UNREADABLE}+", mapped.text))
    return NormalizedText(mapped, script, unreadable)
