"""Find every quantity stated in normalized text: number, multiplier, unit, qualifier, year.

This module knows numbers and the words right around them; what a number is *about*
(district, theme, indicator, term) is ``attribute.py``'s job. Everything is found on the
normalized text and carries its normalized span, which the caller maps back to the original.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from districts import paths
from districts.catalog import Unit
from districts.errors import CatalogError
from districts.numbers import (
    ARABIC_PATTERN,
    CHINESE_NUMERAL_CHARS,
    CHINESE_PATTERN,
    MULTIPLIERS,
    parse_arabic,
    parse_number,
)
from districts.qualify import clause_qualifier
from districts.split import Span

LEXICON_PATH = paths.DATA_DIR / "lexicon.yaml"

QUALIFIERS = ("exact", "approx", "at_least", "at_most", "change", "target")
# Which value to show when several are reported: exact (or a change, for indicators that
# measure change) before bounded and approximate ones, goals last.
QUALIFIER_RANK = {"exact": 0, "change": 0, "approx": 1, "at_least": 1, "at_most": 1, "target": 2}


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


@dataclass(frozen=True)
class Lexicon:
    qualifier_before: dict[str, tuple[str, ...]]
    qualifier_after: dict[str, tuple[str, ...]]
    target_cues: tuple[str, ...]
    linking_words: tuple[str, ...]
    discourse_nouns: tuple[str, ...]
    rank_cues: tuple[str, ...]
    theme_keywords: dict[str, tuple[str, ...]]
    duration_cues: tuple[str, ...]
    count_cues: tuple[str, ...]
    enumeration_marks: tuple[str, ...]
    label_followers: tuple[str, ...]
    not_after_chinese_numerals: frozenset[str]
    counted_nouns: dict[str, str]
    per_period: tuple[str, ...]
    unit_word_starts: tuple[str, ...]
    action_prefixes: tuple[str, ...]
    municipality_subjects: tuple[str, ...]
    # Text layer (normalize.py): page furniture and web-page chrome.
    page_number_words: dict[str, tuple[str, ...]]
    web_related_headings: tuple[str, ...]
    web_pager_cues: tuple[str, ...]
    web_footer_cues: tuple[str, ...]
    text_tables: dict[str, tuple[str, ...]]  # header cue words of tables laid out as text
    # Which district a fact is about (attribute.py).
    district_followers: frozenset[str] = frozenset()
    district_suffixes: tuple[str, ...] = ()
    district_groups: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    municipality_bare: tuple[str, ...] = ()
    media_suffixes: tuple[str, ...] = ()
    comparison_cues: tuple[str, ...] = ()
    level_words: tuple[str, ...] = ()
    possessive_marks: tuple[str, ...] = ()
    respectively_cues: tuple[str, ...] = ()
    self_references: tuple[str, ...] = ()
    scope_followers: tuple[str, ...] = ()
    subject_openers: tuple[str, ...] = ()
    source_cues: tuple[str, ...] = ()
    group_count_nouns: tuple[str, ...] = ()
    shared_cues: tuple[str, ...] = ()
    district_wide: tuple[str, ...] = ()
    nation_subjects: tuple[str, ...] = ()
    organization_endings: tuple[str, ...] = ()
    # qualifiers: changes, bounds, goals and the sign of a decline (districts/qualify.py)
    comparison_markers: tuple[str, ...] = ()
    not_comparisons: tuple[str, ...] = ()
    compared_changes: tuple[str, ...] = ()
    comparative_verbs: tuple[str, ...] = ()
    decline_cues: tuple[str, ...] = ()
    decline_rates: tuple[str, ...] = ()
    perfective: tuple[str, ...] = ()
    share_verbs: tuple[str, ...] = ()
    goal_cues: tuple[str, ...] = ()
    goal_auxiliaries: tuple[str, ...] = ()
    goal_aux_followers: tuple[str, ...] = ()
    change_units: tuple[str, ...] = ()
    growth_rate_nouns: tuple[str, ...] = ()
    per_markers: tuple[str, ...] = ()
    goal_after: tuple[str, ...] = ()
    goal_cues_after: tuple[str, ...] = ()
    goal_sections: tuple[str, ...] = ()
    review_sections: tuple[str, ...] = ()
    present_markers: tuple[str, ...] = ()
    theme_neutral: tuple[str, ...] = ()
    theme_weak: frozenset[str] = frozenset()
    theme_denominator: re.Pattern[str] | None = None
    qualifier_patterns: dict[str, re.Pattern[str]] = dataclasses.field(
        default_factory=dict, hash=False, compare=False
    )


_QUALIFIER_PATTERNS = ("deadline", "past_value", "heading", "proportion_whole")


def _qualifier_patterns(raw: dict[str, str], path: Path) -> dict[str, re.Pattern[str]]:
    """The goal rules' regular expressions, each compiled, or an error naming the bad one."""
    patterns = {}
    for name in _QUALIFIER_PATTERNS:
        if name not in raw:
            raise CatalogError(path, "qualifier_patterns lacks a pattern", name)
        patterns[name] = _pattern(raw[name], name, path)
    return patterns


