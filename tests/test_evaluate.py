"""Span-aware scoring: a value alone does not make a hit; the seeds meet the targets."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from districts.catalog import load_catalog
from districts.evaluate import TARGETS, GoldFact, load_gold, score
from districts.pipeline import Pipeline
from districts.read import read_document

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "tests" / "gold").glob("*.jsonl"))


def fact(start: int, end: int, value: float = 5, district: str = "密云") -> GoldFact:
    return GoldFact("d.txt", district, "ecology", "t", value, "个", "exact", None, "q", start, end)


def row(start: int, end: int, value: float = 5, district: str = "密云") -> dict:
    return {"doc": "d.txt", "district": district, "value": value, "start": start, "end": end}


def test_same_value_elsewhere_in_the_document_is_no_hit() -> None:
    result = score([fact(100, 110)], [row(10, 20)])
    assert result.found == {} and result.precision == 0


def test_overlapping_span_with_the_same_value_is_a_hit() -> None:
    result = score([fact(100, 110)], [row(105, 115)])
    assert 0 in result.found and result.precision == 1


def test_a_span_much_longer_than_the_quote_is_no_hit() -> None:
    assert score([fact(100, 110)], [row(60, 110)]).found == {}


def test_rounding_of_fractions_is_allowed() -> None:
    assert score([fact(0, 5, value=33.33)], [row(0, 5, value=33.3333)]).found


def test_other_district_is_no_hit_and_other_places_are_set_aside() -> None:
    result = score([fact(0, 5)], [row(0, 5, district="昌平"), row(0, 5, district="全国")])
    assert result.found == {}
    assert result.unscored_rows == 2  # neither 昌平 nor 全国 is scored in this document


@functools.cache
def seed_score():  # type: ignore[no-untyped-def]
    pipeline = Pipeline.from_data()
    docs = sorted({line.split('"doc": "')[1].split('"')[0] for p in GOLD for line in p.open()})
    texts = {name: read_document(ROOT / "seeds" / name).text for name in docs}
    rows = [
        mention.as_row()
        for name in docs
        for mention in pipeline.process_file(ROOT / "seeds" / name).mentions
    ]
    return score(load_gold(GOLD, texts, load_catalog().units), rows)


def test_gold_quotes_are_all_found_in_the_seeds() -> None:
    assert seed_score().missing_quotes == []


@pytest.mark.parametrize("figure", sorted(TARGETS))
def test_seeds_meet_the_target(figure: str) -> None:
    value = seed_score().figures()[figure]
    assert value >= TARGETS[figure], seed_score().report(misses=True)


# Year and period agreement per part of the development corpus (issue 14), held a little under
# today's figures so that other changes cannot quietly lose them. The targets are 0.92
# (year) and 0.95 (period); w3 does not meet the year target yet.
CORPUS = ROOT / "tests" / "corpus"
TIME_FLOORS = {"w1": (0.97, 0.97), "w2": (0.92, 0.96), "w3": (0.83, 0.94)}


@functools.cache
def corpus_score(part: str):  # type: ignore[no-untyped-def]
    gold = [CORPUS / f"gold_{part}.jsonl"]
    docs = sorted({line.split('"doc": "')[1].split('"')[0] for line in gold[0].open()})
    texts = {name: read_document(CORPUS / "docs" / name).text for name in docs}
    pipeline = Pipeline.from_data()
    rows = [
        mention.as_row()
        for name in docs
        for mention in pipeline.process_file(CORPUS / "docs" / name).mentions
    ]
    return score(load_gold(gold, texts, load_catalog().units), rows)


@pytest.mark.parametrize("part", sorted(TIME_FLOORS))
def test_corpus_years_and_periods_hold_their_floors(part: str) -> None:
    figures = corpus_score(part).figures()
    year_floor, period_floor = TIME_FLOORS[part]
    assert figures["year_agreement"] >= year_floor, corpus_score(part).report(misses=True)
    assert figures["period_agreement"] >= period_floor, corpus_score(part).report(misses=True)
