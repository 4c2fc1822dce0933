"""One document → its mentions: read, normalize, split, extract, attribute.

A mention is one quantitative fact with the exact quote it came from. ``MENTION_COLUMNS`` is
the schema other tools read (``mentions.csv``).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from districts import paths
from districts.catalog import Catalog, Indicator
from districts.facts.attribute import Attributor, Placing, trailing_noun_phrase
from districts.facts.context import Context
from districts.facts.extract import Quantity, QuantityFinder, rank_direction, top_list_head
from districts.facts.numbers import CHINESE_NUMERAL_CHARS, MULTIPLIERS
from districts.facts.phrases import bracket_open_at, longest_prefix, longest_suffix
from districts.facts.qualify import (
    goal_sections,
    is_an_estimate,
    is_goal,
    signed,
    size_bound,
    states_the_present,
)
from districts.facts.table_text import TableReader
from districts.facts.timeframe import (
    ANNUAL,
    MONTHS,
    SPAN,
    DocumentTime,
    TimeFrame,
    TimeResolver,
    delivery_date,
    document_time,
    is_a_dateline,
    load_time_lexicon,
    of_a_year_to_come,
    outside_a_goals_year,
    period_in,
)
from districts.facts.words import is_a_word
from districts.lexicon import Lexicon, load_lexicon
from districts.text.normalize import HEADLINE_LENGTH, UNREADABLE, NormalizedText, normalize
from districts.text.read import Document
from districts.text.split import (
    FULL_STOPS,
    MAX_CLAUSE,
    MAX_PARAGRAPH,
    MAX_SENTENCE,
    Pieces,
    Span,
    clauses,
    clipped,
    sentences,
)

MENTION_COLUMNS = (
    "doc", "district", "theme", "indicator", "term", "value", "unit", "as_written",
    "qualifier", "bound", "year", "period", "year_from", "year_to", "quote", "start", "end",
    "sentence",
)  # fmt: skip


# Quotes and brackets that may close a number before the noun it counts ("8万+”客流).
_CLOSING_MARKS = "”’」』\"')）"
# A count referred to again (_restates_a_count): at most this number of things, the noun
# compared by its last characters (两座公园 after 两座生态休闲公园).
_RESTATED_COUNT_LIMIT = 10
_HEAD_NOUN_LENGTH = 2
_COUNTED_NOUN_REACH = 8  # the words after a count its noun is looked for in
_TARGET = "target"  # the qualifier of a goal (qualify.py)
_LEAD_MARKS = "，,：:"  # the marks after a clause that leads a sentence (据介绍，…)
_OPENING_BRACKETS = "(\uff08"
_CLOSING_BRACKETS = ")\uff09"


@dataclass(frozen=True)
class Mention:
    doc: str
    district: str
    theme: str
    indicator: str
    term: str
    value: float
    unit: str
    as_written: str
    qualifier: str
    year: int | None
    quote: str
    start: int
    end: int
    sentence: str
    period: str = ANNUAL  # year, H1, Q1–Q3, Jan–Aug, Sep-end, YTD, day, or span (several years)
    year_from: int | None = None
    year_to: int | None = None
    # A change's or a goal's bound (约5%, 增长超三成: approx, at_least, at_most), of the stored
    # value; "" when exact or when the qualifier is the bound itself (qualify.size_bound).
    bound: str = ""

    def as_row(self) -> dict[str, object]:
        # Not dataclasses.asdict: it deep-copies every field, and tables hold many mentions.
        return {column: getattr(self, column) for column in MENTION_COLUMNS}


@dataclass(frozen=True)
class DocumentFacts:
    """What the pipeline made of one document."""

    doc: str
    normalized: NormalizedText
    district: str | None
    mentions: tuple[Mention, ...]
    note: str = ""  # e.g. a tie between districts, said plainly


def with_registered_places(lexicon: Lexicon, catalog: Catalog) -> Lexicon:
    """The lexicon with what the place registry (districts.yaml) adds to two of its lists, and
    the number of districts it holds (``registered_districts``).

    - The streets, towns and townships whose names hold a numeral (千家店镇, 八达岭镇,
      十八里店地区) join the place names a number cannot be read inside
      (``not_facts.place_names_with_numerals``): "千家店镇水头村" counts no thousand shops. Full
      names only: without its kind's word the name is a phrase too (三千家店铺接入…).
    - The districts', towns' and sites' names that begin with a unit of the unit table (平谷,
      台湖镇, 天坛公园) join the words that begin with a measure word (``unit_word_starts``):
      "2019平谷鲜桃季" is no area of 2019 平(方米), "5万平谷人" no 50,000 of them.
    """
    names = [
        town
        for district in catalog.districts
        for town in district.townships
        if any(char in CHINESE_NUMERAL_CHARS for char in town)
    ]
    known = lexicon.not_facts.place_names_with_numerals
    added = tuple(name for name in dict.fromkeys(names) if name not in known)
    if added:
        cues = dataclasses.replace(lexicon.not_facts, place_names_with_numerals=known + added)
        lexicon = dataclasses.replace(lexicon, not_facts=cues)
    units = tuple(unit for unit in catalog.units if unit)
    starting_with_a_unit = tuple(
        name
        for district in catalog.districts
        for name in (*district.names(), *district.townships, *district.sites)
        if _HAN_NAME_RE.fullmatch(name)
        and name.startswith(units)
        and not name.startswith(lexicon.unit_word_starts)
    )
    if starting_with_a_unit:
        words = lexicon.unit_word_starts + tuple(dict.fromkeys(starting_with_a_unit))
        lexicon = dataclasses.replace(lexicon, unit_word_starts=words)
    return dataclasses.replace(lexicon, registered_districts=len(catalog.districts))


# A place's name in Chinese characters (the registry's Latin names begin with no unit written
# after a number in a Chinese text)
_HAN_NAME_RE = re.compile("[\u4e00-\u9fff]+")


# Marks a quote never opens with: a list's or a clause's, left by a term reaching back past them
_QUOTE_OPENING_MARKS = frozenset("、，,；;：: \u3000")

# A breadcrumb's last link is the page's title when it is longer than a section's name (旅游).
_MIN_CRUMB_TITLE = 8
# Lines from the top of a page within which its breadcrumb stands.
_BREADCRUMB_LINES = 12


def breadcrumb_title(original: str, lexicon: Lexicon) -> str | None:
    """The page's title as its breadcrumb ends (您现在的位置:首页 > 旅游 > “五一”某区乡村游收入
    首破亿元大关), else None: a web page's title says whose story it is, and a block of other
    stories' headlines between the breadcrumb and the story must not outweigh it.

    >>> lexicon = load_lexicon()
    >>> breadcrumb_title("您现在的位置:首页 > 旅游 > 延庆乡村游收入首破亿元大关\\n正文", lexicon)
    '延庆乡村游收入首破亿元大关'
    >>> breadcrumb_title("当前位置：首页 > 政务公开 > 统计数据", lexicon) is None
    True
    """
    for line in original.splitlines()[:_BREADCRUMB_LINES]:
        line = line.strip()
        if not line.startswith(lexicon.web_location_cues):
            continue
        marks = [mark for mark in lexicon.web_location_marks if len(mark) == 1 and mark in line]
        if not marks:
            return None
        last = re.split("|".join(re.escape(mark) for mark in marks), line)[-1].strip()
        return last if len(last) >= _MIN_CRUMB_TITLE else None
    return None


def _headline_again(text: str, crumb: str) -> tuple[int, int] | None:
    """Where the breadcrumb's ``crumb`` ends, and where ``crumb`` stands again below it as a
    line's start (the story's headline); None when it does not."""
    first = text.find(crumb)
    if first < 0:
        return None
    again = text.find(crumb, first + len(crumb))
    while again >= 0 and text[again - 1] != "\n":
        again = text.find(crumb, again + 1)  # inside a longer title: not the headline
    if again < 0:
        return None
    return first + len(crumb), again


def _from_the_headline(story: str, crumb: str | None) -> str:
    """The story from its headline on, when the headline its breadcrumb ends with stands again
    below the breadcrumb: what lies between (other stories' headlines, 财经 | 商业 …) is the
    site's, not the story's. Else the story as it is."""
    found = _headline_again(story, crumb) if crumb else None
    return story[found[1] :] if found else story


# The longest whole a share's label names after 占 (占规模以上工业的41.9%): beyond it, the words
# are a clause, not a whole.
_SHARE_WHOLE = 12


# A period noted after a measure's name in its label (地区生产总值增速(前三季度)).
_PERIOD_NOTE = re.compile(r"\([^()]*\)$")


def _without_comparison(term: str, lexicon: Lexicon) -> str:
    """A measure's name without the comparison a label added to it (地区生产总值增速高于全市 →
    地区生产总值增速; 规上企业增加 → 规上企业; PM2.5年均浓度下降 → PM2.5年均浓度; 森林覆盖率较
    2020年提高 → 森林覆盖率)."""
    for verb in lexicon.comparative_verbs:
        if verb in term:
            term = term.partition(verb)[0]
    at = _first_comparison(term, lexicon)  # 森林覆盖率较2020年提高 → 森林覆盖率
    if at > 0:
        marker = next((m for m in lexicon.comparison_markers if term.startswith(m, at)), "")
        baseline = term[at + len(marker) :]
        while cut := next((w for w in lexicon.compared_changes if baseline.endswith(w)), ""):
            baseline = baseline[: -len(cut)]
        if baseline:  # (城乡居民收入比缩小: 比 of a ratio, no baseline after it)
            term = term[:at]
    while cut := next((w for w in lexicon.compared_changes if term.endswith(w)), ""):
        if len(term) == len(cut) or not _ends_a_word(term, cut):
            break  # (保障航班起降: 降 ends the word 起降, no change of it)
        term = term[: -len(cut)]
    return term


def _ends_a_word(text: str, tail: str) -> bool:
    """``tail``, which ``text`` ends with, is a word of its own there, not the end of a longer
    word (增加 in 规上企业增加, 增长 in 快速增长; not 降 in 起降): the character before it and
    ``tail`` are no word of the dictionary."""
    if len(text) <= len(tail):
        return True
    return not is_a_word(text[-len(tail) - 1 :])


def _the_part_named(term: str, lexicon: Lexicon) -> str:
    """The measure a share of the value before it is a part of, from that value's term: its
    comparison, its growth and its own share cut off (营业收入增速 → 营业收入, 大桃收入占果品总收入
    比重 → 大桃收入)."""
    part = _without_comparison(term, lexicon)
    for ending in lexicon.mapping.growth_suffixes:
        part = part.removesuffix(ending)
    for verb in lexicon.forms.share_verbs:
        part = part.partition(verb)[0]
    return part


# How far back from an amount its count may end ("7处、" before 3.7公里): the count's number,
# a unit of one or two characters and one list mark.
_SIZE_GAP = 8
_COUNT_THEN_MARK = re.compile(r"(?P<number>\d+(?:\.\d+)?)[^\d\W]{1,2}(?P<mark>\W|[^\d\W])$")


# A month or a day written in digits (6月末, 15日): a date's part, no value of a list.
_MONTH_OR_DAY = re.compile(r"\d{1,2}(?=[\u6708\u65e5])")
# A value in a pairing list (分别增长120%、64.2%和38.1%): its digits.
_PAIRED_VALUE = re.compile(r"\d+(?:\.\d+)?")
# How far before a top-N rank its measure's words may stand (接待量前三位)
_RANKED_MEASURE = 8
# Characters before a listed figure that name a measure of their own (营业收入), not a verb (新设)
_NAMED_MEASURE = 4


# Quote marks a period's words may carry from the text (“十三五”时期): no part of a label's note.
_WITHOUT_QUOTE_MARKS = str.maketrans(
    "", "", "\u201c\u201d\u2018\u2019\u300c\u300d\u300e\u300f\uff02\uff07\"'"
)


def _without_dates(text: str, lexicon: Lexicon) -> str:
    """``text`` with its years, months and days blanked out, every position kept (较2023年6月末
    增长5.2%: 2023 and 6 are no values of a list)."""
    text = lexicon.date_patterns["year_written"].sub(_blank, text)
    return _MONTH_OR_DAY.sub(_blank, text)


def _blank(match: re.Match[str]) -> str:
    """As many spaces as the match: a date's part blanked out, every position kept."""
    return " " * len(match.group())


