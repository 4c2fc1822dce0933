"""Is it a fact? Named rules that set aside numbers which are not reported quantities.

A document is full of numbers that describe nothing about a district: meeting ordinals, design
scenarios, the thresholds that define a statistic, a villager's age, page numbers, unit
conversions, slogans. Each rule below recognises one such form, says why in its docstring and
gives an example; the extractor runs them in order and drops a number as soon as one fires, so
``first_rule`` can also tell *which* rule dropped a number (for ``explain``).

Two ordered lists:

- ``NOT_A_MEASURED_AMOUNT`` judges a number written with its unit (``50年``, ``68岁``), and
  reads the unit as written;
- ``NOT_A_FACT_IN_ANY_FORM`` judges every candidate, whatever form found it (ranks ``第三``,
  fractions ``3/8``, counts), from the words around its span only.

Every cue word comes from the lexicon (``data/lexicon.yaml``); this module holds none.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from districts.facts.numbers import (
    CHINESE_NUMERAL_CHARS,
    MULTIPLIERS,
    NUMERAL_DIGITS,
    lower_of_a_neighbouring_pair,
    parse_number,
)
from districts.facts.phrases import alternation, any_of, longest_prefix, longest_suffix, range_mark
from districts.facts.words import pos_tags
from districts.text.split import FULL_STOPS, Span

if TYPE_CHECKING:
    from districts.lexicon import Lexicon

# A heading line may carry a few marks or an emoji besides its words (💬精选留言).
_HEADING_SLACK = 4
# Characters that end the phrase a number modifies.
_PHRASE_END = set('，,。；;：:、！？!?（）()「」“”"\n ')
# The largest small count: a count in words up to it may be rhetoric (四个特色), an "N大" up to it
# counts things (三大产业, 十大工程), a larger number before 大 is a congress's (20大)
_SMALL_COUNT_MOST = 10
# Marks that close a clause (a count may stand last in its clause: 减少一天。)
_CLAUSE_CLOSING_MARKS = frozenset("，,。；;")
# How far before such a count its word of counting or of a change may stand (共出现重污染日一天)
_ARTICLE_COUNT_REACH = 12


@dataclass(frozen=True)
class Spot:
    """A candidate number as written and the words around it: what a rule reads.

    ``start``/``end`` span the whole expression (number, multiplier, unit); ``unit`` is the unit
    as written, empty for forms found without one (ranks, fractions).
    """

    text: str
    sentence: Span
    start: int
    end: int
    number: str = ""
    unit: str = ""
    kind: str = ""
    multiplier: str = ""
    more: str = ""

    @property
    def chinese(self) -> bool:
        return bool(self.number) and not self.number[0].isdigit()

    @property
    def clause_before(self) -> str:
        """The sentence up to the number."""
        return self.text[self.sentence.start : self.start]

    def before(self, width: int) -> str:
        return self.text[max(self.sentence.start, self.start - width) : self.start]

    def after(self, width: int) -> str:
        return self.text[self.end : self.end + width]

    @property
    def unit_start(self) -> int:
        return self.end - len(self.unit)

    def phrase_after(self, width: int = 14) -> str:
        """The words after the number up to the next punctuation: the noun it modifies."""
        return self.phrase_of(self.after(width))

    @staticmethod
    def phrase_of(following: str) -> str:
        """``following`` up to its first punctuation."""
        for position, char in enumerate(following):
            if char in _PHRASE_END:
                return following[:position]
        return following


Rule = Callable[[Spot, "Lexicon"], bool]


# --- rules for a number written with its unit -------------------------------------------------


def is_a_year(spot: Spot, lexicon: Lexicon) -> bool:
    """A year is a date, not a duration: 2020年, 二〇三五年 (but 2020万元 is an amount); so is
    an older year of four digits before a month (1891年7月23日: a record's date), or after a
    point in time (``dated_year_leads``: 建制于1368年, 始建于1420年; not 从, which opens a
    range of sizes as often: 从1000年到1300年), unless counted back from now (``ago_marks``:
    始建于1300年前 is an age) or the 于 ends a bound or a comparison (树龄不低于1300年,
    相当于1200年: ``_compared_before``).

    Why: a park's story said its fountain stands 136.8 m high as its county was founded in
    1368; the founding year was read as a duration of 1368 years."""
    if spot.unit not in lexicon.year_words or spot.multiplier:
        return False
    if _looks_like_year(spot.number):
        return True
    four_digits = len(spot.number) == 4 and spot.number.isdigit()
    if (
        four_digits
        and not spot.more
        and spot.before(1) in lexicon.dated_year_leads
        and not spot.after(2).startswith(lexicon.not_facts.ago_marks)
        and not _compared_before(spot.before(_COMPARED_REACH), lexicon)
    ):
        return True
    month = _MONTH_DIGITS.match(spot.after(3))
    return (
        four_digits
        and month is not None
        and spot.text.startswith(
            tuple(lexicon.text_tables.get("month_marks", ())), spot.end + month.end()
        )
    )


_MONTH_DIGITS = re.compile(r"1[0-2]|0?[1-9]")

# How far before a number a word of comparison or bound ending in 于 may start (相当于).
_COMPARED_REACH = 4


def _compared_before(before: str, lexicon: Lexicon) -> bool:
    """``before`` ends with a bound or a comparison (不低于, 大于, 多于, 相当于): the
    number after it is a size compared, not a point in time (树龄不低于1300年)."""
    bounds = (
        word
        for name, words in lexicon.qualifier_before.items()
        if name != "change"
        for word in words
    )
    words = (*bounds, *lexicon.comparison_cues, *lexicon.comparative_verbs)
    return before.endswith(tuple(words))


# A year of the common era has three digits or more (634年); fewer in brackets are a duration.
_ERA_YEAR_DIGITS = 3


def is_an_era_year_in_brackets(spot: Spot, lexicon: Lexicon) -> bool:
    """A year of the common era in brackets right after a year of a reign or a republic
    (贞观八年(634年), 金大定二十九年（1189年）): the same date, written twice, no duration.

    Why: a district's history page dates its founding this way; each bracketed year was read
    as a duration of 634 or 1189 years."""
    if spot.unit not in lexicon.year_words or spot.multiplier or spot.more:
        return False
    if not spot.number.isdigit() or len(spot.number) < _ERA_YEAR_DIGITS:
        return False  # 规划期限为2021年至2035年（15年）: a duration in brackets
    before = spot.before(4)
    if not before or before[-1] not in "(（" or spot.after(1) not in (")", "）"):
        return False
    reign_year = before[:-1]
    if not reign_year.endswith(lexicon.year_words):
        return False
    numeral = reign_year[: -len(next(w for w in lexicon.year_words if reign_year.endswith(w)))]
    # a reign's year is written in characters (贞观八年, 隆庆元年), never in digits (2035年)
    return bool(numeral) and numeral[-1].isalpha() and not numeral[-1].isascii()


def is_a_year_before_a_multiple(spot: Spot, lexicon: Lexicon) -> bool:
    """A year's four digits before 倍 are no multiple: no value grows two thousand times
    (2024倍增追赶合作发展大会: 倍增, doubling, in an event's name; "增长2000倍" is dropped too).

    Example: "2024倍增追赶大会" gives nothing; "实现3倍增长" is 3 倍."""
    return spot.unit == lexicon.forms.multiple_unit and _looks_like_year(spot.number)


def is_a_label(spot: Spot, lexicon: Lexicon) -> bool:
    """A label word after the unit makes "N+classifier" a name: 二类标准, 五次全会, 四套班子;
    not where the word heads a longer noun (``label_follower_breaks``: 3间会议室 counts rooms)."""
    after = spot.after(5)
    return after.startswith(lexicon.label_followers) and not after.startswith(
        lexicon.label_follower_breaks
    )


def unit_starts_a_word(spot: Spot, lexicon: Lexicon) -> bool:
    """The "unit" is the first character of another word: 5.0场馆, 3部门, 75周年, 14人均;
    not when a longer word starts right after it (``unit_word_start_breaks``: 4个人工智能产业园
    counts parks), nor right after a count of households (7户18人均已转移: 18 people, all of
    them moved; ``household_count_units``)."""
    at = spot.unit_start
    if not spot.text.startswith(lexicon.unit_word_starts, at):
        return False
    if spot.text.startswith(lexicon.unit_word_start_breaks, at):
        return False
    before = spot.before(4)
    unit = longest_suffix(before, lexicon.household_count_units)
    if not unit:
        return True
    counted = before[: -len(unit)].rstrip("".join(lexicon.forms.more_marks))  # 10余户
    count = counted[-1:]  # the count of households: 7户, 七户, 10余户
    return not (count.isdigit() or (count != "" and count in CHINESE_NUMERAL_CHARS))


def is_a_unit_prefix(spot: Spot, lexicon: Lexicon) -> bool:
    """千 alone before 瓦, 米, 克 (``kilo_prefix``, ``kilo_units``) is the unit's prefix, as
    in a unit's name glossed in brackets ("334.4kWp(千瓦)", "30公里(千米)") or a class of
    sizes (千瓦级): the kilowatt named, no thousand watts.

    Why: read as a number, each gloss became a fact of one kilowatt, one kilometre."""
    cues = lexicon.not_facts
    written = spot.text[spot.start : spot.end]
    prefix = next((word for word in cues.kilo_prefix if written.startswith(word)), "")
    if not prefix or written[len(prefix) :] not in cues.kilo_units:
        return False
    before = spot.before(1)
    return not (before and (before.isdigit() or before in CHINESE_NUMERAL_CHARS))


# A number and the short unit it is written with, right before a per mark: the mark is part of
# a rate's unit spelled out (174立方米每秒), no denominator of what follows.
_RATE_UNIT_REACH = 8
_UNIT_BEFORE_A_PER_MARK_RE = re.compile(r"\d\s*(?P<unit>[^\d\s，,。；;、：:（(]{1,4})$")


def is_a_denominator(spot: Spot, lexicon: Lexicon) -> bool:
    """每10万人, 每带动1名: the number is a denominator. 每年50万元 is a per-year amount, and
    money after a denominator already written (每亩收益9000元, 每户补贴1000元) is the amount per
    that unit (``per_unit_denominators``); a count there is a condition (每户至少1人就业). Not a
    per mark that spells the unit of the number before it (流量由174立方米每秒增至865立方米每秒:
    the 865 is a flow of its own); a year before the mark is no such number (2022年每百名老人).
    """
    before = spot.before(4)
    position = max(before.rfind(mark) for mark in lexicon.per_markers)
    if position < 0:
        return False
    mark_at = spot.start - len(before) + position
    unit_before = _UNIT_BEFORE_A_PER_MARK_RE.search(
        spot.text, max(0, mark_at - _RATE_UNIT_REACH), mark_at
    )
    dates = (*lexicon.date_units, *lexicon.year_words)
    if unit_before is not None and not unit_before.group("unit").startswith(dates):
        return False  # 由174立方米每秒增至865: the mark spells the number before's unit
    after_mark = before[position + 1 :]
    if after_mark.startswith(lexicon.per_period):
        return False
    return not (spot.kind == "money" and after_mark.startswith(lexicon.forms.per_unit_denominators))


def is_a_fraction_denominator(spot: Spot, lexicon: Lexicon) -> bool:
    """ "千万分之三", "3万分之一": the number before 分之 is a fraction's denominator, and 分 no
    unit of score; the fraction form reads the whole (``_fractions``).

    Example: in "浓度为3千万分之一" 3千万分 is no amount of 30 million 分."""
    return spot.text.startswith(lexicon.fraction_word, spot.end - 1)


def is_inside_slogan_quotes(spot: Spot, lexicon: Lexicon) -> bool:
    """Numbers inside a short “…” are names and slogans: “1+5+N”, “两年见成效”. A quotation
    closed by the end of a sentence or a clause is someone's words (“目前全镇有6000余名群众被
    安全转移。”, “全区2023年接待游客1500万人次，”局长介绍), its figures facts."""
    text = spot.text
    for opening_mark, closing_mark in (("“", "”"), ('"', '"')):
        opening = text.rfind(opening_mark, max(0, spot.start - 15), spot.start)
        if opening < 0:
            continue
        if opening_mark == '"' and text.count('"', 0, opening) % 2:
            continue  # that mark closes an earlier quotation
        closing = text.find(closing_mark, spot.end, spot.end + 15)
        if closing >= 0 and closing_mark not in text[opening + 1 : spot.start]:
            if text[closing - 1 : closing] in _SPEECH_ENDS:
                return False  # a sentence quoted, not a slogan
            return not _quotes_a_bound_value(spot, lexicon, opening, closing)
    return False


_SPEECH_ENDS = ("。", "，")  # (an exclamation quoted is as often a passer-by's: “出门5分钟就到了!”)


def _quotes_a_bound_value(spot: Spot, lexicon: Lexicon, opening: int, closing: int) -> bool:
    """A quoted number with its unit, right after a threshold verb, is the threshold's value,
    set in quotation marks for emphasis: 首次突破“30微克/立方米”关口, 超过“100亿元”. A slogan has
    words of its own in the quotes (“两年见成效”) or no unit (“1+5+N”)."""
    if not spot.unit or spot.text[opening + 1 : closing] != spot.text[spot.start : spot.end]:
        return False
    bounds = (*lexicon.qualifier_before["at_least"], *lexicon.qualifier_before["at_most"])
    return spot.text[max(0, opening - 4) : opening].endswith(bounds)


def is_a_phase(spot: Spot, lexicon: Lexicon) -> bool:
    """一期, 三期, 2期工程: the phase of a project is its name, not a count. In digits and
    ending its phrase the word counts issues or sessions (形成专报8期、…, 举办培训10期，…);
    in words, or with a noun or verb after it (保障房项目2期建成, 地铁17号线2期预计…), it is a
    phase."""
    phases = lexicon.not_facts.phase_words
    if spot.after(1) in phases:
        return True
    if spot.unit not in phases:
        return False
    return spot.chinese or spot.after(1) not in _PHRASE_END


def _another_count_follows(spot: Spot, lexicon: Lexicon) -> bool:
    """An enumeration mark and another number right after the count (476户、1373人)."""
    following = spot.after(2)
    return following[:1] in lexicon.enumeration_marks and following[1:2].isdigit()


def is_an_issue_number(spot: Spot, lexicon: Lexicon) -> bool:
    """环保 2023年4期, 第12期: a journal's or a bulletin's issue, after its year or 第, is its
    number, no count of issues (形成专报8期 is one)."""
    cues = lexicon.not_facts
    return spot.unit in cues.phase_words and spot.before(1) in cues.issue_leads


def is_an_ordinal(spot: Spot, lexicon: Lexicon) -> bool:
    """After 第 a number is a position in a series, not an amount: 第9场发布会, 第4条产线.

    Ranks (第3名, 居全市第二) are found as ranks, by their own form.
    """
    return bool(spot.before(1)) and spot.before(1) in lexicon.ordinal_marks


def names_an_event(spot: Spot, lexicon: Lexicon) -> bool:
    """届 and 次 before a meeting or a survey number it, they do not count it.

    Examples: 十七届人大, 第三次会议, 第十三次党代会, 第五次全国经济普查. A
    count of events has no such noun right after it: 四届文化节, 第三次全面通水.
    """
    cues = lexicon.not_facts
    measure = spot.unit or spot.text[spot.end - 1 : spot.end]
    if measure not in cues.event_measures:
        return False
    phrase = spot.phrase_after()
    return any(noun in phrase for noun in cues.event_nouns)


_MARKS_BEFORE = ' \t“"「'  # spaces and opening quotes between a verb and its number


def is_a_return_period(spot: Spot, lexicon: Lexicon) -> bool:
    """50年一遇, 百年一遇: a design scenario of a flood standard, not a measured duration.
    Not when the clause before says what was measured, a verb of reaching stands right before
    the number and no standard is named (``observed_return_measures``, ``observed_return_
    verbs``, ``return_standard_words``): in "局部降雨量接近500年一遇" the 500 says how rare
    the storm was, a fact of the event; "防洪标准达到100年一遇", "可应对降雨量30年一遇" stay
    designs."""
    cues = lexicon.not_facts
    if not spot.after(4).startswith(cues.return_period_markers):
        return False
    before = spot.clause_before
    observed = any(word in before for word in cues.observed_return_measures) and before.rstrip(
        _MARKS_BEFORE
    ).endswith(cues.observed_return_verbs)
    return not observed or any(word in before for word in cues.return_standard_words)


def is_an_age_of_people(spot: Spot, lexicon: Lexicon) -> bool:
    """An age is a fact only as a measure (人均预期寿命82岁); else it is a person or a bracket.

    Examples that are not facts: 68岁的村民, 今年58岁, 65岁以上户籍老人, 0-14岁人口.
    """
    cues = lexicon.not_facts
    if spot.unit not in cues.age_units:
        return False
    return not any(word in spot.clause_before for word in cues.age_measures)


def _names_what_reaches_it(spot: Spot, lexicon: Lexicon) -> bool:
    """The amount defines a name or is called a threshold: 估值超过(含)10亿美元的称为独角兽企业
    (after it a bound, 的 and a word of naming: ``class_naming_words``), 以10亿美元估值为门槛
    (a threshold's taking ending its phrase: ``threshold_endings``). Not 10亿美元的投资 (no naming
    word), nor 门槛 before the amount (门槛降至50万元: the threshold's new value is reported)."""
    cues = lexicon.not_facts
    phrase = spot.phrase_after(16)
    # 以10亿美元估值为门槛 (not 降低创业门槛, 突破十亿元门槛: a value reported, a mark passed)
    if _threshold_taken_re(cues.threshold_endings).match(phrase):
        return True
    bound = longest_prefix(phrase, (*cues.scope_bounds, *cues.class_bounds))
    rest = phrase[len(bound) :]
    particle = next((p for p in lexicon.possessive_marks if rest.startswith(p)), "")
    if not particle or not rest[len(particle) :].startswith(cues.class_naming_words):
        return False
    # a bound makes it a definition (超过(含)10亿美元的称为…, 500万元以上的称为…); without one it
    # is a relative clause about one named thing (面积680公顷的被称为城市绿肺的公园)
    before = spot.before(8)
    for mark in cues.bound_inclusive_marks:
        before = before.removesuffix(mark)
    return bool(bound) or _ends_with_a_bound(before, lexicon)


@functools.cache
def _threshold_taken_re(endings: tuple[str, ...]) -> re.Pattern[str]:
    """A phrase saying the amount before it is taken as a threshold: a short noun, then one of
    ``endings`` ending the phrase (…估值为门槛; not 为门槛较高的项目, 为 there "for")."""
    words = "|".join(re.escape(ending) for ending in endings) or "(?!)"
    return re.compile(rf"[^，,。；;]{{0,4}}?(?:{words})$")


def is_a_class_boundary(spot: Spot, lexicon: Lexicon) -> bool:
    """A threshold that defines a class of things is not a reported amount.

    Examples: 统计起点为总投资600万元以上的项目, 是指年营业额200万元及以上的餐饮
    企业 (the scope of a statistic); 营收超过20亿元的企业17家, 日降水量超过120毫米的共有23个
    (the count after the class is the fact). A bound that describes one thing stays a fact:
    不少于50人的抢险队伍, 最长3年的租金优惠, 七成以上的户籍居民. A size right before the
    amount (管径600毫米以下的排水管线) names a class of things too.
    """
    cues = lexicon.not_facts
    if any_of(cues.threshold_cues).search(spot.clause_before):
        return True
    if _names_what_reaches_it(spot, lexicon):
        return True
    if _under_a_definition_list(spot, lexicon):
        return True
    end = _range_end(spot, lexicon)
    if end != spot.end:  # 在5万人—10万人之间的街道有5个: the lower end bounds the same class
        return is_a_class_boundary(dataclasses.replace(spot, end=end), lexicon)
    if _listed_bound_end(spot, lexicon) != spot.end:
        return True  # 百亿元、50亿元、亿元以上签约项目: sizes of project, each a class's bound
    start, end = _amounts_listed_around(spot, lexicon)
    whole_list = dataclasses.replace(spot, start=start, end=end)
    if (start, end) != (spot.start, spot.end) and _bounded_before(whole_list, lexicon):
        # 超过200毫米、100毫米的雨区覆盖面积分别达350和1000平方公里: each a class's bound,
        # read as one amount bounded before the list and followed by the class (not 新增绿地
        # 120公顷、30公顷以上的公园3处, whose first amount is no bound)
        return is_a_class_boundary(whole_list, lexicon)
    # A level's word around the amount (155米高程以下10.4万亩土地, 海拔800米以上山区造林1.2万亩),
    # its bound, and a figure of what lies within it later in the phrase: the class's bound
    following = spot.after(6 + _LEVEL_WORD_REACH)
    level = longest_prefix(following, cues.class_level_words)
    if level or spot.before(_LEVEL_WORD_REACH).endswith(cues.class_level_words):
        if following.startswith(cues.class_bounds, len(level)):
            return any(char.isdigit() for char in spot.phrase_after(14 + len(level))[len(level) :])
    following = spot.after(6)
    bound = next((w for w in cues.scope_bounds + cues.class_bounds if following.startswith(w)), "")
    rest = following[len(bound) :]
    particle = next((p for p in lexicon.possessive_marks if rest.startswith(p)), "")
    if bound and particle and spot.before(_SIZE_WORD_REACH).endswith(cues.class_size_words):
        return True  # 管径600毫米以下的排水管线: the size class of the pipes cleared
    scope = bound if bound in cues.scope_bounds else ""
    if not particle and _an_amount_naming_a_class(spot, bound, rest, lexicon):
        return True  # 一批投资30亿元以上重大项目: the size of a class of projects
    if not bound and _bounded_then_counted(spot, following, lexicon):
        return True  # 降水超过50毫米有14个站点: the class's threshold, the count the fact
    named_class = bool(bound) and _a_count_of_the_class_follows(spot, len(bound), lexicon)
    if not (particle or scope or named_class):
        return False  # 100毫米以上 alone is a bounded amount (5000万元以上企业120家 names a class)
    noun = rest[len(particle) : len(particle) + 1]
    if scope and noun and noun not in _PHRASE_END:
        return True  # 200万元及以上的餐饮企业: the scope of a statistic
    if not (bound or _bounded_before(spot, lexicon)):
        return False
    counted_after = spot.text[spot.end + len(bound) : spot.end + len(bound) + 14]
    for position, char in enumerate(counted_after):
        if char in _PHRASE_END:
            counted_after = counted_after[:position]
            break
    return any(char.isdigit() for char in counted_after)


def is_the_bound_of_a_count_before_its_bracket(spot: Spot, lexicon: Lexicon) -> bool:
    """A bracket right after a count that holds only a bounded amount says which things were
    counted: 147处应急避难场所(可容纳50人以上), 规模以上工业企业86家（年主营业务收入2000万元及
    以上）, 大型公园12座（面积10公顷以上）. The count is the fact, the amount its class's bound.
    A bracket holding a plain amount adds a fact: 应急避难场所20处（可容纳3.2万人）; so does one
    whose words make the amount a total, a change or an effect (``bracket_total_words``:
    共可容纳3.2万人以上, 总面积1200公顷以上, 床位数3000张以上, 带动就业5000人以上; 同比增长12%
    以上).

    Why: a district's list of shelters charted "50 people or more" as its figure.

    >>> from districts.lexicon import load_lexicon
    >>> text = "147处应急避难场所(可容纳50人以上)"
    >>> spot = Spot(text, Span(0, len(text)), 14, 17, "50", "人")
    >>> is_the_bound_of_a_count_before_its_bracket(spot, load_lexicon())
    True
    """
    cues = lexicon.not_facts
    following = spot.after(6)
    bound = longest_prefix(following, (*cues.scope_bounds, *cues.class_bounds))
    if not bound or not following[len(bound) :].startswith(_CLOSING_BRACKETS):
        return False
    text = spot.text
    floor = max(0, spot.start - _BRACKET_REACH)
    opening = max(text.rfind("(", floor, spot.start), text.rfind("（", floor, spot.start))
    inside = text[opening + 1 : spot.start]
    if opening < 0 or any(char.isdigit() or char in _PHRASE_END for char in inside):
        return False  # (其中1000人以上的5处): a count of its own inside the bracket
    changes = (*lexicon.qualifier_before["change"], *lexicon.comparison_markers)
    if any(word in inside for word in (*cues.bracket_total_words, *changes)):
        return False  # (共可容纳3.2万人以上), (同比增长12%以上): a total or a change, a fact
    counted = _count_before_re(lexicon.counted_thing_classifiers)
    return counted.search(text, max(0, opening - _BRACKET_REACH), opening) is not None


_CLOSING_BRACKETS = (")", "）")
# How far before the amount its bracket may open, and before the bracket the count may stand
_BRACKET_REACH = 14


@functools.cache
def _count_before_re(classifiers: tuple[str, ...]) -> re.Pattern[str]:
    """A count in digits with one of ``classifiers``, then at most a few words, ending where
    the search ends (147处应急避难场所, 工业企业86家)."""
    alternatives = "|".join(re.escape(c) for c in classifiers) or "(?!)"
    return re.compile(rf"\d+(?:{alternatives})[\u4e00-\u9fff]{{0,8}}$")


_RANGE_MARKS = "-—–~～"
# The longest word of a level between an amount and its class bound (高程, 海拔)
_LEVEL_WORD_REACH = 3
# The longest word of a size right before an amount (管径, 胸径)
_SIZE_WORD_REACH = 2


def _a_count_of_the_class_follows(spot: Spot, bound: int, lexicon: Lexicon) -> bool:
    """Right after the number's bound, nouns naming things and a count of them with its
    classifier (5000万元以上企业120家, 100毫米以上站点9个): the bound defines the class counted.
    Not a verb or an adverb after the bound (45%以上居全市第2位, 6%以上连续3年领跑, 5000人次以上覆盖
    12个乡镇): the bounded amount is the fact."""
    match = _class_count_re(lexicon.counted_thing_classifiers).match(spot.text, spot.end + bound)
    if match is None:
        return False
    # the count may be bounded itself (5000万元以上规模企业超过2000家)
    things = match.group("things")
    bounds = (*lexicon.qualifier_before["at_least"], *lexicon.qualifier_before["at_most"])
    things = things.removesuffix(longest_suffix(things, bounds))
    return bool(things) and all(flag in _THING_FLAGS for _, flag in pos_tags(things))


def _bounded_then_counted(spot: Spot, following: str, lexicon: Lexicon) -> bool:
    """A number bounded before it (超过, 不足), then a verb of having and a count in digits
    ("降水超过100毫米有2个站点，超过50毫米有14个"): the threshold of the class counted.

    >>> text = "超过50毫米有14个"
    >>> from districts.lexicon import load_lexicon
    >>> _bounded_then_counted(Spot(text, Span(0, len(text)), 2, 6, "50", "毫米"), "有14个",
    ...     load_lexicon())
    True
    """
    link = next(
        (word for word in lexicon.not_facts.class_count_links if following.startswith(word)), ""
    )
    counted = re.match(r"\d+", following[len(link) :])
    if not link or counted is None:
        return False
    if not following[len(link) + counted.end() :].startswith(lexicon.counted_thing_classifiers):
        return False  # 森林覆盖率超过70%有10年了: for ten years, no count of a class
    return _bounded_before(spot, lexicon)


def _bounded_before(spot: Spot, lexicon: Lexicon) -> bool:
    """A bound from below or above right before the number (超过50毫米, 不足3个)."""
    return _ends_with_a_bound(spot.before(4), lexicon)


def _ends_with_a_bound(text: str, lexicon: Lexicon) -> bool:
    """``text`` ends with a word bounding a number from below or above (超过, 不足)."""
    return any(
        text.endswith(word)
        for qualifier in ("at_least", "at_most")
        for word in lexicon.qualifier_before.get(qualifier, ())
    )


def _an_amount_naming_a_class(spot: Spot, bound: str, rest: str, lexicon: Lexicon) -> bool:
    """A sum of money bounded and then straight the noun of projects or firms
    (``amount_class_nouns``: 一批投资30亿元以上重大项目正在落地, 签约5000万元以上规模企业): the
    size of a class of them, with no count, not an amount anyone reported. Money only: a share
    (七成以上居民) or a count (200个以上村庄) bounded before its noun is the fact itself; so is
    an amount before another noun (地区生产总值2000亿元以上水平, 150亿元以上目标).

    >>> from districts.lexicon import load_lexicon
    >>> text = "一批投资30亿元以上重大项目正在加快落地"
    >>> _an_amount_naming_a_class(Spot(text, Span(0, len(text)), 4, 9, "30", "亿元", "money"),
    ...     "以上", "重大项目正在加快落地", load_lexicon())
    True
    """
    if spot.kind != "money" or not bound or not rest:
        return False
    nouns = ""
    for word, flag in pos_tags(rest[:_CLASS_NOUN_REACH]):
        if flag not in _NOUN_FLAGS:
            break
        nouns += word
    return any(noun in nouns for noun in lexicon.not_facts.amount_class_nouns)


# How far after a bound the noun of a class is read (重大项目, 规上企业)
_CLASS_NOUN_REACH = 8
# The tags of a noun (not a verb's noun: 5亿元以上投资 is an amount of investment)
_NOUN_FLAGS = frozenset({"n", "nz", "ng", "j", "l"})

# The tags of words that name things (nouns, names, abbreviations; 站点, 企业, 规上企业).
_THING_FLAGS = frozenset({"n", "nr", "ns", "nt", "nz", "ng", "j", "l", "vn"})


@functools.cache
def _class_count_re(classifiers: tuple[str, ...]) -> re.Pattern[str]:
    """Words, then a count in digits and one of ``classifiers`` (企业120家)."""
    alternatives = "|".join(re.escape(c) for c in classifiers) or "(?!)"
    return re.compile(rf"(?P<things>[\u4e00-\u9fff]{{1,8}}?)\d+(?:{alternatives})")


# Amounts listed with the same unit as written (百亿元、50亿元、亿元以上): digits or the
# numerals and magnitudes of numerals.yaml.
_LISTED_AMOUNT = (
    "[0-9.\uff10-\uff19"
    + re.escape(CHINESE_NUMERAL_CHARS + "".join(word for word in MULTIPLIERS if len(word) == 1))
    + "]{0,8}"
)


def _amounts_listed_around(spot: Spot, lexicon: Lexicon) -> tuple[int, int]:
    """Where a list of amounts in the number's unit, joined by 、, begins and ends around the
    number (超过|200毫米、100毫米|的雨区; 2亿元、3000万元: each with its magnitude); the number's
    own span when it stands alone.

    >>> text = "超过200毫米、100毫米的雨区"
    >>> from districts.lexicon import load_lexicon
    >>> _amounts_listed_around(Spot(text, Span(0, len(text)), 8, 13, "100", "毫米"),
    ...     load_lexicon())
    (2, 13)
    """
    if not spot.unit or not spot.number[:1].isdigit():
        return spot.start, spot.end
    listed = _amount_list_re(spot.unit, lexicon.enumeration_marks[0])
    for match in listed.finditer(spot.text, spot.sentence.start, spot.sentence.end):
        if match.start() <= spot.start and spot.end <= match.end():
            return match.span()
    return spot.start, spot.end


@functools.cache
def _amount_list_re(unit: str, mark: str) -> re.Pattern[str]:
    """Two or more amounts in ``unit``, each perhaps with a magnitude, joined by ``mark``."""
    magnitudes = "|".join(map(re.escape, sorted(MULTIPLIERS, key=len, reverse=True)))
    item = rf"(?<![\d.])\d+(?:\.\d+)?(?:{magnitudes})?{re.escape(unit)}"
    return re.compile(rf"{item}(?:{re.escape(mark)}{item})+")


def _listed_bound_end(spot: Spot, lexicon: Lexicon) -> int:
    """Where the list of amounts the number opens ends, when the list's last amount is
    closed by a class bound before a noun and the last amount is a bare magnitude (百亿元、50亿元、
    亿元以上签约落户项目: three sizes of project, each a class's threshold, none a reported
    amount); else the number's own end. Not a list whose last amount is bounded alone (增长5%、
    8%以上。, 分别达到120亿元、80亿元以上均创新高)."""
    marks = lexicon.enumeration_marks
    if not spot.unit or not spot.text.startswith(marks, spot.end):
        return spot.end
    bounds = lexicon.not_facts.scope_bounds + lexicon.not_facts.class_bounds
    pattern = _listed_to_a_bound_re(marks, bounds, lexicon.possessive_marks, spot.unit)
    listed = pattern.match(spot.text, spot.end)
    if listed is None:
        return spot.end
    last = re.split(_alternatives(marks), listed.group())[-1]
    if any(char.isdigit() for char in last):
        return spot.end  # 分别达到120亿元、80亿元以上: the last is an amount, bounded (no class)
    return listed.end()  # 百亿元、50亿元、亿元以上: the last a bare magnitude, a class's size


# How far back a rule looks for the start of a reader's sentence. Searched only this far: a
# search from the text's start made a long text without full stops quadratic (issue 18).
_SENTENCE_REACH = 1000


def _sentence_opening(spot: Spot, marks: str) -> int:
    """Where the reader's sentence holding the spot opens: after the last of ``marks`` before
    it, at most ``_SENTENCE_REACH`` characters back (the splitter's sentence may be a clause)."""
    floor = max(0, spot.start - _SENTENCE_REACH)
    return max(floor, max(spot.text.rfind(mark, floor, spot.start) for mark in marks) + 1)


def _under_a_definition_list(spot: Spot, lexicon: Lexicon) -> bool:
    """An item of a list that a statistic's definition announces with a colon, its parts set
    apart by semicolons (each a sentence to the splitter): "统计限额标准:①批发业:年主营业务
    收入2000万元及以上;②零售业:年主营业务收入500万元及以上" (both thresholds). Only a number
    that a scope bound (及以上, 及以下) closes, with no full stop since the announcing colon
    right after a ``definition_heads`` word ("达到限额标准的企业320家" counts firms)."""
    if not spot.after(4).startswith(lexicon.not_facts.scope_bounds):
        return False
    opened = _sentence_opening(spot, "。！？\n")
    before = spot.text[opened : spot.start]
    cue = any_of(lexicon.not_facts.definition_heads).search(before)
    return cue is not None and before.startswith((":", "："), cue.end())


def _range_end(spot: Spot, lexicon: Lexicon) -> int:
    """Where the upper end of a range starting with the spot ends (5万人—10万人 → after 10万人),
    else the spot's own end."""
    at = spot.end
    following = spot.text[at : at + 2]
    mark = next((w for w in lexicon.range_words if following.startswith(w)), "")
    if not mark and following[:1] and following[0] in _RANGE_MARKS:
        mark = following[0]
    if not mark:
        return spot.end
    cues = lexicon.not_facts
    upper = _range_upper_re((*cues.scope_bounds, *cues.class_bounds, *lexicon.possessive_marks))
    match = upper.match(spot.text, at + len(mark))
    return match.end() if match else spot.end


@functools.cache
def _range_upper_re(followers: tuple[str, ...]) -> re.Pattern[str]:
    """The upper end of a range: a number, a multiplier and the unit's characters (10万人,
    20毫米), then a bound or a possessive (之间, 以上, 的)."""
    after = "|".join(re.escape(word) for word in sorted(followers, key=len, reverse=True))
    return re.compile(rf"\s*[\d.]+\s*[\u4e00-\u9fff/]{{0,4}}?(?={after or '(?!)'})")


def is_a_regime_or_window(spot: Spot, lexicon: Lexicon) -> bool:
    """A duration that names a regime, an averaging window or a look-back is not a measure.

    Examples: 24小时值班, 1小时平均第98百分位数, 为近4年来最高, 近5年翻了一番, 5年来, 发布24小时
    地质灾害气象风险蓝色预警 (a warning's horizon). A duration after a cue stays a fact: 历时近3年,
    连续5年.
    """
    cues = lexicon.not_facts
    if spot.unit not in cues.duration_units:
        return False
    if spot.after(4).startswith(cues.return_period_markers):
        return False  # 接近500年一遇: a return period, which is_a_return_period reads
    if spot.after(4).startswith(cues.regime_followers):
        return True
    if spot.phrase_after(24).endswith(cues.warning_products):
        return True  # 24小时地质灾害气象风险蓝色预警: a warning's horizon
    if spot.unit not in lexicon.forms.long_duration_units:
        return False
    if any(cue in spot.before(6) for cue in lexicon.duration_cues):
        return False
    if took_an_effort(spot, lexicon, lexicon.elapsed_time_cues):  # 经过近5个月的时间
        return False
    return spot.before(2).endswith(cues.window_before) or spot.after(2).startswith(
        cues.window_after
    )


def names_a_format(spot: Spot, lexicon: Lexicon) -> bool:
    """A count of people, years, shifts or points straight before 制 names a format, not an
    amount: 5人制足球场 (five a side), 四年制本科, 三班制, 百分制. Only those units
    (``format_units``), and only a 制 standing as a word of its own before a word of two
    characters or more (5人制|足球场); not 10人制定方案 (``format_mark_words``), 30名制茶师,
    200名制衣工人, 12名制片人 (people who make things).

    Why: a park's story (建设了5人制足球场、篮球场、网球场各4片) charted 5 people.
    """
    cues = lexicon.not_facts
    if spot.unit not in cues.format_units:
        return False
    following = spot.after(3)
    if not following.startswith(cues.format_marks) or following.startswith(cues.format_mark_words):
        return False
    # the mark stands as a word of its own and a word of two characters or more, or the
    # clause's end, follows it: 5人制|足球场, 7人制|比赛; not 30名制|茶|师, 50名制|桃|艺人
    words = pos_tags(spot.after(_FORMAT_WORDS_REACH))
    if not words or words[0][0] not in cues.format_marks:
        return False
    return len(words) == 1 or len(words[1][0]) >= 2 or words[1][0] in _PHRASE_END


# How far after the count its format's mark and the word after it are read (制足球场)
_FORMAT_WORDS_REACH = 6


def is_the_window_of_a_target(spot: Spot, lexicon: Lexicon) -> bool:
    """5年内新增城市森林10处, 三年内新建学校12所, 5年年均增长13.8%: the years only frame the
    figure the clause goes on to give; that figure is the fact. A window closing its clause
    after a word of a window (``window_leads``: 在短短10个月内，累计改造47个村) frames the next
    one's figure; after a predicate (合同期为10年以内，…) it is the fact. A window with nothing
    after it stays a duration set as a target (三年内全面恢复)."""
    if spot.unit not in lexicon.forms.long_duration_units:
        return False
    # (the loader lists the followers longest first: 时间内 before 内)
    follower = longest_prefix(spot.after(4), lexicon.not_facts.target_window_followers)
    if not follower:
        return False
    after = spot.end + len(follower)
    clause = re.split(r"[，,。；;！？!?\n]", spot.text[after : spot.sentence.end], maxsplit=1)[0]
    if (
        not clause.strip()
        and spot.text.startswith(_WINDOW_COMMAS, after)
        and spot.clause_before.rstrip().endswith(lexicon.not_facts.window_leads)
    ):
        # the window closes its clause: the next clause, to its end, holds what it frames
        following = spot.text[after + 1 : after + 1 + _NEXT_CLAUSE_REACH]
        clause = re.split(r"[，,。；;！？!?\n]", following, maxsplit=1)[0]
    return any(char.isdigit() for char in clause)


# A window closing its clause (在短短10个月内，…): the commas after it and how far to read on.
_WINDOW_COMMAS = ("，", ",")
_NEXT_CLAUSE_REACH = 80


def is_the_age_of_a_place(spot: Spot, lexicon: Lexicon) -> bool:
    """870多年建都史, 距今400多年, 600年历史: the age of a city or a monument is history,
    not a measure of the district's year; so are centuries describing what follows (3000多年的
    琉璃河, 800年的古镇: an age of 100 years or more, then 的)."""
    cues = lexicon.not_facts
    if spot.unit not in lexicon.forms.long_duration_units:
        return False
    if spot.unit in lexicon.year_words and spot.after(1) in lexicon.possessive_marks:
        try:
            centuries = parse_number(spot.number) >= _HISTORIC_AGE_YEARS
        except ValueError:
            centuries = False
        if centuries and not spot.multiplier:
            return True
    return spot.after(4).startswith(cues.history_followers) or any(
        cue in spot.before(6) for cue in cues.history_before
    )


# An age of this many years or more describing a thing (3000多年的琉璃河) is its history: no
# programme, plan or statistic of a district runs a century.
_HISTORIC_AGE_YEARS = 100


def is_a_reporting_period(spot: Spot, lexicon: Lexicon) -> bool:
    """前8个月, 未来3天, 过去5年, 假期四天: the period a statistic or a forecast covers, not a
    duration anyone measured; so is the window of a record (140年最大暴雨, 50年来最强).
    提前2小时 (a lead time) is not one."""
    cues = lexicon.not_facts
    if spot.unit not in cues.duration_units:
        return False
    if _a_record_window(spot, lexicon):
        return True  # 京城140年最大暴雨: the record's window (持续3天最高气温… is a spell)
    before = spot.before(3)
    if before.endswith(cues.period_exceptions):
        return False
    return before.endswith(cues.period_before)


def _a_record_window(spot: Spot, lexicon: Lexicon) -> bool:
    """A duration in years or months right before a superlative (``record_window_followers``),
    neither after a word of a term or a period (特许经营期20年, 租期3年, 计划用5年:
    ``record_window_breakers``) nor before a limit's words (最长可延至, 最高额度: the
    superlative then caps something else)."""
    cues = lexicon.not_facts
    if spot.unit not in lexicon.forms.long_duration_units:
        return False
    following = spot.after(8)
    follower = longest_prefix(following, cues.record_window_followers)
    if not follower or following[len(follower) : len(follower) + 1] in cues.record_limit_marks:
        return False
    return not spot.before(3).endswith(cues.record_window_breakers)


def is_a_time_ago(spot: Spot, lexicon: Lexicon) -> bool:
    """回想起3天前房山区发生崩塌的那一幕, 10年前, 两个月之前: a duration with 前 after it says
    when something happened, a point in time, not a duration anyone measured, when the phrase
    ends there (10年前，…, 860多年前的) or the duration opens its clause. 3天前后 (about three
    days) is a duration; so are a lead time after an event (汛期到来3天前完成) and a duration
    before a verb (历时5小时前往); 提前3天 and 崩塌前10分钟 put 前 before the number."""
    cues = lexicon.not_facts
    if spot.unit not in cues.duration_units:
        return False
    following = spot.after(4)
    mark = longest_prefix(following, cues.ago_marks)
    if not mark or following.startswith(cues.ago_exceptions):
        return False
    after_mark = following[len(mark) : len(mark) + 1]
    # 10年前，… / 多年前的…: the phrase ends, or a possessive makes it a time
    closes = not after_mark or after_mark in _PHRASE_END or after_mark in lexicon.possessive_marks
    before = spot.clause_before.rstrip()
    opens = not before or before[-1] in _PHRASE_END or before.endswith(cues.ago_leads)
    return closes or opens


def is_the_word_all_around(spot: Spot, lexicon: Lexicon) -> bool:
    """水库四周种植树木, 四周环山: 四周 is "all around", no four weeks. A duration says so by a
    word of time before it (连续四周, 为期四周, 仅用四周) or of a span after it (四周以来);
    4周 in digits is always one. (四周内, 四周后 stay "around": 公园四周内侧, 湿地四周后续.)"""
    cues = lexicon.not_facts
    if spot.text[spot.start : spot.end] not in cues.around_words:
        return False
    before = spot.before(5)
    # 历时近四周, 培训共四周: a linking word (近, 约, 共) may stand between
    linked = before.removesuffix(longest_suffix(before, lexicon.linking_words))
    return not (
        before.endswith(cues.around_duration_before)
        or linked.endswith(cues.around_duration_before)
        or spot.after(3).startswith(cues.around_duration_after)
    )


def is_a_rating(spot: Spot, lexicon: Lexicon) -> bool:
    """获评三颗星项目5个, 三颗钻以上等级的有86家: stars and diamonds counted in words in 颗
    are a rating, the kind of thing the other number counts, not a count of things (发射6颗星
    counts satellites, 三颗钻石 stones)."""
    cues = lexicon.not_facts
    written = spot.text[spot.start : spot.end]
    if not written.endswith(cues.rating_units) or any(char.isdigit() for char in written):
        return False  # 发射6颗星: satellites
    after = spot.after(2)
    return after.startswith(cues.rating_marks) and not after[1:].startswith(
        cues.rating_mark_continuations
    )


def is_a_class_label(spot: Spot, lexicon: Lexicon) -> bool:
    """三类医疗器械许可证57张, 二类新药4个: the class names the noun another number counts.

    A count of classes has no count of its own after it: 储备了十五类防汛物资, 十一类困难群体.
    A class's or a team's number is a label only when small (1组18人, 2组7人: the first team,
    the second); 252组2605人 counts 252 teams, 储备了26类超过1.5万个防汛物资 26 kinds. So is a
    class's number before a zone's noun (``class_zone_nouns``: 2类区、3类区, the noise zones of
    each class), not before a word going on (划分为3类区域: three kinds of area).
    """
    cues = lexicon.not_facts
    if spot.unit not in cues.class_measures:
        return False
    if not _single_digit(spot.number):
        return False  # 备勤防汛单元252组2605人: 252 teams, of 2605 people in all
    after = spot.after(2)
    if (
        after.startswith(cues.class_zone_nouns)
        and not after.startswith(cues.class_zone_continuations)
        and not any(verb in spot.clause_before for verb in cues.class_division_verbs)
    ):
        return True  # 2类区、3类区和4a类区: the noise zones of a class, no count of them
    return any(char.isdigit() for char in spot.phrase_after(14))


def is_the_size_class_of_counted_things(spot: Spot, lexicon: Lexicon) -> bool:
    """80条千亩经济沟, 两个万亩基地: a bare round magnitude (千, 万: no digit) with an area unit,
    right after a count and its classifier, names the size class of the things counted
    (valleys of a thousand mu each), not an area of the district; the count is the fact."""
    if not spot.chinese or spot.kind != "area":
        return False
    if any(char not in _MAGNITUDE_CHARS for char in spot.number):
        return False  # 三千亩: an area written in words
    before = _counted_things_before(lexicon.counted_thing_classifiers)
    return before.search(spot.clause_before) is not None


def names_bases_by_their_size(spot: Spot, lexicon: Lexicon) -> bool:
    """ "形成了千亩大桃、千亩杏、千亩板栗基地", "建设万亩梨基地，": a bare round magnitude (千,
    万: no digit) with an area unit, then a crop (a short word), perhaps more items of the same size
    joined to it (、千亩杏), and a base's noun (``size_class_bases``) closing the phrase: the
    bases' size class, their name, not an area of the district. Not 流转土地千亩用于建设蔬菜
    基地 (a verb's clause between), 十万亩带动基地农户增收 (the noun going on), 建成桃园1200亩."""
    if not spot.chinese or spot.kind != "area":
        return False
    if any(char not in _MAGNITUDE_CHARS for char in spot.number):
        return False
    following = spot.text[spot.end : spot.end + _BASE_LIST_REACH]
    cut = next((i for i, char in enumerate(following) if char in _CLAUSE_END_MARKS), None)
    following = following[:cut]
    heads = lexicon.not_facts.size_class_bases
    found = [(at, head) for head in heads if (at := following.find(head)) > 0]
    if not found:
        return False
    at, head = min(found)
    joiners = lexicon.area_definition_joiners
    closing = following[at + len(head) :]
    if closing and not closing.startswith(joiners):
        return False  # 基地农户: the base's noun goes on into another's
    items = _joined_items(following[:at], joiners)
    if not 0 < len(items[0]) <= _CROP_LONGEST or any(char.isdigit() for char in items[0]):
        return False
    if any(word in items[0] for word in lexicon.linking_words):
        return False  # 平整土地千亩作为草莓基地: what the land becomes, an area
    same_size = _same_size_item_re(spot.unit)
    return all(same_size.fullmatch(item) for item in items[1:])


def _joined_items(text: str, joiners: tuple[str, ...]) -> list[str]:
    """``text`` cut at each of ``joiners`` (大桃、千亩杏和千亩梨 → 大桃, 千亩杏, 千亩梨)."""
    pattern = "|".join(re.escape(joiner) for joiner in sorted(joiners, key=len, reverse=True))
    return re.split(pattern, text) if pattern else [text]


@functools.cache
def _same_size_item_re(unit: str) -> re.Pattern[str]:
    """A later item of a list of bases by size: a bare round magnitude, the unit, a crop."""
    magnitude = "".join(sorted(_MAGNITUDE_CHARS))
    return re.compile(rf"[{magnitude}]+{re.escape(unit)}\D{{1,{_CROP_LONGEST}}}")


# How far a list of bases named by their size may run (千亩大桃、千亩杏、…基地), and the longest
# crop or kind one item names (板栗, 设施蔬菜)
_BASE_LIST_REACH = 40
_CROP_LONGEST = 4
_CLAUSE_END_MARKS = _CLAUSE_CLOSING_MARKS | frozenset("！？!?\n：")


# 十, 百, 千 and the multipliers' characters (万, 亿): a number's magnitude, no digit of it
_MAGNITUDE_CHARS = frozenset(
    [*(c for c in CHINESE_NUMERAL_CHARS if c not in NUMERAL_DIGITS), *"".join(MULTIPLIERS)]
)


@functools.cache
def _counted_things_before(classifiers: tuple[str, ...]) -> re.Pattern[str]:
    """A count and one of ``classifiers`` ending the text before a number (80条, 两个)."""
    classifiers = "|".join(re.escape(c) for c in classifiers) or "(?!)"
    return re.compile(rf"(?:\d+|[{CHINESE_NUMERAL_CHARS}]+)(?:{classifiers})$")


def _single_digit(number: str) -> bool:
    try:
        return parse_number(number) < 10
    except ValueError:
        return False


def is_a_vague_pair(spot: Spot, lexicon: Lexicon) -> bool:
    """七八家, 三四个: two neighbouring digits say "a few", they report no number. Not of the
    wind's grades (偏北风三四级: grades 3 to 4, a range the extractor reads), nor before a
    multiplier (三四万人次: thirty or forty thousand, read as its lower end) or the unit of a
    measure (``loose_pair_kinds``: 八九公里, read so too)."""
    digits = lexicon.not_facts.vague_digits
    if (
        spot.kind == _WIND_FORCE
        or spot.multiplier
        or spot.kind in lexicon.not_facts.loose_pair_kinds
    ):
        return False
    return len(spot.number) == 2 and all(char in digits for char in spot.number)


def is_a_string_of_digits(spot: Spot, lexicon: Lexicon) -> bool:
    """三五一组, 一二三: three or more digits in words with no 十, 百 or 千 between them are no
    count (groups of three or five, a list's marks); a number in words names its places
    (三百五十一), and a year in words its zero (二〇二三)."""
    digits = lexicon.not_facts.vague_digits
    return len(spot.number) >= 3 and all(char in digits for char in spot.number)


def is_written_with_a_leading_zero(spot: Spot, lexicon: Lexicon) -> bool:
    """08年, 0204060801002009起: digits opening with a zero (not 0.5) are no quantity. Prose
    never writes a count so; an abbreviated year (1月08年是191起: January 2008) and the tick
    labels of a chart scraped into one run of digits (0 20 40 60 … 200 → 0204060801002009) do.

    >>> from districts.lexicon import load_lexicon
    >>> text = "1月08年是191起"
    >>> spot = Spot(text, Span(0, len(text)), 2, 5, "08", "年")
    >>> is_written_with_a_leading_zero(spot, load_lexicon())
    True
    """
    written = spot.number or spot.text[spot.start : spot.end]  # any form: its text as written
    return len(written) > 1 and written[0] == "0" and written[1].isdigit()


def is_a_vague_magnitude(spot: Spot, lexicon: Lexicon) -> bool:
    """几十厘米, 数十家, 几百名: "some tens", "some hundreds" report no number (they were read
    as exactly 10 and 100). 总数千个 is a total of a thousand."""
    cues = lexicon.not_facts
    if spot.number not in cues.vague_magnitudes or spot.before(1) not in cues.vague_leads:
        return False
    return not spot.before(2).endswith(cues.counted_nouns_in_shu)  # 总数千个: a thousand


def is_a_big_count_after_arabic(spot: Spot, lexicon: Lexicon) -> bool:
    """ "N大" after digits is a congress or a name (党的20大, 20大精神), unless it counts at
    most ten concrete things as 两大产业 does (``counts_concrete_things``: 3大支柱产业, 8大流域):
    the same count written in digits."""
    if spot.chinese or spot.unit not in lexicon.big_count_words:
        return False
    try:
        small = parse_number(spot.number) <= _SMALL_COUNT_MOST
    except ValueError:
        small = False
    # (迎接20大园区建设任务, 19大以来新建公园15个: a congress's number, whatever noun follows)
    return not (small and counts_concrete_things(spot, lexicon))


def is_a_clock_time(spot: Spot, lexicon: Lexicon) -> bool:
    """9时30分, 20点15分: the minutes of a clock time, not a score or a duration."""
    cues = lexicon.not_facts
    if spot.unit not in cues.clock_minute_units:
        return False
    before = spot.before(3)
    return (
        len(before) >= 2
        and before[-1] in cues.clock_hour_marks
        and (before[-2].isdigit() or before[-2] in CHINESE_NUMERAL_CHARS)
    )


def is_a_degree_of_another_measure(spot: Spot, lexicon: Lexicon) -> bool:
    """抗震设防烈度为7度, 东经117度: 度 is read as kWh, and next to a temperature word as ℃
    (the extractor's ``_as_temperature``); right after another measure in degrees (a seismic
    intensity, a slope, a longitude or a latitude) it is neither, and no fact of the district."""
    cues = lexicon.not_facts
    if spot.unit not in cues.temperature_units:
        return False
    # another measure only right before its number (烈度为7度), not anywhere in the clause; or
    # before the first end of a range whose second end this is (东经115度至116度)
    before = _degree_range_re(lexicon.range_words).sub("", spot.clause_before)
    return any(cue in before[-(len(cue) + _DEGREE_LINK) :] for cue in cues.other_degree_cues)


def is_a_grade_of_no_wind(spot: Spot, lexicon: Lexicon) -> bool:
    """一级保护, 三级河长, 启动四级应急响应: 级 is a unit only of the wind's force (阵风可达7级,
    6至8级大风, 风力为七八级); a grade followed by a gale (``wind_grade_gales``) is one, and so
    is a grade with a wind word before it in its sentence (``wind_cues``), unless a noun other
    than the wind's follows it (大风天气里启动二级响应: ``wind_grade_followers`` are the
    words that may) or words of another scale stand between (``wind_grade_blockers``: 大风
    蓝色预警（四级）, 抗风等级达到12级). Any other grade is of something else, no fact."""
    cues = lexicon.not_facts
    if spot.kind != _WIND_FORCE:
        return False
    after = spot.after(3)
    if after.startswith(cues.wind_grade_gales):
        return False  # 6至8级大风
    if _CJK_CHAR_RE.match(after) and not after.startswith(cues.wind_grade_followers):
        return True  # 一级保护, 三级河长, 四级应急响应
    # the sentence so far, over its commas (阵风6级左右，山区局地8级以上), from its last wind
    # word on: no words of another scale between (大风蓝色预警（四级）)
    said = spot.text[: spot.start]
    said = said[max(said.rfind(mark) for mark in FULL_STOPS) + 1 :]
    last = max((said.rfind(cue) for cue in cues.wind_cues), default=-1)
    if last < 0:
        return True
    return any(word in said[last:] for word in cues.wind_grade_blockers)


def is_page_chrome(spot: Spot, lexicon: Lexicon) -> bool:
    """阅读约需5分钟, 预计阅读时间3分钟, 共有 0 条评论, 阅读数:356: a web page's furniture (its
    reading time, its counters of comments, likes and readers), not the story's content."""
    cues = lexicon.not_facts
    after = spot.after(_COUNTER_REACH)
    counted = longest_prefix(after, cues.page_counter_nouns)
    # the counter closes its label ("(共有 3 条评论)", "| 12 点赞 |"): 发表10篇评论。 and
    # 300件收藏品 are the story's
    if counted and after[len(counted) : len(counted) + 1] in _COUNTER_CLOSERS:
        return True
    # the label may end the sentence the splitter saw (a colon closes a clause): read the text
    label = spot.text[max(0, spot.start - _COUNTER_REACH) : spot.start].rstrip(" \t\u3000")
    if label.endswith((":", "：")) and label[:-1].rstrip().endswith(cues.page_counter_labels):
        return True  # 阅读数:356: the page's counter of readers
    return bool(any_of(cues.page_chrome_cues).search(spot.clause_before))


_NOT_A_SPACE_RE = re.compile(r"\S")


def is_in_an_original_title(spot: Spot, lexicon: Lexicon) -> bool:
    """ "（原标题：某区光伏发电并网突破200兆瓦）": a reposted story's line giving its original
    title repeats a headline; the figures are the story's once, from its body, not again from
    this line of the repost's furniture. A text that opens with it has no other headline, and
    a figure only this line gives is kept; so is the body's last one, where the line joiner ran
    the body onto the title's line."""
    line_start = spot.text.rfind("\n", 0, spot.start) + 1
    if not _NOT_A_SPACE_RE.search(spot.text, 0, line_start):  # (no slice: a copy per number)
        return False  # the text opens with it: the only headline the page gives
    line = spot.text[line_start : spot.start].lstrip(" \t\u3000(（[【")
    label = longest_prefix(line, lexicon.not_facts.original_title_labels)
    if not (label and line[len(label) : len(label) + 1] in (":", "：")):
        return False
    # a repeat only: the same number stands in the headline above or later, in the body (which
    # the line joiner may have run onto this line: the body's own, last, is kept)
    written = re.compile(rf"(?<![\d.]){re.escape(spot.number)}(?![\d.])")
    return bool(written.search(spot.text, 0, line_start) or written.search(spot.text, spot.end))


def is_inside_a_place_name(spot: Spot, lexicon: Lexicon) -> bool:
    """三家店, 五棵松, 九棵树, 三间房: Beijing places whose names read as counts (and firms'
    names that read as a numeral and a unit: 百度, ``names_with_numerals``).

    The names are a general registry of Beijing place names with numerals (lexicon
    ``place_names_with_numerals``), not one document's places. Most such names (十渡, 八达岭,
    五道口, 三里屯) have no measure word after the numeral and are never read as counts.
    """
    window_start = max(0, spot.start - 4)
    window = spot.text[window_start : spot.end + 4]
    cues = lexicon.not_facts
    names = cues.place_names_with_numerals + cues.names_with_numerals  # and 百度, 百家号
    if not any_of(names).search(window):
        return False  # none of the names in the window (one search for them all first)
    for name in names:
        position = window.find(name)
        while position >= 0:
            start = window_start + position
            if start < spot.end and spot.start < start + len(name):
                return True
            position = window.find(name, position + 1)
    return False


# How far back in its paragraph a count of districts looks for the city it counts in.
_COUNT_LEAD_REACH = 200
# After a count of districts right after the city's name: how far to read for what they do, and
# the parts of speech (jieba's) of a word that says it: a verb, an adverb (将, 已).
_COUNT_VERB_REACH = 6
_ACTING_FLAGS = ("v", "d")


def counts_districts(spot: Spot, lexicon: Lexicon) -> bool:
    """东城、西城、朝阳三个区: a count of districts is never a fact about one district, and
    the count of a list is none at all. After a word of how many there are, in a paragraph
    naming the city (全市有13个区地下水位回升), it is the city's fact (not 公园内有3个区,
    zones); so it is right after the city's name when a verb says what they do (全市12个区将
    维持红色预警), unless they all do alike (全市16个区均已完成).
    Words that only begin with 区 stay counts: 三个区域, 两个区级中心; so do counts in another
    measure word, whose 区 begins the next noun: 12项区级重点工程."""
    if not counts_a_district_noun(spot.after(3), lexicon):
        return False
    if spot.unit and spot.unit != lexicon.generic_count_unit:
        return False  # 271项区政府折子工程: districts are counted in 个, 项 counts projects
    lead = spot.clause_before.rstrip()
    city = (*lexicon.municipality_subjects, *lexicon.municipality_bare)
    paragraph = spot.text[max(0, spot.start - _COUNT_LEAD_REACH) : spot.start].rsplit("\n", 1)[-1]
    leads = lexicon.not_facts.district_count_leads
    # 全市有13个区地下水位回升 (另外，有3个区…): the city's fact; not when the districts
    # describe something else (涉及2个区的跨区河道) or a list of them follows (涉及6个区，分别是…)
    if lead.endswith(leads) and any(word in paragraph for word in city):
        return _describes_or_lists(spot, lexicon)
    # 全市将在10个区开展…: where the city does a thing (a word of where: scope_leads), its
    # fact when the thing follows (not 在16个区中排名, 在16个区及经开区, 在16个区均有下降)
    if lead.endswith(tuple(lexicon.chart_scope.get("scope_leads", ()))) and any(
        word in paragraph for word in city
    ):
        return _describes_or_lists(spot, lexicon) or not _districts_hold_it(spot, lexicon)
    # 全市12个区将维持红色预警: the city's own count, right after its name, when what the
    # districts do follows (a verb or an adverb); not all of them at once (全市16个区均已完成:
    # the number there are), nor the count before a measure of theirs (北京市16个区财政支出)
    if not lead.endswith(city):
        # 西城、丰台、石景山、海淀等9个区县同时完成这两个指标: a list left open that counts more
        # districts than it names, then what they do: how many did it, the city's fact
        return not (_counts_more_than_listed(spot, lead, lexicon) and _districts_act(spot, lexicon))
    return not _districts_act(spot, lexicon)


def _counts_more_than_listed(spot: Spot, lead: str, lexicon: Lexicon) -> bool:
    """The words before the count are a list left open (``list_open_words``: 等) opening its
    clause, perhaps after the city's name, whose items, joined by enumeration marks, are
    names alone and fewer than the count: 甲、乙等5个区县 counts five, names two.
    (东城、西城、朝阳三个区 and 甲、乙、丙等3个区 count only the list; 我区与甲、乙等4个区县
    签订协议 counts partners.)"""
    opening = longest_suffix(lead, lexicon.list_open_words)
    if not opening:
        return False
    listed = re.split(_CLAUSE_BREAKS, lead[: -len(opening)])[-1].strip()
    city = (*lexicon.municipality_subjects, *lexicon.municipality_bare)
    listed = listed[len(longest_prefix(listed, city)) :]  # 全市通州、顺义等: the city's list
    items = re.split("|".join(map(re.escape, lexicon.enumeration_marks)), listed)
    if not listed or any(not item or len(item) > _LISTED_PLACE_LENGTH for item in items):
        return False  # a list with more than names in it opens no clause
    own = (*lexicon.self_references, *lexicon.district_wide, *lexicon.partner_verbs)
    if any(word in listed for word in own):
        return False  # 我区与密云、延庆等4个区县签订协议: the district's partners, no city count
    return parse_number(spot.number) > len(items)


# The longest item of a list of districts opening a clause (石景山区): a longer one holds more
# than a name (我区与密云, 我区联合密云).
_LISTED_PLACE_LENGTH = 4


# What ends a clause before a list: the list's items are joined by enumeration marks only.
_CLAUSE_BREAKS = "[，,。；;：:！？\n]"


def _districts_hold_it(spot: Spot, lexicon: Lexicon) -> bool:
    """Where the city does a thing (在10个区全面推行, 在6个区新建): the words after the count
    go on to the thing done, not to a word they all share (均: 在16个区均有下降), a localizer
    (中: 在16个区中排名), a conjunction (及: 在16个区及经开区) or 的."""
    flag = _flag_after_the_count(spot, lexicon)
    return bool(flag) and not flag.startswith(_NOT_HELD_FLAGS)


# Parts of speech right after 在N个区 that say no thing is done there: a localizer (中, 内), a
# conjunction (及, 和), a particle (的) or a preposition.
_NOT_HELD_FLAGS = ("f", "c", "u", "p")


def _districts_act(spot: Spot, lexicon: Lexicon) -> bool:
    """What the counted districts do follows their count (12个区将维持…): a verb or an adverb,
    or what they undergo (``passive_marks``: 北京5个区被授予…, unless they are all of them), not
    a word they all share (均, 都: 16个区均已完成, the number there are)."""
    noun = next(w for w in lexicon.not_facts.district_nouns if spot.after(3).startswith(w))
    if spot.text.startswith(lexicon.not_facts.passive_marks, spot.end + len(noun)):
        # (北京16个区被划分为四类功能区: all of them, the number there are, no count of some)
        return not _all_the_districts(spot, lexicon)
    return _flag_after_the_count(spot, lexicon).startswith(_ACTING_FLAGS)


def _all_the_districts(spot: Spot, lexicon: Lexicon) -> bool:
    """The count is of every district the registry holds (16个区)."""
    try:
        return parse_number(spot.number) == lexicon.registered_districts
    except ValueError:
        return False


def _flag_after_the_count(spot: Spot, lexicon: Lexicon) -> str:
    """The tagger's part of speech of the word after a count of districts and its noun (N个区),
    "" when nothing follows or when it is a word all of them share (均, 都)."""
    noun = next(word for word in lexicon.not_facts.district_nouns if spot.after(3).startswith(word))
    after = spot.end + len(noun)
    if spot.text.startswith(lexicon.shared_marks, after):
        return ""
    following = spot.text[after : after + _COUNT_VERB_REACH]
    tags = pos_tags(following) if following.strip() else []
    return tags[0][1] if tags else ""


def _describes_or_lists(spot: Spot, lexicon: Lexicon) -> bool:
    """After a count of districts (N个区), 的 (the count describes the noun after it) or, past a
    comma, a word that lists them (分别是, 包括, a colon): no count of the city's."""
    noun = next(w for w in lexicon.not_facts.district_nouns if spot.after(3).startswith(w))
    after = spot.text[spot.end + len(noun) : spot.end + len(noun) + _LIST_AFTER_REACH]
    if after.startswith(lexicon.possessive_marks):
        return True
    said = after.lstrip(",，:： ")
    return after[:1] in (":", "：") or said.startswith(
        (*lexicon.respectively_cues, *lexicon.not_facts.ranked_list_verbs)
    )


_LIST_AFTER_REACH = 6  # from a count of districts to the words that list them (，分别是)


def counts_districts_named_before(spot: Spot, lexicon: Lexicon) -> bool:
    """常住人口在100万人以下的区有7个，分别是东城区、石景山区…: districts named as what the
    number counts, before it (``district_count_heads``), as 7个区 names them after it: a
    count of districts, no fact of one of them."""
    if spot.unit and spot.unit != lexicon.generic_count_unit:
        return False
    return spot.clause_before.rstrip().endswith(lexicon.not_facts.district_count_heads)


def counts_a_district_noun(following: str, lexicon: Lexicon) -> bool:
    """The words after a count name districts (…个区, 区县), not a word 区 begins (区域, 区级,
    区块: ``district_noun_continuations``). What ``counts_districts`` and the attributor's
    count of districts read."""
    cues = lexicon.not_facts
    noun = next((word for word in cues.district_nouns if following.startswith(word)), "")
    return bool(noun) and not following[len(noun) :].startswith(cues.district_noun_continuations)


def is_in_reader_comments(spot: Spot, lexicon: Lexicon) -> bool:
    """After 精选留言 or 网友评论 a web page or a WeChat post quotes its readers; their numbers
    (在这儿住了23年了) are anecdotes, not the document's facts."""
    return _comments_start(spot.text, lexicon.web_comment_headings) < spot.start


@functools.lru_cache(maxsize=64)
def _comments_start(text: str, headers: tuple[str, ...]) -> int:
    """Where the first header standing on a line of its own starts (a heading, not prose that
    mentions readers' comments); the text's length when there is none."""
    starts = []
    for header in headers:
        position = text.find(header)
        while position >= 0:
            line_start = text.rfind("\n", 0, position) + 1
            line_end = text.find("\n", position)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            if len(line.strip()) <= len(header) + _HEADING_SLACK:
                starts.append(position)
                break
            position = text.find(header, position + 1)
    return min(starts, default=len(text))


# --- Chinese numerals: mostly names, slogans and rhetoric; keep the real counts --------------


def is_an_article(spot: Spot, lexicon: Lexicon) -> bool:
    """一个, 一批: 一 is an article, not a reported count. Not before a multiplier: 一万亿元
    is a trillion yuan; nor right after a word of how long something lasted (演习持续一个小时,
    历时一年): that is a duration; nor closing its clause after what it counts (全年共出现重污染日
    一天，较上年减少一天。): an article stands before its noun, a count may follow it."""
    if not (spot.chinese and spot.number in lexicon.not_facts.articles) or spot.multiplier:
        return False
    if spot.more or any(mark in spot.unit for mark in lexicon.forms.more_marks):
        return False  # 一个多月的时间, 一年多: more than one, a measured span
    if spot.after(1) in _CLAUSE_CLOSING_MARKS and spot.before(1) not in _CLAUSE_CLOSING_MARKS:
        # …共出现重污染日一天，, 较上年减少一天。: the count of what the clause named, after a
        # word of counting or of a change (再等一天，: a way of speaking)
        clause = spot.clause_before[-_ARTICLE_COUNT_REACH:]
        cues = (*lexicon.count_cues, *lexicon.decline_cues, *lexicon.forms.growth_verbs)
        if spot.unit not in lexicon.occurrence_units and any(
            _a_cue_word_in(clause, cue) for cue in cues
        ):
            return False
    lasted = (*lexicon.duration_cues, *lexicon.not_facts.around_duration_before)
    return not spot.clause_before.rstrip().endswith(lasted)


def _a_cue_word_in(clause: str, cue: str) -> bool:
    """``cue`` stands in ``clause`` as a word of its own: a one-character cue is one only where
    the tagger cuts it alone (共 of 共出现, not of 共度)."""
    if cue not in clause:
        return False
    if len(cue) > 1:
        return True
    return any(word == cue for word, _ in pos_tags(clause))


def is_not_a_measure_word_here(spot: Spot, lexicon: Lexicon) -> bool:
    """十分重要 is "very important", 四方 is all sides: these never measure after 十, 四."""
    return spot.chinese and spot.unit in lexicon.not_after_chinese_numerals


# The tags of the word a numeral prefix opens (a thing, a deed named as a noun, a quality).
_PREFIXED_FLAGS = frozenset({"n", "nz", "ng", "vn", "an", "a", "l", "j"})


def is_a_numeral_prefix(spot: Spot, lexicon: Lexicon) -> bool:
    """二次供水, 二次污染, 对管网进行二次全面疏通: 二次 opening the word after it means
    "secondary" or "a second round" (``numeral_prefixes``), not two times; a count of two
    times is written 两次 or 2次, and 第二次 or 十二次 is the count again, as is 二次 before a
    verb or a bound (二次到现场调研, 二次以上).

    >>> from districts.lexicon import load_lexicon
    >>> text = "对管网进行二次全面疏通"
    >>> is_a_numeral_prefix(Spot(text, Span(0, len(text)), 5, 7, "二", "次"), load_lexicon())
    True
    """
    written = spot.text[spot.start : spot.end]
    if written not in lexicon.not_facts.numeral_prefixes:
        return False
    before = spot.before(1)
    if before.endswith(lexicon.ordinal_marks) or (before and before in CHINESE_NUMERAL_CHARS):
        return False  # 第二次 (the second time, which the seeds' gold counts), 十二次
    following = pos_tags(spot.after(6))
    bounds = {word for words in lexicon.qualifier_after.values() for word in words}
    if following and following[0][0] in bounds:
        return False  # 开展二次以上检查: a bound count of times
    if spot.before(4).endswith(lexicon.not_facts.numeral_prefix_leads):
        return True  # 进行二次分拣: an action's round, whatever names it
    # a thing or a deed named after it (二次供水, 二次排查), not a verb or a bound: 二次到现场,
    # 二次召开, 二次以上 count times
    return bool(following) and following[0][1] in _PREFIXED_FLAGS


def is_a_position_along_a_way(spot: Spot, lexicon: Lexicon) -> bool:
    """84公里处, 在850米处, 84公里加850米: a length right before 处 (``position_marks``) or
    joined to another by 加 (``stake_joiners``: a road's stake, K84+850) says where a thing is
    along a road or a river, not how long anything is. A length that is a fact (修复道路84公里,
    新建绿道3公里) has neither.

    >>> from districts.lexicon import load_lexicon
    >>> text = "国道111线84公里处路基损毁"
    >>> spot = Spot(text, Span(0, len(text)), 6, 10, "84", "公里")
    >>> is_a_position_along_a_way(spot, load_lexicon())
    True
    """
    cues = lexicon.not_facts
    if spot.unit not in cues.length_units:
        return False
    after = spot.after(3).lstrip()
    if after.startswith(cues.position_marks) and not after.startswith(cues.position_mark_words):
        return True  # 84公里处 (not 84公里处理…)
    joiner = longest_prefix(after, cues.stake_joiners)
    if joiner and after[len(joiner) :].lstrip()[:1].isdigit():
        return True  # 84公里加850米: the kilometre of a stake
    before = spot.before(4).rstrip()
    joiner = longest_suffix(before, cues.stake_joiners)
    return bool(joiner) and before[: -len(joiner)].rstrip().endswith(cues.length_units)


def is_the_seconds_after_minutes(spot: Spot, lexicon: Lexicon) -> bool:
    """10时20分30秒, 5分钟30秒: seconds right after a number of minutes (``clock_minute_units``,
    ``minute_units``) are the tail of a clock time or of a longer duration, not a time of their
    own. A time in seconds alone (接警后30秒到场, 鸣36秒) is a fact.

    >>> from districts.lexicon import load_lexicon
    >>> text = "记者10时20分30秒到达现场"
    >>> spot = Spot(text, Span(0, len(text)), 8, 11, "30", "秒")
    >>> is_the_seconds_after_minutes(spot, load_lexicon())
    True
    """
    cues = lexicon.not_facts
    if spot.unit not in cues.second_units:
        return False
    before = spot.before(4).rstrip()
    mark = longest_suffix(before, (*cues.minute_units, *cues.clock_minute_units))
    if not mark:
        return False
    last = before[: -len(mark)][-1:]  # 20分, 二十分
    return bool(last) and (last.isdigit() or last in CHINESE_NUMERAL_CHARS)


def is_a_congress(spot: Spot, lexicon: Lexicon) -> bool:
    """二十大 is a party congress, not twenty of something."""
    return spot.chinese and spot.unit in lexicon.big_count_words and len(spot.number) > 1


def _magnitude_class(spot: Spot, lexicon: Lexicon) -> bool:
    return spot.after(4).startswith(lexicon.not_facts.magnitude_classes)


def is_followed_by_a_numeral(spot: Spot, lexicon: Lexicon) -> bool:
    """五位一体, 三城一区, 二十届二中全会: numerals strung together make a name.

    A magnitude class keeps the count: 两个千亿级产业.
    """
    following = spot.after(1)
    return (
        spot.chinese
        and bool(following)
        and following in CHINESE_NUMERAL_CHARS
        and not _magnitude_class(spot, lexicon)
    )


def is_after_a_position_prefix(spot: Spot, lexicon: Lexicon) -> bool:
    """前三, 初二, 周五: a position or a day, not an amount."""
    before = spot.before(1)
    return spot.chinese and bool(before) and before in lexicon.not_facts.position_prefixes


def is_a_programme_name(spot: Spot, lexicon: Lexicon) -> bool:
    """百万亩造林: a round power of ten with a multiplier names a programme. Not an amount of
    money with its currency written (继续投资千亿元, 保持千亿元投资规模): that is the amount,
    unless a bound after it makes it a class's threshold (千亿元以上企业)."""
    after = spot.after(2)
    bounded = any(after.startswith(words) for words in lexicon.qualifier_after.values())
    if spot.kind == "money" and not bounded:
        return False
    return spot.chinese and spot.number in lexicon.forms.round_magnitudes and bool(spot.multiplier)


def counts_the_measures_given(spot: Spot, lexicon: Lexicon) -> bool:
    """其他三项主要污染物，可吸入颗粒物…浓度分别为…; PM2.5、PM10、SO2、NO2四项污染物浓度全市最低:
    a count of the kinds of a measure (``measured_kind_nouns``) names the measures the text
    gives, no thing in the district.

    Why: every air-quality bulletin counts its pollutants; each count became a fact of three
    or four things of the district's."""
    return spot.kind == "count" and spot.after(8).startswith(lexicon.measured_kind_nouns)


def counts_parts_of_the_speech(spot: Spot, lexicon: Lexicon) -> bool:
    """重点介绍四个方面: the noun counted is part of the speech, not a thing in the district."""
    return spot.chinese and spot.after(4).startswith(lexicon.discourse_nouns)


def is_a_named_duration(spot: Spot, lexicon: Lexicon) -> bool:
    """三年行动计划, 五年规划, 百年老街 are names; 连续九年, 经过两年的建设 and 用三年时间 are
    durations."""
    if not spot.chinese or spot.unit not in lexicon.forms.long_duration_units:
        return False
    if spot.after(4).startswith(lexicon.duration_name_followers):
        return True  # 只用五年规划的一半时间: the plan's name, whatever stands before it
    if spot.after(2).startswith(lexicon.duration_time_followers) and not spot.after(
        _TIME_NAME_REACH
    ).startswith(lexicon.duration_time_names):
        return False  # 将用三年时间改造加固: how long the work takes (not 《三年时间表》)
    if took_an_effort(spot, lexicon):
        return False
    return not any(cue in spot.before(4) for cue in lexicon.duration_cues)


# The longest word 时间 opens after a duration that makes it a name (时间的数据).
_TIME_NAME_REACH = 5


def took_an_effort(spot: Spot, lexicon: Lexicon, cues: tuple[str, ...] = ()) -> bool:
    """经过两年的绿化建设, 通过五年的创建, 经过近5个月的时间: how long a piece of work took, a
    duration after 经过 or 通过 (``effort_duration_cues``) with 的 right after its unit. Without
    the 的 the words after are the duration's own name (通过三年行动计划). ``cues`` narrows the
    leading words (the window rule asks for ``elapsed_time_cues``).

    >>> from districts.lexicon import load_lexicon
    >>> text = "经过两年的绿化建设"
    >>> took_an_effort(Spot(text, Span(0, len(text)), 2, 4, "两", "年"), load_lexicon())
    True
    """
    if not spot.after(1).startswith(lexicon.effort_duration_follower):
        return False
    before = spot.clause_before.rstrip()
    window = longest_suffix(before, lexicon.not_facts.window_before)
    before = before[: len(before) - len(window)] if window else before
    # right after the cue: "通过对比五年的监测数据", "经过对近三年的数据分析" name a window of data
    return before.endswith(cues or lexicon.effort_duration_cues)


def is_a_rhetorical_count(spot: Spot, lexicon: Lexicon) -> bool:
    """四个特色, 两个确保: a small count in words is rhetoric unless its items are listed
    before it (菌菇、蔬菜两个), a counting verb precedes it
    (新增三个; not after 每个 or 各, a norm for each unit), a magnitude class follows
    (两个千亿级产业), or it counts concrete things (两大主导产业), sites (两处堵点, 两座水厂:
    ``site_classifiers``), vehicles (两部救护车) or people a casualty befell (五人死亡:
    ``person_classifiers``, ``casualty_acts``), or a total of what they hold follows
    (两支共计31人的抢险队). Counts of occurrences (次) and a road's lanes (双向六车道:
    ``lane_units``) are kept."""
    if not spot.chinese or spot.kind != "count" or spot.more or spot.multiplier:
        return False  # 七万人 is seventy thousand, no small count
    if spot.unit in lexicon.occurrence_units or spot.unit in lexicon.not_facts.lane_units:
        return False
    try:
        value = parse_number(spot.number)
    except ValueError:
        loose = lower_of_a_neighbouring_pair(spot.number)  # 四五百只: about 400, no rhetoric
        value = parse_number(loose) if loose else 0
    if value > _SMALL_COUNT_MOST:
        return False
    clause_before = spot.clause_before
    listed = ends_a_list(clause_before, lexicon) and _counts_the_list(clause_before, value, lexicon)
    # 每个社区派出两名网格员: a norm for each unit, whatever verb counts it
    norm = any(lead in clause_before for lead in lexicon.norm_leads)
    # (a verb of sending counts what it sends: 派出六个工作组, as 出动 does)
    cues = (*lexicon.count_cues, *lexicon.sending_verbs)
    cued = not norm and any(cue in clause_before[-12:] for cue in cues)
    if (
        cued
        and spot.unit in lexicon.ranked_list_classifiers
        and value >= _RANKED_LIST_SIZE
        and _in_a_list_of_honours(spot, lexicon)
    ):
        cued = False  # 获评全国十大…园区: the size of a list of honours, though 获评 counts
    concrete = (
        counts_concrete_things(spot, lexicon)
        or spot.unit in lexicon.site_classifiers
        or counts_vehicles(spot, value, lexicon)
        # 五人死亡、九人受伤: people a casualty befell (not 两个开工, a slogan)
        or (
            spot.unit in lexicon.person_classifiers
            and spot.after(_ACTION_REACH).startswith(lexicon.casualty_acts)
        )
    )
    return not (
        listed
        or cued
        or concrete
        or _magnitude_class(spot, lexicon)
        or _totalled(spot, lexicon)
        or _an_item_among_figures(spot, lexicon)
    )


# A list's item that ends with a figure in digits and its classifier, perhaps after a word of
# more (独立餐厅30余家, 民宿客栈28家)
_FIGURE_ITEM_END_RE = re.compile(r"\d[\d.,]*[\u4e00-\u9fff]{1,3}$")


def _an_item_among_figures(spot: Spot, lexicon: Lexicon) -> bool:
    """The count closes an item of a list whose item before it ends with a figure in digits
    ("商铺50余处、民宿客栈28家、独立餐厅30余家、精品酒店十家"): one more figure of the list,
    its noun before it, no slogan (slogans count first: 两个确保, 四个特色)."""
    items = re.split("|".join(map(re.escape, lexicon.enumeration_marks)), spot.clause_before)
    if len(items) < 2 or spot.after(1) not in (
        "",
        *_CLAUSE_CLOSING_MARKS,
        *lexicon.enumeration_marks,
    ):
        return False
    noun, previous = items[-1].strip(), items[-2].strip()
    if not noun or any(char.isdigit() for char in noun):
        return False
    return _FIGURE_ITEM_END_RE.search(previous) is not None


def _totalled(spot: Spot, lexicon: Lexicon) -> bool:
    """两支共计31人的抢险队: a total of what the things hold follows the count right away
    (``list_total_words``, then a number): things counted for real, no slogan."""
    following = spot.after(_ACTION_REACH + 2)
    total = longest_prefix(following, lexicon.list_total_words)
    return bool(total) and following[len(total) : len(total) + 1] in _NUMBER_CHARS


# Characters a number may open with, in digits or in words.
_NUMBER_CHARS = frozenset("0123456789" + CHINESE_NUMERAL_CHARS)
# How far after a count of people in words what befell them may start (五人死亡: right after)
_ACTION_REACH = 4
# A ranked list of honours holds ten or more (十大, 十佳, 百强); 荣获两大国家级荣誉 counts
# the honours won.
_RANKED_LIST_SIZE = 10


# How far after 辆 the vehicle word may stand (两辆国产氢燃料电池客车)
_LONG_VEHICLE_NAME = 14


def counts_vehicles(spot: Spot, value: float, lexicon: Lexicon) -> bool:
    """两部救护车, 三辆消防车: two or more vehicles (a vehicle's classifier,
    ``vehicle_classifiers``, and the vehicle word in the noun after it, read further after 辆:
    ``vehicle_only_classifiers``) are things counted, sent or stationed. 一部 is an article;
    两个火车头 (个) and 两辆引擎 are figures of speech.

    >>> from districts.lexicon import load_lexicon
    >>> text = "出动两部救护车"
    >>> spot = Spot(text, Span(0, len(text)), 2, 4, "两", "部", "count")
    >>> counts_vehicles(spot, 2, load_lexicon())
    True
    """
    if value < 2 or spot.unit not in lexicon.vehicle_classifiers:
        return False
    # 两辆国产氢燃料电池客车: after 辆 the vehicle's name may run long (两辆引擎 is no vehicle)
    reach = _LONG_VEHICLE_NAME if spot.unit in lexicon.vehicle_only_classifiers else 8
    return lexicon.vehicle_word in spot.phrase_after(reach)


def _phrase_through_short_items(spot: Spot) -> str:
    """The noun after a count, read through a list of one- or two-character modifiers:
    "六个国、市级考核断面" → 国、市级考核断面 (the phrase would stop at 、 after 国)."""
    phrase = spot.phrase_after(14)
    following = spot.after(14)
    if len(phrase) <= 2 and following[len(phrase) : len(phrase) + 1] == "、":
        rest = Spot.phrase_of(following[len(phrase) + 1 :])
        return f"{phrase}、{rest}"
    return phrase


def counts_concrete_things(spot: Spot, lexicon: Lexicon) -> bool:
    """两大主导产业, 三处示范公园, 四项大气污染物: two or more of a kind of thing one can
    count in the district (industries, parks, reservoirs, pollutants) are a count, even
    without a counting verb or a list before them. A frame of a programme (五大体系, 三大领域)
    is not such a thing: see ``counts_frames_of_a_programme``. 一处 / 一座 is an article, and
    a count followed by a measure of the things (四个特色产业年收入, 两个公园的游客量) is that
    measure's subject. (四项污染物浓度均达标 counts the pollutants that meet the standard, as
    the annotated documents read it: a fact.)"""
    try:
        value = parse_number(spot.number)
    except ValueError:
        return False
    phrase = _phrase_through_short_items(spot)
    if spot.unit not in lexicon.counted_thing_classifiers:
        return False
    if value < 2 or any(word in phrase for word in lexicon.measured_subject_words):
        return False
    heads = [(phrase.find(head), head) for head in lexicon.counted_thing_heads if head in phrase]
    if not heads:
        return False
    at, head = min(heads, key=lambda found: (found[0], -len(found[1])))
    if _in_a_list_of_honours(spot, lexicon):
        return False  # 入选全市十大商圈: the size of a list of honours
    if _a_predicate_before(phrase[:at]):
        return False  # 三个导向推动社区治理: the head is in what the frame does, not counted
    after = phrase[at + len(head) :].lstrip()
    if after.startswith(lexicon.set_membership_marks):
        # 作为三大主导产业之一: the subject's own set, counted (之 opens 之一 here); not a wider
        # scope's (北京四大郊野公园之一, 首都西部四大生态廊道之一: ``set_scope_words``)
        clause = spot.clause_before
        return not any(word in clause for word in lexicon.set_scope_words)
    return not after.startswith(tuple(lexicon.possessive_marks))


def _in_a_list_of_honours(spot: Spot, lexicon: Lexicon) -> bool:
    """入选全市十大商圈, 位列全国十大公园: a verb of being chosen, then the list's scope (the
    city, the nation) or nothing, right before the count."""
    before = spot.before(8)
    for scope in (
        *lexicon.municipality_subjects,
        *lexicon.municipality_bare,
        *lexicon.nation_subjects,
    ):
        before = before.removesuffix(scope)
    return before.endswith(lexicon.honour_list_verbs)


def _a_predicate_before(words: str) -> bool:
    """A verb after a noun between a count and the head it would count: the noun closed the
    counted phrase and a predicate began (三个导向|推动|社区治理, 三个重点|抓好|街道改革). A verb
    that opens the phrase modifies the head (三处示范公园, 两个休闲农业园区).

    >>> _a_predicate_before("导向推动"), _a_predicate_before("示范")
    (True, False)
    """
    if not words:
        return False
    from districts.facts.words import pos_tags  # jieba and its dictionary load on first use

    nominal = False
    for _, flag in pos_tags(words):
        if flag.startswith("n") or flag in ("a", "b", "z"):
            nominal = True
        elif flag == "v" and nominal:
            return True
    return False


def counts_frames_of_a_programme(spot: Spot, lexicon: Lexicon) -> bool:
    """结构、工程、管理三大领域, 基础设施和城乡服务五大体系: a small count in words of the
    frames a programme is organised in (领域, 体系, 清单, 支柱) names the programme's shape,
    not a quantity of the district, even when its items are listed before it."""
    if not spot.chinese or spot.kind != "count" or spot.more:
        return False
    try:
        value = parse_number(spot.number)
    except ValueError:
        return False
    phrase = spot.phrase_after(8)
    return value <= 10 and any(phrase.startswith(head) for head in lexicon.programme_frame_heads)


def ends_a_list(before: str, lexicon: Lexicon) -> bool:
    """True when ``before`` ends with the last item of a list: "菌菇、蔬菜|两个"."""
    last_mark = max(before.rfind(mark) for mark in lexicon.enumeration_marks)
    if last_mark < 0:
        return False
    last_item = before[last_mark + 1 :]
    breakers = lexicon.not_facts.list_item_breakers
    return 0 < len(last_item) <= 12 and not any(ch in last_item for ch in breakers)


def _counts_the_list(before: str, value: float, lexicon: Lexicon) -> bool:
    """Whether a count right after a list is the number of its items: as many (菌菇、蔬菜两个),
    or more after an open end (甲、乙等三个: ``list_open_ends``' 等)."""
    items, longer = listed_items(before, lexicon)
    if longer or before.rstrip().endswith(tuple(end[:1] for end in lexicon.list_open_ends)):
        return value >= items
    return value == items


def listed_items(before: str, lexicon: Lexicon) -> tuple[int, bool]:
    """How many items the list ``before`` ends with holds ("菌菇、蔬菜|两个" → 2), and whether
    it may hold more: an item longer than a list's items (12 characters) stopped the count,
    so it may be an item or the words leading in ("坐拥“甲…示范区”“乙”“丙”三块").

    Why: a count of the listed things is their number (or more after 等); a list of another
    number of items ("聚集了中国中铁、中国通号、航天一院、航天|三院") ends inside a name
    holding a numeral, which counts nothing. Example: "生物医药、智能制造和新材料" → (3, False)."""
    marks = sorted(lexicon.enumeration_marks, key=len, reverse=True)
    separators = [mark for mark in marks if not _is_a_conjunction(mark)]
    if any(mark in before for mark in separators):
        # "东城区和平里、安定门两个": with list marks (、) only the last item may be joined by a
        # conjunction (甲、乙和丙); a 和 or 与 inside an earlier item is part of a name
        items, longer = _walk_items(before, separators, lexicon)
        last = before[max(before.rfind(mark) for mark in separators) :]
        joined = any(mark in last for mark in marks if mark not in separators)
        return items + (1 if joined else 0), longer
    return _walk_items(before, marks, lexicon)


def _is_a_conjunction(mark: str) -> bool:
    """和, 及, 与: enumeration marks that are words (、 and ”“ are punctuation)."""
    return mark.isalpha()


def _walk_items(before: str, marks: list[str], lexicon: Lexicon) -> tuple[int, bool]:
    """``listed_items`` over the given marks: the items counted back from the end."""
    breakers = lexicon.not_facts.list_item_breakers
    items, rest = 1, before
    while True:
        found = max(((rest.rfind(mark), mark) for mark in marks), key=lambda pair: pair[0])
        at, mark = found
        item = rest[at + len(mark) :]
        if at < 0 or not item or any(ch in item for ch in breakers):
            return items, False
        if len(item) > 12:
            return items, True
        items, rest = items + 1, rest[:at]


# --- rules for every candidate, whatever form found it -------------------------------------


def is_an_ordinal_label(spot: Spot, lexicon: Lexicon) -> bool:
    """第4页, 第三代半导体, 前三季度, 第二条: a page, a generation, a period, an article; 第二
    环境保护督察组: a team (``_names_a_team``).

    These are positions in a document or a series, never ranks or counts.
    """
    cues = lexicon.not_facts
    fronts = lexicon.forms.ordinal_fronts
    if not (spot.text.startswith(fronts, spot.start) or spot.before(1) in fronts):
        return False
    if spot.after(2).startswith(cues.ordinal_labels) or _names_a_team(spot, lexicon):
        return True
    # 第一、二批: the label after the list's last ordinal is every item's
    items = later_ordinals_re(lexicon.enumeration_marks, fronts).match(spot.text, spot.end)
    return items is not None and spot.text.startswith(cues.ordinal_labels, items.end())


def _names_a_team(spot: Spot, lexicon: Lexicon) -> bool:
    """北京市第二环境保护督察组对房山区开展督察: nouns right after 第N up to one closing with a
    team's head (``ordinal_team_heads``: 组, 队) name a team, which the ordinal numbers. A rank
    is followed by a mark, 位/名, 的 or a verb (居全市第二，…; 排名第二的团队), never by a team's
    name."""
    for word, flag in pos_tags(spot.phrase_after(12)):
        if not flag.startswith("n"):
            return False
        if word.endswith(lexicon.not_facts.ordinal_team_heads):
            return True
    return False


@functools.lru_cache(maxsize=4)
def later_ordinals_re(marks: tuple[str, ...], fronts: tuple[str, ...]) -> re.Pattern[str]:
    """The later items of a list of ordinals, each after a list mark and perhaps its own
    front: 、二 in 第一、二批, 、第三 in 第一、第三批."""
    return re.compile(
        f"(?:(?:{alternation(marks)})(?:{alternation(fronts)})?"
        f"[0-9{CHINESE_NUMERAL_CHARS}]{{1,3}})+"
    )


def is_a_rank_front_inside_a_word(spot: Spot, lexicon: Lexicon) -> bool:
    """提前3小时: the 前 belongs to 提前, so 前3 is no rank; the lead time is the fact."""
    if spot.kind != "rank":
        return False
    word = spot.text[max(0, spot.start - 1) : spot.start + 1]
    return word in lexicon.not_facts.period_exceptions


def is_a_page_marker(spot: Spot, lexicon: Lexicon) -> bool:
    """页码：3/8, Page 2: a page number from a running header or footer.

    The cue may stand before the sentence splitter's boundary (页码：), so the text is read
    across it.
    """
    before = spot.text[max(0, spot.start - 6) : spot.start].rstrip(" ：:")
    return bool(before) and before.endswith(lexicon.not_facts.page_cues)


_CONVERSION_BEFORE = re.compile(r"\d[^\d，,。；;]{0,5}[=＝≈]\s*$")
_CONVERSION_AFTER = re.compile(r"\s*[=＝≈]\s*\d")


def is_a_unit_conversion(spot: Spot, lexicon: Lexicon) -> bool:
    """1公顷=15亩, 1亩≈666.7平方米: both sides of a conversion define a unit, neither is a fact."""
    before = spot.text[max(0, spot.start - 8) : spot.start]
    return bool(_CONVERSION_BEFORE.search(before) or _CONVERSION_AFTER.match(spot.after(4)))


def is_the_length_of_a_history(spot: Spot, lexicon: Lexicon) -> bool:
    """近千年的采煤史, 百年的发展史: a duration, 的, a few characters and 史 is how long a
    history runs, not a measure of the district.

    Why: ``is_the_age_of_a_place`` knows 历史 and 建都史 right after the number; a history
    named by its trade (采煤史, 办学史) puts a word between them.
    """
    written = spot.text[spot.start : spot.end]
    if not written.endswith(lexicon.forms.long_duration_units):
        return False  # read as written: a round 千年 is found without a unit of its own
    suffixes = lexicon.page_cues.get("history_suffixes", ())
    following = spot.phrase_after(8)
    possessive = next((p for p in lexicon.possessive_marks if following.startswith(p)), "")
    noun = following[len(possessive) :]
    return bool(noun) and len(noun) <= 4 and noun.endswith(suffixes)


def names_a_policy_package(spot: Spot, lexicon: Lexicon) -> bool:
    """稳就业18条、惠企12条等政策: a package of measures named by its number of articles.

    Why: the number is part of the package's name (its short title), as 国十条 is; the list
    is closed by 等政策 / 等措施 with no clause break between, so the reader sees names.
    A count of measures said as one (出台措施18条, 共18条) does not end such a list.
    """
    cues = lexicon.page_cues
    if spot.unit not in cues.get("policy_article_units", ()):
        return False
    rest = spot.text[spot.end : min(spot.sentence.end, spot.end + 24)]
    ends = [rest.find(word) for word in cues.get("policy_list_ends", ()) if word in rest]
    if not ends:
        return False
    between = rest[: min(ends)]
    return not any(mark in between for mark in "，,。；;：:")


def is_a_threshold_after_a_count(spot: Spot, lexicon: Lexicon) -> bool:
    """全区2个站点降雨超过100毫米, 有11站超过400毫米: the bound after a count of places is the
    threshold that defines what was counted; the count is the fact.

    Why: ``is_a_class_boundary`` reads the count after the threshold (超过50毫米的有22个站);
    news also writes it before. A bound on one thing (新建公园面积超过100公顷) has no count of
    places before it in its clause, and an attribute (各镇组建不少于30人的队伍) describes each
    thing counted: it is followed by 的, the threshold is the predicate and is not.
    """
    if spot.after(1) in lexicon.possessive_marks:
        return False
    bounds = [
        word
        for qualifier in ("at_least", "at_most")
        for word in lexicon.qualifier_before.get(qualifier, ())
    ]
    lead = spot.clause_before.rstrip()
    if not lead.endswith(tuple(bounds)):
        return False  # one test for all the bound words first: most leads end in none
    bound = next(
        (word for word in sorted(bounds, key=len, reverse=True) if lead.endswith(word)), ""
    )
    if not bound:
        return False
    nouns = lexicon.page_cues.get("counted_place_nouns", ())
    measures = lexicon.page_cues.get("count_measure_words", ())
    return bool(_count_of_places_re(nouns, measures).search(lead[: -len(bound)]))


@functools.cache
def _count_of_places_re(nouns: tuple[str, ...], measures: tuple[str, ...]) -> re.Pattern[str]:
    measure = f"(?:{alternation(measures)})?" if measures else ""
    return re.compile(rf"[\d{CHINESE_NUMERAL_CHARS}]+{measure}(?:{alternation(nouns)})")


_SLASH_DATE_RE = re.compile(r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])")
_YEAR_BEFORE_RE = re.compile(r"(?:19|20)\d{2}[ \t\u3000]+$")
_CLOCK_AFTER_RE = re.compile(r"[ \t\u3000]+\d{1,2}:\d{2}")


def is_a_slash_date(spot: Spot, lexicon: Lexicon) -> bool:
    """``2025 11/13 09:40:03 来源：某某网``: a page's dateline writes month/day between a year
    and a clock time; it is a date (11月13日), not a fraction.
    """
    written = spot.text[spot.start : spot.end]
    if not _SLASH_DATE_RE.fullmatch(written):
        return False
    before = spot.text[max(0, spot.start - 8) : spot.start]
    return bool(_YEAR_BEFORE_RE.search(before) or _CLOCK_AFTER_RE.match(spot.text, spot.end))


_YEAR_AND_DASH_BEFORE_RE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}[-/.]$")
_MONTH_OR_DAY_RE = re.compile(r"[0-9]{1,2}(?![0-9.])")


