"""The number forms skipped in a clause without their cue words (``QuantityFinder._form_cues``)
or without a numeral (``QuantityFinder._numeral_forms``) would have found nothing there: on
every clause of the seeds and the corpus, the gated candidates equal those of every form run
on every clause."""

from __future__ import annotations

from pathlib import Path

import pytest

from districts.catalog import load_catalog
from districts.facts.extract import QuantityFinder
from districts.text.normalize import normalize
from districts.text.read import read_document
from districts.text.split import Span, clauses, sentences

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def finders() -> tuple[QuantityFinder, QuantityFinder]:
    gated = QuantityFinder(load_catalog().units)
    ungated = QuantityFinder(load_catalog().units)
    ungated._cue_heads = {}  # every form on every clause
    ungated._numeral_forms = frozenset  # type: ignore[method-assign]  # numerals or not
    ungated._plan_forms()  # the run order is planned once, from the two above
    return gated, ungated


def _clauses(text: str) -> list[Span]:
    found = []
    start = 0
    for line in text.split("\n"):
        for sentence in sentences(line):
            whole = Span(sentence.start + start, sentence.end + start)
            found.extend(clauses(text, whole))
        start += len(line) + 1
    return found


def test_every_form_cue_is_a_word_of_its_form(
    finders: tuple[QuantityFinder, QuantityFinder],
) -> None:
    gated, _ = finders
    forms = {form.__name__ for form in gated._forms} | {"_fractions", "_ranks", "_plus_values"}
    assert set(gated._form_cues()) <= forms  # a renamed form would silently run everywhere
    assert gated._cue_heads  # the lexicon gives the forms their words


def test_every_numeral_form_is_a_form(finders: tuple[QuantityFinder, QuantityFinder]) -> None:
    gated, ungated = finders
    forms = {form.__name__ for _, form, _, _ in gated._form_plan}
    assert gated._numeral_forms() <= forms  # a renamed form would silently run everywhere
    assert any(needs for *_, needs in gated._form_plan)
    assert not any(needs or heads for _, _, heads, needs in ungated._form_plan)


def test_gated_forms_find_what_every_form_finds(
    finders: tuple[QuantityFinder, QuantityFinder],
) -> None:
    gated, ungated = finders
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "corpus" / "docs").glob("*")
    )
    checked = 0
    for path in paths:
        if path.suffix in (".yaml", ".md"):
            continue
        text = normalize(read_document(path).text).text
        for clause in _clauses(text):
            assert gated.candidates(text, clause) == ungated.candidates(text, clause), (
                path.name,
                text[clause.start : clause.end],
            )
            checked += 1
    assert checked > 1000
