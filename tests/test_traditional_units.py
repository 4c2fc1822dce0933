"""Units are found after script conversion, whatever the script (issue 13).

A unit written in traditional script (蒸噸, 公頃, 萬千瓦時) must be read as the unit table's
simplified entry: the table lists simplified forms only, and the text is converted before the
units are matched. This checks the whole table, so a new unit needs no traditional spelling.
"""

from __future__ import annotations

import pytest

from districts.catalog import load_catalog
from districts.facts.extract import QuantityFinder
from districts.lexicon import load_lexicon
from districts.text.normalize import normalize
from districts.text.split import Span

opencc = pytest.importorskip("opencc")


def _units_written_differently() -> list[tuple[str, str]]:
    to_traditional = opencc.OpenCC("s2t")
    pairs = []
    for name in load_catalog().units:
        written = to_traditional.convert(name)
        if written != name:
            pairs.append((name, written))
    return pairs


def test_some_units_are_written_differently_in_traditional_script() -> None:
    assert len(_units_written_differently()) > 10


def _read(finder: QuantityFinder, original: str) -> list[tuple[float, str]]:
    text = normalize(original).text
    return [(q.value, q.unit) for q in finder.find(text, Span(0, len(text)))]


@pytest.mark.parametrize(("unit", "written"), _units_written_differently())
def test_a_unit_in_traditional_script_reads_as_in_simplified(unit: str, written: str) -> None:
    """The same sentence in either script gives the same quantities (value, unit)."""
    finder = QuantityFinder(load_catalog().units, load_lexicon())
    simplified = _read(finder, f"该区统计数据显示,数值为36{unit},较上年有所提高。")
    traditional = _read(finder, f"該區統計數據顯示,數值為36{written},較上年有所提高。")
    assert traditional == simplified


def test_units_of_both_scripts_are_found() -> None:
    """Not merely equal: most units are found at all (a few are set aside in this sentence as
    not a measured amount, e.g. an age)."""
    finder = QuantityFinder(load_catalog().units, load_lexicon())
    pairs = _units_written_differently()
    found = [unit for unit, written in pairs if _read(finder, f"數值為36{written}。")]
    assert len(found) >= len(pairs) - 2
