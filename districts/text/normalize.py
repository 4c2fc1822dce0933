"""Messy document text → clean simplified Chinese, with a map back to the original.

Each repair is a small named fixer: a pure function from text to the ``Edit``s it proposes
(ftfy's model). ``normalize`` runs them in order and carries the source map along, so any
span of the result can be quoted exactly as the original wrote it.

Order matters: damaged runs are found on the untouched text (their shape is what gives them
away), pinyin must go before script conversion (it splits the phrases OpenCC matches), and
script conversion runs last, on text that is already joined and clean.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import yaml

from districts import paths
from districts.numerals import CHINESE_NUMERAL_CHARS, load_numerals
from districts.text.mojibake import find_damaged_runs
from districts.text.sourcemap import Edit, MappedText
from districts.text.split import BULLET_MARKS

if TYPE_CHECKING:
    from districts.lexicon import Lexicon

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
    # Lines of web-page chrome (navigation, footer, related headlines): (start, end, kind)
    # in the normalized text; their numbers are not the story's facts.
    chrome: tuple[tuple[int, int, str], ...] = ()

    def chrome_kind(self, start: int, end: int) -> str | None:
        """The kind of web-page chrome ``text[start:end]`` lies in, or None (the story)."""
        return next((kind for s, e, kind in self.chrome if s <= start and end <= e), None)

    @property
    def text(self) -> str:
        return self.mapped.text

    @property
    def story_text(self) -> str:
        """The text with the site's lines (navigation, footer, pager, tags, related headlines)
        blanked out, every position kept: who a page is about is read from its story, not from
        the publisher's address in its footer (商报地址：北京市某区…) nor from other stories'
        headlines. A headline printed again (``repeat``) is the story's own and stays."""
        text = self.mapped.text
        site_lines = [(s, e) for s, e, kind in self.chrome if kind != "repeat"]
        if not site_lines:
            return text
        pieces, at = [], 0
        for start, end in site_lines:
            pieces += [text[at:start], " " * (end - start)]
            at = end
        return "".join([*pieces, text[at:]])

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
    # After a CJK character (〇 included), or after a damaged run the reading outlived; a
    # space may stand between the character and its reading.
    rf"(?<=[{_CJK}\u3007\ufffd])[ \t]?[(（]([a-zü{_TONED_VOWELS}1-5' ]{{1,24}})[)）]",
)
# One pinyin syllable, tone marks taken off: initial, final, optional tone digit.
_SYLLABLE = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouv]{1,3})(?:ng|n|r)?[1-5]?"
_SYLLABLES_RE = re.compile(rf"{_SYLLABLE}(?:['’ ]?{_SYLLABLE})*")
# A document with this many toned readings is pinyin-annotated: its neutral-tone readings
# (的(de), 们(men)), which carry no tone mark, are readings too.
_ANNOTATED_DOCUMENT = 3
# A scraper may write readings without tone marks (生產(chan) 總值451.6億(yi) 元): this many
# toneless readings after characters make the document pinyin-annotated as well.
_ANNOTATED_WITHOUT_TONES = 5
# Lower-case roman numerals spell pinyin syllables too (i, v, iv); in brackets they mark items.
_ROMAN_NUMERALS = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})


def pinyin_reading_end(text: str, at: int) -> int:
    """Where a pinyin reading in brackets standing at ``at`` right after a character ends
    (``區(qū)最大`` at 1 → 5), else ``at``: for readers of the original text, where
    ``fix_pinyin_annotations`` has not run."""
    match = _PINYIN_RE.match(text, at)
    return match.end() if match is not None else at


def fix_pinyin_annotations(text: str) -> list[Edit]:
    """``區(qū)`` → ``區``, ``35億(yì)立方米`` → ``35億立方米``: drop pinyin readings.

    Why: a reading stands between a number and its multiplier or unit, and between the
    characters of a term, so nothing would be read through it. A reading is lower-case
    pinyin in brackets right after a character: syllables with a tone mark or a tone digit
    (``(zhan4)``); in a document full of readings, neutral-tone syllables too. Ordinary
    brackets such as ``(一)``, ``(PM2.5)`` or ``(GEP)`` stay.
    """
    toned: list[re.Match[str]] = []
    neutral: list[re.Match[str]] = []
    for match in _PINYIN_RE.finditer(text):
        reading = match.group(1).strip()
        plain = _without_tone_marks(reading)
        if not reading or not _SYLLABLES_RE.fullmatch(plain) or plain in _ROMAN_NUMERALS:
            continue  # (iii), (iv): list markers, not readings
        if plain != reading or any(ch.isdigit() for ch in reading):
            toned.append(match)
        else:
            neutral.append(match)
    if len(toned) >= _ANNOTATED_DOCUMENT or len(neutral) >= _ANNOTATED_WITHOUT_TONES:
        toned.extend(neutral)
    return [Edit(match.start(), _after_reading(text, match.end()), "") for match in toned]


def _after_reading(text: str, end: int) -> int:
    """Where a reading's removal ends: past one space a scraper left after it when a character
    or a digit follows (``億(yi) 元`` → ``億元``)."""
    if text[end : end + 1] in (" ", "\t") and re.match(rf"[{_CJK}0-9]", text[end + 1 : end + 2]):
        return end + 1
    return end


def _without_tone_marks(reading: str) -> str:
    """``zhàn`` → ``zhan``, ``lǜ`` → ``lv`` (ü is written v in plain pinyin)."""
    reading = reading.replace("ü", "v").replace("ǖ", "v").replace("ǘ", "v")
    reading = reading.replace("ǚ", "v").replace("ǜ", "v")
    decomposed = unicodedata.normalize("NFD", reading)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Zero-width characters, soft hyphens, BOMs and variation selectors carry no meaning in
# Chinese prose but split numbers ("5\u200b678") and terms.
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


# A number spaced into thousands as papers print it: "由1 967户、6 290人上升到8 347户": after a
# character of text or a mark (no digit, space, letter or point), a group of one to three
# digits, then groups of three after one space each (an ordinary, a no-break or a thin one),
# the last written against its unit or a percent sign, or one space before a Latin unit
# ("洪峰流量达2 500 m3/s", as a hydrologist's report sets it).
_SPACED_THOUSANDS_RE = re.compile(
    rf"(?<![\d\s.,A-Za-z])\d{{1,3}}(?:[ \u00a0\u2009\u202f]\d{{3}})+"
    rf"(?=(?:\.\d+)?(?:[{_CJK}%A-Za-z]| [A-Za-z]))"
)
_THOUSANDS_SPACE_RE = re.compile(r"[ \u00a0\u2009\u202f]")


def fix_thousands_separators(text: str) -> list[Edit]:
    """A full-width comma between digit groups separates thousands: ``20，317`` → ``20,317``."""
    return [Edit(m.start(), m.end(), ",") for m in _DIGIT_COMMA_RE.finditer(text)]


def fix_spaced_thousands(text: str) -> list[Edit]:
    """A space in a number set against its unit separates thousands: ``1 967户`` → ``1,967户``,
    ``4 345.34万m3`` → ``4,345.34万m3``, ``20 225.47hm2`` (decimals, a Latin unit) too, and
    ``2 500 m3/s`` (one space before a Latin unit).

    Why: a paper's spaced thousands were read as two numbers, 1 and 967 households, the
    second kept, or as an inline list's items (1 …、3 …). A space between cells of a table
    (``东城区  12  345``) has no unit right after its last group, or more than one space, and is
    left alone. Run before the inline items are split."""
    return [
        Edit(space.start(), space.end(), ",")
        for number in _SPACED_THOUSANDS_RE.finditer(text)
        for space in _THOUSANDS_SPACE_RE.finditer(text, number.start(), number.end())
    ]


# U+2236 RATIO, and the vertical forms of a colon (U+FE30 ︰, U+FE13 ︓) that some pages set
_RATIO_SIGN_RE = re.compile(r"(?<=\d)[\u2236\ufe30\ufe13](?=\d)")


def fix_ratio_signs(text: str) -> list[Edit]:
    """The ratio sign between digits is a colon: ``1∶35.9∶63.1`` → ``1:35.9:63.1``, and
    ``0.2︰14.5︰85.3`` (a vertical two-dot leader) too.

    Why: statistical pages write a structure of shares (三次产业结构为1∶35.9∶63.1) and clock
    times with U+2236 RATIO or a vertical colon's form, which look like a colon but are none;
    every rule that reads a ratio or guards against a clock time knows the colon only."""
    return [Edit(m.start(), m.end(), ":") for m in _RATIO_SIGN_RE.finditer(text)]


# A wave dash or a tilde operator between two numbers (550〜600毫米, 3∼5个), as Japanese fonts
# and some converters write the range's tilde.
# (and a box-drawing line, which some sites set for a dash: 每年要完成20─30处)
_WAVE_DASH_RE = re.compile(r"(?<=\d)\s*[\u301c\u223c\u2500]\s*(?=\d)")


def fix_wave_dashes(text: str) -> list[Edit]:
    """A wave dash, a tilde operator or a box-drawing line between numbers is the range's
    tilde: ``年平均降水量为550〜600毫米`` → ``550～600毫米``, ``20─30处`` → ``20～30处``.

    Why: the range was read as its upper end alone (600毫米); every rule that reads a range
    knows the tilde (～, ~) and the dashes, not these look-alikes."""
    return [Edit(m.start(), m.end(), "～") for m in _WAVE_DASH_RE.finditer(text)]


_LIST_DASH_RE = re.compile(r"(?m)^[ \t\u3000]*[-\u2212\uff0d\u2013][ \t\u3000]+(?=\S)")


def fix_list_dashes(text: str) -> list[Edit]:
    """A dash and a space opening a line mark an item of a list: ``- 12个项目开工`` →
    ``12个项目开工``.

    Why: once the space between them was gone the dash read as a minus sign (-12 projects,
    -2020 years in "- 2020年…形势"). A dash written against its number (-3.5%) is left as it
    is: in a table's cell or a list it may be a sign."""
    return [Edit(m.start(), m.end(), "") for m in _LIST_DASH_RE.finditer(text)]


