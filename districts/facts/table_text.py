"""Tables laid out as text: every cell a fact of its row's measure, in its column's unit.

Statistical bulletins, plan reviews and PDF extractions print tables as plain text, in two
layouts:

- *delimited*: a header line, then one line per row, the cells separated by tabs or runs of
  spaces::

      项目        计量单位  本年数值  增速(%)
      地区生产总值  亿元      366.2     5.4

- *one cell per line*: the header cells, then each row's cells, each on a line of its own.

The unit stands in a unit column (单位), in a header cell (增加值(亿元), 比上年增长(%)) or above the
table (单位：万元); a header cell also says what a column holds: changes (比上年增长), goals
(2026年规划值) or values of the year it names (2021年现状, 2024年完成). Sub-rows are marked
(其中:教育, #软件业) or indented. Each cell becomes a mention quoted from its row label
to the cell (``地区生产总值  亿元      366.2``), attributed like a prose number (the label is the
term; the catalog names the indicator). Tables are read on the original text, where the cell
separators still stand (normalizing removes spaces next to Chinese characters), and mapped
onto the normalized text through the source map.

All cue words live in ``data/lexicon.yaml`` (section ``text_tables``).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from districts.catalog import GROUP_JOINER, Indicator
from districts.facts.attribute import Attributor
from districts.facts.extract import Quantity, QuantityFinder
from districts.facts.numbers import ARABIC_PATTERN, CHINESE_NUMERAL_CHARS, MULTIPLIERS
from districts.facts.phrases import longest_prefix
from districts.facts.timeframe import ANNUAL, load_time_lexicon, period_in
from districts.lexicon import Lexicon
from districts.text.normalize import NormalizedText
from districts.text.split import FULL_STOPS, Span

# Cells are separated by a tab or by two or more spaces (ASCII or ideographic).
_SEPARATOR_RE = re.compile(r"[ \u3000]*\t[ \t\u3000]*|[ \u3000]{2,}")
# In a line with tabs, each tab separates two cells: "\t\t" leaves an empty cell between.
_TAB_RE = re.compile(r"[ \u3000]*\t[ \u3000]*")
# A cell separator drawn as a bar (scraped or Markdown tables): | or the full-width ｜.
_PIPE_RE = re.compile(r"[ \t\u3000]*[|\uff5c][ \t\u3000]*")
_PIPE_CHARS = "|\uff5c"
# Lines of a run of one cell per line that may stand above its header: a title, a dateline,
# a page's tools (分享, 字号), a unit line.
_LINES_ABOVE_HEADER = 6
# Rows whose cell after each rank must be a place for a ranking's dropped place heads to be
# put back (_with_dropped_place_heads).
_PLACE_HEAD_ROWS = 3
# A two-row header set one cell a line: at most this many groups over this many columns each.
_MAX_SPANNED_GROUPS = 4
_MAX_SPANNED_COLUMNS = 3
# …after at most this many columns of one row each (企业单位数(个) before 营业收入 | 利润总额)
_MAX_SINGLE_HEADS = 2
# A column head that is a year's digits alone (2011): one of a spanned group's columns, as a
# year written out (2011年, the time lexicon's year_re) is.
_YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d{2}")
# The fewest lines of a table of one cell per line: a header of two cells and a row of two.
_MIN_RUN_LINES = 4
# Empty cells after a label, at least: a heading row with no values (_empty_cells_follow).
_EMPTY_ROW_CELLS = 2
# A month or a range of months alone (10, 1-10): a monthly release's value column (_months_named).
_BARE_MONTHS_RE = re.compile(r"(?:1[0-2]|[1-9])(?:\s*[-\u2010-\u2015~～]\s*(?:1[0-2]|[1-9]))?")
# A table run into one line of text (_flattened): the shortest such line, the fewest value heads
# and rows, the most words of a row's label (合 计, 北京经济技术开发区 as one) and of a caption.
_MIN_FLAT_LINE = 60
_MIN_FLAT_HEADS = 2
_MIN_FLAT_ROWS = 3
_MAX_FLAT_LABEL_WORDS = 3
_MAX_FLAT_CAPTION_WORDS = 4
_TOKEN_RE = re.compile(r"\S+")
# A Markdown rule line's cell: ---, :---, ---:, :---:.
_RULE_CELL_RE = re.compile(r"^:?-{3,}:?$")
# A cell that says "no value": —, -, /, …
_EMPTY_CELL_RE = re.compile(r"^[-\u2010-\u2015\u2212/\u2026\u00d7*]+$")
# Sentence punctuation: a line holding it is prose, never a table line.
_PROSE_MARKS = set("，。；！？;!?")
# What may follow the last cell where the text ends: spaces, line ends, a cell's bar
_TEXT_END = " \t\u3000\r\n|\uff5c"
# Rows before a table's last row may be taken as cut off by the page's end (_cut_off_mid_row)
_MIN_ROWS_BEFORE_A_CUT = 3
# A bracket's closing mark may be lost at the end of a scraped cell: 工业产销率(% is in %.
_BRACKETED_RE = re.compile(r"[(\uff08]([^()\uff08\uff09]+)(?:[)\uff09]|\s*$)")
# the order a rank counts in, after its word: 排名(正序), 排序 (倒序)
_ORDER_NOTE_RE = re.compile(r"\s*[(\uff08][^()\uff08\uff09]*[)\uff09]\s*$")
_SYMBOL_QUALIFIERS = {"\u2264": "at_most", "<": "at_most", "\u2265": "at_least", ">": "at_least"}
# A table line is short; a longer single-cell line is prose or a heading.
_MAX_CELL_LINE = 30
_MAX_HEADER_CELL = 24
_MONTHS = 12  # the last month of a year
# Lines of page furniture (a footer, a running header) a delimited table may run across.
_MAX_GAP_LINES = 2
_MAX_COLUMNS = 10
_LABEL_NUMBER = "0123456789-\u2010\u2013\u2014. "  # 表-1, 表2: a caption's table number
# How much text before a table may tell its theme (the paragraph that introduces it).
_CONTEXT = 200
# How far above a table of the reporting period (本期) its period is looked for: the prose of a
# statistical release before its table (_reporting_period).
_REPORTING_REACH = 3000
# How far above a numbered table the prose that refers to it is looked for: the paragraph or
# two a bulletin writes before the table it sends the reader to.
_TABLE_REFERENCE_REACH = 1500
# How far the shares of a total's parts may add up from 100 (each rounded to a tenth).
_SHARES_ROUNDING = 1.5
# A line of a label and a bare number, a note in brackets after it: 全区平均41.7, 最大9.5(某站).
_LABEL_VALUE_RE = re.compile(
    r"(?P<label>[^\d\s()\uff08\uff09]{1,12}?)[ \t\u3000]*(?P<value>\d+(?:\.\d+)?)"
    r"[ \t\u3000]*(?:[(\uff08][^()\uff08\uff09]*[)\uff09])?[ \t\u3000\r]*"
)
# A row repeating an earlier row's numbers, this many at least, is that row again.
_MIN_REPEATED_CELLS = 3
# An enumerator opening a heading: 一、 二. 3．
_ENUMERATOR_RE = re.compile(f"^[{CHINESE_NUMERAL_CHARS}0-9]+[\u3001.\uff0e]")
# A table of one column under a unit-bearing header has at least this many rows.
_MIN_UNIT_HEADED_ROWS = 2
# A label this short that names a place is only the place (延庆区, 全市).
_MAX_PLACE_LABEL = 4
_MAX_SUFFIX_UNIT = 6  # the longest unit a header writes after its measure (万立方米)
# A column's unit read from the prose (_units_stated_in_prose): the cell's number has at least
# this many significant digits (a coincidence is unlikely), its unit within this many characters.
_PROSE_UNIT_DIGITS = 4
_PROSE_UNIT_REACH = 6
# The baseline before a change stated in a cell (同比, 比上年同期): at most this long.
_MAX_BASELINE = 6
# A column group of a table of places that names none this project charts (全国).
_OTHER_PLACE = "?"


@dataclass(frozen=True)
class UnitInfo:
    base: str
    factor: float
    kind: str


@dataclass(frozen=True)
class Cell:
    start: int  # span in the original text
    end: int
    nstart: int  # span in the normalized text
    nend: int
    text: str  # the normalized text


@dataclass(frozen=True)
class Column:
    header: str
    role: str  # index | label | unit | value | text
    measure: str  # for value columns: exact | change | target
    unit: UnitInfo | None
    year: int | None
    period: str  # part of a year the column's values cover (1-9月), else ""
    place: str = ""  # the place a column group names (北京市 | 海淀区 over 本期 | ±%), else ""
    years_back: int = 0  # 1 under 上年同期: the values of the year before the table's


@dataclass(frozen=True)
class TextTable:
    """One table: its columns, rows of cells (in column order) and where it stands."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: str  # normalized text of the lines above the header (title, 单位：…)
    header_text: str
    context: str  # the paragraph before the table, for the theme
    unit: UnitInfo | None  # stated for the whole table
    year: int | None
    period: str
    span: Span  # normalized span, header to last row
    places_in_rows: bool = False  # a table ranking places: each row is its place's, or none's
    # the groups after the first of a two-row header (贴现价值 beside 年值): their columns are
    # a measure of their own, never the row label's catalog indicator
    later_groups: tuple[str, ...] = ()
    # every group's name of a two-row header with a measure of one column beside its groups
    # (单位数(个) | 营业收入 over 2024年1-6月 | 同比增长(%)): the measure of the group's columns
    # for each row, a kind of a thing (批发业, 零售业)
    spanned_groups: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentTables:
    tables: tuple[TextTable, ...]

    def covers(self, position: int) -> bool:
        """True inside a table: its numbers are read as cells, not as prose."""
        return any(t.span.start <= position < t.span.end for t in self.tables)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    cells: tuple[Cell, ...]  # without the empty cells that open a tabbed line
    text: str  # normalized text of the whole line
    opening: tuple[Cell, ...] = ()  # those empty cells: indentation, or a header's blank corner
    tabbed: bool = False  # cells separated by tabs (so empty cells keep their place)
    places: tuple[str, ...] = ()  # per cell, the place of its column group (_grouped_header)


@dataclass(frozen=True)
class _CellValue:
    value: float
    qualifier: str
    unit: UnitInfo | None


