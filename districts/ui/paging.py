"""Long pages drawn a part at a time: the first charts at once, the rest on request.

A theme page with 1,000 documents' tables compares 15–25 indicators. Every chart is a Plotly
figure the browser lays out before the page settles, so a page of 25 charts keeps a fresh
visit waiting for seconds, and every filter change redraws all of them. The charts most
districts report come first (the catalog's order within a theme), so the first few answer
most questions; a button shows the rest.
"""

from __future__ import annotations

from typing import TypeVar

import streamlit as st

from districts.present.i18n import t

T = TypeVar("T")
FIRST_CHARTS = 6
# Rows of a list under the charts (a theme's facts in no chart): 10,000 documents have 80,000
# of them for a theme, which took 40 s to lay out on every rerun and a grid the browser could
# not scroll; the page that searches them all (全部数字) is one link away.
FIRST_ROWS = 200


def first_charts(items: list[T], key: str, lang: str, first: int | None = None) -> list[T]:
    """``items`` up to ``first``, or all once the reader asked for all (remembered for the
    session, per ``key``); the button saying how many more there are is drawn at the end of
    the page by ``more_charts``."""
    first = FIRST_CHARTS if first is None else first
    if st.session_state.get(key) or len(items) <= first:
        return items
    return items[:first]


def more_charts(items: list, key: str, lang: str, first: int | None = None) -> None:
    """A button under the drawn charts: "show the other N charts"."""
    first = FIRST_CHARTS if first is None else first
    if st.session_state.get(key) or len(items) <= first:
        return
    if st.button(t("more_charts", lang).format(n=len(items) - first), key=f"{key}_button"):
        st.session_state[key] = True
        st.rerun()
