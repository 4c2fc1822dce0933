"""Tables laid out as text: detection and the lexicon section it reads.

The behaviour on whole tables is in ``tests/cases/text_tables.yaml``; these tests pin what the
cases cannot show: which spans a table covers and how a broken lexicon section is reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from districts.errors import CatalogError
from districts.facts.pipeline import Pipeline
from districts.lexicon import LEXICON_PATH, load_lexicon
from districts.text.normalize import normalize


@pytest.fixture(scope="module")
def reader():
    return Pipeline.from_data().extractor.tables


def test_a_table_covers_its_rows_and_not_the_prose_around_it(reader) -> None:
    text = "全年收入稳步增长。\n指标\t单位\t绝对数\n税收收入\t亿元\t31.5\n\n支出增长较快。"
    normalized = normalize(text)
    tables = reader.read(normalized)
    assert len(tables.tables) == 1
    row = normalized.text.index("31.5")
    assert tables.covers(row)
    assert not tables.covers(normalized.text.index("全年"))
    assert not tables.covers(normalized.text.index("支出"))


def test_prose_with_wide_spaces_is_no_table(reader) -> None:
    text = "来源：区政府网站　　2024-05-06\n全区新增绿地35公顷，　　增长百分之五。\n"
    assert reader.read(normalize(text)).tables == ()


def test_a_header_without_rows_is_no_table(reader) -> None:
    assert reader.read(normalize("指标\t单位\t绝对数\n\n正文从这里开始。")).tables == ()


def test_a_broken_text_tables_section_names_the_file_and_entry(tmp_path: Path) -> None:
    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    raw["text_tables"]["unit_headers"] = "单位"  # a word, not a list
    path = tmp_path / "lexicon.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"text_tables\.unit_headers"):
        load_lexicon(path)
