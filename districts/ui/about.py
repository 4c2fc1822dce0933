"""方法: how the numbers are made, what the marks mean, and the documents behind them."""

from __future__ import annotations

import streamlit as st

from districts.present.charts import district_label
from districts.present.i18n import QUALIFIER_MARKS, qualifier_mark, t
from districts.ui.state import sidebar, tables


def render() -> None:
    data = tables()
    view = sidebar(data)
    lang = view.lang
    st.title(t("page_about", lang))
    st.markdown(t("about_method", lang))
    st.subheader(t("footnote_qualifier", lang))
    st.table(
        [
            {
                t("qualifier", lang): qualifier_mark(key, lang) or key,
                t("meaning", lang): zh if lang != "en" else en,
            }
            for key, (_, zh, en) in QUALIFIER_MARKS.items()
            if key != "exact"
        ]
    )
    st.subheader(t("page_sources", lang))
    st.dataframe(
        [
            {
                t("document", lang): row.doc,
                t("title", lang): row.title,
                t("date", lang): row.date,
                t("district", lang): district_label(data, row.district, lang)
                if row.district
                else "",
                t("problem", lang): row.problem,
            }
            for row in data.documents.itertuples(index=False)
        ],
        hide_index=True,
    )