def is_a_dashed_date(spot: Spot, lexicon: Lexicon) -> bool:
    """``2019-03-11 人民周刊网``: the month and day of a dateline written with dashes after its
    year. Read with the next word's first character (03-11人, once the space is gone) it looked
    like a range of 3 to 11 people.
    Example: the number written "03" right after "2019-" is a month, no quantity.
    """
    if not _MONTH_OR_DAY_RE.match(spot.text, spot.start, spot.end):
        return False
    return bool(_YEAR_AND_DASH_BEFORE_RE.search(spot.text, max(0, spot.start - 5), spot.start))


def is_a_numbered_heading_year(spot: Spot, lexicon: Lexicon) -> bool:
    """``1.2024年一般公共预算执行情况``: an item number and a year run together at a line's
    start read as the decimal 1.2024; it is item 1 about 2024, no quantity. Example: the
    number written "1.2024" whose digits after the point are a year, opening its line.
    """
    if not _NUMBERED_YEAR_RE.match(spot.text, spot.start, spot.end):
        return False
    line_start = spot.text.rfind("\n", 0, spot.start) + 1
    return not spot.text[line_start : spot.start].strip()


# An item number, its point and a year: 1.2024 (then 年, the unit the reading took).
_NUMBERED_YEAR_RE = re.compile(r"[0-9]{1,2}\.(?:19|20)[0-9]{2}(?![0-9])")
_WIND_FORCE = "wind_force"  # the kind of unit of the wind's grades (data/units.yaml)
# A character of text, not a mark, a digit or a letter (what follows a grade: 一级保护)
_CJK_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")
# Characters between a measure in degrees and its number (烈度为, 坡度约为).
_DEGREE_LINK = 3