_SMALL_POINT_RE = re.compile(r"(?<=\d)[\ufe52\u2024](?=\d)")


def fix_small_decimal_points(text: str) -> list[Edit]:
    """The small full stop between digits is a decimal point: ``６﹒１％`` → ``6.1%``.

    Why: Hong Kong pages typeset decimals with U+FE52 SMALL FULL STOP (or U+2024 ONE DOT
    LEADER), which NFKC leaves as it is; ``6﹒1%`` was read as 1%."""
    return [Edit(m.start(), m.end(), ".") for m in _SMALL_POINT_RE.finditer(text)]


# The small forms of Chinese punctuation (U+FE50–FE5A) that Big5 pages keep, and the marks
# the splitter reads: NFKC would make ASCII of them (﹔ → ;), which ends no clause.
_SMALL_FORM_MARKS = {
    "\ufe50": "，",
    "\ufe51": "、",
    "\ufe54": "；",
    "\ufe55": "：",
    "\ufe56": "？",
    "\ufe57": "！",
    "\ufe59": "（",
    "\ufe5a": "）",
}
_SMALL_FORM_RE = re.compile(f"[{''.join(_SMALL_FORM_MARKS)}]")


def fix_small_form_punctuation(text: str) -> list[Edit]:
    """``均达到42.7%﹔从企业领域看…`` → ``均达到42.7%；从企业领域看…``: the small forms of
    commas, semicolons, colons and brackets become the full-width marks prose uses.

    Why: traditional-script news pages (人民網 among them) end their clauses with U+FE54 SMALL
    SEMICOLON, which no rule read as a semicolon: the place a clause named ran on into the
    next part of the sentence (从企业领域看，… was given the last district's name). The small
    full stop is a decimal point between digits (``fix_small_decimal_points``) and stays."""
    return [
        Edit(m.start(), m.end(), _SMALL_FORM_MARKS[m.group()])
        for m in _SMALL_FORM_RE.finditer(text)
    ]


# A power written with a caret after a Latin unit, bracketed or not (km^(2), m^3): what a PDF
# or a database export leaves of a superscript; or with a tilde, as journal abstracts print one
# (清淤约280万m~3, 流域面积3.2km~2), but not a range between two lengths (2m~3m, 1km~2.5km).
_CARET_POWER_RE = re.compile(
    r"(?<=[A-Za-z])\^(?:\((?P<bracketed>[23])\)|(?P<bare>[23])(?!\d))"
    # (a length's symbol alone: m, km, cm, dm, hm; not 2h~3, 5t~3, m/s~3, 50mm~3)
    r"|(?:(?<=(?<![A-Za-z])m)|(?<=(?<![A-Za-z])[kcdh]m))~(?P<tilde>[23])(?![\d.．]|\s?[A-Za-z\d])"
)
_SUPERSCRIPTS = {"2": "²", "3": "³"}


def fix_caret_powers(text: str) -> list[Edit]:
    """``444.39 km^(2)`` → ``444.39 km²``, ``280万m~3`` → ``280万m³``: a power after a unit's
    Latin symbol, written with a caret or a tilde, becomes the superscript the unit table reads.

    Why: a journal abstract's 区域面积达444.39 km^(2) was read as 444.39 kilometres, a length;
    another's 清淤约280万m~3 as 2.8 million metres."""
    return [
        Edit(
            m.start(),
            m.end(),
            _SUPERSCRIPTS[m.group("bracketed") or m.group("bare") or m.group("tilde")],
        )
        for m in _CARET_POWER_RE.finditer(text)
        # 1m~2米, 2km~3公里: a range whose second end has a unit of its own
        if not (
            m.group("tilde")
            and text[m.end() : m.end() + 1 + _LONGEST_UNIT].lstrip().startswith(_unit_names())
        )
    ]


@functools.cache
def _unit_names() -> tuple[str, ...]:
    """Every unit the unit table names (米, 公里, 小时, 吨): after a tilde's digit, a range's
    second end."""
    from districts.catalog import load_catalog  # imported late: the catalog imports this stage

    return tuple(name for name in load_catalog().units if name)


# A full stop between digits, the digits after it followed by a magnitude or a percent sign:
# 保有量已达50。7万辆, 增长10。8%. Not a classifier (共12。3家企业…: a sentence ending in a
# number before one starting with a count), a date (7月) nor a clock (9。30开始).
_FULL_STOP_POINT_RE = re.compile(r"(?<=\d)。\d{1,3}(?P<after>.)")
_PERCENT_SIGNS = "%‰％"
# 万, 亿, 千 (data/numerals.yaml; 萬, 億 are read through the script converter)
_ONE_CHARACTER_MULTIPLIERS = frozenset(w for w in load_numerals().multipliers if len(w) == 1)
# A text writes its decimals so throughout when this many such stops stand in it: one alone is
# as likely a sentence ending in a bare number before another starting with one.
_FULL_STOP_POINTS = 2
# After a stop between digits: a unit and a clause's comma at once (6。8亿元，): the decimal's
# digits and unit, not a sentence of its own
_CUT_VALUE_RE = re.compile(r"[^，,、。；;！？!?\n\d]{1,4}[，,、]")


def fix_full_stop_decimal_points(text: str) -> list[Edit]:
    """``50。7万辆`` → ``50.7万辆``: a text that writes its decimal points as full stops
    (``_FULL_STOP_POINT_RE``, twice or more in it), or once where the "sentence" after the
    stop would be the value's unit and a comma (财政收入达6。8亿元，特色产业…).

    Why: a mirror site typeset 新能源车保有量已达50。7万辆 and 淘汰汽油车10。4万辆; the
    sentence ended at 50, and the 7万辆 was read as 70,000 vehicles of their own. Another wrote
    every decimal so (規劃面積11。2平方公里…一期5。39平方公里): a unit of measure after the digits
    counts too (an area, a weight, money), never a count's or a date's (…共12。3家企业获评…)."""
    matches = list(_FULL_STOP_POINT_RE.finditer(text))
    found = [
        match
        for match in matches
        if match.group("after") in _PERCENT_SIGNS
        or _simplified_char(match.group("after")) in _ONE_CHARACTER_MULTIPLIERS
        # 規劃面積11。2平方公里, 3。5噸: a unit of measure after the digits; not a count's
        # (…共12。3家企业获评…: a sentence ending in a number, then a count) nor a date's
        or _a_unit_of_measure_at(text, match.start("after"))
    ]
    if len(found) < _FULL_STOP_POINTS:
        # once only: when the "sentence" after the stop would be the value's unit and no more
        # (财政收入达6。8亿元，特色产业…: no sentence opens with 8亿元 and goes on at once)
        found = [m for m in found if _CUT_VALUE_RE.match(text, m.start("after"))]
        return [Edit(m.start(), m.start() + 1, ".") for m in found]
    # a text that writes its decimals so writes its counts so too (相當於1。8個頤和園), not its
    # dates (…第3。2023年…)
    dates, _ = _dates_and_ordinals()
    taken = {match.start() for match in found}
    found += [
        match
        for match in matches
        if match.start() not in taken
        and _CJK_CHAR_RE.match(match.group("after")) is not None
        and _simplified_char(match.group("after")) not in dates
        and _a_plain_number_before(text, match.start())
    ]
    return [Edit(m.start(), m.start() + 1, ".") for m in sorted(found, key=lambda m: m.start())]


def _a_plain_number_before(text: str, stop: int) -> bool:
    """The digits before the stop at ``stop`` may be a decimal's whole part: a few of them, not a
    rank's (排名全市第1。3家企业…) nor a phone number's (服务热线：96010。24小时…)."""
    start = stop
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    if stop - start > _DECIMAL_WHOLE_DIGITS:
        return False
    return not text.endswith(_dates_and_ordinals()[1], 0, start)


# The most digits of a decimal's whole part read across a full stop (a phone number has more)
_DECIMAL_WHOLE_DIGITS = 4


@functools.cache
def _dates_and_ordinals() -> tuple[frozenset[str], tuple[str, ...]]:
    """The characters that write a date after a number (年, 月, 日, 号) and the marks of a
    position before one (第): the lexicon's."""
    from districts.lexicon import load_lexicon  # imported late: the catalog loads it

    lexicon = load_lexicon()
    return frozenset((*lexicon.date_units, *lexicon.year_words)), tuple(lexicon.ordinal_marks)


_CJK_CHAR_RE = re.compile(f"[{_CJK}]")


def _a_unit_of_measure_at(text: str, at: int) -> bool:
    """A unit of the unit table that measures (an area, a length, a weight, money…; not a count,
    a time or a date) begins at ``at``, read in simplified script."""
    written = "".join(_simplified_char(char) for char in text[at : at + _LONGEST_UNIT])
    return written.startswith(_units_of_measure())


@functools.cache
def _units_of_measure() -> tuple[str, ...]:
    """The unit table's units whose kind measures rather than counts or times."""
    from districts.catalog import load_catalog  # imported late: the catalog imports this stage

    return tuple(
        name
        for name, unit in load_catalog().units.items()
        if name and unit.kind not in _NOT_MEASURES
    )


# Kinds of unit that count or time (a sentence may end on a number and the next open with one:
# 共12。3家企业…), and the longest unit read after the digits.
_NOT_MEASURES = frozenset({"count", "time", "rank", "multiple", "discount", "other"})
_LONGEST_UNIT = 8


