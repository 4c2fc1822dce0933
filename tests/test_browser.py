"""Every page draws in a real browser: no exception, a heading in the page's language, charts.

AppTest runs the script without a browser, so it cannot see what only the frontend does:
unknown URL paths ("Page not found"), Plotly drawing and its hover labels, CJK fonts.
This test serves the app with `streamlit run` and drives the system Chromium with
Playwright. Screenshots land in tests/artifacts/browser/ for a human to look at.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import unicodedata
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from districts.limits import limits
from districts.present.i18n import t

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
    yield from _serve({}, "server.log")


@pytest.fixture(scope="module")
def scratch_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on a copy of data/, so adding documents leaves the project's tables alone."""
    data = tmp_path_factory.mktemp("data")
    shutil.copytree(
        ROOT / "data", data, dirs_exist_ok=True, ignore=shutil.ignore_patterns("user", "cache")
    )
    yield from _serve({"DISTRICTS_DATA_DIR": str(data)}, "scratch_server.log")


def _serve(extra_env: dict[str, str], log_name: str) -> Iterator[str]:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    log_path = ARTIFACTS / log_name
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
        env={**os.environ, "PYTHONUNBUFFERED": "1", **extra_env},
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
    menu = page.locator('[data-testid="stPopover"] button', has_text="下载").first
    menu.scroll_into_view_if_needed()
    menu.click()  # the download menu: size, then PNG / SVG / CSV / Excel
    button = page.locator('[data-testid="stDownloadButton"] button', has_text="PNG").first
    button.wait_for(timeout=DRAW_TIMEOUT_MS)
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


def test_printing_a_theme_page_gives_whole_charts_without_the_sidebar(
    server: str, page: Page | None
) -> None:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    assert page is not None, MISSING_CHROMIUM
    page.goto(f"{server}/ecology", wait_until="domcontentloaded")
    _wait_until_drawn(page, ".js-plotly-plot")
    page.emulate_media(media="print")
    # each chart's title: its largest text (the gaps' 未报告 labels are annotations too)
    titles = page.evaluate(
        """() => [...document.querySelectorAll('.js-plotly-plot')].map(
            p => [...p.querySelectorAll('.annotation-text')].sort(
                (a, b) => parseFloat(b.style.fontSize) - parseFloat(a.style.fontSize)
            )[0].textContent)"""
    )
    pdf = ARTIFACTS / "ecology_print.pdf"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(pdf), format="A4", print_background=True, prefer_css_page_size=True)
    pages = [
        unicodedata.normalize("NFKC", "".join(box.get_text() for box in layout
                                              if isinstance(box, LTTextContainer)))
        for layout in extract_pages(str(pdf))
    ]  # fmt: skip
    assert len(titles) >= 2 and pages
    assert not any("English" in text for text in pages)  # the sidebar's language switch
    for title in titles:
        # a chart is whole when its title and its last footnote print on the same page
        holding = [text for text in pages if title.replace(" ", "") in text.replace(" ", "")]
        assert holding, title
        assert any("生成日期" in text for text in holding), title


ARTICLE = """<html><head><meta charset="utf-8"><title>怀柔区生态建设成效</title></head><body>
<nav><a href="/">首页</a> <a href="/news">新闻</a> 热门:某区新增公园99处</nav>
<article><h1>怀柔区生态建设成效</h1>
<p>2024年,怀柔区森林覆盖率达到80.1%,PM2.5年均浓度为27微克/立方米。</p></article>
<footer>版权所有 2024 电话 010-12345678</footer></body></html>"""


def test_upload_preview_confirm_and_see_the_new_district(
    scratch_server: str, page: Page | None, tmp_path: Path
) -> None:
    assert page is not None, MISSING_CHROMIUM
    upload = tmp_path / "怀柔生态.html"
    upload.write_text(ARTICLE, encoding="utf-8")
    page.goto(f"{scratch_server}/add", wait_until="domcontentloaded")
    _wait_until_drawn(page, '[data-testid="stFileUploader"]')
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(upload))
    confirm = page.get_by_role("button", name="确认添加")
    _wait_for_the_reader(page, confirm, "the preview")
    _wait_until_drawn(page, '[data-testid="stTable"]')
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "怀柔" in body and "80.1%" in body  # the inferred district and the previewed fact
    assert "99处" not in body  # navigation noise is not a fact
    _screenshot(page, "add_preview")
    confirm.click()
    _wait_for_the_reader(page, page.get_by_text("已添加的文档"), "the added document")
    page.goto(f"{scratch_server}/ecology?d=huairou,miyun,changping", wait_until="domcontentloaded")
    _wait_until_drawn(page, CHART)
    charts = page.locator(".js-plotly-plot").first.inner_text()
    assert "怀柔" in charts
    _screenshot(page, "add_then_ecology")


