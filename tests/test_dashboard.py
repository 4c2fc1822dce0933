"""Every page renders with default and with unusual views (Streamlit's AppTest)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

PAGES = (
    "overview", "ecology", "industry", "resilience", "indicator", "sources", "add", "about",
    "explorer",
)  # fmt: skip


def _page(name: str) -> None:
    from districts.ui import pages

    pages.build()
    pages._PAGES[name][0]()


def run(name: str, **params: str) -> AppTest:
    app = AppTest.from_function(_page, args=(name,), default_timeout=60)
    for key, value in params.items():
        app.query_params[key] = value
    return app.run()


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"d": "miyun"},  # one district
        {"d": ""},  # no district
        {"lang": "en"},
        {"d": "nowhere,miyun", "year": "1888", "ind": "no_such", "doc": "../etc/passwd"},
    ],
    ids=["default", "one-district", "no-district", "english", "garbage-url"],
)
def test_page_renders_without_exception(name: str, params: dict[str, str]) -> None:
    app = run(name, **params)
    assert not app.exception, app.exception
    assert app.title, "every page has a title"


def test_english_switch_changes_the_page() -> None:
    assert run("ecology", lang="en").title[0].value == "Ecology"
    assert run("ecology").title[0].value == "生态"


def test_theme_page_draws_one_chart_per_reported_indicator() -> None:
    from districts.present.views import indicators_for_theme, load_tables

    data = load_tables()
    shared, single = indicators_for_theme(data, "ecology", ["石景山", "门头沟", "昌平", "密云"])
    from districts.ui.paging import FIRST_CHARTS

    app = run("ecology")
    everything = len(shared) + len(single)
    assert everything > 2
    assert len(app.get("plotly_chart")) == min(everything, FIRST_CHARTS)
    for button in app.button:  # the rest on request
        if "个图表" in button.label or "charts" in button.label:
            button.click().run()
    assert len(app.get("plotly_chart")) == everything


def test_a_theme_with_no_shared_indicator_says_so_and_still_draws_each_value() -> None:
    app = run("resilience")
    assert any("没有共同报告" in info.value for info in app.info)
    assert app.get("plotly_chart"), "one district's values are charts too"


def test_one_district_still_gets_charts_on_every_theme_page() -> None:
    for theme in ("ecology", "industry", "resilience"):
        app = run(theme, d="mentougou")
        assert not app.exception
        assert app.get("plotly_chart"), theme


def test_a_refused_sort_says_why() -> None:
    app = run("industry")
    next(switch for switch in app.toggle if switch.label == "按数值排序").set_value(True).run()
    captions = " ".join(c.value for c in app.caption)
    assert "不宜排序" in captions and "统计范围不同" in captions


def test_no_district_selected_asks_for_one() -> None:
    assert any("至少一个区" in w.value for w in run("ecology", d="").warning)


def test_unknown_url_parameters_are_ignored_with_a_notice() -> None:
    app = run("ecology", d="nowhere,miyun", year="1888")
    notice = " ".join(info.value for info in app.info)
    assert "d=nowhere" in notice and "year=1888" in notice
    assert app.query_params["d"] in ("miyun", ["miyun"])


def test_view_state_is_written_to_the_url() -> None:
    app = run("indicator", ind="forest_coverage", d="miyun,changping", lang="en")
    assert app.query_params["ind"] in ("forest_coverage", ["forest_coverage"])
    assert app.query_params["lang"] in ("en", ["en"])
    assert app.get("plotly_chart"), "the indicator's chart is drawn"


def test_sources_page_opens_the_document_at_a_fact() -> None:
    app = run("sources", doc="002_e1d43fca5c4aea9a.txt", at="643")
    assert not app.exception
    chooser = next(box for box in app.selectbox if box.label == "选择文档")
    assert chooser.value == "002_e1d43fca5c4aea9a.txt"


def test_document_text_is_escaped() -> None:
    from districts.ui.sources import _highlight

    text = "<script>alert(1)</script> **粗体** 68.5%"
    start = text.index("68.5%")
    body = _highlight(text, [(start, start + 5)], [], None)
    assert "<script>" not in body and "&lt;script&gt;" in body
    assert '">68.5%</mark>' in body


def test_missing_tables_give_a_page_saying_how_to_rebuild(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from districts.ui import state

    monkeypatch.setattr(state, "DEFAULT_DATA_DIR", tmp_path)
    state._tables.clear()
    app = AppTest.from_function(_page, args=("ecology",), default_timeout=60).run()
    state._tables.clear()
    assert not app.exception
    assert any("districts build" in m.value for m in app.markdown)


def test_add_page_lists_nothing_until_a_file_is_uploaded() -> None:
    app = run("add")
    assert not app.exception
    assert app.title[0].value == "添加文档"
    assert not app.button, "no confirm button without an upload"


@pytest.mark.parametrize(
    ("text_district", "url", "offered"),
    [
        ("", "https://www.bjmtg.gov.cn/bjmtg/zwxx/202401/t1.shtml", "门头沟"),
        ("", "www.bjmtg.gov.cn/bjmtg/zwxx/t1.shtml", "门头沟"),  # typed without a scheme
        ("密云", "https://www.bjmtg.gov.cn/t1.shtml", "密云"),  # the text's own district first
        ("", "https://www.beijing.gov.cn/ywdt/t1.html", ""),  # the city's site names none
        ("", "", ""),
    ],
)
def test_an_upload_is_offered_under_the_district_of_the_site_it_came_from(
    text_district: str, url: str, offered: str
) -> None:
    from districts.catalog import load_catalog
    from districts.ui.add import suggested_district

    assert suggested_district(text_district, url, load_catalog()) == offered


def _cells(app: AppTest) -> str:
    return " ".join(frame.value.to_string() for frame in app.dataframe)


@pytest.mark.parametrize(
    ("lang", "heading", "half_year", "span"),
    [
        ("zh", "非全年数值", "2025年上半年", "2021—2024年"),
        ("en", "Part-year and multi-year values", "2025 H1", "2021–2024"),
    ],
)
def test_part_year_values_are_listed_with_their_period_in_words(
    lang: str, heading: str, half_year: str, span: str
) -> None:
    app = run("industry", d="shijingshan,mentougou,changping,miyun", lang=lang)
    assert not app.exception
    assert any(heading in s.value for s in app.subheader)
    cells = _cells(app)
    assert half_year in cells and span in cells  # 石景山's half-year GDP, its 2021–2024 total
    for code in ("H1 ", "span", "year_from", "None", "nan"):
        assert code not in cells.replace("2025 H1", ""), code


def test_a_year_filter_says_how_many_values_it_hides_and_how_to_see_them() -> None:
    app = run("industry", d="shijingshan,mentougou,changping,miyun", year="2024")
    hint = " ".join(c.value for c in app.caption)
    assert "个数值未显示" in hint and "最新" in hint  # the year box's option is called 最新
    english = run("industry", d="shijingshan,mentougou,changping,miyun", year="2024", lang="en")
    assert "choose Latest" in " ".join(c.value for c in english.caption)


def test_no_chart_offers_plotlys_own_image_download() -> None:
    # the camera icon would export a different image (browser fonts, window size) from the
    # download menu's snapshot
    import json

    for name in ("ecology", "overview", "indicator"):
        charts = run(name).get("plotly_chart")
        assert charts
        for chart in charts:
            assert "toImage" in json.loads(chart.proto.config)["modeBarButtonsToRemove"]


def test_the_view_survives_a_navigation_that_drops_the_query_string() -> None:
    # Streamlit's own page switches open the next page without the query string; the
    # session's last view then stands in for it, so English and the two districts stay.
    app = run("ecology", d="miyun,changping", lang="en")
    app.query_params.clear()
    app.run()
    assert app.title[0].value == "Ecology"
    assert app.query_params["d"] in ("miyun,changping", ["miyun,changping"])
    assert app.query_params["lang"] in ("en", ["en"])


def test_every_district_of_the_registry_can_be_chosen() -> None:
    from districts.catalog import load_catalog

    chooser = run("ecology").multiselect[0]
    assert len(chooser.options) == len(load_catalog().districts) == 16


def test_a_charts_table_tab_when_opened_lists_the_charts_values_with_their_sources() -> None:
    # The table is built only when its tab is opened (the browser redraws less per filter
    # change); opened, it holds one row per selected district, reported or 未报告.
    from districts.ui.theme import TAB_KEY_PREFIX

    app = run("ecology", d="changping,miyun")
    closed = len(app.dataframe)  # the lists under the charts
    tabs = [key for key in app.session_state.keys() if key.startswith(TAB_KEY_PREFIX)]
    assert tabs
    app.session_state[tabs[0]] = "表格"
    app.run()
    assert not app.exception
    assert len(app.dataframe) > closed
    table = app.dataframe[0].value
    assert len(table) == 2 and "打开原文" in table.columns


def test_a_charts_download_menu_when_opened_offers_png_svg_csv_and_excel() -> None:
    from districts.ui.theme import MENU_KEY_PREFIX

    app = run("ecology")
    labels = lambda: [b.proto.label for b in app.get("download_button")]  # noqa: E731
    assert "CSV" not in labels(), "the menu's buttons are made when it is opened"
    menus = [key for key in app.session_state.keys() if key.startswith(MENU_KEY_PREFIX)]
    app.session_state[menus[0]] = True
    app.run()
    assert not app.exception
    assert {"PNG", "SVG", "CSV", "Excel"} <= set(labels())