@functools.cache
def _degree_range_re(range_words: tuple[str, ...]) -> re.Pattern[str]:
    """The first end of a range of degrees right before its second (115度至, 115.5度～): a
    number, perhaps its unit, and a range word or mark."""
    return re.compile(rf"\d+(?:\.\d+)?\s*\S?\s*{range_mark(range_words)}\s*$")


# A page's counter and what closes its label: a bracket, a bar, the line's end (or the text's).
_COUNTER_REACH = 6
_COUNTER_CLOSERS = {"", ")", "）", "]", "】", "|", "\n"}
# A road's chainage: K42+264 is kilometre 42 plus 264 metres, a location along the road.
_CHAINAGE_BEFORE_RE = re.compile(r"[Kk][0-9]{1,4}[ \t]*\+[ \t]*$")
# The hours and minutes of a clock time right before a number: 09:12: (its seconds follow).
_CLOCK_BEFORE_RE = re.compile(r"(?<![0-9])(?:[01]?[0-9]|2[0-3])[:：][0-5][0-9][:：]$")


def is_a_road_chainage(spot: Spot, lexicon: Lexicon) -> bool:
    """``某高速辅路K17+385处路面积水``: the metres of a chainage (kilometre 17 plus 385 metres)
    say where along the road something happened; 385处 is no count of places.
    """
    return bool(_CHAINAGE_BEFORE_RE.search(spot.before(8)))


