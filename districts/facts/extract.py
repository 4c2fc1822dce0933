"""Find every quantity stated in normalized text: number, multiplier, unit, qualifier, year.

This module knows numbers and the words right around them; what a number is *about*
(district, theme, indicator, term) is the ``attribute`` package's job. Everything is found on the
normalized text and carries its normalized span, which the caller maps back to the original.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from districts.catalog import Unit
from districts.facts.not_facts import (
    NOT_A_FACT_IN_ANY_FORM,
    NOT_A_MEASURED_AMOUNT,
    Rule,
    Spot,
    first_rule,
    later_ordinals_re,
)
from districts.facts.numbers import (
    ARABIC_PATTERN,
    CHINESE_DECIMAL_PATTERN,
    CHINESE_NUMERAL_CHARS,
    CHINESE_PATTERN,
    MULTIPLIERS,
    NUMERAL_DIGITS,
    lower_of_a_neighbouring_pair,
    parse_arabic,
    parse_number,
)
from districts.facts.phrases import BRACKETED_NOTE_RE, alternation, longest_prefix, longest_suffix
from districts.facts.qualify import clause_qualifier, goal_cued, superlative_ranks
from districts.facts.timeframe import load_time_lexicon
from districts.facts.words import pos_tags
from districts.lexicon import Lexicon, load_lexicon
from districts.text.split import FULL_STOPS, MAX_SENTENCE, SEMICOLONS, Span, statement_start

QUALIFIERS = ("exact", "approx", "at_least", "at_most", "change", "target")
# Which value to show when several are reported: exact (or a change, for indicators that
# measure change) before bounded and approximate ones, goals last.
QUALIFIER_RANK = {"exact": 0, "change": 0, "approx": 1, "at_least": 1, "at_most": 1, "target": 2}


# The largest count of years or days read with a half after its unit (三年半): a greater
# number is a year's (2023年半年报)
_MOST_UNITS_AND_A_HALF = 100
# How far before such a count its lead word (用时, 历时) is looked for
_LEAD_REACH = 6
_TOP_CLASS_SCOPE = 8  # 跻身全国综合实力百强: the scope and measure between the verb and N强
_FROM_VALUE_REACH = 8  # 由2020年底的: a year, a word of its part and 的
_REACHING_VERB_LONGEST = 4  # 增加到, 提高至: the longest verb of reaching
_TO_VALUE_REACH = 16  # from the verb of reaching to the to-value's unit (到2020年的1.8万亩)
_CHANGE_VERB_LONGEST = 6  # 同比增长, 年均增长: the longest change verb opening a clause
_FROM_VALUE_MARKS_LENGTH = 2  # a mark and a space before it, at most


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, as found in normalized text."""

    start: int  # span of the whole expression (number, multiplier, unit)
    end: int
    value: float  # in the base unit
    unit: str  # base unit
    qualifier: str
    kind: str  # the unit's kind (count, area, money, rate, rank, ...)
    needs_term_unit: bool = False  # value without a written unit ("20+"): take the indicator's
    upper_end: bool = False  # the upper end of a spread of changes or goals: at most, its bound


@dataclass(frozen=True)
class Verdict:
    """A number as written and the rule that set it aside (None: it is a quantity)."""

    start: int
    end: int
    written: str
    rule: str | None


_PERCENT_UNITS = {"%": 1.0}
# The denominator of a percentage written as a fraction (百分之…)
_PERCENT_BASE = 100
# Words between 每 and the whole (每生产3辆), and between the whole and 就有 (3辆汽车就有)
_EVERY_VERB_REACH = 4
_EVERY_NOUN_REACH = 8
_YARDSTICK_LEAD_REACH = 6  # 几乎相当于: a word of equivalence right before it
# How far before an amount its currency's name and the bounds between may reach (约人民币).
_CURRENCY_REACH = 12
_CJK_CHAR_RE = re.compile("[\u4e00-\u9fff]")
# A text reprinted without its % signs leaves at least this many numbers bare after a change.
_SIGNLESS_PERCENTS = 2


@functools.lru_cache(maxsize=8)
def _lost_its_percent_signs(text: str, marks: tuple[str, ...], bare: re.Pattern[str]) -> bool:
    """The text writes none of ``marks`` (%, ％, 百分) and leaves ``_SIGNLESS_PERCENTS``
    numbers bare after a word of change at least (see ``_signless_percents``)."""
    if any(mark in text for mark in marks):
        return False
    return sum(1 for _ in itertools.islice(bare.finditer(text), _SIGNLESS_PERCENTS)) >= (
        _SIGNLESS_PERCENTS
    )


_TEMPERATURE = "temperature"  # the kind of unit a word of the sign (零下) goes with
_WIND_FORCE = "wind_force"  # the kind of unit of the wind's grades (data/units.yaml)
# A grade and one mark ending the text right before a wind's grade (阵风8、9级: the 8、).
_LISTED_GRADE_RE = re.compile(f"(?P<grade>\\d{{1,2}}|[{CHINESE_NUMERAL_CHARS}]{{1,2}})(?P<mark>.)$")
_LISTED_GRADE_REACH = 4
# How far back before a yield's change its level may start (亩产在3000斤: its words and number).
_YIELD_CLAUSE_REACH = 40
_TIME = "time"  # the kind of unit of a duration (3个多月)
# How many characters may stand between a money measure and an amount written without 元
# ("生产总值达到" 760多亿: two); further, the amount may be of another measure.
_MONEY_CUE_REACH = 5
# At most this many characters between a pairing word and the list of numbers it pairs
# (分别为, 分别同比下降): more, and the list is not the pairing word's.
_PAIRED_LEAD = 6
_ARABIC_NUMBER_RE = re.compile(ARABIC_PATTERN)
# The comma or semicolon between two clauses of one sentence.
_CLAUSE_JOINERS = set(",，;；")
_JOINER_MARKS = "".join(sorted(_CLAUSE_JOINERS))  # the same, as statement_start reads marks
# How far back before its clause a weight alone looks for the start of its sentence.
_AIR_LOOKBACK = 200
# Marks that end a clause.
_CLAUSE_ENDS = ",，;；。！？!?\n"
# …of them, those that end a statement (a question mark ends a question: 能否突破亿元？)
_STATEMENT_ENDS = ",，;；。！!\n"
# The marks that may close the best N (跻身全国十佳。, 跻身全国十强、全市第一): a statement's end,
# a list's or a bracket's; anything else names what is of it (十佳教师)
_TOP_CLASS_CLOSERS = frozenset(_STATEMENT_ENDS + "、）)？? ")
# How far after a number a noun that names it is looked for (经济体量: four characters).
_NOUN_REACH = 8
# Marks that end a phrase: a noun right before one of them is the phrase's head.
_PHRASE_CLOSERS = set("，,。；;、：:！？!?）)」”\n ")
# How far before a value with a unit a list of values sharing it is read (a bound on the work
# a run-on list of numbers costs; real lists are a few items long).
_LIST_REACH = 120
# A year written right after an index's name, with no linking word: the edition (指数2024).
_YEAR_LIKE_RE = re.compile(r"(?:19|20)[0-9]{2}")
# Digits a bare number before a noun of people needs to count them (1290群众; 3村民 may be a label).
_COUNTED_DIGITS = 2
# A count in words with 余/多 before people (十余, 千余): ten or more, so 一多, 三余 count no one.
_WORDED_COUNT_FLOOR = 10
# Ratio chains: 0.9:26.6:72.5 (three or more parts).
_RATIO_RE = re.compile(r"(?<![\d.:：])\d+(?:\.\d+)?(?:[:：]\d+(?:\.\d+)?){2,}(?![\d.:：])")
# A number written in digits, with its decimals: a ratio's part, a listed item's value
_DIGIT_RUN_RE = re.compile(r"\d+(?:\.\d+)?")
# A word of the kind of funds between an amount and its fund noun (1亿专项资金): two Han
# characters at most, so 5万人 (people) is never reached.
_FUND_KIND_RE = re.compile("[\u4e00-\u9fff]{1,2}")
# A time of day with seconds (16:24:59) reads as a chain of three parts adding up to 99.
_CLOCK_TIME_RE = re.compile(r"(?:[01]?\d|2[0-3])[:：][0-5]\d[:：][0-5]\d")
# …right after a date (lexicon date_patterns.date_before): a structure 8:42:50 has none.
# A digit (as ARABIC_PATTERN's \d reads one) or a numeral character: see _numeral_forms.
_NUMERAL_CHAR_RE = re.compile(rf"[\d{CHINESE_NUMERAL_CHARS}]")
# The multipliers a higher place of a number is written in before a lower one (8万4千)
_HIGHER_PLACE = 1e4


# Multipliers made of two (千万 = 千 × 万), by their halves: a document may write 余 or 多
# between them (5千余万元: more than 5千万元).
COMPOUND_MULTIPLIERS = {
    (head, word[len(head) :]): word
    for word in MULTIPLIERS
    for head in MULTIPLIERS
    if word != head and word.startswith(head) and word[len(head) :] in MULTIPLIERS
}
_COMPOUND_TAILS = sorted({tail for _, tail in COMPOUND_MULTIPLIERS}, key=len, reverse=True)


def multiplier_of(match: re.Match[str]) -> str:
    """The multiplier a match of a number's pattern writes: its ``mult`` group, or the
    compound one whose halves stand around 余/多 (``mult`` and ``mult2``); '' if none or if
    the two halves make no multiplier.

    >>> multiplier_of(re.match("(?P<mult>千)余(?P<mult2>万)", "千余万"))
    '千万'
    """
    head = match.group("mult") or ""
    tail = match.groupdict().get("mult2") or ""
    if not tail:
        return head
    return COMPOUND_MULTIPLIERS.get((head, tail), "")


def _per_unit_value(match: re.Match[str], unit: Unit) -> float | None:
    """The value of a per-unit number (its ``num`` and ``mult`` groups) in ``unit``'s base."""
    try:
        value = parse_arabic(match.group("num"))
    except ValueError:
        return None
    return value * MULTIPLIERS.get(match.group("mult") or "", 1.0) * unit.factor


# Characters before a word the tagger reads it with (_starts_a_word).
_WORD_CONTEXT = 6
# A number that is a year (2035+远景目标)
_YEAR_NUMBER_RE = re.compile(r"(?:19|20)\d{2}")
# How far after a value in 度 a temperature word may stand (以上的高温)
_TEMPERATURE_AFTER_REACH = 6
# The highest temperature a Beijing text reports in 度 (an air or water temperature)
_HIGHEST_TEMPERATURE = 60


def _fills_the_place(tail: str, head: float) -> bool:
    """``tail`` is a whole number with as many digits as the places below ``head`` (4000 below
    万): 1万4000 is 14000, not 1万 and a separate 4000. In characters, a numeral of the place
    right below (八千 below 万: 两万八千 is 28000).

    >>> _fills_the_place("4000", 1e4), _fills_the_place("八千", 1e4), _fills_the_place("四", 1e4)
    (True, True, False)
    """
    if tail.isdigit():
        return 10 ** (len(tail) - 1) <= int(tail) and 10 ** len(tail) == head
    try:
        value = parse_number(tail)
    except ValueError:
        return False
    return head / 10 <= value < head


def _could_be_a_temperature(number: str) -> bool:
    try:
        return 0 <= parse_number(number) <= _HIGHEST_TEMPERATURE
    except ValueError:
        return False


@functools.cache
def _per_unit_item_re(unit: str) -> re.Pattern[str]:
    """A list item after a per-unit value: a number, perhaps a multiplier, and ``unit``."""
    multipliers = alternation(MULTIPLIERS)
    return re.compile(rf"(?P<num>{ARABIC_PATTERN})(?P<mult>{multipliers})?{re.escape(unit)}")


def top_list_head(lexicon: Lexicon) -> re.Pattern[str]:
    """The head of a list of the first N, right after 前N (or 前N位): a head word
    (``top_list_heads``), perhaps after what is listed (前三位的区是：, 排名前五的街道为) or the
    direction of its order (前8位，由高到低依次为), and a colon. Read with
    ``.match(text, end_of_the_rank)``."""
    possessive = alternation(lexicon.possessive_marks)
    order = f"(?:{rank_direction(lexicon)})?"  # 前8位，由高到低依次为…: then the head
    return re.compile(
        rf"(?:(?:{possessive})(?P<noun>[\u4e00-\u9fff]{{1,4}}?))?{order}"
        rf"(?:{alternation(lexicon.top_list_heads)})\s*[:：]?\s*"
    )


def rank_direction(lexicon: Lexicon) -> str:
    """The pattern of a ranked list's direction right after its rank (前8位，由高到低…: a comma,
    then one of ``ranked_order_words``); one that matches nothing when there are none."""
    if not lexicon.ranked_order_words:
        return "(?!)"
    return rf"[，,]\s*(?:{alternation(lexicon.ranked_order_words)})"


def lists_districts(
    text: str,
    head: re.Match[str],
    count: int,
    lexicon: Lexicon,
    district_re: re.Pattern[str] | None,
) -> bool:
    """Whether the list a top-N head opens (``top_list_head``) is a list of districts: the head
    names them (前三位的区是：朝阳区21.1万个…) and a district's whole name comes first, or the
    head names nothing and each of the first N items is a district's whole name (前三为平谷，
    通州，大兴; 前五为海淀、朝阳等区). Not a list of sites (排名前三的站点为延庆、怀柔…, 前三的
    为房山、门头沟和王佐, 前五的街道为东城区东华门街道…)."""
    if district_re is None:
        return False
    start = head.end()
    noun = head.group("noun")
    if noun in lexicon.respectively_cues:
        noun = ""  # 前三位的分别为…: 分别 leads the list, no noun of its items
    if noun:
        if noun not in (*lexicon.district_suffixes, *lexicon.district_group_nouns):
            return False
        first = district_re.match(text, start)
        return first is not None and ends_a_list_item(text, first.end(), lexicon)
    items = top_list_items(text, start, lexicon)[1][:count]
    if len(items) < 2:
        return False
    for item in items:
        name = district_re.match(item)
        if name is None:
            return False
        left = item[name.end() :]
        # after the name: nothing, a figure (朝阳区21.1万个), its figure in brackets
        # (密云区（62.2%）) or a list's open end (等区)
        figure = left[:1].isdigit() or (left[:1] in "（(" and left[1:2].isdigit())
        if left and not (figure or left in lexicon.list_open_ends):
            return False
    return True


def top_list_items(text: str, start: int, lexicon: Lexicon) -> tuple[str, list[str]]:
    """The rest of the sentence from ``start`` (after a top-N head) and its items, split at
    list marks and commas: "梅所屯、龙岗路和西北旺" → ["梅所屯", "龙岗路和西北旺"]."""
    stops = (at for mark in FULL_STOPS + SEMICOLONS if (at := text.find(mark, start)) >= 0)
    rest = text[start : min(stops, default=len(text))]
    marks = "|".join(re.escape(m) for m in (*lexicon.enumeration_marks, "，", ","))
    # a note in brackets is part of its item (大兴(含亦庄,下同)), whatever marks it holds
    unbracketed = BRACKETED_NOTE_RE.sub("", rest)
    return rest, [item.strip() for item in re.split(marks, unbracketed) if item.strip()]


# Marks that may close a list item: the item is a name alone (朝阳区、…; 朝阳区，…; 朝阳区（…）)
_ITEM_END_MARKS = "、，,；;：:（(。！？!?\n "


