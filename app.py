"""京区对比 dashboard: wires the pages. Each page is a small module under districts/ui/."""

from __future__ import annotations

import streamlit as st

from districts.present.i18n import t
from districts.ui import pages
from districts.ui.state import language

st.set_page_config(page_title=t("app_title", language()), layout="wide")
links = st.sidebar.container()  # above the filters, filled once the page has written the view
page = st.navigation(pages.build(), position="hidden")
try:
    page.run()
finally:
    pages.navigation(links)