def is_the_seconds_of_a_time_stamp(spot: Spot, lexicon: Lexicon) -> bool:
    """``发布时间:2024-03-05 09:12:41 分享到``: the last part of a clock time written with
    colons right after a date is its seconds, whatever word follows (here 分 of 分享 read as
    minutes). Without the date, 8:42:50 may be a structure of shares.
    """
    # read past the clause: a colon ends one, and the time stamp's colons split it
    clock = _CLOCK_BEFORE_RE.search(spot.text, max(0, spot.start - 6), spot.start)
    if clock is None:
        return False
    before = spot.text[max(0, clock.start() - 20) : clock.start()]
    return bool(lexicon.date_patterns["date_before"].search(before))


# A share's quote a finance site links after a listed firm's name: "中关村(4.660, 0.11, 2.42%)
# 通州园" is price, change and change in per cent, with full-width forms too.
_STOCK_QUOTE_RE = re.compile(
    r"[(（]\s*\d+(?:\.\d+)?\s*[,，]\s*[-+]?\d+(?:\.\d+)?\s*[,，]\s*[-+]?\d+(?:\.\d+)?\s*[%％]\s*[)）]"
)


def is_a_stock_quote(spot: Spot, lexicon: Lexicon) -> bool:
    """A number inside a bracket of three figures, the last in per cent, right after a name:
    a finance site's share quote of a listed firm (中关村(4.660, 0.11, 2.42%)通州园), inserted
    into the story's text, not a figure the story states.

    >>> from districts.lexicon import load_lexicon
    >>> text = "中关村(4.660, 0.11, 2.42%)通州园"
    >>> is_a_stock_quote(Spot(text, Span(0, len(text)), 15, 20, "2.42", "%"), load_lexicon())
    True
    """
    text = spot.text
    floor = max(0, spot.start - 25)  # (a bracket further back is none of the quote's)
    opening = max(text.rfind("(", floor, spot.start), text.rfind("（", floor, spot.start))
    if opening < 1 or spot.start - opening > 24:
        return False
    quote = _STOCK_QUOTE_RE.match(text, opening, min(len(text), spot.end + 8))
    if quote is None or quote.end() < spot.end:
        return False  # the number is after the bracket: 首钢股份(…)投资5亿元 is the story's
    # a name, not a linking verb, stands before the bracket: 依次为（286，2，78.4%） is data
    return text[opening - 1].isalpha() and not text.endswith(lexicon.linking_words, 0, opening)


