"""The page list, shared by app.py and by links between pages."""

from __future__ import annotations

import streamlit as st

import districts.ui.map as map_page
import districts.ui.profile as profile_page
import districts.ui.ranking as ranking_page
from districts.present.i18n import t
from districts.ui import about, add, explorer, indicator, overview, sources, theme
from districts.ui.state import NAV_SLOT, language, stored_link_params

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
    "map": (map_page.render, "page_map", ":material/map:"),
    "profile": (profile_page.render, "page_profile", ":material/location_city:"),
    "ranking": (ranking_page.render, "page_ranking", ":material/format_list_numbered:"),
}
# The default page is served at "/" but reserves its own path too, which the browser cannot
# open ("Page not found"): it gets a path nobody types, and /overview is a hidden twin.
_HOME_PATH = "home"

PAGES: dict[str, st.Page] = {}


def build() -> list[st.Page]:
    """The pages, titled in the current language (the overview also under /overview)."""
    lang = language()
    PAGES.clear()
    for path, (render, title, icon) in _PAGES.items():
        home = path == "overview"
        PAGES[path] = st.Page(
            render, title=t(title, lang), icon=icon, url_path=_HOME_PATH if home else path,
            default=home,
        )  # fmt: skip
    twin = st.Page(
        overview.render, title=t("page_overview", lang), url_path="overview", visibility="hidden"
    )
    return [*PAGES.values(), twin]


def navigation() -> None:
    """The sidebar's page links with the view the page wrote, in this run's slot (none when
    a page runs on its own, as in tests).

    Streamlit's own navigation drops the query string, and with it the view; these links
    carry it (and open in a new tab with the same view)."""
    slot = st.session_state.get(NAV_SLOT)
    if slot is None or not PAGES:
        return
    lang = language()
    params = stored_link_params()
    with slot.container():
        for path, (_, title, icon) in _PAGES.items():
            st.page_link(PAGES[path], label=t(title, lang), icon=icon, query_params=params)
        st.divider()