class TableReader:
    """Finds tables laid out as text and turns their cells into mention fields."""

    def __init__(self, finder: QuantityFinder, attributor: Attributor, lexicon: Lexicon) -> None:
        self.finder = finder
        self.attributor = attributor
        cues = lexicon.text_tables
        self.cues = {
            name: tuple(sorted(words, key=len, reverse=True)) for name, words in cues.items()
        }
        self.lexicon = lexicon
        multipliers = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
        self._cell_re = re.compile(
            rf"^(?P<before>.*?)(?P<sign>[-\u2212+]?)(?P<num>{ARABIC_PATTERN})"
            rf"(?P<mult>{multipliers})?(?P<after>.*)$"
        )
        self._multipliers = sorted(MULTIPLIERS, key=len, reverse=True)
        words = self.cues["part_year_words"]
        phrases = "|".join(re.escape(w) for w in words if not w[:1].isdigit()) or "(?!)"
        digit_phrases = "|".join(re.escape(w) for w in words if w[:1].isdigit()) or "(?!)"
        months = "|".join(re.escape(w) for w in self.cues["month_marks"])
        # a quarter ends no range of them (4季度 in 1-4季度, 四季度 in 一至四季度: the whole
        # year), and one in digits follows no digit; after a year's digits a phrase in words
        # is the year's part (2023上半年)
        range_ends = re.escape("".join(("-\u2013\u2014~", *lexicon.range_words)))
        # …but 截至三季度 is as of the quarter's end, no range
        as_of = "".join(f"(?<={re.escape(w)})|" for w in load_time_lexicon().as_of_words)
        self._part_year_re = re.compile(
            rf"\d{{1,2}}\s*[-\u2013\u2014~]\s*\d{{1,2}}\s*(?:{months})"
            rf"|(?<![\d{range_ends}])(?:{digit_phrases})"
            rf"|(?:{as_of}(?<![{range_ends}]))(?:{phrases})"
        )
        years = "|".join(re.escape(w) for w in lexicon.year_words)
        self._prose_number_re = re.compile(ARABIC_PATTERN)
        self._year_re = re.compile(rf"(?<!\d)((?:19|20)\d{{2}})(?=\s*(?:{years}))")
        self._section_mark = load_time_lexicon().section_mark_re  # 一、 (二) 3.
        # A month or a range of months (5月, 1-5月, 1至5月), and the time words of a caption.
        ranges = "|".join(
            re.escape(w) for w in ("-", "\u2013", "\u2014", "~", *lexicon.range_words)
        )
        suffixes = "|".join(re.escape(w) for w in self.cues["month_suffixes"])
        month = rf"\d{{1,2}}\s*(?:{months})"
        self._opening_months_re = re.compile(
            rf"\s*(\d{{1,2}}\s*(?:{ranges})\s*{month}|{month})(?:{suffixes})?"
        )
        self._leading_year_re = re.compile(rf"^(?:19|20)\d{{2}}\s*(?:{years})")
        # A header cell of months with their month mark left off (10, 1-10, 2022年1-12)
        self._bare_months_re = re.compile(
            rf"^(?:(?:19|20)\d{{2}}\s*(?:{years}))?(\d{{1,2}})(?:\s*[-\u2013\u2014~]\s*(\d{{1,2}}))?$"
        )
        self._month_mark = self.cues["month_marks"][0]
        self._year_mark = lexicon.year_words[0]
        # A header cell of a year and a range of months, both marks left off or only the
        # month's (2017 年1-8, 20221-8): the months of that year (_with_year_months)
        self._year_months_re = re.compile(
            rf"^((?:19|20)\d{{2}})\s*(?:{years})?\s*(\d{{1,2}})\s*[-\u2013\u2014~]\s*(\d{{1,2}})$"
        )
        numbered = "|".join(re.escape(w) for w in self.cues["numbered_table_words"])
        self._table_number_re = re.compile(rf"^\s*(?:{numbered})\s*(\d{{1,2}})(?!\d)")
        leads = "|".join(re.escape(w) for w in self.cues["table_reference_leads"])
        self._table_mention_re = re.compile(
            rf"(?:{leads})\s*(?:{numbered})\s*(\d{{1,2}})(?!\d)"  # 详见表1, （表2）; not 代表1名
        )
        days = "|".join(re.escape(w) for w in self.cues["day_marks"])
        day = rf"\d{{1,2}}\s*(?:{days})"
        self._caption_time_re = re.compile(
            rf"(?:19|20)\d{{2}}\s*(?:{years})|\d{{1,2}}\s*(?:{ranges})\s*{month}(?:{suffixes})?"
            # 10月1日-15日, 9月28日至10月3日: days of a month
            rf"|{month}\s*{day}(?:\s*(?:{ranges})\s*(?:{month})?\s*{day})?"
            rf"|{month}(?:{suffixes})?"
        )
        # after a date, the rest of a range of days in its month (10月1日-15日)
        self._day_range_tail_re = re.compile(rf"\s*(?:{ranges})\s*{day}")

    # --- reading ------------------------------------------------------------------------

    def read(self, normalized: NormalizedText) -> DocumentTables:
        lines = self._lines(normalized)
        tables = [*self._delimited(lines, normalized), *self._one_per_line(lines, normalized)]
        for later in (self._unit_headed(lines, normalized), self._flattened(normalized)):
            taken = [table.span for table in tables]
            tables += [
                table
                for table in later
                if not any(t.start < table.span.end and table.span.start < t.end for t in taken)
            ]
        return DocumentTables(tuple(sorted(tables, key=lambda t: t.span.start)))

    def _flattened(self, normalized: NormalizedText) -> Iterator[TextTable]:
        """Tables a PDF extraction ran into one line with their text, cells apart by single
        spaces: ``表1 按地区分组的法人单位 法人单位 数量(万个) 比重(%) 合 计 98.9 100.0 东城区
        4.4 4.5 西城区 4.6 4.6 …``. A header is a word and value heads that state their units
        (数量(万个) | 比重(%)); each row after it a label (合 计: its letters spaced) and as
        many values as there are heads, for three rows at least; the table ends at the first
        stretch that is no such row (a note, the next paragraph). The words before the header
        back to a table's number (表1) are its caption.

        Why: statistical bulletins reach the tool as such extractions; read as prose, the
        cells were lost, and their values never reached the district they belong to."""
        original, text, starts = normalized.original, normalized.text, normalized.mapped.starts
        position = 0
        for raw in original.split("\n"):
            line_start = position
            position += len(raw) + 1
            if len(raw) < _MIN_FLAT_LINE:
                continue
            cells = [
                cell
                for match in _TOKEN_RE.finditer(raw)
                if (cell := _make_cell(original, text, starts, *_shifted(match, line_start)))
            ]
            yield from self._flat_tables(cells, normalized)

    def _flat_tables(self, cells: list[Cell], normalized: NormalizedText) -> Iterator[TextTable]:
        """The tables of one flattened line's cells (``_flattened``)."""
        index = 1
        while index < len(cells):
            heads = 0
            while index + heads < len(cells) and self._states_its_unit(cells[index + heads]):
                heads += 1
            if heads < _MIN_FLAT_HEADS or self._kind(cells[index - 1].text) != "text":
                index += max(heads, 1)
                continue
            rows, end = self._flat_rows(cells, index + heads, heads)
            if len(rows) < _MIN_FLAT_ROWS:
                index += heads
                continue
            head = [cells[index - 1], *cells[index : index + heads]]
            header = _Line(head[0].start, head[-1].end, tuple(head), "")
            caption = self._flat_caption(cells[: index - 1])
            above: list[_Line | None] = [caption] if caption else []
            yield from self._table(header, rows, [*above, header], len(above), normalized)
            index = end

    def _states_its_unit(self, cell: Cell) -> bool:
        """A head that writes its unit in brackets (数量(万个), 比重(%)) and no number."""
        return (
            self._kind(cell.text) == "text"
            and bool(_BRACKETED_RE.search(cell.text))
            and self._header_unit(cell.text) is not None
        )

    def _flat_rows(self, cells: list[Cell], start: int, width: int) -> tuple[list[_Line], int]:
        """Rows of a label and ``width`` values from ``start``; where they stop."""
        rows: list[_Line] = []
        index = start
        while index < len(cells):
            label_end = index
            while label_end < len(cells) and self._kind(cells[label_end].text) == "text":
                label_end += 1
            values = cells[label_end : label_end + width]
            if (
                label_end == index
                or label_end - index > _MAX_FLAT_LABEL_WORDS
                # a Chinese label (东城区, 合 计), not a name in Latin letters (an agenda's)
                or not any(re.search(_CJK_RUN, word.text) for word in cells[index:label_end])
                or len(values) < width
                or any(self._kind(cell.text) not in ("number", "empty") for cell in values)
            ):
                break
            label = _joined_cell(cells[index:label_end])  # 合 计: one word, letters spaced
            rows.append(_Line(label.start, values[-1].end, (label, *values), ""))
            index = label_end + width
            if index < len(cells) and self._kind(cells[index].text) == "number":
                break  # a value more than the heads: no row of this table
        return rows, index

    def _flat_caption(self, before: list[Cell]) -> _Line | None:
        """The words from the last table number (表1, 表 2) to the header, as one line."""
        words = tuple(self.cues["numbered_table_words"])
        for at in range(len(before) - 1, -1, -1):
            if before[at].text.startswith(words):
                caption = before[at:]
                if len(caption) > _MAX_FLAT_CAPTION_WORDS:
                    return None
                cell = _joined_cell(caption)
                return _Line(cell.start, cell.end, (cell,), cell.text)
        return None

    def _lines(self, normalized: NormalizedText) -> list[_Line | None]:
        """The original's lines split into cells (None for a blank line)."""
        original = normalized.original
        starts = normalized.mapped.starts
        text = normalized.text
        lines: list[_Line | None] = []
        position = 0
        raw_lines = original.split("\n")
        heads = (
            *self.cues["label_headers"],
            *self.cues["place_headers"],
            *self.cues["rank_headers"],
        )
        single_spaced = _single_spaced_rows(
            raw_lines, heads, self.cues["unit_headers"], self._spaced_heads, self._is_unit
        )
        for index, raw in enumerate(raw_lines):
            line_start, line_end = position, position + len(raw)
            position = line_end + 1
            piped = _is_piped(raw)
            tabbed = piped or "\t" in raw.strip(" \t\u3000\r")
            separator = _PIPE_RE if piped else _TAB_RE if tabbed else _SEPARATOR_RE
            if index in single_spaced:
                separator = single_spaced[index]
            cell_start, cells_end = line_start, line_end
            if piped:
                cell_start, cells_end = _inside_bars(original, line_start, line_end)
            cells: list[Cell] = []
            for match in [*separator.finditer(original, cell_start, cells_end), None]:
                cell_end = match.start() if match else cells_end
                cell = _make_cell(original, text, starts, cell_start, cell_end)
                if cell is None and tabbed:
                    at = bisect.bisect_left(starts, cell_start)
                    cell = Cell(cell_start, cell_start, at, at, "")  # an empty cell keeps its place
                if cell is not None:
                    cells.append(cell)
                cell_start = match.end() if match else cells_end
            if piped and all(_RULE_CELL_RE.match(cell.text) for cell in cells if cell.text):
                cells = []  # a Markdown rule line (|---|:---:|) draws the header's underline
            if not tabbed and _letter_spaced(cells):
                cells = [_joined_cell(cells)]
            elif not tabbed and _spaced_label_leads(
                [cell.text for cell in cells], self._spaced_heads, self._is_unit
            ):
                cells = [_joined_cell(cells[:2]), *cells[2:]]
            while cells and not cells[-1].text:
                cells.pop()
            lead = 0
            while lead < len(cells) and not cells[lead].text:
                lead += 1
            if lead == len(cells):
                lines.append(None)
                continue
            filled = tuple(cells[lead:])
            line_text = text[filled[0].nstart : filled[-1].nend] or filled[0].text
            lines.append(
                _Line(
                    filled[0].start, filled[-1].end, filled, line_text, tuple(cells[:lead]), tabbed
                )
            )
        return lines

    def _delimited(self, lines: list[_Line | None], normalized: NormalizedText):
        """Header line, then rows with as many cells, possibly across page furniture."""
        header: _Line | None = None
        header_index = 0
        second: tuple[_Line, int] | None = None  # a grouped header's second line, if rows fit it
        rows: list[_Line] = []
        gap = 0
        for index, line in enumerate([*lines, None, None, None]):
            if line and not self._is_header(line.cells):
                line = self._with_month_marks(line)
            cells = line.cells if line else ()
            if line and len(cells) >= 2 and self._is_header(cells):
                if header and rows:
                    yield from self._table(header, rows, lines, header_index, normalized)
                grouped = None
                if header and not rows:
                    grouped = self._grouped_header(header, line, normalized.text)
                if grouped is not None:
                    header, second = grouped, (line, index)  # the header's two lines as one
                else:
                    header, header_index, second = line, index, None
                rows, gap = [], 0
                continue
            if header and line and (self._is_row(cells) or self._is_year_row(header, cells)):
                if not rows and second and len(cells) == len(second[0].cells) != len(header.cells):
                    header, header_index = second  # the rows fit the second line alone
                second = None
                width = len(header.cells)
                if not rows and len(cells) == width + 1 and self._corner_left(header, line):
                    # A blank top-left corner: "\t2022年\t2023年" heads "森林覆盖率\t49.7\t50.4".
                    corner = header.opening[-1:] or (_empty_cell_before(header.cells[0]),)
                    header = _Line(header.start, header.end, corner + header.cells, header.text)
                    width += 1
                if line.tabbed and len(cells) < width:
                    line = _padded(line, width)  # trailing cells left empty
                if len(line.cells) == width:
                    rows.append(line)
                    gap = 0
                    continue
            if header and line and gap < _MAX_GAP_LINES and not _is_prose(line.text):
                gap += 1  # a page footer or running header inside the table
                continue
            if header and not line and not rows and gap < _MAX_GAP_LINES:
                gap += 1
                continue
            if header and rows:
                yield from self._table(header, rows, lines, header_index, normalized)
            header, rows, gap = None, [], 0

    def _with_month_marks(self, line: _Line) -> _Line:
        """A header whose months lost their mark (``指标名称 | 计量单位 | 10 | 同比增长(±% | 1-10 |
        …``), as a district statistics site prints it: those cells read as months (10月,
        1-10月), so the line heads its table.
        Only a line whose other cells hold no number and one of which is a header's word (项目,
        计量单位), and only months 1 to 12 in order; any other line is returned as it is.

        Why: read as numbers, the header was no header, and every row of the table was lost."""
        words = (
            *self.cues["label_headers"],
            *self.cues["header_words"],
            *self.cues["unit_headers"],
        )
        cells = list(line.cells)
        marked = False
        for at, cell in enumerate(cells):
            months = self._bare_months_re.match(cell.text)
            if months is None:
                if self._kind(cell.text) == "number":
                    return line
                continue
            first, last = int(months.group(1)), int(months.group(2) or months.group(1))
            if not 1 <= first <= last <= _MONTHS:
                return line
            cells[at] = dataclasses.replace(cell, text=cell.text + self._month_mark)
            marked = True
        headed = any(word in cell.text.replace(" ", "") for cell in cells for word in words)
        if not marked or not headed:
            return line
        return dataclasses.replace(line, cells=tuple(cells))

    def _with_year_months(self, cells: list[Cell]) -> list[Cell]:
        """A run's header cells of a year and its months with their marks left off
        (``指标名称 | 2017 年1-8 | 2016 年1-8 | 同比增长(%)``, ``20221-8``), as a district
        statistics site prints them: read as 2017年1-8月, the part of the year its values
        cover. Only above the run's first number, only with a header's word (指标名称, 项目)
        among those cells, and only months 1 to 12 in order.

        Why: read as a word, the header gave its values a term of digits (工业总产值20221-8)
        and no period, so eight months' output stood as a whole year's."""
        words = (*self.cues["label_headers"], *self.cues["header_words"])
        above = cells[: self._first_number(cells)]
        if not any(word in cell.text.replace(" ", "") for cell in above for word in words):
            return cells
        marked = list(cells)
        for at, cell in enumerate(above):
            found = self._year_months_re.match(cell.text.strip())
            if found is None:
                continue
            year, first, last = found.group(1), int(found.group(2)), int(found.group(3))
            if 1 <= first < last <= _MONTHS:
                text = f"{year}{self._year_mark}{first}-{last}{self._month_mark}"
                marked[at] = dataclasses.replace(cell, text=text)
        return marked

    def _corner_left(self, header: _Line, row: _Line) -> bool:
        """The header leaves the top-left corner over the rows' labels blank: written as empty
        cells before its first (``header.opening``), or, in a table with drawn borders, not
        written at all, every one of its cells heading a column of numbers.

        Why: a scraped table often drops the empty corner cell, so its header is one cell
        shorter than its rows: ``单位数(个) | 比重(%) | |`` over ``企业法人 | 57524 | 97.2 |``.
        The header's cells then head the rows' value columns, not their labels.
        """
        if header.opening:
            return True
        if (
            len(header.cells) == len(row.cells) - 1
            and header.cells[0].text in self.cues["unit_headers"]
            and self._kind(row.cells[1].text) == "unit"
        ):
            return True  # 单位 | 2001年 over 蔬菜 | 万公斤 | 13310.7: it heads the units
        if not (header.tabbed and row.tabbed):
            return False  # spaces alone may split a label: no sure count of cells
        first = header.cells[0].text
        if first in (*self.cues["label_headers"], *self.cues["place_headers"]):
            return False  # 区 | PM2.5浓度(微克/立方米): the header heads the labels, a cell short
        return all(self._kind(cell.text) in ("number", "empty") for cell in row.cells[1:])

    def _grouped_header(self, first: _Line, second: _Line, text: str) -> _Line | None:
        """Two header lines as one: the first names a group of columns per place (or period),
        the second the columns of each group.

        Why: a statistical table comparing a district with the city spans each place over its
        columns, ``指标名称 | 计量单位 | 北京市 | 海淀区`` over ``本期 | ±% | 本期 | ±%``; read
        alone, neither line heads the rows (6 cells). The merged header has the leading cells of
        the first line and the columns of the second, each column knowing its group's place
        (``places``: the fact is that place's); a group that names no place (``1-5月``,
        ``2023年``) is prefixed to its columns' headers, so its period or year reaches them. In a
        table of places, a group naming no district nor the city (全国) is not charted.
        """
        text_cells = [cell for cell in first.cells if cell.text]
        places = [self._place(text, cell) for cell in text_cells]
        first_place = next((j for j, place in enumerate(places) if place), len(places))
        words = (*self.cues["header_words"], *self.cues["unit_headers"])
        lead = 0  # the label and unit cells: 指标名称 | 计量单位
        while lead < first_place and any(w in text_cells[lead].text for w in words):
            lead += 1
        lead = lead or first_place
        groups = text_cells[lead:]
        columns = second.cells
        if lead < 1 or not groups or len(columns) % len(groups):
            return None
        span = len(columns) // len(groups)
        if span < 2:
            return None
        cells = list(text_cells[:lead])
        owners = [""] * lead
        for g, group in enumerate(groups):
            place = places[g + lead] or (_OTHER_PLACE if any(places) else "")
            for cell in columns[g * span : (g + 1) * span]:
                if not place:  # 1-5月 over 累计 | ±%: the period is the column's
                    cell = dataclasses.replace(cell, text=group.text + cell.text)
                cells.append(cell)
                owners.append(place)
        return _Line(first.start, second.end, tuple(cells), first.text, (), True, tuple(owners))

    def _place(self, text: str, cell: Cell) -> str:
        """The district, group of districts or city a header cell names (海淀区, 北京市),
        else ""."""
        if len(cell.text) > _MAX_PLACE_LABEL + 2:
            return ""
        places = self.attributor.place_mentions(text, cell.nstart, cell.nend)
        return places[0].name if places else ""

    def _one_per_line(self, lines: list[_Line | None], normalized: NormalizedText):
        """Runs of short one-cell lines: a header of N cells, then rows of N cells each.

        A run is set either line after line or with one blank line between every two of its
        lines: a page that sets every paragraph apart with a blank line sets its table's cells
        apart too. Where the spacing changes, the run ends (a title and a date line above a
        spaced paragraph are no header).
        """
        run: list[int] = []
        spaced: bool | None = None  # the run's spacing, once it has two lines
        gap = False  # a blank line since the run's last line
        raw_lines = normalized.original.split("\n")
        lines = list(lines)  # an empty cell a bar line stands for is put in this copy
        after_empty = False  # the line before was an empty cell or a heading row's label
        in_heading = False  # inside the empty cells of a heading row
        skip_to = 0  # past a stretch of blank lines read as a whole (_blank_stretch)
        for index, line in enumerate([*lines, None]):
            if index < skip_to:
                continue
            raw = raw_lines[index] if index < len(raw_lines) else ""
            if line is None and run and spaced:
                stretch = self._blank_stretch(run, lines, index)
                if stretch is not None:
                    empties, skip_to = stretch
                    for at in range(index, index + empties):
                        lines[at] = _empty_line_after(lines[run[-1]])
                        run.append(at)
                    gap = True
                    continue
            bars = line is None and bool(run) and _only_bars(raw)
            between_rows = bars and self._label_follows(raw_lines, index)
            if line is None and run and (between_rows or (in_heading and _empty_cell(raw))):
                after_empty = True
                continue  # "|" between two rows, or a heading row's " ": no blank line
            if bars and not in_heading:
                # "延庆区 |", "|", "4.4 |": the bar line is the row's empty cell
                line = lines[index] = _empty_line_after(lines[run[-1]])
            if line is None and after_empty and index < len(raw_lines):
                after_empty = False
                continue  # the blank line that sets an empty cell apart from the next one
            if line is None and spaced and self._header_empty_cell(run, lines, raw):
                after_empty = True
                continue  # 年值 | 贴现价值 | " " | 2011: an empty cell of a two-row header
            after_empty = in_heading = False
            if (
                len(run) >= _MIN_RUN_LINES  # past the caption and the header (单位:万元 | then |||)
                and self._single(line)
                and self._kind(line.text) == "text"  # a label; a row's last value is no heading
                and _empty_cells_follow(raw_lines, index)
            ):
                after_empty = in_heading = True
                continue  # "按区划分 |" over "|" lines: a heading row with no values, no row
            if spaced and run and line is not None and self._wrapped_head(run, lines, line, gap):
                head = lines[run[-1]]
                assert head is not None
                if gap:  # 企业  单位数: the header's cell, its words spaced apart
                    lines[index] = _Line(
                        line.start, line.end, (_joined_cell(line.cells),), line.text
                    )
                    run.append(index)
                else:  # (个) right below 企业单位数: the same cell, wrapped
                    cell = _joined_cell((*head.cells, *line.cells))
                    lines[run[-1]] = _Line(head.start, line.end, (cell,), cell.text)
                gap = False
                continue
            if self._single(line):
                if run and spaced is None:
                    spaced = gap
                elif run and spaced != gap:
                    yield from self._run_table(run, lines, normalized)
                    run, spaced = [], None
                run.append(index)
                gap = False
                continue
            blank_inside = (
                line is None
                and run
                and not gap
                and spaced is not False
                and index + 1 < len(lines)
                and (
                    self._single(lines[index + 1])
                    or (
                        index + 1 < len(raw_lines)
                        and self._header_empty_cell(run, lines, raw_lines[index + 1])
                    )
                    or (
                        bool(spaced)
                        and (following := lines[index + 1]) is not None
                        and self._wrapped_head(run, lines, following, gap=True)
                    )
                )
            )
            if blank_inside:
                gap = True
                continue
            if line is None and run and spaced and self._heading_gap(run, lines, index):
                gap = True
                continue  # 农副产品产量 then its empty cells' blank lines: a heading row
            yield from self._run_table(run, lines, normalized)
            run, spaced, gap = [], None, False

    def _wrapped_head(
        self, run: list[int], lines: list[_Line | None], line: _Line, gap: bool
    ) -> bool:
        """In the header of a run that sets one blank line between two cells (no number in
        the run yet), ``line`` is part of a header cell: after a blank line, words spaced apart
        on one line (``企业  单位数``); with no blank line before it, the rest of the cell
        above, wrapped (``(个)`` under it).

        Why: a statistics page copied from a browser wraps a narrow column's head over two
        lines and keeps the spaces that centred its words; read as two cells and a third, the
        header broke the run and the whole table was lost."""
        if self._holds_a_number(run, lines):
            return False
        if any(self._kind(cell.text) not in ("text", "unit") for cell in line.cells):
            return False
        text = "".join(cell.text for cell in line.cells)
        if gap:
            return len(line.cells) > 1 and len(text) <= _MAX_HEADER_CELL and not _is_prose(text)
        head = lines[run[-1]]
        joined = (head.text if head else "") + text
        return self._single(line) and len(joined) <= _MAX_HEADER_CELL and not _is_prose(joined)

    def _blank_stretch(
        self, run: list[int], lines: list[_Line | None], index: int
    ) -> tuple[int, int] | None:
        """In a run that sets one blank line between two cells, two or more blank lines from
        ``index`` before another one-cell line: (how many empty cells they stand for, where the
        next cell's line is), else None. Before a number, every blank line past the first is an
        empty cell of the row (``320881``, two blank lines, ``3.1``: the growth column left
        empty); before a label or a header's word, the stretch only sets a row or the header's
        second row apart, and stands for no cell.

        Why: a statistics page copied from a browser keeps its table's cells a blank line
        apart, an empty cell as one more blank line and a new row as one or more; read as the
        run's end, the header and every row were lost."""
        end = index
        while end < len(lines) and lines[end] is None:
            end += 1
        if end - index < 2 or end >= len(lines) or not self._single(lines[end]):
            return None
        kind = self._kind(lines[end].text)  # type: ignore[union-attr]
        if kind != "number":
            return 0, end
        return (end - index - 1, end) if self._holds_a_number(run, lines) else None

    def _header_empty_cell(self, run: list[int], lines: list[_Line | None], raw: str) -> bool:
        """A line of spaces alone (not bars) while the run holds no number yet: an empty cell
        of its header (``指标名称 | 年值 | 贴现价值 | " " | 2011 | 比上年增长(%)``), set apart
        like the other cells, which neither ends the run nor stands for a column."""
        if not _empty_cell(raw) or _only_bars(raw):
            return False
        return not self._holds_a_number(run, lines)

    def _holds_a_number(self, run: list[int], lines: list[_Line | None]) -> bool:
        """The run's lines hold a number: its header is over, its rows have begun."""
        return any(
            (line := lines[i]) is not None and self._kind(line.text) == "number" for i in run
        )

    def _heading_gap(self, run: list[int], lines: list[_Line | None], index: int) -> bool:
        """More blank lines than a spaced run sets between two cells, after a label and before
        another: a heading row whose empty cells left only blank lines (a statistics page's
        ``农副产品产量`` over ``其中:蔬菜及食用菌 | 万吨 | 81.9``), not the run's end."""
        last = lines[run[-1]]
        if last is None or self._kind(last.text) != "text" or len(run) < _MIN_RUN_LINES:
            return False
        following = next((line for line in lines[index + 1 :] if line is not None), None)
        return self._single(following) and self._kind(following.text) == "text"  # type: ignore[union-attr]

    def _label_follows(self, raw_lines: list[str], index: int) -> bool:
        """The first line after ``index`` that is neither empty nor bars alone holds text (a
        row's label, a header's word), not a number: a bar line before it stands between two
        rows (``8.9 |``, ``|``, ``东城区 |``); before a number it is an empty cell of a row
        (``_empty_line_after``)."""
        for raw in raw_lines[index + 1 :]:
            content = raw.strip(" \t\u3000\r" + _PIPE_CHARS)
            if content:
                return self._kind(content) == "text"
        return False

    def _run_table(self, run: list[int], lines: list[_Line | None], normalized: NormalizedText):
        """The tables of a run of one-cell lines, one after another: where a table's rows end,
        the rest of the run may be another table (its caption, its header, its rows).

        Why: a page that sets every cell on a line of its own sets its second table the same
        way, with nothing between (表-1 …, its rows, 表-2 …, its rows); the second was lost.
        """
        while len(run) >= _MIN_RUN_LINES:
            found = self._vertical(run, lines, normalized)
            if found is None:
                return
            tables, used = found
            yield from tables
            run = run[used:]

    @staticmethod
    def _single(line: _Line | None) -> bool:
        return (
            line is not None
            and len(line.cells) == 1
            and len(line.text) <= _MAX_CELL_LINE
            and not _is_prose(line.text)
        )

    def _unit_headed(self, lines: list[_Line | None], normalized: NormalizedText):
        """A header line naming a measure and its unit in brackets, then short lines of a label
        and a bare number each: a table of one column.

        Why: a post or a bulletin gives a few readings under one heading, the unit only there
        ("降水量(毫米)" then "全区平均41.7", "最大120.3(某站)"); read as prose, the numbers have no
        unit and are lost. A note in brackets after the number stays outside the cell.
        """
        original = normalized.original
        index = 0
        while index < len(lines):
            header = lines[index]
            index += 1
            if not self._unit_header_line(header):
                continue
            rows: list[tuple[Cell, Cell]] = []
            last = index - 1
            gap = 0
            while index < len(lines) and gap <= _MAX_GAP_LINES:
                line = lines[index]
                if line is None:
                    gap += 1
                    index += 1
                    continue
                row = self._label_value_line(line, original, normalized)
                if row is None:
                    break
                rows.append(row)
                last, gap = index, 0
                index += 1
            if len(rows) < _MIN_UNIT_HEADED_ROWS or header is None:
                continue
            cell = header.cells[0]
            table = self._assemble((cell, cell), rows, [], normalized)
            if table is not None:
                end = lines[last].cells[-1].nend  # type: ignore[union-attr]
                yield dataclasses.replace(table, span=Span(table.span.start, end))

    def _unit_header_line(self, line: _Line | None) -> bool:
        """``降水量(毫米)``: one short cell, no number outside brackets, ending in a unit in
        brackets."""
        if line is None or len(line.cells) != 1 or _is_prose(line.text):
            return False
        text = line.text
        if len(text) > _MAX_CELL_LINE + 10 or not text.endswith((")", "\uff09")):
            return False
        last = list(_BRACKETED_RE.finditer(text))
        return bool(last) and last[-1].end() == len(text) and self._header_unit(text) is not None

    def _label_value_line(self, line: _Line, original: str, normalized: NormalizedText):
        """``全区平均41.7`` or ``最大120.3(某站)``: (label cell, value cell), else None."""
        if len(line.cells) != 1 or _is_prose(line.text) or len(line.text) > _MAX_CELL_LINE + 10:
            return None
        cell = line.cells[0]
        match = _LABEL_VALUE_RE.fullmatch(original, cell.start, cell.end)
        if match is None:
            return None
        starts = normalized.mapped.starts
        label = _make_cell(original, normalized.text, starts, cell.start, match.start("value"))
        value = _make_cell(
            original, normalized.text, starts, match.start("value"), match.end("value")
        )
        if label is None or value is None or self._kind(label.text) != "text":
            return None
        return label, value

    def _vertical(self, run: list[int], lines: list[_Line | None], normalized: NormalizedText):
        """The header width that cuts a run of one-cell lines into a header and rows: first a
        ranking's column groups side by side (``排名 | 区 | 月均浓度 | 排名 | 区 | 同比变化``,
        each group a table of its own, as ``_place_groups`` reads a delimited one), then rows
        of the header's width each, else (a last pass) rows read label by label. The tables and
        how many of the run's lines they take (up to the last row's last cell), or None.

        Why: a monthly air-quality release set one cell a line ranks the districts twice, by
        concentration and by change; cut at the first width that parsed, its rows were read
        as three-cell rows of the wrong columns."""
        written = [lines[i].cells[0] for i in run]  # type: ignore[union-attr]
        cells = self._with_order_notes_joined(written)
        cells = self._with_dropped_place_heads(self._with_units_under_heads(cells), normalized)
        cells = self._with_year_months(cells)
        places = self.cues["place_headers"]
        # A ranking's header (its first cell a rank or place word, two place words in it) may
        # stand below a title, a caption and a unit line, but not below a number: the lines
        # before it would be another table of the run (表1 …, its rows, 表2 …).
        first_number = self._first_number(cells)
        # …and right below a unit line however many lines stand above it (a page's title,
        # dateline, share and font tools, then 单位:万元): the header follows the unit line
        below_unit = [
            at + 1
            for at, cell in enumerate(cells[:first_number])
            if at + 1 >= _LINES_ABOVE_HEADER and self._unit_line(cell.text)
        ]
        # "cut" reads rows of the header's width up to a row the page cut off, once no header
        # reads the whole run (else a title, a date and a source line over a table of three
        # columns read as a header of six, the last row taken as cut off); before "label",
        # which would read the cut ranking's header as a row
        for mode in ("groups", "spanned", "width", "spanned cut", "cut", "label"):
            skips = first_number if mode == "groups" else min(_LINES_ABOVE_HEADER, len(cells))
            for skip in range(0, skips) if mode == "groups" else (*range(0, skips), *below_unit):
                heads = (
                    self._spanned_heads(cells, skip)
                    if mode.startswith("spanned")
                    else (
                        (self._months_named(cells[skip : skip + width]), skip + width, (), ())
                        for width in range(2, min(_MAX_COLUMNS, len(cells) - skip) + 1)
                    )
                )
                # the text whose end may cut the run's last row short
                cut_off_in = normalized.original if mode.endswith("cut") else None
                for head, body_start, later_groups, groups in heads:
                    width = len(head)
                    body = cells[body_start:]
                    if mode == "groups" and (
                        not (head[0].text in places or self._is_rank_head(head[0].text))
                        or sum(cell.text in places for cell in head) < 2
                    ):
                        continue
                    if len(body) < width or not self._is_header(head, mode.startswith("spanned")):
                        continue
                    rows = (
                        self._rows_by_label(body, width)
                        if mode == "label"
                        else self._rows_of_width(
                            body, width, cut_short=mode == "groups", cut_off_in=cut_off_in
                        )
                    )
                    if not rows and mode not in ("groups", "label"):
                        # 农副产品产量 over its rows, with no cells of its own
                        headed = self._without_headings(body)
                        headings = len(body) - len(headed)
                        if headings:
                            rows = self._rows_of_width(headed, width, cut_off_in=cut_off_in)
                            if len(rows) <= headings:
                                rows = []  # more headings than a table has: short prose lines
                    if not rows:
                        continue
                    caption = [
                        line
                        for i in run[max(0, skip - 3) : skip]
                        if (line := lines[i]) is not None and not self._is_dateline(line)
                    ] or self._caption_above(lines, run[0])
                    if mode == "groups":
                        groups = self._place_groups(tuple(head), rows, caption, normalized)
                        tables = [
                            dataclasses.replace(table, places_in_rows=True)
                            for group_head, group_rows in groups
                            if (
                                table := self._assemble(
                                    group_head, group_rows, caption, normalized, months=True
                                )
                            )
                            is not None
                        ]
                        if len(tables) < 2:
                            continue
                    else:
                        table = self._assemble(tuple(head), rows, caption, normalized)
                        if table is None:
                            continue
                        tables = [
                            dataclasses.replace(
                                table, later_groups=later_groups, spanned_groups=groups
                            )
                        ]
                    at = {id(cell): n for n, cell in enumerate(written)}
                    used = max(at.get(id(cell), -1) for row in rows for cell in row) + 1
                    return tables, used
        return None

    def _spanned_heads(
        self, cells: list[Cell], skip: int
    ) -> Iterator[tuple[list[Cell], int, tuple[str, ...], tuple[str, ...]]]:
        """Headers of a table set one cell a line whose header is two rows: a label's head and
        groups (``指标名称 | 年值 | 贴现价值``), then the columns of each group (``2011 |
        比上年增长(%) | 2011 | 比上年增长(%)``). Each candidate merges them as
        ``_grouped_header`` does a delimited table's, the group's name before each of its
        columns (年值2011, 年值比上年增长(%)), with where its body starts and the names of the
        groups after the first (贴现价值: a measure of its own, see ``TextTable.later_groups``).

        Why: the statistics bureau's bulletins head their tables this way; cut at one width,
        neither header row heads the rows (a label and four values), and the table was lost.
        Only groups of words (no number), over columns that are years or a header's words."""
        words = (*self.cues["header_words"], *self.cues["change_headers"])
        for singles, groups in itertools.product(
            range(_MAX_SINGLE_HEADS + 1), range(2, _MAX_SPANNED_GROUPS + 1)
        ):
            top = cells[skip : skip + 1 + singles + groups]
            if len(top) < 1 + singles + groups or any(self._kind(c.text) != "text" for c in top):
                continue
            if any(self._unit_line(c.text) or self._only_a_time_head(c.text) for c in top):
                continue  # 2017年1-5月 | 单位:万元 over 项目: a caption's lines, no groups
            start = skip + 1 + singles + groups
            for span in range(2, _MAX_SPANNED_COLUMNS + 1):
                columns = cells[start : start + groups * span]
                if len(columns) < groups * span or 1 + singles + groups * span > _MAX_COLUMNS:
                    continue
                if not all(
                    _YEAR_DIGITS_RE.fullmatch(c.text)
                    or self._only_a_time_head(c.text)
                    or any(w in c.text for w in words)
                    for c in columns
                ):
                    continue
                head = list(top[: 1 + singles])
                for g, group in enumerate(top[1 + singles :]):
                    for cell in columns[g * span : (g + 1) * span]:
                        head.append(dataclasses.replace(cell, text=group.text + cell.text))
                # with a measure of one column beside the groups, every group is a measure
                later = () if singles else tuple(group.text for group in top[2:])
                # …and the rows are kinds of a thing (批发业, 零售业), each group their measure
                names = tuple(group.text for group in top[1 + singles :]) if singles else ()
                yield head, start + groups * span, later, names

    def _only_a_time_head(self, text: str) -> bool:
        """A header cell that is only a time: a year, a part of it, a month (2023年, 2016年1季度,
        2024年1-7月, 上半年), each group's column of its value beside its growth.

        >>> from districts.facts.pipeline import Pipeline
        >>> reader = Pipeline.from_data().extractor.tables
        >>> reader._only_a_time_head("2016年1季度"), reader._only_a_time_head("2016年产值")
        (True, False)
        """
        rest = self._part_year_re.sub("", self._caption_time_re.sub("", text))
        return rest.strip() == "" and text.strip() != ""

    def _months_named(self, head: list[Cell]) -> list[Cell]:
        """A header whose first cell heads the labels (指标名称) may name its value columns by
        bare months: ``指标名称 | 计量单位 | 10 | 同比增长(±% | 1-10 | 同比增长(±%`` of a monthly
        release means October and January to October. Such a cell reads as the month (10月,
        1-10月), so the header is one and its columns take their periods; else the cells as
        written.

        >>> from districts.facts.pipeline import Pipeline
        >>> reader = Pipeline.from_data().extractor.tables
        >>> head = [Cell(0, 4, 0, 4, "指标名称"), Cell(5, 7, 5, 7, "1-10")]
        >>> [c.text for c in reader._months_named(head)]
        ['指标名称', '1-10月']
        """
        if not head or not head[0].text.startswith(tuple(self.cues["label_headers"])):
            return head
        return [
            dataclasses.replace(cell, text=cell.text + self.cues["month_marks"][-1])
            if _BARE_MONTHS_RE.fullmatch(cell.text.strip())
            else cell
            for cell in head
        ]

    def _with_order_notes_joined(self, cells: list[Cell]) -> list[Cell]:
        """The run's cells with a rank head's order note, set on a line of its own, joined to
        it: ``排序`` over ``(倒序)`` reads ``排序(倒序)``, one header cell, as a page that kept
        them on one line writes it. Only before the first number, only a bracket alone right
        after a rank head.

        Why: read as a cell of its own, the note made the header two cells wider than the
        rows, and the whole ranking was lost."""
        first_number = self._first_number(cells)
        joined: list[Cell] = []
        for at, cell in enumerate(cells):
            note = cell.text.strip()
            if (
                at < first_number
                and joined
                and _ORDER_NOTE_RE.fullmatch(note)
                and self._header_unit(note) is None
                and self._is_rank_head(joined[-1].text)
                and not _ORDER_NOTE_RE.search(joined[-1].text)
            ):
                head = joined[-1]
                joined[-1] = Cell(head.start, cell.end, head.nstart, cell.nend, head.text + note)
                continue
            joined.append(cell)
        return joined

    def _with_units_under_heads(self, cells: list[Cell]) -> list[Cell]:
        """The run's cells with a header's units joined to their measures when the units stand
        on a line of their own under them: ``地 区 | 常住人口 | 户籍人口`` over ``(万人) | (万人)``
        reads ``常住人口(万人) | 户籍人口(万人)``. Only the last measures before the units, as
        many as there are units, each a unit in brackets alone; else the cells as written.

        Why: read as written, the header held the units as columns of their own, and the
        values lost their measures (a population table read as numbers of people of nothing)."""
        first_number = self._first_number(cells)
        # the last units alone before the first number (the first row's label may follow them)
        end = next(
            (i + 1 for i in range(first_number - 1, -1, -1) if self._unit_alone(cells[i].text)),
            0,
        )
        count = 0
        while count < end and self._unit_alone(cells[end - 1 - count].text):
            count += 1
        if not count or 2 * count > end:
            return cells
        measures = cells[end - 2 * count : end - count]
        if any(self._unit_alone(cell.text) or self._kind(cell.text) != "text" for cell in measures):
            return cells
        joined = [
            Cell(measure.start, measure.end, measure.nstart, measure.nend, measure.text + unit.text)
            for measure, unit in zip(measures, cells[end - count : end], strict=True)
        ]
        return [*cells[: end - 2 * count], *joined, *cells[end:]]

    def _unit_line(self, text: str) -> bool:
        """单位:万元 alone on its line: the unit of the table below it."""
        return (
            text.startswith(tuple(self.cues["unit_cues"])) and self._stated_unit(text) is not None
        )

    def _first_number(self, cells: list[Cell]) -> int:
        """The index of the first cell holding a number (the end of a run's header and the
        lines above it), or the count of cells when none does."""
        return next(
            (i for i, cell in enumerate(cells) if self._kind(cell.text) == "number"), len(cells)
        )

    def _unit_alone(self, text: str) -> bool:
        """(万人), （亿元）: a unit in brackets and nothing else."""
        stripped = text.strip()
        return bool(_BRACKETED_RE.fullmatch(stripped)) and self._header_unit(stripped) is not None

    def _with_dropped_place_heads(
        self, cells: list[Cell], normalized: NormalizedText
    ) -> list[Cell]:
        """The run's cells with the place columns' heads a scrape dropped put back: a
        ranking's header ``排名 | 月均浓度 | 排名 | 同比变化`` over rows
        ``1 | 延庆 | 36 | 1 | 延庆 | 2.9%`` lost its ``区`` cells. Only when no head names a
        place, and in the first rows the cell after each rank is a district or an area; else
        the cells as written.

        Why: read as written, the header is four cells wide and the rows six, and the whole
        ranking was lost."""
        places = self.cues["place_headers"]
        start = next(
            (
                i
                for i, cell in enumerate(cells[:_LINES_ABOVE_HEADER])
                if self._is_rank_head(cell.text)
            ),
            None,
        )
        if start is None or not places:
            return cells
        end = start
        while end < len(cells) and self._kind(cells[end].text) != "number":
            end += 1
        head = cells[start:end]
        if len(head) < 2 or any(cell.text in places for cell in head):
            return cells
        completed: list[Cell] = []
        place_columns: list[int] = []
        for cell in head:
            completed.append(cell)
            if self._is_rank_head(cell.text):
                place_columns.append(len(completed))
                completed.append(_cell_after(cell, places[0]))
        width, body = len(completed), cells[end:]
        checked = min(_PLACE_HEAD_ROWS, len(body) // width)
        if not checked or width > _MAX_COLUMNS:
            return cells
        for row in range(checked):
            for column in place_columns:
                if not self._row_place(normalized.text, body[row * width + column]):
                    return cells
        return [*cells[:start], *completed, *body]

    def _rows_of_width(
        self,
        body: list[Cell],
        width: int,
        cut_short: bool = False,
        cut_off_in: str | None = None,
    ) -> list[tuple[Cell, ...]]:
        """The cells cut into rows of ``width``, if each is a row and no number is left over
        (``cut_short``: a last row cut short is left out, where the header has shown the width:
        a ranking's, whose page was cut off mid-row; ``cut_off_in``, the document's original
        text: the start of one more row after them may be where the page was cut off, see
        ``_cut_off_mid_row``)."""
        count = len(body) // width
        rows = []
        for r in range(count):  # row by row: a wrong width fails at its first row, not after all
            row = tuple(body[r * width : (r + 1) * width])
            if not self._is_row(row):
                return []
            rows.append(row)
        left = body[count * width :]
        if rows and self._unranked_last_row(rows, left):
            # 1 | 密云 | 38 | 34 … then 全市 | 46 | 39: the city's row, ranked by no one
            return [*rows, (_empty_cell_before(left[0]), *left)]
        cut = cut_off_in is not None and self._cut_off_mid_row(rows, left)
        if not (cut_short or cut) and any(self._kind(cell.text) == "number" for cell in left):
            return []  # a row cut short: the width is wrong
        # 石景山区 | 270.1 | 7.6 | 13 where the text ends: the last cell may have lost its end
        # (13.x); a row's last cell with a line after it (工业产品销售率(%) | 98.5, then the
        # page's next lines) is whole, its row only short of its empty cells
        if cut and cut_off_in is not None and not cut_off_in[left[-1].end :].strip(_TEXT_END):
            left = left[:-1]
        if cut and (written := tuple(left)) and self._is_row(written):
            end = written[-1]
            missing = Cell(end.end, end.end, end.nend, end.nend, "")
            return [*rows, (*written, *[missing] * (width - len(written)))]
        return rows

    def _cut_off_mid_row(self, rows: list[tuple[Cell, ...]], left: list[Cell]) -> bool:
        """The cells left after the rows are the start of one more row, where the page was cut
        off: rows enough to show the width, and each left cell of a kind its column holds in
        the rows (``1 | 西城区 | 某街道 | 0.13`` … then ``10 | 西城区``).

        Why: a scraped page or an excerpt may stop inside a table; the rows before the cut
        were all lost, as if the width were wrong."""
        if len(rows) < _MIN_ROWS_BEFORE_A_CUT or not left:
            return False
        for at, cell in enumerate(left):
            if self._kind(cell.text) not in {self._kind(row[at].text) for row in rows}:
                return False
        return True

    def _unranked_last_row(self, rows: list[tuple[Cell, ...]], left: list[Cell]) -> bool:
        """The cells left after a ranking's rows are a row without its rank: a label (全市,
        合计) and one number fewer than the rows hold, every row opening with its rank and
        then its label."""
        width = len(rows[0])
        if width < 3 or len(left) != width - 1 or self._kind(left[0].text) != "text":
            return False
        if any(self._kind(cell.text) != "number" for cell in left[1:]):
            return False
        return all(
            self._kind(row[0].text) == "number" and self._kind(row[1].text) == "text"
            for row in rows
        )

    def _without_headings(self, body: list[Cell]) -> list[Cell]:
        """The body of a one-cell-a-line table without its group headings: a label followed by
        another label has no cells of its own, and heads the rows below it.

        Example: a statistics page's ``养殖业 | 亿元 | 35.6 | -9.4 | 农副产品产量 | 其中:蔬菜及
        食用菌 | 万吨 | 81.9 | 9.4``: 农副产品产量 heads the rows after it."""
        kinds = [self._kind(cell.text) for cell in body]
        headings: set[int] = set()
        for index in range(1, len(body) - 1):
            # after a row's last cell (a number, an empty cell) or another heading (休闲观光农业
            # 情况 over 观光园 over its rows), and before another label
            after_a_row = kinds[index - 1] in ("number", "empty") or index - 1 in headings
            if kinds[index] == "text" and after_a_row and kinds[index + 1] == "text":
                headings.add(index)
        return [cell for index, cell in enumerate(body) if index not in headings]

    def _rows_by_label(self, body: list[Cell], width: int) -> list[tuple[Cell, ...]]:
        """Rows read label by label: each label, then its numbers (at most ``width - 1``), the
        cells it lacks left empty at the end; up to the first cell that fits no row.

        Why: a scraped table drops empty cells, so a row without a value in its last column
        (工业产销率(%) has no growth) is one cell short, and cutting the run into rows of the
        header's width shifted every row after it. A table whose rows open with a running
        number is not read this way (the label must come first).
        """
        rows: list[tuple[Cell, ...]] = []
        filled: list[int] = []  # each row's cells before padding
        at = 0
        while at < len(body) and self._kind(body[at].text) == "text":
            row = [body[at]]
            at += 1
            while (
                at < len(body)
                and len(row) < width
                and self._kind(body[at].text) in ("number", "empty")
            ):
                row.append(body[at])
                at += 1
            if len(row) == 1 or (not rows and len(row) < width):
                break  # the first row fills the header's width, or the header is not this wide
            # A short row is read from the left when its label has a unit of its own (a rate
            # without a change column: 工业产销率(%)) or it follows a row as short (that rate's
            # parts); else which cell is missing is unknown, and only its first value is sure.
            if len(row) < width:
                own_unit = self._header_unit(row[0].text) is not None
                if not (own_unit or filled[-1] == len(row)):
                    row = row[:2]
            filled.append(len(row))
            end = row[-1]
            row += [Cell(end.end, end.end, end.nend, end.nend, "")] * (width - len(row))
            rows.append(tuple(row))
        return rows if len(rows) >= 2 else []

    def _is_dateline(self, line: _Line) -> bool:
        """A line that is only a date or a month (2025年1月15日, 2025年1月): it dates the page."""
        text = line.text.replace(" ", "")
        return bool(
            load_time_lexicon().full_date_re.fullmatch(text)
            or load_time_lexicon().year_month_re.fullmatch(text)
        )

    def _caption_above(self, lines: list[_Line | None], first: int) -> list[_Line]:
        """The title or unit line right above a table of one cell per line (``2024年1-4月
        单位：万元``), past one blank line: short, no prose, no number of its own, and not a
        dateline (a line that is only a date or a month dates the page, not the table)."""
        for line in reversed(lines[max(0, first - 2) : first]):
            if line is None:
                continue
            if (
                len(line.cells) <= 3
                and not _is_prose(line.text)
                and len(line.text) <= _MAX_CELL_LINE + 10
                and all(self._kind(cell.text) != "number" for cell in line.cells)
                and not self._is_dateline(line)
            ):
                return [line]
            break
        return []

    def _table(self, header: _Line, rows: list[_Line], lines, header_index: int, normalized):
        """A delimited table, with the title lines above its header as its caption."""
        caption: list[_Line] = []
        for line in reversed(lines[max(0, header_index - 3) : header_index]):
            if line is None and not caption:
                continue  # a blank line between the title and the header
            if line is None or _is_prose(line.text):
                break  # a paragraph
            if len(line.cells) > 1 and not self._numbered_title(line):
                break  # a row of the table above
            if len(line.text) > _MAX_CELL_LINE + 10:
                break
            caption.insert(0, line)
            if len(caption) == 2:
                break
        groups = self._place_groups(header.cells, [row.cells for row in rows], caption, normalized)
        if groups:
            for head, cells in groups:
                table = self._assemble(head, cells, caption, normalized, months=True)
                if table is not None:
                    yield dataclasses.replace(table, places_in_rows=True)
            return
        table = self._assemble(
            header.cells, [row.cells for row in rows], caption, normalized, header.places
        )
        if table is not None:
            yield table

    def _place_groups(self, head, rows, caption, normalized: NormalizedText):
        """A table that ranks places, split into its column groups, each headed by its place
        column. ``排名 | 区 | 5月浓度 | 排名 | 区 | 1-5月浓度`` over
        ``1 | 延庆 | 27 | 1 | 延庆 | 35`` is two tables: ``区 | 排名 | 5月PM2.5浓度`` and
        ``区 | 排名 | 1-5月PM2.5浓度``. A value header that names no measure takes its
        caption's (2023年5月份各区PM2.5浓度统计表), and a rank column is the rank in that
        measure, over its group's period (beside a column of changes, 同比变化, the rank of
        the changes). Only a header with a place column (``place_headers``)
        whose cells name places, after a rank column or more than once; else [] (a table whose
        first column lists places is read as it is).

        Why: a monthly air-quality release ranks every district this way; read as one table,
        its rows were taken for the numbers of the first column and lost."""
        text = normalized.text
        place_words, rank_word = self.cues["place_headers"], self.cues["rank_headers"][0]
        rows = [self._without_its_rank(text, head, row) for row in rows]
        place_columns = [
            j
            for j, cell in enumerate(head)
            if cell.text in place_words and all(self._row_place(text, row[j]) for row in rows)
        ]
        if not place_columns:
            return []
        starts = [j - 1 if j and self._is_rank_head(head[j - 1].text) else j for j in place_columns]
        if len(place_columns) < 2 and starts[0] == place_columns[0]:
            return []
        # the caption's own line, not a title above it nor a unit or a note line (2023年5月北京
        # 市环境空气质量状况 / 各区PM2.5浓度统计表 / （单位：微克/立方米） / 按浓度由低到高排列):
        # the last line that names a table (…表), else the last that names a measure
        named = [line.text for line in caption if self._caption_measure(line.text)]
        tables = [text for text in named if self._names_a_table(text)]
        measure = self._caption_measure((tables or named)[-1]) if named else ""
        caption_text = " ".join(line.text for line in caption)
        monthly = bool(self._caption_month(caption_text) or self._caption_month_alone(caption_text))
        groups = []
        for g, (start, place) in enumerate(zip(starts, place_columns, strict=True)):
            end = starts[g + 1] if g + 1 < len(starts) else len(head)
            ranks = [j for j in range(start, end) if self._is_rank_head(head[j].text)]
            values = [j for j in range(start, end) if j != place and j not in ranks]
            if not values:
                continue
            period = self._header_period(head[values[0]].text)
            order = [place, *ranks, *values]
            titles = {j: head[j].text for j in values}
            if measure:
                for j in values:
                    titles[j] = self._completed_header(
                        titles[j], measure, monthly=monthly or bool(period)
                    )
            # 排序, 名次, 位次 say what 排名 says: one name for the rank. Beside a column of
            # changes (同比变化) the rank orders the changes, not the values: it is named so,
            # without the column's period and unit (1-5月同比变化(%) → 同比变化).
            ranked = "".join(
                self._without_unit(head[j].text.removeprefix(period).strip())
                for j in values[:1]
                if self._measure(head[j].text) == "change"
            )
            # a monthly mean's rank, the month unknown, is no rank of the year's measure
            mean = (
                ""
                if monthly or period
                else longest_prefix(head[values[0]].text, self.cues["mean_heads"])
            )
            for j in ranks:
                # the order it counts in stays (排名(倒序): the first is the worst)
                order_note = _ORDER_NOTE_RE.search(head[j].text)
                note = order_note.group().strip() if order_note else ""
                titles[j] = f"{period}{mean}{measure}{ranked}{rank_word}{note}"
            group_head = tuple(
                dataclasses.replace(head[j], text=titles[j]) if j in titles else head[j]
                for j in order
            )
            group_rows = [tuple(row[j] for j in order) for row in rows]
            groups.append((group_head, group_rows))
        return groups

    def _without_its_rank(self, text: str, head, row):  # type: ignore[no-untyped-def]
        """A row of a ranking that has no rank (a total: ``全市 | 46 | 39 |`` under ``排序 | 区 |
        …``), its cells written from the rank column on and one short at the end, put back
        under their headers: an empty rank, then the place and its values.

        Why: the total row of a monthly ranking of the districts sat in the rank column, so
        the place column held a number and the whole table was not read as a ranking."""
        if len(row) < 3 or len(row) != len(head) or not self._is_rank_head(head[0].text):
            return row
        if row[-1].text.strip() or self._kind(row[1].text) != "number":
            return row
        if self._kind(row[0].text) != "text" or not self._row_place(text, row[0]):
            return row
        return (_empty_cell_before(row[0]), *row[:-1])

    def _referred_year(self, caption: str, text: str, caption_start: int) -> int | None:
        """The year of the sentence that refers to a numbered table, when that sentence opens
        with its year: a statistical bulletin states a year's figures in prose and sends the
        reader to a table for the rest ("2023年末，全区共有法人单位59201个…（详见表1）。"
        above "表1 单位数"), and the table's cells are that year's, not the bulletin's date.
        Only the last sentence before the table that names its number, and only a year that
        opens it: "…比2018年末增加…（见表1）" alone dates nothing.

        Example: "2023年末，…（详见表1）。" then "表1 单位数": the table is 2023's.
        """
        number = self._table_number_re.match(caption)
        if number is None:
            return None
        above = text[max(0, caption_start - _TABLE_REFERENCE_REACH) : caption_start]
        mention = None
        for match in self._table_mention_re.finditer(above):
            if match.group(1) == number.group(1):
                mention = match
        if mention is None:
            return None
        opening = max(above.rfind(mark, 0, mention.start()) for mark in FULL_STOPS) + 1
        year = self._leading_year_re.match(above[opening:].lstrip())
        return int(year.group()[:4]) if year else None

    def _numbered_title(self, line: _Line) -> bool:
        """A title line whose table number stands apart from its words by spaces, as PDF
        extractions print it: ``表2  2023年各区地区生产总值（单位：亿元）`` is a caption of
        two cells, the table's number and its title, not a row labelled 表2.

        The first cell is a table word and a number (表2, 附表 3, 表三), the second words."""
        if len(line.cells) != 2:
            return False
        number = re.sub(r"\s+", "", line.cells[0].text)
        word = next((w for w in self.cues["numbered_table_words"] if number.startswith(w)), "")
        if not word or not re.fullmatch(rf"[\d{CHINESE_NUMERAL_CHARS}]+", number[len(word) :]):
            return False
        return re.search(_CJK_RUN, line.cells[1].text) is not None

    def _names_a_table(self, caption: str) -> bool:
        """The caption line ends, before any unit, with a table word (统计表, 排名表, 表)."""
        return (
            self._before_unit(caption).strip().rstrip("（(:：").endswith(self.cues["table_words"])
        )

    def _before_unit(self, caption: str) -> str:
        """A caption line up to its unit: 各区PM2.5浓度统计表 单位:… → 各区PM2.5浓度统计表."""
        for cue in self.cues["unit_cues"]:
            caption = caption.split(cue, 1)[0]
        return caption

    def _completed_header(self, header: str, measure: str, monthly: bool = False) -> str:
        """A value header that, without its period and its unit, is only the end of the
        caption's measure, or nothing, takes the measure's whole name: 5月浓度 under
        "各区PM2.5浓度统计表" → 5月PM2.5浓度, 增速(%) under "各区地区生产总值增速排名" →
        地区生产总值增速(%). A header of its own (同比变化) keeps its words."""
        period = self._header_period(header)
        rest = header.removeprefix(period).strip()
        # 月均浓度 under a month's table: the month's mean of the caption's measure (without
        # a month, a monthly mean is no value of the year's measure: left as written)
        if monthly:
            rest = rest.removeprefix(longest_prefix(rest, self.cues["mean_heads"]))
        core = self._without_unit(rest)
        unit = rest[len(core) :] if rest.startswith(core) else ""
        if core and not (measure.endswith(core) and len(core) < len(measure)):
            return header
        return f"{period}{measure}{unit}"

    def _row_place(self, text: str, cell: Cell) -> str:
        """The district, city or area a cell of a place column names (延庆, 经开区), else "".
        A cell that is a district's name alone is that district, short names included (大兴,
        西城: in running text they need 区, 大兴土木 being no place)."""
        district = self.attributor.catalog.district_by_name(cell.text.strip())
        if district is not None:
            return district.name
        combined = self._combined_label(text, cell.nstart, cell.nend)
        if combined:
            return combined
        places = self.attributor.place_mentions(text, cell.nstart, cell.nend)
        if places:
            return places[0].name
        areas = self.attributor.areas.places(text, cell.nstart, cell.nend)
        return areas[0].name if areas else ""

    def _combined_label(self, text: str, start: int, end: int) -> str:
        """The combined area a row label names, a district and a development zone together
        (大兴区及北京经济技术开发区 | 3354343: the two summed, neither alone's), else ""."""
        if any(word in text[start:end] for word in self.cues["excluding_words"]):
            return ""  # 大兴区（不含北京经济技术开发区）: the district without the zone
        named = {name for _, name in self.attributor.district_mentions(text, start, end)}
        areas = self.attributor.areas
        zones = [
            place.name for place in areas.places(text, start, end) if place.name in areas.area_names
        ]
        if len(named) != 1 or not zones:
            return ""
        return areas.combined_name(named.pop(), zones[0])

    def _caption_measure(self, caption: str) -> str:
        """The measure a caption names, without its time, its unit line and its filler words:
        2023年5月份各区PM2.5浓度统计表 单位:微克/立方米 → PM2.5浓度."""
        caption = self._before_unit(caption)
        measure = self._caption_time_re.sub("", caption).strip()
        edges = (*self.cues["caption_fillers"], *self.cues["rank_headers"])
        trimmed = None
        while trimmed != measure:  # 各区…排名表: only at the ends (地表水 keeps its 表)
            trimmed = measure
            for word in edges:
                measure = measure.removeprefix(word).removesuffix(word).strip()
            measure = measure.lstrip(_LABEL_NUMBER)  # 表2 各区…: the table's number
            measure = measure.rstrip("\uff08(:\uff1a ")  # …总产值（单位：亿元）: the bracket opened
            # …TSP浓度排名 (后30名): a note on the ranking, or a line that is only one
            measure = _ORDER_NOTE_RE.sub("", measure)
        return measure

    def _caption_month(self, caption: str) -> str:
        """``2023年6月份各区PM2.5浓度统计表``: a caption naming one month of a year times the
        table's values to that month (not a point in it: 9月底, 9月上旬; not a day).

        Why: a monthly release's table of districts was read as the year's, and its ranks went
        to the annual ranking's chart.
        """
        spaced = " ".join(caption.split())  # 表1 5月份: the space keeps 1 and 5 apart
        caption = caption.replace(" ", "")
        time = load_time_lexicon()
        match = time.year_month_re.search(caption)
        if match is None:
            return self._caption_month_alone(spaced)
        date = time.full_date_re.match(caption, match.start())
        if date is not None:
            # 2024年10月1日-15日全市各区降尘量排名: days of the month, read as its part of the
            # month's values, never as the year's; one date alone dates the page
            within = self._day_range_tail_re.match(caption, date.end())
            return _month_of(match) if within else ""
        if match.group() == caption:
            return ""  # a line that is only a month above a table dates the page
        if caption[match.end() :].startswith(self.cues["month_points"]):
            return ""
        return _month_of(match)

    def _caption_month_alone(self, caption: str) -> str:
        """``表-1某区街乡镇9月份PM2.5监测点位浓度``: a caption naming one month with 份 (or 当月)
        and no year times the table to that month of the table's year. Not a range (1-9月份,
        1月份至9月份: the months so far, ``_period``), two months (1、2月份), a month since
        which (9月份以来) or a point in it (9月底), or a baseline (与去年9月份相比).

        Why: a monthly air-quality release captions its tables with the month alone; their
        values were taken for the year's.
        """
        time = load_time_lexicon()
        months = list(time.month_date_re.finditer(caption))
        if len(months) != 1 or time.month_range_re.search(caption):
            return ""  # 1月份至9月份, 5月与6月: no one month
        match = time.month_re.match(caption, months[0].start())
        if match is None:
            return ""
        before, after = caption[: match.start()].rstrip(), caption[match.end() :].lstrip()
        if before.endswith(tuple(self.lexicon.enumeration_marks)):
            return ""  # 1、2月份: the last of a list of months
        if after.startswith((*self.cues["month_points"], *time.since_after)):
            return ""  # 9月份以来, 9月底
        relative = (*time.relative_years, *time.passage_relative_years, *time.baseline_before)
        if before.endswith(relative):
            return ""  # 与去年9月份相比: a baseline, not the table's month
        month = match.group(1) + self.cues["month_marks"][0]
        return month if period_in(month) else ""

    def _month_of_a_year(self, header: str) -> str:
        """``2025年6月``: a header that is a year and one month heads that month's values.

        Why: a monthly release puts the month (2025年6月) beside the months so far
        (2025年1-6月); under a caption of the months so far, the month's own column took the
        caption's period.
        """
        match = load_time_lexicon().year_month_re.fullmatch(header.replace(" ", ""))
        return _month_of(match) if match else ""

    def _month_alone(self, header: str) -> str:
        """A header that is one month and nothing else (10月, as ``_months_named`` reads a
        monthly release's 10) heads that month's values."""
        return header if load_time_lexicon().month_alone_re.match(header) else ""

    def _header_period(self, header: str) -> str:
        """The part of a year a value header opens with: 1-5月浓度 → 1-5月, 5月浓度 → 5月."""
        match = self._opening_months_re.match(header)
        return match.group(1) if match else ""

    def _assemble(
        self,
        head,
        rows,
        caption,
        normalized: NormalizedText,
        places: tuple[str, ...] = (),
        months: bool = False,
    ) -> TextTable | None:
        columns = self._columns(head, rows, places, months)
        if columns is None:
            return None
        text = normalized.text
        caption_text = " ".join(line.text for line in caption)
        header_text = " ".join(cell.text for cell in head)
        years = self._year_re.findall(caption_text)
        period = self._period(caption_text) or self._caption_month(caption_text)
        start = head[0].nstart
        end = max(cell.nend for row in rows for cell in row)
        context_end = caption[0].cells[0].nstart if caption else start
        if not period:
            above = text[max(0, context_end - _REPORTING_REACH) : context_end]
            period = self._reporting_period(head, above)
        context = text[max(0, context_end - _CONTEXT) : context_end]
        label_header = next((c.header for c in columns if c.role == "label"), "")
        return TextTable(
            columns=columns,
            rows=tuple(tuple(row) for row in rows),
            caption=caption_text,
            header_text=header_text,
            context=context,
            # 单位：亿元, or a unit in brackets after the title (2023年各区常住人口（万人）)
            unit=self._stated_unit(caption_text) or self._header_unit(caption_text),
            # one year in the caption (not 2019—2022年), else the year of the prose about it
            year=int(years[0])
            if len(set(years)) == 1
            else self._referred_year(caption_text, text, context_end),
            period=period,
            span=Span(start, end),
            # 行政区 | 浓度 over 朝阳 | 48: the labels are places, short names too
            places_in_rows=self._labels_are_places(label_header, columns, rows, text),
        )

    def _labels_are_places(
        self,
        header: str,
        columns: tuple[Column, ...],
        rows: Sequence[Sequence[Cell]],
        text: str,
    ) -> bool:
        """The label column is headed by a place word (区, 行政区) and every row's label is a
        district, an area or the city (a total aside): the rows are places, short names
        too (朝阳 | 48). Not a table of a district's parts (区域 | 城镇, 山区)."""
        if _collapsed(header) not in self.cues["place_headers"]:
            return False
        at = next(j for j, column in enumerate(columns) if column.role == "label")
        return all(
            self._row_place(text, row[at])
            or _collapsed(row[at].text) in self.lexicon.list_total_words
            for row in rows
        )

    # --- lines, headers, rows -------------------------------------------------------------

    def _is_header(self, cells, joined: bool = False) -> bool:
        """Cells without numbers, one of them a header word or a unit in brackets; or a row of
        years written as digits alone (``_heads_years``). ``joined``: each cell may be two
        written ones, a group's name and its column's (``_spanned_heads``), twice as long."""
        if not 2 <= len(cells) <= _MAX_COLUMNS:
            return False
        if self._heads_years(cells):
            return True
        places = self.cues["place_headers"]
        ranking = any(cell.text in places or self._is_rank_head(cell.text) for cell in cells)
        if any(
            (self._kind(cell.text) == "number" and not (ranking and self._header_period(cell.text)))
            or len(cell.text) > _MAX_HEADER_CELL * (2 if joined else 1)
            for cell in cells
        ):
            return False  # (排名 | 区 | 5月浓度: a month opens a header of a ranking's values)
        if any(self._unit_line(cell.text) for cell in cells):
            return False  # 单位:万元 on its own is the caption's unit line, above the header
        words = [
            *self.cues["header_words"],
            *self.cues["unit_headers"],
            *self.cues["change_headers"],
            *self.cues["target_headers"],
        ]
        if ranking:
            return True  # 排名 | 区 | 5月浓度
        for cell in cells:
            if any(word in cell.text for word in words) or self._header_unit(cell.text):
                return True
        return sum(1 for cell in cells if self._year_re.search(cell.text)) >= 2  # 2022年  2023年

    def _heads_years(self, cells) -> bool:
        """Value columns headed by years written as digits alone, in order: ``指标 | 2021 | 2022
        | 2023`` (under a label header) or ``2021 | 2022 | 2023`` (the corner left blank).

        Why: bulletins and plan reviews head a time series' columns with bare years as often
        as with 2021年; read as numbers, the header was no header and every row was lost.
        Only years in order (rising or falling, none twice), at least two of them, under a
        header of measures (not 编号, whose codes run in order too), so a row of values that
        happen to be four digits is not taken for a header.

        >>> from districts.facts.pipeline import Pipeline
        >>> reader = Pipeline.from_data().extractor.tables
        >>> heads = lambda *texts: [Cell(0, 1, 0, 1, t) for t in texts]
        >>> reader._heads_years(heads("指标", "2021", "2022"))
        True
        >>> reader._heads_years(heads("2023", "2021"))
        True
        >>> reader._heads_years(heads("耕地面积", "2021", "2022"))
        False
        >>> reader._heads_years(heads("2021", "2021"))
        False
        """
        first = cells[0].text.strip()
        years = cells if _YEAR_DIGITS_RE.fullmatch(first) else cells[1:]
        if years is not cells and not first.startswith(tuple(self.cues["year_label_headers"])):
            return False
        if len(years) < 2 or not all(_YEAR_DIGITS_RE.fullmatch(c.text.strip()) for c in years):
            return False
        numbers = [int(c.text) for c in years]
        steps = {b > a for a, b in itertools.pairwise(numbers)}
        return len(set(numbers)) == len(numbers) and len(steps) == 1

    def _is_year_row(self, header: _Line, cells) -> bool:
        """A row of a time series: its first cell a year (2018) under a 年份 header
        (``year_headers``), its values perhaps not given (| 2024 | |)."""
        return header.cells[0].text.strip() in self.cues["year_headers"] and bool(
            self._row_year(cells[0].text.strip())
        )

    @property
    def _part_year_heads(self) -> tuple[str, ...]:
        """Header words of a part of the year (月, 季度, 日期, 上半年…): a column of them times
        its row below the year."""
        return (*self.cues["period_column_headers"], *self.cues["part_year_words"])

    def _is_row(self, cells) -> bool:
        """A label (after an optional running number) and at least one number."""
        kinds = [self._kind(cell.text) for cell in cells]
        label = 1 if kinds[0] == "number" and len(kinds) > 2 else 0
        if kinds[label] != "text":
            return False
        return "number" in kinds[label + 1 :]

    @functools.cached_property
    def _spaced_heads(self) -> frozenset[str]:
        """Header words a header may set with a space between their two characters (单 位)."""
        return frozenset(
            word
            for key in ("unit_headers", "label_headers", "header_words")
            for word in self.cues[key]
            if len(word) == 2  # two characters, one space between them
        )

    def _is_unit(self, text: str) -> bool:
        return self._unit(text) is not None

    def _kind(self, text: str) -> str:
        """empty (—), number (366.2, 6左右), unit (亿元, %) or text."""
        if not text or _EMPTY_CELL_RE.match(text):
            return "empty"
        if self._cell_value(text) is not None:
            return "number"
        if self._unit(text) is not None:
            return "unit"
        return "text"

    def _columns(
        self, head, rows, places: tuple[str, ...] = (), months: bool = False
    ) -> tuple[Column, ...] | None:
        """What each column holds, from its header and its cells."""
        width = len(head)
        kinds = [[self._kind(row[j].text) for row in rows] for j in range(width)]
        label_at = None
        roles = []
        for j in range(width):
            header = head[j].text
            column = kinds[j]
            if (
                label_at is None
                and j == 0
                and width > 2
                and self._ranks_first(header, column)
                and (not _is_running_number(rows, j) or self._places_after(rows, j + 1))
            ):
                roles.append("value")  # 排序 | 区 | 浓度: each row's rank, ties and all (7, 7, 9)
            elif label_at is None and j == 0 and width > 2 and _is_running_number(rows, j):
                roles.append("index")
            elif label_at is None and j == 0 and self._years_down(head, rows):
                roles.append("label")  # 年份 | 产量(吨) over 2018 | 11286: each row a year's
                label_at = j
            elif label_at is None and all(kind == "text" for kind in column):
                roles.append("label")
                label_at = j
            elif label_at is None:
                return None  # numbers before any label: not a table this reader knows
            elif header in self.cues["unit_headers"] or (
                "unit" in column and set(column) <= {"unit", "empty"}
            ):
                roles.append("unit")
            elif places and places[j] == _OTHER_PLACE:
                roles.append("text")  # a place this project does not chart (全国)
            elif "number" in column:
                roles.append("value")
            else:
                roles.append("text")
        if label_at is None or "value" not in roles:
            return None
        columns = []
        for j, role in enumerate(roles):
            header = head[j].text
            bare_year = _YEAR_DIGITS_RE.fullmatch(header.strip())  # 2021 over a bare-year column
            years = self._year_re.findall(header) or ([bare_year.group()] if bare_year else [])
            measure = "exact" if self._rank_unit(header) else self._measure(header)
            earlier = measure != "change" and header.startswith(self.cues["previous_year_headers"])
            columns.append(
                Column(
                    header=header,
                    role=role,
                    # a rank (…增速排名) is a position, not a change
                    measure=measure,
                    unit=self._header_unit(header)
                    or self._rank_unit(header)
                    or self._count_unit(header),
                    year=int(years[0]) if years else None,
                    # a ranking's value header may open with one month (5月PM2.5浓度)
                    period=self._period(header)
                    or self._month_of_a_year(header)
                    or (self._header_period(header) if months else "")
                    or self._month_alone(header),
                    place=places[j] if places and places[j] != _OTHER_PLACE else "",
                    years_back=1 if earlier else 0,
                )
            )
        return tuple(columns)

    def _ranks_first(self, header: str, kinds: list[str]) -> bool:
        """A first column headed by a rank word (排名, 排序) holding numbers, the city's row
        perhaps without one: the rows' ranks, a measure of its own, before the label column."""
        return (
            self._is_rank_head(header) and "number" in kinds and set(kinds) <= {"number", "empty"}
        )

    def _places_after(self, rows: Sequence[Sequence[Cell]], j: int) -> bool:
        """Every row's cell in column ``j`` is a district or the city by name (密云, 全市):
        a ranking of places, whose first column is their ranks, not a running number."""
        catalog = self.attributor.catalog
        return all(
            j < len(row)
            and (
                catalog.district_by_name(_collapsed(row[j].text)) is not None
                or _collapsed(row[j].text) in self.lexicon.municipality_subjects
            )
            for row in rows
        )

    def _rank_unit(self, header: str) -> UnitInfo | None:
        """A header ending in a rank word (…PM2.5浓度排名) heads ranks."""
        ranks = self.cues["rank_headers"]
        return self._unit("rank") if _without_order_note(header).endswith(ranks) else None

    def _is_rank_head(self, text: str) -> bool:
        """A rank word alone (排名, 名次), perhaps with the order it counts in: 排名(正序),
        排序 (倒序).

        Why: a release that ranks places says which way it counts; with the note, the rank
        column was taken for a running number, or, with ties (2, 2, 4), for no column at all,
        and the whole ranking was lost.

        >>> from districts.facts.pipeline import Pipeline
        >>> reader = Pipeline.from_data().extractor.tables
        >>> reader._is_rank_head("排序 (倒序)"), reader._is_rank_head("排名说明")
        (True, False)
        """
        return _without_order_note(text) in self.cues["rank_headers"]

    def _measure(self, header: str) -> str:
        """目标 columns hold goals; 比上年增长 columns hold changes; the others values."""
        if any(word in header for word in self.cues["target_headers"]):
            return "target"
        if any(word in header for word in self.cues["change_headers"]):
            return "change"
        return "exact"

    def _reporting_period(self, head, above: str) -> str:
        """The period of a table whose columns are the reporting period's (本期, 当期) and whose
        caption names none: the part of the year the text above it names most often, else "".

        Why: a statistical release states its period in the prose ("1-5月，全区…" opening each
        section) and then gives the same figures in a table of 本期 | ±%; read as the whole
        year's, its values would be charted as annual. The most often named, not the last
        (截至5月底 closes such a text: a point in time, not the period of its flows).

        Example: three sections opening "1-5月，…" and one "截至5月底，…" above a table with
        本期 columns → 1-5月.
        """
        words = self.lexicon.text_tables.get("reporting_period_headers", ())
        if not any(word in cell.text for cell in head for word in words):
            return ""
        named = [match.group().strip() for match in self._part_year_re.finditer(above)]
        periods = [(period_in(phrase), phrase) for phrase in named]
        counts = Counter(period for period, _ in periods if period)
        if not counts:
            return ""
        (most, times), *rest = counts.most_common(2)
        if rest and rest[0][1] == times:
            return ""  # two periods named as often: no reporting period to give
        return next(phrase for period, phrase in periods if period == most)

    def _period(self, text: str) -> str:
        """The part of a year a header or caption names (1-9月, 上半年), else ""."""
        match = self._part_year_re.search(text)
        return match.group().strip() if match else ""

    # --- units and values -----------------------------------------------------------------

    def _unit(self, text: str) -> UnitInfo | None:
        """亿元, 万人, %, 微克/立方米: a unit with an optional multiplier."""
        text = text.strip()
        if not text:
            return None
        unit = self.finder.units.get(text)
        if unit is not None:
            return UnitInfo(unit.base, unit.factor, unit.kind)
        for multiplier in self._multipliers:
            if text.startswith(multiplier) and text[len(multiplier) :] in self.finder.units:
                unit = self.finder.units[text[len(multiplier) :]]
                return UnitInfo(unit.base, unit.factor * MULTIPLIERS[multiplier], unit.kind)
        return None

    def _percent_of_a_level(self, column: Column, row_unit: UnitInfo | None) -> bool:
        """A column of percentages its header names by its closing sign (2001年为2000年%)
        beside rows of a level in another unit (万公斤): each is the level as a percentage of
        another's, a measure of its own."""
        return (
            column.measure != "change"
            and column.header.rstrip().endswith(_PERCENT_SIGNS)
            and row_unit is not None
            and row_unit.base != "%"
        )

    def _header_unit(self, header: str) -> UnitInfo | None:
        """增加值(亿元), 比上年增长(%), 本年支出（单位：万元）; a header ending in a percent
        sign (2001年为2000年%) is a column of percentages, whatever unit its rows name. The
        last unit in brackets is the column's: a group's head before its column's
        (从业人员平均人数(万人)同比增长(%)) names the measure the column's growth is of."""
        for inside in reversed(_BRACKETED_RE.findall(header)):
            unit = self._stated_unit(inside) or self._unit(inside)
            if unit is not None:
                return unit
        if header.rstrip().endswith(_PERCENT_SIGNS):
            return self._unit("%")
        suffix = self._unit_suffix(header)
        return self._unit(suffix) if suffix else None

    def _unit_suffix(self, header: str) -> str:
        """The unit a header writes right after its measure, without brackets: 肉类总产量吨 →
        吨, 播种面积亩 → 亩 (after a measure ending in ``unit_suffix_after``), else ""."""
        header = header.strip()
        for size in range(min(len(header) - 2, _MAX_SUFFIX_UNIT), 0, -1):
            unit, measure = header[-size:], header[:-size]
            if unit in self.lexicon.not_facts.temperature_units:
                continue  # 授信额度: 度 ends a word, and is read by its context anyway
            if self._unit(unit) is not None and measure.endswith(self.cues["unit_suffix_after"]):
                return unit
        return ""

    def _without_unit(self, text: str) -> str:
        """森林覆盖率(%) → 森林覆盖率; 细颗粒物(PM2.5)浓度 keeps its brackets; 总产量吨 → 总产量."""
        for match in reversed(list(_BRACKETED_RE.finditer(text))):
            inside = match.group(1)
            if self._stated_unit(inside) or self._unit(inside):
                text = text[: match.start()] + text[match.end() :]
        suffix = self._unit_suffix(text)
        if suffix:
            text = text.strip()[: -len(suffix)]
        return text.strip()

    def _stated_unit(self, text: str) -> UnitInfo | None:
        """单位：亿元 (in a caption or a header cell)."""
        for cue in self.cues["unit_cues"]:
            position = text.find(cue)
            if position >= 0:
                rest = text[position + len(cue) :].lstrip(":\uff1a ")
                match = re.match(r"[^\s,\uff0c;\uff1b)\uff09]+", rest)
                if match and (unit := self._unit(match.group())) is not None:
                    return unit
        return None

    def _count_unit(self, header: str) -> UnitInfo | None:
        """本年受理件数 counts 件; 办结事项数量 counts items (个)."""
        header = _BRACKETED_RE.sub("", header).strip()
        words = self.cues["count_headers"]
        for word in words:
            if not header.endswith(word):
                continue
            stem = header[: -len(word)]
            for length in (2, 1):
                unit = self._unit(stem[-length:]) if len(stem) > length else None
                if unit is not None and unit.kind == "count":
                    return unit
            if word == self.lexicon.text_tables["count_headers"][0]:
                return self._unit(self.lexicon.generic_count_unit)
        return None

    def _cell_value(self, text: str) -> _CellValue | None:
        """366.2, -3.1, 6左右, ≤140, 58%, 1.2万: a number, its qualifier, any unit it carries."""
        text = text.replace(" ", "")
        match = self._cell_re.match(text)
        if match is None or self._year_re.match(text):
            return None  # 2023年 heads a column or labels a row: a year, not a value
        before, after = match.group("before"), match.group("after")
        qualifier = "exact"
        sign = self._change_words(before, after) if before else 0
        if sign:
            qualifier, before = "change", ""
        if before:
            qualifier = _SYMBOL_QUALIFIERS.get(before, "")
            for name, words in self.lexicon.qualifier_before.items():
                if name != "change" and before in words:
                    qualifier = name
            if not qualifier:
                return None
        for name, words in self.lexicon.qualifier_after.items():
            for word in words:
                if after.endswith(word):
                    after = after[: -len(word)]
                    qualifier = name
                    break
        unit = None
        multiplier = match.group("mult") or ""
        if after or multiplier:
            unit = self._unit(multiplier + after) if after else None
            if unit is None:
                return None
        try:
            value = float(match.group("num").replace(",", ""))
        except ValueError:
            return None
        if match.group("sign") in ("-", "\u2212"):
            value = -value
        if sign < 0:
            value = -value
        return _CellValue(value, qualifier, unit)

    def _change_words(self, before: str, after: str) -> int:
        """The sign of a change a cell states in words before its number (同比增加0.4个百分点 → +1,
        比上年同期减少1.2 → -1), else 0.

        Why: a change column (±%) sometimes holds a sentence instead of a signed number, for a
        rate whose change is in percentage points. The words are a verb of change, optionally
        after a baseline (同比, 比上年同期); a decline is stored negative, as a signed cell is.
        """
        lexicon = self.lexicon
        rest = before
        for marker in lexicon.comparison_markers:
            if before.startswith(marker):
                rest = before[len(marker) :]
                break
        # 新增12 alone is a count of new things; after a baseline (比上年新增) or before
        # percentage points (提高0.6个百分点) a difference
        verbs = lexicon.qualifier_before.get("change", ())
        unit = self._unit(after)
        if rest != before or (unit is not None and unit.base in lexicon.change_units):
            verbs = (*verbs, *lexicon.compared_changes)
        verb = max((v for v in verbs if before.endswith(v)), key=len, default="")
        rest = before[: len(before) - len(verb)]
        if not verb or (rest and not rest.startswith(lexicon.comparison_markers)):
            return 0
        if len(rest) > _MAX_BASELINE or any(word in verb for word in lexicon.decline_rates):
            return 0  # a long lead is prose; 降幅 names a rate of decline, not its sign
        return -1 if any(cue in verb for cue in lexicon.decline_cues) else 1

    # --- facts ------------------------------------------------------------------------------

    def facts(
        self, normalized: NormalizedText, tables: DocumentTables, main: str, doc_year: int | None
    ) -> Iterator[dict[str, Any]]:
        """Mention fields (all but ``doc``) for every number in every table."""
        year = self._title_year(normalized.text) or doc_year
        for table in tables.tables:
            if table.unit is None:
                table = self._units_stated_in_prose(normalized.text, tables, table)
            parent_theme = None
            parent_label = ""
            parent_unit = None  # 工业产销率(%) over #食品制造业: the part's values are in % too
            previous_end = None
            repeated = self._repeated_labels(normalized.text, table)
            table_main = self._caption_place(table.caption) or main
            in_parts = False  # the row above is a part of a whole
            seen_values: set[tuple[str, ...]] = set()
            for row_index, row in enumerate(table.rows):
                label = self._label(normalized.text, row[_label_index(table)])[1]
                if self._without_unit(label) in self.cues["year_headers"]:
                    continue  # 年份(年) | 2021 | 2022 under 指标 | 2021 | 2022: the header again
                if self._repeats_a_row(table, row, seen_values):
                    continue  # 按行业分组 | 39087 | 123672.0 | 0.2 under 合计's same cells
                sub_row = self._is_sub_row(normalized, table, row) or (
                    in_parts and label in repeated
                )
                in_parts = sub_row
                # a line between (a whole with no values, not a row) breaks the part from it
                if sub_row and previous_end is not None:
                    if normalized.original[previous_end : row[0].start].strip(" \t\u3000\r\n|"):
                        parent_unit = None
                previous_end = max(cell.end for cell in row)
                facts = list(
                    self._row_facts(
                        normalized,
                        table,
                        row_index,
                        table_main,
                        year,
                        parent_theme if sub_row else None,
                        parent_label if sub_row else "",
                        parent_unit if sub_row else None,
                    )
                )
                if not sub_row:  # a new whole: its parts take its label's unit, or none
                    parent_label = self._label(normalized.text, row[_label_index(table)])[1]
                    parent_unit = self._header_unit(parent_label)
                    parent_theme = str(facts[0]["theme"]) if facts else None
                yield from facts

    def _repeats_a_row(
        self, table: TextTable, row: Sequence[Cell], seen: set[tuple[str, ...]]
    ) -> bool:
        """A grouping's heading row (按行业分组, 二、按登记注册类型分) whose numbers, all of them
        and at least ``_MIN_REPEATED_CELLS``, are an earlier row's of the same table: that row
        again. Remembers every row's numbers in ``seen``.

        Why: a statistics page heads each grouping of its rows with the total's figures again;
        read as rows, every total was counted three or four times. Only a grouping's heading:
        two measures may agree to the last digit (a district wholly urban has its urban
        population equal to its population; two places tie in a ranking).

        >>> from districts.facts.pipeline import Pipeline
        >>> reader = Pipeline.from_data().extractor.tables
        >>> def row(label): return [Cell(0, 1, 0, 1, t) for t in (label, "39087", "0.2", "9.2")]
        >>> label = Column("项目", "label", "", None, None, "")
        >>> table = TextTable((label,), (), "", "", "", None, None, "", Span(0, 0))
        >>> seen = set()
        >>> labels = ("合计", "城镇", "按行业分组")
        >>> [reader._repeats_a_row(table, row(name), seen) for name in labels]
        [False, False, True]
        """
        label_at = _label_index(table)
        numbers = tuple(
            cell.text.strip()
            for j, cell in enumerate(row)
            if j != label_at and self._cell_value(cell.text) is not None
        )
        if len(numbers) < _MIN_REPEATED_CELLS:
            return False
        if numbers in seen:
            return self._a_grouping_heading(row[label_at].text)
        seen.add(numbers)
        return False

    def _a_grouping_heading(self, label: str) -> bool:
        """按行业分组, 一、按登记注册类型分: a label that heads a grouping of the rows below."""
        core = _ENUMERATOR_RE.sub("", _collapsed(label))
        return core.startswith(self.cues["grouping_openers"]) and core.endswith(
            self.cues["grouping_endings"]
        )

    def _caption_place(self, caption: str) -> str:
        """The one place a table's caption names (表2 密云区主要经济指标), else "": the rows
        that name no place of their own are that place's, not the document's.

        Why: a comparison or a city bulletin sets one table per district under its own title;
        every table's rows were taken for the district the document named first. A caption
        naming two places or none leaves the rows to the document.
        """
        places = {place.name for place in self.attributor.place_mentions(caption)}
        return places.pop() if len(places) == 1 else ""

    def _units_stated_in_prose(
        self, text: str, tables: DocumentTables, table: TextTable
    ) -> TextTable:
        """A table that states no unit (no caption's 单位, no header's or row's unit), with the
        unit of each column whose cell the text around it writes with a unit: "北京市实现地区
        生产总值41610.9亿元…" above "北京市 | 41610.90 | 2185.8" (a repost that lost its unit
        line) gives the first column 亿元. The same number, four significant digits or more,
        is the evidence, column by column: a column of the same measure in another year
        (2021年GDP beside 2022年GDP) shares the unit, another measure (常住人口) gets none, no
        unit is guessed from a measure's name, and two different units give none."""
        if any(column.unit is not None or column.role == "unit" for column in table.columns):
            return table
        cells: dict[float, set[int]] = {}  # a cell's value → the columns holding it
        for row in table.rows:
            for index, (column, cell) in enumerate(zip(table.columns, row, strict=True)):
                parsed = self._cell_value(cell.text) if column.role == "value" else None
                if parsed is not None and parsed.unit is None:
                    digits = cell.text.replace(",", "").replace(".", "").strip().lstrip("-0")
                    if len(digits.rstrip("0")) >= _PROSE_UNIT_DIGITS:
                        cells.setdefault(parsed.value, set()).add(index)
        if not cells:
            return table
        found: dict[int, set[UnitInfo]] = {}
        for match in self._prose_number_re.finditer(text):
            if tables.covers(match.start()):
                continue
            columns = cells.get(float(match.group().replace(",", "")))
            if not columns:
                continue
            after = text[match.end() : match.end() + _PROSE_UNIT_REACH]
            units = (self._unit(after[:length]) for length in range(len(after), 0, -1))
            unit = next((unit for unit in units if unit is not None), None)
            if unit is not None:
                for index in columns:
                    found.setdefault(index, set()).add(unit)

        # A column of the same measure in another year or part of one (2022年GDP | 2021年GDP)
        # is in the same unit.
        def measure_of(column: Column) -> str:
            return self._caption_time_re.sub("", column.header).strip()

        measures: dict[str, set[UnitInfo]] = {}
        for index, units in found.items():
            measures.setdefault(measure_of(table.columns[index]), set()).update(units)
        columns = []
        for column in table.columns:
            units = measures.get(measure_of(column), set())
            if column.role == "value" and len(units) == 1:
                column = dataclasses.replace(column, unit=next(iter(units)))
            columns.append(column)
        return dataclasses.replace(table, columns=tuple(columns))

    def _repeated_labels(self, text: str, table: TextTable) -> set[str]:
        """Row labels a table gives more than once: the parts of a breakdown it repeats under
        each whole (工业总产值 / #食品制造业 / 汽车制造业, then 工业销售产值 / #食品制造业 /
        汽车制造业). Only the first part of each is marked; after it, a row of the repeated
        breakdown is a part too, and a label given once (工业销售产值) opens the next whole."""
        labels = Counter(self._label(text, row[_label_index(table)])[1] for row in table.rows)
        return {label for label, count in labels.items() if count > 1 and label}

    def _title_year(self, text: str) -> int | None:
        """The year a document's title names (某区2024年统计公报): the year its tables
        are about unless a caption or a column says otherwise; a report is often dated the
        year after."""
        title = next((line for line in text.split("\n") if line.strip()), "")
        years = set(self._year_re.findall(title))
        return int(years.pop()) if len(years) == 1 else None

    def _is_sub_row(self, normalized: NormalizedText, table: TextTable, row) -> bool:
        """其中:教育, #软件业, or an indented label: a part of the row above it.

        A part shares its whole's theme: 其中:教育 under 一般公共预算支出 is public finance,
        not education."""
        label = row[_label_index(table)]
        text, original = normalized.text, normalized.original
        if any(text.startswith(mark, label.nstart) for mark in self.cues["subrow_marks"]):
            return True
        return label.start > 0 and original[label.start - 1] in " \t\u3000" and label is row[0]

    def _row_facts(
        self,
        normalized,
        table: TextTable,
        row_index: int,
        main,
        doc_year,
        parent_theme,
        parent_label="",
        parent_unit: UnitInfo | None = None,
    ):
        text = normalized.text
        row = table.rows[row_index]
        label = row[_label_index(table)]
        label_start, label_text = self._label(text, label)
        row_unit = next(
            (self._unit(row[j].text) for j, c in enumerate(table.columns) if c.role == "unit"),
            None,
        )
        # 森林覆盖率(%), 湿地面积(公顷); a part takes its whole's (工业产销率(%), then #食品制造业)
        label_unit = self._header_unit(label_text) or parent_unit
        if label_unit is not None:
            row_unit, label_text = row_unit or label_unit, self._without_unit(label_text)
        total = self._total_of_the_places(normalized, table, row_index, main)
        if total:
            district, place = total, True  # 合计 under rows of districts: theirs together
        elif table.places_in_rows:
            district, place = self._row_place(text, label), True  # 大兴, 经开区: never main
            if not district:
                return
        else:
            district, place = self._district(text, Span(label_start, label.nend), main)
        row_year = self._row_year(label_text)
        # 合计 under rows that are not all places (parks, 其他区, towns): their sum, no measure
        # of the district's (75.9万人次 of three parks is no district's tourist visits)
        township = self._a_township(label_text) or (
            not total and _collapsed(label_text) in self.lexicon.list_total_words
        )
        area_part = not township and self._an_area_part(label_text)
        town = self._town_in_row(table, row) if place else ""
        # 延庆区 | 25 or 2021年 | 46.4: the row names a place or a year, the column the measure.
        header_measure = (place and len(label_text) <= _MAX_PLACE_LABEL) or row_year is not None
        scopes = [
            " ".join(cell.text for cell in row),
            f"{table.caption} {table.header_text}",
            table.context,
        ]
        quote_start, _ = normalized.original_span(label_start, label.nend)
        original = normalized.original
        last_period = ""
        last_year = None  # the year of the value column before (2025年1-5月 | 上年同期)
        run_year: int | None = None  # the latest year of the columns since the last change
        last_measure = ""  # the measure of the value column before (地区生产总值 | 增长)
        for column_index, (column, cell) in enumerate(zip(table.columns, row, strict=True)):
            if column.role != "value":
                continue
            # 1-6月 | 同比增长(%): a change column is over the period of the values before it;
            # so is 上年同期, a year earlier.
            changes = column.measure == "change"
            # 上年全年 is the whole of the year before, not its months so far
            whole_year = any(w in column.header for w in load_time_lexicon().whole_year_words)
            follows = (changes or column.years_back) and not whole_year
            period = column.period or (last_period if follows else "")
            if not (whole_year and column.years_back):
                period = period or table.period
            last_period = column.period or last_period
            if column.year is not None:
                # 2017年1-8月 | 2016年1-8月 | 同比增长: the change is the later year's
                last_year = column.year if run_year is None else max(run_year, column.year)
                run_year = last_year
            base_year = last_year if follows and last_year else table.year or doc_year
            if changes:
                run_year = None  # 2023年 | 增速 | 2022年 | 增速: each change its own year's
            parsed = self._cell_value(cell.text)
            if parsed is None:
                continue
            unit = self._cell_unit(parsed, column, row_unit, table)
            if unit is None:
                continue  # a bare number with no unit anywhere: a code, not a measure
            if self._is_the_whole(normalized, table, row_index, column_index):
                continue
            subject = self._without_unit(column.header) if header_measure else label_text
            # 批发业 under 营业收入 | 利润总额: the row's revenue, the row's profit
            group = next((g for g in table.spanned_groups if column.header.startswith(g)), "")
            if group and not header_measure:
                subject = label_text + self._without_unit(group)
            if header_measure and self._is_rank_head(column.header):
                subject = self._ranked_measure(table, column)
            if header_measure and self._only_a_time(subject, column):
                # 区 | 2022年 | 2023年 under 各区年末常住人口（万人）: the caption's measure
                measure = self._without_unit(self._caption_measure(table.caption))
                if self._names_change(measure):
                    measure = ""  # 常住人口及增速: two measures, the column's not said
                subject = measure or subject
            if header_measure and changes and last_measure and self._only_a_change(subject):
                subject = last_measure  # 区 | 地区生产总值(亿元) | 增长(%): the GDP's growth
            elif header_measure and not changes:
                last_measure = subject if self._names_a_measure(column, subject) else ""
            qualifier = self._cell_qualifier(parsed, column, subject)
            if changes and not self._names_change(subject):
                subject += self.cues["growth_term"][0]  # 一般公共预算收入 → …增速
            value = parsed.value * unit.factor
            later_group = next((g for g in table.later_groups if column.header.startswith(g)), "")
            percent_of_a_level = self._percent_of_a_level(column, row_unit)
            if later_group:
                # 农林牧渔业总产值 under 贴现价值: the row's measure discounted, not the measure
                term = label_text + later_group + (self.cues["growth_term"][0] if changes else "")
                indicator = None
            elif percent_of_a_level:
                # 蔬菜 万公斤 | 12210.5 | 91.3 under 2001年为2000年%: this year's output as a
                # percentage of last year's, not the output
                term = label_text + column.header.strip().rstrip("".join(_PERCENT_SIGNS))
                indicator = None
            elif town:
                # 1 | 西城区 | 某街道 | 0.13: the street's value, in its district, is no
                # measure of the district's
                term = town + subject
                indicator = None
            elif township or area_part:
                # 右安门街道 | 34, 城镇 | 180.2 under 常住人口: the part's value, not the
                # district's measure; an area part may have its own (城镇 under 居民人均可支配收入)
                term = label_text + self._without_unit(column.header)
                indicator = None
            else:
                indicator, term = self._describe(subject, cell.text, value, unit, qualifier)
            if (
                indicator is None
                and not header_measure
                and not township
                and not town
                and not later_group
                and not percent_of_a_level
            ):
                completed = self._completed_row_measure(
                    label_text,
                    table,
                    column,
                    parent_label,
                    changes,
                    cell.text,
                    value,
                    unit,
                    qualifier,
                )
                if (
                    area_part
                    and completed is not None
                    and not any(
                        name.startswith(label_text)
                        for name in (completed.name, *completed.synonyms)
                    )
                ):
                    completed = None  # 城镇常住人口 is no name of the district's population
                indicator = completed
                if indicator is not None:
                    term = indicator.name
                elif not area_part:
                    term = self._column_term(term, table, column)
            if period:
                # 5月PM2.5浓度排名 → PM2.5浓度排名(5月); a header of only a time (2025年6月) names
                # no measure: the term is its period
                term = self._leading_year_re.sub("", term).removeprefix(period)
                term = f"{term}({period})" if term else period  # over part of a year
            if indicator is None and parent_theme:
                theme = parent_theme
            else:
                theme = self.attributor.theme_of(indicator, term, scopes, unit.base)
            yield {
                "district": column.place or district,  # 北京市 | 海淀区 column groups
                "theme": theme,
                "indicator": indicator.id if indicator else "",
                "term": term,
                "value": float(f"{value:.12g}"),
                "unit": unit.base,
                "as_written": original[cell.start : cell.end],
                "qualifier": qualifier,
                "year": row_year or column.year or _years_before(base_year, column),
                "period": (period_in(period) or ANNUAL) if period else ANNUAL,
                # a rank column stands before its place (排名 | 区): the quote spans both
                "quote": original[min(quote_start, cell.start) : max(cell.end, label.end)],
                "start": min(quote_start, cell.start),
                "end": max(cell.end, label.end),
                "sentence": original[row[0].start : row[-1].end],
            }

    def _only_a_change(self, header: str) -> bool:
        """A header that names a change and no measure (增长, 比上年增长, 同比增速, 增幅):
        the change is of the value column before it.

        Example: ``区 | 地区生产总值 | 增长(%)``: 增长 is the GDP's growth."""
        for word in sorted(self.cues["change_headers"], key=len, reverse=True):
            header = header.replace(word, "")
        return len(re.sub(r"[\W_]", "", header)) <= 1  # 增长率: 率 alone; GDP增速 names GDP

    def _only_a_time(self, header: str, column: Column) -> bool:
        """A value column's header that names only its year or period (2023年, 1-5月): the
        measure is the caption's."""
        if column.year is None and not column.period:
            return False
        rest = self._year_re.sub("", header)
        rest = rest.replace(column.period, "") if column.period else rest
        for word in self.lexicon.year_words:
            rest = rest.replace(word, "")
        return len(re.sub(r"[\W_]", "", rest)) == 0

    def _names_a_measure(self, column: Column, header: str) -> bool:
        """A value column's header names a measure a change column after it may be the change
        of: not a year's or a period's column (2023年, 1-5月, 上年同期), nor a generic word
        (总量, 数值, 本期)."""
        if column.year is not None or column.period or column.years_back:
            return False
        if column.unit is not None and column.unit.kind == "rank":
            return False  # 位次 | 增长(%): a growth of no rank
        if header.endswith(self.lexicon.mapping.share_endings):
            return False  # 占全市比重(%) | 增长(%): the growth is of the level, not of the share
        generic = (
            *self.cues["header_words"],
            *self.cues["label_neutral_endings"],
            *self.cues["reporting_period_headers"],
        )
        return bool(header) and header not in generic and not self._year_re.search(header)

    def _total_of_the_places(
        self, normalized: NormalizedText, table: TextTable, row_index: int, main: str
    ) -> str:
        """Whose a total row is (合计, 总计: ``list_total_words``) in a table whose other rows
        are each a district or an area by name alone: theirs together, no one district's. The
        city's when they are all the districts; otherwise kept under the listed places' names
        joined (门头沟、密云), out of every district's chart, as a total after districts listed
        in prose is. "" when the row is no total, or some row is no place (其他区, a park, a
        district's towns: the total is then left to the other rules).

        Example: ``门头沟区 | 72.5`` and ``密云区 | 68.2`` then ``合计 | 45.1``: 45.1 is
        门头沟、密云's, not 门头沟's."""
        text = normalized.text
        at = _label_index(table)
        if _collapsed(self._label(text, table.rows[row_index][at])[1]) not in (
            self.lexicon.list_total_words
        ):
            return ""
        listed: list[str] = []
        for index, row in enumerate(table.rows):
            if index == row_index:
                continue
            name = self._place_by_name(text, row[at])
            if not name:
                return ""
            listed.append(name)
        listed = list(dict.fromkeys(listed))
        districts = {district.name for district in self.attributor.catalog.districts}
        if len(listed) < 2:
            return ""
        if districts <= set(listed):
            return self.attributor.municipality
        return GROUP_JOINER.join(listed)

    def _place_by_name(self, text: str, cell: Cell) -> str:
        """The district or area a label is by its name alone (门头沟区, 密云, 经开区), else ""
        (颐和园（海淀区）names a park, 其他区 no place)."""
        label = _collapsed(cell.text)
        district = self.attributor.catalog.district_by_name(label)
        if district is not None:
            return district.name
        areas = self.attributor.areas.places(text, cell.nstart, cell.nend)
        if len(areas) == 1 and areas[0].end - areas[0].start >= len(label):
            return areas[0].name
        return ""

    def _completed_row_measure(
        self,
        label: str,
        table: TextTable,
        column: Column,
        parent_label: str,
        changes: bool,
        written: str,
        value: float,
        unit: UnitInfo,
        qualifier: str,
    ) -> Indicator | None:
        """A row label that names a part, not a measure, completed with the measure noun the
        table gives it: its value column's header (行业 | 增加值(亿元): 金融业 → 金融业增加值)
        or the end of its whole's name (一般公共预算支出, then 其中:教育 → 教育支出;
        规模以上工业总产值, then #高技术制造业 → 高技术制造业产值). A change column's value is
        that measure's growth. Only a name the catalog knows is taken, with the checks a prose
        number gets.

        A share column is the share of the table's other measure: under 单位数(个) | 比重(%),
        第二产业's 12.0 is its share of the units, 第二产业单位数比重, never 第二产业比重 (the
        share of the economy's value added); under 增加值(亿元) | 占比(%) it is
        第二产业增加值占比."""
        nouns = self._column_nouns(table, column)
        nouns += [parent_label[k:] for k in range(1, len(parent_label) - 1)]  # two chars or more
        growth = self.cues["growth_term"][0] if changes else ""
        for noun in dict.fromkeys(noun for noun in nouns if noun):
            subject = label + noun + growth
            indicator, _ = self._describe(subject, written, value, unit, qualifier)
            if indicator is not None:
                return indicator
        return None

    def _is_the_whole(
        self, normalized: NormalizedText, table: TextTable, row_index: int, column_index: int
    ) -> bool:
        """100 in a share column (比重(%), 占比) of the total row is the total's share of
        itself: the base the other rows' shares are of, not a fact anyone reported. The total
        row is labelled a total (合计, 总计: ``list_total_words``, wherever it stands), or the
        shares of the rows below it add up to 100 (一、法人单位 over its kinds), their parts
        (其中：…, indented) aside. A 100 nothing adds up to (达标小区 | 120 | 100) is a share
        like any other.

        Example: ``合 计 | 59201 | 100.0`` then ``第二产业 | 7047 | 11.9`` and ``第三产业 |
        52154 | 88.1``: 59201 is a fact, 100.0 is not."""
        column = table.columns[column_index]
        if self._without_unit(column.header) not in self.lexicon.mapping.share_endings:
            return False
        row = table.rows[row_index]
        share = self._cell_value(row[column_index].text)
        if share is None or share.value != 100 or share.qualifier != "exact":
            return False
        label = self._label(normalized.text, row[_label_index(table)])[1]
        if re.sub(r"\s+", "", label) in self.lexicon.list_total_words:
            return True
        total, parts = 0.0, 0
        for below in table.rows[row_index + 1 :]:
            if self._is_sub_row(normalized, table, below):
                continue  # 其中：制造业 is a part of the row above, already in its share
            part = self._cell_value(below[column_index].text)
            if part is None or part.value == 100:
                return False
            total, parts = total + part.value, parts + 1
            if parts >= 2 and abs(total - 100) <= _SHARES_ROUNDING:
                return True
        return False

    def _column_nouns(self, table: TextTable, column: Column) -> list[str]:
        """The measure nouns a row label may be completed with for a cell of ``column``: the
        headers of the table's measure columns, and for a share column (比重, 占比) the share
        of each of the others (单位数比重) rather than a share of nothing said."""
        measures = self._measure_headers(table)
        noun = self._without_unit(column.header)
        shares = self.lexicon.mapping.share_endings
        if noun not in shares:
            return [measure for measure in measures if measure not in shares]
        of = [measure for measure in measures if measure and measure not in shares]
        return [measure + noun for measure in of] or [noun]

    def _column_term(self, label: str, table: TextTable, column: Column) -> str:
        """A row label's term under one of several measure columns: the label and the column's
        noun (``_column_nouns``), so that 第二产业's count (单位数(个)) and its share (比重(%))
        are told apart. The label alone where the table has one measure, or the column is a
        year's or a period's."""
        measures = set(self._measure_headers(table))
        if len(measures) < 2 or column.measure != "exact" or column.year or column.period:
            return label
        own = self._without_unit(column.header)
        nouns = self._column_nouns(table, column)
        noun = own if own in nouns else next(iter(nouns), "")
        if not noun or self._year_re.search(noun) or noun in label:
            return label
        # 达标小区 + 小区数 → 达标小区数: the words the label ends with and the noun opens with
        # are said once
        overlap = next(
            (k for k in range(min(len(label), len(noun)), 1, -1) if label.endswith(noun[:k])), 0
        )
        return label + noun[overlap:]

    def _ranked_measure(self, table: TextTable, column: Column) -> str:
        """The name of a rank column headed by a rank word alone (排名(正序) | 行政区 | 道路尘
        负荷(g/m2)): the measure it ranks, the table's one measure column or else its
        caption's, then the header (道路尘负荷排名(正序)); the header alone when the measure
        is not one.

        Why: named by its header alone, every ranking's ranks were 排名, one measure on the
        charts for ranks of dust, of rain and of income."""
        header = column.header.replace(" ", "")
        measures = [name for name in self._measure_headers(table) if not self._is_rank_head(name)]
        if len(set(measures)) == 1:
            return measures[0] + header
        if not measures:
            caption = self._without_unit(self._caption_measure(table.caption))
            if caption and not self._only_a_time(caption, column):
                return caption + header  # (the caption's measure is without its rank word)
        return header

    def _measure_headers(self, table: TextTable) -> list[str]:
        """The headers, without their units, of the table's columns of values (not changes,
        not targets): the measures a row label may be completed with."""
        return [
            self._without_unit(other.header)
            for other in table.columns
            if other.role == "value" and other.measure == "exact"
        ]

    def _a_township(self, label: str) -> bool:
        """A row label that names a street, a town or a township (右安门街道, 王佐镇, or 丰台街道,
        a street named after its district): a place inside the district, two characters or
        more before its kind's word. A district's name before 地区 is the district itself.

        Why: a district's monitoring table by street (街乡镇 | PM2.5浓度 | 区级倒排名) had each
        street's concentration completed into the district's PM2.5 and charted as the
        district's annual value, sixty times over.
        """
        label = _BRACKETED_RE.sub("", label)
        label = re.sub(r"[^\u4e00-\u9fff]+$", "", label)  # 乙河镇*, 丙峰街道1, 丁村镇①
        for office in self.cues["township_offices"]:
            label = label.removesuffix(office)
        suffix = next((s for s in self.cues["township_suffixes"] if label.endswith(s)), "")
        stem = label[: len(label) - len(suffix)]
        if len(stem) < 2 or not suffix or re.fullmatch(_CJK_RUN, stem) is None:
            return False
        # a street named after its district (丰台街道) is a street; 丰台地区 is the district
        areas = self.lexicon.chart_scope.get("area_suffixes", ())
        return not (suffix in areas and self.attributor.catalog.district_by_name(stem))

    def _town_in_row(self, table: TextTable, row) -> str:  # type: ignore[no-untyped-def]
        """The street or town a row of places is about, from a column of streets and towns
        (``township_headers``) beside its district (排名 | 行政区 | 街道(乡镇) | 道路尘负荷), or
        "" when the row is the district's (区 | 政府驻地 | 常住人口: the seat is no subject).

        Why: a city ranking of its streets and towns gives each its district; read by the
        district column alone, a street's reading stood as the district's own, beside the
        district's true value on the chart."""
        return next(
            (
                _collapsed(row[j].text)
                for j, column in enumerate(table.columns)
                if column.role == "text"
                and any(word in column.header for word in self.cues["township_headers"])
                and self._a_township(_collapsed(row[j].text))
            ),
            "",
        )

    def _an_area_part(self, label: str) -> bool:
        """A row label that is a kind of area inside the district alone (城镇, 山区, 平原):
        the part's value.

        Why: a table of 全区 | 城镇 | 乡村 under 常住人口 charted the urban population as the
        district's, and 山区 | 平原 under 森林覆盖率 each part's coverage as the district's.
        """
        return _BRACKETED_RE.sub("", label).strip() in self.cues["area_part_labels"]

    def _years_down(self, head, rows) -> bool:
        """A first column headed 年份 (``year_headers``) whose cells are years, some empty: a
        time series, each row labelled with its year. Not when another column names a place
        (年份 | 区域 | 产量: the place column labels the row) or a part of the year (年 | 月 |
        降水量: monthly values, no year's)."""
        if head[0].text.strip() not in self.cues["year_headers"]:
            return False
        for cell in head[1:]:
            other = cell.text.strip()
            if other in self.cues["place_headers"] or other.startswith(self._part_year_heads):
                return False
        cells = [row[0].text.strip() for row in rows]
        return any(cells) and all(not cell or self._row_year(cell) for cell in cells)

    def _row_year(self, label: str) -> int | None:
        """A row labelled 2023年 (or 2023) holds that year's values."""
        match = re.fullmatch(r"((?:19|20)\d{2})", label) or self._year_re.match(label)
        if match is None or len(label) > len(match.group(1)) + 1:
            return None
        return int(match.group(1))

    def _cell_unit(self, parsed: _CellValue, column: Column, row_unit, table: TextTable):
        """A cell's unit, nearest first: in the cell (58%), in its column's header (增速(%));
        % for a change column that names none; in the row (单位 column, 森林覆盖率(%)); above
        the table (单位：万元)."""
        unit = parsed.unit or column.unit
        if unit is None and column.measure == "change":
            unit = self._unit("%")
        return unit or row_unit or table.unit

    def _cell_qualifier(self, parsed: _CellValue, column: Column, subject: str) -> str:
        """目标 columns hold goals and 比上年增长 columns changes; a row whose measure is a
        change (年均增速, 累计下降率) holds changes in its other columns; else what the cell
        says (6左右 → approx, ≤140 → at_most)."""
        if column.measure in ("target", "change"):
            return column.measure
        if self._names_change(subject):
            return "change"
        return parsed.qualifier

    def _label(self, text: str, label: Cell) -> tuple[int, str]:
        """The row label without a sub-row mark: 其中:教育 → 教育, #软件业 → 软件业."""
        start = label.nstart
        for mark in self.cues["subrow_marks"]:
            if text.startswith(mark, start) and start + len(mark) < label.nend:
                start += len(mark)
                break
        number = self._section_mark.match(text, start, label.nend)
        if number and number.end() < label.nend:
            start = number.end()  # 一、社会消费品零售总额: the row's number is not its measure
        return start, text[start : label.nend].strip()

    def _names_change(self, label: str) -> bool:
        """年均增速, 碳排放累计下降率*: the row's measure is itself a change."""
        core = re.sub(r"\W+$", "", _BRACKETED_RE.sub("", label))
        return core.endswith(self.cues["change_labels"])

    def _district(self, text: str, label: Span, main: str) -> tuple[str, bool]:
        """A row labelled with a district, an area that is none (经开区) or the city (全市) is
        that place's; other rows the document's.

        Also says whether the label names a place, as in a table comparing districts
        (平谷区  80.2): the measure is then the column's."""
        mentions = self.attributor.district_mentions(text, label.start, label.end)
        named = [name for _, name in mentions]
        combined = self._combined_label(text, label.start, label.end)
        if combined:
            return combined, True
        if named:
            return named[0], True
        areas = self.attributor.areas.places(text, label.start, label.end)
        groups = self.attributor.group_mentions(text, label.start, label.end)
        if groups:
            return groups[0], True  # 首都功能核心区 | 838149: the group's, not the document's
        if areas:
            return areas[0].name, True  # 北京经济技术开发区 | 2617.3: the zone's, not Beijing's
        if text[label.start : label.end].startswith(self.lexicon.municipality_subjects):
            return self.attributor.municipality, True
        return main, False

    def _describe(self, subject: str, written: str, value: float, unit: UnitInfo, qualifier):
        """The catalog's indicator for the row's measure, found as for a number in prose."""
        synthetic = subject + written
        quantity = Quantity(len(subject), len(synthetic), value, unit.base, qualifier, unit.kind)
        whole = Span(0, len(synthetic))
        indicator, _, span = self.attributor.describe(synthetic, quantity, whole, whole)
        if indicator is not None and span is not None and self._names_all(subject, span):
            return indicator, indicator.name
        return None, subject

    def _names_all(self, label: str, span: tuple[int, int]) -> bool:
        """A row label is a whole measure's name: 常住人口 names 常住人口规模, but not
        每千人口养老机构床位数 nor 人均避难场所面积."""
        before, after = label[: span[0]], label[span[1] :]
        if after and after not in self.cues["label_neutral_endings"]:
            return False
        return not any(prefix in before for prefix in self.cues["per_unit_prefixes"])


def _without_order_note(text: str) -> str:
    """A header without the bracketed note at its end (排名(正序) → 排名)."""
    return _ORDER_NOTE_RE.sub("", text).strip()


def _collapsed(text: str) -> str:
    """A cell's words without the spaces a layout put between them (合 计 → 合计)."""
    return re.sub(r"\s+", "", text)


def _make_cell(original: str, text: str, starts, start: int, end: int) -> Cell | None:
    """The cell at original[start:end] without its padding, with its normalized span."""
    while start < end and original[start] in " \t\u3000\r":
        start += 1
    while end > start and original[end - 1] in " \t\u3000\r":
        end -= 1
    if start >= end:
        return None
    nstart = bisect.bisect_left(starts, start)
    nend = bisect.bisect_left(starts, end)
    while nstart < nend and text[nstart].isspace():
        nstart += 1
    while nend > nstart and text[nend - 1].isspace():
        nend -= 1
    if nstart >= nend:
        # a dash the normalizer took for a list's bullet ("- |" alone): a cell left empty,
        # which keeps its place in its row
        written = original[start:end]
        return Cell(start, end, nstart, nstart, written) if _EMPTY_CELL_RE.match(written) else None
    return Cell(start, end, nstart, nend, text[nstart:nend])


def _empty_cell_before(cell: Cell) -> Cell:
    """An empty cell standing right before ``cell``: a cell a line did not write (a header's
    top-left corner, a ranking row's rank)."""
    return Cell(cell.start, cell.start, cell.nstart, cell.nstart, "")


def _cell_after(cell: Cell, text: str = "") -> Cell:
    """A cell the text did not write, standing right after ``cell``: an empty one (a bar
    line's), or a header's head a scrape dropped (``text``: 区 after 排名)."""
    return Cell(cell.end, cell.end, cell.nend, cell.nend, text)


def _is_piped(raw: str) -> bool:
    """A line whose cells are separated by bars: ``地区生产总值 | 亿元 | 812.5 |`` (a scraped
    table) or ``| 地区生产总值 | 亿元 | 812.5 |`` (Markdown).

    Why: a web page or a converted spreadsheet draws the cell borders as ``|`` (or the full-width
    ``｜``) with single spaces around them, so the tab and wide-space separators find one cell.
    Two bars make a table line; one bar in prose (``首页 | 新闻``) does not, but one that
    closes the line does: a table scraped one cell per line draws each cell's right border
    (``东城区 |`` then ``893416 |``).
    """
    bars = sum(raw.count(bar) for bar in _PIPE_CHARS)
    return bars >= 2 or (bars == 1 and raw.rstrip(" \t\u3000\r")[-1:] in _PIPE_CHARS)


def _empty_line_after(previous: _Line | None) -> _Line:
    """A line of one empty cell standing right after ``previous`` (a bar line that is a
    row's empty cell in a table scraped one cell per line)."""
    assert previous is not None  # a run's lines are lines, never blank
    empty = _cell_after(previous.cells[0])
    return _Line(empty.start, empty.end, (empty,), "")


def _only_bars(raw: str) -> bool:
    """A line of bars alone (``|``, ``|||``): the empty row a scraped table draws between its
    rows, or its border; within a run of one cell per line it is no blank line."""
    stripped = raw.strip(" \t\u3000\r")
    return bool(stripped) and all(char in _PIPE_CHARS for char in stripped)


def _empty_cell(raw: str) -> bool:
    """A line of bars alone (``|``, ``|||``) or of spaces alone (`` ``): in a table scraped one
    cell per line, an empty cell (of a heading row: ``_empty_cells_follow``). An empty line
    is none: it only sets lines apart."""
    return bool(raw.strip("\r")) and (not raw.strip(" \t\u3000\r") or _only_bars(raw))


def _empty_cells_follow(raw_lines: list[str], index: int) -> bool:
    """Two empty cells or more (``_empty_cell``, blank lines between them aside) right after
    line ``index``: the cells of a row whose label is that line and that has no values (a
    heading row: 按区划分, 主要行业产值; a row with every value blank is no row either)."""
    following = [raw for raw in raw_lines[index + 1 : index + 1 + 2 * _EMPTY_ROW_CELLS] if raw]
    following = following[:_EMPTY_ROW_CELLS]
    return len(following) == _EMPTY_ROW_CELLS and all(map(_empty_cell, following))


def _inside_bars(original: str, start: int, end: int) -> tuple[int, int]:
    """The span of a bar-separated line without its opening and closing bars:
    ``| 地区生产总值 | 亿元 |`` → ``地区生产总值 | 亿元``. Further bars at the end (``| ||``)
    leave empty cells, dropped like a tabbed line's trailing empty cells."""
    while start < end and original[start] in " \t\u3000":
        start += 1
    while end > start and original[end - 1] in " \t\u3000\r":
        end -= 1
    if start < end and original[start] in _PIPE_CHARS:
        start += 1
    if end > start and original[end - 1] in _PIPE_CHARS:
        end -= 1
    return start, end


_CJK_RUN = "[\u4e00-\u9fff]+"


def _month_of(match: re.Match[str]) -> str:
    """The month of a year-and-month match (the time lexicon's ``year_month_re``): 2025年6月
    → 6月; "" for a month in words, which names no period the tables know."""
    month = match.string[match.start(2) : match.end()]
    return month if period_in(month) else ""


def _years_before(year: int | None, column: Column) -> int | None:
    """The year of a column's values: the table's, or the one before under 上年同期."""
    return year - column.years_back if year else year


# The percent sign closing a column's header, half- and full-width
_PERCENT_SIGNS = ("%", "\uff05")
# In a block of single-spaced rows (_single_spaced_rows), each space separates two cells; in
# its header, not the space before a bracketed unit ("人均可支配收入 (元)" is one cell).
_SINGLE_SPACE_RE = re.compile(r"[ \u3000]")
_HEADER_SPACE_RE = re.compile(r"[ \u3000](?![(\uff08])")
# The fewest rows of such a block, and the fewest cells a row of it has.
_MIN_SINGLE_SPACED_ROWS = 3
_MIN_SINGLE_SPACED_CELLS = 3
_NUMBER_CELL_RE = re.compile(r"[-+]?\d[\d,.]*%?")


def _single_spaced_rows(
    raw_lines: list[str],
    heads: Sequence[str],
    unit_heads: Sequence[str] = (),
    spaced_heads: Container[str] = (),
    is_unit: Callable[[str], bool] = lambda text: False,
) -> dict[int, re.Pattern[str]]:
    """The lines of a table whose scrape left one space between cells (``1 东城区 110,083``),
    each with the pattern that splits it into cells: a header, then three or more rows.

    Rows: lines in a row, each of three or more cells separated by single spaces, as many cells
    in each and numbers in the same columns, no sentence punctuation, no bars, no cell of a
    number's thousands written apart (110 083). The header, the line right above: as many cells,
    or one more that is a bracketed unit (``排名 行业 收入 (元)``); one of them a header word
    (``heads``: 排名, 区, 指标) or a unit in brackets. Without such a header the lines stay
    prose: a PDF's title and lines set with spaces between words are no table. A header one
    cell short that opens with the unit column's head (``unit_heads``: ``单位 2001年 为上年%``
    over ``蔬菜 万公斤 13310.7 92.7``) left the corner over the labels blank.

    Why: a web page's table copied as text often keeps one space per cell boundary, where a
    tab or a run of spaces marks the cells elsewhere; read as prose, its rows lost their
    places and their column's measure.
    """

    def cells(line: str) -> list[str] | None:
        stripped = line.strip(" \u3000\r")
        if not stripped or "\t" in stripped or "  " in stripped or "\u3000\u3000" in stripped:
            return None
        if any(mark in stripped for mark in _PROSE_MARKS) or any(
            bar in stripped for bar in _PIPE_CHARS
        ):
            return None  # prose, or cells drawn with bars
        parts = _SINGLE_SPACE_RE.split(stripped)
        if _spaced_label_leads(parts, spaced_heads, is_unit):
            parts = ["".join(parts[:2]), *parts[2:]]
        if len(parts) < _MIN_SINGLE_SPACED_CELLS or any(
            not part or len(part) > _MAX_HEADER_CELL or _THOUSANDS_APART_RE.fullmatch(part)
            for part in parts
        ):
            return None
        return parts

    def numbers(parts: list[str]) -> tuple[int, ...]:
        return tuple(i for i, part in enumerate(parts) if _NUMBER_CELL_RE.fullmatch(part))

    def a_header(parts: list[str]) -> bool:
        return not numbers(parts) and any(
            part in heads or part in unit_heads or _BRACKETED_RE.search(part) for part in parts
        )

    split = [cells(line) for line in raw_lines]
    found: dict[int, re.Pattern[str]] = {}
    index = 1
    while index < len(split):
        first, above = split[index] or [], split[index - 1] or []
        columns = numbers(first)
        end = index
        while columns and end < len(split):
            row = split[end] or []
            if len(row) != len(first) or numbers(row) != columns:
                break
            end += 1
        if end - index < _MIN_SINGLE_SPACED_ROWS or not a_header(above):
            index = max(end, index + 1)
            continue
        if len(above) == len(first):
            found[index - 1] = _SINGLE_SPACE_RE
        elif len(above) == len(first) + 1 and _BRACKETED_RE.fullmatch(above[-1]):
            found[index - 1] = _HEADER_SPACE_RE
        elif len(above) == len(first) - 1 and above[0] in unit_heads:
            found[index - 1] = _SINGLE_SPACE_RE  # the corner over the labels left blank
        else:
            index = end
            continue
        found.update(dict.fromkeys(range(index, end), _SINGLE_SPACE_RE))
        index = end
    return found


# A cell of three digits starting with 0: the thousands of a number written with a space (110 083)
_THOUSANDS_APART_RE = re.compile(r"0\d\d")


def _letter_spaced(cells: list[Cell]) -> bool:
    """``项    目``: one two-character word a table header spreads over its cell's width, not
    two cells of one character each (three such cells, 区  男  女, are cells).

    Why: a header cell or a row label of two characters is often set with spaces
    between them (项  目, 全  市); split on runs of spaces, it read as a line of several cells
    and the table around it was lost.
    """
    return len(cells) == 2 and all(
        len(cell.text) == 1 and "\u4e00" <= cell.text <= "\u9fff" for cell in cells
    )


def _spaced_label_leads(
    texts: Sequence[str], header_words: Container[str], is_unit: Callable[[str], bool]
) -> bool:
    """``蔬 菜 万公斤 13310.7``: a row's two-character label set with a space between its
    characters, to line up with the three-character labels below it, at the head of a line of
    more cells: one cell, not two. In a row (a line holding a number), unless the second
    character is a unit (``羊 只 5.1``: a label and its unit); in a header, only when the two
    make a header's word (``单 位``, ``项 目``: ``header_words``), since a header's cells may be
    one character each (``优 良 轻度污染``). Three single characters (区 男 女) are cells.

    Why: a bulletin's table of produce set so (蔬 菜, 鲜 蛋, 牛 奶 between 干鲜果 and 水产品)
    split each such row into one cell more than its neighbours, and the table was lost.

    >>> words, unit = {"单位"}, lambda text: text in {"只", "吨"}
    >>> _spaced_label_leads(["蔬", "菜", "万公斤", "13310.7"], words, unit)
    True
    >>> _spaced_label_leads(["羊", "只", "5.1", "77"], words, unit)
    False
    >>> _spaced_label_leads(["单", "位", "2001年"], words, unit)
    True
    >>> _spaced_label_leads(["优", "良", "轻度污染"], words, unit)
    False
    >>> _spaced_label_leads(["区", "男", "女"], words, unit)
    False
    """
    if len(texts) < 3 or not all(_one_character(text) for text in texts[:2]):
        return False
    if _one_character(texts[2]):
        return False
    if any(_NUMBER_CELL_RE.fullmatch(text) for text in texts[2:]):
        return not is_unit(texts[1])
    return texts[0] + texts[1] in header_words


def _one_character(text: str) -> bool:
    return len(text) == 1 and "\u4e00" <= text <= "\u9fff"


def _padded(line: _Line, width: int) -> _Line:
    end = line.cells[-1]
    blank = Cell(end.end, end.end, end.nend, end.nend, "")
    cells = line.cells + (blank,) * (width - len(line.cells))
    return _Line(line.start, line.end, cells, line.text, line.opening, line.tabbed)


def _label_index(table: TextTable) -> int:
    return next(j for j, column in enumerate(table.columns) if column.role == "label")


def _is_prose(text: str) -> bool:
    return any(mark in _PROSE_MARKS for mark in text)


def _is_running_number(rows, j: int) -> bool:
    """序号 1, 2, 3…: a column of running numbers is an index, not a measure."""
    values = []
    for row in rows:
        if not row[j].text.isdigit():
            return False
        values.append(int(row[j].text))
    return values == list(range(values[0], values[0] + len(values)))


def _joined_cell(cells: Sequence[Cell]) -> Cell:
    """Cells that are one word spaced apart (合 计, a caption's words) as one cell, its text
    their texts run together."""
    return Cell(
        cells[0].start,
        cells[-1].end,
        cells[0].nstart,
        cells[-1].nend,
        "".join(cell.text for cell in cells),
    )


def _shifted(match: re.Match[str], offset: int) -> tuple[int, int]:
    """A match's span in the line, as a span in the whole text."""
    return offset + match.start(), offset + match.end()
