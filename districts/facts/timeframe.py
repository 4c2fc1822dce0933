"""When a value is from: its year, its period inside the year, its span of years.

Every value gets a ``TimeFrame``: ``year`` (the year it describes; for a span, its last year),
``period`` (``year`` for a whole year, ``H1``, ``Q1–Q3``, ``Jan–Aug``, ``Sep-end``, ``YTD``,
``day`` …, or ``span`` for a total or average over several years) and ``year_from``/``year_to``.

The resolver reads, in order: a per-period amount (每年: no year), the sentence's own years
(except baselines such as 较2020年 and the start of 2022年以来), a table column's year, the
relative years of the clause (今年, 去年 against the document's date), a month that continues
the paragraph's year, the year that opened the current passage (2024年，… / 二、2022年主要工作),
and the document's reporting year (a bulletin titled …2024年…公报 reports 2024; a work report
delivered early in a year reviews the year before). Cue words and patterns are data
(``time`` in data/lexicon.yaml).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from districts import paths
from districts.catalog import read_yaml
from districts.errors import CatalogError
from districts.facts.numbers import CHINESE_NUMERAL_CHARS, parse_chinese
from districts.facts.phrases import (
    RANGE_DASHES,
    SECTION_NUMBER,
    alternation,
    any_of,
    breakdown_head_re,
)
from districts.text.normalize import find_page_chrome, starts_a_bullet, starts_an_item
from districts.text.split import FULL_STOPS, MAX_SENTENCE, SEMICOLONS, Span, sentences

LEXICON_PATH = paths.DATA_DIR / "lexicon.yaml"  # the time section of the cue words

ANNUAL = "year"
SPAN = "span"
# One day's reading (当日, 当天 in the lexicon's periods; period_scope.one_day_readings): named
# in its own sentence only, as a day's figure does not make the next sentence's a day's too.
DAY = "day"
# A reading over a run of days (3月14日至16日，…PM2.5平均浓度为…): period_scope.day_range_pattern.
DAYS = "days"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS = _MONTHS  # the periods of one month each


def _timed_at_year_end(text: str, start: int, end: int, lexicon: TimeLexicon) -> bool:
    """The sentence times the value at the end of the year (``year_end_words``: 年末, 年底)
    before it: in a bulletin on the first three quarters, "年末有效期内高新技术企业
    预计超过1500家" is the year's value, not the three quarters' (the title's period)."""
    return any(word in text[start:end] for word in lexicon.year_end_words)


def _timed_as_the_year(text: str, start: int, end: int, lexicon: TimeLexicon) -> bool:
    """A sentence naming no part of the year that times the value at the year's end or as the
    whole year (``whole_year_words``: 全年) is the year's, not the title's part: "全年地区生产总值
    预计增长5.5%左右" in a note to a three-quarter bulletin. A task of the year after 全年 (完成
    全年任务的98%, ``year_task_nouns``) is the part's progress towards it."""
    if _timed_at_year_end(text, start, end, lexicon):
        return True
    said = text[start:end]
    for word in lexicon.whole_year_words:
        at = said.find(word)
        while at >= 0:
            if not said.startswith(lexicon.year_task_nouns, at + len(word)):
                return True
            at = said.find(word, at + 1)
    return False


def _turns_to_the_whole_year(text: str, cue_end: int, start: int, lexicon: TimeLexicon) -> bool:
    """After a part-year period in the value's own sentence, the value's stretch turns to the
    whole year (``whole_year_words``: 全年): "前三季度，全区生产总值612.3亿元，预计全年生产总值将
    突破800亿元，增速在6%以上" — 800 and 6% are forecasts of the year, not of the quarters.

    Why: the period word binds what continues it, and a clause naming the whole year starts a
    scope of its own. The turn reaches over commas, not over a semicolon ("…；两年平均增长5.2%"
    is the quarters' again), and not a task or a share of the year (完成全年任务的85%, 占全年的
    七成: the part's progress towards the year)."""
    stretch = max(cue_end, *(text.rfind(mark, cue_end, start) + 1 for mark in "；;"))
    said = text[stretch:start]
    for word in lexicon.whole_year_words:
        at = said.find(word)
        while at >= 0:
            follow = at + len(word)
            if not said.startswith((*lexicon.year_task_nouns, *lexicon.possessive_marks), follow):
                return True
            at = said.find(word, follow)
    return _timed_at_year_end(text, stretch, start, lexicon)


_STREAK_REACH = 6  # how far past a value a streak's words may end (连续6年: the 6 is its count)


def _names_its_own_scope(text: str, begin: int, start: int, lexicon: TimeLexicon) -> bool:
    """The value's statement, from ``begin`` to the value, times itself, so a part-year period
    named in an earlier sentence does not reach it: a stock counted to a date ("截至目前，区内
    拥有…企业117家", ``own_scope_words``), a streak over years ("经济总量连续6年全市第一",
    ``streak_re``), a season (汛期, ``own_season_words``), or the whole year (全年, 年末; see
    ``_turns_to_the_whole_year``); so does a part after a semicolon that says now or names a
    holiday or a season (…；目前在建重点项目150个, …；端午假期接待游客30万人次).

    Why: "前三季度，…增长8.1%。截至目前，区内中小企业达3.2万家" — the count is today's stock, not
    a value of the three quarters; charted as Q1–Q3 it would sit beside nothing comparable."""
    said = text[begin:start]
    if any(word in said for word in (*lexicon.own_scope_words, *lexicon.own_season_words)):
        return True
    # the part after the statement's last semicolon says now or names a time of its own
    # (今年1至5月，…增长12%；目前在建重点项目150个; …；端午假期接待游客30万人次)
    part = said[max(said.rfind(mark) for mark in SEMICOLONS) + 1 :]
    if any(word in part for word in (*lexicon.present, *lexicon.named_seasons)):
        return True
    streak = lexicon.streak_re.search(text, begin, min(len(text), start + _STREAK_REACH))
    if streak is not None and streak.start() < start:  # also the streak's own count (连续6年)
        return True
    return _turns_to_the_whole_year(text, begin, start, lexicon)


_POPULATION_REACH = 14  # how far after a count its population's aggregate word may stand


def _a_days_reading(
    passage: Passage, start: int, end: int | None, cue: str, lexicon: TimeLexicon
) -> bool:
    """True when 当日/当天 (``cue``) makes the value at ``start`` one day's: a reading (its unit
    as written holds one of ``one_day_readings``: 微克, 毫米, μg, mm…) whose own clause names
    the day, with no year and no average between the day and the value. "开幕式当天PM2.5浓度为
    4微克/立方米" is the day's; "会议当天通报，2023年全区PM2.5年均浓度为30微克/立方米" and
    "当天公布的2023年PM2.5年均浓度为30微克" are the year's."""
    if end is None or not any(word in passage.text[start:end] for word in lexicon.one_day_readings):
        return False
    text = passage.text
    at = text.rfind(cue, passage.clause.start, start)
    if not cue or at < 0:
        return False  # the day is named in another clause of the sentence
    between = text[at + len(cue) : start]
    return not lexicon.year_re.search(between) and not any(
        word in between for word in lexicon.average_words
    )


def _a_dated_reading(
    passage: Passage, start: int, end: int | None, lexicon: TimeLexicon
) -> str | None:
    """The day (3月15日) a reading is of, when its sentence names the day before it to the
    hour (3月15日14时) or the reading is a peak (峰值), and nothing between them makes it a
    longer time's: a reading (its unit as written holds one
    of ``dated_readings``: 微克, 毫克…; a rainfall after a date is a storm's total), no year,
    no average (年均), no total to the day (截至, 累计), and the day no range's start.
    "3月15日14时，全区PM10浓度为650微克/立方米" is that hour's, not the year's mean; "5月31日
    通报，2023年全区PM2.5年均浓度为30微克/立方米" is the year's.

    Why: with bare 浓度 naming the annual means, a sandstorm's hourly PM10 reading was
    charted as the district's annual mean."""
    text, sentence = passage.text, passage.sentence
    if end is None or not any(word in text[start:end] for word in lexicon.dated_readings):
        return None
    days = list(lexicon.month_day_re.finditer(text, sentence.start, start))
    if not days:
        return None
    day = days[-1]
    between = text[day.end() : start]
    if len(days) > 1 or between.lstrip().startswith(lexicon.range_words):
        return None  # 3月14日至16日, 3月14日—3月16日: several days
    hourly = lexicon.dated_reading_hour_re.match(between)
    peak = any(word in text[day.end() : end] for word in lexicon.dated_reading_peaks)
    if not hourly and not peak:
        return None  # "6月5日，区生态环境局通报，全区PM2.5浓度为32": a release's date
    before = text[sentence.start : day.start()]
    if lexicon.year_re.search(between) or any(word in between for word in lexicon.average_words):
        return None
    words = (*lexicon.as_of_words, *lexicon.since_event_totals)
    if any(word in before + between for word in words):
        return None  # 截至3月15日…累计: a total to the day, a part of the year
    return day.group()


def _a_days_range(passage: Passage, start: int, lexicon: TimeLexicon) -> str | None:
    """The run of days (3月14日至16日) a reading is of, when its sentence names the run before
    it, the run is the last date there, and nothing between them makes it a longer time's: no
    year, no average over a year (年均), no total to a day (截至, 累计). The reading is one whose
    unit as written holds one of ``one_day_readings`` (微克, 毫米…): a sandstorm's or a storm's.
    "3月14日至16日，全区PM2.5平均浓度为45微克/立方米" is those days' mean, not the year's; a run
    of days is never a release's date, so no hour or peak is asked for, as for one day.

    Why: a three-day average was charted as the district's annual mean."""
    text, sentence = passage.text, passage.sentence
    runs = list(lexicon.day_range_re.finditer(text, sentence.start, start))
    if not runs:
        return None
    run = runs[-1]
    if _days_in(run) > _LONGEST_RUN_OF_DAYS:
        return None  # 1月1日至10月31日: months, a part of the year (or all of it)
    if text[run.end() : run.end() + 6].lstrip().startswith(lexicon.run_event_words):
        return None  # 1月8日至10日召开的会议上…: the days of a meeting, not of the reading
    if lexicon.month_day_re.search(text, run.end(), start):
        return None  # a later date in the sentence times the value
    between = text[run.end() : start]
    if lexicon.year_re.search(between) or any(word in between for word in lexicon.average_words):
        return None
    if lexicon.relative_re.search(between) or any(
        word in between for word in lexicon.whole_year_words
    ):
        return None  # "…，但全年PM2.5平均浓度仍降至30微克/立方米": the year's
    words = (*lexicon.as_of_words, *lexicon.since_event_totals)
    if any(word in text[sentence.start : start] for word in words):
        return None
    return run.group()


def _days_in(run: re.Match[str]) -> int:
    """About how many days a run (``day_range_pattern``) spans: 3月14日至16日 → 3,
    7月29日至8月1日 → 4 (months counted as 30 days; a run into the next year is long)."""
    first_month, last_month = int(run.group("first_month")), run.group("last_month")
    last = int(last_month) if last_month else first_month
    days = (last - first_month) * 30 + int(run.group("last_day")) - int(run.group("first_day")) + 1
    return days if days > 0 else 366


_LONGEST_RUN_OF_DAYS = 31  # longer runs are months: a part of the year, not a spell of weather


# How long the words of an event between a year and 以来/至今 may be (2016年城市副中心启动建设至今,
# 2012年第一轮百万亩平原造林绿化建设工程实施以来).
_EVENT_REACH = 24


def _since_an_event(
    text: str,
    year_end: int,
    start: int,
    lexicon: TimeLexicon,
    *,
    value: bool = False,
    now: int | None = None,
) -> int | None:
    """Where "since an event of that year" ends, when the value is a total since then: a year,
    the event in a few words, 以来/至今 closing the clause (or 以来 inside the value's own
    clause: 自2013年监测以来下降了38.5%), and a word of a total
    (``since_event_totals``: 累计, 合计…) between it and the value. "2016年城市副中心启动
    建设至今，累计固定资产投资超过9600亿元" is the total of 2016 to the document's year.

    Why: without the total word an event's year is only a date ("2016年发布的规划至今仍在
    执行"), and with the since word right after the year the span is read already.

    With ``now`` (the present's year) no total word is asked for after an event closed by
    ``since_event_alone`` (以来) at least ``_LONG_AGO`` year before ``now`` (the document's
    ``since_now``), when the event names no month
    or part of a year and nothing between it and the value times the value (今年, 2024年, 一季度):
    "自1997年建立保护区以来，…记录鸟类从189种增至370种" runs from 1997 to the present, whose
    level 370 is (a total over the years needs its word: the span decides that, not this); read
    as a date, 1997 was given to every value of the sentence. A recent event
    ("2024年入汛以来" in January 2025, "2023年7月底强降雨以来") still dates its values."""
    clause_end = year_end
    while (
        clause_end < min(start, year_end + _EVENT_REACH) and text[clause_end] not in _CLAUSE_MARKS
    ):
        clause_end += 1
    event = text[year_end:clause_end]
    if clause_end >= start:
        # 自2013年监测以来下降了38.5%: the event closed by 以来 inside the value's own clause
        inside = text[year_end:start]
        ends = [
            inside.rfind(word) + len(word) for word in lexicon.since_event_alone if word in inside
        ]
        if not ends:
            return None
        clause_end = year_end + max(ends)
        event = text[year_end:clause_end]
    if not event.endswith(lexicon.since_after):
        return None
    # For a value at ``start`` (``value``), the total word must be in its own clause: after
    # "…至今，累计投资超过9600亿元，连续5年保持千亿元以上" the streak names its own years. The
    # year itself is a span's start for any later clause (no passage's or stated year).
    own_clause = clause_end
    if value:
        own_clause = max(clause_end, *(text.rfind(mark, clause_end, start) for mark in "，,；;"))
    if not _long_ago_since(text, year_end, clause_end, start, event, now, lexicon):
        if not any(word in text[own_clause:start] for word in lexicon.since_event_totals):
            return None
    return clause_end


_LONG_AGO = 1  # years before ``since_now`` from which an event closed by 以来 starts a span


def _long_ago_since(
    text: str,
    year_end: int,
    clause_end: int,
    start: int,
    event: str,
    now: int | None,
    lexicon: TimeLexicon,
) -> bool:
    """``_since_an_event``'s test for an event that starts a span without a total word."""
    if now is None or not event.endswith(lexicon.since_event_alone):
        return False
    year = lexicon.year_re.search(text, max(0, year_end - 6), year_end)
    if year is None or int(year.group(1)) > now - _LONG_AGO:
        return False
    opening = event.lstrip()
    if lexicon.month_date_re.match(opening) or lexicon.period_re.match(opening):
        return False  # 2023年7月底以来, 2023年下半年以来: a time of the year, not an event
    between = text[clause_end:start]
    return not (
        lexicon.year_re.search(between)
        or lexicon.relative_re.search(between)
        or lexicon.period_re.search(between)
    )


def _since_year_of_a_from_value(
    passage: Passage, start: int, end: int | None, lexicon: TimeLexicon
) -> int | None:
    """The year of a from-value in a sentence that opens with a total since an event of that
    year: "自2012年平原造林工程实施以来，累计造林近2万亩，森林覆盖率从29%提升到51%" — 29% is
    2012's, where the change began (51% is the present's). None for any other value.

    Why: read with the sentence's span, the from-value was charted as the present's level
    beside the value it rose to; read with the year before the span was known, the value it
    rose to was charted as 2012's."""
    if end is None or not _is_a_from_value(passage, start, end, lexicon):
        return None
    text, now = passage.text, passage.document.since_now
    for match in lexicon.year_re.finditer(text, passage.sentence.start, start):
        if _since_an_event(text, match.end(), start, lexicon, now=now) is not None:
            return int(match.group(1))
    return None


def _from_value_of_a_range(
    passage: Passage, start: int, end: int | None, lexicon: TimeLexicon, current: int | None
) -> int | None:
    """The first year of a range of years that leads the from-value's statement: in
    "2018年到2021年，…森林覆盖率从59.2%提升到66%；PM2.5平均浓度从51.2微克/立方米降低到
    31.3微克/立方米" 59.2% and 51.2 are 2018's (66% and 31.3 are 2021's); so is the first of
    a count of years to ``current`` (五年来，…由80亿元增加到120亿元: 80 is 2019's in 2023).
    None for any other value, or when a year stands between the span and the value.

    Why: read with the range's span, the from-value was a total over the years, or, in the
    clause after a semicolon, the range's first year was given to the value reached too."""
    if end is None or not _is_a_from_value(passage, start, end, lexicon):
        return None
    text, paragraph = passage.text, passage.paragraph
    statement = _statement_start(text, paragraph.start, start)
    ranges = list(lexicon.year_range_re.finditer(text, statement, start))
    counts = list(lexicon.years_count_re.finditer(text, statement, start)) if current else []
    spans = [(m.start(), m.end(), int(m.group(1))) for m in ranges]
    for match in counts:  # 五年来，…由80亿元增加到120亿元: 80 is the first of the five years'
        count = _numeral(match.group(1))
        if count and 1 < count <= _LONGEST_SPAN and current:
            spans.append((match.start(), match.end(), current - count + 1))
    if not spans:
        return None
    at, span_end, first = max(spans)
    if lexicon.year_re.search(text, span_end, start) or not _opens_clause(
        text, at, lexicon.clause_leads
    ):
        return None
    return first


def _is_a_from_value(passage: Passage, start: int, end: int, lexicon: TimeLexicon) -> bool:
    """The value at ``start``–``end`` is where a change began: a from mark right before it and
    a verb of reaching right after it (森林覆盖率从29%提升到51%: 29%; 由2.51∶1缩小到: 2.51)."""
    text = passage.text
    if not text[passage.sentence.start : start].rstrip().endswith(lexicon.from_value_marks):
        return False
    tail = _RATIO_TAIL_RE.match(text, end)  # 由2.51:1缩小到2.32:1: the ratio's "to one"
    end = tail.end() if tail else end
    return text[end : end + _REACHING_REACH].lstrip().startswith(lexicon.reaching_verbs)


def _compared_with_a_year_before(
    text: str, floor: int, start: int, lexicon: TimeLexicon
) -> int | None:
    """The one year a clause before the from-value at ``start`` compares with (与1980年相比，
    2019年森林覆盖率由12.8%提高到44%: 1980), else None: the from-value is that year's.

    Why: the start of a change set against a named year was charted with no year.

    >>> text = "与1980年相比，2019年森林覆盖率由12.8%提高到44%"
    >>> _compared_with_a_year_before(text, 0, text.index("12.8"), load_time_lexicon())
    1980
    """
    clause = _clause_start_of(text, floor, start) - 1  # the mark closing the clause before
    found = lexicon.year_re.finditer(text, floor, max(clause, floor))
    compared = [
        match
        for match in found
        if _is_baseline(text, floor, match.start(), lexicon)
        # a comparison's own word in the year's clause (与1980年相比), not 建成于2008年
        and any(
            marker in text[_clause_start_of(text, floor, match.start()) : clause]
            for marker in lexicon.comparison_markers
        )
    ]
    if len(compared) != 1 or text.startswith(lexicon.list_marks, compared[0].end()):
        return None  # 与2022年、2023年相比: two years compared with, neither the from-value's
    return int(compared[0].group(1))


def _ends_of_words(said: str, words: tuple[str, ...], offset: int = 0) -> Iterator[int]:
    """Where each of ``words`` standing as a word of its own in ``said`` ends (plus ``offset``):
    目前 in 目前全区…, not 现有 in 发现有问题 (the characters inside other words).

    >>> list(_ends_of_words("普查发现有古道。目前有5处", ("目前", "现有")))
    [10]
    """
    if not any(word in said for word in words):
        return  # one test first: most sentences hold none
    from districts.facts.words import pos_tags  # (not at import: the tagger loads jieba)

    for token, _ in pos_tags(said):
        offset += len(token)
        if token in words:
            yield offset


def _clause_start_of(text: str, floor: int, at: int) -> int:
    """Where the clause holding ``at`` starts, not before ``floor``."""
    return max(floor, *(text.rfind(mark, floor, at) + 1 for mark in _CLAUSE_MARKS))


def _year_of_earlier_from_values(
    text: str, floor: int, start: int, lexicon: TimeLexicon
) -> int | None:
    """The one year the earlier from-values of the paragraph name (由2006年的1595亿元增长到
    3077亿元), else None: a review's later changes from a level with no year of their own
    (能耗由0.41吨标准煤下降到0.26吨标准煤, 区域税收由505亿元增长到1330亿元) start from the
    same year. (Asked only for a sentence with no time, baseline or plan of its own:
    ``_timed_in_its_sentence``.)

    Why: a five-year review charted its first starting level as 2006's and every other one
    with no year.

    >>> text = "由2006年的1595亿元增长到3077亿元。能耗由0.41吨下降到0.26吨"
    >>> _year_of_earlier_from_values(text, 0, text.index("0.41"), load_time_lexicon())
    2006
    """
    years = {
        int(match.group(1))
        for match in lexicon.year_re.finditer(text, floor, start)
        if _names_a_from_year(text, floor, match, lexicon)
    }
    return years.pop() if len(years) == 1 else None


def _names_a_from_year(text: str, floor: int, year: re.Match[str], lexicon: TimeLexicon) -> bool:
    """The year matched is a from-value's (由2006年的1595亿元): a from mark right before it and
    a possessive mark right after it."""
    return text[floor : year.start()].endswith(lexicon.from_value_marks) and text.startswith(
        lexicon.possessive_marks, year.end()
    )


# How far after a from-value its verb of reaching may start (从29%提升到: right after it).
_REACHING_REACH = 6


def _in_the_values_clause(text: str, end: int, start: int, lexicon: TimeLexicon) -> bool:
    """The words ending at ``end`` still time the value at ``start``: nothing between them
    names a time of its own (今年, 去年, 目前, 截至, 国庆, a year or a month), which would be
    the value's (三年将完成200个，其中今年完成60个; 十年将建成5个，截至目前已建成2个);
    clauses that name none go on with them (今后三年将实施1000余个项目，投资超过万亿元)."""
    between = text[end:start]
    words = (
        *lexicon.relative_years,
        *lexicon.passage_relative_years,
        *lexicon.present,
        *lexicon.own_scope_words,
        *lexicon.named_seasons,
    )
    if any(word in between for word in words):
        return False
    return not (lexicon.year_re.search(between) or lexicon.month_date_re.search(between))


# The "to one" closing a ratio written as a level (2.51:1, the normalizer's colon for ∶).
_RATIO_TAIL_RE = re.compile(r"[:：]1(?![0-9.])")


def _counts_a_population(text: str, start: int, end: int, lexicon: TimeLexicon) -> bool:
    """True when the count at ``start``–``end`` is the population a later value is measured
    over: "1至5月，6个考核断面平均水质优良比例达80%", "1-2月，在28个行业大类中有17个行业增长"
    (``population_re``; ``population_frames``: 中 only after 在). The count is a standing
    number, not a value of the sentence's part-year period (the 17 is; the 28 is not).

    Why: timing the population with the months puts a count of monitoring sections or
    industry categories on a chart of January–May values."""
    match = lexicon.population_re.match(text, end, min(len(text), end + _POPULATION_REACH))
    if match is None:
        return False
    opener = lexicon.population_frames.get(match.group(1))
    if opener is None:
        return False
    return text[max(0, start - 2) : start].rstrip().endswith(opener)


def _year_to_date_of(period: str, titled: str, lexicon: TimeLexicon) -> str:
    """So far this year (今年以来) in a document whose title names a part of the year is that
    part: "某区2024年上半年经济社会发展情况新闻发布会" saying "今年以来，PM2.5累计浓度为…" gives
    the first half's value (H1), comparable with other districts' H1, even where the title does
    not time every value (a press conference's); elsewhere it stays YTD, to the document's
    date."""
    if period == lexicon.year_to_date_period and titled != ANNUAL:
        return titled
    return period


@dataclass(frozen=True)
class TimeFrame:
    year: int | None
    period: str = ANNUAL
    year_from: int | None = None
    year_to: int | None = None
    cue: str = ""  # the words that state a part-year or a span (上半年, 2019—2022年累计)
    basis: str = ""  # where the year came from (stated, relative, passage, report, …)


def outside_a_goals_year(frame: TimeFrame, document: DocumentTime) -> TimeFrame:
    """The time of a value that is no goal, when its year came from an opening that names a
    year after the document's (a headline's deadline: 到2025年…年产将达30万辆): the value is
    of the document's present, as a value with no year of its own is (see ``resolve``).

    Why: a fact cannot have happened after the text that reports it; "24日上午，…共签约项目14
    个" under that headline, in a story of October 2016, was charted as 2025's.
    """
    if frame.basis != "opening" or frame.year is None or document.year is None:
        return frame
    if frame.year <= document.year:
        return frame
    year = document.present_year
    return TimeFrame(year, frame.period, year, year, frame.cue, "present" if year else "")


def _names_a_goal_as_yardstick(text: str, end: int, lexicon: TimeLexicon) -> bool:
    """The year ending at ``end`` names a goal the value is measured against (``goal_yardstick_
    nouns`` then ``goal_yardstick_after``): "已完成2025年规划目标值的92.8%", "距2025年目标还差
    0.5个百分点" in a review of 2024 are of the year the review is written in (the caller asks
    only of a year after the document's, or in an undated text: "完成2023年目标任务的112%" in
    January 2024 is 2023's).
    "2025年目标是1000亿元" names the goal itself, of 2025.

    >>> lexicon = load_time_lexicon()
    >>> _names_a_goal_as_yardstick("已完成2025年规划目标值的92.8%", 8, lexicon)
    True
    >>> _names_a_goal_as_yardstick("2025年目标是1000亿元", 5, lexicon)
    False
    """
    noun = next((n for n in lexicon.goal_yardstick_nouns if text.startswith(n, end)), None)
    return noun is not None and text.startswith(lexicon.goal_yardstick_after, end + len(noun))


