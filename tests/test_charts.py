"""Chart builders, tested without Streamlit: tables in, figure out."""

from __future__ import annotations

import datetime as dt
import functools
import re

from districts.present.charts import (
    FADED,
    FONT_FAMILY,
    TEMPLATE_NAME,
    THEME_COLORS,
    _rgba,
    comparison_figure,
    figure_title,
)
from districts.present.views import Tables, indicator_values, load_tables, sortable

FOUR = ["石景山", "门头沟", "昌平", "密云"]
TODAY = dt.date(2026, 11, 22)


@functools.cache
def data() -> Tables:
    return load_tables()


def figure(*ids: str, districts: list[str] = FOUR, lang: str = "zh", year: str = ""):  # type: ignore[no-untyped-def]
    indicators = [data().catalog.indicator_by_id(i) for i in ids]
    return comparison_figure(data(), indicators, districts, lang, year, today=TODAY)


def notes(fig) -> str:  # type: ignore[no-untyped-def]
    """Every annotation's text, the footnotes' wrapped lines joined again."""
    texts = [a.text for a in fig.layout.annotations]
    # a wrapped line breaks between two Chinese characters: joined again without a space
    joined = [re.sub(r"(?<=[^\x00-\x7f])<br>(?=[^\x00-\x7f])", "", t) for t in texts]
    return "\n".join(t.replace("<br>", " ") for t in joined)


def test_a_district_that_did_not_report_is_a_labelled_gap_not_zero() -> None:
    fig = figure("forest_coverage")
    bars = fig.data[0]
    assert list(bars.x) == ["石景山", "门头沟", "昌平", "密云"]
    assert bars.y[0] is None and bars.y[1] is None  # no bar at all, never 0
    gaps = [a for a in fig.layout.annotations if a.text == "未报告"]
    assert {a.x for a in gaps} == {"石景山", "门头沟"}
    assert "未报告:石景山、门头沟" in notes(fig)


def test_bar_labels_say_the_year_or_as_of_date() -> None:
    fig = figure("pm25")
    texts = dict(zip(fig.data[0].x, fig.data[0].text, strict=True))
    assert "2020" in texts["密云"]
    assert texts["昌平"].startswith("≥20") and "截至" in texts["昌平"]


def test_qualified_and_other_year_values_are_footnoted() -> None:
    text = notes(figure("pm25"))
    assert "≥:原文为下限" in text
    assert "年份不同" in text


def test_hover_shows_the_quote_and_the_document() -> None:
    hover = [c[0] for c in figure("forest_coverage").data[0].customdata if c[0] != "未报告"]
    assert any("森林覆盖率68.5%" in h and "两山实践" in h for h in hover)


def test_related_indicators_are_distinct_labelled_series() -> None:
    fig = figure("forest_coverage", "tree_coverage", "tree_greening_rate", "green_coverage")
    assert [trace.name for trace in fig.data] == [
        "森林覆盖率",
        "林木覆盖率",
        "林木绿化率",
        "绿化覆盖率",
    ]
    assert fig.layout.showlegend


def test_large_money_is_shown_in_yi_yuan() -> None:
    fig = figure("gdp", districts=["石景山"])
    assert figure_title(fig).endswith("(亿元)")
    assert max(v for v in fig.data[0].y if v is not None) < 10_000


def test_english_switch_changes_titles_labels_and_footnotes() -> None:
    fig = figure("forest_coverage", lang="en")
    assert figure_title(fig) == "Forest coverage rate (%)"
    assert list(fig.data[0].x) == ["Shijingshan", "Mentougou", "Changping", "Miyun"]
    assert "Not reported: Shijingshan, Mentougou" in notes(fig)


def test_report_ready_layout() -> None:
    fig = figure("forest_coverage")
    assert fig.layout.template.layout.paper_bgcolor == "white"  # plotly_white, set explicitly
    assert TEMPLATE_NAME == "plotly_white"
    assert fig.layout.font.family == FONT_FAMILY and "Noto Sans CJK SC" in FONT_FAMILY
    assert "来源:" in notes(fig) and "生成日期: 2026-11-22" in notes(fig)


