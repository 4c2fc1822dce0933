"""文档: each document with its metadata and its text, numbers highlighted, damage marked.

Document text is untrusted: it is HTML-escaped and shown with st.html, which does not read
Markdown, so nothing a document contains is ever rendered or run.
"""

from __future__ import annotations

import bisect
import html

import streamlit as st

from districts.errors import DistrictsError
from districts.present.charts import district_label
from districts.present.comparison import readable_quote
from districts.present.i18n import t
from districts.present.views import facts_of_document, manifest_key
from districts.tables.corpus import document_path
from districts.text.normalize import normalize
from districts.text.read import read_document
from districts.ui.state import sidebar, tables, write_view
from districts.ui.text import md_escape

SCRIPT_KEYS = {"script_simplified", "script_traditional", "script_traditional_pinyin"}


@st.cache_data(show_spinner=False, max_entries=32)
def _document(
    name: str, tables_key: str
) -> tuple[str, str, list[int], list[int], list[tuple[int, int]]]:
    """Original text, normalized text, its map and unreadable spans (original positions).
    Keyed on the tables too: a document removed and added again under its name is new."""
    text = read_document(document_path(name)).text
    normalized = normalize(text)
    damaged = [normalized.original_span(s, e) for s, e in normalized.unreadable]
    mapped = normalized.mapped
    return text, normalized.text, list(mapped.starts), list(mapped.ends), damaged


def render() -> None:
    data = tables()
    view = sidebar(data)
    lang = view.lang
    st.title(t("page_sources", lang))
    documents = data.documents[data.documents["problem"] == ""]
    names = list(documents["doc"])
    if not names:
        st.info(t("tables_missing_help", lang))
        return
    wanted = st.query_params.get("doc", "")
    name = st.selectbox(
        t("choose_document", lang),
        names,
        index=names.index(wanted) if wanted in names else 0,
        format_func=lambda n: " · ".join(filter(None, data.titles.get(n, (n, "")))),
    )
    facts = facts_of_document(data, name)
    at = st.query_params.get("at", "")
    at_value = int(at) if at.isdigit() else None
    write_view(data, view, doc=name, at=str(at_value) if at_value is not None else "")
    meta = documents.set_index("doc").loc[name]
    script = f"script_{meta['script']}"
    st.markdown(
        f"**{md_escape(meta['title'] or name)}** · {md_escape(meta['date'] or '—')} · "
        f"{md_escape(district_label(data, meta['district'], lang) or '—')} · "
        f"{t(script, lang) if script in SCRIPT_KEYS else md_escape(meta['script'])} · "
        f"{meta['facts']} {t('facts_in_document', lang)}"
    )
    try:
        original, normalized, starts, ends, damaged = _document(name, manifest_key())
    except DistrictsError as error:
        st.error(md_escape(str(error)))
        return
    positions = [None, *facts["start"].tolist()]
    labels = {
        int(row.start): " · ".join(
            part
            for part in (
                readable_quote(row.as_written),
                readable_quote(row.term),
                district_label(data, row.district, lang) if row.district else "",
            )
            if part
        )
        for row in facts.itertuples(index=False)
    }
    at_value = st.selectbox(
        t("facts_in_document", lang),
        positions,
        index=positions.index(at_value) if at_value in positions else 0,
        format_func=lambda p: "—" if p is None else labels[p],
    )
    write_view(data, view, doc=name, at=str(at_value) if at_value is not None else "")
    chosen = facts[facts["start"] == at_value] if at_value is not None else facts.iloc[0:0]
    if not chosen.empty:
        fact = chosen.iloc[0]
        with st.container(border=True):
            st.caption(t("selected_fact", lang))
            st.html(_highlight(fact["sentence"], [], [], selected=None, quote=fact["quote"]))
            st.caption(f"{t('quote', lang)}: {md_escape(readable_quote(fact['quote']))}")
    if damaged:
        st.caption(f"▒ {t('unreadable_help', lang)}")
    script_view = st.radio(
        " ",
        [t("original_script", lang), t("normalized_view", lang)],
        horizontal=True,
        label_visibility="collapsed",
    )
    spans = list(zip(facts["start"], facts["end"], strict=True))
    if script_view == t("original_script", lang):
        body = _highlight(original, spans, damaged, selected=at_value)
    else:
        body = _highlight(
            normalized, _to_normalized(spans, starts, ends), [], selected=None, marker="\ufffd"
        )
    with st.container(height=600):
        st.html(body)


def _to_normalized(
    spans: list[tuple[int, int]], starts: list[int], ends: list[int]
) -> list[tuple[int, int]]:
    """Original spans → the normalized characters made from them."""
    out = []
    for start, end in spans:
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_right(ends, end)
        if first < last:
            out.append((first, last))
    return out


def _highlight(
    text: str,
    facts: list[tuple[int, int]],
    damaged: list[tuple[int, int]],
    selected: int | None,
    quote: str = "",
    marker: str = "",
) -> str:
    """Escaped text with <mark> around facts and a visible band over damaged stretches."""
    if quote and quote in text:
        start = text.index(quote)
        facts = [(start, start + len(quote))]
    events: list[tuple[int, int, str]] = []
    for start, end in facts:
        colour = "#ffd54f" if start == selected else "#fff3b0"
        events.append((start, end, f'<mark style="background:{colour}">'))
    for start, end in damaged:
        events.append((start, end, '<span style="background:#ddd;color:#777" title="unreadable">'))
    events.sort()
    pieces, cursor = [], 0
    for start, end, opening in events:
        if start < cursor:
            continue  # overlapping marks: the first one wins
        pieces.append(html.escape(text[cursor:start]))
        closing = "</mark>" if opening.startswith("<mark") else "</span>"
        pieces.append(opening + html.escape(text[start:end]) + closing)
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    body = "".join(pieces)
    if marker:
        body = body.replace(
            marker, '<span style="background:#ddd;color:#777" title="unreadable">▒▒</span>'
        )
    return (
        '<div style="white-space:pre-wrap;line-height:1.9;font-size:15px;'
        "font-family:'Noto Sans CJK SC','PingFang SC',sans-serif\">" + body + "</div>"
    )
