"""What a quantity is about: its district, the term naming it, its indicator and theme.

Its time (year, period, span) is resolved by ``districts.facts.timeframe``.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

from districts.catalog import GROUP_JOINER, Catalog, Indicator
from districts.errors import CatalogError
from districts.facts.areas import AreaNames
from districts.facts.context import Context
from districts.facts.extract import (
    Quantity,
    ends_a_list_item,
    inside_quotation,
    lists_districts,
    top_list_head,
)
from districts.facts.not_facts import counts_a_district_noun
from districts.facts.numbers import CHINESE_NUMERAL_CHARS, MULTIPLIERS, parse_chinese
from districts.facts.phrases import (
    BRACKETED_NOTE_RE,
    RANGE_DASHES,
    SECTION_NUMBER,
    PhraseIndex,
    alternation,
    any_of,
    bracket_open_at,
    longest_prefix,
    longest_suffix,
)
from districts.facts.qualify import change_cue
from districts.facts.timeframe import load_time_lexicon
from districts.facts.words import pos_tags, register_terms
from districts.lexicon import LEXICON_PATH, Lexicon
from districts.text.split import FULL_STOPS, MAX_PARAGRAPH, SEMICOLONS, Span, statement_start

if TYPE_CHECKING:
    from districts.facts.mentions import Mention

# A term is the noun phrase next to the number; past this many characters it is a clause.
_MAX_TERM = 14
# Where a term cannot reach across: these marks and the lexicon's term_stops; word-level
# boundaries (verbs, prepositions) are left to the part-of-speech tagger, which does not cut
# 中心 at 中.
_TERM_STOP_MARKS = r"[,，、;；:：。！？!?()（）“”\"《》【】•▪\s]"
# Between a term and its number, these marks (and the lexicon's term_list_words) go on a list.
_LIST_MARKS = "[、;；]"
# A change clause after a level's clause says only the change (",比上年增长5.6%", ",按可比价格计算
# 比上年增长3.8%"); a longer one has a subject of its own (",带动周边住宿餐饮收入增长三成").
_CHANGE_CLAUSE_REACH = 12
# What a place named after a district (某区科学城) weighs for the document's district, once per
# district: in the opening (a plain mention there weighs 3), and later (a plain mention: 1).
_NAMED_AFTER_OPENING = 1.5
_NAMED_AFTER_LATER = 0.5
# The shortest noun phrase taken for a clause's own subject of a change (人口, 收入).
_OWN_SUBJECT_LENGTH = 2
_GENERIC_LEAD = 2  # the words before 区域内 that make it any area (一定, 特定)
_BASELINE_LEAD = 3  # the words before a district's name that make it a baseline (相当于)
# A number carries an earlier number's measure (carried_measure) only with at most this many
# characters of its own words before it, places and linking words aside ("全市增长0.4%").
_CARRY_REACH = 3
# A clause of paired changes ("分别比上年同期增长9.1%和12.4%") says no more than this many
# characters besides its numbers (_paired_growth).
_PAIRED_REACH = 10
# How long a label made of an action's words may be (颐和园接待, 累计接警出动): a few words,
# read from at most this many characters before the number.
_ACTION_LABEL = 8
_ACTION_REACH = 16
# Parts of speech (jieba's) of a verb that may end such a label.
_ACTION_VERBS = frozenset({"v", "vn", "vd"})
# The kinds of number such a label is for: things and people counted, lengths, areas.
_ACTION_KINDS = frozenset({"count", "length", "area", "volume", "weight"})
# Parts of speech (their first letter) that open an action's words without saying what is done:
# time (t), adverbs (d), prepositions (p), conjunctions (c), pronouns (r), numerals (m), measures
# (q), places in time or space (f: 内, 中), particles (u: 的, 等).
_ACTION_LEADS = frozenset("tdpcrmqfu")
# Characters read on each side of a name to tell whether it begins inside a word (资本市场).
_WORD_REACH = 3
# The noun of a set a thing is one of (15处重点湿地公园之一), at most this long.
_SET_NOUN_LENGTH = 12
_FULL_WIDTH_BRACKETS = str.maketrans("()", "\uff08\uff09")
# A subject with its own number right after it (应急避难场所总数达到124处).
_OWN_COUNT_RE = re.compile(r"[^\d,，;；。、]{0,4}\d")
# Characters between the nation's name and a national count (全国共有…29个).
_NATIONAL_REACH = 6
# A number (a value in a list), in digits or Chinese numerals.
# How many place_mentions answers are kept (a long document's spans; cleared when full).
_PLACES_CACHE_SIZE = 4096
_ARABIC_VALUE_RE = re.compile(r"\d+(?:\.\d+)?")
# How far split_synonym reads: the verb before a count, the noun after it, and where the noun
# ends (新建|11个|公园).
_SPLIT_VERB = 4
_SPLIT_NOUN = 10
_PHRASE_MARKS = frozenset('，,。；;：:、！？!?（）()“”"「」\n ')
_NUMBER_RE = re.compile(f"[\\d.,]*\\d|(?<![\\d{CHINESE_NUMERAL_CHARS}])[{CHINESE_NUMERAL_CHARS}]+")
# Between a place and a bracketed value of its own: a measure's name (全市平均浓度（…）).
_MAX_NAMED_GAP = 6
# The characters before a place where a word of a share or a comparison may end (占, 高出).
_BASE_LEAD_REACH = 4
# Between a place and a bracket after its own figure: the figure and its noun (114个行政村).
_MAX_FIGURE_GAP = 12
# The marks that end a clause or a list item (a place's own figure stands in its item).
_CLAUSE_MARK_RE = re.compile("[，,、；;：:。]")
# A heading is a line this short, without a sentence's end; a section is read this far back.
_MAX_HEADING = 30
# Times a text names a town or site of a district for it to place a Beijing paper's story there.
_TOWN_RETURNED_TO = 2
_SECTION_REACH = 6000
# How far back a counted list of districts ("这三个区") may have been given.
_LIST_REACH = 800
# Cells apart (tabs, runs of spaces) or a decimal value: a table row, not a heading.
_TABLE_ROW = re.compile("\t| {2,}|\u3000|\\d\\.\\d")
# What a heading may write with digits: its number (SECTION_NUMBER; 第3: with an ordinal_marks
# word), a year (2023年: year_words; Attributor._heading_digits_re). Above an item of a list, a
# short line with any other digit is an item too ("丙观绿地 8000平方米").
# A line holding one of these is a sentence of the body, not a headline.
_SENTENCE_END = re.compile("[。！？；]")
# A line ending so goes on with the next one: an item of a list ("…完成搬迁;"), never a heading.
_ITEM_LINE_ENDS = (";", "；", ",", "，", "、")
# Three towns of one district listed together place a text that names Beijing only inside
# another name (北京农业嘉年华): one town's name recurs in other cities, three together with
# Beijing's do not.
_TOWNS_LISTED_ANYWHERE = 3
# Marks that end a clause (or open a bracket) when looking for what opens one. (A second name:
# the marks of _CLAUSE_MARKS below once shadowed these, and a bracket opened no clause.)
_CLAUSE_OPENING_MARKS = frozenset(",，:：;；。！？!?（(\n")
# The marks between clauses of one sentence whose openings may name districts one by one
_SIBLING_CLAUSE_MARKS = (",", "，", ";", "；")
# What ends the whole a share is of before its number (占全市的31%: 的 ends it)
_WHOLE_BREAKS = ("，", ",", "。", "；", ";")
# How far after a number inside a share's whole its 的 may stand (5400吨总任务的)
_SHARE_WHOLE_REACH = 12
# Marks after a province's bare name that leave it a place (河北、天津, 河北，…)
_REGION_FOLLOWERS = frozenset(",，、;；。:：)）")


def _holds_a_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _labelled_field(line: str) -> bool:
    """A label, a colon and its content on one line (关键词:疏解、拆违; 来源: 某报): a field of
    what stands above it. A heading's colon ends its line (东城:)."""
    at = max(line.find(":"), line.find("："))
    return 0 < at < len(line) - 1


@dataclass(frozen=True)
class Placing:
    """A number to place, in its ``Context``: what the district rules read (as the rules of
    ``not_facts`` read a ``Spot``). ``term_span`` is where the term naming it stands, if any.

    Example: in "通州区和大兴区PM2.5年均浓度均为31微克/立方米", the 31's placing has the
    clause up to it; ``districts_of`` gives both districts.
    """

    context: Context
    quantity: Quantity
    term_span: tuple[int, int] | None = None

    @property
    def text(self) -> str:
        return self.context.text

    @property
    def clause(self) -> Span:
        return self.context.clause

    @property
    def sentence(self) -> Span:
        return self.context.sentence

    @property
    def paragraph(self) -> Span:
        return self.context.paragraph

    @property
    def main(self) -> str:
        return self.context.main


@dataclass(frozen=True)
class DistrictDecision:
    """Which district rule placed a number, and what the rules after it would have said.

    Example: in "通州区…。大兴区新建公园8处", the 8's ``rule`` is ``clause_subject`` with
    ``places`` (大兴区,); ``set_aside`` holds (``paragraph_opener``, 通州区), a candidate the
    later rules would have given. For ``extract --explain``.
    """

    start: int  # the number's span in the normalized text
    end: int
    rule: str  # the deciding rule's name (district_rules, or shared_value)
    places: tuple[str, ...]
    set_aside: tuple[tuple[str, str], ...] = ()  # (rule, place) of later rules, other places


# The decisions of the numbers placed while someone listens (extract --explain): None when
# nobody does, so that a build pays nothing for them.
_LISTENING: ContextVar[list[DistrictDecision] | None] = ContextVar(
    "district_decisions", default=None
)


@contextlib.contextmanager
def district_decisions() -> Iterator[list[DistrictDecision]]:
    """The district decisions of every number placed inside the ``with`` block."""
    heard: list[DistrictDecision] = []
    token = _LISTENING.set(heard)
    try:
        yield heard
    finally:
        _LISTENING.reset(token)


def _rule_name(rule: Callable[..., object]) -> str:
    return rule.__name__.lstrip("_")


def _overlapping_heads(subject: str, term: str) -> list[str]:
    """The subject before a verb of achievement joined to the term after it where the term
    repeats the subject's last word: "规模以上工业累计完成工业总产值" → 规模以上工业总产值 (and its
    shorter tails, 工业总产值 dropped: the term alone has had its search).

    Why: a bulletin names its measure as subject, verb and object, and the object often says
    the subject's last word again; joined as they stand (规模以上工业工业总产值) they name no
    measure, and the value stayed off the chart.

    >>> _overlapping_heads("规模以上工业", "工业总产值")
    ['规模以上工业总产值', '模以上工业总产值', '以上工业总产值', '上工业总产值']
    """
    for shared in range(min(len(subject), len(term) - 1), 0, -1):
        if subject.endswith(term[:shared]):
            joined = subject + term[shared:]
            return [joined[k:] for k in range(len(subject) - shared)]
    return []


class Attributor:
    def __init__(self, catalog: Catalog, lexicon: Lexicon) -> None:
        self.catalog = catalog
        self.lexicon = lexicon
        # The names the tables give Beijing as a whole and the nation (districts.yaml).
        self.municipality = catalog.municipality_name
        # Beijing's names that may stand straight before a district's (北京市房山区)
        self._city_prefixes = (*lexicon.municipality_subjects, *lexicon.municipality_bare)
        self._heading_digits_re = re.compile(
            rf"{SECTION_NUMBER}|(?:{alternation(lexicon.ordinal_marks)})\d+"
            rf"|(?:19|20)\d{{2}}(?:{alternation(lexicon.year_words)})"
        )
        self._count_classifiers = tuple(lexicon.counted_thing_classifiers)
        # a count of listed items in words and its classifier (三大, 两个)
        self._item_count_re = re.compile(
            f"[{CHINESE_NUMERAL_CHARS}]+(?:{alternation(lexicon.counted_thing_classifiers)})"
        )
        # a count of two things or more after a demonstrative (这4个项目, 上述三个区)
        self._plural_count_re = re.compile(
            f"(?:(?P<digits>[0-9]+)|[{CHINESE_NUMERAL_CHARS}]+)"
            f"(?:{alternation(lexicon.counted_thing_classifiers)}"
            f"|(?P<district>{alternation(lexicon.district_suffixes)})"
            f"(?!{alternation(lexicon.list_open_end_continuations)}))"
        )
        # a per mark and the unit or period an amount is per (每亩, 每户, 每年), written
        # before its term
        self._per_units = tuple(
            mark + unit
            for mark in lexicon.per_markers
            for unit in (*lexicon.forms.per_unit_denominators, *lexicon.per_period)
        )
        self._top_list_head_re = top_list_head(lexicon)
        # streets and towns a reference may count (这两个街道): not the districts named
        self._township_words = tuple(
            word
            for word in lexicon.text_tables.get("township_suffixes", ())
            if not word.endswith(lexicon.district_suffixes)  # 这两个地区 may be districts
        )
        # a town's or a township's suffix (镇, 乡, 街道): after an outside place's bare name
        # (河北镇) it names a Beijing town, not the province
        self._town_suffixes = tuple(
            word
            for word in (
                *lexicon.text_tables.get("township_suffixes", ()),
                *lexicon.town_site_followers,
            )
            if word not in lexicon.place_area_words  # 河北地区 is the province's area
        )
        # what a count of times is of (这两个月, 这三年, 这2个小时): no things referred back to
        self._time_nouns = (*lexicon.per_period, *lexicon.not_facts.duration_units)
        # right after a list: each one's figure (…，每个区补助…, 每区), not 每年
        per = alternation(lexicon.per_markers) or "(?!)"
        self._each_district_re = re.compile(
            f"[，,]?(?:{per})(?:{alternation(lexicon.counted_thing_classifiers)})?"
            f"(?:{alternation(lexicon.district_suffixes)})"
            f"(?!{alternation(lexicon.list_open_end_continuations) or '(?!)'})"  # 每个区域
        )
        # a breakdown's head opening a sentence (从企业领域看，, 分行业看，), read with .match
        self._breakdown_head_re = re.compile(
            f"(?:{alternation(lexicon.breakdown_head_openers) or '(?!)'})"
            f"[^，,。；;：:\n]{{1,{_BREAKDOWN_TOPIC}}}?"
            f"(?:{alternation(lexicon.breakdown_head_closers) or '(?!)'})[，,]"
        )
        # a span verb right before a list (涉及, 覆盖了, 包括：), read with .search up to it
        self._span_verb_re = re.compile(
            f"(?:{alternation(lexicon.span_verbs) or '(?!)'})"
            f"(?:{alternation(lexicon.perfective) or '(?!)'})?\\s*[:：]?\\s*$"
        )
        # after a list of districts, words that leave it open (等7个区, 在内的8个区)
        self._open_list_words = lexicon.list_open_words
        self.nation = catalog.nation_name
        # A from-value inside a to-value's phrase: its mark and its digits (由751人增至…)
        self.from_value_re = re.compile(
            f"(?:{alternation(load_time_lexicon().from_value_marks)})[0-9]"
        )
        self._term_stop_re = re.compile(f"{_TERM_STOP_MARKS}|{alternation(lexicon.term_stops)}")
        # A verb holding one of these does not stand inside a measure's name (trailing_noun_phrase)
        self.name_breaking_verbs = (*lexicon.linking_words, *lexicon.object_verbs)
        self._list_mark_re = re.compile(f"{_LIST_MARKS}|{alternation(lexicon.term_list_words)}")
        # Counted-noun fillers after a number (5家企业): read with .match(text, pos).
        self._filler_after_re = re.compile(f"(?:{alternation(lexicon.term_fillers_after)})+")
        # The bounds the qualifier reads right before a number (不少于, 将近)
        self._bounds = tuple(
            word
            for kind in ("at_least", "at_most", "approx")
            for word in lexicon.qualifier_before[kind]
        )
        # Bounds and totals between the city's name and its count (_city_right_before)
        self._scope_fillers = (*self._bounds, *lexicon.linking_words)
        # What may end the words between the nation and its number (_owns_a_measure)
        self._measure_trailers = (
            *lexicon.linking_words,
            *(word for words in lexicon.qualifier_before.values() for word in words),
        )
        # Beijing's name opening a district's full name (北京市密云区, 北京密云): _list_opening
        self._city_full_prefixes = (
            catalog.municipality_name,
            *(w for w in lexicon.municipality_bare if catalog.municipality_name.startswith(w)),
        )
        # Beijing's bare name (北京; not 市里): where a site or towns are named with the city's
        self._beijing_words = tuple(
            word for word in lexicon.municipality_bare if catalog.municipality_name.startswith(word)
        )
        aliases: list[tuple[str, str, bool]] = []
        for district in catalog.districts:
            for alias in district.aliases:
                aliases.append((alias.text, district.name, alias.needs_suffix))
        aliases.sort(key=lambda item: len(item[0]), reverse=True)
        self._alias_owner = {text: (name, needs_suffix) for text, name, needs_suffix in aliases}
        self._within_rank_res: dict[str, re.Pattern[str]] = {}  # ranked_within_the_district
        names = "|".join(re.escape(text) for text, _, _ in aliases)  # (sorted just above)
        self._alias_re = re.compile(f"(?:{names})") if aliases else None
        self._alias_end_re = re.compile(f"(?:{names})$") if aliases else None
        # 15处重点湿地公园之一 (_owner_of_a_set): the counted noun, then the mark
        marks = alternation(lexicon.set_membership_marks)
        self._set_membership_re = (
            re.compile(f"[^\\W\\d_]{{0,{_SET_NOUN_LENGTH}}}?(?:{marks})") if marks else None
        )
        # 东、西城区 (_sibling_sharing_the_tail): one-character marks only
        self._tail_sharing_marks = tuple(m for m in lexicon.enumeration_marks if len(m) == 1)
        # A count of districts naming a list as a group: 四个中心城区, 五区 (_listed_total)
        group_nouns = alternation(lexicon.district_group_nouns) or "(?!)"
        self._counted_group_re = re.compile(
            f"[\\d{CHINESE_NUMERAL_CHARS}]+(?:{re.escape(lexicon.generic_count_unit)})?"
            f"(?:{group_nouns})"
        )
        # The same group closing the words before a rank (十个郊区排名第一): its scope
        self._counted_group_end_re = re.compile(self._counted_group_re.pattern + "$")
        self._firm_endings = lexicon.firm_endings
        self._name_run_re = re.compile(f"[^\\W\\d_]{{1,{_FIRM_NAME_LENGTH}}}")
        self._firm_run_re = re.compile(f"[^\\W\\d_]{{1,{_FIRM_NAME_LONGEST}}}")
        # What a long firm's name never holds: a list, a year of the document's, a verb of
        # works (_names_a_firm)
        self._not_in_a_firm_name = (
            *lexicon.enumeration_marks,
            *load_time_lexicon().relative_years,
            *lexicon.planned_work_verbs,
        )
        # A clause opening with where all that was counted lies (这两站均在…, 均位于…)
        self._lying_in_re = re.compile(
            f"(?:(?:{alternation(lexicon.plural_demonstratives)})"
            f"[^，,。；;：:]{{0,{_LYING_REFERENCE}}}?)?"
            f"(?:{alternation((*lexicon.lying_all_marks, *lexicon.shared_marks))})"
            f"(?:{alternation(lexicon.located_in_marks)})"
        )
        self._subarea_words = tuple(
            word for word in lexicon.mapping.subarea_suffixes if len(word) > 1
        )
        self._one_character_subarea_words = tuple(
            word for word in lexicon.mapping.subarea_suffixes if len(word) == 1
        )
        # An item of a list of figures by district: a name, then its number and measure word
        # (东城79个, 西城163个); read with .match after a list's mark, .search before one.
        possessive = alternation(lexicon.possessive_marks) or "(?!)"
        # a multiple (1.2倍) is of something else, never a place's own figure in such a list
        owned = [unit for unit, info in catalog.units.items() if info.kind != "multiple"]
        units = alternation(sorted(owned, key=len, reverse=True)) or "(?!)"
        multipliers = alternation(sorted(MULTIPLIERS, key=len, reverse=True)) or "(?!)"
        figure = (
            f"(?:{possessive})?[0-9][0-9.]*(?:{multipliers})?(?:{units})"
            f"[^\\W\\d]{{0,{_FIGURE_ITEM_NOUN}}}"  # 东城79个项目: the noun of what is counted
        )
        self._figure_item_re = re.compile(f"(?P<name>{names}){figure}") if aliases else None
        self._figure_item_end_re = re.compile(f"(?P<name>{names}){figure}$") if aliases else None
        # The nation, then a number within a few characters: 全国29个…, 全国共有…
        nations = "|".join(re.escape(word) for word in lexicon.nation_subjects) or "(?!)"
        self._national_count_re = re.compile(
            f"(?P<nation>{nations})[^,，]{{0,{_NATIONAL_REACH}}}[\\d{CHINESE_NUMERAL_CHARS}]"
        )
        self._district_names = {district.name for district in catalog.districts}
        for district in lexicon.site_acronyms.values():
            if district not in self._district_names:
                raise CatalogError(LEXICON_PATH, f"{district} is no district", "site_acronyms")
        # as a tuple: longest_prefix asks a tuple by length, a dict word by word
        self._site_acronym_words = tuple(lexicon.site_acronyms)
        # districts and the areas with measures of their own (北京经济技术开发区): what a list
        # of places sharing one value may name (_list_opening)
        self._listable_names = self._district_names | set(lexicon.areas)
        # The count of a group's districts right before its name (10个远郊区县, 五个生态涵养区)
        self._group_count_before_re = re.compile(
            f"[0-9{CHINESE_NUMERAL_CHARS}]+(?:{re.escape(lexicon.generic_count_unit)})?$"
        )
        # Beijing and the regions beyond it by the names a list of regions uses (北京、河北、
        # 内蒙古): _regions_listed_together
        region_words = {word: self.municipality for word in lexicon.municipality_bare}
        region_words[self.municipality] = self.municipality
        region_words |= {region: region for region in lexicon.other_regions}
        for place, words in lexicon.outside_places.items():
            region_words |= {word: place for word in words}
        self._region_words = region_words
        # …as a tuple: longest_prefix asks a tuple by length, a dict word by word
        self._region_names = tuple(region_words)
        # 全国第一产业, 全国前三季度, 全国第三批: a sector, a period or a batch of the nation's
        numeral = rf"[\d{CHINESE_NUMERAL_CHARS}]+"
        fronts = "|".join(re.escape(w) for w in (*lexicon.ordinal_marks, lexicon.rank_top) if w)
        kinds = "|".join(re.escape(w) for w in lexicon.nation_not_rank_words) or "(?!)"
        self._nation_figure_re = re.compile(rf"(?:{fronts or '(?!)'}){numeral}(?:{kinds})")
        # Streets, towns and sites by name, their district by each (_township_district).
        self._township_of = {
            town: district.name
            for district in catalog.districts
            for town in (*district.townships, *district.sites)
        }
        # the year in an event's name (北京2022年冬奥会): four digits and the year's word
        self._event_year_re = re.compile(rf"\d{{4}}(?:{alternation(lexicon.year_words)})")
        # a year opening a headline (2020年北京市…)
        self._leading_year_re = re.compile(
            rf"(?:19|20)\d{{2}}\s*(?:{alternation(lexicon.year_words)})\s*"
        )
        towns = sorted(self._township_of, key=len, reverse=True)
        self._township_re = re.compile("|".join(map(re.escape, towns)) or "(?!)")
        self._registry_sites = frozenset(site for d in catalog.districts for site in d.sites)
        # Towns listed by their short names, then counted as towns (甲山、乙河、丙庄3个镇):
        # the count says what the short names are (_listed_towns).
        suffixes = tuple(lexicon.text_tables.get("township_suffixes", ()))
        self._town_by_short_name: dict[str, str] = {}
        for district in catalog.districts:
            for town in district.townships:
                short = town.removesuffix(longest_suffix(town, suffixes))
                if len(short) >= 2 and short != town:
                    self._town_by_short_name.setdefault(short, district.name)
        shorts = "|".join(map(re.escape, sorted(self._town_by_short_name, key=len, reverse=True)))
        kinds = "|".join(map(re.escape, sorted(suffixes, key=len, reverse=True)))
        self._short_town_re = re.compile(shorts or "(?!)")
        self._listed_towns_re = re.compile(
            rf"(?:(?:{shorts or '(?!)'})、)+(?:{shorts or '(?!)'})"
            rf"(?:{re.escape(lexicon.list_kind_mark)})?"
            rf"[\d{CHINESE_NUMERAL_CHARS}]+{re.escape(lexicon.generic_count_unit)}"
            rf"(?:{kinds or '(?!)'})"
        )
        # Streets and towns alone (no sites): names, not words of a theme (_theme_scores)
        streets = sorted(
            {town for district in catalog.districts for town in district.townships},
            key=len,
            reverse=True,
        )
        self._street_names_re = re.compile("|".join(map(re.escape, streets)) or "(?!)")
        # A superlative, a few words of its measure, then where it was, then a district:
        # 最大为房山某营, 最大雨强出现在怀柔某峪 (_extreme_at_place).
        superlatives = lexicon.page_cues.get("superlative_words", ())
        self._superlatives = tuple(superlatives)
        # …or a place beyond Beijing (_outside_place_pattern)
        outside = _outside_place_pattern(lexicon)
        self._outside_word_re = re.compile(outside or "(?!)")
        # a count, the things counted, a word closing an "among" frame (中, 里: population_frames'
        # and their like), then the share held of them (在全市10家…企业中占据5席)
        frames = alternation(lexicon.among_frame_marks)
        self._among_frame_re = re.compile(
            rf"[0-9{CHINESE_NUMERAL_CHARS}.]+[^，,。；;：:]{{1,{_AMONG_FRAME_REACH}}}?(?:{frames})"
            rf"[^，,。；;：:\d{CHINESE_NUMERAL_CHARS}]{{0,4}}[0-9{CHINESE_NUMERAL_CHARS}]"
        )
        # The superlative's words alone, wherever it was (_extreme_reading_named_before)
        self._extreme_words_re = (
            re.compile(
                f"(?P<superlative>{alternation(superlatives)})"
                f"(?P<measure>[^,，。；;、0-9]{{0,{_EXTREME_MEASURE_LENGTH}}}?)"
                f"(?:{alternation(lexicon.extreme_place_marks)})"
            )
            if superlatives and lexicon.extreme_place_marks
            else None
        )
        # (or, the superlative opening its clause, a reading's word and the place straight
        # after it, as a rain report lists its extremes: 最大雨量密云某堂144.5毫米; not
        # 支援遭受最大降雨房山灾区 nor 较最高气温朝阳区低…)
        # …and the meteorologists' word for a reading's extreme (极大风速出现在某区某园)
        readings_extremes = (*superlatives, *lexicon.extreme_reading_words)
        self._extreme_place_re = (
            re.compile(
                f"(?:(?:{alternation(readings_extremes)})"
                f"[^,，。；;、0-9]{{0,{_EXTREME_MEASURE_LENGTH}}}?"
                f"(?:{alternation(lexicon.extreme_place_marks)})"
                f"|(?:^|(?<=[，,。；;：:\n]))(?:{alternation(superlatives)})"
                f"(?:{alternation(lexicon.outside_extreme_readings)}))"
                f"(?=(?:{'|'.join(filter(None, (names, outside)))}))",
                re.MULTILINE,
            )
            if aliases and superlatives and lexicon.extreme_place_marks
            else None
        )
        # Words that say a whole (全区, 我区, 全市): a value after one is not the extreme's.
        self._scope_words = any_of(
            (*lexicon.district_wide, *lexicon.self_references, *lexicon.municipality_subjects)
        )
        # …and the city's bare names too: a clause naming one has a subject of its own
        # (_continues)
        self._own_subject_words = any_of(
            (
                *lexicon.district_wide,
                *lexicon.self_references,
                *lexicon.municipality_subjects,
                *lexicon.municipality_bare,
            )
        )
        # Words that make a value each one's (均, 分别, 各): _regions_listed_together
        self._each_ones_cues = any_of(
            (*lexicon.shared_cues, *lexicon.respectively_cues, *lexicon.distributive_words)
        )
        # A per-head modifier and a verb of having right before a name (每万人拥有): _reads_as
        self._per_head_phrases = tuple(
            modifier + link
            for modifier in lexicon.mapping.per_head_modifiers
            for link in lexicon.mapping.per_head_links
        )
        self.areas = AreaNames(catalog, lexicon)
        self._written_units = tuple(catalog.units)
        self._written_units_or_percent = (*self._written_units, "%")
        # Words between an act and its number that are not the act (action_before): a goal's
        # or a forecast's word (将, 预计), and the linking verbs
        self._hedges = (*lexicon.goal_auxiliaries, *lexicon.estimate_cues)
        self._linking_or_hedges = frozenset((*lexicon.linking_words, *self._hedges))
        # Words that name no measure next to a place and its number (carried_measure),
        # longest first: 全市平均水平, 这一比例, 不低于.
        self._carried_words = tuple(
            sorted(
                {
                    *lexicon.carried_measure_words,
                    *lexicon.district_wide,
                    *(word for words in lexicon.qualifier_before.values() for word in words),
                },
                key=len,
                reverse=True,
            )
        )
        # their characters: a term holding another one cannot be only these words
        self._carried_chars = frozenset("".join(self._carried_words))
        # an incident count and its people straight after (12起12人, 73起、死亡80人), and the
        # people seen from their number back (casualty_count_theme)
        acts = "|".join(map(re.escape, lexicon.casualty_acts)) or "(?!)"
        persons = "|".join(map(re.escape, lexicon.person_classifiers)) or "(?!)"
        self._people_counted_re = re.compile(rf"\d+(?:{persons})")
        self._casualty_count_res = {
            theme: (
                re.compile(rf"[、，,]?(?:{acts})?\d+(?:{persons})"),
                re.compile(rf"\d+(?:{'|'.join(map(re.escape, units))})[、，,]?(?:{acts})?$"),
            )
            for theme, units in lexicon.casualty_count_themes.items()
        }
        self._possessive = lexicon.possessive_marks[0] if lexicon.possessive_marks else ""
        self._bounds_after = tuple(w for words in lexicon.qualifier_after.values() for w in words)
        self._own_names = {
            district.name: tuple(alias.text for alias in district.aliases if alias.needs_suffix)
            for district in catalog.districts
        }
        self._group_names = set(lexicon.district_groups)
        # the words by which a text names its own district (全区, 我区, 本区)
        self._own_words = (*lexicon.district_wide, *lexicon.self_references)
        others = {word: self.municipality for word in lexicon.municipality_subjects}
        others |= {word: self.municipality for word in lexicon.municipality_bare}
        for group, words in lexicon.district_groups.items():
            others |= {word: group for word in words}
        for place, words in lexicon.outside_places.items():
            others |= {word: place for word in words}  # 三河市22个: Hebei's, no district's
        self._outside_names = frozenset(lexicon.outside_places)
        # A list of districts left open with their count (甲、乙、丙等9个区): _listed_total
        open_marks = {word[:1] for word in lexicon.list_open_ends}
        self._open_marks = frozenset(open_marks)  # 等: a list left open
        # the marks between list items (、), not the joining words (和, 及) an item may hold
        self._item_marks = tuple(m for m in lexicon.enumeration_marks if not _CJK_RE.match(m))
        self._counted_open_end_re = re.compile(
            f"(?:{alternation(sorted(open_marks))})[0-9{CHINESE_NUMERAL_CHARS}]+"
            f"(?:{alternation(lexicon.group_count_nouns)})"
            if open_marks and lexicon.group_count_nouns
            else "(?!)"
        )
        # a rank written with its ordinal mark (第四, 第5): _ranks_between
        self._rank_re = re.compile(
            f"(?:{alternation(lexicon.ordinal_marks)})[0-9{CHINESE_NUMERAL_CHARS}]+"
            f"(?![0-9{CHINESE_NUMERAL_CHARS}]|{alternation(lexicon.rank_not_followers)})"
        )  # not 第十四届评选: a label, no rank
        self._other_place_owner = others
        counted = "|".join(re.escape(word) for word in lexicon.group_count_nouns) or "(?!)"
        self._group_count_re = re.compile(
            f"(?:[{CHINESE_NUMERAL_CHARS}]|(?<![0-9.])[1-9])(?:{counted})"
        )
        # 与上年相比, 和上年同期相比: a comparison's baseline, no items of a list
        self._comparison_re = re.compile(
            f"(?:{alternation(lexicon.comparison_openers)})[^，,、。；;]{{0,10}}?"
            f"(?:{alternation(lexicon.comparison_closers)})"
        )
        self._other_place_re = re.compile(
            "|".join(re.escape(word) for word in sorted(others, key=len, reverse=True)) or "(?!)"
        )
        synonyms = [
            (synonym, indicator)
            for indicator in catalog.indicators
            for synonym in indicator.synonyms
        ]
        # as printed: 细颗粒物（PM2.5）年均浓度 with full-width brackets
        synonyms += [
            (synonym.translate(_FULL_WIDTH_BRACKETS), indicator)
            for synonym, indicator in synonyms
            if synonym.translate(_FULL_WIDTH_BRACKETS) != synonym
        ]
        synonyms.sort(key=lambda item: len(item[0]), reverse=True)
        self._synonyms = synonyms
        cues = lexicon.mapping
        self._with_growth_stems = _with_stems(
            synonyms, cues.growth_suffixes + self.lexicon.decline_rates
        )
        self._with_share_stems = _with_stems(synonyms, cues.share_endings)
        # The same lists, indexed so that a window is searched only for the synonyms it can
        # hold (see districts.facts.phrases): same results, a fraction of the searches.
        self._synonym_index = PhraseIndex(self._synonyms)
        self._growth_stem_index = PhraseIndex(self._with_growth_stems)
        self._share_stem_index = PhraseIndex(self._with_share_stems)
        # Longest words first, and a word inside a longer one already counted does not count
        # again: 住宿业 (hospitality) is not also 住宿 (lodging). Ranked once, not per scope.
        self._theme_words = PhraseIndex(
            sorted(
                (
                    (word, theme)
                    for theme, words in lexicon.theme_keywords.items()
                    for word in words
                ),
                key=lambda pair: -len(pair[0]),
            )
        )
        self._theme_score_cache: dict[str, tuple[Counter[str], Counter[str]]] = {}
        # (text, answers): what was worked out on the text being read (see _answers)
        self._memo: tuple[str, dict[tuple[object, ...], object]] = ("", {})
        # (text, start, end, districts_only) -> places: the text itself is in the key, so an
        # answer is only ever reused for the same characters (see place_mentions)
        self._places_cache: dict[tuple[str, int, int, bool], tuple[Place, ...]] = {}
        markers = "|".join(map(re.escape, lexicon.comparison_markers)) or "(?!)"
        # A year as written before a term (2024年): not part of the phrase naming whose figure
        # it is (某某保税区2024年进出口总额)
        self._year_re = load_time_lexicon().year_re
        self._relative_years = frozenset(load_time_lexicon().relative_years)
        self._since_year_re = re.compile(f"(?:{markers})(?:19|20)\\d{{2}}")  # 较2020年
        register_terms(
            [synonym for synonym, _ in synonyms]
            + [word for words in lexicon.theme_keywords.values() for word in words]
        )

    def forget(self) -> None:
        """Drop the answers kept on earlier texts (places, theme scores): called for each
        document, so a cache holds one document's answers only, and reading a document again
        (a benchmark's second run) does the work again rather than look it up."""
        self._places_cache.clear()
        self._theme_score_cache.clear()
        self.areas.forget()

    # --- districts ----------------------------------------------------------------------

    def district_mentions(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, str]]:
        """(position, district name) of each district named in text[start:end]."""
        for place in self.place_mentions(text, start, end, districts_only=True):
            yield place.start, place.name

    def _inside_a_district_name(self, text: str, span: tuple[int, int]) -> bool:
        """A synonym that begins inside a district's name is that name's letters (山区占比 in
        石景山区:567851人,占比2.6%), no measure named."""
        start = span[0]
        return any(
            place.start < start < place.end
            for place in self.place_mentions(text, max(0, start - 4), min(len(text), start + 4))
        )

    def group_mentions(self, text: str, start: int = 0, end: int | None = None) -> list[str]:
        """The groups of districts named in text[start:end], in order (生态涵养区, 城六区)."""
        places = self.place_mentions(text, start, end)
        return [place.name for place in places if place.name in self._group_names]

    def place_mentions(
        self, text: str, start: int = 0, end: int | None = None, *, districts_only: bool = False
    ) -> list[Place]:
        """Districts, groups of districts and Beijing named in text[start:end], in order.

        A name inside a newspaper's or site's name is not a place the text is about
        (北京晚报, 西城区融媒体中心); 北京市海淀区 names 海淀, not Beijing.

        The numbers of a clause ask the same spans again and again: each answer is kept,
        keyed by the text itself (never another text's answer), a fresh list returned.
        """
        end = len(text) if end is None else end
        key = (text, start, end, districts_only)
        cached = self._places_cache.get(key)
        if cached is None:
            if len(self._places_cache) > _PLACES_CACHE_SIZE:
                self._places_cache.clear()  # bounded: one document's spans at most, roughly
            cached = self._places_cache[key] = tuple(
                self._place_mentions_of(text, start, end, districts_only)
            )
        return list(cached)

    def _place_mentions_of(
        self, text: str, start: int, end: int, districts_only: bool
    ) -> list[Place]:
        """``place_mentions``, worked out."""
        places: list[Place] = []
        if self._alias_re is not None:
            for match in self._alias_re.finditer(text, start, end):
                name, needs_suffix = self._alias_owner[match.group()]
                following = text[match.end() : match.end() + 1]
                if (
                    needs_suffix
                    and following not in self.lexicon.district_suffixes
                    and not self._listed_with_another(text, match.start(), match.end())
                    and not self._before_a_subarea(text, match.end(), match.start())
                    and not self._before_its_own_town(text, match.end(), name)
                    and not self._opens_a_part_bracket(text, match.start(), match.end())
                    and not self._heads_its_line(text, match.start(), match.end())
                    and not self._acts_beside_another(text, match.start(), match.end())
                    and not self._placed_in_it(text, match.start(), match.end())
                    and not self._among_districts_opening_clauses(text, match.start(), match.end())
                ):
                    continue
                if self._names_a_boundary(text, match):
                    continue  # 终点位于甲乙区界: the line between two districts, no subject
                if self._ends_a_route(text, match.end()):
                    continue  # 市郊铁路怀柔-密云线: a railway's name, from one place to another
                if self._inside_an_idiom(text, match):
                    continue  # 大兴安岭地区, 朝阳产业: no district
                if not match.group().endswith(
                    self.lexicon.district_suffixes
                ) and self._names_a_basin(text, match.end()):
                    # 密云流域56毫米, 密云水库流域: a basin (门头沟区流域面积 is the district's)
                    continue
                if self._names_a_place_after(text, match, name, needs_suffix):
                    continue  # 怀柔科学城 in passing: a place named after the district
                if self._names_a_medium(text, match.end()):
                    continue
                if self._names_items_of_a_kind(text, match):
                    continue  # 石景山、亦庄、良乡等水厂: the plants' names, not the district
                if self._bracketed_inside_a_name(text, match):
                    continue  # 中国北京（海淀）留学人员创业园: an institution's name
                sibling = self._sibling_sharing_the_tail(text, match.start(), start)
                if sibling is not None:
                    places.append(sibling)
                places.append(Place(match.start(), match.end(), name))
        if not districts_only:
            areas = self.areas.places(text, start, end)
            if areas:  # 甲-开发区, a name the text defines: not the district alone
                places = [
                    place
                    for place in places
                    if not any(place.start < a.end and a.start < place.end for a in areas)
                ]
                places += [Place(area.start, area.end, area.name) for area in areas]
            taken = {place.start for place in places}
            taken |= {position for area in areas for position in range(area.start, area.end + 1)}
            for match in self._other_place_re.finditer(text, start, end):
                word = match.group()
                name = self._other_place_owner[word]
                if match.end() in taken or self._names_a_medium(text, match.end()):
                    continue  # 北京市海淀区, 北京日报
                if name in self._outside_names and text.startswith(
                    self._town_suffixes, match.end()
                ):
                    continue  # 河北镇: a town of 房山 named like the province
                if (
                    word in self.lexicon.other_regions
                    and word == name
                    and not self._stands_as_a_region(text, match.end())
                ):
                    # 河北路, 天津银行, 其中河北企业12家: a province's bare name names one only
                    # before its figure or beside other places (河北9人死亡, 北京、河北)
                    continue
                if name == self.municipality and self._names_an_organization(
                    text[match.end() : match.end() + 10]
                ):
                    continue  # 北京市园林绿化局下达…: an agency acting, not Beijing's figure
                if name == self.municipality and self._names_a_firm(text, match.end()):
                    continue  # 北京新航城控股有限公司…介绍: a firm speaking, not the city
                if self._names_a_title(text, match.end()):
                    continue  # 全市文明单位, 北京市重点实验室: part of a title or a body's name
                if name == self.municipality and self._township_re.match(text, match.end()):
                    continue  # 北京市奥林匹克森林公园: part of the registry site's name
                acronym = longest_prefix(
                    text[match.end() : match.end() + _ACRONYM_REACH], self._site_acronym_words
                )
                if name == self.municipality and acronym:
                    # 北京CBD连续三年刷卡消费额…: the site's, in its district, not the city's
                    district = self.lexicon.site_acronyms[acronym]
                    end = match.end() + len(acronym)
                    places.append(Place(match.start(), end, district))
                    continue
                if not text.endswith(
                    self._city_full_prefixes, 0, match.start()
                ) and self._begins_inside_a_word(text, match.start()):
                    continue  # 资本市场, 日本市场: 本市 is no word there (but 北京城六区 is a
                    # group after the city's name, though the tagger reads 北京城 as a word)
                if (
                    word in self.lexicon.municipality_bare
                    and not self._names_the_city_area(text, match.end())
                    and (
                        (
                            (
                                self._continues_a_name(text, match.end())
                                or self._names_a_site(text, match.end())
                            )
                            and not self._names_a_sector_of_the_city(text, match.end())
                            and not self._names_a_measure_of_the_city(text, match.end())
                            and not self._names_a_kind_of_site(text, match.end())
                        )
                        or (self._alias_re and self._alias_re.match(text, match.end()))
                        or self._township_re.match(text, match.end())
                        or self._names_an_event(text, match.end())
                    )
                ):
                    continue  # 北京环球度假区, 北京大兴国际机场, 北京未来科学城 (a registry
                    # site); not 北京地区 (the city)
                places.append(Place(match.start(), match.end(), name))
            # 本市生态涵养区, 北京市城六区: the city's name before a group of its districts is
            # part of the group's name, as before a district's (北京市海淀区)
            groups = {place.start for place in places if place.name in self._group_names}
            places = [
                place
                for place in places
                if not (place.name == self.municipality and place.end in groups)
            ]
            places.sort(key=lambda place: place.start)
        return places

    def _names_the_city_area(self, text: str, end: int) -> bool:
        """北京 followed by a word of its area and the whole city (``place_area_words``, then
        ``municipality_subjects``: 北京地区全市平均降雨量157.8毫米) names the city, not a longer
        name. Alone (北京地区出现强降雨，我区…; 北京地区首家…) it is no subject of its own: the
        whole city's word after it opens the clause only in this form. The city's urban area
        (``city_urban_area_words``: 北京城区积水共接报了108处) is the city's without it: a
        spokesman's figure for the built-up part, not a district's."""
        urban = longest_prefix(
            text[end : end + _AREA_WORD_REACH], self.lexicon.city_urban_area_words
        )
        if urban:
            return self._urban_area_as_subject(text, end + len(urban))
        area = longest_prefix(text[end : end + _AREA_WORD_REACH], self.lexicon.place_area_words)
        return bool(area) and text.startswith(self.lexicon.municipality_subjects, end + len(area))

    def _urban_area_as_subject(self, text: str, end: int) -> bool:
        """北京城区 ending at ``end`` is what its clause speaks of (北京城区积水共接报了108处):
        not a start, a source or a bearing (``city_urban_area_not_followers``: 北京城区至延庆,
        北京城区居民到延庆旅游, 北京城区西北部的海淀区), and no district named later in the
        clause, which would be its subject."""
        if text.startswith(self.lexicon.city_urban_area_not_followers, end):
            return False
        stop = _clause_end(text, end, len(text))
        return self._alias_re is None or not self._alias_re.search(text, end, stop)

    def _names_a_sector_of_the_city(self, text: str, end: int) -> bool:
        """北京 followed, within a few words, by a sector of the economy (``city_sector_words``)
        names that sector of the city: "北京医药健康产业总体规模首次突破万亿元" is Beijing's figure,
        although a noun follows the name. Not when the sector word goes on into the name of a
        site, a body or an event (``sector_name_endings``: 北京经济技术开发区, 北京医药产业园,
        北京数字经济大会), nor when the words before it name a site or a district
        (北京城市副中心产业, 北京昌平医药产业)."""
        run = self._name_run_re.match(text, end)
        if run is None:
            return False
        words = run.group()[:_SECTOR_REACH]
        for sector in self.lexicon.city_sector_words:
            at = words.find(sector)
            if at < 0:
                continue
            before, after = words[:at], run.group()[at + len(sector) :]
            if any(ending in before for ending in self.lexicon.sector_name_endings):
                return False  # 北京城市副中心产业, 北京怀柔科学城产业: a site's sector
            if self._alias_re is not None and self._alias_re.search(before):
                return False  # 北京昌平医药产业: the district's
            following = after[:_SECTOR_NAME_REACH]
            return not any(ending in following for ending in self.lexicon.sector_name_endings)
        return False

    def _names_a_measure_of_the_city(self, text: str, end: int) -> bool:
        """北京 followed by a measure's noun whose end is a measure's (``city_measure_endings``:
        降雨量, 常住人口), or by nouns that make a catalog measure (森林 覆盖率), names the
        city's measure: "北京降雨量超过50毫米的站共334个" is Beijing's count, although a noun
        follows the name as in 北京站 or 北京大学 (proper names; 北京大学录取率 is the
        university's)."""
        tagged = pos_tags(text[end : end + _MEASURE_NOUN_REACH])[:_MEASURE_NOUNS]
        if not tagged or not tagged[0][1].startswith("n"):
            return False
        if tagged[0][0].endswith(self.lexicon.city_measure_endings):
            return True  # 北京降雨量, 北京常住人口
        # more nouns only when they make a measure of the catalog (北京森林覆盖率, 北京社会
        # 消费品零售总额), not a name's measure (北京大学录取率, 北京汽车销量)
        words = tagged[0][0]
        if self.catalog.indicator_by_synonym(words) is not None:
            return True  # 北京新增绿地200公顷: one word the tagger knows as a measure's name
        for word, tag in tagged[1:]:
            if not tag.startswith("n"):
                return False
            words += word
            if self.catalog.indicator_by_synonym(words) is not None:
                return True
        return False

    def _stands_as_a_region(self, text: str, end: int) -> bool:
        """What may follow a province's bare name for it to name the province: a figure, a
        mark or a word joining places, or the end of the text."""
        following = text[end : end + 1]
        return (
            not following
            or following in _REGION_FOLLOWERS
            or following.isdigit()
            or following in CHINESE_NUMERAL_CHARS
            or text.startswith(self.lexicon.enumeration_marks, end)
        )

    def _named_after_places(self, text: str) -> Iterator[tuple[int, str]]:
        """(position, district) of each place named after a district, whose name
        ``place_mentions`` does not take for the district's (怀柔科学城, 延庆野鸭湖)."""
        if self._alias_re is None:
            return
        for match in self._alias_re.finditer(text):
            name, needs_suffix = self._alias_owner[match.group()]
            if self._inside_an_idiom(text, match):
                continue  # 怀柔政策, 朝阳产业: idioms, no places
            if self._closes_a_route(text, match):
                continue  # 怀柔-密云线: the route's other end, no place of 密云's
            if self._names_a_place_after(
                text, match, name, needs_suffix
            ) and not self._names_a_medium(text, match.end()):
                yield match.start(), name

    def _closes_a_route(self, text: str, match: re.Match[str]) -> bool:
        """A name after another place's and a dash, ending a route's name (怀柔-密云线): the
        route's second end (``_ends_a_route`` reads the first)."""
        start = match.start()
        if start < 2 or text[start - 1] not in RANGE_DASHES or self._alias_end_re is None:
            return False
        return bool(self._alias_end_re.search(text, max(0, start - 8), start - 1)) and (
            text.startswith(self.lexicon.route_suffixes, match.end())
        )

    def _names_a_place_after(
        self, text: str, match: re.Match[str], name: str, needs_suffix: bool
    ) -> bool:
        """The bare name at ``match`` begins the name of a place named after the district
        (怀柔科学城, 某区某湖湿地), not a clause about the district itself, nor the last of
        districts listed before their measure (房山、门头沟、海淀降雨量均超过100毫米)."""
        return (
            not match.group().endswith(self.lexicon.district_suffixes)
            # 延庆地区, 延庆境内: the district's area is the district, no place within it (not
            # after another place's name: 江苏南通通州地区)
            and not (
                text.startswith(self.lexicon.place_area_words, match.end())
                and self._stands_apart(text, match.start())
            )
            and (not needs_suffix or self._before_a_subarea(text, match.end(), match.start()))
            and self._continues_a_name(text, match.end())
            and not self._opens_a_clause(text, Place(match.start(), match.end(), name))
            and not _a_site_reading(text, match.end(), self.lexicon.base_value_after)
            and not self._listed_with_another(text, match.start(), match.end())
        )

    def _stands_apart(self, text: str, start: int) -> bool:
        """A name at ``start`` stands apart from the word before it: after punctuation, a
        space or one of ``short_name_boundaries`` (的, 及, 在…), not inside another place's
        name (南通通州地区, 辽宁朝阳地区)."""
        before = text[max(0, start - 2) : start]
        if not before or not re.match(_CJK_CHAR, before[-1]):
            return True
        return before.endswith(self.lexicon.short_name_boundaries)

    def _bracketed_inside_a_name(self, text: str, match: re.Match[str]) -> bool:
        """A district in brackets right after the city's name, the name going on after the
        bracket (中国北京（海淀）留学人员创业园, 北京（昌平）科技园): part of an institution's
        name, where it lies, not a mention of the district the text is about."""
        start, end = match.start(), match.end()
        if start < 1 or text[start - 1] not in "（(" or text[end : end + 1] not in ("）", ")"):
            return False
        if not text[: start - 1].endswith(self._city_full_prefixes):
            return False
        following = text[end + 1 : end + 2]
        return bool(following) and following.isalnum()

    def _sibling_sharing_the_tail(self, text: str, start: int, lower: int) -> Place | None:
        """ "东、西城区": a district's first character alone, joined by an enumeration mark to
        the next district's name, is a district too when it and that name's tail make one
        (东 + 城 = 东城). The character must stand alone as a word: in 广东、西城区 it ends 广东.

        >>> # 东、西城区森林覆盖率分别为… names 东城 and 西城
        """
        for mark in self._tail_sharing_marks:
            first = start - len(mark) - 1
            if first < lower or not text.startswith(mark, first + 1):
                continue
            named = text[start : start + 2]
            owner = self._alias_owner.get(text[first] + named[1:])
            if owner is None or owner[0] == self._alias_owner.get(named, ("",))[0]:
                continue
            words = pos_tags(text[max(lower, first - 3) : first + 1])
            if words and words[-1][0] == text[first]:
                return Place(first, first + 1, owner[0])
        return None

    def _names_items_of_a_kind(self, text: str, match: re.Match[str]) -> bool:
        """The name at ``match`` is an item of a list closed by 等 and a kind of thing that is
        no place (石景山、亦庄、良乡、永丰调蓄等水厂), some items of which name no place of the
        registry: each item is the name of one of those things (a plant, a station), so the
        district is not the clause's subject. Not a list of places (东城、西城等区, …等地, 等
        9个区, 等城区: ``list_kind_place_heads``), nor one whose items are all places.

        Example: "石景山、亦庄、良乡、永丰调蓄等水厂全面建成投入运行，新增日生产能力85万
        立方米" in the city's review is the city's 85万."""
        close = text.find(self.lexicon.list_kind_mark, match.end(), match.end() + _KIND_LIST_REACH)
        if close < 0:
            return False
        kind_at = close + 1
        counted = _LIST_COUNT_RE.match(text, kind_at)
        if counted is not None:
            # 等12个支队: the count of the items, then their kind (等9个区: places, below)
            kind_at = counted.end()
        after = text[kind_at : kind_at + 2]
        if not re.match(_CJK_CHAR, after) or after[0] in CHINESE_NUMERAL_CHARS:
            return False
        kind = text[kind_at : kind_at + _KIND_NOUN_REACH]
        if any(head in kind for head in self.lexicon.list_kind_place_heads):
            return False  # 等区, 等山区乡镇, 等重点区域, 等特色小镇: places listed
        opening = max(text.rfind(mark, 0, match.start()) for mark in _CLAUSE_SPLIT_MARKS) + 1
        between = text[opening:close]
        if any(mark in between for mark in _CLAUSE_SPLIT_MARKS) or "、" not in between:
            return False
        items = [item for item in between.split("、") if item]
        if len(items) < 2 or not all(len(item) <= _KIND_LIST_ITEM for item in items[1:]):
            return False
        first_rest = text[match.end() : text.find("、", match.end(), close)]
        if match.group().endswith(self.lexicon.district_suffixes) and (
            len(first_rest) > _KIND_ITEM_AFTER_NAME
        ):
            # 昌平区共安排教育、交通…等领域: the district, full name and all, before the list is
            # its subject (a bare name with words after it, 怀柔科学城、未来科学城等, is an item)
            return False
        aliases = self._alias_re
        # (the first item may carry the clause's verb: 调集特勤、朝阳…等12个支队 lists the
        # special-service brigade first, a thing of the kind named by no place at all)
        return aliases is not None and any(
            not aliases.search(item) and not self.areas.places(item, 0, len(item)) for item in items
        )

    def _before_a_subarea(self, text: str, end: int, start: int | None = None) -> bool:
        """A short name that needs its suffix elsewhere, right before the word of an area
        within a district (大兴片区, 朝阳园区, 西城段): the name of a place in that district,
        as 顺义片区 is in 顺义 (``subarea_suffixes`` of two characters or more, or one of one
        character before such a word: 朝阳园示范区, the zone's park in 朝阳). Given the
        name's ``start``, also a name standing apart (after a mark or 的) whose place's name
        goes on with a few characters of its trade before an institution's area word
        (``trade_site_words``: 城南的大兴生物医药基地): still a place's name, where 山东城市园林
        基地 (inside another word) and 山区的朝阳缓坡区域 (a sunny slope) are none."""
        if text.startswith(self._subarea_words, end):
            return True
        # 朝阳园示范区: a park's one-character word, then an area's word (the zone's park)
        one = longest_prefix(text[end : end + 1], self._one_character_subarea_words)
        if one and text.startswith(self._subarea_words, end + 1):
            return True
        if start is None or not self._stands_apart(text, start):
            return False
        if self._inside_a_street_name(text, start, end):
            return False  # 朝阳门片区
        for gap in range(1, _SUBAREA_NAME_GAP + 1):
            if not _CJK_RE.match(text, end + gap - 1):
                return False
            if gap >= _SUBAREA_NAME_MIN_GAP and text.startswith(
                self.lexicon.trade_site_words, end + gap
            ):
                return True
        return False

    def _inside_a_street_name(self, text: str, start: int, end: int) -> bool:
        """The district's short name at text[start:end] begins a longer short name of a street
        or town (朝阳门, a street of 东城): the street's name, no mention of the district."""
        town = self._short_town_re.match(text, start)
        return town is not None and town.end() > end

    def _before_its_own_town(self, text: str, end: int, name: str) -> bool:
        """A short name that needs its suffix elsewhere, right before the short name of one of
        its own towns or streets and a word of a place (``town_site_followers``: 朝阳劲松站,
        朝阳望京地区): the district, as a weather report names its stations. Another district's
        town after it names no district, nor an idiom (大兴礼贤下士: 礼贤 is a town of 大兴).

        Why: 朝阳 alone is as often "the morning sun"; before its own 劲松 it can only be the
        district, and the station's reading is 朝阳's, not the district of the sentence before."""
        town = self._short_town_re.match(text, end)
        if town is None or self._town_by_short_name[town.group()] != name:
            return False
        return text.startswith(self.lexicon.town_site_followers, town.end())

    def _placed_in_it(self, text: str, start: int, end: int) -> bool:
        """A short name that needs its suffix elsewhere, right after a word of where something
        lies (``located_in_marks`` of two characters or more: 入驻, 落户, 位于) and closing its
        line or sentence: the headline "6家三甲医院将入驻大兴" names the district (no idiom,
        大兴土木 or 朝阳产业, stands there, and none ends a sentence). Not before a comma: in
        "另有5个项目落户朝阳，全区实际利用外资…" the place is where some went, not whose the next
        clause's figures are."""
        if not text[max(0, start - _LOCATED_MARK_REACH) : start].endswith(self._long_located_marks):
            return False
        following = text[end : end + 1]
        return not following or following in _LINE_OR_SENTENCE_ENDS

    @functools.cached_property
    def _long_located_marks(self) -> tuple[str, ...]:
        """``located_in_marks`` of two characters or more (在 alone is too common a word)."""
        return tuple(mark for mark in self.lexicon.located_in_marks if len(mark) > 1)

    def _names_a_boundary(self, text: str, match: re.Match[str]) -> bool:
        """A district's name right before a word of a boundary (终点位于密云怀柔区界, 与昌平交界
        处, 昌平区边界): where a road or a river ends or runs, not the place a figure is about.
        Not what lies within it (延庆区界内森林覆盖率) nor a verb (朝阳区界定…): the words after the
        boundary's (``boundary_word_continuations``)."""
        starts = [match.end()]
        if match.group().endswith(self.lexicon.district_suffixes):
            starts.append(match.end() - 1)  # 怀柔区界: the 区 of the name begins 区界
        for at in starts:
            word = longest_prefix(text[at : at + 3], self.lexicon.boundary_words)
            if word:
                return not text.startswith(self.lexicon.boundary_word_continuations, at + len(word))
        return False

    def _names_a_basin(self, text: str, end: int) -> bool:
        """The district's short name right before a basin's word (``basin_words``: 流域), or
        before a water body's and then the basin's (``basin_bodies``: 密云水库流域): the basin
        named after it, whose rain and flow are no figure of the district's (the full name,
        门头沟区流域面积, is the district's own). "密云流域56毫米，官厅流域14毫米"
        in a city's flood bulletin gives the basins' rainfall, which reaches into Hebei.

        Why: a basin named after a district took the bulletin's basin figures for the
        district's."""
        following = text[end : end + _BASIN_REACH]
        following = following.removeprefix(longest_prefix(following, self.lexicon.basin_bodies))
        return following.startswith(self.lexicon.basin_words)

    def _inside_an_idiom(self, text: str, match: re.Match[str]) -> bool:
        """The name at ``match`` is part of an idiom holding it (朝阳产业, 大兴土木, 怀柔政策)."""
        around = text[max(0, match.start() - 4) : match.end() + 4]
        return any(
            idiom in around and match.group() in idiom
            for idiom in self.lexicon.district_name_idioms
        )

    def _acts_beside_another(self, text: str, start: int, end: int) -> bool:
        """A short name that needs its suffix elsewhere opens its clause before a verb or an
        adverb, in a sentence that names another district: "海淀…增长18.5%；西城加快建设…,
        核心产业收入增长25.3%" goes district by district, and 西城 is the clause's subject.
        Alone in its sentence such an opening may be a word; 朝阳 and 大兴 are words wherever
        (``short_names_also_words``: 朝阳照耀着…, 大兴务实之风)."""
        if text[start:end] in self.lexicon.short_names_also_words:
            return False  # 朝阳照耀着…, 大兴务实之风: words, not the district
        if start > 0 and text[start - 1] not in _CLAUSE_OPENING_MARKS:
            return False  # (an opening quote before it is no clause's start: “朝阳大悦城”)
        rest = text[end : end + 6]
        tags = pos_tags(rest) if rest else []
        tag = tags[0][1] if tags else ""
        if tag == "vn" or not (tag.startswith(_PREDICATE_FLAGS) or tag == "ad"):
            return False  # a verb, an adverb or an adverbial adjective (积极推进); a verbal
            # noun is the word's object (大兴调查研究之风: 大兴 is "promote")
        # the sentence, looked for no further than a paragraph reaches (statement_start)
        sentence_start = statement_start(text, start, FULL_STOPS)
        limit = min(len(text), end + MAX_PARAGRAPH)
        ends = [at for at in (text.find(mark, end, limit) for mark in FULL_STOPS) if at >= 0]
        sentence_end = min(ends, default=limit)
        own = self._alias_owner[text[start:end]][0]
        for other in self._alias_re.finditer(text, sentence_start, sentence_end):  # type: ignore[union-attr]
            name, needs_suffix = self._alias_owner[other.group()]
            if name == own or other.start() == start:
                continue
            if (
                not needs_suffix
                or text[other.end() : other.end() + 1] in self.lexicon.district_suffixes
            ):
                return True
        return False

    def _among_districts_opening_clauses(self, text: str, start: int, end: int) -> bool:
        """A short name that needs its suffix elsewhere opens its clause, and the clause right
        before or right after it in the sentence opens with another district's name: the text
        goes district by district, and the name is one of them, even 朝阳 or 大兴, which are
        words elsewhere. "其中，大兴民俗旅游7.1万人次，密云民俗旅游6.6万人次" and "…，朝阳
        互联网3.0产业领跑全市…；东城积极推进…" name 大兴 and 朝阳.

        Why: a city's holiday figures by district gave 大兴's count to the city."""
        if start == 0 or text[start - 1] not in _CLAUSE_OPENING_MARKS or text[start - 1] in "（(":
            return False
        # 朝阳门街道, 朝阳市: the name opens a longer word, another place's
        opening = pos_tags(text[start : end + 4])
        if not opening or opening[0][0] != text[start:end]:
            return False
        if text[start:end] in self.lexicon.short_names_also_words:
            # 朝阳照耀着…, 大兴学习之风: a word, before a verb; the district before a noun
            # (大兴民俗旅游, 朝阳互联网产业)
            tags = pos_tags(text[end : end + 6])
            if not tags or not tags[0][1].startswith("n"):
                return False
        own = self._alias_owner[text[start:end]][0]
        sentence_start = statement_start(text, start, FULL_STOPS)
        limit = min(len(text), end + MAX_PARAGRAPH)
        ends = [at for at in (text.find(mark, end, limit) for mark in FULL_STOPS) if at >= 0]
        sentence_end = min(ends, default=limit)
        openings = []
        before = max(
            (text.rfind(mark, sentence_start, start - 1) for mark in _SIBLING_CLAUSE_MARKS),
            default=-1,
        )
        if text[start - 1] in _SIBLING_CLAUSE_MARKS:
            openings.append(max(before + 1, sentence_start))
        after = [at for at in (text.find(m, end, sentence_end) for m in _SIBLING_CLAUSE_MARKS)]
        if any(at >= 0 for at in after):
            openings.append(min(at for at in after if at >= 0) + 1)
        for at in openings:
            other = self._alias_re.match(text, at) if self._alias_re is not None else None
            if other is None:
                # an area with measures of its own (经开区率先建成…，朝阳…) opens a sibling too
                if any(area.start == at for area in self.areas.places(text, at, sentence_end)):
                    return True
                continue
            name, needs_suffix = self._alias_owner[other.group()]
            if name != own and (
                not needs_suffix
                or text[other.end() : other.end() + 1] in self.lexicon.district_suffixes
            ):
                return True
        return False

    def _ends_a_route(self, text: str, end: int) -> bool:
        """A name joined by a dash to another place's name that ends a route's name
        (``route_suffixes``: 怀柔-密云线, 京-承高速): the route's end, no mention of the place.

        Why: a city's list of rail projects named 怀柔 only in 市郊铁路怀柔-密云线, and the
        whole city story became that district's."""
        if self._alias_re is None or text[end : end + 1] not in RANGE_DASHES:
            return False
        other = self._alias_re.match(text, end + 1)
        return other is not None and text.startswith(self.lexicon.route_suffixes, other.end())

    def _listed_with_another(self, text: str, start: int, end: int) -> bool:
        """ "通州、大兴两区": a short name that needs its suffix elsewhere is a district's
        name in a list of districts (an enumeration mark joins it to another one)."""
        marks = self.lexicon.enumeration_marks
        if self._alias_re is None:
            return False
        for mark in marks:
            if text.startswith(mark, end) and self._alias_re.match(text, end + len(mark)):
                return True
            if text.endswith(mark, 0, start):
                before = text[max(0, start - len(mark) - 5) : start - len(mark)]
                if self._alias_end_re is not None and self._alias_end_re.search(before):
                    return True
        return self._in_a_list_of_figures(text, start, end) or self._in_a_run_of_names(
            text, start, end
        )

    def _in_a_run_of_names(self, text: str, start: int, end: int) -> bool:
        """ "延庆怀柔密云局地特大暴雨": short names run together with no mark between, three
        districts or more in a row, are a list of districts (a headline saves its marks). Two
        in a row may be a name of something else; three are not.

        Why: the headline's districts went unread, and the first of them, read from the
        title alone, became the subject of the city's rain statistics."""
        if self._alias_re is None or self._alias_end_re is None:
            return False
        owners = {self._alias_owner[text[start:end]][0]}
        at = end
        while (following := self._alias_re.match(text, at)) is not None:
            owners.add(self._alias_owner[following.group()][0])
            at = following.end()
        at = start
        while (preceding := self._alias_end_re.search(text, max(0, at - 5), at)) is not None:
            owners.add(self._alias_owner[preceding.group()][0])
            at = preceding.start()
        return len(owners) >= _RUN_OF_NAMES

    def _in_a_list_of_figures(self, text: str, start: int, end: int) -> bool:
        """ "东城79个、西城163个、朝阳228个", "东城的8.8万元、海淀的8.6万元": a short name right
        before its own figure (a number and a unit, after a possessive mark at most) is a
        district's name when the list item next to it is another district's name before its
        figure. A name followed by no figure (山东城市, 朝阳产业, 朝阳1号剧场) is never such an
        item, nor is the same name again (朝阳1号、朝阳2号).
        """
        if self._figure_item_re is None or self._figure_item_end_re is None:
            return False
        item = self._figure_item_re.match(text, start)
        if item is None or item.end("name") != end:
            return False
        own = self._alias_owner[item.group("name")][0]

        def another(match: re.Match[str] | None) -> bool:
            return match is not None and self._alias_owner[match.group("name")][0] != own

        for mark in self.lexicon.enumeration_marks:
            if text.startswith(mark, item.end()) and another(
                self._figure_item_re.match(text, item.end() + len(mark))
            ):
                return True
            if text.endswith(mark, 0, start):
                reach = start - len(mark) - _FIGURE_ITEM_REACH
                before = text[max(0, reach) : start - len(mark)]
                if another(self._figure_item_end_re.search(before)):
                    return True
        return False

    def _continues_a_name(self, text: str, end: int) -> bool:
        """True when the name ending at ``end`` is part of a longer proper noun: a noun
        follows it (怀柔科学城, 密云水库), not a verb, adverb or number (怀柔加速打造…), nor
        words of a part of the place (``place_part_words``: 北京大部地区)."""
        char = text[end : end + 1]
        if not char or not "\u4e00" <= char <= "\u9fff" or char in self.lexicon.district_followers:
            return False
        if text.startswith(self.lexicon.place_part_words, end):
            return False  # 北京大部地区, 怀柔部分地区: a part of the place, the place itself
        if text.startswith(self.lexicon.place_verbs_read_as_nouns, end):
            return False  # 北京遭遇61年来最强暴雨: what befell the place, no longer name
        return _starts_with_a_noun(text[end : end + 6])

    def _names_an_event(self, text: str, end: int) -> bool:
        """Beijing's name before an event it hosts (``city_event_names``), perhaps with the
        event's year between, then a word of the time around it (``event_time_words``):
        "北京2022年冬奥会期间，全区PM2.5浓度为…" names a time, and the clause's subject is 全区.
        ("北京冬奥会共设109个小项" is still the city's.)"""
        year = self._event_year_re.match(text, end)
        start = year.end() if year else end
        event = longest_prefix(text[start : start + 8], self.lexicon.city_event_names)
        return bool(event) and text.startswith(self.lexicon.event_time_words, start + len(event))

    def _names_an_organization(self, following: str) -> bool:
        """北京市发改委, 北京市统计局: the nouns after the name end in an agency."""
        return _names_an_organization(
            following[:_AGENCY_NAME_REACH], self.lexicon.organization_endings
        )

    def _names_a_firm(self, text: str, end: int) -> bool:
        """The words after Beijing's name end a firm's registered name within a few
        characters, with no punctuation between (北京新航城控股有限公司): the firm, not the
        city. 北京上市公司数量 names no firm."""
        run = self._firm_run_re.match(text, end)
        if run is None:
            return False
        name = run.group()
        for ending in self._firm_endings:
            at = name.find(ending)
            if at < 0:
                continue
            firm = name[: at + len(ending)]
            if text[end + len(firm) : end + len(firm) + 1].isdigit():
                return False  # 北京新设有限责任公司12.3万户: a count of firms, the city's
            if len(firm) <= _FIRM_NAME_LENGTH or not any(
                # (北京今年新增境内外上市企业和挂牌股份公司的数量…: the city's)
                word in firm
                for word in self._not_in_a_firm_name
            ):
                return True
        return False

    def _names_a_site(self, text: str, end: int) -> bool:
        """The words after Beijing's bare name, up to the first verb, end a site's name
        (``city_site_endings``) within a few characters: "北京中德产业园是国家级园区，已集聚73家
        企业" speaks of the park, which lies in a district, not of the city. (The tagger may
        read the name's first word as no noun, 中 of 中德, so ``_continues_a_name`` misses it.)
        A kind of site (``city_site_kind_words``: 北京各类产业园区实现…) or the sites counted
        (``city_site_count_followers``: 北京特色小镇共有30个) is the city's."""
        run = self._name_run_re.match(text, end)
        if run is None:
            return False
        cues = self.lexicon
        name = words = ""
        for word, flag in pos_tags(run.group()[:_SITE_NAME_LENGTH]):
            if (
                flag.startswith("v")
                # 北京今年新建城市公园20个: a year of the document's, no part of a name (not
                # 北京现代汽车产业园, whose 现代 the tagger reads as a time too)
                or word in self._relative_years
                or word in self.lexicon.linking_words
                or word in self.lexicon.planned_work_verbs  # 新建, which the tagger may misread
            ):
                break
            words += word
            if words.endswith(cues.city_site_endings):
                name = words  # 北京首个湿地科普公园今日开园: the name ends at 公园, not 今日
        name = name or words
        if not name.endswith(cues.city_site_endings) or name.startswith(cues.city_site_kind_words):
            return False  # 北京各类产业园区, 北京国家级湿地公园: a kind, the city's many
        # 北京特色小镇共有30个: the sites themselves counted, the city's
        return not text.startswith(cues.city_site_count_followers, end + len(name))

    def _names_a_kind_of_site(self, text: str, end: int) -> bool:
        """Beijing's bare name before a kind of its sites (``city_site_kind_words`` then a
        ``city_site_endings`` word within a few characters): "北京旅游景区接待人数…分别达2.5亿人"
        counts all the city's attractions, though a noun (旅游) follows the name as it does in
        北京欢乐谷景区."""
        cues = self.lexicon
        kind = longest_prefix(text[end : end + _SITE_NAME_LENGTH], cues.city_site_kind_words)
        if not kind:
            return False
        run = self._name_run_re.match(text, end)
        words = run.group()[len(kind) : _SITE_NAME_LENGTH] if run is not None else ""
        return any(ending in words for ending in cues.city_site_endings)

    def _names_a_title(self, text: str, end: int) -> bool:
        """A place word followed directly by the noun of a title or a body's name (全国重点实验室,
        全国文明城区, 全市先进集体): the words name the kind of thing counted, not the place
        the count is about: "入驻超40个全国重点实验室" is the district's count."""
        return text.startswith(self.lexicon.place_title_heads, end)

    def _placed_in_a_group(self, line: str, place: Place) -> bool:
        """A first line that is a sentence ending with a group after a word of where (北京的绿水
        青山，多在生态涵养区。): it says where something lies, as a story about one of the
        group's districts opens; a headline about the group names it otherwise (生态涵养区交出
        亮眼成绩单！, 在生态涵养区，一年新增造林3万亩。)."""
        rest = line[place.end :].strip()
        return (
            rest in _SENTENCE_CLOSERS
            and line.endswith(self.lexicon.located_in_marks, 0, place.start)
            and not self._opens_a_clause(line, place)
        )

    def _names_a_medium(self, text: str, end: int) -> bool:
        """北京晚报, 西城区融媒体中心: the name of who published the text, not its subject."""
        rest = text[end : end + 8]
        if rest[:1] in self.lexicon.district_suffixes:
            rest = rest[1:]
        return rest.startswith(self.lexicon.media_suffixes)

    def main_district(
        self, text: str, title: str | None = None, original: str | None = None
    ) -> tuple[str | None, str]:
        """The district a document is about, and a note when that was a close call.

        The district named most wins; names in the title and the opening count more. A tie
        goes to the district named first, and the note says so. A document whose title names
        a group of districts and no single one ("城六区…对比观察") is about the group;
        the headline is read in the ``original`` text, whose lines are not yet rejoined.
        """
        weights: Counter[str] = Counter()
        named: Counter[str] = Counter()  # times each district is named, unweighted
        first_seen: dict[str, int] = {}
        opening_end = min(len(text), _OPENING_LENGTH)
        for position, name in self.district_mentions(text):
            if text[max(0, position - _BASELINE_LEAD) : position].endswith(
                self.lexicon.baseline_place_leads
            ):
                continue  # 接近东城区的人口总量: the measure compared with, not the subject
            weights[name] += 3 if position < opening_end else 1
            named[name] += 1
            first_seen.setdefault(name, position)
        titled = [] if not title else self.place_mentions(title)
        heading = _headline(  # the title and the short opening lines
            original or text, title, lexicon=self.lexicon
        )
        headline = self.place_mentions(heading) or self._city_opening_the_headline(heading)
        in_headline = {
            place.name for place in (*titled, *headline) if place.name in self._district_names
        }
        city_in_headline = any(place.name == self.municipality for place in (*titled, *headline))
        if (
            len(in_headline) >= _CITYWIDE_DISTRICTS
            and (city_in_headline or self._city_named_most(text, named))
            and not self._own_story_with_partners(text, heading)
        ):
            # "北京累计降水量较常年同期偏多 延庆怀柔密云局地特大暴雨": the city's story, of which
            # the districts are parts; a sentence naming one of them is still its. So is a
            # headline of three districts over a text naming the city more than any of them
            # ("延庆、怀柔、密云局地出现特大暴雨" over 本市启动…, 全市平均降水量…).
            said = "Beijing and " if city_in_headline else ""
            return self.municipality, (
                f"headline names {said}{len(in_headline)} districts: about Beijing"
            )
        together = self._headline_list_closed_by_count(heading)
        if together and self._one_of_them_acts_again(text, heading, together):
            together = []  # 海淀、朝阳两区获批…: 海淀区近日获批…，海淀区将投入…: 海淀's story
        if together:
            # "门头沟、密云和延庆3个区冬季清洁取暖项目实施方案获批": the story of the districts
            # together (their project's figures), each one's only where a sentence names it
            return GROUP_JOINER.join(together), (
                f"headline lists {len(together)} districts with their count: about them together"
            )
        if headline and not any(place.name in self._district_names for place in headline):
            groups = [
                place.name
                for place in headline
                if place.name in self._group_names
                # 居生态涵养区第一: a rank's scope (not 生态涵养区平均…, its own figure)
                and not heading[: place.start].endswith(self.lexicon.city_baseline_before)
                # 北京的绿水青山，多在生态涵养区。: a story's opening sentence placing a thing
                # in the group, no headline of a group's story
                and not self._placed_in_a_group(heading, place)
            ]
            city_first = next(
                (
                    place
                    for place in headline
                    if place.name in groups
                    or (
                        place.name == self.municipality
                        # 北京：生态涵养区打造…: the city as a label before the group's story;
                        # 北京市推动生态涵养区绿色发展: the city acting on the group's story
                        and not heading.startswith(_HEADLINE_LABEL_MARKS, place.end)
                        and not self._a_verb_opens(heading[place.end : place.end + _VERB_REACH])
                    )
                ),
                None,
            )
            if groups and not (city_first is not None and city_first.name == self.municipality):
                # (北京市功能区声环境质量…, over a table "年度 全市 城六区 远郊区": the city's
                # story, its groups the table's columns)
                return groups[0], ""
        for place in titled:
            if place.name in self._district_names:
                weights[place.name] += 5
                first_seen.setdefault(place.name, -1)
        # "北京大兴建设繁荣开放国门新城" over a text listing other districts too: the headline's
        # short name before a verb is its subject as a titled name is
        opened = (
            self._headline_opener(heading)
            if weights and not headline  # a headline naming a place says whose story it is
            else None
        )
        if opened is not None:
            weights[opened] += 5
            first_seen[opened] = -1
        if not weights:
            opener = self._headline_opener(heading)
            if opener is None:
                opener = self._named_inside_names(text)
            if opener is None:
                opener = self._area_subject(text, heading)
            if opener is None:
                former = self._former_district_named(text)
                if former is not None:
                    return former
            if opener is None:
                township = self._township_district(text)
                if township is not None and not self._city_outweighs_its_towns(text):
                    return township
            if opener is None and self._headline_of_the_nation(heading):
                return self.nation, "names no district and its headline opens with the nation"
            if opener is None and self._about_the_city(text, heading):
                return self.municipality, "names no district but Beijing: about Beijing"
            if opener is None:
                placed = self._placed_by_names_after_it(text)
                if placed is not None:
                    return placed
            return opener, ""
        # 北京某区某湖湿地… (and a district named elsewhere): a place named after a district
        # lies in it; named in passing it is no mention of the district (an attribution
        # rule), but it weighs for what the text is about: once per district, however often
        # (a study visit names 某区科学城 three times), half as much as the district's name
        places_after = list(self._named_after_places(text))
        after: dict[str, int] = {}
        for position, name in places_after:
            after.setdefault(name, position)
        for name, position in after.items():
            opening = position < opening_end
            weights[name] += _NAMED_AFTER_OPENING if opening else _NAMED_AFTER_LATER
            first_seen.setdefault(name, position)
        ranked = sorted(weights, key=lambda name: (-weights[name], first_seen[name]))
        headed = opened is not None or any(
            place.name in self._district_names for place in (*titled, *headline)
        )
        if not headed:
            citywide = self._citywide(text, named, ranked[0], places_after)
            if citywide is None:
                citywide = self._city_headline_over_a_list(text, headline, named)
            if citywide is None:
                citywide = self._city_story_passing_by(text, headline, named, places_after)
            if citywide is None:
                citywide = self._city_facility_in_a_district(text, named)
            if citywide is not None:
                return self.municipality, citywide
            area = self._area_named_most(text, named)
            if area is not None:
                return area
        tied = [name for name in ranked if weights[name] == weights[ranked[0]]]
        if len(tied) > 1:
            listed = self._districts_only_listed(text, named)
            if listed is not None:
                return self.municipality, listed
            if (
                len(tied) >= _CITYWIDE_DISTRICTS
                and all(named[name] >= _TIED_MENTIONS for name in tied)
                and not self._own_story_with_partners(text, heading)
            ):
                # a city's story of projects or figures by district (11个城市公园分布于甲、乙、
                # 丙…6个区, each then described): no one of them is its subject, as none is named
                # more; the sentences naming one are still that district's. Not a district's own
                # story (全区, 区委) with its partners, nor a short text naming each once
                return self.municipality, (
                    f"names {', '.join(tied)} equally often, none more: about Beijing"
                )
            city_first = self._city_before_a_tie(text, tied, named, first_seen, headed)
            if city_first is not None:
                return self.municipality, city_first
            return ranked[0], (
                f"names {', '.join(tied)} equally often; attributed to {ranked[0]} (named first)"
            )
        return ranked[0], ""

    def _city_before_a_tie(
        self,
        text: str,
        tied: list[str],
        named: Counter[str],
        first_seen: dict[str, int],
        headed: bool,
    ) -> str | None:
        """A note when a statement naming Beijing then a few districts, each once and each
        with a figure in its clause, in a text naming Beijing more often than any of them, is
        the city's: "北京地区全市平均降雨量96.2毫米，城区…，甲区平均
        130.4毫米，乙区平均121.7毫米；…预计未来2小时北京大部分地区…" is a city bulletin giving
        two districts' figures, not the first district's story. None when a headline names a
        district, or when the text speaks of a district of its own (全区, 区委).

        Why: the tie went to the district named first, and every figure of the city with it."""
        if headed or any(named[name] != 1 for name in tied):
            return None
        first = min(first_seen[name] for name in tied)
        opening = statement_start(text, first, FULL_STOPS)
        if first <= 0 or not self._city_named(text, opening, first):
            return None  # Beijing opens the statement that lists the districts' figures
        if not all(self._figure_in_its_clause(text, first_seen[name]) for name in tied):
            return None  # 全市…工作中，甲区某街道创建成功。…: a district's story, not a figure
        city = self._city_named(text)
        if city <= 1 or self._speaks_of_its_district(text):
            return None
        return (
            f"names {', '.join(tied)} once each, after Beijing, which it names {city} times: "
            "about Beijing"
        )

    def _figure_in_its_clause(self, text: str, at: int) -> bool:
        """Whether the clause of the place named at ``at`` writes a number after it (甲区平均
        130.4毫米)."""
        end = min(
            (found for mark in _CLAUSE_SPLIT_MARKS if (found := text.find(mark, at)) >= 0),
            default=len(text),
        )
        return any(char.isdigit() for char in text[at:end])

    def _city_named_most(self, text: str, named: Counter[str]) -> bool:
        """The text names Beijing (北京, 本市, 全市…) more often than any district."""
        city = sum(1 for place in self.place_mentions(text) if place.name == self.municipality)
        return city > max(named.values(), default=0)

    def _own_story_with_partners(self, text: str, heading: str) -> bool:
        """A district's own story naming other districts as its partners: its headline tells
        of them acting together (``_a_joint_story``), or its text speaks of its own district
        (全区, 区委: ``_speaks_of_its_district``). Neither a tie of districts nor a headline
        naming Beijing with them makes it the city's."""
        return self._a_joint_story(heading) or self._speaks_of_its_district(text)

    def _a_joint_story(self, heading: str) -> bool:
        """The headline tells of districts acting together (甲区联合乙区、丙区…, 甲区与乙区、丙区
        签订…, 三区联动: ``partner_verbs``, ``joint_story_words``, a district's name before
        ``joint_marks``): the first district's story with its partners, not a city's story of
        several districts."""
        words = (*self.lexicon.partner_verbs, *self.lexicon.joint_story_words)
        if any(word in heading for word in words):
            return True
        return any(
            heading.startswith(self.lexicon.joint_marks, place.end)
            or heading.startswith(self.lexicon.joint_marks, place.end + 1)  # 甲区与: after 区
            for place in self.place_mentions(heading)
            if place.name in self._district_names
        )

    def _city_opening_the_headline(self, heading: str) -> list[Place]:
        """Beijing's full name opening the headline's first line, perhaps after a year, before
        a title's noun that left it uncounted as a place (2020年北京市重点工程计划公布:
        ``_names_a_title``): the city, the headline's place. Not the bare 北京, which opens
        many names (北京环球度假区, 北京城市副中心)."""
        line = heading.strip().split("\n", 1)[0]
        offset = heading.find(line)
        year = self._leading_year_re.match(line)
        at = year.end() if year else 0
        name = self.catalog.municipality_name
        if not line.startswith(name, at):
            return []
        return [Place(offset + at, offset + at + len(name), self.municipality)]

    def _former_district_named(self, text: str) -> tuple[str, str] | None:
        """For a text naming no district of today: the one former district it names
        (``former_districts``: 崇文区, 宣武区, merged into 东城 and 西城 in 2010), as an older
        text names its own ("北京崇文区前门大街将于下周二全面开市…已入驻的103家商户"). Its figures
        are that place's, as a district's are, and not today's district's (whose area is larger).

        Why: such a text named no district, and all its figures were dropped."""
        former = {
            place.name
            for place in self.place_mentions(text)
            if place.name in self.lexicon.former_districts
        }
        if len(former) != 1:
            return None
        (name,) = former
        return name, f"names no district of today but the former {name}"

    def _placed_by_names_after_it(self, text: str) -> tuple[str, str] | None:
        """Last of all, for a text that names no district and is not Beijing's (its towns, if
        any, placed it nowhere): the district whose name opens the names of the places it speaks
        of ("…建成6家养老驿站，包括某区甲苑社区养老服务驿站、乙苑社区养老服务驿站"), when they are
        all of one district, none given as an example (如某区甲苑…: one of a city's many), and
        the text names no other province or city: such a place lies in its district.

        Why: named in passing, such a name is no mention of the district (a fact about the
        station is the station's), so a story naming its district only that way was read as
        naming none, and every figure of it was dropped."""
        markers = self.lexicon.example_markers
        found = {
            name
            for position, name in self._named_after_places(text)
            if not text.endswith(markers, 0, position)  # 如昌平甲苑社区驿站: one example of many
        }
        if len(found) != 1 or any(region in text for region in self.lexicon.other_regions):
            return None
        (district,) = found
        return district, f"names no district but places named after {district}"

    def _township_district(self, text: str) -> tuple[str, str] | None:
        """The district of the streets, towns and sites a text names (``townships`` and
        ``sites`` in the registry),
        when they are all of one district and the text names Beijing: a town's story names the
        town, not its district ("王佐镇…受灾…；…北京最大的石窟寺群"). A text naming towns of
        two districts, or not naming Beijing (新华街道 and 城关镇 are names in many cities),
        is placed by no town. Three towns of one district listed together (``_listed_towns``)
        need Beijing's name anywhere, even inside another name (北京农业嘉年华…, 延寿、兴寿、
        小汤山3个镇): other provinces have towns of those names too, but not all three and
        Beijing's. A site named with Beijing's name (北京未来科学城) counts as Beijing named."""
        named = sorted({match.group() for match in self._townships_named(text)})
        found = {self._township_of[town] for town in named}
        listed = self._listed_towns(text)
        named += sorted(set(listed) - set(named))
        found |= set(listed.values())
        if len(found) != 1:
            return None
        beijing = self._beijing_words
        # Beijing's name anywhere, even inside another name (北京农业嘉年华), with three towns
        # listed together; a site with Beijing's name before it (北京未来科学城). Not a site
        # with Beijing's name elsewhere: other cities have their 王府井, 城市副中心, 金融街 and
        # 园博园, which a Beijing paper's story about them names (北京商报讯 杭州王府井…).
        listed_together = len(listed) >= _TOWNS_LISTED_ANYWHERE and any(
            word in text for word in beijing
        )
        named_with_beijing = any(
            text[: match.start()].endswith(beijing) for match in self._township_re.finditer(text)
        )
        # a town or site the story returns to (什刹海街道…；…什刹海街道), Beijing's name inside
        # another name (北京青年报记者, 北京银行) and no other province or city named: a Beijing
        # paper's story of a Beijing place (杭州王府井 names its city)
        returned_to = (
            sum(1 for _ in self._township_re.finditer(text)) >= _TOWN_RETURNED_TO
            and any(word in text for word in beijing)
            and not any(region in text for region in self.lexicon.other_regions)
        )
        if not (listed_together or named_with_beijing or returned_to) and not any(
            place.name == self.municipality for place in self.place_mentions(text)
        ):
            return None
        (district,) = found
        return district, f"names no district but {'、'.join(named)} of {district}"

    def _listed_towns(self, text: str) -> dict[str, str]:
        """Towns a text names by their short names in a list counted as towns, and the
        district of each: in "带动甲山、乙河、丙庄3个镇的民俗旅游" the short names are the towns
        甲山镇, 乙河镇 and 丙庄镇 (alone, 甲山 may be a mountain or a village)."""
        listed: dict[str, str] = {}
        for match in self._listed_towns_re.finditer(text):
            for short in self._short_town_re.findall(match.group()):
                listed[short] = self._town_by_short_name[short]
        return listed

    def _city_outweighs_its_towns(self, text: str) -> bool:
        """The text names Beijing (not as a baseline) ``_CITY_MOSTLY`` times as often as the
        towns and sites it names, and at least ``_CITY_ALONE`` times: a city's story passing
        by a site ("春节假期北京重点商圈客流量…全市60个重点商圈…CBD商圈、王府井商圈客流量…") is
        the city's, not the district of its one site. A site (not a town: a town's story may
        name its town once) named once only needs no more: a city's energy news passing by
        城市副中心行政办公区 once, naming 北京市 or 本市 as the subject three times, is the
        city's; so is a text naming Beijing that often before the one town it names (a city's
        story, then its samples: 探访地1 朝阳坝河…位于东坝地区…)."""
        matches = self._townships_named(text)
        named = [match.group() for match in matches]
        towns = len(named)
        if towns == 1 and self._city_named(text, 0, matches[0].start()) >= _CITY_MOSTLY:
            return True  # 本市…本市…本市…, then 东坝地区 once, far down: one of the city's samples
        once = towns == 1 and named[0] in self._registry_sites
        alone = _CITY_MOSTLY if once else _CITY_ALONE
        return self._city_named(text) >= max(_CITY_MOSTLY * towns, alone)

    def _townships_named(self, text: str) -> list[re.Match[str]]:
        """The registry's towns and sites the text names, a site straight after another
        counted once (城市副中心行政办公区: one place, named with the larger one it lies in)."""
        named: list[re.Match[str]] = []
        for match in self._township_re.finditer(text):
            if named and named[-1].end() == match.start():
                continue
            named.append(match)
        return named

    def _city_named(self, text: str, start: int = 0, end: int | None = None) -> int:
        """How often text[start:end] names Beijing as a subject (全市, 本市, 北京), not as what
        something is compared with or ranked in (``_city_as_baseline``: 居全市第一)."""
        return sum(
            1
            for place in self.place_mentions(text, start, end)
            if place.name == self.municipality and not self._city_as_baseline(text, place)
        )

    @staticmethod
    def _one_district_dominates(named: Counter[str], city: int) -> bool:
        """One district named ``_DOMINANT_TIMES`` as often as any other and at least as often
        as Beijing: a district's flood story that quotes the city's warning for the districts
        at risk (房山、门头沟大部，石景山、海淀、丰台西部…) is still the district's, though it
        names half of Beijing's districts once or twice each."""
        (_, most), *rest = named.most_common()
        second = rest[0][1] if rest else 0
        return (
            most >= _DOMINANT_FEWEST and most >= _DOMINANT_TIMES * max(second, 1) and most >= city
        )

    def placed_by_its_towns(self, text: str, main: str) -> bool:
        """Whether ``main`` is the district of a text that names none but its towns
        (``_township_district``): every figure of it is a town's or a village's, none the
        district's measure (后甫营村…常住人口800余人 is no population of 丰台)."""
        if next(iter(self.district_mentions(text)), None) is not None:
            return False
        placed = self._township_district(text)
        return placed is not None and placed[0] == main

    def _citywide(
        self, text: str, named: Counter[str], top: str, places_after: list[tuple[int, str]]
    ) -> str | None:
        """A note when a document whose headline names no district is about Beijing as a whole:
        it names half of the districts or more (``_MOST_DISTRICTS``), or several
        (``_CITYWIDE_DISTRICTS``) and none of them more often than Beijing itself (全市, 本市,
        北京市; not 北京市海淀区). A city's flood bulletin ("全市共转移群众8000余户…其中房山区…")
        or its monthly air report ("本市PM2.5浓度…;各区…怀柔、密云等区浓度较低") gives Beijing's
        figures, and each district's only where a sentence names it. None otherwise.
        ``named``: the times the text names each district; ``places_after``: (position, district)
        of each place named after one (_named_after_places)."""
        city = self._city_named(text)
        if len(named) >= _MOST_DISTRICTS and not self._one_district_dominates(named, city):
            return f"names {len(named)} districts, half of Beijing's or more: about Beijing"
        if len(named) < 2:
            # A district named alone is the document's, however often 全市 is, unless it is
            # named once in passing, with places named after it (某某水库) but not in its
            # opening, by a text naming the city far more often: a city's press conference
            # passing by a reservoir.
            once = sum(named.values()) <= 1 or (
                self._named_only_in_captions(text, top) and not self._speaks_of_its_district(text)
            )
            # places named after the district itself: 延庆野鸭湖、密云穆家峪 in a city's list of
            # sites across districts argue for no one of them
            own_after = [(position, name) for position, name in places_after if name == top]
            after = len(own_after)
            mentions = sum(named.values()) + after
            opens = any(position < _OPENING_LENGTH for position, _ in own_after)
            if once and not opens and city >= max(_CITY_MOSTLY * mentions, _CITY_ALONE):
                how = "once" if sum(named.values()) <= 1 else "only in captions"
                return (
                    f"names a district {how} and places named after it {after} times, Beijing "
                    f"{city} times: about Beijing"
                )
            if sum(named.values()) != 1:
                return None
            # the ways a city's text names a district once in passing, in order: how, how often
            # Beijing must be named, whether places named after the district forbid it
            passing = (
                ("as where an extreme was read", _CITY_ALONE_READINGS, False,
                 self._named_once_where_an_extreme_was),
                ("after its opening, as an example", _CITY_ALONE_READINGS, True,
                 self._named_once_as_an_example),
                ("after its opening, as the head of a body's name", _CITY_MOSTLY, True,
                 self._named_once_as_a_body),
            )  # fmt: skip
            for how, fewest, alone, named_so in passing:
                if city >= fewest and not (alone and places_after) and named_so(text):
                    return f"names a district once, {how}; Beijing {city} times: about Beijing"
            return None
        if len(named) >= _CITYWIDE_DISTRICTS and city >= max(named[top], _CITYWIDE_DISTRICTS):
            return (
                f"names {len(named)} districts, none more often than Beijing as a whole "
                f"({city} times): about Beijing"
            )
        if city >= max(_CITY_MOSTLY * named[top], _CITYWIDE_DISTRICTS):
            # A city's flood news naming a road "昌平段" three times and 全市 ten times
            return (
                f"names {len(named)} districts, Beijing as a whole {city} times, "
                f"{_CITY_MOSTLY}× as often as any of them: about Beijing"
            )
        return None

    def _first_district_of_a_text_without_its_own(self, text: str) -> Place | None:
        """The first district the text names, when the text speaks of no district of its own
        (全区, 区委: ``_speaks_of_its_district``); else None."""
        if self._speaks_of_its_district(text):
            return None
        return next(iter(self.place_mentions(text, districts_only=True)), None)

    def _named_once_where_an_extreme_was(self, text: str) -> bool:
        """The text's one district is named by its short name, with a place in it, just before
        a superlative (怀柔某某村最低，为-2.3℃: ``superlative_words`` within
        ``_EXTREME_AFTER_PLACE`` characters, no mark, linking word or 的 between), and the text
        speaks of no district of its own: a city's weather story giving where its extreme was
        read. Not the district's full name (平谷区是北京最大的桃产区: its own story).

        Why: a city's story of the season's first frost, naming one district only for its
        coldest station, was taken for that district's, its city-wide readings with it."""
        place = self._first_district_of_a_text_without_its_own(text)
        if place is None or place.end - place.start > len(place.name):
            return False  # 密云区森林覆盖率全市最高, 平谷区是北京最大的…: the district's own
        after = text[place.end : place.end + _EXTREME_AFTER_PLACE]
        after = re.split(f"[{_CLAUSE_SPLIT_MARKS}]", after, maxsplit=1)[0]
        found = [after.find(word) for word in self._superlatives if word in after]
        if not found:
            return False
        between = after[: min(found)]
        links = (*self.lexicon.linking_words, *self.lexicon.possessive_marks)
        return not any(link in between for link in links)  # 怀柔某某村最低: a station's name

    def _named_once_as_an_example(self, text: str) -> bool:
        """The text's one district, named past its opening, right after a word that gives an
        example (``example_markers``: 如昌平区开展…专项行动), the text speaks of no district of
        its own (全区, 区委) and Beijing opens two of its clauses or more (北京市农村集体经济收入
        …, 全市…): a city's study citing one district's case.

        Why: a chapter on the city's village economy (北京市农村集体经济收入…, 全市…) citing
        one district's clean-up as the cause of a fall was taken for that district's, and the
        city's figures with it."""
        place = self._first_district_of_a_text_without_its_own(text)
        if place is None or place.start < _OPENING_LENGTH:
            return False
        if not text.endswith(self.lexicon.example_markers, 0, place.start):
            return False
        # Beijing as the subject of clauses, not only what the place is ranked in or a share
        # of (在全市名列前茅, 占全市的三成: a district's own story)
        acting = [
            city
            for city in self.place_mentions(text)
            if city.name == self.municipality
            and not self._city_as_baseline(text, city)
            and self._opens_a_clause(text, city)
        ]
        return len(acting) >= _CITY_ALONE_READINGS

    def _named_once_as_a_body(self, text: str) -> bool:
        """The text's one district, named past its opening, heads the name of a body or a firm
        (``organization_endings``, ``body_name_endings``: 海淀区物资回收公司在…设有自动回收机), and
        the text speaks of no district of its own (全区, 区委).

        Why: a city's review of its recycling (全市…, 本市…) that cites one district's firm was
        taken for that district's story, and every figure of the city with it."""
        place = self._first_district_of_a_text_without_its_own(text)
        if place is None or place.start < _OPENING_LENGTH:
            return False
        run = self._name_run_re.match(text, place.end)
        if run is None:
            return False
        endings = (*self.lexicon.organization_endings, *self.lexicon.body_name_endings)
        return any(ending in run.group() for ending in endings)

    def _districts_only_listed(self, text: str, named: Counter[str]) -> str | None:
        """A note when a text naming Beijing names its districts only as items of lists of
        districts, or as the headings of a list's parts, each on a line of its own
        ("北京遭遇极端强降雨，密云、怀柔、延庆等多地…；驰援密云、怀柔、延庆等受灾区域"):
        no one of them is its subject, and a sentence naming no place speaks of the city
        (市地勘院派出应急调查队42组). None when any district stands alone somewhere, when fewer
        than three are named, when Beijing is not named, when no body of the city opens a
        clause (the districts' own joint story; a list headed by district needs none), or when
        the text speaks of a district of its own (全区, 两区).

        Why: the district listed first is no more the story's than the others; the tie went
        to it, and the city's figures with it."""
        places = self.place_mentions(text)
        districts = [place for place in places if place.name in self._district_names]
        headings = all(self._heads_its_line(text, place.start, place.end) for place in districts)
        fewest = 2 if headings else _CITYWIDE_DISTRICTS  # 东城 | 西城 heading a city's list
        if len(named) < fewest or self._speaks_of_its_district(text):
            return None  # 怀柔区与密云区签订…，两区还将…: the two districts' own story
        # three districts or more heading the rows of a table by district, each over its
        # figures, need no word of the city: the table is the city's by district (按区县分 over
        # 东城区 | 783.0 | 西城区 | 730.6 …); heading a story's lines with no figures under
        # them, they may be their own joint story (三区协同…)
        rows_of_a_city_table = (
            headings
            and len(named) >= _CITYWIDE_DISTRICTS
            and all(self._over_figures(text, place.end) for place in districts)
        )
        if not rows_of_a_city_table and not any(
            place.name == self.municipality and not self._city_as_baseline(text, place)
            for place in places
        ):
            return None
        marks = self.lexicon.enumeration_marks
        if not headings and not self._city_body_acts(text):
            return None  # 门头沟、房山、昌平签署…，打造北京西部文旅走廊: the districts' story
        for index, place in enumerate(districts):
            before = districts[index - 1] if index else None
            after = districts[index + 1] if index + 1 < len(districts) else None
            listed = (
                (before is not None and text[before.end : place.start] in marks)
                or (after is not None and text[place.end : after.start] in marks)
                # 东城 over its items, 西城 over its own: the heads of a city's list by district
                or self._heads_its_line(text, place.start, place.end)
            )
            if not listed:
                return None
        return f"names {len(named)} districts, only as items of lists of districts: about Beijing"

    def _over_figures(self, text: str, end: int) -> bool:
        """The first line after the one ending at or after ``end`` that holds anything but bars
        and spaces opens with a number: the name heads a row of figures set one cell a line."""
        line_end = text.find("\n", end)
        while line_end >= 0:
            next_end = text.find("\n", line_end + 1)
            line = text[line_end + 1 : len(text) if next_end < 0 else next_end]
            content = line.strip(" \t\u3000\r|\uff5c")
            if content:
                return bool(_FIGURE_OPENING_RE.match(content))
            line_end = next_end
        return False

    def _city_body_acts(self, text: str) -> bool:
        """Whether a body of the city opens a clause of the text (市地勘院启动…, 市排水集团…)."""
        for match in _CLAUSE_START_RE.finditer(text):
            if self._opening_body(text[match.end() : match.end() + 12]) == self.municipality:
                return True
        return False

    def _named_only_in_captions(self, text: str, name: str) -> bool:
        """Whether every mention of the district ``name`` stands in a caption: a short line of
        its own, with no punctuation of a sentence and no number
        ("昌平公路沿线灾后巡查" under a photo of a city's story on its flood-season survey).

        Why: a photo's place is not the story's subject; a city's text naming one district only
        under its pictures is as if it named it once in passing."""
        lines = [(match.start(), match.group()) for match in re.finditer(r"[^\n]+", text)]
        # a caption stands under the body's first sentence, never in the headline's lines
        body = next((start for start, line in lines if _SENTENCE_END.search(line)), len(text))
        found = False
        for position, district in self.district_mentions(text):
            if district != name:
                continue
            found = True
            if position < body:
                return False
            caption = next(line for at, line in lines if at <= position < at + len(line)).strip()
            if len(caption) > _CAPTION_LONGEST or _NOT_IN_A_CAPTION.search(caption):
                return False
            if caption.endswith(self.lexicon.organization_endings):
                return False  # 怀柔区水务局 under a notice: who signs it, no photo's place
        return found

    def _city_headline_over_a_list(
        self, text: str, headline: list[Place], named: Counter[str]
    ) -> str | None:
        """A note when the headline names Beijing and no district, and the text names several
        districts, none more often than all the others together: a city's story listing its
        districts' shares ("北京市第三批改造名单涉及924个项目 … 东城79个、西城163个…",
        "北京98家园区获评… 东城、西城、朝阳、海淀四个中心城区占74家，其中位于朝阳区的…")
        gives Beijing's totals, and each district's figure where its item names it. None
        otherwise: fewer than three districts, a district named more often than the others
        together (what the story is about), or a text speaking of a district of its own
        ("北京这座山城…" over 延庆区…东邻怀柔区…全区森林覆盖率)."""
        if not any(place.name == self.municipality for place in headline):
            return None
        if len(named) < _CITYWIDE_DISTRICTS or self._speaks_of_its_district(text):
            return None
        top = max(named.values())
        if top > sum(named.values()) - top:
            return None
        return (
            f"headline names Beijing; the text names {len(named)} districts, none more often "
            "than the others together: about Beijing"
        )

    def _city_story_passing_by(
        self,
        text: str,
        headline: list[Place],
        named: Counter[str],
        places_after: list[tuple[int, str]],
    ) -> str | None:
        """A note when the headline names Beijing and no district, the opening speaks of the
        city (全市, 本市: twice or more, not as a baseline), and one district is named, only in
        one paragraph after the opening, as are the places named after it (密云水库): a city's
        story passing by an event in one of its
        districts ("北京…电动自行车火灾…全市共发生…506起" and, further down, two fires in
        西城区) gives Beijing's figures, and the district's only where its sentences name it.
        None otherwise."""
        if not named or not any(place.name == self.municipality for place in headline):
            return None
        places = self.place_mentions(text, districts_only=True)
        if any(self._lies_in(text, place) for place in places):
            return None  # 公园位于大兴区: the story's subject lies in the district
        positions = [place.start for place in places]
        positions += [position for position, _ in places_after]
        if not positions or min(positions) < _OPENING_LENGTH:
            return None
        if "\n" in text[min(positions) : max(positions)]:
            return None  # named in several paragraphs: what the story goes on about
        # after the headline's first word: its 北京 is already counted above
        if self._city_named(text, 1, _OPENING_LENGTH) < 2:
            return None
        return (
            f"headline and opening speak of Beijing; {GROUP_JOINER.join(named)} named only in "
            "one later "
            "paragraph: about Beijing"
        )

    def _city_facility_in_a_district(self, text: str, named: Counter[str]) -> str | None:
        """A note when the headline names no district and the text names one district only as
        where a facility named after the city lies (位于大兴区南六环外的“北京市救灾储备仓库”,
        perhaps in a lead printed twice), and Beijing as a subject twice or more: the story of
        the city's facility, whose figures (市级物资储备总量…, 2013年将投资1亿元) are the
        city's, not those of the district it stands in. None otherwise.

        Why: a district named once makes a document its own (a park lying in it), so the
        city's reserves were filed under the district its warehouse stands in."""
        if len(named) != 1:
            return None
        places = self.place_mentions(text, districts_only=True)
        if not places or not all(self._locates_a_city_facility(text, p) for p in places):
            return None
        if self._city_named(text) < 2:
            return None
        return f"{places[0].name} named only where a facility of Beijing lies: about Beijing"

    def _locates_a_city_facility(self, text: str, place: Place) -> bool:
        """``place`` follows a word of where something lies (位于), and the city's name comes
        later in its clause: 位于大兴区南六环外的“北京市救灾储备仓库”."""
        if not self._after_a_located_in_mark(text, place.start):
            return False
        clause_end = _clause_end(text, place.end, len(text))
        return any(
            other.name == self.municipality
            for other in self.place_mentions(text, place.end, clause_end)
        )

    def _city_as_baseline(self, text: str, place: Place) -> bool:
        """全市 as the measure a district is compared with or ranked in (居全市第一, 高于全市,
        占全市, 全市平均水平), not as the subject of a statement."""
        cues = self.lexicon
        before = text[max(0, place.start - _CITY_CUE_REACH) : place.start]
        after = text[place.end : place.end + _CITY_CUE_REACH]
        return before.endswith(cues.city_baseline_before) or after.startswith(
            cues.city_baseline_after
        )

    def document_subject(self, text: str, main: str) -> str:
        """Whose figures a document gives where a sentence names no place: ``main``, or a
        combined area holding it that the text names more often than the district itself
        (a bulletin of "新区", defined as 甲区 and its development zone together)."""
        named = Counter(name for _, name in self.district_mentions(text))
        return self.areas.subject(text, main, named)

    def _named_inside_names(self, text: str) -> str | None:
        """Last resort for a district's own report that names its district only inside slogans
        and compound names ("深耕‘六个甲’", "新甲新国门") and otherwise speaks of 全区, 区委,
        区政府: that one district is the document's. Never when two or more districts are named
        so (a comparison, a list), when the document speaks of no district body, or when the
        only occurrences are idioms holding a district's name (朝阳产业, 大兴土木).
        """
        if self._alias_re is None or not self._speaks_of_its_district(text):
            return None
        named: set[str] = set()
        for match in self._alias_re.finditer(text):
            if self._names_a_medium(text, match.end()):
                continue  # 某某日报: the publisher
            if self._inside_an_idiom(text, match):
                continue
            named.add(self._alias_owner[match.group()][0])
        return named.pop() if len(named) == 1 else None

    def _speaks_of_its_district(self, text: str) -> bool:
        """The text speaks of a district of its own without naming it: 全区, 我区, 区委. Not
        every district's bodies (联动…各区政府: a city's text), nor a body joined to the city's
        tier (市级行政机关和区政府), nor a word whose 区 ends an area's noun (小区内, 园区内,
        社区委员会: ``area_nouns``)."""
        cues = self.lexicon
        words = (*cues.district_wide, *cues.self_references, *cues.district_bodies)
        every = cues.chart_scope.get("every_district_words", ())
        matches = any_of(every).finditer(text) if every else ()
        every_district = {at for match in matches for at in range(match.start(), match.end())}
        for word in words:
            position = text.find(word)
            while position >= 0:
                in_a_noun = any(
                    text.startswith(noun, position + 1 - len(noun)) for noun in cues.area_nouns
                )
                generic = text[max(0, position - _GENERIC_LEAD) : position].endswith(
                    cues.generic_area_leads
                )  # 一定区域内: any area, in a measure's definition
                # 各区已对辖区内的河道…: each district's own, in a city's text (not 辖区内 alone,
                # a district's police or street speaking of its own)
                each_ones = any(
                    at in every_district for at in range(_clause_start(text, position), position)
                )
                if (
                    position not in every_district
                    and not in_a_noun
                    and not generic
                    and not each_ones
                    and not self._beside_the_city_tier(text, position)
                ):
                    return True
                position = text.find(word, position + 1)
        return False

    def _beside_the_city_tier(self, text: str, position: int) -> bool:
        """A district body joined to the city's tier (市级行政机关和区政府绩效考评, 市委和区委):
        both tiers of government in general, not a district of the text's own."""
        cues = self.lexicon
        if not text.endswith(cues.tier_joiners, 0, position):
            return False
        clause_start = max(text.rfind(mark, 0, position) for mark in _CLAUSE_MARKS) + 1
        return any(word in text[clause_start:position] for word in cues.city_tier_words)

    def _about_the_city(self, text: str, headline: str) -> bool:
        """A document that names no district, does not speak of a district of its own (我区,
        全区, 区委) and names Beijing in its headline (by name: 北京, not 全市), or at least
        twice anywhere, is about Beijing as
        a whole ("2023年北京市生态服务价值监测公报", "北京湿地面积已达…"): its figures are the
        city's, kept out of the district charts, instead of being dropped with the document."""
        if self._speaks_of_its_district(text):
            return False  # a district's own text that does not name it
        if any(bureau in headline for bureau in self.lexicon.district_bureaus):
            return False  # 来源：区统计局: a district's own release
        city = self.municipality

        def named(part: str) -> tuple[int, int]:
            # Beijing as a subject, and as the scope of a first (成立全市首个…专班, 全市首家): a
            # district's report boasting names the city only so; 全市第一产业 is the city's
            mentions = self.place_mentions(part)
            places = [place for place in mentions if place.name == city]
            firsts = sum(
                1 for place in places if part.startswith(self.lexicon.scope_of_a_first, place.end)
            )
            # 北京CBD (site_acronyms): a site named after the city names the city too
            sites = sum(
                1
                for place in mentions
                if place.name != city
                and part[place.start : place.end].endswith(self._site_acronym_words)
            )
            return len(places) - firsts + sites, firsts

        titled = any(name in headline for name in self.lexicon.municipality_bare)
        subject, firsts = named(text)
        return (
            (titled and named(headline)[0] > 0)
            or subject >= 2
            or (subject >= 1 and subject + firsts >= 2)
            or (
                # 北京消防 over 全市消防救援队伍调集…: Beijing in the headline, even inside a
                # name, and the whole city acting; or the city's bodies named
                self._whole_city_acts(text) and (titled or self._city_bodies_named(text) >= 1)
            )
        )

    def _whole_city_acts(self, text: str) -> bool:
        """The whole city (``municipality_subjects``: 全市, 本市) opens a clause as its subject,
        not as a baseline (占全市…的10%): "今年，全市校舍抗震加固工程涉及512所学校"."""
        return any(
            place.name == self.municipality
            and text.startswith(self.lexicon.municipality_subjects, place.start)
            and self._opens_a_clause(text, place)
            and not self._city_as_baseline(text, place)
            for place in self.place_mentions(text)
        )

    def _city_bodies_named(self, text: str) -> int:
        """How often the city's bodies are named (北京市教委表示…): no mention of Beijing's
        own figure, which is why ``place_mentions`` skips them, but in a text naming no
        district at all they say whose story it is, with the whole city acting in it
        (``_whole_city_acts``): "北京市教委表示，…今年，全市校舍抗震加固工程涉及512所学校" is the
        city's, and its figures were dropped with the document; "北京市科委表示，某公司研发投入
        5亿元，占全市同类企业的10%" stays no one's."""
        return sum(
            1
            for match in self._other_place_re.finditer(text)
            if self._other_place_owner[match.group()] == self.municipality
            and self._names_an_organization(text[match.end() : match.end() + 10])
        )

    def _headline_of_the_nation(self, headline: str) -> bool:
        """A text naming no district whose headline opens with the nation as its subject
        ("我国独角兽企业已超360家", "全国已建成…") is a national story: its figures are the
        nation's, and Beijing's only where a sentence names Beijing ("北京以114家的数量位居全国
        首位"), not every figure of the report because its dateline says 新华社北京.
        Never a title or an award opening the line (全国文明城区: ``place_title_heads``), nor
        a superlative, a first or a national event (全国最大的…, 全国首个…在京揭牌, 全国两会…)."""
        for line in headline.splitlines():
            line = line.strip()
            nation = longest_prefix(line, self.lexicon.nation_subjects)
            if not nation or self._names_a_title(line, len(nation)):
                continue
            if line[len(nation) :].startswith(self.lexicon.nation_headline_not_subject):
                continue  # 全国最大的…, 全国首个…在京揭牌, 全国两会…: no national figure follows
            return True
        return False

    def _area_subject(self, text: str, headline: str) -> str | None:
        """A document that names no district but an area that is none (a development zone:
        "北京经开区经济总量迈上四千亿台阶") is about that area: the one its headline names, else
        the one it names most, at least twice. Its figures are the area's, kept out of the
        district charts as Beijing's are, instead of being dropped with the document.
        Never a combined area or a name the text defines for a district."""
        areas = self.areas.area_names
        titled = [p.name for p in self.areas.places(headline) if p.name in areas]
        if titled:
            return titled[0]
        counts = Counter(p.name for p in self.areas.places(text) if p.name in areas)
        if not counts:
            return None
        name, count = counts.most_common(1)[0]
        return name if count >= _AREA_SUBJECT_MENTIONS else None

    def _area_named_most(self, text: str, named: Counter[str]) -> tuple[str, str] | None:
        """The area of its own (a zone with its own statistics: ``non_district_areas``) and a
        note, when a document whose headline names no district names that area at least
        ``_AREA_OVER_DISTRICTS`` times as often as any district, and more often than Beijing:
        a report of the 中关村 zone ("中关村示范区上半年总收入…；从地区看，海淀园…，其次为
        朝阳园…") is the zone's, its parks' figures each their district's where a clause names
        one. Not when a district is named before the zone, nor when the text speaks of a
        district of its own (全区, 区内). None otherwise.

        Why: the district named first (through its park, once) took the story, and every
        figure of the zone with it."""
        areas = self.areas.area_names
        zones = [p for p in self.areas.places(text) if p.name in areas]
        counts = Counter(p.name for p in zones)
        if not counts:
            return None
        name, count = counts.most_common(1)[0]
        most = max(named.values(), default=0)
        if count < max(_AREA_SUBJECT_MENTIONS, _AREA_OVER_DISTRICTS * most):
            return None
        if self._city_named(text) >= count:
            return None  # 全市…, 本市…: the city's story, passing by the zone
        first_zone = min(p.start for p in zones if p.name == name)
        first_district = next(iter(self.district_mentions(text)), None)
        if first_district is not None and first_district[0] < first_zone:
            return None  # 海淀区推进…，区内中关村示范区企业…: the district's story of its zone
        if self._speaks_of_its_district(text):
            return None  # 全区, 区内, 该区: a district's own story
        return name, f"names {name} {count} times, no district more than {most}: about {name}"

    def _headline_opener(self, headline: str) -> str | None:
        """A short name that needs its suffix elsewhere, opening a headline and followed by a
        verb ("朝阳加快建设…", "北京大兴推进…"): the story's subject. In running text 朝阳产业,
        大兴土木 keep the suffix rule. Also the headline proper after a kicker a space sets
        apart ("扩容“朋友圈” 北京大兴建设…"), where the word after the name must be a verb or
        an adverb (not 朝阳等区, 朝阳与海淀), and never a source line (来源： 朝阳发布)."""
        for line in headline.splitlines():
            parts = line.split()
            for index, part in enumerate(parts):
                if index and parts[index - 1].endswith((":", "：")):
                    continue  # 来源： 朝阳发布: who published it
                name = self._opening_name(part, strict=index > 0)
                if name is not None:
                    return name
        return None

    def _opening_name(self, part: str, *, strict: bool) -> str | None:
        """The district whose short name opens ``part`` (after Beijing's name) before a word
        that is no noun (``strict``: a verb or an adverb), else None."""
        part = part.strip()
        part = part.removeprefix(longest_prefix(part, self.lexicon.municipality_bare))
        for text, (name, needs_suffix) in self._alias_owner.items():
            if needs_suffix and part.startswith(text):
                rest = part[len(text) :]
                if not rest[:1] or _starts_with_a_noun(rest[:6]):
                    continue
                if strict and not pos_tags(rest[:6])[0][1].startswith(_PREDICATE_FLAGS):
                    continue
                return name
        return None

    def is_municipal_total(self, text: str, term_start: int, quantity: Quantity) -> bool:
        """ "高于全市森林覆盖率47.1%": a total of Beijing's, named right before its term.

        Not a share of Beijing's total ("占全市总面积的17%": the number follows the term
        after a possessive), and never a rank (全市第一 ranks the district).
        """
        if quantity.kind == "rank":
            return False
        if self._township_re.match(text, term_start):
            return False  # 北京市奥林匹克森林公园接待游客…: the site's figure (_site_subject)
        before = text[max(0, term_start - 5) : term_start]
        for mark in self.lexicon.possessive_marks:
            before = before.removesuffix(mark)
        subject = longest_suffix(before, self.lexicon.municipality_subjects)
        if not subject:
            return False
        lead = before[: len(before) - len(subject)]
        if lead.endswith(self.lexicon.forms.share_verbs):
            # "占北京市的比重为6.9%": the district's share of Beijing, not a figure of Beijing's
            # ("高于全市森林覆盖率47.1%" is Beijing's)
            return False
        between = text[term_start : quantity.start]  # the term, up to the number
        if (
            lead.endswith(self.lexicon.toward_the_city_marks)
            and any(word in between for word in self.lexicon.contribution_words)
            and self._district_named_before(text, term_start)
        ):
            return False  # "朝阳区…，对全市的增量贡献率达27.8%": its part toward Beijing's
        return not any(mark in between for mark in self.lexicon.possessive_marks)

    def _district_named_before(self, text: str, at: int) -> bool:
        """Whether one district opens a clause of the sentence before ``at``, and no other
        is named there: then a contribution toward Beijing's total is
        its own ("今年1-7月，朝阳区实现…，对全市的增量贡献率达27.8%"). A sector's (服务业对全市
        的贡献率), a pair's (海淀、朝阳两区…) or one named as a place (市领导在朝阳区调研时指出，
        科技创新对全市的贡献率…) is not."""
        start = statement_start(text, at, FULL_STOPS)
        named = [p for p in self.place_mentions(text, start, at) if p.name in self._district_names]
        if len({p.name for p in named}) != 1:
            return False
        clause_starts = [
            start,
            *(i + 1 for i in range(start, at) if text[i] in _CLAUSE_SPLIT_MARKS),
        ]
        city = (*self.lexicon.municipality_subjects, *self.lexicon.municipality_bare)
        # any clause of the sentence: its run of figures (实现…1422.5亿元，同比增长5.1%，占全市
        # 19.6%，对全市的增量贡献率…) goes on about the district that opened it
        return any(
            opening <= p.start and text[opening : p.start].strip() in ("", *city)
            for p in named
            for opening in clause_starts
        )  # 北京朝阳区实现…: the city's name before the district's is part of it

    def district_of(self, placing: Placing) -> str:
        """The place a fact is about: the first rule of ``district_rules`` that decides.

        Every rule reads one ``Placing`` (the number in its ``Context``) and returns a place,
        or None to let the next rule decide; the last always decides (the document's main
        district when nothing else does).
        """
        for rule in self.district_rules():
            place = rule(placing)
            if place is not None:
                return place
        raise AssertionError("the last district rule always decides")  # pragma: no cover

    def district_rules(self) -> tuple[Callable[[Placing], str | None], ...]:
        """Which district? The rules in the order they are asked."""
        return (
            self._respectively,
            self._sites_respectively,
            self._paired_lists,
            self._bracketed_or_level,
            self._extreme_at_place,
            self._municipal_total,
            self._owner_of_a_set,
            self._size_of_a_batch,
            self._self_reference,
            self._district_beside_an_outside_place,
            self._count_of_districts,
            self._examples_across_districts,
            self._system_of_a_body,
            self._regions_listed_together,
            self._clause_subject,
            self._city_right_before,
            self._region_right_before,
            self._site_subject,
            self._town_referred_back,
            self._segment_subject,
            self._city_stretch,
            self._national_count,
            self._district_wide,
            self._earlier_clause,
            self._plural_reference,
            self._previous_sentence_subject,
            self._paragraph_opener,
            self._region_opening_the_paragraph,
            self._district_paragraph_of_a_city_story,
            self._section_heading,
            self._main_district,
        )

    def district_decision(self, placing: Placing) -> DistrictDecision:
        """Which rule decided ``districts_of`` and the other places the later rules would have
        given (asked only to explain: every rule runs)."""
        quantity = placing.quantity
        shared = self._shared_value(placing)
        rules = self.district_rules()
        answers = [(_rule_name(rule), rule(placing)) for rule in rules]
        if shared:
            decided, places, later = "shared_value", tuple(shared), answers
        else:
            at = next(i for i, (_, place) in enumerate(answers) if place is not None)
            decided, places, later = answers[at][0], (answers[at][1] or "",), answers[at + 1 :]
        set_aside: dict[str, str] = {}
        for name, place in later:
            if place is not None and place not in places and place not in set_aside.values():
                set_aside[name] = place
        return DistrictDecision(
            quantity.start, quantity.end, decided, places, tuple(set_aside.items())
        )

    def _extreme_at_place(self, placing: Placing) -> str | None:
        """Where an extreme was measured, when a district with a place in it follows the
        superlative: "城区最大为朝阳某庄的48.7毫米", "最大降水量在密云某峪，达到412.5毫米" are
        朝阳's and 密云's, not the subject's (城区, 全市). A city's rain report names its
        stations this way, the district's bare name before the village (so 朝阳 needs no 区
        here). Only for the first value after the district, within the sentence, with no other
        place, no 全区/我区/全市 and no other number (dates and hours aside) between them:
        "最高为海淀区的…，其次为朝阳区的28.4" and "…的48.7毫米，全区平均降水20.1毫米" leave the
        later value to the next rules. Not an idiom holding a district's name (朝阳产业).
        A place beyond Beijing stands there too (最大降雨出现在某省某市某庄，为412.6毫米): the
        value is that province's, not the story's district's, for a reading of weather or water
        only (``outside_extreme_readings``), named in the superlative or before it in its clause
        (降雨量最大的是某省某村，为412.6毫米)."""
        if self._extreme_place_re is None or self._alias_re is None:
            return None
        text, sentence, quantity = placing.text, placing.sentence, placing.quantity
        found = None
        for match in self._extreme_place_re.finditer(text, sentence.start, quantity.start):
            found = match  # the last before the number
        if found is None:
            return None
        alias = self._alias_re.match(text, found.end())
        owner = self._alias_owner[alias.group()][0] if alias else None
        if alias is not None and self._inside_a_street_name(text, alias.start(), alias.end()):
            return None  # 最大雨量朝阳门站
        if alias is None:
            alias = self._outside_word_re.match(text, found.end())
            if alias is not None:
                name = alias.group("word")
                owner = self._other_place_owner[name] if name else alias.group("province")
            # the reading may stand inside the superlative (最大降雨出现在) or open its clause
            # (降雨量最大的是)
            measured = text[max(sentence.start, _clause_start(text, found.start())) : found.end()]
            if alias is not None and not any(
                word in measured for word in self.lexicon.outside_extreme_readings
            ):
                return None  # 外迁去向最多的是河北省，为120家: the district's own count
        if alias is None or alias.end() > quantity.start:  # pragma: no cover - the lookahead
            return None
        if text.startswith(self.lexicon.district_name_idioms, alias.start()):
            return None  # 规模最大的是朝阳产业集群: an idiom, no place
        between = text[alias.end() : quantity.start]
        if len(between) > _EXTREME_PLACE_REACH or any(
            place.name != owner  # 河北省邢台市: the same place, more closely
            for place in self.place_mentions(text, alias.end(), quantity.start)
        ):
            return None
        # a number between them other than a date's or an hour's (7日20时至21时) is the
        # extreme's, and the value after it someone else's
        other_number = self.lexicon.date_patterns["number_not_a_date"]
        restated = _RESTATED_IN_BRACKETS_RE.search(between)
        if restated is not None:
            # 为21.2米/秒(9级): the extreme's value again on another scale, in brackets
            between = between[: restated.start()]
        if self._scope_words.search(between) or other_number.search(between):
            return None  # "…朝阳某庄的48.7毫米，全区平均降水20.1毫米": the next value is not
        return owner

    def _owner_of_a_set(self, placing: Placing) -> str | None:
        """A count whose noun closes with "one of" (之一) counts a set the subject belongs to:
        the set is the place's named before the count in its clause, not the subject's.
        "长子营湿地是北京市规划建设的15处重点湿地公园之一" gives Beijing 15 wetland parks, not
        the district its one park is in. Only a noun run to the mark (no other number or
        clause between), and the place nearest before the count with no number between."""
        if not self._set_membership_re:
            return None
        text, quantity, clause = placing.text, placing.quantity, placing.clause
        closing = self._set_membership_re.match(text, quantity.end, clause.end)
        if closing is None:
            return None
        places = [
            (place.start, place.end, place.name)
            for place in self.place_mentions(text, clause.start, quantity.start)
        ]
        # the nation's sets too: 怀柔区是全国50个国家级生态示范区之一
        for word in self.lexicon.nation_subjects:
            at = text.rfind(word, clause.start, quantity.start)
            if at >= 0:
                places.append((at, at + len(word), self.nation))
        if not places:
            return None
        _, owner_end, owner = max(places)
        if any(char.isdigit() for char in text[owner_end : quantity.start]):
            return None
        return owner

    def _size_of_a_batch(self, placing: Placing) -> str | None:
        """A count right after the city's or the nation's name and a batch (``batch_words``):
        "某园入选全市首批10家未来产业育新基地" — 10 is the size of the city's first batch,
        the city's list, not the district's count (it has one of them). The nation's for
        全国首批. None otherwise."""
        text, quantity = placing.text, placing.quantity
        if quantity.kind != "count":
            return None
        before = text[placing.clause.start : quantity.start].rstrip()
        batch = longest_suffix(before, self.lexicon.batch_words)
        if not batch:
            return None
        scope = before[: -len(batch)]
        if scope.endswith(self.lexicon.municipality_subjects):
            return self.municipality
        if scope.endswith(self.lexicon.nation_subjects):
            return self.nation
        return None

    def _city_right_before(self, placing: Placing) -> str | None:
        """Beijing as the scope written right before a count, with only a bound or a total word
        between (造成全市至少30人死亡, 全市累计转移逾八万人): the city's count, wherever 全市
        stands in its clause; the main district of a story about two districts' dead is not its
        subject. After ``_clause_subject``: a district the clause names after the count, where
        it went or lies (全市3家灯塔工厂均位于昌平区), comes first. Not a share or a multiple
        (占全市的31%, 全市约四成: the part's), nor a rank, nor the city as a baseline (比全市,
        居全市, 占全市)."""
        quantity = placing.quantity
        if quantity.unit == "%" or quantity.kind in ("rank", "multiple"):
            return None
        text = placing.text
        before = text[placing.clause.start : quantity.start].rstrip()
        while not (city := longest_suffix(before, self.lexicon.municipality_subjects)):
            word = longest_suffix(before, self._scope_fillers)
            if not word:
                return None
            before = before[: -len(word)]
        if before[: -len(city)].endswith(self.lexicon.city_baseline_before):
            return None
        return self.municipality

    def _region_right_before(self, placing: Placing) -> str | None:
        """A place beyond Beijing (``outside_places``) written right before a count, with only
        a bound or a total word between, opening its clause or an item of a list: "京津440家、
        河北474家医疗机构…" and "河北9人死亡" are the province's counts. Not a place after a verb
        (销往天津30万斤, 帮扶河北10个县: the district's deed), nor a share or a rank.

        Why: a province named before its figure in the middle of a clause was passed over,
        and the figure went to the document's district."""
        quantity = placing.quantity
        if quantity.unit == "%" or quantity.kind in ("rank", "multiple"):
            return None
        text = placing.text
        before = text[placing.clause.start : quantity.start].rstrip()
        while word := longest_suffix(before, self._scope_fillers):
            before = before[: -len(word)].rstrip()
        end = placing.clause.start + len(before)
        for place in self.place_mentions(text, placing.clause.start, end):
            if place.end != end or place.name not in self._outside_names:
                continue
            lead = text[placing.clause.start : place.start].rstrip()
            if lead and not lead.endswith(self.lexicon.enumeration_marks):
                return None  # 销往天津30万斤, 东距天津120公里: the district's, the place its object
            return place.name
        return None

    def _municipal_total(self, placing: Placing) -> str | None:
        """A value right after a Beijing-wide term is Beijing's, whatever the clause's subject:
        "高于全市森林覆盖率47.1%" (see ``is_municipal_total``)."""
        term_span = placing.term_span
        if term_span is not None and self.is_municipal_total(
            placing.text, term_span[0], placing.quantity
        ):
            if self._city_as_a_title(placing, placing.clause.start) and (
                self._then_a_share_of_the_city(placing)
            ):
                return None  # 北京市“专精特新”中小企业2125家，全市占比35%: a part of the city's
            return self.municipality
        return None

    def _self_reference(self, placing: Placing) -> str | None:
        """The clause names the document's district without its name ("其中我区约占三成"): the
        main district, or the nation when the clause is a national count and names no place
        ("我区…全国共有…")."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        if not self._refers_to_itself(text, clause.start, quantity.start, placing.main):
            return None
        named = self.place_mentions(text, clause.start, quantity.start)
        national = not named and self._about_the_nation(text, clause, quantity)
        return self.nation if national else placing.main

    def _system_of_a_body(self, placing: Placing) -> str | None:
        """A figure of a body's whole sector (``body_system_words``: 全系统) is of the place
        whose body the statement names for it: "根据北京市国资委公布数据显示，全系统已有近51万
        名干部职工签署承诺书，签署率100%" is the city's, in a story filed under 西城. The body
        (or the place) right before the word comes first (区水务局全系统: the district's;
        平谷区全系统: 平谷's); else the first body the statement names, past one that gives
        orders (平谷区水务局按照北京市水务局统一部署，全系统…: 平谷's). None when no body is
        named, or a place is named between the word and the value (全系统…其中海淀区3万人)."""
        text, quantity = placing.text, placing.quantity
        statement = max(text.rfind(mark, 0, placing.sentence.start) for mark in "。\n") + 1
        at, word = max(
            (text.rfind(word, statement, quantity.start), word)
            for word in self.lexicon.body_system_words
        )
        if at < 0:
            return None
        if self.place_mentions(text, at + len(word), quantity.start):
            return None
        bodies = self._bodies_named(text, statement, at, placing.main)
        right_before = [place for start, end, place in bodies if not text[end:at].strip()]
        if right_before:
            return right_before[-1]
        ordering = self.lexicon.body_instruction_words
        for start, _, place in bodies:
            if not any(word in text[start : _clause_end(text, start, at)] for word in ordering):
                return place
        return None

    def _bodies_named(
        self, text: str, start: int, end: int, main: str
    ) -> list[tuple[int, int, str]]:
        """(start, end, place) of the bodies named in text[start:end], in order, and of a
        district named right before ``end`` (平谷区全系统): a district's or the city's name
        (``city_body_names``; a bare 市, or a bare 区 for the document's own district, only
        where a name begins: at a clause's start or after ``body_name_leads``) right before an
        agency's name (国资委, 园林绿化局), which the span covers."""
        found: list[tuple[int, int, str]] = []
        for place in self.place_mentions(text, start, end):
            if place.name not in self._district_names:
                continue
            agency = self._agency_after(text, place.end, end)
            if agency is not None:
                found.append((place.start, agency, place.name))
            elif not text[place.end : end].strip():
                found.append((place.start, place.end, place.name))
        names = [(name, self.municipality) for name in self.lexicon.city_body_names]
        names += [(word, main) for word in self.lexicon.district_body_openings]
        for name, owner in names:
            at = text.find(name, start, end)
            while at >= 0:
                opening = at == start or text[at - 1] in _CLAUSE_MARKS
                led = text[start:at].endswith(self.lexicon.body_name_leads)
                whole = len(name) > 1 or opening or led  # 市 alone may end a word (城市)
                agency = self._agency_after(text, at + len(name), end) if whole else None
                if agency is not None and not any(s <= at < e for s, e, _ in found):
                    found.append((at, agency, owner))
                at = text.find(name, at + 1, end)
        return sorted(found)

    def _agency_after(self, text: str, start: int, end: int) -> int | None:
        """Where the agency's name that opens text[start:end] ends (国资委, 水务局), or None."""
        length = _organization_length(
            text[start : min(end, start + _AGENCY_NAME_REACH)], self.lexicon.organization_endings
        )
        return None if length is None else start + length

    def _regions_listed_together(self, placing: Placing) -> str | None:
        """Beijing and places beyond it listed as the subject of the number's clause, or of an
        earlier clause of its sentence that the clauses since go on from (naming no place of
        their own): "北京、河北、内蒙古14.5万人受灾，农作物受灾面积1.9千公顷" are the three
        regions' figures together, kept under the list's name, none Beijing's alone.

        Why: the first of them, the city, took the figures of all three."""
        text, quantity = placing.text, placing.quantity
        if quantity.kind in (*_EACH_KINDS, *_READING_KINDS, _TEMPERATURE_KIND):
            return None  # 北京、天津PM2.5浓度…, 最高气温28℃: each one's reading, never summed
        start = placing.clause.start
        if self._each_ones_cues.search(text[placing.sentence.start : quantity.start]):
            return None  # 北京、天津两地均…, 分别为…, 各…: each one's
        listed = self._regions_opening(text, start, quantity.start)
        while listed is None and self._continues(text, start, quantity.start):
            previous = _clause_before(text, placing.sentence.start, start)
            if previous is None:
                return None
            start = previous[0]
            listed = self._regions_opening(text, start, previous[1])
        return GROUP_JOINER.join(listed) if listed else None

    def _regions_opening(self, text: str, start: int, end: int) -> list[str] | None:
        """The regions opening text[start:end] when they are Beijing (北京, 北京市) and places
        beyond it (``outside_places``, ``other_regions``: 河北, 内蒙古, 天津市), two or more
        joined by enumeration marks alone, the number right after them; else None. A cause and
        its verb may stand before them (此轮强降雨已经造成北京市与河北省20人遇难)."""
        at = start
        while at < end and text[at].isspace():
            at += 1
        cause = max(
            (
                at + found + len(verb)
                for verb in self.lexicon.list_cause_verbs
                if (found := text[at:end].find(verb)) >= 0
            ),
            default=-1,
        )
        if cause > at and self._ends_with_a_cause(text[at:cause]):
            at = cause
        names: list[str] = []
        while at < end:
            word = longest_prefix(text[at : at + _REGION_NAME_LENGTH], self._region_names)
            if not word:
                break
            names.append(self._region_words[word])
            at += len(word)
            mark = longest_prefix(text[at:end], self.lexicon.enumeration_marks)
            if not mark:
                break
            at += len(mark)
        names = list(dict.fromkeys(names))
        if len(names) < 2 or self.municipality not in names:
            return None  # 上海、广州等地游客来京…: no list of Beijing and its neighbours
        if not _NUMBER_START_RE.match(text, at):
            # 北京、天津等地游客…, 北京、河北交界处新建…: a list left open, or a part of the
            # regions, not their figure: the number must follow the list straight away
            return None
        return names

    def _clause_subject(self, placing: Placing) -> str | None:
        """The place its own clause names before the number, when that place is the subject and
        not the base of a comparison ("比全市高"), nor a share ("占全市的31%"); a district
        named after it in the clause ("全市共三家示范工厂均在顺义") comes before Beijing; a count
        sent to several districts is decided by ``_sent_to_several``."""
        text, clause, quantity, main = placing.text, placing.clause, placing.quantity, placing.main
        if quantity.kind == "count" and self._among_the_citys(text, clause.start, quantity.start):
            return self.municipality  # 朝阳区在全市10家…企业中占据5席: the 10 are the city's
        rank = self._ranks_districts(placing)
        place = self._subject_before(text, clause.start, quantity.start, main, rank=rank)
        if (
            place == self.municipality
            and self._city_as_a_title(placing, clause.start)
            and self._then_a_share_of_the_city(placing)
        ):
            return None  # 北京市“专精特新”中小企业2125家，全市占比35%: a part of the city's
        if place is None and self._describes_the_city_after(text, quantity.end, clause.end):
            return self.municipality  # 拥有1065个公园的北京: the city the clause describes
        if (place is None or place == self.municipality) and quantity.kind == "count":
            lying = self._lying_in_the_next_clause(text, clause.end)
            if lying is not None:
                return lying  # 全市有2个站超过300毫米，这两站均在密云: where they lie
        if place is None or place not in self._district_names:
            # "全市共三家示范工厂均在顺义", "一半区域位于房山区": a district named after it, but
            # not where what was counted went when a district sent it, the subject of the
            # clause before ("大兴区消防救援支队迅速响应，派遣60名消防员前往密云区": 大兴's).
            # Without a sender the destination keeps it (游客12万人次前往延庆区, 物资支援门头沟
            # 区), and what happens there after ("赶赴海淀区…，共疏散群众11人") is its too.
            after = [
                name
                for name in self._subjects(text, quantity.end, clause.end, rank)
                if name in self._district_names
            ]
            if after and self._run_on_subject(text, quantity.end, clause.end):
                return None  # "收益3638.1万元密云区招待15.6万人": the next item's subject
            going = self._destinations(text, quantity.end, clause.end)
            if after and set(after) <= going.keys() and place is None:
                sender = self._subject_before(
                    text, placing.sentence.start, clause.start, main, last=True, rank=rank
                )
                if sender in self._district_names and sender not in going:
                    return None  # the clause before names the sender: _earlier_clause
                if len(set(after)) > 1:
                    return self._sent_to_several(placing, after)
            if after and place == self.municipality and not self._located_in(placing):
                return place  # 北京推动10个平原区与甲区、乙区结对帮扶: partners, not the place
            if after:
                return main if main in after else after[0]
        return place

    def _among_the_citys(self, text: str, start: int, number: int) -> bool:
        """The city's name right before the number after a word of where (``scope_leads``: 在),
        the clause's subject before them: "朝阳区在全市10家科技服务业百亿级企业中占据5席" counts
        the city's firms (10), among which the district holds its 5."""
        before = text[start:number].rstrip()
        city = longest_suffix(before, self.lexicon.municipality_subjects)
        if not city:
            return False
        lead = before[: -len(city)]
        if lead.endswith(self.lexicon.comparative_verbs):
            return False  # 高于全市1.9个百分点: the city is the baseline
        if not lead.endswith(tuple(self.lexicon.chart_scope.get("scope_leads", ()))):
            return False
        return self._frames_the_things_counted(text, number)

    def _frames_the_things_counted(self, text: str, number: int) -> bool:
        """The count at ``number``, the things counted, then a frame closing them
        (``among_frame_marks``: 中) before a share held of them (…企业中占据5席): in
        在全市20个地铁站投放广告 no frame closes, and the stations are the district's own."""
        return self._among_frame_re.match(text, number) is not None

    def _describes_the_city_after(self, text: str, end: int, clause_end: int) -> bool:
        """The number's phrase ends with 的 right before the city's name, which closes the
        clause (拥有1065个公园的北京，是…): a clause describing the city, whose figure it is, not
        the story's district's. Not the city before a noun (21.6%的北京市居民)."""
        for place in self.place_mentions(text, end, clause_end):
            if place.name != self.municipality:
                return False
            between = text[end : place.start]
            return (
                len(between) <= _DESCRIBED_REACH
                and between.endswith(self.lexicon.possessive_marks)
                and not any(mark in between for mark in _CLAUSE_SPLIT_MARKS)
                # the city closing its phrase (…的北京，), not a noun after it (的北京市居民)
                and text[place.end : place.end + 1] in _CLAUSE_SPLIT_MARKS
            )
        return False

    def _lying_in_the_next_clause(self, text: str, clause_end: int) -> str | None:
        """The district the clause after a count says all it counted lie in: "全市共两个灯塔工厂，
        均在昌平区", "有2个站超过300毫米，这两站均在密云" (a mark of each, ``shared_marks``, and
        a word of where, ``located_in_marks``, after at most a reference back to the things:
        这两站), the district's name ending the clause. The count is that district's, as
        "…均在昌平区" in its own clause is. Not a part (大部分都在…), several places (均在甲区和
        乙区), a place excluded (均在甲区以外) nor where an event was held (均在甲区举行…)."""
        if clause_end >= len(text) or text[clause_end] not in "，,":
            return None
        found = self._lying_in_re.match(text, clause_end + 1)
        if found is None:
            return None
        places = self.place_mentions(text, found.end(), found.end() + _LYING_NAME_REACH)
        if not places or places[0].start != found.end():
            return None
        if text[places[0].end : places[0].end + 1] not in _CLAUSE_SPLIT_MARKS:
            return None  # 均在昌平区和延庆区, 均在朝阳区以外, 均在大兴区举行签约仪式
        return places[0].name if places[0].name in self._district_names else None

    def _run_on_subject(self, text: str, end: int, clause_end: int) -> bool:
        """A district's name right after the number, with no mark or space between, and a verb
        right after the name (a list scraped without its punctuation: "甲区招待21.2万人,收益
        3638.1万元乙区招待15.6万人"): the subject of the next item, not the place of the number
        before it."""
        places = self.place_mentions(text, end, clause_end)
        if not places or places[0].start != end:
            return False  # "12个 朝阳区": a value and its place, set apart by a space
        tokens = pos_tags(text[places[0].end : places[0].end + _VERB_REACH])
        return bool(tokens) and tokens[0][1].startswith("v")  # 乙区招待…: its verb

    def _located_in(self, placing: Placing) -> bool:
        """The first district named after the number in its clause follows a word of where
        something lies (均在某区, 位于某区, 落户某区): the district is where what was counted
        is, not a partner or an object of the subject's act."""
        text, quantity, clause = placing.text, placing.quantity, placing.clause
        for place in self.place_mentions(text, quantity.end, clause.end):
            if place.name in self._district_names:
                return text[quantity.end : place.start].endswith(self.lexicon.located_in_marks)
        return False

    def _city_as_a_title(self, placing: Placing, start: int) -> bool:
        """The city's name before the number (from ``start``) opens a quoted title (北京市
        “专精特新”中小企业: firms the city certified), not the city as a subject. Only then does
        a share of the city after the number make the number a part of it: "全市数字经济增加值
        1.9万亿元，占全市地区生产总值比重42.9%" is the city's own sector and its share."""
        text = placing.text
        return any(
            place.name == self.municipality and text.startswith(_TITLE_QUOTES, place.end)
            for place in self.place_mentions(text, start, placing.quantity.start)
        )

    def _a_share_of_the_city(self, placing: Placing) -> bool:
        """The number's own clause says it is a share of the city ("全市占比35%", "占全市的
        35%"): the city is the whole it is a part of, never its owner."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        return any(
            self._city_as_a_whole(text, clause.start, place)
            for place in self.place_mentions(text, clause.start, quantity.start)
        )

    def _city_as_a_whole(self, text: str, floor: int, place: Place) -> bool:
        """``place`` is the city, named as the whole of a share: right after a share verb (占全市)
        or right before one (全市占比), not before ``floor``."""
        shares = self.lexicon.forms.share_verbs
        return place.name == self.municipality and (
            text[floor : place.start].endswith(shares) or text.startswith(shares, place.end)
        )

    def _then_a_share_of_the_city(self, placing: Placing) -> bool:
        """The sentence goes on to say what share of the city the number is ("…2125家，全市占比
        35%", "…，占全市的35%"): the city named before it names a title or a tier (北京市
        “专精特新”企业), not the number's subject, as a city is no share of itself. Only right
        after the number: "…1260处，我区数量约占全市总数的十分之一" is another subject's share."""
        text, quantity, sentence = placing.text, placing.quantity, placing.sentence
        after = text[quantity.end : sentence.end]
        for place in self.place_mentions(after):
            if place.name != self.municipality:
                continue
            gap = re.sub(r"[^\u4e00-\u9fff]", "", after[: place.start])
            for share in self.lexicon.forms.share_verbs:
                gap = gap.replace(share, "")
            if len(gap) > _SHARE_GAP:
                return False  # "…1260处，我区数量约占全市总数的十分之一": another subject's share
            if self._city_as_a_whole(after, 0, place):
                return True
        return False

    def _sent_to_several(self, placing: Placing, destinations: Sequence[str]) -> str:
        """Whose a count is that went to several districts listed together (``destinations``,
        in the text's order).

        - The districts' together, under the list's name and out of every district's chart,
          when the clause counts them as one right at its start (两区共转移群众5600人).
        - The sender's when a body opens the sentence's clause that sends it: the city's
          (市消防救援总队出动消防员300人驰援门头沟、房山), the document's own district's
          (区卫健委组建医疗队30人赶赴…); so after a verb of sending, the document's subject
          (派出应急调查队42组95人驰援甲、乙、丙等区), unless it is one of the destinations.
        - Else the districts' together ("游客约260万人次前往延庆、怀柔、密云等区").

        Why: no one of the districts holds the count; without a sender it is not the city's
        either, where it would stand beside the city's own total as a second value."""
        text, sentence, clause = placing.text, placing.sentence, placing.clause
        group = GROUP_JOINER.join(dict.fromkeys(destinations))
        if self._counts_the_destinations(text, clause, len(set(destinations))):
            return group
        places = self.place_mentions(text, sentence.start, clause.end)
        first = next((place for place in places if place.name in destinations), None)
        if first is not None:
            opened = max(text.rfind(mark, sentence.start, first.start) for mark in _CLAUSE_MARKS)
            body = self._opening_body(text[max(opened + 1, sentence.start) : first.start])
            if body is not None:
                return body or placing.main
        before = text[sentence.start : placing.quantity.start]
        sent = any(verb in before for verb in self.lexicon.sending_verbs)
        if sent and placing.main not in destinations:
            return placing.main
        return group

    def _counts_the_destinations(self, text: str, clause: Span, count: int) -> bool:
        """The clause opens by counting the districts gone to as one: "两区共转移群众5600人"
        after "赶赴房山、门头沟" (``destination_count_nouns``, the count theirs). Not a count of
        other places inside the clause (京津冀三地共调派…, 一区多园)."""
        opening = text[clause.start : clause.end].lstrip()
        match = self._destination_count_re.match(opening)
        if match is None:
            return False
        try:
            return parse_chinese(match.group(1)) == count
        except ValueError:
            return False

    @functools.cached_property
    def _destination_count_re(self) -> re.Pattern[str]:
        """两区, 两地, 三个区: districts gone to, counted as one (``destination_count_nouns``)."""
        nouns = "|".join(map(re.escape, self.lexicon.destination_count_nouns))
        return re.compile(f"([{CHINESE_NUMERAL_CHARS}]+)(?:{nouns})")

    def _destinations(self, text: str, start: int, end: int) -> dict[str, None]:
        """Districts named in text[start:end] right after a word of going there
        (``destination_marks``: 前往, 赴, 驰援…), and those listed with them (赴怀柔、密云), in
        the text's order (the keys)."""
        places = self.place_mentions(text, start, end)
        found: dict[str, None] = {}
        going = False
        for index, place in enumerate(places):
            gap = text[places[index - 1].end : place.start] if index else None
            before = text[max(start, place.start - _DESTINATION_REACH) : place.start]
            going = before.endswith(self.lexicon.destination_marks) or (
                going and gap in self.lexicon.enumeration_marks
            )
            if going:
                found[place.name] = None
        return found

    def _sent_toward(self, text: str, place: Place, end: int) -> bool:
        """The place stands in a list of places right after a word of "toward"
        (``toward_marks``: 向), and a verb of sending (``sending_verbs``) follows the list in
        the clause before the number at ``end``: in "市水务局向甲、乙、丙派出六个工作组" the
        groups went to the districts and are the sender's, not the first district's.

        Why: the first district named before the count was taken as its subject."""
        cue = _last_cue_in_its_clause(text, place, self.lexicon.toward_marks)
        if cue is None:
            return False
        listed = text[cue[2] : place.start]
        named = [False] * len(listed)
        for other in self.place_mentions(listed):
            named[other.start : other.end] = [True] * (other.end - other.start)
        marks = "".join(self.lexicon.enumeration_marks)
        pairs = zip(listed, named, strict=True)
        if any(not covered and char not in marks for char, covered in pairs):
            return False  # 向某公司采购…, 面向全区…: no list of places toward which
        stop = _clause_end(text, place.end, end)
        after = text[place.end : stop]
        return any(verb in after for verb in self.lexicon.sending_verbs)

    def _ranks_districts(self, placing: Placing) -> bool:
        """A rank among places Beijing is not one of: the city's districts, unless the rank's
        own scope, the last scope word before it in its clause, is wider than the city
        (``rank_scopes_beyond_the_city``) and the sentence does not speak of the district
        itself (全区, 我区) before it. In "北京市共有92家独角兽企业，数量全国第一" Beijing holds
        the rank; in "全国重点实验室数量居全市第一", "我区…，数量居国内城区第一" and "北京市…，
        全区新设企业3200家，数量全国第一" it cannot. Where this is False, Beijing may be the
        subject a rank is given to."""
        if placing.quantity.kind != "rank":
            return False
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        before = text[clause.start : quantity.start]
        wider = max((before.rfind(w) for w in self.lexicon.rank_scopes_beyond_the_city), default=-1)
        district_scopes = (
            *self.lexicon.page_cues.get("superlative_scopes", ()),
            *self.lexicon.district_rank_scopes,
        )
        narrower = max((before.rfind(w) for w in district_scopes), default=-1)
        if wider < 0 or narrower > wider:
            return True
        sentence = text[placing.sentence.start : quantity.start]
        itself = (*self.lexicon.district_wide, *self.lexicon.self_references)
        return any(word in sentence for word in itself)

    def _site_subject(self, placing: Placing) -> str | None:
        """A registry site or town opening the clause as its subject, with no place named
        between it and the number, in a story filed under the city: its district.
        "颐和园接待游客20.5万人次" in a story on the city's holiday is 海淀's (kept as the
        site's, charted as none: ``measured_in_a_town``). Not in a district's own story (its
        people visiting another district's site), not a firm named after a site (王府井集团)
        nor a site hosting an event or standing as a landmark (首钢园承办的服贸会…, 八达岭长城
        脚下的…: ``site_not_subject_followers``), not a venue (在首钢园，…: 在 opens no
        subject), nor a member of a list of sites
        (故宫博物院、天坛公园等景区接待…: the list's total), nor the start of a stretch
        (卢沟桥至夏场段), nor a site followed by the district's own word (…全区)."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        if placing.main in self._district_names:
            return None  # a district's own story: its people at another district's site
        site = self._township_re.search(text, clause.start, quantity.start)
        if site is None and len(text[clause.start : quantity.start].strip()) <= _BARE_PREDICATE:
            # "北京城市副中心入驻首店数量激增，达37家": a clause of a verb alone goes on with the
            # subject of the clause before it, in its sentence
            opening = max(placing.sentence.start, _clause_start(text, clause.start - 1))
            clause = Span(opening, clause.end)
            site = self._township_re.search(text, clause.start, quantity.start)
        if site is None:
            return None
        item = self._later_item_start(text, site.end(), quantity.start)
        if item is not None:
            sites = list(self._township_re.finditer(text, site.start(), quantity.start))
            own = [other for other in sites if other.start() >= item]
            if own:
                site = own[-1]
            elif self._a_parallel_item(text, site.end(), item, quantity.start):
                return None  # 王府井接待120万人次、某乐园接待30万人次: the item's own subject
            else:
                site = sites[-1]  # 颐和园接待18万人次、同比增长6%: the last site's change
        name = site.group()
        if self._names_a_firm(text, site.end()) or text.startswith(
            self.lexicon.site_not_subject_followers, site.end()
        ):
            return None  # 王府井集团实现营业收入…, 首钢园承办的服贸会…: a firm, a host
        # 北京市奥林匹克森林公园接待…: the city's name before the site is part of its name
        start = site.start()
        city = longest_suffix(text[max(clause.start, start - 4) : start], self._city_prefixes)
        start -= len(city)
        opens_its_item = (
            item is not None
            and self._later_item_start(text, clause.start, site.start() + 1) == site.start()
        )
        if not opens_its_item and not self._opens_a_clause(text, Place(start, site.end(), name)):
            return None
        if text.startswith((*self.lexicon.range_words, "-", "—", "－"), site.end()):
            return None  # 卢沟桥至夏场段沿线…: a stretch from the site, not the site
        listing = (*self.lexicon.enumeration_marks, *self.lexicon.list_open_words)
        if any(
            text.startswith(listing, other.end())
            for other in self._township_re.finditer(text, clause.start, quantity.start)
        ):
            return None
        between = text[site.end() : quantity.start]
        local = (*self.lexicon.district_wide, *self.lexicon.self_references)
        if any(word in between for word in local):
            return None
        if self.place_mentions(text, site.end(), quantity.start):
            return None
        return self._township_of[name]

    def _town_referred_back(self, placing: Placing) -> str | None:
        """A clause naming no place that points back to a town or a village
        (``town_back_references``: 该村, 该镇) is of the town the text named last before it, in
        its paragraph or the one before (``_TOWN_BACK_REACH``), when the registry knows it:
        "北房镇大罗山村59岁的张立如老人告诉记者。据悉，该村的135户农户已全部完成了煤改电" in a
        city's story is 怀柔's. None otherwise.

        Why: the village's figures went to the city whose story told of it."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        before = text[clause.start : quantity.start]
        reference = next(
            (word for word in self.lexicon.town_back_references if word in before), None
        )
        if reference is None or self.place_mentions(text, clause.start, quantity.start):
            return None
        floor = max(0, clause.start - _TOWN_BACK_REACH)
        towns = list(self._township_re.finditer(text, floor, clause.start))
        if not towns or self.place_mentions(text, towns[-1].end(), clause.start):
            return None  # a place named after the town: the reference may be to it
        town = towns[-1]
        kind = reference[-1]  # 村, 镇, 乡, 道 (of 街道)
        phrase_end = _clause_end(text, town.end(), clause.start)
        last_kind = text.rfind(kind, town.start(), clause.start)
        if last_kind >= phrase_end:
            return None  # 北房镇的经验。古北口村村民…该村: the village named later, not the town's
        return self._township_of[town.group()]

    def _later_item_start(self, text: str, after: int, end: int) -> int | None:
        """Where the list item holding a number at ``end`` begins, when an item with a figure
        of its own lies between it and ``after`` (a site's name): "王府井接待120万人次、颐和园
        接待25万人次" → the start of 颐和园; None when the number is in the site's own item."""
        last = max((text.rfind(mark, after, end) for mark in self._item_marks), default=-1)
        if last < 0 or not any(ch.isdigit() for ch in text[after:last]):
            return None
        start = last + 1
        while start < end and text[start].isspace():
            start += 1
        return start

    def _a_parallel_item(self, text: str, after: int, item: int, end: int) -> bool:
        """A later list item that says what the site's item says, with a site of its own
        first: its words before the number end with the site's (王府井接待120万人次、某某
        乐园接待30万人次: both end with 接待; or both with nothing: 王府井120万人次、某某广场
        17万人次), and the words before those end as a site's name does
        (``site_name_endings``: 乐园, 广场). Not a modifier of the site's measure or a day
        (王府井客流量30万人次、高峰客流量45万人次; 5月2日接待游客9万人次, 日均3万人次: the
        site's own).

        Why: a city's holiday bulletin listing sites gave every site after the first registry
        site that site's district (乐多港假日广场 and 颐和园 after 王府井 were 东城's)."""
        first_digit = next((i for i in range(after, end) if text[i].isdigit()), end)
        said = text[after:first_digit].strip()
        words = text[item:end].strip()
        if len(words) <= len(said) or not words.endswith(said):
            return False
        subject = words[: len(words) - len(said)].strip()
        return subject.endswith(self.lexicon.site_name_endings)

    def _segment_subject(self, placing: Placing) -> str | None:
        """The stretch of a river, a road or a line named after a district (its short name and
        a ``part_in_district_words`` word: 朝阳段) opening the clause, with no place named between
        it and the number: the stretch lies in the district, and so does its figure, in the
        city's story and in another district's alike. In "亮马河源出东北护城河，朝阳段全长10.4千米"
        the 10.4 is 朝阳's (a short name that needs its 区 elsewhere: 海淀段 is read as 海淀's
        name already)."""
        if self._alias_re is None:
            return None
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        for match in self._alias_re.finditer(text, clause.start, quantity.start):
            name, _ = self._alias_owner[match.group()]
            part = self.lexicon.part_in_district_words
            segment = longest_prefix(text[match.end() : match.end() + 2], part)
            opening = Place(match.start(), match.end(), name)
            if not segment or not self._opens_a_clause(text, opening):
                continue
            if self.place_mentions(text, match.end() + len(segment), quantity.start):
                return None
            return name
        return None

    def _city_stretch(self, placing: Placing) -> str | None:
        """The city's bare name right before a word of a stretch in it or of its territory
        (``part_in_district_words``, ``territory_words``: 北京段, 北京境内) in the number's
        clause, with no place named between them and the number: the stretch of a river or a
        road within the city, whose figure is the city's. "永定河北京段总长170公里", "在北京境内
        170余公里，其中门头沟段102公里": the 170 is Beijing's, the 102 门头沟's.

        Why: in a district's story the city's stretch was the district's, beside its own."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        words = (*self.lexicon.part_in_district_words, *self.lexicon.territory_words)
        for name in self.lexicon.municipality_bare:
            at = text.find(name, clause.start, quantity.start)
            while at >= 0:
                end = at + len(name)
                word = longest_prefix(text[end : end + _AREA_WORD_REACH], words)
                if word and not self.place_mentions(text, end + len(word), quantity.start):
                    return self.municipality
                at = text.find(name, end, quantity.start)
        return None

    def _national_count(self, placing: Placing) -> str | None:
        """A national count ("全国共有…") when the clause names no place: the nation's."""
        if self._about_the_nation(placing.text, placing.clause, placing.quantity):
            return self.nation
        return None

    def _district_wide(self, placing: Placing) -> str | None:
        """ "全区为61.5%": the district in question, never Beijing or a group: the district named
        last before it in the sentence, else the paragraph's, else (in a story filed under the
        city) the district named last before it, in its paragraph or just before.

        Example: "…海淀区持续释放科技创新主体的活力。\n截至目前，全区现有国家高新技术企业9764
        家" in a forum's news naming the city more often: 海淀's 9764."""
        text, clause, sentence = placing.text, placing.clause, placing.sentence
        if not any(
            word in text[clause.start : placing.quantity.start]
            for word in self.lexicon.district_wide
        ):
            return None
        rank = self._ranks_districts(placing)
        earlier = [
            name
            for name in self._subjects(
                text, sentence.start, clause.start, rank, placing.main, parts=False
            )
            if name in self._district_names
        ]
        if earlier:
            return earlier[-1]
        subject = self._paragraph_subject(text, placing.paragraph, placing.main)
        if subject in self._district_names or not self._opens_with_district_wide(placing):
            return subject
        # A city's story (a forum's news naming its host district): 全区 is the district it
        # named last before, not the city the story is filed under.
        # Only a district that opened a clause, alone: a zone's story names districts after
        # 位于/地跨 (科技创新片区位于甲区、乙区。全区累计新设企业…), and 全区 is the zone.
        opens = placing.paragraph.start if placing.paragraph else sentence.start
        floor = max(0, opens - _DISTRICT_WIDE_REACH)
        named = [
            place.name
            for place in self.place_mentions(text, floor, clause.start)
            if place.name in self._district_names
            and self._opens_a_clause(text, place)
            and not text.startswith(self.lexicon.enumeration_marks, place.end)
        ]
        return named[-1] if named else subject

    def _opens_with_district_wide(self, placing: Placing) -> bool:
        """The clause opens with a word for the whole district (全区现有…), nothing but spaces
        before it: the district acting. Inside a clause, 区内 may be a compound's end (小区内
        将加装电梯300部: inside the estates)."""
        text, clause = placing.text, placing.clause
        opening = text[clause.start : placing.quantity.start].lstrip(" \t\u3000")
        word = next((w for w in self.lexicon.district_wide if opening.startswith(w)), "")
        # 全区域社会消费品零售总额: the whole area, not the district
        return bool(word) and not opening.startswith(
            self.lexicon.list_open_end_continuations, len(word)
        )

    def _earlier_clause(self, placing: Placing) -> str | None:
        """The subject of the clause before it in the same sentence ("昌平区最少，约19.2万人"),
        else the subject that opens the statement a semicolon joins it to: "全市共转移群众
        5.2万人；86条道路封闭" is one statement about the city, its parts set apart by
        semicolons (the splitter ends a sentence at ；). The statement's head, not its last
        part, and only when that head is the city: in "全市有9区回升…；甲区持平；有6个区下降，
        下降值介于…" the range is the city's. Not for a clause opening with a bare count of
        districts (两区共…): ``_plural_reference`` reads it."""
        text, sentence = placing.text, placing.sentence
        if (
            self._clause_count_of_districts(placing) is not None
            and self._referred_districts(placing) is not None
        ):
            return None  # "…，两区共引进企业40家": the districts named before, together
        rank = self._ranks_districts(placing)
        place = self._subject_before(
            text, sentence.start, placing.clause.start, placing.main, last=True, rank=rank
        )
        if (
            place == self.municipality
            and self._city_as_a_title(placing, sentence.start)
            and self._a_share_of_the_city(placing)
        ):
            return None  # "北京市“专精特新”企业2125家，全市占比35%": the city is the whole
        if place is not None:
            taken_over = self._taken_over_from_a_destination(placing, place)
            if taken_over is not None:
                return taken_over
            listed = (
                self._listed_districts_closed_by_count(text, sentence.start, placing.clause.start)
                or self._list_opening_the_clause_before(placing)
                if place in self._district_names
                else []
            )
            if listed and place in listed:
                # 位于通州、顺义、朝阳三区交界地带，总规划面积8.9万亩: theirs together, not 朝阳's
                return GROUP_JOINER.join(listed)
            left_open = self._open_list_closing_the_clause_before(placing, place)
            if left_open is not None:
                return left_open
            return place
        floor = placing.paragraph.start if placing.paragraph is not None else sentence.start
        start = _joined_by_semicolons(text, sentence.start, floor)
        if start == sentence.start:
            return None
        head_end = min(
            (at for mark in SEMICOLONS if (at := text.find(mark, start, sentence.start)) >= 0),
            default=sentence.start,
        )
        head = self._subject_before(text, start, head_end, placing.main, rank=rank)
        # Only a city-wide head governs the parts after it: after "甲区新建公园12处；乙区9处；"
        # an unnamed total ("共30处") is no more the first district's than the second's. So does
        # a zone's or a place's beyond the districts, when no place is named since: "中关村示范
        # 区实现总收入7212.9亿元；工业总产值2005.0亿元；…" is the zone's, all of it. (Not a
        # group's: "城六区…；十区常住人口…；近郊区…" sets groups side by side, as districts.)
        if head == self.municipality:
            return head
        if head is None or head in self._district_names or head in self._group_names:
            return None
        named_since = self._subjects(text, head_end, placing.quantity.start, rank)
        if any(word in text[head_end : placing.quantity.start] for word in self._own_words):
            return None  # …；全区一般公共预算收入增长6%；…: the district's own again
        return None if named_since else head  # (占全市约五成: a share's whole names no subject)

    def _open_list_closing_the_clause_before(self, placing: Placing, place: str) -> str | None:
        """``place`` is the last of districts listed and left open (``list_open_words``: 等) in
        the clause before the number's: "在门头沟、平谷、延庆、昌平等郊区，废弃矿山总共有800多
        个" counts the mines of all those places and more, the list's (甲、乙等), not 昌平's.
        None otherwise."""
        text, clause = placing.text, placing.clause
        previous = _clause_before(text, placing.sentence.start, clause.start)
        if previous is None:
            return None
        places = [p for p in self.place_mentions(text, *previous) if p.name in self._listable_names]
        if len(places) < 2 or places[-1].name != place:
            return None
        opening = longest_prefix(text[places[-1].end : previous[1]], self._open_list_words)
        if not opening:
            return None
        first = len(places) - 1
        while first > 0 and text[places[first - 1].end : places[first].start] in (
            self.lexicon.enumeration_marks
        ):
            first -= 1
        listed = list(dict.fromkeys(p.name for p in places[first:]))
        return GROUP_JOINER.join(listed) + opening if len(listed) >= 2 else None

    def _list_opening_the_clause_before(self, placing: Placing) -> list[str]:
        """The districts listed as the subject of the clause right before the number's, when
        the number's own clause names no place: "延庆、怀柔、密云局地出现特大暴雨，最大降水量超
        315毫米" gives the three districts' maximum (``subject_standings``: 最大), not the last
        one's; so are an amount that adds up and a share, as when the list is the number's own
        clause's subject (``_an_amount_of_the_list``, ``_a_share_of_the_list``). Not with a word
        of each (均, 各, 分别: ``_shared_value`` and ``_respectively`` read those), nor for a
        measure each of them has (``list_each_measure_words``: 平均, 人均), a rate or a bound.

        Why: the last district of the list took the figure alone."""
        text, clause = placing.text, placing.clause
        previous = _clause_before(text, placing.sentence.start, clause.start)
        if previous is None or self.place_mentions(text, clause.start, placing.quantity.start):
            return []
        opening = self._list_opening(text, *previous)
        if opening is None:
            return []
        places, _ = opening
        list_end = places[-1].end
        said = text[list_end : placing.quantity.start]
        if any(word in said for word in self.lexicon.list_each_measure_words):
            return []  # 甲、乙、丙位列月平均收费榜首，约为8000元: each one's average
        extreme = any(word in said for word in self.lexicon.subject_standings)
        if not (
            (extreme and self._the_lists_one_figure(placing, list_end))
            or self._an_amount_of_the_list(placing, list_end)
            or self._a_share_of_the_list(placing, list_end, said)
        ):
            return []  # 甲、乙生态优势突出，森林覆盖率超过70%: each one's, as in one clause
        return self._listed_districts(text, places[0].start, list_end)

    def _one_of_them_acts_again(self, text: str, heading: str, listed: list[str]) -> bool:
        """Below the headline, one of the listed districts opens clauses as their subject twice
        or more: the story goes on about that one (怀柔区委书记表示，怀柔区将…)."""
        last_line = heading.strip().splitlines()[-1] if heading.strip() else ""
        at = text.find(last_line) if last_line else -1
        body = at + len(last_line) if at >= 0 else 0
        acting = Counter(
            place.name
            for place in self.place_mentions(text, body)
            if place.name in listed and self._opens_a_clause(text, place)
        )
        return any(times >= 2 for times in acting.values())

    def _headline_list_closed_by_count(self, heading: str) -> list[str]:
        """The districts a headline lists and closes with their count (甲、乙和丙3个区…), when
        the list opens its clause as the subject; [] otherwise."""
        places = self.place_mentions(heading)
        for place in places:
            count = self._group_count_re.match(heading, place.end)
            if place.name not in self._district_names or count is None:
                continue
            written = count.group()
            number = int(written[0]) if written[0].isdigit() else _count_in_words(written)
            listed = self._listed_districts_closed_by_count(heading, 0, place.end + 1)
            if not listed or number != len(listed):
                continue  # 西城区与东城、朝阳2区签署…: the count is of the partners only
            first = next(p for p in places if p.name == listed[0])
            if self._opens_a_clause(heading, first):
                return listed
        return []

    def _listed_districts_closed_by_count(self, text: str, start: int, end: int) -> list[str]:
        """The districts of the list text[start:end] ends with, when the list is closed by
        their count (通州、顺义、朝阳三区), else []: the clauses before speak of them together,
        so a number after them is theirs together, as with ``_spanned_districts``.

        Why: "东郊森林公园位于通州、顺义、朝阳三区交界地带，…，总规划面积8.9万亩" gave the
        park's area to 朝阳, the district listed last."""
        districts = [
            place
            for place in self.place_mentions(text, start, end)
            if place.name in self._district_names
        ]
        if not districts or self._group_count_re.match(text, districts[-1].end) is None:
            return []  # not closed by their count (三区, 3个区)
        marks = self.lexicon.enumeration_marks
        listed = [districts[-1]]
        for place in reversed(districts[:-1]):
            if text[place.end : listed[0].start] not in marks:
                break
            listed.insert(0, place)
        names = list(dict.fromkeys(place.name for place in listed))
        return names if len(names) >= 2 else []

    def _plural_reference(self, placing: Placing) -> str | None:
        """The group of ``_referred_districts``: "这4个项目总长约402公里" after four districts'
        projects is the four districts' figure together."""
        named = self._referred_districts(placing)
        return GROUP_JOINER.join(named) if named else None

    def _referred_districts(self, placing: Placing) -> list[str] | None:
        """The districts a sentence refers back to when it opens by referring to as many
        things as the sentence before it names districts ("…批复甲区、乙区、丙区、丁区的步道
        项目。这4个项目…"), or to the districts themselves ("这些区", "上述三个区"): its
        figures are those districts' together (a group), or each one's with 均 (see
        ``_shared_value``), not the last-named district's nor the document's. Two of the
        districts must be subjects (not bases nor neighbours), a count must be of all the
        districts named, and a reference to a time (这两个月, 这些年) refers to none. A bare
        count of districts opening a later clause (…，两区共引进企业40家) refers to the districts
        named before it in its sentence.
        """
        text, sentence, quantity = placing.text, placing.sentence, placing.quantity
        found = self._reference_opening(text, sentence.start, quantity.start)
        if found is not None:
            start, reference = found
            previous, until = self._sentence_before(text, sentence.start), sentence.start
            if previous is None:
                return None
        else:
            # "甲区联合乙区开展招商，两区共引进企业40家": a bare count of districts opening a
            # later clause refers to the districts the sentence named before it
            counted = self._clause_count_of_districts(placing)
            if counted is not None:
                start, reference = counted
                previous, until = sentence.start, start
            else:
                # "甲、乙两区出现强对流天气。此次冰雹共造成两区16个乡镇受灾": inside a sentence
                # naming no place, the districts the sentence before named
                counted = self._count_of_districts_inside(text, sentence.start, quantity.start)
                if counted is None:
                    return None
                start, reference = counted
                previous, until = self._sentence_before(text, sentence.start), sentence.start
                if previous is None:
                    return None
        named = list(
            dict.fromkeys(
                place.name
                for place in self.place_mentions(text, previous, until)
                if place.name in self._district_names
            )
        )
        subjects = {
            name
            for name in self._subjects(text, previous, until, rank=False, partners=True)
            if name in self._district_names
        }
        if len(subjects) < 2:
            return None  # 门头沟区东邻石景山区…: one district and its neighbours
        count, names_districts = reference
        if len(named) < 2 or not ((names_districts and not count) or count == len(named)):
            return None
        between = text[start : quantity.start]
        if self.place_mentions(text, start, quantity.start, districts_only=True) or any(
            cue in between for cue in self.lexicon.respectively_cues
        ):
            # "这3个区中，增速最快的是海淀区，达到8%": the place named decides; 分别: one each
            return None
        return named

    def _count_of_districts_inside(
        self, text: str, start: int, end: int
    ) -> tuple[int, tuple[int, bool]] | None:
        """(where, the count) of a bare count of districts (两区) inside text[start:end], when
        that stretch names no place: "此次冰雹灾害共造成两区16个乡镇…受灾", after a sentence
        naming the two. None otherwise."""
        if self.place_mentions(text, start, end):
            return None
        for at in range(start, end):
            if text[at].isdigit() or text[at] in CHINESE_NUMERAL_CHARS:
                counted = self._bare_count_of_districts(text, at)
                if counted is not None:
                    return at, counted
        return None

    def _sentence_before(self, text: str, start: int, floor: int = 0) -> int | None:
        """Where the sentence before the one starting at ``start`` starts, not before
        ``floor`` and within a paragraph's reach; None when nothing stands before it."""
        floor = max(floor, start - MAX_PARAGRAPH)
        before = text[floor:start].rstrip()
        if not before:
            return None
        ends = [m.end() for m in _SENTENCE_END.finditer(before[:-1])]
        return floor + (ends[-1] if ends else 0)

    def _reference_opening(
        self, text: str, start: int, end: int
    ) -> tuple[int, tuple[int, bool]] | None:
        """Where a reference back to several things opens the sentence at ``start`` (see
        ``_plural_reference_at``), and what it refers to: at its start, or after clauses
        that name no place and hold no number (据统计，这两个区…; 截至目前，上述两区…)."""
        position = start
        while position < end:
            while position < end and text[position].isspace():
                position += 1
            reference = self._plural_reference_at(text, position)
            if reference is not None:
                return position, reference
            clause_end = min(
                (at for mark in _CLAUSE_SPLIT_MARKS if (at := text.find(mark, position, end)) >= 0),
                default=end,
            )
            if clause_end >= end or _NUMBER_RE.search(text, position, clause_end):
                return None
            if self.place_mentions(text, position, clause_end):
                return None
            position = clause_end + 1
        return None

    def _plural_reference_at(self, text: str, start: int) -> tuple[int, bool] | None:
        """(the count, whether it names districts) of a reference back to several things
        opening text[start:]: a demonstrative (``plural_demonstratives``) with a count of two
        or more and its classifier (这4个项目, 上述三个区; not 这一段, 这两个月), or a plural
        (``plural_references``) before a district word (这些区); None otherwise."""
        head = text[start : start + 12]
        plural = longest_prefix(head, self.lexicon.plural_references)
        if plural:
            return (0, True) if self._names_districts(head[len(plural) :]) else None
        word = longest_prefix(head, self.lexicon.plural_demonstratives)
        if not word:
            return self._bare_count_of_districts(text, start)
        count = self._plural_count_re.match(text, start + len(word))
        if count is None:
            return None
        number = _count_of(count)
        if count.group("district"):  # 上述两区: the districts themselves
            return (number, True) if number is not None and number >= 2 else None
        following = text[count.end() : count.end() + 3]
        if following.startswith(self._township_words):
            return None  # 这两个街道: streets of the districts named, not the districts
        # 这两个多月: a time, "more than" before its unit
        more = longest_prefix(following, self.lexicon.forms.more_marks)
        timed = following[len(more) :]
        if number is None or number < 2 or timed.startswith(self._time_nouns):
            return None
        return number, self._names_districts(following)

    def _clause_count_of_districts(self, placing: Placing) -> tuple[int, tuple[int, bool]] | None:
        """(where its clause starts, the count) when a bare count of districts opens the
        number's clause after the first of its sentence (…，两区共引进企业40家); else None."""
        start = _clause_start(placing.text, placing.quantity.start)
        if start <= placing.sentence.start:
            return None
        counted = self._bare_count_of_districts(placing.text, start)
        return None if counted is None else (start, counted)

    def _bare_count_of_districts(self, text: str, start: int) -> tuple[int, bool] | None:
        """A count of districts with no demonstrative opening the clause ("未来，两区将获得中央
        财政20亿元"): the districts the sentence before names, as 上述两区 would be. Not in
        quotes: “两区”建设 is a policy's name."""
        count = self._plural_count_re.match(text, start)
        if count is None or not count.group("district"):
            return None
        if text[start - 1 : start] in _OPENING_QUOTES or text[count.end() : count.end() + 1] in (
            _CLOSING_QUOTES
        ):
            return None
        number = _count_of(count)
        return (number, True) if number is not None and number >= 2 else None

    def _names_districts(self, following: str) -> bool:
        """Whether a district word opens ``following`` (这些区, 这两个区), not a longer word
        (区域, 区属, 区级: ``list_open_end_continuations``)."""
        suffix = longest_prefix(following, self.lexicon.district_suffixes)
        return bool(suffix) and not following[len(suffix) :].startswith(
            self.lexicon.list_open_end_continuations
        )

    def _paragraph_opener(self, placing: Placing) -> str | None:
        """The district that opens the paragraph ("通州区…。…全区新建公园8处。")."""
        return self._paragraph_opener_of(placing.text, placing.paragraph, placing.main)

    def _region_opening_the_paragraph(self, placing: Placing) -> str | None:
        """A place beyond Beijing (``outside_places``) opening a paragraph as its subject, its
        first clause naming no other place: "河北雄安新区拔节生长。截至2024年底,…央企在雄安
        新区设立各类机构超300家" and "天津滨海新区发展量质齐升。…新设机构551家" go on about
        that region, not about the document's district. A province's bare name before the
        place (河北雄安新区) is part of its name. Not when the first sentence names another
        place too (天津市考察团一行,来到通州区考察; 廊坊市,与大兴区共建…: the district's story).

        Why: only a district opening a paragraph was carried to its numbers, so a story of the
        capital region gave the figures of 雄安 and 滨海 to the district it began with."""
        paragraph = placing.paragraph
        if paragraph is None:
            return None
        text = placing.text
        answers = self._answers(text)
        question = ("region_paragraph", paragraph.start, paragraph.end)
        if question not in answers:
            answers[question] = self._region_opening(text, paragraph)
        return answers[question]  # type: ignore[return-value]

    def _region_opening(self, text: str, paragraph: Span) -> str | None:
        """``_region_opening_the_paragraph``, worked out once per paragraph."""
        start = paragraph.start
        while start < paragraph.end and text[start] in " \t\u3000":
            start += 1
        end = _first_clause_end(text, start, paragraph.end)
        places = self.place_mentions(text, start, end)
        if len(places) != 1 or places[0].name not in self._outside_names:
            return None
        before = text[start : places[0].start]
        if before and before not in self.lexicon.other_regions:
            return None  # 与河北…, 首批向雄安新区疏解…: the region is no subject
        stop = _SENTENCE_END.search(text, end, paragraph.end)
        sentence_end = stop.end() if stop else paragraph.end
        if any(
            place.name not in (places[0].name, self.municipality)
            for place in self.place_mentions(text, start, sentence_end)
        ):
            return None  # 天津市考察团一行,来到通州区考察。: the visit is the district's story
        return places[0].name

    def _district_paragraph_of_a_city_story(self, placing: Placing) -> str | None:
        """In a story about Beijing, a paragraph whose first sentence names one district and
        no other place goes on about that district: "在房山区，强降雨导致部分道路积水。该区
        最大降雨量达350毫米" and "这座公园位于大兴区，…。公园占地面积约200公顷" are the
        district's figures, not the city's. A group opening the paragraph
        (首都功能核心区（东城、西城）为…。据统计，该区共发生火灾286起) is carried to a clause
        opening with 该区 only."""
        paragraph = placing.paragraph
        if placing.main != self.municipality or paragraph is None:
            return None
        text = placing.text
        answers = self._answers(text)
        question = ("district_paragraph", paragraph.start, paragraph.end)
        if question not in answers:
            stop = _SENTENCE_END.search(text, paragraph.start, paragraph.end)
            end = stop.end() if stop else paragraph.end
            first = self._without_members_in_brackets(
                text, self.place_mentions(text, paragraph.start, end)
            )
            names = {place.name for place in first}
            subject = len(names) == 1 and (
                first[0].name in self._district_names or first[0].name in self._group_names
            )
            answers[question] = (
                first[0].name if subject and self._frames_the_paragraph(text, first[0]) else None
            )
        found = answers[question]
        if found in self._group_names and not self._local_clause_since(
            text, placing.sentence.start - 1, placing.quantity.start
        ):
            # a group is carried only to a clause that says 该区: other clauses of its
            # paragraph name areas of their own the registry does not know (近郊区, 核心区)
            return None
        return found  # type: ignore[return-value]

    def _examples_across_districts(self, placing: Placing) -> str | None:
        """A count right after 等 closing a list of examples whose items lie in two or more
        districts, joined by enumeration marks (海淀某园二期、丰台某公园、石景山某公园等31处城市
        公园): all of them together, the city's, no one district's. (A list of districts
        themselves is ``_listed_total``'s.)

        Why: the count went to the district the clause seemed to open with."""
        text, quantity, clause = placing.text, placing.quantity, placing.clause
        before = text[clause.start : quantity.start].rstrip()
        if not before or before[-1] not in self._open_marks:
            return None
        places = [
            place
            for place in self.place_mentions(text, clause.start, quantity.start)
            if place.name in self._district_names
        ]
        if len({place.name for place in places}) < 2:
            return None
        marks = self.lexicon.enumeration_marks
        joined = all(
            any(mark in text[first.end : second.start] for mark in marks)
            for first, second in itertools.pairwise(places)
        )
        return self.municipality if joined else None

    def _count_of_districts(self, placing: Placing) -> str | None:
        """A count of districts (有13个区地下水位回升, 在全市16个区中有3个区…) is the city's,
        whatever district the document is: how many of Beijing's districts did something."""
        text, quantity = placing.text, placing.quantity
        counted = self.lexicon.generic_count_unit
        if quantity.unit != counted or not text.endswith(counted, 0, quantity.end):
            return None  # districts are counted in 个: 271项区政府折子工程 counts projects
        if not counts_a_district_noun(text[quantity.end : quantity.end + 3], self.lexicon):
            return None
        return self.municipality

    def _district_beside_an_outside_place(self, placing: Placing) -> str | None:
        """A clause naming a place beyond Beijing and then one of its districts before the
        number is the district's figure: the outside place is where people or firms came from
        or a partner ("香河县企业在通州区投资建设项目8个", "天津市武清区与通州区合作项目10个").
        None when the clause names no outside place, or no district after it."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        places = self.place_mentions(text, clause.start, quantity.start)
        outside = [i for i, place in enumerate(places) if place.name in self._outside_names]
        if not outside:
            return None
        after = [p for p in places[outside[0] + 1 :] if p.name in self._district_names]
        return after[-1].name if after else None

    def _without_members_in_brackets(self, text: str, places: list[Place]) -> list[Place]:
        """``places`` less the districts a bracket right after a group names as its members
        (首都功能核心区（东城、西城）为…: one subject, the group, not three places)."""
        if not places or places[0].name not in self._group_names:
            return places
        group = places[0]
        note = BRACKETED_NOTE_RE.match(text, group.end)
        if note is None:
            return places
        return [place for place in places if not note.start() < place.start < note.end()]

    def _frames_the_paragraph(self, text: str, place: Place) -> bool:
        """The district opens a clause as its subject (房山区遭遇强降雨，…), or is where the
        paragraph's clause says things are (在房山区，…; 这座公园位于大兴区，…): not a venue or a
        comparison in passing (在房山区召开的会议上, 与海淀区一样, 在海淀区调研时)."""
        if self._opens_a_clause(text, place):
            return True
        closes = text[place.end : place.end + 1] in _COMMAS
        return closes and self._after_a_located_in_mark(text, place.start)

    def _lies_in(self, text: str, place: Place) -> bool:
        """Something is said to lie in ``place`` (公园位于大兴区, 落户大兴区的企业); not a
        clause's frame, 在 and the place before a comma ("在甲区，各平原区援建项目70个"): what
        happens there, in a story that may be another's."""
        if not self._after_a_located_in_mark(text, place.start):
            return False
        framed = text[place.end : place.end + 1] in _COMMAS
        leads = tuple(self.lexicon.chart_scope.get("scope_leads", ()))
        return not (framed and text.endswith(leads, 0, place.start))

    def _after_a_located_in_mark(self, text: str, at: int) -> bool:
        """A word of where something lies (在, 位于, 坐落于: ``located_in_marks``) ends at
        ``at``, right before a place's name."""
        return text.endswith(self.lexicon.located_in_marks, 0, at)

    def _section_heading(self, placing: Placing) -> str | None:
        """The district the heading of its section names ("（三）顺义区" over its paragraphs)."""
        paragraph = placing.paragraph
        if paragraph is None:
            return None
        return self._section_heading_of(placing.text, paragraph)

    def _main_district(self, placing: Placing) -> str:
        """Nothing nearer names a place: the document's main district, as a district's
        bulletin is about itself ("全年新增绿地…" in 延庆区's report is 延庆's)."""
        return placing.main

    def _previous_sentence_subject(self, placing: Placing) -> str | None:
        """In a document about a combined area (a district and its development zone, see
        facts/areas.py), a sentence that names no place goes on about the district the sentence
        before it opens with: "…。甲区引进企业…增至50家。研发中心增至9个。" (the 9 is 甲区's,
        not the combined area's). In a district's own document the paragraph's subject decides.
        A sentence opening with an open list of districts (甲、乙、丙等区…) opens with no one
        district: the next sentence's figure is the city's. So does a breakdown by district
        (从起火地区看，朝阳区6起，海淀区3起…。从起火状态看，行驶中起火12起: the city's 12), and
        a sentence opening with a breakdown's head goes on about no place before it
        (``breakdown_head_openers``: "…海淀园总收入最高…；从企业领域看，电子与信息企业…").
        """
        text, sentence, main = placing.text, placing.sentence, placing.main
        if main in self._district_names or main in self._group_names or placing.paragraph is None:
            return None
        if self._breakdown_head_re.match(text, sentence.start):
            return None  # …海淀园总收入最高…；从企业领域看，…: a breakdown of its own
        start = self._sentence_before(text, sentence.start, placing.paragraph.start)
        if start is None:
            return None
        opening = {
            place.name
            for place in self.place_mentions(text, start, sentence.start)
            if place.name in self._district_names
            and self._opens_a_clause(text, place)
            and _holds_a_digit(text[place.end : _clause_end(text, place.end, sentence.start)])
        }
        if len(opening) >= 2:
            return None  # a breakdown by district, each with its figure: no one of them goes on
        for place in self.place_mentions(text, start, sentence.start):
            if (
                place.name == self.municipality
                and main in self.areas.area_names
                and self._opens_a_clause(text, place)
                # 北京市涌现出…, not 北京市级重点项目 nor 北京市“专精特新”企业: the city acting
                and self._a_verb_opens(text[place.end : place.end + _VERB_REACH])
            ):
                # an area's story: "2018年以来，北京市涌现出…。获批上市的创新医疗器械50个" goes
                # on about the city, not the zone
                return place.name
            if place.name in self._district_names and self._opens_a_clause(text, place):
                if text.startswith(self.lexicon.enumeration_marks, place.end) and any(
                    end in text[place.end : sentence.start] for end in self.lexicon.list_open_ends
                ):
                    return None  # 甲、乙、丙等区多条路段…。14处地质灾害中…: an open list
                if self._locates_a_station(text, place.end, sentence.start):
                    return None  # 昌平区王家园水库降雨745毫米。…3个点位…: the station's reading
                return place.name
            break
        return None

    def _locates_a_station(self, text: str, end: int, limit: int) -> bool:
        """The district's name right before the name of a station or a reservoir where a
        reading was taken (``reading_station_endings``: 昌平区王家园水库, 门头沟区某水文站): the
        district says where the station lies, and is no subject the next sentence goes on
        about ("地质灾害监测数据记录了更高极值，700毫米以上的有51个点位" is the city's).

        Why: a city's flood briefing gave its counts of rain-gauge points to the district of the
        record reading named the sentence before."""
        following = text[end : min(limit, end + _STATION_NAME_REACH)]
        name = _HAN_RUN_RE.match(following)
        if name is None:
            return False
        run = name.group()
        # the station's name ends right before what was read there (王家园水库降雨…): not a
        # post or a hub named so (养老驿站15个, 丰台站改造工程, 充电站120座)
        readings = self.lexicon.outside_extreme_readings
        for ending in self.lexicon.reading_station_endings:
            at = run.find(ending)
            while at > 0:
                if text.startswith(readings, end + at + len(ending)):
                    return True
                at = run.find(ending, at + 1)
        return False

    def _paragraph_subject(self, text: str, paragraph: Span | None, main: str) -> str:
        """The district a paragraph opens with, else the one its section's heading names, else
        ``main``."""
        if paragraph is None:
            return main
        opener = self._paragraph_opener_of(text, paragraph, main)
        if opener is not None:
            return opener
        return self._section_heading_of(text, paragraph) or main

    def _paragraph_opener_of(self, text: str, paragraph: Span | None, main: str) -> str | None:
        """The district a paragraph opens with, as its subject ("延庆区…"), else None.
        Beijing and groups opening a paragraph are not carried into its other sentences: a
        district's bulletin compares with the city in one sentence and goes on about itself.

        The same for every number of the paragraph: worked out once (``_answers``)."""
        if paragraph is None:
            return None
        answers = self._answers(text)
        question = ("paragraph_opener", paragraph.start, paragraph.end, main)
        if question not in answers:
            answers[question] = self._paragraph_opener_worked_out(text, paragraph, main)
        return answers[question]  # type: ignore[return-value]

    def _answers(self, text: str) -> dict[tuple[object, ...], object]:
        """Answers already worked out on ``text``, by question: the numbers of one clause or
        paragraph ask the same questions of it (its subject), and each is answered once per
        text. Kept for the last text only; the pair is replaced as one, so a reader on
        another text never sees this text's answers."""
        memo = self._memo
        if memo[0] is not text:
            memo = (text, {})
            self._memo = memo
        return memo[1]

    def _paragraph_opener_worked_out(self, text: str, paragraph: Span, main: str) -> str | None:
        """``_paragraph_opener_of``, worked out. A first clause that is only a date (29日，…,
        7月31日，…) opens no subject: the clause after it does ("29日，北京市房山区…启动"). A
        paragraph opening with 此次/本次 and no district goes on about the event the paragraph
        before opened with ("12月30日晚，甲区消防救援支队…夜查。" then "此次夜查共检查…")."""
        start = paragraph.start
        end = _first_clause_end(text, start, paragraph.end)
        if end < paragraph.end and self._only_a_date(text[start:end]):
            start = end + 1
            end = _first_clause_end(text, start, paragraph.end)
        opening = Span(start, paragraph.end)
        found = self._opener_in(text, opening, end, main)
        if found is None and text.startswith(self.lexicon.anaphoric_leads, start):
            stop = _SENTENCE_END.search(text, start, paragraph.end)
            for place in self.place_mentions(text, end, stop.end() if stop else paragraph.end):
                if place.name in self._district_names and self._opens_a_clause(text, place):
                    return place.name  # 本次检查中，海淀区共检查…: its own district
            # "此次夜查共检查单位78家": the event the paragraph before opened with its district
            before = text[: paragraph.start].rstrip("\n")
            if before:
                previous = Span(before.rfind("\n") + 1, len(before))
                return self._paragraph_opener_of(text, previous, main)
        return found

    def _opener_in(self, text: str, paragraph: Span, end: int, main: str) -> str | None:
        """The district opening ``paragraph`` whose first clause ends at ``end``, if any."""
        if self._refers_to_itself(text, paragraph.start, end, main):
            return main  # "海淀区、昌平区与我区共建…": about the document's district too
        for place in self.place_mentions(text, paragraph.start, end):
            if place.name not in self._district_names or self._is_a_base(
                text, paragraph.start, place
            ):
                continue
            if text[place.end : place.end + 1] in self.lexicon.enumeration_marks:
                return None  # "海淀区、朝阳区等6个区…": a list of districts, no one subject
            if self._opens_a_clause(text, place):
                return place.name
            break  # named in passing: the paragraph does not say whom it is about
        return None

    def _only_a_date(self, clause: str) -> bool:
        """Digits and the words of a date alone (29日, 2023年7月31日, 3月5日晚, 自12月28日
        以来): no place, no subject."""
        words = (
            *self.lexicon.date_clause_words,
            *self.lexicon.date_units,
            *self.lexicon.year_words,
        )
        rest = clause.strip(" \t\u3000")
        for word in words:
            rest = rest.replace(word, "")
        return bool(clause.strip()) and rest.isdigit()

    def _section_heading_of(self, text: str, paragraph: Span) -> str | None:
        """The district named by the heading of the section a paragraph stands in
        ("（三）顺义区" over the paragraphs about 顺义), else None. The nearest heading
        decides: one naming no district, or several, starts a section of the document's own."""
        end = paragraph.start
        floor = max(0, paragraph.start - _SECTION_REACH)
        # an item of a list ("丁广场绿地 6000平方米", a short line and no sentence) stands under
        # the items before it: a short line with a figure is one of them, no heading
        own = text[paragraph.start : paragraph.end].strip()
        an_item = len(own) <= _MAX_HEADING and not _SENTENCE_END.search(own)
        while end > floor:
            line_end = text.rfind("\n", floor, end)
            if line_end < 0:
                break
            line_start = text.rfind("\n", floor, line_end) + 1
            end = line_start
            line = text[line_start:line_end].strip()
            if not line or len(line) > _MAX_HEADING or _SENTENCE_END.search(line):
                continue
            if _TABLE_ROW.search(line):
                continue  # "顺义区\t12.4\t6.1": a row of a table, not a heading
            if is_photo_caption(line, self.lexicon):
                continue  # 游客在某区某村游玩(某某/摄): a photo's caption, no section's heading
            named = {
                place.name
                for place in self.place_mentions(text, line_start, line_end)
                if place.name in self._district_names
            }
            if not named and an_item and _holds_a_digit(self._heading_digits_re.sub("", line)):
                continue  # "丙观绿地 8000平方米" above "丁广场绿地 6000平方米": the list's
            if not named and _labelled_field(line):
                continue  # "关键词:疏解、拆违" under "东城": a field of the section, no heading
            if not named and line.endswith(_ITEM_LINE_ENDS):
                continue  # "今年要完成搬迁;" over "要拆除…;": an item, the heading is above
            return named.pop() if len(named) == 1 else None
        return None

    def districts_of(self, placing: Placing) -> list[str]:
        """Every place a fact is about: one (district_of), or each of the districts that
        share the value ("通州区和大兴区PM2.5年均浓度均为31微克/立方米": a fact for each)."""
        listening = _LISTENING.get()
        if listening is not None:
            listening.append(self.district_decision(placing))
        if self._count_of_districts(placing) is not None:
            # 通州、顺义等5个区县完成…: how many districts, the city's; no total of the list
            return [self.district_of(placing)]
        shared = self._top_listed(placing) or self._shared_value(placing)
        if shared:
            return shared
        total = self._listed_total(placing) or self._spanned_districts(placing)
        if total is not None:
            return [total]
        return [self.district_of(placing)]

    def _spanned_districts(self, placing: Placing) -> str | None:
        """ "项目涉及怀柔区、延庆区、房山区、门头沟区，覆盖86个村": after a verb of what a project
        spans (``span_verbs``), districts listed (joined by enumeration marks only) and then,
        in the same sentence, the number: the districts' figure together (a group), not the
        first district's nor the document's. Not a list left open (涉及甲区、乙区等7个区, 包括
        甲区、乙区在内的8个区: more districts than named), nor one left out (不包括甲区、乙区), nor
        one in a bracket; not when a subject acts before the verb (我区支持甲区、乙区企业…) or a
        place, 我区 or 全区 stands between the list and the number (its own figure), nor with
        分别, 各 or 每 (each one's figure)."""
        text, sentence, quantity = placing.text, placing.sentence, placing.quantity
        places = [
            place
            for place in self.place_mentions(text, sentence.start, quantity.start)
            if place.name in self._district_names
        ]
        if len(places) < 2:
            return None
        first = len(places) - 1
        while first > 0 and text[places[first - 1].end : places[first].start] in (
            self.lexicon.enumeration_marks
        ):
            first -= 1
        listed = places[first:]
        if len(listed) < 2:
            return None
        # the verb, perhaps with 了/到 and a colon after it (覆盖了…, 包括：…)
        verb_match = self._span_verb_re.search(
            text, max(sentence.start, listed[0].start - _SPAN_VERB_REACH), listed[0].start
        )
        if verb_match is not None:
            verb_start = verb_match.start()
        elif self._counted_in_the_list(placing, listed):
            verb_start = listed[0].start
        else:
            return None
        clause_start = statement_start(text, verb_start, _CLAUSE_SPLIT_MARKS)
        lead = text[clause_start:verb_start]
        named_before = [
            place
            for place in self.place_mentions(text, clause_start, verb_start)
            if place.name in self._district_names
        ]
        if (
            lead.endswith(self.lexicon.span_negations)
            or any(mark in lead for mark in "（(")
            or named_before
            or any(word in lead for word in self.lexicon.self_references)
        ):
            # 不包括…, a bracket's note, or a district acting (我区支持…, 甲区支持乙区、丙区…);
            # a group or the city before the verb (生态涵养区包括…, 全市…覆盖…) is no actor
            return None
        after = text[listed[-1].end : quantity.start]
        own = (*self.lexicon.self_references, *self.lexicon.district_wide)
        if (
            after.startswith(self._open_list_words)
            or self._each_of_them(after)
            or self._subjects(text, listed[-1].end, quantity.start, rank=False)
            or any(word in after for word in own)
            or any(cue in after for cue in self.lexicon.respectively_cues)
        ):
            return None
        return GROUP_JOINER.join(dict.fromkeys(place.name for place in listed))

    def _counted_in_the_list(self, placing: Placing, listed: list[Place]) -> bool:
        """Districts listed as the object of any verb, and right after them (or after 地区,
        境内: ``place_area_words``) an amount that adds up, the one figure of the clause:
        "共恢复甲、乙和丙地区96个村庄供电" counts the villages of the three together, not the
        first district's. A span verb (覆盖, 涉及) needs no such closeness
        (``_spanned_districts``); a subject list is ``_listed_total``'s. Not after a word of
        a force sent to help (``aid_destination_marks``: 支援甲、乙500人 are the sender's;
        游客赴甲、乙120万人次 are the places' visitors).

        Why: the first district of the list took the villages of all three."""
        text, quantity = placing.text, placing.quantity
        if quantity.kind not in _ADDING_KINDS or quantity.qualifier not in ("exact", "approx"):
            return False
        between = text[listed[-1].end : quantity.start]
        if between and between not in self.lexicon.place_area_words:
            return False
        clause_start = statement_start(text, listed[0].start, _CLAUSE_SPLIT_MARKS)
        lead = text[max(clause_start, listed[0].start - _VERB_REACH) : listed[0].start]
        tags = pos_tags(lead)
        if not tags or not tags[-1][1].startswith("v"):
            return False  # the list opens its clause: its subject, not a verb's object
        if lead.endswith(self.lexicon.aid_destination_marks):
            return False  # 支援门头沟、房山500人: those sent there, the sender's figure
        return self._the_lists_one_figure(placing, listed[-1].end)

    def _each_of_them(self, after: str) -> bool:
        """Whether the words right after a list of districts give each one's figure: 各 before
        a verb (各建设1个示范区; not 各类学校, 各级财政) or 每个区/每区 (not 每年, 每天). For
        a figure in the list's own clause ``_shared_value`` reads 各 first; this holds for the
        clauses after it too ("各建设1个示范区，每个区补助500万元": not the group's total)."""
        if self._each_district_re.match(after):
            return True
        rest = after.lstrip("，,")
        word = longest_prefix(rest, self.lexicon.distributive_words)
        if not word:
            return False
        return self._a_verb_opens(rest[len(word) :])

    def _a_verb_opens(self, words: str) -> bool:
        """A verb opens ``words``: the tagger's, or an act counted (``counted_actions``: 转移,
        安置), which the tagger may read as the start of a measure's name (转移群众人数, a noun
        of the catalog), or a verb of a plan's works (``planned_work_verbs``: 新建, which the
        tagger may read as a place's name)."""
        if words.startswith((*self.lexicon.counted_actions, *self.lexicon.planned_work_verbs)):
            return True
        tags = pos_tags(words[:_VERB_REACH])
        return bool(tags) and tags[0][1].startswith("v")

    def _top_listed(self, placing: Placing) -> list[str]:
        """ "法人单位数量位居前三位的区是：朝阳区21.1万个…；海淀区14.3万个…；通州区…": the rank
        (at most N) is each listed district's, not the city's, nor the first district's alone.
        The list starts right after its head (``top_list_head``); each item is a district's
        name alone (not 东城区东华门街道), joined to the one before by a mark or after the
        previous item's figures; an item after 和/及 is the last ("前三的区为海淀区和朝阳区，
        丰台区位列第五": 丰台 is not listed); at most N items."""
        text, quantity = placing.text, placing.quantity
        if quantity.kind != "rank" or quantity.qualifier != "at_most":
            return []
        head = self._top_list_head_re.match(text, quantity.end)
        if head is None or not lists_districts(
            text, head, int(quantity.value), self.lexicon, self._alias_re
        ):
            return []
        limit = placing.paragraph.end if placing.paragraph is not None else len(text)
        stop = min(
            (at for mark in FULL_STOPS if (at := text.find(mark, head.end(), limit)) >= 0),
            default=limit,
        )
        items: list[Place] = []
        last_item = False
        for place in self.place_mentions(text, head.end(), stop, districts_only=True):
            if place.name not in self._district_names:
                break
            if not ends_a_list_item(text, place.end, self.lexicon):
                break
            if items and bracket_open_at(text, items[-1].end, place.start):
                continue  # 大兴(含亦庄,下同): a note on the item before, no item of its own
            if items:
                gap = BRACKETED_NOTE_RE.sub("", text[items[-1].end : place.start])
                if last_item or not (
                    gap in (*self.lexicon.enumeration_marks, "，", ",", "；", ";")
                    or _NUMBER_RE.search(gap)
                ):
                    break
                # a joining word, not a mark, comes before a list's last item (A、B和C)
                last_item = gap.isalpha()
            elif place.start != head.end():
                return []
            items.append(place)
        names = list(dict.fromkeys(place.name for place in items))[: int(quantity.value)]
        return names if len(names) >= 2 else []

    def _listed_total(self, placing: Placing) -> str | None:
        """ "房山区、门头沟区、昌平区累计转移11个乡镇38个村547人": districts listed as the subject
        of their clause, then straight a word of a total (``list_total_words``: 累计, 合计, 共;
        not 分别, nor 共 inside 公共): the value is the districts' together, none's alone. It
        is kept under the list's name, the districts joined by 、 (房山、门头沟、昌平), out of
        every district's chart, as Beijing's and a named group's are.

        So is a list left open (``list_open_ends``): "密云、怀柔、房山等区转移群众782人" is the
        group's, kept as 密云、怀柔、房山等区, and one left open with its count (甲、乙、丙等9个区
        有71个站…). A clause that names no place of its own and
        follows such a list in its sentence continues it: in "…等区转移群众782人，关闭景区
        35个" both are the group's. None otherwise."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        subject = self._listed_subject_places(placing)
        own_clause = subject is not None
        start = clause.start
        while subject is None and self._continues(text, start, quantity.start):
            previous = _clause_before(text, placing.sentence.start, start)
            if previous is None:
                break
            subject = self._list_opening(text, previous[0], previous[1])
            start = previous[0]
        if subject is None:
            return None
        places, between = subject
        if any_of(self.lexicon.respectively_cues).search(between):
            return None  # 海淀区、朝阳区分别累计新增…: each its own value
        between = between.lstrip()
        open_end = next(
            (word for word in self.lexicon.list_open_ends if between.startswith(word)), ""
        )
        counted_end = self._counted_open_end_re.match(between)
        if counted_end is not None:
            open_end = counted_end.group()  # 甲、乙…等9个区有58个站: the nine's together
        if between[len(open_end) : len(open_end) + 1] in self.lexicon.list_open_end_continuations:
            open_end = ""  # 平谷区、顺义区等区域: 等 + 区域, no group of districts
        rest = between[len(open_end) :].lstrip()
        counted = self._group_count_re.match(rest)  # 两区各…: the count of them first
        rest = rest[counted.end() :] if counted else rest
        if self._each_of_them(rest) or rest.startswith(self.lexicon.mapping.per_head_modifiers):
            return None  # 两区各转移群众500余人, 两区人均损失500元: each one's, no total
        if (
            not open_end
            and not between.startswith(self.lexicon.list_total_words)
            and not self._names_the_list_as_a_group(between)
            and not self._an_event_counted_together(between, placing)
            and not (own_clause and self._an_amount_of_the_list(placing, places[-1].end))
            and not (own_clause and self._a_share_of_the_list(placing, places[-1].end, between))
        ):
            return None  # 甲区、乙区PM2.5浓度为…: no total, left to the other rules
        listed = self._listed_districts(text, places[0].start, places[-1].end)
        return GROUP_JOINER.join(listed) + open_end if listed else None

    def _an_amount_of_the_list(self, placing: Placing, list_end: int) -> bool:
        """An amount that adds up (a count, money, an area, a length: ``_ADDING_KINDS``) given
        as the first figure after districts listed as its clause's subject, no 分别 after them
        in the sentence: theirs together, as no word says how it splits. "北京市甲区、乙区受暴雨
        影响的82条县级以上水毁路段恢复完工" is the two districts' 82, not the first one's.
        Rates, readings and ranks are not summed (甲区、乙区接种率超过90%: each one's), so they
        are left to the other rules; so are a bounded amount (常住人口超过70万人: each has more)
        and a measure each has (``list_each_measure_words``: 平均海拔, 均价, 每个街道, 距离).

        Why: the first district of the list took the whole amount on its chart."""
        quantity = placing.quantity
        if quantity.kind not in _ADDING_KINDS or quantity.qualifier not in ("exact", "approx"):
            return False  # 甲区、乙区不足50万常住人口, 常住人口超过70万人: a state of each
        between = placing.text[list_end : quantity.start].strip()
        if not between and placing.text.startswith(self.lexicon.group_count_nouns, quantity.end):
            return False  # 甲区、乙区2区: the list counted, no amount of theirs
        if any(word in between for word in self.lexicon.list_each_measure_words):
            return False  # 甲区、乙区平均海拔1000米, 每个街道…: each one's measure
        return self._the_lists_one_figure(placing, list_end)

    def _a_share_of_the_list(self, placing: Placing, list_end: int, between: str) -> bool:
        """A rate named as a share of a whole (``list_share_words``: 占, 比重, 贡献) given as
        the one figure of districts listed as its clause's subject: their share together.
        "甲区、乙区地区生产总值占全市的45.3%" is the two districts' 45.3%, not each one's
        nor the first one's.

        Why: the first district of the list took the two districts' share."""
        if placing.quantity.kind not in _EACH_KINDS:
            return False
        if not any(word in between for word in self.lexicon.list_share_words):
            return False
        return self._the_lists_one_figure(placing, list_end)

    def _the_lists_one_figure(self, placing: Placing, list_end: int) -> bool:
        """The number is the one figure of its clause after a list of districts ending at
        ``list_end`` (numbers in quotation marks aside: “23·7”暴雨), no count of places
        between (甲区、乙区三个区域共…: more places than named), no word of each (各, 均) before
        it, and no 分别 follows the list in the sentence: one figure for the list, not one of a
        row of figures for its members (甲区、乙区新增企业86家、74家). Dates are no figures
        (甲、乙5个公园已于2011年建成开放)."""
        text, sentence, quantity = placing.text, placing.sentence, placing.quantity
        if any_of(self.lexicon.respectively_cues).search(text, list_end, sentence.end):
            return False
        marks = (*self.lexicon.distributive_words, *self.lexicon.shared_marks)
        if any(mark in text[list_end : quantity.start] for mark in marks):
            return False  # 通州、大兴新增就业岗位各2万个: each one's, the pair's twice as many
        time = load_time_lexicon()
        dates = [
            found.span()
            for pattern in (time.year_re, time.month_day_re)
            for found in pattern.finditer(text, list_end, placing.clause.end)
        ]
        for number in _NUMBER_RE.finditer(text, list_end, placing.clause.end):
            if number.start() == quantity.start or inside_quotation(
                text, number.start(), number.end()
            ):
                continue
            if any(start <= number.start() < end for start, end in dates):
                continue  # 甲、乙5个公园已于2011年建成, …于今年5月1日完工: a date, no figure
            if number.group()[0].isdigit() or text.startswith(
                self.lexicon.group_count_nouns, number.end()
            ):
                return False
        return True

    def _an_event_counted_together(self, between: str, placing: Placing) -> bool:
        """Nothing but a bound between the listed districts and a count of an event
        (``counted_actions``): "甲区及乙区至少30人遇难" counts the two together (each
        district's own would say 均 or 各), so the count is the group's, none's alone. A state
        stays each district's: "甲区、乙区不足50万常住人口" (each has fewer)."""
        quantity = placing.quantity
        return (
            quantity.kind == "count"
            and (not between.strip() or between.strip() in self._bounds)
            and placing.text.startswith(self.lexicon.counted_actions, quantity.end)
        )

    def _names_the_list_as_a_group(self, between: str) -> bool:
        """Right after a list of districts, their count and a noun of districts
        (``district_group_nouns``: 东城、西城、朝阳、海淀四个中心城区占74家; 五区): the list is
        named as one group, and the value is the group's, as after 累计. Not a year (2023年地区
        生产总值), a count of other places (15个社区, 3个开发区), of areas (三个区域) or of a level
        (两个区级…)."""
        match = self._counted_group_re.match(between)
        if match is None:
            return False
        rest = between[match.end() :]
        return not rest.startswith(self.lexicon.not_facts.district_noun_continuations)

    def _shared_value(self, placing: Placing) -> list[str]:
        """The rule before all others (districts_of): districts listed together ("A区和B区",
        "A、B") and then given one value with 均为: the value is each one's. The list is the
        clause's own, else the nearest clause before in the sentence that lists districts
        ("A区和B区已完成…，均为本区…的2倍以上")."""
        text, quantity = placing.text, placing.quantity
        clause, sentence = placing.clause, placing.sentence
        cues = [
            match.start()
            for match in any_of(self.lexicon.shared_cues).finditer(
                text, clause.start, quantity.start
            )
            if not self._inside_a_word(text, match.start())
        ]
        cues += self._shared_marks_before_verbs(text, clause.start, quantity.start)
        cues += self._respectively_with_one_value(text, clause, quantity.start)
        cues.sort()
        if not cues:
            return self._listed_subject(placing)  # no 均 before the number
        cue = cues[-1]
        listed = self._listed_districts(text, clause.start, cue) or self._parallel_subjects(
            text, clause.start, cue
        )
        if not listed and any(
            place.name in self._district_names
            for place in self.place_mentions(text, clause.start, cue)
        ):
            return []  # "朝阳区、海淀区…较低，丰台区也为30微克": its own district's alone
        floor = clause.start
        while not listed and (previous := _clause_before(text, sentence.start, floor)):
            listed = self._listed_districts(text, *previous)
            floor = previous[0]
        # "上述三个区森林覆盖率均超过60%": each of the districts referred back to
        referred = listed or self._referred_districts(placing)
        if referred:
            return referred
        own = text[clause.start : cue]
        if self.place_mentions(text, clause.start, cue) or re.search(r"\d", own):
            return []  # 全市均超过…, 其余14个区均超过…: the clause says whose value it is
        return self._subjects_of_clauses_before(text, sentence.start, clause.start)

    def _subjects_of_clauses_before(self, text: str, floor: int, start: int) -> list[str]:
        """The districts opening the clauses right before ``start`` one each, two or more of
        them: "经开区建成…算力中心，朝阳互联网3.0产业领跑全市，核心产业收入均超2千亿元" gives
        the value to both, as "经开区和朝阳…均超" would. The run stops at the first clause
        before that opens with no district or names more than one place.

        Why: a shared value after districts each with a clause of its own went to the document's
        district."""
        names: list[str] = []
        while previous := _clause_before(text, floor, start):
            places = self.place_mentions(text, *previous)
            # (领跑全市: the city it leads is no second subject)
            listable = [place for place in places if place.name in self._listable_names]
            if (
                len(listable) != 1
                or places[0] != listable[0]
                or listable[0].name in names
                or not self._opens_a_clause(text, listable[0])
            ):
                break
            names.insert(0, listable[0].name)
            start = previous[0]
        return names if len(names) >= 2 else []

    def _respectively_with_one_value(self, text: str, clause: Span, end: int) -> list[int]:
        """Where 分别 (``respectively_cues``) stands before a verb with one value alone after it
        in its clause: "在海淀、房山、通州3个区县分别建设1个深井观测站" builds one in each, as
        各建设 would; with more values (分别为10%、12%) each district has its own (_respectively).
        So does a link alone (``respectively_links``) before the one value: "大兴、延庆、朝阳分布
        最多,分别为3处" is three each.
        """
        found = []
        bounds = self.lexicon.not_facts.class_bounds
        for match in any_of(self.lexicon.respectively_cues).finditer(text, clause.start, end):
            # (1个300米以下综合深井观测站: a class's threshold in the noun is no second value)
            values = [
                number
                for number in self._values_in(text, match.end(), clause.end)
                if not any(
                    bound in text[number.end() : number.end() + _CLASS_BOUND_REACH]
                    for bound in bounds
                )
            ]
            link = text[match.end() : end].strip()
            if (
                len(values) == 1
                and values[0].start() == end
                and (
                    self._a_verb_opens(text[match.end() : min(end, match.end() + _VERB_REACH)])
                    or link in self.lexicon.respectively_links
                )
            ):
                found.append(match.start())
        return found

    def _parallel_subjects(self, text: str, start: int, end: int) -> list[str]:
        """Two districts, each with the same measure, joined by an enumeration mark before a
        shared cue: "特别是甲区平均的降雨量和乙区平均降雨量都超过了400毫米" gives each the value, as
        "甲区和乙区平均降雨量都超过…" would. The measures must read alike once 的 is dropped;
        else the districts are no pair of subjects ([] then).

        Why: only districts joined by marks alone were read as sharing a value, so the second
        district took the value alone and the first lost it."""
        places = [
            place
            for place in self.place_mentions(text, start, end)
            if place.name in self._district_names
        ]
        if len(places) != 2:
            return []
        first, second = places
        gap = text[first.end : second.start]
        mark = next((m for m in self.lexicon.enumeration_marks if m and gap.endswith(m)), "")
        if not mark or first.name == second.name:
            return []
        measure = self._without_possessives(gap[: -len(mark)])
        again = self._without_possessives(text[second.end : end])
        return [first.name, second.name] if measure and measure == again else []

    def _without_possessives(self, words: str) -> str:
        """``words`` without 的 and 之 and the spaces around them (平均的降雨量 → 平均降雨量)."""
        for mark in self.lexicon.possessive_marks:
            words = words.replace(mark, "")
        return words.strip()

    def _shared_marks_before_verbs(self, text: str, start: int, end: int) -> list[int]:
        """Where a mark of a value each one has (``shared_marks``: 均, 都, 各) stands right
        before a verb in text[start:end]: "均增长6%", "均投入资金5000万元", "各建设1个示范区"
        give each listed district the value, as 均为 does; 各区, 各类 and 首都 do not. So does
        a mark of two characters before any verb (各自在某日发布了两次), and a mark right
        before the number: "昌平区、通州区各6起" is six each."""
        found = []
        for match in any_of(self.lexicon.shared_marks).finditer(text, start, end):
            at = match.start()
            if self._inside_a_word(text, at):
                continue
            if match.end() == end:
                # 昌平区、通州区各6起: right after the districts, right before the number (not
                # 一等奖、二等奖各10名, whose items are the prizes)
                before = self.place_mentions(text, max(start, at - _VERB_REACH - 4), at)
                # (an area with measures of its own may close the list: …顺义区、经开区各1起)
                if before and before[-1].end == at and before[-1].name in self._listable_names:
                    found.append(at)
                continue
            if len(match.group()) > 1:
                # 各自在6月23日发布了两次: a word of "each" alone, any verb later; not 各自的…,
                # nor a clause that totals them or pairs values (合计, 共同, 分别)
                after = text[match.end() : end]
                if not after.startswith(self.lexicon.possessive_marks) and not any(
                    word in after for word in self.lexicon.each_own_breakers
                ):
                    found.append(at)
                continue
            if self._a_verb_opens(text[match.end() : min(end, match.end() + _VERB_REACH)]):
                found.append(at)
        return found

    def _begins_inside_a_word(self, text: str, at: int) -> bool:
        """The name at ``at`` begins inside a word jieba reads around it: 本市 in 资本市场 or
        日本市场 is no mention of the city."""
        start = max(0, at - _WORD_REACH)
        offset = start
        for word, _ in pos_tags(text[start : at + _WORD_REACH]):
            if offset == at:
                return False
            if offset < at < offset + len(word):
                return True
            offset += len(word)
        return False

    def _inside_a_word(self, text: str, at: int) -> bool:
        """The cue at ``at`` begins inside a word (``shared_cue_not_within``): 首都超过2000万人
        is the capital's figure, not a value the districts before share (都超过)."""
        return any(
            text.startswith(word, at - len(word) + 1)
            for word in self.lexicon.shared_cue_not_within
            if at - len(word) + 1 >= 0
        )

    def _listed_subject(self, placing: Placing) -> list[str]:
        """ "密云区、延庆区控制在46微克/立方米左右": districts listed as the subject of their
        clause, then straight the predicate (``list_subject_predicates``) and the value: each
        district's value, as with 均. Only when nothing but the list stands before the predicate
        in the clause (a heading's colon may open it): "东城区、西城区地区生产总值合计…" names a
        measure and a total, and is left to the other rules. A place among the top N (前三位)
        is each listed district's after any measure: each of them is among the top three."""
        subject = self._listed_subject_places(placing)
        if subject is None:
            return []
        text, (places, between) = placing.text, subject
        quantity = placing.quantity
        # not when another count stands between (房山、大兴区的两个项目入选全市前十位: the
        # projects' rank)
        top = (
            quantity.kind == "rank"
            and quantity.qualifier == "at_most"
            and not self._counts_in(between)
        )
        if (
            not top
            and between.strip() not in self.lexicon.list_subject_predicates
            and not self._a_rate_of_each(placing, places[-1].end, between)
        ):
            return []
        # 怀柔、平谷和昌平的观光园数量位居全市前三位: a place among the top N (a rank with a
        # bound) is each listed district's, whatever the measure named between
        return self._listed_districts(text, places[0].start, places[-1].end)

    def _a_rate_of_each(self, placing: Placing, list_end: int, between: str) -> bool:
        """A rate or a concentration (``_EACH_KINDS``) given as the list's one figure
        (``_the_lists_one_figure``), no word of a total between: each listed district's, as
        a rate is not summed. "甲区、乙区和丙区接种率超过90%" says each of the three is above 90%.

        Why: the first district of the list took the figure and the others lost it."""
        if placing.quantity.kind not in _EACH_KINDS:
            return False
        words = (*self.lexicon.list_total_words, *self.lexicon.list_share_words)
        if any(word in between for word in words):
            return False  # 甲区、乙区地区生产总值占全市的45.3%: a share of the two together
        return self._the_lists_one_figure(placing, list_end)

    def _counts_in(self, words: str) -> bool:
        """Whether ``words`` write a number that counts something: not the bound of a
        statistic's scope (60岁及以上人口, 500万元及以上项目: ``scope_bounds``)."""
        scopes = self.lexicon.not_facts.scope_bounds
        for number in _NUMBER_RE.finditer(words):
            after = words[number.end() : number.end() + _SCOPE_REACH]
            if not any(bound in after for bound in scopes):
                return True
        return False

    def _listed_subject_places(self, placing: Placing) -> tuple[list[Place], str] | None:
        """The districts named as the subject of the number's clause (two or more, with nothing
        before them but a heading's colon), and the words between the last of them and the
        number; None otherwise. What ``_listed_subject`` and ``_listed_total`` read."""
        return self._list_opening(placing.text, placing.clause.start, placing.quantity.start)

    def _continues(self, text: str, start: int, end: int) -> bool:
        """text[start:end] has no subject of its own, so it may go on about a listed group
        before it: no place, no word of the district or the city itself (全区, 我区, 全市), and
        no body of the city or district opening it (市消防救援总队…, 区应急局…)."""
        if self.place_mentions(text, start, end):
            return False
        part = text[start:end]
        return not self._own_subject_words.search(part) and self._opening_body(part) is None

    def _opening_body(self, clause: str) -> str | None:
        """The place whose body opens ``clause`` (市排水集团启动…: the city's; 区应急局调拨…:
        the district's, "" as it is not named), else None (市场主体… opens with no body)."""
        opening = clause.lstrip()
        if opening.startswith(self.lexicon.body_opening_exceptions):
            return None
        if opening.startswith(self.lexicon.city_body_openings):
            return self.municipality
        if opening.startswith(self.lexicon.district_body_openings):
            return ""
        return None

    def _taken_over_from_a_destination(self, placing: Placing, place: str) -> str | None:
        """Whose a value is when the clause before names ``place`` as where a group went, and
        a body of the city or the district opens a clause since (``_body_since``): the city's
        (市排水集团…), or the document's own district's (区应急局…); when the group went to
        several districts, see ``_sent_to_several``; None when nothing took over.

        What happens where the group went is that place's ("赶赴海淀区…，共疏散群众11人"),
        until a body opens a clause of its own: "…派出工作组赴怀柔、密云…，市排水集团启动特级
        应急响应，出动抢险单元229组" is the city's. Not a reading (a rainfall, a flow: the place
        measured it), nor a body acting on the district's things ("房山区…，市发改委批复58项"
        stays 房山's, as 房山 is no destination)."""
        text, sentence, quantity = placing.text, placing.sentence, placing.quantity
        if quantity.kind in _READING_KINDS:
            return None
        going = self._destinations(text, sentence.start, placing.clause.start)
        if place not in going:
            return None
        body = self._body_since(text, sentence.start, quantity.start)
        if body is None:
            if len(going) < 2:
                return None
            # "驰援密云、怀柔、延庆等受灾区域…，累计完成119处隐患点排查": the work of the group
            # sent to all of them, not the last one's; "赶赴房山、门头沟，两区共转移群众5600人":
            # the two districts' together
            return self._sent_to_several(placing, list(going))
        if body:
            return body
        return placing.main if placing.main in self._district_names else None

    def _body_since(self, text: str, start: int, end: int) -> str | None:
        """The place of the body that opens the last clause of text[start:end] that opens with
        one (``_opening_body``), when no place, and no word of the place spoken of
        (``local_subjects``: 当地, 该区), is named from there on; else None."""
        at = end
        while at > start:
            opened = max(text.rfind(mark, start, at) for mark in _CLAUSE_MARKS)
            clause_start = max(opened + 1, start)
            body = self._opening_body(text[clause_start:end])
            if body is not None:
                if self._local_clause_since(text, clause_start, end):
                    return None  # …，市排水集团启动…，当地共转移群众3000人: the place's
                return None if self.place_mentions(text, clause_start, end) else body
            at = opened if opened >= start else start
        return None

    def _local_clause_since(self, text: str, start: int, end: int) -> bool:
        """A clause of text[start:end] opens with a word of the place spoken of
        (``local_subjects``: 当地共转移群众3000人); 当地 as an object (支援当地) opens none."""
        return any(
            text.startswith(self.lexicon.local_subjects, at + 1)
            for at in range(start, end)
            if text[at] in _CLAUSE_OPENING_MARKS
        )

    def _list_opening(self, text: str, start: int, end: int) -> tuple[list[Place], str] | None:
        """Two or more districts opening text[start:end] (a heading's colon may stand before
        them), and the words from the last of them to ``end``; None otherwise. An area with
        measures of its own may be one of them (通州区、大兴区、北京经济技术开发区控制在…). A
        word of where alone before them (``scope_leads``: 在甲、乙等9个区县65个乡镇…) leaves
        them the subject: the figures are theirs."""
        places = [
            place
            for place in self.place_mentions(text, start, end)
            if place.name in self._listable_names
        ]
        if not any(place.name in self._district_names for place in places):
            return None
        if len(places) < 2:
            return None
        lead = text[start : places[0].start].strip()
        # the city's name before them is part of their full names (北京密云及延庆区…); a cause
        # before them leaves them the subject (强降雨导致密云、怀柔…四区共29条线路冲毁)
        if (
            lead
            and not lead.endswith((":", "："))
            and not self._ends_with_a_cause(lead)
            and lead.removesuffix(self._possessive) not in self._city_full_prefixes
            and lead not in self.lexicon.chart_scope.get("scope_leads", ())
        ):
            return None  # (北京市的甲、乙…: the city's, as 北京市甲区 is)
        return places, text[places[-1].end : end]

    def _ends_with_a_cause(self, lead: str) -> bool:
        """The words before a list end with a cause's verb as a word of its own (强降雨导致…,
        暴雨造成…), not inside another word (改造成…: made into)."""
        verb = longest_suffix(lead, self.lexicon.list_cause_verbs)
        if not verb:
            return False
        tokens = pos_tags(lead[-(len(verb) + _CAUSE_CONTEXT) :])
        return bool(tokens) and tokens[-1][0] == verb

    def _listed_districts(self, text: str, start: int, end: int) -> list[str]:
        """Two or more districts joined only by enumeration marks ("密云区和延庆区"); an area
        with measures of its own may be one of them."""
        places = [
            place
            for place in self.place_mentions(text, start, end)
            if place.name in self._listable_names
        ]
        for first, second in itertools.pairwise(places):
            gap = text[first.end : second.start]
            if gap not in self.lexicon.enumeration_marks and not self._parallel_units(
                text, gap, second.end
            ):
                return []
        names = list(dict.fromkeys(place.name for place in places))
        return names if len(names) >= 2 else []

    def _parallel_units(self, text: str, gap: str, after: int) -> bool:
        """Two districts' units of one kind joined by an enumeration mark
        (``listed_unit_endings``: 房山园和平谷园, 密云县古北口村和门头沟区涧沟村): the gap is the
        first one's unit and the mark, and the second district's unit of the same kind follows
        it. A value the two then share (均达到42.7%, 都达到了1.3万人) is each district's, as for
        房山区和平谷区.

        Why: only districts joined by a mark alone were read as a list, so the value went to the
        second one alone."""
        mark = next((m for m in self.lexicon.enumeration_marks if m and gap.endswith(m)), "")
        unit = gap[: -len(mark)] if mark else ""
        if not unit or len(unit) > _UNIT_NAME_REACH or not _HAN_RUN_RE.fullmatch(unit):
            return False
        ending = longest_suffix(unit, self.lexicon.listed_unit_endings)
        if not ending:
            return False
        following = text[after : after + _UNIT_NAME_REACH]
        at = following.find(ending)
        return at >= 0 and _HAN_RUN_RE.fullmatch(following[: at + len(ending)]) is not None

    def _respectively(self, placing: Placing) -> str | None:
        """ "昌平区、顺义区绿地率分别为41.5%和39.8%": the n-th value after 分别 goes to
        the n-th place named before it in the sentence, or in the list an earlier sentence
        gave of as many districts as the sentence counts ("…这六个区的绿地率分别为…").
        More values than places: no guess."""
        text, quantity = placing.text, placing.quantity
        clause, sentence = placing.clause, placing.sentence
        cue_start = cue_end = -1
        if not any_of(self.lexicon.respectively_cues).search(text, clause.start, quantity.start):
            return None  # no cue before the number (one search for them all first)
        for cue in self.lexicon.respectively_cues:
            found = text.rfind(cue, clause.start, quantity.start)
            if found >= 0 and found + len(cue) > cue_end:
                cue_start, cue_end = found, found + len(cue)
        if cue_end < 0:
            return None
        names: list[str] = []
        for floor in (clause.start, sentence.start):  # the nearest list of places
            places = self._last_list_of_places(
                text, list(self.place_mentions(text, floor, cue_start))
            )
            for place in places:
                if place.name not in names:
                    names.append(place.name)
            if len(names) >= 2:
                if self._a_list_of_places(text, places):
                    break
                values = self._values_between(text, cue_end, clause.end)
                parallel = self._parallel_clauses(text, places, clause, cue_start, values)
                if not parallel:
                    return None  # "昌平作为全市…，推动甲、乙、丙三大产业收入分别…": no list
                names = parallel
                break
            names = []
        if not names:
            names = self._counted_list(text, sentence.start, cue_start)
        index = self._values_between(text, cue_end, quantity.start)
        if quantity.kind == "rank" and index >= len(names):
            index = self._ranks_between(text, cue_end, quantity.start)
        if len(names) < 2 or index >= len(names):
            return None
        return names[index]

    def _sites_respectively(self, placing: Placing) -> str | None:
        """ "门城湖、莲石湖、晓月湖、宛平湖分别实现增加蓄水36万方、120万方、10.8万方和7.3万方": the
        n-th value after 分别 goes to the district of the n-th registry site or town of the
        list right before it (its ``sites`` and ``townships``), when the clause names no
        district. Two sites of one district keep a value each.

        Why: only districts were paired with the values after 分别, so each lake's figure
        went to the document's district (or to Beijing)."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        cues = list(
            any_of(self.lexicon.respectively_cues).finditer(text, clause.start, quantity.start)
        )
        if not cues:
            return None
        cue = cues[-1]
        if any(
            place.name in self._district_names
            for place in self.place_mentions(text, clause.start, clause.end)
        ):
            return None  # 昌平区、顺义区…分别, …分别向昌平区供水: a district says whose
        sites = self._townships_named(text[: cue.start()])
        sites = [site for site in sites if site.start() >= clause.start]
        if len(sites) < 2:
            return None
        listed = [Place(s.start(), s.end(), self._township_of[s.group()]) for s in sites]
        if not self._a_list_of_places(text, listed):
            return None  # named apart, no list of the values' places
        index = self._values_between(text, cue.end(), quantity.start)
        if index >= len(sites) or self._values_between(text, cue.end(), clause.end) != len(sites):
            return None  # more values than sites (or fewer): no guess
        return listed[index].name

    def _ranks_between(self, text: str, start: int, end: int) -> int:
        """How many ranks (第四) text[start:end] writes: after 分别 a list of values may be
        followed by a list of their ranks ("甲区和乙区分别以19家和16家位列第二和第三"), the n-th
        rank the n-th place's, whatever the values before it."""
        return len(self._rank_re.findall(text, start, end))

    def _paired_lists(self, placing: Placing) -> str | None:
        """ "甲区、乙区、丙区入驻首店110家、59家、40家": a list of districts, then in the same
        clause a list of as many values in one unit, joined by list marks: the n-th value is
        the n-th district's, as after 分别 (``_respectively``), which the text left out. Values
        of different units or measures ("新建公园3个、绿地5公顷"), a list of another length, or
        a nearer list between them (新开零售、餐饮首店45家、30家: the values are the kinds'; 城乡
        居民收入8万元、3万元: ``paired_compounds``) pair nothing.

        Why: every value went to the first district of the list."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        marks = self.lexicon.enumeration_marks
        if not (text.startswith(marks, quantity.end) or text.endswith(marks, 0, quantity.start)):
            return None  # no list mark beside the value: it stands in no list (asked first)
        chain = self._value_chain(text, clause, quantity.start)
        if chain is None:
            return None
        first, index, length = chain
        places = self.place_mentions(text, clause.start, first)
        names = [place.name for place in places]
        if (
            len(names) != length
            or len(set(names)) != length
            or not all(name in self._district_names for name in names)
            or not self._a_list_of_places(text, places)
            or first - places[-1].end > _PAIRED_PREDICATE_LENGTH
            # 甲区、乙区新开零售、餐饮首店45家、30家: the values pair with the nearer list, and
            # with a word's two parts in 甲区、乙区城乡居民收入8万元、3万元
            or any(mark in text[places[-1].end : first] for mark in marks)
            or any(word in text[places[-1].end : first] for word in self.lexicon.paired_compounds)
        ):
            return None
        return names[index]

    def _value_chain(self, text: str, clause: Span, start: int) -> tuple[int, int, int] | None:
        """The list of values in one unit, joined by list marks, holding the value at
        ``start`` in its clause: (where the list starts, the value's index, the list's length),
        or None when the value stands in no such list of two or more."""
        marks = tuple(mark for mark in self.lexicon.enumeration_marks if len(mark) == 1)
        numbers = [n for n in _NUMBER_RE.finditer(text, clause.start, clause.end) if n.group()]
        runs: list[list[re.Match[str]]] = []
        unit = None
        for number in numbers:
            if runs:
                previous = runs[-1][-1]
                between = text[previous.end() : number.start()]
                joined = between[:-1] if between.endswith(marks) else None
                if joined is not None and joined == unit and not any(c.isspace() for c in joined):
                    runs[-1].append(number)
                    continue
            runs.append([number])
            after = text[number.end() : clause.end]
            lengths = range(1, _PAIRED_UNIT_LENGTH + 1)
            unit = next((after[:at] for at in lengths if after[at : at + 1] in marks), None)
        for run in runs:
            starts = [number.start() for number in run]
            if start in starts and len(run) >= 2:
                return starts[0], starts.index(start), len(run)
        return None

    def _values_between(self, text: str, start: int, end: int) -> int:
        """How many values text[start:end] writes: its numbers but the years of a date or a
        baseline (分别比2014年减少20.4万人和20.8万人: two values)."""
        return len(self._values_in(text, start, end))

    def _values_in(self, text: str, start: int, end: int) -> list[re.Match[str]]:
        """The numbers of text[start:end] but the years of a date or a baseline."""
        years = self.lexicon.year_words
        return [
            number
            for number in _NUMBER_RE.finditer(text, start, end)
            if not text.startswith(years, number.end())
        ]

    def _last_list_of_places(self, text: str, places: list[Place]) -> list[Place]:
        """The places from the last list among ``places`` on, when its districts are two or
        more joined by enumeration marks: "全市16个区中，…朝阳区、海淀区和西城区…分别为" pairs its
        values with the three, not with the city named before them. Else ``places`` as given.
        """
        marks = self.lexicon.enumeration_marks
        first = len(places) - 1
        while first > 0 and text[places[first - 1].end : places[first].start].strip() in marks:
            first -= 1
        run = places[first:]
        districts = {place.name for place in run if place.name in self._district_names}
        return run if len(districts) >= 2 else places

    def _a_list_of_places(self, text: str, places: list[Place]) -> bool:
        """Whether the places named before 分别 stand as one list: each joined to the next by
        an enumeration mark (昌平区、顺义区; 海淀区和朝阳区), not named apart in the sentence
        ("昌平作为全市…的策源地，推动医药健康、先进能源…收入分别达到…": the values are the
        industries', not 昌平's and Beijing's)."""
        marks = self.lexicon.enumeration_marks
        return all(
            text[before.end : after.start].strip() in marks
            for before, after in itertools.pairwise(places)
            if before.name != after.name or before.end < after.start
        )

    def _parallel_clauses(
        self, text: str, places: list[Place], clause: Span, cue: int, values: int
    ) -> list[str]:
        """The places named before 分别 when they end the sentence's run of clauses that each
        open with a place and give it a value, exactly as many as the values after the cue
        ("其中东城区70.8万人，西城区110.4万人，分别比2014年减少20.4万人和20.8万人"): the cue's
        values go to them in order. [] when they do not, when three give values for two, or when
        the cue's clause lists items of its own (其中工业和服务业投资分别…: the items')."""
        own = self._comparison_re.sub("", text[clause.start : cue])  # 与上年相比分别…
        if any(mark in own for mark in self.lexicon.enumeration_marks):
            return []  # 其中工业和服务业投资分别…: the clause's own items
        parts = self.lexicon.mapping.part_markers
        run: list[Place] = []
        end = cue
        for place in reversed(places):
            if not (self._opens_a_clause(text, place) and _NUMBER_RE.search(text, place.end, end)):
                break
            run.insert(0, place)
            end = place.start
            if any(part in text[_clause_start(text, place.start) : place.start] for part in parts):
                break  # 其中东城区…: the first of the parts, the whole stands before
        if len(run) != values or len({place.name for place in run}) != values:
            return []
        return [place.name for place in run]

    def _counted_list(self, text: str, start: int, end: int) -> list[str]:
        """The districts a count of districts refers to ("五个区", "这三个区", "这2个区"): the
        last list, in the text before, of exactly that many districts joined by enumeration
        marks."""
        counts = list(self._group_count_re.finditer(text, start, end))
        if not counts:
            return []
        first = counts[-1].group()[0]
        try:  # 这六个区, 这2个区
            wanted = int(first) if first.isdigit() else int(parse_chinese(first))
        except ValueError:
            return []
        floor = max(0, start - _LIST_REACH)
        runs: list[list[str]] = []
        previous: Place | None = None
        for place in self.place_mentions(text, floor, start):
            if place.name not in self._district_names:
                previous = None
                continue
            joined = previous is not None and (
                text[previous.end : place.start] in self.lexicon.enumeration_marks
            )
            if joined:
                runs[-1].append(place.name)
            else:
                runs.append([place.name])
            previous = place
        matching = [run for run in runs if len(dict.fromkeys(run)) == wanted]
        return list(dict.fromkeys(matching[-1])) if matching else []

    def _a_base_of_comparison(self, text: str, place: Place) -> bool:
        """The place is what another's figure is measured against: after a word of a share or
        a comparison (占全市的40%, 高出朝阳区3000亿元: ``list_share_words``,
        ``baseline_place_leads``), or followed by 的 (是朝阳区的1.4倍)."""
        lead = text[max(0, place.start - _BASE_LEAD_REACH) : place.start]
        leads = (*self.lexicon.list_share_words, *self.lexicon.baseline_place_leads)
        return lead.endswith(leads) or text.startswith(self.lexicon.possessive_marks, place.end)

    def _bracketed_or_level(self, placing: Placing) -> str | None:
        """A value tied to a place by its position, whatever the clause's subject:
        "（全市为4.6%）" (a bracket opened by the place), "比全市平均水平（47.1%）" and
        "比顺义区（301天）" (a bracket right after the place), a bracket right after the place's
        own figure ("甲区76个行政村（268个自然村）和乙区114个行政村（266个自然村）": 266 is 乙's),
        "低于全市约52%的平均水平"."""
        text, quantity, clause = placing.text, placing.quantity, placing.clause
        if quantity.kind == "rank":
            return None
        opened = max(text.rfind(mark, clause.start, quantity.start) for mark in "（(")
        if opened >= 0 and not any(mark in text[opened : quantity.start] for mark in "）)"):
            inside = self.place_mentions(text, opened + 1, quantity.start)
            if inside and inside[0].start == opened + 1:
                return inside[0].name
            before = self.place_mentions(text, clause.start, opened)
            between = text[opened + 1 : quantity.start]
            if before and len(between) <= 2 and not _NUMBER_RE.search(between):
                place = before[-1]
                gap = text[place.end : opened]
                figures = len(_NUMBER_RE.findall(gap))
                if (
                    # 全市平均浓度（35微克/立方米）: the place's measure named, then its value
                    figures == 0
                    and len(gap) <= _MAX_NAMED_GAP
                    and not text.startswith(self.lexicon.scope_followers, place.end)
                ) or (
                    # 怀柔区114个行政村（266个自然村）: the bracket restates the place's figure
                    figures == 1
                    and len(gap) <= _MAX_FIGURE_GAP
                    and not _CLAUSE_MARK_RE.search(gap)
                    and not self._a_base_of_comparison(text, place)
                ):
                    return place.name
        places = self.place_mentions(text, clause.start, quantity.start)
        if places:
            last = places[-1]
            between = text[last.end : quantity.start]
            after = text[quantity.end : quantity.end + 6]
            after = after.removeprefix(longest_prefix(after, self.lexicon.possessive_marks))
            if (
                len(between) <= 2
                and not _NUMBER_RE.search(between)
                and after.startswith(self.lexicon.level_words)
                and after[:1] != text[quantity.end : quantity.end + 1]
            ):
                return last.name
        return None

    def _refers_to_itself(self, text: str, start: int, end: int, main: str) -> bool:
        """ "其中我区约占三成": the document's own district, named by a pronoun, or by
        a short name that elsewhere needs its suffix (西城承担…, in a document about 西城)."""
        if any(word in text[start:end] for word in self.lexicon.self_references):
            return True
        for name in self._own_names.get(main, ()):
            position = text.find(name, start, end)
            while position >= 0:
                after = position + len(name)
                # "东城79个、西城163个": the name before another figure of a list is that one's;
                # "东城区5.4克/平方米、…、城市副中心6.7克/平方米": the full name is a place named
                # (the other rules' to read), no short name of the text's own
                if not self._in_a_list_of_figures(text, position, after) and not text.startswith(
                    self.lexicon.district_suffixes, after
                ):
                    return True
                position = text.find(name, after, end)
        return False

    def _subject_before(
        self,
        text: str,
        start: int,
        end: int,
        main: str,
        *,
        last: bool = False,
        rank: bool = False,
    ) -> str | None:
        """The place that is the subject of text[start:end]: the main district when it is
        named there, else the first place named (the last one with ``last``). Bases of
        comparisons and scopes of rankings are skipped; Beijing and groups of districts count
        only where they open a clause ("同期全市为…"), and never own a rank. In a list of
        values ("通州6.2%、顺义5.8%") only the names after the previous value count.
        The same for every number after the same clause: worked out once (``_answers``)."""
        answers = self._answers(text)
        question = ("subject_before", start, end, main, last, rank)
        if question not in answers:
            answers[question] = self._subject_before_of(text, start, end, main, last, rank)
        return answers[question]  # type: ignore[return-value]

    def _subject_before_of(
        self, text: str, start: int, end: int, main: str, last: bool, rank: bool
    ) -> str | None:
        """``_subject_before``, worked out."""
        # a numeral right after a place's name opens a site's name (丰台千灵山, 房山十渡): no
        # value of a list item before the place
        named = {place.end for place in self.place_mentions(text, start, end)}
        numbers = [
            n
            for n in _NUMBER_RE.finditer(text, start, end)
            if n.group()[0].isdigit() or n.start() not in named
        ]
        subjects: list[str] = []
        if numbers and not last:
            subjects = self._subjects(text, numbers[-1].end(), end, rank, main)
            if not subjects and self._item_after_a_place_figure(text, start, numbers[-1], end):
                # "东城区5.4克/平方米、西城区6.0克/平方米、城市副中心6.7克/平方米": an item of a
                # list of places' figures is its own place's (经开区8.2…: the area), or none
                # known, never the list's first
                own = self.place_mentions(text, numbers[-1].end(), end)
                return own[-1].name if own else None
        if not subjects:
            subjects = self._subjects(text, start, end, rank, main)
        if not subjects:
            return None
        if main in subjects and not last:
            return main
        return subjects[-1] if last else subjects[0]

    def _item_after_a_place_figure(
        self, text: str, start: int, previous: re.Match[str], end: int
    ) -> bool:
        """text[previous.end():end] is the next item of a list whose previous figure came
        right after a place's name (西城区6.0克): an enumeration mark after the previous figure's
        unit, then a name of the item's own, then a figure in the same unit (…、城市副中心6.7克):
        a list of places, each with its figure. Not a place's second figure (大兴区55699亩、
        85.15%) nor a second measure of the same place (昌平区3起、处罚金额2万元)."""
        segment = text[previous.end() : end]
        marks = [segment.find(mark) for mark in self.lexicon.enumeration_marks]
        first = min((at for at in marks if at >= 0), default=-1)
        if first < 0:
            return False
        unit = segment[:first].strip()
        name = segment[first + 1 :].strip()
        current = _NUMBER_RE.match(text, end)
        if not unit or not _CJK_RE.search(name) or current is None:
            return False
        if not text.startswith(unit, current.end()):
            return False
        return any(
            place.end == previous.start()
            for place in self.place_mentions(text, start, previous.start())
        )

    def _subjects(
        self,
        text: str,
        start: int,
        end: int,
        rank: bool,
        main: str = "",
        parts: bool = True,
        partners: bool = False,
    ) -> list[str]:
        """Places that may be the subject of a number in text[start:end] (see _subject_before).
        "六区" names the group the document is about, when it is about a group. Without
        ``parts``, a district naming where a part of something lies (步道（门头沟段）) is not
        one: 全区 after it is still the district acting. With ``partners``, a district joined
        to another's act (``_a_partner``) is one: 两区 after "甲区联合乙区申报" means both."""
        places = self.place_mentions(text, start, end)
        if main in self._group_names:
            places += [
                Place(match.start(), match.end(), main)
                for match in self._group_count_re.finditer(text, start, end)
            ]
            places.sort(key=lambda place: place.start)
        subjects = []
        for place in places:
            bracketed = place.start > 0 and text[place.start - 1] in "（("
            if bracketed and parts and self._names_a_part_in_district(text, place):
                bracketed = False
            if not bracketed and self._whole_of_a_share(text, place, end):
                subjects.append(place.name)  # 占北京市2014年5400吨总任务的30%: the 5400
                continue
            if bracketed or self._is_a_base(text, start, place):
                continue  # a base of comparison, or a bracketed aside ("（全市为4.6%）")
            if not partners and self._a_partner(text, place):
                continue
            if self._sent_toward(text, place, end):
                continue  # 向甲、乙派出六个工作组: where the groups went, not who sent them
            if place.name not in self._district_names and not (
                # an area of its own right before its figure (涉及经济技术开发区5起) is its
                # subject, as a district is
                place.name in self.areas.area_names
                and (figure := _NUMBER_RE.match(text, place.end)) is not None
                and not text.startswith(self.lexicon.year_words, figure.end())  # 2017年度
            ):
                ranked_city = rank and place.name == self.municipality
                if ranked_city or not (
                    self._opens_a_clause(text, place)
                    or self._a_neighbour(text, place)
                    or self._where_there_are(text, place, end)
                ):
                    continue
            subjects.append(place.name)
        return subjects

    def _where_there_are(self, text: str, place: Place, number: int) -> bool:
        """A place after a word of where alone opening its clause (``scope_leads``: 在) and
        before a verb of what it has (``city_site_count_followers``: 共有, 有) or a count: "像她
        这样的河长，在北京共有1095人" and "在全市10家百亿级企业中占据5席" count the city's 1095
        and 10, as "北京共有…" would. Not "在全市率先建成…" (where the district stands among
        the others).

        Why: the city's count went to the district the story was about."""
        if not (
            text.startswith(self.lexicon.city_site_count_followers, place.end)
            # 在全市10家百亿级企业中占据5席: the things among which, counted straight after and
            # closed by the frame (the 10 only: the 5 is the district's, after the frame)
            or (place.end == number and self._frames_the_things_counted(text, number))
        ):
            return False
        lead = longest_suffix(
            text[max(0, place.start - 2) : place.start],
            self.lexicon.chart_scope.get("scope_leads", ()),
        )
        if not lead:
            return False
        opening = place.start - len(lead)
        return not text[_clause_start(text, opening) : opening].strip()

    def _whole_of_a_share(self, text: str, place: Place, number: int) -> bool:
        """The place after a verb of a share (``share_verbs``: 占) and the number at
        ``number`` inside the whole it names, before the 的 and the share: "占北京市2014年5400吨
        总任务的30%" states the city's 5400 (the 30% is the district's share of it).

        Why: the city's task went to the district the clause before named."""
        if number <= place.end or not text[: place.start].endswith(self.lexicon.forms.share_verbs):
            return False
        between = text[place.end : number]
        if any(mark in between for mark in (*_WHOLE_BREAKS, *self.lexicon.possessive_marks)):
            return False  # the number stands past the whole (占全市的31%，…)
        after = text[number : number + _SHARE_WHOLE_REACH]
        for mark in self.lexicon.possessive_marks:
            if mark in self.lexicon.fraction_word:
                continue  # 四分之一: the share itself, no whole before it
            at = after.find(mark)
            if at > 0 and not any(m in after[:at] for m in _WHOLE_BREAKS):
                rest = after[at + len(mark) : at + len(mark) + 1]
                return rest.isdigit() or rest in CHINESE_NUMERAL_CHARS
        return False

    def _a_partner(self, text: str, place: Place) -> bool:
        """A district listed after a verb of joining (``partner_verbs``: 联合, 会同) whose clause
        names another district before the verb: a partner of that district's act, not the
        subject of what the clause counts. In "甲区消防救援支队联合乙区、丙区支队，共计15车90余人
        开展演练" the force is 甲's, who led the drill.

        Why: the last district named before the count was taken as its subject."""
        if place.name not in self._district_names:
            return False
        cue = _last_cue_in_its_clause(text, place, self.lexicon.partner_verbs)
        if cue is None:
            return False
        clause_start, verb, _ = cue
        return any(
            other.name in self._district_names and other.name != place.name
            for other in self.place_mentions(text, clause_start, verb)
        )

    def _a_neighbour(self, text: str, place: Place) -> bool:
        """A place beyond Beijing opening its clause after a word of where it lies from a
        district (``neighbour_leads``: 下游武清区转移群众4.2万人, 与延庆区相邻的涞水县降雨量…): the
        subject of the clause's figure, as it would be without that word. The word must open
        the clause (or follow 与 and a place: 与延庆区相邻的…), and the place must not open a
        list (与毗邻的三河市、蓟州区签署协议: partners of the district's act).

        Why: only a place opening its clause was read as a subject, so the downstream county's
        evacuations were counted as the district's."""
        if place.name not in self._outside_names:
            return False
        lead = longest_suffix(
            text[max(0, place.start - 4) : place.start], self.lexicon.neighbour_leads
        )
        if not lead or text.startswith(self.lexicon.enumeration_marks, place.end):
            return False
        opening = place.start - len(lead)
        clause_start = _clause_start(text, opening)
        before = text[clause_start:opening].strip()
        if not before:
            return True
        joined = longest_prefix(before, self.lexicon.neighbour_of_marks)
        rest = before[len(joined) :]
        places = self.place_mentions(rest) if joined else []
        return len(places) == 1 and places[0].start == 0 and places[0].end == len(rest)

    def _heads_its_line(self, text: str, start: int, end: int) -> bool:
        """A short name that is all of its line, give or take a colon ("东城" over the list of
        its new parks), in a text heading another district's part so: a heading naming the
        district, as 东城区 alone would.

        Why: a city's list of projects by district heads each group with the short name; read
        as no name, every item went to the document's district."""
        return self._alone_on_its_line(text, start, end) and len(self._heading_names(text)) >= 2

    def _alone_on_its_line(self, text: str, start: int, end: int) -> bool:
        """text[start:end] is all of its line, give or take a colon after it, or the bar of a
        table's cell scraped one a line (东城区 |)."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        before = text[line_start:start]
        after = text[end : len(text) if line_end < 0 else line_end]
        return not before.strip() and not after.strip().rstrip(":：|\uff5c ")

    def _heading_names(self, text: str) -> frozenset[str]:
        """The districts whose names stand alone on a line of the text: a list by district
        has two such headings at least; one alone (朝阳 over a story of dawn) heads nothing."""
        answers = self._answers(text)
        question = ("heading_names",)
        if question not in answers:
            names = set()
            if self._alias_re is not None:
                for match in self._alias_re.finditer(text):
                    if self._alone_on_its_line(text, match.start(), match.end()):
                        names.add(self._alias_owner[match.group()][0])
            answers[question] = frozenset(names)
        return answers[question]  # type: ignore[return-value]

    def _opens_a_part_bracket(self, text: str, start: int, end: int) -> bool:
        """A short name opening a bracket before a part word (（大兴段）): the district, as
        大兴区 would be (see ``_names_a_part_in_district``)."""
        return (
            start > 0
            and text[start - 1] in "（("
            and text.startswith(self.lexicon.part_in_district_words, end)
        )

    def _names_a_part_in_district(self, text: str, place: Place) -> bool:
        """ "西山森林步道（门头沟段）": a bracket right after a name, holding only a district and a
        ``part_in_district_words`` word (perhaps a phase: （延庆段一期）), names where that part
        of the thing lies, the subject of its figures. Not an aside ("（全市为4.6%）"), a
        figure of the part after a total ("约402公里（门头沟段约120公里）") nor several parts
        ("（延庆段、昌平段）")."""
        opened = place.start - 1
        if opened <= 0 or not (text[opened - 1].isalnum() or text[opened - 1] in _NAME_CLOSINGS):
            return False  # right after a name (步道, G109, “…步道”), not after a unit's figure
        part = longest_prefix(text[place.end : place.end + 4], self.lexicon.part_in_district_words)
        if not part:
            return False
        return _PHASE_AND_CLOSING.match(text, place.end + len(part)) is not None

    def _is_a_base(self, text: str, floor: int, place: Place) -> bool:
        """ "高于全市", "占全市的", "比密云区": the place a number is compared with;
        "全市各区中排名第4", "全市最低": the scope of a ranking; "东邻怀柔区", "南接昌平区":
        a neighbour (``neighbour_marks``) a district's profile names, not its subject; "获得通州区
        …援助": a giver (``donor_marks``)."""
        before = text[max(floor, place.start - 4) : place.start]
        if self._city_as_a_whole(text, place.start, place):
            return True  # "全市占比35%": the whole the share is of
        if before.endswith(self.lexicon.runner_up_marks):
            return False  # "其次是顺义区": the next place of a ranking, a subject
        if self._picked_by_an_extreme(text, floor, place):
            return False  # "下降最为明显的是东城区，自…": the one the extreme picks
        if before.endswith(self.lexicon.singling_marks) and self._singled_out(text, place):
            return False  # "通州、房山…，尤其是通州，…": one of them, the subject
        if before.endswith(self.lexicon.comparison_cues):
            # "最多的3个区为丰台区1.58亿元、朝阳区1.09亿元": after a linking verb, a place that is
            # an item of a list of places' figures (or names a site of its own before its
            # reading) is its figure's subject ("为全市的1.2倍",
            # "超过怀柔区1微克/立方米" stay bases)
            cue = longest_suffix(before, self.lexicon.comparison_cues)
            bare = place.end - place.start == len(place.name)  # 昌平王家园水库, not 昌平区人口
            listed = cue in self.lexicon.figure_list_links and (
                self._in_a_list_of_figures(text, place.start, place.end)
                or (bare and _a_site_reading(text, place.end, self.lexicon.base_value_after))
            )
            return not listed
        if before.endswith(self.lexicon.neighbour_marks) or self._listed_neighbour(text, place):
            return True  # "东邻怀柔区，南接昌平区": a neighbour the profile is not about
        if before.endswith(self.lexicon.donor_marks) and any(
            word in text[place.end : place.end + _AID_REACH] for word in self.lexicon.aid_words
        ):
            return True  # "获得通州区结对帮扶资金援助": the giver, not the subject
        if place.name in self._district_names:
            return False  # "平谷区最小" is about 平谷
        if (
            text[place.start : place.end] in self.lexicon.grade_setters
            and text.startswith(self.lexicon.grade_followers, place.end)
            and not self._totals_its_own(text, place.end)
        ):
            return True  # "…湿地有…，北京市二级保护鸟类73种": the grade's list, not the subject
        return text.startswith(self.lexicon.scope_followers, place.end)

    def _picked_by_an_extreme(self, text: str, floor: int, place: Place) -> bool:
        """A district's full name after 的是 (``extreme_identifier_marks``) in a clause naming
        an extreme (``extreme_heads``: 最), closing its clause: "其中下降最为明显的是东城区，
        自2019年的6.31下降至2020年的5.57" makes 东城 the subject of what follows. Not a
        segment or a site (降雨最多的是顺义段) nor a district with words after it."""
        before = text[max(floor, place.start - 4) : place.start]
        if not before.endswith(self.lexicon.extreme_identifier_marks):
            return False
        if place.end - place.start <= len(place.name):
            return False  # 顺义 of 顺义段: no full name
        if text[place.end : place.end + 1] not in _CLAUSE_SPLIT_MARKS:
            return False
        start = _clause_start(text, place.start)
        return any(head in text[start : place.start] for head in self.lexicon.extreme_heads)

    def _singled_out(self, text: str, place: Place) -> bool:
        """The district after a singling mark (``singling_marks``) stands alone in its clause
        and its sentence named it before: "通州、房山游客人均消费水平高，尤其是通州，…" singles
        通州 out of the two; "游客主要来自城六区，尤其是海淀区，占比35%" names where visitors
        come from, and "特别是海淀区的高校资源" whose resources."""
        if text[place.end : place.end + 1] not in _CLAUSE_SPLIT_MARKS:
            return False
        start = statement_start(text, place.start, "。！？；;\n")
        return any(
            earlier.name == place.name and earlier.end <= place.start - 1
            for earlier in self.place_mentions(text, start, place.start)
        )

    def _totals_its_own(self, text: str, end: int) -> bool:
        """A total word in the clause after a place (北京市重点保护古树名木共有4.1万株): the
        place counts its own, as the subject."""
        stop = min(
            (at for mark in _CLAUSE_SPLIT_MARKS if (at := text.find(mark, end)) >= 0),
            default=len(text),
        )
        return any(word in text[end:stop] for word in self.lexicon.list_total_words)

    def _listed_neighbour(self, text: str, place: Place) -> bool:
        """A later item of a list of neighbours: "南与朝阳区、海淀区毗邻" names 海淀 as a
        neighbour as it does 朝阳 (``neighbour_marks`` stand before the first item only); so
        do full names run together with no mark ("西与昌平区朝阳区隔温榆河为界")."""
        marks = self.lexicon.enumeration_marks
        while True:
            mark = longest_suffix(text[max(0, place.start - 2) : place.start], marks)
            end = place.start - len(mark)
            earlier = [
                item for item in self.place_mentions(text, max(0, end - 8), end) if item.end == end
            ]
            if not earlier or not (
                mark or text[earlier[-1].start : end].endswith(self.lexicon.district_suffixes)
            ):
                return False
            place = earlier[-1]
            if text.endswith(self.lexicon.neighbour_marks, 0, place.start):
                return True

    def _opens_a_clause(self, text: str, place: Place) -> bool:
        """Only time words and connectives stand before the place in its clause. Beijing's
        name straight before a district is part of the district's full name: "北京市房山区涉及
        …" opens with 房山 as "房山区涉及…" does (news reports name districts so)."""
        start = place.start
        # 房山区 (not 怀柔 of 北京怀柔科学城), or a group: 本市生态涵养区
        full_name = place.end - place.start > len(place.name)
        if full_name or place.name in self._group_names:
            start -= len(longest_suffix(text[max(0, start - 4) : start], self._city_prefixes))
            place = Place(start, place.end, place.name)
        start = _clause_start(text, start)
        prefix = text[start : place.start].strip()
        if place.name in self._group_names:
            # 10个远郊区县565.1万人, 5个生态涵养区常住人口…: the group with its count
            prefix = self._group_count_before_re.sub("", prefix)
        while prefix:
            stripped = prefix
            while stripped and (stripped[0].isdigit() or not stripped[0].isalnum()):
                stripped = stripped[1:]  # list markers and bullets: "3.", "·"
            stripped = stripped.removeprefix(longest_prefix(stripped, self.lexicon.subject_openers))
            if stripped == prefix:
                return False
            prefix = stripped
        return True

    def _about_the_nation(self, text: str, clause: Span, quantity: Quantity) -> bool:
        """全国29个实验区, 全国共有…: a national count. (国家级…, 中国(北京)… are not.) So is a
        number whose clause opens with the nation ("全国已认定的示范基地有318个").
        Not a share of the nation's total ("全国约四成的纪录片在这里制作"), nor a multiple of
        the nation's figure ("…是全国的40倍": the district's), nor what came from
        across the country ("来自全国的60余家机构", "吸引全国各地游客近2万人次"), nor a rank
        (全国第一): the district's. The nation named after the number is not its subject:
        "临床批件数量18个、约占全国的1/20" is the district's 18. Nor a difference from the
        nation ("涨幅高于全国0.4个百分点": the subject's)."""
        if quantity.kind == "rank":
            return False  # 全国第一: the district's rank in the nation
        if quantity.unit == "%" or quantity.kind == "multiple":
            # 占全国的31%, 是全国的40倍, 全国约四成的纪录片在这里制作: a share or a multiple of
            # the nation's figure is the district's; the nation's own measure is not
            # (我国森林覆盖率为24.02%, 我国一次能源的消耗水平为世界平均水平的3.35倍).
            return self._nation_measured(text, clause, quantity)
        for match in self._national_count_re.finditer(text, clause.start, clause.end):
            if match.start() >= quantity.start:
                break  # 18个、约占全国的1/20: the nation is what the count is a share of
            if self._names_a_title(text, match.end("nation")):
                continue  # 全国重点实验室[3]: a title, not the nation's count
            if text.startswith(self.lexicon.nation_origin_followers, match.end("nation")):
                continue  # 全国各地游客: where they came from
            if text[clause.start : match.start()].endswith(self.lexicon.nation_baseline_before):
                continue  # 高于全国0.4个百分点, 比全国多: the nation is the baseline compared with
            after = match.end("nation")
            ranked = text.startswith(self.lexicon.scope_followers, after)
            if ranked and not self._nation_figure_re.match(text, after):
                continue  # 全国第二个…, 全国首店50家: the scope of a rank, not a national count
            return not text[clause.start : match.start()].endswith(self.lexicon.source_cues)
        for word in self.lexicon.nation_subjects:
            found = text.find(word, clause.start, quantity.start)
            if found < 0 or self._names_a_title(text, found + len(word)):
                continue
            place = Place(found, found + len(word), self.nation)
            if self._opens_a_clause(text, place) and not text.startswith(
                self.lexicon.scope_followers, place.end
            ):
                return True
        return False

    def _nation_measured(self, text: str, clause: Span, quantity: Quantity) -> bool:
        """The nation opens the clause as the owner of a measure: its name, then the measure's
        words before the number ("我国森林覆盖率为24.02%"), not the number straight after it
        ("全国约四成的纪录片…", "全国30%的企业": a share of the nation's), nor a title
        (全国重点实验室), a rank's scope (全国首个) or an origin (全国各地); and no place, nor
        the district's own word, named in the clause after it ("全国…30%的创新药物在我区完成
        临床前研究": the district's share)."""
        for word in self.lexicon.nation_subjects:
            at = text.find(word, clause.start, quantity.start)
            while at >= 0:
                if self._owns_a_measure(
                    text, Place(at, at + len(word), self.nation), clause, quantity
                ):
                    return True
                at = text.find(word, at + len(word), quantity.start)
        return False

    def _owns_a_measure(self, text: str, nation: Place, clause: Span, quantity: Quantity) -> bool:
        """See ``_nation_measured``."""
        after = nation.end
        local = (*self.lexicon.self_references, *self.lexicon.district_wide)
        if (
            not self._opens_a_clause(text, nation)
            or self._names_a_title(text, after)
            or text.startswith(
                (*self.lexicon.scope_followers, *self.lexicon.nation_origin_followers), after
            )
            or self.place_mentions(text, after, clause.end)
            or any(word in text[after : clause.end] for word in local)
        ):
            return False
        words = text[after : quantity.start]
        while words and (cut := longest_suffix(words, self._measure_trailers)):
            words = words[: -len(cut)]
        return sum(char.isalpha() for char in words) >= 2  # "森林覆盖率为", not "约", "共有"

    # --- term, indicator and theme ----------------------------------------------------

    def describe(
        self, text: str, quantity: Quantity, clause: Span, sentence: Span
    ) -> tuple[Indicator | None, str, tuple[int, int] | None]:
        """The indicator (if the catalog knows it), the term and where the term stands."""
        paired = self._paired_item(text, quantity, clause)
        if paired is not None:
            return paired
        indicator, found = self._nearest_indicator(text, quantity, clause)
        if indicator is not None and found is not None:
            return indicator, indicator.name, found
        joined = self._joined_statement(text, quantity, clause)
        if joined is not None:
            return joined[0], joined[0].name, joined[1]
        term, span = self._term_near(text, quantity, clause)
        if span is None:
            # No subject next to the number ("…生产总值一年一个百亿台阶,从2020年的973.8亿元"):
            # the subject is the one of the clause before, unless that clause already gave
            # its subject a number of its own ("潜在独角兽企业22家,全市共两个灯塔工厂").
            above = _subject_line_above(text, sentence.start, clause.start)
            previous = Span(
                above if above is not None else max(sentence.start, clause.start - 24),
                quantity.start,
            )
            indicator, found = self._nearest_indicator(text, quantity, previous, reach=None)
            if indicator is not None and found is not None:
                # "第一产业增加值6.2亿元,下降2.4%": the level's number stands between, and the
                # change is the level's growth (an indicator derived from the level's name).
                # (normalized: 生态系统生产总值（GEP） is the synonym 生态系统生产总值(GEP))
                named_here = self.catalog.indicator_by_synonym(text[found[0] : found[1]])
                derived = named_here is None or named_here.id != indicator.id
                said_here = text[clause.start : quantity.start]
                shared = said_here.startswith(self.lexicon.forms.share_verbs)
                between = text[found[1] : clause.start]
                if (
                    not derived
                    and (
                        not re.search(r"\d", between)
                        or self._reaches_after_its_change(text, found[1], clause, quantity)
                    )
                ) or (
                    derived
                    and (quantity.qualifier == "change" or shared)
                    # no subject of its own ("…,占一般公共预算收入的78.4%" says whose share;
                    # "…,农民人均纯收入增长10%" names its own, which no rule knew)
                    and (len(said_here) <= _CHANGE_CLAUSE_REACH or shared)
                    and not self._names_its_own_subject(said_here)
                ):
                    return indicator, indicator.name, found
        continued = self._continued_term(text, quantity, clause, sentence)
        if continued is not None:
            return continued[0], continued[0].name, continued[1]
        if span is None:
            standing = self._standing_subject(text, quantity, clause, sentence)
            if standing is not None:
                return standing[0], standing[0].name, standing[1]
        if span is not None:
            completed = self._completed_term(text, quantity, term, span, clause)
            if completed is not None:
                return completed, completed.name, span
        return None, term, span

    def _reaches_after_its_change(
        self, text: str, term_end: int, clause: Span, quantity: Quantity
    ) -> bool:
        """The level a measure reaches, stated after its change in the clause before:
        "森林覆盖率比上年提高1.2个百分点，达到69.9%", "常住人口比上年减少0.3万人，为52.7万人".

        Why: the number between the measure and this one is the measure's own change, not
        another measure's value, so the level is the measure's. Only when the words between
        are that one change (a comparison or a verb of change right before its only number)
        and this clause says nothing but a linking word before its number (达到, 为, 增至)."""
        if quantity.qualifier == "change":
            return False
        said_here, _ = self.strip_linking(text[clause.start : quantity.start].strip())
        if said_here:
            return False
        between = text[term_end : clause.start].rstrip("，,")
        # a year in the comparison (比2020年提高) is no value of its own
        numbers = [
            match
            for match in re.finditer(r"\d+(?:\.\d+)?", between)
            if not load_time_lexicon().year_re.match(between, match.start())
        ]
        if len(numbers) != 1 or any(mark in between for mark in "，,；;、。"):
            return False
        # the change must follow the measure itself: "常住人口出生人数比上年减少400人" changes
        # another measure (出生人数), whose level 3100人 is no population
        if not between.startswith(
            (*self.lexicon.comparison_markers, *self.lexicon.qualifier_before["change"])
        ):
            return False
        at = term_end + numbers[0].start()
        return change_cue(text, at, term_end, self.lexicon) is not None

    def _names_its_own_subject(self, said: str) -> bool:
        """The words of a clause before a change name what changed: a noun phrase of its own
        before the verb of change, not a comparison (比上年, 同比) or a linking word.

        "农民人均纯收入增长" names its subject; "下降", "同比增长", "比上年增长" and
        "扣除价格因素增长" (a basis, ``change_bases``) do not."""
        changes = self.lexicon.qualifier_before["change"]
        rest = said.strip()
        while word := longest_suffix(rest, changes):
            rest = rest[: -len(word)]
        rest, _ = self.strip_linking(rest)
        while base := longest_suffix(rest, self.lexicon.change_bases):
            rest = rest[: -len(base)].rstrip()
        if any(marker in rest for marker in self.lexicon.comparison_markers):
            return False
        noun = trailing_noun_phrase(rest, self.lexicon.term_verbs, self.lexicon.possessive_marks)
        return len(noun) >= _OWN_SUBJECT_LENGTH

    def _paired_item(
        self, text: str, quantity: Quantity, clause: Span
    ) -> tuple[Indicator | None, str, tuple[int, int]] | None:
        """A list of items, a pairing word (分别), as many values: the n-th value is the n-th
        item's. "二氧化硫、二氧化氮和细颗粒物的浓度分别为3、28、36微克/立方米" gives 细颗粒物浓度
        36; the words after the last item's possessive (的浓度) are every item's measure noun.
        Places listed instead ("甲区、乙区分别为…") pair with places (``_respectively``)."""
        before = text[clause.start : quantity.start]
        cue = max((before.rfind(word) for word in self.lexicon.respectively_cues), default=-1)
        if cue <= 0:
            return self._listed_values(text, quantity, clause)
        head = before[:cue]
        while words := longest_suffix(head, self.lexicon.carried_measure_words):
            head = head[: -len(words)]  # 用水量同比分别下降: 同比 is no part of the item
        if len(self.place_mentions(head)) >= 2:
            return None
        cue_end = clause.start + cue
        index = len(_ARABIC_VALUE_RE.findall(text, cue_end, quantity.start))
        total = index + len(_ARABIC_VALUE_RE.findall(text, quantity.start, clause.end))
        marks = sorted(self.lexicon.enumeration_marks, key=len, reverse=True)
        items = re.split("|".join(re.escape(mark) for mark in marks), head)
        if len(items) < 2 or len(items) != total or not all(items):
            return None
        if any(_PERCENT_FIGURE_RE.search(item) for item in items):
            # 地区生产总值年均增长9%以上、城乡居民收入年均分别增长9%和9.5%: a figure of its own
            # before the list, not one of its items
            return None
        last = items[-1]
        shared = ""
        for mark in self.lexicon.possessive_marks:
            if mark in last:
                last, shared = last.split(mark, 1)
        if not shared:
            # "医药健康、先进能源、先进制造三大主导产业收入分别达到…": after the count of the
            # items (三大, as many as the items), the words are every item's measure
            counts = list(self._item_count_re.finditer(last))
            counted = counts[-1] if counts else None
            if (
                counted is not None
                and 0 < counted.start()
                and counted.end() < len(last)
                and _count_in_words(counted.group()) == len(items)
            ):
                last, shared = last[: counted.start()], last[counted.end() :]
        item = last if index == len(items) - 1 else items[index]
        item = item.removeprefix(longest_prefix(item, self.lexicon.district_wide))
        if index == 0:
            # "2018年北京旅游景区接待人数、营业收入…分别达…": the year opening the clause is the
            # values' time, no part of the first item's measure
            year = _OPENING_YEAR_RE.match(item)
            if year is not None and item.startswith(self.lexicon.year_words, year.end()):
                rest = item[year.end() :]
                item = rest[len(longest_prefix(rest, self.lexicon.year_words)) :]
        places = self.place_mentions(item)
        if places and places[0].start == 0:
            item = item[places[0].end :]  # 全区二氧化硫, 某区二氧化硫: the measure is 二氧化硫's
        if index == 0:  # "推动医药健康、…": the verb before the list is no part of its item
            while lead := longest_prefix(item, self.lexicon.list_lead_verbs):
                item = item[len(lead) :]
        offset = clause.start + sum(len(i) for i in items[:index])
        offset += sum(len(m) for m in re.findall("|".join(map(re.escape, marks)), head)[:index])
        span = (offset, offset + len(items[index]))
        for cut in range(len(shared) + 1):
            found = self.catalog.indicator_by_synonym(_joined(item, shared[cut:]))
            if found is not None and self._unit_fits(found, quantity):
                return found, found.name, span
        found = self._measure_of_the_last_item(item, last, quantity) if not shared else None
        if found is not None:
            return found, found.name, span
        return None, _joined(item, shared), span

    def _listed_values(
        self, text: str, quantity: Quantity, clause: Span
    ) -> tuple[Indicator, str, tuple[int, int]] | None:
        """ "战略性新兴产业、高技术制造业工业产值增长7.4%、3.4%": as many items as values, the
        values joined only by list marks, no 分别: the n-th value is the n-th item's, and the
        measure after the last item (工业产值增长) is every item's. Only where the catalog names
        the item's measure (its level, then the level's growth for a change); else None and
        the other rules read the number as before."""
        values = list(_ARABIC_VALUE_RE.finditer(text, clause.start, clause.end))
        if len(values) < 2 or not values[0].start() > clause.start:
            return None
        marks = sorted(self.lexicon.enumeration_marks, key=len, reverse=True)
        for first, second in itertools.pairwise(values):
            gap = text[first.end() : second.start()]
            if not gap.endswith(tuple(marks)) or re.search(r"[,，;；。]", gap) or len(gap) > 4:
                return None
        index = next((i for i, v in enumerate(values) if v.start() == quantity.start), None)
        if index is None:
            return None
        head = text[clause.start : values[0].start()]
        pattern = "|".join(re.escape(mark) for mark in marks)
        items = re.split(pattern, head)
        if len(items) != len(values) or not all(items) or self.place_mentions(head):
            return None
        last, item = items[-1], items[index]
        offset = clause.start + head.find(item) if index else clause.start
        wide = longest_prefix(item, self.lexicon.district_wide)  # 全区战略性新兴产业
        offset, item = offset + len(wide), item.removeprefix(wide)
        change_words = self.lexicon.change_measures
        for cut in range(0 if index == len(items) - 1 else 1, len(last)):
            name = (item if index != len(items) - 1 else "") + last[cut:]
            measure = name.removesuffix(longest_suffix(name, change_words))
            level = self.catalog.indicator_by_synonym(measure)
            if level is None:
                continue
            found = level if self._unit_fits(level, quantity) else self._growth_of(level, quantity)
            if found is not None:
                return found, found.name, (offset, offset + len(item))
        return None

    def _measure_of_the_last_item(
        self, item: str, last: str, quantity: Quantity
    ) -> Indicator | None:
        """ "PM10、NO2、SO2累计浓度分别为66、32和4": without a possessive, the measure noun
        after the last item (累计浓度) is every item's too: the item with the longest tail of
        the last item that the catalog names as one measure (NO2累计浓度)."""
        if item == last:
            return None
        for cut in range(1, len(last)):
            found = self.catalog.indicator_by_synonym(item + last[cut:])
            if found is not None and self._unit_fits(found, quantity):
                return found
        return None

    def shared_measures(
        self, text: str, quantity: Quantity, clause: Span
    ) -> list[tuple[Indicator | None, str, tuple[int, int]]]:
        """Measures listed together and then given one value with 均 ("A、B均超过1100家",
        "甲和乙均为12个"): the value is each one's, a fact per measure (as districts listed so
        share one: ``_shared_value``). The list is the clause's words before the cue, two or
        more items joined only by enumeration marks, none of them a place (places share a
        value through ``districts_of``). Each item: its catalog indicator, its term, its span.
        """
        cue = max(
            (text.rfind(word, clause.start, quantity.start) for word in self.lexicon.shared_cues),
            default=-1,
        )
        if cue <= clause.start or re.search(r"\d", text[cue : quantity.start]):
            return []
        head = text[clause.start : cue]
        if self.place_mentions(head):
            return []
        marks = sorted(self.lexicon.enumeration_marks, key=len, reverse=True)
        pattern = "|".join(re.escape(mark) for mark in marks)
        items = re.split(pattern, head)
        if not 2 <= len(items) <= 4 or not all(0 < len(item) <= 16 for item in items):
            return []
        shared = []
        offset = clause.start
        last = items[-1]
        for item, mark in zip(items, [*re.findall(pattern, head), ""], strict=True):
            wide = longest_prefix(item, self.lexicon.district_wide)  # 全区高新技术企业
            measure = item.removeprefix(wide)
            found = self.catalog.indicator_by_synonym(measure)
            if found is None and item is not last:
                # "重点建设用地和受污染耕地安全利用率均为100%": the last item's ending
                # (安全利用率) is every item's measure noun
                found = next(
                    (
                        named
                        for cut in range(1, len(last))
                        if (named := self.catalog.indicator_by_synonym(measure + last[cut:]))
                    ),
                    None,
                )
            if found is not None and not self._unit_fits(found, quantity):
                found = None
            span = (offset + len(wide), offset + len(item))
            shared.append((found, found.name if found else measure, span))
            offset += len(item) + len(mark)
        return shared

    def _joined_statement(
        self, text: str, quantity: Quantity, clause: Span
    ) -> tuple[Indicator, tuple[int, int]] | None:
        """A value joined by a list mark to another statement of one measure is that measure's:
        a change is its growth ("一般公共预算收入预计完成24.3亿元、同口径增长8.8%"), a level that
        names only a total (总量) its level ("地区生产总值年均增长5.5%左右、总量达到2500亿元").
        The mark joins two statements of one measure, as the comma of "…100亿元,增长1.5%"
        does, not two measures of a list: the value's own words hold no number and no measure."""
        change = quantity.qualifier == "change"
        before = text[clause.start : quantity.start]
        mark = max(before.rfind(m) for m in _LIST_MARKS.strip("[]"))
        own = before[mark + 1 :]
        if mark < 0 or re.search(r"\d", own) or len(own) > _CHANGE_CLAUSE_REACH:
            return None
        if not change:
            said, _ = self.strip_linking(own)
            if said not in self.lexicon.mapping.total_words:
                return None
        elif self._names_its_own_measure(own):
            return None  # 能耗下降2%、水耗下降3%: 水耗's change, an item of a list
        level = before[:mark]
        bounds = [word for words in self.lexicon.qualifier_after.values() for word in words]
        level = level.removesuffix(longest_suffix(level, bounds))  # 5.5%左右、
        unit = longest_suffix(level, self._written_units_or_percent)
        unit += longest_suffix(level[: len(level) - len(unit)], MULTIPLIERS)
        value = re.search(r"\d(?:\.\d+)?$", level[: len(level) - len(unit)])
        if value is None or not unit:
            return None  # the list mark follows no value: a list of measures
        number_start = re.search(r"[\d.,]*$", level[: value.end()])
        statement = level[: number_start.start() if number_start else value.start()]
        best: tuple[int, Indicator, str] | None = None
        for synonym, indicator in self._synonym_index.candidates(statement):
            position = statement.rfind(synonym)
            if position < 0 or re.search(r"\d", statement[position + len(synonym) :]):
                continue  # a number between: the synonym is another value's
            if not change and not self._unit_fits(indicator, quantity):
                continue  # 地区生产总值年均增长…、总量: the level's measure, not the growth
            if best is None or position + len(synonym) > best[0] + len(best[2]):
                best = (position, indicator, synonym)
        if best is None:
            return None
        if not change:  # the quote is the level's own statement: 总量达到2500亿元
            return best[1], (clause.start + mark + 1, quantity.start)
        growth = self._growth_of(best[1], quantity)
        if growth is None:
            return None
        start = clause.start + best[0]
        return growth, (start, start + len(best[2]))

    def _names_its_own_measure(self, own: str) -> bool:
        """The words of a change after a list mark name a measure of their own: a noun is left
        once the verb of change, the linking words and the basis of the change are taken
        away (水耗下降 → 水耗; 同口径增长 → nothing: the statement before it goes on)."""
        lexicon = self.lexicon
        rest = own.strip()
        rest = rest.removesuffix(longest_suffix(rest, lexicon.qualifier_before["change"]))
        for word in lexicon.change_bases:
            rest = rest.replace(word, "")
        # a baseline (比上年, 较上年同期, 同比) is no measure: the words before it are
        for at in range(len(rest)):
            if rest.startswith(lexicon.not_comparisons, at):
                continue
            if rest.startswith(lexicon.comparison_markers, at):
                rest = rest[:at]
                break
        rest, _ = self.strip_linking(rest)
        rest = rest.strip()
        # the whole of what is left a noun phrase, and no place (剔除留抵退税因素后增长,
        # 在全市率先实现增长: a basis, a scope)
        noun = trailing_noun_phrase(rest, self.lexicon.term_verbs, self.lexicon.possessive_marks)
        return bool(rest) and noun == rest and not self._names_a_place(rest)

    def carried_measure(
        self,
        text: str,
        clause: Span,
        term: str,
        quantity: Quantity,
        qualifier: str,
        district: str,
        year: int | None,
        said: Sequence[Mention],
        sentence: Span | None = None,
    ) -> Indicator | None:
        """The measure of an earlier number of the paragraph, carried to a number that names
        no measure of its own and compares with it: another district's or another year's value
        in the same unit. "某区森林覆盖率达68%，乙区达61%", "增长5.6%（全市为5.2%）",
        "甲区为478亿元；乙区次之，为441亿元", "较2015年的60微克/立方米", "分别为6%、7%".

        Only a number with nothing but places and a few linking words before it in its clause
        (``_bare_before``) carries a measure. The nearest earlier mapped number in the same unit
        decides; a change carries only a measure that is itself a change (增速), and only when
        the number just before it is not a level it would be the growth of (总产值786亿元，增长
        4%); a level skips the level's changes between (287天，比上年增加6天，比全市（290天）);
        a goal carries only a goal's measure. The same place and year: nothing (a part, or
        another measure).
        """
        if not self._names_only_places(term):
            return None
        kind = _qualifier_kind(qualifier)
        if kind == "change":
            paired = self._paired_growth(text, clause, quantity, district, said)
            if paired is not None:
                return paired
        if not self._bare_before(text, clause, quantity):
            return None
        cues = self.lexicon.mapping
        before = text[clause.start : quantity.start]
        if kind in ("level", "change") and sentence is not None:
            topical = self._growth_topic_of(text, sentence, quantity, said)
            if topical is not None:
                return topical
        if kind in ("change", "target") and any(cue in before for cue in cues.average_growth_cues):
            return self._average_growth_of(said, district, quantity)
        if kind == "change" and said and said[-1].indicator and said[-1].qualifier != "change":
            # 总产值786.3亿元，同比增长4.2%: the growth of the level just stated, not a carried rate
            if said[-1].district != district:
                return None
            return self._growth_of(self.catalog.indicator_by_id(said[-1].indicator), quantity)
        for earlier in reversed(said):
            if earlier.unit != quantity.unit:
                continue
            earlier_kind = _qualifier_kind(earlier.qualifier)
            if not earlier.indicator:
                if earlier_kind == "change" and kind != "change":
                    continue  # 比上年增加6天 between: not the measure compared
                return None  # a number of a measure the catalog does not know
            indicator = self.catalog.indicator_by_id(earlier.indicator)
            is_rate = any(word in indicator.name for word in self.lexicon.change_measures)
            if earlier_kind == "change" and kind != "change" and not is_rate:
                continue  # a level's change between: the level before it is the measure
            if kind == "change" and not is_rate:
                return None
            if (kind, earlier_kind) == ("level", "target") and not any(
                marker in before for marker in self.lexicon.present_markers
            ):
                # a goal carries a level's measure (…36.5%，距45%的目标), not back; only a
                # level said to be today's does (到2025年达到45%，目前已达44.8%)
                return None
            if earlier.district == district and earlier.year == year:
                # 突破1.2万亿元，全年录得12051亿元: the exact figure of a bound just stated
                restated = qualifier == "exact" and (
                    (earlier.qualifier == "at_least" and quantity.value >= earlier.value > 0)
                    or (earlier.qualifier == "at_most" and 0 < quantity.value <= earlier.value)
                )
                if not restated:
                    return None
            return indicator if self._unit_fits(indicator, quantity) else None
        return None

    def measure_of_the_list_heading(
        self, text: str, paragraph: Span, clause: Span, term: str, quantity: Quantity
    ) -> tuple[Indicator | None, str]:
        """The measure a short line ending in a colon names for the list below it, carried to
        a value that names nothing but its place: "北京市各区具体人口数量分别是：" over
        "东城区：708829人，占比3.2%；西城区：…" makes each value a 人口数量 (a catalog
        indicator when one of its names is there and its unit fits). (None, "") otherwise.

        Why: a comparison of districts lists each district's value after one heading, as a
        table does under its caption; each value alone names only its place."""
        nothing: tuple[Indicator | None, str] = (None, "")
        if _qualifier_kind(quantity.qualifier) != "level":
            return nothing  # 东城区：增加1.2万人: a change, not the heading's level
        if not self._names_only_places(term) or not self._bare_before(text, clause, quantity):
            return nothing
        own = text[clause.start : quantity.start]
        shares = (*self.lexicon.forms.share_verbs, *self.lexicon.mapping.share_endings)
        if any(word in own for word in shares):
            return nothing  # 占比3.2%: the share of the value before (mentions._share_label)
        above = text[max(0, paragraph.start - _LIST_HEADING_REACH) : paragraph.start].rstrip()
        heading = above[above.rfind("\n") + 1 :].strip()
        if not heading.endswith((":", "：")) or len(heading) > _LIST_HEADING_REACH // 2:
            return nothing
        if load_time_lexicon().year_re.search(heading):
            return nothing  # 2020年各区常住人口：its year is the heading's, which is not read here
        words = heading[:-1]
        lexicon = self.lexicon
        announcing = (*lexicon.respectively_cues, *lexicon.list_heading_endings)
        if not (
            any(word in words for word in announcing)
            or words.startswith(lexicon.list_heading_fillers)
            or self.group_mentions(words)
        ):
            return nothing  # 工作目标：, 附件：: no list of places' values announced
        endings = (*announcing, *lexicon.linking_words)
        while cut := longest_suffix(words, endings):
            words = words[: -len(cut)]
        for place in reversed(self.place_mentions(words)):
            words = words[: place.start] + words[place.end :]
        measure = trailing_noun_phrase(words, lexicon.term_verbs, lexicon.possessive_marks)
        measure = measure.removeprefix(longest_prefix(measure, lexicon.list_heading_fillers))
        tags = pos_tags(measure) if len(measure) >= 2 else []
        if not tags or tags[-1][1] not in _MEASURE_HEADS:
            return nothing  # 能源谷这边也不甘示弱：an idiom, no measure's name
        named = [
            i for synonym, i in self._synonym_index.candidates(measure) if measure.endswith(synonym)
        ]
        if named:
            fitting = [indicator for indicator in named if self._unit_fits(indicator, quantity)]
            # a catalog measure whose unit the value cannot have (常住人口 over 3个): not its list
            return (fitting[0], fitting[0].name) if fitting else nothing
        return None, measure

    def carried_term(
        self,
        text: str,
        clause: Span,
        term: str,
        quantity: Quantity,
        said: Sequence[Mention],
        original_sentence: str = "",
    ) -> str | None:
        """The words of an earlier number's measure the catalog does not know, carried as
        ``carried_measure`` carries a known one: "本市发生电动自行车火灾44起。其中，朝阳区9起"
        counts fires in 朝阳, and its term is 电动自行车火灾, not 朝阳区. Only for a number that
        names nothing but places (``_bare_before``), from the nearest earlier number of the
        paragraph in the same unit and of the same kind (a level, a change); a rank after a
        value of its sentence ranks that value. None otherwise."""
        verbs = self.lexicon.chart_scope.get("within_rank_verbs", ())
        opening = text[clause.start : quantity.start].lstrip()
        if (
            quantity.kind == "rank"
            and said
            and (opening.startswith(verbs) or self._only_a_rank_scope(opening))
            and self._value_before_in_its_sentence(text, quantity)
        ):
            # 一般公共预算收入年均增速7.7%，居城六区第一: a clause that opens with the rank's
            # verb ranks the value just said, whatever its unit, not an earlier sentence's
            # rank (投资强度全市第一); a rank naming its own measure keeps it (营商环境评价居…)
            rest = term.removeprefix(longest_prefix(term, verbs))
            scopes = self.lexicon.page_cues.get("superlative_scopes", ())
            rest = rest.removeprefix(longest_prefix(rest, scopes))
            if not self._names_only_places(rest):
                return None
            ranked = said[-1]
            return None if self._names_only_places(ranked.term) else self._without_places(ranked)
        if not self._names_only_places(term) or not self._bare_before(text, clause, quantity):
            return None
        if quantity.qualifier != "change" and self._states_its_own_act(text, clause, quantity):
            return None  # 死亡3人，受伤12人: 受伤 is what the 12 counts, no 死亡 carried
        if any_of(self.lexicon.respectively_cues).search(text, clause.start, quantity.start):
            return None  # 分别增长161%、74.5%: each value of the list is its own measure's
        if text[clause.start : quantity.start].rstrip().endswith(self.lexicon.enumeration_marks):
            return None  # 161%、74.5%和59.8%: the values of a list, not a place's figure
        # 低于全市平均水平0.5分贝: a difference from a baseline, labelled as one (不低于: a bound)
        compared = any_of(self.lexicon.comparative_verbs).search(text, clause.start, quantity.start)
        bounds = (
            *self.lexicon.qualifier_before["at_least"],
            *self.lexicon.qualifier_before["at_most"],
        )
        if compared is not None and not any(
            text.endswith(bound, 0, compared.end()) and len(bound) > len(compared.group())
            for bound in bounds
        ):
            return None
        extreme = self._extreme_reading_named_before(text, quantity)
        if extreme is not None:
            return extreme  # 降雨量最大的是某乡，为312.6毫米: the maximum, not the mean before
        kind = _qualifier_kind(quantity.qualifier)
        if (
            said
            and kind == "change"
            and _changes_the_level_before(said[-1], original_sentence)
            and not self._names_a_place(said[-1].term)  # 其中，某镇0.3万户，增长2%
        ):
            return None  # 合作医疗人数为23.4万人,增长2.1%: the level's growth (_display_term)
        for earlier in reversed(said):
            if earlier.unit != quantity.unit or _qualifier_kind(earlier.qualifier) != kind:
                continue
            if earlier.indicator or self._names_only_places(earlier.term):
                return None  # a known measure (carried_measure's), or no words to carry
            if self._names_a_place(earlier.term):
                continue  # 城区235.1毫米 between: an area's value of the measure named before
            if self._an_extreme_at_a_place(earlier):
                continue  # 最大降雨出现在某镇，为312.6毫米 between: a site's extreme, no measure
            if earlier.term.endswith(self.lexicon.compared_changes):
                return None  # 优良天数增加 (较2013年增加100多天): a comparison's label, no measure
            return self._without_places(earlier)
        return None

    def _an_extreme_at_a_place(self, mention: Mention) -> bool:
        """The mention is an extreme said where it was measured (最大降雨出现在某镇，为312.6毫米),
        its term the superlative's words: a later value of no words is no such extreme (全市最大
        降雨量312.6毫米。其中，房山区280毫米 gives the districts' maxima, and stays carried)."""
        return (
            self._extreme_words_re is not None
            and any(word in mention.term for word in self._superlatives)
            and self._extreme_words_re.search(mention.sentence) is not None
        )

    def _extreme_reading_named_before(self, text: str, quantity: Quantity) -> str | None:
        """The words of an extreme reading of weather or water said earlier in the number's
        sentence, where it was measured between: "降雨量最大的是某乡，为312.6毫米" and
        "最大降雨出现在某村，为312.6毫米" give 降雨量最大 and 最大降雨. Why: a value with no
        words of its own would otherwise carry the measure of the number before it (平均降雨量
        120毫米), and a maximum would read as a mean. Only for the readings of
        ``outside_extreme_readings`` and with no other value between; None otherwise."""
        if self._extreme_words_re is None:
            return None
        start = statement_start(text, quantity.start, FULL_STOPS + SEMICOLONS + "\n")
        found = None
        for match in self._extreme_words_re.finditer(text, start, quantity.start):
            found = match
        other_number = self.lexicon.date_patterns["number_not_a_date"]
        if found is None or other_number.search(text, found.end(), quantity.start):
            return None  # (the hours of 于26日22时至23时 between are no value)
        opening = max(start, _clause_start(text, found.start()))
        words = text[opening : found.start() + len(found.group("superlative"))]
        words += found.group("measure")
        words = words.strip().removeprefix(
            longest_prefix(words.strip(), tuple(self.lexicon.mapping.part_markers))
        )  # 其中最大点雨量: the part's word is no measure's
        for mark in self.lexicon.possessive_marks:
            words = words.removesuffix(mark)
        if not any(reading in words for reading in self.lexicon.outside_extreme_readings):
            return None
        return words or None

    def _without_places(self, mention: Mention) -> str | None:
        """A mention's term without the places it names (朝阳区电动自行车火灾 → 电动自行车火灾)."""
        words = mention.term
        for place in reversed(self.place_mentions(words)):
            words = words[: place.start] + words[place.end :]
        return words.strip() or None

    def _value_before_in_its_sentence(self, text: str, quantity: Quantity) -> bool:
        """Whether the sentence of ``quantity`` writes a value before it (not a year)."""
        start = statement_start(text, quantity.start, FULL_STOPS + SEMICOLONS + "\n")
        return self._values_between(text, start, quantity.start) > 0

    def action_measure(self, text: str, clause: Span, quantity: Quantity) -> Indicator | None:
        """A count written apart from the words of its measure: "转移96户220人", "紧急转移13个村
        共92名群众" state the measure 转移群众人数 with the number inside the verb phrase. A
        number after one of the actions of ``action_measures`` (lexicon) in its clause, in the
        action's unit, is that measure's, unless a word of another measure follows the action
        (转移就业 is employment, not an evacuation) or the clause counts a part (其中…). An
        action after the number is not read: "可满足2万人紧急转移安置需求" is a capacity."""
        clause_text = text[clause.start : quantity.start]
        if any(marker in clause_text for marker in self.lexicon.mapping.part_markers):
            return None  # 其中…转移16872人: a part of the total, not the measure
        for action, entry in self.lexicon.action_measures.items():
            position = clause_text.find(action)
            if position < 0:
                continue
            following = text[clause.start + position + len(action) : clause.end]
            if following.startswith(entry.not_followed_by):
                continue
            indicator = self.catalog.indicator_by_id(entry.indicator)
            if quantity.unit == indicator.unit:
                return indicator
        return None

    def split_synonym(self, text: str, clause: Span, quantity: Quantity) -> Indicator | None:
        """A catalog synonym made of a verb and a noun, written with the count between them:
        "将新建11个公园" is 新建公园 11, "新增3处口袋公园" 新增口袋公园 3. The longest synonym
        that a few characters right before the number and the noun right after it (up to the
        next punctuation) spell, in the number's unit; else None."""
        before = text[max(clause.start, quantity.start - _SPLIT_VERB) : quantity.start]
        after = text[quantity.end : clause.end]
        after = after[: next((i for i, ch in enumerate(after) if ch in _PHRASE_MARKS), len(after))]
        best: tuple[int, Indicator] | None = None
        for cut in range(len(before)):
            verb = before[cut:]
            for end in range(1, min(len(after), _SPLIT_NOUN) + 1):
                found = self.catalog.indicator_by_synonym(verb + after[:end])
                if found is not None and self._unit_fits(found, quantity):
                    length = len(verb) + end
                    if best is None or length > best[0]:
                        best = (length, found)
        return best[1] if best else None

    def composition_part(self, text: str, sentence: Span, quantity: Quantity) -> Indicator | None:
        """A number inside a ratio a:b:c that follows a composition's name in its sentence is
        its part in that place: "三次产业构成由上年的0.6:21.0:78.4调整为0.5:20.1:79.4" gives the
        first, second and third sectors' shares twice. The ratio must have as many parts as
        the composition (``compositions`` in data/lexicon.yaml)."""
        number = r"\d+(?:\.\d+)?"
        for ratio in re.finditer(
            f"{number}(?:[:：]{number})+", text[sentence.start : sentence.end]
        ):
            start, end = sentence.start + ratio.start(), sentence.start + ratio.end()
            if not start <= quantity.start < end:
                continue
            before = text[sentence.start : start]
            named = [(before.rfind(word), word) for word in self.lexicon.compositions]
            position, word = max(named, default=(-1, ""))
            parts = self.lexicon.compositions.get(word, ())
            values = re.split("[:：]", ratio.group())
            if position < 0 or len(values) != len(parts):
                return None
            index = len(re.findall("[:：]", text[start : quantity.start]))
            found = self.catalog.indicator_by_synonym(parts[index])
            return found if found is not None and self._unit_fits(found, quantity) else None
        return None

    def _paired_growth(
        self, text: str, clause: Span, quantity: Quantity, district: str, said: Sequence[Mention]
    ) -> Indicator | None:
        """ "接待游客612万人次，旅游收入38.5亿元，分别增长9.1%和12.4%": the changes after a
        pairing word (分别) are the growths of the levels just stated, in order, when there are
        as many levels as changes and the clause says nothing else."""
        before = text[clause.start : quantity.start]
        pairing = max((before.rfind(word) for word in self.lexicon.respectively_cues), default=-1)
        if pairing < 0:
            return None
        words = re.sub(r"[\d.%\uff05]", "", before)
        for mark in self.lexicon.enumeration_marks:
            words = words.replace(mark, "")
        if len(re.findall(r"[\u4e00-\u9fff]", words)) > _PAIRED_REACH:
            return None  # the clause has a subject of its own
        start = clause.start + pairing
        earlier = len(re.findall(r"\d+(?:\.\d+)?", text[start : quantity.start]))
        count = earlier + len(re.findall(r"\d+(?:\.\d+)?", text[quantity.start : clause.end]))
        levels = list(said[: len(said) - earlier])[-count:] if count else []
        if len(levels) != count or any(
            not m.indicator or m.qualifier == "change" or m.district != district for m in levels
        ):
            return None
        return self._growth_of(self.catalog.indicator_by_id(levels[earlier].indicator), quantity)

    def _average_growth_of(
        self, said: Sequence[Mention], district: str, quantity: Quantity
    ) -> Indicator | None:
        """年均增长5.4% with no subject of its own: the average growth of the measure the
        paragraph last gave a value of, for the same place (地区生产总值2204.5亿元，…年均增长
        5.4% → 地区生产总值年均增速; 同比增长5.3%，年均增长5.6%: the growth's measure's)."""
        cues = self.lexicon.mapping
        for earlier in reversed(said):
            if not earlier.indicator or earlier.district != district:
                continue
            measure = self.catalog.indicator_by_id(earlier.indicator)
            names = [measure.name, *measure.synonyms]
            for suffix in cues.average_growth_suffixes + cues.growth_suffixes:
                names += [name.removesuffix(suffix) for name in names if name.endswith(suffix)]
            for name in dict.fromkeys(names):
                for suffix in cues.average_growth_suffixes:
                    found = self.catalog.indicator_by_synonym(name + suffix)
                    if found is not None and self._unit_fits(found, quantity):
                        return found
            return None
        return None

    def _growth_of(self, level: Indicator, quantity: Quantity) -> Indicator | None:
        """The catalog's growth (or decline) measure of a level: 规模以上工业总产值 →
        规模以上工业总产值增速, if the catalog has it and the number's unit fits."""
        cues = self.lexicon.mapping
        for name in (level.name, *level.synonyms):
            for suffix in cues.growth_suffixes + self.lexicon.decline_rates:
                found = self.catalog.indicator_by_synonym(name + suffix)
                if found is not None and found is not level and self._unit_fits(found, quantity):
                    return found
        return None

    def _bare_before(self, text: str, clause: Span, quantity: Quantity) -> bool:
        """Nothing but places, years and a few linking words between the clause's last number
        (or its start) and this one ("（全市为5.2%", "延庆区达62%", "、67.2%", "较2013年的"), and
        a mark, not words, right after it: the number's statement ends there."""
        if re.search(r"\d[%％]?[:：]$", text[max(0, quantity.start - 3) : quantity.start]):
            return False  # 1.4:36.2:62.4, one ratio: its parts are no separate values
        after = text[quantity.end : quantity.end + 8].lstrip()
        after = after[len(longest_prefix(after, self._bounds_after)) :]  # 75%以上
        after = after.removeprefix(self._possessive)
        after = after[len(longest_prefix(after, self.lexicon.carried_measure_words)) :]
        if not (
            re.match(r"(?:$|[^\w“\"‘(（])", after)
            or self._standing_after(after)
            or self._another_value_after(after)
        ):
            return False  # 全市共两个“灯塔工厂”: the words after the number say what it counts
        said = self._year_re.sub("", text[clause.start : quantity.start])
        for cue in self.lexicon.mapping.average_growth_cues:
            said = said.replace(cue, "")  # 年均增长5.4%: carried_measure reads it as average
        # the number before (an ordinal too: 第四和第五), its unit aside: 24微克/立方米（全市为30.5
        ordinals = "|".join(re.escape(mark) for mark in self.lexicon.ordinal_marks)
        digits = list(re.finditer(rf"\d|(?:{ordinals})[{CHINESE_NUMERAL_CHARS}]+", said))
        if digits:
            said = said[digits[-1].end() :]
            said = said[len(longest_prefix(said, self._written_units)) :]
        for place in reversed(self.place_mentions(said)):
            said = said[: place.start] + said[place.end :]
        for word in self._carried_words:
            said = said.replace(word, "")
        said = said.strip("".join(self.lexicon.district_suffixes))
        if any(word in said for word in self.lexicon.money_words["cues_before"]):
            return False  # 税收增长10%: a measure of its own, however short (not the GDP's)
        return len(re.findall(r"[\u4e00-\u9fff]", said)) <= _CARRY_REACH

    def _growth_topic_of(
        self, text: str, sentence: Span, quantity: Quantity, said: Sequence[Mention]
    ) -> Indicator | None:
        """A sentence opening with a growth word as its topic ("增速方面，甲区以5.9%领跑，乙区
        5.4%"): its numbers are the growths of the measure whose levels the paragraph just
        gave, for each place (甲区地区生产总值478亿元…增速方面 → 地区生产总值增速). The last mapped
        level of the paragraph decides, whatever its place: the topic names no place."""
        cues = self.lexicon.mapping
        opening = text[sentence.start : quantity.start].lstrip()
        growth_words = cues.growth_suffixes + self.lexicon.decline_rates
        if not any(
            opening.startswith(word + mark)
            for word in growth_words
            for mark in self.lexicon.topic_marks
        ):
            return None
        for earlier in reversed(said):
            if not earlier.indicator or _qualifier_kind(earlier.qualifier) != "level":
                continue
            level = self.catalog.indicator_by_id(earlier.indicator)
            if any(word in level.name for word in self.lexicon.change_measures):
                continue  # a growth given before: the level is further back
            return self._growth_of(level, quantity)
        return None

    def _another_value_after(self, after: str) -> bool:
        """A joining word, then the next value of the list: "排在第四和第五", "为6%和7%". The
        words after the number join values; they say nothing of what it counts."""
        joiner = longest_prefix(after, self.lexicon.enumeration_marks)
        rest = after[len(joiner) :]
        return bool(joiner) and (
            rest[:1].isdigit() or rest.startswith(tuple(self.lexicon.ordinal_marks))
        )

    def _standing_after(self, after: str) -> bool:
        """A verb of standing right after the number (``standing_verbs``): "延庆区以5.9%领跑
        五区", "怀柔区以77.9%位居全市首位". The words after say where the value stands, not
        what it counts: the value's statement ends at the number."""
        return bool(longest_prefix(after, self.lexicon.standing_verbs))

    def _names_a_place(self, term: str) -> bool:
        """``term`` names only places, or a town, a street or a kind of area of the district
        (金海湖镇, 城区: ``text_tables.township_suffixes``, ``area_part_labels``): no measure."""
        cues = self.lexicon.text_tables
        suffix = longest_suffix(term, cues.get("township_suffixes", ()))
        return (
            self._names_only_places(term)
            or (bool(suffix) and len(term) >= len(suffix) + 2)
            or term in cues.get("area_part_labels", ())
        )

    @property
    def bound_words(self) -> tuple[str, ...]:
        """The bounds a qualifier reads right before a number (不少于, 将近, 约)."""
        return self._bounds

    def says_no_measure(self, words: str) -> bool:
        """``words`` are only places and the words carried with them (全区, 同比, 累计), or
        nothing: no measure is named."""
        return self._names_only_places(words)

    def names_only_places(self, term: str) -> bool:
        """``term`` names places and no measure (延庆区, 全市平均水平): the district column says
        that much, a label must say what is measured. A term of carried words alone (降幅,
        同比增加) is not one: it says what kind of figure it is."""
        return bool(self.place_mentions(term)) and self._names_only_places(term)

    def _names_only_places(self, term: str) -> bool:
        """True when ``term`` is empty or only names places (怀柔区, 全市): no measure."""
        rest = term
        for place in reversed(self.place_mentions(term)):
            rest = rest[: place.start] + rest[place.end :]
        rest = rest.strip("".join(self.lexicon.district_suffixes))
        if not self._carried_chars.issuperset(rest):
            return False  # a character no carried word has stays, whatever is removed
        for word in self._carried_words:
            rest = rest.replace(word, "")
        return not rest

    def _completed_term(
        self, text: str, quantity: Quantity, term: str, span: tuple[int, int], clause: Span
    ) -> Indicator | None:
        """The term found next to the number, completed the way a measure's name is: with the
        noun of the number's unit (新增造林8000亩 → 新增造林面积; 转移群众8600人次 → 转移群众人次)
        or with the subject before a verb of achievement (规模以上工业企业实现总产值 →
        规模以上工业企业总产值)."""
        cues = self.lexicon.mapping
        endings = ("", *cues.unit_nouns.get(quantity.unit, ()))
        between = text[quantity.end : span[0]] if span[0] >= quantity.end else ""
        predicate = _CJK_RE.search(text, span[1], clause.end)
        if between.strip() in self.lexicon.possessive_marks and predicate is not None:
            # 约9平方公里的区域采用留野管理, 有1245公顷的森林需通过…提升: the size of the thing
            # a predicate goes on about, no measure of the place; 全区有1.2万公顷的森林。 is
            endings = ("",)
        heads = [term]
        # 西城区总面积 → 全区总面积: a district's own name stands for "the whole district"
        own = self._alias_re.match(term) if self._alias_re is not None else None
        if own is not None and own.end() < len(term):
            rest = term[own.end() :].lstrip("".join(self.lexicon.district_suffixes))
            heads += [word + rest for word in self.lexicon.district_wide]
        before = text[max(clause.start, span[0] - 20) : span[0]]
        # the longest verb: 累计完成, not 完成 (the subject would end in 累计)
        verb = max((v for v in cues.subject_verbs if before.endswith(v)), key=len, default="")
        if verb:
            run = re.search(r"[\u4e00-\u9fff]+$", before[: -len(verb)])
            subject = run.group(0) if run else ""
            heads += [subject[k:] + term for k in range(len(subject) - 1)]
            heads += _overlapping_heads(subject, term)
        for head in heads:
            for ending in endings:
                if head == term and not ending:
                    continue  # the bare term: the synonym search has had its say
                found = self.catalog.indicator_by_synonym(head + ending)
                if (
                    found is not None
                    and self._unit_fits(found, quantity)
                    and self._reads_as(found, text, span, quantity, clause.start)
                    and self._action_stated(found, text, clause, quantity)
                ):
                    return found
        return None

    def _standing_subject(
        self, text: str, quantity: Quantity, clause: Span, sentence: Span
    ) -> tuple[Indicator, tuple[int, int]] | None:
        """A place's measure and where it stands, then the value in a clause of its own:
        "某区面积最大，约2,000平方公里", "某区人口最多，约50万人". The clause before ends on a word
        of standing (``subject_standings``) after a place and a measure's words, which are
        completed the way a term next to its number is (某区面积 → 全区面积). The number's own
        clause says nothing but a linking word or two (约, 为)."""
        said = re.sub(r"[^\u4e00-\u9fff]", "", text[clause.start : quantity.start])
        if len(said) > _STANDING_LINK_REACH:
            return None
        marks = [text.rfind(mark, sentence.start, clause.start - 1) for mark in _CLAUSE_MARKS]
        opened = max([sentence.start - 1, *marks]) + 1
        before = text[opened : clause.start].rstrip("".join(_CLAUSE_MARKS))
        standing = longest_suffix(before, self.lexicon.subject_standings)
        if not standing:
            return None
        subject_text = before[: -len(standing)]
        places = self.place_mentions(subject_text)
        if not places or places[0].start != 0:
            return None
        term = subject_text[places[0].start :]
        span = (opened, opened + len(subject_text))
        found = self._completed_term(text, quantity, term, span, clause)
        return (found, span) if found is not None else None

    def _continued_term(
        self, text: str, quantity: Quantity, clause: Span, sentence: Span
    ) -> tuple[Indicator, tuple[int, int]] | None:
        """A clause that goes on about the subject of the clause before: "应急避难场所124处,
        总面积356.7万平方米,可容纳41.5万人" gives 应急避难场所总面积 and 应急避难场所可容纳人数,
        the subject's name with the clause's words (and the noun of the number's unit) making a
        catalog measure."""
        cues = self.lexicon.mapping
        said = text[clause.start : quantity.start]
        for filler in cues.phrase_fillers:
            said = said.replace(filler, "")
        said, _ = self.strip_linking(said)
        for word in self.lexicon.district_wide:  # 占全区地区生产总值比重 → 占地区生产总值比重
            said = said.replace(word, "")
        total = said in cues.total_words
        if total:  # 新建…86个,总数达到486个: the subject's own measure (the stock)
            said = ""
        elif not said or len(said) > _CHANGE_CLAUSE_REACH or not _HAN_RUN_RE.fullmatch(said):
            return None
        previous = text[max(sentence.start, clause.start - 40) : clause.start]
        best: tuple[int, Indicator, tuple[int, int]] | None = None
        for synonym, indicator in self._synonym_index.candidates(previous):
            position = previous.rfind(synonym)
            if position < 0 or (best is not None and position + len(synonym) <= best[0]):
                continue
            if not _OWN_COUNT_RE.match(previous, position + len(synonym)):
                continue  # "自然保护区和自然公园等自然保护地共9处": the subject is another noun
            names: tuple[str, ...] = (synonym, indicator.name)
            if total:  # 新增国家高新技术企业218家,总量达到1432家: the total is the stock's
                added = next((w for w in cues.addition_words if synonym.startswith(w)), "")
                names = (synonym[len(added) :],) if added else names
            for name in dict.fromkeys(names):
                for ending in ("", *cues.unit_nouns.get(quantity.unit, ())):
                    found = self.catalog.indicator_by_synonym(name + said + ending)
                    if found is not None and self._unit_fits(found, quantity):
                        # the quote stays the clause's own words: "可容纳约21万人"
                        best = (position + len(synonym), found, (clause.start, quantity.start))
                        break
                else:
                    continue
                break
        return (best[1], best[2]) if best is not None else None

    def _nearest_indicator(
        self, text: str, quantity: Quantity, clause: Span, reach: int | None = 24
    ) -> tuple[Indicator | None, tuple[int, int] | None]:
        """The catalog indicator named nearest the number in ``clause`` (within ``reach``
        characters before it), whose unit fits the number's."""
        best: tuple[int, Indicator, tuple[int, int]] | None = None
        window_start = clause.start if reach is None else max(clause.start, quantity.start - reach)
        window_end = min(max(clause.end, clause.start), quantity.end + 16)
        window = text[window_start:window_end]
        taken: list[tuple[int, int]] = []
        candidates = self._synonym_index
        if quantity.qualifier == "change":
            candidates = self._growth_stem_index
        elif any(
            cue in text[clause.start : quantity.start] for cue in self.lexicon.forms.share_verbs
        ):
            candidates = self._share_stem_index  # 60岁及以上常住人口…,占22.3% → …占比
        for synonym, indicator in candidates.candidates(window):
            position = window.find(synonym)
            while position >= 0:
                start = window_start + position
                span = (start, start + len(synonym))
                if _inside_a_latin_word(text, span) or self._inside_a_district_name(text, span):
                    # EI in BEI指数, 山区 in 石景山区: another name's letters
                    position = window.find(synonym, position + 1)
                    continue
                gap = (
                    text[span[1] : quantity.start]
                    if span[1] <= quantity.start
                    else text[quantity.end : span[0]]
                )
                if not any(s < span[1] and span[0] < e for s, e in taken):
                    taken.append(span)
                    # A list mark between them: the term names another item of the list;
                    # "A、B分别为x和y" pairs terms and numbers in an order not followed here.
                    # The last item of a list before the number ("休闲公园、口袋公园等10处"):
                    # the number counts the whole list, not that item.
                    ends_a_list = span[1] <= quantity.start and self._last_of_a_list(
                        text, span[0], clause.start
                    )
                    named: Indicator | None = indicator
                    if (
                        synonym not in indicator.synonyms
                        and re.search(r"\d", gap)
                        and not self._stem_stands_alone(text, synonym, span[1])
                    ):
                        named = None  # 经济价值为388.76亿元，…增长11.4%: 经济 begins another word
                    elif synonym not in indicator.synonyms and not self._stem_opens_its_word(
                        text, synonym, span[0], clause.start
                    ):
                        named = None  # 数字经济…增长25.3%: 经济 ends another word
                    elif span[1] <= quantity.start and synonym in gap:
                        # 从重大项目看，…165项重大项目中已开工132项: the nearer naming governs
                        named = None
                    elif (
                        synonym not in indicator.synonyms
                        and reach is not None  # not the clause before (its level's number)
                        and re.search(f"[\\d{CHINESE_NUMERAL_CHARS}]", gap)
                    ):
                        named = None  # a growth's stem with a number of its own in between
                    elif (
                        synonym not in indicator.synonyms
                        and candidates is self._share_stem_index
                        and self._share_of_a_larger_whole(gap)
                    ):
                        named = None  # 第三产业增加值占全市的20.7%: a share of Beijing's total
                    elif not self._reads_as(indicator, text, span, quantity, clause.start):
                        named = self._addition_of(indicator, text, span, quantity, clause.start)
                    elif not self._unit_fits(indicator, quantity):
                        named = self._derived_indicator(indicator, text, span, quantity)
                        if (
                            named is not None
                            and reach is not None  # not the clause before (its level's number)
                            and re.search(f"[\\d{CHINESE_NUMERAL_CHARS}]", gap)
                        ):
                            named = None  # 接待游客超过千万人次,带动…收入增长三成: another subject
                    if (
                        named is not None
                        and not ends_a_list
                        and not self._list_mark_re.search(self._without_place_lists(gap))
                        and not (span[0] >= quantity.end and self._counts_a_subject(gap))
                        and not self._pairs_terms(text, span, gap, clause.start)
                        and self._action_stated(indicator, text, clause, quantity)
                    ):
                        distance = (
                            quantity.start - span[1]
                            if span[1] <= quantity.start
                            else span[0] - quantity.end + 4  # prefer the term before the number
                        )
                        if distance >= 0 and (best is None or distance < best[0]):
                            best = (distance, named, span)
                position = window.find(synonym, position + 1)
        if best is None:
            return None, None
        return best[1], best[2]

    def _stem_stands_alone(self, text: str, stem: str, end: int) -> bool:
        """A short stem of a growth's or a share's name (经济 of 经济增速, 自然 of 自然增长率)
        with a level's number between it and the change names that measure only as a word of
        its own: right before a change, a comparison, a linking word or a mark, not as the first
        word of another noun whose level that number is.

        Why: "直接经济价值为388.76亿元，比上年增长11.4%" charted 11.4% as GDP growth; the
        level's name is 经济价值, whose first word is 经济. Without a number between
        ("经济运行总体平稳，同比增长5.2%") the stem is the subject of the change. Longer stems
        (固定资产投资) are names of their own wherever they stand.

        Example: 经济 stands alone in "全区经济同比增长5.2%", not in "经济价值为388.76亿元".
        """
        if len(stem) > _SHORT_STEM:
            return True
        rest = text[end : end + _STEM_FOLLOWER_REACH]
        if not rest or not "\u4e00" <= rest[0] <= "\u9fff":
            return True
        followers = (
            *self.lexicon.qualifier_before["change"],
            *self.lexicon.comparison_markers,
            *self.lexicon.forms.share_verbs,
            *self.lexicon.linking_words,
            *self.lexicon.possessive_marks,
        )
        return rest.startswith(followers)

    def _stem_opens_its_word(self, text: str, stem: str, start: int, clause_start: int) -> bool:
        """A short stem of a growth's name (经济 of 经济增速) names that measure unless a word
        of a sector of the economy stands right before it (``economy_sector_words``: 数字经济,
        民营经济, 夜间经济): such a sector's growth is no GDP growth.

        Why: "数字经济核心产业收入增长25.3%" and "数字经济增长18%" were charted as GDP growth.
        The whole economy keeps its words (实现经济增长, 国民经济增长, 整体经济增长).

        Example: 经济 opens its word in "全区经济同比增长5.2%", not in "数字经济增长18%" nor in
        the name of a place (北京经济技术开发区).
        """
        if len(stem) > _SHORT_STEM:
            return True
        near = self.place_mentions(
            text, max(0, start - _PLACE_NAME_REACH), min(len(text), start + _PLACE_NAME_REACH)
        )
        if any(place.start <= start < place.end for place in near):
            return False  # 北京经济技术开发区的某药企营收增长20%: 经济 of the area's name
        return not text[clause_start:start].endswith(self.lexicon.economy_sector_words)

    def _without_place_lists(self, gap: str) -> str:
        """``gap`` without the list marks that only join places: in "某指数排名中，甲区、乙区分列
        第一、第二" the mark lists the places the values go to, not another measure's name."""
        for place in reversed(self.place_mentions(gap)):
            rest = gap[place.end :]
            mark = self._list_mark_re.match(rest)
            if (
                mark is not None
                and self.place_mentions(rest[mark.end() :])[:1]
                and (self.place_mentions(rest[mark.end() :])[0].start == 0)
            ):
                gap = gap[: place.end] + rest[mark.end() :]
        return gap

    def _counts_a_subject(self, gap: str) -> bool:
        """The number counts the subject of a verb that stands between it and the measure's
        name after it: "12个街道实现应急避难场所全覆盖" counts streets, not shelters. A number
        right before its noun ("建成3处大型应急避难场所") has no verb between."""
        return any(verb in gap for verb in self.lexicon.mapping.subject_verbs)

    def _pairs_terms(self, text: str, span: tuple[int, int], gap: str, floor: int) -> bool:
        """A pairing word (分别) between the term and the number pairs the items of a list with
        the numbers: "A、B分别为x和y" pairs terms, the nearest term is not the number's. When
        places are listed before one measure ("甲区、乙区森林覆盖率分别为67%和68%"), the
        measure is every number's, and the places say whose."""
        if not any(word in gap for word in self.lexicon.respectively_cues):
            return False
        if len(self.place_mentions(gap)) >= 2:
            return False  # 在某指数排名中，甲区、乙区分列第一、第二: the values pair with places
        # the whole clause of the term, when the window began inside it ("甲区和乙区已完成
        # GEP核算，分别为…" read from the clause before: both places still count)
        opened = max(
            text.rfind(mark, max(0, span[0] - _TERM_CLAUSE_REACH), span[0])
            for mark in _CLAUSE_MARKS
        )
        before = text[min(floor, opened + 1) if opened >= 0 else floor : span[0]]
        if before.endswith(self.lexicon.enumeration_marks):
            return True  # 地区生产总值和一般公共预算收入分别为…: a list of terms
        return len(self.place_mentions(before)) < 2

    def _last_of_a_list(self, text: str, start: int, floor: int) -> bool:
        """True when the term at ``start`` closes a list whose items have no number of their
        own ("新增休闲公园、口袋公园|等10处"), unlike "创新型企业574家、专精特新企业420家"."""
        if text[start - 1 : start] not in self.lexicon.enumeration_marks:
            return False
        item_start = max(floor, *(text.rfind(p, floor, start - 1) + 1 for p in ",，;；:："))
        return not re.search(r"\d", text[item_start : start - 1])

    def _action_stated(
        self, indicator: Indicator, text: str, clause: Span, quantity: Quantity
    ) -> bool:
        """新增雨量站 counts added stations: the sentence must say they were added."""
        actions = self.lexicon.mapping.addition_words
        prefix = next((p for p in actions if indicator.name.startswith(p)), "")
        if not prefix:
            return True
        start = max(0, text.rfind("。", 0, clause.start) + 1)
        ends = [e for e in (text.find("。", quantity.end), text.find("；", quantity.end)) if e >= 0]
        return prefix in text[start : min(ends) if ends else len(text)]

    def _unit_fits(self, indicator: Indicator, quantity: Quantity) -> bool:
        """The number has the indicator's dimension: the same base unit (a count of 张 is not a
        population in 人, 60万人次 of visits not a number of museums); counts of things and of
        entities (个, 户) go together, as 市场主体 are counted in either."""
        if quantity.needs_term_unit or quantity.unit == indicator.unit:
            return True
        interchangeable = self.lexicon.mapping.interchangeable_count_bases
        return quantity.kind == "count" and {quantity.unit, indicator.unit} <= set(interchangeable)

    def _reads_as(
        self,
        indicator: Indicator,
        text: str,
        span: tuple[int, int],
        quantity: Quantity,
        clause_start: int,
    ) -> bool:
        """The synonym at ``span`` names ``indicator`` only as the head of its noun phrase:
        modifiers right before it that make another measure (65岁及以上常住人口, 人均公园绿地面积,
        万元地区生产总值能耗), a place inside the district owning the figure (某某保护区鸟类,
        某某园接待游客), an addition said of a stock (新增应急避难场所, 应急避难场所新增3处), or a
        count unit of another kind (824种 is no number of reserves) say it does not."""
        cues = self.lexicon.mapping
        before = text[max(0, span[0] - 12) : span[0]]
        # with 的 between too: 年径流总量控制率在70%以上的区域面积 is the part above a threshold
        if before.removesuffix(self._possessive).endswith(cues.narrowing_modifiers):
            return False
        if before.endswith(self._per_head_phrases):
            return False  # 每万人拥有绿道长度: per head, with a verb of having between
        # the number between the tier and the name (区级12支专业抢险队伍): the tier's count still
        if span[0] >= quantity.end and text[max(0, quantity.start - 12) : quantity.start].endswith(
            cues.narrowing_modifiers
        ):
            return False
        if self._part_of_a_subarea(text, span) or self._narrowed_part(text, span):
            return False
        if self._a_plan_list(text, span, quantity) or self._rank_of_a_change(
            indicator, text, span, quantity
        ):
            return False
        before = self._year_re.sub("", before)  # 某某保税区2024年进出口总额: the year aside
        run = re.search(r"[\u4e00-\u9fff]*$", before)
        phrase = run.group(0) if run else ""
        while phrase.endswith(cues.subject_fillers):
            # the longest filler: 监测记录到, not 记录到 leaving 监测
            filler = max((w for w in cues.subject_fillers if phrase.endswith(w)), key=len)
            phrase = phrase[: -len(filler)]
        if self._a_subarea(phrase):
            return False
        if not phrase and self._a_subarea(self._sentence_subject(text, span[0])):
            return False  # 某某园全年举办活动…，接待游客…: the clause goes on about the park
        if self._a_named_area(phrase) or (
            not phrase
            and (self._a_facility_value(text, span[0]) or self._a_site_made_before(text, span[0]))
        ):
            return False
        if self._during_an_event(text, span[0]):
            return False
        if indicator.unit != "rank" and self._of_every_district(phrase):
            return False
        gap = text[span[1] : quantity.start] if span[1] <= quantity.start else ""
        if self._adjusted_basis(text[min(clause_start, span[0]) : quantity.start], quantity):
            return False
        in_ranking = indicator.unit == "rank" and gap.startswith(self.lexicon.ranking_frame_ends)
        if (gap.startswith(cues.head_continuations) and not in_ranking) or any(
            w in gap for w in cues.aggregate_words + cues.part_markers
        ):
            return False
        if not indicator.name.startswith(self.lexicon.mapping.addition_words) and not any(
            synonym.startswith(cues.addition_words) for synonym in indicator.synonyms
        ):
            if self._addition_said(text, span, quantity, clause_start):
                return False
        written = text[quantity.start : quantity.end]
        exclusive = next((u for u in cues.exclusive_count_units if written.endswith(u)), None)
        return exclusive is None or (indicator.display_unit or indicator.unit) == exclusive

    def _adjusted_basis(self, said: str, quantity: Quantity) -> bool:
        """A change on an adjusted basis after the standard one: "同比增长1%（同口径增长8.2%）"
        gives the standard growth (1%) and an adjusted one (8.2%), which is another measure.
        Only the words after the last number before this one count (the 1% keeps its measure),
        and only when a rate stands before them: where the adjusted growth is the only one
        given ("收入完成80亿元，同口径增长3%"), it is the growth the document reports.
        """
        if quantity.qualifier != "change":
            return False
        own = re.split(r"\d", said)[-1]
        at = max((own.rfind(word) for word in self.lexicon.adjusted_basis_words), default=-1)
        if at < 0:
            return False
        return re.search(r"\d\s*%", said[: len(said) - len(own) + at]) is not None

    def _a_subarea(self, phrase: str) -> bool:
        """The phrase ends with the kind of a place inside the district (保护区, 园, 基地…), and
        not with the district's own name (某某区公园 is the district's)."""
        return phrase.endswith(self.lexicon.mapping.subarea_suffixes) and not (
            self._alias_end_re is not None and self._alias_end_re.search(phrase)
        )

    def _during_an_event(self, text: str, position: int) -> bool:
        """The sentence opens on a festival's or a holiday's days (``event_period_words``): "某
        音乐节期间，全区接待游客…万人次" counts those days' visits, no value of the annual
        measure. The year's end or the whole year named after it (…期间…，年末…; 假日经济持续升温，
        全年接待游客…) is the year's again."""
        cues = self.lexicon.chart_scope
        said = text[statement_start(text, position, "。！？；;\n") : position]
        at = max((said.rfind(word) for word in cues.get("event_period_words", ())), default=-1)
        if at < 0:
            return False
        years = (*cues.get("year_end_words", ()), *cues.get("whole_year_words", ()))
        return not any(word in said[at:] for word in years)

    def _of_every_district(self, phrase: str) -> bool:
        """The phrase before a measure makes it every district's (``every_district_words``):
        "各区PM2.5浓度在36-49微克/立方米之间", "本市各区…" state the spread of the districts'
        values, no one place's value to chart (and never the city's, whose document it is).
        Not when 各区 is where a district ranks ("密云区居各区PM2.5浓度最低，为25微克/立方米":
        密云's), nor for a ranking among them (the caller: "在各区…排名中，密云、怀柔分列第一").
        """
        words = self.lexicon.chart_scope.get("every_district_words", ())
        word = longest_suffix(phrase, words)
        if not word:
            return False
        rest = phrase[: -len(word)]
        scope = self.lexicon.chart_scope
        if rest.endswith((*scope.get("within_rank_verbs", ()), *scope.get("scope_leads", ()))):
            return False  # 居各区…最低, 在各区…中: the districts are a ranking's scope
        return not (self._alias_re is not None and self._alias_re.search(rest))

    def measured_in_a_town(
        self, text: str, clause: Span, sentence: Span, quantity: Span, district: str
    ) -> bool:
        """The clause names one of ``district``'s streets, towns or sites (the registry's full
        names: 马池口镇, 首钢园) before the number (the sentence, for a bare change after a
        level: "…50亿元，增长5%"), and neither a district nor a word for the
        whole district (全区, 我区) after it: the value is the town's, kept as a fact of its
        district but no measure of the district's to chart. A town in brackets after the
        district's name (某区（某园）) is an aside, and towns in a list (、, 等) are members of
        what the district counts.

        Why: "昌平区地区生产总值1400亿元。马池口镇地区生产总值50亿元，增长5%。" charted the
        town's 50亿元 and its growth as the district's, beside the district's own."""
        if district not in self._district_names:
            return False
        bare_change = len(text[clause.start : quantity.start].strip()) <= _BARE_CHANGE_LEAD
        start = sentence.start if bare_change else clause.start
        towns = [
            town
            for town in self._township_re.finditer(text, start, quantity.start)
            if text[town.start() - 1 : town.start()] not in _OPENING_BRACKETS
        ]
        if not towns or self._township_of[towns[-1].group()] != district:
            return False
        listing = (*self.lexicon.enumeration_marks, *self.lexicon.list_open_words)
        if any(text.startswith(listing, town.end()) for town in towns):
            return False  # 妙峰山、潭柘寺等15家景区: members of what the district counts
        after = text[towns[-1].end() : quantity.start]
        whole = (*self.lexicon.district_wide, *self.lexicon.self_references)
        if any(word in after for word in whole):
            return False  # 在马池口镇召开的会议上通报全区地区生产总值…: the district's
        return not any(
            place.name in self._district_names
            for place in self.place_mentions(text, towns[-1].end(), quantity.start)
        )

    def ranked_within_the_district(self, text: str, sentence: Span, district: str) -> bool:
        """The sentence ranks what it measures within ``district`` itself: "森林覆盖率从29%提升到
        51%，位居大兴区首位" (or 居全区第一, 位列区内前列), a rank verb, the district or one of
        ``within_rank_scopes``, then a place (``within_rank_places``). What is measured is a
        part of the district (a town, a park), ranked among its parts: its values are the part's,
        no measure of the district's to chart.

        Why: a story on one town's green belt gave its forest coverage (51%) to the district,
        whose own is far lower."""
        if district not in self._district_names:
            return False
        pattern = self._within_rank_res.get(district)
        if pattern is None:
            cues = self.lexicon.chart_scope
            names = [alias for alias, (name, _) in self._alias_owner.items() if name == district]
            scopes = [*cues.get("within_rank_scopes", ()), *names]
            pattern = re.compile(
                f"(?:{alternation(cues.get('within_rank_verbs', ()))})"
                f"(?:{alternation(scopes)})"
                f"(?:{alternation(cues.get('within_rank_places', ()))})"
            )
            self._within_rank_res[district] = pattern
        return pattern.search(text, sentence.start, sentence.end) is not None

    def _a_named_area(self, phrase: str) -> bool:
        """The phrase before the measure names an area (``area_suffixes``: 地区, 一带) of the
        district, not the district: "某区三山五园地区新增绿地…公顷" is the area's; "海淀地区" or
        "全区" before 地区 is the district itself."""
        cues = self.lexicon.chart_scope.get("area_suffixes", ())
        suffix = next((word for word in cues if phrase.endswith(word)), None)
        if suffix is None:
            return False
        stem = phrase[: -len(suffix)]
        if not stem or stem.endswith(tuple(self.lexicon.district_wide)):
            return False
        return not (self._alias_end_re is not None and self._alias_end_re.search(stem))

    def _a_facility_value(self, text: str, position: int) -> bool:
        """The clause before, in the same sentence, says one facility opened (a name ending in
        a ``facility_nouns`` word, then an ``opening_verbs`` word): a measure opening the next
        clause with no subject of its own is the facility's ("某算力中心一期已投入使用，算力规模
        达到…P" is the centre's capacity, not the district's). A list of places opened
        (某公园二期、某湿地相继建成，人均公园绿地面积…) leaves the district's measure alone."""
        cues = self.lexicon.chart_scope
        before = self._clause_before_a_bare_measure(text, position)
        if before is None:
            return False
        if any(mark in before for mark in self.lexicon.enumeration_marks):
            return False  # 某公园二期、某湿地相继建成，人均公园绿地面积…: a list, the district's
        for verb in cues.get("opening_verbs", ()):
            at = before.find(verb)
            subject = before[:at].rstrip("".join(cues.get("opening_adverbs", ())))
            if at > 0 and subject.endswith(cues.get("facility_nouns", ())):
                return True
        return False

    def _clause_before_a_bare_measure(self, text: str, position: int) -> str | None:
        """The clause before the one a measure at ``position`` opens, in the same sentence,
        when the measure has no words of its own before it in its clause; else None."""
        sentence_start = statement_start(text, position, "。！？；;\n")
        clause_end = max(text.rfind(mark, sentence_start, position) for mark in "，,")
        if clause_end < sentence_start:
            return None
        if text[clause_end + 1 : position].strip():
            return None  # the measure has words of its own before it in its clause
        clause_start = max(
            sentence_start, *(text.rfind(mark, sentence_start, clause_end) + 1 for mark in "，,")
        )
        return text[clause_start:clause_end]

    def _a_site_made_before(self, text: str, position: int) -> bool:
        """The clause before, in the same sentence, makes a place a site of a kind
        (``becoming_verbs`` then a kind ending in ``subarea_suffixes``): a measure opening the
        next clause with no subject of its own is the site's. "2008年，某山晋升为国家级自然保护
        区，森林覆盖率达90%" is the reserve's cover, not the district's. When the place made so
        is the district (某区成为…示范区, 全区…) or none is named, the measure stays the
        district's."""
        before = self._clause_before_a_bare_measure(text, position)
        if before is None or not before.rstrip().endswith(self.lexicon.mapping.subarea_suffixes):
            return False
        verbs = self.lexicon.chart_scope.get("becoming_verbs", ())
        at = max((before.rfind(verb) for verb in verbs), default=-1)
        if at < 0:
            return False
        subject = self._year_re.sub("", before[:at]).strip(" \t，,")
        if not _CJK_RE.search(subject):
            return False  # no place named: the document's district acting
        if any(word in subject for word in (*self._own_words, *self.lexicon.local_subjects)):
            return False  # 全区, 我区, 该区…: the district made so
        # the district's own name closes the subject (某区成功被命名为…); a town after it
        # (某区某镇被评为…) is a site of the district
        trimmed = subject.rstrip("".join(self.lexicon.district_suffixes))
        return not (self._alias_end_re is not None and self._alias_end_re.search(trimmed))

    def _sentence_subject(self, text: str, position: int) -> str:
        """The words opening the sentence before ``position``, up to its first word of time or
        action (全年, 累计, 记录, 实现…), when the sentence opens with such a subject: the
        subject a clause without one of its own goes on about (某某保护区记录植物800余种、
        鸟类190种: the birds are the reserve's). Empty when none is found."""
        cues = self.lexicon.mapping
        # the clause's own subject first (…公顷，某某保护区记录…), else the sentence's
        for marks in ("。！？；;\n，,", "。！？；;\n"):
            start = statement_start(text, position, marks)
            run = _HAN_RUN_RE.match(text[start:position])
            if run is None:
                continue
            opening = run.group(0)
            cuts = [opening.find(w) for w in cues.subject_fillers + cues.subject_verbs]
            cuts = [cut for cut in cuts if cut > 0]
            if cuts:
                return opening[: min(cuts)]
        return ""

    def _part_of_a_subarea(self, text: str, span: tuple[int, int]) -> bool:
        """A part (其中…) of a whole the sentence gives for a place inside the district, not
        for the district: "某某产业基地入驻企业超过300家，其中上市企业9家" counts the base's
        listed companies. A sentence about the whole district (全区…，其中…) is the district's."""
        cues = self.lexicon.mapping
        start = statement_start(text, span[0], "。！？\n")
        said = text[start : span[0]]
        part = max((said.rfind(marker) for marker in cues.part_markers), default=-1)
        if part < 0:
            return False
        whole = said[:part]
        if not whole.strip() and text[start - 1 : start] == "\n":
            # a post breaks the sentence before 其中 (…企业2,300余家，\n其中上市企业…): the whole
            # is on the line before
            whole = text[statement_start(text, start - 1, "。！？\n") : start]
        if any(word in whole for word in self.lexicon.district_wide):
            return False  # 全区…，其中
        if self._gathered_population(whole):
            return True  # 某园集聚企业…家，其中上市企业…家
        if any(place.name in self._district_names for place in self.place_mentions(whole)):
            return False  # 西城区实现地区生产总值…，其中金融业增加值
        # two-character kinds only (基地, 保税区): a lone 园 is in too many words (幼儿园)
        return any(suffix in whole for suffix in cues.subarea_suffixes if len(suffix) > 1)

    def _a_plan_list(self, text: str, span: tuple[int, int], quantity: Quantity) -> bool:
        """A count a plan fixes (``plan_list_words``: 规划确定的…) right before the measure's name
        or before the number that precedes it: "规划确定的120项重大项目中已开工90项" counts the
        plan's list over its years, not the district's key projects of a year."""
        words = self.lexicon.chart_scope.get("plan_list_words", ())
        before = text[max(0, min(span[0], quantity.start) - 12) : min(span[0], quantity.start)]
        return before.rstrip(" ，,").endswith(words)

    def _rank_of_a_change(
        self, indicator: Indicator, text: str, span: tuple[int, int], quantity: Quantity
    ) -> bool:
        """A rank said of a change of the measure (``change_rank_words``: 降幅, 增幅…) between
        the measure's name and the rank is no rank of its level: "某区PM2.5浓度降幅全市第一" ranks
        the fall, while PM2.5年均浓度排名 ranks the concentration."""
        if "rank" not in (indicator.unit, quantity.unit) or span[1] > quantity.start:
            return False
        words = self.lexicon.chart_scope.get("change_rank_words", ())
        if any(word in indicator.name for word in words):
            return False  # the indicator ranks a change itself
        return any(word in text[span[0] : quantity.end] for word in words)

    def _gathered_population(self, whole: str) -> bool:
        """The whole before 其中 counts firms gathered somewhere (``gathering_verbs``: 集聚,
        入驻…): a cluster's or a sector's population, so its part is no district count.
        "某区依托某科学城，集聚某领域企业120余家，其中小巨人企业9家" gives the sector's 9, not
        the district's; "全区…，其中" (checked before) stays the district's."""
        verbs = self.lexicon.chart_scope.get("gathering_verbs", ())
        # the statement 其中 divides, after the last semicolon: "某中心入驻企业…家；专精特新企业
        # 总量达到…家，其中…" divides the district's total, not the centre's
        statement = re.split("[;；]", whole)[-1]
        return any(verb in statement for verb in verbs)

    def _narrowed_part(self, text: str, span: tuple[int, int]) -> bool:
        """A part named after 其中 with words of its own before the measure's name: the whole's
        measure narrowed to a kind, tier or place (…接待游客1600万人次。其中，乡村旅游接待游客
        480万人次; 其中，区级综合应急救援队伍1支). Time words and 全区 do not narrow it
        (其中，全区接待游客…), and districts named there are read as places, not as a kind."""
        cues = self.lexicon.mapping
        start = statement_start(text, span[0], "。！？；;\n")
        said = text[start : span[0]]
        part = max((said.rfind(marker) for marker in cues.part_markers), default=-1)
        if part < 0:
            return False
        between = self._year_re.sub("", said[part:].lstrip("".join(cues.part_markers)))
        between = between.lstrip(",，:：、 ")
        for word in (*self.lexicon.district_wide, *cues.subject_fillers):
            between = between.replace(word, "")
        if self._alias_re is not None and self._alias_re.search(between):
            return False  # 其中，密云区和延庆区…: places, which district_of reads
        return bool(re.fullmatch(r"[\u4e00-\u9fff“”\"]+", between))

    def _addition_said(
        self, text: str, span: tuple[int, int], quantity: Quantity, clause_start: int
    ) -> str:
        """The addition word said of the term, if any: right before it (新增应急避难场所), in its
        clause before it (新增储备…等防汛物资20万件), between it and its number (应急避难场所
        新增3处), or before the number that precedes it (新增了…232处雨量站)."""
        words = self.lexicon.mapping.addition_words
        before = text[max(0, span[0] - 12) : span[0]]
        said = next((w for w in words if before.endswith(w)), "")
        if said:
            return said
        if span[1] <= quantity.start:
            # 应急避难场所新增3处; 新增储备编织袋、救生衣等防汛物资20万件
            stretch = text[clause_start : span[0]] + "|" + text[span[1] : quantity.start]
        else:
            stretch = text[clause_start : quantity.start]
        return next((w for w in words if w in stretch), "")

    def _addition_of(
        self,
        indicator: Indicator,
        text: str,
        span: tuple[int, int],
        quantity: Quantity,
        clause_start: int,
    ) -> Indicator | None:
        """The catalog's measure of the additions when a stock's term is said to be added
        (新增了232处雨量站 → 新增雨量站), else None."""
        said = self._addition_said(text, span, quantity, clause_start)
        if not said:
            return None
        for name in (text[span[0] : span[1]], indicator.name):
            found = self.catalog.indicator_by_synonym(said + name)
            if found is not None and found is not indicator and self._unit_fits(found, quantity):
                return found
        return None

    def _derived_indicator(
        self, indicator: Indicator, text: str, span: tuple[int, int], quantity: Quantity
    ) -> Indicator | None:
        """The measure the words from a level's name to the number make of it, when the level
        itself has another dimension: 金融业增加值占地区生产总值的比重为18.1% is the share
        (the words read as one term); 地区生产总值…增长6.1% its growth (name + 增速); 年均增长 its
        average growth; 能耗下降3% the decline (name + 下降率); 位居全市第一 the rank."""
        cues = self.lexicon.mapping
        if span[1] <= quantity.start:
            # the longest stretch from the term that names a measure: 金融业增加值占地区生产总值的
            # 比重(升至)10.2% → 金融业增加值占地区生产总值比重
            stretch = text[span[0] : quantity.start]
            for filler in cues.phrase_fillers:
                stretch = stretch.replace(filler, "")
            larger = self._share_of_a_larger_whole(stretch)
            for end in range(len(stretch), span[1] - span[0], -1):
                if larger and not self._share_of_a_larger_whole(stretch[:end]):
                    break  # 第三产业增加值占全市的: only a measure naming Beijing's total
                found = self.catalog.indicator_by_synonym(stretch[:end])
                if found is not None and found is not indicator:
                    return found if self._unit_fits(found, quantity) else None
        between = text[span[1] : quantity.start] if span[1] <= quantity.start else ""
        share = max((between.rfind(cue) for cue in self.lexicon.forms.share_verbs), default=-1)
        if share >= 0 and quantity.unit == "%":
            # …75.5亿元,占一般公共预算收入的78.4% → 税收收入占一般公共预算收入比重;
            # 空气质量优良天数263天,占全年天数的72.1% → 空气质量优良天数比例
            whole = between[share:]
            for filler in cues.phrase_fillers:
                whole = whole.replace(filler, "")
            # 占全市的20.7%: a share of Beijing's total, never the district's own share
            larger = self._share_of_a_larger_whole(whole)
            whole, _ = self.strip_linking(whole)
            for name in dict.fromkeys((text[span[0] : span[1]], indicator.name)):
                for ending in cues.share_endings:
                    terms = (
                        (name + whole + ending,)
                        if larger
                        else (name + whole + ending, name + ending)
                    )
                    for term in terms:
                        found = self.catalog.indicator_by_synonym(term)
                        if found is not None and self._unit_fits(found, quantity):
                            return found
            return None
        if quantity.kind == "rank":
            suffixes = cues.rank_suffixes
        elif quantity.qualifier != "change":
            return None
        elif any(cue in between for cue in cues.average_growth_cues):
            suffixes = cues.average_growth_suffixes
        elif self._since_year_re.search(between):
            # 较2020年下降24%: a change over several years is the cumulative measure, if any
            suffixes = cues.cumulative_suffixes
        else:
            suffixes = cues.growth_suffixes + self.lexicon.decline_rates
        # 能耗累计下降16.3%: the words between, made a rate (累计下降 → 累计下降率), come first.
        said, _ = self.strip_linking(between)
        said_rates = tuple(said + ending for ending in cues.rate_endings) if said else ()
        names = dict.fromkeys((text[span[0] : span[1]], indicator.name, *indicator.synonyms))
        for name in names:
            for suffix in said_rates + suffixes:
                found = self.catalog.indicator_by_synonym(name + suffix)
                if found is not None and self._unit_fits(found, quantity):
                    return found
        return None

    def _share_of_a_larger_whole(self, whole: str) -> bool:
        """The words after 占 name Beijing's or the nation's total (第三产业增加值占全市的20.7%
        is the district's share of the city's tertiary output), not the district's own whole:
        such a share is no share of the district's GDP (第三产业增加值占地区生产总值比重)."""
        words = self.lexicon.municipality_subjects + self.lexicon.nation_subjects
        return any(word in whole for word in words)

    def _without_rank_scope(self, phrase: str) -> str:
        """The words before a rank without its scope and its verb ("空气质量排名全市" → 空气质量,
        "综合评价位居城六区" → 综合评价): what is ranked, not where."""
        cues = self.lexicon
        scopes = (*cues.page_cues.get("superlative_scopes", ()), *cues.district_rank_scopes)
        verbs = tuple(cues.chart_scope.get("within_rank_verbs", ()))
        rest = self._without_scopes(phrase, (*scopes, *verbs)).rstrip()
        tags = pos_tags(rest) if rest else []
        while tags and tags[-1][1] in _LINKING_FLAGS:
            rest = rest[: -len(tags.pop()[0])]  # 数字均居北京第一: 均 links, names nothing
        core = [tag for tag in tags if not self.place_mentions(tag[0])]  # 昌平区综合: 综合
        if len(core) == 1 and core[0][1] not in _NOUNS:
            # 综合排名全市第一: the verb was part of the name (综合排名), only the scope goes
            rest = self._without_scopes(phrase, scopes)
        if rest == phrase:
            # 居头部国家级经开区首位: a scope no list names, after the verb of standing
            offset, verb_at = 0, -1
            for word, _ in pos_tags(phrase):
                if word in verbs:
                    verb_at = offset
                offset += len(word)
            if verb_at == 0:
                return ""  # what is ranked was said before (…年均增长10%，居…首位)
            if verb_at > 0:
                rest = phrase[:verb_at]
        if rest == phrase or self._names_only_places(rest.strip()):
            return phrase  # 昌平区排名全市第一: the district itself is ranked, no measure
        return rest

    def _only_a_rank_scope(self, words: str) -> bool:
        """Nothing but a ranking's scope and verb, opened by a scope's lead (``scope_leads``):
        在全市排名, 在全市16个区中位列. Such a clause ranks the value said before it."""
        cues = self.lexicon
        opener = longest_prefix(words, cues.chart_scope.get("scope_leads", ()))
        if not opener:
            return False
        scopes = (
            *cues.page_cues.get("superlative_scopes", ()),
            *cues.district_rank_scopes,
            *cues.chart_scope.get("within_rank_verbs", ()),
        )
        rest = words[len(opener) :].rstrip()
        return bool(rest) and not self._without_scopes(rest, scopes)

    def _without_scopes(self, phrase: str, words: tuple[str, ...]) -> str:
        """``phrase`` without the ``words`` and the places that end it, one after another.

        A counted group of districts is a scope too (农业产值十个郊区排名第一, 在全市16个区中),
        and so is the word closing one (在生态涵养区中): what is left names the measure."""
        rest = phrase
        while True:
            cut = len(longest_suffix(rest, words))
            places = self.place_mentions(rest, max(0, len(rest) - 8))
            if places and places[-1].end == len(rest):
                cut = max(cut, len(rest) - places[-1].start)  # 居北京: a place as the scope
            counted = self._counted_group_end_re.search(rest, max(0, len(rest) - 10))
            if counted is not None:
                cut = max(cut, len(rest) - counted.start())
            if not cut:
                closer = longest_suffix(rest, self.lexicon.rank_scope_closers)
                inner = rest[: len(rest) - len(closer)]
                if closer and inner and self._without_scopes(inner, words) != inner:
                    cut = len(closer)
            if not cut:
                return rest
            rest = rest[:-cut]

    def _term_near(self, text: str, quantity: Quantity, clause: Span):
        """The noun phrase right before or right after the number (before wins for rates,
        money and ranks, which Chinese writes after their subject: 森林覆盖率68.5%)."""
        stops = list(self._term_stop_re.finditer(text, clause.start, quantity.start))
        before_start = stops[-1].end() if stops else clause.start
        phrase, trimmed = self.strip_linking(text[before_start : quantity.start])
        from_mark = longest_suffix(phrase, load_time_lexicon().from_value_marks)
        if from_mark and len(phrase) > len(from_mark):
            # 轨道交通运营里程由7.9公里增至18.6公里: the measure stands before its from-value
            phrase = phrase[: -len(from_mark)]
        from_value = self.from_value_re.search(phrase)
        if from_value is not None:
            # 百岁老人由751人增至1438人: the to-value's measure stands before the from-value too
            # (751人 named nothing)
            phrase = phrase[: from_value.start()]
        if phrase.endswith(self.lexicon.anaphoric_measures):
            phrase = ""  # 这一比例将不低于45%: the measure named before (carried_measure)
        if phrase.endswith(self.lexicon.per_markers):
            phrase = text[before_start : quantity.start]  # 每户每年2000元: 年 is per year
        if quantity.kind == "rank":
            phrase = self._without_rank_scope(phrase)  # 空气质量排名全市第一: 空气质量
        verbs = self.lexicon.term_verbs
        before = trailing_noun_phrase(
            phrase,
            verbs,
            self.lexicon.possessive_marks,
            self.name_breaking_verbs,
            self.lexicon.mapping.rate_endings,  # 整改率: 率 ends the name
        )
        before_end = before_start + trimmed + len(phrase)
        if before.startswith(self.lexicon.not_facts.class_bounds):
            # 亿元以上项目39个: the class's threshold belongs to its name (not 以上项目)
            amount = _THRESHOLD_BEFORE.search(text, before_start, before_end - len(before))
            if amount is not None and amount.end() == before_end - len(before):
                before = text[amount.start() : before_end]
        opening = before_end - len(before)
        if before and opening > 0 and _is_numeral_char(text[opening - 1]):
            # "两大主导产业产值突破4000亿元": the classifier of the count before it is not the
            # term's first word (主导产业产值, not 大主导产业产值), unless it starts a word
            # (三片区建设用地面积: 片区)
            classifier = longest_prefix(before, self._count_classifiers)
            if classifier and pos_tags(before[:6])[0][0] == classifier:
                before = before[len(classifier) :]
        # What an amount of money is per, written before it (每亩, 每户每年), a few words at
        # most before its term or the number: the term says so (每亩收益, not 收益, a total).
        chain, chain_end = "", -1
        if quantity.kind == "money":  # 每季度召开1次: a frequency, not an amount per unit
            chain, chain_end = self._per_chain(text, clause.start, before_end)
            if text.startswith(self.lexicon.occurrence_units, chain_end):
                chain, chain_end = "", -1  # 每人次: per visit, a unit the chain does not name
        per_verb = ""  # 每亩增收500元: the verb between the chain and the number
        term_start = before_end - len(before)
        if chain and chain_end == before_end:
            before = chain  # "每户每年2000元": what the amount is per is all its term says
            term_start = chain_end - len(chain)
        elif chain and before and 0 <= opening - chain_end <= _PER_UNIT_GAP:
            # 每亩收益, 每亩每年租金, 每户每年给予补贴, 每年增加村集体收入: the words between stay
            term_start = chain_end - len(chain)
            before = text[term_start:before_end]
        elif chain and not before and before_end - chain_end <= _PER_UNIT_GAP:
            per_verb = text[chain_end:before_end]
            before = chain + per_verb
            term_start = chain_end - len(chain)
        filler = self._filler_after_re.match(text, quantity.end, clause.end)
        after_start = filler.end() if filler else quantity.end
        # 18个项目: 项 opens the word 项目 (``unit_word_starts``), no filler to pass over
        after_start = next(
            (
                at
                for at in range(quantity.end, after_start)
                if text.startswith(self.lexicon.unit_word_starts, at)
            ),
            after_start,
        )
        after = _leading_noun_phrase(text[after_start : min(clause.end, after_start + 20)], verbs)
        if after[:1].isdigit():
            after = ""  # 转移96户220人: the words after 96户 are another value, not its term
        elif digit := _DIGIT_AFTER_WORDS.search(text, after_start, after_start + len(after) + 1):
            # 3个乡镇46个村: 乡镇, the next value is not the term's
            after = after[: max(0, digit.start() - after_start)]
        if per_verb and after:
            # "每户每年发放2000元补贴": the noun after the amount, per the chain before it
            return chain + after, (after_start, after_start + len(after))
        prefer_before = quantity.kind in ("rate", "money", "rank", "concentration")
        if before and before_end == quantity.start and (prefer_before or not after):
            return before, (term_start, before_end)
        money = self.lexicon.money_words
        if (
            before
            and quantity.kind == "money"
            and after.startswith((*money["followers"], *money["closers"]))
            and not self.strip_linking(text[before_end : quantity.start])[0].strip()
        ):
            # 投资近1亿建设公园, 营收突破2000亿元大关: only linking words and a bound between the
            # measure and its amount; after it what the money pays for, or the mark it passed
            return before, (term_start, before_end)
        if (
            before
            and quantity.kind == "money"
            and text.startswith(self.lexicon.possessive_marks, quantity.end)
        ):
            # 投资总额近10亿元的重大项目: the amount's measure before its linking words and
            # bound, not the thing the amount describes (重大项目落户…). Not a rate's or a
            # rank's: 全村近60%的家庭, 是北京市最大的… describe what the figure is of.
            return before, (term_start, before_end)
        if after:
            return after, (after_start, after_start + len(after))
        if before:
            return before, (term_start, before_end)
        return "", None

    def _per_chain(self, text: str, floor: int, end: int) -> tuple[str, int]:
        """The last run of per-unit words in text[floor:end] (每亩, 每户每年) and where it
        ends; ("", -1) when there is none."""
        at = max(text.rfind(per_unit, floor, end) for per_unit in self._per_units)
        if at < 0:
            return "", -1
        chain_end = at + len(longest_prefix(text[at:end], self._per_units))
        while more := longest_prefix(text[chain_end:end], self._per_units):
            chain_end += len(more)
        start = at
        while word := longest_suffix(text[floor:start], self._per_units):
            start -= len(word)
        return text[start:chain_end], chain_end

    def _states_its_own_act(self, text: str, clause: Span, quantity: Quantity) -> bool:
        """The clause's words before the number end on a verb of their own, past the linking
        words (受伤12人, 腾退30万平方米, 竣工18个): an act of its own, no measure to carry.
        A place and a linking word (乙区达61%, 朝阳区9起) state none."""
        phrase = text[max(clause.start, quantity.start - _ACTION_REACH) : quantity.start]
        # (由52%提高到81%: 提高到 links a from-value to its to-value, the measure carried)
        phrase = self.strip_linking(phrase.rstrip())[0].rstrip()
        if phrase.endswith(self.lexicon.counted_actions):
            return True  # (投用, 失联: the tagger may cut them)
        tags = pos_tags(phrase)
        return bool(tags) and tags[-1][1] in _ACTION_VERBS

    def action_before(self, text: str, clause: Span, quantity: Quantity) -> str:
        """The words of the action a number counts, right before it in its clause, when no
        noun names it: a verb and the nouns before it (颐和园接待19.6万人, 强降雨造成全区死亡5人 →
        死亡, 拆除违法建设12万平方米). Read back from the number, past the linking words and a
        bound, over the tagger's words while they are nouns or verbs, up to a place, a mark, a
        time, an adverb or a preposition, at most ``_ACTION_LABEL`` characters; the last word
        a verb. A verb alone labels only an event counted (``counted_actions``: 死亡, 倒塌):
        包括12个 says nothing. "" otherwise.

        Why: such a number reached the tables with no label at all, though its clause says
        plainly what it counts."""
        if quantity.kind not in _ACTION_KINDS:
            return ""  # a share, a rank, money: labelled by rules of their own, or not at all
        start = max(clause.start, quantity.start - _ACTION_REACH)
        phrase = text[start : quantity.start].rstrip()
        phrase = phrase.removesuffix(longest_suffix(phrase, self._bounds)).rstrip()  # 约, 超过
        tags = pos_tags(phrase)
        # the linking verbs before the number (共, 达到, 为), whole words of the tagger's, but
        # not a verbal noun the act ends on (拆除违法建设12万平方米: 建设 is what was pulled down)
        while tags and tags[-1][1] != "vn" and tags[-1][0] in self._linking_or_hedges:
            tags = tags[:-1]
        counted = self.lexicon.counted_actions
        joined = "".join(word for word, _ in tags)
        own = longest_suffix(joined, counted)
        if tags and own and len(tags[-1][0]) < len(own):
            return own  # 投用12个, 失联2人: an event counted the tagger cuts in two
        if not tags or tags[-1][1] not in _ACTION_VERBS:
            return ""
        if tags[-1][0] in self.lexicon.uncounted_verbs:
            return ""  # 方案包括12个, 形成15个: the verb says nothing of what is counted
        words: list[str] = []
        for word, flag in reversed(tags):
            if word in self.lexicon.action_negations:
                return ""  # 尚未完工43个: what is not done, which no act's label may hide
            if flag[:1] in _ACTION_LEADS or word in self._hedges or not word.isalnum():
                break  # 年内已开工, 通过实施, a mark: what comes before is no part of the act
            if (
                word in self.lexicon.district_wide
                or word in self.lexicon.district_suffixes
                or self.place_mentions(word)
            ):
                break  # 全区死亡, 我区转移: the place is the district column's
            if len(word) + sum(map(len, words)) > _ACTION_LABEL:
                break
            words.insert(0, word)
        if len(words) == 2 and len(words[0]) == 1:
            words = words[1:]  # 因灾死亡: a lone character left of a cut word, no subject
        if not words or any(char.isdigit() for word in words for char in word):
            return ""
        if len(words) == 1 and words[0] not in self.lexicon.counted_actions:
            return ""  # 包括, 选取, 形成: a verb alone that says nothing of what is counted
        return "".join(words)

    def strip_linking(self, phrase: str) -> tuple[str, int]:
        """Drop the linking verbs between a term and its number (已达到, 保持, 为), and a
        bound right before the number, which the qualifier reads (年产值不少于30亿元 →
        年产值). A bound further back is not the qualifier's and stays in the phrase
        (年产值最高达到50亿元: a peak, not a term 年产值 of an exact value)."""
        bound = longest_suffix(phrase, self._bounds)
        if bound:
            phrase = phrase[: -len(bound)]
        changed = True
        words = self.lexicon.linking_words
        stripped = False
        while changed and phrase:
            changed = False
            if not phrase.endswith(words):  # one test for all the words, most often the end
                break
            for word in words:
                if phrase.endswith(word):
                    phrase = phrase[: -len(word)]
                    changed = stripped = True
                    break
        if stripped:
            # 产值将达到: a goal's auxiliary before the linking verb (never alone: 运动健将)
            phrase = phrase.removesuffix(longest_suffix(phrase, self.lexicon.goal_auxiliaries))
        return phrase, 0

    def theme_of(
        self,
        indicator: Indicator | None,
        term: str,
        scopes: list[str],
        unit: str = "",
        opening: str = "",
    ) -> str:
        """The indicator's theme, else the theme whose keywords the nearest scope names most
        (the clause, the term, then the sentence, paragraph and the lines before), each keyword
        weighed by its length and the times it occurs; a value in a unit only one theme measures
        in (``unit_themes``: 微克/立方米) is that theme's. The clause comes before the term: in
        "恢复供水村庄178个" the term 村庄 would say society, the clause says restoring supply.

        Denominators (万元地区生产总值能耗, 约为同期地区生产总值的1.7倍) count for no theme:
        the measure is the energy use, the GEP.
        A scope that names only generic words (投资, 平台) lets the next scope decide when that
        one names something specific: "累计完成投资238.6亿元" in a sentence about 恢复重建."""
        if indicator is not None:
            return indicator.theme
        if self._distance_from_a_place(term, unit):
            return "other"  # 西距北京市区70公里: where a place lies, no theme's measure
        for theme, units in self.lexicon.unit_themes.items():
            if unit in units:
                return theme  # 46微克/立方米: a pollutant's concentration, whatever the words
        acted = self._action_theme(scopes, opening)
        if acted is not None:
            return acted
        generic: str | None = None
        # clause, term (when borrowed from an earlier clause), sentence, paragraph, the lines
        # before: generic words wait at most for the sentence
        for index, scope in enumerate((*scopes[:1], term, *scopes[1:])):
            specific, weak = self._theme_scores(scope)
            if specific:
                return specific.most_common(1)[0][0]
            if generic is not None and index >= _GENERIC_REACH:
                return generic  # the sentence named nothing specific either
            if weak and generic is None:
                generic = weak.most_common(1)[0][0]
        return generic or "other"

    def _distance_from_a_place(self, term: str, unit: str) -> bool:
        """A length whose term says how far a place lies from another (``distance_marks``: 距
        怀柔城区38公里, 县域南端距市区8公里, 东距天津市区90公里): geography, not a measure
        of ecology, industry or resilience. Not a gap or a spacing (``distance_mark_breaks``:
        差距, 株距), nor a distance covered (巡护距离累计1.2万公里: no place after the mark).

        Why: the distance took the theme of the words around it (a peach county's industry,
        a reservoir's ecology) and was charted under it."""
        known = self.catalog.units.get(unit)
        if known is None or known.kind != "length":
            return False
        for word in self.lexicon.distance_mark_breaks:
            term = term.replace(word, " ")
        for mark in self.lexicon.distance_marks:  # longest first: 距离 before 距
            at = term.find(mark)
            if at >= 0:
                # the place it lies from after the mark (距怀柔城区), not a distance covered
                # (巡护距离) nor a spacing (株距: distance_mark_breaks)
                return len(term[at + len(mark) :].strip()) >= _DISTANCE_PLACE_LENGTH
        return False

    def casualty_count_theme(self, text: str, start: int, end: int) -> str | None:
        """The theme (``casualty_count_themes``) of a count of incidents with its people
        straight after it, or of those people, where the text up to it speaks of accidents
        within a section's reach (``casualty_events``, ``_CASUALTY_CONTEXT``): "建筑业12起12人"
        under 工矿商贸事故情况 and "事故73起、死亡80人" count accidents and their dead,
        whatever the category before them names (建筑业, 环境); None for any other number
        (盗窃案12起15人: crimes).

        Why: a work-safety bulletin's accidents by trade and by cause were charted as industry,
        society and ecology."""
        context = text[max(0, start - _CASUALTY_CONTEXT) : end]
        if not any(word in context for word in self.lexicon.casualty_events):
            return None
        for theme, units in self.lexicon.casualty_count_themes.items():
            incident, people = self._casualty_count_res[theme]
            if text[start:end].endswith(units) and incident.match(text, end):
                return theme
            if self._people_counted_re.fullmatch(text, start, end) and people.search(
                text, max(0, start - _CASUALTY_REACH), start
            ):
                return theme
        return None

    def _action_theme(self, scopes: list[str], opening: str = "") -> str | None:
        """The theme of an event whose action the clause or sentence states, when the sentence
        or the paragraph names that theme: in a flood story "全区19家旅游景区全部关闭" and "转移
        96户" are flood measures (closing, evacuating), though 景区 and 旅游 are industry's
        words. In a story whose ``opening`` (title and first paragraph) names a disaster
        (``story_disasters``), 异地安置房 house those it drove out, however far down.
        ``theme_actions`` in data/lexicon.yaml lists each theme's actions."""
        near = " ".join(scopes[:2])
        for theme, actions in self.lexicon.theme_actions.items():
            if not any_of(actions).search(near):
                continue
            if any(self._theme_scores(scope)[0][theme] for scope in scopes[1:3]):
                return theme
        # an action said in the number's own clause (``theme_clause_actions``: 提供救助), the
        # theme's words in its sentence, and not a kind of help of another theme's
        # (``theme_clause_action_kinds``: 医疗救助, 社会救助)
        for theme, actions in self.lexicon.theme_clause_actions.items():
            if not scopes or not any_of(actions).search(scopes[0]):
                continue
            if any(kind in scopes[0] for kind in self.lexicon.theme_clause_action_kinds):
                continue
            if len(scopes) > 1 and self._theme_scores(scopes[1])[0][theme]:
                return theme
        # a story's action (``story_theme_actions``), when its opening names the disaster
        for theme, actions in self.lexicon.story_theme_actions.items():
            disasters = self.lexicon.story_disasters.get(theme, ())
            if any(action in near for action in actions) and any(d in opening for d in disasters):
                return theme
        return None

    def _theme_scores(self, scope: str) -> tuple[Counter[str], Counter[str]]:
        """Keyword scores of each theme in ``scope``: specific words, generic words.

        The numbers of one paragraph share its sentence and paragraph scopes, so the scores
        of the last few scopes are kept (the caller only reads them).
        """
        cached = self._theme_score_cache.get(scope)
        if cached is None:
            cached = self._theme_scores_uncached(scope)
            if len(self._theme_score_cache) >= _THEME_SCORE_CACHE:
                self._theme_score_cache.clear()
            self._theme_score_cache[scope] = cached
        return cached

    def _theme_scores_uncached(self, scope: str) -> tuple[Counter[str], Counter[str]]:
        """A street's or town's name says nothing of a theme: 龙泉镇 is no spring (泉), 金融街
        街道 no finance, 温泉镇 and 琉璃河镇 no water; sites are kept (奥林匹克森林公园 is a
        forest park)."""
        scope = self._street_names_re.sub(" ", scope)
        if self.lexicon.theme_denominator is not None:
            scope = self.lexicon.theme_denominator.sub(" ", scope)
        if self.lexicon.theme_partner_bodies is not None:
            # 在教委、园林、公园等部门的配合下: the bodies who helped, no theme of the measure
            scope = self.lexicon.theme_partner_bodies.sub(" ", scope)
        for word in self.lexicon.theme_neutral:
            scope = scope.replace(word, " ")
        specific: Counter[str] = Counter()
        weak: Counter[str] = Counter()
        # Longest words first (ranked in __init__), and a word inside a longer one already
        # counted does not count again: 住宿业 (hospitality) is not also 住宿 (lodging).
        taken = [False] * len(scope)
        for word, theme in self._theme_words.candidates(scope):
            start = scope.find(word)
            while start >= 0:
                end = start + len(word)
                if not any(taken[start:end]):
                    taken[start:end] = [True] * len(word)
                    scores = weak if word in self.lexicon.theme_weak else specific
                    scores[theme] += len(word)  # the theme the scope talks about most
                start = scope.find(word, end)
        return specific, weak


# A year's digits opening a phrase (2018年…): the year word after them is the lexicon's.
_OPENING_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}")
# What may follow a short name placed by a word of where something lies: the end of its line
# or of its sentence
_LINE_OR_SENTENCE_ENDS = "\n\r。！!？?"
# How far before a short name a word of where something lies may start (坐落于)
_LOCATED_MARK_REACH = 3
# The longest name of a district's unit in a list of units of one kind (古北口村, 房山园)
_UNIT_NAME_REACH = 6
# The longest name of a station or a reservoir after its district's (王家园水库, 某某水文站)
_STATION_NAME_REACH = 8
# How far after a count its "among" frame may close (10家科技服务业百亿级企业中)
_AMONG_FRAME_REACH = 16
_HAN_RUN_RE = re.compile("[\u4e00-\u9fff]+")
# The count closing a list before its kind (等12个支队, 等三大片区): digits or numerals, then a
# one-character classifier (any: what matters is the kind after it).
_LIST_COUNT_RE = re.compile(rf"(?:[0-9]+|[{CHINESE_NUMERAL_CHARS}]+)[\u4e00-\u9fff]")
# A number right after a Chinese word and before another: another value begins (乡镇46个村),
# not a code (PM2.5, 4A级, 5G).
_DIGIT_AFTER_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])\d+(?:\.\d+)?(?=[\u4e00-\u9fff])")
# The characters after a shared mark (均, 各) its verb is read from.
_VERB_REACH = 4
_SHORT_STEM = 2  # a stem this short (经济, 自然) may begin another noun
_STEM_FOLLOWER_REACH = 6  # the longest word that may follow a stem
_SECTOR_NAME_REACH = 6  # 北京经济管理职业学院: a body's name ends a few words after the sector
_SECTOR_REACH = 8  # 北京医药健康产业: the sector word ends within a few words of the name
_MEASURE_NOUN_REACH = 10  # 北京社会消费品零售总额: the nouns of a measure right after the name
_MEASURE_NOUNS = 4  # at most this many of them
_AREA_WORD_REACH = 4  # the longest word of place_area_words (北京地区, 北京境内)
_ACRONYM_REACH = 8  # the longest Latin site name read after Beijing's (site_acronyms)
# The most characters between what an amount is per and its term or number (每户每年给予补贴).
_PER_UNIT_GAP = 4
# How far before a list of districts its span verb may start (覆盖了：…).
_SPAN_VERB_REACH = 8
# How far after a number its class's bound may stand (300米以下: the unit between).
_CLASS_BOUND_REACH = 4
# What follows a place named as a headline's label, not its subject (北京：生态涵养区…).
# (U+4E28, the vertical stroke web pages set between a label and a headline, is a mark here)
_HEADLINE_LABEL_MARKS = (":", "：", " ", "\u3000", "|", "\u4e28")
# How far back a reference to a town (该村, 该镇) may find the town named (a feature's paragraph).
_TOWN_BACK_REACH = 300
# How far around a word a place's name holding it may reach (北京经济技术开发区: 9 characters).
_PLACE_NAME_REACH = 10
# The characters before a cause's verb the tagger reads with it (改造成: no 造成)
_CAUSE_CONTEXT = 3
# How far after a number the 的 before the city it describes may stand (个公园的北京)
_DESCRIBED_REACH = 6
# How long a reference back to counted things may be before 均在 (这两站, 这些站点), and
# how far after it the district's name must start
_LYING_REFERENCE = 4
_LYING_NAME_REACH = 6
# What closes a sentence, not a headline (北京的绿水青山，多在生态涵养区。)
_SENTENCE_CLOSERS = ("。", "！", "？")
# The marks a clause ends at (the start of the clause holding a position: statement_start).
_CLAUSE_SPLIT_MARKS = "，,。！？；;：:\n"
# How far after a name the 等 closing its list may stand, and an item's longest (永丰调蓄).
_KIND_LIST_REACH = 40
_KIND_LIST_ITEM = 8
_KIND_ITEM_AFTER_NAME = 2  # the words a list's item may add after a district's name (石景山水厂)
_KIND_NOUN_REACH = 4  # the kind's noun after 等 (山区乡镇, 受灾地区)
_CJK_CHAR = "[\u4e00-\u9fff]"
# The fewest and most characters of a trade (生物医药, 生物医药产业) between a short name and
# its area's word: one alone is more often part of another name (朝阳门片区)
_SUBAREA_NAME_MIN_GAP = 2
_SUBAREA_NAME_GAP = 6
_CJK_RE = re.compile(_CJK_CHAR)  # a character of text, not a mark or a digit
_COMMAS = "\uff0c,"
# What may close a bracket naming a part in a district after its 段: a phase (（延庆段一期）),
# letters only, and the closing mark.
_PHASE_AND_CLOSING = re.compile(r"[^\d\W]{0,5}[）)]")
# Quotation marks that close a name a bracket may follow (“西山永定河文化带步道”（门头沟段）).
_NAME_CLOSINGS = "\u201d\u300d\u300f"
_GENERIC_REACH = 2  # index of the sentence in theme_of's scopes (clause, term, sentence, …)
# Scopes whose theme scores are kept: the paragraphs and sentences of the document at hand
# (cleared for each document: Attributor.forget). A smaller bound evicted a long document's
# paragraphs, whose scores every number of theirs asks for, among its many clauses.
_THEME_SCORE_CACHE = 4096


# The marks that close a clause.
_CLAUSE_MARKS = (",", "，", ";", "；", ":", "：", "。", "\n")
# Where a clause starts: the text's start, or right after a clause mark (_city_body_acts)
_CLAUSE_START_RE = re.compile(f"(?:^|[{re.escape(''.join(_CLAUSE_MARKS))}])")
_DESTINATION_REACH = 3  # 前往, 赴, 驰援 right before the place
# Kinds of unit a place's own reading is in (a rainfall, a concentration, a flow): no body
# deployed them (_taken_over_from_a_destination).
_READING_KINDS = ("depth", "concentration", "flow")
_CASUALTY_REACH = 8  # from an incident count's number to its people's (73起、死亡80人)
# How far back a section's heading may speak of the accidents its breakdown counts (工矿商贸
# 事故情况 … 从行业看 … 建筑业12起12人): a few short paragraphs.
_CASUALTY_CONTEXT = 500
# Kinds of amounts that add up over places: districts listed before one have it together.
_ADDING_KINDS = ("count", "money", "area", "length", "volume", "weight", "energy", "power")
# Kinds of figures that do not add up: districts listed before one each have it.
_EACH_KINDS = ("rate", "concentration")
# Parts of speech (jieba's flags) of a verb, an adverb or a set phrase that predicates
# (建设繁荣…: i) (_opening_name).
_PREDICATE_FLAGS = ("v", "d", "i")
# The characters of a firm's name after Beijing's, its ending included (新航城控股有限公司).
_FIRM_NAME_LENGTH = 12
# ...and the longest read for its registered ending (中发展智源人工智能科技发展有限公司).
_FIRM_NAME_LONGEST = 20
# Quote marks around a name (“两区”建设 is a policy's name, not two districts)
_OPENING_QUOTES = "\u201c\"\u300c\u300e\u2018'"
_CLOSING_QUOTES = "\u201d\"\u300d\u300f\u2019'"
# How long a site's name after Beijing's may be (中德产业园, 未来科学城): a few words
_SITE_NAME_LENGTH = 10
# A list item of a district's figure (东城79个项目): the noun after its unit at most this long,
# the item at most this long before the list's mark (_in_a_list_of_figures).
_FIGURE_ITEM_NOUN = 3
_FIGURE_ITEM_REACH = 16


def _clause_before(text: str, floor: int, start: int) -> tuple[int, int] | None:
    """The clause before the one starting at ``start`` (its mark excluded), not before
    ``floor``; None when there is none."""
    if start - 1 <= floor:
        return None
    previous = max(floor, *(text.rfind(mark, floor, start - 1) + 1 for mark in _CLAUSE_MARKS))
    return previous, start - 1


_TERM_CLAUSE_REACH = 60
# At most this many characters of linking words before a number whose subject is the clause
# before's (_standing_subject): 约, 为, 达.
_STANDING_LINK_REACH = 2
_NOUNS = {"n", "nr", "ns", "nt", "nz", "nrt", "ng", "j", "l", "eng", "an", "nrfg"}
# (k: the suffixes 式, 型 inside a name, 下凹式立交桥 and 新型储能电站, tagged apart from it)
_MODIFIERS = {"vn", "a", "b", "f", "s", "ag", "k"}


def _with_stems(
    synonyms: list[tuple[str, Indicator]], endings: tuple[str, ...]
) -> list[tuple[str, Indicator]]:
    """The synonyms, plus the stem of each synonym with one of ``endings`` (固定资产投资 of
    固定资产投资增速, 60岁及以上常住人口 of …占比), which names that measure when a change or a
    share follows it (固定资产投资同比增长12.7%; …29.4万人,占22.3%) even where the catalog has no
    entry for the level; longest first, like the synonyms."""
    known = {synonym for synonym, _ in synonyms}
    stems = [
        (synonym[: -len(ending)], indicator)
        for synonym, indicator in synonyms
        for ending in endings
        if synonym.endswith(ending) and len(synonym) > len(ending) + 1
    ]
    stems = [(stem, indicator) for stem, indicator in stems if stem not in known]
    combined = synonyms + list(dict.fromkeys(stems))
    combined.sort(key=lambda item: len(item[0]), reverse=True)
    return combined


# A document naming this many districts, and Beijing as often as any of them, is Beijing's.
_CITYWIDE_DISTRICTS = 3
# A percentage written in a list's item (增长9%以上): a figure of its own, not a name (PM2.5)
_PERCENT_FIGURE_RE = re.compile(r"\d\s*[%\uff05]")
# A line of a table set one cell a line that opens with a figure (783.0, -7.8)
_FIGURE_OPENING_RE = re.compile(r"[-+\u2212]?\d")
# …and a document naming two or more districts, Beijing this many times as often as any, too.
_CITY_MOSTLY = 3
# A value, its unit and an opening bracket right before a number: the number restates the value
# on another scale (21.2米/秒(9级), 3.6万亩（2400公顷）), no other value of its own
_RESTATED_IN_BRACKETS_RE = re.compile(r"\d[\d.]*[^\d，,。；;（(]{0,6}[（(]$")
# The opening of a document, where the names of places weigh more (main_district)
_OPENING_LENGTH = 300
# …and at least this often, when no other district is named (see _citywide)
_CITY_ALONE = 6
# The longest line read as a photo's caption, and what a caption never holds: a number or the
# punctuation of a sentence (_named_only_in_captions)
_CAPTION_LONGEST = 24
_TITLE_QUOTES = ("\u201c", "\u300c", "\u300e")  # “ 「 『 opening a title after a name
_SHARE_GAP = 2  # words between a number and its share of the city (约占全市)
_NOT_IN_A_CAPTION = re.compile(r"[\d，,。；;：:！？!?]")
# A document naming this many districts (half of the 16) is about the city whatever it names
# most: a ranking of every district (its table names each one twice), a citywide release.
_MOST_DISTRICTS = 8
# …unless one district is named this many times as often as any other (and as Beijing)
_DOMINANT_TIMES = 4
# …and at least this often (a city's list naming 朝阳区 with two of its streets is no 朝阳 story)
_DOMINANT_FEWEST = 6
# How far after a district's name its basin's word may stand (密云水库流域)
_BASIN_REACH = 6
# The shortest place after a distance mark (距京, 距城区, 距北关闸)
_DISTANCE_PLACE_LENGTH = 1
# 最大降水强度出现在…: the words of the measure between the superlative and where it was, and
# how far the value may stand after the district (怀柔某峪，7日20时至21时降水61.8毫米).
_EXTREME_MEASURE_LENGTH = 8
_EXTREME_PLACE_REACH = 30
# A list of districts and the list of their values (_paired_lists): at most this many characters
# between them (入驻首店), and at most this long a unit written after each value (家, 万人次).
_PAIRED_PREDICATE_LENGTH = 12
_PAIRED_UNIT_LENGTH = 4
# A clause whose words before its number are no longer than this (达, 共计) has no subject of
# its own: it goes on with the clause before it (_site_subject).
_BARE_PREDICATE = 2
# Short names run together without marks: this many districts in a row are a list of them
# (_in_a_run_of_names; two may be a name of something else).
_RUN_OF_NAMES = 3
# Districts tied as the most named make a city's story only when each is named this often
# (a short text naming three districts once each is no comparison of them).
_TIED_MENTIONS = 2
# how far before the paragraph of a 全区 in a city's story its district may be named
_DISTRICT_WIDE_REACH = 300
_OPENING_BRACKETS = ("（", "(")
# The most characters before a number in its clause for it to be a bare change of the level
# before it (增长5%, 同比下降3%): measured_in_a_town looks back to the sentence's start.
_BARE_CHANGE_LEAD = 4
_CITY_CUE_REACH = 3  # how far from 全市 a comparison's word stands (高于全市, 全市平均)
_AREA_SUBJECT_MENTIONS = 2  # an area named once in passing is no document's subject
# How far after a district and its place a superlative makes it where an extreme was read
# (怀柔某某村最低): _named_once_where_an_extreme_was; and how often the city must be named then
_EXTREME_AFTER_PLACE = 10
_CITY_ALONE_READINGS = 2
_REGION_NAME_LENGTH = 8
_NUMBER_START_RE = re.compile(f"[0-9{CHINESE_NUMERAL_CHARS}]")  # a number opening the rest
_TEMPERATURE_KIND = (
    "temperature"  # the longest name of a region in a list of regions (内蒙古自治区)
)
_BREAKDOWN_TOPIC = 8  # the most characters of what a breakdown's head breaks down (从…看)
# …and how many times as often as any district it must be named to be the subject of a text
# that names districts too (_area_named_most)
_AREA_OVER_DISTRICTS = 3
_SUBJECT_LINE_LENGTH = 30  # a line this short, with no number and no full stop, names a subject


def _subject_line_above(text: str, sentence_start: int, clause_start: int) -> int | None:
    """Where the line above starts, when it only names the subject of the line that opens
    with the number's clause: a post that sets one phrase a line ("全区固定资产投资(不含农户)"
    over "同比增长37.4%"); a line with a number or a full stop of its own says something else.
    None otherwise. Reads at most a few short lines back, never the whole text before."""
    if clause_start != sentence_start:
        return None
    floor = max(0, sentence_start - _SUBJECT_LINE_REACH)
    before = text[floor:sentence_start]
    stripped = before.rstrip(" \t\u3000")
    if stripped and not stripped.endswith("\n"):
        return None  # the sentence does not open its line
    stripped = stripped.rstrip()
    line_start = stripped.rfind("\n") + 1
    if line_start == 0 and floor > 0:
        return None  # a line longer than the reach
    line = stripped[line_start:].strip()
    if not line or len(line) > _SUBJECT_LINE_LENGTH or re.search(r"[0-9。！？；;:：，,]", line):
        return None
    return floor + line_start


_SUBJECT_LINE_REACH = 80  # blank lines and the subject's line above a number's line


def _joined(item: str, shared: str) -> str:
    """An item and the measure its list shares, the words they overlap in written once:
    建设用地 + 用地面积 → 建设用地面积 (not 建设用地用地面积)."""
    for size in range(min(len(item), len(shared)) - 1, 0, -1):
        if item.endswith(shared[:size]):
            return item + shared[size:]
    return item + shared


def _count_in_words(written: str) -> int | None:
    """The number of a count in words and its classifier (三大 → 3), or None."""
    digits = "".join(char for char in written if char in CHINESE_NUMERAL_CHARS)
    try:
        return int(parse_chinese(digits))
    except ValueError:
        return None


def _count_of(count: re.Match[str]) -> int | None:
    """The number a match of ``_plural_count_re`` counts: its digits, else its numerals."""
    digits = count.group("digits")
    return int(digits) if digits else _count_in_words(count.group())


def _is_numeral_char(char: str) -> bool:
    """A digit or a Chinese numeral (两, 三, 十…)."""
    return char.isdigit() or char in CHINESE_NUMERAL_CHARS


def _leading_noun_phrase(text: str, term_verbs: frozenset[str]) -> str:
    """Nouns and their modifiers from the start of ``text``, ending on a noun; ``term_verbs``
    belong inside a measured thing's name (收入占全区比重)."""
    length = 0
    end_on_noun = 0
    for word, flag in pos_tags(text):
        if flag in _NOUNS:
            length += len(word)
            end_on_noun = length
        elif (flag in _MODIFIERS or word in term_verbs) and length + len(word) <= _MAX_TERM:
            length += len(word)
        else:
            break
        if length >= _MAX_TERM:
            break
    return text[: min(end_on_noun, _MAX_TERM)]


def _inside_a_latin_word(text: str, span: tuple[int, int]) -> bool:
    """A synonym opening with a Latin letter right after another (EI in BEI指数) is part of a
    longer name, not the measure it names alone."""
    start = span[0]
    return (
        start > 0
        and text[start].isascii()
        and text[start].isalpha()
        and (text[start - 1].isascii() and text[start - 1].isalpha())
    )


def _joined_by_semicolons(text: str, sentence_start: int, floor: int) -> int:
    """Where the statement holding a sentence begins: back over the sentences that end in a
    semicolon before it (the splitter ends a sentence at ；), within the paragraph."""
    start = sentence_start
    while start > floor and text[start - 1] in SEMICOLONS:
        before = max(text.rfind(mark, floor, start - 1) for mark in SEMICOLONS + FULL_STOPS)
        start = max(before + 1, floor)
    return start


# A Latin code whose number has a decimal point, cut before the point's digits (PM2. of PM2.5).
_CODE_BEFORE_DECIMAL = re.compile(r"[A-Za-z][A-Za-z0-9]*\.$")


def trailing_noun_phrase(
    text: str,
    term_verbs: frozenset[str],
    possessives: tuple[str, ...],
    predicates: tuple[str, ...] = (),
    heads: tuple[str, ...] = (),
) -> str:
    """Nouns and their modifiers at the end of ``text``, which must end on a noun, without a
    possessive mark in front (的城市绿化覆盖率 → 城市绿化覆盖率).

    One of ``heads`` (率) ending the text ends a measure's name whatever the tagger calls it, and
    the verb before it belongs to the name (整改率, 上下水改造率: the tagger says 改造/v 率/v).

    With ``predicates`` (the linking words and the verbs whose object follows them), a
    two-character verb between two nouns is part of the name unless it holds one of them
    (农产品批发额, 蔬菜种植面积, 分类收集容器: the tagger calls 批发, 种植, 收集 verbs; 企业完成产值
    stops at 完成, 全区共有企业 at 共有, 部门开展执法检查 at 开展)."""
    share = next((verb for verb in term_verbs if len(verb) > 1 and text.endswith(verb)), "")
    if share:
        # 绿色建筑面积占比46%: the tagger cuts 占比 into 占 and 比; the name ends on it
        head = trailing_noun_phrase(text[: -len(share)], term_verbs, possessives, predicates)
        return head + share if head else ""
    tokens = pos_tags(text)
    if heads and len(tokens) > 1 and tokens[-1][0] in heads and tokens[-1][1] not in _NOUNS:
        tokens = [*tokens[:-1], (tokens[-1][0], "n")]  # (率 alone names nothing)
        if len(tokens) > 1 and tokens[-2][1] == "v" and len(tokens[-2][0]) == 2:
            tokens[-2] = (tokens[-2][0], "vn")  # 整改率: what is done, of which this is the rate
    if not tokens or not (
        tokens[-1][1] in _NOUNS or (predicates and _a_verbal_noun_ends_it(tokens, predicates))
    ):
        return ""
    length = 0
    taken: list[tuple[str, str]] = []
    for index in range(len(tokens) - 1, -1, -1):
        word, flag = tokens[index]
        if (
            flag not in _NOUNS
            and flag not in _MODIFIERS
            and word not in term_verbs
            and not _names_an_action_in_a_name(tokens, index, predicates)
            # 房屋倒损, 接警情: a lone character the tagger cut from the verb it ends (倒/损,
            # 接警/情) names nothing alone; the verb is part of the name
            and not (length == 1 and len(taken) == 1 and flag == "v" and len(word) <= 2)
        ):
            break
        if flag == "b" and word in predicates:
            break  # 区内现有全国重点文物保护单位: 现有 ("there are") opens no name
        if length + len(word) > _MAX_TERM:
            break
        length += len(word)
        taken.append((word, flag))
    # A one-character localizer opening the phrase closes the clause before it (扩容后污水处理
    # 能力: "after the expansion", the capacity's name is 污水处理能力); a longer one names a
    # part of a place (东部地区) and stays.
    while taken and taken[-1][1] == "f" and len(taken[-1][0]) == 1 and len(taken) > 1:
        length -= len(taken.pop()[0])
    phrase = text[len(text) - length :]
    code = _CODE_BEFORE_DECIMAL.search(text, 0, len(text) - length)
    if code is not None and phrase[:1].isdigit():
        # PM2.5浓度: the tagger cuts the code at its decimal point (PM2 . 5浓度)
        phrase = text[code.start() :]
    while mark := next((mark for mark in possessives if phrase.startswith(mark)), ""):
        phrase = phrase[len(mark) :]
    if re.fullmatch(r"[\d.]+", phrase):
        return ""  # "2023年分别约为1078亿元": the tagger's 2023 is a year, not what is measured
    return phrase


# An amount a class bound follows (千万元以上项目, 100毫米以上站点): part of the class's name;
# its magnitudes and numerals are those of numerals.yaml.
_MAGNITUDES = CHINESE_NUMERAL_CHARS + "".join(word for word in MULTIPLIERS if len(word) == 1)
_THRESHOLD_BEFORE = re.compile(
    rf"(?:[0-9][0-9.]*|[{_MAGNITUDES}])[{_MAGNITUDES}]?[\u4e00-\u9fff]{{0,3}}$"
)


def _a_verbal_noun_ends_it(tokens: list[tuple[str, str]], predicates: tuple[str, ...]) -> bool:
    """A verbal noun of two characters or more (vn: 活动, 巡查, 监测) ends a name when a noun or
    another verbal noun stands right before it (文体活动, 防火巡查, 专业监测设备) and it holds no
    linking word; after a verb or a time word it is what was done (拆除违法, 每年设置: no name)."""
    word, flag = tokens[-1]
    if flag != "vn" or len(word) < 2 or len(tokens) < 2 or _holds_a_link(word, predicates):
        return False
    return tokens[-2][1] in _NOUNS or tokens[-2][1] == "vn"


def _names_an_action_in_a_name(
    tokens: list[tuple[str, str]], index: int, predicates: tuple[str, ...]
) -> bool:
    """Whether the verb at ``index`` stands inside a measure's name: two characters, a noun
    right after it and a noun right before it, and no linking word in it (批发 of 农产品批发额;
    not 完成 of 企业完成产值, nor 共有 of 全区共有企业)."""
    word, flag = tokens[index]
    if not predicates or flag != "v" or len(word) != 2 or index == 0:
        return False
    if index + 1 >= len(tokens) or tokens[index + 1][1] not in _NOUNS:
        return False
    if tokens[index - 1][1] not in _NOUNS:
        return False
    return not _holds_a_link(word, predicates)


def _holds_a_link(word: str, predicates: tuple[str, ...]) -> bool:
    """A verb holding a linking word or a verb of an object (完成, 共有, 开展) opens no name."""
    return any(link in word for link in predicates)


def _last_cue_in_its_clause(
    text: str, place: Place, words: tuple[str, ...]
) -> tuple[int, int, int] | None:
    """(the clause's start, the start and the end of the last of ``words``) in the part of
    the place's clause before it, or None: 联合 before a partner, 向 before a destination."""
    clause_start = _clause_start(text, place.start)
    found = max(
        ((text.rfind(word, clause_start, place.start), word) for word in words),
        default=(-1, ""),
    )
    if found[0] < 0:
        return None
    return clause_start, found[0], found[0] + len(found[1])


def _clause_end(text: str, at: int, limit: int) -> int:
    """Where the clause holding ``at`` ends: at the next clause mark, or ``limit``."""
    ends = [found for mark in _CLAUSE_MARKS if 0 <= (found := text.find(mark, at, limit))]
    return min(ends, default=limit)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` begins: after the nearest clause mark before it.

    Found among the text's clause marks, listed once per text: stepping back character by
    character made a long run without a mark (a scraped page's wall of figures) cost its
    length for each of its numbers.

    >>> _clause_start("甲，乙丙", 3)
    2
    >>> _clause_start("甲乙", 2)
    0
    """
    marks = _clause_marks(text)
    before = bisect.bisect_left(marks, at)
    return marks[before - 1] + 1 if before else 0


@functools.lru_cache(maxsize=4)
def _clause_marks(text: str) -> list[int]:
    """The positions of the text's clause marks, in order (``_clause_start``)."""
    return [at for at, char in enumerate(text) if char in _CLAUSE_OPENING_MARKS]


def _outside_place_pattern(lexicon: Lexicon) -> str:
    """A place beyond Beijing where an extreme was measured (最大降雨出现在某省某市…，为412.6
    毫米: _extreme_at_place): one of ``outside_places``' names (group ``word``), perhaps after its
    province's (河北省保定市), or the province's name alone before a place the registry does not
    hold (河北涿州: group ``province``), though not as a Beijing town's (河北镇). "" when the
    lexicon names no such place."""
    words = sorted(
        # (a province's bare name is the ``province`` group's, which a town's suffix stops)
        (word for key, names in lexicon.outside_places.items() for word in names if word != key),
        key=len,
        reverse=True,
    )
    if not words:
        return ""
    provinces = alternation(sorted(lexicon.outside_places, key=len, reverse=True))
    suffixes = alternation(lexicon.text_tables.get("township_suffixes", ()))
    return (
        f"(?:{provinces})?(?P<word>{'|'.join(map(re.escape, words))})"
        f"|(?P<province>{provinces})(?!{suffixes})"
    )


# Brackets around a photo's credit: 游玩(某某/摄)
_CREDIT_OPENINGS = "(（[【"
# The end of a caption's sentence before an unbracketed credit (…白天鹅。宋进臣摄), and how long
# such a credit may be (新京报记者 行海洋 摄)
_CAPTION_SENTENCE_END = "。"
_UNBRACKETED_CREDIT_LONGEST = 14
_BARE_CREDIT_LONGEST = 5  # a name and the ending alone (宋某某摄)
_CREDIT_CLOSINGS = ")）]】"


def _first_clause_end(text: str, start: int, stop: int) -> int:
    """Where the clause opening at ``start`` ends: the first clause mark (``，``, ``。``, an
    opening bracket…) in text[start:stop], else ``stop``."""
    end = start
    while end < stop and text[end] not in _CLAUSE_OPENING_MARKS:
        end += 1
    return end


def is_photo_caption(line: str, lexicon: Lexicon) -> bool:
    """A line closed by a photo's credit in brackets (游客在某村游玩(某某/摄), 市民在公园游玩
    （新华社记者 某某 摄）), or unbracketed after the caption's last sentence (…白天鹅。某某某摄):
    a caption under a picture, neither a title, a headline nor a section's heading. The
    bracket's words end with ``photo_credit_endings`` and hold one of ``photo_credit_marks`` or
    a space; a headline that merely ends in 拍摄 is none.

    >>> from districts.lexicon import load_lexicon
    >>> is_photo_caption("游客在某村游玩(某某/摄)", load_lexicon())
    True
    >>> is_photo_caption("某区秋色正浓 吸引游客拍摄", load_lexicon())
    False
    >>> is_photo_caption("近日，某水库迎来近百只白天鹅。某某某摄", load_lexicon())
    True
    """
    line = line.rstrip()
    if not line or not lexicon.photo_credit_endings:
        return False
    if line[-1] not in _CREDIT_CLOSINGS:
        # …迎来近百只白天鹅。宋进臣摄, …的风铃塔。新京报记者 行海洋 摄: a credit after the
        # caption's last sentence, unbracketed: short, a name and the ending, no figure
        stop = line.rfind(_CAPTION_SENTENCE_END)
        credit = line[stop + 1 :].strip()
        # a name alone (宋某某摄) or a credit's mark or space (新京报记者 行海洋 摄); not a
        # headline's 市民争相拍摄
        named = len(credit) <= _BARE_CREDIT_LONGEST or (
            any(mark in credit for mark in lexicon.photo_credit_marks)
            or any(char.isspace() for char in credit)
        )
        return (
            stop > 0
            and 0 < len(credit) <= _UNBRACKETED_CREDIT_LONGEST
            and named
            and credit.endswith(lexicon.photo_credit_endings)
            and not any(char.isdigit() for char in credit)
        )
    opening = max(line.rfind(mark) for mark in _CREDIT_OPENINGS)
    if opening < 0:
        return False
    credit = line[opening + 1 : -1].strip()
    return credit.endswith(lexicon.photo_credit_endings) and (
        any(mark in credit for mark in lexicon.photo_credit_marks)
        or any(char.isspace() for char in credit)
    )


def _headline(
    text: str,
    title: str | None,
    lines: int = 3,
    longest: int = 40,
    lexicon: Lexicon | None = None,
) -> str:
    """The title and the short lines that open a text (a masthead, the headline, a subtitle;
    not a short first sentence of the body, nor a photo's caption, ``is_photo_caption``):
    "调研简报 第3期 / 城六区…对比观察" names its subject in the second line."""
    opening = [line.strip() for line in text.splitlines() if line.strip()][:lines]
    heads = [
        line
        for line in opening
        if len(line) <= longest
        and not _SENTENCE_END.search(line)
        and not (lexicon is not None and is_photo_caption(line, lexicon))
    ]
    return "\n".join([title or "", *heads])


@functools.lru_cache(maxsize=4096)
def _names_an_organization(text: str, endings: tuple[str, ...]) -> bool:
    """True when the nouns opening ``text`` name an agency (统计局, 发改委, 园林绿化局): a word
    the tagger marks as an organisation, or one ending like one (委托 is not 委)."""
    return _organization_length(text, endings) is not None


def _organization_length(text: str, endings: tuple[str, ...]) -> int | None:
    """How long the agency's name opening ``text`` is (``_names_an_organization``), or None."""
    length = 0
    for word, flag in pos_tags(text):
        if not (flag.startswith("n") or flag in ("j", "l")):
            return None
        length += len(word)
        if flag == "nt" or word.endswith(endings):
            return length
    return None


# How long an agency's name after a place's may be (北京市|园林绿化局, 西城区|国资委).
_AGENCY_NAME_REACH = 10
# How far after a number its scope's bound may stand (60岁及以上: a unit, then 及以上).
_SCOPE_REACH = 5
# How far after a district named after 获得/得到 an aid word makes it the giver (获得通州区结对
# 帮扶资金援助).
_AID_REACH = 10
# How long a site's name after a district's may be before its reading (王家园水库744.8毫米).
_SITE_NAME_REACH = 8
_SITE_NAME_RE = re.compile(
    rf"(?P<name>[\u4e00-\u9fff]{{2,{_SITE_NAME_REACH}}})(?P<number>\d+(?:\.\d+)?)\s*(?P<after>.?.?)"
)


def _a_site_reading(text: str, end: int, base_after: tuple[str, ...] = ()) -> bool:
    """The name after a district's bare name runs, nouns only, straight into a figure: a
    site of that district and its reading, as weather and water reports list them ("全市最大
    昌平王家园水库744.8毫米", "门头沟高山玫瑰园730.5毫米"). The reading is taken in the district,
    whichever district the clause before named; a verb in the run (怀柔科学城入驻企业…) keeps the
    place a name only.

    >>> _a_site_reading("昌平王家园水库744.8毫米", 2)
    True
    >>> _a_site_reading("怀柔科学城入驻企业100家", 2)
    False
    """
    run = _SITE_NAME_RE.match(text, end)
    if run is None or run.group("after").startswith(base_after):
        return False
    tags = pos_tags(run.group("name"))
    # a numeral may open a site's name (千灵山: 千 + 灵山), never end it
    return tags[-1][1].startswith(("n", "s", "f")) and all(
        flag.startswith(("n", "s", "f", "m")) for _, flag in tags
    )


@functools.lru_cache(maxsize=4096)
def _starts_with_a_noun(text: str) -> bool:
    """True when the tagger reads ``text`` as opening with a noun (科学城, 水库, 日报)."""
    tokens = pos_tags(text)
    return bool(tokens) and tokens[0][1].startswith("n")


# The tags of words that only link a name to its rank (均, 也, 和, 的).
_LINKING_FLAGS = frozenset({"d", "c", "p", "u", "uj", "ul"})
# The tags a list heading's measure may end on (a noun, a name, an abbreviation; no idiom).
_MEASURE_HEADS = frozenset({"n", "nz", "ng", "vn", "j", "eng"})
# How far above a list its heading line may start (a short line: half of it at most).
_LIST_HEADING_REACH = 80


def _changes_the_level_before(before: Mention, original_sentence: str) -> bool:
    """The value said right before a change, in its sentence, is a named level: the change is
    that level's ("参加合作医疗人数为23.4万人,增长2.1%"), not the change of an earlier
    sentence's measure in the same unit (传染病发病数…增长14.1%)."""
    return (
        bool(original_sentence)
        and before.sentence == original_sentence
        and bool(before.term)
        and _qualifier_kind(before.qualifier) == "level"
    )


def _qualifier_kind(qualifier: str) -> str:
    """A change, a goal, or a level (exact, about, at least, at most)."""
    return qualifier if qualifier in ("change", "target") else "level"


@dataclass(frozen=True)
class Place:
    """A place named in a text: a district, a group of districts or Beijing as a whole."""

    start: int
    end: int
    name: str
