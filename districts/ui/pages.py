"""The page list, shared by app.py and by links between pages."""

from __future__ import annotations

import streamlit as st

import districts.ui.map as map_page
import districts.ui.profile as profile_page
import districts.ui.ranking as ranking_page
from districts.present.i18n import t
from districts.ui import about, add, indicator, overview, sources, theme
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
    "map": (map_page.render, "page_map", ":material/map:"),
    "profile": (profile_page.render, "page_profile", ":material/location_city:"),
    "ranking": (ranking_page.render, "page_ranking", ":material/format_list_numbered:"),
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