def is_round_the_clock(spot: Spot, lexicon: Lexicon) -> bool:
    """24小时陪护, 通讯24小时畅通, 7×24小时全天候监管: a full day's hours before a service or
    a state (or after "7×") say "round the clock", a way of working, not a measured duration.
    A duration after a cue (持续24小时, 历时24小时) stays a fact, and so does 24小时降雨量.
    """
    cues = lexicon.service_cues
    if spot.unit not in lexicon.not_facts.duration_units:
        return False
    if spot.number not in cues["full_day_hours"] or spot.multiplier:
        return False
    if any(cue in spot.before(6) for cue in lexicon.duration_cues):
        return False
    before = spot.before(3)
    cycled = any(
        before.endswith(mark) and before[: -len(mark)][-1:].isdigit()
        for mark in cues["cycle_marks"]
    )
    return cycled or spot.after(4).startswith(cues["round_the_clock_followers"])


def names_a_time_circle(spot: Spot, lexicon: Lexicon) -> bool:
    """ "15分钟社区服务圈覆盖率", "1小时通勤圈": a duration before a noun closing with 圈 names a
    planning concept (the area within that time), not a time measured; "30分钟通达" and
    "15分钟到达公园" stay durations."""
    if spot.unit not in lexicon.not_facts.duration_units:
        return False
    return _circle_noun_re(lexicon.not_facts.time_circle_ends).match(spot.after(16)) is not None


