"""Streamlit's own words in our language, or out of sight.

Streamlit draws a few English words of its own (the uploader's "Upload" and "200MB per file",
the multiselect's "Select all", the "Stop" of the running indicator) that no option
translates. A style sheet hides them or puts our word in their place, so the Chinese
interface reads Chinese throughout.
"""

from __future__ import annotations

import json

import streamlit as st

from districts.present.i18n import t


def localize_chrome(lang: str) -> None:
    """Hide or reword Streamlit's built-in English for ``lang``."""
    # A CSS string: quoted, quotes and backslashes escaped, characters as they are.
    browse = json.dumps(t("browse_files", lang), ensure_ascii=False)
    select_all = json.dumps(t("select_all", lang), ensure_ascii=False)
    st.html(
        "<style>"
        # The running indicator ("Running… Stop"): the grey placeholders already say it.
        '[data-testid="stStatusWidget"]{display:none}'
        # The uploader: our own label in place of "Upload"; the size and types are in our
        # caption above it.
        '[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p'
        "{font-size:0}"
        '[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after'
        f"{{content:{browse};font-size:14px}}"
        '[data-testid="stFileUploaderDropzoneInstructions"]{display:none}'
        # The multiselect's "Select all" option.
        '[role="option"][data-key="__select_all__"] > div{font-size:0}'
        '[role="option"][data-key="__select_all__"] > div::after'
        f"{{content:{select_all};font-size:14px}}"
        "</style>"
    )