def test_bars_of_one_indicator_share_its_theme_colour_and_a_highlight_stands_out() -> None:
    # The axis already names the districts: one colour per theme, not one per district.
    bars = figure("forest_coverage", districts=["昌平", "密云"]).data[0]
    assert list(bars.marker.color) == [THEME_COLORS["ecology"]] * 2
    indicator = data().catalog.indicator_by_id("forest_coverage")
    lit = comparison_figure(data(), [indicator], ["昌平", "密云"], highlight="密云").data[0]
    assert list(lit.marker.color) == [
        _rgba(THEME_COLORS["ecology"], FADED),
        THEME_COLORS["ecology"],
    ]


def test_per_bar_styles_are_colours_not_opacity_or_pattern_arrays() -> None:
    # Streamlit's on_select reports no point for a bar clicked in a trace whose marker has
    # per-point opacity or pattern arrays: a bar click must lead to its sentence.
    indicator = data().catalog.indicator_by_id("pm25")
    fig = comparison_figure(data(), [indicator], ["昌平", "密云"], highlight="密云")
    for trace in fig.data:
        assert trace.marker.opacity is None or isinstance(trace.marker.opacity, float)
        assert trace.marker.pattern.shape is None or isinstance(trace.marker.pattern.shape, str)


def test_sorting_is_only_offered_for_comparable_values() -> None:
    assert not sortable(indicator_values(data(), "pm25", FOUR))  # 2020 vs as-of, ≥
    # exact, no stated year, but documents of 2023 and 2025: the footnote says the years
    # differ, so a ranking would mislead (before, a year only from the document's date was
    # ignored here and such values were ranked; key_projects, the example until issue 15, is a
    # programme's work and no longer charted)
    clusters = indicator_values(data(), "billion_industry_clusters", FOUR)
    assert clusters["value"].notna().sum() == 2
    assert not sortable(clusters)
    assert not sortable(indicator_values(data(), "forest_coverage", ["密云", "昌平"]))
    assert not sortable(indicator_values(data(), "specialized_sme", FOUR))  # 2023 vs unstated
    assert not sortable(indicator_values(data(), "forest_coverage", ["密云"]))  # only one value


def test_latest_value_is_the_reported_one_not_a_later_target() -> None:
    from districts.present import views

    records = [
        {"indicator": "forest_coverage", "district": "密云", "year": "2020", "as_of": "2020",
         "qualifier": "exact", "value": 67.8, "as_written": "67.8%", "quote": "q", "doc": "d",
         "start": 0, "end": 1, "conflict": "false"},
        {"indicator": "forest_coverage", "district": "密云", "year": "2025", "as_of": "2025",
         "qualifier": "target", "value": 70.0, "as_written": "70%", "quote": "q", "doc": "d",
         "start": 2, "end": 3, "conflict": "false"},
    ]  # fmt: skip
    tables = data()
    frame = views.pd.DataFrame(records)
    mixed = views.Tables(frame, tables.coverage, tables.mentions, tables.documents,
                         tables.manifest, tables.catalog)  # fmt: skip
    assert views.indicator_values(mixed, "forest_coverage", ["密云"])["value"].tolist() == [67.8]


def test_related_series_share_the_main_indicators_unit() -> None:
    from districts.present.views import related_present

    gdp = data().catalog.indicator_by_id("gdp")
    assert all(series.unit == gdp.unit for series in related_present(data(), gdp, FOUR))


def test_a_decline_is_a_bar_below_zero() -> None:
    """Changes are stored signed (下降2.4% → -2.4): the chart draws the bar below the axis."""
    from districts.present import views

    records = [
        {"indicator": "gdp_growth", "district": "密云", "year": "2024", "as_of": "2024",
         "qualifier": "change", "value": -2.4, "as_written": "2.4%", "quote": "q", "doc": "d",
         "start": 0, "end": 1, "conflict": "false", "theme": "industry"},
        {"indicator": "gdp_growth", "district": "昌平", "year": "2024", "as_of": "2024",
         "qualifier": "change", "value": 3.1, "as_written": "3.1%", "quote": "q", "doc": "d",
         "start": 0, "end": 1, "conflict": "false", "theme": "industry"},
    ]  # fmt: skip
    tables = data()
    signed = views.Tables(views.pd.DataFrame(records), tables.coverage, tables.mentions,
                          tables.documents, tables.manifest, tables.catalog)  # fmt: skip
    indicator = tables.catalog.indicator_by_id("gdp_growth")
    fig = comparison_figure(signed, [indicator], ["密云", "昌平"], today=TODAY)
    bars = dict(zip(fig.data[0].x, fig.data[0].y, strict=True))
    assert bars["密云"] == -2.4 and bars["昌平"] == 3.1
    low, high = fig.layout.yaxis.range
    assert low < -2.4 and high > 3.1  # both bars and their labels inside the axis
    assert any("-2.4" in text for text in fig.data[0].text)