_ASCII_FULL_STOP_RE = re.compile(
    # the full stop looked ahead for first: the same matches, each place of the text passed
    # after one test rather than after the look-behinds of every alternative
    r"(?=\.)(?:"
    rf"(?<=[{_CJK}])\.(?=[{_CJK}\d]|[ \u3000]*(?:\n|$))"  # 步伐.2017年, 新贡献.电子
    rf"|(?<=%)\.(?=[{_CJK}]|[ \u3000]*(?:\n|$))"  # 增长19%.增速
    rf"|(?<=\d\.\d)\.(?=[{_CJK}])|(?<=\d\.\d\d)\.(?=[{_CJK}])"  # 0.8:56.8:42.4.金融业
    r")"
)


def fix_ascii_full_stops(text: str) -> list[Edit]:
    """``…增长19%.增速…`` → ``…增长19%。增速…``: a full stop a PDF extraction or a forum
    repost wrote as ``.`` after Chinese text, a percentage or a decimal number (``42.4.金融业``).
    A decimal point stands between digits, a list marker (``1.加快…``) after a whole number and
    ``No.1`` after a Latin letter; none is touched.

    Why: read as no stop at all, a whole section becomes one sentence, and the subject of its
    first sentence is taken for the subject of all the others.
    """
    return [Edit(m.start(), m.end(), "\u3002") for m in _ASCII_FULL_STOP_RE.finditer(text)]


# --- page furniture and broken numbers (PDF extractions) --------------------------------

_DASHES = "\u2014\u2013\u2012\u2015\uff0d~\u00b7-"
# A line that is only a page number between dashes: "— 5 —", "- 12 -".
_DASHED_PAGE_NUMBER_RE = re.compile(rf"^[ \t]*[{_DASHES}]+[ \t]*\d{{1,4}}[ \t]*[{_DASHES}]+[ \t]*$")


@functools.cache
def _page_number_re() -> re.Pattern[str]:
    """A written-out page number ("第3页", "第 3 页 / 共 12 页"), words from the lexicon."""
    from districts.lexicon import load_lexicon  # imported late: the catalog loads it

    lexicon = load_lexicon()
    words = {**lexicon.page_number_words, "before": lexicon.ordinal_marks}  # 第 3 页

    def alternatives(group: str) -> str:
        return "|".join(re.escape(word) for word in words[group])

    before, after, total = alternatives("before"), alternatives("after"), alternatives("total")
    page = rf"(?:{before})[ \t]*\d{{1,4}}[ \t]*(?:{after})"
    of_total = rf"(?:[ \t]*[/／,，]?[ \t]*(?:{total})[ \t]*\d{{1,4}}[ \t]*(?:{after}))?"
    return re.compile(rf"{page}{of_total}")


HEADLINE_LENGTH = 40
_MIN_HEADLINE = 6
# Where a page flattened to one line ends its headline: a run of spaces, or a dash before the
# subtitle (——2023年1月4日在…).
_FLATTENED_GAP_RE = re.compile(r"[ \t\u3000]+|[—―]{2}")
_HEAD_PROSE_RE = re.compile("[,，。；;：:！？!?]")


def flattened_headline(line: str) -> tuple[str, int, int] | None:
    """``2023年某区政府工作报告 ——2023年1月4日在… 各位代表：…`` → (the headline, the gap's
    start and end).

    Why: a scraped page whose line breaks were lost runs its title, subtitle and body into
    one line; the title still ends at the first gap (spaces, or the dash of a subtitle). A
    first line that is prose (a comma or a full stop before the gap) has no title.
    """
    gap = _FLATTENED_GAP_RE.search(line)
    if gap is None:
        return None
    head = line[: gap.start()].strip()
    if not _MIN_HEADLINE <= len(head) <= HEADLINE_LENGTH or _HEAD_PROSE_RE.search(head):
        return None
    return head, gap.start(), gap.end()


def fix_flattened_head(text: str) -> list[Edit]:
    """Break a page run into one line after its headline, so the title stands as a title.

    Why: on one line, the title's year (2023年…工作报告) reads as the time of the first
    sentence, and no head line names the document. Only a first line too long to be a
    headline is split, at its first gap; a dash stays, spaces give way to the break.
    """
    first_end = text.find("\n")
    first = text if first_end < 0 else text[:first_end]
    offset = len(first) - len(first.lstrip(" \t\u3000"))
    if len(first.strip()) <= HEADLINE_LENGTH:
        return []
    found = flattened_headline(first[offset:])
    if found is None:
        return []
    _, start, end = found
    if first[offset + start] in "—―":
        # the dash stays after the break: the edit replaces it with the break and itself (an
        # insertion would have no source to map to)
        at = offset + start
        return [Edit(at, at + 1, "\n\n" + first[at])]
    return [Edit(offset + start, offset + end, "\n\n")]


def fix_page_furniture(text: str) -> list[Edit]:
    """Drop page numbers and running headers that a PDF extraction left in the text.

    Why: ``— 5 —`` and ``某区…年报  第6页`` are not facts (a page number would be read as a
    rank), and they sit inside sentences that run across a page break, even inside numbers
    (``共受理41\n— 5 —\n…第6页\n件``). A line that is only a page number goes; a line
    that ends in a written-out page number after a space is a running header: its page
    number goes, and the whole line goes unless it opens the document (there it is the
    title too), so the sentence around it joins up again (``fix_broken_lines``). A short
    line that recurs right next to page numbers is a running header or footer too.
    """
    page_number = _page_number_re()
    lines = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    is_page_number = [
        bool(_DASHED_PAGE_NUMBER_RE.match(line) or page_number.fullmatch(line.strip()))
        for line in lines
    ]
    repeated = _repeated_lines(lines)
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    edits: list[Edit] = []
    for i, line in enumerate(lines):
        start, end = starts[i], starts[i] + len(line)
        # The line goes with its line break (the one before it, for the last line).
        whole = Edit(start, end + 1, "") if end < len(text) else Edit(max(0, start - 1), end, "")
        beside_page_number = any(0 <= j < len(lines) and is_page_number[j] for j in (i - 1, i + 1))
        if is_page_number[i]:
            edits.append(whole)
        elif (header := _running_header(line, page_number)) is not None:
            if i == first:  # the first page's header is the document's title too
                edits.append(Edit(start + header, end, ""))
            else:
                edits.append(whole)
        elif i != first and beside_page_number and line.strip() in repeated:
            edits.append(whole)  # a running header or footer without a page number
    return _without_overlaps(edits)


# A running header is short; a line this long that repeats is text (a table's label row).
_MAX_HEADER = 40


def _repeated_lines(lines: list[str]) -> set[str]:
    """Short non-empty lines that occur more than once (running headers and footers)."""
    counts = Counter(line.strip() for line in lines if 0 < len(line.strip()) <= _MAX_HEADER)
    return {line for line, count in counts.items() if count > 1}


def _running_header(line: str, page_number: re.Pattern[str]) -> int | None:
    """``某区…年报  第6页`` → where its page number starts (spaces before it included)."""
    stripped = line.rstrip()
    for match in page_number.finditer(stripped):
        if match.end() != len(stripped) or match.start() == 0:
            continue
        label = stripped[: match.start()]
        if label[-1] not in " \t\u3000":  # "位列全市第3" is prose, not a header
            continue
        return len(label.rstrip(" \t\u3000"))
    return None


def _without_overlaps(edits: list[Edit]) -> list[Edit]:
    kept: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if kept and edit.start < kept[-1].end:
            continue
        kept.append(edit)
    return kept


_LETTER_GAP_RE = re.compile(r"[ \t\u3000]*(?:\n[ \t\u3000]*)?")
# Characters that take part in a number: a letter-spaced number may break across a line here.
_NUMBER_CHARS = set("0123456789.,，．０１２３４５６７８９")
# A letter-spaced run is at least this many single characters, each between spaces.
_MIN_LETTER_SPACED = 4


# A character standing alone between spaces (or the text's ends). The regex's \s and \S are
# str.isspace and its negation; one pass in C instead of a test per character in Python.
_SINGLE_CHARACTER_RE = re.compile(r"(?<!\S)\S(?!\S)")


def fix_letter_spacing(text: str) -> list[Edit]:
    """``２ ３ ５ 个`` → ``２３５个``: close up text set with a space after every character.

    Why: PDF extraction of letter-spaced (justified) lines puts a space between all the
    characters, digits included, so a number falls apart into digits. A run of at least
    four single characters, each standing between spaces, is letter-spaced; its spaces
    go. A line break inside the run goes too where it falls inside a number
    (``３ ， \n２ ０ ０ 户``). Spaces between words (``Mentougou District``) or between table
    cells (``0      0``) stay: those are runs of more than one character or of wide gaps.
    """
    tokens = [m.start() for m in _SINGLE_CHARACTER_RE.finditer(text)]
    edits: list[Edit] = []
    run: list[Edit] = []
    count = 1
    for previous, current in itertools.pairwise(tokens):
        gap = text[previous + 1 : current]
        joined = gap in (" ", "\u3000", "\t") or (
            "\n" in gap
            and gap.count("\n") == 1
            and _LETTER_GAP_RE.fullmatch(gap) is not None
            and text[previous] in _NUMBER_CHARS
            and text[current] in _NUMBER_CHARS
            and count >= _MIN_LETTER_SPACED - 1
        )
        if joined:
            run.append(Edit(previous + 1, current, ""))
            count += 1
            continue
        if count >= _MIN_LETTER_SPACED:
            edits.extend(run)
        run, count = [], 1
    if count >= _MIN_LETTER_SPACED:
        edits.extend(run)
    return edits


_NUMBER_BREAKS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<=\d)[ \t]*\n[ \t]*(?=\.\d)"),  # 增长4\n.6%
    re.compile(r"(?<=\d\.)[ \t]*\n[ \t]*(?=\d)"),  # 增长4.\n6%
    re.compile(r"(?<=\d)[ \t]*\n[ \t]*(?=[%‰])"),  # 47\n%
)
# A thousands group cut short at a line end, maybe with a hyphen: "1,2-\n08.5亿元".
_CUT_GROUP_RE = re.compile(r"(?<=\d),(\d{1,2})([ \t]*-?[ \t]*\n[ \t]*)(\d+)")


