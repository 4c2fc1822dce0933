"""Find every quantity stated in normalized text: number, multiplier, unit, qualifier, year.

This module knows numbers and the words right around them; what a number is *about*
(district, theme, indicator, term) is ``attribute.py``'s job. Everything is found on the
normalized text and carries its normalized span, which the caller maps back to the original.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from districts.catalog import Unit
from districts.not_facts import (
    NOT_A_FACT_IN_ANY_FORM,
    NOT_A_MEASURED_AMOUNT,
    NotFactCues,
    Rule,
    Spot,
    first_rule,
)
from districts.numbers import (
    ARABIC_PATTERN,
    CHINESE_NUMERAL_CHARS,
    CHINESE_PATTERN,
    MULTIPLIERS,
    parse_arabic,
    parse_number,
)
from districts.split import Span

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "lexicon.yaml"

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
class Verdict:
    """A number as written and the rule that set it aside (None: it is a quantity)."""

    start: int
    end: int
    written: str
    rule: str | None


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
    not_facts: NotFactCues


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
        not_facts=NotFactCues.from_raw(raw.get("not_facts")),
    )


# Units that follow a number only as part of a date, never as a quantity on their own
# ("7月11日"); durations are written with 个 (3个月) or 天.
_DATE_UNITS = {"月", "日", "号"}
# "N大X" (两大主导产业, 五大棚改) counts things; the 大 is not in the unit table because it
# only works after a single small numeral.
_DA_COUNT = "大"


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

    def candidates(self, text: str, sentence: Span) -> list[Quantity]:
        """Every quantity some form finds, before the rules that hold for every form."""
        found: list[Quantity] = []
        found.extend(self._counted(text, sentence))
        found.extend(self._fractions(text, sentence))
        found.extend(self._ranks(text, sentence))
        found.extend(self._doubling(text, sentence))
        found.extend(self._plus_values(text, sentence))
        return found

    def find(self, text: str, sentence: Span) -> Iterator[Quantity]:
        found = [
            quantity
            for quantity in self.candidates(text, sentence)
            if self.rejecting_rule(text, quantity, sentence) is None
        ]
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
            qualifier = "at_least" if more else self._qualifier(text, match, sentence)
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
        return self.rejecting_rule_of_match(text, match, sentence) is not None

    def rejecting_rule_of_match(
        self, text: str, match: re.Match[str], sentence: Span
    ) -> str | None:
        """The first rule of ``NOT_A_MEASURED_AMOUNT`` that says a match is no quantity."""
        unit = match.group("unit")
        if unit == _DA_COUNT:
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
            multiplier=match.group("mult") or "",
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
        for quantity in self.candidates(text, sentence):
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

    def _qualifier(self, text: str, match: re.Match[str], sentence: Span) -> str:
        """A goal first: in "力争到2025年,森林覆盖率达到62%以上" the value is a target."""
        if any(cue in text[sentence.start : match.start()] for cue in self.lexicon.target_cues):
            return "target"
        before = text[max(sentence.start, match.start() - 6) : match.start()]
        after = text[match.end() : match.end() + 2]
        for qualifier, words in self.lexicon.qualifier_after.items():
            if any(after.startswith(word) for word in words):
                return qualifier
        best: tuple[int, str] | None = None
        for qualifier, words in self.lexicon.qualifier_before.items():
            for word in words:
                if before.endswith(word) and (best is None or len(word) > best[0]):
                    best = (len(word), qualifier)
        return best[1] if best else "exact"

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
            yield Quantity(match.start(), match.end(), value, "%", "exact", "rate")

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
