"""排名: one indicator across all 16 districts, highest first, with year, qualifier and source."""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from districts.catalog import Indicator
from districts.present.charts import district_label, indicator_label, when_text
from districts.present.comparison import readable_quote
from districts.present.i18n import qualifier_word, t, theme_label, unit_label
from districts.present.profile import rank_text, ranking
from districts.present.views import Tables, display_unit
from districts.ui import state
from districts.ui.state import View, link_params, sidebar, tables, write_view

DISTRICT_COLUMN_PX = 110
VALUE_COLUMN_PX = 90


def choose_indicator(data: Tables, view: View, key: str) -> Indicator:
    """The indicator the URL names (``ind``), else the one most districts report; a select box
    over every indicator some district reports, named with its theme."""
    reported = data.indicators.groupby("indicator")["district"].nunique().to_dict()
    options = [i for i in data.catalog.indicators if i.id in reported]
    ids = [i.id for i in options]
    wanted = st.query_params.get("ind", "")
    if wanted and wanted not in ids:
        st.info(f"{t('ignored_params', view.lang)}: ind={wanted}")
    default = wanted if wanted in ids else max(ids, key=lambda i: reported[i])
    indicator = st.selectbox(
        t("choose_indicator", view.lang),
        options,
        index=ids.index(default),
        format_func=lambda i: (
            f"{indicator_label(i, view.lang)} · {theme_label(i.theme, view.lang)}"
        ),
        key=key,
    )
    write_view(data, view, ind=indicator.id)
    return indicator


def ranking_rows(data: Tables, indicator: Indicator, view: View) -> tuple[list[dict], list[str]]:
    """The table's rows, one per district that reports the indicator, highest first: a number
    column a click on its name sorts (not text), the qualifier in words, the year, the quote
    and a link to the sentence. And the districts that do not report it, named apart (a row
    of empty cells would read as None or 0)."""
    lang = view.lang
    values = ranking(data, indicator, view.year)
    unit = display_unit(data, indicator, values["value"].dropna())
    rows, missing = [], []
    for row in values.to_dict("records"):
        if row["status"] != "reported":
            missing.append(district_label(data, row["district"], lang))
            continue
        rows.append(
            {
                t("district", lang): district_label(data, row["district"], lang),
                t("value", lang): row["value"] / unit.factor,
                t("unit", lang): unit_label(unit.label, lang),
                t("qualifier", lang): qualifier_word(row["qualifier"], lang),
                t("year", lang): when_text(row, lang),
                t("rank", lang): rank_text(row["rank"], lang),
                t("quote", lang): readable_quote(row["quote"]),
                t("document", lang): row["doc_title"],
                t("open_source", lang): "sources?"
                + urlencode(link_params(data, view, doc=row["doc"], at=str(row["start"]))),
            }
        )
    return rows, missing


def render() -> None:
    data = tables()
    view = sidebar(data)
    lang = view.lang
    st.title(t("page_ranking", lang))
    indicator = choose_indicator(data, view, "ranking_indicator")
    st.caption(t("ranking_intro", lang))
    rows, missing = ranking_rows(data, indicator, view)
    st.markdown(t("ranking_counts", lang).format(n=len(rows), m=len(missing)))
    st.dataframe(
        rows,
        hide_index=True,
        key="ranking_table",
        column_config={
            # Fixed widths: the name fits, and the value column is where a reader expects it.
            t("district", lang): st.column_config.TextColumn(width=DISTRICT_COLUMN_PX),
            t("value", lang): st.column_config.NumberColumn(format="%g", width=VALUE_COLUMN_PX),
            t("open_source", lang): st.column_config.LinkColumn(display_text="↗"),
        },
    )
    if missing:
        separator, colon = (", ", ": ") if lang == "en" else ("、", ":")
        st.markdown(f"**{t('not_reported_title', lang)}**{colon}{separator.join(missing)}")
    indicator_links(data, view, indicator, "map")


# The map and the ranking link to each other and to the indicator's detail, view kept.
_SIBLINGS = {
    "map": ("page_map", ":material/map:"),
    "ranking": ("page_ranking", ":material/format_list_numbered:"),
}


def indicator_links(data, view: View, indicator: Indicator, sibling: str) -> None:  # type: ignore[no-untyped-def]
    """Two links under a chart of ``indicator``: to the ``sibling`` page and to its detail."""
    label, icon = _SIBLINGS[sibling]
    params = link_params(data, view, ind=indicator.id)
    left, right = st.columns(2)
    left.page_link(state.page(sibling), label=t(label, view.lang), icon=icon, query_params=params)
    right.page_link(
        state.page("indicator"),
        label=t("indicator_detail_link", view.lang),
        icon=":material/query_stats:",
        query_params=params,
    )
