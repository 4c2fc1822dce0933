"""Warm render time of each dashboard page (Streamlit AppTest), median of 10 runs.

    [DISTRICTS_DATA_DIR=TABLES] [BENCH_RUNS=10] .venv/bin/python bench/pages.py

Timings are medians from one run on a shared machine; compare pages with each other, not with
figures from another day.
"""

from __future__ import annotations

import os
import statistics
import time

from streamlit.testing.v1 import AppTest

PAGES = ("overview", "ecology", "industry", "resilience", "indicator", "sources", "about")
TARGET_MS = 300
RUNS = int(os.environ.get("BENCH_RUNS", "10"))  # fewer on a crowded machine


def _page(name: str) -> None:
    from districts.ui import pages

    pages.build()
    pages._PAGES[name][0]()


def main() -> None:
    print(f"{'page':<12}{'first (ms)':>12}{'warm median (ms)':>18}  target ≤ {TARGET_MS} ms")
    for name in PAGES:
        app = AppTest.from_function(_page, args=(name,), default_timeout=120)
        started = time.perf_counter()
        app.run()
        first = (time.perf_counter() - started) * 1000
        warm = []
        for _ in range(RUNS):
            started = time.perf_counter()
            app.run()
            warm.append((time.perf_counter() - started) * 1000)
        median = statistics.median(warm)
        verdict = "met" if median <= TARGET_MS else "MISSED"
        print(f"{name:<12}{first:>12.0f}{median:>18.0f}  {verdict}")


if __name__ == "__main__":
    main()
