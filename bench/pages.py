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

PAGES = tuple(
    os.environ.get("BENCH_PAGES", "").split(",")
    if os.environ.get("BENCH_PAGES")
    else (
        "overview",
        "ecology",
        "industry",
        "resilience",
        "indicator",
        "sources",
        "about",
        "explorer",
    )
)
TARGET_MS = 300
RUNS = int(os.environ.get("BENCH_RUNS", "10"))  # fewer on a crowded machine


def _page(name: str) -> None:
    from districts.ui import pages

    pages.build()
    pages._PAGES[name][0]()


def main() -> None:
    print(
        f"{'page':<12}{'first (ms)':>12}{'first CPU (ms)':>16}{'warm median (ms)':>18}"
        f"{'warm CPU (ms)':>15}"
        f"  target ≤ {TARGET_MS} ms"
    )
    for name in PAGES:
        app = AppTest.from_function(_page, args=(name,), default_timeout=120)
        started, started_cpu = time.perf_counter(), time.process_time()
        app.run()
        first = (time.perf_counter() - started) * 1000
        # the first render after the tables change fills the caches: its CPU is comparable
        # across runs on a loaded machine, its wall time is not
        first_cpu = (time.process_time() - started_cpu) * 1000
        warm, cpu = [], []
        for _ in range(RUNS):
            started, started_cpu = time.perf_counter(), time.process_time()
            app.run()
            warm.append((time.perf_counter() - started) * 1000)
            # The CPU the rerun cost (the script runs in a thread of this process): on a
            # shared machine the wall time is mostly the others' load.
            cpu.append((time.process_time() - started_cpu) * 1000)
        median = statistics.median(warm)
        verdict = "met" if median <= TARGET_MS else "MISSED"
        print(
            f"{name:<12}{first:>12.0f}{first_cpu:>16.0f}{median:>18.0f}"
            f"{statistics.median(cpu):>15.0f}  {verdict}"
        )


if __name__ == "__main__":
    main()