def _pattern(raw: str, name: str, path: Path) -> re.Pattern[str]:
    try:
        return re.compile(raw)
    except re.error as error:
        raise CatalogError(path, f"not a regular expression ({error})", name) from error


@functools.cache
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))

    def longest_first(words: list[str]) -> tuple[str, ...]:
        return tuple(sorted(set(words), key=len, reverse=True))

    return Lexicon(
        qualifier_before={k: longest_first(v) for k, v in raw["qualifier_before"].items()},
        qualifier_after={k: longest_first(v) for k, v in raw["qualifier_after"].items()},
        target_cues=tuple(raw["target_cues"]),
        linking_words=longest_first(raw["linking_words"]),
        discourse_nouns=longest_first(raw["discourse_nouns"]),
        rank_cues=tuple(raw["rank_cues"]),
        theme_keywords={k: tuple(v) for k, v in raw["theme_keywords"].items()},
        duration_cues=tuple(raw["duration_cues"]),
        count_cues=tuple(raw["count_cues"]),
        enumeration_marks=tuple(raw["enumeration_marks"]),
        label_followers=longest_first(raw["label_followers"]),
        not_after_chinese_numerals=frozenset(raw["not_after_chinese_numerals"]),
        counted_nouns=dict(raw["counted_nouns"]),
        per_period=tuple(raw["per_period"]),
        unit_word_starts=tuple(raw["unit_word_starts"]),
        action_prefixes=tuple(raw["action_prefixes"]),
        municipality_subjects=longest_first(raw["municipality_subjects"]),
        page_number_words=_word_groups(
            path, raw, "page_number_words", ("before", "after", "total")
        ),
        web_related_headings=longest_first(raw["web_related_headings"]),
        web_pager_cues=longest_first(raw["web_pager_cues"]),
        web_footer_cues=longest_first(raw["web_footer_cues"]),
        text_tables=_word_lists(raw, "text_tables", path),
        district_followers=frozenset(raw["district_followers"]),
        district_suffixes=tuple(raw["district_suffixes"]),
        district_groups={k: longest_first(v) for k, v in raw["district_groups"].items()},
        municipality_bare=longest_first(raw["municipality_bare"]),
        media_suffixes=longest_first(raw["media_suffixes"]),
        comparison_cues=longest_first(raw["comparison_cues"]),
        level_words=longest_first(raw["level_words"]),
        possessive_marks=tuple(raw["possessive_marks"]),
        respectively_cues=tuple(raw["respectively_cues"]),
        self_references=longest_first(raw["self_references"]),
        scope_followers=longest_first(raw["scope_followers"]),
        subject_openers=longest_first(raw["subject_openers"]),
        source_cues=longest_first(raw["source_cues"]),
        group_count_nouns=longest_first(raw["group_count_nouns"]),
        shared_cues=longest_first(raw["shared_cues"]),
        district_wide=longest_first(raw["district_wide"]),
        nation_subjects=longest_first(raw["nation_subjects"]),
        organization_endings=longest_first(raw["organization_endings"]),
        comparison_markers=longest_first(raw["comparison_markers"]),
        not_comparisons=longest_first(raw["not_comparisons"]),
        compared_changes=longest_first(raw["compared_changes"]),
        comparative_verbs=longest_first(raw["comparative_verbs"]),
        decline_cues=longest_first(raw["decline_cues"]),
        decline_rates=longest_first(raw["decline_rates"]),
        perfective=tuple(raw["perfective"]),
        share_verbs=longest_first(raw["share_verbs"]),
        goal_cues=longest_first(raw["goal_cues"]),
        goal_auxiliaries=tuple(raw["goal_auxiliaries"]),
        goal_aux_followers=tuple(raw["goal_aux_followers"]),
        change_units=tuple(raw["change_units"]),
        growth_rate_nouns=tuple(raw["growth_rate_nouns"]),
        per_markers=tuple(raw["per_markers"]),
        goal_after=longest_first(raw["goal_after"]),
        goal_cues_after=tuple(raw["goal_cues_after"]),
        goal_sections=tuple(raw["goal_sections"]),
        review_sections=tuple(raw["review_sections"]),
        present_markers=tuple(raw["present_markers"]),
        qualifier_patterns=_qualifier_patterns(raw["qualifier_patterns"], path),
        theme_neutral=longest_first(raw["theme_neutral"]),
        theme_weak=frozenset(raw["theme_weak"]),
        theme_denominator=_pattern(raw["theme_denominator"], "theme_denominator", path),
    )


