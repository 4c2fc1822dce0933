"""The built tables: equal to a fresh build, traceable, honest, atomic, one build at a time."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import shutil
from pathlib import Path

import pytest

from districts.catalog import load_catalog
from districts.errors import DistrictsError
from districts.facts.mentions import Mention
from districts.tables import build as tables
from districts.tables import io as tables_io
from districts.tables.corpus import corpus_dirs
from districts.text.read import read_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
TABLE_FILES = ("mentions.csv", "indicators.csv", "coverage.csv", "documents.csv")


def rows(content: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> tables.BuildResult:
    return tables.build(corpus_dirs(), tmp_path_factory.mktemp("built"))


def test_committed_tables_equal_a_fresh_build(fresh: tables.BuildResult) -> None:
    for name in (*TABLE_FILES, "datapackage.json"):
        assert (DATA / name).read_bytes() == fresh.tables[name], f"{name}: run `districts build`"
    committed = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    built = json.loads(fresh.tables["manifest.json"])
    assert committed["catalog"] == built["catalog"]
    assert committed["tables"] == built["tables"]
    # the digest decides whether `districts add` may patch the store: a stale one makes every
    # add a full rebuild (CI failed once on data built before a lexicon change)
    assert committed["pipeline"] == built["pipeline"], (
        "data/ predates the code: run `districts build`"
    )


def test_build_is_deterministic(fresh: tables.BuildResult, tmp_path: Path) -> None:
    again = tables.build(SEEDS, tmp_path)
    for name in TABLE_FILES:
        assert again.tables[name] == fresh.tables[name]


def test_csv_files_open_in_excel() -> None:
    for name in TABLE_FILES:
        assert (DATA / name).read_bytes().startswith(b"\xef\xbb\xbf"), name


def test_every_quote_is_its_document_at_start_end(fresh: tables.BuildResult) -> None:
    texts = {path.name: read_document(path).text for path in SEEDS.glob("*.txt")}
    for table in ("mentions.csv", "indicators.csv"):
        for row in rows(fresh.tables[table]):
            start, end = int(row["start"]), int(row["end"])
            assert texts[row["doc"]][start:end] == row["quote"], row


def test_no_zero_that_the_text_did_not_state(fresh: tables.BuildResult) -> None:
    for table in ("mentions.csv", "indicators.csv"):
        for row in rows(fresh.tables[table]):
            if float(row["value"]) == 0:
                assert "0" in row["as_written"] or "零" in row["as_written"], row


def test_coverage_lists_every_indicator_reported_by_two_districts(
    fresh: tables.BuildResult,
) -> None:
    indicators = rows(fresh.tables["indicators.csv"])
    reporters: dict[str, set[str]] = {}
    for row in indicators:
        reporters.setdefault(row["indicator"], set()).add(row["district"])
    shared = {indicator for indicator, who in reporters.items() if len(who) >= 2}
    assert shared, "the seeds share indicators (森林覆盖率, 专精特新企业, …)"
    coverage = rows(fresh.tables["coverage.csv"])
    for indicator in shared:
        reported = {
            row["district"]
            for row in coverage
            if row["indicator"] == indicator and row["status"] == "reported"
        }
        assert reported == reporters[indicator]


def test_not_reported_is_a_status_not_a_zero(fresh: tables.BuildResult) -> None:
    coverage = rows(fresh.tables["coverage.csv"])
    missing = [row for row in coverage if row["status"] == "not_reported"]
    assert missing and all(row["n_values"] == "0" for row in missing)
    indicators = rows(fresh.tables["indicators.csv"])
    reported = {(row["district"], row["indicator"]) for row in indicators}
    assert not any((row["district"], row["indicator"]) in reported for row in missing)


def test_related_coverage_indicators_are_never_merged(fresh: tables.BuildResult) -> None:
    indicators = rows(fresh.tables["indicators.csv"])
    by_id = {(row["district"], row["indicator"]): row for row in indicators}
    assert by_id[("密云", "forest_coverage")]["as_written"] == "68.5%"
    assert by_id[("密云", "tree_greening_rate")]["as_written"] == "75.3%"
    assert by_id[("门头沟", "tree_coverage")]["as_written"] == "65%"
    assert ("门头沟", "forest_coverage") not in by_id


def test_documents_table_describes_each_seed(fresh: tables.BuildResult) -> None:
    documents = {row["doc"]: row for row in rows(fresh.tables["documents.csv"])}
    assert len(documents) == 5
    assert {row["district"] for row in documents.values()} == {"门头沟", "密云", "昌平", "石景山"}
    assert all(row["problem"] == "" for row in documents.values())
    damaged = [row for row in documents.values() if int(row["unreadable_spans"]) > 0]
    assert [row["script"] for row in damaged] == ["traditional_pinyin"]


def test_bad_documents_are_listed_and_the_rest_is_built(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS / "002_e1d43fca5c4aea9a.txt", docs)
    (docs / "empty.txt").write_bytes(b"")
    (docs / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (docs / "nowhere.txt").write_text("全市新增公园20处,森林覆盖率达到45%。", encoding="utf-8")
    result = tables.build(docs, tmp_path / "out")
    problems = {row.doc: row.problem for row in result.documents}
    assert problems["002_e1d43fca5c4aea9a.txt"] == ""
    assert "empty" in problems["empty.txt"]
    assert "PNG" in problems["image.txt"]
    assert "names no Beijing district" in problems["nowhere.txt"]
    assert {m.doc for m in result.mentions} == {"002_e1d43fca5c4aea9a.txt"}


def test_unseen_document_about_another_district(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    text = (
        "怀柔区2024年生态环境保护工作综述\n"
        "2024年,怀柔区森林覆盖率达到80.1%,PM2.5年均浓度28微克/立方米。"
        "全区新增公园5处,国家高新技术企业突破900家。\n"
    )
    (docs / "huairou.txt").write_text(text, encoding="gb18030")
    result = tables.build(docs, tmp_path / "out")
    assert [row.district for row in result.documents] == ["怀柔"]
    found = {(m.indicator, m.value, m.year) for m in result.mentions}
    assert ("forest_coverage", 80.1, 2024) in found
    assert ("pm25", 28, 2024) in found
    coverage = rows(result.tables["coverage.csv"])
    assert {row["district"] for row in coverage} == {"怀柔"}


def test_a_failed_write_leaves_the_old_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "indicators.csv"
    target.write_bytes(b"old")

    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tables_io.os, "replace", fail)
    with pytest.raises(OSError):
        tables_io.write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_a_second_build_at_once_is_refused(tmp_path: Path) -> None:
    with tables.build_lock(tmp_path), pytest.raises(DistrictsError, match="another build"):
        tables.build(SEEDS, tmp_path)


def test_a_broken_catalog_is_refused_naming_its_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("*.csv", "*.json"))
    (data / "units.yaml").write_text("units: [unclosed", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "indicators.csv").write_bytes(b"last good")
    with pytest.raises(DistrictsError, match=r"units\.yaml"):
        tables.build(SEEDS, out, catalog=load_catalog(data))
    assert (out / "indicators.csv").read_bytes() == b"last good"


def test_a_second_pipeline_in_one_process_changes_nothing() -> None:
    # jieba's dictionary is global: registering the catalog's terms twice used to change
    # how later text was segmented, and so the terms and quotes in the tables.
    from districts.facts.pipeline import Pipeline

    path = SEEDS / "004_5e0f03cb035e4201.txt"
    first = Pipeline.from_data().facts_of_file(path).mentions
    Pipeline.from_data()
    assert Pipeline.from_data().facts_of_file(path).mentions == first


def _mention(indicator: str, value: float, *, period: str = "year") -> Mention:
    return Mention(
        doc="a.txt", district="密云", theme="resilience", indicator=indicator, term="",
        value=value, unit="个", as_written=str(value), qualifier="exact", year=2024,
        quote=str(value), start=0, end=1, sentence="", period=period,
    )  # fmt: skip


def test_a_programmes_work_stays_out_of_the_indicator_table() -> None:
    catalog = load_catalog()
    work = [_mention("waterlogging_points", 12), _mention("emergency_shelters", 40)]
    charted = [row["indicator"] for row in tables.indicator_rows(work, catalog, {})]
    assert charted == ["emergency_shelters"]


def test_a_level_or_a_cumulative_measure_over_years_is_charted_as_its_last_year() -> None:
    """五年累计新增造林 stays a total over years (so on no chart: indicator_rows);
    a measure cumulative by definition and a rate reached at the end of several years are
    annual readings; part-year and annual periods pass unchanged (issue 15)."""
    catalog = load_catalog()
    fixed = catalog.indicator_by_id("fixed_asset_investment")
    assert tables.chart_period(fixed, "span") == "span"
    assert tables.chart_period(fixed, "H1") == "H1"
    assert tables.chart_period(fixed, None) == "year"
    cumulative = catalog.indicator_by_id("energy_intensity_cumulative_reduction")
    assert tables.chart_period(cumulative, "span") == "year"
    # a rate reached at the end of several years is that year's level; its change over them
    # (增长了一成) is no annual rate
    coverage = catalog.indicator_by_id("forest_coverage")
    assert tables.chart_period(coverage, "span", level_kind=True) == "year"
    assert tables.chart_period(coverage, "span", level_kind=True, change=True) == "span"


def test_a_total_over_years_is_on_no_chart_but_a_stock_reached_is_its_last_year() -> None:
    """A total over several years (五年累计新增…) is no value of the annual measure: the
    indicator table leaves it out (mentions.csv keeps it). A count said as a total reached
    (公园总数达到…) at the end of those years is the last year's stock (issue 15)."""
    catalog = load_catalog()
    total = _mention("emergency_shelters", 12, period="span")
    stock = dataclasses.replace(_mention("parks", 95, period="span"), quote="全区公园总数达到95个")
    rows = tables.indicator_rows([total, stock], catalog, {})
    assert [(row["indicator"], row["period"]) for row in rows] == [("parks", "year")]


