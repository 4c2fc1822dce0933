"""生态 / 产业 / 韧性: one comparison chart per indicator two or more districts report."""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from districts.present import report, snapshot
from districts.present.charts import (
    district_label,
    indicator_label,
    marked_number,
    value_cells,
    when_text,
)
from districts.present.citations import source_of
from districts.present.comparison import readable_quote
from districts.present.i18n import t, theme_label, unit_label
from districts.present.layout import DEFAULT_PRESET, PRESETS
from districts.present.views import (
    Tables,
    content_key,
    display_unit,
    display_unit_up_to,
    hidden_by_year,
    indicators_for_theme,
    part_year_values,
    related_present,
    sort_refusal,
)
from districts.ui import state
from districts.ui.explorer import unmapped_section
from districts.ui.paging import first_charts, more_charts
from districts.ui.state import link_params, sidebar, tables
from districts.ui.text import md_escape


def render(theme: str) -> None:
    data = tables()
    view = sidebar(data, theme)
    lang = view.lang
    st.title(theme_label(theme, lang))
    if not view.districts:
        st.warning(t("no_district", lang))
        return
    shared, single = indicators_for_theme(data, theme, view.districts, view.year, view.search)
    hidden = hidden_by_year(data, view.districts, view.year, theme)
    if hidden:
        st.caption(t("hidden_other_years", lang).format(n=hidden))
    left, right = st.columns(2)
    sort = left.toggle(t("sort_by_value", lang), key=f"sort_{theme}")
    related = right.toggle(t("show_related", lang), key=f"related_{theme}")
    if not shared and not single:
        st.info(t("no_indicators", lang))
        return
    if not shared:
        st.info(t("no_shared", lang))
    _theme_downloads(data, theme, view, lang)
    # The first charts at once, the rest on request: a new view must not wait for them all.
    drawn = first_charts(shared + single, f"all_charts_{theme}", lang)
    for indicator in drawn[: len(shared)]:
        _comparison(data, theme, indicator, view, sort, related, lang)
    if drawn[len(shared) :]:
        # One district's value is still a chart: its bar beside the others' 未报告.
        st.subheader(t("single_district", lang))
        for indicator in drawn[len(shared) :]:
            _comparison(data, theme, indicator, view, False, related, lang)
    more_charts(shared + single, f"all_charts_{theme}", lang)
    _part_year_table(data, theme, view, lang)
    unmapped_section(data, theme, view)