def test_under_a_year_filter_a_district_with_other_years_is_not_called_not_reported() -> None:
    fig = figure("pm25", year="2020")
    gaps = {a.x: a.text for a in fig.layout.annotations if a.x in FOUR}
    assert gaps["昌平"] == "无2020年数值"  # it reported, as of 2023-07
    assert gaps["石景山"] == "未报告" and gaps["门头沟"] == "未报告"
    text = notes(fig)
    assert "仅有其他年份的数值(或年份未说明):昌平(截至 2023-07)" in text
    assert "未报告:石景山、门头沟(" in text and "未报告:昌平" not in text
    english = notes(figure("pm25", year="2020", lang="en")).replace("<br>", " ")
    assert "Values of other years only (or of no stated year): Changping (as of 2023-07)" in english


def test_years_differing_between_related_series_are_footnoted() -> None:
    # One value per series (门头沟's tree coverage as of 2015, 石景山's green coverage of 2025):
    # each series alone has one year, but the chart sets a 2015 bar beside a 2025 one.
    fig = figure("tree_coverage", "green_coverage")
    assert "年份不同" in notes(fig)
    assert "Years differ" in notes(figure("tree_coverage", "green_coverage", lang="en"))


def test_many_gap_labels_stand_along_the_gap_so_they_do_not_overlap() -> None:
    every = [d.name for d in data().catalog.districts]
    gaps = [a for a in figure("pm25", districts=every).layout.annotations if a.yref != "paper"]
    assert gaps and all(a.textangle == -90 for a in gaps)
    few = [a for a in figure("pm25").layout.annotations if a.yref != "paper"]
    assert few and all(a.textangle in (0, None) for a in few)


def test_with_related_series_other_years_are_said_of_some_indicators() -> None:
    # 密云 reports PM2.5 for 2020 and forest coverage only as of 2021: under 2020, with both
    # series, it has a bar in one and other years only in the other.
    pm25 = data().catalog.indicator_by_id("pm25")
    forest = data().catalog.indicator_by_id("forest_coverage")
    fig = comparison_figure(data(), [pm25, forest], FOUR, "zh", "2020", today=TODAY)
    text = notes(fig)
    assert "部分指标仅有其他年份的数值(或年份未说明):" in text and "密云(截至 2021)" in text
    assert "未报告(部分指标):" in text and "密云" in text.split("未报告(部分指标):")[1]


def test_values_of_different_years_scopes_and_levels_are_footnoted_by_district() -> None:
    # 密云 241 is a plan's list (2021), 昌平 792 a total since a launch (as of 2023-07).
    text = notes(figure("key_projects"))
    assert "年份不同" in text and "密云 241个" in text and "(2021年,据文档日期)" in text
    assert "统计范围不同" in text and "启动以来累计" in text and "计划或清单" in text
    # 石景山's count is of municipal enterprises; 昌平's does not say.
    levels = notes(figure("specialized_sme"))
    assert "统计级别不同" in levels and "市级" in levels and "级别未说明" in levels


def test_a_lower_bound_on_a_lower_is_better_measure_is_hatched_and_said() -> None:
    fig = figure("pm25", districts=["昌平", "密云"])
    # 昌平's "20+" is a bound, not 20: a hatch over its bar only
    (hatch,) = [trace for trace in fig.data if trace.marker.pattern.shape == "/"]
    assert hatch.y[0] is not None and hatch.y[1] is None  # 昌平 first, 密云 second
    assert "20+:原文只给出下限" in notes(fig) and "实际值可能更高" in notes(fig)


def test_a_written_range_is_drawn_as_its_range() -> None:
    from districts.present.comparison import written_range

    assert written_range("3至5个", 3.0) == 5.0
    assert written_range("1.2-1.5万", 12000.0) == 15000.0
    assert written_range("三至五家", 3.0) == 5.0
    assert written_range("20+", 20.0) is None


