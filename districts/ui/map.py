"""地图: the 16 districts coloured by one indicator; a click opens the district's profile."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from districts.present import snapshot
from districts.present.geo import ShapesMissing, clicked_district, map_figure, map_file_name
from districts.present.i18n import t
from districts.present.views import manifest_key
from districts.ui import state
from districts.ui.ranking import choose_indicator, indicator_links
from districts.ui.state import link_params, sidebar, tables


@st.cache_resource(show_spinner=False, max_entries=256)
def _figure(key: str, indicator_id: str, lang: str, year: str, highlight: tuple, today: str):  # type: ignore[no-untyped-def]
    data = state._tables(key)
    indicator = data.catalog.indicator_by_id(indicator_id)
    return map_figure(data, indicator, lang, year, list(highlight), dt.date.fromisoformat(today))


def render() -> None:
    data = tables()
    view = sidebar(data)
    lang = view.lang
    st.title(t("page_map", lang))
    indicator = choose_indicator(data, view, "map_indicator")
    st.caption(t("map_intro", lang))
    try:
        figure = _figure(
            manifest_key(),
            indicator.id,
            lang,
            view.year,
            tuple(view.districts),
            dt.date.today().isoformat(),
        )
    except ShapesMissing as error:
        st.error(t("map_missing", lang))
        st.caption(str(error))
        return
    event = st.plotly_chart(
        figure,
        key=f"map_{indicator.id}",
        on_select="rerun",
        selection_mode="points",
        config={**state.PLOTLY_CONFIG, "scrollZoom": False},
    )
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    for point in points[:1]:
        code = clicked_district(figure, point)
        if code:
            st.switch_page(
                state.page("profile"),
                query_params=link_params(data, view, district=code, ind=indicator.id),
            )
    rows = snapshot.data_rows(
        data, [indicator], [d.name for d in data.catalog.districts], lang, view.year
    )
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
            file_name=map_file_name(indicator, lang, view.year, extension),
            mime=mime,
            icon=":material/download:",
            on_click="ignore",
            key=f"map_{extension}",
        )
    indicator_links(data, view, indicator, "ranking")
