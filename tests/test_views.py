"""What a value's year and period read as, and what a year filter keeps (no Streamlit)."""

from __future__ import annotations

import functools
import json
from collections import OrderedDict
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from districts.present import views
from districts.present.charts import marked_number, when_text
from districts.present.i18n import period_words, when_label
from districts.present.views import (
    Tables,
    _covers,
    indicator_values,
    load_tables,
    other_years,
    part_year_values,
    sortable,
)
from districts.tables import store

FOUR = ["石景山", "门头沟", "昌平", "密云"]


@functools.cache
def data() -> Tables:
    return load_tables()


@pytest.mark.parametrize(
    ("period", "zh", "en"),
    [
        ("H1", "上半年", "H1"),
        ("H2", "下半年", "H2"),
        ("Q1", "一季度", "Q1"),
        ("Q1–Q3", "前三季度", "Jan–Sep"),
        ("Jan–Aug", "1—8月", "Jan–Aug"),
        ("Jan–Oct", "1—10月", "Jan–Oct"),
        ("Sep-end", "9月末", "end of Sep"),
        ("Nov", "11月", "Nov"),
        ("YTD", "年初至今", "year to date"),
        ("day", "单日", "one day"),
        ("days", "数日", "several days"),
    ],
)
def test_a_period_code_reads_as_words(period: str, zh: str, en: str) -> None:
    assert period_words(period, "zh") == zh
    assert period_words(period, "en") == en


@pytest.mark.parametrize(
    ("cells", "zh", "en"),
    [
        (("2024", "year", "", ""), "2024", "2024"),
        (("2024", "H1", "2024", "2024"), "2024年上半年", "2024 H1"),
        (("2024", "Q1–Q3", "", ""), "2024年前三季度", "2024 Jan–Sep"),
        (("2024", "Jan–Aug", "2024", "2024"), "2024年1—8月", "2024 Jan–Aug"),
        (("2024", "span", "2021", "2024"), "2021—2024年", "2021–2024"),
        ((2024.0, "span", 2021.0, 2024.0), "2021—2024年", "2021–2024"),  # read as numbers
        (("2025", "year", "2021", "2025"), "2021—2025年年均", "2021–2025 yearly average"),
        (("", "year", "", ""), "", ""),
        ((float("nan"), float("nan"), None, None), "", ""),  # never "nan" or "None"
    ],
)
def test_a_value_is_labelled_with_its_year_and_period(cells: tuple, zh: str, en: str) -> None:
    assert when_label(*cells, lang="zh") == zh
    assert when_label(*cells, lang="en") == en


def test_without_a_year_the_label_says_as_of_the_document_date_or_not_stated() -> None:
    assert when_text({"year": "", "period": "year", "as_of": "2023-07"}, "zh") == "截至 2023-07"
    assert when_text({"year": "", "as_of": ""}, "en") == "year not stated"
    assert when_text({"year": "2024", "period": "H1", "as_of": "2024-07"}, "zh") == "2024年上半年"


def test_a_qualifier_word_never_runs_into_the_number() -> None:
    assert marked_number("change", 4.5, "en") == "4.5 (change)"
    assert marked_number("change", 4.5, "zh") == "4.5 (变化)"
    assert marked_number("target", 33, "zh") == "33 (目标)"
    assert marked_number("at_least", 20, "zh") == "≥20"
    assert marked_number("approx", 7.6, "en") == "≈7.6"
    assert marked_number("exact", 31, "en") == "31"


def test_part_year_values_are_listed_as_what_they_are_never_in_a_comparison() -> None:
    h1 = data().indicators
    h1 = h1[(h1["district"] == "石景山") & (h1["indicator"] == "gdp") & (h1["period"] == "H1")]
    assert len(h1) == 1  # the seed's half-year GDP
    compared = indicator_values(data(), "gdp", ["石景山"], h1.iloc[0]["year"])
    # the half-year value never stands in the annual comparison of its year
    row = compared.iloc[0]
    assert row["status"] == "not_reported" or (
        row["period"] == "year" and row["value"] != float(h1.iloc[0]["value"])
    )
    listed = part_year_values(data(), FOUR, "industry")
    periods = {(r["indicator"], r["period"]) for r in listed.to_dict("records")}
    assert ("gdp", "H1") in periods and ("fixed_asset_investment", "span") in periods
    assert set(listed["period"]) != {"year"} and "year" not in set(listed["period"])


def test_a_total_over_years_is_on_no_chart_but_listed_from_the_facts() -> None:
    # 2021—2024年累计固定资产投资 is no value of the annual measure (issue 15): the indicator
    # table leaves it out, the theme page's list of other periods reads it from the facts
    tables = data()
    charted = tables.indicators
    assert not (
        (charted["indicator"] == "fixed_asset_investment") & (charted["period"] == "span")
    ).any()
    listed = part_year_values(tables, FOUR, "industry")
    span = listed[listed["period"] == "span"]
    assert list(span["indicator"]) == ["fixed_asset_investment"]
    assert span.iloc[0]["quote"] and span.iloc[0]["doc"]


