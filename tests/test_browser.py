"""Every page draws in a real browser: no exception, a heading in the page's language, charts.

AppTest runs the script without a browser, so it cannot see what only the frontend does:
unknown URL paths ("Page not found"), Plotly drawing and its hover labels, CJK fonts.
This test serves the app with `streamlit run` and drives the system Chromium with
Playwright. Screenshots land in tests/artifacts/browser/ for a human to look at.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts" / "browser"
# Playwright's own browser download cannot work on these machines; `make setup` installs
# the Debian chromium package instead.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",  # the tests run as root, where Chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-dev-shm-usage",  # containers often have a tiny /dev/shm
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
MISSING_CHROMIUM = (
    f"{CHROMIUM} is missing. Install it with `make setup` (as root), or by hand: "
    "apt-get update && apt-get install -y --no-install-recommends "
    "chromium fonts-noto-cjk fontconfig"
)
HEALTH_TIMEOUT_S = 60
DRAW_TIMEOUT_MS = 30_000
MAX_SHOT_HEIGHT = 8_000  # px; the sources page shows whole documents

CJK = re.compile(r"[\u3400-\u9fff]")
ASCII_WORD = re.compile(r"[A-Za-z]{3,}")

CHART = '.js-plotly-plot, [data-testid="stPlotlyChart"]'
# With the default districts no resilience indicator is reported by two of them, so the page
# says so (an st.info) instead of drawing; either is a finished page.
CHART_OR_NOTICE = f'{CHART}, [data-testid="stAlert"]'

# (name for the screenshot, URL path, language, what shows the page has drawn beyond its title)
PAGES = [
    ("overview", "", "zh", CHART),
    ("ecology", "ecology", "zh", CHART),
    ("industry", "industry", "zh", CHART),
    ("resilience", "resilience", "zh", CHART_OR_NOTICE),
    ("indicator", "indicator", "zh", CHART),
    ("sources", "sources", "zh", None),
    ("about", "about", "zh", None),
    ("industry_en", "industry?lang=en", "en", CHART),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode().strip() == "ok"
    except (urllib.error.URLError, OSError):
        return False


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The app served on a free localhost port; stopped afterwards whatever happened."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    log_path = ARTIFACTS / "server.log"
    # A file, not a pipe: nobody reads a pipe while the tests run, and a full one blocks.
    log = log_path.open("w")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + HEALTH_TIMEOUT_S
        while not _healthy(f"{base}/_stcore/health"):
            if process.poll() is not None:
                pytest.fail(f"streamlit exited with {process.returncode}:\n{log_path.read_text()}")
            if time.monotonic() > deadline:
                pytest.fail(
                    f"streamlit did not answer /_stcore/health within {HEALTH_TIMEOUT_S} s:\n"
                    + log_path.read_text()
                )
            time.sleep(0.25)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser | None]:
    if not Path(CHROMIUM).exists():
        # Each test then fails saying how to install it; failing here would read as ERROR.
        yield None
        return
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Browser | None) -> Iterator[Page | None]:
    if browser is None:
        yield None
        return
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="zh-CN")
    try:
        yield context.new_page()
    finally:
        context.close()


def _wait_until_drawn(page: Page, drawn: str | None) -> None:
    page.locator('[data-testid="stAppViewContainer"]').wait_for(timeout=DRAW_TIMEOUT_MS)
    page.locator('[data-testid="stMain"] h1').first.wait_for(timeout=DRAW_TIMEOUT_MS)
    if drawn:
        page.locator(drawn).first.wait_for(timeout=DRAW_TIMEOUT_MS)
    # The script has finished, so nothing is still appearing when the screenshot is taken.
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(
        state="attached", timeout=DRAW_TIMEOUT_MS
    )
    # Tables and charts load their code lazily and show grey skeletons until then.
    expect(page.locator('[data-testid="stMain"] [data-testid="stSkeleton"]')).to_have_count(
        0, timeout=DRAW_TIMEOUT_MS
    )


def _screenshot(page: Page, name: str) -> None:
    """The whole page. Streamlit scrolls inside its own container, not the document, so
    full_page alone stops at the window; grow the window to the content first."""
    height = page.evaluate(
        """() => Math.max(...['[data-testid="stMain"]', '[data-testid="stAppViewContainer"]']
            .map(s => document.querySelector(s)?.scrollHeight ?? 0))"""
    )
    width = page.viewport_size["width"] if page.viewport_size else 1400
    page.set_viewport_size({"width": width, "height": max(900, min(height, MAX_SHOT_HEIGHT))})
    page.wait_for_timeout(300)  # let Streamlit and Plotly lay out at the new size
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    page.set_viewport_size({"width": width, "height": 900})


def _hover_first_bar(page: Page) -> str:
    chart = page.locator(".js-plotly-plot").first
    bars = chart.locator(".bars path, g.point path")
    bars.first.wait_for(state="attached", timeout=DRAW_TIMEOUT_MS)
    # A district that did not report has a zero-height path at the baseline, which Plotly
    # never hovers; the first bar is the first one actually drawn.
    for index in range(bars.count()):
        bar = bars.nth(index)
        box = bar.bounding_box()
        if box and box["width"] > 0 and box["height"] > 0:
            break
    else:
        pytest.fail("the first chart on the ecology page draws no bar")
    bar.scroll_into_view_if_needed()
    box = bar.bounding_box()
    assert box is not None
    # Plotly listens on the drag layer above the bars, so move the mouse rather than
    # dispatching hover on the path itself.
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    label = chart.locator(".hoverlayer .hovertext").first
    label.wait_for(timeout=5_000)
    return label.text_content() or ""  # SVG, which has no inner_text


@pytest.mark.parametrize(("name", "path", "lang", "drawn"), PAGES, ids=[name for name, *_ in PAGES])
def test_page_draws_without_error(
    server: str, page: Page | None, name: str, path: str, lang: str, drawn: str | None
) -> None:
    assert page is not None, MISSING_CHROMIUM
    page.goto(f"{server}/{path}", wait_until="domcontentloaded")
    _wait_until_drawn(page, drawn)

    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    assert "Page not found" not in page.locator("body").inner_text()

    heading = page.locator('[data-testid="stMain"] h1').first.inner_text().strip()
    assert heading, f"{name}: the main heading is empty"
    if lang == "zh":
        assert CJK.search(heading), f"{name}: heading {heading!r} has no Chinese"
    else:
        assert ASCII_WORD.search(heading), f"{name}: heading {heading!r} has no English word"
        assert not CJK.search(heading), f"{name}: heading {heading!r} is not in English"

    _screenshot(page, name)

    if name == "ecology":
        hover = _hover_first_bar(page)
        assert hover.strip(), "the hover label is empty"
        assert "“" in hover or CJK.search(hover), f"hover label without quote: {hover!r}"
        page.screenshot(path=str(ARTIFACTS / "ecology_hover.png"))


def test_png_download_button_gives_a_png(server: str, page: Page | None) -> None:
    assert page is not None, MISSING_CHROMIUM
    page.goto(f"{server}/ecology", wait_until="domcontentloaded")
    _wait_until_drawn(page, ".js-plotly-plot")
    button = page.locator('[data-testid="stDownloadButton"] button', has_text="PNG").first
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=60_000) as download_info:
        button.click()
    download = download_info.value
    assert download.suggested_filename.startswith("生态_")
    assert download.suggested_filename.endswith(".png")
    saved = ARTIFACTS / download.suggested_filename
    download.save_as(saved)
    content = saved.read_bytes()
    assert content.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(content[16:20], "big")
    assert width >= 1600