def fix_broken_numbers(text: str) -> list[Edit]:
    """``增长4\n.6%`` → ``增长4.6%``, ``1,3-\n74.6亿元`` → ``1,374.6亿元``.

    Why: a line break (and a hyphen the PDF added at the line end) inside a number cuts
    it into two numbers, both wrong. Only breaks that cannot fall between two numbers are
    closed: before or after a decimal point, before a percent sign, and inside a thousands
    group that the next line's digits complete to three.
    """
    edits = [Edit(m.start(), m.end(), "") for rule in _NUMBER_BREAKS for m in rule.finditer(text)]
    for match in _CUT_GROUP_RE.finditer(text):
        if len(match.group(1)) + len(match.group(3)) == 3:
            edits.append(Edit(match.start(2), match.end(2), ""))
    return _without_overlaps(edits)


# --- social-media markup ------------------------------------------------------------------

_BOLD_RE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# A keycap emoji (1⃣, 2️⃣) numbers a section of a post; it is a list marker, not a number.
_KEYCAP_RE = re.compile("[0-9#*]\ufe0f?\u20e3")


def fix_post_markup(text: str) -> list[Edit]:
    """``增速全市**No.2**`` → ``增速全市No.2``; ``3⃣`` (a keycap list marker) goes.

    Why: posts copied from WeChat or Markdown keep their bold markers, which stand between a
    number and the words that say what it is; a keycap digit would be read as a number.
    """
    edits = [Edit(m.start(), m.end(), "") for m in _KEYCAP_RE.finditer(text)]
    for match in _BOLD_RE.finditer(text):
        edits.append(Edit(match.start(), match.start(1), ""))
        edits.append(Edit(match.end(1), match.end(), ""))
    return _without_overlaps(edits)


# Citation markers of a summary ([2], [2][8]).
_CITATIONS = r"(?:\[\d{1,3}\])+"
# What a run of spaces or of citation markers opens with: looked ahead for before the
# look-behinds of the patterns below (the same matches; most places of a text are passed
# after one test)
_SPACE_OR_CITATION_AHEAD = r"(?=[ \t\[])"
# An item of a list run into one line: a spaced dash or bullet (``…成就 - 地区生产总值…``), after
# a CJK character, closing punctuation or citation markers; or citation markers and a space
# before the next heading (``…迈进 [2][8] “十四五”时期…``).
_INLINE_ITEM_RE = re.compile(
    rf"{_SPACE_OR_CITATION_AHEAD}(?:"
    rf"(?<=[{_CJK}”’」』）)】》%。；！？\]])(?:[ \t]*{_CITATIONS})?[ \t]+[-–•·▪][ \t]+(?=\S)"
    rf"|(?<=[{_CJK}”’」』）)】》%。；！？])[ \t]*{_CITATIONS}[ \t]+(?=[^\s\d\-–•·▪])"
    r")"
)
# Citation markers closing a line or the text: they go.
_TRAILING_CITATIONS_RE = re.compile(
    rf"{_SPACE_OR_CITATION_AHEAD}(?<=\S)[ \t]*{_CITATIONS}(?=[ \t]*(?:\n|$))"
)
# The mark an item run into a line gets at the start of its own line (see fix_broken_lines).
ITEM_MARK = "\u2022"


def fix_inline_items(text: str) -> list[Edit]:
    """``…发展成就 - 地区生产总值…[2] - 一般公共预算收入…[2]`` → one item a line.

    Why: a digest or a summary scraped from an aggregator ("一图读懂", a "文章核心观点" box)
    runs its bullets into one line, spaced dashes and citation markers between them; read as
    one sentence, a measure named in one item gives its indicator, its year or its period to a
    number of another. Each item starts a line of its own, marked with a bullet so that the
    line is never joined back (``fix_broken_lines``); citation markers go. A range
    (``2019 - 2023``) has no CJK character or closing mark before its dash and stays.
    """
    edits = [Edit(m.start(), m.end(), "\n" + ITEM_MARK) for m in _INLINE_ITEM_RE.finditer(text)]
    edits += [Edit(m.start(), m.end(), "") for m in _TRAILING_CITATIONS_RE.finditer(text)]
    return _without_overlaps(edits)


# A line that opens with the mark of a list item: a bullet, a dash, [1], 1., 1、, (1), ①, 一、.
_ITEM_START_RE = re.compile(
    rf"[ \t\u3000]*(?:[{BULLET_MARKS}·\-–*]|\[\d{{1,2}}\]|\d{{1,2}}[.、．](?!\d)"
    rf"|[(（]\d{{1,2}}[)）]"
    rf"|[\u2460-\u2473\u2776-\u277f]|[{CHINESE_NUMERAL_CHARS}]{{1,3}}、"
    rf"|[(（][{CHINESE_NUMERAL_CHARS}]{{1,3}}[)）])"
)


_BULLET_START_RE = re.compile(rf"[ \t\u3000]*[{BULLET_MARKS}·\-–*]")


def starts_a_bullet(line: str) -> bool:
    """``• 上半年…``: the line opens with a bullet symbol (not a number, which may number a
    section's heading: ``一、2023年工作回顾``)."""
    return bool(_BULLET_START_RE.match(line))


def starts_an_item(line: str) -> bool:
    """``• 地区生产总值…``, ``(2) 新增…``, ``③…``: the line opens a list item, a statement of
    its own (never the rest of the line before it)."""
    return bool(_ITEM_START_RE.match(line))


_SPACE_RUN_RE = re.compile(r"[ \t]+")
_WORDISH = re.compile(r"[A-Za-z0-9]")


def fix_stray_spaces(text: str) -> list[Edit]:
    """``生态 文明`` → ``生态文明``: spaces next to a CJK character are PDF-column debris.

    Spaces between Latin words or numbers (``Mentougou District``) stay; a space between a
    number and a signed number (``96.8 -3.9``) separates two cells and becomes a tab. Leading
    and trailing spaces of a line go too. A headline's one space between two of its clauses
    becomes a comma (``…将建11个城市公园 森林湿地贯通南北``, see ``_parts_a_headline``).
    """
    edits = []
    for match in _SPACE_RUN_RE.finditer(text):
        before = text[match.start() - 1] if match.start() > 0 else "\n"
        after = text[match.end()] if match.end() < len(text) else "\n"
        if _WORDISH.match(before) and _WORDISH.match(after):
            continue
        if match.group() == " " and _parts_a_headline(text, match.start(), match.end()):
            edits.append(Edit(match.start(), match.end(), HEADLINE_CLAUSE_BREAK))
            continue
        if _cells_run_together(text, match.start(), match.end()):
            # "96.8 -3.9个百分点": two cells of a table row that a page ran into one line; joined,
            # they read as a range from 96.8 down to 3.9
            if match.group() != "\t":
                edits.append(Edit(match.start(), match.end(), "\t"))
            continue
        edits.append(Edit(match.start(), match.end(), ""))
    return edits


# What a headline's space between its clauses becomes: a clause mark, so that a figure of one
# clause is not read with the words of the next.
HEADLINE_CLAUSE_BREAK = "，"
# Marks of prose: a line holding one is no headline parted by spaces.
_PROSE_PUNCTUATION = frozenset("。，,；;：:！？!?、")
_HEADLINE_WORD_RE = re.compile(f"[{_CJK}]{{2}}")


def _parts_a_headline(text: str, gap_start: int, gap_end: int) -> bool:
    """The one space at text[gap_start:gap_end] parts two clauses of a headline: a short line
    without a mark of prose (a title, a related story's headline), two CJK characters or more
    at each side of the space, a figure in the words before it and none in the words after it,
    words between the figure and the space beyond its measure word, no unit cut in two
    (平方 公里), and a verb of their own in the words after it.

    Why: "北京通州将建11个城市公园 森林湿地贯通南北" gave the parks the term 城市公园森林湿地;
    "339家企业大兴生药基地落户 年产值已超百亿" gave 年产值 the words of the clause before. A
    body's line has marks of prose, and its stray spaces are debris (生态 文明, 造林 绿化2.3万亩，
    其中…); a table's cells stand apart by runs of spaces; a space before the figure's own words
    parts its subject from it (朝阳区新增就业 超过5万人, 城镇居民 人均可支配收入 8.5万元); a space
    right after a figure and its measure word stands before its noun as often as before another
    clause (平谷区30万亩 大桃迎来丰收季, 超过30毫米 河西地区全力应对), and those stay together.
    """
    if not (
        _HEADLINE_WORD_RE.fullmatch(text, max(0, gap_start - 2), gap_start)
        and _HEADLINE_WORD_RE.match(text, gap_end)
    ):
        return False
    # the line, looked for no further than a headline's length either side: a text of one
    # endless line is read in time linear in its length
    floor = max(0, gap_start - HEADLINE_LENGTH - 1)
    line_start = text.rfind("\n", floor, gap_start) + 1
    if line_start == 0 and floor > 0:
        return False
    ceiling = gap_end + HEADLINE_LENGTH + 1
    line_end = text.find("\n", gap_end, ceiling)
    if line_end < 0:
        if ceiling < len(text):
            return False
        line_end = len(text)
    line = text[line_start:line_end].strip()
    if len(line) > HEADLINE_LENGTH or any(char in _PROSE_PUNCTUATION for char in line):
        return False
    before_start = max(text.rfind(" ", line_start, gap_start), line_start)
    after_end = text.find(" ", gap_end, line_end)
    after_end = line_end if after_end < 0 else after_end
    if not any(char.isdigit() for char in text[before_start:gap_start]):
        return False  # 热烈庆祝某区成功获批 国家可持续发展实验区: a banner, no figure to part
    if any(char.isdigit() for char in text[gap_end:after_end]):
        return False  # 某公司拟出售5家上市公司股份 总市值2.9亿元: the figure after is the words'
    if _cuts_a_unit(text, gap_start, gap_end):
        return False
    figure_end = max(at for at in range(before_start, gap_start) if text[at].isdigit()) + 1
    if gap_start - figure_end <= _MEASURE_WORD_TAIL:
        return False  # 平谷区30万亩 大桃迎来丰收季: a figure and its measure word, its noun next
    return _a_clause_of_its_own(text[gap_end:after_end])