def of_a_year_to_come(frame: TimeFrame, passage: Passage, start: int) -> bool:
    """The value's own year (written in its sentence, or 明年 against the date) is after the
    document's date (known to the day): what the text says of it is planned or foreseen, not done
    ("明年，东城区将对辖区71个老旧小区启动改造" in May 2023). Not when the last year written
    before the value ends a stretch that began by the date ("今冬明春(2025年11月~2026年2月)
    全市平均气温-1℃左右" in November 2025).

    Why: only goal words made a target, and a plan told in the future tense without them
    ("明年北运河…40公里河道将全线通航") was charted as a result of the year to come.
    """
    dated = passage.document.present_year  # a date known to the day, not a year read in text
    if frame.basis not in _YEARS_OF_ITS_OWN or frame.year is None or dated is None:
        return False
    if frame.year <= dated:
        return False
    lexicon = load_time_lexicon()
    text = passage.text
    written = list(lexicon.year_re.finditer(text, passage.sentence.start, start))
    if len(written) < 2:
        return True
    first, last = written[-2], written[-1]
    gap = text[first.end() : last.start()]
    marks = (*RANGE_DASHES, *lexicon.range_words)
    words = re.sub(r"\d", "", gap)  # the month and day a stretch's ends may name: 11月15日至
    stretch = len(words) <= _STRETCH_GAP and any(mark in words for mark in marks)
    return not (stretch and int(first.group(1)) <= dated)


# Between the start and the end of a stretch of time (2025年11月~2026年2月, 2020年至2021年,
# 2023年11月15日至2024年3月15日): the most characters besides digits, a range's mark among them
# (not 2024年启动改造的小区到2026年…, prose between two years)
_STRETCH_GAP = 3


# Where a value's year comes from when the text writes it for the value (not a passage's)
_YEARS_OF_ITS_OWN = ("stated", "relative", "statement", "column")


@dataclass(frozen=True)
class TimeLexicon:
    relative_years: dict[str, int]
    passage_relative_years: dict[str, int]
    baseline_before: tuple[str, ...]
    since_after: tuple[str, ...]
    review_release_nouns: tuple[str, ...]
    price_base_after: tuple[str, ...]
    goal_yardstick_nouns: tuple[str, ...]
    goal_yardstick_after: tuple[str, ...]
    price_base_leads: tuple[str, ...]
    cause_leads: tuple[str, ...]
    base_effect_words: tuple[str, ...]
    looking_back_words: tuple[str, ...]
    span_start_verbs: tuple[str, ...]
    month_start_marks: tuple[str, ...]
    superlative_reach_words: tuple[str, ...]
    since_event_alone: tuple[str, ...]  # of since_after: a span's start without a total word
    as_of_words: tuple[str, ...]
    present: tuple[str, ...]
    future_span_leads: tuple[str, ...]  # 未来5年累计: the count's years are to come
    successive_words: tuple[str, ...]  # 先后建成: done one after another since
    named_seasons: tuple[str, ...]  # 五一, 汛期: a time of the year named by its own word
    per_period: tuple[str, ...]  # per mark + period (每年): per_markers × per_period
    span_words: tuple[str, ...]
    source_clause_endings: tuple[str, ...]
    average_words: tuple[str, ...]
    # 多年平均降雨量585毫米: a mean over many years (a climate's normal), the value of no year
    long_term_words: tuple[str, ...]
    years_count_phrase_re: re.Pattern[str]
    plan_periods: dict[str, tuple[int, int]]
    periods: dict[str, str]
    month_range_names: dict[str, str]
    free_time_titles: tuple[str, ...]
    year_to_date: tuple[str, ...]
    year_to_date_period: str
    date_labels: tuple[str, ...]
    delivery_places: tuple[str, ...]
    delivery_closings: tuple[str, ...]
    delivery_leads: tuple[str, ...]
    report_title_words: tuple[str, ...]
    year_review_titles: tuple[str, ...]  # titles of reports on a whole year (公报, 工作报告)
    plan_report_titles: tuple[str, ...]  # …that report a plan for their own year (工作计划)
    plan_review_titles: tuple[str, ...]  # …unless they report how it went (实施情况)
    work_report_words: tuple[str, ...]
    work_report_title_notes: tuple[str, ...]
    report_done_words: tuple[str, ...]
    review_words: tuple[str, ...]
    copulas: tuple[str, ...]
    clause_leads: tuple[str, ...]
    run_in_headings: tuple[str, ...]
    subject_deadline_leads: tuple[str, ...]
    range_words: tuple[str, ...]  # the "to" of a from–to pair, shared with ranges (3至5个)
    possessive_marks: tuple[str, ...]  # shared with attribution and the number forms
    ratio_words: tuple[str, ...]  # the number forms' 倍 and 分之: a value as a ratio to a base
    ratio_leads: tuple[str, ...]  # before a base year: 是2016年的1.37倍
    ratio_value_leads: tuple[str, ...]  # between its 的 and the ratio: 是2019年的近3倍
    baseline_after: tuple[str, ...]
    comparison_markers: tuple[str, ...]  # shared with the qualifiers (比上年, 较2020年)
    list_marks: tuple[str, ...]
    ordinal_marks: tuple[str, ...]  # shared with the number rules (第)
    later_cues: tuple[str, ...]
    founding_verbs: tuple[str, ...]  # 2002年启动建设: a thing's start (_holds_now)
    perfect_openings: tuple[str, ...]  # 已入驻: what the thing holds now
    same_time_words: tuple[str, ...]  # 已于当年: the start's own year, not now
    start_time_marks: tuple[str, ...]  # 首年, 之初: a later clause's own time
    years_count_re: re.Pattern[str]
    years_ahead_re: re.Pattern[str]
    deadline_tail_re: re.Pattern[str]
    month_range_re: re.Pattern[str]
    month_end_re: re.Pattern[str]
    decade_re: re.Pattern[str]
    forecast_words: tuple[str, ...]
    release_verbs: tuple[str, ...]
    released_data_nouns: tuple[str, ...]
    release_title_verbs: tuple[str, ...]
    edition_marks: tuple[str, ...]
    plan_document_words: tuple[str, ...]
    all_districts_words: tuple[str, ...]
    holds_now_words: tuple[str, ...]
    months_to_date_re: re.Pattern[str]
    running_to_month_re: re.Pattern[str]
    month_re: re.Pattern[str]
    month_alone_re: re.Pattern[str]
    month_date_re: re.Pattern[str]
    month_day_re: re.Pattern[str]
    year_re: re.Pattern[str]
    bracketed_year_re: re.Pattern[str]
    year_range_re: re.Pattern[str]
    year_month_re: re.Pattern[str]
    full_date_re: re.Pattern[str]
    relative_re: re.Pattern[str]
    period_re: re.Pattern[str]
    data_year_re: re.Pattern[str] = re.compile("(?!)")  # time_document: the head's data year
    data_verbs: tuple[str, ...] = ()
    released_report_re: re.Pattern[str] = re.compile("(?!)")  # time_document
    census_time_re: re.Pattern[str] = re.compile("(?!)")  # time_document: a standard time
    census_rounds: dict[str, int] = dataclasses.field(default_factory=dict)  # time_document
    # 此次, 这次: a paragraph opening with the event named before (_year_of_the_event_recalled)
    anaphoric_leads: tuple[str, ...] = ()
    # 分别为 after a span of years: one value a year follows (_year_in_a_series)
    series_cues: tuple[str, ...] = ()
    # a medium's name (北京青年报): its 年报 names no annual report (shared with attribution)
    media_suffixes: tuple[str, ...] = ()
    # after a medium's suffix, what makes it a report's word instead (青年报告)
    medium_report_continuations: tuple[str, ...] = ()
    census_round_re: re.Pattern[str] | None = None
    plan_end_re: re.Pattern[str] | None = None
    event_years: dict[str, int] = dataclasses.field(default_factory=dict)
    event_year_re: re.Pattern[str] | None = None
    # 2023中关村论坛: an event named with its year, no 年 (_years, events)
    event_name_year_re: re.Pattern[str] | None = None
    question_labels: tuple[str, ...] = ()
    indefinite_openings: tuple[str, ...] = ()
    part_openings: tuple[str, ...] = ()
    future_before: tuple[str, ...] = ()
    unfinished_period_goal_words: tuple[str, ...] = ()
    unfinished_period_goal_exceptions: tuple[str, ...] = ()
    # time_attributes: fixed attributes (山区面积, 总库容) and a January story's present
    fixed_attribute_re: re.Pattern[str] = re.compile("(?!)")
    fixed_attribute_links: tuple[str, ...] = ()
    current_days: tuple[str, ...] = ()
    january_day_re: re.Pattern[str] = re.compile("(?!)")
    january_meeting_words: tuple[str, ...] = ()
    section_mark_re: re.Pattern[str] = re.compile("(?!)")
    level_verbs: tuple[str, ...] = ()
    share_marks: tuple[str, ...] = ()
    today_re: re.Pattern[str] = re.compile("(?!)")
    level_fillers: tuple[str, ...] = ()
    level_list_value_re: re.Pattern[str] = re.compile(r"(?!)")
    not_accumulating: tuple[str, ...] = ()
    accumulating: tuple[str, ...] = ()
    # unseen_page_cues: "十年前的39%" (a count of years, then 年前)
    years_ago_words: tuple[str, ...] = ()
    # 截至11月26日…累计: a running total to a day (time_part_year), to the nearest month end
    running_to_day_re: re.Pattern[str] = re.compile("(?!)")
    day_of_half: int = 15
    # chart_scope_cues: 年末, 全年 (a value the sentence times at the year's end is the year's)
    year_end_words: tuple[str, ...] = ()
    whole_year_words: tuple[str, ...] = ()
    holiday_title_words: tuple[str, ...] = ()
    year_task_nouns: tuple[str, ...] = ()
    # period_scope: words by which a sentence times itself (截至), a streak of years (连续6年)
    own_scope_words: tuple[str, ...] = ()
    own_season_words: tuple[str, ...] = ()
    streak_re: re.Pattern[str] = re.compile("(?!)")
    written_plan_words: tuple[str, ...] = ()
    population_re: re.Pattern[str] = re.compile("(?!)")
    population_frames: dict[str, str] = dataclasses.field(default_factory=dict)
    one_day_readings: tuple[str, ...] = ()
    dated_readings: tuple[str, ...] = ()
    dated_reading_hour_re: re.Pattern[str] = re.compile(r"(?!)")
    dated_reading_peaks: tuple[str, ...] = ()
    day_range_re: re.Pattern[str] = re.compile(r"(?!)")
    run_event_words: tuple[str, ...] = ()
    since_event_totals: tuple[str, ...] = ()
    from_value_marks: tuple[str, ...] = ()
    reaching_verbs: tuple[str, ...] = ()


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


@functools.cache
def load_time_lexicon(path: Path = LEXICON_PATH) -> TimeLexicon:
    """The ``time`` section of the lexicon, checked: a missing key, a malformed entry or an
    invalid pattern is a ``CatalogError`` naming the file and the entry."""
    _, document = read_yaml(path)
    raw = document.get("time") if isinstance(document, dict) else None
    if not isinstance(raw, dict):
        raise CatalogError(path, "missing the 'time' section of word lists")
    heads = document.get("time_document")
    heads = heads if isinstance(heads, dict) else {}
    shared = {key: document[key] for key in _SHARED_KEYS if key in document}
    attributes = document.get("time_attributes")
    attributes = attributes if isinstance(attributes, dict) else {}
    pages = document.get("unseen_page_cues")
    pages = pages if isinstance(pages, dict) else {}
    scope = document.get("chart_scope_cues")
    scope = scope if isinstance(scope, dict) else {}
    try:
        lexicon = dataclasses.replace(
            _time_lexicon({**raw, **heads, **attributes, **shared}, _place_names(path.parent)),
            years_ago_words=_longest_first(pages.get("years_ago_words", ())),
            year_end_words=_longest_first(scope.get("year_end_words", ())),
            whole_year_words=_longest_first(scope.get("whole_year_words", ())),
            holiday_title_words=_longest_first(scope.get("holiday_title_words", ())),
            year_task_nouns=_longest_first(scope.get("year_task_nouns", ())),
        )
    except KeyError as missing:
        key = missing.args[0]
        if key in _SHARED_KEYS:
            raise CatalogError(path, "missing entry", key) from None
        section = (
            "time_document"
            if key in _HEAD_KEYS
            else "time_attributes"
            if key in _ATTRIBUTE_KEYS
            else "time"
        )
        raise CatalogError(path, "missing entry", f"{section}.{key}") from None
    except re.error as error:
        raise CatalogError(path, f"an invalid pattern ({error})", "time") from None
    except (TypeError, AttributeError, ValueError) as error:
        raise CatalogError(path, f"an entry has the wrong shape ({error})", "time") from None
    lexicon = _with_part_year(lexicon, document.get("time_part_year"), path)
    return _with_period_scope(lexicon, document.get("period_scope"), path)


def _with_period_scope(lexicon: TimeLexicon, scope: object, path: Path) -> TimeLexicon:
    """The ``period_scope`` section (how a sentence names its own time), checked like the
    others; a lexicon without it keeps the empty defaults."""
    if scope is None:
        return lexicon
    if not isinstance(scope, dict):
        raise CatalogError(path, "expected a mapping", "period_scope")
    try:
        return dataclasses.replace(
            lexicon,
            own_scope_words=_longest_first(str(word) for word in scope["own_scope_words"]),
            own_season_words=_longest_first(str(word) for word in scope["own_season_words"]),
            streak_re=re.compile(scope["streak_pattern"]),
            written_plan_words=tuple(str(word) for word in scope["written_plan_words"]),
            population_re=re.compile(scope["population_pattern"]),
            population_frames={str(k): str(v or "") for k, v in scope["population_frames"].items()},
            one_day_readings=tuple(str(word) for word in scope["one_day_readings"]),
            dated_readings=tuple(str(word) for word in scope["dated_readings"]),
            dated_reading_hour_re=re.compile(scope["dated_reading_hour_pattern"]),
            dated_reading_peaks=tuple(str(word) for word in scope["dated_reading_peaks"]),
            day_range_re=_day_range_re(scope["day_range_pattern"]),
            run_event_words=tuple(str(word) for word in scope["run_event_words"]),
        )
    except KeyError as missing:
        raise CatalogError(path, "missing entry", f"period_scope.{missing.args[0]}") from None
    except (re.error, TypeError, ValueError) as error:
        raise CatalogError(path, f"malformed entry ({error})", "period_scope") from None


def _day_range_re(pattern: str) -> re.Pattern[str]:
    """``day_range_pattern``, which must name the groups ``_days_in`` reads."""
    compiled = re.compile(pattern)
    missing = {"first_month", "first_day", "last_month", "last_day"} - set(compiled.groupindex)
    if missing:
        raise ValueError(f"day_range_pattern names no group {', '.join(sorted(missing))}")
    return compiled


# The longest event name read after its year (2022北京·昌平生命科学国际论坛)
_EVENT_NAME_LENGTH = 20


def _event_name_year_re(
    endings: list[str],
    count_marks: list[str],
    ordinal_marks: list[str],
    place_followers: list[str],
) -> re.Pattern[str] | None:
    """A year of four digits written right before an event's name, without 年, the name closed
    by one of ``endings`` within its clause: group 1 is the year. Not a date (2023-05-20,
    2023.5), nor four digits a measure word or a word of more follows (``count_marks``: 2000余人
    参加大会, 中关村大街2019号) or an ordinal mark precedes (第2023届博览会), nor a name that
    one of ``place_followers`` follows (2019世园会园区, 2019世园会后); a year with its 年
    matches too, and ``_years`` keeps ``year_pattern``'s reading.

    >>> pattern = _event_name_year_re(["论坛", "大会"], ["余", "号"], ["第"], ["园区"])
    >>> pattern.search("记者从2023中关村论坛上获悉").group(1)
    '2023'
    >>> [pattern.search(text) for text in ("2023-05-20论坛", "2000余人参加大会", "大街2019号论坛")]
    [None, None, None]
    """
    if not endings:
        return None
    ordinals = "".join(re.escape(mark) for mark in ordinal_marks)
    counts = alternation(count_marks) if count_marks else "(?!)"
    followers = alternation(place_followers) if place_followers else "(?!)"
    return re.compile(
        rf"(?<![\d.\-/{ordinals}])((?:19|20)\d{{2}})(?=[\u4e00-\u9fff·《“])(?!{counts})"
        rf"(?=[^，,。；;：:！？\n]{{0,{_EVENT_NAME_LENGTH}}}?(?:{alternation(endings)})(?!{followers}))"
    )


def _with_part_year(lexicon: TimeLexicon, part_year: object, path: Path) -> TimeLexicon:
    """The ``time_part_year`` section (a running total to a day), checked like the others."""
    if not isinstance(part_year, dict):
        raise CatalogError(path, "missing the 'time_part_year' section")
    try:
        return dataclasses.replace(
            lexicon,
            running_to_day_re=re.compile(part_year["running_to_day_pattern"]),
            day_of_half=int(part_year["day_of_half"]),
        )
    except KeyError as missing:
        raise CatalogError(path, "missing entry", f"time_part_year.{missing.args[0]}") from None
    except (re.error, TypeError, ValueError) as error:
        raise CatalogError(path, f"malformed entry ({error})", "time_part_year") from None


# Lines read back for the year of an event a paragraph recalls (此次…), blank lines included
_RECALL_LINES = 6
# Months a period must end after the document's date to be the year before's (a quarter).
_MONTHS_AHEAD = 3
# The months of a year in which last year's results are released (January to March): later, a
# period not yet over is this year's plan or a running one, however its sentence is worded.
_RELEASE_MONTHS = 3

_HEAD_KEYS = (
    "data_year_pattern",
    "data_verbs",
    "released_report_pattern",
    "census_time_pattern",
    "census_rounds",
    "event_years",
    "event_name_endings",
    "event_year_count_marks",
    "event_year_place_followers",
    "question_labels",
    "indefinite_openings",
    "part_openings",
    "future_before",
    "unfinished_period_goal_words",
    "unfinished_period_goal_exceptions",
)  # time_document's keys
# Top-level keys the time rules share with the other stages (one vocabulary, one key).
_SHARED_KEYS = (
    "per_markers",
    "per_period",
    "range_words",
    "possessive_marks",
    "ordinal_marks",
    "share_verbs",
    "comparison_markers",
    "multiple_unit",
    "fraction_word",
    "media_suffixes",
    "anaphoric_leads",
)
_ATTRIBUTE_KEYS = (
    "fixed_attribute_pattern",
    "fixed_attribute_links",
    "current_days",
    "january_day_pattern",
    "january_meeting_words",
    "section_mark_pattern",
    "level_verbs",
    "place_attribute_pattern",
    "today_pattern",
    "level_fillers",
    "level_list_value_pattern",
    "not_accumulating",
    "accumulating",
)


def _place_names(data_dir: Path) -> tuple[str, ...]:
    """The districts' full names (密云区, 怀柔區) from districts.yaml: a district's own area
    (密云区面积) is a fixed attribute, and a list of districts' areas names them."""
    if not (data_dir / "districts.yaml").is_file():
        return ()
    _, document = read_yaml(data_dir / "districts.yaml")
    entries = document.get("districts", []) if isinstance(document, dict) else []
    # the text is read in simplified script, so the full names are enough
    return _longest_first(str(entry.get("full_name") or "") for entry in entries if entry)


def _period_re(
    words: list[str], blockers: tuple[str, ...], range_marks: tuple[str, ...]
) -> re.Pattern[str]:
    """The periods' words; one written with a digit not after a digit, a range mark or one of
    ``blockers`` (连续14季度, 连续4季度, 第1季度至4季度, 1、2季度), nor before a range mark
    (第1季度至…), unless the range is written whole as a period of its own."""
    digits = [word for word in words if word[:1].isdigit()]
    others = [word for word in words if not word[:1].isdigit()]
    ranges = alternation(range_marks)
    # one fixed-width look-behind per word (a range mark, a blocker)
    behind = [*range_marks, *blockers]
    not_after = "".join(f"(?<!{re.escape(word)})" for word in behind)
    # the words' first characters looked ahead for first: the same matches, but most places
    # of a text open none of them and are passed after one test, not after every look-behind
    heads = re.escape("".join(sorted({word[0] for word in digits})))
    guarded = (
        rf"(?=[{heads}])(?<!\d){not_after}(?:{alternation(digits)})(?!\s*(?:{ranges}))"
        if digits
        else "(?!)"
    )
    return re.compile(rf"{guarded}|{alternation(others)}")


def _time_lexicon(raw: dict, places: tuple[str, ...] = ()) -> TimeLexicon:
    relative = {str(k): int(v) for k, v in raw["relative_years"].items()}
    passage = {str(k): int(v) for k, v in raw["passage_relative_years"].items()}
    periods = {str(k): str(v) for k, v in raw["periods"].items()}
    ytd = _longest_first(raw["year_to_date"])
    return TimeLexicon(
        relative_years=relative,
        passage_relative_years=passage,
        baseline_before=_longest_first(raw["baseline_before"]),
        since_after=_longest_first(raw["since_after"]),
        review_release_nouns=_longest_first(raw["review_release_nouns"]),
        price_base_after=_longest_first(raw["price_base_after"]),
        goal_yardstick_nouns=_longest_first(raw["goal_yardstick_nouns"]),
        goal_yardstick_after=_longest_first(raw["goal_yardstick_after"]),
        price_base_leads=_longest_first(raw["price_base_leads"]),
        cause_leads=_longest_first(raw["cause_leads"]),
        base_effect_words=tuple(raw["base_effect_words"]),
        looking_back_words=_longest_first(raw["looking_back_words"]),
        span_start_verbs=_longest_first(raw["span_start_verbs"]),
        month_start_marks=_longest_first(raw["month_start_marks"]),
        superlative_reach_words=tuple(raw["superlative_reach_words"]),
        since_event_alone=tuple(raw["since_event_alone"]),
        as_of_words=_longest_first(raw["as_of_words"]),
        present=tuple(raw["present"]),
        future_span_leads=_longest_first(raw["future_span_leads"]),
        successive_words=tuple(raw["successive_words"]),
        named_seasons=_longest_first(raw["named_seasons"]),
        per_period=tuple(m + p for m in raw["per_markers"] for p in raw["per_period"]),
        span_words=_longest_first(raw["span_words"]),
        source_clause_endings=tuple(raw["source_clause_endings"]),
        since_event_totals=tuple(raw["since_event_totals"]),
        from_value_marks=tuple(raw["from_value_marks"]),
        reaching_verbs=tuple(raw["reaching_verbs"]),
        average_words=tuple(raw["average_words"]),
        long_term_words=tuple(raw["long_term_words"]),
        years_count_phrase_re=re.compile(raw["years_count_phrase_pattern"]),
        plan_periods={str(k): (int(v[0]), int(v[1])) for k, v in raw["plan_periods"].items()},
        periods=periods,
        month_range_names={str(k): str(v) for k, v in raw["month_range_names"].items()},
        free_time_titles=tuple(raw["free_time_titles"]),
        year_to_date=ytd,
        year_to_date_period=str(raw["year_to_date_period"]),
        date_labels=_longest_first(raw["date_labels"]),
        delivery_places=tuple(raw["delivery_places"]),
        delivery_closings=_longest_first(raw["delivery_closings"]),
        delivery_leads=tuple(raw["delivery_leads"]),
        report_title_words=tuple(raw["report_title_words"]),
        year_review_titles=tuple(raw["year_review_titles"]),
        plan_report_titles=tuple(raw["plan_report_titles"]),
        plan_review_titles=tuple(raw["plan_review_titles"]),
        work_report_words=tuple(raw["work_report_words"]),
        work_report_title_notes=tuple(raw["work_report_title_notes"]),
        report_done_words=tuple(raw["report_done_words"]),
        review_words=tuple(raw["review_words"]),
        copulas=tuple(raw["copulas"]),
        clause_leads=tuple(raw["clause_leads"]),
        run_in_headings=tuple(raw["run_in_headings"]),
        subject_deadline_leads=tuple(raw["subject_deadline_leads"]),
        range_words=tuple(raw["range_words"]),
        possessive_marks=tuple(raw["possessive_marks"]),
        baseline_after=_longest_first(raw["baseline_after"]),
        comparison_markers=tuple(raw["comparison_markers"]),
        list_marks=tuple(raw["list_marks"]),
        ordinal_marks=tuple(raw["ordinal_marks"]),
        anaphoric_leads=tuple(raw.get("anaphoric_leads", ())),
        series_cues=_longest_first(raw.get("series_cues", ())),
        media_suffixes=_longest_first(raw.get("media_suffixes", ())),
        medium_report_continuations=tuple(raw.get("medium_report_continuations", ())),
        later_cues=_longest_first(raw["later_cues"]),
        founding_verbs=_longest_first(raw["founding_verbs"]),
        perfect_openings=_longest_first(raw["perfect_openings"]),
        same_time_words=_longest_first(raw["same_time_words"]),
        start_time_marks=tuple(raw["start_time_marks"]),
        years_count_re=re.compile(raw["years_count_pattern"]),
        years_ahead_re=re.compile(raw["years_ahead_pattern"]),
        deadline_tail_re=re.compile(raw["deadline_tail_pattern"]),
        month_range_re=re.compile(raw["month_range_pattern"]),
        month_end_re=re.compile(raw["month_end_pattern"]),
        decade_re=re.compile(raw["decade_pattern"]),
        forecast_words=tuple(raw["forecast_words"]),
        release_verbs=tuple(raw["release_verbs"]),
        released_data_nouns=_longest_first(raw["released_data_nouns"]),
        release_title_verbs=_longest_first(raw["release_title_verbs"]),
        edition_marks=tuple(raw["edition_marks"]),
        plan_document_words=tuple(raw["plan_document_words"]),
        all_districts_words=tuple(raw["all_districts_words"]),
        holds_now_words=tuple(raw["holds_now_words"]),
        months_to_date_re=re.compile(raw["months_to_date_pattern"]),
        running_to_month_re=re.compile(raw["running_to_month_pattern"]),
        month_re=re.compile(raw["month_pattern"]),
        month_alone_re=re.compile(raw["month_alone_pattern"]),
        month_date_re=re.compile(raw["month_date_pattern"]),
        month_day_re=re.compile(raw["month_day_pattern"]),
        year_re=re.compile(raw["year_pattern"]),
        bracketed_year_re=re.compile(raw["bracketed_year_pattern"]),
        year_range_re=re.compile(raw["year_range_pattern"]),
        year_month_re=re.compile(raw["year_month_pattern"]),
        full_date_re=re.compile(raw["full_date_pattern"]),
        relative_re=re.compile(alternation([*relative, *passage])),
        period_re=_period_re(
            [*periods, *ytd],
            tuple(raw["digit_period_blockers"]),
            tuple(raw["digit_period_range_marks"]),
        ),
        data_year_re=re.compile(raw["data_year_pattern"]),
        data_verbs=tuple(raw["data_verbs"]),
        released_report_re=re.compile(raw["released_report_pattern"]),
        census_time_re=re.compile(raw["census_time_pattern"]),
        census_rounds=_census_rounds(raw["census_rounds"]),
        census_round_re=(
            re.compile(alternation(list(raw["census_rounds"]))) if raw["census_rounds"] else None
        ),
        plan_end_re=_plan_end_re(raw),
        event_years=_census_rounds(raw["event_years"], "event_years"),
        event_year_re=(
            re.compile(alternation(list(raw["event_years"]))) if raw["event_years"] else None
        ),
        event_name_year_re=_event_name_year_re(
            raw["event_name_endings"],
            raw["event_year_count_marks"],
            raw["ordinal_marks"],
            raw["event_year_place_followers"],
        ),
        question_labels=_longest_first(raw["question_labels"]),
        indefinite_openings=_longest_first(raw["indefinite_openings"]),
        part_openings=_longest_first(raw["part_openings"]),
        future_before=_longest_first(raw["future_before"]),
        unfinished_period_goal_words=_longest_first(raw["unfinished_period_goal_words"]),
        unfinished_period_goal_exceptions=_longest_first(raw["unfinished_period_goal_exceptions"]),
        fixed_attribute_re=re.compile(
            "|".join(
                [
                    *(
                        [raw["place_attribute_pattern"].format(places=alternation(places))]
                        if places
                        else []
                    ),
                    raw["fixed_attribute_pattern"],
                ]
            )
        ),
        fixed_attribute_links=_longest_first([*raw["fixed_attribute_links"], *places]),
        current_days=tuple(raw["current_days"]),
        january_day_re=re.compile(raw["january_day_pattern"]),
        january_meeting_words=tuple(raw["january_meeting_words"]),
        section_mark_re=re.compile(raw["section_mark_pattern"]),
        level_verbs=_longest_first(raw["level_verbs"]),
        share_marks=tuple(raw["share_verbs"]),
        ratio_words=(str(raw["multiple_unit"]), str(raw["fraction_word"])),
        ratio_leads=_longest_first([*raw["ratio_leads"], *raw["copulas"], *raw["range_words"]]),
        ratio_value_leads=_longest_first(raw["ratio_value_leads"]),
        today_re=re.compile(raw["today_pattern"]),
        level_fillers=tuple(raw["level_fillers"]),
        level_list_value_re=re.compile(raw["level_list_value_pattern"]),
        not_accumulating=_longest_first(raw["not_accumulating"]),
        accumulating=tuple(raw["accumulating"]),
    )


