"""First and warm snapshot export times (PNG and SVG), median of 10 warm exports.

    .venv/bin/python bench/snapshots.py

The first export starts kaleido's browser; later ones reuse it (kaleido's sync server).
"""

from __future__ import annotations

import statistics
import time

from districts.present import snapshot
from districts.present.charts import comparison_figure
from districts.present.views import default_districts, load_tables

TARGET_S = 0.5
RUNS = 10


def main() -> None:
    data = load_tables()
    indicator = data.catalog.indicator_by_id("forest_coverage")
    figure = comparison_figure(data, [indicator], default_districts(data))
    started = time.perf_counter()
    snapshot.export_image(figure, "png")
    first = time.perf_counter() - started
    print(f"first PNG (starts the browser): {first:.2f} s")
    for fmt in ("png", "svg"):
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            snapshot.export_image(figure, fmt)
            times.append(time.perf_counter() - started)
        median = statistics.median(times)
        verdict = "met" if median <= TARGET_S else "MISSED"
        print(
            f"warm {fmt.upper()}: median {median:.3f} s over {RUNS}"
            f"  target ≤ {TARGET_S} s  {verdict}"
        )


if __name__ == "__main__":
    main()