def _word_groups(
    path: Path, raw: dict[str, object], key: str, groups: tuple[str, ...]
) -> dict[str, tuple[str, ...]]:
    """``key: {group: [word, ...]}`` with exactly ``groups``, each a non-empty list of words."""
    value = raw.get(key)
    if not isinstance(value, dict) or set(value) != set(groups):
        raise CatalogError(path, f"must map exactly {', '.join(groups)} to word lists", key)
    result = {}
    for group in groups:
        words = value[group]
        if not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise CatalogError(path, "must be a non-empty list of words", f"{key}.{group}")
        result[group] = tuple(sorted(set(words), key=len, reverse=True))
    return result


def _word_lists(raw: dict, key: str, path: Path) -> dict[str, tuple[str, ...]]:
    """A section of named word lists (``text_tables: {unit_headers: [单位]}``), checked on load
    so that a typo names the file, the entry and the problem instead of failing later."""
    section = raw.get(key)
    if not isinstance(section, dict) or not section:
        raise CatalogError(path, "must be a mapping of named word lists", key)
    lists = {}
    for name, words in section.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise CatalogError(path, "must be a list of non-empty words", f"{key}.{name}")
        lists[str(name)] = tuple(words)
    return lists


# Units that follow a number only as part of a date, never as a quantity on their own
# ("7月11日"); durations are written with 个 (3个月) or 天.
_DATE_UNITS = {"月", "日", "号"}
# "N大X" (两大主导产业, 五大棚改) counts things; the 大 is not in the unit table because it
# only works after a single small numeral.
_DA_COUNT = "大"


def _looks_like_year(number: str) -> bool:
    try:
        value = parse_number(number)
    except ValueError:
        return False
    return len(number) == 4 and 1900 <= value <= 2100


def _is_numeral(number: str) -> bool:
    try:
        parse_number(number)
    except ValueError:
        return False
    return True


_YEAR_RE = re.compile(r"(?<!\d)(19|20)\d{2}(?=年)")
_PERCENT_UNITS = {"%": 1.0, "成": 10.0}