# --- the period named by a phrase ---------------------------------------------------------


def period_in(phrase: str, lexicon: TimeLexicon | None = None) -> str | None:
    """The period a phrase names, or None: 前三季度 → Q1–Q3, 1至8月 → Jan–Aug, 9月末 → Sep-end;
    a phrase that is only a month (9月, 2020年9月) → Sep.

    Also what the scorer reads from a gold term's suffix ("地区生产总值(前三季度)").
    """
    lexicon = lexicon or load_time_lexicon()
    alone = lexicon.month_alone_re.match(phrase)
    if alone:  # "9月", "2020年9月": the phrase is that month
        return _MONTHS[int(alone.group(1)) - 1]
    found = [
        (position, period)
        for position, period, _ in _periods(phrase, 0, len(phrase), lexicon)
        if not _is_baseline(phrase, 0, position, lexicon)  # (较前三季度收窄): a comparison
    ]
    return found[-1][1] if found else None


def span_in(phrase: str, lexicon: TimeLexicon | None = None) -> bool:
    """True when a short phrase names a span of years: 五年累计, 近三年累计, "十四五"以来新增,
    2023年以来, 2019—2022年 (what the scorer reads from a gold term's suffix)."""
    lexicon = lexicon or load_time_lexicon()
    if lexicon.years_count_phrase_re.match(phrase) or lexicon.year_range_re.search(phrase):
        return True
    for name in lexicon.plan_periods:
        at = phrase.find(name)
        if at >= 0 and phrase[at + len(name) :].lstrip('"”“」').startswith(lexicon.span_words):
            return True
    year = lexicon.year_re.search(phrase)
    return bool(year) and phrase[year.end() :].startswith(lexicon.since_after)


def _periods(text: str, start: int, end: int, lexicon: TimeLexicon) -> list[tuple[int, str, str]]:
    """(position, period, words) of every period named in text[start:end], in order."""
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for match in lexicon.month_range_re.finditer(text, start, end):
        first, last = int(match.group(1)), int(match.group(2))
        if first < last:
            months = f"{_MONTHS[first - 1]}–{_MONTHS[last - 1]}"
            period = lexicon.month_range_names.get(months, months)
            found.append((match.start(), period, match.group()))
            taken.append(match.span())
    # 前10个月 and 截至10月底…累计: the months from January, as 1—10月 (Jan–Oct)
    for pattern in (lexicon.months_to_date_re, lexicon.running_to_month_re):
        for match in pattern.finditer(text, start, end):
            last = _numeral(match.group(1))
            if last is not None and 1 < last < len(_MONTHS) and free(*match.span()):
                months = f"{_MONTHS[0]}–{_MONTHS[last - 1]}"
                period = lexicon.month_range_names.get(months, months)
                found.append((match.start(), period, match.group()))
                taken.append(match.span())
    # "2020年1月1日至5月31日，…": from the year's first day to a month's end, setting the time
    # of what follows, as 1—5月 (Jan–May); to 12月31日 it is the whole year, named by no period.
    # Not a season defined (1月1日至4月30日为森林防火期) nor a count to a day (至6月20日)
    for match in lexicon.day_range_re.finditer(text, start, end):
        if match.group("last_month") is None or not free(*match.span()):
            continue
        if not text[match.end() : match.end() + 2].lstrip(" \t\u3000").startswith(("，", ",")):
            continue
        first = (int(match.group("first_month")), int(match.group("first_day")))
        last, day = int(match.group("last_month")), int(match.group("last_day"))
        if first == (1, 1) and 1 < last < len(_MONTHS) and day >= _MONTH_END_DAY:
            months = f"{_MONTHS[0]}–{_MONTHS[last - 1]}"
            found.append(
                (match.start(), lexicon.month_range_names.get(months, months), match.group())
            )
            taken.append(match.span())
    # 截至11月26日…累计: late in a month, to that month's end (Jan–Nov). Early in a month
    # (截至7月3日…累计) the total stays the year's to date, as written: no period is named.
    for match in lexicon.running_to_day_re.finditer(text, start, end):
        month, day = int(match.group(1)), int(match.group(2))
        last = month
        if day >= lexicon.day_of_half and 1 < last < len(_MONTHS) and free(*match.span()):
            months = f"{_MONTHS[0]}–{_MONTHS[last - 1]}"
            found.append(
                (match.start(), lexicon.month_range_names.get(months, months), match.group())
            )
            taken.append(match.span())
    for match in lexicon.month_end_re.finditer(text, start, end):
        if free(*match.span()):
            found.append((match.start(), f"{_MONTHS[int(match.group(1)) - 1]}-end", match.group()))
            taken.append(match.span())
    for match in lexicon.period_re.finditer(text, start, end):
        if free(*match.span()):
            word = match.group()
            period = lexicon.periods.get(word, lexicon.year_to_date_period)
            found.append((match.start(), period, word))
            taken.append(match.span())
    for match in lexicon.month_re.finditer(text, start, end):
        if free(*match.span()):
            found.append((match.start(), _MONTHS[int(match.group(1)) - 1], match.group()))
            taken.append(match.span())
    return sorted(found)


# --- the document ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentTime:
    """What a document says of its own time."""

    year: int | None  # the year of the document's date
    present_year: int | None  # the same, when the date is known to the day
    reporting_year: int | None  # the year a report on a whole year reports
    period: str  # the period its title names (2024年1—9月…简报 → Q1–Q3), else year
    # (position, year, end) of the passages a year opens
    # (None for a stretch of recent years: 近年来，…)
    openings: tuple[tuple[int, int | None, int], ...]
    # (start, end, year) of an interview's answers, with the year their question names
    answers: tuple[tuple[int, int, int | None], ...] = ()
    # known to the day or a report on a year: its passages and statements carry their times
    dated: bool = False
    # an undated text's 去年/今年 are read against this (see _after_reported_years); it is
    # not the document's date and dates nothing else
    implied_year: int | None = None
    # the latest year before which an event closed by 以来 starts a span (see since_now)
    since_now: int | None = None
    # the year a report on one year names in its head (…2024年…公报), or reviews (a work
    # report of early 2025 reviews 2024); not a year read from its data (data_year)
    titled_year: int | None = None
    # the month and the day of the document's date, when its date is known to the day
    present_month: int | None = None
    present_day: int | None = None
    # the part of the year its title names, even where the title's period does not time every
    # value (a press conference on the first half): what 今年以来 there covers
    titled_period: str = ANNUAL
    # (position, last year) of each plan period, over before the document's year, that the
    # document reviews ("十四五"以来 in a story of 2026): see ``reviewed_plans``
    reviewed: tuple[tuple[int, int | None], ...] = ()
    # the title's words for ``period`` (1—9月, 9月): what a term says of a value it times
    period_cue: str = ""
    # a text not dated to the day that writes one year only (a release whose table is
    # captioned 2023年5月份…): the year its months are of (see ``_only_year``)
    only_year: int | None = None
    # the title names a festival's or a holiday's days (春节假期…, “五一”小长假期间…): the
    # story's counts are of those days, none of them a year's measure
    holiday_title: bool = False

    @property
    def relative_to(self) -> int | None:
        """The year 今年 means: the document's, else the one an undated text implies."""
        return self.year if self.year is not None else self.implied_year

    def relative_year(self, at: int, offset: int) -> int | None:
        """The year a relative word at ``at`` (今年: ``offset`` 0, 去年: -1) means: as its
        sentence's opening was read when it opens one (今年以来 in last year's review, see
        ``_openings``), else against ``relative_to``."""
        if offset == 0:
            opened = next((y for o, y, _ in self.openings if o == at and y is not None), None)
            if opened is not None:
                return opened
        return None if self.relative_to is None else self.relative_to + offset


def document_date(text: str, lexicon: TimeLexicon | None = None) -> str:
    """The date a text gives itself (YYYY-MM-DD, YYYY-MM or ''), never an unrelated number.

    Read from a report's delivery (——2015年1月13日在…会议上, before a repost's label), a
    labelled date (发布日期：2024-11-05), a closing line that is only a date
    (2024年10月17日 under a notice), or a dateline near the head (2025年4月 under a bulletin's
    title, ——2026年1月14日在…会议上). A date inside a sentence (以2023年11月1日零时为标准时点) is
    an event, not the document's date.
    """
    lexicon = lexicon or load_time_lexicon()
    lines = [line.strip(" \t\u3000") for line in text.splitlines()]
    lines = [line for line in lines if line]
    story = _story_lines(text)
    head, tail = _run_on_head(story)[:10], story[-6:]
    delivered = delivery_date(text, lexicon)
    if delivered:
        return delivered
    for line in head:
        for label in lexicon.date_labels:
            at = line.find(label)
            if at >= 0:
                date = _date_in(line[at + len(label) : at + len(label) + 24], lexicon)
                if date:
                    return date
    for line in reversed(tail):
        if _is_dateline(line, 30):
            return _date_in(line, lexicon)
    for line in head:
        if _is_dateline(line, 50, byline=True):
            return _date_in(line, lexicon)
    split = _split_slash_dateline(head)
    if split:
        return split
    return date_of_today(text, lexicon)


_YEAR_LINE_RE = re.compile(r"(?:19|20)[0-9]{2}")
_MONTH_DAY_LINE_RE = re.compile(
    r"(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])(?P<time>\s+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?)?"
)
_TIME_LINE_RE = re.compile(r"[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?")


def _split_slash_dateline(head: list[str]) -> str:
    """A web page's dateline laid out one part per line, the year alone on its line and the
    month and day (and time) on the next: "财经\n2021\n10/05\n10:33" is 2021-10-05. Both lines
    must be nothing else, and a time of day must follow (10:33): a table's year over a ratio
    (2021 / 3/4) or a gallery's pager (2019 / 1/5) is no dateline."""
    for at, (line, following) in enumerate(itertools.pairwise(head)):
        day = _MONTH_DAY_LINE_RE.fullmatch(following)
        if not _YEAR_LINE_RE.fullmatch(line) or day is None:
            continue
        after = head[at + 2] if at + 2 < len(head) else ""
        if day.group("time") or _TIME_LINE_RE.fullmatch(after):
            return _date_in(f"{line} {following}", load_time_lexicon())
    return ""


# Page chrome whose dates are other stories' (the site's navigation and footer may carry the
# page's own date: they stay).
_NOT_THE_STORYS = ("related", "pager", "tags")


def _story_lines(text: str) -> list[str]:
    """The non-empty lines of ``text`` outside the chrome that lists other stories: a dateline
    is the story's, not that of the last headline under 相关阅读 (``第一财经 2022-05-20``) or
    of a pager's next story."""
    for start, end, kind in sorted(find_page_chrome(text), reverse=True):
        if kind in _NOT_THE_STORYS:
            text = text[:start] + text[end:]
    return [line for line in (raw.strip(" \t\u3000") for raw in text.splitlines()) if line]


def delivery_date(text: str, lexicon: TimeLexicon | None = None) -> str:
    """The date a report or speech was delivered, from its dateline near the head
    ("——2015年1月13日在通州区第五届人民代表大会第五次会议上"), else ''.

    Why: that date, not the date of the page that reposts it (日期：2016-05-09, or the date a
    user gives for the page), is the time its 今年, 全年 and 过去一年 speak of. A work report
    reposted a year later had its review of 2014 read as 2015's."""
    lexicon = lexicon or load_time_lexicon()
    lines = [line.strip(" \t\u3000") for line in text.splitlines()]
    for line in _run_on_head([line for line in lines if line])[:10]:
        if _is_dateline(line, 50) and _says_where_delivered(line, lexicon):
            return _date_in(line, lexicon)
    return ""


_DATELINE_DASHES = "—－-─"


def _says_where_delivered(line: str, lexicon: TimeLexicon) -> bool:
    """The whole line is a delivery dateline: a dash, the date, 在…, and the place it was
    delivered at its end ("——2015年1月13日在…会议上", "…大会上的讲话"). A subheading that
    names a meeting ("——2023年12月区委全会上部署的十项任务落地见效") is no dateline."""
    if not line.startswith(tuple(_DATELINE_DASHES)):
        return False
    said = line.lstrip(_DATELINE_DASHES + " ")
    date = lexicon.full_date_re.match(said)
    if date is None or not said[date.end() :].lstrip().startswith(lexicon.delivery_leads):
        return False
    closing = next((word for word in lexicon.delivery_closings if said.endswith(word)), "")
    return said.removesuffix(closing).endswith(lexicon.delivery_places)


def date_of_today(text: str, lexicon: TimeLexicon) -> str:
    """The date of a news story that names its day but not its date: "今天(31日)下午…发出紧急
    提示" with "2023年7月31日15时发布洪水橙色预警" in the same story is of 2023-07-31 (a report
    of the day tells its day this way and dates the day's events in full). Only when every full
    date of that day in the text is the same date; never a guess from another day's date."""
    today = lexicon.today_re.search(text)
    if today is None:
        return ""
    day = int(today.group(1))
    dates = {
        (int(y), int(m), int(d))
        for y, m, d in lexicon.full_date_re.findall(text)
        if 1 <= int(m) <= 12 and int(d) == day
    }
    if len(dates) != 1:
        return ""
    year, month, _ = dates.pop()
    return f"{year}-{month:02d}-{day:02d}"


def is_a_dateline(line: str) -> bool:
    """A short line that dates a page ("2025-07-28 06:24 北京日报", "发布时间：2024年5月1日"):
    a date in it, no sentence's marks.

    >>> is_a_dateline("2025-07-28 06:24 某报"), is_a_dateline("2025年7月28日，全区完成造林。")
    (True, False)
    """
    return _is_dateline(line.strip(" \t\u3000"), _DATELINE_LENGTH)


# A dateline is short: a date, a time, a source, a byline.
_DATELINE_LENGTH = 50


def _is_dateline(line: str, longest: int, *, byline: bool = False) -> bool:
    """A short line with a date and no sentence's marks; with ``byline`` (a line of the
    page's head), commas too when the date closes the line ("出处:某报 作者:甲,乙 网编:丙
    2023-02-01": two reporters named). At a page's foot such a line dates something else
    (数据来源:区统计局,截至2023-09-30).

    >>> _is_dateline("出处:某报 作者:甲某,乙某 网编:丙某 2023-02-01", 50, byline=True)
    True
    >>> _is_dateline("数据来源:区统计局,截至2023-09-30", 30)
    False
    """
    lexicon = load_time_lexicon()
    if len(line) > longest or any(mark in line for mark in "。；;"):
        return False
    if any(mark in line for mark in "，,") and not (byline and _CLOSING_DATE_RE.search(line)):
        return False
    return bool(_date_in(line, lexicon))


# A full date, perhaps with its time, closing a line (a byline's: …网编:丙 2023-02-01 10:30)
_CLOSING_DATE_RE = re.compile(
    r"(?<![0-9])(?:19|20)[0-9]{2}[-/.](?:1[0-2]|0?[1-9])[-/.](?:3[01]|[12][0-9]|0?[1-9])"
    r"(?:\s+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?)?\s*$"
)


# A web page's dateline in the American order after its year: "2025 11/13 09:40:03".
_SLASH_DATELINE_RE = re.compile(
    r"((?:19|20)[0-9]{2})[ \t\u3000]+(1[0-2]|0?[1-9])/(3[01]|[12][0-9]|0?[1-9])(?![0-9/])"
)


# ...and in the European order before it, set with points: "18.07.2017  12:06".
_DAY_FIRST_DATELINE_RE = re.compile(
    r"(?<![0-9.])(3[01]|[12][0-9]|0?[1-9])\.(1[0-2]|0?[1-9])\.((?:19|20)[0-9]{2})(?![0-9.])"
)


def _date_in(text: str, lexicon: TimeLexicon) -> str:
    """The first date in ``text``: a full date, a page's ``2025 11/13`` dateline, a European
    ``18.07.2017``, or a month.

    >>> _date_in("18.07.2017  12:06", load_time_lexicon())
    '2017-07-18'
    """
    full = lexicon.full_date_re.search(text) or _SLASH_DATELINE_RE.search(text)
    if full:
        year, month, day = (int(group) for group in full.groups())
        return f"{year}-{month:02d}-{day:02d}"
    day_first = _DAY_FIRST_DATELINE_RE.search(text)
    if day_first:
        day, month, year = (int(group) for group in day_first.groups())
        return f"{year}-{month:02d}-{day:02d}"
    partial = lexicon.year_month_re.search(text) or _DASHED_YEAR_MONTH_RE.search(text)
    if partial:
        year, month = (_numeral(group) for group in partial.groups())
        if year and month and 1 <= month <= 12:
            return f"{year}-{month:02d}"
    return ""


# A dateline's month written with a dash after its year, no day ("2008-06 商报讯"): only where a
# document's date is read (a label's value, a dateline), never in a sentence.
_DASHED_YEAR_MONTH_RE = re.compile(
    r"(?<![\w.])((?:19|20)[0-9]{2})[-/.](1[0-2]|0?[1-9])(?![0-9./-])"
)


def _numeral(text: str) -> int | None:
    try:
        return int(text) if text.isdigit() else parse_chinese(text)
    except ValueError:
        return None


def _census_rounds(raw: object, key: str = "census_rounds") -> dict[str, int]:
    """``census_rounds`` (a census's name → the year of its standard time) or ``event_years``
    (an event's time → its year), checked."""
    if not isinstance(raw, dict) or not all(
        isinstance(name, str) and name and isinstance(year, int) and 1800 < year < 2100
        for name, year in raw.items()
    ):
        raise ValueError(f"{key} must map each name to a year")
    return dict(raw)


def title_year(title: str, lexicon: TimeLexicon | None = None) -> int | None:
    """The year a title names first (昌平区2024年…公报 → 2024), else None."""
    lexicon = lexicon or load_time_lexicon()
    match = lexicon.year_re.search(title)
    return int(match.group(1)) if match else None


def names_a_report(line: str, lexicon: TimeLexicon) -> bool:
    """``line`` holds a word of a report's title (公报, 年报, 情况…) outside a medium's name:
    北京青年报 is a newspaper, not an annual report (年报), and its dateline dates no report.

    >>> names_a_report("北京青年报客户端 2021-05-19", load_time_lexicon())
    False
    >>> names_a_report("某区2023年国民经济和社会发展统计公报", load_time_lexicon())
    True
    """
    line = _without_media(line, lexicon)
    return any(word in line for word in lexicon.report_title_words)


def _without_media(line: str, lexicon: TimeLexicon) -> str:
    """``line`` without the media's names in it (北京青年报 → 北京), whose 年报 or 日报 are no
    report's title words."""
    after = "|".join(re.escape(word) for word in lexicon.medium_report_continuations) or "(?!)"
    for medium in lexicon.media_suffixes:
        line = re.sub(f"{re.escape(medium)}(?!{after})", "", line)
    return line


def _report_month(title: str, lexicon: TimeLexicon) -> str | None:
    """The month a monthly report's title names: "2023年4月某市空气质量状况" → Apr.

    Why: a monthly release gives that month's values ("9月，本市PM2.5平均浓度为…"); timed by
    the year alone they would stand as annual values. A title with a day (2024年7月31日…)
    dates an event, and one with 以来 a span; a title that is no report (no
    ``report_title_words``) names the month of a story, not a period of its values.

    >>> _report_month("2023年4月某市空气质量状况", load_time_lexicon())
    'Apr'
    >>> _report_month("2023年4月以来某区新建公园情况", load_time_lexicon()) is None
    True

    A month in brackets names an issue of a periodic bulletin, not its values' period.
    """
    if not names_a_report(title, lexicon):
        return None
    match = lexicon.year_month_re.search(title)
    if match is None or lexicon.full_date_re.match(title, match.start()):
        return None
    if title[match.end() :].lstrip().startswith(lexicon.since_after):
        return None
    if title[: match.start()].rstrip().endswith(lexicon.as_of_words):
        return None  # 截至2024年6月…: a running total to a date
    before = title[: match.start()]
    if before.count("(") + before.count("\uff08") > before.count(")") + before.count("\uff09"):
        return None  # …动态情况通报(2024年3月第2期): the issue, not a month of values
    return period_in(match.group(), lexicon)


def _months_report_of_last_year(
    title: str, year: int | None, month: int | None, lexicon: TimeLexicon
) -> int | None:
    """The year before the document's when its title reports on a month (no year named) later
    than the month it is dated in: "…通报10月16日-31日街道大气粗颗粒物浓度排名" on a page of
    February 2022 reports October 2021, as no report comes before its month. None otherwise.

    >>> _months_report_of_last_year("某局通报10月下半月排名", 2022, 2, load_time_lexicon())
    2021
    >>> _months_report_of_last_year("某局通报1月排名", 2022, 2, load_time_lexicon()) is None
    True
    """
    if year is None or month is None or not names_a_report(title, lexicon):
        return None
    said = lexicon.month_date_re.search(title)
    if said is None or int(said.group(1)) <= month:
        return None
    if any(
        mark in title[said.end() : said.end() + _MONTH_START_REACH]
        for mark in lexicon.month_start_marks
    ):
        return None  # 10月1日起施行, 6月底前完成: a start or a deadline to come
    return year - 1


def document_time(text: str, title: str, date: str, delivered: bool = False) -> DocumentTime:
    """The document's year, the year it reports on, its title's period and its openings.
    ``delivered``: ``date`` is the report's own delivery dateline, not a page's date."""
    lexicon = load_time_lexicon()
    year = int(date[:4]) if date[:4].isdigit() else None
    written = written_year(text, year, lexicon)
    if written is not None:  # a reposted text speaks from the year it was written in
        year, date = written, f"{written}{date[4:]}"
    elif (delivered_in := _reposted_work_report(title, year, lexicon)) is not None:
        year, date = delivered_in, str(delivered_in)  # its day and month are the repost's
    month = int(date[5:7]) if date[5:7].isdigit() else None
    head = _head_lines(text, title)
    work_report = any(word in line for line in head for word in lexicon.work_report_words)
    titled = _reporting_year(head, year, month, lexicon)
    reporting = titled or data_year(text, lexicon) or released_year(title, year, lexicon)
    named = title_year(title, lexicon)
    if reporting is None and named is None:
        reporting = _months_report_of_last_year(title, year, month, lexicon)
    # A title naming a part of the year times the values either with its own year or, in a
    # dated story ("一季度平谷固投增速居全市第二" of 2025-05-12), with the date's.
    period = period_in(title, lexicon) if named is not None else None
    if period is None and year is not None and month is not None:
        dated_period = period_in(title, lexicon)
        ended = _last_month(dated_period)
        if ended is not None and ended <= month:  # 一季度… in May, not 下半年… in June
            period = dated_period
    titled_period = period if period and period != lexicon.year_to_date_period else ANNUAL
    if period is None:  # a monthly report's month times its values, not its 今年以来
        period = _report_month(title, lexicon)
    if any(word in title for word in lexicon.free_time_titles):
        period = None
    present = _present_year(year, month, date)
    dated = bool(reporting or (year and len(date) >= len("2024-01-01")))
    own_year = _year_called_this_year(text, lexicon) if year is None else None
    if own_year is not None:  # "2023年“五一”假期,…" then "今年“五一”假期,…": a text of 2023
        year, date, present, dated = own_year, str(own_year), own_year, True
    # 去年/今年 in an undated text: after the last year it reports in full
    implied = _after_reported_years(text, lexicon) if year is None else None
    return DocumentTime(
        year=year,
        present_year=present,
        reporting_year=reporting,
        period=period if period and period != lexicon.year_to_date_period else ANNUAL,
        # Relative openings (今年，…) need a date known to the day or a report's year.
        # (an event's year long before the document's starts a span: the year is enough)
        openings=tuple(
            _openings(
                text,
                year if dated else None,
                work_report and not (delivered and _delivered_as_its_year_closes(month)),
                lexicon,
                since_now(year, date),
                early=month is not None and month <= _EARLY_MONTHS,
            )
        ),
        answers=tuple(interview_answers(text, year, lexicon)),
        dated=dated,
        implied_year=implied,
        since_now=since_now(year, date),
        titled_year=titled,
        titled_period=titled_period,
        present_month=month if present is not None else None,
        present_day=int(date[8:10]) if present is not None and date[8:10].isdigit() else None,
        reviewed=(
            *reviewed_plans(text, year, lexicon),
            *reviewed_last_year(text, year if dated else None, month, lexicon),
        ),
        only_year=_only_year(text, lexicon) if not dated else None,
        period_cue=_period_cue(title, period, lexicon) if period else "",
        holiday_title=any(word in title for word in lexicon.holiday_title_words),
    )


