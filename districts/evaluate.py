"""Score mentions against hand-made gold facts, span-aware, per part of the gold.

A gold fact is *found* when a mention of the same document has the same district, the same
value (after unit scaling; rounding such as 1/3 → 33.33 allowed) and a quote span that
overlaps the gold quote's position in the document and is at most about twice as long.
Matching on value alone would reward emitting every number in the text.

Values are compared in the unit table's base units, whichever unit of a dimension either side
used (亩 ↔ 公顷 ↔ 平方米, 亿元 ↔ 元), and by magnitude: the gold stores a decline as a positive
change, the tables store it signed (下降5.9% → -5.9), and both mean the same fact.

The default gold has parts, scored and reported separately (the targets hold per part, so a
strong part cannot hide a weak one): the seeds, and the development corpus by prefix.

Gold facts about places outside the scored districts (北京市, 全国, another district) are not
scored (SPEC.md), and neither are mentions the pipeline attributes to such places; how many
mentions were set aside that way is reported, so the rule cannot hide anything.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from districts.lexicon import Lexicon

SCORED_THEMES = ("ecology", "industry", "resilience")

TARGETS = {
    "recall_core": 0.95,  # ecology + industry + resilience
    "recall_rest": 0.90,  # society + other
    "precision": 0.95,
    "district_agreement": 0.92,
    "theme_agreement": 0.92,
    "qualifier_agreement": 0.92,
    "year_agreement": 0.92,
    "period_agreement": 0.95,
    "chart_recall": 0.90,  # issue 15: values of standard measures that reach the indicator table
    "chart_precision": 0.97,  # issue 15: indicator-table rows that are right
}

# "About twice its length": a little slack so a quote may take in a connecting character.
_LENGTH_SLACK = 2


@dataclass(frozen=True)
class GoldFact:
    doc: str
    district: str
    theme: str
    term: str
    value: float
    unit: str
    qualifier: str
    year: int | None
    quote: str
    start: int  # position of the quote in the document (-1 when it is not found there)
    end: int
    period: str = "year"
    indicator: str | None = None  # the standard measure the fact is a value of, if any
    # where else the document writes the quote (a headline its story repeats): a quote is a
    # string, and a row at any of its places states the fact
    also_at: tuple[tuple[int, int], ...] = ()


@dataclass
class Score:
    gold: list[GoldFact]
    rows: list[dict]
    found: dict[int, dict] = field(default_factory=dict)  # gold index → best row
    # what reaches the charts (issue 15): gold facts of a standard measure found in the
    # indicator table under that measure, and each table row of the scored documents, right or not
    chart_found: set[int] = field(default_factory=set)
    chart_hits: list[bool] = field(default_factory=list)
    # gold index → best row with the same value and span, whatever its district
    located: dict[int, dict] = field(default_factory=dict)
    hits: list[bool] = field(default_factory=list)  # per scored row
    scored_rows: list[dict] = field(default_factory=list)
    unscored_rows: int = 0
    missing_quotes: list[GoldFact] = field(default_factory=list)

    def recall(self, themes: Iterable[str]) -> float:
        wanted = set(themes)
        indices = [i for i, fact in enumerate(self.gold) if fact.theme in wanted]
        return _ratio(sum(1 for i in indices if i in self.found), len(indices))

    @property
    def precision(self) -> float:
        return _ratio(sum(self.hits), len(self.hits))

    def agreement(self, column: str) -> float:
        pairs = [(self.gold[i], row) for i, row in self.found.items()]
        agree = sum(1 for fact, row in pairs if _same(getattr(fact, column), row.get(column)))
        return _ratio(agree, len(pairs))

    def chart_figures(self) -> dict[str, float]:
        """Chart recall and precision, where the gold names standard measures (the corpus does,
        the seeds' gold does not)."""
        measured = sum(1 for fact in self.gold if fact.indicator)
        if not measured:
            return {}
        return {
            "chart_recall": len(self.chart_found) / measured,
            "chart_precision": _ratio(sum(self.chart_hits), len(self.chart_hits)),
        }

    @property
    def district_agreement(self) -> float:
        """Of the facts whose number and sentence were found, how many went to the right place."""
        agree = sum(
            1 for i, row in self.located.items() if row["district"] == self.gold[i].district
        )
        return _ratio(agree, len(self.located))

    def figures(self) -> dict[str, float]:
        return {
            "recall_core": self.recall(SCORED_THEMES),
            "recall_rest": self.recall(("society", "other")),
            "precision": self.precision,
            "district_agreement": self.district_agreement,
            "theme_agreement": self.agreement("theme"),
            "qualifier_agreement": self.agreement("qualifier"),
            "year_agreement": self.agreement("year"),
            "period_agreement": self.agreement("period"),
            **self.chart_figures(),
        }

    def report(self, *, misses: bool = False) -> str:
        lines = [
            f"gold facts: {len(self.gold)}  mentions scored: {len(self.scored_rows)}"
            f"  (set aside, about other places: {self.unscored_rows})"
        ]
        for theme in (*SCORED_THEMES, "society", "other"):
            total = sum(1 for fact in self.gold if fact.theme == theme)
            lines.append(f"  recall {theme:<11} {self.recall([theme]):.3f}  ({total} facts)")
        for name, value in self.figures().items():
            target = TARGETS[name]
            verdict = "met" if value >= target else "MISSED"
            lines.append(f"{name:<20} {value:.3f}  target {target:.2f}  {verdict}")
        if misses:
            lines.append("\nmisses:")
            for i, fact in enumerate(self.gold):
                if i not in self.found:
                    lines.append(
                        f"  {fact.doc[:3]} {fact.theme:<10} {fact.district} {fact.value:g} "
                        f"{fact.unit} | {fact.quote}"
                    )
            lines.append("\nextra mentions (hit no gold fact):")
            for row, hit in zip(self.scored_rows, self.hits, strict=True):
                if not hit:
                    lines.append(
                        f"  {row['doc'][:3]} {row['district']} {row['value']:g} {row['unit']} "
                        f"| {row['quote']}"
                    )
            lines.append("\nfound in the right sentence but given to another place:")
            for i, row in sorted(self.located.items()):
                if row["district"] != self.gold[i].district:
                    fact = self.gold[i]
                    lines.append(f"  district: {fact.district} ≠ {row['district']} | {fact.quote}")
            lines.append("\ndisagreements on found facts (column: gold ≠ ours):")
            for i, row in sorted(self.found.items()):
                fact = self.gold[i]
                for column in ("theme", "qualifier", "year", "period"):
                    if not _same(getattr(fact, column), row.get(column)):
                        lines.append(
                            f"  {column}: {getattr(fact, column)} ≠ {row.get(column)} "
                            f"| {fact.quote}"
                        )
        return "\n".join(lines)


def load_gold(
    paths: Sequence[Path],
    texts: dict[str, str],
    units: dict | None = None,
    place_names: dict[str, str] | None = None,
) -> list[GoldFact]:
    """Gold facts, with values scaled to the unit table's base units where it knows the unit,
    and a place the gold names by another of its names (经开区) under the tables' name for it
    (``place_names``: 北京经济技术开发区)."""
    place_names = place_names or {}
    facts = []
    for path in paths:
        for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{line_number}: not JSON ({error.msg})") from error
            text = texts.get(raw["doc"], "")
            value, unit = float(raw["value"]), raw["unit"]
            if units and unit in units:
                value, unit = value * units[unit].factor, units[unit].base
            start = text.find(raw["quote"])
            also_at = _other_places(text, raw["quote"], start)
            facts.append(
                GoldFact(
                    doc=raw["doc"],
                    district=place_names.get(raw["district"], raw["district"]),
                    theme=raw["theme"],
                    term=raw["term"],
                    value=value,
                    unit=unit,
                    qualifier=raw["qualifier"],
                    year=raw.get("year"),
                    period=gold_period(raw.get("indicator"), raw.get("term")),
                    indicator=raw.get("indicator"),
                    quote=raw["quote"],
                    start=start,
                    end=start + len(raw["quote"]) if start >= 0 else -1,
                    also_at=also_at,
                )
            )
    return facts


def _other_places(text: str, quote: str, first: int) -> tuple[tuple[int, int], ...]:
    """(start, end) of each later place ``text`` writes ``quote``.

    >>> _other_places("增长5%。正文增长5%。", "增长5%", 0)
    ((7, 11),)
    """
    places = []
    at = text.find(quote, first + 1) if first >= 0 and quote else -1
    while at >= 0:
        places.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    return tuple(places)


_SUFFIX_RE = re.compile(r"[(（]([^()（）]*)[)）]\s*$")


def gold_period(indicator: str | None, term: str | None) -> str:
    """The period a gold fact is of: the parenthesised suffix of its indicator, else of its
    term, read as a period ("地区生产总值(前三季度)" → Q1–Q3, "(1至8月)" → Jan–Aug); a span of
    years ("(五年累计)") → span; anything else (a comparison, a place) → year.
    """
    from districts.facts.timeframe import SPAN, load_time_lexicon, period_in, span_in

    lexicon = load_time_lexicon()
    for name in (indicator, term):
        match = _SUFFIX_RE.search(name or "")
        if match:
            suffix = match.group(1)
            period = period_in(suffix, lexicon)
            if period is not None:
                return period
            if span_in(suffix, lexicon):
                return SPAN
    return "year"


def score(gold: list[GoldFact], rows: list[dict], units: dict | None = None) -> Score:
    """Match rows to gold facts. With ``units``, a row's value is first scaled to its unit's
    base, so a table that keeps 亩 is compared with a gold fact in 公顷 on equal terms."""
    if units:
        rows = [_in_base_unit(row, units) for row in rows]
    scored_districts: dict[str, set[str]] = {}
    for fact in gold:
        scored_districts.setdefault(fact.doc, set()).add(fact.district)
    result = Score(gold=gold, rows=rows)
    result.missing_quotes = [fact for fact in gold if fact.start < 0]
    by_doc: dict[str, list[int]] = {}
    for index, fact in enumerate(gold):
        by_doc.setdefault(fact.doc, []).append(index)
    for row in rows:
        for index in by_doc.get(row["doc"], []):
            if _matches(gold[index], row, any_district=True):
                best = result.located.get(index)
                if best is None or (best["district"] != gold[index].district):
                    result.located[index] = row
        if row["district"] not in scored_districts.get(row["doc"], set()):
            result.unscored_rows += 1
            continue
        result.scored_rows.append(row)
        matched = [i for i in by_doc.get(row["doc"], []) if _matches(gold[i], row)]
        result.hits.append(bool(matched))
        for index in matched:
            best = result.found.get(index)
            if best is None or _length(row) < _length(best):
                result.found[index] = row
    return result


def _matches(fact: GoldFact, row: dict, *, any_district: bool = False) -> bool:
    if fact.start < 0 or (row["district"] != fact.district and not any_district):
        return False
    if not _same_value(fact.value, float(row["value"])):
        return False
    start, end = int(row["start"]), int(row["end"])
    if end - start > 2 * (fact.end - fact.start) + _LENGTH_SLACK:
        return False
    places = ((fact.start, fact.end), *fact.also_at)
    return any(start < place_end and place_start < end for place_start, place_end in places)


def _in_base_unit(row: dict, units: dict) -> dict:
    unit = units.get(row.get("unit"))
    if unit is None or unit.factor == 1:
        return row
    return {**row, "value": float(row["value"]) * unit.factor, "unit": unit.base}


def _same_value(expected: float, actual: float) -> bool:
    """Equal up to float noise, or equal once ours is rounded as the gold wrote it: 三分之一 is
    33.33 in one annotator's gold and 33.3 in another's, and 33.333… is both."""
    expected, actual = abs(expected), abs(actual)
    if math.isclose(expected, actual, rel_tol=5e-4, abs_tol=0.01):
        return True
    decimals = len(repr(expected).partition(".")[2]) if "e" not in repr(expected) else 0
    return 0 < decimals <= 4 and round(actual, decimals) == expected


def _same(expected: object, actual: object) -> bool:
    if expected in (None, "") and actual in (None, ""):
        return True
    try:
        return float(expected) == float(actual)  # years read back from CSV as text
    except (TypeError, ValueError):
        return expected == actual


def _length(row: dict) -> int:
    return int(row["end"]) - int(row["start"])


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def themes_in(gold: list[GoldFact]) -> Counter[str]:
    return Counter(fact.theme for fact in gold)


# --- parts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """A part of the gold scored on its own: its gold files and the folder of its documents."""

    name: str
    gold: tuple[Path, ...]
    docs: Path


def default_parts(root: Path) -> list[Part]:
    """The seeds' gold and the development corpus, one part per corpus prefix (w1_, w2_, …)."""
    parts = [
        Part("seeds", tuple(sorted((root / "tests" / "gold").glob("*.jsonl"))), root / "seeds")
    ]
    corpus = root / "tests" / "corpus"
    for path in sorted(corpus.glob("gold_*.jsonl")):
        parts.append(Part(path.stem.removeprefix("gold_"), (path,), corpus / "docs"))
    return [part for part in parts if part.gold]


def gold_documents(paths: Sequence[Path]) -> list[str]:
    names = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                names.add(json.loads(line)["doc"])
    return sorted(names)


def merged(scores: Sequence[Score]) -> Score:
    """One score over several parts (e.g. the corpus's reports and bulletins, w1 + w2)."""
    result = Score(gold=[], rows=[])
    for part in scores:
        offset = len(result.gold)
        result.gold.extend(part.gold)
        result.rows.extend(part.rows)
        result.found.update({offset + i: row for i, row in part.found.items()})
        result.hits.extend(part.hits)
        result.scored_rows.extend(part.scored_rows)
        result.located.update({offset + i: row for i, row in part.located.items()})
        result.chart_found.update(offset + i for i in part.chart_found)
        result.chart_hits.extend(part.chart_hits)
        result.unscored_rows += part.unscored_rows
        result.missing_quotes.extend(part.missing_quotes)
    return result


def summary_table(scores: dict[str, Score]) -> str:
    """Parts as rows, figures as columns; a figure below its target is marked with *."""
    names = list(TARGETS)
    header = f"{'part':<8} {'facts':>5} " + " ".join(f"{_short(n):>9}" for n in names)
    lines = [header]
    for part, result in scores.items():
        figures = result.figures()
        cells = " ".join(
            f"{figures[n]:>8.3f}{'*' if figures[n] < TARGETS[n] else ' '}"
            if n in figures
            else f"{'—':>8} "
            for n in names
        )
        lines.append(f"{part:<8} {len(result.gold):>5} {cells}")
    lines.append("targets        " + " ".join(f"{TARGETS[n]:>8.2f} " for n in names))
    lines.append("(* below target)")
    return "\n".join(lines)


def document_table(result: Score) -> str:
    """Per document: facts, recall of the three themes and of the rest, precision."""
    lines = [f"{'document':<40} {'facts':>5} {'core':>6} {'rest':>6} {'prec':>6}"]
    for doc in sorted({fact.doc for fact in result.gold}):
        indices = [i for i, fact in enumerate(result.gold) if fact.doc == doc]
        core = [i for i in indices if result.gold[i].theme in SCORED_THEMES]
        rest = [i for i in indices if result.gold[i].theme not in SCORED_THEMES]
        hits = [
            h for row, h in zip(result.scored_rows, result.hits, strict=True) if row["doc"] == doc
        ]
        lines.append(
            f"{doc[:40]:<40} {len(indices):>5} "
            f"{_ratio(sum(i in result.found for i in core), len(core)):>6.3f} "
            f"{_ratio(sum(i in result.found for i in rest), len(rest)):>6.3f} "
            f"{_ratio(sum(hits), len(hits)):>6.3f}"
        )
    return "\n".join(lines)


def _short(name: str) -> str:
    return (
        name.replace("_agreement", "")
        .replace("recall_", "rec_")
        .replace("chart_recall", "chart_rec")
        .replace("chart_precision", "chart_prec")
    )


def gold_place_names(lexicon: Lexicon) -> dict[str, str]:
    """The names an annotator may give a place that the tables name otherwise: an area by
    any of its names (经开区 → 北京经济技术开发区), a group of districts by any of its own,
    short ones too (核心区 → 首都功能核心区, 中心城区 → 城六区)."""
    names = {
        alias: name for name, area in lexicon.areas.items() for alias in (*area.aliases, area.short)
    }
    for groups in (lexicon.district_groups, lexicon.group_short_names):
        for group, words in groups.items():
            names.update({word: group for word in words})
    return names


def score_parts(parts: Sequence[Part], mentions_csv: Path | None = None) -> dict[str, Score]:
    """Run the pipeline on each part's documents (or read ``mentions_csv``) and score it.

    With the corpus's w1 and w2 both present, their union is scored too, as ``w1+w2``: the
    targets of issue 13 hold for the reports and bulletins together.
    """
    from districts.catalog import load_catalog
    from districts.facts.pipeline import Pipeline, load_sources
    from districts.lexicon import load_lexicon
    from districts.tables.build import indicator_rows
    from districts.text.read import read_document

    units = load_catalog().units
    pipeline = Pipeline.from_data()
    area_names = gold_place_names(load_lexicon())
    scores: dict[str, Score] = {}
    for part in parts:
        names = gold_documents(part.gold)
        texts = {name: read_document(part.docs / name).text for name in names}
        table_rows: list[dict] = []
        if mentions_csv is not None:
            with mentions_csv.open(encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.DictReader(handle))
        else:
            mentions, infos = [], {}
            for name in names:
                document = read_document(part.docs / name)
                infos[name] = pipeline.source_info(document, load_sources(part.docs).get(name))
                mentions.extend(pipeline.facts(document, infos[name]).mentions)
            rows = [mention.as_row() for mention in mentions]
            table_rows = indicator_rows(mentions, pipeline.catalog, infos)
        result = score(load_gold(part.gold, texts, units, area_names), rows, units)
        if mentions_csv is None:
            score_charts(result, table_rows, pipeline.catalog)
        scores[part.name] = result
    if {"w1", "w2"} <= scores.keys():
        scores["w1+w2"] = merged([scores["w1"], scores["w2"]])
    return scores


def score_charts(result: Score, table_rows: list[dict], catalog) -> None:  # type: ignore[no-untyped-def]
    """What reaches a chart (issue 15). A gold fact naming a standard measure counts when an
    indicator-table row of its document, district and value, on its span, carries a catalog
    indicator whose name or synonyms include the gold name (and the gold's period). Every row
    of the scored documents counts for precision: right when it is such a match of some fact."""
    scored_docs = {fact.doc for fact in result.gold}
    by_doc: dict[str, list[int]] = {}
    for index, fact in enumerate(result.gold):
        by_doc.setdefault(fact.doc, []).append(index)
    for row in table_rows:
        if row["doc"] not in scored_docs:
            continue
        indicator = catalog.indicator_by_id(row["indicator"])
        names = {indicator.name, *indicator.synonyms}
        matched = [
            i
            for stated in _statements(row)
            for i in by_doc.get(stated["doc"], [])
            if result.gold[i].indicator
            and _measure_name(result.gold[i].indicator) in names
            and result.gold[i].period == row.get("period", "year")
            and _matches(result.gold[i], stated)
        ]
        result.chart_hits.append(bool(matched))
        result.chart_found.update(matched)


def _statements(row: dict) -> list[dict]:
    """The row once per place a document states its value (``stated_at``, doc:start-end;…):
    a value a bulletin's text and its table both give, or two documents, is found at each.
    Without the column, the row's quote."""
    statements = []
    for part in str(row.get("stated_at") or "").split(";"):
        doc, _, span = part.rpartition(":")
        start, _, end = span.partition("-")
        if doc and start.isdigit() and end.isdigit():
            statements.append({**row, "doc": doc, "start": start, "end": end})
    return statements or [row]


def _measure_name(name: str) -> str:
    """A gold measure without its period suffix: 地区生产总值(前三季度) → 地区生产总值."""
    return re.sub(r"[(（][^()（）]*[)）]\s*$", "", name).strip()