def test_a_year_filter_keeps_spans_that_include_the_year() -> None:
    spans = part_year_values(data(), FOUR, "industry", year="2022")
    assert list(spans["period"]) == ["span"]  # 2021—2024 includes 2022; the 2025 H1 does not
    assert not part_year_values(data(), FOUR, "industry", year="2025").empty
    assert _covers({"year": "2024", "year_from": "2021", "year_to": "2024"}, "2022")


def test_under_a_year_filter_districts_with_other_years_are_known() -> None:
    elsewhere = other_years(data(), "pm25", FOUR, "2020")
    assert "密云" not in elsewhere  # it has a 2020 value
    assert elsewhere["昌平"] == [("", "2023-07")]  # a value as of the document's date
    assert "石景山" not in elsewhere and "门头沟" not in elsewhere  # no value at all
    assert other_years(data(), "pm25", FOUR, "") == {}


def _values(*rows: tuple[str, str, str]) -> pd.DataFrame:
    """Reported values as (year, as_of, qualifier)."""
    return pd.DataFrame(
        [
            {"district": f"d{n}", "status": "reported", "year": y, "as_of": a, "qualifier": q}
            for n, (y, a, q) in enumerate(rows)
        ]
    )


def test_values_rank_only_when_of_one_year_from_the_text_or_the_document_date() -> None:
    assert sortable(_values(("2024", "2025-01", "exact"), ("2024", "2024-06", "exact")))
    assert sortable(_values(("2024", "2025-01", "exact"), ("", "2024-06", "exact")))
    assert not sortable(_values(("", "2021", "exact"), ("", "2023-07", "exact")))
    assert not sortable(_values(("2024", "", "exact"), ("2024", "", "approx")))


def test_the_year_filter_keeps_a_value_whose_year_comes_from_the_document_date() -> None:
    from districts.present.views import hidden_by_year, indicators_for_theme

    # 昌平's forest coverage has no year in its sentence; its document is of 2023-07.
    values = indicator_values(data(), "forest_coverage", FOUR, "2023")
    changping = values[values["district"] == "昌平"].iloc[0]
    assert changping["status"] == "reported" and changping["value"] == 48.7
    shared, single = indicators_for_theme(data(), "ecology", FOUR, "2023")
    assert shared or single, "a year with values never empties the theme"
    total = int(
        (data().annual["district"].isin(FOUR) & (data().annual["theme"] == "ecology")).sum()
    )
    shown = sum(
        int((indicator_values(data(), i.id, FOUR, "2023")["status"] == "reported").sum())
        for i in shared + single
    )
    assert hidden_by_year(data(), FOUR, "2023", "ecology") == total - shown


def test_the_store_file_cache_drops_the_least_recently_used_table_past_its_byte_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {}
    for name in ("a", "b", "c"):
        content = store.table_bytes(pa.table({"doc": [name * 1000] * 100}))
        (tmp_path / name).write_bytes(content)
        files[name] = (str(tmp_path / name), store.sha256(content))
    size = store.read_table(Path(files["a"][0]), None).nbytes
    monkeypatch.setattr(views, "STORE_CACHE_BYTES", 2 * size)  # room for two of the three
    monkeypatch.setattr(views, "_store_cache", OrderedDict())
    monkeypatch.setattr(views, "_store_cache_bytes", 0)
    for name in ("a", "b", "a", "c"):  # b is now the least recently used
        views._read_store_file(*files[name])
    read: list[Path] = []
    real_read = store.read_table
    monkeypatch.setattr(
        store, "read_table", lambda path, *rest: read.append(path) or real_read(path, *rest)
    )
    views._read_store_file(*files["a"])
    views._read_store_file(*files["c"])
    assert read == []
    views._read_store_file(*files["b"])
    assert read == [Path(files["b"][0])]


def test_the_years_of_a_table_are_worked_out_column_wise_as_row_by_row() -> None:
    rows = pd.DataFrame(
        {
            "year": ["2023", "", None, float("nan"), "", "2021", 2019],
            "as_of": ["2024-01", "2022-05-01", "2020", "", None, "", "2018-03"],
        }
    )
    expected = [views.resolved_year(record) for record in rows.to_dict("records")]
    assert list(views.resolved_years(rows)) == expected
    assert expected == ["2023", "2022", "2020", "", "", "2021", "2018"]
    assert list(views.resolved_years(rows.iloc[0:0])) == []


def test_an_indicators_records_are_its_annual_rows_made_when_asked() -> None:
    tables = data()
    eager: dict[str, list[dict]] = {}
    for record in tables.annual.to_dict("records"):
        eager.setdefault(record["indicator"], []).append(record)
    lazy = tables.indicator_records
    assert eager and all(lazy.get(indicator) == rows for indicator, rows in eager.items())
    assert lazy.get("no_such_indicator") == []


