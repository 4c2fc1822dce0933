"""Why a number became a fact, or did not: ``districts extract FILE --explain VALUE``.

For every place the document writes VALUE, the first "is it a fact?" rule that set it aside
(``not_facts``), or the fact it became with its district, indicator, qualifier, year and period,
and the district rule that placed it (``Attributor.district_rules``) with the places the later
rules would have given, set aside.
"""

from __future__ import annotations

import re

from districts.facts.attribute import DistrictDecision, district_decisions
from districts.facts.mentions import DocumentFacts, Mention
from districts.facts.pipeline import Pipeline, SourceInfo
from districts.text.read import Document
from districts.text.split import clauses, sentences


def explain(
    pipeline: Pipeline, document: Document, written: str, metadata: SourceInfo | None = None
) -> list[str]:
    """Lines of explanation for each number written as ``written`` in the document."""
    with district_decisions() as heard:
        facts = pipeline.facts(document, metadata)
    decisions = {(decision.start, decision.end): decision for decision in heard}
    text = facts.normalized.text
    finder = pipeline.extractor.finder
    number = re.compile(rf"(?<![\d.]){re.escape(written)}(?![\d.])")
    lines: list[str] = []
    explained: set[int] = set()
    for sentence in sentences(text):
        for clause in clauses(text, sentence):
            for verdict in finder.explain(text, clause):
                if not number.search(verdict.written):
                    continue
                start, end = facts.normalized.original_span(verdict.start, verdict.end)
                context = text[clause.start : clause.end]
                if verdict.rule is not None:
                    lines.append(f"{verdict.written} | {context}\n  not a fact: {verdict.rule}")
                    continue
                found = [m for m in facts.mentions if m.start <= start and end <= m.end]
                explained.update(id(m) for m in found)
                lines.append(f"{verdict.written} | {context}")
                lines.extend(f"  {_described(m)}" for m in found)
                decision = decisions.get((verdict.start, verdict.end))
                if found and decision is not None:
                    lines.append(f"  {_decided(decision)}")
                if not found:
                    lines.append("  a quantity, but no fact (damaged text, page chrome or a table)")
    for mention in facts.mentions:  # table cells are read by the table reader, not the finder
        if id(mention) not in explained and number.search(mention.as_written):
            lines.append(f"{mention.as_written} | {mention.quote}\n  {_described(mention)}")
    if not lines:
        lines.append(f"the document writes no number as {written!r}")
    return [*_header(facts), *lines]


def _header(facts: DocumentFacts) -> list[str]:
    district = facts.district or "none found"
    return [f"{facts.doc}: main district {district}{'; ' + facts.note if facts.note else ''}"]


def _decided(decision: DistrictDecision) -> str:
    """``district: clause_subject → 大兴区; set aside: paragraph_opener 通州区``."""
    line = f"district: {decision.rule} → {', '.join(decision.places)}"
    if decision.set_aside:
        line += "; set aside: " + ", ".join(f"{rule} {place}" for rule, place in decision.set_aside)
    return line


def _described(mention: Mention) -> str:
    indicator = f"indicator {mention.indicator}" if mention.indicator else "no catalog indicator"
    when = mention.year if mention.year is not None else "year not stated"
    if mention.period != "year":
        when = f"{when}, period {mention.period}"
    return (
        f"fact: {mention.value:g} {mention.unit} ({mention.qualifier}), district "
        f"{mention.district}, {indicator}, term {mention.term!r}, theme {mention.theme}, {when}"
    )