def _period_cue(title: str, period: str, lexicon: TimeLexicon) -> str:
    """The words by which ``title`` names ``period``: "2024年1—9月某区经济运行简报" → 1—9月;
    a month after its year (2023年4月…状况) → 4月; else ""."""
    for _, named, cue in _periods(title, 0, len(title), lexicon):
        if named == period:
            return cue
    match = lexicon.year_month_re.search(title)
    if match is not None and period_in(match.group(), lexicon) == period:
        return title[match.start(2) : match.end()]
    return ""


def _only_year(text: str, lexicon: TimeLexicon) -> int | None:
    """The one year a text not dated to the day writes, if it writes exactly one that is not a
    deadline (到2035年): "5月份,本市…" in a monthly release whose table is captioned
    "2023年5月份各区PM2.5浓度统计表" is May 2023. Used for values timed by a part of the year
    (a month, 上半年, 1-5月; see ``TimeResolver.resolve``); None when the text writes no such
    year or several."""
    years = {
        int(match.group(1))
        for match in lexicon.year_re.finditer(text)
        if not text[max(0, match.start() - 3) : match.start()].endswith(lexicon.future_before)
    }
    return years.pop() if len(years) == 1 else None


_MONTH_NAMES = {name: number for number, name in enumerate(_MONTHS, 1)}
_PERIOD_END = {"H1": 6, "H2": 12, "Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12}


def _last_month(period: str | None) -> int | None:
    """The month a period ends in (H1 → 6, Q1–Q3 → 9, Jan–May → 5, May → 5), else None."""
    if not period:
        return None
    last = re.split("[–-]", period)[-1]
    return _PERIOD_END.get(last) or _MONTH_NAMES.get(last)


def written_year(text: str, year: int | None, lexicon: TimeLexicon) -> int | None:
    """The year a reposted text was written in, when its page is dated later: the one year
    whose plan its head states ("2018年，全区全年计划新建绿地…" in a page dated 2021), provided
    the text names no later year except in a dateline, a document's title, a range's end
    (2018—2020年) or a deadline (到2020年). Else None: the page's date stands.

    Why: a plan for a year is written in or before that year; a page dated three years later
    that still speaks only of it is a repost, and its 今年, 全年计划 and undated present are
    the plan's year, not the repost's. A text of the later year would name it (or would review
    the plan, not state it in its lead)."""
    if year is None or not lexicon.written_plan_words:
        return None
    dated = _dated_lead(text, year, lexicon)
    if dated is not None:
        return dated
    head = text[:_DATA_HEAD]
    planned = {
        int(match.group(1))
        for sentence in sentences(head)
        for match in lexicon.year_re.finditer(head, sentence.start, sentence.end)
        if _opens_clause(head, match.start(), lexicon.clause_leads)
        and any(word in head[match.end() : sentence.end] for word in lexicon.written_plan_words)
        and not _closes_with_since(head, match.end(), lexicon)
    }
    if len(planned) != 1:
        return None
    written = planned.pop()
    if written >= year - 1:
        # the year before the page's: as likely a January review of last year's plan followed
        # by this year's (今年…将…) as a repost; the page's year stands
        return None
    return written if _names_no_later_year(text, written, lexicon) else None


def _dated_lead(text: str, year: int, lexicon: TimeLexicon) -> int | None:
    """The year of the full date a story's first sentence opens with (2012年11月5日，某县遭遇…),
    two years or more before its page's date, when the text names no later year (see
    ``_names_no_later_year``): a news story reposted years later speaks from its own date, its
    目前 and undated figures of that year, not the repost's. None otherwise.

    >>> lexicon = load_time_lexicon()
    >>> story = "2012年11月5日，某县遭遇大雪，目前积雪40厘米。"
    >>> _dated_lead("旧闻" + chr(10) + story, 2024, lexicon)
    2012
    >>> _dated_lead("旧闻" + chr(10) + story + "2023年又遇大雪。", 2024, lexicon) is None
    True
    """
    for line in text[:_DATA_HEAD].splitlines()[1:]:
        line = line.strip()
        if not line:
            continue
        match = lexicon.full_date_re.match(line)
        if match is None:
            if len(line) <= _HEAD_LINE_LENGTH:
                continue  # a page's dateline or a subtitle above the story
            return None
        if line[match.end() : match.end() + 1] not in _COMMAS:
            if len(line) <= _HEAD_LINE_LENGTH:
                continue  # a page's dateline (2024-06-11 21:36 来源：…)
            return None
        written = int(match.group(1))
        if written > year - _REPOST_GAP:
            return None  # a date the page's own year may still speak from
        if any(word in text for word in lexicon.looking_back_words):
            return None  # 十六年来, 两年多来, 如今, 去年: a story of now recalling that date
        later = [
            m
            for m in lexicon.full_date_re.finditer(text, match.end())
            if int(m.group(1)) > written and text[m.end() : m.end() + 1] in _COMMAS
        ]
        if later:
            return None  # a timeline of dates (2022年11月25日，…): no story of one date
        return written if _names_no_later_year(text, written, lexicon) else None
    return None


def _names_no_later_year(text: str, written: int, lexicon: TimeLexicon) -> bool:
    """Whether ``text`` names no year after ``written`` except in a dateline, a document's
    title, a range's end (2018—2020年) or a deadline (到2020年)."""
    exempt = [match.span(2) for match in lexicon.year_range_re.finditer(text)]
    exempt += [
        match.span()
        for match in lexicon.full_date_re.finditer(text)
        if len(_line_of(text, match.start())) <= _HEAD_LINE_LENGTH  # a dateline
    ]
    for match in lexicon.year_re.finditer(text):
        at = match.start()
        if int(match.group(1)) <= written or any(a <= at < b for a, b in exempt):
            continue
        if text[max(0, at - 3) : at].endswith(lexicon.future_before):
            continue  # 到2020年: a deadline a plan may name
        if _inside_title(text, max(0, at - _TITLE_REACH), at):
            continue
        return False
    return True


_TITLE_REACH = 40  # how far before a year its title's opening mark may stand


def _closes_with_since(text: str, year_end: int, lexicon: TimeLexicon) -> bool:
    """Whether the clause a year opens ends with a since word: "2013年实施清洁空气行动计划
    以来，…" names when a plan began, not a plan the text states for its year."""
    end = year_end
    while end < min(len(text), year_end + _EVENT_REACH) and text[end] not in _CLAUSE_MARKS:
        end += 1
    return text[year_end:end].endswith(lexicon.since_after)


def _line_of(text: str, at: int) -> str:
    """The line of ``text`` holding position ``at``, without its surrounding white space."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)].strip()


def reviewed_plans(
    text: str, year: int | None, lexicon: TimeLexicon
) -> tuple[tuple[int, int], ...]:
    """(position, last year) of each plan period a document reviews after it ended: a press
    conference of January 2026 on what was done "“十四五”以来" speaks, in its later paragraphs
    too, of the plan's years, whose last (2025) is the year its values without a year of their
    own reached (总量达到2500亿元左右). A plan still running (十四五以来 in 2023) is no review."""
    if year is None:
        return ()
    found = []
    for name, (_, last) in lexicon.plan_periods.items():
        if last >= year:
            continue
        at = text.find(name)
        while at >= 0:
            follow = text[at + len(name) : at + len(name) + 4].lstrip('"”“」')
            if follow.startswith(lexicon.span_words):
                found.append((at, last))
            at = text.find(name, at + 1)
    return tuple(sorted(found))


def reviewed_last_year(
    text: str, year: int | None, month: int | None, lexicon: TimeLexicon
) -> tuple[tuple[int, int | None], ...]:
    """(position, year) when a release of January to March opens (its headline and lead) on
    what was done since the start of the year just ended (2025年以来, ``since_after``, opening
    its clause and closed by a comma): a district's press conference of 8 January 2026,
    "2025年以来，某区…", goes on, in its later paragraphs too, about 2025, the year its values
    without a year of their own reached
    (累计创建美丽休闲乡村15个, 统筹资金1.92亿元). Not a year before that (2023年以来 is a
    span of several years), nor in a release later in the year (2025年以来 in May 2026 runs
    into 2026). So does a lead that names the year's results released (某区公布2022年经济
    发展成绩单: ``review_release_nouns``), from the text's start to the end of its sentence.

    Why: a January release gives no present year (``_present``), so such values had none."""
    if year is None or month is None or month > _RELEASE_MONTHS:
        return ()
    for match in lexicon.year_re.finditer(text, 0, _LEAD_REACH):
        if int(match.group(1)) != year - 1:
            continue
        if text.startswith(lexicon.review_release_nouns, match.end()):
            # 2月2日，某区公布2022年经济发展成绩单: the release of that year's results, its
            # lead's 全年地区生产总值 included, up to the end of its sentence (what follows may
            # be of the present weeks: 春节期间…)
            stop = _SENTENCE_STOP_RE.search(text, match.end())
            return ((0, year - 1), (len(text) if stop is None else stop.end(), None))
        if not _opens_clause(text, match.start(), lexicon.clause_leads):
            continue  # 为2025年以来同期最低, 创2025年以来新高, 根据2025年起施行的…: no review
        follow = text[match.end() : match.end() + 4]
        since = next((word for word in lexicon.since_after if follow.startswith(word)), "")
        if since and follow[len(since) : len(since) + 1] in _COMMAS:
            return ((match.start(), year - 1),)
    return ()


def _after_reported_years(text: str, lexicon: TimeLexicon) -> int | None:
    """The year an undated text speaks from, for its 去年 and 今年 only: the year after the
    last year whose whole-year results it reports ("2024年全区地区生产总值…" can only be
    written once 2024 is over, so its 去年 is 2024 and its 今年 2025). A year reported only in
    part (2024年上半年, 2024年4月) bounds nothing; goals and forecasts (到2027年, 预计2026年)
    are not results. A text whose opening (headline and lead) names a work report by its year
    ("2022年某区政府工作报告…出台…今年") speaks from that year: a report is named by the year
    it is delivered in, so its 今年 is that year, not the next; unless the sentence says the
    report's work is done (…确定的任务全面完成), a review written after that year.
    Without 去年/今年 in the text nothing is inferred; the text's values that name no year stay
    without one (this is not the document's date)."""
    if not any(word in text for word in lexicon.relative_years):
        return None
    whole = []
    speaking = []  # the year of the work report the opening presents: it speaks from it
    for match in lexicon.year_re.finditer(text):
        named = text[match.end() : match.end() + _REPORT_NAME_REACH]
        if match.start() < _LEAD_REACH and any(word in named for word in lexicon.work_report_words):
            said = text[match.end() : match.end() + MAX_SENTENCE]
            ends = [said.find(mark) for mark in "。！？!?\n" if mark in said]
            said = said[: min(ends)] if ends else said
            if not any(word in said for word in lexicon.report_done_words):
                speaking.append(int(match.group(1)))
                continue
        before = text[max(0, match.start() - 3) : match.start()]
        if before.endswith(lexicon.future_before) or before.endswith(lexicon.baseline_before):
            continue
        after = text[match.end() : match.end() + 6]
        if after.startswith(lexicon.since_after) or lexicon.period_re.match(after):
            continue
        if lexicon.month_date_re.match(after) or lexicon.month_range_re.match(after):
            continue
        if _inside_title(text, max(0, match.start() - 40), match.start()):
            continue
        if not _reports_a_value(text, match.end()):
            continue  # 2015年某节会前夕，…: an event's year, no result of it
        whole.append(int(match.group(1)))
    candidates = [year + 1 for year in whole] + speaking
    return max(candidates) if candidates else None


def _year_called_this_year(text: str, lexicon: TimeLexicon) -> int | None:
    """The year an undated text calls 今年: the one its lead names before a time of the year
    (``named_seasons``) that the text names again, later, after 今年. "2023年“五一”假期,文旅
    行业复苏势头强劲…" and then "今年“五一”假期,迎来客流高峰" tell the text is of 2023, as a
    date would: its values that name no year are 2023's.

    The year must open its clause in a sentence that reports no value of its own (a lead
    framing the story, not a result of a past year: "2019年暑期，全区推出线路20条。今年暑期…"
    compares two years), stand before the first 今年 of that season and outside its sentence,
    and not open a span (2012年汛期以来). None when several years qualify.

    Why: a story reposted without its date often dates itself once in its lead and says 今年
    after; read as undated, none of its values reached a chart of a year."""
    relative = [
        (match.start(), season)
        for match in lexicon.relative_re.finditer(text)
        if lexicon.relative_years.get(match.group()) == 0
        and (season := _season_after(text, match.end(), lexicon)) is not None
    ]
    if not relative:
        return None
    years = set()
    spans: list[Span] = []  # the text's sentences, split only when a year names a season
    for match in lexicon.year_re.finditer(text):
        season = _season_after(text, match.end(), lexicon)
        later = [at for at, named in relative if named == season and at > match.start()]
        if season is None or not later or any(at < match.start() for at, _ in relative):
            continue
        spans = spans or list(sentences(text))
        sentence = next(s for s in spans if s.start <= match.start() < s.end)
        if later[0] < sentence.end or not _opens_clause(text, match.start(), lexicon.clause_leads):
            continue  # 今年五一…，与2019年五一相比: a comparison within one sentence
        said = text[match.end() : sentence.end]
        if any(word in said for word in lexicon.since_after):
            continue  # 2012年汛期以来最多: a span's start
        if _reports_a_value(text, match.end()):
            continue  # 2019年暑期，全区推出线路20条: a past year's result, no lead
        years.add(int(match.group(1)))
    return years.pop() if len(years) == 1 else None


def _season_after(text: str, end: int, lexicon: TimeLexicon) -> str | None:
    """The named season right after ``end``, past a quotation mark (2023年“五一”假期)."""
    said = text[end : end + _SEASON_REACH].lstrip(_OPEN_QUOTES + _CLOSE_QUOTES + " ")
    return next((word for word in lexicon.named_seasons if said.startswith(word)), None)


_SEASON_REACH = 6  # from a year to its season's word, past a quotation mark (2023年“五一”)


def _reports_a_value(text: str, end: int) -> bool:
    """The sentence after a year (from ``end``) holds a number: "2024年全区地区生产总值1200亿元"
    and "2021年，水库蓄水量创新高，全年来水量12.4亿立方米" report results of that year;
    "2015年某节会前夕，某村着手打造景区。" dates an event."""
    said = text[end : end + _RESULT_REACH]
    stops = [said.find(mark) for mark in FULL_STOPS if mark in said]
    return bool(re.search(r"\d", said[: min(stops)] if stops else said))


_RESULT_REACH = 120  # how far after a year its sentence's values are looked for
_REPORT_NAME_REACH = 12  # 2022年 + a district's name + 政府工作报告
_LEAD_REACH = 120  # a text's headline and the start of its lead
_MONTH_START_REACH = 4  # how far after a title's month 起 or 前 makes it a start (10月1日起)
_SENTENCE_STOP_RE = re.compile(f"[{FULL_STOPS}]")  # where a sentence of a release's lead ends


_LABEL_REACH = 8  # how far into a line a speaker's label and its colon stand (记 者:)
_LEAST_QUESTIONS = 2  # one labelled line is a caption or a note; two make an interview


def interview_answers(
    text: str, doc_year: int | None, lexicon: TimeLexicon | None = None
) -> list[tuple[int, int, int | None]]:
    """(start, end, year) of each answer of an interview: the text after a question (a line
    opening "记者:" or "问:") to the next question, with the year the question names
    ("记者:2024年是…的关键之年。这一年,…交上了怎样的答卷?" → 2024; "去年" against the
    document's date), else None. An interviewee answers the question asked; an answer to a
    question naming no year ("近年来,…建成了500P算力集群") states no one year, and the
    interview's date is not that year (it is the date a chart falls back to).
    """
    lexicon = lexicon or load_time_lexicon()
    questions: list[tuple[int, int]] = []  # (start, end) of each question line
    position = 0
    for line in text.splitlines(keepends=True):
        head = re.sub(r"[\s\u3000]", "", line[:_LABEL_REACH])
        label = next((w for w in lexicon.question_labels if head.startswith(w)), None)
        if label and head[len(label) : len(label) + 1] in (":", "：", "】"):
            questions.append((position, position + len(line)))
        position += len(line)
    if len(questions) < _LEAST_QUESTIONS:
        return []
    answers = []
    for index, (start, end) in enumerate(questions):
        stop = questions[index + 1][0] if index + 1 < len(questions) else len(text)
        answers.append((end, stop, _question_year(text, start, end, doc_year, lexicon)))
    return answers


def _question_year(
    text: str, start: int, end: int, doc_year: int | None, lexicon: TimeLexicon
) -> int | None:
    """The last year a question names, not as a baseline (比2020年): written out, or
    relative against the document's date."""
    found = [
        (match.start(), int(match.group(1)))
        for match in lexicon.year_re.finditer(text, start, end)
        if not _is_baseline(text, start, match.start(), lexicon)
    ]
    if doc_year is not None:
        found += [
            (match.start(), doc_year + lexicon.relative_years[match.group()])
            for match in lexicon.relative_re.finditer(text, start, end)
            if match.group() in lexicon.relative_years
            and not _is_baseline(text, start, match.start(), lexicon)
        ]
    return max(found)[1] if found else None


def since_now(year: int | None, date: str) -> int | None:
    """The year an event closed by 以来 must be before to start a span (``_since_an_event``):
    the document's year from February on; in January, or when the month is not known, the
    year before, whose events may still be the present's ("2024年入汛以来" in a summary of
    January 2025 names the 2024 season, not a span to 2025)."""
    if year is None:
        return None
    month = int(date[5:7]) if date[5:7].isdigit() else None
    return year if month is not None and month > 1 else year - 1


def _present_year(year: int | None, month: int | None, date: str) -> int | None:
    """The year a document dated to the day speaks of when a sentence names none: its own.
    (Not the year before in January: a holiday count in a story of 3 January is that
    January's; a review of the year just ended says so, with 去年 or a report's title.) A
    date known only to its month or year says too little about the present to give a year."""
    if year is None or month is None or len(date) < len("2024-01-01"):
        return None
    return year


_HEAD_LINES = 6
_HEAD_LINE_LENGTH = 40


def _head_lines(text: str, title: str) -> list[str]:
    """The title and the short lines of the head, where a document names itself (the first
    line of a notice is often its issuer, the title comes a few lines later)."""
    lines = [line.strip(" \t\u3000") for line in text.splitlines()]
    lines = _run_on_head([line for line in lines if line])
    short = []
    for line in lines:
        if len(line) > _HEAD_LINE_LENGTH and any(mark in line for mark in _STATEMENT_ENDS):
            break  # the story's first paragraph: short lines after it are no head of it
        if line and len(line) <= _HEAD_LINE_LENGTH:
            short.append(line)
    return [title, *short[:_HEAD_LINES]] if title else short[:_HEAD_LINES]


# (A long line holding a full stop, _STATEMENT_ENDS, is the story's text: the short lines below
# it, • 2018-2023年某行业研究报告 of a page's related links, are no head of it.)


_RUN_ON = 120  # a first line this long is a head and its text run together
_RUN_ON_SPLIT_RE = re.compile(r"[ \t\u3000]+|(?=——)")


def _run_on_head(lines: list[str]) -> list[str]:
    """The lines of a head whose line breaks were lost (a copied PDF or web excerpt): a first
    line of over ``_RUN_ON`` characters is cut where it has spaces and before a dash, so that
    "2023年某区政府工作报告 ——2023年1月4日 在某区人民代表大会…上 各位代表:…" gives its
    title and its dateline as lines of their own; other lines are kept as they are."""
    if not lines or len(lines[0]) <= _RUN_ON:
        return lines
    pieces = [piece for piece in _RUN_ON_SPLIT_RE.split(lines[0]) if piece]
    return [*pieces, *lines[1:]]


def _reporting_year(
    head: list[str], year: int | None, month: int | None, lexicon: TimeLexicon
) -> int | None:
    """The year a report on a period reports: the year its title names ("…2024年…统计公报",
    "2024年春季森林防火工作总结", "关于2024年度重点任务完成情况的报告" → 2024); a report
    naming no year reports the year before when it is dated in the first half of a year (a
    work report delivered in January 2025 reviews 2024), else its own year (a date without
    its month cannot tell which); a census's bulletin reports the census's year. Other
    documents (news, interviews) report no one year."""
    reports = [line for line in head if names_a_report(line, lexicon)]
    for line in reports:
        named = title_year(line, lexicon)
        if named is not None:
            return _reviewed_year(line, named, year, lexicon)
    # A census's bulletin reports the census's year (第四次全国经济普查主要数据公报: 2018),
    # however long after it is published
    if lexicon.census_round_re is not None:
        for line in reports:
            census = lexicon.census_round_re.search(line)
            if census is not None and not line[census.end() :].startswith(lexicon.since_after):
                return lexicon.census_rounds[census.group()]  # (not 第七次全国人口普查以来)
    # Without a year in the title, only a report on a whole year (公报, 工作报告) says which:
    # a progress note (…情况, …通报) dated in June speaks of this year, not the last.
    reviews = [
        line
        for line in head[:_NAMING_LINES]
        if _TRAILING_NOTE_RE.sub("", _without_media(line, lexicon)).endswith(
            lexicon.year_review_titles
        )
    ]
    if reviews and year and month:
        plans = any(
            any(word in line for word in lexicon.plan_report_titles)
            and not any(word in line for word in lexicon.plan_review_titles)
            for line in reviews
        )
        return year - 1 if month <= _FIRST_HALF and not plans else year
    return None


_REPOST_GAP = 2  # a page dated this many years after its work report's year reposts it
_SUCCESSIVE_GAP = 2  # deeds 先后 done since a start this many years back are the present's


def _reposted_work_report(title: str, year: int | None, lexicon: TimeLexicon) -> int | None:
    """The year a government work report was delivered in, when its page is dated two years
    or more after the year its title names: "[2015年政府工作报告全文]2015年某区政府工作报告" on a
    page of 2021 is the report of January 2015, which reviews 2014; its 一年来 and 今年 speak
    from 2015. None for any other title, or a page of the title's year or the next.

    Why: the page's date was taken for the report's, so the review's 一年来 became 2020."""
    named = title_year(title, lexicon)
    if named is None or year is None or not _titles_a_work_report(title, lexicon):
        return None
    return named if year - named >= _REPOST_GAP else None


def _titles_a_work_report(title: str, lexicon: TimeLexicon) -> bool:
    """The title is a work report's own (…政府工作报告, …政府工作报告(全文)), not a story that
    speaks of one (从2019年政府工作报告看…变化, 2017年政府工作报告目标任务落实情况回头看)."""
    bare = _TRAILING_NOTE_RE.sub("", title.strip()).rstrip()
    for note in lexicon.work_report_title_notes:
        bare = bare.removesuffix(note).rstrip()
    return bare.endswith(lexicon.work_report_words)


def _names_a_work_report_year(line: str, lexicon: TimeLexicon) -> bool:
    """True when ``line`` is a government work report's title with its year: "2023年某区政府工作
    报告" is delivered in January 2023 and reviews 2022 (its goals, for 2023, are read as goals).

    Why: unlike a bulletin ("2024年…统计公报" reports 2024), a work report is named for the year
    it opens, not the year whose results it gives.
    """
    return any(word in line for word in lexicon.work_report_words)


_DATA_HEAD = 400  # how far into a document its editor's note or first paragraph reaches


def data_year(text: str, lexicon: TimeLexicon | None = None) -> int | None:
    """The one year whose figures a report says, in its head, that it compares or analyses:
    "编者按：本期根据各区公报，对五区2023年的主要指标进行横向比较" → 2023. A research note or
    a comparison dated only by its issue (2024年第12期) reports the year of its data, not the
    year it was printed; a head naming two such years (2022年和2023年的数据) says no one year.
    So does a story on the release of a bulletin on one year (发布《2024年…状况公报》), or one
    quoting a released account of a year's state without title marks (发布的2019年上半年…空气
    质量状况显示), and a census's standard time (2020年11月1日零时).
    """
    lexicon = lexicon or load_time_lexicon()
    head = text[:_DATA_HEAD]
    years = {
        int(match.group(1) or match.group(2))  # a year before its data, or a bracketed period's
        for sentence in sentences(head)
        if any(verb in head[sentence.start : sentence.end] for verb in lexicon.data_verbs)
        for match in lexicon.data_year_re.finditer(head, sentence.start, sentence.end)
        # (与2019年数据相比, 恢复至2019年同期数据的110%: the data compared with, no year reported)
        if not _is_baseline(head, sentence.start, match.start(), lexicon)
        and not _same_period_of(head, match.start(), lexicon)
    }
    if not years:
        # a story on a bulletin's release: "…发布《2024年北京市生态环境状况公报》,2024年…"
        years = {int(m.group(1) or m.group(2)) for m in lexicon.released_report_re.finditer(head)}
    if not years:
        # a census's standard time: "以2020年11月1日零时为标准时点" (published in 2021, quoted
        # in 2024, its figures are of 2020)
        years = {int(m.group(1) or m.group(2)) for m in lexicon.census_time_re.finditer(head)}
    if not years and lexicon.census_round_re is not None:
        # a release of a census's data by its name: "某区第七次全国人口普查数据公布" is of 2020
        # (not a note in brackets on one figure's source: 常住人口34.6万人（第七次全国人口普查）)
        years = {
            lexicon.census_rounds[m.group()]
            for m in lexicon.census_round_re.finditer(head)
            if not _inside_brackets(head, m.start())
        }
    return years.pop() if len(years) == 1 else None


def released_year(title: str, year: int | None, lexicon: TimeLexicon) -> int | None:
    """The year, over before the document's, whose figures by district a story's title says
    are released, the year standing next to 各区 (``all_districts_words``: 北京各区2023年PM2.5
    浓度公布, 2023年各区GDP出炉): its values are that year's unless a sentence says otherwise.
    Not a year not over at the document's date (发布2025年防汛工作方案, in 2025), nor one a
    plan's words go with (将, 计划, 方案), nor a title naming two years, nor a year that starts
    a span (2013年以来, 2013年至2023年), names an edition (2017年版) or an event (2019年世园会),
    or is compared with (较2013年). (A release named in the story's lead dates the lead's
    statements only: ``_names_released_data``.)

    Why: a story of February 2024 on the release of 2023's air quality by district gave every
    district's figure the year 2024.

    >>> released_year("北京各区2023年PM2.5浓度公布", 2024, load_time_lexicon())
    2023
    """
    if year is None or not any(
        verb in title for verb in (*lexicon.release_verbs, *lexicon.release_title_verbs)
    ):
        return None
    plans = (*lexicon.unfinished_period_goal_words, *lexicon.plan_document_words)
    if any(word in title for word in plans):
        return None  # 2022年冬奥会场馆将新增…, …改造方案公布: a plan's, no figures released
    years = list(lexicon.year_re.finditer(title))
    if len(years) != 1 or int(years[0].group(1)) >= year:
        return None  # 2013年至2023年…, 2022年以来… and 2023年…: no one past year
    match = years[0]
    after = title[match.end() :]
    if not (
        title[: match.start()].rstrip().endswith(lexicon.all_districts_words)
        or after.lstrip().startswith(lexicon.all_districts_words)
    ):
        return None  # the year of the figures by district: next to 各区 (北京各区2023年…)
    marks = (*lexicon.since_after, *lexicon.range_words, *_RANGE_MARKS, *lexicon.edition_marks)
    if after.startswith(marks) or _is_baseline(title, 0, match.start(), lexicon):
        return None  # 2013年以来, 2017年版, 较2013年: a span's start, an edition, a baseline
    if any(word in after for word in lexicon.since_after if len(word) > 1):
        return None  # 2020年第七次人口普查以来: a span's start, a few words on
    event = lexicon.event_name_year_re
    if event is not None and any(m.start(1) == match.start(1) for m in event.finditer(title)):
        return None  # 2019年世园会…: an event's name
    return int(match.group(1))


def _reviewed_year(title: str, named: int, year: int | None, lexicon: TimeLexicon) -> int:
    """The year a report titled with ``named`` reports: that year ("朝阳区2024年…统计公报"),
    except a government work report, which is titled with the year it is delivered in and
    reviews the year before ("2023年某区政府工作报告", delivered in January 2023, reviews
    2022), unless its date is later than that year (then the title names the reviewed year)."""
    if not _names_a_work_report_year(title, lexicon):
        return named
    if year is not None and year > named:
        return named
    return named - 1


_TRAILING_NOTE_RE = re.compile(r"[(（][^()（）]*[)）]\s*$")  # …工作报告(摘要)
_NAMING_LINES = 3  # the title and its subtitle; a later 一、基本情况 is a section's heading


_FIRST_HALF = 6
_OPENING_REACH = 14  # how far into a sentence an opening year may stand (二、2022年主要工作)


_HEADING_LENGTH = 30  # a line this short without a full stop is a heading
# A work report delivered from this month on reviews the year about to close (a district's
# congress meeting in December: "——2022年12月21日在…会议上", then "一年来，…" of 2022).
_CLOSING_MONTH = 11


def _delivered_as_its_year_closes(month: int | None) -> bool:
    """True when a work report delivered in ``month`` (its dateline's, never a page's date: a
    page of December may repost January's report) reviews its own year, not the one before:
    "过去一年" in a report of 2022-12-21 is 2022, in one of 2023-01-05 it is 2022 too."""
    return month is not None and month >= _CLOSING_MONTH


def _openings(
    text: str,
    doc_year: int | None,
    work_report: bool,
    lexicon: TimeLexicon,
    now: int | None = None,
    early: bool = False,
):
    """(position, year, scope end) of sentences and headings that open with a year: "2024年，…",
    "二、2022年主要工作", "回顾2023年…", "今年以来，…". What follows, to the end of the
    paragraph (of the document, after a heading), is of that year. A date with its month
    (2023年5月,…) is an event's, not a passage's; "过去一年" is the year before only in a
    work report (in an interview it is the last twelve months).

    ``early``: the document is dated in January, when last year's reviews are delivered.
    Under a numbered section heading naming the year before ("一、2022年计划执行情况" in a
    report of 4 January 2023), 今年以来 is the heading's year: the review was written as that
    year closed. Not under the title, nor for other 今年 (今年，全区…主要预期目标是… is the
    new year's).
    """
    line_start, line_end, line, heading = 0, -1, "", False
    heading_year = None  # the year the last heading with a year names
    for sentence in sentences(text):
        start = sentence.start
        if start > line_end:
            # a new line (sentences come in order): its bounds are found once per line, not
            # per sentence, which made a long one-line text quadratic
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            line_start = text.rfind("\n", 0, start) + 1
            line = text[line_start:line_end]
            # A bulleted line is an item of a list, a statement of its own, never a heading
            # whose year would carry on to the end of the text ("•2024年上半年…" then "•…").
            heading = (
                len(line.strip()) <= _HEADING_LENGTH
                and not line.rstrip().endswith("。")
                and not starts_a_bullet(line)
            )
        scope = len(text) if heading else line_end
        window_end = min(sentence.end, start + _OPENING_REACH)
        if _opens_indefinitely(text, start, lexicon):
            yield start, None, scope  # "近年来,…": recent years, no one year
            continue
        match = lexicon.year_re.search(text, start, window_end)
        leads = match and (heading or _opens_clause(text, match.start(), lexicon.clause_leads))
        if match and leads and not _is_baseline(text, start, match.start(), lexicon):
            after = text[match.end() : match.end() + 3]
            if after.startswith(lexicon.since_after):
                continue
            if _since_an_event(text, match.end(), sentence.end, lexicon, now=now):
                continue  # 2016年…启动建设至今，累计…: a span's start, no passage's year
            if lexicon.year_month_re.match(text, match.start()):
                yield start, int(match.group(1)), line_end  # an event's date: its paragraph
                continue
            if text[match.end() : match.end() + 1] in lexicon.ordinal_marks:
                continue  # "工作简报2024年第7期": an issue number, not a passage's year
            if not heading and not _sets_the_time(text, match.end(), sentence.end, lexicon):
                continue
            ranged = lexicon.year_range_re.match(text, match.start())
            year = int(ranged.group(2)) if ranged else int(match.group(1))
            if heading and _names_a_work_report_year(line, lexicon):
                year -= 1  # 2023年…政府工作报告 reviews 2022
            if heading:
                # a numbered section's heading, not the title: "一、2022年计划执行情况"
                numbered = line_start > 0 and _NUMBERED_HEADING_RE.match(line) is not None
                heading_year = year if numbered else None
            yield start, year, scope
            continue
        if heading and match is None:
            heading_year = None  # "二、主要工作" leaves the year's section
        if doc_year is None:
            continue
        window = text[start:window_end]
        if any(word in window for word in lexicon.review_words):
            # 过去一年 in a work report is the year it reviews; in an interview, its present.
            yield start, doc_year - 1 if work_report else doc_year, scope
            continue
        relative = lexicon.relative_re.search(text, start, window_end)
        if relative and _a_later_clauses_deadline(text, start, relative.start(), lexicon):
            continue  # 修复堤防7处，明年5月31日前全部完工；…: that work's deadline, no opening
        if relative and not _is_baseline(text, start, relative.start(), lexicon):
            word = relative.group()
            if word in lexicon.relative_years:
                offset = lexicon.relative_years[word]
                since = text.startswith(lexicon.since_after, relative.end())
                if early and since and offset == 0 and heading_year == doc_year - 1:
                    yield start, heading_year, scope  # 今年以来 in last year's review
                    continue
                yield start, doc_year + offset, scope


def _a_later_clauses_deadline(text: str, start: int, at: int, lexicon: TimeLexicon) -> bool:
    """The year written at ``at`` (2024年, 明年) is a deadline (``deadline_tail_pattern``:
    明年5月31日前全部完工, 2025年底前完成) in a clause after the first of the statement at
    ``start``: a time of the work that clause closes, which leads no later part of the
    statement ("修复堤防7处，明年5月31日前全部完工；全区公路恢复重建项目共307条": 307 is no
    figure of next year). A deadline opening the statement (2025年底前，全区将建成…) leads it.

    >>> from districts.facts.timeframe import load_time_lexicon
    >>> text = "修复堤防7处，明年5月31日前全部完工；全区公路恢复重建项目共307条"
    >>> _a_later_clauses_deadline(text, 0, text.index("明年"), load_time_lexicon())
    True
    >>> text = "明年5月31日前，全区将完工堤防7处"
    >>> _a_later_clauses_deadline(text, 0, 0, load_time_lexicon())
    False
    """
    year = lexicon.year_re.match(text, at) or lexicon.relative_re.match(text, at)
    if year is None or lexicon.deadline_tail_re.match(text, year.end()) is None:
        return False
    return any(mark in text[start:at] for mark in _CLAUSE_MARKS)


_PLAN_QUOTES = '"“「‘『'
_PLAN_CLOSING_QUOTES = '"”」’』'


def _plan_end_re(raw: dict) -> re.Pattern[str] | None:
    """A five-year plan's end (``plan_periods`` then ``plan_end_words``, perhaps in quotation
    marks: “十四五”末, 十四五期末): the plan's last year, named without its digits."""
    plans, ends = list(raw["plan_periods"]), list(raw["plan_end_words"])
    if not plans or not ends:
        return None
    return re.compile(
        f"(?P<plan>{alternation(plans)})[{re.escape(_PLAN_CLOSING_QUOTES)}]?(?:{alternation(ends)})"
    )


_ADVERBIAL_REACH = 12
# January: when the reports on the year before, written as that year closed, are delivered
_EARLY_MONTHS = 1
_NUMBERED_HEADING_RE = re.compile(SECTION_NUMBER)  # 一、 (三) 4. at a heading's start


def _opens_indefinitely(text: str, start: int, lexicon: TimeLexicon) -> bool:
    """True when the sentence at ``start`` opens with a stretch of recent years ("近年来,区里
    建成…", "多年来,…"): what it reports happened some time in them, in no year a chart could
    name. A following year written out (近年来…2023年…) is still read where it stands."""
    opening = text[start : start + _CLAUSE_LEAD + 4].lstrip()
    for lead in ("", *lexicon.clause_leads):
        if lead and not opening.startswith(lead):
            continue
        if opening[len(lead) :].startswith(lexicon.indefinite_openings):
            return True
    return False


def _sets_the_time(text: str, end: int, limit: int, lexicon: TimeLexicon) -> bool:
    """True when the year ending at ``end`` is the sentence's time ("2024年，…", "2024年是…",
    "2024年春耕期间（…），…"), not one side of a comparison ("由2019年的X增长到…") nor the
    time of one figure ("税收2024年完成64亿元")."""
    rest = text[end : min(limit, end + _ADVERBIAL_REACH)]
    if rest.startswith(lexicon.copulas):
        return True
    cut = min((rest.find(mark) for mark in ",，" if mark in rest), default=-1)
    return (
        cut >= 0
        and not any(ch.isdigit() for ch in rest[:cut])
        and not rest.startswith(lexicon.possessive_marks)
    )


# How many earlier items of a list are walked back to find its first item (bounded work).
_MAX_ITEMS_BACK = 64


def list_item(text: str, floor: int, position: int) -> tuple[int, int] | None:
    """(start of the list's first item, start of this item) when ``position`` stands in a
    line that opens a list item (• …, (2) …, ③ …), else None; items are walked back at
    most ``_MAX_ITEMS_BACK`` lines and never before ``floor`` (the paragraph's start).

    Why: each item of a digest or a numbered list is a statement of its own; a year or a
    period named in one item ("•2024年上半年…") is not the time of the next item, while the
    lead-in before the list ("2023年主要成绩：") times all of them.
    Example: in "2023年成绩：\n•上半年…\n•新增…" the last item's list starts at the first •.
    """
    line_start = max(floor, text.rfind("\n", 0, position) + 1)
    if not starts_an_item(text[line_start : line_start + 8]):
        return None
    first = line_start
    for _ in range(_MAX_ITEMS_BACK):
        if first <= floor:
            break
        previous = max(floor, text.rfind("\n", 0, first - 1) + 1)
        if not starts_an_item(text[previous : previous + 8]):
            break
        first = previous
    return first, line_start


def _dates_another_value(since: str, lexicon: TimeLexicon) -> bool:
    """True when every present word in ``since`` (the words between a stated year and the
    value) dates a value of its own before ours: "到2020年,森林覆盖率将由现在的28%多提升至33%"
    — 现在的 is the 28%'s time, the 33% keeps the year stated (2020). A present word followed
    by a possessive and then a number is that number's time.

    >>> lexicon = load_time_lexicon()
    >>> _dates_another_value("", lexicon)
    False
    """
    marks = "".join(re.escape(mark) for mark in lexicon.possessive_marks)
    words = "|".join(re.escape(word) for word in lexicon.present)
    found = list(re.finditer(rf"(?:{words})", since))
    return bool(found) and all(
        re.match(rf"[{marks}]\s*\d", since[match.end() :]) for match in found
    )


def _is_baseline(text: str, floor: int, position: int, lexicon: TimeLexicon) -> bool:
    """True when the time at ``position`` follows 较/比/与 (较2020年, 比上年末): a baseline."""
    before = text[max(floor, position - 3) : position].rstrip("".join(lexicon.possessive_marks))
    return before.endswith(lexicon.baseline_before)


# --- one value --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    """Where a value stands, as the time rules read it: the text, the value's clause, sentence
    and paragraph, and the document's time. Derived from the facts stage's ``Context``
    (``Context.passage``), as the rules of ``not_facts`` read a ``Spot``.

    Example: for 45.3 in "2023年，全区森林覆盖率为45.3%。", the clause holds 2023年.
    """

    text: str
    clause: Span
    sentence: Span
    paragraph: Span
    document: DocumentTime


@functools.cache
def _breakdown_head() -> re.Pattern[str]:
    """The head of a breakdown opening a sentence (分季度看，…), from the main lexicon's cues
    (``breakdown_head_openers``, ``breakdown_head_closers``), built once."""
    from districts.lexicon import load_lexicon  # the main lexicon holds the breakdown cues

    main = load_lexicon()
    return breakdown_head_re(tuple(main.breakdown_head_openers), tuple(main.breakdown_head_closers))


class TimeResolver:
    def __init__(self, lexicon: TimeLexicon | None = None) -> None:
        self.lexicon = lexicon or load_time_lexicon()
        # A year that may lead a period ("今年前10月，"), relative as well as numeric
        # (_introduces says when such a period carries on).
        self._leading_year_re = re.compile(
            f"(?:{self.lexicon.year_re.pattern})|(?:{self.lexicon.relative_re.pattern})"
        )
        self._per_period_re = re.compile(
            f"(?:{alternation(self.lexicon.per_period)})[^,，;；]{{0,{_PER_REACH}}}$"
        )
        # The later cues that say the present (目前, 现有): what a clause of now opens with
        # (_now_opening), picked once
        self._present_openings = tuple(
            word for word in self.lexicon.later_cues if word in self.lexicon.present
        )
        # (text, answers): what was worked out on the text being read (see ``_answers``)
        self._memo: tuple[str, dict[tuple[object, ...], object]] = ("", {})

    def _of_many_years(self, text: str, floor: int, start: int) -> bool:
        """True when the value's clause names it a mean over many years (``long_term_words``:
        多年平均降雨量为585毫米, 常年平均气温): a climate's normal, which a chart of one year must
        not show as that year's. Not after a baseline word (in "比多年平均偏多20%" the 20% is
        the year's own difference from the normal), nor of a ratio to the normal (流量是同期多年
        平均量的4倍: the 4 is the day's)."""
        said = text[floor:start]
        for word in self.lexicon.long_term_words:
            at = said.rfind(word)
            if at < 0 or _is_baseline(text, floor, floor + at, self.lexicon):
                continue
            if not any(mark in said[at + len(word) :] for mark in self.lexicon.possessive_marks):
                return True
        return False

    def _answers(self, text: str) -> dict[tuple[object, ...], object]:
        """Answers already worked out on ``text``, by question: the numbers of one sentence or
        paragraph ask the same questions of the text before them (its floor, its periods),
        and each is answered once per text. Kept for the last text only; the pair is replaced
        as one, so a reader on another text never sees this text's answers."""
        memo = self._memo
        if memo[0] is not text:
            memo = (text, {})
            self._memo = memo
        return memo[1]

    def resolve(self, passage: Passage, start: int, end: int | None = None) -> TimeFrame:
        """The time of the value written at ``start`` (to ``end``) in its ``passage``; see the
        module's docstring."""
        lexicon = self.lexicon
        text, sentence, paragraph = passage.text, passage.sentence, passage.paragraph
        if end is not None:
            repeated = _restated_below(text, start, end, paragraph)
            if repeated is not None:  # a headline's number: the time of the story's sentence
                clause, sentence, paragraph = _spans_at(text, repeated)
                restated = Passage(text, clause, sentence, paragraph, passage.document)
                return self.resolve(restated, repeated)
        before = text[sentence.start : start]
        if self._per_period_re.search(before):
            return TimeFrame(None)  # 每年安排5000万元: an amount per period, of no one year
        if self._of_many_years(text, passage.clause.start, start):
            return TimeFrame(None)  # 多年平均降雨量585毫米: a normal, of no one year
        ago = self._years_ago(passage, start)
        if ago is not None:
            return TimeFrame(ago, ANNUAL, ago, ago, basis="years ago")
        bracketed = None if end is None else lexicon.bracketed_year_re.match(text, end)
        if bracketed is not None:
            # 年最大降雨量为1118.2mm(1969年), 户籍人口46.8万人(2010年末): the year in brackets
            # right after a value is its own
            year = int(bracketed.group(1))
            return TimeFrame(year, ANNUAL, year, year, basis="bracketed")
        current, basis = self._current_year(passage, start)
        current_basis = basis
        stated = self._stated_year(passage, start)
        since = _since_year_of_a_from_value(passage, start, end, lexicon)
        if since is not None and stated is None:
            return TimeFrame(since, ANNUAL, since, since, basis="from value")
        first = _from_value_of_a_range(passage, start, end, lexicon, current)
        if first is not None:
            return TimeFrame(first, ANNUAL, first, first, basis="from value")
        if end is not None and _is_a_from_value(passage, start, end, lexicon):
            # 2023年，森林覆盖率由45%提高到47%: 45% is where the year began, of no year the
            # sentence says; dated with the sentence, it was charted beside 47% as 2023's (a
            # total since an event's year still dates it: 自1997年…以来，鸟类从189种增至370种)
            year = since
            if year is None and stated is not None and stated[1] is not None:
                # 1997年建立保护区以来…从189种增至370种: the stated year opens a span
                after = text[stated[0] : start]
                year = stated[1] if any(word in after for word in lexicon.since_after) else None
            if year is None:
                year = _compared_with_a_year_before(text, passage.sentence.start, start, lexicon)
            if year is None and not self._timed_in_its_sentence(passage, start):
                year = _year_of_earlier_from_values(text, passage.paragraph.start, start, lexicon)
            return TimeFrame(year, ANNUAL, year, year, basis="from value")
        series = self._year_in_a_series(passage, start)
        if series is not None:
            return TimeFrame(series, ANNUAL, series, series, basis="series")
        span = self._span(passage, start, current)
        if span is not None and (stated is None or stated[0] < span[0]):
            return span[1]  # "2019—2022年，累计…": unless a later year is the value's own
        period, cue = self._period(passage, start)
        if end is not None and period != ANNUAL and _counts_a_population(text, start, end, lexicon):
            period, cue = ANNUAL, ""  # 1至5月，6个断面平均水质…: the 6 is no value of the months
        if period == DAY and not _a_days_reading(passage, start, end, cue, lexicon):
            period, cue = ANNUAL, ""  # 至当天下午…已转移群众5661人: the event's count, in its year
        if period == ANNUAL and end is not None:
            if any_of(lexicon.one_day_readings).search(text[start:end]):
                run = _a_days_range(passage, start, lexicon)
                if run is not None:
                    period, cue = DAYS, run  # 3月14日至16日，…PM2.5平均浓度为45微克/立方米
        if period == ANNUAL:  # (a run of days is read first: its days are no one day)
            day = _a_dated_reading(passage, start, end, lexicon)
            if day is not None:
                period, cue = DAY, day  # 3月15日14时，全区PM10浓度为650微克/立方米
        year, basis = (stated[1], "stated") if stated else (None, basis)
        if year is None:
            year, basis = _column_year(text, start, lexicon, self._answers(text)), "column"
        if year is None:
            relative = self._relative_year(passage, start, current)
            year, basis = relative, "relative"
        if year is None:
            year, basis = self._whole_year(passage), "whole"
        dated = lexicon.month_date_re.search(text, sentence.start, start)
        if year is None and (dated or period not in (ANNUAL, lexicon.year_to_date_period)):
            # "12月,…" or "1—8月,…": a month continues the year last named in the paragraph
            earlier = self._years(text, Span(paragraph.start, sentence.start))
            year, basis = (earlier[-1][1] if earlier else None), "month"
        if year is None:
            year, basis = current, current_basis
        if basis == "present":
            before = self._months_before_the_date(passage, start, period, cue)
            if before is not None:
                year, basis = before, "months before the date"
        if year is None and period not in (ANNUAL, lexicon.year_to_date_period, SPAN):
            year, basis = passage.document.only_year, "only year"  # 5月份 in a text of 2023
        if year is not None and end is not None and basis not in _OWN_YEAR_BASES:
            statement = _statement_start(text, paragraph.start, start)
            if is_fixed_attribute(text, statement, start, end, lexicon):
                year, basis = passage.document.titled_year, "report"
        return TimeFrame(year, period, year, year, cue, basis if year is not None else "")

    def _months_before_the_date(
        self, passage: Passage, start: int, period: str, cue: str
    ) -> int | None:
        """The year before the document's when a value's months end after the month it is dated
        (12月份… or 1—12月… in a release of 26 January 2025, 前三季度… in one of March): months
        not yet over at the date are the year before's, not the year to come; None otherwise,
        and for a plan or forecast (计划12月份完成…: ``unfinished_period_goal_words``).

        Only in a document of the year's first quarter, when last year's results are released:
        later, months not yet over are this year's (四季度将完成… in June, 该工程四季度竣工 in
        April, 下半年以来 in September). Months ending less than a quarter after the date may be
        running ones told early (一季度78项重大项目全面开复工 on 1 February, a page dated a
        month before its 1—5月): this year's, as before.

        Why: a January release of the year just ended had no year (a January story's present
        is none), and one dated later gave its December or its twelve months the date's year,
        charting them a year too late."""
        document = passage.document
        month, year = document.present_month, document.year
        ended = _last_month(period)
        months = self.lexicon.month_range_re.search(cue) if period == ANNUAL and cue else None
        if months is not None:
            ended = int(months.group(2))  # 1—12月: the whole year, named by its months
        if month is None or year is None or ended is None or ended - month < _MONTHS_AHEAD:
            return None  # (一季度…全面开复工 on 1 February: this year's, told early)
        if month > _RELEASE_MONTHS:
            return None  # (四季度将完成… in June, 下半年以来… in September: this year's)
        said = passage.text[passage.sentence.start : start]
        for word in self.lexicon.unfinished_period_goal_exceptions:
            said = said.replace(word, "")
        if any(word in said for word in self.lexicon.unfinished_period_goal_words):
            return None
        return year - 1

    def _current_year(self, passage: Passage, start: int) -> tuple[int | None, str]:
        """(year, basis) of the passage: the time leading a clause earlier in the paragraph,
        else the last heading or opening, else the report's year, else the dated present."""
        text, paragraph, document = passage.text, passage.paragraph, passage.document
        opened_at = _statement_start(text, paragraph.start, start)
        item = list_item(text, paragraph.start, start)
        if item is not None:  # an item's statement starts with the item
            opened_at = max(opened_at, item[1])
        dated = document.dated
        statement = Span(opened_at, start)
        now = self._now_opening(text, opened_at, start)
        if now is None:  # "良乡大学城2002年启动建设,已入驻5所高校": held now, as 目前 says
            now = self._held_now_since(text, opened_at, start)
        if now is not None:
            # "2023年9月,中心开园,目前,已有64家企业…": the present clause leaves the
            # statement's earlier time behind
            statement = Span(now, start)
        if dated:  # "截至去年底，…逾1300家；…约2100亿元": one statement
            stated = self._carried_year(text, statement, document, within=True)
        else:  # an undated text: only the years a sentence writes out
            years = self._years(text, statement, document.since_now)
            leading = [
                y
                for y in years
                if _opens_clause(text, y[0], self.lexicon.clause_leads)
                or dates_its_subject(text, y[0], self.lexicon)
            ]
            stated = leading[-1] if leading else None
        if stated:  # "2023年区内改造…；新增菜站9个": one statement
            return stated[1], "statement"
        if not dated:  # an undated text: only years written out open a passage
            # "2022年，某区实现地区生产总值…。分产业看，第一产业…": a year written out leading a
            # clause earlier in the paragraph, as in a dated text. Not 今年 and 去年: what they
            # mean in an undated text is a guess (DocumentTime.relative_to), not the text's.
            floor = self._later_floor(text, paragraph.start, opened_at)
            carry_end = opened_at if item is None else max(floor, min(item[0], opened_at))
            carried = self._carried_year(text, Span(floor, carry_end), document, relative=False)
            title_end = _first_line_end(text)
            heads = [
                (at, y)
                for at, y, end in document.openings
                if at <= start < end and _covers(at, end, paragraph, len(text), title_end)
            ]
            if now is not None:
                return None, ""  # the present of a text whose date is not known
            if self._relative_before(text, Span(passage.sentence.start, start)):
                # "2017年9月机场投运。…今年是投用五周年，开辟18条新航线": the sentence speaks of
                # 今年, which an undated text does not date; not of the year written before
                return None, ""
            if carried and (not heads or heads[-1][0] <= carried[0]):
                return carried[1], "paragraph"
            if not heads and not carried:
                recalled = self._year_of_the_event_recalled(text, paragraph, opened_at)
                if recalled is not None:
                    return recalled, "event"
            return (heads[-1][1], "opening") if heads else (None, "")
        # "去年8月初的山洪中…。灾后，共安排重建项目613个…。新修桥梁157座": a sentence opening
        # with 灾后/目前 leaves the event's year behind, for the rest of the paragraph.
        floor = self._later_floor(text, paragraph.start, opened_at)
        if now is not None:
            # "…推广使用,“目前,全区新能源车保有量已达1.2万辆": the present; an opening or a
            # time earlier in the statement ("2022年8月,…亮相,目前,…") is left behind too
            floor = max(floor, opened_at, now)
        if document.reporting_year is None and self._now_clause(text, opened_at - 1, start):
            # a story's "现在全区应急避难场所已有86处" under a heading on last year: its present
            return self._present(text, opened_at, start, document), "present"
        # Earlier items of a list carry no time into a later item: only the lead-in does.
        carry_end = opened_at if item is None else max(floor, min(item[0], opened_at))
        carried = self._carried_year(text, Span(floor, carry_end), document)
        started_at = None  # a dated start the value's deeds came one after another since
        if carried and self._done_since_a_dated_start(text, carried[0], opened_at, start, document):
            started_at, carried = carried[0], None
        title_end = _first_line_end(text)
        opened = [
            (at, year)
            for at, year, end in document.openings
            if at <= start < end
            and at != started_at
            and (at >= floor or _covers(at, end, paragraph, len(text), title_end))
        ]
        if carried and (not opened or opened[-1][0] <= carried[0]):
            if self._holds_now_after_an_old_year(text, carried[1], opened_at, start, document):
                return self._present(text, opened_at, start, document), "present"
            return carried[1], "paragraph"
        if opened and opened[-1][1] is None and self._says_now(passage, opened[-1][0], start):
            return self._present(text, opened_at, start, document), "present"
        if opened:
            return opened[-1][1], "opening"
        answer = next((a for a in document.answers if a[0] <= start < a[1]), None)
        if answer is not None:  # an interview's answer: the year its question names, if any
            return answer[2], "question"
        if document.reporting_year:
            return document.reporting_year, "report"
        reviewed = max(((at, last) for at, last in document.reviewed if at < start), default=None)
        if reviewed is not None and reviewed[1] is not None:
            # after "“十四五”以来" in a story of 2026: the plan's last year (a review's reach
            # may end: its year None from there on)
            return reviewed[1], "review"
        # A story or notice dated to the day speaks of its present; a magazine's month or an
        # inferred year says too little about the present to give a year.
        return self._present(text, opened_at, start, document), "present"

    def _timed_in_its_sentence(self, passage: Passage, start: int) -> bool:
        """The sentence of the value at ``start`` gives a time or a baseline of its own before
        it: a clause before the value's that tells no change from a value (此后，…, 截至6月底，…),
        a year, a relative year (今年, 上年) or a comparison's mark (同比, 较)."""
        lexicon = self.lexicon
        text, floor = passage.text, passage.sentence.start
        before = text[floor:start]
        # 此后，…, “十三五”期间，…, 截至6月底，…: a clause of its own time before the value's;
        # only clauses of earlier changes (区域税收由505亿元增长到1330亿元，…) may stand there
        clause = _clause_start_of(text, floor, start)
        earlier = _CLAUSE_MARK_RE.split(text[floor:clause])
        if any(part and not any(m in part for m in lexicon.from_value_marks) for part in earlier):
            return True
        own_years = [
            match
            for match in lexicon.year_re.finditer(text, floor, start)
            if not _names_a_from_year(text, floor, match, lexicon)
        ]
        return bool(
            own_years
            or lexicon.relative_re.search(before)
            or any(mark in before for mark in lexicon.comparison_markers)
            or any(word in before for word in lexicon.unfinished_period_goal_words)
        )

    def _holds_now_after_an_old_year(
        self, text: str, year: int, statement: int, start: int, document: DocumentTime
    ) -> bool:
        """A year carried from an earlier sentence, two years or more before the document's,
        tells of the past; a later statement saying, before its value, that it holds now
        (``holds_now_words``, as words: 目前, 至今, 现已) speaks of the document's present:
        "2005年，首钢5号高炉停产…。园区目前入驻企业120家" (told in 2023: 120 firms now). Not
        when the statement names that year's own time (``same_time_words``: 当年…), and not a
        year just before the document's (a review of last year). A bare 已 is not enough: in a
        history (1990年，某县撤乡建镇。已有乡镇企业1200家) it tells what stood then; nor is 现有,
        as often "the existing" (利用现有厂房改建…) or a report of that time (全县现有人口38万人).

        Why: a story of 2023 on a district's industrial past gave the firms its park has now
        the year a blast furnace stopped."""
        lexicon = self.lexicon
        if document.year is None or year > document.year - 2:
            return False
        said = text[statement:start]
        if any(word in said for word in lexicon.same_time_words):
            return False
        # whole words only: not 发现有, 体现在 (the words' characters inside other words)
        return next(_ends_of_words(said, lexicon.holds_now_words), None) is not None

    def _done_since_a_dated_start(
        self, text: str, at: int, opened_at: int, start: int, document: DocumentTime
    ) -> bool:
        """The year at ``at``, carried from an earlier sentence, is dated to its month (an
        event's date: 2017年9月，某区正式启动创建工作), and the value's statement says it was
        done one after another (``successive_words``: 先后建成…森林8处、公园51处): a total of the
        years since that start, not a deed of its month. A year alone (2022年，全区…。先后建成
        公园5处) is the period a review reports and still dates it.

        Only a start two years or more before the document's year: deeds of an event of the
        year before (2023年7月，我区遭遇特大暴雨。…先后转移群众1.2万人, told in 2024) are
        that year's.

        Why: every figure of a forest city's five years was given the year it began."""
        dated = self.lexicon.year_month_re.match(text, at)
        if not dated or document.year is None:
            return False
        if document.year - int(dated.group(1)) < _SUCCESSIVE_GAP:
            return False  # 2023年7月遭遇暴雨…先后转移群众 in a story of 2024: the event's deeds
        return any(word in text[opened_at:start] for word in self.lexicon.successive_words)

    def _says_now(self, passage: Passage, opened_at: int, start: int) -> bool:
        """After an opening of recent years (近年来, at ``opened_at``), a later sentence of the
        paragraph says what there is now (``present``, a word of its own: 全镇现有果园6000多亩,
        目前已有…, not 实现有机…) in a clause that gives a figure, before the value: the
        present's figure, of the date's year. The recent years told how it
        came about; what stands now is the story's present, as it is without them."""
        sentence_start = passage.sentence.start
        if sentence_start <= opened_at:
            return False
        text = passage.text
        said = text[sentence_start:start]
        for offset in _ends_of_words(said, self.lexicon.present, sentence_start):
            # the present's own clause gives a figure (全镇现有梨园3500多亩), or the value
            # stands in it: not 在现有基础上，…
            clause_end = _clause_end(text, offset, start)
            if clause_end == start or re.search(r"[0-9]", text[offset:clause_end]):
                return True
        return False

    def _present(self, text: str, opened_at: int, start: int, document: DocumentTime) -> int | None:
        """The year of a dated story's present, for a value no sentence gives a year: the
        date's year, except in a story of January, which cites as current the counts of the
        year just ended or running ones ("目前区内高新技术企业约1.1万家" in a story of 22
        January names no year a chart could use); there only a sentence about the days around
        the date ("元旦假期三天,…接待游客6.2万人次", 近日), or a paragraph telling of days of
        that January, is of the date's year."""
        if document.present_month != _JANUARY:
            return document.present_year
        stop = min(
            (text.find(m, start) for m in "。！？!?\n" if text.find(m, start) >= 0),
            default=len(text),
        )
        if any(word in text[opened_at:stop] for word in self.lexicon.current_days):
            return document.present_year
        if self._tells_of_days_of_the_dates_month(text, start, stop, document):
            return document.present_year
        return None

    def _tells_of_days_of_the_dates_month(
        self, text: str, start: int, stop: int, document: DocumentTime
    ) -> bool:
        """In a story of January, the value's sentence names a day of that January up to the
        date (``january_day_pattern``: 1月17日, or 17日 alone): it tells of those days, of the
        date's year ("17日8时至18日9时，全区平均降水量0.6毫米", "1月1日至3日，各公园接待游客
        28万人次" in a story of January). 12月28日 is the year before's; a day after the date is
        no day the story saw, nor is the day the story was told (``_dates_a_telling``) nor a
        sentence of a meeting or a release (``january_meeting_words``: 1月16日，某区召开经济
        工作会议，全区一般公共预算收入完成45亿元 reports the year just ended)."""
        if document.present_day is None:
            return False
        sentence_start = max(text.rfind(mark, 0, start) for mark in (*_STATEMENT_ENDS, "\n")) + 1
        said = text[sentence_start:stop]
        if any(word in said for word in self.lexicon.january_meeting_words):
            return False
        return any(
            int(day.group("day")) <= document.present_day
            and not self._dates_a_telling(text, day.end(), stop)
            for day in self.lexicon.january_day_re.finditer(text, sentence_start, stop)
        )

    def _dates_a_telling(self, text: str, day_end: int, stop: int) -> bool:
        """The day's clause only says when the story was told (``source_clause_endings``:
        "记者1月23日从全市园林绿化工作会上获悉，…新增造林5万亩"): a January meeting reports the
        year just ended, so its day dates no value."""
        clause_end = _clause_end(text, day_end, stop)
        if not text[day_end:clause_end].strip():  # "1月7日，记者从区两会获悉，…": the next clause
            clause_end = _clause_end(text, clause_end + 1, stop)
        return any(word in text[day_end:clause_end] for word in self.lexicon.source_clause_endings)

    def _whole_year(self, passage: Passage) -> int | None:
        """A part keeps its whole's year: in a sentence opening with 其中 after "中关村去年
        总收入约3.6万亿元。", "其中,软件和信息服务业收入达到1.58万亿元" is of last year too,
        wherever the year stood in the sentence before (not a baseline, not a from-year)."""
        lexicon = self.lexicon
        text, sentence, paragraph = passage.text, passage.sentence, passage.paragraph
        document = passage.document
        if not text.startswith(lexicon.part_openings, sentence.start):
            return None
        before = max(
            paragraph.start,
            *(text.rfind(m, paragraph.start, sentence.start - 1) + 1 for m in "。！？!?"),
        )
        whole = Span(before, sentence.start)
        found = self._years(text, whole)
        if document.relative_to is not None:
            found += [
                (
                    match.start(),
                    document.relative_year(match.start(), lexicon.relative_years[match.group()]),
                )
                for match in lexicon.relative_re.finditer(text, whole.start, whole.end)
                if match.group() in lexicon.relative_years
                and not _is_baseline(text, whole.start, match.start(), lexicon)
                and not text.startswith(lexicon.baseline_after, match.end())
            ]
        return max(found)[1] if found else None

    def _later_floor(self, text: str, paragraph_start: int, statement_start: int) -> int:
        """Where the paragraph's time starts for a statement: after the last sentence that
        opens with a "later" cue (灾后, 此后, 目前) up to the statement, else the paragraph.
        The same for every number of the statement: worked out once (``_answers``)."""
        answers = self._answers(text)
        question = ("later_floor", paragraph_start, statement_start)
        if question not in answers:
            answers[question] = self._later_floor_of(text, paragraph_start, statement_start)
        return answers[question]  # type: ignore[return-value]

    def _later_floor_of(self, text: str, paragraph_start: int, statement_start: int) -> int:
        """``_later_floor``, worked out."""
        floor = paragraph_start
        for sentence in sentences(text[paragraph_start : statement_start + 1]):
            at = paragraph_start + sentence.start
            opening = at + len(text[at : at + 2]) - len(text[at : at + 2].lstrip(_OPEN_QUOTES))
            if at <= statement_start and text.startswith(self.lexicon.later_cues, opening):
                floor = at  # also a quoted sentence: "“目前,全区新能源车保有量…"
        return floor

    def _now_clause(self, text: str, statement: int, start: int) -> bool:
        """True when a clause of the value's statement, before the value, opens with a present
        cue (目前, 现在, 如今; after a comma or an opening quote): "…推广使用,“目前,全区新能源
        车保有量已达1.2万辆" speaks of the present, not of the year the paragraph named before.
        From the mark before the statement (``statement - 1``) the statement's own opening
        counts too."""
        return self._now_opening(text, statement, start) is not None

    def _relative_before(self, text: str, span: Span, *, other_years: bool = False) -> bool:
        """A relative year (今年, 去年) in ``span`` that is no baseline (比去年, 比去年同期);
        with ``other_years``, only one other than the document's own (去年, not 今年, which a
        part of the year may time)."""
        years = self.lexicon.relative_years
        return any(
            match.group() in years
            and not (other_years and years[match.group()] == 0)
            and not _is_baseline(text, span.start, match.start(), self.lexicon)
            for match in self.lexicon.relative_re.finditer(text, span.start, span.end)
        )

    def _now_opening(self, text: str, statement: int, start: int) -> int | None:
        """Where the last clause before the value that opens with a present cue starts
        (``_now_clause``), or None."""
        present = self._present_openings
        if statement < 0:  # the text's first sentence
            return 0 if text.startswith(present, 0) else None
        last = None
        for mark in _CLAUSE_MARKS:
            at = text.find(mark, statement, start)
            while at >= 0:
                clause = at + 1
                while clause < start and text[clause] in _OPEN_QUOTES:
                    clause += 1
                if text.startswith(present, clause) and (last is None or clause > last):
                    last = clause
                at = text.find(mark, at + 1, start)
        return last

    def _holds_now(self, text: str, year_at: int, start: int) -> int | None:
        """The value says what a thing holds now, after the last year its sentence states
        (at ``year_at``) dated the thing's start: in "良乡大学城2002年启动建设,已入驻5所高校" the
        five universities are there now (the story's present), not in 2002. The year stands
        right before a verb of a start (``founding_verbs``), and a later clause up to the value
        opens with 已 (``perfect_openings``) and names no time of that year (``same_time_words``:
        已于当年…, 当天签约); a value in a later clause only when that clause has no time of its
        own (``start_time_marks``: 开馆首年接待…, 成立之初仅有…). Without 已 ("2018年开园,入驻企业
        20家") the clause may tell that year's first tenants, and keeps the year; so does a value
        after a later year (2021年…).

        Returns where the clause opening with 已 starts, or None.

        >>> from districts.facts.timeframe import TimeResolver
        >>> text = "该园区2018年开园，已入驻企业120家"
        >>> TimeResolver()._holds_now(text, text.index("2018"), text.index("120"))
        11
        """
        lexicon = self.lexicon
        year = lexicon.year_re.match(text, year_at)
        if year is None or not text.startswith(lexicon.founding_verbs, year.end()):
            return None
        end = next((at for at in range(start, len(text)) if text[at] in _CLAUSE_MARKS), len(text))
        for at in range(year.end(), start):
            if text[at] in _CLAUSE_MARKS and text.startswith(lexicon.perfect_openings, at + 1):
                if any(word in text[at:end] for word in lexicon.same_time_words):
                    return None
                # a later clause with a time of its own speaks of that time (开馆首年接待…,
                # 成立之初仅有…), not of now
                perfect_end = next(
                    (i for i in range(at + 1, start) if text[i] in _CLAUSE_MARKS), start
                )
                later = text[perfect_end:start]
                if any(mark in later for mark in lexicon.start_time_marks):
                    return None
                return at + 1
        return None

    def _held_now_since(self, text: str, statement: int, start: int) -> int | None:
        """Where the clause of what a thing holds now starts (``_holds_now``), after the last
        year the statement writes before the value; None when there is none."""
        years = list(self.lexicon.year_re.finditer(text, statement, start))
        return self._holds_now(text, years[-1].start(), start) if years else None

    def _year_of_the_event_recalled(self, text: str, paragraph: Span, opened_at: int) -> int | None:
        """In an undated text, a paragraph opening with the event named before (此次降雨过程导致
        北京受灾面积16000平方公里…) is of the year the paragraph before it gave that event
        ("2012年7月21日至22日…北京遭遇61年来最强暴雨"): the last year written there, read over
        at most a few short lines between (a site's stamp, a caption). Only at the paragraph's
        first statement, and only a year written out (an undated text's 今年 says none)."""
        lexicon = self.lexicon
        if opened_at != paragraph.start or not text.startswith(
            lexicon.anaphoric_leads, paragraph.start
        ):
            return None
        end = paragraph.start - 1
        for _ in range(_RECALL_LINES):
            if end <= 0:
                return None
            start = text.rfind("\n", 0, end) + 1
            years = self._years(text, Span(start, end))
            if years:
                return years[-1][1]
            end = start - 1
        return None

    def _carried_year(
        self,
        text: str,
        before: Span,
        document: DocumentTime,
        *,
        within: bool = False,
        relative: bool = True,
    ) -> tuple[int, int] | None:
        """(position, year) of the last time leading a clause in the paragraph before the
        value's sentence: "2023年，区内改造背街小巷45条。新增便民菜站9个" (2023 for
        both); ``within`` one statement, also a year dating its clause's subject
        (see ``dates_its_subject``); without ``relative``, only years written out."""
        stated = self._years(text, before, document.since_now)
        relatives = [
            (
                match.start(),
                document.relative_year(match.start(), self.lexicon.relative_years[match.group()]),
            )
            for match in self.lexicon.relative_re.finditer(text, before.start, before.end)
            if relative
            and document.relative_to is not None
            and match.group() in self.lexicon.relative_years
            and not _is_baseline(text, before.start, match.start(), self.lexicon)
        ]
        found = [
            item
            for item in sorted(stated + relatives)
            if (
                _opens_clause(text, item[0], self.lexicon.clause_leads)
                or (within and dates_its_subject(text, item[0], self.lexicon))
            )
            and not _a_later_clauses_deadline(text, before.start, item[0], self.lexicon)
        ]
        return found[-1] if found else None

    def _years(
        self, text: str, span: Span, now: int | None = None, *, events: bool = False
    ) -> list[tuple[int, int]]:
        """(position, year) of the years named in ``span``, except baselines, the start of a
        span (2022年以来; with ``now``, the present's year, also an event's long before it:
        see ``_since_an_event``), years inside a title (《…2014年度…》) and the year of the
        prices a value is reckoned in (1990年不变价: ``price_base_after``)."""
        lexicon = self.lexicon
        found = []
        named = [
            (match.start(), match.end(), int(match.group(1)))
            for match in lexicon.year_re.finditer(text, span.start, span.end)
        ]
        if lexicon.census_round_re is not None:
            # 根据第七次全国人口普查数据，全市常住人口…: a census names the year of its data
            written = {end for _, end, _ in named}
            named += [
                (match.start(), match.end(), lexicon.census_rounds[match.group()])
                for match in lexicon.census_round_re.finditer(text, span.start, span.end)
                if match.start() not in written  # 与2010年第六次…相比: the year says it
            ]
            named.sort()
        if events and lexicon.event_name_year_re is not None:
            # 在2023中关村论坛上签约6个项目: the event's year, for its own sentence only
            written = {start for start, _, _ in named}
            named += [
                (match.start(), match.end(), int(match.group(1)))
                for match in lexicon.event_name_year_re.finditer(text, span.start, span.end)
                if match.start() not in written
                # (借2019北京世园会契机…，今年接待游客…: the year said later is the value's)
                and not lexicon.relative_re.search(text, match.end(), span.end)
            ]
            named.sort()
        if events and lexicon.event_year_re is not None:
            # 新中国成立时，…森林覆盖率仅有1.3%: the event's year, for its own sentence only
            # (``_stated_year``): what the sentences after it tell is of the story's time
            named += [
                (match.start(), match.end(), lexicon.event_years[match.group()])
                for match in lexicon.event_year_re.finditer(text, span.start, span.end)
            ]
            named.sort()
        if lexicon.plan_end_re is not None:
            # 计划到“十四五”末实现…: the plan's end names its last year
            # (its opening quotation mark is no title's: “十四五”末 is read from the mark)
            named += [
                (
                    match.start() - (match.start() > 0 and text[match.start() - 1] in _PLAN_QUOTES),
                    match.end(),
                    lexicon.plan_periods[match.group("plan")][1],
                )
                for match in lexicon.plan_end_re.finditer(text, span.start, span.end)
            ]
            named.sort()
        for start, end, year in named:
            own = _owns_the_value(text, start, end, span.end, lexicon)
            if _is_baseline(text, span.start, start, lexicon) and not own:
                continue  # 较2016年下降 (but 较2013年的26微克 is 2013's own value)
            if text.startswith(lexicon.baseline_after, end):
                if not _baseline_states_the_value(text, end, span.end, lexicon, start):
                    continue  # 仅为2023年同期的三分之一: a comparison with a period
            if text[end : end + 3].startswith(lexicon.since_after):
                continue
            if text.startswith(lexicon.price_base_after, end) and text[
                max(span.start, start - 1) : start
            ].endswith(lexicon.price_base_leads):
                continue  # 农业总产值（1990年不变价）, 按2000年不变价格: the prices it is in
            if _since_an_event(text, end, span.end, lexicon, now=now) is not None:
                continue  # 2016年…启动建设至今，累计…: the start of a span, as 2016年以来
            if _inside_title(text, span.start, start, span.end):
                continue
            if (now is None or year > now) and _names_a_goal_as_yardstick(text, end, lexicon):
                continue  # 已完成2025年规划目标值的92.8% in 2024: the goal's year, not the value's
            if _inside_a_base_effect(text, start, end, lexicon):
                continue  # 受2022年…收官高基数影响,比上年下降23.6%: the high base's year
            if _of_another_number(text, end, span.end):
                continue
            if _in_an_aside(text, end, span.end) or _dates_the_value_before(text, start, span.end):
                continue
            if _dates_a_baseline(text, span.start, start, lexicon):
                continue
            if _base_of_a_ratio(text, end, lexicon, start):
                continue
            ranged = lexicon.year_range_re.match(text, start)
            if ranged is not None and ranged.end() <= span.end:
                # "2018年到2021年，…；PM2.5平均浓度…降低到31.3": what a range of years
                # leads to after its own sentence is of its last year (a from-value is
                # its first's: _from_value_of_a_range)
                last = int(ranged.group(2))  # not past the present: 2023年至2025年 in 2024
                found.append((start, min(last, now) if now else last))
                continue
            found.append((start, year))
        return found

    def _stated_year(self, passage: Passage, start: int) -> tuple[int, int | None] | None:
        """(position, year) of the last year the sentence states before the value; a value
        said to be current (目前, 现有) after it, or held now after a thing's start
        (``_holds_now``), is of the document's present instead (none when the document's date
        is not known to the day)."""
        text, sentence, document = passage.text, passage.sentence, passage.document
        stated = self._years(text, Span(sentence.start, start), document.since_now, events=True)
        if not stated:
            return None
        position, year = stated[-1]
        since = text[position + 5 : start]
        if any(marker in since for marker in self.lexicon.present) and not _dates_another_value(
            since, self.lexicon
        ):
            return position, self._present(text, sentence.start, start, document)
        if self._holds_now(text, position, start) is not None:
            return position, self._present(text, sentence.start, start, document)
        return position, year

    def _years_ago(self, passage: Passage, start: int) -> int | None:
        """The year of a value written as N years ago: "由十年前的39%提高到48%" in a text of 2023
        → 2013 for the 39%.

        Why: without it the value takes the passage's present year, and a chart would show
        the old level as this year's. Only against a document year.
        """
        lexicon, document = self.lexicon, passage.document
        if document.relative_to is None or not lexicon.years_ago_words:
            return None
        lead = passage.text[max(passage.clause.start, start - 10) : start]
        match = _years_ago_re(lexicon.years_ago_words, lexicon.possessive_marks).search(lead)
        if match is None:
            return None
        count = _numeral(match.group(1))
        return document.relative_to - count if count and count <= _LONGEST_SPAN else None

    def _relative_year(self, passage: Passage, start: int, current: int | None) -> int | None:
        """今年/去年/明年 in the value's clause or at its sentence's opening, against the
        document's date; 上年/当年 against the passage's year (a bulletin on 2024 calls 2023
        上年); 比上年 is a baseline."""
        lexicon = self.lexicon
        text, clause, sentence = passage.text, passage.clause, passage.sentence
        document = passage.document
        scopes = [Span(clause.start, start)]
        if sentence.start < clause.start:
            scopes.append(Span(sentence.start, clause.start))
        for scope in scopes:
            for match in reversed(list(lexicon.relative_re.finditer(text, scope.start, scope.end))):
                own = _owns_the_value(text, match.start(), match.end(), start, lexicon)
                if _is_baseline(text, scope.start, match.start(), lexicon) and not own:
                    continue
                if text.startswith(lexicon.baseline_after, match.end()):
                    if not _baseline_states_the_value(
                        text, match.end(), start, lexicon, match.start()
                    ):
                        continue
                if _of_another_number(text, match.end(), start):
                    continue
                word = match.group()
                if word in lexicon.relative_years and document.relative_to is not None:
                    return document.relative_year(match.start(), lexicon.relative_years[word])
                if word in lexicon.passage_relative_years and current is not None:
                    base = current
                    if document.relative_to is not None and current > document.relative_to:
                        # "到2025年，…。上年全区地区生产总值增长4.5%" in a text of 2023: a
                        # goal's year is no passage's present; 上年 is the text's last year
                        base = document.relative_to
                    return base + lexicon.passage_relative_years[word]
        return None

    def _period(self, passage: Passage, start: int) -> tuple[str, str]:
        """(period, its words): the last period the sentence names before the value (not
        after 较: 较前三季度收窄); else one leading a clause earlier in the paragraph ("1至8月，
        区内…。其中软件业收入157.3亿元"), unless the sentence names its own year; else the
        period of the document's title when the sentence names no year."""
        lexicon = self.lexicon
        text, sentence, paragraph = passage.text, passage.sentence, passage.paragraph
        document = passage.document
        for position, period, cue in reversed(_periods(text, sentence.start, start, lexicon)):
            if not _is_baseline(text, sentence.start, position, lexicon):
                if _turns_to_the_whole_year(text, position + len(cue), start, lexicon):
                    return ANNUAL, ""  # 前三季度，新认定…家，年末…预计超过…家: the year's
                return _year_to_date_of(period, document.titled_period, lexicon), cue
        stated = self._years(text, Span(sentence.start, start))
        if [at for at, _ in stated if not _same_period_of(text, at, lexicon)]:
            return ANNUAL, ""
        if self._relative_before(text, Span(sentence.start, start), other_years=True):
            return ANNUAL, ""  # 去年，全区…: a year of its own, not a period before it
        statement = _statement_start(text, paragraph.start, start)
        floor = self._later_floor(text, paragraph.start, statement)
        if any(word in text[sentence.start : start] for word in lexicon.forecast_words):
            floor = sentence.start  # a forecast is of the whole year: no earlier part reaches it
        for position, period, cue in reversed(self._periods_before(text, floor, sentence.start)):
            if period == DAY:
                continue  # 当天全区转移群众1200人。今年全区PM2.5…: the day stays in its sentence
            if self._item_of_a_breakdown(text, position):
                continue  # 分季度看，…二季度增长9.4%。分产业看，…: an item, no later time
            # "2024年1至8月，…" leads its clause: a year may stand before a period
            leads = _opens_clause(text, position, lexicon.clause_leads, lexicon.year_re)
            if not leads and _opens_clause(
                text, position, lexicon.clause_leads, self._leading_year_re
            ):
                leads = _introduces(text, position + len(cue), sentence.start)
                leads = leads or _opens_the_statement(text, statement, position)
            if not leads and _names_released_data(text, position, cue, lexicon):
                leads = _introduces(text, position + len(cue), sentence.start)
            listed = text.startswith(lexicon.list_marks, position + len(cue))  # 一季度、二季度
            if leads and not listed and not _is_baseline(text, floor, position, lexicon):
                if not self._years(text, Span(position, sentence.start)):
                    if _names_its_own_scope(
                        text, max(statement, position + len(cue)), start, lexicon
                    ):
                        return ANNUAL, ""  # 前三季度，…。截至目前，…117家: the count's own time
                    return period, cue
                break
        if document.period != ANNUAL and not _timed_as_the_year(
            text, sentence.start, start, lexicon
        ):
            return document.period, document.period_cue
        return ANNUAL, ""

    def _item_of_a_breakdown(self, text: str, position: int) -> bool:
        """The period at ``position`` stands in a sentence opening with a breakdown's head
        (分季度看，一季度增长6.1%，二季度增长9.4%): one item of the breakdown, which times
        its own figure only, not the sentences after it.

        Why: "…上半年…增长7.8%。分季度看，…二季度增长9.4%。分产业看，第一产业增加值41.5亿元"
        gave the half-year's industries the second quarter's time."""
        start = max(text.rfind(mark, 0, position) for mark in FULL_STOPS) + 1
        return _breakdown_head().match(text, start) is not None

    def _periods_before(
        self, text: str, floor: int, sentence_start: int
    ) -> list[tuple[int, str, str]]:
        """``_periods`` between the paragraph's time floor and a sentence: the same for every
        number of the sentence, so worked out once (``_answers``)."""
        answers = self._answers(text)
        question = ("periods", floor, sentence_start)
        if question not in answers:
            answers[question] = _periods(text, floor, sentence_start, self.lexicon)
        return answers[question]  # type: ignore[return-value]

    def _years_ahead(
        self, passage: Passage, start: int, current: int | None
    ) -> list[tuple[int, int, int, int]]:
        """(start, end, first, last) of the N years a plan gives itself before the value
        (``years_ahead_pattern``: 三年预计完成…, 力争三年内…): from the document's year, or
        from the year after it after 未来/今后 (unless released in the year's first months),
        to N years on. Not when the sentence names a year (到2025年，三年将…: the deadline says
        when) nor without a year to count from.

        Why: "三年预计完成工程治理290处" in a plan of 2021 was a target of 2021 alone."""
        lexicon, text, sentence = self.lexicon, passage.text, passage.sentence
        now = passage.document.year or current
        if now is None or lexicon.year_re.search(text, sentence.start, start):
            return []
        # 未来三年 from a release of the year's first months is the plan of that year on
        # (2016年2月: 未来5年 is 2016–2020); later in the year, from the year after
        month = passage.document.present_month
        early = month is not None and month <= _RELEASE_MONTHS
        spans = []
        for match in lexicon.years_ahead_re.finditer(text, sentence.start, start):
            if not _in_the_values_clause(text, match.end(), start, lexicon):
                continue  # 三年将完成200个，其中今年完成60个: a later clause has its own time
            count = _numeral(match.group(1) or match.group(2))
            if not count or not 1 < count <= _LONGEST_SPAN:
                continue
            ahead = text.endswith(lexicon.future_span_leads, 0, match.start()) and not early
            first = now + 1 if ahead else now
            spans.append((match.start(), match.end(), first, first + count - 1))
        return spans

    def _started_in(self, text: str, before: int, year: int) -> bool:
        """Whether the sentence before ``before`` states something started in ``year``
        (2017年，北京市启动新一轮…: ``span_start_verbs``), not a year's result (2020年底，…收官)."""
        opened = max(text.rfind(mark, 0, before - 1) for mark in FULL_STOPS) + 1
        sentence = text[opened:before]
        return str(year) in sentence and any(
            verb in sentence for verb in self.lexicon.span_start_verbs
        )

    def _year_in_a_series(self, passage: Passage, start: int) -> int | None:
        """The year of a value listed after a span or a list of years and a word of
        "respectively" (``series_cues``), as many values as years: "2013-2017年，重污染天数分别为
        45、40、33、26、18天" gives 2013 to 45, …, 2017 to 18; "2020年和2021年…分别为38和33" gives
        2020 to 38.

        Not when things are listed between the years and the cue (2021-2022年，海淀区和朝阳区
        增速分别为…: the values are theirs), nor after a total's word (累计…，其中…分别为).

        Why: each value took the span's last year, and a chart showed 58 days as 2017's.
        (Cases in tests/cases/years.yaml.)
        """
        lexicon = self.lexicon
        text, sentence = passage.text, passage.sentence
        if not lexicon.series_cues:
            return None
        lead = text[sentence.start : start]
        cue_at = max((lead.rfind(cue) for cue in lexicon.series_cues), default=-1)
        if cue_at < 0:
            return None
        cue = next(c for c in lexicon.series_cues if lead.startswith(c, cue_at))
        years = self._years_listed(text, sentence.start, sentence.start + cue_at)
        if not 1 < len(years) <= _LONGEST_SPAN:
            return None
        if self._listed_as_baselines(text, sentence.start, sentence.start + cue_at):
            return None  # 较2019年、2022年同期分别增长8.6%和11.2%: the years compared with
        # what stands between the years and the cue: things listed (海淀区和朝阳区, 收入和支出,
        # 平原和浅山区) are what the values go to in order, and a total's word (累计) makes them
        # parts of the years' whole, not one value a year
        last_year = max(match.end() for match in _YEAR_TOKEN_RE.finditer(lead, 0, cue_at))
        between = lead[last_year:cue_at]
        if any(mark in between for mark in (*lexicon.list_marks, *lexicon.since_event_totals)):
            return None
        values = self._listed_values(text, sentence.start + cue_at + len(cue))
        if len(values) != len(years) or start not in values:
            return None
        return years[values.index(start)]

    def _listed_as_baselines(self, text: str, start: int, end: int) -> bool:
        """The years listed before a series cue are what the values are compared with: a
        comparison's word before the first (较, 比: ``baseline_before``) or a period's word
        after the last (同期: ``baseline_after``), as in "较2019年、2022年同期分别增长8.6%和
        11.2%", whose values are of the story's year."""
        written = list(self.lexicon.year_re.finditer(text, start, end))
        if not written:
            return False
        first, last = written[0], written[-1]
        if _is_baseline(text, start, first.start(), self.lexicon):
            return True
        return text.startswith(self.lexicon.baseline_after, last.end())

    def _years_listed(self, text: str, start: int, end: int) -> list[int]:
        """The years of the last span (2013-2017年) or list of years (2020年和2021年, 2019、
        2020年) in text[start:end], in order; [] when there is none.

        >>> from districts.facts.timeframe import TimeResolver
        >>> text = "2019年至2021年，全市浓度"
        >>> TimeResolver()._years_listed(text, 0, len(text))
        [2019, 2020, 2021]
        >>> text = "2020年和2021年，全市浓度"
        >>> TimeResolver()._years_listed(text, 0, len(text))
        [2020, 2021]
        """
        spans = [
            span
            for span in self.lexicon.year_range_re.finditer(text, start, end)
            if not _inside_title(text, start, span.start())  # 《2021-2022年行动计划》
        ]
        year_re = self.lexicon.year_re
        # (start, end, year) of each four-digit year, its end past its word when it has one
        tokens = [
            (match.start(), worded.end() if worded else match.end(), int(match.group(1)))
            for match in _YEAR_TOKEN_RE.finditer(text, start, end)
            for worded in [year_re.match(text, match.start())]
        ]
        if not tokens:
            return []
        if spans and spans[-1].end() >= tokens[-1][1]:
            first, last = int(spans[-1].group(1)), int(spans[-1].group(2))
            return list(range(first, last + 1)) if first < last else []
        run = tokens[-1:]
        for earlier in reversed(tokens[:-1]):
            if text[earlier[1] : run[0][0]].strip() not in self.lexicon.list_marks:
                break
            run.insert(0, earlier)
        # the last a year by year_re's word (2020年和2021年; 2019、2020年), not a bare number;
        # a lone year after a span is the time that counts (…，2023年甲区…分别为)
        listed = len(run) > 1 and year_re.match(text, run[-1][0]) is not None
        return [year for _, _, year in run] if listed else []

    def _listed_values(self, text: str, at: int) -> list[int]:
        """Where each number of a list starting at ``at`` begins (45、40、33天; 42、38和33微克):
        numbers apart only by a list mark (``list_marks``), perhaps after a short unit.

        >>> from districts.facts.timeframe import TimeResolver
        >>> TimeResolver()._listed_values("分别为42、38和33微克，增长5%", 3)
        [3, 6, 9]
        """
        found: list[int] = []
        number = _SERIES_NUMBER_RE.match(text, at)
        while number is not None:
            found.append(number.start())
            gap = _SERIES_GAP_RE.match(text, number.end())
            if gap is None or not any(mark in gap.group() for mark in self.lexicon.list_marks):
                break
            number = _SERIES_NUMBER_RE.match(text, gap.end())
        return found

    def _span(
        self, passage: Passage, start: int, current: int | None
    ) -> tuple[int, TimeFrame] | None:
        """(where its words end, the span) of a total or average over several years:
        2019—2022年累计, "十四五"以来, 五年来, 2022年以来. The value's year is the span's last."""
        lexicon = self.lexicon
        text, sentence = passage.text, passage.sentence
        candidates: list[tuple[int, int, int | None, int | None]] = []
        for match in lexicon.year_range_re.finditer(text, sentence.start, start):
            if _is_baseline(text, sentence.start, match.start(), lexicon):
                continue
            if not _inside_title(text, sentence.start, match.start()):
                first, last = int(match.group(1)), int(match.group(2))
                candidates.append((match.start(), match.end(), first, last))
        for name, (first, last) in lexicon.plan_periods.items():
            at = text.find(name, sentence.start, start)
            while at >= 0:
                follow = text[at + len(name) : at + len(name) + 4].lstrip('"”“」')
                if follow.startswith(lexicon.span_words):
                    # "十四五"以来 runs to the passage's year; "十四五"期间 is the whole plan
                    so_far = follow.startswith(lexicon.since_after) and current
                    end = min(last, current) if so_far and first <= current else last
                    candidates.append((at, at + len(name) + 1, first, end))
                at = text.find(name, at + 1, start)
        for match in lexicon.years_count_re.finditer(text, sentence.start, start):
            count = _numeral(match.group(1))
            if count and 1 < count <= _LONGEST_SPAN and current:
                if text.endswith(lexicon.future_span_leads, sentence.start, match.start()):
                    # 未来5年累计营收将超过725亿元 (in 2022): the five years after the
                    # document's, to 2027 (not after a deadline the sentence names: 到2025年，
                    # 未来三年… is 2023–2025)
                    now = passage.document.year or current
                    candidates.append((match.start(), match.end(), now + 1, now + count))
                    continue
                written = passage.document.year
                if (
                    written is not None
                    and current < written == current + count - 1
                    and self._started_in(text, sentence.start, current)
                ):
                    # "2017年，全市启动…。4年间，全市累计…" in a story of 2020: the years from
                    # the one stated before to the story's, not the four up to 2017
                    candidates.append((match.start(), match.end(), current, written))
                    continue
                candidates.append((match.start(), match.end(), current - count + 1, current))
        candidates.extend(self._years_ahead(passage, start, current))
        for match in lexicon.year_re.finditer(text, sentence.start, start):
            since = text[match.end() : match.end() + 3].startswith(lexicon.since_after)
            event_end = None
            if not since:
                event_end = _since_an_event(
                    text, match.end(), start, lexicon, value=True, now=current
                )
            if since or event_end is not None:
                first = int(match.group(1))
                if current and first < current:
                    candidates.append((match.start(), event_end or match.end(), first, current))
        decades = [
            (match.start(), match.end(), 1900 + decade, 1909 + decade)
            for match in lexicon.decade_re.finditer(text, sentence.start, start)
            if (decade := _numeral(match.group(1))) is not None
            # "上世纪80年代仅为12%,如今达到32%": the present ends the decade's reach
            and not any(word in text[match.end() : start] for word in lexicon.present)
        ]
        candidates.extend(decades)
        candidates = [
            c for c in candidates if not _reach_of_a_superlative(text, c[1], start, lexicon)
        ]
        if not candidates:
            return None
        at, end, first, last = max(candidates, key=lambda item: item[0])
        cue = text[at:end]
        if (at, end, first, last) in decades:  # 上世纪80年代: of those years, as a whole
            return end, TimeFrame(last, SPAN, first, last, cue, "span")
        averaged = any(word in text[at:start] for word in lexicon.average_words)
        in_its_clause = any(
            word in text[max(at, passage.clause.start) : start] for word in lexicon.average_words
        )
        if in_its_clause or (averaged and not reached_at_the_end(text, end, start, lexicon)):
            # 2019—2023年年均增长6.2%: an average is a yearly rate; it keeps its span's years
            # but is not a total (its indicator, 年均增速, is a measure of its own); so is a
            # value after it in the statement (…年均增长5.4%，略低于规划预期的6%左右). Not a
            # level a later clause says is reached: "2016—2020年，全区年均新增造林2万亩，森林
            # 覆盖率达到60%" gives the coverage of 2020.
            return end, TimeFrame(last, ANNUAL, first, last, basis="average")
        if reached_at_the_end(text, end, start, lexicon):
            return end, TimeFrame(last, ANNUAL, last, last, basis="span end")
        return end, TimeFrame(last, SPAN, first, last, cue, "span")


