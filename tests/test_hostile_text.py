"""Text from strangers is text: a document's words, its title and URL parameters never become
links, images or HTML on any page (issue 18, item 5).

The dashboard is served on a copy of data/ with one hostile document added, then every page
is rendered (AppTest, in a child process that sees the copy) with hostile URL parameters,
and every element that reads Markdown or HTML is checked for live syntax.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINK = "[登录](http://evil)"
IMAGE = "![t](http://127.0.0.1:9999/t.png)"
TAG = "<img src=x>"
DOCUMENT = f"{LINK} 2024年,密云区森林覆盖率达到70.2%{TAG},湿地面积{IMAGE}达到1.6万公顷。\n"
PARAMS = {"d": "[登录已过期](http://evil),miyun", "year": IMAGE, "ind": TAG, "q": LINK}
PAGES = ("overview", "ecology", "industry", "resilience", "indicator", "sources", "add", "about")

CHILD = r"""
import json, sys
from streamlit.testing.v1 import AppTest

PAGE = "from districts.ui import pages\npages.build()\npages._PAGES[{name!r}][0]()\n"

out = {}
params = json.loads(sys.argv[1])
for name in json.loads(sys.argv[2]):
    app = AppTest.from_string(PAGE.format(name=name), default_timeout=120)
    for key, value in params.items():
        app.query_params[key] = value
    app.run()
    texts = [str(app.exception)] if app.exception else []
    # Elements that read Markdown (page links included); st.html bodies apart.
    for kind in ("markdown", "caption", "info", "warning", "error", "title", "subheader"):
        texts += [element.value for element in getattr(app, kind)]
    texts += [table.value.to_string() for table in app.table]
    texts += [element.proto.label for element in app.get("page_link")]
    bodies = [element.proto.body for element in app.get("html")]
    out[name] = {"exception": bool(app.exception), "texts": texts, "html": bodies}
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("data")
    shutil.copytree(
        ROOT / "data", data, dirs_exist_ok=True, ignore=shutil.ignore_patterns("user", "cache")
    )
    document = tmp_path_factory.mktemp("upload") / "hostile.txt"
    document.write_text(DOCUMENT, encoding="utf-8")
    added = subprocess.run(
        [sys.executable, "-m", "districts.cli", "add", str(document), "--district", "密云",
         "--title", f"{LINK}{TAG}", "--date", "2024-12-01"],
        cwd=ROOT, env={**os.environ, "DISTRICTS_DATA_DIR": str(data)},
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return data


def _render(data: Path, params: dict[str, str]) -> dict:
    child = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(params), json.dumps(PAGES)],
        cwd=ROOT, env={**os.environ, "DISTRICTS_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)},
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr[-3000:]
    return json.loads(child.stdout.strip().splitlines()[-1])


def test_hostile_document_and_url_text_is_shown_as_text_on_every_page(hostile_data: Path) -> None:
    pages = _render(hostile_data, {**PARAMS, "doc": "hostile.txt"})
    seen = ""
    for name, result in pages.items():
        assert not result["exception"], (name, result["texts"][:1])
        for text in result["texts"]:
            # Escaped, these read \]\(http, \!\[ and \<img (Markdown) or &lt;img (HTML).
            assert "](http" not in text, (name, text)
            assert "![" not in text, (name, text)
            assert not re.search(r"(?<!\\)<img", text), (name, text)
            seen += text
        for body in result["html"]:  # st.html reads HTML, not Markdown: no tag of theirs
            assert "<img" not in body and 'href="http' not in body, (name, body)
            seen += body
    # Not vacuous: the hostile words did reach the pages, as text.
    assert "登录" in seen and "img src" in seen
