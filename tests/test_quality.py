"""The measured quality of the numbers holds its floors, part by part (tests/quality_floors.yaml).

The parts are those `districts eval` reports: the seeds, the development corpus's reports and
bulletins (w1 + w2) and its messy formats (w3). Each is held on its own, so a strong part cannot
hide a weak one.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
import yaml

from districts.evaluate import TARGETS, Score, default_parts, score_parts

ROOT = Path(__file__).resolve().parent.parent
FLOORS = yaml.safe_load((ROOT / "tests" / "quality_floors.yaml").read_text(encoding="utf-8"))


@functools.cache
def scores() -> dict[str, Score]:
    return score_parts(default_parts(ROOT))


def test_the_default_eval_scores_the_seeds_and_every_corpus_part() -> None:
    assert {"seeds", "w1", "w2", "w3", "w1+w2"} <= scores().keys()
    assert len(scores()["w1+w2"].gold) == len(scores()["w1"].gold) + len(scores()["w2"].gold)


def test_every_gold_quote_is_found_in_its_document() -> None:
    for name, result in scores().items():
        assert result.missing_quotes == [], name


@pytest.mark.parametrize(
    ("part", "figure"),
    [(part, figure) for part, figures in FLOORS.items() for figure in figures],
)
def test_the_figure_holds_its_floor(part: str, figure: str) -> None:
    value = scores()[part].figures()[figure]
    assert value >= FLOORS[part][figure], f"{part} {figure} {value:.3f}"


def test_floors_never_exceed_what_the_issues_ask() -> None:
    for part, figures in FLOORS.items():
        for figure, floor in figures.items():
            assert figure in TARGETS, f"{part}: unknown figure {figure}"
            assert floor <= TARGETS[figure], f"{part} {figure}: floor above the target"
