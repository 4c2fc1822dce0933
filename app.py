"""京区对比 dashboard entry point: wires the pages (the pages themselves come with the dashboard).

Reads only the built tables under data/; it never runs extraction on page load.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

DATA = Path(__file__).resolve().parent / "data"

st.set_page_config(page_title="京区对比 Beijing district comparison", layout="wide")
st.title("京区对比")
st.caption("北京各区生态、产业、韧性指标对比 · Beijing district comparison")

indicators_path = DATA / "indicators.csv"
if not indicators_path.exists():
    st.warning(
        "尚未生成指标表。请运行 `districts build`。 / Tables not built yet: run `districts build`."
    )
else:
    indicators = pd.read_csv(indicators_path, encoding="utf-8-sig", dtype=str).fillna("")
    documents = pd.read_csv(DATA / "documents.csv", encoding="utf-8-sig", dtype=str)
    st.write(
        f"{len(documents)} 份文档 · {indicators['district'].nunique()} 个区 · "
        f"{len(indicators)} 条指标值 / documents · districts · indicator values"
    )
    st.dataframe(
        indicators[
            ["district", "indicator_name", "theme", "year", "as_written", "qualifier", "quote"]
        ],
        hide_index=True,
    )
