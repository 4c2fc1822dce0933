"""What every page shares: the loaded tables, the language, and the view state in the URL.

The URL holds the view with ASCII codes (district codes from the registry, indicator ids),
which survive e-mail and chat clients better than Chinese text, so a link reproduces a view.
Unknown or malformed parameters are ignored with a notice, never a traceback.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import streamlit as st

from districts.present.charts import comparison_figure
from districts.present.i18n import t
from districts.present.layout import DEFAULT_PRESET
from districts.present.views import (
    DEFAULT_DATA_DIR,
    THEMES,
    Tables,
    TablesError,
    content_key,
    default_districts,
    districts_in,
    indicator_values,
    load_tables,
    manifest_key,
    years_in,
)
from districts.ui.chrome import localize_chrome
from districts.ui.text import md_escape

# Plotly's camera icon exports in the reader's browser, at the window's size and with its fonts:
# a different image from the server's snapshot. The download menu beside each chart is the
# one way to an image.
PLOTLY_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["toImage"]}


@st.cache_resource(show_spinner=False)
def _tables(key: str) -> Tables:  # keyed on the manifest, so a rebuild is picked up
    return load_tables(DEFAULT_DATA_DIR)


def tables() -> Tables:
    """The built tables, or a page that says how to build them."""
    try:
        return _tables(manifest_key(DEFAULT_DATA_DIR))
    except TablesError as error:
        lang = language()
        st.error(t("tables_missing", lang))
        st.markdown(t("tables_missing_help", lang))
        st.caption(md_escape(str(error)))
        st.stop()
        raise  # st.stop() raises; this line only tells the type checker so


@st.cache_resource(show_spinner=False, max_entries=512)
def _figure(
    content: str,
    ids: tuple[str, ...],
    districts: tuple[str, ...],
    lang: str,
    year: str,
    sort: bool,
    today: str,
    size: str = DEFAULT_PRESET,
    highlight: str = "",
    _key: str = "",
):  # type: ignore[no-untyped-def]
    # cached under what the chart reads (views.content_key), not under the whole manifest:
    # after an add the charts of the indicators it left alone are not drawn again. ``_key``
    # (not hashed: a leading underscore) only finds the tables to draw from.
    data = _tables(_key)
    indicators = [data.catalog.indicator_by_id(i) for i in ids]
    return comparison_figure(
        data, indicators, list(districts), lang, year, sort, dt.date.fromisoformat(today), size,
        highlight,
    )  # fmt: skip


def figure(  # type: ignore[no-untyped-def]
    indicators, districts: list[str], lang: str, year: str = "", sort: bool = False,
    size: str = DEFAULT_PRESET,
    highlight: str = "",
):  # fmt: skip
    """The comparison chart at a printed size (layout.PRESETS), built once per view (plotly's
    layout validation is slow)."""
    key = manifest_key(DEFAULT_DATA_DIR)
    ids = tuple(i.id for i in indicators)
    return _figure(
        content_key(_tables(key), districts, ids),
        ids,
        tuple(districts),
        lang,
        year,
        sort,
        dt.date.today().isoformat(),
        size,
        highlight,
        _key=key,
    )


@st.cache_resource(show_spinner=False, max_entries=2048)
def _values(content: str, indicator_id: str, districts: tuple[str, ...], year: str, _key: str = ""):  # type: ignore[no-untyped-def]
    return indicator_values(_tables(_key), indicator_id, list(districts), year)


def values(indicator_id: str, districts: list[str], year: str = ""):  # type: ignore[no-untyped-def]
    """One indicator's values for the districts (see views.indicator_values), cached under
    what they are read from (see _figure)."""
    key = manifest_key(DEFAULT_DATA_DIR)
    content = content_key(_tables(key), districts, (indicator_id,))
    return _values(content, indicator_id, tuple(districts), year, _key=key)


# The URL parameters that make up the view. Every page reads them, writes them back and passes
# them on in every link, so a link (or a reload) reproduces the view. Page-specific parameters
# (doc, at) are not carried to other pages.
VIEW_KEYS = ("lang", "d", "year", "q", "theme", "ind", "hl")
# The last view written to the URL, kept in the session: a navigation that drops the query
# string (Streamlit's own page switches do) finds the view here instead of the defaults.
_STORED = "_view_params"
# Where app.py wants the page links drawn (an st.empty in the sidebar, set on every run).
NAV_SLOT = "_navigation_slot"


@dataclass
class View:
    lang: str = "zh"
    districts: list[str] = field(default_factory=list)
    year: str = ""
    search: str = ""
    theme: str = ""
    indicator: str = ""
    highlight: str = ""  # a district whose bars keep their colour while the others fade
    ignored: list[str] = field(default_factory=list)


def _params() -> dict[str, str]:
    """The URL's parameters, or the session's last view when the URL carries none of it."""
    params = {key: st.query_params.get(key, "") for key in st.query_params}
    stored = st.session_state.get(_STORED)
    if stored is not None and not any(key in params for key in VIEW_KEYS):
        return {**stored, **params}
    return params


def language() -> str:
    """The language the URL (or the session's last view) asks for."""
    return "en" if _params().get("lang") == "en" else "zh"


def read_view(data: Tables) -> View:
    """The view the URL asks for, keeping only what the tables know."""
    params = _params()
    view = View(lang="en" if params.get("lang") == "en" else "zh")
    available = districts_in(data)
    codes = {d.code: d.name for d in data.catalog.districts if d.name in available}
    if "d" in params:
        for code in filter(None, params.get("d", "").split(",")):
            if code in codes:
                view.districts.append(codes[code])
            else:
                view.ignored.append(f"d={code}")
    else:
        view.districts = default_districts(data)
    year = params.get("year", "")
    if year and year in years_in(data):
        view.year = year
    elif year:
        view.ignored.append(f"year={year}")
    view.search = params.get("q", "")[:50]
    lang = params.get("lang")
    if lang and lang not in ("zh", "en"):
        view.ignored.append(f"lang={lang}")
    theme = params.get("theme", "")
    if theme in THEMES:
        view.theme = theme
    elif theme:
        view.ignored.append(f"theme={theme}")
    indicator = params.get("ind", "")
    if indicator in {i.id for i in data.catalog.indicators}:
        view.indicator = indicator
    elif indicator:
        view.ignored.append(f"ind={indicator}")
    highlight = params.get("hl", "")
    if highlight in codes:  # kept only while the district is chosen (no notice when not)
        view.highlight = codes[highlight] if codes[highlight] in view.districts else ""
    elif highlight:
        view.ignored.append(f"hl={highlight}")
    return view


# Printing a page from the browser (Ctrl+P): the charts and tables only, on A4 with 2 cm
# margins, whose 17 cm text width is the charts' own width (the "full" preset), so none is
# cut or scaled. Streamlit's scrolling containers are opened up, or only the first screen
# would print; the sidebar, header, buttons and menus are not printed.
PRINT_CSS = """
<style>
@media print {
  @page { size: A4; margin: 2cm; }
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
  [data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
  [data-testid="stStatusWidget"], [data-testid="stDownloadButton"],
  [data-testid="stPopover"], [data-testid="stBaseButton-secondary"], .modebar-container,
  [data-testid="stSidebarNav"], [data-testid="stElementToolbar"] { display: none !important; }
  html, body, .stApp, [data-testid="stAppViewContainer"], [data-testid="stMain"],
  [data-testid="stMainBlockContainer"], section.main, .main {
    overflow: visible !important; height: auto !important; min-height: 0 !important;
    position: static !important;
  }
  [data-testid="stMainBlockContainer"], .block-container {
    max-width: none !important; width: auto !important; padding: 0 !important; margin: 0 !important;
  }
  [data-testid="stPlotlyChart"], .js-plotly-plot, [data-testid="stDataFrame"] {
    break-inside: avoid; page-break-inside: avoid; max-width: 17cm;
  }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
"""


def print_styles() -> None:
    """The print stylesheet (see PRINT_CSS), on every page."""
    st.html(PRINT_CSS)  # style only: applied to the page, takes no space, no Markdown


def sidebar(data: Tables, theme: str = "") -> View:
    """The shared filters. Widget values start from the view (URL, else the session's last
    view) and are written back to the URL; ``theme`` is the page's theme, if it has one."""
    print_styles()
    view = read_view(data)
    if theme:
        view.theme = theme
    with st.sidebar:
        # No widget keys: a keyed widget's state is dropped when another page is opened, and
        # the view must survive that. A widget whose default changes is a new widget, which
        # starts from the view.
        english = st.toggle("English", value=view.lang == "en")
        view.lang = "en" if english else "zh"
        available = districts_in(data)
        view.districts = st.multiselect(
            t("districts", view.lang),
            options=available,
            default=[d for d in view.districts if d in available],
            format_func=lambda name: _district_label(data, name, view.lang),
            placeholder=t("choose_districts", view.lang),
        )
        years = ["", *years_in(data)]
        view.year = st.selectbox(
            t("year", view.lang),
            options=years,
            index=years.index(view.year) if view.year in years else 0,
            format_func=lambda y: y or t("latest", view.lang),
        )
        view.search = st.text_input(t("indicator_search", view.lang), value=view.search)
        choices = ["", *view.districts]
        view.highlight = st.selectbox(
            t("highlight", view.lang),
            options=choices,
            index=choices.index(view.highlight) if view.highlight in choices else 0,
            format_func=lambda name: (
                _district_label(data, name, view.lang) if name else t("no_highlight", view.lang)
            ),
        )
    localize_chrome(view.lang)
    if view.ignored:
        # URL parameters are a stranger's text: shown as plain text, never as Markdown.
        st.info(f"{t('ignored_params', view.lang)}: {md_escape(', '.join(view.ignored))}")
    write_view(data, view)
    return view


def view_params(data: Tables, view: View) -> dict[str, str]:
    """The view as URL parameters (empty values left out, except ``d``: no district chosen
    is a view of its own, not the default)."""
    codes = {d.name: d.code for d in data.catalog.districts}
    return {
        "lang": "en" if view.lang == "en" else "",
        "d": ",".join(codes[d] for d in view.districts if d in codes),
        "year": view.year,
        "q": view.search,
        "theme": view.theme,
        "ind": view.indicator,
        "hl": codes.get(view.highlight, ""),
    }


def write_view(data: Tables, view: View, **extra: str) -> None:
    """Put the view (and a page's own parameters) into the URL and into the session."""
    wanted = {**view_params(data, view), **extra}
    for key, value in wanted.items():
        if value and st.query_params.get(key) != value:
            st.query_params[key] = value
        elif not value and key in st.query_params and key != "d":
            del st.query_params[key]
    if not view.districts:
        st.query_params["d"] = ""
    st.session_state[_STORED] = {
        k: v for k, v in wanted.items() if k in VIEW_KEYS and (v or k == "d")
    }
    from districts.ui.pages import navigation  # pages imports this module

    navigation()


def page(name: str):  # type: ignore[no-untyped-def]
    """The st.Page called ``name``, for st.page_link."""
    from districts.ui.pages import PAGES

    return PAGES[name]


def link_params(data: Tables, view: View, **extra: str) -> dict[str, str]:
    """Query parameters that carry the current view to another page."""
    params = {**view_params(data, view), **extra}
    return {key: value for key, value in params.items() if value}


def stored_link_params() -> dict[str, str]:
    """The session's last view as link parameters (for the navigation, drawn after a page)."""
    stored = st.session_state.get(_STORED) or {}
    return {key: value for key, value in stored.items() if value or key == "d"}


def _district_label(data: Tables, name: str, lang: str) -> str:
    district = data.catalog.district_by_name(name)
    if district is None:
        return name
    return district.name_en if lang == "en" else district.name