class QuantityFinder:
    """Finds quantities in text, given the unit table."""

    def __init__(self, units: dict[str, Unit], lexicon: Lexicon | None = None) -> None:
        self.units = {
            name: unit for name, unit in units.items() if name not in _DATE_UNITS and name
        }
        self.lexicon = lexicon or load_lexicon()
        unit_names = sorted(
            [*self.units, *_PERCENT_UNITS, _DA_COUNT, *self.lexicon.counted_nouns],
            key=len,
            reverse=True,
        )
        unit_alternation = "|".join(re.escape(name) for name in unit_names)
        number = f"(?:{ARABIC_PATTERN}|{CHINESE_PATTERN})"
        self._pattern = re.compile(
            rf"(?<![\dA-Za-z.{CHINESE_NUMERAL_CHARS}])"
            rf"(?P<num>{number})"
            rf"(?:(?P<sep>[—\-~～至到])(?P<num2>{number}))?"
            r"(?P<more>余|多)?"
            r"(?P<mult>万亿|亿|万|千)?"
            r"(?P<more2>余|多)?"
            rf"(?P<unit>{unit_alternation})"
        )
        self._fraction = re.compile(
            rf"(?<![\d/])(?P<a>\d+)/(?P<b>\d+)(?![\d/])|(?P<cb>{CHINESE_PATTERN})分之(?P<ca>{CHINESE_PATTERN})"
        )
        self._rank = re.compile(
            rf"(?P<front>第|前)(?P<num>\d+|{CHINESE_PATTERN})(?P<tail>名|位|大|个|次)?"
        )
        self._plus = re.compile(r"“(?P<num>\d+)\+”")

    def find(self, text: str, sentence: Span) -> Iterator[Quantity]:
        found: list[Quantity] = []
        found.extend(self._counted(text, sentence))
        found.extend(self._fractions(text, sentence))
        found.extend(self._ranks(text, sentence))
        found.extend(self._doubling(text, sentence))
        found.extend(self._plus_values(text, sentence))
        occupied: list[tuple[int, int]] = []
        for quantity in sorted(found, key=lambda q: (q.start, -(q.end - q.start))):
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
        for match in self._pattern.finditer(text, sentence.start, sentence.end):
            if self._is_not_a_quantity(text, match, sentence):
                continue
            unit_name = match.group("unit")
            if unit_name == _DA_COUNT:
                base, factor, kind = "个", 1.0, "count"
            elif unit_name in _PERCENT_UNITS:
                base, factor, kind = "%", _PERCENT_UNITS[unit_name], "rate"
            elif unit_name in self.lexicon.counted_nouns:
                base, factor, kind = self.lexicon.counted_nouns[unit_name], 1.0, "count"
            else:
                unit = self.units[unit_name]
                base, factor, kind = unit.base, unit.factor, unit.kind
            multiplier = MULTIPLIERS.get(match.group("mult") or "", 1.0)
            try:
                first = parse_number(match.group("num"))
                second = parse_number(match.group("num2")) if match.group("num2") else None
            except ValueError:
                continue
            more = match.group("more") or match.group("more2")
            qualifier = self._qualifier(text, match, sentence, "at_least" if more else None, base)
            if kind == "multiple" and qualifier == "exact":
                qualifier = "change"  # "较2020年增长5倍", "为同期两倍": a multiple is a change
            scale = multiplier * factor
            if not all(math.isfinite(v * scale) for v in (first, second or 0.0)):
                continue  # 9…9万亿: a typo or noise, not a quantity anyone reported
            end = match.end()
            if unit_name in self.lexicon.counted_nouns:
                end = match.start("unit")  # the noun is the term, not part of the number
            if second is not None:
                yield Quantity(match.start(), end, first * scale, base, "at_least", kind)
                yield Quantity(match.start(), end, second * scale, base, "at_most", kind)
            else:
                yield Quantity(match.start(), end, first * scale, base, qualifier, kind)

    def _is_not_a_quantity(self, text: str, match: re.Match[str], sentence: Span) -> bool:
        number, unit = match.group("num"), match.group("unit")
        chinese = not number[0].isdigit()
        lexicon = self.lexicon
        after = text[match.end() : match.end() + 4]
        before = text[max(sentence.start, match.start() - 4) : match.start()]
        clause_before = text[sentence.start : match.start()]
        if unit == "年" and not match.group("mult") and _looks_like_year(number):
            return True  # a year (2020年, 二〇三五年), not a duration
        if any(after.startswith(word) for word in lexicon.label_followers):
            return True
        if self._unit_starts_a_word(text, match):
            return True  # 5.0场馆, 两方面, 3部门: the "unit" is the start of another word
        if self._is_denominator(before):
            return True
        if self._inside_slogan_quotes(text, match):
            return True
        if text[match.end() : match.end() + 1] == "期":
            return True  # 一期, 三期: phases of a project
        if chinese:
            return self._is_rhetorical(text, match, number, unit, before, clause_before)
        return unit == _DA_COUNT

    def _is_rhetorical(
        self,
        text: str,
        match: re.Match[str],
        number: str,
        unit: str,
        before: str,
        clause_before: str,
    ) -> bool:
        """Chinese numerals are mostly names, slogans and rhetoric; keep the real counts."""
        lexicon = self.lexicon
        following = text[match.end() : match.end() + 4]
        magnitude_class = re.match(r"[十百千万]*亿级|[百千万]+级", following) is not None
        if number == "一":
            return True  # 一个, 一批: an article, not a reported count
        if unit in lexicon.not_after_chinese_numerals:
            return True
        if unit == _DA_COUNT and len(number) > 1:
            return True  # 二十大 is a party congress
        if following[:1] in CHINESE_NUMERAL_CHARS and not magnitude_class:
            return True  # 五位一体, 三城一区, 二十届二中全会
        if text[match.start() - 1 : match.start()] in ("第", "前", "初", "周"):
            return True
        if number in ("百", "千", "万") and match.group("mult"):
            return True  # 百万亩造林: a programme's name, not a measurement
        if any(following.startswith(noun) for noun in lexicon.discourse_nouns):
            return True
        if unit == "年" or unit == "个月":
            return not any(cue in before for cue in lexicon.duration_cues)
        value = parse_number(number) if _is_numeral(number) else 0
        kind = "count" if unit == _DA_COUNT else getattr(self.units.get(unit), "kind", "")
        if kind == "count" and unit != "次" and value <= 10 and not match.group("more"):
            listed = self._ends_a_list(clause_before)
            cued = any(cue in clause_before[-12:] for cue in lexicon.count_cues)
            return not (listed or cued or magnitude_class)
        return False

    def _ends_a_list(self, before: str) -> bool:
        """True when ``before`` ends with the last item of a list: "蜂产业、鱼产业|两个"."""
        last_mark = max(before.rfind(mark) for mark in self.lexicon.enumeration_marks)
        if last_mark < 0:
            return False
        last_item = before[last_mark + 1 :]
        return 0 < len(last_item) <= 12 and not any(ch in last_item for ch in "的是为了在,，")

    def _is_denominator(self, before: str) -> bool:
        """每10万人, 每带动1名: the number is a denominator. 每年50万元 is a per-year amount."""
        position = before.rfind("每")
        if position < 0:
            return False
        return not before[position + 1 :].startswith(self.lexicon.per_period)

    def _unit_starts_a_word(self, text: str, match: re.Match[str]) -> bool:
        unit_start = match.start("unit")
        return text.startswith(self.lexicon.unit_word_starts, unit_start)

    @staticmethod
    def _inside_slogan_quotes(text: str, match: re.Match[str]) -> bool:
        """Numbers inside a short “…” are names and slogans: “1+13+X”, “一年基本恢复”."""
        for opening_mark, closing_mark in (("“", "”"), ('"', '"')):
            opening = text.rfind(opening_mark, max(0, match.start() - 15), match.start())
            if opening < 0:
                continue
            if opening_mark == '"' and text.count('"', 0, opening) % 2:
                continue  # that mark closes an earlier quotation
            closing = text.find(closing_mark, match.end(), match.end() + 15)
            if closing >= 0 and closing_mark not in text[opening + 1 : match.start()]:
                return True
        return False

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
                    numerator = int(parse_number(match.group("ca")))
                    denominator = int(parse_number(match.group("cb")))
            except ValueError:
                continue
            if denominator == 0 or numerator > denominator:
                continue
            value = round(100 * numerator / denominator, 2)
            qualifier = self._qualifier(text, match, sentence)
            yield Quantity(match.start(), match.end(), value, "%", qualifier, "rate")

    def _ranks(self, text: str, sentence: Span) -> Iterator[Quantity]:
        for match in self._rank.finditer(text, sentence.start, sentence.end):
            try:
                value = parse_number(match.group("num"))
            except ValueError:
                continue
            tail = match.group("tail") or ""
            after = text[match.end() : match.end() + 1]
            clause_before = text[sentence.start : match.start()]
            if tail == "次" and match.group("front") == "第":
                # "第二次全年全线有水": how many times it has happened.
                yield Quantity(match.start(), match.end(), value, "次", "exact", "count")
                continue
            ranked = any(cue in clause_before for cue in self.lexicon.rank_cues)
            label = any(text.startswith(w, match.end()) for w in self.lexicon.label_followers)
            if not ranked or label or after in ("是", "批", "期", "届", "阶", "步"):
                continue
            if after and after in CHINESE_NUMERAL_CHARS:  # 第十四个五年规划
                continue
            qualifier = "at_most" if match.group("front") == "前" else "exact"
            yield Quantity(match.start(), match.end(), value, "rank", qualifier, "rank")

    @staticmethod
    def _doubling(text: str, sentence: Span) -> Iterator[Quantity]:
        """翻一番 doubles (2 倍), 翻两番 quadruples: always said of a goal or a change."""
        for match in re.finditer(r"翻(一|两|二)番", text[sentence.start : sentence.end]):
            factor = 2.0 if match.group(1) == "一" else 4.0
            start = sentence.start + match.start()
            yield Quantity(start, start + len(match.group()), factor, "倍", "target", "multiple")

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


def _inside_title(text: str, start: int, position: int) -> bool:
    for opening, closing in (("《", "》"), ("“", "”")):
        if text.rfind(opening, start, position) > text.rfind(closing, start, position):
            return True
    return False


def years_in(text: str, sentence: Span) -> list[tuple[int, int]]:
    """(position, year) of the years a sentence names, except baselines (较2020年)."""
    years = []
    for match in _YEAR_RE.finditer(text, sentence.start, sentence.end):
        before = text[max(sentence.start, match.start() - 2) : match.start()]
        after = text[match.end() + 1 : match.end() + 3]
        if before.endswith(("较", "比", "与", "同", "于")) or after in ("以来", "起,", "开始"):
            continue
        if _inside_title(text, sentence.start, match.start()):
            continue  # 《…2014年度…》, “2014年度…评审会”: part of a name
        years.append((match.start(), int(match.group())))
    return years