# The longest measure word (with its multiplier and a word of more) written right after a figure
# (万平方米, 万余株): a headline's space after no more than that stands before the figure's noun.
_MEASURE_WORD_TAIL = 4


def _a_clause_of_its_own(words: str) -> bool:
    """The words after a headline's space make a clause: a verb after their first word, which
    is none (河西地区全力应对, 森林湿地贯通南北, 年产值已超百亿), not the noun a figure before
    counts (新建10余个 社区养老驿站, 新增3万亩 平原造林, 打造15分钟 便民生活圈, 800公里
    骑行绿道)."""
    from districts.facts.words import pos_tags  # jieba through the facts stage's one door
    from districts.text.mojibake import simplified_characters

    tags = [tag for _, tag in pos_tags(simplified_characters(words))]
    return len(tags) > 1 and not tags[0].startswith("v") and "v" in tags[1:]


def _cuts_a_unit(text: str, gap_start: int, gap_end: int) -> bool:
    """A unit of the unit table that measures runs across the space (总面积2229.45平方 公里)."""
    left = text[max(0, gap_start - _LONGEST_UNIT) : gap_start]
    joined = left + text[gap_end : gap_end + _LONGEST_UNIT]
    for unit in _units_of_measure():
        at = joined.find(unit)
        while at >= 0:
            if at < len(left) < at + len(unit):
                return True
            at = joined.find(unit, at + 1)
    return False


# A number with its sign after a space (a cell), and a number standing after a space (the cell
# before it), up to the space between them.
_SIGNED_CELL_RE = re.compile(r"[-\u2212\uff0d]([0-9]+(?:\.[0-9]+)?)")
_CELL_BEFORE_RE = re.compile(r"(?:^|[ \t\u3000])([0-9]+(?:\.[0-9]+)?)$")


def _cells_run_together(text: str, gap_start: int, gap_end: int) -> bool:
    """The space at text[gap_start:gap_end] stands between two cells of a row: a number that
    a space sets apart before it, and a signed number after it smaller than the first ("96.8
    -3.9": a value and its change). A spaced range ("3000 -3500张", "2023 -2024年") rises."""
    after = _SIGNED_CELL_RE.match(text, gap_end)
    cell = _CELL_BEFORE_RE.search(text, max(0, gap_start - 24), gap_start)
    if after is None or cell is None:
        return False
    return float(after.group(1)) < float(cell.group(1))


_SENTENCE_END = set("。！？!?；;：:…”」』）)】》")
# A line that ends with one of these stops inside a sentence (posts break lines at commas).
_CLAUSE_MARKS = set("，、,")
# No line starts with these: a line that does continues the one before, however short.
_CONTINUATION_START = set("。，、；：！？）」』】》%")
# A line this long that stops without closing punctuation is a text column cut by the page,
# not a heading or a caption (those are short).
_MIN_BROKEN_LINE = 30
# Cells of a table laid out as text stand apart by runs of spaces or tabs; a row is never a
# sentence cut across lines.
_TABLE_GAP_RE = re.compile(r"[ \u3000]{2,}|\t")
_LINE_BREAKS_RE = re.compile(r"\r?\n(?:[ \t\u3000]*\r?\n)*")


def fix_broken_lines(text: str) -> list[Edit]:
    """``…经区政府常务会议审议通\\n\\n过…`` → ``…通过…``: join a sentence cut across lines.

    A break is joined when the line before it is long and does not end a sentence, and the
    next line continues it: it starts with a CJK character or digit and is itself a long
    column line or ends the sentence. Captions between columns, table rows (cells apart by
    runs of spaces or tabs) and paragraph breaks stay.
    A bullet item over a blank line (a page's list of linked stories) ends where it ends.
    A line that starts with closing punctuation (``。``, ``，``) always continues the line
    before, unless that one ended its sentence; a line that ends with a comma (posts break
    their lines at commas: ``2024年，\n全区…``) always goes on in the next.
    """
    edits = []
    repeated = _whole_lines_printed_twice(text)
    headline = _headline_start(text)
    for match in _LINE_BREAKS_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text[line_start : match.start()].rstrip()
        if (
            line_start == headline
            and match.group().count("\n") > 1
            and not _cut_inside_a_word(line, text[match.end() : match.end() + _WORD_REACH])
        ):
            continue  # the headline, then a blank line: the story starts under it
        following = text[match.end() : match.end() + 1]
        next_end = text.find("\n", match.end())
        next_line = text[match.end() : len(text) if next_end < 0 else next_end].rstrip()
        continues = len(next_line) >= _MIN_BROKEN_LINE or next_line[-1:] in _SENTENCE_END
        if starts_an_item(next_line):
            continue  # a list item is a statement of its own
        if _LEADING_TIMESTAMP_RE.match(next_line):
            continue  # 2025-07-28 23:17:02某区…: another story's posting time, no continuation
        if _opens_with_its_day(line, next_line):
            continue
        if line and following in _CONTINUATION_START and line[-1] not in _SENTENCE_END:
            edits.append(Edit(match.start(), match.end(), ""))
        elif line[-1:] in _CLAUSE_MARKS and match.group().count("\n") == 1 and following.strip():
            edits.append(Edit(match.start(), match.end(), ""))  # "2024年，\n全区…"
        elif _number_cut_from_its_unit(line, next_line) or _value_cut_from_its_words(
            line, next_line, match.group()
        ):
            edits.append(Edit(match.start(), match.end(), ""))
        elif (
            len(line) >= _MIN_BROKEN_LINE
            # "• 某某纪实(一)：…整治", a blank line, then a paragraph: a linked item, not a cut
            # sentence (but "• …突破", a blank line, "1200万人次…" goes on: a number next)
            and not (
                starts_a_bullet(line)
                and match.group().count("\n") > 1
                and _CJK_RE.match(following)
                and not _cut_inside_a_word(line, text[match.end() : match.end() + _WORD_REACH])
            )
            and line.strip(" \t\u3000") not in repeated
            and not _TABLE_GAP_RE.search(line)
            and not _TABLE_GAP_RE.search(next_line)
            and not (_is_row_of_figures(line) and _is_row_of_figures(next_line))
            and line[-1] not in _SENTENCE_END
            and following
            and (_CJK_RE.match(following) or following.isdigit())
            # "更新时间:2019-04-26 12:36", a blank line, "2005年2月，…": a time or a date before
            # a paragraph break, or a year opening the next paragraph, is a figure of its own;
            # joined, the two would read as one (362005年). (A number a page break cut in two,
            # 固定资产投资1 / 23.4亿元, joins up.)
            and not (
                match.group().count("\n") > 1
                and line[-1].isdigit()
                and (_ENDS_WITH_A_TIME_RE.search(line) or _opens_with_a_year(next_line))
            )
            and continues
        ):
            edits.append(Edit(match.start(), match.end(), ""))
    return edits


# A line ending with a time of day or a date (12:36, 2019-04-26), and one opening with a year
# (2005年, 2024-): no half of a number cut at the line's end.
_ENDS_WITH_A_TIME_RE = re.compile(
    r"(?<!\d)(?:\d{1,2}:\d{2}(?::\d{2})?|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})$"
)
_YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d{2}")


def _opens_with_a_year(line: str) -> bool:
    """``2005年2月，…``, ``2024-05-06``: a line opening with a year (``year_words``) or a date."""
    from districts.lexicon import load_lexicon  # imported late: the catalog loads it

    year = _YEAR_DIGITS_RE.match(line)
    if year is None:
        return False
    rest = line[year.end() :]
    return rest.startswith(tuple(load_lexicon().year_words)) or bool(re.match(r"[-/.]\d", rest))


def _opens_with_its_day(line: str, next_line: str) -> bool:
    """``…到2025年，将实现年产30万辆新能源汽车`` + ``24日上午，区政府举办…``: the next line opens
    a paragraph with the day its events took place (a news report's lead), after a paragraph
    the page left without its full stop. Not the day of a date the line before cut off
    (``截至2023年6月`` + ``30日，…``).

    Why: joined as one sentence cut across lines, the paragraph before lent its goal and its
    year (到2025年, 将) to the figures of the day's event (共签约项目14个).

    >>> _opens_with_its_day("到2025年，将实现年产30万辆新能源汽车", "24日上午，区政府举办峰会")
    True
    >>> _opens_with_its_day("截至2023年6月", "30日，全区已建成公园20处")
    False
    """
    from districts.lexicon import load_lexicon  # imported late: the catalog loads it

    if not _day_lead_re().match(next_line):
        return False
    lexicon = load_lexicon()
    cut_date = (*lexicon.text_tables["month_marks"], *lexicon.year_words)
    return not (line[-1:].isdigit() or line.endswith(cut_date))


@functools.cache
def _day_lead_re() -> re.Pattern[str]:
    """A day of the month opening a line, with its month or not (24日, 7月31日, 3号)."""
    from districts.lexicon import load_lexicon  # imported late: the catalog loads it

    cues = load_lexicon().text_tables
    months = "|".join(re.escape(mark) for mark in cues["month_marks"])
    days = "|".join(re.escape(mark) for mark in cues["day_marks"])
    return re.compile(rf"(?:\d{{1,2}}(?:{months}))?\d{{1,2}}(?:{days})(?!\d)")


def _headline_start(text: str) -> int:
    """Where the text's first line starts, when that line is short enough to be a headline;
    else -1.

    Why: "北京2015年GDP增速6.9% 居民人均可支配收入超4.8万元" above a blank line and the story
    was joined with the story's first sentence as a sentence cut across lines, and the
    paragraph's year (2015年全市…) no longer reached the sentences after it. Lines without
    Chinese above it (a blog's name, a date) are a page's marks, not its headline.
    """
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if _CJK_RE.search(line):
            return start if len(line) <= HEADLINE_LENGTH else -1
        start = end + 1  # "blog", "2025-07-27", a link: a page's marks above its headline
    return -1