def _named_before(
    said: Sequence[Mention], original_sentence: str, quantity: Quantity
) -> list[Mention]:
    """The values of the number's sentence before it that have a name, other than its own
    value: what a number with no name of its own may be labelled after."""
    return [
        m for m in said if m.sentence == original_sentence and m.term and m.value != quantity.value
    ]


def _first_comparison(phrase: str, lexicon: Lexicon) -> int:
    """Where the first comparison marker (比, 较, 高于…) of ``phrase`` stands, past the words
    that only contain one (比重, 占比, 比较: 占比较上年提高 compares at 较), or -1."""
    markers = (*lexicon.comparison_markers, *lexicon.comparative_verbs)
    skipped = (*lexicon.not_comparisons, *lexicon.change_bases)  # 按可比价格计算
    at = 0
    while at < len(phrase):
        word = next((w for w in skipped if phrase.startswith(w, at)), "")
        if word:
            at += len(word)
            continue
        if phrase.startswith(markers, at):
            return at
        at += 1
    return -1


def told_again_in_the_story(
    mentions: tuple[Mention, ...], normalized: NormalizedText
) -> tuple[Mention, ...]:
    """A figure of the headline that the story states again is one fact, the story's: its
    sentence gives the figure its term, period and context, the headline's shorthand none.

    Why: "上半年城市副中心地区生产总值568.7亿元 同比增长4.1%" heads a story whose first paragraph
    says the same; read twice, the figure was two facts, one of them unperioded. A headline's
    figure the story does not repeat, as a value of the same measure, stays. When only the
    headline names the figure (房山PM2.5年均浓度降至34微克 over 降至每立方米34微克), the
    story's fact takes the headline's name: a fact with no name reaches no chart.
    The headline is the first line, past a site's lines above it (首页 > 环保节能), when short
    and followed by the story. A later line that opens with the headline word for word and
    runs on (the headline glued to the story's first words by a scrape) repeats its figures.
    """
    original = normalized.original
    headline = _headline_span(normalized)
    if headline is None:
        return mentions
    start, end = headline
    first_line = original[start:end].split("\n", 1)[0]
    copies = _headline_copies(original, first_line.strip(), end)
    mentions = tuple(m for m in mentions if not _in_a_copy(m, copies, original))
    story = [m for m in mentions if m.start >= end]
    # a story that speaks of this year (今年) beside last year's figures contrasts them: an
    # undated headline's figure is then this year's, not one said of last year
    this_year = [w for w, offset in load_time_lexicon().relative_years.items() if offset == 0]
    contrasted = any(word in original[end:] for word in this_year)
    dropped: set[int] = set()
    named: dict[int, Mention] = {}
    for figure in mentions:
        if not start <= figure.start < end:
            continue
        # a headline's clause that says its year (2023年…, 去年…) tells again only a figure
        # of that year (not 明年建成森林城市 beside 计划造林3000亩)
        dated = _states_a_year(_headline_clause(original, start, end, figure.start))
        same_year = [
            m
            for m in story
            if (
                m.year in (figure.year, None)
                if dated
                else not (contrasted and _said_of_a_past_year(m))
            )
        ]
        # a story's figure that names the same measure first; one that names nothing only
        # when none does (新建公园12处 over 改造提升12处，新建公园12处: the second)
        again = next((m for m in same_year if _names_it(m) and _told_again(figure, m)), None)
        if again is None:
            again = next(
                (m for m in same_year if not _names_it(m) and _told_again(figure, m)), None
            )
        if again is None:
            continue
        if _names_it(figure) and not _names_it(again):
            if figure.period != again.period:
                continue  # the headline's name says another period: both stay, as they were
            named[id(again)] = dataclasses.replace(
                again, term=figure.term, indicator=figure.indicator, theme=figure.theme
            )
        dropped.add(id(figure))
    return tuple(named.get(id(m), m) for m in mentions if id(m) not in dropped)


def _in_a_copy(mention: Mention, copies: list[tuple[int, int]], original: str) -> bool:
    """The mention's number is written inside one of the headline's glued copies."""
    at, end = _written_at(mention, original)
    return any(start <= at and end <= stop for start, stop in copies)


def _written_at(mention: Mention, original: str) -> tuple[int, int]:
    """Where the mention's number stands as written (its start and end span its quote)."""
    at = original.find(mention.as_written, mention.start, mention.end)
    at = mention.start if at < 0 else at
    return at, at + len(mention.as_written)


def _headline_clause(original: str, start: int, end: int, at: int) -> str:
    """The part of the headline ``original[start:end]`` holding position ``at``, between the
    marks or spaces that part a headline's clauses."""
    opening = max(original.rfind(mark, start, at) for mark in _HEADLINE_CLAUSE_MARKS) + 1
    closings = [original.find(mark, at, end) for mark in _HEADLINE_CLAUSE_MARKS]
    closing = min((c for c in closings if c >= 0), default=end)
    return original[max(start, opening) : closing]


_HEADLINE_CLAUSE_MARKS = (" ", "\u3000", "\t", "，", ",", "！", "!", "；", ";", "。", "|")


def _states_a_year(text: str) -> bool:
    """Whether ``text`` names the year of its figure, in digits or relatively (2023年, 去年);
    a year compared with (较2019年增长, 比去年) is not the figure's."""
    time_lexicon = load_time_lexicon()
    if any(_not_compared(text, found.start()) for found in time_lexicon.year_re.finditer(text)):
        return True
    return any(_said_uncompared(text, word) for word in time_lexicon.relative_years)


def _said_uncompared(text: str, word: str) -> bool:
    """``word`` stands in ``text``, not right after a comparison marker (比去年, 较上年)."""
    at = text.find(word)
    return at >= 0 and _not_compared(text, at)


def _not_compared(text: str, at: int) -> bool:
    return not text[:at].endswith(load_lexicon().comparison_markers)


def _said_of_a_past_year(mention: Mention) -> bool:
    """The story's sentence says its figure is of a year before the document's, relatively
    (去年同期…提供就业岗位3000个, 去年一季度…增长5%): in a story that speaks of this year too,
    a contrast with the present, whose figure an undated headline states; an absolute year
    (2023年，…突破800亿元) may be the headline's own."""
    sentence = mention.sentence
    at = sentence.find(mention.as_written)
    before = sentence[: at if at >= 0 else len(sentence)]
    return any(
        offset < 0 and _said_uncompared(before, word)
        for word, offset in load_time_lexicon().relative_years.items()
    )


def _page_lines(original: str, site: list[tuple[int, int]]) -> Iterator[tuple[int, int, int, str]]:
    """(line number, start, end, words) of the original's lines that hold words and are not
    the site's (``site``: spans of navigation, footers, pagers)."""
    at = 0
    for number, line in enumerate(original.split("\n")):
        start, end = at, at + len(line)
        at = end + 1
        words = line.strip()
        opening = start + len(line) - len(line.lstrip())
        if words and not any(s <= opening < e for s, e in site):
            yield number, start, end, words


def _headline_span(normalized: NormalizedText) -> tuple[int, int] | None:
    """Where the headline stands in the original: the short lines right above the page's
    dateline, else its first line that is not a site's (navigation, a breadcrumb), if short and
    followed by more text; else None. (A short second line is no subtitle to be read as the
    headline: it is as often the story's first line, a list's first item, a year's row.)"""
    original = normalized.original
    site = [normalized.original_span(s, e) for s, e, kind in normalized.chrome if kind != "repeat"]
    dated = _lines_above_the_dateline(original, site)
    if dated is not None:
        return dated
    for _, start, end, words in _page_lines(original, site):
        if len(words) > HEADLINE_LENGTH or not original[end:].strip():
            return None
        return start, end
    return None


