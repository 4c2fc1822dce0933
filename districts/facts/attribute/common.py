"""Marks, reaches and small text helpers that several decisions of the attributor read."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from districts.catalog import Indicator
from districts.facts.numbers import CHINESE_NUMERAL_CHARS, MULTIPLIERS, parse_chinese
from districts.facts.phrases import (
    SECTION_NUMBER,
    alternation,
)
from districts.facts.words import pos_tags
from districts.lexicon import Lexicon
from districts.text.split import FULL_STOPS, SEMICOLONS

if TYPE_CHECKING:
    from districts.facts.mentions import Mention
from districts.facts.attribute.placing import Place

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


def kept_answer(cache: dict[str, bool], words: str, work: Callable[[str], bool]) -> bool:
    """``work(words)``, kept in ``cache`` for the document being read: an answer that depends on
    the words alone is worked out once per words. The cache is emptied when it holds more than
    ``_PLACES_CACHE_SIZE`` answers (one document's, roughly) and by the attributor's ``forget``.

    >>> calls = []
    >>> def long(words):
    ...     calls.append(words)
    ...     return len(words) > 2
    >>> cache = {}
    >>> kept_answer(cache, "全区", long), kept_answer(cache, "全区", long), calls
    (False, False, ['全区'])
    """
    known = cache.get(words)
    if known is None:
        if len(cache) > _PLACES_CACHE_SIZE:
            cache.clear()
        known = cache[words] = work(words)
    return known


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
# Times a text names the towns and sites of one district, and how many times as often as any
# other district's, for that district to place it though it names another's in passing.
_TOWNS_MOSTLY_FEWEST = 2
_TOWNS_MOSTLY_TIMES = 2
_SECTION_REACH = 6000
# How far back a counted list of districts ("这三个区") may have been given.
_LIST_REACH = 800
# Cells apart (tabs, runs of spaces) or a decimal value: a table row, not a heading.
_TABLE_ROW = re.compile("\t| {2,}|\u3000|\\d\\.\\d")
# What a heading may write with digits: its number (SECTION_NUMBER; 第3: with an ordinal_marks
# word), a year (2023年: year_words; Attributor._heading_digits_re). Above an item of a list, a
# short line with any other digit is an item too ("丙观绿地 8000平方米").
# A line holding one of these is a sentence of the body, not a headline.
_SENTENCE_MARKS = "。！？；"
_SENTENCE_END = re.compile(f"[{_SENTENCE_MARKS}]")
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


def _close_of_its_bracket(text: str, floor: int, start: int, end: int, limit: int) -> int:
    """Where the bracket holding the number at ``start``–``end`` closes, when one opened
    after ``floor`` and is still open at the number; else ``limit``. "丰台区(114家,占5.5%)和昌平区
    (110家,…)": 5.5%'s clause runs on past its bracket to 昌平区, which the bracket shuts out.

    >>> text = "包括丰台区(114家,占5.5%)和昌平区(110家)"
    >>> _close_of_its_bracket(text, 0, text.find("5.5"), text.find("%") + 1, len(text))
    16
    """
    opened = max(text.rfind(mark, floor, start) for mark in _OPENING_BRACKETS)
    closed = max(text.rfind(mark, floor, start) for mark in _CLOSING_BRACKETS)
    if opened < 0 or closed > opened:
        return limit
    shut = [at for mark in _CLOSING_BRACKETS if 0 <= (at := text.find(mark, end, limit))]
    return min(shut, default=limit)


def _labelled_field(line: str) -> bool:
    """A label, a colon and its content on one line (关键词:疏解、拆违; 来源: 某报): a field of
    what stands above it. A heading's colon ends its line (东城:)."""
    at = max(line.find(":"), line.find("："))
    return 0 < at < len(line) - 1


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
# A national title of cities: at most this many characters between its lead and its noun
# (国家|森林|城市), and how far after it the noun of its holders may follow (…”称号的城市).
_TITLE_INNER = 6
_TITLE_TAIL = 6
# The marks after a speaker's name that open what is said (某某介绍：“…”, 某某说，“…”), and the
# marks opening a quotation there
_SPEECH_MARKS = "\uff1a:\uff0c,"
_SPEECH_QUOTES = "\u201c\u300c"
# Quote marks around a name (“两区”建设 is a policy's name, not two districts)
_OPENING_QUOTES = "\u201c\"\u300c\u300e\u2018'"
_CLOSING_QUOTES = "\u201d\"\u300d\u300f\u2019'"
# How long a site's name after Beijing's may be (中德产业园, 未来科学城): a few words
_SITE_NAME_LENGTH = 10
# How much of the text after a district's name a registry site's name may take (北京大兴国际机场,
# 中关村生命科学园): longer than any name in the registry.
_SITE_REACH = 16
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
# A text naming no district and Beijing at least this often is the city's, though it says
# 区域内 (an area's word as often as a district's) somewhere (_about_the_city)
_CITY_OVER_AN_AREA_WORD = 3
# A text's one district named at least this often is no district named in passing (_citywide)
_OFTEN_NAMED_ALONE = 2
# How far after a place a word of each district may start (平原新城各区, 全市各个区).
_EVERY_DISTRICT_REACH = 4
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
_CLOSING_BRACKETS = ("）", ")")
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
# …and how many times as often as any district it must be named to be the subject of a text
# that names districts too (_area_named_most)
_AREA_OVER_DISTRICTS = 3
# …and how often a group of districts must be named to be a headline-less text's subject
# (_group_named_most)
_GROUP_SUBJECT_MENTIONS = 4
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
    a space; a headline that merely ends in 拍摄 is none. A bracket holding just a word of a
    picture (``photo_bracket_words``: 资料图片) or naming its source (图片来源：…, …供图) closes a
    caption too; one pointing to a picture (效果图见下) does not; so does a source's credit
    closing the line unbracketed (…流域 新华社供图; the normalizer drops the space).

    >>> from districts.lexicon import load_lexicon
    >>> is_photo_caption("游客在某村游玩(某某/摄)", load_lexicon())
    True
    >>> is_photo_caption("某区秋色正浓 吸引游客拍摄", load_lexicon())
    False
    >>> is_photo_caption("近日，某水库迎来近百只白天鹅。某某某摄", load_lexicon())
    True
    >>> is_photo_caption("某区平原新城(资料图片)", load_lexicon())
    True
    >>> is_photo_caption("治理后的某河流域新华社供图", load_lexicon())
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
        if (
            line.endswith(lexicon.photo_source_endings)
            and not any(char.isdigit() for char in line[-_UNBRACKETED_CREDIT_LONGEST:])
            and not re.match(SECTION_NUMBER, line)
        ):
            return True  # 治理后的某河流域 新华社供图: a source's credit closing the line
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
    if (
        credit in lexicon.photo_bracket_words
        or credit.startswith(lexicon.photo_source_openings)
        or credit.endswith(lexicon.photo_source_endings)
    ):
        return True  # …(资料图片), …(图片来源：某区融媒体中心), …(某区融媒体中心供图)
    return credit.endswith(lexicon.photo_credit_endings) and (
        any(mark in credit for mark in lexicon.photo_credit_marks)
        or any(char.isspace() for char in credit)
    )


# A table's header: three cells or more of a few characters each, set apart by spaces
_TABLE_HEADER_RE = re.compile(r"\S{1,5}(?:[ \t\u3000]+\S{1,5}){2,}")


def _headline(
    text: str,
    title: str | None,
    lines: int = 3,
    longest: int = 40,
    lexicon: Lexicon | None = None,
) -> str:
    """The title and the short lines that open a text (a masthead, the headline, a subtitle;
    not a short first sentence of the body, nor a photo's caption, ``is_photo_caption``, nor a
    table's header of short cells, ``_TABLE_HEADER_RE``: 年度 全市 城六区 远郊区):
    "调研简报 第3期 / 城六区…对比观察" names its subject in the second line.

    >>> _headline("达标率为94.5%。\\n年度 全市 城六区 远郊区\\n2024 52.3 52.6 52.7", None)
    ''
    """
    opening = [line.strip() for line in text.splitlines() if line.strip()][:lines]
    heads = [
        line
        for line in opening
        if len(line) <= longest
        and not _SENTENCE_END.search(line)
        and not _TABLE_HEADER_RE.fullmatch(line)
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


# How far before a district's name Beijing's name may stand as part of it (北京市顺义区)
_CITY_PREFIX_REACH = 4
# How far a list of neighbours may run on either side of one of them (与昌平区、怀柔区、延庆区接壤)
_NEIGHBOUR_LIST_REACH = 24
# How far before a site a comparison of size may start (相当于1.8个颐和园: lead, count, word)
_SIZE_MEASURE_REACH = 12
# How far before a site the word of comparison and the sites listed with it may stand
# (仅次于王府井、西单和三里屯): a few names long.
_COMPARED_SITES_REACH = 30
