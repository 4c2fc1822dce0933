"""京区对比 dashboard: wires the pages. Each page is a small module under districts/ui/."""

from __future__ import annotations

import streamlit as st

from districts.present.i18n import t
from districts.ui import pages
from districts.ui.state import language

st.set_page_config(page_title=t("app_title", language()), layout="wide")
# The page links, above the filters: drawn as soon as the page has read the view, and again
# when it is done (a page may change the view, e.g. the chosen indicator).
st.session_state[pages.NAV_SLOT] = st.sidebar.empty()
page = st.navigation(pages.build(), position="hidden")
try:
    page.run()
finally:
    pages.navigation()
