"""总览: what compares (the indicators most districts report), what changed (the newest
documents), the whole tables, and the coverage matrix."""

from __future__ import annotations

import html
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from districts.present import snapshot
from districts.present.charts import district_label, indicator_label, theme_color
from districts.present.i18n import t, theme_label
from districts.present.views import (
    DEFAULT_DATA_DIR,
    THEMES,
    Tables,
    most_reported,
    newest_documents,
)
from districts.ui import state
from districts.ui.state import link_params, sidebar, tables
from districts.ui.text import md_escape

HEADLINES = 4  # charts of the most reported indicators


def render() -> None:
    data = tables()
    view = sidebar(data)
    lang = view.lang
    st.title(t("app_title", lang))
    st.caption(t("app_subtitle", lang))
    if not view.districts:
        st.warning(t("no_district", lang))
        return
    st.subheader(t("what_compares", lang))
    st.caption(t("what_compares_help", lang))
    compared = most_reported(data, view.districts, HEADLINES)
    if not compared:
        st.info(t("no_shared_any", lang))
    for indicator in compared:  # as laid out for print: its own width and fonts
        figure = state.figure(
            [indicator], view.districts, lang, view.year, highlight=view.highlight
        )
        st.plotly_chart(
            figure,
            key=f"headline_{indicator.id}",
            width="content",
            theme=None,
            config=state.PLOTLY_CONFIG,
        )
    st.subheader(t("what_changed", lang))
    _newest_documents(data, view, lang)
    _table_downloads(lang)
    st.subheader(t("coverage", lang))
    st.caption(t("coverage_help", lang))
    st.html(_coverage_matrix(data, view, lang))


def _newest_documents(data: Tables, view, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The newest documents, each with its date, district, count of numbers and a link."""
    for row in newest_documents(data).to_dict("records"):
        district = district_label(data, row["district"], lang) if row["district"] else ""
        facts = f"{row['facts']} {t('facts_in_document', lang)}"
        st.page_link(
            state.page("sources"),
            label=" · ".join(
                md_escape(part)
                for part in (row["date"], district, row["title"] or row["doc"])
                if part
            )
            + f" · {facts}",
            query_params=link_params(data, view, doc=row["doc"]),
            icon=":material/article:",
        )


def _table_downloads(lang: str) -> None:
    """The whole built tables, as built (UTF-8 with BOM), and their schema."""
    columns = st.columns(3)
    for column, name, mime in (
        (columns[0], "indicators.csv", "text/csv"),
        (columns[1], "mentions.csv", "text/csv"),
        (columns[2], "datapackage.json", "application/json"),
    ):
        path = DEFAULT_DATA_DIR / name
        column.download_button(
            name,
            data=lambda path=path: neutralized_table(path),
            file_name=name,
            mime=mime,
            icon=":material/download:",
            on_click="ignore",
            key=f"table_{name}",
        )


def neutralized_table(path) -> bytes:  # type: ignore[no-untyped-def]
    """A built table for download, with formula-leading cells defused for spreadsheets."""
    if path.suffix != ".csv":
        return path.read_bytes()
    # Numbers stay numbers (a negative value is not a formula); text cells are defused.
    frame = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)
    return snapshot.csv_bytes(frame.to_dict("records"))


def _coverage_matrix(data: Tables, view, lang: str) -> str:  # type: ignore[no-untyped-def]
    """District × indicator, coloured by theme; each cell links to the indicator's detail."""
    coverage = data.coverage[data.coverage["district"].isin(view.districts)]
    coverage = coverage[coverage["theme"].isin(THEMES)]
    status = {(r.district, r.indicator): r.status for r in coverage.itertuples(index=False)}
    head = "".join(f"<th>{html.escape(district_label(data, d, lang))}</th>" for d in view.districts)
    rows = []
    for theme in THEMES:
        for indicator in data.catalog.indicators_by_theme(theme):
            if not any((d, indicator.id) in status for d in view.districts):
                continue
            cells = []
            # one link per indicator (the row's cells all open its detail page): 16 districts
            # × 200 indicators of URL encoding was most of the page's rerun
            href = "indicator?" + urlencode(link_params(data, view, ind=indicator.id))
            for district in view.districts:
                reported = status.get((district, indicator.id)) == "reported"
                mark = "●" if reported else "○"
                title = t("reported" if reported else "not_reported", lang)
                cells.append(
                    f'<td><a href="{html.escape(href)}" target="_self" title="{title}" '
                    f'style="color:{theme_color(theme) if reported else "#bbb"};'
                    f'text-decoration:none">{mark}</a></td>'
                )
            label = html.escape(indicator_label(indicator, lang))
            rows.append(
                f'<tr><td style="border-left:4px solid {theme_color(theme)};padding-left:6px">'
                f"{label} <small style='color:#888'>{theme_label(theme, lang)}</small></td>"
                + "".join(cells)
                + "</tr>"
            )
    style = (
        "<style>.cov{border-collapse:collapse;font-size:14px}"
        ".cov td,.cov th{padding:3px 10px;border-bottom:1px solid #eee;text-align:center}"
        ".cov td:first-child{text-align:left}</style>"
    )
    return f'{style}<table class="cov"><tr><th></th>{head}</tr>{"".join(rows)}</table>'
