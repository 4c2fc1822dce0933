"""The page list, shared by app.py and by links between pages."""

from __future__ import annotations

import streamlit as st

from districts.present.i18n import t
from districts.ui import about, add, explorer, indicator, overview, sources, theme
from districts.ui.state import language

_PAGES = {
    "overview": (overview.render, "page_overview", ":material/dashboard:"),
    "ecology": (theme.ecology, "page_ecology", ":material/forest:"),
    "industry": (theme.industry, "page_industry", ":material/factory:"),
    "resilience": (theme.resilience, "page_resilience", ":material/shield:"),
    "indicator": (indicator.render, "page_indicator", ":material/query_stats:"),
    "sources": (sources.render, "page_sources", ":material/description:"),
    "add": (add.render, "page_add", ":material/upload_file:"),
    "about": (about.render, "page_about", ":material/info:"),
    "explorer": (explorer.render, "page_explorer", ":material/manage_search:"),
}

PAGES: dict[str, st.Page] = {}


def build() -> list[st.Page]:
    """The pages, titled in the current language."""
    lang = language()
    PAGES.clear()
    for path, (render, title, icon) in _PAGES.items():
        PAGES[path] = st.Page(
            render, title=t(title, lang), icon=icon, url_path=path, default=path == "overview"
        )
    return list(PAGES.values())
