"""添加文档: upload documents, check what was inferred, preview the facts, then add them.

Nothing is stored until the user confirms; a bad file gets a message and changes nothing.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from pathlib import Path

import streamlit as st

from districts.catalog import Catalog
from districts.errors import DistrictsError
from districts.present.comparison import readable_quote
from districts.present.i18n import t
from districts.present.views import DEFAULT_DATA_DIR
from districts.tables import corpus
from districts.tables.cache import DocumentCache
from districts.tables.corpus import safe_stem
from districts.tables.isolated import UploadPreview, extract_stored, keep_spare, preview_upload
from districts.tables.update import refresh_export, update_corpus
from districts.ui.session import session_alive
from districts.ui.state import sidebar, tables
from districts.ui.text import md_escape

UPLOAD_TYPES = ["txt", "html", "htm", "docx", "pdf"]


def render() -> None:
    data = tables()
    view = sidebar(data)
    lang = view.lang
    # A reader of uploads warms up while the user chooses a file (tables/isolated.py): the
    # preview and the confirm then wait for the document, not for the reader's imports.
    keep_spare()
    st.title(t("page_add", lang))
    st.caption(t("add_help", lang))
    # A new key after each addition empties the uploader, so a second click adds nothing twice.
    round_ = st.session_state.setdefault("upload_round", 0)
    uploads = st.file_uploader(
        t("upload", lang), type=UPLOAD_TYPES, accept_multiple_files=True, key=f"uploads_{round_}"
    )
    districts = [d.name for d in data.catalog.districts]
    for upload in uploads or []:
        _one_upload(upload, districts, data.catalog, lang)
    _added_documents(lang)


@st.cache_data(show_spinner=False, max_entries=32)
def _preview(name: str, content: bytes, district: str, title: str, date: str) -> UploadPreview:
    # Read in a child process within the limits of data/limits.yaml (see tables/isolated.py);
    # cached, because every click on the page runs it again with the same arguments. The child
    # is killed when this browser session ends; the question is made here, in the body, so it
    # is no argument and no part of the cache's key.
    return preview_upload(name, content, district, title, date, still_wanted=session_alive())


def _one_upload(upload, districts: list[str], catalog: Catalog, lang: str) -> None:  # type: ignore[no-untyped-def]
    with st.container(border=True):
        st.markdown(f"**{md_escape(upload.name)}**")
        try:
            with st.spinner(t("reading_upload", lang)):
                inferred = _preview(upload.name, upload.getvalue(), "", "", "")
        except DistrictsError as error:
            st.error(md_escape(f"{upload.name}: {getattr(error, 'problem', error)}"))
            return
        _review_and_add(upload, inferred, districts, catalog, lang)


def suggested_district(text_district: str, url: str, catalog: Catalog) -> str:
    """The district an upload is first offered under: the one its text names, else the one
    whose government's site the address given is on (www.bjmtg.gov.cn/… → 门头沟), else none.

    >>> from districts.catalog import load_catalog
    >>> suggested_district("", "https://www.bjmtg.gov.cn/bjmtg/zwxx/index.shtml", load_catalog())
    '门头沟'
    """
    if text_district:
        return text_district
    site = catalog.district_by_web_address(url) if url else None
    return site.name if site else ""


def _review_and_add(  # type: ignore[no-untyped-def]
    upload, inferred: UploadPreview, districts: list[str], catalog: Catalog, lang: str
) -> None:
    """Inferred metadata to correct, the facts the document would add, and the confirm."""
    key = f"{upload.name}_{upload.size}"
    title = st.text_input(t("title", lang), value=inferred.title, key=f"title_{key}")
    date = st.text_input(t("date", lang), value=inferred.date, key=f"date_{key}")
    # For the citation under every chart and in the reports: only what the user gives.
    publisher = st.text_input(t("add_publisher", lang), key=f"publisher_{key}").strip()
    url = st.text_input(t("add_url", lang), key=f"url_{key}").strip()
    options = ["", *districts]
    chosen = f"district_{key}"
    suggested = suggested_district(inferred.district, url, catalog)
    # The text's district when it names one; else the site's, once the address is typed, unless
    # the user has already picked a district (their choice is never overwritten).
    if not st.session_state.get(chosen) and suggested in options:
        st.session_state[chosen] = suggested
    district = st.selectbox(
        t("district", lang), options, format_func=lambda name: name or "—", key=chosen
    )
    if inferred.note:
        st.caption(md_escape(inferred.note))
    if not district:
        st.warning(t("no_district_found", lang))
        return
    if (district, title, date) == (inferred.district, inferred.title, inferred.date):
        mentions = inferred.as_inferred  # read with these already, in the first reading
    else:
        try:
            mentions = _preview(upload.name, upload.getvalue(), district, title, date).mentions
        except DistrictsError as error:
            st.error(md_escape(f"{upload.name}: {getattr(error, 'problem', error)}"))
            return
    st.caption(f"{len(mentions)} {t('facts_in_document', lang)}")
    # A plain table keeps every sentence readable; st.table reads Markdown, and the document
    # is a stranger's text, so every cell is escaped (a [link](…) stays text).
    st.table(
        [
            {
                t("district", lang): md_escape(m.district),
                t("indicator", lang): md_escape(m.term or ""),
                t("value", lang): md_escape(readable_quote(m.as_written)),
                t("year", lang): md_escape(m.year or ""),
                t("sentence", lang): md_escape(readable_quote(m.sentence)),
            }
            for m in mentions
        ]
    )
    if st.button(t("confirm_add", lang), key=f"confirm_{key}", type="primary"):
        try:
            with (
                st.spinner(t("adding_upload", lang)),
                tempfile.TemporaryDirectory(prefix="upload-") as folder,
            ):
                path = Path(folder) / f"{safe_stem(upload.name)}{Path(upload.name).suffix.lower()}"
                path.write_bytes(upload.getvalue())
                # An empty title or date is the one the child read from the text, as add would
                # infer it, but without reading the text in the server.
                upload_ = corpus.Upload(
                    path,
                    inferred.text,
                    title or inferred.title,
                    date or inferred.date,
                    district,
                    publisher=publisher,
                    url=url,
                )
                cache = DocumentCache()
                wanted = session_alive()
                # The facts are extracted in a limited child into the cache the update reads.
                (name,) = corpus.add(
                    [upload_],
                    DEFAULT_DATA_DIR,
                    cache=cache,
                    extract=lambda dirs, names: extract_stored(
                        dirs, names, cache.directory, still_wanted=wanted
                    ),
                    export=False,
                )
            # The tables already show the document; the download (mentions.csv, a second of
            # rewriting at 1,000 documents, more with more) is rewritten after the page answers.
            threading.Thread(target=_export_later, args=(DEFAULT_DATA_DIR,), daemon=True).start()
        except DistrictsError as error:
            st.error(md_escape(str(error)))
            return
        except OSError as error:  # the server's own temporary folder: one line, no path
            st.error(md_escape(f"{upload.name}: {error.strerror or error}"))
            return
        st.session_state["upload_round"] = st.session_state.get("upload_round", 0) + 1
        st.toast(f"{t('added', lang)}: {md_escape(name)}")
        st.rerun()


def _export_later(data_dir: Path) -> None:
    """``refresh_export`` after an add, off the page's run; a failure leaves the previous
    download, which the next add or build rewrites, and is logged for the administrator."""
    try:
        refresh_export(data_dir)
    except (DistrictsError, OSError) as error:
        logging.getLogger(__name__).warning("mentions.csv not rewritten: %s", error)


def _added_documents(lang: str) -> None:
    added = corpus.user_documents()
    if not added:
        return
    st.subheader(t("added_documents", lang))
    for entry in added:
        name = entry.get("file", "")
        columns = st.columns([4, 2, 2])
        # escaped text, not a code span: inside backticks the escapes would show as backslashes
        columns[0].markdown(f"{md_escape(entry.get('title') or name)} · {md_escape(name)}")
        columns[1].caption(
            md_escape(f"{entry.get('date') or '—'} · {entry.get('district') or '—'}")
        )
        confirm = columns[2].checkbox(t("confirm_remove", lang), key=f"sure_{name}")
        if columns[2].button(t("remove", lang), key=f"remove_{name}", disabled=not confirm):
            try:
                corpus.remove(name)
                update_corpus([name], DEFAULT_DATA_DIR)
            except DistrictsError as error:
                st.error(md_escape(str(error)))
                return
            st.rerun()
