"""Curation: `districts catalog list/map/add`, data/user/catalog.yaml, and how it merges."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from districts.catalog import load_catalog, to_simplified
from districts.cli import main
from districts.curation import add_indicator, document_digest, map_term, user_catalog_path
from districts.errors import CatalogError

DATA = Path(__file__).resolve().parent.parent / "data"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of data/ (catalogs and tables), which the CLI uses as its data folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    for path in DATA.iterdir():
        if path.is_file() and path.suffix in (".yaml", ".csv", ".json"):
            shutil.copy(path, folder / path.name)
    monkeypatch.setattr("districts.cli.DATA_DIR", folder)
    return folder


def test_catalog_list_prints_id_names_unit_and_theme(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalog", "list", "--theme", "industry", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == ["id", "name", "English name", "unit", "theme", "source"]
    gdp = next(line.split("\t") for line in lines if line.startswith("gdp\t"))
    assert gdp == ["gdp", "地区生产总值", "Gross regional product (GDP)",
                   "100 million yuan", "Industry", "shipped"]  # fmt: skip
    assert all(line.split("\t")[4] == "Industry" for line in lines[1:])


def test_catalog_map_records_the_term_and_the_rebuild_maps_its_facts(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "人工智能企业" not in (data / "indicators.csv").read_text(encoding="utf-8-sig")
    assert main(["catalog", "add", "--name", "人工智能企业数量", "--unit", "家",
                 "--theme", "industry", "--no-build"]) == 0  # fmt: skip
    assert main(["catalog", "map", "人工智能企業", "人工智能企业数量"]) == 0  # traditional term
    said = capsys.readouterr().out
    assert "'人工智能企业' → user_1" in said and "rebuilt the tables: 2 of" in said
    stored = yaml.safe_load(user_catalog_path(data).read_text(encoding="utf-8"))
    assert stored["mappings"][0] | {"added": ""} == {
        "term": "人工智能企业", "indicator": "user_1", "added": ""
    }  # fmt: skip
    table = (data / "indicators.csv").read_text(encoding="utf-8-sig")
    # the answer of an interview whose question names no year: no year of its own (issue 14)
    assert "门头沟,user_1,人工智能企业数量,industry," in table


def test_catalog_map_refuses_a_term_of_another_indicator_in_one_line(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalog", "map", "森林覆盖率", "gdp"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "'森林覆盖率' already names indicator 'forest_coverage'" in error
    assert str(user_catalog_path(data)) in error
    assert not user_catalog_path(data).exists()


def test_catalog_add_refuses_a_name_the_catalog_has_and_an_unknown_unit(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = ["catalog", "add", "--name", "地区GDP", "--unit", "亿元", "--theme", "industry"]
    assert main(taken) == 2
    assert "already names indicator 'gdp'" in capsys.readouterr().err
    unknown = ["catalog", "add", "--name", "蜂群数量", "--unit", "箱箱", "--theme", "industry"]
    assert main(unknown) == 2
    assert "unit '箱箱' is not in units.yaml" in capsys.readouterr().err
    assert not user_catalog_path(data).exists()


def test_catalog_map_names_an_unknown_indicator(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalog", "map", "游客", "no_such_measure"]) == 2
    assert "no indicator 'no_such_measure'" in capsys.readouterr().err


def test_an_indicator_is_found_by_id_chinese_or_english_name(data: Path) -> None:
    for ref in ("tourist_visits", "接待游客", "Tourist visits received"):
        assert map_term(data, "游客到访", ref).indicator.id == "tourist_visits"


def test_the_user_catalog_survives_a_change_of_the_shipped_catalog(data: Path) -> None:
    map_term(data, "游客到访量", "tourist_visits")
    before = user_catalog_path(data).read_bytes()
    shipped = data / "indicators.yaml"
    text = shipped.read_text(encoding="utf-8")
    # an upgrade gives the user's term to another indicator and rewrites a definition
    text = text.replace("synonyms: [地区生产总值, ", "synonyms: [游客到访量, 地区生产总值, ")
    text = text.replace("报告期内接待的游客人次。", "报告期内接待的国内外游客人次。")
    shipped.write_text(text, encoding="utf-8")
    catalog = load_catalog(data)
    assert user_catalog_path(data).read_bytes() == before
    assert catalog.indicator_by_synonym("游客到访量").id == "tourist_visits", "the user wins"
    assert "游客到访量" not in catalog.indicator_by_id("gdp").synonyms
    assert catalog.indicator_by_id("tourist_visits").definition == "报告期内接待的国内外游客人次。"
    assert catalog.user is not None
    assert any("'游客到访量'" in note and "wins" in note for note in catalog.user.notes)


def test_a_malformed_user_catalog_is_named_with_its_entry(data: Path) -> None:
    path = user_catalog_path(data)
    path.parent.mkdir()
    path.write_text("mappings:\n  - term: 游客到访量\n    indicator: gone_measure\n", "utf-8")
    with pytest.raises(
        CatalogError, match=r"catalog.yaml \[游客到访量\]: indicator 'gone_measure'"
    ):
        load_catalog(data)


def test_a_mapping_changes_the_cache_key_only_of_documents_naming_the_term(data: Path) -> None:
    texts = {path.name: path.read_text(encoding="utf-8") for path in SEEDS.glob("*.txt")}
    before = {name: document_digest(load_catalog(data), text) for name, text in texts.items()}
    add_indicator(data, name="蜂产品种类", unit="个", theme="industry")  # named by Miyun only
    after = {name: document_digest(load_catalog(data), text) for name, text in texts.items()}
    changed = {name for name in texts if before[name] != after[name]}
    pairs = ("蜂产", "产品", "品种", "种类")  # a part of the term may be what a rule completes
    naming = {n for n, text in texts.items() if any(p in to_simplified(text) for p in pairs)}
    assert changed == naming
    assert "002_e1d43fca5c4aea9a.txt" in changed, "the Miyun document names the term"
    assert "004_5e0f03cb035e4201.txt" in changed, "產品 in traditional script counts"
    assert len(changed) < len(texts), "the others keep their cached facts"


def test_districts_build_after_a_map_remaps_the_facts_in_the_data_dir_of_the_environment(
    data: Path,
) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "DISTRICTS_DATA_DIR": str(data)}
    root = Path(__file__).resolve().parent.parent
    env["PYTHONPATH"] = str(root)

    def districts(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "districts.cli", *args]
        return subprocess.run(command, env=env, capture_output=True, text=True, cwd=root)

    assert districts("build", "--quiet").returncode == 0  # fills the data folder's cache
    added = ["catalog", "add", "--name", "人工智能企业数量", "--unit", "家", "--theme", "industry"]
    assert districts(*added, "--no-build").returncode == 0
    assert districts("catalog", "map", "人工智能企业", "user_1", "--no-build").returncode == 0
    assert "user_1" not in (data / "indicators.csv").read_text(encoding="utf-8-sig")
    assert districts("build", "--quiet").returncode == 0
    assert ",user_1,人工智能企业数量," in (data / "indicators.csv").read_text(encoding="utf-8-sig")
    assert not (DATA / "user" / "catalog.yaml").exists() or "user_1" not in (
        DATA / "user" / "catalog.yaml"
    ).read_text(encoding="utf-8"), "the project's own data/ is untouched"
