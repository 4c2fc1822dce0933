"""全部数字 · All facts: search and filter every fact of every document; map a term.

The logic is in districts/present/explorer.py (search, filters, rows) and districts/curation.py
(the same library function as ``districts catalog map/add``); this page only lays them out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from urllib.parse import urlencode

import numpy as np
import pandas as pd
import streamlit as st

from districts.catalog import THEMES
from districts.curation import CurationError, add_indicator, map_term
from districts.errors import DistrictsError
from districts.present import snapshot
from districts.present.charts import indicator_label
from districts.present.explorer import (
    MAPPED_CHOICES,
    FactFilter,
    FactIndex,
    fact_index,
    fact_rows,
    unmapped_facts,
)
from districts.present.i18n import qualifier_word, t, theme_label, unit_label
from districts.present.views import Tables, content_key
from districts.tables.rebuild import rebuild
from districts.ui import paging, state
from districts.ui.state import View, link_params, sidebar, tables, write_view

_CURATION_MESSAGE = "curation_message"


@st.cache_resource(show_spinner=False, max_entries=4)
def _index(key: str) -> FactIndex:  # keyed on the manifest: a rebuild gives a new index
    return fact_index(state._tables(key))


def index() -> FactIndex:
    return _index(state.manifest_key(state.DEFAULT_DATA_DIR))


@st.cache_resource(show_spinner=False, max_entries=4)
def _choices(key: str) -> tuple[list[str], dict[str, str]]:
    """The filters' options (qualifiers; documents and their titles), once per set of tables:
    read from every fact, 800,000 at 10,000 documents, they were most of a rerun."""
    facts = _index(key)
    return facts.qualifiers(), facts.documents()


@st.cache_resource(show_spinner=False, max_entries=4)
def _other_places(key: str) -> list[str]:
    """Places that are no district (Beijing as a whole, the nation), once per set of tables."""
    known = {d.name for d in state._tables(key).catalog.districts}
    return [place for place in _index(key).places() if place not in known]


@st.cache_resource(show_spinner=False, max_entries=32)
def _search(key: str, *fields: object) -> np.ndarray:
    """The positions in the index of the facts a filter (its fields in order) finds, in the
    explorer's order: a filter over every fact costs a quarter of a second at 10,000
    documents, the same on every rerun of a view. Positions, not rows: 32 views of 800,000
    rows would not fit."""
    return _index(key).search(FactFilter(*fields))  # type: ignore[arg-type]


def render() -> None:
    data = tables()
    view = sidebar(data)
    lang = view.lang
    st.title(t("page_explorer", lang))
    st.caption(t("explorer_help", lang))
    key = state.manifest_key(state.DEFAULT_DATA_DIR)
    facts = _index(key)
    qualifier_options, titles = _choices(key)
    params = st.query_params
    query = st.text_input(t("explorer_search", lang), value=params.get("fq", "")[:60], key="fq")
    left, middle, right, last = st.columns(4)
    themes = left.multiselect(
        t("explorer_themes", lang),
        THEMES,
        default=[th for th in params.get("th", "").split(",") if th in THEMES],
        format_func=lambda th: theme_label(th, lang),
        placeholder=t("explorer_any", lang),
    )
    qualifiers = middle.multiselect(
        t("explorer_qualifiers", lang),
        qualifier_options,
        format_func=lambda q: qualifier_word(q, lang),
        placeholder=t("explorer_any", lang),
    )
    docs = right.multiselect(
        t("explorer_documents", lang),
        sorted(titles),
        format_func=lambda d: titles[d],
        placeholder=t("explorer_any", lang),
    )
    wanted_mapped = params.get("m", "all")
    mapped = last.selectbox(
        t("explorer_mapped", lang),
        MAPPED_CHOICES,
        index=MAPPED_CHOICES.index(wanted_mapped) if wanted_mapped in MAPPED_CHOICES else 0,
        format_func=lambda m: t(f"explorer_mapped_{m}", lang),
    )
    others = st.checkbox(t("explorer_other_places", lang), key="explorer_others")
    places = list(view.districts)
    if others:
        places += _other_places(key)
    write_view(
        data, view, fq=query.strip(), th=",".join(themes), m="" if mapped == "all" else mapped
    )
    if not view.districts and not others:
        st.warning(t("no_district", lang))
        return
    wanted = FactFilter(
        query=query,
        districts=tuple(places),
        themes=tuple(themes),
        years=(view.year,) if view.year else (),
        qualifiers=tuple(qualifiers),
        docs=tuple(docs),
        mapped=mapped,
    )
    chosen = _search(key, *dataclasses.astuple(wanted))
    st.caption(t("explorer_count", lang).format(n=len(chosen), total=len(facts)))
    if not len(chosen):
        st.info(t("explorer_none", lang))
    else:
        _table(data, view, facts, chosen, lang)
    _curation(data, lang)


def _table(data: Tables, view: View, facts: FactIndex, chosen: np.ndarray, lang: str) -> None:
    """The matching facts a page of rows at a time (all of them in the downloads): at 10,000
    documents a broad search matches 100,000 facts, a row and a link each on every rerun, and
    a grid the browser cannot lay out."""
    size = paging.FIRST_ROWS
    starts = list(range(0, len(chosen), size))
    first = 0
    if len(starts) > 1:
        first = st.selectbox(
            t("explorer_page", lang),
            starts,
            format_func=lambda n: t("explorer_rows", lang).format(
                first=n + 1, last=min(n + size, len(chosen))
            ),
            key="explorer_rows",
        )
    shown = facts.rows(chosen[first : first + size])
    rows = fact_rows(data, shown, lang, link=lambda fact: _source_link(data, view, fact))
    event = st.dataframe(
        rows,
        hide_index=True,
        key=f"explorer_table_{first}",  # a page of its own selection
        on_select="rerun",
        selection_mode="single-row",
        column_config={
            t("open_source", lang): st.column_config.LinkColumn(display_text="↗"),
        },
    )
    picked = event.selection.rows if event else []
    if picked and st.session_state.get("_curate_pick") != (first, picked[0]):
        # a newly selected row brings its term into the curation form below
        st.session_state["_curate_pick"] = (first, picked[0])
        fact = shown.iloc[picked[0]]
        st.session_state["curate_term"] = fact["term"] or ""
        st.session_state["curate_unit"] = fact["unit"] or ""
        if fact["theme"] in THEMES:
            st.session_state["curate_theme"] = fact["theme"]

    # every matching fact, made when a download is clicked
    def plain() -> list[dict[str, object]]:
        return fact_rows(data, facts.rows(chosen), lang)

    name = f"{t('explorer_file', lang)}_{dt.date.today().isoformat()}"
    left, right = st.columns(2)
    left.download_button(
        "CSV",
        data=lambda: snapshot.csv_bytes(plain()),
        file_name=f"{name}.csv",
        mime="text/csv",
        icon=":material/download:",
        on_click="ignore",
        key="explorer_csv",
    )
    right.download_button(
        "Excel",
        data=lambda: snapshot.xlsx_bytes(plain()),
        file_name=f"{name}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        on_click="ignore",
        key="explorer_xlsx",
    )


def _source_link(data: Tables, view: View, fact: dict) -> str:
    params = link_params(data, view, doc=fact["doc"], at=str(fact["start"]))
    return "sources?" + urlencode(params)  # document names may hold & or #


def _curation(data: Tables, lang: str) -> None:
    """Map the term of a fact to an indicator, or create one; then rebuild the tables."""
    st.subheader(t("curate", lang))
    st.caption(t("curate_help", lang))
    message = st.session_state.pop(_CURATION_MESSAGE, None)
    if message:
        st.success(message)
    term = st.text_input(t("curate_term", lang), key="curate_term")
    how = st.radio(
        t("curate_how", lang),
        ("existing", "new"),
        format_func=lambda h: t(f"curate_{h}", lang),
        horizontal=True,
        key="curate_how",
    )
    if how == "existing":
        options = list(data.catalog.indicators)
        target = st.selectbox(
            t("curate_indicator", lang),
            options,
            format_func=lambda i: (
                f"{indicator_label(i, lang)} · {theme_label(i.theme, lang)} · "
                f"{unit_label(i.shown_unit, lang)}"
            ),
            key="curate_indicator",
        )
        if st.button(t("curate_map", lang), key="curate_map", disabled=not term.strip()):
            _apply(lang, "map", term=term, indicator=target.id)
    else:
        name = st.text_input(t("curate_name", lang), value=term, key=f"curate_name_{term}")
        name_en = st.text_input(t("curate_name_en", lang), key="curate_name_en")
        unit = st.text_input(t("curate_unit", lang), key="curate_unit")
        theme = st.selectbox(
            t("theme", lang),
            THEMES,
            format_func=lambda th: theme_label(th, lang),
            key="curate_theme",
        )
        definition = st.text_input(t("curate_definition", lang), key="curate_definition")
        if st.button(t("curate_create", lang), key="curate_create", disabled=not name.strip()):
            synonyms = [term] if term.strip() and term.strip() != name.strip() else []
            _apply(
                lang, "add", name=name, name_en=name_en, unit=unit, theme=theme,
                definition=definition, synonyms=synonyms,
            )  # fmt: skip


def _apply(lang: str, action: str, **fields) -> None:  # type: ignore[no-untyped-def]
    """Write data/user/catalog.yaml through the library, rebuild, and say what changed."""
    data_dir = state.DEFAULT_DATA_DIR
    try:
        if action == "map":
            done = map_term(data_dir, fields["term"], fields["indicator"])
            label = indicator_label(done.indicator, lang)
            if done.already:
                st.info(t("curate_already", lang).format(term=done.term, name=label))
                return
        else:
            created = add_indicator(data_dir, **fields)
            label = indicator_label(created, lang)
        with st.spinner():
            rebuilt = rebuild(data_dir)
    except CurationError as error:
        st.error(t(f"curation_{error.reason}", lang).format(**error.params))
        return
    except DistrictsError as error:
        st.error(t("curation_failed", lang).format(problem=error))
        return
    key = "curate_mapped" if action == "map" else "curate_added"
    term = fields.get("term", "")
    st.session_state[_CURATION_MESSAGE] = t(key, lang).format(
        term=term, name=label, n=rebuilt.remapped
    )
    _forget_pipelines()
    st.rerun()


def _forget_pipelines() -> None:
    """The add page keeps the previews its worker made with the catalog of the time; a
    curation changes the catalog."""
    from districts.ui import add

    add._preview.clear()


@st.cache_resource(show_spinner=False, max_entries=64)
def _unmapped(
    content: str, theme: str, districts: tuple[str, ...], year: str, _key: str = ""
) -> pd.DataFrame:
    """A theme's facts in no chart, per view (the same answer on every rerun of the view),
    cached under the files it reads (views.content_key)."""
    return unmapped_facts(state._tables(_key), theme, list(districts), year)


def unmapped_section(data: Tables, theme: str, view: View) -> None:
    """Below a theme page's charts: its facts that map to no indicator, with a way to map them
    (the first FIRST_ROWS of them; the explorer lists them all)."""
    lang = view.lang
    key = state.manifest_key(state.DEFAULT_DATA_DIR)
    uncharted = [i.id for i in data.catalog.indicators if not i.charted]
    content = content_key(data, view.districts, uncharted, unmapped_themes=(theme,))
    facts = _unmapped(content, theme, tuple(view.districts), view.year, _key=key)
    if facts.empty:
        return
    st.subheader(t("unmapped_facts", lang))
    st.caption(t("unmapped_help", lang))
    shown = facts.head(paging.FIRST_ROWS)
    rows = fact_rows(data, shown, lang, link=lambda fact: _source_link(data, view, fact))
    # the theme is the page's: a column that would say nothing (the indicator, where there is
    # one, names a programme's output: 新增雨量站)
    said = set(t("explorer_columns", lang).split("|")[1:2])
    st.dataframe(
        [{key: value for key, value in row.items() if key not in said} for row in rows],
        hide_index=True,
        column_config={t("open_source", lang): st.column_config.LinkColumn(display_text="↗")},
        key=f"unmapped_{theme}",
    )
    if len(facts) > len(shown):
        st.caption(t("unmapped_first", lang).format(n=len(shown), total=len(facts)))
    st.page_link(
        state.page("explorer"),
        label=t("open_explorer", lang),
        query_params=link_params(data, view, th=theme, m="unmapped"),
    )
