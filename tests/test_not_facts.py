"""The "is it a fact?" rules: named, ordered, explained, and their cue words validated as data.

Sentence-level cases live in tests/cases/not_facts.yaml; these tests hold the machinery.
"""

from __future__ import annotations

import pytest
import yaml

from districts.catalog import load_catalog
from districts.facts import not_facts
from districts.facts.extract import QuantityFinder
from districts.facts.not_facts import NOT_A_FACT_IN_ANY_FORM, NOT_A_MEASURED_AMOUNT
from districts.lexicon import LEXICON_PATH, NotFactCues
from districts.text.split import Span


@pytest.fixture(scope="module")
def finder() -> QuantityFinder:
    return QuantityFinder(load_catalog().units)


def test_every_rule_is_named_and_says_why_with_an_example() -> None:
    for rule in (*NOT_A_MEASURED_AMOUNT, *NOT_A_FACT_IN_ANY_FORM):
        doc = rule.__doc__ or ""
        assert rule.__name__.startswith(("is_", "names_", "counts_", "unit_")), rule.__name__
        assert len(doc) > 20, f"{rule.__name__} needs a docstring saying why"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in doc), f"{rule.__name__}: no example"


def test_rule_lists_have_no_duplicates() -> None:
    for rules in (NOT_A_MEASURED_AMOUNT, NOT_A_FACT_IN_ANY_FORM):
        names = [rule.__name__ for rule in rules]
        assert len(names) == len(set(names))


def test_explain_names_the_rule_that_set_each_number_aside(finder: QuantityFinder) -> None:
    text = "区第九届人大第二次会议指出，按20年一遇标准，65岁的护林员说，全区新增林地80公顷。"
    verdicts = {v.written: v.rule for v in finder.explain(text, Span(0, len(text)))}
    assert verdicts["20年"] == "is_a_return_period"
    assert verdicts["65岁"] == "is_an_age_of_people"
    assert verdicts["80公顷"] is None
    assert any(rule == "names_an_event" for rule in verdicts.values())


def test_found_quantities_are_exactly_the_explained_survivors(finder: QuantityFinder) -> None:
    text = "全区新增绿地35公顷（1公顷=15亩），按50年一遇标准加固堤防6公里。"
    sentence = Span(0, len(text))
    found = {text[q.start : q.end] for q in finder.find(text, sentence)}
    kept = {v.written for v in finder.explain(text, sentence) if v.rule is None}
    assert found == {"35公顷", "6公里"}
    assert found <= kept


def test_cue_words_load_from_the_lexicon() -> None:
    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    cues = NotFactCues.from_raw(raw["not_facts"])
    assert cues.return_period_markers and cues.event_nouns and cues.place_names_with_numerals
    # longest first, so that a longer cue wins over its prefix
    assert list(cues.district_nouns) == sorted(cues.district_nouns, key=len, reverse=True)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (None, "expected a mapping"),
        ({}, "missing"),
        ("not a mapping", "expected a mapping"),
    ],
)
def test_cue_words_are_validated(raw: object, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        NotFactCues.from_raw(raw)


def test_a_cue_list_must_hold_words() -> None:
    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))["not_facts"]
    raw = {**raw, "event_nouns": ["", 3]}
    with pytest.raises(ValueError, match=r"not_facts\.event_nouns"):
        NotFactCues.from_raw(raw)


def test_no_cue_word_is_written_in_the_rules_module() -> None:
    """Cue words are data: the rules module holds Chinese only in docstrings and comments."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(not_facts))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.Module)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in docstrings:
                continue
            assert not any("\u4e00" <= ch <= "\u9fff" for ch in node.value), node.value