def _with_manifest(tables: Tables, manifest: dict, folder: Path | None = None) -> Tables:
    import dataclasses

    mentions = views.MentionStore(folder or views.DEFAULT_DATA_DIR, manifest)
    return dataclasses.replace(tables, manifest=manifest, mentions=mentions)


def test_a_views_key_outlives_an_add_that_leaves_its_files_alone(tmp_path: Path) -> None:
    import shutil

    tables = data()
    key = views.content_key(tables, FOUR, ["forest_coverage"])
    # an add of a document about other measures: new files elsewhere, new small tables
    added = json.loads(json.dumps(tables.manifest))
    added["tables"]["store/by-indicator/gdp~99.0123456789abcdef.parquet"] = "0" * 64
    added["tables"]["documents.csv"] = "1" * 64
    assert views.content_key(_with_manifest(tables, added), FOUR, ["forest_coverage"]) == key
    # an add that rewrites the indicator's file of one of the districts' partitions
    shutil.copytree(views.DEFAULT_DATA_DIR / "store", tmp_path / "store")
    stem = store.indicator_stem("forest_coverage", "密云")
    touched = json.loads(json.dumps(tables.manifest))
    old = [name for name in touched["tables"] if f"/{stem}." in name]
    assert old, "the seeds report 密云's forest coverage"
    new = f"store/by-indicator/{stem}.fedcba9876543210.parquet"
    shutil.copy(tmp_path / old[0], tmp_path / new)
    touched["tables"][new] = touched["tables"].pop(old[0])
    rewritten = _with_manifest(tables, touched, tmp_path)
    assert views.content_key(rewritten, FOUR, ["forest_coverage"]) != key
    # other code or another catalog made the tables: never the same key
    recoded = {**tables.manifest, "pipeline": "another"}
    assert views.content_key(_with_manifest(tables, recoded), FOUR, ["forest_coverage"]) != key


def test_the_catalog_is_read_again_only_when_one_of_its_files_changes(tmp_path: Path) -> None:
    from districts.catalog import CATALOG_FILES

    for name in CATALOG_FILES:
        (tmp_path / name).write_bytes((views.DEFAULT_DATA_DIR / name).read_bytes())
    first = views._catalog(tmp_path)
    assert views._catalog(tmp_path) is first  # the same files: the same catalog
    indicators = tmp_path / "indicators.yaml"
    indicators.write_bytes(indicators.read_bytes() + b"\n# a comment changes the bytes\n")
    assert views._catalog(tmp_path) is not first


def test_a_views_key_changes_when_a_document_it_shows_is_redated() -> None:
    # the same facts, the document added again with another date: its values' dates (and
    # which value is the newest) change though no store file of the indicator does
    import dataclasses

    tables = data()
    key = views.content_key(tables, FOUR, ["forest_coverage"])
    shown = views.indicator_values(tables, "forest_coverage", FOUR)
    doc = shown[shown["status"] == "reported"].iloc[0]["doc"]
    documents = tables.documents.copy()
    documents.loc[documents["doc"] == doc, "date"] = "1999-01-01"
    redated = dataclasses.replace(tables, documents=documents)
    assert views.content_key(redated, FOUR, ["forest_coverage"]) != key
    assert views.content_key(tables, FOUR, ["forest_coverage"]) == key  # asked again: kept


def test_a_changes_bound_follows_its_qualifier_in_a_table_cell() -> None:
    """增长超三成 is a change with a lower bound: the explorer's cell says both, in each
    language, and an exact change or a bound that is the qualifier itself says one."""
    from districts.present.i18n import qualifier_word

    assert qualifier_word("change", "zh", "at_least") == "变化(≥)"
    assert qualifier_word("change", "en", "approx") == "change (≈)"
    assert qualifier_word("change", "zh", "") == "变化"
    assert qualifier_word("at_least", "zh", "at_least") == "≥"


def test_a_question_asked_of_every_file_of_a_theme_keeps_only_the_files_it_needed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A view's key (the documents in each file) and the totals over years read every file of
    # a theme; only the files that hold such a total are read whole and kept, so the charts'
    # own files are not pushed out of the cache by the hundreds a page never draws.
    tables = data()
    assert views.is_store(tables.mentions)
    monkeypatch.setattr(views, "_store_cache", OrderedDict())
    monkeypatch.setattr(views, "_store_cache_bytes", 0)
    monkeypatch.setattr(views, "_DOCS_IN", {})
    ids = [i.id for i in tables.catalog.indicators_by_theme("industry")]
    tables.content_keys.clear()
    views.content_key(tables, FOUR, ids)
    spans = tables.mentions.spans_of(ids, FOUR)
    assert set(spans["period"]) == {"span"}
    kept = {Path(path).name.split(".")[0] for path, _ in views._store_cache}
    pairs = zip(spans["indicator"], spans["district"], strict=True)
    assert kept == {store.indicator_stem(indicator, district) for indicator, district in pairs}
    assert len(views._DOCS_IN) > len(kept)  # every file was asked which documents it holds