# The day from which a date is a month's end (28 February, 30 April, 31 May).
_MONTH_END_DAY = 28


def _first_line_end(text: str) -> int:
    """Where the document's first line (its title) ends."""
    end = text.find("\n")
    return len(text) if end < 0 else end


def _covers(at: int, end: int, paragraph: Span, length: int, first_line_end: int) -> bool:
    """An opening at ``at`` whose scope ends at ``end`` reaches past the paragraph: a heading
    above it, or a statement of an earlier paragraph. A heading's scope is the rest of the text,
    so for the last paragraph it ends where the paragraph does ("二、2024年工作目标" over the
    report's last paragraph). Not the document's title (its first line, ending at
    ``first_line_end``): "密云2023年旅游收入创新高" over a story's one paragraph does not time
    its 1-5月 figures; nor an opening inside the paragraph (去年7月底…, left behind by a later
    灾后)."""
    return end > paragraph.end or (end == length and first_line_end < at < paragraph.start)


def _reach_of_a_superlative(text: str, end: int, start: int, lexicon: TimeLexicon) -> bool:
    """The years before ``end`` (三年以来, 近十年来, 2012年以来) are how far back a superlative
    reaches: "经受住三年以来最严峻的疫情考验", "近十年来最大的一场暴雨" say the present is the
    worst in years; the values after them are of the present, not totals over those years.
    A word of a total before the value at ``start`` keeps the span: in "近三年来最低生活保障金
    累计发放1.2亿元" 最 opens a noun.

    >>> _reach_of_a_superlative("三年以来最严峻", 4, 7, load_time_lexicon())
    True
    """
    after = text[end : end + 6]
    since = next((word for word in lexicon.since_after if after.startswith(word)), "")
    if not after[len(since) :].startswith(lexicon.superlative_reach_words):
        return False
    # the total in the superlative's own phrase (no clause mark before it), not a storm's total
    # after it ("近十年来最大降雨，累计降雨量达到200毫米": the storm's, the present's)
    phrase = re.split(r"[，,；;：:。]", text[end:start], maxsplit=1)[0]
    return not any(word in phrase for word in lexicon.since_event_totals)