def _cut_inside_a_word(line: str, following: str) -> bool:
    """A word runs across the break: the end of ``line`` and the start of ``following`` are
    one word to jieba ("…加装电梯的推" + "进办法" holds 推进), as when a PDF cuts a line; a
    headline ends with a whole word ("…超4.8万元" + "2015年…").
    """
    # jieba through the facts stage's one door to it (its private cache; loaded on first use)
    from districts.facts.words import pos_tags

    tail = line[-_WORD_REACH:]
    position = 0
    for word, _ in pos_tags(tail + following):
        if position < len(tail) < position + len(word):
            return True
        position += len(word)
    return False


# The characters either side of a line break read for a word running across it
_WORD_REACH = 4


def _whole_lines_printed_twice(text: str) -> set[str]:
    """The title, when it stands again as a whole line: a headline repeated under photos.

    Why: such a line is a heading each time it stands, not the first half of a sentence cut
    across lines; joined with the paragraph after it, its copies could no longer be told apart
    from the story (see ``_repeats_an_earlier_line``).
    """
    lines = [line.strip(" \t\u3000") for line in text.split("\n")]
    title = next((line for line in lines if line), "")
    if len(title) < _MIN_REPEATED_LINE or lines.count(title) < 2:
        return set()
    return {title}


_PROSE_MARKS_RE = re.compile("[，。；、]")
# Marks of prose in a line: a comma that is not a thousands separator, stops, colons.
_LINE_PROSE_RE = re.compile(r"[，。；、：;:！？!?]|,(?!\d{3}(?!\d))")
_DIGIT_RE = re.compile(r"\d")


def _is_row_of_figures(line: str) -> bool:
    """``密云区森林覆盖率72.5%林木绿化率80.1%…``: a line of figures without a mark of prose.

    Why: a table that a PDF or a web page gave as text without cell gaps has one row a line,
    with no punctuation; joined with the next row as a sentence cut across lines, a table of
    a thousand rows would become one sentence, read again at every number in it. Two such
    lines in a row are rows, not one sentence; a text column cut by the page has commas.
    """
    return bool(_DIGIT_RE.search(line)) and not _LINE_PROSE_RE.search(line)


def _number_cut_from_its_unit(line: str, next_line: str) -> bool:
    """``…累计受理41`` + ``件，办结率…``: a prose line that ends in a number whose unit
    starts the next line. A table row (``行政许可20317``) has no clause marks; prose does.
    """
    before_number = line.rstrip("0123456789.,")[-1:]
    return (
        len(line) >= _MIN_BROKEN_LINE // 2
        and line[-1:].isdigit()
        and bool(_CJK_RE.match(before_number))
        and bool(_PROSE_MARKS_RE.search(line))
        and not _TABLE_GAP_RE.search(line)
        and bool(_CJK_RE.match(next_line[:1]))
    )


_VALUE_START_RE = re.compile(rf"\d+(?:\.\d+)?[ \u3000]?([{_CJK}])")


def _value_cut_from_its_words(line: str, next_line: str, gap: str) -> bool:
    """``…企业数量增至`` + ``584家.努力…``: words that end mid-sentence, and the next line
    starts with a number and its unit (a PDF cut the line before the value). A date (2017年)
    may open a new paragraph after a heading; a bare number (a page number, a table cell)
    has no unit; a table row has cell gaps.

    Why: the value's sentence is the line before; cut off, it reads as a paragraph of its own
    and loses its subject (the district the sentence before it names).
    """
    from districts.lexicon import load_lexicon  # imported late: the catalog loads it

    start = _VALUE_START_RE.match(next_line)
    if start is None or gap.count("\n") != 1 or not line or not _CJK_RE.match(line[-1]):
        return False
    lexicon = load_lexicon()
    if start.group(1) in (*lexicon.date_units, *lexicon.year_words):
        return False
    return not (
        _TABLE_GAP_RE.search(line)
        or _TABLE_GAP_RE.search(next_line)
        or (_is_row_of_figures(line) and _is_row_of_figures(next_line))
    )


def fix_traditional_script(text: str) -> list[Edit]:
    """Traditional → simplified with Taiwan/Hong Kong wording (資訊 → 信息, 網際網路 → 互联网).

    OpenCC's ``tw2sp`` rewrites whole phrases, which may change length. The conversion is
    done here the way OpenCC does it (``_converted_with_sources``: the same dictionaries, the
    same longest-match segments), keeping for each character of the result the original
    characters it was made from: a phrase of another length becomes one coarser edit (each of
    its characters maps to the whole phrase), everything else maps character by character.
    """
    edits: list[Edit] = []
    line_start = 0
    for line in text.split("\n"):
        if _CJK_RE.search(line):
            edits.extend(_line_conversion_edits(line, line_start))
        line_start += len(line) + 1
    return edits


# The phrase matching takes time quadratic in the length of the stretch it is given, so a line
# is converted piece by piece: between the separators at which OpenCC cuts its input anyway
# (punctuation, spaces), which changes nothing, and a piece longer than this (a crafted run
# such as 網際網路網際網路…) in stretches of this length.
_MAX_CONVERSION_PIECE = 100


def _line_conversion_edits(line: str, offset: int) -> list[Edit]:
    """The conversion of one line, piece by piece (time linear in its length)."""
    edits: list[Edit] = []
    start = 0
    for match in _converter().split_chars_re.finditer(line):
        edits.extend(_pieces_conversion_edits(line, start, match.start(), offset))
        start = match.end()
    edits.extend(_pieces_conversion_edits(line, start, len(line), offset))
    return edits


def _pieces_conversion_edits(line: str, start: int, end: int, offset: int) -> list[Edit]:
    edits: list[Edit] = []
    for cut in range(start, end, _MAX_CONVERSION_PIECE):
        piece = line[cut : min(end, cut + _MAX_CONVERSION_PIECE)]
        edits.extend(_piece_conversion_edits(piece, offset + cut))
    return edits


def _piece_conversion_edits(piece: str, offset: int) -> list[Edit]:
    """The edits that turn ``piece`` (no separator inside) into its conversion.

    A run of characters converted one for one is one edit (same length: still mapped
    character by character); a phrase converted to another length (網際網路 → 互联网) is one
    edit over the original characters it came from.
    """
    converted, sources = _converted_with_sources(piece)
    edits: list[Edit] = []
    size = len(converted)
    index = 0
    while index < size:
        start, end = sources[index]
        stop = index + 1
        if end - start == 1 and (stop == size or sources[stop] != (start, end)):
            # one for one: the run goes on while the next character is one for one too
            while (
                stop < size
                and sources[stop] == (end, end + 1)
                and (stop + 1 == size or sources[stop + 1] != sources[stop])
            ):
                end += 1
                stop += 1
        else:
            # a phrase of another length, with any later phrase made partly of the same
            # original characters
            while stop < size and sources[stop][0] < end:
                end = max(end, sources[stop][1])
                stop += 1
        replacement = converted[index:stop]
        if replacement != piece[start:end]:
            edits.append(Edit(offset + start, offset + end, replacement))
        index = stop
    return edits


def _converted_with_sources(piece: str) -> tuple[str, list[tuple[int, int]]]:
    """OpenCC's conversion of ``piece`` (``OpenCC.convert``, for a piece without separators),
    and for each character of it the stretch of ``piece`` it was made from.

    OpenCC runs its dictionary groups one after the other, each on the whole result of the
    one before; within a group, each dictionary in turn replaces the longest entry found in
    each stretch not yet replaced (the leftmost of equal length), then looks again in the
    stretches left and right of it, no longer than the entry found. This does the same
    (``_matches``), with the stretches carried along instead of a diff afterwards.

    >>> _converted_with_sources("網際網路")
    ('互联网', [(0, 4), (0, 4), (0, 4)])
    """
    text = piece
    sources = [(i, i + 1) for i in range(len(piece))]
    for group in _converter()._dict_chain_data:
        replaced = _matches(text, group)
        if not replaced:
            continue
        pieces: list[str] = []
        new_sources: list[tuple[int, int]] = []
        cursor = 0
        for start, end, value in replaced:
            pieces.append(text[cursor:start])
            new_sources.extend(sources[cursor:start])
            if len(value) == end - start:
                new_sources.extend(sources[start:end])
            else:
                whole = (sources[start][0], sources[end - 1][1])
                new_sources.extend([whole] * len(value))
            pieces.append(value)
            cursor = end
        pieces.append(text[cursor:])
        new_sources.extend(sources[cursor:])
        text, sources = "".join(pieces), new_sources
    return text, sources


def _matches(text: str, group) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """The entries of one OpenCC dictionary group that replace stretches of ``text``, as
    (start, end, value), in order of position (see ``_converted_with_sources``)."""
    replaced: list[tuple[int, int, str]] = []
    unmatched = [(0, len(text))] if text else []
    for max_len, min_len, table in group:
        if max_len == 1:
            unmatched = _single_character_matches(text, table, unmatched, replaced)
        else:
            unmatched = _phrase_matches(text, max_len, min_len, table, unmatched, replaced)
    return sorted(replaced)


def _single_character_matches(
    text: str,
    table: dict[str, str],
    stretches: list[tuple[int, int]],
    replaced: list[tuple[int, int, str]],
) -> list[tuple[int, int]]:
    """``_phrase_matches`` for a table of single characters, in one pass: each stretch is
    replaced character by character from the left, and what lies between stays unmatched.
    An entry without a value leaves the rest of its stretch unmatched, as in OpenCC."""
    unmatched: list[tuple[int, int]] = []
    for start, end in stretches:
        cursor = start
        for i in range(start, end):
            value = table.get(text[i])
            if value is None:
                continue
            value = value.split(" ")[0]  # several readings: OpenCC takes the first
            if not value:
                break
            if i > cursor:
                unmatched.append((cursor, i))
            replaced.append((i, i + 1, value))
            cursor = i + 1
        if cursor < end:
            unmatched.append((cursor, end))
    return unmatched