def _theme_downloads(data: Tables, theme: str, view, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The whole theme in one click: a Word or PDF report, or a ZIP of images and data. Each
    is made only when clicked (the charts are drawn on the server)."""
    districts, year = list(view.districts), view.year

    def made(fmt: str) -> bytes:
        built = report.build_report(data, theme, districts, lang, year)
        return report.report_bytes(built, fmt)

    buttons = (
        ("download_report_docx", lambda: made("docx"), "docx", _DOCX, ":material/description:"),
        ("download_report_pdf", lambda: made("pdf"), "pdf", "application/pdf", ":material/print:"),
        (
            "download_theme",
            lambda: report.theme_zip(data, theme, districts, lang, year),
            "zip",
            "application/zip",
            ":material/folder_zip:",
        ),
    )
    for column, (label, payload, extension, mime, icon) in zip(
        st.columns(len(buttons)), buttons, strict=True
    ):
        what = t("report", lang) if extension in report.FORMATS else ""
        column.download_button(
            t(label, lang),
            data=payload,
            file_name=report.theme_file_name(data, theme, districts, lang, extension, what=what),
            mime=mime,
            icon=icon,
            on_click="ignore",
            key=f"{extension}_{theme}",
        )


_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _comparison(data: Tables, theme: str, indicator, view, sort: bool, related: bool, lang: str):  # type: ignore[no-untyped-def]
    """One indicator's chart (with its downloads) and, in a second tab, its table."""
    series = related_present(data, indicator, view.districts) if related else [indicator]
    # The value tables and the download menu are built only when opened ("rerun" tabs and
    # popover): on a filter change the browser redraws 6 charts, not also 12 data grids and
    # 6 menus of 5 widgets nobody opened.
    chart, table = st.tabs(
        [t("chart", lang), t("table", lang)], key=tab_key(indicator.id), on_change="rerun"
    )
    if chart.open:
        with chart:
            _chart(data, theme, indicator, series, view, sort, lang)
    if table.open:
        with table:
            for member in series:
                _value_table(data, member, view, lang)


TAB_KEY_PREFIX = "tabs_"


def tab_key(indicator_id: str) -> str:
    """The key of an indicator's chart/table tabs (the page text test opens the table tabs
    through it)."""
    return f"{TAB_KEY_PREFIX}{indicator_id}"


def _chart(data: Tables, theme: str, indicator, series, view, sort: bool, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The chart, the source of a clicked bar, why it is not sorted, and the download menu."""
    values = state.values(indicator.id, view.districts, view.year)
    refusal = sort_refusal(values) if sort and len(series) == 1 else []
    if sort and len(series) == 1 and (values["status"] == "reported").sum() < 2:
        refusal = ["one_value"]
    can_sort = sort and len(series) == 1 and not refusal
    figure = state.figure(
        series, view.districts, lang, view.year, can_sort, highlight=view.highlight
    )
    event = st.plotly_chart(
        figure,
        key=f"chart_{indicator.id}",
        # The figure as laid out (its own width and fonts, no Streamlit theme), and no
        # camera icon: the browser's own export differs from the server's snapshot.
        width="content",
        theme=None,
        config=state.PLOTLY_CONFIG,
        on_select="rerun",
        selection_mode="points",
    )
    _link_to_clicked_source(data, view, values, event, lang)
    if refusal:
        separator = "; " if lang == "en" else ";"
        st.caption(
            t("sort_refused", lang)
            + separator.join(t(f"refusal_{reason}", lang) for reason in refusal)
        )
    _downloads(data, theme, series, view, can_sort, lang)


def _part_year_table(data: Tables, theme: str, view, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Half-year, month and multi-year values: shown as what they are, in no comparison."""
    key = state.manifest_key(state.DEFAULT_DATA_DIR)
    ids = [indicator.id for indicator in data.catalog.indicators_by_theme(theme)]
    content = content_key(data, view.districts, ids)
    rows = _part_year_rows(
        content, theme, tuple(view.districts), view.year, view.search, lang, _key=key
    )
    if rows.empty:
        return
    st.subheader(t("part_year", lang))
    st.caption(t("part_year_help", lang))
    st.dataframe(rows, hide_index=True)


@st.cache_resource(show_spinner=False, max_entries=64)
def _part_year_rows(
    content: str,
    theme: str,
    districts: tuple[str, ...],
    year: str,
    search: str,
    lang: str,
    _key: str = "",
) -> pd.DataFrame:
    """The part-year table, per view (thousands of rows at 10,000 documents, each with its
    unit and cleaned quote: seconds of work the same on every rerun), as the frame the grid
    shows (made from the rows once, not on every rerun). Cached under what it reads (the
    theme's indicators' files: views.content_key), so an add elsewhere leaves it be."""
    data = state._tables(_key)
    values = part_year_values(data, list(districts), theme, year, search)
    rows = []
    for row in values.to_dict("records"):
        indicator = data.catalog.indicator_by_id(row["indicator"])
        value = row["value"]
        unit = display_unit_up_to(data, indicator, 0 if pd.isna(value) else abs(value))
        rows.append(
            {
                t("indicator", lang): indicator_label(indicator, lang),
                t("district", lang): district_label(data, row["district"], lang),
                t("period", lang): when_text(row, lang),
                t("value", lang): marked_number(row["qualifier"], row["value"] / unit.factor, lang),
                t("unit", lang): unit_label(unit.label, lang),
                t("quote", lang): readable_quote(row["quote"]),
                t("document", lang): data.titles.get(row["doc"], (row["doc"], ""))[0],
            }
        )
    return pd.DataFrame(rows)


def _value_table(data: Tables, indicator, view, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Exactly the chart's values: the same selection, with year, qualifier and source."""
    values = state.values(indicator.id, view.districts, view.year)
    unit = display_unit(data, indicator, values["value"].dropna())
    rows = []
    for row in values.to_dict("records"):
        reported = row["status"] == "reported"
        rows.append(
            {
                **value_cells(data, row, unit, lang),
                t("document", lang): source_of(data, row["doc"]).title_in(lang) if reported else "",
                t("open_source", lang): (_source_link(data, view, row) if reported else ""),
            }
        )
    st.caption(indicator_label(indicator, lang))
    st.dataframe(
        rows,
        hide_index=True,
        column_config={
            t("open_source", lang): st.column_config.LinkColumn(display_text="↗"),
        },
    )
    exact_quotes(data, values[values["status"] == "reported"], lang)


def exact_quotes(data: Tables, values, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The quotes exactly as the documents write them (reading aids and all), one click away."""
    if values.empty:
        return
    with st.expander(t("exact_original", lang)):
        st.dataframe(
            [
                {
                    t("district", lang): district_label(data, row["district"], lang),
                    t("quote", lang): row["quote"],
                }
                for row in values.to_dict("records")
            ],
            hide_index=True,
        )


MENU_KEY_PREFIX = "menu_"


def menu_key(charted: str) -> str:
    """The key of a chart's download menu (the page text test opens the menus through it)."""
    return f"{MENU_KEY_PREFIX}{charted}"


def _downloads(data: Tables, theme: str, series, view, sort: bool, lang: str) -> None:  # type: ignore[no-untyped-def]
    """A download menu: the printed size, then PNG and SVG drawn on the server at that size
    only when clicked, and the numbers as CSV and Excel."""

    def name(extension: str) -> str:
        return snapshot.file_name(theme, series, view.districts, data, lang, extension)

    key = "_".join(i.id for i in series)
    menu = st.popover(
        t("download", lang),
        icon=":material/download:",
        key=menu_key(key),
        on_change="rerun",
    )
    if not menu.open:
        return
    size = menu.radio(
        t("image_size", lang),
        list(PRESETS),
        index=list(PRESETS).index(DEFAULT_PRESET),
        format_func=lambda name: t(f"size_{name}", lang),
        help=t("size_help", lang),
        key=f"size_{key}",
    )
    # Everything a download needs is made when it is clicked, not on every rerun: the rows
    # and the image's citations read every source document of the chart (6 charts a page).
    districts, year = list(view.districts), view.year

    def rows() -> list[dict[str, str]]:
        return snapshot.data_rows(data, series, districts, lang, year)

    def image(fmt: str) -> bytes:
        figure = state.figure(series, districts, lang, year, sort, size)
        metadata = snapshot.image_metadata(data, series, districts, lang, year)
        return snapshot.export_image(figure, fmt, metadata)

    columns = menu.columns(4)
    buttons = (
        ("PNG", lambda: image("png"), "png", "image/png"),
        ("SVG", lambda: image("svg"), "svg", "image/svg+xml"),
        ("CSV", lambda: snapshot.csv_bytes(rows()), "csv", "text/csv"),
        (
            "Excel",
            lambda: snapshot.xlsx_bytes(rows()),
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    )
    for column, (label, payload, extension, mime) in zip(columns, buttons, strict=True):
        column.download_button(
            label,
            data=payload,
            file_name=name(extension),
            mime=mime,
            icon=":material/download:",
            on_click="ignore",
            key=f"{extension}_{key}",
        )


def _link_to_clicked_source(data: Tables, view, values, event, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Clicking a bar offers its sentence in the source document."""
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    for point in points[:1]:
        labels = {district_label(data, d, lang): d for d in values["district"]}
        district = labels.get(point.get("x"))
        row = values[(values["district"] == district) & (values["status"] == "reported")]
        if row.empty:
            continue
        record = row.iloc[0]
        st.page_link(
            state.page("sources"),
            label=f"{t('open_source', lang)}: {md_escape(record['doc_title'])} · "
            f"{md_escape(readable_quote(record['quote']))}",
            query_params=link_params(data, view, doc=record["doc"], at=str(int(record["start"]))),
        )


def _source_link(data: Tables, view, row: dict) -> str:  # type: ignore[no-untyped-def]
    params = link_params(data, view, doc=row["doc"], at=str(row["start"]))
    return "sources?" + urlencode(params)  # document names may hold & or #


def ecology() -> None:
    render("ecology")


def industry() -> None:
    render("industry")


def resilience() -> None:
    render("resilience")