_LONGEST_SPAN = 30
# For _year_in_a_series: a four-digit year; a number of a listed series (45、40、33天); and
# what may stand between two of them: a short unit and a list mark, no clause's mark.
_YEAR_TOKEN_RE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")
_SERIES_NUMBER_RE = re.compile(r"\s*[0-9]+(?:\.[0-9]+)?")
_SERIES_GAP_RE = re.compile(r"[^0-9，。；,;：:\n]{1,6}?(?=\s*[0-9])")
_JANUARY = 1
# Where a value's own year came from: a fixed attribute keeps these (2024年末,全区总面积…)
_OWN_YEAR_BASES = ("stated", "column", "statement", "relative", "whole", "span", "average")
_ATTRIBUTE_REACH = 8  # how far after a share its attribute may stand (一半以上的国土空间)


def is_fixed_attribute(
    text: str, statement: int, start: int, end: int, lexicon: TimeLexicon
) -> bool:
    """True when the value at ``start``–``end`` measures a fixed attribute of a place, one that
    does not change from year to year, so a text's date or a passage's year is not its year:
    "西城区总面积50.7平方公里", "山区面积约占全区总面积的89%", "水库总库容约1.44亿立方米",
    each area in "密云区面积最大,约2229平方公里;怀柔区次之,约2123平方公里", "一半以上的国土
    空间". Not a share of one ("自然保护地…约占全区国土面积的28%": its numerator is not
    fixed) nor a measure between the attribute and the value ("山区面积…,森林覆盖率62%")."""
    after = text[end : end + _ATTRIBUTE_REACH]
    linked = _strip_links(after, "", lexicon, leading=True)
    if lexicon.fixed_attribute_re.match(linked):
        return True  # "守护着全市一半以上的国土空间": a share of the land
    found = list(lexicon.fixed_attribute_re.finditer(text, statement, start))
    if not found:
        return False
    last = found[-1]
    unit = re.sub(r"^[\d.,，]+", "", text[start:end])
    if _strip_links(text[last.end() : start], unit, lexicon):
        return False
    if any(
        mark in text[max(statement, last.start() - 4) : last.start()]
        for mark in lexicon.share_marks
    ):
        # "…占全区总面积的89%": a share of the attribute is fixed when what it shares is
        return _numerator_fixed(text, statement, last.start(), end, lexicon)
    return True


