"""app.py starts the dashboard from the committed tables: the overview, in Chinese."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def test_app_starts_on_the_overview() -> None:
    app = AppTest.from_file(APP, default_timeout=60).run()
    assert not app.exception
    assert app.title[0].value == "京区对比"
    assert app.get("plotly_chart"), "the overview draws its charts"
