"""指标详情: one indicator, its values by district and year, every supporting sentence."""

from __future__ import annotations

import streamlit as st

from districts.present.charts import (
    district_label,
    indicator_label,
    marked_number,
    when_text,
)
from districts.present.comparison import readable_quote
from districts.present.i18n import t, theme_label, unit_label
from districts.present.views import (
    SUPPORTING_PER_DISTRICT,
    display_unit,
    supporting_mentions,
)
from districts.ui import state
from districts.ui.state import link_params, sidebar, tables, write_view
from districts.ui.text import md_escape


def render() -> None:
    data = tables()
    view = sidebar(data)
    lang = view.lang
    st.title(t("page_indicator", lang))
    # unique() first: iterating an Arrow-backed column of every indicator row one cell at a
    # time was a third of the page's warm render at 10,000 documents
    reported_ids = set(data.indicators["indicator"].unique().tolist())
    options = [i for i in data.catalog.indicators if i.id in reported_ids]
    wanted = view.indicator
    ids = [i.id for i in options]
    indicator = st.selectbox(
        t("choose_indicator", lang),
        options,
        index=ids.index(wanted) if wanted in ids else 0,
        format_func=lambda i: f"{indicator_label(i, lang)} · {theme_label(i.theme, lang)}",
    )
    view.indicator = indicator.id
    write_view(data, view)
    st.caption(indicator.definition_en if lang == "en" else indicator.definition)
    if not view.districts:
        st.warning(t("no_district", lang))
        return
    figure = state.figure([indicator], view.districts, lang, view.year, highlight=view.highlight)
    st.plotly_chart(figure, key="detail", width="content", theme=None, config=state.PLOTLY_CONFIG)
    st.subheader(t("values_by_year", lang))
    key = state.manifest_key(state.DEFAULT_DATA_DIR)
    st.dataframe(_value_rows(key, indicator.id, tuple(view.districts), lang), hide_index=True)
    _trend(data, indicator, view)
    st.subheader(t("supporting", lang))
    titles = data.titles
    supporting, total = _supporting(key, indicator.id, tuple(view.districts))
    if len(supporting) < total:
        st.caption(t("supporting_shown", lang).format(shown=SUPPORTING_PER_DISTRICT, total=total))
    for mention in supporting.itertuples(index=False):
        title, date = titles.get(mention.doc, (mention.doc, ""))
        with st.container(border=True):
            st.markdown(
                f"**{district_label(data, mention.district, lang)}** · "
                f"{md_escape(readable_quote(mention.as_written))} · "
                f"{when_text(mention._asdict(), lang)}"
            )
            st.text(readable_quote(mention.sentence))
            with st.expander(t("exact_original", lang)):
                st.text(mention.sentence)
            st.page_link(
                state.page("sources"),
                label=f"{t('open_source', lang)}: {md_escape(title)} {md_escape(date)}",
                query_params=link_params(data, view, doc=mention.doc, at=str(mention.start)),
            )


@st.cache_resource(show_spinner=False, max_entries=256)
def _value_rows(key: str, indicator_id: str, districts: tuple[str, ...], lang: str) -> list[dict]:
    """The table of the indicator's values by district and year, per view, keyed on the
    tables' manifest: made row by row from Arrow-backed cells, it was a fifth of a warm render
    at 10,000 documents when made on every rerun."""
    data = state._tables(key)
    indicator = data.catalog.indicator_by_id(indicator_id)
    rows = data.indicators[
        (data.indicators["indicator"] == indicator_id)
        & data.indicators["district"].isin(list(districts))
    ]
    unit = display_unit(data, indicator, rows["value"])
    return [
        {
            **_value_cells(data, r, unit, lang),
            t("conflict", lang): "⚠" if r["conflict"] == "true" else "",
        }
        for r in rows.to_dict("records")
    ]


def _value_cells(data, row: dict, unit, lang: str) -> dict:  # type: ignore[no-untyped-def]
    """District, year, value and unit of one value, as both tables of the page show them."""
    return {
        t("district", lang): district_label(data, row["district"], lang),
        t("year", lang): when_text(row, lang),
        t("value", lang): marked_number(row["qualifier"], row["value"] / unit.factor, lang),
        t("unit", lang): unit_label(unit.label, lang),
    }


@st.cache_resource(show_spinner=False, max_entries=256)
def _supporting(key: str, indicator_id: str, districts: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """The supporting sentences per view, keyed on the tables' manifest: finding them scans
    the indicator's mentions (a sixth of the page's CPU at 10,000 documents, on every rerun)."""
    return supporting_mentions(state._tables(key), indicator_id, list(districts))


@st.cache_resource(show_spinner=False, max_entries=256)
def _trend_view(key: str, indicator_id: str, districts: tuple[str, ...], lang: str):  # type: ignore[no-untyped-def]
    """(the trend figure, its points), or None where no district has two years; per view,
    keyed on the tables' manifest (an added document shows without a restart). Building the
    figure wraps and measures every label: two thirds of the page's CPU at 10,000 documents
    when made on every rerun."""
    from districts.present.charts import has_trend, trend_figure, trend_points

    data = state._tables(key)
    indicator = data.catalog.indicator_by_id(indicator_id)
    if not has_trend(data, indicator, list(districts)):
        return None
    figure = trend_figure(data, indicator, list(districts), lang)
    return figure, trend_points(data, indicator, list(districts))


def _trend(data, indicator, view) -> None:  # type: ignore[no-untyped-def]
    """Where a district reports the indicator for several years: a line per district, and
    the points with their sentences (issue 16)."""
    lang = view.lang
    key = state.manifest_key(state.DEFAULT_DATA_DIR)
    trend = _trend_view(key, indicator.id, tuple(view.districts), lang)
    if trend is None:
        return
    figure = trend[0]
    st.plotly_chart(
        figure,
        key="trend",
        width="content",
        theme=None,
        config=state.PLOTLY_CONFIG,
    )
    st.caption(t("trend_points", lang))
    view_query = tuple(link_params(data, view).items())
    st.dataframe(
        _trend_rows(key, indicator.id, tuple(view.districts), lang, view_query),
        hide_index=True,
        key="trend_table",
        column_config={t("open_source", lang): st.column_config.LinkColumn(display_text="↗")},
    )


@st.cache_resource(show_spinner=False, max_entries=256)
def _trend_rows(
    key: str,
    indicator_id: str,
    districts: tuple[str, ...],
    lang: str,
    view_query: tuple[tuple[str, str], ...],
) -> list[dict]:
    """The trend's points with their sentences and a link to each source, per view (the
    view's query parameters carried by the links are part of the key): made on every rerun,
    with a URL encoded per point, they were a fifth of a warm render at 10,000 documents."""
    from urllib.parse import urlencode

    trend = _trend_view(key, indicator_id, districts, lang)
    if trend is None:
        return []
    data = state._tables(key)
    indicator = data.catalog.indicator_by_id(indicator_id)
    points = trend[1]
    unit = display_unit(data, indicator, points["value"])
    return [
        {
            **_value_cells(data, r, unit, lang),
            t("quote", lang): readable_quote(r["quote"]),
            t("document", lang): data.titles.get(r["doc"], (r["doc"], ""))[0],
            t("open_source", lang): "sources?"
            + urlencode({**dict(view_query), "doc": r["doc"], "at": str(r["start"])}),
        }
        for r in points.to_dict("records")
    ]