def _numerator_fixed(text: str, statement: int, at: int, end: int, lexicon: TimeLexicon) -> bool:
    """True when the share ending at ``at`` is of a fixed attribute: "山区面积约占…",
    "五区面积合计约8747平方公里,约占…" (the attribute before 占, with only links or its own
    value between)."""
    share = max(text.rfind(mark, statement, at) for mark in lexicon.share_marks)
    before = list(lexicon.fixed_attribute_re.finditer(text, statement, share if share >= 0 else at))
    if not before:
        return False
    rest = text[before[-1].end() : share if share >= 0 else at]
    return not _strip_links(re.sub(r"[\d.,，]+[^\d\s,，;；。、]{0,4}", "", rest), "", lexicon)


def _strip_links(between: str, unit: str, lexicon: TimeLexicon, *, leading: bool = False) -> str:
    """What is left of ``between`` without numbers in ``unit``, punctuation and link words
    (约, 合计, 次之, a district's name); with ``leading``, only what leads it is removed."""
    rest = between
    if unit:
        rest = re.sub(rf"[\d.,，]+\s*{re.escape(unit)}", "", rest)
    changed = True
    while changed:
        changed = False
        stripped = rest.lstrip(" \t,，、；;:：")
        links = lexicon.fixed_attribute_links
        for word in links if stripped.startswith(links) else ():  # one test for all first
            if stripped.startswith(word):
                stripped = stripped[len(word) :]
                break
        if stripped != rest:
            rest, changed = stripped, True
    if leading:
        return rest
    return rest.strip()


@functools.cache
def _years_ago_re(words: tuple[str, ...], possessive: tuple[str, ...]) -> re.Pattern[str]:
    """A count of years (digits or Chinese numerals), a years-ago word, a possessive, at the
    end of the text before a value."""
    ago = "|".join(re.escape(word) for word in words)
    of = "|".join(re.escape(word) for word in possessive)
    return re.compile(rf"([0-9{CHINESE_NUMERAL_CHARS}]+)(?:{ago})(?:{of})?$")


_HEADLINE_LENGTH = 40  # a line this short without a full stop is a headline or a heading


def _restated_below(text: str, start: int, end: int, paragraph: Span) -> int | None:
    """Where the story restates a headline's number: "■算力券全年派发约3.5亿元" above
    "…全年派发金额约3.5亿元,…" names no year, the story's sentence does ("去年…推出算力券").
    A number on a short line without a full stop, written again later in a longer line, takes
    the time of that later sentence."""
    line = text[paragraph.start : paragraph.end]
    if len(line.strip()) > _HEADLINE_LENGTH or "。" in line:
        return None
    written = text[start:end]
    at = text.find(written, paragraph.end)
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        if (
            line_end - line_start > _HEADLINE_LENGTH
            and not text[at + len(written) : at + len(written) + 1].isdigit()
            and not text[at - 1 : at].isdigit()
        ):
            return at
        at = text.find(written, at + 1)
    return None


def _spans_at(text: str, position: int) -> tuple[Span, Span, Span]:
    """(clause, sentence, paragraph) of the line around ``position``."""
    from districts.text.split import clauses

    start = text.rfind("\n", 0, position) + 1
    stop = text.find("\n", position)
    paragraph = Span(start, len(text) if stop < 0 else stop)
    sentence = next(
        (
            Span(s.start + start, s.end + start)
            for s in sentences(text[paragraph.start : paragraph.end])
            if s.start + start <= position < s.end + start
        ),
        paragraph,
    )
    clause = next((c for c in clauses(text, sentence) if c.start <= position < c.end), sentence)
    return clause, sentence, paragraph


_PER_REACH = 12  # 每年安排生态补偿资金3000万元: how far 每年 reaches to its amount


_CLAUSE_MARKS = ",，。；;：:\n"
_CLAUSE_MARK_RE = re.compile(f"[{re.escape(_CLAUSE_MARKS)}]")


def _clause_end(text: str, at: int, stop: int | None = None) -> int:
    """Where the clause holding ``text[at]`` ends: the first clause mark from ``at``, else
    ``stop`` (the text's end by default).

    >>> _clause_end("全区完成投资30亿元，增长5%", 0)
    10
    """
    stop = len(text) if stop is None else stop
    ends = [text.find(mark, at, stop) for mark in _CLAUSE_MARKS]
    return min([end for end in ends if end >= 0], default=stop)


_COMMAS = (",", "，")
_CLAUSE_LEAD = 4  # how far before a time its clause may begin (截至, 在; 2024年 before 1至8月)


# How long the words from a released period to the end of its clause may be (的全区经济运行情况)
_RELEASED_PHRASE_LONGEST = 10


def _names_released_data(text: str, position: int, cue: str, lexicon: TimeLexicon) -> bool:
    """True when the period at ``position`` names the figures a body released: "日前，某区发布
    了上半年的经济数据。数据显示，…实现地区生产总值879.6亿元" (a verb of releasing before it in
    its clause, a noun of figures closing the clause: 上半年全区经济运行情况).

    Why: the values after such a sentence are the released period's, though no clause opens
    with the period; read as the year's, a half-year GDP stood beside other districts' years."""
    end = position + len(cue)
    phrase = text[end : _clause_end(text, end)]
    # the noun of figures closes the clause, a few words (的, 全区, 国民) after the period:
    # not 上半年数据要素产业扶持项目名单, nor 数据中心
    if len(phrase) > _RELEASED_PHRASE_LONGEST or not phrase.endswith(lexicon.released_data_nouns):
        return False
    clause_start = max(text.rfind(mark, 0, position) for mark in _CLAUSE_MARKS) + 1
    return any(verb in text[clause_start:position] for verb in lexicon.release_verbs)


