"""Extraction behaviours as data: ``tests/cases/*.yaml``, one file per failure class.

Each case is a small text written for the test (never a seed or corpus document) and the facts
the pipeline must find in it. A case that the pipeline does not meet yet stays in its file with
``known_failure: <reason>``; it runs as a strict xfail, so it turns into a failure the day it
passes and must then lose its mark. The file format is described in ``tests/cases/README.md``.
"""

from __future__ import annotations

import functools
import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from districts.facts.mentions import Mention
from districts.facts.pipeline import Pipeline, SourceInfo
from districts.text.read import Document, decode_bytes

CASES_DIR = Path(__file__).parent / "cases"
# Fields a case may give for an expected fact, and how each is compared.
FACT_FIELDS = {"value", "unit", "qualifier", "district", "term", "indicator", "theme", "year"}
FACT_FIELDS |= {"period", "year_from", "year_to", "quote", "bound"}


@functools.cache
def pipeline() -> Pipeline:
    return Pipeline.from_data()


def load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        for number, case in enumerate(raw["cases"], 1):
            name = f"{path.stem}:{number}:{case.get('name') or case['text'][:16]}"
            marks = []
            if case.get("known_failure"):
                marks.append(pytest.mark.xfail(reason=case["known_failure"], strict=True))
            params.append(pytest.param(case, id=name, marks=marks))
    return params


def run(case: dict[str, Any]) -> list[Mention]:
    text: str = case["text"]
    encoding = case.get("encoding", "utf-8")
    if encoding != "utf-8":
        text, encoding = decode_bytes(text.encode(encoding), "case.txt")
    document = Document("case.txt", "case.txt", text, encoding, len(text.encode("utf-8")))
    info = SourceInfo(
        file="case.txt",
        title=str(case.get("title", "")),
        publisher=str(case.get("publisher", "")),
        date=str(case.get("date", "")),
        district=str(case.get("district", "")),
    )
    return list(pipeline().facts(document, info).mentions)


def agrees(expected: dict[str, Any], mention: Mention) -> bool:
    for field, wanted in expected.items():
        actual = getattr(mention, field, None)
        if field == "value":
            if actual is None or not math.isclose(float(actual), float(wanted), rel_tol=1e-6):
                return False
        elif field in ("term", "quote"):
            if wanted not in (actual or ""):
                return False
        elif actual != wanted and not (wanted is None and actual in ("", None)):
            return False
    return True


def describe(mentions: list[Mention]) -> list[str]:
    return [
        f"{m.value:g} {m.unit} {m.qualifier} {m.district} {m.term!r} y={m.year} | {m.quote}"
        for m in mentions
    ]


@pytest.mark.parametrize("case", load_cases())
def test_case(case: dict[str, Any]) -> None:
    mentions = run(case)
    for expected in case.get("facts", []):
        unknown = set(expected) - FACT_FIELDS
        assert not unknown, f"unknown fields {unknown} in case {case['text'][:20]!r}"
        assert any(agrees(expected, m) for m in mentions), (
            f"expected {expected}, found:\n" + "\n".join(describe(mentions))
        )
    for unwanted in case.get("not", []):
        assert not any(agrees(unwanted, m) for m in mentions), (
            f"should not find {unwanted}, found:\n" + "\n".join(describe(mentions))
        )
    if case.get("only"):
        assert len(mentions) == len(case.get("facts", [])), "\n".join(describe(mentions))


def test_every_case_file_names_its_class_and_reason() -> None:
    for path in sorted(CASES_DIR.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert raw.get("class") and raw.get("why"), f"{path.name}: needs 'class' and 'why'"
        assert raw.get("cases"), f"{path.name}: no cases"