def test_a_yearly_average_over_years_is_on_no_chart_unless_the_measure_is_an_average() -> None:
    """2016—2020年年均新增避难场所12处 is no figure of 2020: the indicator table leaves it out
    (mentions.csv keeps it, labelled 2016—2020年年均); a measure that is an average over years
    (地区生产总值年均增速) or a stock reached at the end (总数达到…) stays (promise 2)."""
    catalog = load_catalog()
    average = dataclasses.replace(
        _mention("emergency_shelters", 12), year=2020, year_from=2016, year_to=2020
    )
    growth = dataclasses.replace(
        _mention("average_annual_gdp_growth", 6.2), unit="%", year=2020, year_from=2016,
        year_to=2020,
    )  # fmt: skip
    stock = dataclasses.replace(
        _mention("parks", 95), quote="全区公园总数达到95个", year=2020, year_from=2016, year_to=2020
    )
    rows = tables.indicator_rows([average, growth, stock], catalog, {})
    assert sorted(row["indicator"] for row in rows) == ["average_annual_gdp_growth", "parks"]


def test_a_row_lists_every_statement_of_its_value() -> None:
    """A bulletin's text and its table both give the value: the row's stated_at names both
    places, the chosen quote first; a different value of the same key is not listed."""
    catalog = load_catalog()
    text = dataclasses.replace(_mention("emergency_shelters", 40), start=5, end=9)
    table = dataclasses.replace(_mention("emergency_shelters", 40), start=90, end=99)
    other = dataclasses.replace(_mention("emergency_shelters", 41), start=50, end=52)
    (only,) = tables.indicator_rows([text, table, other], catalog, {})
    first = f"a.txt:{only['start']}-{only['end']}"
    assert only["stated_at"].split(";")[0] == first
    assert set(only["stated_at"].split(";")) == {"a.txt:5-9", "a.txt:90-99"}


def test_a_growths_bound_is_the_rows_qualifier_and_an_exact_growth_wins() -> None:
    """增长超三成 is a change with a lower bound: its row says at_least (a chart marks ≥30 and
    hatches it), and an exact growth of the same key is chosen before it; 增长5.2% stays a
    change (the growth measure's own value)."""
    catalog = load_catalog()
    growth = dataclasses.replace(
        _mention("gdp_growth", 30), qualifier="change", bound="at_least", unit="%", start=0, end=9
    )
    (bounded,) = tables.indicator_rows([growth], catalog, {})
    assert (bounded["value"], bounded["qualifier"]) == (30, "at_least")
    exact = dataclasses.replace(growth, value=31.2, bound="", start=20, end=29)
    (chosen,) = tables.indicator_rows([growth, exact], catalog, {})
    assert (chosen["value"], chosen["qualifier"]) == (31.2, "change")
