"""Dashboard cold start to first chart, in a real browser (the system Chromium, via Playwright).

    .venv/bin/python bench/cold_start.py [--data-dir DIR]

Starts ``streamlit run app.py`` on a free localhost port, waits for ``/_stcore/health``, opens
the ecology page and waits for the first Plotly bar to be in the page. Figures:

* ``cold_start_to_first_chart_s``: from just before the server process starts to that bar
  (server start, first script run with its imports and data loads, page load, Plotly drawing).
* ``server_ready_s``: from the same start to the health endpoint answering.
* ``first_chart_after_server_ready_s``: from page navigation to the first bar.
* ``warm_page_load_s``: median of 5 page reloads to the first bar; each reload is a new
  Streamlit session on the already-warm server.

The browser is launched before the clock starts: a user's browser is already open, so its
start-up is not part of the dashboard's cold start.

Timings are from one run on a shared machine; compare them with each other, not with figures
from another day.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
# Playwright's own browser download is never used; Debian's chromium package is.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",  # runs as root in containers, where Chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-dev-shm-usage",  # containers often have a tiny /dev/shm
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
PAGE_PATH = "ecology"
# The first drawn bar, not just the chart's container: the container is attached before Plotly
# has drawn anything, and a user sees a chart only once its bars are there.
FIRST_BAR = ".js-plotly-plot .bars path"
HEALTH_TIMEOUT_S = 120.0
DRAW_TIMEOUT_MS = 120_000
RELOADS = 5


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


def _log_tail(log_path: Path, lines: int = 20) -> str:
    text = log_path.read_text(encoding="utf-8", errors="replace")
    return "\n".join(text.splitlines()[-lines:])


def _wait_healthy(process: subprocess.Popen[bytes], port: int, log_path: Path) -> None:
    url = f"http://127.0.0.1:{port}/_stcore/health"
    deadline = time.monotonic() + HEALTH_TIMEOUT_S
    while not _healthy(url):
        if process.poll() is not None:
            raise RuntimeError(
                f"streamlit exited with code {process.returncode}:\n{_log_tail(log_path)}"
            )
        if time.monotonic() > deadline:
            raise RuntimeError(
                f"streamlit not healthy after {HEALTH_TIMEOUT_S:.0f} s:\n{_log_tail(log_path)}"
            )
        time.sleep(0.05)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def _wait_first_chart(page: Page) -> None:
    page.wait_for_selector(FIRST_BAR, state="attached", timeout=DRAW_TIMEOUT_MS)


def measure(data_dir: Path | None = None) -> dict[str, float | str]:
    env = dict(os.environ)
    if data_dir is not None:
        env["DISTRICTS_DATA_DIR"] = str(data_dir)
    port = _free_port()
    url = f"http://127.0.0.1:{port}/{PAGE_PATH}"
    command = [
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
    ]
    with (
        tempfile.TemporaryDirectory(prefix="districts-bench-cold-") as scratch,
        sync_playwright() as playwright,
    ):
        log_path = Path(scratch) / "streamlit.log"
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page()
            # A file, not a pipe: nobody reads a pipe during the run, and a full one blocks.
            with log_path.open("wb") as log:
                t0 = time.perf_counter()
                process = subprocess.Popen(
                    command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
                )
            try:
                _wait_healthy(process, port, log_path)
                ready = time.perf_counter()
                # "commit": the clock must not wait for the load event; the chart is drawn by
                # the app's script over the websocket, well after it.
                page.goto(url, wait_until="commit")
                _wait_first_chart(page)
                first_chart = time.perf_counter()
                warm = []
                for _ in range(RELOADS):
                    started = time.perf_counter()
                    page.reload(wait_until="commit")
                    _wait_first_chart(page)
                    warm.append(time.perf_counter() - started)
            finally:
                _stop(process)
        finally:
            browser.close()
    return {
        "page": f"/{PAGE_PATH}",
        "cold_start_to_first_chart_s": first_chart - t0,
        "server_ready_s": ready - t0,
        "first_chart_after_server_ready_s": first_chart - ready,
        "warm_page_load_s": statistics.median(warm),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="served as DISTRICTS_DATA_DIR")
    args = parser.parse_args()
    for name, value in measure(args.data_dir).items():
        shown = f"{value:.3f}" if isinstance(value, float) else value
        print(f"{name:<36}{shown}")


if __name__ == "__main__":
    main()
