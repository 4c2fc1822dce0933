"""The all-facts explorer's index on a rung's tables: build, rebuild after an add, searches.

    DISTRICTS_DATA_DIR=TABLES .venv/bin/python bench/explorer_index.py

In one process, as a running dashboard: the index built first (every partition read, its folds
from the private cache when kept there), built again for the same tables (every partition kept
in the process), and built as after an add (one partition no longer kept, so it is read and
made searchable again, as the partition an add rewrites is); then the page's searches (the
default view of four districts, every fact, a word in four districts) and a page of 50 rows.
CPU and wall seconds, and the process's peak resident memory.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from districts.present import explorer  # noqa: E402
from districts.present.views import load_tables  # noqa: E402


def timed(label: str, step):  # type: ignore[no-untyped-def]
    started, cpu = time.perf_counter(), time.process_time()
    result = step()
    print(
        f"{label:<58}{time.process_time() - cpu:>8.2f} s CPU{time.perf_counter() - started:>8.2f} s"
    )
    return result


def main() -> None:
    tables = load_tables(Path(os.environ["DISTRICTS_DATA_DIR"]))
    index = timed("index, first build", lambda: explorer.fact_index(tables))
    print(f"facts: {len(index):,}; Arrow: {index.facts.nbytes / 2**20:,.0f} MiB")
    timed("index, same tables (every partition kept)", lambda: explorer.fact_index(tables))
    forgotten = next(iter(explorer._partition_indexes))
    del explorer._partition_indexes[forgotten]
    index = timed("index, one partition new (as after an add)", lambda: explorer.fact_index(tables))
    four = ("门头沟", "密云", "昌平", "石景山")
    for label, wanted in (
        ("search: four districts (the default view)", explorer.FactFilter(districts=four)),
        ("search: every fact", explorer.FactFilter()),
        ("search: 森林覆盖率 in four districts", explorer.FactFilter("森林覆盖率", four)),
    ):
        found = timed(label, lambda wanted=wanted: index.search(wanted))
        timed(
            f"  a page of 50 of its {len(found):,} rows", lambda found=found: index.rows(found[:50])
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10
    print(f"peak resident memory: {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