def _phrase_matches(
    text: str,
    max_len: int,
    min_len: int,
    table: dict[str, str],
    stretches: list[tuple[int, int]],
    replaced: list[tuple[int, int, str]],
) -> list[tuple[int, int]]:
    """One OpenCC dictionary on the stretches not yet replaced: the longest entry in a
    stretch (the leftmost of equal length) is replaced, then the stretches left and right of
    it are searched for entries no longer than it. Returns the stretches left unmatched."""
    prefixes, heads = _prefixes(table)
    # Where an entry starts, and the lengths of the entries there, the longest first. Only
    # where the first two characters begin an entry (or the first is one) can one start.
    size = len(text)
    at: list[int] = []
    lengths: list[list[int]] = []
    starts = [i for i in range(size) if text[i : i + 2] in heads or text[i] in table]
    for i in starts:
        found = []
        for length in range(1, min(max_len, len(text) - i) + 1):
            chunk = text[i : i + length]
            if length >= min_len and chunk in table:
                found.append(length)
            if chunk not in prefixes:
                break
        if found:
            found.reverse()
            at.append(i)
            lengths.append(found)
    unmatched: list[tuple[int, int]] = []
    working: list[tuple[int, int, int | None]] = [(start, end, None) for start, end in stretches]
    while working:
        start, end, hint = working.pop()
        cap = min(end - start, max_len) if hint is None else min(end - start, max_len, hint)
        best_length, best_at = 0, -1
        for k in range(bisect.bisect_left(at, start), bisect.bisect_left(at, end)):
            i = at[k]
            for length in lengths[k]:
                if length <= cap and length <= end - i:
                    if length > best_length:
                        best_length, best_at = length, i
                    break
        value = table[text[best_at : best_at + best_length]] if best_at >= 0 else ""
        value = value.split(" ")[0]  # several readings: OpenCC takes the first
        if not value:
            unmatched.append((start, end))
            continue
        replaced.append((best_at, best_at + best_length, value))
        if best_at > start:
            working.append((start, best_at, best_length))
        if best_at + best_length < end:
            working.append((best_at + best_length, end, best_length))
    return unmatched


# Keyed by the table's identity; the table is kept with its entry, so a key is never reused.
_PREFIXES: dict[int, tuple[dict[str, str], frozenset[str], frozenset[str]]] = {}


def _prefixes(table: dict[str, str]) -> tuple[frozenset[str], frozenset[str]]:
    """Every proper prefix of the table's entries (where a longer entry may still begin),
    and the first two characters of its entries of two or more."""
    found = _PREFIXES.get(id(table))
    if found is None or found[0] is not table:
        prefixes = frozenset(key[:k] for key in table for k in range(1, len(key)))
        heads = frozenset(key[:2] for key in table if len(key) >= 2)
        found = _PREFIXES[id(table)] = (table, prefixes, heads)
    return found[1], found[2]


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
    # each distinct character looked at once, not each occurrence
    cjk = {ch: n for ch, n in Counter(text).items() if _CJK_RE.match(ch)}
    if not cjk:
        return "simplified"
    changed = sum(n for ch, n in cjk.items() if _simplified_char(ch) != ch)
    if changed / sum(cjk.values()) < _TRADITIONAL_SHARE:
        return "simplified"
    if len(fix_pinyin_annotations(text)) >= 3:
        return "traditional_pinyin"
    return "traditional"


# --- web-page chrome --------------------------------------------------------------------

# Navigation bars and breadcrumbs: short items between bars or arrows.
_NAV_SEPARATOR_RE = re.compile(r"[|｜]|>|›|»|＞")
_MAX_NAV_ITEM = 12
_MIN_NAV_ITEMS = 3
# A headline in a list of links: a bullet before it or a date after it.
_LIST_BULLET_RE = re.compile(r"^[ \t\u3000]*(?:[·•▪◆◇►▶■□○●]|[-*][ \t])[ \t\u3000]*(?!\d)")
_TRAILING_DATE_RE = re.compile(
    r"[ \t\u3000(（\[【]*(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{2}-\d{2})"
    r"[)）\]】]?[ \t\u3000]*$"
)


def find_page_chrome(text: str) -> tuple[tuple[int, int, str], ...]:
    """Lines of a web page that are the site's, not the story's: (start, end, kind).

    Why: a web page wraps its story in navigation bars, lists of related headlines and a
    footer; their numbers are about other stories (``·某区新建公园12处 2024-05-02``) or
    about the site (ICP licence, telephone, screen size), never facts of this story. Kinds:
    ``navigation`` (three or more short items between bars or arrows), ``footer`` (a
    footer cue such as 版权所有), ``pager`` (上一篇/下一篇), ``tags`` (a line of hashtags),
    ``related`` (the lines under a heading of related stories or of readers' comments, up
    to the blank line after them, and bulleted headlines ending in a date anywhere), ``repeat``
    (a line printed again word for word, see ``_repeats_an_earlier_line``). Cue words
    are in ``data/lexicon.yaml``.
    """
    from districts.lexicon import load_lexicon  # imported late: the catalog loads it

    lexicon = load_lexicon()
    lines = text.split("\n")
    contents = _edition_contents_lines(lines, lexicon)
    chrome: list[tuple[int, int, str]] = []
    in_related = False
    listed = False  # an item under the related heading seen yet: a blank line then ends it
    # …unless its items open with bullets: then it goes on over a blank line to a bullet that
    # opens another headline (not a sentence of the story's own: 全区新增学位1.2万个。)
    bulleted = False
    apart = False  # a blank line since the list's last line
    shared = False  # under a share bar: short lines ending no sentence are other headlines
    title = ""
    story_seen = False
    live = False  # a live page: its entries each glued to their time, from the first on
    other_headlines: set[str] = set()  # the related lists' headlines, however often repeated
    line_start = 0
    for number, line in enumerate(lines):
        line_end = line_start + len(line)
        stripped = line.strip(" \t\u3000")
        kind = None
        if number in contents:
            kind = "related" if stripped else None
        elif not stripped:
            # the blank lines between a heading and its first item do not end the list
            # (相关内容 / 热门资讯 / the headlines)
            in_related = in_related and (not listed or bulleted)
            apart = listed
        elif title and _repeats_an_earlier_line(stripped, title):
            kind = "repeat"
        elif (
            story_seen
            and len(stripped) >= _REPEATED_HEADLINE
            and any(headline.endswith(stripped) for headline in other_headlines)
        ):
            # 相关推荐 / …最佳签约诞生 / (blank) / …最佳签约诞生 under the story: the list's
            # headline again (the first joined to the line above it, 热点推荐, by the line
            # joiner); above the story, its own headline may repeat a related one
            kind = "related"
        elif _is_navigation(stripped) or (not title and _locates_the_page(stripped, lexicon)):
            kind = "navigation"
        elif _is_footer(stripped, lexicon):
            kind = "footer"
        elif _is_a_pager(stripped, lexicon):
            kind = "pager"
        elif _HASHTAGS_RE.fullmatch(stripped):
            kind = "tags"
        elif _is_related_heading(
            stripped, lexicon.web_related_headings + lexicon.web_comment_headings
        ):
            kind, in_related, listed = "related", True, False
        elif _is_related_heading(stripped, lexicon.web_share_lines):
            kind, shared = "related", True
        elif in_related and not listed and _ends_a_sentence(stripped):
            in_related = False  # the story after a site's column name (最新资讯), not a headline
        elif (
            in_related
            and bulleted
            and (_ends_a_sentence(stripped) or (apart and not starts_a_bullet(stripped)))
        ):
            # a sentence (今年全区新增…。), or a line without a bullet after a blank line: the
            # story's own (a headline wrapped onto the next line has no blank line before it)
            in_related = False
        elif in_related or _is_linked_headline(stripped, after_a_story=story_seen and not live):
            if in_related and not listed:
                bulleted = starts_a_bullet(stripped)  # 相关文章, then "• …", a blank, "• …"
            kind, listed, apart = "related", listed or in_related, False
        elif shared and len(stripped) <= _MAX_HEADLINE and not _ends_a_sentence(stripped):
            kind = "related"  # 分享到 / 北京通报7家单位巡视整改情况: another story's headline
        elif shared:
            shared = False  # the story goes on below a share bar set in its middle
        if kind is not None:
            chrome.append((line_start, line_end, kind))
            if kind == "related" and listed:
                other_headlines.add(stripped)
        elif stripped:
            if title and not story_seen:  # the story's first line under its title
                story_seen, live = True, bool(_LEADING_TIMESTAMP_RE.match(stripped))
            title = title or stripped  # the story's first line: the site's lines above it aside
        line_start = line_end + 1
    return tuple(chrome)


# A line repeating the end of a related list's headline is that headline again if this long
# (short lines, 更多, 返回顶部, repeat anywhere).
_REPEATED_HEADLINE = 8
# A pager line is short; a longer line naming the page before (相比上一版名录) is the story's.
_MAX_PAGER_LINE = 60
# How far below a newspaper page's pager its list of headlines may end, and how long a headline
# of that list may be; a pager links both ways.
_MAX_EDITION_CONTENTS = 30
_MAX_HEADLINE = 40
_PAGER_LINKS = 2
# The arrows of a newspaper site's pager, set in a symbol font and scraped as digits (3上一篇).
_PAGER_ARROWS = "34◀▶←→<>《》«»‹›"