# The noun after a duration read for a circle's name (15分钟|社区服务圈), at most this long.
_CIRCLE_NOUN_LENGTH = 8


@functools.cache
def _circle_noun_re(ends: tuple[str, ...]) -> re.Pattern[str]:
    """A run of letters closing with one of ``ends`` (社区服务圈), read right after a duration."""
    words = "|".join(re.escape(end) for end in ends) or "(?!)"
    return re.compile(f"[^\\W\\d_]{{0,{_CIRCLE_NOUN_LENGTH - 1}}}?(?:{words})")


def is_a_single_case_record(spot: Spot, lexicon: Lexicon) -> bool:
    """最快的一单N分钟就处理完毕: the record of one case, an anecdote that shows a service at
    its best, not a measure of the service (an average or a promised time is one: 平均响应时间
    N分钟). The clause names a record word and then a single case before the number.
    """
    cues = lexicon.service_cues
    if spot.unit not in lexicon.not_facts.duration_units:
        return False
    before = spot.before(10)
    record = max((before.rfind(word) for word in cues["record_words"]), default=-1)
    if record < 0:
        return False
    return any(word in before[record:] for word in cues["single_case_words"])


def is_a_name_in_a_counted_list(spot: Spot, lexicon: Lexicon) -> bool:
    """甲庄、乙营、八十亩地等5个村: a number and unit inside a name of a list whose count of
    places follows (…5个村): the name goes on after the unit (地), and the list is counted.
    A measured amount in a list (新增绿地30亩、公园5个) is not followed by a count of places, and
    a count of places itself (涉及11个乡镇44个村: 及 ends a verb here) names no place.
    """
    if not spot.before(1) or spot.before(1) not in lexicon.enumeration_marks:
        return False
    following = spot.after(1)
    if not following or following.isascii() or not following.isalpha():
        return False
    nouns = lexicon.page_cues.get("counted_place_nouns", ())
    measures = lexicon.page_cues.get("count_measure_words", ())
    phrase = spot.phrase_after(10)
    if phrase.startswith(tuple(nouns)):
        return False
    return bool(_count_of_places_re(nouns, measures).search(phrase))


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, words))


