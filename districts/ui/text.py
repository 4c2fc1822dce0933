"""Showing text that came from documents. It is untrusted: never read as Markdown or HTML."""

from __future__ import annotations

_MARKDOWN_SPECIAL = set("\\`*_{}[]()#+-.!|<>$~:")


def md_escape(text: object) -> str:
    """Text for st.markdown and widget labels (which read Markdown), shown literally."""
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in str(text))