def _is_a_pager(line: str, lexicon: Lexicon) -> bool:
    """``上一篇：…``, ``3上一篇  下一篇4 2021年2月19日``, ``3上一版  下一版4``: a link to
    the story, page or issue before or after this one, not the story's text.

    Why: a newspaper's electronic edition draws its arrows in a symbol font that scrapes as
    the digits 3 and 4; the line's date and numbers are the site's, never facts.
    """
    core = line.lstrip(_PAGER_ARROWS).lstrip(" \t\u3000")
    if core.startswith(lexicon.web_pager_cues):
        return True
    return _links_pages(line, lexicon)


def _links_pages(line: str, lexicon: Lexicon) -> bool:
    """A short line linking to a newspaper's page or issue both before and after this one
    (``3上一版  下一版4``, ``2025年06月13日 星期五 出版 上一期  下一期``). One link alone is a
    story's words ("上一期三年行动计划实施以来…", "…详见下一期")."""
    if len(line) > _MAX_PAGER_LINE or _ends_a_sentence(line):
        return False
    return sum(cue in line for cue in lexicon.web_edition_pager_cues) >= _PAGER_LINKS


def _edition_contents_lines(lines: list[str], lexicon: Lexicon) -> frozenset[int]:
    """Numbers of the ``lines`` that list the headlines of a newspaper page, and of the heading
    that closes them: from below the page's pager (``3上一版  下一版4``) down to a line that is
    ``版面导航``, a few lines on.

    Why: an electronic edition prints, above the story, every headline of its page
    (``市人大今年拟安排54项立法项目`` above a story on 怀柔's holiday tourism); their numbers
    are other stories', and read as this one's they give the city's figures to its district.
    Without the closing heading nothing is taken, nor when a line between ends a sentence or
    is longer than a headline: a short column of lines may be a story's.
    """
    taken: set[int] = set()
    for number, line in enumerate(lines):
        if not _links_pages(line.strip(" \t\u3000"), lexicon):
            continue
        for end in range(number + 1, min(len(lines), number + 1 + _MAX_EDITION_CONTENTS)):
            heading = lines[end].strip(" \t\u3000")
            if _is_related_heading(heading, lexicon.web_edition_contents_ends):
                taken.update(range(number + 1, end + 1))
                break
            if len(heading) > _MAX_HEADLINE or _ends_a_sentence(heading):
                break  # a story's sentence: the lines below the pager are no list of headlines
    return frozenset(taken)


# A repeated line shorter than this may be a table's label or a section's heading (合计, 其中：).
_MIN_REPEATED_LINE = 12


def _repeats_an_earlier_line(line: str, title: str) -> bool:
    """A whole line that repeats the page's title word for word: the headline printed again as
    an image caption or alt text, a share box, a sticky header. It states nothing new; its
    numbers were already read where the title stood.

    Why: a scraped news page often repeats its title under every photo
    (``某区PM2.5浓度连续五年全市最低`` four times); counting each copy makes one fact four.
    Only the title (the first non-empty line) counts: a table's rows may rightly repeat, a
    short line (``合计``) too, and rows of cells between tabs or runs of spaces are kept.
    """
    if len(line) < _MIN_REPEATED_LINE or line != title:
        return False
    return "\t" not in line and not _CELL_GAP_RE.search(line)


_CELL_GAP_RE = re.compile(r"[ \u3000]{2,}")


# A line of hashtags closing a post: #某区#公园#2024成绩单 (the numbers are names).
_HASHTAGS_RE = re.compile(r"(?:[#＃][^#＃\s]+[#＃]?[ \t\u3000]*){2,}")


def _is_navigation(line: str) -> bool:
    """``首页 | 走进本区 | 政务公开``, ``您的位置：首页 > 要闻动态``: a bar of short links.

    A row of a table drawn with bars (``| 指标 | 13.9 |``) has numbers for cells: not a bar.
    """
    if line.startswith(("|", "｜")) and line.endswith(("|", "｜")):
        return False
    items = [item.strip(" \t\u3000") for item in _NAV_SEPARATOR_RE.split(line)]
    items = [item for item in items if item]
    return (
        len(items) >= _MIN_NAV_ITEMS
        and all(len(item) <= _MAX_NAV_ITEM for item in items)
        and not any(_NUMBER_CELL_RE.fullmatch(item) for item in items)
    )


_NUMBER_CELL_RE = re.compile(r"[-+]?[\d.,%]+")
# A line locating the page or greeting its reader is short: a longer one is the story's.
_MAX_LOCATION_LINE = 40


def _is_footer(line: str, lexicon: Lexicon) -> bool:
    """A line of the site's footer: one of its cues (版权所有, ICP备) anywhere, or a role it
    names (主办单位, 承办单位) in a line with no full stop, or a contact label and its colon
    (邮编：, 举报电话：) in a line with neither full stop nor comma. "经70余个承办单位的认真
    办理，所有提案全部办结。" closes a story's paragraph with 承办单位 in it."""
    if any(cue in line for cue in lexicon.web_footer_cues):
        return True
    if "。" in line:
        return False
    if any(role in line for role in lexicon.web_footer_roles):
        return True
    # 地址：… 邮编：100013; "开通举报电话3部、举报邮箱2个，…" is a story's list item
    if "，" not in line and any(
        label + colon in line for label in lexicon.web_footer_labels for colon in _FOOTER_COLONS
    ):
        return True
    # 地址:某市某路568号某中心22栋401室, the address alone in its line (not 地址：…；占地面积：
    # 680公顷, 地址：某路8号，可容纳观众5000人, 地址：某街道 设置采样台8个, 某大街（摊位120个）)
    for label in lexicon.web_address_labels:
        for colon in _FOOTER_COLONS:
            if line.startswith(label + colon):
                alone = _ADDRESS_ALONE_RE.fullmatch(line, len(label) + len(colon)) is not None
                return alone and line.endswith(lexicon.address_endings)
    return False


# An address with nothing after it: no space, clause mark or bracket setting off more words.
_ADDRESS_ALONE_RE = re.compile(r"[^\s，,；;、：:（(]+")


_FOOTER_COLONS = ("：", ":")


def _locates_the_page(line: str, lexicon: Lexicon) -> bool:
    """Above the story, ``当前位置：首页 > 污染防治`` or ``首页 > 环保节能`` (a location going
    to the front page) or ``欢迎访问某某网!`` (a greeting naming a site): the site's line,
    however few links it holds (a bar of links needs three, ``_is_navigation``), or a line
    that is only a mirror's
    link to a reposted post or the post's label (``web_post_head_lines``: 查看原文, 其他). The
    caller asks only above the story's first line: "欢迎来到密云！这里森林覆盖率达73.1%" opening
    a story is the story's."""
    if len(line) > _MAX_LOCATION_LINE:
        return False
    if line.startswith(lexicon.web_location_cues):
        # 当前位置：首页 > 污染防治, 当前位置：政务公开→统计数据: links to the site's pages
        return any(mark in line for mark in lexicon.web_location_marks)
    front = next((word for word in lexicon.web_front_pages if line.startswith(word)), "")
    if front:
        # 首页 > 环保节能: the same path without its cue (not 首页推荐…, a story's words)
        rest = line[len(front) :].lstrip(" \t\u3000")
        return rest.startswith(tuple(set(lexicon.web_location_marks) - {front}))
    if line.startswith(lexicon.web_greeting_cues):
        return line.rstrip("!！。. \t\u3000").endswith(lexicon.web_site_words)
    # 查看原文 / 其他 above a reposted WeChat post: the mirror's link and the post's label
    return line in lexicon.web_post_head_lines


def _is_related_heading(line: str, headings: tuple[str, ...]) -> bool:
    """``相关新闻``, ``相关阅读：``, ``【延伸阅读】``, ``热点专题 更多>>``: a heading alone."""
    core = line.strip("【】[]：:>»· \t\u3000")
    if not core.startswith(headings):
        return False  # one test for all the headings first: most lines start with none
    return any(core.startswith(heading) and len(core) <= len(heading) + 4 for heading in headings)


def _ends_a_sentence(line: str) -> bool:
    """A paragraph of a story ends its sentences with a full stop; a headline does not."""
    return line.rstrip("”’\"'）) \t\u3000").endswith(("。", "！", "？"))


def _is_linked_headline(line: str, after_a_story: bool = False) -> bool:
    """``· 某区新建驿站8处　2024-11-03``: a bulleted headline with its date, a link; or, below a
    story, ``2025-07-28 23:17:02某区消防转移33名群众``: a headline glued to the time it was
    posted, as a list of other stories is scraped. Not right under the title: a live page's
    entries and a story glued to its own posting time are the story (a dateline leaves a space
    before its source: ``2024-01-05 11:01:35 某某日报``)."""
    if after_a_story and _LEADING_TIMESTAMP_RE.match(line):
        return True
    return bool(_LIST_BULLET_RE.match(line)) and bool(_TRAILING_DATE_RE.search(line))


# A posting time to the second, glued to the headline after it (no space between)
_LEADING_TIMESTAMP_RE = re.compile(
    r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}[ \t]\d{1,2}:\d{2}:\d{2}(?=[\u4e00-\u9fff])"
)


# --- the pipeline -----------------------------------------------------------------------

Fixer = Callable[[str], list[Edit]]

CLEANING_FIXERS: tuple[Fixer, ...] = (
    fix_damaged_runs,
    fix_pinyin_annotations,
    fix_invisible_characters,
    fix_post_markup,
    fix_fullwidth_forms,
    fix_spaced_thousands,
    fix_inline_items,
    fix_flattened_head,
    fix_letter_spacing,
    fix_page_furniture,
    fix_broken_numbers,
    fix_list_dashes,
    fix_stray_spaces,
    # after the spaces: "１２３ ，４５６" is 123，456 only once the space has gone
    fix_thousands_separators,
    fix_ratio_signs,
    fix_wave_dashes,
    fix_small_decimal_points,
    fix_small_form_punctuation,
    fix_caret_powers,
    fix_full_stop_decimal_points,
    fix_ascii_full_stops,
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
    return NormalizedText(mapped, script, unreadable, find_page_chrome(mapped.text))