@functools.cache
def _listed_to_a_bound_re(
    marks: tuple[str, ...], bounds: tuple[str, ...], possessives: tuple[str, ...], unit: str
) -> re.Pattern[str]:
    """Amounts in ``unit`` listed (、50亿元、亿元) up to a class bound with a noun after it."""
    return re.compile(
        rf"(?:(?:{_alternatives(marks)}){_LISTED_AMOUNT}{re.escape(unit)})+"
        rf"(?=(?:{_alternatives(bounds)})(?:{_alternatives(possessives)})?[\u4e00-\u9fff])"
    )


@functools.cache
def _kinds_counted_re(variants: tuple[str, ...]) -> re.Pattern[str]:
    """A count of the kinds of a design (5种户型, 两类户型)."""
    return re.compile(rf"[0-9{CHINESE_NUMERAL_CHARS}]+[\u4e00-\u9fff](?:{_alternatives(variants)})")


@functools.cache
def _runs_of_values_re(
    marks: tuple[str, ...], unit: str
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A value in ``unit`` after an enumeration mark (、120平方米), one before it (110平方米、)."""
    after = re.compile(rf"(?:{_alternatives(marks)})[0-9.]+{re.escape(unit)}")
    before = re.compile(rf"[0-9.]+{re.escape(unit)}(?:{_alternatives(marks)})$")
    return after, before


# The marks that end a sentence for a reader (a rule's sentence may end at a semicolon too).
_FULL_STOPS = "\u3002\uff01\uff1f!?\n"


def is_a_size_of_a_kind(spot: Spot, lexicon: Lexicon) -> bool:
    """新房共包含110平方米、120平方米…和200平方米5种户型; 包括5种户型，建筑面积分别为200平方米、
    165平方米: a value in a run of values of its unit, in a sentence that counts the kinds of one
    design (``variant_nouns``: 5种户型, 3种规格), is a kind's size, not an amount of the
    district's; the count of kinds stays a fact. A total beside them (设两种户型，总建筑面积
    12万平方米、地上建筑面积8万平方米) is in no run of values and stays."""
    if not spot.unit:
        return False
    opened = _sentence_opening(spot, _FULL_STOPS)
    sentence = spot.text[opened : spot.sentence.end]  # (the splitter's sentence may be a clause)
    variants = lexicon.not_facts.variant_nouns
    if not any_of(variants).search(sentence):
        return False  # (most sentences: none of the nouns, the longer pattern not run)
    if not _kinds_counted_re(variants).search(sentence):
        return False  # the kinds must be counted (5种户型), not only named
    # …and the value stands in a run of values in its unit (110平方米、120平方米): the kinds'
    after, before = _runs_of_values_re(lexicon.enumeration_marks, spot.unit)
    return bool(after.match(spot.text, spot.end) or before.search(spot.text, opened, spot.start))


def is_the_size_of_a_ranked_list(spot: Spot, lexicon: Lexicon) -> bool:
    """排名前十的景区, 浓度排名后十位的街道(乡镇), 排名前三位与后三位的街道, 道路尘负荷最低的三个
    街道: how many places a ranking lists, said before the noun of its items (after 的), is
    the list's size, neither a rank of the district nor a count of its things.

    A note in brackets (后30名) under a ranking's title says the same.

    Why: a release that ranks streets or sites names the list before giving it; its 前十 was
    read as the district ranking tenth or better, its 三个 as three streets the district has.
    People or households counted after a superlative and then in another unit (受威胁最大的
    476户、1373人) are who is affected: a list's size is never given twice.
    A place's own standing (取得全市前三的好成绩, 跻身前十的行列: ``ranked_list_standings``
    after 的) stays a rank, and so does a rank with no 的 after it (密云区排名全市前三).
    """
    cues = lexicon.not_facts
    front_written = spot.text.startswith(cues.ranked_list_ends, spot.start)
    if not front_written and spot.before(1) not in cues.ranked_list_ends:
        # 最低的三个街道: a count right after a superlative and 的
        if spot.kind != "count" or spot.before(1) not in lexicon.possessive_marks:
            return False
        if spot.text[spot.start : spot.end].endswith(
            cues.ranked_list_people_units
        ) and _another_count_follows(spot, lexicon):
            return False  # 威胁最大的476户、1373人: who is affected, counted twice; no list
        superlatives = lexicon.page_cues.get("superlative_words", ())
        if not spot.before(6).endswith(_joined(superlatives, lexicon.possessive_marks)):
            return False
        return not _names_a_standing(spot.phrase_after(), cues.ranked_list_standings)
    if spot.kind != "rank" and spot.unit not in cues.ranked_list_units:
        return False  # 前5个月的: a period, read by its own rules
    match = _ranked_list_end_re(
        cues.ranked_list_ends,
        cues.ranked_list_units,
        lexicon.enumeration_marks,
        lexicon.possessive_marks,
    ).match(spot.text, spot.end)
    if match is None:
        # (后30名) under a table's title: the note of how far its ranking goes
        front = spot.start if front_written else spot.start - 1
        opening = spot.text[front - 1 : front] if front else ""
        return opening in ("(", "\uff08") and spot.after(1) in (")", "\uff09")
    if not spot.text[match.end() : match.end() + 1].strip(_SENTENCE_MARKS):
        return False  # 有4项指标排名全市前三的。: nothing listed after 的
    listing = (*lexicon.top_list_heads, *cues.ranked_list_verbs, *cues.district_nouns)
    if spot.text.startswith(listing, match.end()):
        # 前三位的是甲区…, 位居前三位的区是…: the list follows, or lists districts, each
        # with its rank in it
        return False
    return not _names_a_standing(
        spot.text[match.end() : match.end() + 6], cues.ranked_list_standings
    )


# Marks that end a clause or a sentence: after a ranked list's 的, no noun of its items
_SENTENCE_MARKS = "。，,；;！？!?：:、）)\n "


def _names_a_standing(noun: str, standings: tuple[str, ...]) -> bool:
    """The noun after a ranked list's 的 is a standing (好成绩, 第一方阵): at most two words of
    praise before it."""
    return any(word in noun[: len(word) + 2] for word in standings)


@functools.cache
def _joined(words: tuple[str, ...], marks: tuple[str, ...]) -> tuple[str, ...]:
    """Each word with each mark after it (最低 + 的 → 最低的)."""
    return tuple(word + mark for word in words for mark in marks)


@functools.cache
def _ranked_list_end_re(
    ends: tuple[str, ...], units: tuple[str, ...], links: tuple[str, ...], marks: tuple[str, ...]
) -> re.Pattern[str]:
    """After a ranked list's size: its unit, perhaps the list's other end (与后三位), then 的."""
    end, unit, link, possessive = (_alternatives(words) for words in (ends, units, links, marks))
    number = rf"[\d{CHINESE_NUMERAL_CHARS}]+"
    return re.compile(rf"(?:{unit})?(?:(?:{link})(?:{end})?{number}(?:{unit})?)?(?:{possessive})")


# --- the ordered lists ------------------------------------------------------------------------


def is_a_turn_angle(spot: Spot, lexicon: Lexicon) -> bool:
    """ "360度回旋弯", "来了个180度大转弯": a whole or half turn in 度 (``turn_angles``) is an
    angle, not energy in kWh, unless the clause speaks of electricity (``electricity_cues``:
    日均用电360度).

    Why: a track's 360-degree curve was charted as 360 kWh."""
    cues = lexicon.not_facts
    if (
        spot.unit not in cues.temperature_units
        or spot.multiplier
        or spot.number not in cues.turn_angles
    ):
        return False
    return not any(cue in spot.clause_before for cue in cues.electricity_cues)