def test_sorting_is_refused_with_the_reasons() -> None:
    from districts.present.views import sort_refusal

    reasons = sort_refusal(indicator_values(data(), "key_projects", FOUR))
    assert reasons == ["years", "scope"]
    assert "level" in sort_refusal(indicator_values(data(), "specialized_sme", FOUR))


def test_a_quote_is_shown_without_reading_aids_in_its_own_script() -> None:
    from districts.present.comparison import readable_quote

    assert readable_quote("市場(chǎng)主體突破1萬(wàn)家") == "市場主體突破1萬家"
    assert readable_quote("森林覆盖率(PM2.5)68.5%") == "森林覆盖率(PM2.5)68.5%"
    assert readable_quote(None) == "" and readable_quote(float("nan")) == ""


def test_a_bad_comparison_file_names_the_file_the_entry_and_the_problem(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from districts.errors import CatalogError
    from districts.present.comparison import load_comparison_words

    bad = tmp_path / "comparison.yaml"
    bad.write_text(
        "scopes: {since_launch: {cues: [以来]}, cumulative: {cues: []}, plan: {cues: [计划]}}\n"
        "levels: {national: [国家级], municipal: [市级], several: [各级]}\n"
        "range_words: [至]\n",
        encoding="utf-8",
    )
    with pytest.raises(CatalogError) as error:
        load_comparison_words(bad)
    assert str(error.value) == (
        f"{bad} [scopes.cumulative.cues]: must be a non-empty list of words"
    )


def test_a_figure_carries_the_white_template_without_the_parts_no_chart_uses() -> None:
    template = figure("forest_coverage").layout.template
    assert template.layout.paper_bgcolor == "white" and template.layout.plot_bgcolor == "white"
    assert template.data.bar and template.data.scatter  # bars and trend lines keep their styles
    assert not template.data.pie and not template.data.heatmap
    assert "scene" not in template.layout.to_plotly_json()


def test_a_trend_with_more_years_than_its_labels_have_room_for_is_still_drawn() -> None:
    # 10,000 documents give a district a value in most years: the labels go on one line
    # (a scatter trace has no text angle to turn, which once failed the indicator page)
    from districts.present.charts import _layout, new_figure
    from districts.present.layout import PRESETS

    years = list(range(2000, 2030))
    fig = new_figure()
    fig.add_scatter(x=years, y=years, mode="markers+text", text=["1,234.5亿元<br>2024年"] * 30)
    _layout(fig, PRESETS["column"], [str(y) for y in years], "地区生产总值", [], "zh")
    assert fig.data[0].text[0] == "1,234.5亿元 · 2024年"


def test_a_zone_and_a_district_with_its_zone_are_named_in_the_reader_language() -> None:
    from districts.present.charts import district_label

    tables = data()
    assert district_label(tables, "大兴", "en") == "Daxing"
    zone = district_label(tables, "北京经济技术开发区", "en")
    assert zone.isascii() and "E-Town" in zone
    assert district_label(tables, "大兴-开发区", "en") == "Daxing + E-Town"
    assert district_label(tables, "大兴-开发区", "zh") == "大兴-开发区"


def test_districts_listed_together_are_named_in_the_reader_language() -> None:
    from districts.present.charts import district_label

    tables = data()
    assert district_label(tables, "房山、门头沟、昌平", "en") == "Fangshan, Mentougou, Changping"
    assert district_label(tables, "房山、门头沟、昌平", "zh") == "房山、门头沟、昌平"


def test_a_chart_no_district_reports_has_no_empty_source_line() -> None:
    """A chart whose districts all lack the value cites nothing: it says so (未报告 …) and
    leaves out the source line rather than print an empty "来源:"."""
    fig = figure("gdp_growth")
    assert "未报告" in notes(fig) and "生成日期: 2026-11-22" in notes(fig)
    assert "来源" not in notes(fig)


def test_a_group_of_districts_and_a_list_left_open_are_named_in_the_reader_language() -> None:
    from districts.present.charts import district_label

    tables = data()
    assert district_label(tables, "生态涵养区", "en") == "Ecological conservation districts"
    assert district_label(tables, "生态涵养区", "zh") == "生态涵养区"
    assert district_label(tables, "海淀、朝阳等区", "en") == "Haidian, Chaoyang and others"
    assert district_label(tables, "海淀、朝阳等区", "zh") == "海淀、朝阳等区"
    assert district_label(tables, "河北", "en") == "Hebei"