def test_an_upload_naming_no_district_is_offered_under_its_sites_district(
    scratch_server: str, page: Page | None, tmp_path: Path
) -> None:
    assert page is not None, MISSING_CHROMIUM
    upload = tmp_path / "全区生态.txt"
    upload.write_text("2024年，全区森林覆盖率达到66.2%，新增造林1200亩。", encoding="utf-8")
    page.goto(f"{scratch_server}/add", wait_until="domcontentloaded")
    _wait_until_drawn(page, '[data-testid="stFileUploader"]')
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(upload))
    asked = page.get_by_text(t("no_district_found", "zh"))
    _wait_for_the_reader(page, asked, "the question for a district")
    address = page.get_by_label(t("add_url", "zh"))
    address.fill("https://www.bjmtg.gov.cn/bjmtg/zwxx/202401/t1.shtml")
    address.press("Enter")
    # the question goes once a district is chosen (an alert too: wait for it to go first)
    expect(asked).to_be_hidden(timeout=READER_TIMEOUT_MS)
    _wait_for_the_reader(page, page.get_by_role("button", name="确认添加"), "the preview")
    _wait_until_drawn(page, '[data-testid="stTable"]')
    previewed = page.locator('[data-testid="stTable"]').inner_text()
    assert "门头沟" in previewed and "66.2%" in previewed  # read as the site's district's


# The upload reader's own budget (data/limits.yaml, upload_worker.seconds), and as long again
# for what follows it (the add's update): on a loaded machine (the suite beside the build of
# other tests) a preview took longer than a chart's 30 s.
READER_TIMEOUT_MS = 2 * 1000 * limits().upload_worker.seconds


def _wait_for_the_reader(page: Page, wanted, what: str) -> None:  # type: ignore[no-untyped-def]
    """Wait for what the upload reader produces, or fail at once, with the page's words, when
    the page shows an error instead."""
    error = page.locator('[data-testid="stMain"] [data-testid="stAlert"]')
    try:
        wanted.or_(error).first.wait_for(timeout=READER_TIMEOUT_MS)
    except PlaywrightTimeout:
        pass
    if not wanted.count():
        _screenshot(page, "add_failed")
        body = page.locator('[data-testid="stMain"]').inner_text()
        pytest.fail(f"no {what}; the page shows:\n{body}")


NAV_LINK = '[data-testid="stSidebar"] [data-testid="stPageLink-NavLink"]'


def test_every_sidebar_link_keeps_the_language_and_the_districts(
    server: str, page: Page | None
) -> None:
    assert page is not None, MISSING_CHROMIUM
    page.goto(f"{server}/ecology?lang=en&d=miyun,changping", wait_until="domcontentloaded")
    _wait_until_drawn(page, CHART)
    count = page.locator(NAV_LINK).count()
    assert count >= 8, "one sidebar link per page"
    for index in range(count):
        page.locator(NAV_LINK).nth(index).click()
        page.wait_for_timeout(500)  # the click starts a run; wait for it to finish
        _wait_until_drawn(page, None)
        chosen = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]')
        assert chosen.inner_text().split()[1:] == ["Miyun", "Changping"], page.url
        heading = page.locator('[data-testid="stMain"] h1').first.inner_text()
        assert not CJK.search(heading), f"{page.url}: {heading!r} is not English"
        assert "lang=en" in page.url and "d=miyun%2Cchangping" in page.url


def test_the_overview_opens_under_its_own_path(server: str, page: Page | None) -> None:
    assert page is not None, MISSING_CHROMIUM
    page.goto(f"{server}/overview", wait_until="domcontentloaded")
    _wait_until_drawn(page, CHART)
    assert "Page not found" not in page.locator("body").inner_text()
    assert page.locator('[data-testid="stMain"] h1').first.inner_text() == "京区对比"


