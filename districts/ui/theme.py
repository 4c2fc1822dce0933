"""生态 / 产业 / 韧性: one comparison chart per indicator two or more districts report."""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from districts.present import snapshot
from districts.present.charts import (
    district_label,
    indicator_label,
    marked_number,
    when_text,
)
from districts.present.i18n import t, theme_label, unit_label
from districts.present.views import (
    Tables,
    display_unit,
    hidden_by_year,
    indicators_for_theme,
    part_year_values,
    related_present,
    sortable,
)
from districts.ui import state
from districts.ui.paging import first_charts, more_charts
from districts.ui.state import link_params, sidebar, tables
from districts.ui.text import md_escape


def render(theme: str) -> None:
    data = tables()
    view = sidebar(data)
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
    if not shared:
        st.info(t("no_shared", lang))
    else:
        # Built only when the ZIP is asked for: a new view must not wait for every figure
        # before its first chart is sent.
        figures = lambda: [  # noqa: E731
            (
                snapshot.file_name(theme, [i], view.districts, data, lang, "png"),
                state.figure([i], view.districts, lang, view.year),
            )
            for i in shared
        ]
        st.download_button(
            t("download_theme", lang),
            data=lambda: snapshot.theme_zip(figures()),
            file_name=snapshot.file_name(theme, [], view.districts, data, lang, "zip"),
            mime="application/zip",
            icon=":material/folder_zip:",
            on_click="ignore",
            key=f"zip_{theme}",
        )
    for indicator in first_charts(shared, f"all_charts_{theme}", lang):
        series = related_present(data, indicator, view.districts) if related else [indicator]
        values = state.values(indicator.id, view.districts, view.year)
        can_sort = sort and len(series) == 1 and sortable(values)
        figure = state.figure(series, view.districts, lang, view.year, can_sort)
        chart, table = st.tabs([t("chart", lang), t("table", lang)])
        with chart:
            event = st.plotly_chart(
                figure,
                key=f"chart_{indicator.id}",
                config={"displaylogo": False},
                on_select="rerun",
                selection_mode="points",
            )
            _link_to_clicked_source(data, view, values, event, lang)
            _downloads(data, theme, series, view, figure, lang)
            if sort and len(series) == 1 and not can_sort:
                st.caption(t("not_sortable", lang))
        with table:
            for member in series:
                _value_table(data, member, view, lang)
    more_charts(shared, f"all_charts_{theme}", lang)
    if single:
        st.subheader(t("single_district", lang))
        _single_table(data, single, view, lang)
    _part_year_table(data, theme, view, lang)


def _part_year_table(data: Tables, theme: str, view, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Half-year, month and multi-year values: shown as what they are, in no comparison."""
    values = part_year_values(data, view.districts, theme, view.year, view.search)
    if values.empty:
        return
    st.subheader(t("part_year", lang))
    st.caption(t("part_year_help", lang))
    rows = []
    for row in values.to_dict("records"):
        indicator = data.catalog.indicator_by_id(row["indicator"])
        unit = display_unit(data, indicator, pd.Series([row["value"]]))
        rows.append(
            {
                t("indicator", lang): indicator_label(indicator, lang),
                t("district", lang): district_label(data, row["district"], lang),
                t("period", lang): when_text(row, lang),
                t("value", lang): marked_number(row["qualifier"], row["value"] / unit.factor, lang),
                t("unit", lang): unit_label(unit.label, lang),
                t("quote", lang): row["quote"],
                t("document", lang): data.titles.get(row["doc"], (row["doc"], ""))[0],
            }
        )
    st.dataframe(rows, hide_index=True)


def _value_table(data: Tables, indicator, view, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Exactly the chart's values: the same selection, with year, qualifier and source."""
    values = state.values(indicator.id, view.districts, view.year)
    unit = display_unit(data, indicator, values["value"].dropna())
    rows = []
    for row in values.to_dict("records"):
        reported = row["status"] == "reported"
        rows.append(
            {
                t("district", lang): district_label(data, row["district"], lang),
                t("value", lang): (
                    marked_number(row["qualifier"], row["value"] / unit.factor, lang)
                    if reported
                    else t("not_reported", lang)
                ),
                t("unit", lang): unit_label(unit.label, lang) if reported else "",
                t("year", lang): when_text(row, lang) if reported else "",
                t("quote", lang): row["quote"] if reported else "",
                t("document", lang): row["doc_title"] if reported else "",
                t("open_source", lang): (_source_link(data, view, row) if reported else None),
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


def _downloads(data: Tables, theme: str, series, view, figure, lang: str) -> None:  # type: ignore[no-untyped-def]
    """PNG and SVG drawn on the server only when clicked; the numbers as CSV and Excel."""

    def name(extension: str) -> str:
        return snapshot.file_name(theme, series, view.districts, data, lang, extension)

    rows = snapshot.data_rows(data, series, view.districts, lang, view.year)
    key = "_".join(i.id for i in series)
    columns = st.columns(4)
    buttons = (
        ("PNG", lambda: snapshot.export_image(figure, "png"), "png", "image/png"),
        ("SVG", lambda: snapshot.export_image(figure, "svg"), "svg", "image/svg+xml"),
        ("CSV", snapshot.csv_bytes(rows), "csv", "text/csv"),
        (
            "Excel",
            lambda: snapshot.xlsx_bytes(rows),
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
            f"{md_escape(record['quote'])}",
            query_params=link_params(data, view, doc=record["doc"], at=str(int(record["start"]))),
        )


def _source_link(data: Tables, view, row: dict) -> str:  # type: ignore[no-untyped-def]
    params = link_params(data, view, doc=row["doc"], at=str(row["start"]))
    return "sources?" + urlencode(params)  # document names may hold & or #


def _single_table(data: Tables, indicators, view, lang: str) -> None:  # type: ignore[no-untyped-def]
    rows = []
    for indicator in indicators:
        values = state.values(indicator.id, view.districts, view.year)
        reported = values[values["status"] == "reported"]
        unit = display_unit(data, indicator, reported["value"])
        for row in reported.to_dict("records"):
            rows.append(
                {
                    t("indicator", lang): indicator_label(indicator, lang),
                    t("district", lang): district_label(data, row["district"], lang),
                    t("value", lang): marked_number(
                        row["qualifier"], row["value"] / unit.factor, lang
                    ),
                    t("unit", lang): unit_label(unit.label, lang),
                    t("year", lang): when_text(row, lang),
                    t("quote", lang): row["quote"],
                    t("document", lang): row["doc_title"],
                }
            )
    st.dataframe(rows, hide_index=True)


def ecology() -> None:
    render("ecology")


def industry() -> None:
    render("industry")


def resilience() -> None:
    render("resilience")