def ends_a_list_item(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a name ending at ``end`` is a whole item of a list: a mark, a joining word
    (和, 及), a list's open end (等区), a figure (朝阳区21.1万个) or the text's end follows. Not
    a name that begins a longer one (东城区东华门街道, 延庆站)."""
    following = text[end : end + 1]
    return (
        not following
        or following.isdigit()
        or following in _ITEM_END_MARKS
        or text.startswith(lexicon.enumeration_marks, end)
        or text.startswith(lexicon.list_open_ends, end)
    )


def _written_parts(text: str, quantity: Quantity) -> tuple[str, str]:
    """The Arabic number a quantity is written with and the words after it ("0.3", "个" of
    0.3个; "0.2", "个百分点" of 0.2个百分点), or ("0", "") when it opens with no Arabic number."""
    written = text[quantity.start : quantity.end]
    number = re.match(ARABIC_PATTERN, written)
    return (number.group(), written[number.end() :]) if number else ("0", "")


class QuantityFinder:
    """Finds quantities in text, given the unit table.

    The cue words come from the lexicon: units that only follow a number in a date
    (``date_units``: 7月11日) are no units here; "N大X" (两大主导产业) counts with
    ``big_count_words``, which is not in the unit table because it only counts after a small
    numeral.
    """

    def __init__(
        self,
        units: dict[str, Unit],
        lexicon: Lexicon | None = None,
        district_aliases: Iterable[str] = (),
    ) -> None:
        self.lexicon = lexicon or load_lexicon()
        # a part of a year (一季度, 上半年) or a month (3月) named: times paired with values
        time = load_time_lexicon()
        self._period_words = (time.period_re, time.month_date_re)
        # the districts' names, to tell a list of districts after 前N from a list of sites
        aliases = alternation(set(district_aliases))
        self._district_re = re.compile(aliases) if aliases else None
        self._top_list_head_re = top_list_head(self.lexicon)
        self.units = {
            name: unit
            for name, unit in units.items()
            if name not in self.lexicon.date_units and name
        }
        # 3个多月, 两个多小时: a time counted with the measure word takes 多 or 余 inside it;
        # the unit so written is the time's, its value at least the number
        counter = self.lexicon.generic_count_unit
        self._more_inside = {
            counter + mark + name[len(counter) :]: unit
            for name, unit in self.units.items()
            if unit.kind == _TIME and name.startswith(counter)
            for mark in self.lexicon.forms.more_marks
        }
        self.units.update(self._more_inside)
        forms = self.lexicon.forms
        self._durations = {
            name: units[name] for name in (*forms.and_a_half_units, *forms.unit_and_a_half_units)
        }
        # bounds from below or above right before a number (超过10万的街道: a class's threshold)
        self._bounds_before = tuple(
            word for kind in ("at_least", "at_most") for word in self.lexicon.qualifier_before[kind]
        )
        # the base of temperatures (℃), which 零下 makes a value of
        self._temperature = next(
            (u.base for u in self.units.values() if u.kind == _TEMPERATURE and u.base == u.unit),
            "",
        )
        unit_names = sorted(
            [
                *self.units,
                *_PERCENT_UNITS,
                *self.lexicon.big_count_words,
                *self.lexicon.counted_nouns,
            ],
            key=len,
            reverse=True,
        )
        unit_alternation = "|".join(self._unit_form(name) for name in unit_names)
        # One space before a unit of two or more Latin letters that ends there: 68.2 dB(A),
        # 3.5 mg/L. Not before a single letter, which starts words (2024 PM2.5 is no 2024 P).
        latin = [
            name
            for name in unit_names
            if len(name) > 1 and ((name[0].isascii() and name[0].isalpha()) or name[0] in "µμ")
        ]
        latin_alternation = "|".join(re.escape(name) for name in latin)
        space = rf"[ \u00a0](?=(?:{latin_alternation})(?![A-Za-z]))"
        number = f"(?:{ARABIC_PATTERN}|{CHINESE_DECIMAL_PATTERN})"  # 三点五公里 too
        more = alternation(self.lexicon.forms.more_marks)
        # A unit that starts with a multiplier and does not read as that multiplier times a
        # unit (千瓦时: there is no 瓦时) is the unit, not 千 × 瓦 with 时 left over.
        whole_units = [
            name
            for name in self.units
            for multiplier in MULTIPLIERS
            if name.startswith(multiplier) and name[len(multiplier) :] not in self.units
        ]
        not_a_unit = f"(?!{alternation(whole_units)})" if whole_units else ""
        # A numeral in words may follow a name ending in a digit (NO2四项): only an Arabic
        # number must not start inside another number or word.
        lead_number = (
            rf"(?:(?<![\dA-Za-z.{CHINESE_NUMERAL_CHARS}]){ARABIC_PATTERN}"
            rf"|(?<![{CHINESE_NUMERAL_CHARS}])(?<=[A-Za-z]\d){CHINESE_PATTERN}"
            rf"|(?<![\dA-Za-z.{CHINESE_NUMERAL_CHARS}]){CHINESE_DECIMAL_PATTERN})"
        )
        # 8万4千平米, 1亿2千万元, 十六亿六千万元, 两万八千人: a higher place's digits and
        # multiplier before the number, in the same script
        places = [word for word, factor in MULTIPLIERS.items() if factor >= _HIGHER_PLACE]
        higher_place = (
            rf"(?:(?P<head>(?<![\dA-Za-z.]){ARABIC_PATTERN})"
            rf"(?P<hmult>{alternation(places)})(?=\d)"
            rf"|(?P<chead>{CHINESE_PATTERN})"
            rf"(?P<chmult>{alternation(places)})(?=[{CHINESE_NUMERAL_CHARS}]))?"
        )
        self._pattern = re.compile(
            rf"{higher_place}(?P<num>{lead_number})"
            # 3万至4万千瓦: a range whose ends both carry the multiplier (mult1 is the first's)
            rf"(?:(?P<mult1>{alternation(MULTIPLIERS)})?"
            rf"(?P<sep>[—\-~～]|{alternation(self.lexicon.range_words)})(?P<num2>{number}))?"
            rf"(?P<more>{more})?"
            rf"(?:{not_a_unit}(?P<mult>{alternation(MULTIPLIERS)}))?"
            # 5千余万元, 1千多亿: a compound multiplier (千万, 千亿) written around 余/多
            rf"(?:(?P<more2>{more})(?P<mult2>{alternation(_COMPOUND_TAILS)})?)?"
            rf"(?:{space})?(?P<unit>{unit_alternation})"
            # a unit ending in a Latin letter ends there: 15min is no 15 m, 10PB no 10 P, and
            # 17m/s, 4mm², 60cm³, 120亿t·km are no lengths or weights (a rate, an area, a volume,
            # a transport's tonne-kilometres not listed)
            r"(?![A-Za-z/²³·](?<=[A-Za-z][A-Za-z/²³·]))"
        )
        self._number = number
        self._unit_alternation = unit_alternation
        self._reaching_verbs = time.reaching_verbs  # 由…的15.28万减少到…: bare from-values
        marks = alternation(time.from_value_marks)
        possessive = alternation(self.lexicon.possessive_marks)
        times = alternation([*self.lexicon.from_value_times, *self.lexicon.estimated_past_years])
        self._from_value_re = re.compile(
            rf"(?:{marks})"
            rf"(?:(?:(?:{time.year_re.pattern})[^，,。；;：:\d]{{0,2}}|{times})(?:{possessive}))?\s*$"
        )
        self._compile_forms()
        fraction = re.escape(self.lexicon.fraction_word)
        self._fraction = re.compile(  # 百分之三十五点四七: the numerator may have decimals
            rf"(?<![\d/])(?P<a>\d+)/(?P<b>\d+)(?![\d/])"
            rf"|(?P<cb>{CHINESE_PATTERN}){fraction}"
            # …or be written in digits, as a page converting its numerals half-way writes it
            # (增长了百分之1556, 达到百分之95.5)
            rf"(?P<ca>{CHINESE_DECIMAL_PATTERN}|\d+(?:\.\d+)?(?![\d.]))"
        )
        fronts = alternation([*self.lexicon.ordinal_marks, self.lexicon.rank_top])
        self._rank = re.compile(
            rf"(?P<front>{fronts})(?P<num>\d+|{CHINESE_PATTERN})"
            rf"(?P<tail>{alternation(self.lexicon.rank_tails)})?"
        )
        self._plus = re.compile(r"“(?P<num>\d+)\+”")
        self._compile_cue_heads()
        self._plan_forms()

    def candidates(self, text: str, sentence: Span) -> list[tuple[Quantity, int]]:
        """Every quantity some form finds, with the index of its form, before the rules that
        hold for every form. The specific forms come first: where two forms read the same
        number at the same span, the first one's reading (its qualifier and unit) is kept."""
        found: list[tuple[Quantity, int]] = []
        present = set(text[sentence.start : sentence.end])
        numeral: bool | None = None  # whether the clause holds a digit or a numeral character
        for index, form, cue_heads, needs_numeral in self._form_plan:
            if cue_heads is not None and present.isdisjoint(cue_heads):
                continue  # none of the form's cue words is in the clause: it can find nothing
            if needs_numeral:
                if numeral is None:
                    numeral = bool(_NUMERAL_CHAR_RE.search(text, sentence.start, sentence.end))
                if not numeral:
                    continue  # a form that reads a written number finds none without one
            for quantity in form(text, sentence):
                found.append((quantity, index))
        return found

    def _plan_forms(self) -> None:
        """The forms in the order ``candidates`` runs them, each with its cue words' first
        characters (None: it always runs), worked out once rather than for every clause."""
        forms = (
            *self._forms,
            self._counted,
            self._shared_unit_items,
            self._fractions,
            self._ranks,
            self._plus_values,
        )
        numeral_forms = self._numeral_forms()
        self._form_plan = tuple(
            (index, form, self._cue_heads.get(form.__name__), form.__name__ in numeral_forms)
            for index, form in enumerate(forms)
        )

    def _numeral_forms(self) -> frozenset[str]:
        """The forms that only find a number written in the clause itself, in digits
        (``ARABIC_PATTERN``) or numeral characters (``CHINESE_PATTERN``): in a clause with
        neither, ``candidates`` skips them. Forms that can find a number written as a word
        (首位, 一半, 翻番, 零, 每半小时, 近百家) are not listed and run as their cues say.

        Example: "全面推进生态保护修复" holds no numeral; ``_counted`` is not run on it.
        """
        return frozenset(
            {
                "_ratios",  # yields the parts (digits) that start in the clause
                "_tenths",
                "_latin_ranks",
                "_target_durations",
                "_and_a_half",
                "_unit_and_a_half",
                "_per_unit_values",
                "_yield_values",
                "_yield_change",
                "_bracketed_unit_values",
                "_unit_headed_list_values",
                "_unitless_values",  # its values and a list item's, digits in the clause
                "_signless_percents",
                "_social_counts",
                "_signed_values",
                "_bare_multiplied",
                "_money_without_yuan",
                "_person_counts",
                "_counted",
                "_shared_unit_items",  # the values _counted finds, and digits before them
                "_fractions",
                "_ranks",
                "_plus_values",
            }
        )

    def _form_cues(self) -> dict[str, tuple[str, ...]]:
        """The words a form cannot match without, by the form's name: each of its patterns
        holds one of them inside the match, so a clause without any of them gives the form
        nothing (``candidates`` skips it). Forms that read beyond their clause (ratios, the
        listed values of ``_unitless_values``) or that have no such word (``_counted``) are
        not listed and always run.

        Example: 四成 needs ``tenth_word``; a clause without it skips ``_tenths``.
        """
        words = self.lexicon.forms
        per_markers = tuple(self.lexicon.per_markers)
        # _rank_words: each of its patterns holds one of these words (首位, 双第一, 连冠, 最高,
        # 位); an empty list would let its pattern match without a word, so then it always runs
        superlatives = tuple(self.lexicon.page_cues.get("superlative_words", ()))
        rank_lists = (words.first_place_words, words.double_first_words, superlatives)
        rank_words: tuple[str, ...] = ()
        if all(rank_lists):
            rank_words = (*itertools.chain(*rank_lists), words.championship_run_word)
            rank_words += (words.place_rank_word,)
        return {
            "_tenths": (words.tenth_word,),
            "_word_shares": (*words.share_words, *words.over_share_words, *words.near_share_words),
            "_digit_count_growths": tuple(words.digit_count_growths),
            "_latin_ranks": tuple(words.latin_rank_marks),
            "_top_class_ranks": tuple(words.top_class_verbs),
            "_doubling": (*words.doubling_words, words.one_fold_word),
            "_zeros": (words.zero_word,),
            "_target_durations": tuple(words.completion_adverbs),
            "_intervals": per_markers,
            "_and_a_half": (words.and_a_half_mark,),
            "_unit_and_a_half": (words.half_word,),
            "_per_unit_values": per_markers,
            "_yield_values": tuple(words.yield_words),
            "_social_counts": ("+",),
            "_bracketed_unit_values": ("(", "（"),
            "_round_counts_of_nouns": tuple(MULTIPLIERS),
            "_round_magnitudes": tuple(words.round_magnitudes),
            "_bare_magnitudes_and_more": tuple(words.more_marks),
            "_signed_values": ("-", "\u2212", "\uff0d", *words.negative_words),
            "_bare_multiplied": tuple(MULTIPLIERS),
            "_worded_person_counts": tuple(words.more_marks),
            "_money_without_yuan": self.lexicon.money_words["magnitudes"],
            "_magnitude_thresholds": self.lexicon.money_words["round_words"],
            "_bounded_magnitudes": self.lexicon.money_words["round_words"],
            "_fractions": ("/", self.lexicon.fraction_word),
            "_one_in_every": per_markers,
            "_ranks": (*self.lexicon.ordinal_marks, self.lexicon.rank_top),
            "_plus_values": ("+",),
            "_rank_words": rank_words,
        }

    def _compile_cue_heads(self) -> None:
        """The first characters of each form's cue words (``_form_cues``): a clause holding
        none of them holds none of the words. A form with an empty cue word or none always
        runs (an empty word matches anywhere)."""
        self._cue_heads: dict[str, frozenset[str]] = {}
        for name, cues in self._form_cues().items():
            if cues and all(cues):
                self._cue_heads[name] = frozenset(cue[0] for cue in cues)

    def find(self, text: str, sentence: Span) -> Iterator[Quantity]:
        return self._with_units_written_once(text, list(self._find(text, sentence)))

    def _with_units_written_once(self, text: str, found: list[Quantity]) -> Iterator[Quantity]:
        """ "分别提高0.3个和0.2个百分点", "0.1个、0.5个和0.6个百分点": a change's unit written in
        full only after the last of values joined by list marks, the others cut short to its
        first character (个): each is a change in the same unit (0.3个百分点), not a count of
        0.3 things. Read from the last value back, so a chain of any length takes the unit.

        Only for a unit of change (``change_units``), whose short form is a word of its own."""
        read = list(found)
        full = ""  # the unit the chain after this value is written in, in full
        for index in range(len(read) - 1, -1, -1):
            quantity = read[index]
            following = read[index + 1] if index + 1 < len(read) else None
            number, written = _written_parts(text, quantity)
            if following is None or following.unit not in self.lexicon.change_units:
                full = written
                continue
            gap = text[quantity.end : following.start]
            if not (
                written
                and full.startswith(written)
                and len(full) > len(written)
                and gap in self.lexicon.enumeration_marks
            ):
                full = written
                continue
            # (a change's units have the factor 1: 个百分点 is 百分点)
            read[index] = Quantity(
                quantity.start,
                quantity.end,
                parse_arabic(number),
                following.unit,
                following.qualifier,
                following.kind,
            )
        yield from read

    def _find(self, text: str, sentence: Span) -> Iterator[Quantity]:
        found = [
            (quantity, index)
            for quantity, index in self.candidates(text, sentence)
            if self.rejecting_rule(text, quantity, sentence) is None
        ]
        occupied: list[tuple[int, int]] = []
        read_by: dict[tuple[int, int, float], int] = {}
        span_read_by: dict[tuple[int, int], int] = {}
        ordered = sorted(
            found, key=lambda pair: (pair[0].start, -(pair[0].end - pair[0].start), pair[1])
        )
        for quantity, index in ordered:
            key = (quantity.start, quantity.end, quantity.value)
            if read_by.setdefault(key, index) != index:
                continue  # the same number read by another form
            if span_read_by.setdefault((quantity.start, quantity.end), index) != index:
                # a more specific form read this span otherwise: 21微克 after 每立方米55微克、
                # is a concentration, not a mass
                continue
            overlapping = [
                (start, end)
                for start, end in occupied
                if quantity.start < end and start < quantity.end
            ]
            if overlapping and overlapping != [(quantity.start, quantity.end)]:
                continue
            occupied.append((quantity.start, quantity.end))
            yield quantity

    # --- the forms a quantity takes -----------------------------------------------------

    def _counted(self, text: str, sentence: Span) -> Iterator[Quantity]:
        for found in self._pattern.finditer(text, sentence.start, sentence.end):
            match = self._range_or_its_upper_end(text, found, sentence)
            if match is None or self._is_not_a_quantity(text, match, sentence):
                continue
            unit_name = match.group("unit")
            if unit_name in self.lexicon.big_count_words:
                base, factor, kind = self.lexicon.generic_count_unit, 1.0, "count"
            elif unit_name in _PERCENT_UNITS:
                base, factor, kind = "%", _PERCENT_UNITS[unit_name], "rate"
            elif unit_name in self.lexicon.counted_nouns:
                if text.startswith(self.lexicon.people_noun_continuations, match.end()):
                    continue  # 3万居民户, 目标3居民人均可支配收入: the noun goes on into another
                base, factor, kind = self.lexicon.counted_nouns[unit_name], 1.0, "count"
            else:
                unit = (
                    self._in_the_air(text, match, sentence)
                    or self._as_temperature(text, match, sentence)
                    or self.units[unit_name]
                )
                base, factor, kind = unit.base, unit.factor, unit.kind
            written = multiplier_of(match)
            if match.group("mult2") and not written:
                continue  # 5万余万: no multiplier reads so
            multiplier = MULTIPLIERS.get(written, 1.0)
            # 四五百只, 三四万人次, 八九公里: four or five hundred, thirty or forty thousand,
            # eight or nine km, read as the lower end (三四万 would otherwise read as 34万)
            loose = lower_of_a_neighbouring_pair(
                match.group("num"),
                scaled=bool(written) or kind in self.lexicon.not_facts.loose_pair_kinds,
            )
            if loose is not None and match.group("num2"):
                continue
            try:
                first = parse_number(loose or match.group("num"))
                second = parse_number(match.group("num2")) if match.group("num2") else None
            except ValueError:
                continue
            if kind == _WIND_FORCE and self._a_pair_of_digits(match.group("num")):
                # 偏北风三四级, 风力七八级: the wind's grades 3 to 4 (a range), not 34
                first, second = (parse_number(digit) for digit in match.group("num"))
            start = match.start()
            if kind == _WIND_FORCE and second is None:
                lower = self._wind_grade_listed_before(text, start, first)
                if lower is not None:  # 阵风8、9级, 七、八级: grades 8 to 9, the range's ends
                    (first, start), second = lower, first
            head_digits = match.group("head") or match.group("chead")
            if head_digits:
                head = MULTIPLIERS[match.group("hmult") or match.group("chmult")]
                if head <= multiplier and len(written) > 1:
                    # 1万2千亿: the tail's last multiplier (亿) scales the head's too (1万亿)
                    head *= MULTIPLIERS.get(written[-1:], 1.0)
                if second is None and 1 < multiplier < head:
                    # 8万4千: 8 ten-thousands and 4 thousands, in the thousands' multiplier
                    first += parse_number(head_digits) * head / multiplier
                elif (
                    second is None
                    and multiplier == 1
                    and _fills_the_place(match.group("num"), head)
                ):
                    # 1万4000家, 两万八千人: the tail has just the digits below the head's place
                    first += parse_number(head_digits) * head
                else:
                    start = match.start("num")  # 3万4个: no one number reads so, only the 4
            more = match.group("more") or match.group("more2") or unit_name in self._more_inside
            qualifier = self._qualifier(text, match, sentence, "at_least" if more else None, base)
            if loose is not None and qualifier == "exact":
                qualifier = "approx"  # 四五百只 is about 400, at least
            if kind == "multiple" and qualifier == "exact":
                qualifier = "change"  # "较2020年增长5倍", "为同期两倍": a multiple is a change
            scale = multiplier * factor
            if not all(math.isfinite(v * scale) for v in (first, second or 0.0)):
                continue  # 9…9万亿: a typo or noise, not a quantity anyone reported
            end = match.end()
            if unit_name in self.lexicon.counted_nouns:
                end = match.start("unit")  # the noun is the term, not part of the number
            if second is not None and self._states_a_spread(text, match, sentence):
                # 回升值介于0.04~0.55米之间: a spread of changes (or goals) keeps its qualifier
                # on both ends, their bounds said by the mention's bound (the upper end's: at
                # most)
                if qualifier in ("change", "target"):
                    yield Quantity(start, end, first * scale, base, qualifier, kind)
                    yield Quantity(
                        start, end, second * scale, base, qualifier, kind, upper_end=True
                    )
                    continue
                yield Quantity(start, end, first * scale, base, "at_least", kind)
                yield Quantity(start, end, second * scale, base, "at_most", kind)
            elif second is not None:
                # "3至5个": the lower bound is the fact; the span keeps the whole range.
                bound = "at_least" if qualifier == "exact" else qualifier
                yield Quantity(start, end, first * scale, base, bound, kind)
            else:
                yield Quantity(start, end, first * scale, base, qualifier, kind)

    def _unit_form(self, name: str) -> str:
        """The pattern of a unit's name: the name, and after a unit of work counted per pass
        (``pass_units``: 亩次, 株次) not one of the words its last character opens instead
        (``occurrence_word_openers``: 亩次年起 is 亩 then 次年, the next year; 亩次日均 stays)."""
        if name not in self.lexicon.pass_units or not self.lexicon.occurrence_word_openers:
            return re.escape(name)
        exceptions = self.lexicon.occurrence_word_opener_exceptions
        openers = []
        for opener in self.lexicon.occurrence_word_openers:
            tails = [word[len(opener) :] for word in exceptions if word.startswith(opener)]
            openers.append(re.escape(opener) + (f"(?!{alternation(tails)})" if tails else ""))
        return f"{re.escape(name)}(?!{'|'.join(openers)})"

    def _range_or_its_upper_end(
        self, text: str, match: re.Match[str], sentence: Span
    ) -> re.Match[str] | None:
        """``match`` itself, unless it reads a range whose lower end carries a multiplier of
        its own (``mult1``): then it, when both ends carry the same one (3万至4万千瓦: the lower
        end in that multiplier), or else the upper number read alone, as if the lower one were
        not there (3万至40亿元, 2万至2024年底), or None when that reads no number. So is a
        from-value's (从3万到4万人, 从原来的3万至4万人: a change from one level to the next).
        """
        lower = match.group("mult1")
        if not lower or (lower == multiplier_of(match) and not self._from_a_value(text, match)):
            return match
        return self._pattern.match(text, match.start("num2"), sentence.end)

    def _from_a_value(self, text: str, match: re.Match[str]) -> bool:
        """A from-value's mark (``from_value_marks``: 从, 由, 自) right before the number or
        before a time and 的 (从原来的, 由2020年底的, 从去年的: ``from_value_times``): "从3万到4万
        人" is a change from one level to the next, no range of one. Not 来自全市的 nor 由政府出资
        的 (由 = by): no time between."""
        start = max(0, match.start() - _FROM_VALUE_REACH - _FROM_VALUE_MARKS_LENGTH)
        return self._from_value_re.search(text, start, match.start()) is not None

    def _shared_unit_items(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """A、B、C的浓度分别为3、28、36微克/立方米, 分别为12、8和5个: after a pairing word
        (分别), a list of numbers whose unit is written once, after the last. Each earlier
        number is a value of its own list item, in the shared unit (and multiplier): without
        this only the last one, which carries the unit, was read. Without a pairing word
        before the list ("1、2、3个") the bare numbers may be list marks, and stay unread.
        """
        said = text[sentence.start : sentence.end]
        cues = self.lexicon.respectively_cues
        # "从2016年的12.5、48微克/立方米，分别下降到…": the next clause opening with
        # the pairing word pairs this clause's list too
        paired_next = text[sentence.end : sentence.end + 1] in _CLAUSE_JOINERS and text.startswith(
            tuple(cues), sentence.end + 1
        )
        if not paired_next and not any(cue in said for cue in cues):
            return  # no pairing word: no list to read (and no second pass over the sentence)
        marks = alternation(m for m in self.lexicon.enumeration_marks if len(m) == 1)
        for match in self._counted(text, sentence):
            floor = max(sentence.start, match.start - _LIST_REACH)
            chain = re.search(
                rf"(?:(?<![\d.]){ARABIC_PATTERN}(?:{marks}))+$", text[floor : match.start]
            )
            if chain is None:
                continue
            chain_start = floor + chain.start()
            cue_end = max(
                (
                    found + len(cue)
                    for cue in self.lexicon.respectively_cues
                    if (found := text.rfind(cue, sentence.start, chain_start)) >= 0
                ),
                default=-1,
            )
            # a year between the pairing word and its list dates the list (分别下降到2020年的)
            years = self.lexicon.date_patterns["year_written"]
            if cue_end >= 0:
                between = years.sub("", text[cue_end:chain_start])
            elif paired_next and self._pairs_as_many(text, sentence, chain.group(), marks):
                window = text[max(sentence.start, chain_start - _LIST_REACH) : chain_start]
                between = years.sub("", window)[-_PAIRED_LEAD:]
            else:
                continue
            if len(between) > _PAIRED_LEAD or re.search(r"\d", between):
                continue
            last = text[match.start : match.end]
            number = re.match(ARABIC_PATTERN, last)
            if number is None:
                continue  # a Chinese numeral or a range closes the list: no shared reading
            try:
                scale = match.value / parse_arabic(number.group())
            except (ValueError, ZeroDivisionError):
                continue
            for item in _ARABIC_NUMBER_RE.finditer(text, chain_start, match.start):
                value = parse_arabic(item.group()) * scale
                yield Quantity(
                    item.start(), item.end(), value, match.unit, match.qualifier, match.kind
                )

    def _pairs_as_many(self, text: str, clause: Span, chain: str, marks: str) -> bool:
        """The clause after ``clause`` (which opens with a pairing word) lists as many values
        as ``chain`` and the value closing it: "从…的12.5、48微克/立方米，分别下降到…的3、27
        微克/立方米" pairs two with two; "口袋公园5、6个，分别位于甲街道和乙街道" lists no
        values after 分别, and its 5、6 stays a range of a few."""
        count = len(_ARABIC_NUMBER_RE.findall(chain)) + 1
        following = text[clause.end + 1 : clause.end + 1 + _LIST_REACH]
        ends = [following.find(mark) for mark in _CLAUSE_ENDS if mark in following]
        following = following[: min(ends)] if ends else following
        lists = re.finditer(
            rf"(?:(?<![\d.]){ARABIC_PATTERN}(?:{marks}))+{ARABIC_PATTERN}", following
        )
        return any(len(_ARABIC_NUMBER_RE.findall(found.group())) == count for found in lists)

    def _states_a_spread(self, text: str, match: re.Match[str], sentence: Span) -> bool:
        """降尘量范围在3.1至6.2吨, 介于5至8米之间: the lowest and the highest value, both facts."""
        words = self.lexicon.forms
        before = text[sentence.start : match.start()]
        return any(cue in before for cue in words.span_cues) or text.startswith(
            words.span_close, match.end()
        )

    def _is_not_a_quantity(self, text: str, match: re.Match[str], sentence: Span) -> bool:
        return self.rejecting_rule_of_match(text, match, sentence) is not None

    def rejecting_rule_of_match(
        self, text: str, match: re.Match[str], sentence: Span
    ) -> str | None:
        """The first rule of ``NOT_A_MEASURED_AMOUNT`` that says a match is no quantity."""
        unit = match.group("unit")
        if unit in self.lexicon.big_count_words:
            kind = "count"
        else:
            kind = getattr(self.units.get(unit), "kind", "")
        spot = Spot(
            text=text,
            sentence=sentence,
            start=match.start(),
            end=match.end(),
            number=match.group("num"),
            unit=unit,
            kind=kind,
            multiplier=multiplier_of(match),
            more=match.group("more") or "",
        )
        return first_rule(spot, self.lexicon, NOT_A_MEASURED_AMOUNT)

    def explain(self, text: str, sentence: Span) -> list[Verdict]:
        """Each number written with a unit, or found by another form, and the first rule that
        said it is not a fact (None: kept). For ``extract --explain``."""
        verdicts = [
            Verdict(m.start(), m.end(), m.group(), self.rejecting_rule_of_match(text, m, sentence))
            for m in self._pattern.finditer(text, sentence.start, sentence.end)
        ]
        for quantity, _ in self.candidates(text, sentence):
            rule = self.rejecting_rule(text, quantity, sentence)
            written = text[quantity.start : quantity.end]
            verdicts.append(Verdict(quantity.start, quantity.end, written, rule))
        decided: dict[tuple[int, int], Verdict] = {}
        for verdict in verdicts:  # a span set aside by one stage stays set aside
            key = (verdict.start, verdict.end)
            if key not in decided or decided[key].rule is None:
                decided[key] = verdict
        return sorted(decided.values(), key=lambda v: (v.start, v.end))

    def rejecting_rule(
        self,
        text: str,
        quantity: Quantity,
        sentence: Span,
        rules: tuple[Rule, ...] = NOT_A_FACT_IN_ANY_FORM,
    ) -> str | None:
        """The first rule that says a found quantity, whatever its form, is not a fact."""
        spot = Spot(text, sentence, quantity.start, quantity.end, kind=quantity.kind)
        return first_rule(spot, self.lexicon, rules)

    def _qualifier(
        self,
        text: str,
        match: re.Match[str],
        sentence: Span,
        bounded: str | None = None,
        base: str = "",
    ) -> str:
        """change, bounds or exact, from the clause (``qualify.clause_qualifier``); whether the
        number is a goal needs its sentence and section and is decided in ``mentions.py``."""
        if base in self.lexicon.change_units:
            return "change"  # 0.4个百分点: a difference of two rates
        return clause_qualifier(
            text, match.start(), match.end(), sentence, self.lexicon, bounded=bounded, base=base
        )

    def _fractions(self, text: str, sentence: Span) -> Iterator[Quantity]:
        for match in self._fraction.finditer(text, sentence.start, sentence.end):
            try:
                if match.group("a"):
                    numerator, denominator = int(match.group("a")), int(match.group("b"))
                else:
                    numerator = parse_number(match.group("ca"))
                    denominator = int(parse_number(match.group("cb")))
            except ValueError:
                continue
            if denominator == 0 or (numerator > denominator and denominator != _PERCENT_BASE):
                continue  # 三分之四 is no share; 百分之一百五十 (a growth of 150%) is a percentage
            value = round(100 * numerator / denominator, 2)
            qualifier = self._share_qualifier(text, match, sentence)
            yield Quantity(match.start(), match.end(), value, "%", qualifier, "rate")

    @functools.cached_property
    def _bounds_after_words(self) -> tuple[str, ...]:
        """Every bound word written after a number (以上, 左右, 以内…: ``qualifier_after``)."""
        return tuple(word for words in self.lexicon.qualifier_after.values() for word in words)

    @functools.cached_property
    def _one_in_every_re(self) -> re.Pattern[str] | None:
        """每生产3辆汽车就有1辆: the whole (b), its unit of counting (a one-character count unit
        of units.yaml), a word of having (``one_in_every_have``), the part (a)."""
        have = self.lexicon.one_in_every_have
        counters = [
            name for name, unit in self.units.items() if unit.kind == "count" and len(name) == 1
        ]
        if not have or not counters:
            return None
        number = rf"(?:{ARABIC_PATTERN}|[{CHINESE_NUMERAL_CHARS}]+)"
        return re.compile(
            rf"(?:{alternation(self.lexicon.per_markers)})[^\d，,。；;]{{0,{_EVERY_VERB_REACH}}}?"
            rf"(?P<b>{number})(?P<cls>{alternation(counters)})"
            rf"[^\d，,。；;]{{0,{_EVERY_NOUN_REACH}}}?(?:{alternation(have)})"
            rf"(?P<a>{number})(?P=cls)"
        )

    def _one_in_every(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """ "北京市每生产3辆汽车就有1辆来自某区": one in every three, a share of 33.33%,
        about (a third is no exact percentage) unless it divides exactly (每4家就有1家: 25%).

        Why: the share was not read at all (3 辆 and 1 辆 were two counts of cars)."""
        pattern = self._one_in_every_re
        if pattern is None:
            return
        leads = self.lexicon.not_facts.yardstick_leads
        for match in pattern.finditer(text, sentence.start, sentence.end):
            lead = text[max(sentence.start, match.start() - _YARDSTICK_LEAD_REACH) : match.start()]
            if lead.endswith(leads):
                continue  # 接待913万人次，相当于每两个北京人就有一个前往: a yardstick, no share
            try:
                whole, part = parse_number(match.group("b")), parse_number(match.group("a"))
            except ValueError:
                continue
            if not whole or part >= whole:
                continue
            share = 100 * part / whole
            value = round(share, 2)
            qualifier = "exact" if value == share else "approx"
            yield Quantity(match.start(), match.end(), value, "%", qualifier, "rate")

    def _ranks(self, text: str, sentence: Span) -> Iterator[Quantity]:
        for match in self._rank.finditer(text, sentence.start, sentence.end):
            try:
                value = parse_number(match.group("num"))
            except ValueError:
                continue
            tail = match.group("tail") or ""
            front = match.group("front")
            after = text[match.end() : match.end() + 1]
            clause_before = text[sentence.start : match.start()]
            times = tail in self.lexicon.occurrence_units
            if times and front in self.lexicon.ordinal_marks:
                # "第二次全年全线有水": how many times it has happened. Not 第一次 (水库第一次
                # 泄洪): "for the first time", as 首次 says, no count of times
                if value != 1:
                    yield Quantity(match.start(), match.end(), value, tail, "exact", "count")
                continue
            if clause_before.rstrip().endswith(self.lexicon.rank_from_bottom):
                continue  # 倒数第一, 倒数前三: counted from the bottom, no place from the top
            top = front == self.lexicon.rank_top
            ranked = (
                any(cue in clause_before for cue in self.lexicon.rank_cues)
                or (
                    top
                    and not clause_before.endswith(self.lexicon.rank_from_bottom)
                    and self._tops_listed_districts(text, match.end(), int(value))
                )
                or self._in_a_listed_run_of_places(text, clause_before, match)
            )
            label = any(text.startswith(w, match.end()) for w in self.lexicon.label_followers)
            if not ranked or label or text.startswith(self.lexicon.rank_not_followers, match.end()):
                continue
            if after and after in CHINESE_NUMERAL_CHARS:  # 第十四个五年规划
                continue
            if top and self._heads_a_list(text, match.end(), int(value)):
                continue  # 排名前三为A、B、C: the head of a list of places, no rank of the subject
            qualifier = "at_most" if top else "exact"
            yield Quantity(match.start(), match.end(), value, "rank", qualifier, "rank")

    def _in_a_listed_run_of_places(
        self, text: str, clause_before: str, match: re.Match[str]
    ) -> bool:
        """第六 among ordinals listed after 分别 (``respectively_cues``): "这三个区的GDP均在400亿
        元左右，分别为第六、第七、第八" gives the places listed before their places in a ranking,
        though no 排名 or 位居 is written. Two ordinals at least, joined by list marks, the run
        ending at a mark or a place word (名, 位): a noun after it makes them labels (第三、第四
        标段), a measure word counts (第十四、第十五个开工的项目)."""
        cues = self.lexicon.respectively_cues
        at = max((clause_before.rfind(cue) for cue in cues), default=-1)
        if at < 0:
            return False
        run = self._ordinal_run_re.fullmatch(clause_before[at:].lstrip("".join(cues)))
        if run is None:
            return False
        later = self._later_ordinals_re.match(text, match.end())  # 、第七、第八 after 第六
        if not (run.group("ordinals") or later):
            return False
        end = later.end() if later else match.end()
        after = text[end : end + 1]
        # (the words of places in a ranking: 第六、第七、第八名)
        places = self.lexicon.not_facts.ranked_list_units
        return not after or not _CJK_CHAR_RE.match(after) or text.startswith(places, end)

    def _tops_listed_districts(self, text: str, end: int, count: int) -> bool:
        """前N followed by 为/是 and a list of districts is a ranking of them, whatever names
        the measure: "游客接待量前三位的是延庆区、怀柔区、密云区" ranks three districts though no
        排名 or 位居 precedes it (the districts share the rank: ``_heads_a_list``). Not 倒数前三
        (``rank_from_bottom``): the three lowest are no top places."""
        head = self._top_list_head_re.match(text, end)
        return head is not None and lists_districts(
            text, head, count, self.lexicon, self._district_re
        )

    def _heads_a_list(self, text: str, end: int, count: int) -> bool:
        """前N followed by 为/是/依次为 (``top_list_heads``) and the N items in the rest of the
        sentence ("雨量排名前三为梅所屯、龙岗路和西北旺", "前三位的站点是…"): the first N
        listed, not a rank of the subject; so is a list closed by 等 (前五为海淀、朝阳等区).
        Fewer items is the subject's rank ("综合排名前五为近年来最好成绩，同比提升三位").
        A list of districts (前三位的区是：朝阳区…；海淀区…) keeps the rank: each district's
        (``Attributor`` shares it among them)."""
        head = self._top_list_head_re.match(text, end)
        if head is None:
            return False
        end = head.end()
        if lists_districts(text, head, count, self.lexicon, self._district_re):
            return False  # each listed district's rank, not a list of sites
        rest, listed = top_list_items(text, end, self.lexicon)
        items = len(listed)
        # a list closed by 等 (海淀、朝阳等区) names fewer than all N
        open_ended = items >= 2 and any(word in rest for word in self.lexicon.list_open_ends)
        return count >= 2 and (items >= count or open_ended)

    def _plus_values(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """“20+”: at least 20, in whatever unit the measured indicator uses."""
        for match in self._plus.finditer(text, sentence.start, sentence.end):
            try:
                value = parse_arabic(match.group("num"))
            except ValueError:
                continue
            yield Quantity(
                match.start("num"), match.end("num") + 1, value, "", "at_least", "", True
            )

    # --- number forms the counted pattern misses (cue words: lexicon.yaml, last section) ----

    def _compile_forms(self) -> None:
        """Build the patterns of the number forms from the lexicon's words."""
        words = self.lexicon.forms
        number, units = self._number, self._unit_alternation

        lead = rf"(?<![\d.{CHINESE_NUMERAL_CHARS}])"
        more = alternation(words.more_marks)
        multipliers = alternation(MULTIPLIERS)
        range_mark = rf"(?:{alternation(self.lexicon.range_words)}|[—\-~～])"
        tenth_range = rf"(?:{range_mark}(?P<num2>{number}))?"
        self._tenths_re = re.compile(
            rf"{lead}(?P<num>{number}){tenth_range}{re.escape(words.tenth_word)}"
            rf"(?P<half>{re.escape(words.half_word)})?"
        )
        self._share_word_re = re.compile(
            alternation([*words.share_words, *words.over_share_words, *words.near_share_words])
        )
        # after a word of half, the words that make it half of a unit (近半个百分点, 近半天,
        # 半年), not half of the things counted (超过一半人是外来人口)
        self._half_unit_words = (
            *words.interval_units,
            *words.long_duration_units,
            *self.lexicon.date_units,
            *self.lexicon.year_words,
            self.lexicon.generic_count_unit,
        )
        # words of change (压缩, 减少, 缩短): after one, 近一半 is a change by half
        self._change_words = (
            *self.lexicon.qualifier_before["change"],
            *self.lexicon.compared_changes,
            *self.lexicon.decline_cues,
            *self.lexicon.cut_verbs,
        )
        # bounds and approximations (近, 超过, 不到), not changes: 近一半 is a share
        self._share_bounds = tuple(
            word
            for name, bound_words in self.lexicon.qualifier_before.items()
            if name != "change"
            for word in bound_words
        )
        self._digit_count_re = re.compile(
            rf"(?P<count>{alternation(words.digit_count_growths)})"
            rf"(?=(?:{alternation(words.digit_count_followers)}))"
        )
        self._first_place_re = re.compile(alternation(words.first_place_words))
        self._double_first_re = re.compile(alternation(words.double_first_words))
        self._place_rank_re = re.compile(
            rf"(?:{alternation(words.place_rank_cues)})(?P<scope>[\u4e00-\u9fff]{{0,6}}?)"
            rf"(?P<num>\d{{1,4}})\s*{re.escape(words.place_rank_word)}"
        )
        self._run_re = re.compile(
            rf"{lead}(?P<num>{number}){re.escape(words.championship_run_word)}"
        )
        self._top_class_re = re.compile(
            rf"(?:{alternation(words.top_class_verbs)})[\u4e00-\u9fff]{{0,{_TOP_CLASS_SCOPE}}}?"
            rf"(?P<num>\d{{1,4}}|{CHINESE_PATTERN})(?:{alternation(words.top_class_words)})"
            # the kind of the ranked places and the list's noun, part of its name (百强区行列)
            rf"(?:{alternation(words.top_class_place_kinds)})?"
            rf"(?:{alternation(words.top_class_list_nouns)})?"
        )
        # a numeral that is no time's (3所, 两家; not 1月份, 五年): a count before the verb
        numeral = rf"[\d{CHINESE_NUMERAL_CHARS}]"
        times = alternation([*self.lexicon.year_words, *self.lexicon.date_units])
        self._count_not_a_time_re = re.compile(rf"{numeral}+(?!{numeral}|{times})")
        self._latin_rank_re = re.compile(
            rf"(?<![A-Za-z])(?P<mark>{alternation(words.latin_rank_marks)})(?P<num>\d{{1,3}})(?![\d.])"
        )
        bounds = [w for ws in self.lexicon.qualifier_before.values() for w in ws]
        self._doubling_re = re.compile(
            rf"(?P<word>{alternation(words.doubling_words)})"
            rf"|(?:{alternation(words.growth_verbs)})(?:{alternation(self.lexicon.perfective)})?"
            rf"(?P<fold>(?:{alternation(bounds)})?"
            rf"{re.escape(words.one_fold_word)})"
        )
        zero = re.escape(words.zero_word)
        self._zero_re = re.compile(
            rf"(?<![{CHINESE_NUMERAL_CHARS}]){zero}(?P<noun>{alternation(words.zero_nouns)})"
            rf"|(?:{alternation(words.zero_verbs)})(?P<bare>{zero})(?=[，,。；;、）)！!\s]|$)"
        )
        self._target_duration_re = re.compile(
            rf"{lead}(?P<num>{number})(?P<unit>{alternation(words.long_duration_units)})(?=(?:{alternation(words.completion_adverbs)}))"
        )
        self._interval_re = re.compile(
            rf"(?:{alternation(self.lexicon.per_markers)})(?P<gap>{re.escape(words.interval_gap)})?"
            rf"(?P<num>{re.escape(words.half_word)}|{number})(?P<unit>{alternation(words.interval_units)})"
        )
        # 两个半小时, 一个半月: a count and a half of an hour or a month
        self._and_a_half_re = re.compile(
            rf"(?<![\d{CHINESE_NUMERAL_CHARS}])(?P<num>{number})"
            rf"{re.escape(words.and_a_half_mark)}(?P<unit>{alternation(words.and_a_half_units)})"
        )
        # 三年半, 两天半, 1年半: a count of a unit and a half after it
        self._unit_and_a_half_re = re.compile(
            rf"(?<![\d{CHINESE_NUMERAL_CHARS}.])(?P<num>{number})"
            rf"(?P<unit>{alternation(words.unit_and_a_half_units)}){re.escape(words.half_word)}"
        )
        # 半年, 半个月: half a unit of time (a duration only after a duration's lead)
        self._half_a_unit_re = re.compile(
            rf"(?P<num>{re.escape(words.half_word)})(?P<unit>{alternation(words.half_units)})"
        )
        self._yield_re = re.compile(
            rf"(?P<word>{alternation(words.yield_words)})"
            rf"(?:{alternation(self.lexicon.linking_words)})?"
            rf"(?P<num>{ARABIC_PATTERN})(?P<more>{more})?(?P<mult>{multipliers})?(?P<unit>{units})"
        )
        self._per_unit_re = re.compile(
            rf"(?:{alternation(self.lexicon.per_markers)})(?P<den>{alternation(words.per_unit_denominators)})"
            rf"(?:{alternation(words.per_unit_price_links)})?"  # 每斤卖30元: a price's verb
            rf"(?P<num>{ARABIC_PATTERN})(?P<more>{more})?(?P<mult>{multipliers})?(?P<unit>{units})"
        )
        # 由2015年的64.2增长到2020年的70.2: a level may name its year before it
        dated = (
            rf"(?:{_YEAR_LIKE_RE.pattern}(?:{alternation(self.lexicon.year_words)})"
            rf"(?:{alternation(self.lexicon.possessive_marks)})?)?"
        )
        # 指数(EI)78.0, 指数(EI指数)78.7: an abbreviation in brackets, perhaps with its noun;
        # 交通指数自2019年的6.31: a link, then the level's year
        self._unitless_re = re.compile(  # (not inside a longer Latin name: BEI is no EI)
            rf"(?<![A-Za-z])(?:{alternation(words.unitless_terms)})"
            rf"(?:[（(][A-Za-z0-9.]{{1,8}}(?:{alternation(words.unitless_terms)})?[)）])?"
            rf"(?:(?P<link>{alternation((*words.unitless_links, *words.unitless_list_links))})"
            rf"{dated})?"
            rf"(?P<num>{ARABIC_PATTERN})"
        )
        # …分别为137.9点、126.5点: the values after the first, each after a list's mark
        self._signless_percent_re = re.compile(  # 增长8.5左右, 分别下降6、4.8, 占全国52
            rf"(?:{alternation(words.signless_percent_leads)})(?P<nums>{ARABIC_PATTERN}"
            rf"(?:(?:{alternation(self.lexicon.enumeration_marks)}){ARABIC_PATTERN})*)"
            rf"(?:{alternation(words.signless_percent_closers)})?"
            r"(?=[，,；;。！？!?\s]|$)"
        )
        # after 分别: a link (为, 是, 列) and ordinals joined by list marks (第六、第七、)
        fronts = alternation(self.lexicon.forms.ordinal_fronts)
        marks = alternation(self.lexicon.enumeration_marks)
        numeral = f"[0-9{CHINESE_NUMERAL_CHARS}]{{1,3}}"
        self._ordinal_run_re = re.compile(
            rf"(?:{alternation(self.lexicon.top_list_heads)})?"
            rf"(?P<ordinals>(?:(?:{fronts}){numeral}(?:{marks}))*)"
        )
        self._later_ordinals_re = later_ordinals_re(
            self.lexicon.enumeration_marks, self.lexicon.forms.ordinal_fronts
        )
        self._unitless_next_re = re.compile(
            rf"(?:{alternation(words.unitless_points)})?"
            rf"(?:{alternation(self.lexicon.enumeration_marks)})(?P<num>{ARABIC_PATTERN})"
        )
        self._listed_value_re = re.compile(
            rf"^[^\d，,。；;、]{{1,8}}?[（(]?(?P<num>{ARABIC_PATTERN})[)）]?$"
        )
        # 全区平均降雨量(毫米)222.7: a measure, its unit in brackets, then its value bare
        units_in_brackets = alternation(
            [*(name for name in self.units if name), *self.lexicon.counted_nouns]
        )
        self._bracketed_unit_re = re.compile(
            rf"(?<=[\u4e00-\u9fff])[（(](?P<mult>{alternation(MULTIPLIERS)})?"
            rf"(?P<unit>{units_in_brackets})[)）]"
            rf"(?P<link>{alternation(words.unitless_links)}|[:：])?(?P<num>{ARABIC_PATTERN})"
            # the value ends its clause: not 1-5月, 2024-023号地块, nor a headline's run-on
            rf"(?=[，,。；;、）)]|$)"
        )
        # 降水量(毫米)：全市平均17.9，城区平均13.2: the heading of a list whose items are bare;
        # or a source's verb after it (降水量(毫米)显示,北京平均降水量98.1,城区…)
        self._unit_heading_re = re.compile(
            rf"(?<=[\u4e00-\u9fff])[（(](?P<mult>{alternation(MULTIPLIERS)})?"
            rf"(?P<unit>{units_in_brackets})[)）]"
            rf"(?:[:：]|(?:{alternation(words.unit_heading_verbs)})[:：,，])"
        )
        # an item's value: bare, after a word or a bracket closing the item's label, ending it
        self._list_item_value_re = re.compile(
            rf"(?<=[\u4e00-\u9fff)）])(?P<num>{ARABIC_PATTERN})(?=[，,；;。]|$)"
        )
        self._unitless_more_re = re.compile(
            rf"(?:{alternation(words.unitless_links)}){dated}(?P<num>{ARABIC_PATTERN})"
        )
        self._unitless_term_re = re.compile(
            rf"(?<![A-Za-z])(?:{alternation(words.unitless_terms)})"
        )
        marks = alternation(words.ten_thousand_marks)
        self._social_re = re.compile(
            rf"(?<![\dA-Za-z.])(?P<num>{ARABIC_PATTERN})(?P<mult>{marks}|{multipliers})?\+"
            rf"(?:\*{{1,2}})?(?P<unit>{units})?"
        )
        links = words.round_magnitude_links
        self._round_cues = (*bounds, *links, *words.round_magnitude_floors)
        self._round_re = re.compile(
            rf"(?P<cue>{alternation([*bounds, *links, *words.round_magnitude_floors])})"
            rf"(?P<num>{alternation(words.round_magnitudes)})(?P<mult>{multipliers})?"
            rf"(?P<more>{more})?(?P<unit>{units})"
        )
        # 客流万余人: a magnitude that is no numeral alone, "more than" and a unit
        self._bare_more_re = re.compile(
            rf"(?P<num>{alternation(words.round_magnitudes)})(?P<more>{more})(?P<unit>{units})"
        )
        # 常住人口突破百万: a round magnitude after a bound, no unit, closing its phrase
        bound_words = [
            word
            for kind in ("at_least", "at_most", "approx")
            for word in self.lexicon.qualifier_before[kind]
        ]
        # (人口上百万: a floor, 上, says at least as a bound does)
        bound_words += words.round_magnitude_floors
        self._round_alone_re = re.compile(
            rf"(?P<cue>{alternation(bound_words)})(?P<num>{alternation(words.round_magnitudes)})?"
            rf"(?P<mult>{multipliers})(?=[{re.escape(''.join(sorted(_PHRASE_CLOSERS)))}]|$)"
        )
        starts = {name[0] for name in [*self.units, *MULTIPLIERS, *self.lexicon.date_units]}
        self._unit_starts = tuple(starts)
        self._bare_multiplied_re = re.compile(
            rf"(?<![\d.])(?P<num>{ARABIC_PATTERN})(?P<more>{more})?(?P<mult>{multipliers})"
            # 、: "人口仅313万、占全市…" closes its clause too; ！ too, not ？ (能否突破40万？);
            # 的 before what it describes ("常住人口80余万的回龙观地区": the term's unit)
            rf"(?=[，,。；;、）)！!\s]|{alternation(self.lexicon.possessive_marks)}"
            # a from-value's verb of reaching (由2010年的15.28万减少到…: the level before)
            rf"|{alternation(self._reaching_verbs)}|$)"
        )
        money = self.lexicon.money_words
        # A numeral in characters that starts with a digit (八千多亿, 五十亿), not a bare 千/百
        # (千亿级, 百亿规模: a round class, read by _magnitude_thresholds when it is crossed).
        nonzero = "".join(c for c, v in NUMERAL_DIGITS.items() if v)
        counted = rf"(?<![{CHINESE_NUMERAL_CHARS}])[{nonzero}][{CHINESE_NUMERAL_CHARS}]*"
        # 投资近1个亿, 两个多亿: the generic classifier spoken between a number and its magnitude
        spoken = re.escape(self.lexicon.generic_count_unit)
        self._money_re = re.compile(
            rf"(?<![\d.])(?P<num>{ARABIC_PATTERN}|{counted})(?P<more>{more})?"
            rf"(?:(?P<spoken>{spoken})(?P<more3>{more})?(?={alternation(money['round_words'])}))?"
            rf"(?P<mult>{alternation(money['magnitudes'])})(?P<more2>{more})?"
        )
        bounds = (
            word
            for kind in ("at_least", "at_most", "approx")
            for word in self.lexicon.qualifier_before[kind]
        )
        # any run of linking words and bounds, however they overlap (最高达: 最高 + 达)
        links = alternation(dict.fromkeys([*money["links_between"], *bounds]))
        self._money_links_re = re.compile(f"(?:{links})*")
        # a currency's name, then only links and bounds up to the amount (约人民币, 人民币约)
        self._currency_before_re = re.compile(
            f"(?P<currency>{alternation(money['currencies_before'])})(?:{links})*$"
        )
        self._threshold_re = re.compile(
            rf"(?:(?P<verb>{alternation(money['threshold_verbs'])})"
            rf"|(?P<near>{alternation(money['approach_words'])})"
            rf"|(?P<become>{alternation(money['become_verbs'])}))"
            rf"(?:{alternation(self.lexicon.perfective)})?"
            rf"(?P<num>{alternation(money['round_words'])})"
        )
        bounds = [word for word in self.lexicon.qualifier_after["at_least"] if len(word) > 1]
        # things counted with their classifier (15个街道, 35家企业; not 第二个): a bare 亿
        # after them is each one's size (_bare_magnitude_stands)
        classifiers = alternation(self.lexicon.counted_thing_classifiers) or "(?!)"
        self._counted_things_re = re.compile(
            rf"(?<![\d{CHINESE_NUMERAL_CHARS}{re.escape(''.join(self.lexicon.ordinal_marks))}])"
            rf"(?:\d+|[{CHINESE_NUMERAL_CHARS}]+)(?:{classifiers})"  # not 第二个
        )
        # a number in digits that counts something, not a date: 10余家, 35户 (not 2023年, 7月;
        # numerals in characters count only with their classifier, above: 五一 is a holiday)
        more_marks = alternation(self.lexicon.forms.more_marks)
        dates = alternation(self.lexicon.money_words["time_marks"])
        self._count_in_clause_re = re.compile(
            rf"\d+(?:\.\d+)?(?:{more_marks})?(?![\d.]|{dates}|{more_marks})"
        )
        # not after a word of "some": 数亿元以上 is several hundred million, no round amount
        vague = re.escape("".join(self.lexicon.not_facts.vague_leads))
        self._bounded_magnitude_re = re.compile(
            rf"(?<![\d{CHINESE_NUMERAL_CHARS}{vague}])(?P<num>{alternation(money['round_words'])})"
            rf"(?P<yuan>{re.escape(money['unit'][0])})?(?:{alternation(bounds) or '(?!)'})"
        )
        minus = "[-\u2212\uff0d]"
        negative = alternation(words.negative_words)
        positive = alternation(words.positive_words) or "(?!)"
        range_sep = rf"(?:[~\uff5e\u2014]|{alternation(self.lexicon.range_words)})"
        self._signed_re = re.compile(
            # not at a line's start: "- 2020年…" is a list's dash; but a minus anywhere opens
            # a range whose other end is signed too (气温-5～-3℃): no list dash reads so
            rf"(?:(?<=[{re.escape(words.sign_leads)}\t \u3000])(?P<sign>{minus})"
            rf"|(?<![\d.])(?P<range_sign>{minus})(?={ARABIC_PATTERN}{range_sep}(?:{minus}|{negative}))"
            rf"|{negative})"
            rf"(?P<num>{ARABIC_PATTERN})"
            rf"(?:{range_sep}(?P<sign2>{minus}|{negative}|{positive})?(?P<num2>{ARABIC_PATTERN}))?"
            rf"(?P<unit>{units})"
        )
        self._person_count_re = re.compile(
            rf"(?<![\d.])(?P<num>{ARABIC_PATTERN})(?P<more>{more})"
            rf"(?P<noun>[\u4e00-\u9fff]{{0,5}}?(?:{alternation(self.lexicon.person_heads)}))"
        )
        people_nouns = [noun for nouns in self.lexicon.bare_count_nouns.values() for noun in nouns]
        self._people_nouns = frozenset(people_nouns)
        # a noun of people that goes on into another noun (村民小组, 居民楼) counts no people
        compounds = alternation(self.lexicon.people_noun_continuations) or "(?!)"
        self._people_noun_re = re.compile(
            rf"(?<![\d.])(?P<num>{ARABIC_PATTERN})(?P<lead>{more})?(?P<mult>{multipliers})?"
            rf"(?P<more>{more})?(?P<noun>{alternation(people_nouns) or '(?!)'})(?!{compounds})"
        )
        # 千余志愿者, 两千多村民, 万余求职者: a number in words, then 余/多, then people
        vague = "".join(self.lexicon.not_facts.vague_leads)
        self._worded_people_re = re.compile(
            rf"(?<![\d.{CHINESE_NUMERAL_CHARS}{re.escape(vague)}])"
            rf"(?:(?P<num>{CHINESE_PATTERN})(?P<mult>{multipliers})?|(?P<alone>{multipliers}))"
            rf"(?P<more>{more})"
            rf"(?P<noun>{alternation(people_nouns) or '(?!)'})(?!{compounds})"
        )
        self._forms = (
            self._ratios,
            self._tenths,
            self._word_shares,
            self._digit_count_growths,
            self._rank_words,
            self._latin_ranks,
            self._top_class_ranks,
            self._doubling,
            self._zeros,
            self._target_durations,
            self._intervals,
            self._and_a_half,
            self._unit_and_a_half,
            self._half_a_unit,
            self._per_unit_values,
            self._yield_values,
            self._yield_change,
            self._bracketed_unit_values,
            self._unit_headed_list_values,
            self._unitless_values,
            self._signless_percents,
            self._social_counts,
            self._round_magnitudes,
            self._bare_magnitudes_and_more,
            self._round_counts_of_nouns,
            self._magnitude_thresholds,
            self._bounded_magnitudes,
            self._signed_values,
            self._one_in_every,
            self._money_without_yuan,
            self._bare_multiplied,
            self._person_counts,
            self._worded_person_counts,
        )

    def _unit_of(self, name: str) -> tuple[str, float, str]:
        """(base, factor, kind) of a unit name matched by the counted pattern."""
        if name in self.lexicon.counted_nouns:
            return self.lexicon.counted_nouns[name], 1.0, "count"
        if name in _PERCENT_UNITS:
            return "%", _PERCENT_UNITS[name], "rate"
        if name in self.lexicon.big_count_words:  # 十大: a count, in the generic measure word
            return self.lexicon.generic_count_unit, 1.0, "count"
        unit = self.units[name]
        return unit.base, unit.factor, unit.kind

    def _sets_a_goal(self, text: str, start: int, sentence: Span) -> bool:
        """A goal cue earlier in the clause: "力争…翻一番" is a target, not a result (the same
        test as every other number's, ``qualify.goal_cued``)."""
        return goal_cued(text[sentence.start : start], self.lexicon)

    def _share_qualifier(self, text: str, match: re.Match[str], sentence: Span) -> str:
        """ "约占全区的三分之一", "接近全市的一半": the bound stands before the share phrase.

        The usual qualifier reading first; when it finds nothing, a bound word followed by a
        short share phrase (占…, …的) without digits or punctuation qualifies the share.
        """
        qualifier = self._qualifier(text, match, sentence)
        if qualifier != "exact":
            return qualifier
        forms = self.lexicon.forms
        before = text[max(sentence.start, match.start() - 12) : match.start()]
        best: tuple[int, str] | None = None
        for name, words in self.lexicon.qualifier_before.items():
            if name == "change":
                continue
            for word in words:
                position = before.rfind(word)
                if position < 0:
                    continue
                between = before[position + len(word) :]
                if len(between) > 7 or re.search(r"[\d，,。；;:：、]", between):
                    continue
                share = between.startswith(forms.share_verbs) or between.endswith(
                    self.lexicon.possessive_marks
                )
                if between and not share:
                    continue
                if best is None or position + len(word) > best[0]:
                    best = (position + len(word), name)
        return best[1] if best else "exact"

    def _ratios(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """三次产业结构为0.9:26.6:72.5: a structure of three or more shares that add up to 100.

        Each part is a share in %. Clauses end at a colon, so the chain is read around the
        clause and each clause yields the parts that start in it.
        """
        window_start = max(0, sentence.start - 40)
        window = text[window_start : sentence.end + 40]
        if ":" not in window and "：" not in window:
            return  # no chain without a colon (most clauses): the pattern need not look
        for chain in _RATIO_RE.finditer(window):
            if _CLOCK_TIME_RE.fullmatch(chain.group()) and self.lexicon.date_patterns[
                "date_before"
            ].search(window[: chain.start()]):
                continue  # 2026-01-07 16:24:59: a page's time stamp, not three shares
            parts = list(_DIGIT_RUN_RE.finditer(chain.group()))
            total = sum(float(part.group()) for part in parts)
            if not 99.0 <= total <= 101.0:
                continue  # 7:3, 1:2:1: proportions, not shares
            for part in parts:
                start = window_start + chain.start() + part.start()
                if sentence.start <= start < sentence.end:
                    end = start + len(part.group())
                    yield Quantity(start, end, float(part.group()), "%", "exact", "rate")

    def _tenths(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """四成 = 40%, 七成半 = 75%, 超三成 = more than 30%, 一到两成 = 10% or more (a range's
        lower bound); "一成不变" is an idiom."""
        words = self.lexicon.forms
        for match in self._tenths_re.finditer(text, sentence.start, sentence.end):
            if text.startswith(words.not_after_tenths, match.end()):
                continue
            if text[match.start() - 1 : match.start()] in words.ordinal_fronts:
                continue
            try:
                tenths = parse_number(match.group("num"))
            except ValueError:
                continue
            if not 0 < tenths <= 10:
                continue
            qualifier = self._share_qualifier(text, match, sentence)
            if match.group("num2"):  # 偏多一到两成: the lower bound, the span the range
                value = 10 * tenths
                qualifier = "at_least" if qualifier == "exact" else qualifier
            else:
                value = 10 * tenths + (5 if match.group("half") else 0)
            yield Quantity(match.start(), match.end(), value, "%", qualifier, "rate")

    def _word_shares(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """占全市一半, 一半以上: a share written as a word, when a share cue says of what, or a
        bound right before it says how near (近一半村落, 超过一半的村庄: a share of the things
        it goes on to name). 占比近半: nearly half (``near_share_words``).

        Right after a word of change (减少一半, 下降近一半, 人数减少近半), a change by half
        where a percentage there reads as a change (减少近30%), else nothing (压缩近一半: no share
        of half, and no change the clause's other numbers would be read as). Why: a story of a
        holiday's crowds said its last day's fell so, and the fall was lost."""
        words = self.lexicon.forms
        for found in self._share_word_re.finditer(text, sentence.start, sentence.end):
            match = found
            longer = self._share_word_re.match(text, found.start() + 1, sentence.end)
            if longer is not None and longer.end() > found.end():
                match = longer  # 近半数: the bound 近 before the share word 半数
            before = text[sentence.start : match.start()]
            after = text[match.end() : match.end() + 2]
            if text[match.start() - 1 : match.start()] in CHINESE_NUMERAL_CHARS:
                continue
            word = match.group()
            if word in words.near_share_words and text.startswith(
                self._half_unit_words, match.end()
            ):
                continue  # 近半个百分点, 减少近半天: half of a unit (not 一半年轻人)
            if self._changed_by(before):
                value = words.share_words.get(word, words.near_share_words.get(word))
                qualifier = self._qualifier(text, match, sentence)
                if value is not None and qualifier == "change":  # (压缩近一半: no change read)
                    yield Quantity(match.start(), match.end(), value, "%", qualifier, "rate")
                continue
            cued = any(cue in before for cue in words.share_cues) or self._bound_alone(before)
            if not cued and not after.startswith(words.share_cues):
                continue
            if word in words.near_share_words:  # 占比近半: nearly half
                value = words.near_share_words[word]
                yield Quantity(match.start(), match.end(), value, "%", "approx", "rate")
                continue
            if word in words.over_share_words:  # 占比过半: more than half
                yield Quantity(
                    match.start(),
                    match.end(),
                    words.over_share_words[word],
                    "%",
                    "at_least",
                    "rate",
                )
                continue
            value = float(words.share_words[word])
            qualifier = self._share_qualifier(text, match, sentence)
            yield Quantity(match.start(), match.end(), value, "%", qualifier, "rate")

    def _changed_by(self, before: str) -> bool:
        """``before`` ends with a word of change, perhaps then 了 and a bound (减少, 下降了近):
        what follows is the size of the change."""
        rest = before.removesuffix(longest_suffix(before, self._share_bounds))
        rest = rest.removesuffix(longest_suffix(rest, self.lexicon.perfective))
        return bool(longest_suffix(rest, self._change_words))

    def _bound_alone(self, before: str) -> bool:
        """``before`` ends with a bound (近, 超过) that no word of change opens (压缩近一半,
        减少了超过一半: a fall by half, not a share of half)."""
        bound = longest_suffix(before, self._share_bounds)
        if not bound:
            return False
        rest = before[: -len(bound)]
        rest = rest.removesuffix(longest_suffix(rest, self.lexicon.perfective))
        return not longest_suffix(rest, self._change_words)

    def _digit_count_growths(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """保持两位数增长: a growth of at least 10% (its bound: ``qualify.size_bound``), said by
        the number of its digits; a goal when the clause sets one (力争实现两位数增长)."""
        words = self.lexicon.forms
        for match in self._digit_count_re.finditer(text, sentence.start, sentence.end):
            value = float(words.digit_count_growths[match.group("count")])
            qualifier = "target" if self._sets_a_goal(text, match.start(), sentence) else "change"
            yield Quantity(match.start(), match.end(), value, "%", qualifier, "rate")

    def _rank_words(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """居全市首位, 居五区之首, 双第一, 三连冠: first places written as words.

        三连冠 is also a count: first place three times in a row (``occurrence_units``).

        首位/之首 are ranks after a rank cue (居, 排名, 全市); 双第一 is two first places.
        "全市首个…" (the first of its kind) is a claim of novelty, not a place in a ranking.
        """
        clause = text[sentence.start : sentence.end]
        offset = sentence.start
        for match in self._first_place_re.finditer(clause):
            before = clause[: match.start()]
            if any(cue in before for cue in self.lexicon.rank_cues):
                yield Quantity(
                    offset + match.start(), offset + match.end(), 1, "rank", "exact", "rank"
                )
        for match in self._double_first_re.finditer(clause):
            start, end = offset + match.start(), offset + match.end()
            yield Quantity(start, end, 1, "rank", "exact", "rank")
            yield Quantity(start, end, 1, "rank", "exact", "rank")  # and the second one
        for match in self._run_re.finditer(clause):
            start, end = offset + match.start(), offset + match.end()
            yield Quantity(start, end, 1, "rank", "exact", "rank")
            # and how many times in a row: 六连冠 is first place six times
            times = parse_number(match.group("num"))
            yield Quantity(start, end, times, self.lexicon.occurrence_units[0], "exact", "count")
        for start, end in superlative_ranks(text, sentence, self.lexicon):
            yield Quantity(start, end, 1, "rank", "exact", "rank")
        # 排名全国78位: a place, not 78 persons (the counted form reads 位 as persons)
        for match in self._place_rank_re.finditer(text, sentence.start, sentence.end):
            scope = match.group("scope")
            if self.lexicon.possessive_marks and scope.endswith(self.lexicon.possessive_marks):
                continue  # 位居全国前列的3位院士: persons after a noun phrase, not a place
            top = scope.endswith(self.lexicon.rank_top)  # 排名前10位: within the first ten
            value, qualifier = float(match.group("num")), "at_most" if top else "exact"
            yield Quantity(match.start("num"), match.end(), value, "rank", qualifier, "rank")

    def _top_class_ranks(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """跻身全国百强, 进入全国十佳: the best N of a ranking entered or held, after a verb of
        entering or standing (``top_class_verbs``): a rank of at most N. "十佳景区" as an
        award's name and "世界五百强企业" as a class of firms counted stand after no such verb.

        Why: the ranking was lost; only 前N, 第N, TOP N and words of first place were read."""
        for match in self._top_class_re.finditer(text, sentence.start, sentence.end):
            try:
                value = parse_number(match.group("num"))
            except ValueError:
                continue
            if value < 2 or not self._the_subject_enters_the_best(text, match, sentence):
                continue
            yield Quantity(match.start("num"), match.end(), value, "rank", "at_most", "rank")

    def _the_subject_enters_the_best(self, text: str, match: re.Match[str], sentence: Span) -> bool:
        """The clause's own subject entered the best N, not some of its things: no count before
        the verb (3所学校跻身…, 有12家单位入选…: how many of them did, the count is the fact),
        no thing of a kind (``top_class_entity_words``: 某街道入选…, 两家医院进入…) right before
        it, adverbs aside (``top_class_adverbs``: 再次, 成功), no negation before the verb (尚未
        进入…), nothing but a mark after the list (进入全国500强的有8家, 入选全国十佳教师, 千强镇
        名单: things or honours of that class) and no scope of the district's own
        (``top_class_inner_scopes``: 全区30强)."""
        words = self.lexicon.forms
        clause_start = max(
            sentence.start,
            *(text.rfind(mark, sentence.start, match.start()) + 1 for mark in _CLAUSE_JOINERS),
            *(text.rfind(mark, sentence.start, match.start()) + 1 for mark in "：:"),
        )
        before = text[clause_start : match.start()]
        if self._count_not_a_time_re.search(before):
            return False  # (not a time: 1月份空气质量进入全国十佳, 连续五年跻身…)
        subject = before
        while adverb := longest_suffix(subject, words.top_class_adverbs):
            subject = subject[: -len(adverb)]
        if subject.endswith(words.top_class_entity_words):
            return False
        if subject.endswith(self.lexicon.action_negations):
            return False  # 尚未进入全国百强区: not entered
        if any(
            subject.endswith(word) if len(word) == 1 else word in subject
            for word in words.top_class_hopes
        ):
            return False  # 努力跻身…, 能否入选…, 计划三年内跻身…: hoped for, not entered yet
        after = text[match.end() : match.end() + 1]
        if after and after not in _TOP_CLASS_CLOSERS:
            return False  # 入选全国十佳教师, 千强镇名单: an honour's or a list's kind named
        scope = text[match.start() : match.start("num")]
        return not any(word in scope for word in words.top_class_inner_scopes)

    def _latin_ranks(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """TOP1, No.3 in social-media posts; TOP3 means within the first three."""
        for match in self._latin_rank_re.finditer(text, sentence.start, sentence.end):
            value = float(match.group("num"))
            if value < 1:
                continue
            top = match.group("mark").upper().startswith("TOP")
            qualifier = "at_most" if top and value > 1 else "exact"
            yield Quantity(match.start(), match.end(), value, "rank", qualifier, "rank")

    def _doubling(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """翻一番 doubles (2 倍), 翻两番 quadruples; 增长一倍 is a rise of one time the base.

        A change, unless the clause sets a goal ("力争三年翻一番" is a target).
        """
        words = self.lexicon.forms
        for match in self._doubling_re.finditer(text, sentence.start, sentence.end):
            group = "word" if match.group("word") else "fold"
            value = words.doubling_words[match.group("word")] if group == "word" else 1.0
            start, end = match.start(group), match.end(group)
            qualifier = "target" if self._sets_a_goal(text, start, sentence) else "change"
            yield Quantity(start, end, float(value), words.multiple_unit, qualifier, "multiple")

    def _zeros(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """零伤亡, 重污染天数为零: a zero written as a word is a reported value."""
        nouns = self.lexicon.forms.zero_nouns
        for match in self._zero_re.finditer(text, sentence.start, sentence.end):
            if match.group("noun"):
                unit = self.units.get(nouns[match.group("noun")])
                base = unit.base if unit else nouns[match.group("noun")]
                yield Quantity(match.start(), match.end(), 0.0, base, "exact", "count")
            else:
                start, end = match.start("bare"), match.end("bare")
                unit_name = self._zero_term_unit(text[sentence.start : match.start()])
                if unit_name in self.units:
                    unit = self.units[unit_name]
                    yield Quantity(start, end, 0.0, unit.base, "exact", unit.kind)
                else:  # the measured indicator's unit, when the term names one
                    yield Quantity(start, end, 0.0, "", "exact", "", True)

    def _zero_term_unit(self, before: str) -> str:
        """ "重污染天数为零" counts days, "劣V类断面保持为零" counts sections: the unit a term's
        last noun implies, when it stands in the last few characters before the zero."""
        nouns = self.lexicon.forms.zero_term_units
        tail = before[-8:]
        found = [(tail.rfind(noun), noun) for noun in nouns if noun in tail]
        return nouns[max(found)[1]] if found else ""

    def _target_durations(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """力争两年基本建成: N年 before a completion adverb, after a goal cue, is a deadline.

        Inside a short quotation (“一年基本恢复、三年全面提升”) it is the name of a policy line,
        which the seeds' gold does not count (the corpus gold does: a known disagreement).
        """
        for match in self._target_duration_re.finditer(text, sentence.start, sentence.end):
            if inside_quotation(text, match.start(), match.end()):
                continue
            if not self._sets_a_goal(text, match.start(), sentence):
                continue  # 经过三年全面提升: three years of work done, no deadline
            try:
                value = parse_number(match.group("num"))
            except ValueError:
                continue
            if not 0 < value <= 30:
                continue
            unit = self.units[match.group("unit")]
            yield Quantity(
                match.start(), match.end(), value * unit.factor, unit.base, "target", _TIME
            )

    def _intervals(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """每隔5分钟回传一次, 每半小时报送一次: how often something is done, a duration."""
        words = self.lexicon.forms
        for match in self._interval_re.finditer(text, sentence.start, sentence.end):
            following = text[match.end() : min(sentence.end, match.end() + 10)]
            if not match.group("gap") and not any(w in following for w in words.interval_repeat):
                continue  # 每年50万元, 每10万人: a per-period amount or a denominator
            number = match.group("num")
            try:
                value = 0.5 if number == words.half_word else parse_number(number)
            except ValueError:
                continue
            unit = self.units[match.group("unit")]
            start = match.start("num")
            yield Quantity(start, match.end(), value * unit.factor, unit.base, "exact", _TIME)

    def _and_a_half(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """单程就要两个半小时, 历时一个半月: a duration of a count and a half (2.5 小时); not a
        shape (两个半月形水池) nor an ordinal's half (第一个半小时)."""
        for match in self._and_a_half_re.finditer(text, sentence.start, sentence.end):
            if text.startswith(self.lexicon.forms.and_a_half_not_after, match.end()):
                continue  # 两个半月形水池: a half-moon's shape, no duration
            if text[max(0, match.start() - 1) : match.start()] in self.lexicon.ordinal_marks:
                continue  # 第一个半小时: the first half-hour
            try:
                value = parse_number(match.group("num")) + 0.5
            except ValueError:
                continue
            unit = self._durations[match.group("unit")]  # 月 is a date's unit too
            qualifier = self._qualifier(text, match, sentence)
            yield Quantity(
                match.start(), match.end(), value * unit.factor, unit.base, qualifier, _TIME
            )

    def _unit_and_a_half(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """用时三年半, 停留时间延长至两天半: a duration of a count and a half, the half after
        the unit (3.5 年, 2.5 天), after a word of how long something took (``unit_and_a_half_
        leads``). Not a half opening a word of its own (2023年半年报: a year and a half-year
        report; 两天半天) nor a year's number (four digits)."""
        forms = self.lexicon.forms
        for match in self._unit_and_a_half_re.finditer(text, sentence.start, sentence.end):
            if text.startswith(forms.unit_and_a_half_not_before, match.end()):
                continue
            if not self._after_a_duration_lead(text, match.start(), sentence):
                continue  # 过去三年半, 提前一年半完工: a window or a margin, no duration taken
            try:
                value = parse_number(match.group("num"))
            except ValueError:
                continue
            if not 0 < value < _MOST_UNITS_AND_A_HALF:
                continue  # 2023年半…: a year's number, no count of years
            unit = self._durations[match.group("unit")]
            qualifier = self._qualifier(text, match, sentence)
            yield Quantity(
                match.start(), match.end(), (value + 0.5) * unit.factor, unit.base, qualifier, _TIME
            )

    def _half_a_unit(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """长达半年的休渔期, 历时半个月: half a unit of time after a word of how long something
        took or lasted (``unit_and_a_half_leads``): 0.5 年, 0.5 个月. Not a half opening a word
        of its own (半年报, 半天然), nor a half after no such lead (上半年, 近半年来: a window)."""
        forms = self.lexicon.forms
        for match in self._half_a_unit_re.finditer(text, sentence.start, sentence.end):
            if text.startswith(forms.unit_and_a_half_not_before, match.end()):
                continue  # 长达半年报…: no duration
            if not self._after_a_duration_lead(text, match.start(), sentence):
                continue  # 上半年, 近半年来: a window
            unit = self.units[match.group("unit")]
            qualifier = self._qualifier(text, match, sentence)
            yield Quantity(
                match.start("num"), match.end(), 0.5 * unit.factor, unit.base, qualifier, _TIME
            )

    def _after_a_duration_lead(self, text: str, start: int, sentence: Span) -> bool:
        """Whether a word of how long something took or lasted (``unit_and_a_half_leads``)
        ends the text before ``start``, perhaps with one filler after it (用时约三年半,
        长达半年, 用了半天).

        >>> from districts.facts.pipeline import Pipeline
        >>> finder = Pipeline.from_data().extractor.finder
        >>> text = "历时近两年半"
        >>> finder._after_a_duration_lead(text, 3, Span(0, len(text)))
        True
        """
        forms = self.lexicon.forms
        before = text[max(sentence.start, start - _LEAD_REACH) : start]
        if before.endswith(forms.unit_and_a_half_leads):
            return True
        filler = longest_suffix(before, forms.unit_and_a_half_fillers)
        return bool(filler) and before[: -len(filler)].endswith(forms.unit_and_a_half_leads)

    def _per_unit_values(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """每秒6立方米, 每公顷6.3吨, 每立方米28.4微克: the denominator before the number.

        The value is in unit/denominator when the unit table knows that unit; otherwise the
        form is something else (每人10元 …) and is left alone.
        """
        for match in self._per_unit_re.finditer(text, sentence.start, sentence.end):
            unit = self.units.get(f"{match.group('unit')}/{match.group('den')}")
            value = None if unit is None else _per_unit_value(match, unit)
            if unit is None or value is None:
                continue
            qualifier = (
                "at_least" if match.group("more") else self._qualifier(text, match, sentence)
            )
            yield Quantity(match.start(), match.end(), value, unit.base, qualifier, unit.kind)
            yield from self._per_unit_items(text, match, unit, sentence)

    def _yield_values(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """亩产179公斤, 亩产在3000斤至3500斤左右: a weight after a word of the yield of a unit
        of land (``yield_words``) is per that unit (公斤/亩, stored in 吨/公顷), not a harvest's
        weight; the top of a range after it too.

        >>> from districts.facts.pipeline import Pipeline
        >>> finder = Pipeline.from_data().extractor.finder
        >>> text = "粮食亩产179公斤。"
        >>> [(q.value, q.unit) for q in finder._yield_values(text, Span(0, len(text)))]
        [(2.685, '吨/公顷')]
        """
        for match in self._yield_re.finditer(text, sentence.start, sentence.end):
            unit = self._yield_unit(match)
            value = None if unit is None else _per_unit_value(match, unit)
            if unit is None or value is None:
                continue
            qualifier = (
                "at_least"
                if match.group("more")
                else clause_qualifier(text, match.start("num"), match.end(), sentence, self.lexicon)
            )
            # the span from the number: the yield's word names the measure (苹果亩产)
            yield Quantity(match.start("num"), match.end(), value, unit.base, qualifier, unit.kind)
            yield from self._per_unit_items(text, match, unit, sentence)

    def _yield_change(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """亩产179公斤，比上年减少18.6公斤: a change in the clause right after a yield, in the
        yield's weight, is a change of the yield (per 亩), not a harvest's weight. Not one in 万
        nor one above the yield (亩产420公斤，总产量增加300万公斤: the harvest's)."""
        joined = sentence.start - 1
        if joined < 0 or text[joined] not in _CLAUSE_JOINERS:
            return
        # the yield ending the clause before (its words hold no clause mark)
        level = next(
            (
                match
                for match in self._yield_re.finditer(
                    text, max(0, joined - _YIELD_CLAUSE_REACH), joined
                )
                if match.end() == joined
            ),
            None,
        )
        unit = None if level is None else self._yield_unit(level)
        if level is None or unit is None:
            return
        found = _per_unit_item_re(level.group("unit")).search(text, sentence.start, sentence.end)
        if found is None or found.group("mult"):
            return  # 总产量增加300万公斤: a harvest's change in 万, never one mu's
        value, level_value = _per_unit_value(found, unit), _per_unit_value(level, unit)
        if value is None or level_value is None or value > level_value:
            return  # a change above the yield itself is the harvest's, not the yield's
        qualifier = clause_qualifier(text, found.start(), found.end(), sentence, self.lexicon)
        if qualifier == "change":
            yield Quantity(found.start(), found.end(), value, unit.base, qualifier, unit.kind)

    def _yield_unit(self, match: re.Match[str]) -> Unit | None:
        """The per-unit unit of a yield's match (179公斤 after 亩产: 公斤/亩), if the unit table
        knows it."""
        denominator = self.lexicon.forms.yield_words[match.group("word")]
        return self.units.get(f"{match.group('unit')}/{denominator}")

    def _per_unit_items(
        self, text: str, first: re.Match[str], unit: Unit, sentence: Span
    ) -> Iterator[Quantity]:
        """ "PM10、二氧化氮浓度分别为每立方米55微克、21微克": the items listed after a per-unit
        value, in its unit without its denominator, are in the same unit (21微克/立方米, not a
        mass of 21微克); so is the top of a range after it ("每斤30元到80元": 80元/斤, not an
        amount of 80元)."""
        end = first.end()
        marks = (*self.lexicon.enumeration_marks, *self.lexicon.range_words)
        item = _per_unit_item_re(first.group("unit"))
        while True:
            mark = next((m for m in marks if text.startswith(m, end)), None)
            if mark is None:
                return
            found = item.match(text, end + len(mark), sentence.end)
            if found is None:
                return
            value = _per_unit_value(found, unit)
            if value is None:
                return
            qualifier = self._qualifier(text, found, sentence)
            yield Quantity(found.start(), found.end(), value, unit.base, qualifier, unit.kind)
            end = found.end()

    def _is_bare(self, text: str, end: int) -> bool:
        """No unit, percent or multiplier follows the number at ``end``."""
        after = text[end : end + 1]
        if not after or after in "，,。；;、）)\n \t":
            return True
        return (
            not (after.isascii() and after.isalnum())
            and not after.startswith(self._unit_starts)
            and after not in "%％‰.·"
        )

    def _bracketed_unit_values(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """全区平均降雨量(毫米)222.7, 常住人口(万人)：56.3: a value whose unit (and multiplier)
        its measure's name gives in brackets, as a table's header does, the number bare after
        it and ending its clause.

        Why: weather and flood bulletins write their readings so in prose; with no unit after
        it the number was not read at all."""
        for match in self._bracketed_unit_re.finditer(text, sentence.start, sentence.end):
            try:
                value = parse_arabic(match.group("num"))
            except ValueError:
                continue
            base, factor, kind = self._unit_of(match.group("unit"))
            scale = MULTIPLIERS.get(match.group("mult") or "", 1.0) * factor
            yield Quantity(match.start("num"), match.end(), value * scale, base, "exact", kind)

    def _unit_headed_list_values(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """降水量(毫米)：全市平均17.9，城区平均(朝,海)13.2，西北23.1: a heading in prose names
        the unit in brackets, then a colon, and the items after it, each a label and a bare
        value ending its clause, are in that unit, to the end of the statement or the first
        number written with a unit of its own (最大小时雨强67.2毫米/小时). The written-down
        form of ``_bracketed_unit_values``, one line of a table."""
        floor = max(0, sentence.start - MAX_SENTENCE)
        statement = max(floor, statement_start(text, sentence.start, "\u3002\n"))
        headings = list(self._unit_heading_re.finditer(text, statement, sentence.end))
        if not headings:
            return
        heading = headings[-1]  # the last heading before or in the clause
        base, factor, kind = self._unit_of(heading.group("unit"))
        scale = MULTIPLIERS.get(heading.group("mult") or "", 1.0) * factor
        # from the heading on, every number is an item's until one has a unit of its own
        for number in _DIGIT_RUN_RE.finditer(text, heading.end(), sentence.end):
            if not self._is_bare(text, number.end()):
                return
            if number.start() < sentence.start:
                continue  # an earlier clause's item
            item = self._list_item_value_re.match(text, number.start())
            if item is None or item.end() != number.end():
                continue
            label = text[max(sentence.start, heading.end()) : number.start()]
            if label.rstrip().endswith(self.lexicon.qualifier_before["change"]):
                continue  # 同比增长5.2, 较上年下降5: a change, in no unit the heading names
            if label.endswith(self.lexicon.ordinal_marks) or _YEAR_LIKE_RE.search(label):
                continue  # 排名全市第3, 2022年218.6: a rank, a year's column, no reading
            try:
                value = parse_arabic(item.group("num"))
            except ValueError:
                continue
            yield Quantity(item.start("num"), item.end(), value * scale, base, "exact", kind)

    def _unitless_values(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """生态环境状况指数(EI)为78.0, 性别比为104.7: measures written without a unit.

        The number stands bare after the term and a linking word; a second linked number in
        the clause ("由上年的1.72缩小至1.70") is a level too, but not one in brackets, which
        defines the scale ("性别比为104.7（女性为100）"). A list that goes on in the same
        sentence ("…EI为81.2，怀柔区为80.6，门头沟区78.9", "仅次于某区（78.1）") gives its items;
        an item that says it moved ("比上年缩小0.03") is a change.
        """
        unit = self.lexicon.forms.unitless_unit
        for match in self._unitless_re.finditer(text, sentence.start, sentence.end):
            if not self._is_bare(text, match.end()):
                continue
            listed = match.group("link") in self.lexicon.forms.unitless_list_links
            if listed and not self._names_unitless_measures(text, sentence.start, match.end()):
                continue  # 2022年、2023年某指数分别为…: years paired with one measure
            edition = not match.group("link") and _YEAR_LIKE_RE.fullmatch(match.group("num"))
            if not edition:  # “中关村指数2024”: the index's edition, not its value
                value = parse_arabic(match.group("num"))
                yield Quantity(match.start("num"), match.end(), value, unit, "exact", "other")
            if listed:
                yield from self._unitless_list_items(text, match.end(), sentence.end)
            aside = [text.find(mark, match.end(), sentence.end) for mark in "（("]
            more_end = min([position for position in aside if position >= 0] or [sentence.end])
            for more in self._unitless_more_re.finditer(text, match.end(), more_end):
                if self._is_bare(text, more.end()):  # a level reached: 缩小至1.70
                    value = parse_arabic(more.group("num"))
                    yield Quantity(more.start("num"), more.end(), value, unit, "exact", "other")
        # The sentence's head: back to its start, but no further than a sentence may be read
        # (split.MAX_SENTENCE), or a run-on text would be read again at every clause.
        floor = max(0, sentence.start - MAX_SENTENCE)
        head_start = max(floor - 1, *(text.rfind(m, floor, sentence.start) for m in "。；;\n")) + 1
        head = text[head_start : sentence.start]
        if not any(
            self._is_bare(text, head_start + m.end()) for m in self._unitless_re.finditer(head)
        ):
            yield from self._unitless_levels_after(text, sentence, head)
            return
        item = self._listed_value_re.match(text[sentence.start : sentence.end].rstrip("，,。；; "))
        if item and self._is_bare(text, sentence.start + item.end()):
            value = parse_arabic(item.group("num"))
            start = sentence.start + item.start("num")
            qualifier = self._moved_or_exact(text[sentence.start : start])
            end = sentence.start + item.end("num")
            yield Quantity(start, end, value, unit, qualifier, "other")

    def _signless_percents(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """比上年增长8.5左右, 分别增长9、9.5, 占全国52: percentages whose signs a reprint lost. In
        a text that writes no percent sign at all (``percent_marks``), a bare number right after
        a word of growth, decline or share (``signless_percent_leads``), closing its clause (or
        before 左右, 以上…), is a percentage, once the text holds two such numbers at least.

        Why: a reprint of a work report had every % stripped; its growth rates and shares
        were read as nothing. A text that writes % anywhere, or only once
        leaves a number bare, is left alone."""
        if not _lost_its_percent_signs(
            text, self.lexicon.forms.percent_marks, self._signless_percent_re
        ):
            return
        for match in self._signless_percent_re.finditer(text, sentence.start, sentence.end):
            for number in _ARABIC_NUMBER_RE.finditer(text, match.start("nums"), match.end("nums")):
                value = parse_arabic(number.group())
                qualifier = self._qualifier(text, number, sentence)
                yield Quantity(number.start(), number.end(), value, "%", qualifier, "rate")

    def _names_unitless_measures(self, text: str, start: int, end: int) -> bool:
        """Whether the values after 分别为 are measures' or places' (甲指数和乙指数分别为…,
        延庆区、怀柔区生态环境状况指数分别为…: each value a level, its place paired by the
        district rules), not times' with one measure ("2022年、2023年某指数分别为…", "一季度、
        二季度景气指数分别为…"), whose years this form cannot pair."""
        if len(self._unitless_term_re.findall(text, start, end)) >= 2:
            return True
        said = text[start:end]
        periods = sum(len(pattern.findall(said)) for pattern in self._period_words)
        return len(_YEAR_LIKE_RE.findall(said)) < 2 and periods < 2

    def _unitless_list_items(self, text: str, start: int, end: int) -> Iterator[Quantity]:
        """The values listed after a unitless measure's first one and a list's link: in
        "甲指数和乙指数分别为137.9点、126.5点", 126.5 is the second index's level."""
        unit = self.lexicon.forms.unitless_unit
        while (item := self._unitless_next_re.match(text, start, end)) is not None:
            if not self._is_bare(text, item.end()):
                return
            value = parse_arabic(item.group("num"))
            yield Quantity(item.start("num"), item.end(), value, unit, "exact", "other")
            start = item.end()

    def _unitless_levels_after(self, text: str, clause: Span, head: str) -> Iterator[Quantity]:
        """生态环境状况指数(EI)连年攀升，由2015年的64.2增长到2020年的70.2: a clause opening with a
        level's link word after a head that names a unitless measure with no value gives the
        measure's levels, each a bare number (not 增长9.3%, which has its unit)."""
        if not self._unitless_term_re.search(head):
            return
        said = text[clause.start : clause.end]
        start = clause.start + len(said) - len(said.lstrip())  # after the clause's spaces
        if not self._unitless_more_re.match(text, start, clause.end):
            return
        unit = self.lexicon.forms.unitless_unit
        for more in self._unitless_more_re.finditer(text, start, clause.end):
            if self._is_bare(text, more.end()):
                value = parse_arabic(more.group("num"))
                yield Quantity(more.start("num"), more.end(), value, unit, "exact", "other")

    def _moved_or_exact(self, label: str) -> str:
        """ "比上年缩小", "提高": the words before a number say it is a change."""
        words = self.lexicon.forms
        change_words = (
            *self.lexicon.qualifier_before["change"],
            *words.growth_verbs,
            *words.narrowing_verbs,
        )
        return "change" if any(word in label for word in change_words) else "exact"

    def _social_counts(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """2.3w+, 10万+, 600+家: social-media counts, at least the number. With no measure word,
        a noun right after the mark is what is counted (园区10+公共技术服务平台, 引入30+科技企业:
        科 opens 科技 there, no family of a flora); a digit, a letter or a mark after it makes a
        slogan (1+3+N, 3+1主导功能)."""
        words = self.lexicon.forms
        for match in self._social_re.finditer(text, sentence.start, sentence.end):
            mult, unit_name = match.group("mult"), match.group("unit")
            end = match.end()
            if unit_name and text.startswith(self.lexicon.unit_word_starts, match.start("unit")):
                unit_name, end = None, match.start("unit")  # 30+科技企业: 科 opens a word
            if not mult and not unit_name:
                if not self._counted_noun_after(text, match.group("num"), end, sentence.end):
                    continue  # 1+3+N: a slogan; 60+老人: an age
                unit_name = self.lexicon.generic_count_unit
            scale = 1e4 if mult in words.ten_thousand_marks else MULTIPLIERS.get(mult or "", 1.0)
            value = parse_arabic(match.group("num")) * scale
            if unit_name:
                base, factor, kind = self._unit_of(unit_name)
                yield Quantity(match.start(), end, value * factor, base, "at_least", kind)
            else:
                yield Quantity(match.start(), end, value, "", "at_least", "", True)

    def _counted_noun_after(self, text: str, number: str, start: int, stop: int) -> bool:
        """A noun of two CJK characters or more opens right at ``start`` (10+公共技术服务平台,
        200+本地企业), not a threshold's (``plus_threshold_words``: 60+老人 is an age, 5+星级酒店
        a rating, 35+高温天气 a temperature) nor after a year (2035+远景目标)."""
        if stop - start < 2 or not all(_CJK_CHAR_RE.match(c) for c in text[start : start + 2]):
            return False
        if _YEAR_NUMBER_RE.fullmatch(number) or text.startswith(
            (*self.lexicon.plus_threshold_words, *self.lexicon.forms.top_class_words), start
        ):
            return False  # (中国500+强企业: a ranking's best N, no count)
        tokens = pos_tags(text[start : min(stop, start + _WORD_CONTEXT * 2)])
        if tokens and tokens[0][1][:1] in ("r", "a") and len(tokens) > 1:
            tokens = tokens[1:]  # 200+本地企业, 50+优质项目: a modifier, then the noun
        return bool(tokens) and len(tokens[0][0]) > 1 and tokens[0][1][:1] in ("n", "b")

    def _round_magnitudes(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """超过千亿元, 近百家, 近万人: a round magnitude as the number, after a bound or a
        linking word (bare "百万亩造林" is a programme's name)."""
        for match in self._round_re.finditer(text, sentence.start, sentence.end):
            base, factor, kind = self._unit_of(match.group("unit"))
            if text.startswith(self.lexicon.unit_word_starts, match.start("unit")):
                continue  # 百亿台阶: the unit begins another word
            if match.group("unit") in self.lexicon.big_count_words:
                continue  # 近百大: 大 counts only after a small number (十大), not a magnitude
            word = match.group("num")
            number = MULTIPLIERS[word] if word in MULTIPLIERS else parse_number(word)
            value = number * MULTIPLIERS.get(match.group("mult") or "", 1.0) * factor
            # 比十年前多了近百种: a change first, as for any number; then the bound it is written
            # with (近 → approx, 余 → at least)
            floor = match.group("cue") in self.lexicon.forms.round_magnitude_floors
            if floor and not self._starts_a_word(
                text, sentence.start, match.start(), match.end("cue")
            ):
                continue  # 马路上万人空巷, 网上千万网友: 上 ends another word
            bound = (
                "at_least" if match.group("more") or floor else self._bound_of(match.group("cue"))
            )
            qualifier = self._qualifier(text, match, sentence, None if bound == "exact" else bound)
            yield Quantity(match.start("num"), match.end(), value, base, qualifier, kind)

    def _bare_magnitudes_and_more(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """高峰时段瞬时客流万余人: ten thousand and more, written with no numeral before 万 (a
        numeral's own magnitude, 百余种, 千余名, is read as a number). Not after a numeral, a
        digit or a word of "some" (数万余人: tens of thousands), nor after a bound or a floor,
        which ``_round_magnitudes`` reads (上万余人)."""
        vague = self.lexicon.not_facts.vague_leads
        for match in self._bare_more_re.finditer(text, sentence.start, sentence.end):
            word = match.group("num")
            if word not in MULTIPLIERS:
                continue  # 百, 千: numerals, read as numbers
            base, factor, kind = self._unit_of(match.group("unit"))
            if kind == _TIME:
                continue  # 距今万余年: an age in history, no measure
            before = text[max(sentence.start, match.start() - 1) : match.start()]
            if before in MULTIPLIERS:
                continue  # 亿万余名: a figure of speech, no count
            if before and (
                before.isdigit()
                or before in CHINESE_NUMERAL_CHARS
                or before in vague
                or text.endswith(self._round_cues, sentence.start, match.start())
            ):
                continue
            if text.startswith(self.lexicon.unit_word_starts, match.start("unit")):
                continue  # the unit begins another word
            qualifier = self._qualifier(text, match, sentence, "at_least")
            yield Quantity(
                match.start(), match.end(), MULTIPLIERS[word] * factor, base, qualifier, kind
            )

    def _round_counts_of_nouns(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """常住人口突破百万, 游客超千万: a round magnitude after a bound, with no unit, counts
        the noun the clause names before it (``counted_nouns``: 人口 in 人, 游客 in 人次).
        Without such a noun (产值突破百亿) it says nothing of what it counts, and is left.

        Why: census and tourism stories write a district's milestone so; it was not read."""
        for match in self._round_alone_re.finditer(text, sentence.start, sentence.end):
            clause = text[sentence.start : match.start()]
            nouns = [noun for noun in self.lexicon.counted_nouns if noun in clause]
            if not nouns:
                continue
            noun = max(nouns, key=clause.rfind)  # the nearest noun before the number
            floor = match.group("cue") in self.lexicon.forms.round_magnitude_floors
            if floor and not clause.endswith(noun):
                continue  # 人口密度上万, 游客人均消费上千: 上 floors another measure's figure
            word = match.group("num") or ""
            value = (parse_number(word) if word else 1.0) * MULTIPLIERS[match.group("mult")]
            bound = self._bound_of(match.group("cue"))
            qualifier = self._qualifier(text, match, sentence, None if bound == "exact" else bound)
            base = self.lexicon.counted_nouns[noun]
            # a floor is part of the number as written (上百万), a bound word is not (突破)
            start = match.start() if floor else match.end("cue")
            yield Quantity(start, match.end(), value, base, qualifier, "count")

    @staticmethod
    def _starts_a_word(text: str, floor: int, start: int, end: int) -> bool:
        """Whether text[start:end] is a word of its own for the tagger, read with the few
        characters before it (造成|上 万户, not 马路上|万人空巷)."""
        tokens = pos_tags(text[max(floor, start - _WORD_CONTEXT) : end])
        return bool(tokens) and tokens[-1][0] == text[start:end]

    def _bounded_magnitudes(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """保持百亿以上投资规模, 实现百亿以上营收, 保持千亿元以上: a round magnitude of money in
        words, bounded by 以上 and followed by a money noun or written with 元, is at least that
        amount (a plan makes it a target,
        as for any number). 千亿级 is a class, with no bound word, and is not read here; nor is
        千亿以上 unless its money noun ends the phrase: 千亿以上的产业集群, 百亿以上营收的企业 and
        百亿以上投资项目 name classes."""
        unit = self.lexicon.money_words["unit"][0]
        nouns = self.lexicon.money_words["nouns_after"]
        for match in self._bounded_magnitude_re.finditer(text, sentence.start, sentence.end):
            head = end = match.end()
            while noun := longest_prefix(text[end : end + _NOUN_REACH], nouns):
                end += len(noun)  # 投资规模: money nouns one after another
            after = text[end : end + 1]
            # 千亿元以上 says 元 itself: no money noun needed where the phrase ends there
            said_money = end > head or bool(match.group("yuan"))
            if not said_money or (after and after not in _PHRASE_CLOSERS):
                continue  # 百亿以上营收的企业, 百亿以上投资项目: a class, no amount of one
            bare = len(match.group("num")) == 1
            if bare and not self._bare_magnitude_stands(text, match.start(), end, sentence):
                continue  # 新开工项目30个，总投资均在亿元以上: each one's size
            if _inside_brackets(text, sentence.start, match.start()):
                continue  # 重点企业（年营收亿元以上）: what the words before mean
            value = _round_amount(match.group("num"))
            yield Quantity(match.start(), match.end(), value, unit, "at_least", "money")

    def _in_the_air(self, text: str, match: re.Match[str], sentence: Span) -> Unit | None:
        """The concentration a weight written alone stands for in a clause naming an air
        pollutant (``air_concentration_cues``): "PM2.5平均浓度降至27微克" is 27 微克/立方米;
        "每日10微克" is no concentration, nor is "PM2.5浓度升高，专家建议每日补硒不超过50微克"
        (the pollutant in another clause, with no value in that word: so the sentence is not
        read for the cue alone)."""
        written = match.group("unit")
        for concentration, cues in self.lexicon.air_concentration_cues.items():
            if concentration.partition("/")[0] != written:
                continue
            opening = max(sentence.start, statement_start(text, match.start(), _JOINER_MARKS))
            if any(cue in text[opening : match.start()] for cue in cues):
                return self.units.get(concentration)
            # …or an earlier clause of its sentence names the pollutant with a value in the same
            # word ("PM2.5从…的89微克,降到了…的37微克"): the second value is the first's kind
            floor = max(0, sentence.start - _AIR_LOOKBACK)  # (the finder reads a clause)
            opened = max(floor, max(text.rfind(mark, floor, opening) for mark in FULL_STOPS) + 1)
            before = text[opened:opening]
            per = "|".join(re.escape(mark) for mark in ("/", *self.lexicon.per_markers))
            if any(cue in before for cue in cues) and re.search(
                rf"\d\s*{re.escape(written)}(?!\s*(?:{per}))", before
            ):
                return self.units.get(concentration)
        return None

    def _wind_grade_listed_before(
        self, text: str, start: int, grade: float
    ) -> tuple[float, int] | None:
        """The grade one below ``grade`` written right before it and an enumeration mark (阵风
        8、9级, 风力七、八级): the lower end of the wind's range, and where it starts; else None.

        >>> from districts.facts.pipeline import Pipeline
        >>> finder = Pipeline.from_data().extractor.finder
        >>> finder._wind_grade_listed_before("阵风8、9级", 4, 9.0)
        (8.0, 2)
        """
        before = _LISTED_GRADE_RE.search(text, max(0, start - _LISTED_GRADE_REACH), start)
        if before is None or before.group("mark") not in self.lexicon.enumeration_marks:
            return None
        try:
            lower = parse_number(before.group("grade"))
        except ValueError:
            return None
        return (lower, before.start()) if lower == grade - 1 else None

    def _a_pair_of_digits(self, number: str) -> bool:
        """Two neighbouring digits in words (三四, 七八): "a few" of most things
        (``is_a_vague_pair``), but the two ends of a range of the wind's grades."""
        digits = self.lexicon.not_facts.vague_digits
        return len(number) == 2 and all(char in digits for char in number)

    def _as_temperature(self, text: str, match: re.Match[str], sentence: Span) -> Unit | None:
        """度 is kWh, but after a temperature word in its clause (``temperature_cues``) it is
        ℃: "最高气温达35度" is 35 ℃, "年平均气温12度" 12 ℃; "日均用电10万度" stays kWh, and so
        does "高温期间全区日均用电量3000万度" (a word of electricity after the temperature's)."""
        cues = self.lexicon.not_facts
        if match.group("unit") not in cues.temperature_units:
            return None
        said = text[sentence.start : match.start()]
        # 超过40度的高温, 35度高温: the temperature word right after it (a bound and 的 aside),
        # for a value a temperature can be, written without a multiplier and after no word of
        # electricity (用电量2000万度高温天气下…, 用电超过500度高温补贴…: kWh)
        after = text[match.end() : match.end() + _TEMPERATURE_AFTER_REACH]
        bounds = self._bounds_after_words
        after = after.removeprefix(longest_prefix(after, bounds))
        after = after.removeprefix(longest_prefix(after, self.lexicon.possessive_marks))
        if (
            after.startswith(cues.temperature_cues)
            and not match.group("mult")
            and not any(cue in said for cue in cues.electricity_cues)
            and _could_be_a_temperature(match.group("num"))
        ):
            return self.units.get(self._temperature)
        last = max((said.rfind(cue) for cue in cues.temperature_cues), default=-1)
        if last < 0 or any(cue in said[last:] for cue in cues.electricity_cues):
            return None  # 高温期间全区日均用电量3000万度: electricity after the heat, kWh
        return self.units.get(self._temperature)

    def _bound_of(self, word: str) -> str:
        """The qualifier a bound word gives (超过 → at_least, 近 → approx; a floor, 上百万,
        at_least), else exact."""
        for qualifier, words in self.lexicon.qualifier_before.items():
            if qualifier != "change" and word in words:
                return qualifier
        if word in self.lexicon.forms.round_magnitude_floors:
            return "at_least"
        return "exact"

    def _signed_values(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """自然增长率为-0.91‰: a negative value after a linking word keeps its sign, as one
        after a word of the sign does (零下10℃)."""
        for match in self._signed_re.finditer(text, sentence.start, sentence.end):
            base, factor, kind = self._unit_of(match.group("unit"))
            minus = match.group("sign") or match.group("range_sign")
            if minus is None or match.group("sign2") in self.lexicon.forms.negative_words:
                # 零下: below zero degrees, whatever 度 reads as
                base, factor, kind = self._temperature, 1.0, _TEMPERATURE
            value = -parse_arabic(match.group("num")) * factor
            qualifier = self._qualifier(text, match, sentence)
            if match.group("num2") is not None:
                # 零下12至零下10℃, -5～3℃: the lower bound is the fact, the span the range; a
                # word of the sign signs both ends (零下5到8度: −8 to −5) unless the second has
                # its own (零下3至零上5摄氏度)
                second = parse_arabic(match.group("num2")) * factor
                sign2 = match.group("sign2")
                positive = self.lexicon.forms.positive_words
                negative_second = (sign2 is not None and sign2 not in positive) or (
                    sign2 is None and minus is None
                )
                value = min(value, -second if negative_second else second)
                qualifier = "at_least" if qualifier == "exact" else qualifier
            yield Quantity(match.start(), match.end(), value, base, qualifier, kind)

    def _person_counts(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """500余防汛责任人, 300多志愿者: a count of people with no measure word, the noun of
        people (ending in a person head: 人, 者, 员) its unit. Only after 余/多, which says the
        number counts (a bare "3责任人" is rare and often a label); the noun is the term.

        After a multiplier, a noun of people or visits of ``bare_count_nouns`` (7万农民, 10余万
        居民, 2万村民; 120万游客 in 人次): a count so large is no label. Only those nouns: 10亿
        民间资本 and 2万惠农券 count no one. The same nouns after 余/多 with no multiplier
        (3000余村民, 200多游客): the bound says the number counts them; so do two digits or more
        that are no year (提前转移1290群众), where one digit is a label as often as a count. Not
        a noun that goes on into another (``people_noun_continuations``: 280余村民小组 counts
        groups, 12345市民热线 is a hotline)."""
        heads = self.lexicon.person_heads
        for match in self._person_count_re.finditer(text, sentence.start, sentence.end):
            noun = match.group("noun")
            if noun[:1] in self._unit_starts or noun in self.lexicon.counted_nouns:
                continue  # 10余万人, 300余名: a unit or a multiplier follows, read by _counted
            if noun in self._people_nouns:
                continue  # 3000余老人: a noun of bare_count_nouns, read by the loop below
            if noun.endswith(self.lexicon.person_head_exceptions):
                continue  # 20余抓手: levers, no people
            unit = next(heads[head] for head in heads if noun.endswith(head))
            value = parse_arabic(match.group("num"))
            yield Quantity(match.start(), match.start("noun"), value, unit, "at_least", "count")
        for match in self._people_noun_re.finditer(text, sentence.start, sentence.end):
            multiplier, more = match.group("mult"), match.group("lead") or match.group("more")
            number = match.group("num")
            if not (multiplier or more) and (
                len(number) < _COUNTED_DIGITS or _YEAR_LIKE_RE.fullmatch(number)
            ):
                continue  # "3村民" alone: a label as often as a count; "1290群众" counts them
            noun = match.group("noun")
            unit = next(u for u, nouns in self.lexicon.bare_count_nouns.items() if noun in nouns)
            if unit == self.lexicon.generic_count_unit and _CJK_CHAR_RE.match(
                text[match.end() : match.end() + 1]
            ):
                continue  # 300余养老床位护理员, 3000余岗位人员: a longer noun, of people
            value = parse_arabic(match.group("num")) * MULTIPLIERS.get(multiplier or "", 1.0)
            qualifier = "at_least" if more else self._qualifier(text, match, sentence)
            yield Quantity(match.start(), match.start("noun"), value, unit, qualifier, "count")

    def _worded_person_counts(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """千余志愿者, 两千多村民, 万余求职者: a count of people written in words, then 余/多,
        with no measure word: the nouns of ``bare_count_nouns`` (not any noun ending in a person
        head: 十余国家使者 counts countries), at least the number.

        Only with 余/多 and a number of ten or more (十余, 百余, 千余, 万余): "三村民" or
        "一多" reads no count, and the bound says the number counts. Not after 数/几
        (数千余人: some thousands), nor a noun that goes on into another (千余村民小组).

        Why: stories of drills, relief and job fairs write their turnout so (组织千余志愿者
        参加演练); the same count in digits (1000余志愿者) was read, this one was not."""
        for match in self._worded_people_re.finditer(text, sentence.start, sentence.end):
            noun = match.group("noun")
            words, multiplier = match.group("num"), match.group("mult") or match.group("alone")
            if words is None and text[match.start() - 1 : match.start()] in MULTIPLIERS:
                continue  # 亿万余群众: a figure of speech
            value = (parse_number(words) if words else 1.0) * MULTIPLIERS.get(multiplier or "", 1)
            if value < _WORDED_COUNT_FLOOR:
                continue
            if text.startswith(self.lexicon.possessive_marks, match.end()):
                continue  # 千余员工的企业: firms by their size, no count of people
            counted = self.lexicon.bare_count_nouns.items()
            unit = next(u for u, nouns in counted if noun in nouns)
            yield Quantity(match.start(), match.start("noun"), value, unit, "at_least", "count")

    def _bare_multiplied(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """信息服务业收入逾1.5万亿。: a number with a multiplier and no unit, closing the clause
        or before a verb of reaching (户数由2010年的15.28万减少到2019年的6.67万: both).

        The unit is the measured indicator's (元 for an income); without an indicator the
        number is dropped, since 14亿 alone may count people or yuan.
        """
        for match in self._bare_multiplied_re.finditer(text, sentence.start, sentence.end):
            if text.startswith(self.lexicon.possessive_marks, match.end()) and (
                self._defines_a_class(text, match, sentence)
            ):
                continue  # 常住人口超过10万的街道有5个: the streets' threshold, not a figure
            value = parse_arabic(match.group("num")) * MULTIPLIERS[match.group("mult")]
            # 40余万。: 余/多 between the number and its multiplier bounds it from below
            bounded = "at_least" if match.group("more") else None
            qualifier = self._qualifier(text, match, sentence, bounded)
            shared = self._unit_of_the_to_value(text, match.end(), sentence)
            if shared is None:  # 从59.5万上升到63.3万，增加3.8万人: the change's 人
                shared = self._unit_of_the_change_after(text, match.end(), match.group("mult"))
            if shared is not None:  # 由…的1.2万增加到…的1.8万亩: the to-value's 亩
                base, factor, kind = shared
                yield Quantity(match.start(), match.end(), value * factor, base, qualifier, kind)
                continue
            yield Quantity(match.start(), match.end(), value, "", qualifier, "", True)

    def _unit_of_the_change_after(
        self, text: str, end: int, multiplier: str
    ) -> tuple[str, float, str] | None:
        """(base, factor, kind) of the unit of a change that the next clause states right after a
        bare value, or after the bare to-value a verb of reaching leads to from it ("从59.5万上升
        到63.3万，增加3.8万人": 人 for both), else None. The change must open its clause
        (``qualifier_before["change"]``) and be the clause's first number, with its multiplier
        the same as the bare value's way of writing (万 and 万人)."""
        verb = longest_prefix(text[end : end + _REACHING_VERB_LONGEST], self._reaching_verbs)
        if verb:
            to_value = self._bare_multiplied_re.match(text, end + len(verb))
            if to_value is None:
                return None
            end = to_value.end()
        if text[end : end + 1] not in "，,":
            return None
        changes = self.lexicon.qualifier_before["change"]
        said = longest_prefix(text[end + 1 : end + 1 + _CHANGE_VERB_LONGEST], changes)
        if not said:
            return None
        # (the forms read a clause at a time: the change stands in the next one)
        change = self._pattern.match(text, end + 1 + len(said))
        if change is None or not change.group("unit") or change.group("mult") != multiplier:
            return None  # (增长5%: a rate; 1300万，增加1.2亿元旅游收入: another measure)
        return self._unit_of(change.group("unit"))

    def _unit_of_the_to_value(
        self, text: str, end: int, sentence: Span
    ) -> tuple[str, float, str] | None:
        """(base, factor, kind) of the unit written after the to-value when a verb of reaching
        follows a bare from-value (面积由2015年的1.2万增加到2020年的1.8万亩: 亩), else None."""
        verb = longest_prefix(text[end : end + _REACHING_VERB_LONGEST], self._reaching_verbs)
        if not verb:
            return None
        after = end + len(verb)
        for to_value in self._pattern.finditer(
            text, after, min(sentence.end, after + _TO_VALUE_REACH)
        ):
            if not self._is_not_a_quantity(text, to_value, sentence):  # 2020年: a year, passed
                return self._unit_of(to_value.group("unit"))
        return None

    def _defines_a_class(self, text: str, match: re.Match[str], sentence: Span) -> bool:
        """A bare number before 的 that names a class of things: bounded from before (超过10万的
        街道, 突破100万的景区) or followed in its clause by a count of that class (收入10万的农户
        达到1200户). "常住人口80余万的回龙观地区" describes one place by its size."""
        opening = max(sentence.start, statement_start(text, match.start(), _JOINER_MARKS))
        before = text[opening : match.start()]
        if before.endswith(self._bounds_before):
            return True
        closing = min(
            (at for mark in "，,；;。" if (at := text.find(mark, match.end(), sentence.end)) >= 0),
            default=sentence.end,
        )
        return _NUMERAL_CHAR_RE.search(text, match.end(), closing) is not None

    def _money_without_yuan(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """投入30亿, 还有60亿的缺口, 五千多亿的经济体量: a number with 万/亿 and no unit is an
        amount of money when the noun right after it names money (缺口, 经济体量) or, when the
        clause ends there or a verb of spending follows, the nearest measure before it does
        (投资, 产值, 生产总值). Any other word after it (1.2亿人次, 3亿立方米, 2万名) is its own
        unit or measure, and the number is left to the other forms.
        """
        money = self.lexicon.money_words
        unit = money["unit"][0]
        for match in self._money_re.finditer(text, sentence.start, sentence.end):
            try:
                value = parse_number(match.group("num")) * MULTIPLIERS[match.group("mult")]
            except ValueError:
                continue  # 三二亿: no numeral
            more = match.group("more") or match.group("more2") or match.group("more3")
            bounded = "at_least" if more else None
            currency = self._currency_before(text, match.start(), sentence)
            if currency is not None:
                # 约人民币80亿, 约新台币412亿: money in that currency, whatever measure names it
                base, factor, kind = self._unit_of(currency)
                qualifier = self._qualifier(text, match, sentence, bounded, base)
                yield Quantity(match.start(), match.end(), value * factor, base, qualifier, kind)
                continue
            if match.group("spoken") is not None:
                # 投资近1个亿建成…: the spoken form of an amount after a money measure, unless a
                # unit or a noun follows (24个万亿GDP城市: the classifier counts the cities);
                # 浏览量突破1个亿, 网民超过10个亿 count views and people
                named_after = (
                    text[match.end() : match.end() + 1] not in self._unit_starts
                    and not self._noun_follows(text, match.end(), sentence)
                    and self._money_measure_before(text, match.start(), sentence)
                )
            else:
                named_after = self._money_noun_follows(text, match.end(), sentence)
            if not named_after:
                if not self._amount_closes(text, match.end(), sentence):
                    continue
                if not self._money_measure_before(text, match.start(), sentence):
                    continue
            qualifier = self._qualifier(text, match, sentence, bounded, unit)
            yield Quantity(match.start(), match.end(), value, unit, qualifier, "money")

    def _noun_follows(self, text: str, end: int, sentence: Span) -> bool:
        """The first word after ``end`` in its sentence is a noun (the tagger's n…, or a Latin
        word: GDP)."""
        tags = pos_tags(text[end : min(sentence.end, end + _WORD_CONTEXT)])
        return bool(tags) and (tags[0][1].startswith("n") or tags[0][1] == "eng")

    def _currency_before(self, text: str, start: int, sentence: Span) -> str | None:
        """The currency (``currencies_before``) named right before an amount written without
        a unit, bounds and linking words aside: "年平均收入约人民币80亿" is 80亿元, "约新台币
        412亿" 412亿 new Taiwan dollars. None when no currency's name stands there."""
        found = self._currency_before_re.search(
            text, max(sentence.start, start - _CURRENCY_REACH), start
        )
        return found.group("currency") if found else None

    def _money_noun_follows(self, text: str, end: int, sentence: Span) -> bool:
        """A money noun right after ``end``, directly or after 的: "60亿的缺口", "千亿GDP";
        or funds (``fund_nouns``) after a word of their kind: "每年拿出1亿专项资金"."""
        after = text[end : sentence.end]
        for mark in self.lexicon.possessive_marks:
            if after.startswith(mark):
                after = after[len(mark) :]
                break
        if after.startswith(self.lexicon.money_words["nouns_after"]):
            return True
        kind = _FUND_KIND_RE.match(after)
        return kind is not None and after.startswith(
            self.lexicon.money_words["fund_nouns"], kind.end()
        )

    def _amount_closes(self, text: str, end: int, sentence: Span) -> bool:
        """Nothing that could be a unit or a measure follows the amount: the clause ends, or a
        verb of what the money pays for, a bound or a step passed follows ("投资20亿用于…",
        "30亿以上", "经济总量跨过两千亿台阶")."""
        after = text[end : sentence.end]
        if not after or after[0] in "，,。；;、：:）)\n \t！？!?":
            return True
        bounds = self._bounds_after_words
        money = self.lexicon.money_words
        # …跨过两千亿台阶: a step or a mark passed closes the amount as 元 would
        return after.startswith((*money["followers"], *money["closers"], *bounds))

    def _money_measure_before(self, text: str, start: int, sentence: Span) -> bool:
        """The nearest measure before the amount, a few characters back in its clause, is a
        money measure (投资, 产值…), with no digit and no noun of another count between:
        "固定资产投资40余亿" is money, "投入救援力量2万" is not."""
        money = self.lexicon.money_words
        before = text[sentence.start : start]
        ends = [before.rfind(cue) + len(cue) for cue in money["cues_before"] if cue in before]
        if not ends:
            return False
        between = before[max(ends) :]
        if len(between) > _MONEY_CUE_REACH or re.search(r"\d", between):
            return False
        if any(word in between for word in money["not_money_between"]):
            return False
        # only linking words between (投资达40余亿), or a bound the qualifier reads
        # (产值不少于50亿); a noun there names what is counted (惠及企业1.2万, 带动就业3万:
        # firms, jobs, not yuan)
        rest = between.strip(" ,，:：").strip()
        return self._money_links_re.fullmatch(rest) is not None

    def _magnitude_thresholds(self, text: str, sentence: Span) -> Iterator[Quantity]:
        """生产总值突破千亿, 跨过万亿GDP大关, 迈上千亿台阶: a round magnitude with no digits after
        a threshold verb is a value reached, at least the magnitude (a plan or forecast makes
        it a target, as for any number). Money when 元 or a money noun follows or the clause
        names a money measure before it. "千亿级产业集群" (级: a class) is no amount; a place
        that becomes of that class ("成为万亿级城区") is at least the magnitude.
        """
        money = self.lexicon.money_words
        unit = money["unit"][0]
        for match in self._threshold_re.finditer(text, sentence.start, sentence.end):
            verb = match.group("verb")
            if verb in money["threshold_verbs_alone"] and not self._starts_a_word(
                text, sentence.start, match.start(), match.end("verb")
            ):
                continue  # 通过百亿元投资: the verb's character ends another word
            end = match.end()
            after = text[end : sentence.end]
            mark = next((m for m in money["category_marks"] if after.startswith(m)), "")
            if match.group("become"):
                if not mark or not after[len(mark) :].startswith(money["place_nouns"]):
                    continue  # 成为千亿级产业集群: a class of industries, not the place's size
            elif mark:
                continue  # 突破千亿级: a class, not an amount
            elif after.startswith(unit):
                end += len(unit)
            elif not self._money_noun_follows(text, end, sentence):
                if after.startswith(tuple(self.units)) and not after.startswith(
                    self.lexicon.unit_word_starts
                ):
                    continue  # 突破千亿次: another unit (台阶 begins with 台, but is no unit)
                before = text[sentence.start : match.start()]
                named = any(cue in before for cue in money["cues_before"])
                if not named and not after.startswith(money["closers"]):
                    continue  # 突破万亿 with no money named: not known to be money
            bare = len(match.group("num")) == 1  # 亿 alone, not 千亿 (see _bare_magnitude_stands)
            if bare and not self._bare_magnitude_stands(text, match.start(), end, sentence):
                continue
            value = _round_amount(match.group("num"))
            said = text[sentence.start : match.start()]
            forecast = said.endswith(money["forecast_modals"])  # 肯定能破万亿: not yet reached
            qualifier = "target" if forecast else "approx" if match.group("near") else "at_least"
            yield Quantity(match.start("num"), end, value, unit, qualifier, "money")

    def _bare_magnitude_stands(self, text: str, start: int, end: int, sentence: Span) -> bool:
        """Whether a bare 亿 crossed (or bounded) is the subject's amount: it closes its clause,
        perhaps after a mark passed (旅游收入首破亿元。, 突破亿元大关，); no things are counted
        before it in the sentence but under a total (3个项目总投资超亿元); and no mark of each
        or per one stands before it in its clause. 亿 is a size single firms, villages and
        projects cross, so it names a class far more often than 千亿 does: 超亿元项目,
        营收超亿元的企业, 35家企业营收超亿元, 15个街道税收均破亿, 单个项目投资均在亿元以上,
        平均每家营收超亿元."""
        money = self.lexicon.money_words
        after = text[end : sentence.end]
        after = after[len(longest_prefix(after, money["closers"])) :]
        if after and after[0] not in _STATEMENT_ENDS:
            return False  # 超亿元项目, 超亿元的企业; 能否突破亿元？ asks
        clause_start = max(
            (text.rfind(mark, sentence.start, start) + 1 for mark in _CLAUSE_JOINERS),
            default=sentence.start,
        )
        clause = text[max(clause_start, sentence.start) : start]
        members = (*self.lexicon.shared_marks, *self.lexicon.per_markers, *money["member_words"])
        if any(word in clause for word in members):
            return False  # 单个项目投资超亿元, 多家企业营收超亿元: one member's size
        if clause.endswith(money["not_reached_words"]):
            return False  # 尚未突破亿元: below it
        if self._count_in_clause_re.search(clause):
            return False  # 10余家企业, 35户企业: things counted in digits (not 2023年)
        # the pieces read here may be clauses: things counted are looked for back to the
        # sentence's start (项目30个，总投资在亿元以上)
        floor = statement_start(text, sentence.start, FULL_STOPS)
        counted = [m.end() for m in self._counted_things_re.finditer(text, floor, start)]
        if not counted:
            return True
        totals = (*self.lexicon.list_total_words, *money["whole_marks"])
        return any(word in text[counted[-1] : start] for word in totals)


def _inside_brackets(text: str, floor: int, at: int) -> bool:
    """Whether a bracket opened in text[floor:at] is still open at ``at``."""
    opened = max(text.rfind("（", floor, at), text.rfind("(", floor, at))
    closed = max(text.rfind("）", floor, at), text.rfind(")", floor, at))
    return opened > closed


def _round_amount(word: str) -> float:
    """The amount a round magnitude in words names (``money_words.round_words``).

    >>> _round_amount("千亿") == 1e11
    True
    """
    return MULTIPLIERS.get(word) or parse_number(word[0]) * MULTIPLIERS[word[1:]]


def inside_quotation(text: str, start: int, end: int, reach: int = 40) -> bool:
    """True when “ opens before ``start`` and ” closes after ``end``, both within ``reach``."""
    opening = text.rfind("“", max(0, start - reach), start)
    if opening < 0 or "”" in text[opening:start]:
        return False
    return "”" in text[end : end + reach]


def _inside_title(text: str, start: int, position: int) -> bool:
    for opening, closing in (("《", "》"), ("“", "”")):
        if text.rfind(opening, start, position) > text.rfind(closing, start, position):
            return True
    return False