HOSTILE_LINK = "[登录已过期](http://evil)"
HOSTILE_IMAGE = "![t](http://127.0.0.1:9999/t.png)"
STRANGE_ELEMENTS = 'a[href*="evil"], img[src*="9999"], img[src="x"]'


def test_strangers_text_makes_no_link_or_image_in_the_dom(
    server: str, page: Page | None, tmp_path: Path
) -> None:
    assert page is not None, MISSING_CHROMIUM
    from urllib.parse import urlencode

    query = urlencode({"d": f"{HOSTILE_LINK},miyun", "year": HOSTILE_IMAGE, "ind": "<img src=x>"})
    page.goto(f"{server}/ecology?{query}", wait_until="domcontentloaded")
    _wait_until_drawn(page, CHART)
    assert "登录已过期" in page.locator('[data-testid="stAlert"]').first.inner_text()
    expect(page.locator(STRANGE_ELEMENTS)).to_have_count(0)
    # An uploaded document's words in the preview table (st.table reads Markdown).
    upload = tmp_path / "hostile.txt"
    upload.write_text(
        f"{HOSTILE_LINK} 2024年,密云区森林覆盖率达到70.2%<img src=x>,{HOSTILE_IMAGE}。",
        encoding="utf-8",
    )
    page.goto(f"{server}/add", wait_until="domcontentloaded")
    _wait_until_drawn(page, '[data-testid="stFileUploader"]')
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(upload))
    _wait_until_drawn(page, '[data-testid="stTable"]')
    assert "登录已过期" in page.locator('[data-testid="stTable"]').inner_text()
    expect(page.locator(STRANGE_ELEMENTS)).to_have_count(0)


# A text of 5,000 table rows of four figures each: allowed by every budget of data/limits.yaml,
# and reading it takes the child minutes (20,000 facts), so it is still reading when the page
# closes.
SLOW_ROWS = "密云区森林覆盖率72.5%林木绿化率80.1%城市绿化覆盖率50.2%湿地面积3.5万亩\n"


def _children_reading_uploads(url: str) -> list[int]:
    """The upload readers (tables/isolated.py) started by the server serving ``url``, found in
    /proc: the server is the streamlit process given its port, its readers its children."""
    port = url.rsplit(":", 1)[1]
    processes = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if stat[0] != "Z":  # a zombie has finished
            processes[int(entry.name)] = (int(stat[1]), [part.decode() for part in command])
    servers = {
        pid for pid, (_, command) in processes.items() if "streamlit" in " ".join(command)
        and port in command
    }  # fmt: skip
    children = [
        pid
        for pid, (parent, command) in processes.items()
        if parent in servers and "districts.tables.isolated" in command
    ]
    # The server also keeps a spare child waiting idle for the next upload (isolated.py): a
    # reader is a child that works, its processor time growing while we look.
    before = {pid: _processor_ticks(pid) for pid in children}
    time.sleep(0.5)
    return [pid for pid in children if _processor_ticks(pid) > before[pid]]


def _processor_ticks(pid: int) -> int:
    """User plus system time of ``pid`` in clock ticks; 0 when it has gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def _wait_for(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return False


def test_closing_the_add_page_kills_the_reading_of_its_upload(
    scratch_server: str, page: Page | None, tmp_path: Path
) -> None:
    assert page is not None, MISSING_CHROMIUM
    upload = tmp_path / "密云表格.txt"
    upload.write_text("密云区2024年\n" + SLOW_ROWS * 5000, encoding="utf-8")
    page.goto(f"{scratch_server}/add", wait_until="domcontentloaded")
    _wait_until_drawn(page, '[data-testid="stFileUploader"]')
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(upload))
    assert _wait_for(lambda: _children_reading_uploads(scratch_server), 60), "no reader started"
    readers = _children_reading_uploads(scratch_server)
    page.close()
    # the child's time limit is 120 s; a closed page stops it at once (within a few seconds
    # here, for the server to see the socket close on a busy machine)
    assert _wait_for(
        lambda: not set(readers) & set(_children_reading_uploads(scratch_server)), 30
    ), "the reader outlived its page"