def is_a_lane_position(spot: Spot, lexicon: Lexicon) -> bool:
    """ "最内侧1车道有一辆故障车", "主路1、2车道因施工封闭": a number before 车道 (``lane_units``)
    not after a word of a road's width (``lane_count_leads``: 双向6车道, 拓宽为5车道, 收费站为
    16车道) names which lane, a traffic report's position, not a count of lanes.

    Why: lanes became a measure (车道) and a traffic report's lane numbers became its facts."""
    cues = lexicon.not_facts
    if spot.unit not in cues.lane_units:
        return False
    return not spot.before(4).rstrip().endswith(cues.lane_count_leads)


def is_a_seismic_intensity(spot: Spot, lexicon: Lexicon) -> bool:
    """ "新校舍达到抗8度地震的要求", "按8度设防", "地震烈度7度": an earthquake's intensity in 度
    (``temperature_units``, ``seismic_intensity_*``) is a design standard or a grade of a
    scale, not energy in kWh.

    Why: a school retrofit's standard was charted as 8 kWh."""
    cues = lexicon.not_facts
    if spot.unit not in cues.temperature_units:
        return False
    return spot.before(4).rstrip().endswith(cues.seismic_intensity_leads) or spot.after(
        2
    ).startswith(cues.seismic_intensity_followers)


def is_a_count_pointed_back(spot: Spot, lexicon: Lexicon) -> bool:
    """这55家企业, 上述12个项目: a count right after a demonstrative (``plural_demonstratives``)
    opening its clause or after a leading word (``pointed_back_leads``: 在这18.5片中, 预计这10处),
    that the text wrote, number and measure word alike (not inside a longer
    unit: ``longer_count_units``, 5个百分点), within ``_POINTED_BACK_REACH`` characters before
    it, points back to that count: no second fact.

    Why: "运河商务区已集聚了55家…企业。这55家企业包括…" gave the district two facts of 55
    firms, as if counted twice.

    >>> from districts.lexicon import load_lexicon
    >>> text = "已集聚55家企业。这55家企业包括总部企业。这3个项目总投资2亿元。"
    >>> def spot(written, number, unit):
    ...     at = text.find(written, 5)
    ...     return Spot(text, Span(at - 1, len(text)), at, at + len(written), number, unit, "count")
    >>> [is_a_count_pointed_back(spot(*s), load_lexicon()) for s in (("55家", "55", "家"),
    ...                                                               ("3个", "3", "个"))]
    [True, False]
    """
    if spot.kind != "count" or not spot.number or spot.multiplier:
        return False
    clause = _last_clause(spot.clause_before)
    demonstrative = longest_suffix(clause, lexicon.plural_demonstratives)
    lead = clause[: len(clause) - len(demonstrative)].strip()
    if not demonstrative or (lead and not lead.endswith(lexicon.not_facts.pointed_back_leads)):
        # 营业收入10亿元以上12家: 以上 bounds an amount; 宋庄、张家湾…这5个镇: the list's count
        # (在这18.5片中, 预计这10处: a word leading to the clause's demonstrative)
        return False
    # the same count written before: not the tail of a longer number (15家, 2.5家) nor the
    # head of a longer unit (5个百分点)
    longer = alternation(lexicon.not_facts.longer_count_units)
    earlier = re.compile(rf"(?<![\d.]){re.escape(spot.number + spot.unit)}(?!{longer})")
    start = max(0, spot.start - _POINTED_BACK_REACH)
    return earlier.search(spot.text, start, spot.start - len(clause)) is not None


# How far back the count a demonstrative points to (这55家) may have been written.
_POINTED_BACK_REACH = 400


NOT_A_MEASURED_AMOUNT: tuple[Rule, ...] = (
    is_a_year,
    is_an_era_year_in_brackets,
    is_a_year_before_a_multiple,
    is_a_label,
    unit_starts_a_word,
    is_a_unit_prefix,
    is_a_denominator,
    is_inside_slogan_quotes,
    is_a_phase,
    is_an_issue_number,
    is_an_ordinal,
    names_an_event,
    is_a_return_period,
    is_a_seismic_intensity,
    is_a_turn_angle,
    is_a_lane_position,
    is_an_age_of_people,
    is_a_class_boundary,
    is_the_bound_of_a_count_before_its_bracket,
    is_a_regime_or_window,
    names_a_format,
    is_the_window_of_a_target,
    is_the_age_of_a_place,
    is_the_length_of_a_history,
    names_a_policy_package,
    is_a_threshold_after_a_count,
    is_a_reporting_period,
    is_a_time_ago,
    is_the_word_all_around,
    is_a_rating,
    is_a_class_label,
    is_the_size_class_of_counted_things,
    names_bases_by_their_size,
    is_a_size_of_a_kind,
    is_a_vague_pair,
    is_a_string_of_digits,
    is_a_vague_magnitude,
    is_a_clock_time,
    is_a_degree_of_another_measure,
    is_page_chrome,
    is_in_an_original_title,
    is_inside_a_place_name,
    is_a_numeral_prefix,
    is_a_position_along_a_way,
    is_the_seconds_after_minutes,
    counts_districts,
    counts_districts_named_before,
    is_a_big_count_after_arabic,
    is_an_article,
    is_not_a_measure_word_here,
    is_a_congress,
    is_followed_by_a_numeral,
    is_after_a_position_prefix,
    is_a_programme_name,
    counts_parts_of_the_speech,
    counts_the_measures_given,
    is_a_named_duration,
    counts_frames_of_a_programme,
    is_a_rhetorical_count,
    is_round_the_clock,
    names_a_time_circle,
    is_a_single_case_record,
    is_a_name_in_a_counted_list,
    is_the_size_of_a_ranked_list,
    is_a_count_pointed_back,
)


def is_a_yardstick(spot: Spot, lexicon: Lexicon) -> bool:
    """ "密云水库相当于900个昆明湖的蓄水量", "面积约等于140个足球场": a count of things
    (``yardstick_units``) right after a word of equivalence (``yardstick_leads``, a bound
    between at most), the thing named after it, measures something else by a familiar thing;
    there are not 900 lakes anywhere. (约合3.5万人 converts households into people: a count.)

    Why: a reservoir's story charted 900 lakes as a count of the district's."""
    written = spot.text[spot.start : spot.end]
    if spot.kind != "count" or not written.endswith(lexicon.not_facts.yardstick_units):
        return False
    if not _CJK_CHAR_RE.match(spot.after(1)):
        return False  # 新增就业岗位相当于1.5万个。: the count itself, no thing measured by
    cues = lexicon.not_facts
    following = spot.phrase_after()
    following = following.removeprefix(longest_prefix(following, lexicon.forms.more_marks))
    if following.startswith(cues.yardstick_things):
        # 相当于每年供出320多个昆明湖的水量: a familiar thing, the lead anywhere before it in its
        # clause (a verb may stand between)
        clause = _last_clause(spot.clause_before[-_YARDSTICK_REACH:])
        return any(lead in clause for lead in cues.yardstick_leads)
    before = spot.before(6).rstrip()
    if not any(lead in before for lead in cues.yardstick_leads):
        return False
    bounds = tuple(word for words in lexicon.qualifier_before.values() for word in words)
    before = before.removesuffix(longest_suffix(before, bounds)).rstrip()
    return before.endswith(cues.yardstick_leads)


# How far before a familiar yardstick (昆明湖, 足球场) its word of equivalence may stand
_YARDSTICK_REACH = 16


def _last_clause(words: str) -> str:
    """The words after the last clause mark (a comma, a semicolon or a colon) of ``words``."""
    return words[max(words.rfind(mark) for mark in "，,；;：:") + 1 :]


def is_a_picture_guide(spot: Spot, lexicon: Lexicon) -> bool:
    """ "9张图带你了解北京碳排放", "3幅图看懂": a count of pictures before a verb of guiding
    the reader is a headline's device, not a figure of anything."""
    return spot.after(5).startswith(lexicon.not_facts.picture_guides)


def is_a_size_grade(spot: Spot, lexicon: Lexicon) -> bool:
    """ "打造4个500亿元级产业集群", "引进10亿元量级项目5个": an amount with its unit right before
    级 and counted things (a count before it, or after its noun) names a grade of size, the kind
    of thing counted, not an amount of one. Without a count it is a place reaching that grade
    (迈入万亿级城市行列: at least the amount). 百亿级 without a unit is a magnitude class, read
    by the count before it."""
    written = spot.text[spot.start : spot.end]
    if not written or written[-1].isdigit():
        return False
    if not spot.after(2).startswith(lexicon.not_facts.size_grade_marks):
        return False
    classifiers = lexicon.counted_thing_classifiers
    return bool(
        _count_re(classifiers, "$").search(spot.before(6))
        or _count_re(classifiers, "").search(spot.phrase_after())
    )


@functools.cache
def _count_re(classifiers: tuple[str, ...], anchor: str) -> re.Pattern[str]:
    """A count with its classifier (4个, 三家); with the anchor ``$``, one that ends the text."""
    words = "|".join(re.escape(word) for word in classifiers) or "(?!)"
    return re.compile(rf"[\d{CHINESE_NUMERAL_CHARS}]+(?:{words}){anchor}")


# The figure a written amount opens with: digits, numerals and multipliers (十亿, 2.5万, 五亿)
_LEADING_FIGURE_RE = re.compile(rf"[\d.{CHINESE_NUMERAL_CHARS}{''.join(_MAGNITUDE_CHARS)}]+")


def names_a_size_class_of_firms(spot: Spot, lexicon: Lexicon) -> bool:
    """ "其中十亿元企业31家，百亿元企业7家", "培育3家百亿元企业": a round sum of money in words
    (no digit) right before a noun of things a sum sizes (``amount_class_nouns``: 企业, 项目),
    with a count of them before or after, names the class of firms counted (those with revenue
    of that order), not an amount of money; the count is the fact. (投资10亿元项目3个, with
    digits, may be an amount: not read here.)"""
    if spot.kind != "money":
        return False
    figure = _LEADING_FIGURE_RE.match(spot.text, spot.start, spot.end)
    if figure is None or any(char not in _MAGNITUDE_CHARS for char in figure.group()):
        return False  # 两亿元企业补贴, 五亿元项目: an amount in words, no round magnitude
    after = spot.after(2)
    noun = next((n for n in lexicon.not_facts.amount_class_nouns if after.startswith(n)), "")
    if not noun:
        return False
    classifiers = lexicon.counted_thing_classifiers
    # the count right after the noun (企业31家), not later in the phrase (十亿元企业纾困资金支持
    # 2000家中小企业: the firms helped, the sum a fund's)
    return bool(
        _count_re(classifiers, "$").search(spot.before(6))
        or _count_re(classifiers, "").match(spot.after(len(noun) + 8), len(noun))
    )


def names_a_class_of_places(spot: Spot, lexicon: Lexicon) -> bool:
    """ "破万亿元的城市有20多个", "首个生产总值破万亿元的区": a round magnitude of money, in
    words, closing a relative clause before a place noun says which places, not a value of one.
    (A figure with digits before a place noun, 建成20万平方米的城市公园, is not read here.)"""
    if spot.kind != "money" or re.search(r"\d", spot.text[spot.start : spot.end]):
        return False
    after = spot.after(4)
    mark = next((m for m in lexicon.possessive_marks if after.startswith(m)), "")
    return bool(mark) and after[len(mark) :].startswith(lexicon.money_words["place_nouns"])


def is_the_value_of_a_standard(spot: Spot, lexicon: Lexicon) -> bool:
    """ "远低于国际公认的人均500立方米的“极度缺水”标准", "离500立方米极度缺水警戒线仍有差距":
    a value whose phrase (的 and a few words, quoted or not, no verb of reaching) goes on to the
    name of a standard or a line (``standard_nouns``), the place compared with it earlier in
    the clause (``standard_compared_leads``: 低于, 离), defines that standard; it measures
    nothing of the place. A rate the place sets itself (按照每月30万元的标准补偿) is a fact.

    Why: a city's water-saving stories charted the scarcity line as the city's water use."""
    clause = _last_clause(spot.clause_before)
    if not any(lead in clause for lead in lexicon.not_facts.standard_compared_leads):
        return False  # 按照每断面每月30万元的标准补偿: the place's own rate, a fact of it
    following = spot.after(_STANDARD_REACH + 2)
    following = following.removeprefix(longest_prefix(following, lexicon.possessive_marks))
    words = ""
    for char in following[:_STANDARD_REACH]:
        if char in _PHRASE_END and char not in _QUOTES:
            break
        words += char
    words = "".join(char for char in words if char not in _QUOTES)
    for noun in lexicon.not_facts.standard_nouns:
        at = words.find(noun)
        if (
            at < 0
            or words[at + len(noun) : at + len(noun) + 1] in lexicon.not_facts.standard_noun_breaks
        ):
            continue  # 标准化改造: no standard
        # 达到标准: the number is what reached it, not the standard's value
        between = words[:at]
        if not any(len(word) > 1 and word in between for word in lexicon.linking_words):
            return True
    return False


# How many characters a standard's name may run after its value (“极度缺水”标准)
_STANDARD_REACH = 12
_QUOTES = '“”"「」'


NOT_A_FACT_IN_ANY_FORM: tuple[Rule, ...] = (
    is_in_reader_comments,
    is_a_grade_of_no_wind,
    is_written_with_a_leading_zero,
    is_a_unit_prefix,
    is_a_fraction_denominator,
    is_an_ordinal_label,
    is_a_rank_front_inside_a_word,
    names_an_event,
    is_a_page_marker,
    is_a_unit_conversion,
    is_a_slash_date,
    is_a_dashed_date,
    is_a_numbered_heading_year,
    is_a_road_chainage,
    is_the_seconds_of_a_time_stamp,
    is_a_stock_quote,
    is_the_length_of_a_history,
    names_a_class_of_places,
    names_a_size_class_of_firms,
    is_the_size_of_a_ranked_list,
    is_a_size_grade,
    is_a_picture_guide,
    is_a_yardstick,
    is_the_value_of_a_standard,
)


def first_rule(spot: Spot, lexicon: Lexicon, rules: tuple[Rule, ...]) -> str | None:
    """The name of the first rule that says ``spot`` is not a fact, or None."""
    for rule in rules:
        if rule(spot, lexicon):
            return rule.__name__
    return None


def _looks_like_year(number: str) -> bool:
    try:
        value = parse_number(number)
    except ValueError:
        return False
    return len(number) == 4 and 1900 <= value <= 2100
