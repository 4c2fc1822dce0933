"""方法: how the numbers are made, what the marks mean, and the documents behind them."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from districts.present.charts import district_label
from districts.present.i18n import QUALIFIER_MARKS, qualifier_mark, t
from districts.ui import state
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
    key = state.manifest_key(state.DEFAULT_DATA_DIR)
    st.dataframe(_documents(key, lang), hide_index=True)


@st.cache_resource(show_spinner=False, max_entries=8)
def _documents(key: str, lang: str) -> pd.DataFrame:
    """Every document's row, once per set of tables and language (keyed on the manifest, so
    an added document shows): 10,000 documents took a tenth of a second on every rerun."""
    data = state._tables(key)
    return pd.DataFrame(
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
        ]
    )