def _introduces(text: str, after: int, until: int) -> bool:
    """The sentence a period opens, from ``after`` on (up to ``until`` at most), states no value:
    "今年前10月，某区的空气质量可圈可点。PM2.5累计浓度…" introduces the sentences after it. A
    period after a relative year (今年) carries only so; one whose own sentence gives a value
    ("今年1至2月，产量年增约18%；产值约…亿元") is that value's, not the next statement's.
    """
    end = min([until, *(at for at in (text.find(m, after, until) for m in "。！？!?") if at >= 0)])
    return not re.search(r"\d", text[after:end])


def _opens_the_statement(text: str, statement: int, position: int) -> bool:
    """True when the period at ``position`` (after its relative year) opens the full sentence
    (to its 。) that the value stands in: "今年1至5月，PM2.5平均浓度为31.2微克/立方米；5个断面
    优良水体占比达80%" — the period governs every part of its sentence, over its semicolons.

    Why: a semicolon separates the parts of one statement, and a period leading the statement
    leads them all; one opening a middle part ("…2024年产量约52万辆；今年1至2月，产量年增约18%；
    产值约1150亿元") binds that part only (``_introduces``). A first clause that only says who
    told it (``source_clause_endings``: 记者从某局获悉，) leaves the period the statement's lead."""
    if position < statement:
        return False
    marks = [at for at in range(statement, position) if text[at] in _CLAUSE_MARKS]
    if not marks:
        return True
    # "记者从市农业农村局获悉，今年上半年全市…；…": a first clause saying who told it
    told = text[statement : marks[0]].rstrip()
    lexicon = load_time_lexicon()
    return len(marks) == 1 and told.endswith(lexicon.source_clause_endings)


def _opens_clause(
    text: str, position: int, leads: tuple[str, ...], time_re: re.Pattern[str] | None = None
) -> bool:
    """True when the time at ``position`` leads its clause ("2023年区内改造…", "到2023年末，",
    "去年7月底的暴雨中，…"), so it is the time of what follows; a year inside a comparison
    (回升到2018年的六成, 离2026年目标, 从2019年的X) is not."""
    lexicon = load_time_lexicon()
    words = _clause_up_to(text, position, _CLAUSE_LEAD + 2)
    if words is None:  # the clause starts further back: only a subject and 到 may stand there
        return _subject_before_a_deadline(
            _clause_up_to(text, position, _SUBJECT_REACH + 1) or "", lexicon
        )
    if not words or words in leads or bool(time_re and time_re.fullmatch(words)):
        return True
    # "主要目标到2024年底，…": a goal heading run into the text by a page that lost its line
    # break, then a lead (到): the time still leads what follows
    heading = next((h for h in lexicon.run_in_headings if words.startswith(h)), "")
    if heading and words[len(heading) :].lstrip(":：") in leads:
        return True
    if _subject_before_a_deadline(words, lexicon):
        return True
    # "…意见。一、2022年工作回顾": a section's number, its heading run into the text
    return bool(lexicon.section_mark_re.fullmatch(words))


def _clause_up_to(text: str, position: int, reach: int) -> str | None:
    """The words of the clause before ``position`` when it starts within ``reach`` characters
    of it, else None."""
    lead = text[max(0, position - reach) : position]
    cut = max(lead.rfind(mark) for mark in _CLAUSE_MARKS)
    if cut < 0 and position > reach:
        return None
    return lead[cut + 1 :].strip()


def deadline_after_a_subject(clause: str) -> int | None:
    """The year of a deadline that a subject opens the clause with ("未来科学城到2035年" → 2035),
    else None (see ``_subject_before_a_deadline``)."""
    lexicon = load_time_lexicon()
    match = lexicon.year_re.search(clause, 0, _SUBJECT_REACH + 2)
    if match is None or not _subject_before_a_deadline(clause[: match.start()].strip(), lexicon):
        return None
    return int(match.group(1))


# The longest subject before a deadline's lead (未来科学城到2035年: 5 characters and the lead)
_SUBJECT_REACH = 10
# Besides nouns, the words a subject before a deadline may hold: a time word (未来 in 未来科学城,
# as the tagger reads it) and a pronoun (我区).
_SUBJECT_TAGS = ("t", "r")


def _subject_before_a_deadline(words: str, lexicon: TimeLexicon) -> bool:
    """The words before a time are a subject and a deadline's lead: "未来科学城到2035年，建成…"
    and "全区到2025年" set a goal's time as "到2035年，" does; "回升到2018年的六成" (a verb
    before 到) compares with a year instead.

    >>> _subject_before_a_deadline("未来科学城到", load_time_lexicon())
    True
    >>> _subject_before_a_deadline("回升到", load_time_lexicon())
    False
    """
    from districts.facts.words import pos_tags

    lead = next((w for w in lexicon.subject_deadline_leads if words.endswith(w)), "")
    subject = words[: len(words) - len(lead)] if lead else ""
    tags = pos_tags(subject) if subject else []
    # nouns, with a time word or a pronoun among them (未来 科学城, 我 区), at least one a noun
    kinds = [tag for _, tag in tags]
    return any(tag.startswith("n") for tag in kinds) and all(
        tag.startswith("n") or tag in _SUBJECT_TAGS for tag in kinds
    )


def _owns_the_value(
    text: str, start: int, end: int, value_start: int, lexicon: TimeLexicon
) -> bool:
    """True when the compared time at ``start``–``end`` is followed only by 的 and the value:
    "比去年的19公里", "较2013年的26微克/立方米" state the baseline's own value; "回升到
    2018年的117%" is a share of it, not its value. The census that counted may stand between
    ("与2010年第六次全国人口普查的616083人相比": 2010's population)."""
    between = text[end:value_start].strip()
    period = next((w for w in lexicon.baseline_after if between.startswith(w)), "")
    between = between[len(period) :]  # 比去年同期的147毫米: the same period's own value
    census = lexicon.census_round_re.match(between) if lexicon.census_round_re else None
    if census is not None:
        between = between[census.end() :].strip()
    if between not in lexicon.possessive_marks:
        return False
    if census is not None:  # 与2010年第六次…的: 与 opens the comparison as 较 does
        return _is_baseline(text, max(0, start - _YEAR_WIDTH), start, lexicon)
    return text[max(0, start - 2) : start].endswith(lexicon.comparison_markers)


def _same_period_of(text: str, at: int, lexicon: TimeLexicon) -> bool:
    """True when the year at ``at`` names the same period of another year (2019年同期): the
    period its sentence carries still holds ("前三季度，…超过了2019年同期7.2%的增长" is the first
    three quarters of 2019), where a year of its own would end it."""
    match = lexicon.year_re.match(text, at)
    return match is not None and text.startswith(lexicon.baseline_after, match.end())


def _baseline_states_the_value(
    text: str, end: int, value_start: int, lexicon: TimeLexicon, start: int | None = None
) -> bool:
    """True when the compared period ending at ``end`` (2019年同期, 去年同期) is followed only by
    a copula and the value: "超过了2019年同期7.2%的增长", "去年同期为5.1%" state the baseline's
    own value, which is of that year; "仅为2023年同期的三分之一" (a share of it) does not. So
    does a from-value's or a comparison's period, its time starting at ``start`` after a from
    mark or a comparison's word and followed by 的 (占比由上年同期的2.7%提高到3.1%, 比去年同期的
    147毫米多38%: 2.7% and 147 are last year's).

    Why: read as the document's year, the baseline's value would sit in a chart beside the
    value it is compared with, as if it were this year's."""
    rest = text[end:value_start]
    for word in lexicon.baseline_after:
        if rest.startswith(word):
            between = rest[len(word) :].strip()
            if between in lexicon.possessive_marks and start is not None:
                # 由上年同期的2.7%, 比去年同期的147毫米: the period's own value
                leads = (*lexicon.from_value_marks, *lexicon.comparison_markers)
                return text[:start].rstrip().endswith(leads)
            return not between or between in lexicon.copulas
    return False


def _of_another_number(text: str, end: int, value_start: int) -> bool:
    """True when the time ending at ``end`` is the "from" side of a from–to pair that ends at
    the value: in "由上年的4.28人增加到4.51人" 上年 is 4.28's year, not 4.51's; in "由2010年的
    350家、床位1.4万张" both numbers are 2010's; in "由2018年底的18家发展到32家" the year's end
    is 18's time."""
    lexicon = load_time_lexicon()
    closing = next((w for w in lexicon.year_end_words if text.startswith(w, end - 1)), None)
    if closing is not None:
        end += len(closing) - 1  # 2018年底的: the year's end, then the possessive
    rest = text[end:value_start]
    if not rest.startswith(lexicon.possessive_marks) or not any(ch.isdigit() for ch in rest):
        return False
    return any(word in rest for word in lexicon.range_words)


def dates_its_subject(text: str, position: int, lexicon: TimeLexicon) -> bool:
    """True when the year written at ``position`` inside a clause dates its subject's figures,
    so the statement's later clauses are of that year too: "首都机场2024年旅客吞吐量约6740万
    人次;货邮吞吐量约136万吨" (2024 for both), "保税区2024年进出口总额…;跨境电商进出口额增长
    三成". Not a goal or a forecast (到2027年, 预计2026年), nor an event's date (2023年7月31日
    发布预警). Baselines, starts of spans and asides are not years of the statement at all
    (``TimeResolver._years``)."""
    match = lexicon.year_re.match(text, position)
    if match is None or text[max(0, position - 3) : position].endswith(lexicon.future_before):
        return False
    if lexicon.year_month_re.match(text, position):
        return False
    if text[position - 1 : position] in _RANGE_MARKS:
        return False  # "2021—2023年,连续三年…": the end of a span, not a year of its own
    return not text.startswith(lexicon.possessive_marks, match.end())


_RANGE_MARKS = ("—", "–", "-", "~", "～")  # 至 is a future_before word


def reached_at_the_end(text: str, cue_end: int, start: int, lexicon: TimeLexicon) -> bool:
    """True when a value after a span's words is the level reached at its end, not a total
    over it: in "十四五期间,PM2.5平均浓度降至23.6微克/立方米" and "五年来,…森林覆盖率达到了
    48.6%" the value is the last year's (a level verb right before it); "五年来,累计新建停车
    泊位3700个" and "十四五以来，全区累计完成平原造林，面积达到5万亩" are totals (an accumulating
    word, and no other number after it before the value). A total stated on its own says
    nothing of a later value: in "四年来,全区共新建公园25座,…,城市绿化覆盖率达到53.8%" the
    rate is the level reached, as a rate is unless its own clause accumulates it (五年来，
    全区地区生产总值累计增长达到35%: a change over the span)."""
    before = text[max(cue_end, start - _LEVEL_REACH) : start].rstrip()
    listed = lexicon.level_list_value_re.search(before)
    if listed is not None:  # "…分别达到了48.6%和93.9%": the verb before the list's first value
        floor = max(cue_end, start - _LEVEL_LIST_REACH)
        before = text[floor:start].rstrip()
        while (listed := lexicon.level_list_value_re.search(before)) is not None:
            before = before[: listed.start()].rstrip()
        start = floor + len(before)  # the list's first value decides, for all its values
    before = before.rstrip("".join(lexicon.level_fillers))
    if not before.endswith(lexicon.level_verbs):
        return False
    if _A_RATE_RE.match(text, start):
        # a rate sums over years only as a change of its own clause ("累计增长达到35%"): "五年
        # 来,实施…工程,森林覆盖率达到了48.6%" is the level reached
        opened = max(cue_end, *(text.rfind(mark, cue_end, start) + 1 for mark in _CLAUSE_MARKS))
        return not any(word in text[opened:start] for word in lexicon.accumulating)
    between = text[cue_end:start]
    for word in lexicon.not_accumulating:  # 一般公共预算收入: the 共 of 公共 totals nothing
        between = between.replace(word, "")
    for word in lexicon.accumulating:
        at = between.find(word)
        while at >= 0:
            if not re.search(r"[0-9]", between[at + len(word) :]):
                return False  # the total's own value is this one
            at = between.find(word, at + 1)
    return True


_LEVEL_REACH = 8  # how far before a value its level verb stands (降至, 达到了近)
_LEVEL_LIST_REACH = 40  # …or before the first value of a list of levels (达到了48.6%和93.9%)
_A_RATE_RE = re.compile(r"[0-9.]+\s*[%％‰]")  # a value written as a rate (48.6%)
_OPEN_QUOTES = "\u201c\u2018\"'「『"
_CLOSE_QUOTES = "\u201d\u2019」』"


def _base_of_a_ratio(text: str, end: int, lexicon: TimeLexicon, start: int | None = None) -> bool:
    """True when the year ending at ``end`` is followed only by 的 and a value that is a
    multiple or a fraction of it: in "地区生产总值1200亿元，是2016年的1.37倍" 2016 is the base
    the ratio is reckoned on; the ratio is of the year its sentence names before, or the
    document's, and so is any value after it ("是2019年的近3倍，增长192%").

    >>> from districts.facts.timeframe import load_time_lexicon
    >>> text = "是2016年的1.37倍"
    >>> _base_of_a_ratio(text, 6, load_time_lexicon())
    True
    >>> _base_of_a_ratio("是2019年的近3倍，增长192%", 6, load_time_lexicon())
    True
    """
    mark = next((m for m in lexicon.possessive_marks if text.startswith(m, end)), None)
    if mark is None:
        return False
    value_start = end + len(mark)
    lead = next((w for w in lexicon.ratio_value_leads if text.startswith(w, value_start)), "")
    value_start += len(lead)  # (是2019年的近3倍: a bound of the ratio may stand before it)
    year = _year_ending_at(text, end, lexicon)
    # (a time named otherwise, “十三五”末, starts where the caller says)
    opening = year.start() if year is not None else start
    if opening is None or not text[:opening].endswith(lexicon.ratio_leads):
        return False  # "2022年的8个项目产值翻倍": the year's own projects, no base
    value = _RATIO_NUMBER_RE.match(text, value_start)
    return value is not None and text.startswith(lexicon.ratio_words, value.end())


def _year_ending_at(text: str, end: int, lexicon: TimeLexicon) -> re.Match[str] | None:
    """The written year whose match ends at ``end`` (2016年), if one does."""
    for match in lexicon.year_re.finditer(text, max(0, end - _YEAR_WIDTH), end):
        if match.end() == end:
            return match
    return None


_YEAR_WIDTH = 7  # 2016年, with room for a space
# Right after a base year and 的: the ratio's number, in digits (1.37) or numerals (三 of 三分之一)
_RATIO_NUMBER_RE = re.compile(rf"\d+(?:\.\d+)?|[{CHINESE_NUMERAL_CHARS}]{{1,3}}")


def _dates_a_baseline(text: str, floor: int, position: int, lexicon: TimeLexicon) -> bool:
    """True when the year at ``position`` stands in brackets after a baseline it dates:
    in "较“十三五”末(2019年)增加102项" 2019 is the baseline's year, not the value's."""
    opened = max(text.rfind(opening, max(floor, position - 2), position) for opening, _ in _ASIDES)
    if opened < 0:
        return False
    phrase = text[max(floor, opened - _BASELINE_PHRASE) : opened]
    cut = max(phrase.rfind(mark) for mark in _CLAUSE_MARKS)
    return phrase[cut + 1 :].lstrip(_OPEN_QUOTES).startswith(lexicon.baseline_before)


_BASELINE_PHRASE = 10  # how long a baseline before its bracketed year may be (较“十三五”末)
_ASIDES = (("（", "）"), ("(", ")"))


def _inside_a_base_effect(text: str, start: int, end: int, lexicon: TimeLexicon) -> bool:
    """True when the year at text[start:end] stands inside a base effect's frame: a cause
    word right before it (``cause_leads``: 受, 由于) and a word of a base effect
    (``base_effect_words``: 高基数) later in its clause. "林业产值受2022年新一轮造林工程收官高
    基数影响，比上年下降23.6%" gives the fall no year of 2022's, nor the values after it; "受
    2023年暴雨影响，受损道路300公里" keeps 2023, the time of the damage.

    >>> lexicon = load_time_lexicon()
    >>> _inside_a_base_effect("林业产值受2022年工程收官高基数影响，比上年下降23.6%", 5, 10, lexicon)
    True
    >>> _inside_a_base_effect("受2023年暴雨影响，受损道路300公里", 1, 6, lexicon)
    False
    """
    if not text[max(0, start - 2) : start].endswith(lexicon.cause_leads):
        return False
    return any(word in text[end : _clause_end(text, end)] for word in lexicon.base_effect_words)


def _in_an_aside(text: str, end: int, value_start: int) -> bool:
    """True when the year ending at ``end`` stands in a bracketed aside that closes before the
    value and holds a number of its own: in "已恢复至疫情前(2019年逾1亿人次)约三分之二的水平"
    2019 is the year of 1亿, not of 三分之二 (the value is of the year its sentence names
    before). A bracket holding only a year ("地区生产总值(2023年)1200亿元") is the value's."""
    for opening, closing in _ASIDES:
        opened = text.rfind(opening, max(0, end - _ASIDE_REACH), end)
        if opened < 0 or text.rfind(closing, opened, end) >= 0:
            continue
        closed = text.find(closing, end, value_start)
        if closed >= 0 and any(ch.isdigit() for ch in text[end:closed]):
            return True
    return False


_ASIDE_REACH = 12  # how far before a year its aside's bracket may open


def _bracket_opened_before(text: str, at: int) -> int:
    """Where the round bracket holding ``text[at]`` opened, within ``_ASIDE_REACH`` before it
    and not closed since; -1 when ``at`` stands in no bracket.

    >>> _bracket_opened_before("常住人口34.6万人（第七次全国人口普查）", 11)
    10
    """
    opened = max(text.rfind(mark, max(0, at - _ASIDE_REACH), at) for mark in "(\uff08")
    if opened < 0 or any(mark in text[opened:at] for mark in ")\uff09"):
        return -1
    return opened


def _inside_brackets(text: str, at: int) -> bool:
    """``at`` stands inside round brackets opened shortly before it."""
    return _bracket_opened_before(text, at) >= 0


def _dates_the_value_before(text: str, start: int, value_start: int) -> bool:
    """True when the year at ``start`` stands in a bracket opened right after a number and its
    unit: in "年最大降雨量为1118.2mm(1969年),年最小降雨量为343.0mm(1962年)" 1969 is 1118.2's
    year, and in "旅游收入52亿元（2019年疫情前水平），今年上半年…" or "常住人口34.6万人（第七次
    全国人口普查），全区共有养老机构25家" the bracket's time is the note's, not a time leading
    the next clause. In "地区生产总值(2023年)1200亿元" a name, not a number, stands before the
    bracket: the year is of the value after it. A value inside the bracket itself ("增加81人/
    平方公里(2011年为1230人/平方公里)": ``value_start``) is the year's own."""
    opened = _bracket_opened_before(text, start)
    if opened < 0:
        return False
    lead = text[opened + 1 : start].strip()
    if lead and not lead.isalpha():
        return False  # a number before the time in the bracket: another aside
    closes = [at for at in (text.find(mark, start) for mark in ")\uff09") if at >= 0]
    if not closes or min(closes) > value_start:
        return False  # the value stands inside the bracket its time opens
    return _VALUE_BEFORE_RE.search(text, max(0, opened - _VALUE_TAIL), opened) is not None


_VALUE_TAIL = 8  # a number's last digit and its unit (1118.2mm, 45万千瓦时) before a bracket
_VALUE_BEFORE_RE = re.compile(r"\d[^\d\s,，。；;:：、()（）]{0,6}$")


def _inside_title(text: str, start: int, position: int, until: int | None = None) -> bool:
    """True when ``position`` stands inside a title or a quoted name (《…2014年度…》,
    “2023年度优秀案例”), not inside quoted speech: a quotation whose words before the year hold
    a clause mark (“下一步，我们将…，力争到2025年底…”) is someone's sentence, and its years are
    its values' years. So is one that opens with the year and goes on in clauses to ``until``
    (the value it dates), still open there (“2022年，某区完成固定资产投资300亿元…”), and one
    closed right after a clause mark (“…2023年接待游客1500万人次，”局长介绍，“其中…”); one
    closed before the value otherwise is a name (“2008年，奥运在怀柔”展览…共展出照片500张).

    >>> _inside_title("主任介绍：“2022年，全区完成投资300.5亿元。”", 0, 6, 20)
    False
    >>> _inside_title("荣获“2023年度优秀案例”称号，奖励10万元", 0, 3, 20)
    True
    >>> _inside_title("“2008年，奥运在怀柔”展览开幕，共展出照片500张", 0, 1, 24)
    True
    """
    for opening, closing in (("《", "》"), ("\u201c", "\u201d")):
        opened = text.rfind(opening, start, position)
        if opened > text.rfind(closing, start, position):
            if opening == "\u201c":
                if any(m in text[opened:position] for m in _SPEECH_MARKS):
                    continue
                # a quotation that runs on past the value in clauses is speech; one closed
                # before it is a name (“2008年，奥运在怀柔”展览…共展出照片500张)
                closed = text.find(closing, position)
                runs_on = until is not None and (closed < 0 or closed >= until)
                if runs_on and any(m in text[position:until] for m in _SPEECH_MARKS):
                    continue
                if closed > 0 and text[closed - 1] in _SPEECH_MARKS:
                    continue  # “某区2023年接待游客1500万人次，”局长介绍: speech, closed mid-way
            return True
    return False


_SPEECH_MARKS = ("，", "。", "；", "！", "？", ",", ";")

_STATEMENT_ENDS = "。！？!?"
# Everything up to and including the last full stop (greedy): see _statement_start.
_UP_TO_A_STOP_RE = re.compile(f"(?s).*[{_STATEMENT_ENDS}]")


def _statement_start(text: str, floor: int, end: int) -> int:
    """Where the statement holding ``text[end]`` starts: after the last full stop
    (``_STATEMENT_ENDS``) in text[floor:end], else at ``floor``; one pass rather than a
    search per mark."""
    if floor < 0 or end < 0:  # counted from the text's end, as str.rfind counts them
        return max(floor, *(text.rfind(m, floor, end) + 1 for m in _STATEMENT_ENDS))
    last = _UP_TO_A_STOP_RE.match(text, floor, end)
    return last.end() if last else floor


_CELL_SPLIT_RE = re.compile(r"\t|\s{2,}|\u3000+")
# A table row (or header) is short; a longer line is prose, and reading it for cells at
# every number of it would take time quadratic in its length.
_MAX_ROW = 400


def _column_year(
    text: str,
    start: int,
    lexicon: TimeLexicon,
    answers: dict[tuple[object, ...], object] | None = None,
) -> int | None:
    """A table cell takes the year of its column's header (2020年基期 | 2025年目标 | 2023年实际).

    The header is the nearest line above, in the same block, with two or more years; the row
    must have as many cells as the header. ``answers`` (the resolver's, for ``text``) keeps
    each line's cells and header years: the same for every number of the line.
    """
    line = _line_around(text, start)
    if line is None:
        return None
    line_start, line_end = line
    question = ("column_years", line_start, line_end)
    if answers is None or question not in answers:
        found = _line_columns(text, line_start, line_end, lexicon)
        if answers is None:
            return _year_of_column(found, start - line_start)
        answers[question] = found
    return _year_of_column(answers[question], start - line_start)  # type: ignore[arg-type]


def _year_of_column(
    columns: tuple[list[tuple[int, int]], list[re.Match[str] | None] | None], position: int
) -> int | None:
    """The header year of the cell at ``position`` of a row (see ``_line_columns``)."""
    cells, years = columns
    if len(cells) < 3:
        return None
    column = next((i for i, (a, b) in enumerate(cells) if a <= position < b), None)
    if column is None or years is None:
        return None
    year = years[column]
    return int(year.group(1)) if year else None


def _line_columns(
    text: str, line_start: int, line_end: int, lexicon: TimeLexicon
) -> tuple[list[tuple[int, int]], list[re.Match[str] | None] | None]:
    """(the row's cells, the year written in each cell of its header, or None without a
    header of as many cells): ``_column_year`` for every number of a line."""
    cells = _cells(text[line_start:line_end])
    if len(cells) < 3:
        return cells, None
    return cells, _header_years(text, line_start, len(cells), lexicon)


def _header_years(
    text: str, line_start: int, columns: int, lexicon: TimeLexicon
) -> list[re.Match[str] | None] | None:
    """The years written in the cells of the nearest header above ``line_start`` (a line with
    two or more years, in the same block), by column; None when there is none or it has
    another number of cells than ``columns``."""
    end = line_start - 1
    for _ in range(40):
        if end <= 0:
            return None
        previous_start = text.rfind("\n", max(0, end - _MAX_ROW), end) + 1
        if previous_start == 0 and end > _MAX_ROW:
            return None  # a line this long is not a table header
        line = text[previous_start:end]
        if not line.strip():
            return None
        header = _cells(line)
        years = [lexicon.year_re.search(line, a, b) for a, b in header]
        if sum(1 for year in years if year) >= 2:
            if len(header) != columns:
                return None
            return years
        end = previous_start - 1
    return None


def _line_around(text: str, at: int) -> tuple[int, int] | None:
    """[start, end) of the line holding ``text[at]``, or None when it is longer than a table
    row may be (found without reading more than ``_MAX_ROW`` characters either way)."""
    floor = max(0, at - _MAX_ROW)
    line_start = text.rfind("\n", floor, at) + 1 or (0 if floor == 0 else -1)
    ceiling = min(len(text), at + _MAX_ROW)
    line_end = text.find("\n", at, ceiling)
    if line_end < 0:
        line_end = len(text) if ceiling == len(text) else -1
    if line_start < 0 or line_end < 0 or line_end - line_start > _MAX_ROW:
        return None
    return line_start, line_end


def _cells(line: str) -> list[tuple[int, int]]:
    cells = []
    position = 0
    for match in _CELL_SPLIT_RE.finditer(line):
        if match.start() > position:
            cells.append((position, match.start()))
        position = match.end()
    if position < len(line.rstrip()):
        cells.append((position, len(line.rstrip())))
    return cells