def _lines_above_the_dateline(original: str, site: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The headline of a news page whose dateline stands right below it, a few lines down
    (无障碍 | 全部频道 | 北京> 正文 | the headline | 2025-07-28 06:24 某报): the one or two
    short lines right above the page's first dateline, past its byline (来源:某网) and the
    site's lines, none ending a sentence (a headline, a stray label under it such as 创始人);
    None when the line right above is a story's sentence (去年接待游客5万人次。)."""
    run: list[tuple[int, int]] = []  # the short lines since the last sentence, at most two
    labels = load_lexicon().web_byline_labels
    # (a pager's line with its date is the site's: no dateline of the story)
    for number, start, end, words in _page_lines(original, site):
        if number >= _DATELINE_SEARCH_LINES:
            return None
        if _a_page_dateline(words):
            return (run[0][0], run[-1][1]) if run else None
        label = longest_prefix(words, labels)
        if label and words[len(label) : len(label) + 1] in (":", "："):
            continue  # 来源:某网 above 时间:2021-05-06: the byline, below the headline
        if len(words) <= HEADLINE_LENGTH and not words.endswith(_SENTENCE_ENDS):
            run = [*run, (start, end)][-_HEADLINE_RUN:]
        else:
            run = []
    return None


def _a_page_dateline(line: str) -> bool:
    """A page's dateline: a date with a clock time, a dashed date or a byline's label
    (2025-07-28 06:24 某报, 时间:2021-05-06 11:03:01, 2024年5月1日 来源:某报); a notice's
    时间：2024年4月10日 is its event's time, no page's date."""
    if not is_a_dateline(line):
        return False
    labels = load_lexicon().web_byline_labels
    return bool(_CLOCK_OR_DASHED_DATE_RE.search(line)) or any(label in line for label in labels)


_CLOCK_OR_DASHED_DATE_RE = re.compile(r"\d{1,2}:\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}")
# The headline and one stray line under it (创始人, a column's name): more short lines above a
# date are a poster's or a notice's items, no headline.
_HEADLINE_RUN = 2
# How far down a page its dateline may stand below the site's lines and the headline.
_DATELINE_SEARCH_LINES = 16


def _headline_copies(original: str, headline: str, after: int) -> list[tuple[int, int]]:
    """Where a line below the headline opens with it word for word and runs straight on into
    other words (glued by a scrape): "某区垃圾总量减少约24%垃圾分类 再生资源回收固废网讯:…"
    repeats the headline's figure. A story's lead that opens with the headline's words and
    goes on after a mark ("上半年某区地区生产总值568.7亿元，同比增长4.1%") is the story's
    sentence; so is one whose number goes on (…就业岗位1.2万 | 个, the headline's unit cut)."""
    if len(headline) < _MIN_HEADLINE_COPY:
        return []
    bounds = tuple(word for words in load_lexicon().qualifier_after.values() for word in words)
    copies = []
    at = after
    for line in original[after:].split("\n"):
        opening = at + len(line) - len(line.lstrip())
        at += len(line) + 1
        text = line.lstrip()
        if text.strip() == headline or not text.startswith(headline):
            continue
        if text[len(headline) : len(headline) + 1] in _CLAUSE_GOES_ON:
            continue  # a lead sentence opening with the headline's words
        if text[len(headline) :].startswith(bounds):
            continue  # …新建公园12处以上，…: the lead bounds the headline's figure
        copies.append((opening, opening + len(headline)))
    return copies


# The marks after which a line opening with the headline's words goes on as a sentence.
_CLAUSE_GOES_ON = frozenset("，,。；;：:、！？!? ")


# A line ending in one of these is a sentence of the story, no headline.
_SENTENCE_ENDS = ("。", "！", "？", "!", "?", ".", "…", ":", "：")
# A headline shorter than this may open a story's line by chance (一年来, 全区).
_MIN_HEADLINE_COPY = 12


def _names_it(mention: Mention) -> bool:
    """The mention's term names a measure, not only its district (平谷完成270处: 平谷)."""
    return bool(mention.term) and mention.term != mention.district


def _told_again(figure: Mention, story: Mention) -> bool:
    """The story's ``story`` states the headline's ``figure`` again: the same value of the
    same measure. One name is written within the other, in order (地区生产总值 in
    地区生产总值(上半年), 重点项目 in 重点产业项目, 下凹立交桥 in 下凹式立交桥), or both chart one
    indicator, or one of the two names nothing ("33.71亿立方米!…" over …蓄水量达到33.71亿立方米)
    and the figure is the same, said alike. Another measure's equal value (营收年增逾一成 above
    实际利用外资…年增约10%) is another fact."""
    if not _same_figure(figure, story) or story.unit != figure.unit:
        return False
    if _written_precisely_alike(figure, story):
        return True
    if _names_it(figure) and _names_it(story):
        # a headline's name may open with its district's short name (昌平计划造林6000亩)
        headline_term = figure.term.removeprefix(figure.district) or figure.term
        return (
            _one_within_the_other(headline_term, story.term)
            or bool(figure.indicator and story.indicator == figure.indicator)
            or _ending_alike(figure, story)
        )
    said = (figure.value, figure.qualifier, figure.bound)
    return said == (story.value, story.qualifier, story.bound)


def _ending_alike(headline: Mention, story: Mention) -> bool:
    """Two names of no catalog measure that end on the same word (``_SAME_ENDING`` characters
    or more), for the same level written alike of one district and period: 生活垃圾同比减量 over
    垃圾同比实现减量1.3万吨, each labelled by the act its own words state. Not a change or a
    share, whose labels end alike whatever they measure (…增速, …占比)."""
    if headline.indicator or story.indicator or headline.as_written != story.as_written:
        return False
    if (headline.district, headline.period) != (story.district, story.period):
        return False
    if "change" in (headline.qualifier, story.qualifier) or "%" in (headline.unit, story.unit):
        return False  # (…增速, …占比: the generic ending of two measures' labels)
    shared = 0
    for one, other in zip(reversed(headline.term), reversed(story.term), strict=False):
        if one != other:
            break
        shared += 1
    return shared >= _SAME_ENDING


# How many characters two names must end alike on to be one measure's (减量, 接待).
_SAME_ENDING = 2


def _written_precisely_alike(headline: Mention, story: Mention) -> bool:
    """The headline writes the story's level exactly as the story does, with
    ``_PRECISE_DIGITS`` significant digits or more (18个项目6.37亿元 over 总投资6.37亿元):
    the same figure, whatever each calls it, as two measures of one story seldom share three
    digits. Not a change (增长10.2% may be two measures' growth), nor a bounded figure, nor
    one of another period (the headline's year over the story's half-year)."""
    if "change" in (headline.qualifier, story.qualifier) or headline.bound or story.bound:
        return False
    if headline.as_written != story.as_written or headline.period != story.period:
        return False
    years = {headline.year, story.year} - {None}  # a headline often says no year
    if headline.district != story.district or len(years) > 1:
        return False
    if headline.indicator != story.indicator:
        # two measures the catalog tells apart, or a headline's measure the story does not name
        # (某区地区生产总值达712.6亿元 over 实现增加值712.6亿元; 养老助餐点覆盖138个社区 over
        # 覆盖全区138个社区): both stay rather than one measure lost or wrongly given
        return False
    digits = "".join(char for char in headline.as_written if char.isdigit()).strip("0")
    return len(digits) >= _PRECISE_DIGITS


# How many significant digits make a figure written alike the same figure (6.37亿元, 2,318栋).
_PRECISE_DIGITS = 3


def _same_figure(headline: Mention, story: Mention) -> bool:
    """The story's value, or the headline's rounding of it: a headline writes fewer decimals
    (协议投资总额610亿元 above 协议投资总额610.075亿元), within half a percent."""
    if headline.value == story.value:
        return True
    if headline.qualifier != story.qualifier:
        return False  # 覆盖率超99% above 覆盖率达到99.32%: the headline's bound is its own
    if _decimals(headline.as_written) >= _decimals(story.as_written) or not story.value:
        return False
    return abs(headline.value - story.value) <= _ROUNDED_HEADLINE * abs(story.value)


# How far a headline's rounded figure may lie from the story's (610 of 610.075: 0.01 %).
_ROUNDED_HEADLINE = 0.005


def _decimals(written: str) -> int:
    """Digits after the decimal point of a number as written (610.075亿元 → 3)."""
    match = re.search(r"\.(\d+)", written)
    return len(match.group(1)) if match else 0


def _one_within_the_other(headline: str, story: str) -> bool:
    """The headline's name is a shorthand of the story's (重点项目 of 重点产业项目), or the
    story, naming again what its headline named in full, shortens it (下凹立交桥 under a
    headline's 下凹式立交桥)."""
    return _within(headline, story) or _within(story, headline)


def _within(short: str, name: str) -> bool:
    """``short``'s characters stand in ``name`` in the same order (a headline's shorthand).

    >>> _within("重点项目", "重点产业项目"), _within("临空经济营收增速", "实际利用外资增速")
    (True, False)
    """
    rest = iter(name)
    return all(char in rest for char in short)


class Extractor:
    """Holds the catalog-derived matchers, built once and reused for every document."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        lexicon = with_registered_places(load_lexicon(), catalog)
        self.lexicon = lexicon
        aliases = [alias.text for district in catalog.districts for alias in district.aliases]
        self.finder = QuantityFinder(catalog.units, lexicon, aliases)
        self.attributor = Attributor(catalog, lexicon)
        self.tables = TableReader(self.finder, self.attributor, lexicon)
        self.time = TimeResolver()
        self._top_list_head_re = top_list_head(lexicon)
        # a year, a month or a day (2023年, 1-10月, 7日): no value between a term and its number
        times = "|".join(re.escape(w) for w in (*lexicon.year_words, *lexicon.date_units)) or "(?!)"
        self._date_number_re = re.compile(rf"\d+(?:\s*[-—~～]\s*\d+)?\s*(?:{times})")
        # 前8位，由高到低依次为…: the direction of a ranked list's order after its rank
        self._rank_direction_re = re.compile(rank_direction(lexicon))
        # The words a change's label is cut before (_display_term), once: 平均 names no measure
        # of a place's value, but before a verb of change it makes the change an average
        # (工业增加值平均增长5% is no one year's growth), so it is not cut
        averages = lexicon.mapping.average_growth_cues
        self._change_words = (
            *lexicon.qualifier_before["change"],
            *(w for w in lexicon.carried_measure_words if not any(w in cue for cue in averages)),
        )

    def process(
        self,
        document: Document,
        *,
        district: str | None = None,
        title: str | None = None,
        year: int | None = None,
        date: str | None = None,
        site_district: str | None = None,
    ) -> DocumentFacts:
        """``site_district``: the district whose government's site published the document,
        taken only when its text names no district."""
        self.attributor.forget()  # its caches hold one document's answers at a time
        normalized = normalize(document.text)
        text = normalized.text
        note = ""
        main = district
        crumb = breadcrumb_title(normalized.original, self.lexicon)
        title = title or crumb
        if main is None:
            main, note = self.attributor.main_district(
                _from_the_headline(normalized.story_text, crumb), title, normalized.original
            )
            if main is None:  # a district's own site may name its district only in its footer
                main, note = self.attributor.main_district(text, title, normalized.original)
            if main is None and site_district:  # …or nowhere: 全区, 区委 are the site's own
                main, note = (
                    site_district,
                    f"names no district; published on {site_district}'s site",
                )
        if main is None:
            return DocumentFacts(document.name, normalized, None, ())
        # a report's delivery dateline times what it says, whatever date its page carries
        # (the original's lines: normalizing may run a dateline into the salutation after it)
        delivered = delivery_date(text) or delivery_date(normalized.original)
        date = delivered or date or (str(year) if year else "")
        when = document_time(text, title or "", date, delivered=bool(delivered))
        subject = self.attributor.document_subject(text, main)
        mentions = tuple(self._mentions(document.name, normalized, subject, when))
        # between the breadcrumb and its title standing again: the site's links and other
        # stories' headlines, whose figures are none of the story's
        chrome = _headline_again(normalized.original, crumb) if crumb else None
        if chrome is not None:
            mentions = tuple(m for m in mentions if not chrome[0] <= m.start < chrome[1])
        mentions = told_again_in_the_story(mentions, normalized)
        if note and self.attributor.placed_by_its_towns(text, main):
            # a town's figures are kept (and found) as the district's facts, charted as none
            mentions = tuple(dataclasses.replace(m, indicator="") for m in mentions)
        return DocumentFacts(document.name, normalized, main, mentions, note)

    def _mentions(
        self, doc: str, normalized: NormalizedText, main: str, when: DocumentTime
    ) -> Iterator[Mention]:
        text = normalized.text
        tables = self.tables.read(normalized)  # their cells are read as cells, not as prose
        goal_parts = goal_sections(text, self.lexicon, when.year)
        # the document's facts so far and the words after each (_restates_a_count)
        counted: list[tuple[Mention, str]] = []
        for paragraph in _paragraphs(text):
            if self._skipped_chrome(normalized, paragraph, main):
                continue
            in_goal_part = any(s.start <= paragraph.start < s.end for s in goal_parts)
            in_paragraph = Pieces(
                [
                    Span(sentence.start + paragraph.start, sentence.end + paragraph.start)
                    for sentence in sentences(text[paragraph.start : paragraph.end])
                ]
            )
            said: list[Mention] = []  # the paragraph's facts so far (carried_measure)
            for sentence in in_paragraph.spans:
                in_sentence = Pieces(clauses(text, sentence))
                for clause in in_sentence.spans:
                    for quantity in self.finder.find(text, clause):
                        if _touches_damage(text, quantity.start, quantity.end):
                            continue
                        if tables.covers(quantity.start):
                            continue
                        # Read in bounded windows around the number (see split.MAX_SENTENCE):
                        # the whole clause, sentence and paragraph in any real text.
                        near = clipped(text, clause, Span(quantity.start, quantity.end), MAX_CLAUSE)
                        around = in_sentence.around(text, near, MAX_SENTENCE)
                        context = Context(
                            doc,
                            normalized,
                            main,
                            when,
                            in_paragraph.around(text, around, MAX_PARAGRAPH),
                            around,
                            near,
                            in_goal_part,
                        )
                        for mention in self._mention(context, quantity, said):
                            opening = text[sentence.start : quantity.start].strip()
                            after = text[quantity.end : quantity.end + _COUNTED_NOUN_REACH]
                            if self._restates_a_count(mention, opening, after, counted):
                                continue
                            said.append(mention)
                            counted.append((mention, after))
                            yield mention
        for fields in self.tables.facts(normalized, tables, main, when.reporting_year or when.year):
            yield Mention(doc=doc, **fields)

    def _restates_a_count(
        self, mention: Mention, opening: str, after: str, earlier: list[tuple[Mention, str]]
    ) -> bool:
        """ "两座公园建成后将…" after "两座生态休闲公园近日开工建设": a small count in words
        opening its sentence (alone, after 这/上述, or after leading clauses with no number)
        whose noun (the words after it) the document already counted with the same number for
        the same place is that count referred to again, no new fact (nor a stock of two parks).
        A count in digits, one after a verb (全区新建两座公园), or of another thing is a fact of
        its own."""
        written = mention.as_written
        if not written or written[0] not in CHINESE_NUMERAL_CHARS:
            return False
        unit = self.catalog.units.get(mention.unit)
        if unit is None or unit.kind != "count" or mention.value > _RESTATED_COUNT_LIMIT:
            return False
        # what stands before it in its sentence: nothing or a demonstrative, perhaps after
        # clauses with no number and no word of an addition (据介绍，两座公园…; not 此外，两家
        # 企业…, 在第六批名单中，两家企业…, nor 全区新建两座公园, a count after a verb)
        cut = max(opening.rfind(mark) for mark in _LEAD_MARKS)
        lead, last = opening[: max(cut, 0)], opening[cut + 1 :].strip()
        if last and last not in self.lexicon.plural_demonstratives:
            return False
        if any(char.isdigit() or char in CHINESE_NUMERAL_CHARS for char in lead):
            return False
        if lead.startswith(self.lexicon.addition_words):
            return False
        noun = after[:_HEAD_NOUN_LENGTH]
        if len(noun) < _HEAD_NOUN_LENGTH or not noun.isalpha():
            return False
        return any(
            m.value == mention.value
            and m.unit == mention.unit
            and m.district == mention.district
            and m.year == mention.year
            # the same qualifier, or a future said of things counted as done (两座公园建成后将…)
            and (m.qualifier == mention.qualifier or mention.qualifier == _TARGET)
            and noun in words
            for m, words in earlier
        )

    def _skipped_chrome(self, normalized: NormalizedText, line: Span, main: str) -> bool:
        """Navigation, footer and related-headline lines of a web page hold no facts of its story.

        A related headline that names another district is that district's fact
        (``·某某区新建公园12处``) and is kept for attribution; one that names no place, or
        this page's own district, is about another story.
        """
        kind = normalized.chrome_kind(line.start, line.end)
        if kind is None:
            return False
        if kind != "related":
            return True
        named = {
            name
            for _, name in self.attributor.district_mentions(normalized.text, line.start, line.end)
        }
        return not named or named == {main}

    def _a_holiday_count(self, context: Context, frame: TimeFrame, indicator: Indicator) -> bool:
        """A flow of visits or spending (``holiday_measure_words`` in the indicator's name) in a
        story whose title names a holiday's days (春节假期北京市接待游客…, “五一”小长假期间…): a
        count of those days, though its own sentence names them no more ("延庆区132万人次"),
        unless the sentence states the value's year, the whole year or its end (2023年，…接待
        游客2000万人次; 全年; 年末). A stock (A级景区35家, 森林覆盖率) is no holiday's."""
        if not context.when.holiday_title or frame.period != ANNUAL:
            return False
        scope = self.lexicon.chart_scope
        if not any(word in indicator.name for word in scope.get("holiday_measure_words", ())):
            return False
        if frame.basis == "stated":
            return False  # 2023年，…接待游客2000万人次: its year said (not 比2019年同期)
        years = (*scope.get("whole_year_words", ()), *scope.get("year_end_words", ()))
        sentence = context.words(context.sentence)
        return not any(word in sentence for word in years)

    def _a_months_reading(
        self, context: Context, frame: TimeFrame, indicator: Indicator
    ) -> tuple[str, str] | None:
        """(period, words) of the month a sentence opens with, and no day (1月，…; 2025年1月，…;
        今年5月，…) when the value is an average or a flow over a time (``month_measure_words``
        in the indicator's name: 浓度, 优良天数, 接待游客): that month's reading, no year's.
        None for a stock stated then (5月，全区森林覆盖率达到45%), a month a year's figure was
        released in (5月，区生态环境局通报，全年…: ``release_verbs``, 全年, 年末), a sentence
        naming another time or a total after the month (1月，…去年全区…; 12月，…累计达到280天:
        ``month_reading_breakers``, a year), a target, or a value the time rules already gave
        a period. A day alone is left to the time rules: it is as often the day a year's figure
        was told (12月19日，区生态环境局相关负责人说，全区PM2.5平均浓度…) as a day's reading.

        Why: "1月，全市PM2.5平均浓度为42微克/立方米，优良天数22天" was charted as the year's
        PM2.5 and good-air days; only 1月份 was read as a month."""
        if frame.period != ANNUAL:
            return None
        words = self.lexicon.chart_scope.get("month_measure_words", ())
        if not any(word in indicator.name for word in words):
            return None
        text, sentence = context.text, context.sentence
        found = (text.find(mark, sentence.start, sentence.end) for mark in _OPENING_CLAUSE_MARKS)
        end = min((at for at in found if at >= 0), default=-1)
        if end < 0:
            return None
        opening = text[sentence.start : end].strip()
        relative = longest_prefix(opening, tuple(self.time.lexicon.relative_years))
        said = opening[len(relative) :]
        period = period_in(said, self.time.lexicon)
        if period not in MONTHS:
            return None
        # 5月，区生态环境局通报，全年…: the month a year's figure was released in
        scope = self.lexicon.chart_scope
        releases = (
            *self.time.lexicon.release_verbs,
            *scope.get("whole_year_words", ()),
            *scope.get("year_end_words", ()),
        )
        whole = context.words(sentence)
        if any(word in whole for word in releases):
            return None
        rest = text[end : sentence.end]  # another time, a total or a telling after the month
        breakers = scope.get("month_reading_breakers", ())
        if self.time.lexicon.year_re.search(rest) or any(word in rest for word in breakers):
            return None
        if any(days > _DAYS_IN_A_MONTH for days in self._day_counts(rest)):
            return None  # 12月，全区优良天数达280天: more days than a month has, the year's
        return period, said

    def _day_counts(self, words: str) -> Iterator[float]:
        """The counts of days written in ``words`` (280天)."""
        days = self.lexicon.chart_scope.get("day_units", ())
        for quantity in self.finder.find(words, Span(0, len(words))):
            if quantity.unit in days:
                yield quantity.value

    def _display_term(
        self,
        text: str,
        clause: Span,
        sentence: Span,
        quantity: Quantity,
        qualifier: str,
        said: Sequence[Mention],
        original_sentence: str,
    ) -> tuple[str, str]:
        """A label for a change no rule named, so that a reader of the table sees what grew:
        the noun phrase before its verb of change ("科学研究和技术服务业增长11.2%" →
        科学研究和技术服务业增速), else the measure of the value before it in its sentence
        ("数字经济增加值实现578.6亿元，同比增长8.9%" → 数字经济增加值增速). A change in %
        is a growth rate (``growth_term``); another keeps its verb (较2013年减少67天 → …减少).
        Anything else stays unnamed ("").

        Returns the label and the plain name it keeps without a comparison's label
        (``_compared_label``): the sign of the value reads the plain name (降幅比上半年收窄1.7个
        百分点 is a fall of the decline, whatever its label says)."""
        lexicon = self.lexicon
        before = _named_before(said, original_sentence, quantity)
        paired, first = self._paired_level(text, clause, quantity, before)
        # a later value of a pairing list reads the words before the list's first value
        # (分别较2020年增长120%、64.2%: 64.2% is compared with 2020 too)
        phrase = text[clause.start : first if paired and first >= 0 else quantity.start].rstrip()
        from_value = self.attributor.from_value_re.search(phrase)
        if from_value is not None:
            phrase = phrase[: from_value.start()]  # 由751人上升到1438人: 751人 names nothing
        verb = ""
        changes = self._change_words
        whole = phrase
        while cut := next((w for w in changes if phrase.endswith(w)), ""):
            verb = verb or (cut if cut in lexicon.qualifier_before["change"] else "")
            phrase = phrase[: -len(cut)]
        # 一般公共预算收入年均增速7.7%: an average over years, never one year's growth
        average = any(cue in whole[len(phrase) :] for cue in lexicon.mapping.average_growth_cues)
        if qualifier != "change" and not verb:
            return "", ""  # a forecast of growth (预计增长13%) still names what is to grow
        if verb:  # 产值将增长10%: the goal's auxiliary before the verb is no part of the name
            phrase = phrase.removesuffix(longest_suffix(phrase, lexicon.goal_auxiliaries))
        unstripped = phrase  # (高于全市: the baseline stays in a comparison's label)
        # 销售面积预计增长: 预计 is no noun; 全市增长 keeps 全市 (nothing else names it)
        phrase = self.attributor.strip_linking(phrase)[0] or phrase
        rate = quantity.unit == "%"
        suffix = lexicon.text_tables["growth_term"][0] if rate else verb
        if rate and average:
            suffix = lexicon.mapping.average_growth_suffixes[0]
        noun = trailing_noun_phrase(
            phrase,
            lexicon.term_verbs,
            lexicon.possessive_marks,
            self.attributor.name_breaking_verbs,
            lexicon.mapping.rate_endings,
        )
        opening = len(phrase) - len(noun)
        if noun and opening > 0 and phrase[opening - 1] in CHINESE_NUMERAL_CHARS:
            # 医药健康、先进制造和新能源三大产业收入增长12%: the classifier of the count before it
            # is no part of the name (产业收入增速, not 大产业收入增速)
            noun = noun.removeprefix(longest_prefix(noun, self.lexicon.counted_thing_classifiers))
        value_before = paired or self._measure_before(before, quantity)
        compared = self._compared_label(unstripped, suffix if rate and verb else verb, value_before)
        plain = ""
        measure = _without_comparison(before[-1].term, lexicon) if before else ""
        measure = paired or measure
        if noun:
            plain = noun + suffix
        elif measure and rate and not measure.endswith(suffix):
            plain = measure + suffix
        unnamed = ""  # 常住外来人口123.8万人，减少0.7万人: the value before it, and its verb
        if not noun and not rate and verb and value_before and not value_before.endswith(verb):
            unnamed = value_before + verb
        return compared or plain or unnamed, plain

    def _paired_level(
        self, text: str, clause: Span, quantity: Quantity, before: Sequence[Mention]
    ) -> tuple[str, int]:
        """The level a change after a pairing word (分别) is paired with: "专利授权量520件、
        技术合同成交额88.6亿元、研发费用投入41亿元，分别较2020年增长88%、43.5%和27.1%" gives
        43.5% to 技术合同成交额, the second level for the second change. As many named levels
        must stand before in the sentence as values after the pairing word (a year written
        there is no value); ("", -1) otherwise, and the nearest measure labels the change as
        before. Returns the level's measure and where the list's first value begins (-1 when
        the value states its own change, whose words then label it: 和减少0.4万人).

        Why: labelled by the nearest level, every change of the list took the last level's name
        (研发费用投入增速 for the growth of the contracts' turnover)."""
        head = text[clause.start : quantity.start]
        at = max((head.rfind(cue) for cue in self.lexicon.respectively_cues), default=-1)
        lead = head[:at].strip()  # (同比分别增长: no measure; 增速分别高于全市: its own)
        kinds = (*self.lexicon.mapping.growth_suffixes, *self.lexicon.mapping.share_endings)
        if at < 0 or not self.attributor.says_no_measure(lead) or any(k in lead for k in kinds):
            return "", -1
        values = [
            clause.start + at + match.start()
            for match in _PAIRED_VALUE.finditer(_without_dates(head[at:], self.lexicon))
        ]
        after = _without_dates(text[quantity.start : clause.end], self.lexicon)
        index, total = len(values), len(values) + len(_PAIRED_VALUE.findall(after))
        # levels, not a share of one (占…比重为80%: the part's share, no level of its own)
        shares = self.lexicon.mapping.share_endings
        levels = [m for m in before if m.qualifier != "change" and not m.term.endswith(shares)]
        if total < 2 or len(levels) < total:
            return "", -1
        paired = levels[len(levels) - total + index]
        first = values[0] if values else quantity.start
        gap = text[values[-1] : quantity.start] if values else ""
        if any(word in gap for word in (*self._change_words, *self.lexicon.compared_changes)):
            first = -1  # 分别增加1.1万人和减少0.4万人: the later value says its own change
        return _without_comparison(paired.term, self.lexicon), first

    def _compared_label(self, phrase: str, verb: str, previous: str) -> str:
        """The label of a change stated against a baseline with no measure of its own in its
        clause: the measure stated before it in its sentence, and how it compares.
        "规上企业143家，比上年末增加6家" → 规上企业增加; "…增长5.2%，增速高于全市0.4个百分点" →
        (地区生产总值增速) 地区生产总值增速高于全市; "占全区投资的27.3%，占比较上年提高1.6个百分点"
        → that share's name and 提高.

        ``phrase``: the clause up to the number, its verb of change (``verb``) cut off;
        ``previous``: the term of the value before it in its sentence ("" when none). Nothing
        when the clause names no baseline, or no measure is found."""
        lexicon = self.lexicon
        at = _first_comparison(phrase, lexicon)
        if at < 0:
            return ""
        baseline = lexicon.date_patterns["year_written"].sub("", phrase[at:])  # 较2020年: a year
        if any(char.isdigit() for char in baseline):
            return ""  # (高于全市0.9个百分点（全市增长4.9%: the city's own figure compares nothing)
        generic = (*lexicon.mapping.share_endings, *lexicon.mapping.growth_suffixes)
        said = phrase[:at].strip()
        said = said.removesuffix(longest_suffix(said, lexicon.respectively_cues)).strip()
        subject = trailing_noun_phrase(said, lexicon.term_verbs, lexicon.possessive_marks, ())
        if not subject and said in generic:
            shares = lexicon.mapping.share_endings
            kind = shares if said in shares else lexicon.mapping.growth_suffixes
            if not _PERIOD_NOTE.sub("", previous).endswith(kind):
                # 第二产业增加值占全市的12.4%，增速高于全市…: the growth of the share's part
                part = _the_part_named(_PERIOD_NOTE.sub("", previous), lexicon)
                if not part or part == previous:
                    return ""  # whose growth, if not a share's part's: unsaid
                previous = part
            subject = said  # 占比较上年提高: the share the sentence named
        tail = phrase[at:]
        change = verb or next((w for w in lexicon.compared_changes if tail.endswith(w)), "")
        if tail.startswith(lexicon.comparative_verbs):
            how = tail.strip()  # 高于全市, 快于全市各区平均增速: what it is higher than
        elif lexicon.date_patterns["year_written"].search(tail) and change:
            how = tail.strip() if tail.strip().endswith(change) else tail.strip() + change
            # 比2020年增加10家 beside 比上年末增加6家: the year says which change it is
        else:
            how = change
        while how and (bound := longest_suffix(how, self.attributor.bound_words)):
            how = how[: -len(bound)].rstrip()  # 高出全市平均水平近17个百分点: 近 bounds the number
        named = _PERIOD_NOTE.sub("", previous)  # 地区生产总值增速(前三季度): its name's end
        if subject and subject not in generic:
            base = subject
        elif named.endswith(generic) or (subject and named.endswith(subject)):
            base = previous
        else:
            base = previous + subject if previous else ""
        if base and how and _PERIOD_NOTE.sub("", base).endswith(how):
            # 比上年下降4.6%，主要是林业产值受…影响，比上年下降23.6%: a second change of the
            # measure just changed is another measure's, unsaid (not 总产值增速增速)
            return ""
        return base + how if base and how else ""

    def _measure_before(self, before: Sequence[Mention], quantity: Quantity) -> str:
        """The measure a change with no subject of its own compares: the nearest value before
        it in its sentence in a unit it can be a change of (百分点 of a %, 天 of days, 个 of a
        count; a change in % of anything), its name without a comparison of its own."""
        lexicon = self.lexicon
        points = lexicon.change_units  # 0.4个百分点: a change of a share in %
        for mention in reversed(before):
            if (
                quantity.unit in ("%", lexicon.forms.multiple_unit)  # 增长5倍: of anything
                or mention.unit == quantity.unit
                or (quantity.unit in points and mention.unit == "%")
            ):
                return _without_comparison(mention.term, lexicon)
        return ""

    def _share_label(
        self,
        text: str,
        clause: Span,
        quantity: Quantity,
        said: Sequence[Mention],
        original_sentence: str,
    ) -> str:
        """The label of a share no rule named: what is a share of what ("产值占规模以上工业
        的41.9%" → 产值占规模以上工业比重; "平原造林65040亩，占总任务的99.4%" → 平原造林占总任务
        比重), the part being the measure before 占 in its clause, else the one stated before it
        in its sentence. Nothing when the clause has no 占 before the number."""
        lexicon = self.lexicon
        if quantity.unit != "%":
            return ""
        phrase = text[clause.start : quantity.start]
        at = max(phrase.rfind(verb) for verb in lexicon.forms.share_verbs)
        if at < 0:
            return ""
        share_word = next(
            (verb for verb in lexicon.term_verbs if len(verb) > 1 and phrase.startswith(verb, at)),
            "",
        )
        if share_word:
            # 重点产业141家，占比89%: the share of the value before it, which names nothing else
            alone = self.attributor.strip_linking(phrase[at + len(share_word) :])[0]
            if phrase[:at].strip() or alone.strip():
                return ""  # 某某占比45%: the share's own name (trailing_noun_phrase)
            before = _named_before(said, original_sentence, quantity)
            measure = _the_part_named(before[-1].term, lexicon) if before else ""
            return measure + share_word if measure else ""
        whole = phrase[at + 1 :]
        whole = self.attributor.strip_linking(whole)[0]
        while mark := longest_suffix(whole, lexicon.possessive_marks):
            whole = whole[: -len(mark)]
        plain = lexicon.date_patterns["year_written"].sub("", whole)  # 占2014年总任务的
        if not plain or any(char.isdigit() for char in plain) or len(whole) > _SHARE_WHOLE:
            return ""
        part = trailing_noun_phrase(phrase[:at], lexicon.term_verbs, lexicon.possessive_marks, ())
        if not part:
            before = _named_before(said, original_sentence, quantity)
            part = _the_part_named(before[-1].term, lexicon) if before else ""
        share_verb = phrase[at : at + 1]
        return f"{part}{share_verb}{whole}{lexicon.mapping.share_endings[1]}"

    def _size_label(
        self,
        text: str,
        clause: Span,
        quantity: Quantity,
        said: Sequence[Mention],
        original_sentence: str,
    ) -> str:
        """The label of an amount, a length or an area said right after a count of things and
        joined to it by a list mark, with no name of its own: the size of what was counted.
        "修复堤防及护岸6处、2.8公里" → 修复堤防及岸坡长度; "纳入储备库项目186项、1320亿元" → the
        projects' 金额. The count's measure and the noun of the amount's unit
        (``indicator_mapping.unit_nouns``); nothing when the value right before it is no count
        of its sentence with its name beside it (批复47项、72亿元: a name carried from an earlier
        sentence is a guess, and a guess is not passed on).

        Why: unnamed, such a value reaches no chart and its row says nothing of what it
        measures, though its sentence says it plainly."""
        nouns = self.lexicon.mapping.unit_nouns.get(quantity.unit, ())
        if not nouns or quantity.kind == "count":
            return ""
        gap = text[max(clause.start, quantity.start - _SIZE_GAP) : quantity.start]
        counted = _COUNT_THEN_MARK.search(gap)
        if counted is None or counted.group("mark") not in self.lexicon.enumeration_marks:
            return ""
        count_start = max(clause.start, quantity.start - _SIZE_GAP) + counted.start("number")
        if _PAIRED_VALUE.search(text, clause.start, count_start):
            return ""  # 治理河道12条、涉及村庄35个、150公里: whose length, of which count? unsaid
        sentence = [m for m in said if m.sentence == original_sentence]
        count = sentence[-1] if sentence else None  # the value right before, named or not
        if count is None or not count.term or count.indicator or count.qualifier == "change":
            return ""  # (a catalog's count, 新增国家高新技术企业数量, names no words of the text)
        unit = self.catalog.units.get(count.unit)
        if unit is None or unit.kind != "count":
            return ""
        if count.quote == count.as_written:
            return ""  # the count's name was carried from elsewhere, not said beside it
        return count.term + nouns[0]

    def _without_its_district(self, term: str, district: str) -> str:
        """A term that opens with its own district's full name or with 全区 says the place
        twice: 怀柔区平均降水量 → 平均降水量, 全区高技术产业投资增速 → 高技术产业投资增速.

        Why: the district column says where; a chart comparing districts labels each bar
        with the measure, and one district's name in it reads as if only that one were shown.
        A short name opening a proper noun stays (平谷大桃, 密云水库, 大兴生物医药基地), and so
        does a name with nothing after it, and an institution the district's name opens
        (朝阳区人民医院门诊量: ``institution_heads``)."""
        for opening in self.lexicon.district_wide:
            if term.startswith(opening) and len(term) > len(opening) + 1:
                return term[len(opening) :]
        places = self.attributor.place_mentions(term, 0, min(len(term), 8), districts_only=True)
        first = places[0] if places else None
        if (
            first is not None
            and first.start == 0
            and first.name == district
            and term[: first.end].endswith(self.lexicon.district_suffixes)
            and len(term) > first.end + 1
            # 朝阳区人民医院门诊量: the district names the institution, which is not the district
            and not any(head in term[first.end :][:8] for head in self.lexicon.institution_heads)
        ):
            return term[first.end :]
        return term

    def _index_name(self, text: str, clause: Span, number: int) -> tuple[int, int] | None:
        """The name of an index no catalog measure names, before its value: "营商环境指数
        (BEI指数)92.5" → 营商环境指数, past a linking word and an alias in brackets; None when
        no noun stands there.

        Why: such a value was kept with no term and quoted as the bare number, which a reader
        cannot trace to what it measures."""
        phrase = text[clause.start : number]
        link = longest_suffix(phrase, self.lexicon.forms.unitless_links)
        phrase = phrase[: len(phrase) - len(link)]
        if phrase.endswith(tuple(_CLOSING_BRACKETS)):
            opening = max(phrase.rfind(mark) for mark in _OPENING_BRACKETS)
            if opening >= 0:
                phrase = phrase[:opening]
        end = clause.start + len(phrase)
        start = self._name_ending_at(text, clause.start, end)
        return (start, end) if start < end else None

    def _name_ending_at(self, text: str, clause_start: int, end: int) -> int:
        """Where the noun phrase that ends at ``end`` in its clause begins (``end`` if none)."""
        cues = self.lexicon
        name = trailing_noun_phrase(text[clause_start:end], cues.term_verbs, cues.possessive_marks)
        return end - len(name)

    def _named_before_its_alias(self, text: str, clause: Span, start: int, number: int) -> int:
        """Where a quote begins whose term is an alias in brackets: at the name before them.

        Why: in "生态环境状况指数(EI指数)78.7" the term nearest the number is the alias inside
        the brackets; quoted from there ("EI指数)78.7") the quote opens inside a bracket and
        leaves out what is measured.
        """
        if start <= clause.start or text[start - 1] not in _OPENING_BRACKETS:
            return start
        if not any(mark in text[start:number] for mark in _CLOSING_BRACKETS):
            return start
        return self._name_ending_at(text, clause.start, start - 1)

    def _counted_by_term(self, term: str, following: str = "") -> str:
        """The unit of a bare 万 or 亿 (受灾群众达到90.53万) that no catalog measure gives: its
        term's people or visits (``bare_count_nouns``: 群众 → 人, 游客 → 人次), or those of
        the noun right after it, past a closing quote ("吸引了“8万+”客流"), else "". A term
        ending in a head of ``bare_count_term_heads`` (全年游客量突破50万: visits) or in the
        noun of one of those units (``unit_nouns``: 滑雪旅游人次突破50万, 就业人数突破3万) gives
        its unit too."""
        following = following.lstrip(_CLOSING_MARKS)
        for unit, nouns in self.lexicon.bare_count_nouns.items():
            if term.endswith(nouns) or following.startswith(nouns):
                return unit
        unit_nouns = self.lexicon.mapping.unit_nouns
        for unit in self.lexicon.bare_count_nouns:
            heads = (*self.lexicon.bare_count_term_heads.get(unit, ()), *unit_nouns.get(unit, ()))
            if heads and term.endswith(heads):
                return unit
        return ""

    def _mention(
        self, context: Context, quantity: Quantity, said: Sequence[Mention] = ()
    ) -> Iterator[Mention]:
        """The fact a number makes in its context: term and indicator, qualifier, time,
        district and theme, and the quote in the original script. ``said``: the facts of the
        paragraph before it, whose measure a number without a term of its own may carry."""
        doc, normalized = context.doc, context.normalized
        clause, sentence, paragraph = context.clause, context.sentence, context.paragraph
        text = normalized.text
        attributor = self.attributor
        indicator, term, term_span = attributor.describe(text, quantity, clause, sentence)
        shared = attributor.shared_measures(text, quantity, clause)
        if shared:  # "A、B均超过1100家": a fact for A here, one for B at the end
            indicator, term, term_span = shared[0]
        if indicator is not None and not attributor.counts_its_kinds(indicator, text, quantity):
            indicator = None  # 鸟类 … 四五百只: birds counted one by one, no count of species
        qualifier = quantity.qualifier
        frame = self.time.resolve(context.passage, quantity.start, quantity.end)
        if is_goal(context, quantity.start, quantity.end, self.lexicon, frame.year):
            qualifier = "target"  # "力争到2025年,森林覆盖率达到62%以上": a goal (not yet due)
        elif (
            quantity.kind != "rank"
            and of_a_year_to_come(frame, context.passage, quantity.start)
            and not states_the_present(text[clause.start : quantity.start], self.lexicon)
        ):
            # "明年…40公里河道将全线通航": planned, not yet done (not "…今年全区已举办赛事120场")
            qualifier = "target"
        elif (
            qualifier == "exact"
            and quantity.kind != "rank"
            and is_an_estimate(context, quantity.start, self.lexicon, frame.year)
        ):
            qualifier = "approx"  # "2024年…收入预计为878.6亿元" in January 2025: not yet final
        if qualifier != "target":
            frame = outside_a_goals_year(frame, context.when)
        unit = quantity.unit
        if quantity.needs_term_unit:
            unit = (
                indicator.unit
                if indicator is not None
                else self._counted_by_term(term, text[quantity.end : quantity.end + 4])
            )
            if not unit and not term:
                # 从业人数由2010年的136.45万减少到…: the measure opening the clause gives it
                unit = self._counted_by_term(_from_value_subject(text, clause, quantity.start))
            if not unit:
                return
        placing = Placing(context, quantity, term_span)
        district, *sharing = attributor.districts_of(placing)
        if indicator is None:
            # a list of places' values after a catalog measure its sentence names before 分别为,
            # or one of measures paired with each place's values, names each value first: no
            # earlier value's measure is carried into it (the value before may be the list's
            # other measure's); a single measure the catalog does not know comes after the
            # catalog's carried ones (各区浓度 after the city's PM2.5年均浓度)
            indicator, listed_term, paired = attributor.measure_before_a_place_list(
                text, sentence, clause, term, quantity
            )
            if indicator is None and not paired:
                indicator = (
                    attributor.composition_part(text, sentence, quantity)
                    or attributor.carried_measure(
                        text,
                        clause,
                        term,
                        quantity,
                        qualifier,
                        district,
                        frame.year,
                        said,
                        sentence,
                    )
                    or attributor.action_measure(text, clause, quantity)
                    or attributor.split_synonym(text, clause, quantity)
                )
            carried = listed_term or None
            if indicator is None and carried is None:
                carried = attributor.carried_term(
                    text, clause, term, quantity, said, _original_sentence(context)
                )
            if indicator is None and carried is None:
                # the nearer measure carried first; a list's heading only when none is
                indicator, heading_term = attributor.measure_of_the_list_heading(
                    text, paragraph, clause, term, quantity
                )
                term = heading_term or term
            if indicator is not None:
                term = indicator.name
            else:
                term = carried or term
        if indicator is not None and attributor.ranked_within_the_district(
            text, sentence, district
        ):
            indicator = None  # 森林覆盖率…51%，位居大兴区首位: a part's value, ranked in 大兴
        if indicator is not None and (
            attributor.measured_in_a_town(text, clause, sentence, quantity, district)
            or attributor.paired_with_a_site(placing)
        ):
            # 马池口镇地区生产总值50亿元, 什刹海、故宫…接待游客分别为52.02万人次、…: the town's or
            # the site's, not the district's
            indicator = None
        if indicator is not None and self._a_holiday_count(context, frame, indicator):
            indicator = None  # 春节假期…: 延庆区132万人次 is the holiday's, no year's visits
        if (
            indicator is not None
            and qualifier != "target"
            and (reading := self._a_months_reading(context, frame, indicator))
        ):
            # 1月，全市PM2.5平均浓度为42微克/立方米: January's, off the annual charts
            frame = dataclasses.replace(frame, period=reading[0], cue=reading[1])
        if frame.period != ANNUAL and indicator is not None:
            # Half-year GDP is not comparable with a year's, nor a total over years with one
            # year's: the term says so, and the tables keep it out of annual rows by period.
            span = f"{frame.year_from}–{frame.year_to}" if frame.period == SPAN else frame.period
            cue = frame.cue.translate(_WITHOUT_QUOTE_MARKS)  # “十三五”期间: (十三五), not (十三五”)
            term = f"{indicator.name}({cue or span})"
        scopes = [text[span.start : span.end] for span in (clause, sentence, paragraph)]
        scopes.append(_lines_before(text, paragraph))
        theme = attributor.theme_of(
            indicator, term, scopes, unit=quantity.unit, opening=_opening_of(text)
        )
        if indicator is None and (
            counted := attributor.casualty_count_theme(text, quantity.start, quantity.end)
        ):
            theme = counted  # 建筑业12起12人: accidents and their dead, not the trade's
        if indicator is None and term and attributor.names_only_places(term):
            term = ""  # 密云区和延庆区共有30人遇难: the places say whose figure, not what it counts
        if quantity.kind == "rank" and term in self.lexicon.district_group_nouns:
            # 法人单位数量位居前三位的区是…: the list's noun; the measure ranked stands before
            term = self._measure_ranked(text, clause, quantity)
        named = term  # what the rules named: the sign reads it, not a comparison's label
        if not term:  # for the reader only: the theme and the indicator are decided above
            original_sentence = _original_sentence(context)
            # a goal of growth is still a growth: its label names what is to grow
            shown = "change" if quantity.qualifier == "change" else qualifier
            term, named = self._display_term(
                text, clause, sentence, quantity, shown, said, original_sentence
            )
            term = term or self._share_label(text, clause, quantity, said, original_sentence)
            term = term or self._size_label(text, clause, quantity, said, original_sentence)
            term = term or self.attributor.action_before(text, clause, quantity)
        if not term and unit == self.lexicon.forms.unitless_unit:
            term_span = self._index_name(text, clause, quantity.start)
            term = text[term_span[0] : term_span[1]] if term_span is not None else ""
        term = self._without_its_district(term, district)
        start, end = quantity.start, quantity.end
        if term_span is not None and not _another_value_between(
            text, term_span, quantity, self._date_number_re
        ):
            start, end = min(start, term_span[0]), max(end, term_span[1])
            start = self._named_before_its_alias(text, clause, start, quantity.start)
        elif term_span is not None:
            # 地区生产总值5754.7亿元,增长6.6%: the growth's quote is its own clause, not the
            # amount's figure too (the term still names the measure)
            start = min(start, max(clause.start, term_span[1]))
        while start < quantity.start and text[start] in _QUOTE_OPENING_MARKS:
            start += 1  # a quote opens on words, not on the mark before a list's next item
        quote_start, quote_end = normalized.original_span(start, end)
        written_start, written_end = normalized.original_span(quantity.start, quantity.end)
        sentence_start, sentence_end = normalized.original_span(sentence.start, sentence.end)
        original = normalized.original
        value = _clean_number(
            signed(
                quantity.value,
                text,
                quantity.start,
                clause.start,
                f"{indicator.name if indicator else ''}{named}",
                qualifier,
                self.lexicon,
            )
        )
        bound = ""
        if qualifier in ("change", "target"):
            bound = size_bound(
                text,
                quantity.start,
                quantity.end,
                clause.start,
                quantity.value,
                value,
                self.lexicon,
                change=qualifier == "change",
            )
            if quantity.upper_end and bound == "at_least":
                bound = "at_most"  # 下降值介于0.13~0.45米: 0.45 is the most, 0.13 the least
        mention = Mention(
            doc=doc,
            district=district,
            theme=theme,
            indicator=indicator.id if indicator else "",
            term=term,
            value=value,
            unit=unit,
            as_written=_without_pinyin(original[written_start:written_end]),
            qualifier=qualifier,
            bound=bound,
            year=frame.year,
            period=frame.period,
            year_from=frame.year_from,
            year_to=frame.year_to,
            quote=original[quote_start:quote_end],
            start=quote_start,
            end=quote_end,
            sentence=original[sentence_start:sentence_end],
        )
        order = self._ranked_in_order(text, sentence, quantity, mention, [district, *sharing])
        if order:  # 接待量前三位的是怀柔区…、密云区…和延庆区…: first, second, third
            for place, rank in order:
                yield dataclasses.replace(
                    mention, district=place, value=float(rank), qualifier="exact", bound=""
                )
            return
        yield mention
        for other in sharing:  # "A区和B区…均为31": the same value, a fact for each
            yield dataclasses.replace(mention, district=other)
        yield from _shared_by_measures(mention, shared[1:], normalized, quantity)

    def _measure_ranked(self, text: str, clause: Span, quantity: Quantity) -> str:
        """The nouns before a rank's verb (法人单位数量 of 法人单位数量位居前三位的区是…), or ""."""
        said = text[clause.start : quantity.start]
        for _ in range(3):  # 位居, 排名全市, 居…: the rank's words, then the measure
            cue = longest_suffix(said, self.lexicon.rank_cues)
            if not cue:
                break
            said = said[: -len(cue)]
        return trailing_noun_phrase(
            said, self.lexicon.term_verbs, self.lexicon.possessive_marks, ()
        )

    def _ranked_in_order(
        self,
        text: str,
        sentence: Span,
        quantity: Quantity,
        mention: Mention,
        districts: Sequence[str],
    ) -> list[tuple[str, int]]:
        """A top-N rank opening a list of as many districts, each with its figure, the figures
        falling (前三位的是延庆区58.2万人次、怀柔区51.7万人次和密云区44.9万人次: after one of
        ``ranked_list_openers``): each district's own place in it, 1 to N, exact. [] otherwise
        (a list of names alone may be in any order), and every district listed shares the
        top-N bound as before.

        Why: read as "in the top three" for each, the list's order, which the sentence states,
        was lost, and three districts each showed a rank of 3."""
        if quantity.kind != "rank" or mention.qualifier != "at_most" or len(districts) < 2:
            return []
        before = text[sentence.start : quantity.start]
        bottom = (*self.lexicon.rank_from_bottom, *self.lexicon.bottom_rank_words)
        if any(word in before for word in bottom):
            return []  # 倒数前三位, 增速最慢的前两位: counted from the bottom
        if self.attributor.group_mentions(text, sentence.start, quantity.start):
            return []  # 生态涵养区中…前三位: a rank within a group, not the city's
        after = quantity.end
        direction = self._rank_direction_re.match(text, after)
        if direction is not None:
            after = direction.end()  # 前8位，由高到低依次为…
        opener = longest_prefix(text[after : after + 6], self.lexicon.ranked_list_openers)
        if not opener:
            head = self._top_list_head_re.match(text, after)
            if head is None or head.group("noun") not in self.lexicon.district_suffixes:
                return []
            opener = head.group()  # 前三位的区是：…: a list of districts, named as such
        # the list runs to the full stop, past the semicolons between its items
        stop = min(
            (at for mark in FULL_STOPS if (at := text.find(mark, after)) >= 0),
            default=len(text),
        )
        stop = max(stop, sentence.end)
        found = self.attributor.place_mentions(text, after + len(opener), stop, districts_only=True)
        size = int(mention.value)
        # the list's N items; a place after them (；后三位的是…, ；东城区紧随其后) ends the
        # last item's figures
        places = found[:size]
        stop = found[size].start if len(found) > size else stop
        listed = [place.name for place in places]
        if len(listed) != size or sorted(listed) != sorted(set(districts)):
            return []
        if any(mark in opener for mark in self.lexicon.stated_order_marks):
            # 依次为…: the sentence states the order; each item's place is its rank, counted
            # from the end when the order rises (由小到大依次为: the last is first)
            rising = direction is not None and direction.group().endswith(
                self.lexicon.ranked_rising_words
            )
            ordered = list(reversed(listed)) if rising else listed
            return [(place, index + 1) for index, place in enumerate(ordered)]
        # each district's own figure, from its name to the next one's: falling from the first
        # to the last, the order is the ranking's (a bare list of names may be in any order)
        more, joiners = self.lexicon.forms.more_marks, self.lexicon.enumeration_marks
        figures = _figures_of(text, places, stop, more, joiners)
        if figures is None:  # 前三位的是甲区、乙区和丙区，接待游客分别为74.39万人次、41.5万人次…
            figures = _figures_respectively(
                text, places, stop, self.lexicon.respectively_cues, more, joiners
            )
        if figures is None:
            measure = text[max(sentence.start, quantity.start - _RANKED_MEASURE) : quantity.start]
            figures = self._figures_in_the_parts_after(text, sentence, listed, measure)
        if figures is None or any(
            later >= earlier for earlier, later in itertools.pairwise(figures)
        ):
            return []  # rising, or tied (two at 1.8万户: neither is third for sure)
        return [(place, index + 1) for index, place in enumerate(listed)]

    def _figures_in_the_parts_after(
        self, text: str, sentence: Span, listed: Sequence[str], measure: str
    ) -> list[float] | None:
        """The listed districts' figures in the next sentence, when it opens as a part of the
        one before (``part_openings``: 其中) and names them in the list's order: "接待量前三位的
        是甲区、乙区和丙区。其中，甲区接待游客37.3万人次，乙区37.1万人次…". Not another
        measure's figures: words of a measure before a figure (``_NAMED_MEASURE`` characters or
        more: 营业收入) must share two characters with the ranked ``measure`` (the words before
        the rank). None otherwise."""
        start = sentence.end
        while start < len(text) and text[start] in "。；; \u3000":
            start += 1
        if not text.startswith(self.time.lexicon.part_openings, start):
            return None
        end = min(
            (at for mark in "\u3002\n" if (at := text.find(mark, start)) >= 0), default=len(text)
        )
        places = self.attributor.place_mentions(text, start, end, districts_only=True)
        if [place.name for place in places] != list(listed):
            return None
        pairs = {measure[i : i + 2] for i in range(len(measure) - 1)}
        pairs = {pair for pair in pairs if all("\u4e00" <= char <= "\u9fff" for char in pair)}
        ends = [place.start for place in places[1:]] + [end]
        for place, until in zip(places, ends, strict=True):
            number = _PAIRED_VALUE.search(text, place.end, until)
            said = text[place.end : number.start() if number else until]
            named = sum(1 for char in said if "\u4e00" <= char <= "\u9fff")
            if named >= _NAMED_MEASURE and not any(pair in said for pair in pairs):
                return None  # 其中，甲区营业收入…: another measure's figures, named at length
        return _figures_of(
            text, places, end, self.lexicon.forms.more_marks, self.lexicon.enumeration_marks
        )


def _figures_of(
    text: str, places: Sequence, end: int, more: Sequence[str] = (), joiners: Sequence[str] = ()
) -> list[float] | None:
    """Each place's figure, the first amount from its name to the next place's (the last's
    to ``end``) outside brackets, its magnitude applied (1.2万人 is 12000); None when one has
    none, or when their units differ (8000亿元 and a growth of 12%: not one measure). A unit
    left out after the first (58.2万人次、51.7万和44.9万) is the same one; ``more`` (余, 多)
    is no unit."""
    ends = [place.start for place in places[1:]] + [end]
    figures = []
    for place, until in zip(places, ends, strict=True):
        figure = _first_figure(text, place.end, until, more, joiners)
        if figure is None:
            return None
        figures.append(figure[:2])
    return _one_measure(figures)


def _first_figure(
    text: str, start: int, end: int, more: Sequence[str] = (), joiners: Sequence[str] = ()
) -> tuple[float, str, int] | None:
    """The first amount in text[start:end] outside brackets: (value with its magnitude, the
    unit's first character, after ``more`` (余, 多); none before ``joiners`` (和, 及); where
    the amount ends), or None."""
    for match in _FIGURE_RE.finditer(text, start, end):
        if bracket_open_at(text, start, match.start()):
            continue  # 朝阳区（同比增长12%）8000亿元: a note on the item, not its figure
        value = float(match.group("number")) * MULTIPLIERS.get(match.group("magnitude") or "", 1)
        unit = match.group("unit")
        while unit[:1] and unit[:1] in more:
            unit = unit[1:]  # 58万余人次: 人
        if unit[:1] and unit[:1] in joiners:
            unit = ""  # 51.7万和44.9万: the unit left out, then the list goes on
        return value, unit[:1], match.end()
    return None


def _one_measure(figures: Sequence[tuple[float, str]]) -> list[float] | None:
    """The values of figures that share one unit (a unit left out is the same), else None."""
    if len({unit for _, unit in figures if unit}) > 1:
        return None
    return [value for value, _ in figures]


# An amount in a list of places' figures: its number, magnitude and the first characters of
# its unit (万个, 亿元, 万人次, %)
_MAGNITUDES = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_FIGURE_RE = re.compile(
    rf"(?P<number>\d+(?:\.\d+)?)\s*(?P<magnitude>{_MAGNITUDES})?"
    r"(?P<unit>[^\d\s\uff0c,\uff1b;\u3001\u3002\uff1a:\uff08\uff09()]{0,2})"
)


def _figures_respectively(
    text: str,
    places: Sequence,
    end: int,
    cues: Sequence[str],
    more: Sequence[str] = (),
    joiners: Sequence[str] = (),
) -> list[float] | None:
    """The places' figures given after them in their order, after a word of "respectively"
    (``respectively_cues``: 分别为) before ``end``: one number each; None otherwise."""
    after = places[-1].end
    found = [at + len(cue) for cue in cues if (at := text.find(cue, after, end)) >= 0]
    if not found:
        return None
    figures = []
    at = min(found)
    while len(figures) < len(places):
        figure = _first_figure(text, at, end, more, joiners)
        if figure is None:
            return None
        value, unit, at = figure
        figures.append((value, unit))
    return _one_measure(figures)


def _shared_by_measures(
    mention: Mention,
    others: Sequence[tuple[Indicator | None, str, tuple[int, int]]],
    normalized: NormalizedText,
    quantity: Quantity,
) -> Iterator[Mention]:
    """The same value for each further measure of a list that shares it ("A、B均超过1100家":
    B's fact), quoted from B to the number (``Attributor.shared_measures``)."""
    for indicator, term, (start, _) in others:
        quote_start, quote_end = normalized.original_span(start, quantity.end)
        yield dataclasses.replace(
            mention,
            indicator=indicator.id if indicator else "",
            term=term,
            quote=normalized.original[quote_start:quote_end],
            start=quote_start,
            end=quote_end,
        )


def _another_value_between(
    text: str, term_span: tuple[int, int], quantity: Quantity, dates: re.Pattern[str]
) -> bool:
    """A figure stands between the term and the number: the term names an earlier value of the
    sentence too (生产总值206亿元,同比增长13.5%), whose figure is no part of this one's quote.
    A year, a month or a day (``dates``: 在2023年达到, 1-10月达到) is no value."""
    if term_span[1] > quantity.start:
        return False
    between = dates.sub("", text[term_span[1] : quantity.start])
    return any(char.isdigit() for char in between)


def _original_sentence(context: Context) -> str:
    """The number's sentence as the document writes it (what ``Mention.sentence`` holds)."""
    start, end = context.normalized.original_span(context.sentence.start, context.sentence.end)
    return context.normalized.original[start:end]


def _paragraphs(text: str) -> list[Span]:
    spans = []
    start = 0
    for match in re.finditer(r"\n+", text):
        if match.start() > start:
            spans.append(Span(start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append(Span(start, len(text)))
    return spans


# How much of a document opens it: its title and first paragraph, about.
_OPENING_REACH = 200


def _opening_of(text: str) -> str:
    """The document's title and first paragraph (to ``_OPENING_REACH`` characters): what its
    story is about (受“23·7”洪水灾害影响，…实施异地安置项目)."""
    return text[:_OPENING_REACH]


def _from_value_subject(text: str, clause: Span, start: int) -> str:
    """The words opening a clause up to its from-value's mark (``from_value_marks``), when they
    are the clause's subject: "从业人数由2010年的136.45万减少到…" → 从业人数 (a mark opening the
    clause, as in 从业, is part of its first word). "" without such a mark."""
    opening = text[clause.start : start]
    marks = load_time_lexicon().from_value_marks
    at = min(
        (found for mark in marks if (found := opening.find(mark, _SUBJECT_SHORTEST)) >= 0),
        default=-1,
    )
    return opening[:at].strip() if at >= 0 else ""


_SUBJECT_SHORTEST = 2  # a subject before a from-value's mark has two characters at least


def _lines_before(text: str, paragraph: Span, reach: int = 120) -> str:
    """The paragraph with the lines just before it, back to a blank line: a post that breaks
    one sentence over several lines ("一般公共预算收入131.5亿元,\n同比增长8.6%") names the
    subject of a line on the line before."""
    # searched only as far back as it can matter: a search from 0 made a long text quadratic
    floor = max(0, paragraph.start - reach)
    blank = text.rfind("\n\n", max(0, paragraph.start - reach - 2), paragraph.start)
    start = max(floor, blank + 2 if blank >= 0 else 0)
    if paragraph.end - paragraph.start <= _SHORT_LINE:
        # a post that sets one phrase a line between blank lines ("全区固定资产投资" / "同比增长
        # 37.4%" / "高于全市平均水平13.4个百分点"): the short lines above, over the blanks
        line_end = paragraph.start
        for _ in range(_SHORT_LINES_BACK):
            if line_end <= floor:
                break
            line_start = max(floor, text.rfind("\n", floor, line_end - 1) + 1)
            line = text[line_start:line_end].strip()
            if len(line) > _SHORT_LINE:
                break
            if line:
                start = min(start, line_start)
            line_end = line_start
    return text[start : paragraph.end]


_SHORT_LINE = 40  # a line this short is a phrase of a post, not a paragraph of prose
_SHORT_LINES_BACK = 8  # lines looked at above a short one (blank ones included)


def _touches_damage(text: str, start: int, end: int) -> bool:
    """A number next to an unreadable run may have lost digits: never trust it."""
    return UNREADABLE in text[max(0, start - 1) : end + 1]


def _clean_number(value: float) -> float:
    """Drop float noise (1.64 × 10000 = 16399.999999999998) but keep small values intact."""
    rounded = float(f"{value:.12g}")
    return float(int(rounded)) if rounded.is_integer() else rounded


_PINYIN_IN_WRITTEN_RE = re.compile(r"\([a-zü\u0100-\u01dc]+\)")


def _without_pinyin(written: str) -> str:
    return _PINYIN_IN_WRITTEN_RE.sub("", written)


def default_docs_dir() -> Path:
    return paths.PROJECT_ROOT / "seeds"


# The marks that close a sentence's opening words (1月，…): a date said before its statement.
_OPENING_CLAUSE_MARKS = ("\uff0c", ",", "\uff1a", ":")

# The most days a month's reading may count
_DAYS_IN_A_MONTH = 31
