"""What every page says, in both languages: no None, nan or internal code, and no English
word in the Chinese interface (issue 16). AppTest renders each page and the test reads every
title, label, notice, table cell and chart text."""

from __future__ import annotations

import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from districts.present.i18n import t
from districts.ui.theme import MENU_KEY_PREFIX, TAB_KEY_PREFIX

PAGES = (
    "overview", "ecology", "industry", "resilience", "indicator", "sources", "add", "about",
    "explorer", "map", "profile", "ranking",
)  # fmt: skip
VIEWS = {
    "zh": {},
    "en": {"lang": "en"},
    "zh-2024-all": {"year": "2024", "d": "shijingshan,mentougou,changping,miyun,huairou"},
    "en-one": {"lang": "en", "d": "changping"},
}
MISSING = re.compile(r"\b(None|nan|NaN|null|undefined)\b")
CODES = re.compile(
    r"\b(approx|at_least|at_most|not_reported|traditional_pinyin|since_launch|"
    r"year_from|year_to|as_of|doc_title|resolved_year)\b"
)
# Words a Chinese page may show: the language switch names itself, file formats and file
# names, and abbreviations Chinese text uses as they are.
ENGLISH_ALLOWED = {
    "English", "PNG", "SVG", "CSV", "Excel", "ZIP", "PDF", "PM", "PCT", "GDP", "csv", "json",
    "indicators", "mentions", "datapackage", "txt", "html", "docx", "pdf", "UTF", "GBK", "Big",
    "GB", "UTF-8", "PFLOPS", "Word",
}  # fmt: skip
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


def _script(name: str) -> str:
    return f"from districts.ui import pages\npages.build()\npages._PAGES[{name!r}][0]()\n"


def _chart_texts(spec: str) -> list[str]:
    figure = json.loads(spec)
    layout = figure.get("layout", {})
    texts = [str(layout.get("title", {}).get("text", ""))]
    texts += [str(a.get("text", "")) for a in layout.get("annotations", [])]
    for trace in figure.get("data", []):
        # category labels only: a map's outlines have numeric x with None between rings
        texts += [x for x in trace.get("x", []) or [] if isinstance(x, str)]
        texts += [str(x) for x in trace.get("text", []) or [] if x]
    return texts


def page_texts(name: str, params: dict[str, str]) -> tuple[list[str], list[str]]:
    """(what the interface says, what came from documents): the second is checked for
    missing values and codes only, since a document may quote English."""
    app = AppTest.from_string(_script(name), default_timeout=120)
    for key, value in params.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception, app.exception
    ours, theirs = _texts(app)
    # Value tables and download menus are built only when opened: open every table tab, then
    # every download menu (in the chart tabs), and read what they say too.
    lang = params.get("lang", "zh")
    for prefix, opened in ((TAB_KEY_PREFIX, t("table", lang)), (MENU_KEY_PREFIX, True)):
        keys = [key for key in app.session_state.keys() if key.startswith(prefix)]
        if not keys:
            continue
        for key in app.session_state.keys():
            if key.startswith(TAB_KEY_PREFIX):
                app.session_state[key] = t("chart", lang)
        for key in keys:
            app.session_state[key] = opened
        app.run()
        assert not app.exception, app.exception
        more_ours, more_theirs = _texts(app)
        ours += more_ours
        theirs += more_theirs
    return ours, theirs


def _texts(app: AppTest) -> tuple[list[str], list[str]]:
    ours: list[str] = []
    for kind in ("title", "subheader", "info", "warning", "error"):
        ours += [element.value for element in getattr(app, kind)]
    for kind in ("selectbox", "multiselect", "toggle", "text_input", "button", "radio"):
        for widget in getattr(app, kind):
            ours.append(widget.label)
            ours += [str(o) for o in getattr(widget, "options", []) or []]
    ours += [element.proto.label for element in app.get("page_link")]
    ours += [element.proto.label for element in app.get("download_button")]
    theirs = [c.value for c in app.caption] + [m.value for m in app.markdown]
    for frame in [*app.dataframe, *app.table]:
        ours += [str(column) for column in frame.value.columns]
        theirs += [str(cell) for cell in frame.value.to_numpy().ravel()]
    for chart in app.get("plotly_chart"):
        theirs += _chart_texts(chart.proto.spec)
    return ours, theirs


@pytest.mark.parametrize("view", list(VIEWS))
@pytest.mark.parametrize("name", PAGES)
def test_no_page_shows_missing_values_codes_or_english_in_chinese(name: str, view: str) -> None:
    ours, theirs = page_texts(name, VIEWS[view])
    assert ours, "the page says something"
    for text in ours + theirs:
        assert not MISSING.search(text), (name, view, text)
        assert not CODES.search(text), (name, view, text)
    if not view.startswith("en"):
        for text in theirs:  # a qualifier's code, English in any case, but in a table cell
            assert not re.search(r"\b(exact|simplified|traditional)\b", text), (name, view, text)
        for text in ours:
            words = set(ENGLISH_WORD.findall(text)) - ENGLISH_ALLOWED
            assert not words, (name, view, text)


def test_streamlits_upload_button_says_our_word_in_our_language() -> None:
    app = AppTest.from_string(_script("add"), default_timeout=120).run()
    styles = " ".join(element.proto.body for element in app.get("html"))
    assert 'content:"选择文件"' in styles and "stFileUploaderDropzoneInstructions" in styles


def test_every_unit_a_value_is_stored_or_shown_in_has_an_english_name() -> None:
    # The English interface labels axes and table cells with unit_label: a base of the unit
    # table or an indicator's display unit left out of its table reached English readers in
    # Chinese (毫米, 百分点, 千伏安 read as "1,000 伏安").
    import yaml

    from districts import paths
    from districts.present.i18n import unit_label

    units = yaml.safe_load((paths.DATA_DIR / "units.yaml").read_text(encoding="utf-8"))
    indicators = yaml.safe_load((paths.DATA_DIR / "indicators.yaml").read_text(encoding="utf-8"))
    shown = {entry["base"] for entry in units["units"]}
    shown |= {i["display_unit"] for i in indicators["indicators"] if i.get("display_unit")}
    chinese = re.compile(r"[\u3400-\u9fff]")
    untranslated = {unit: unit_label(unit, "en") for unit in shown}
    assert {u: e for u, e in untranslated.items() if chinese.search(e)} == {}
    assert unit_label("千伏安", "en") == "kVA" and unit_label("万千瓦时", "en") == "10,000 kWh"
