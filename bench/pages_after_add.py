"""Each page's first render after one document is added, in the dashboard's own process (issue 19).

    DISTRICTS_DATA_DIR=TABLES .venv/bin/python bench/pages_after_add.py --docs DIR [--pages a,b]

``TABLES`` is a rung's tables (e.g. ``bench/run.py``'s ``out_10000``), patched in place: the
added document is removed again at the end, so the tables end with the rows they began with.
``--docs`` is the rung's documents folder, only read (the add runs on a scratch folder of links
to them plus the new document, as ``bench/add_one.py`` does).

In one process, as a running dashboard is: every page rendered once (its first render on these
tables, cold caches) and again (warm); then one generated document added by ``update``, as the
dashboard's add page does; then every page's first render on the new tables and a warm one.
CPU seconds of this process (the machine is shared: wall times grow with its load), and wall.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from streamlit.testing.v1 import AppTest  # noqa: E402

PAGES = (
    "overview", "ecology", "industry", "resilience", "indicator", "sources", "about", "explorer",
)  # fmt: skip


def _page(name: str) -> None:
    # AppTest runs this function's source alone: everything it uses is imported here
    import os
    import time

    from districts.ui import pages

    pages.build()
    profile = os.environ.get("BENCH_PROFILE_PAGE")
    if not profile:
        pages._PAGES[name][0]()
        return
    # the page runs in the script thread: a profiler of the main thread would see only waiting
    import cProfile

    profiler = cProfile.Profile(time.thread_time)
    try:
        profiler.runcall(pages._PAGES[name][0])
    finally:
        profiler.dump_stats(f"{profile}.{name}.{time.monotonic_ns()}")


def _render(app: AppTest) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.process_time()
    app.run()
    if app.exception:
        raise SystemExit(f"the page raised: {app.exception[0].message}")
    return time.process_time() - cpu, time.perf_counter() - started


def _renders(names: tuple[str, ...]) -> dict[str, tuple[float, float, float, float]]:
    """Per page: first render (CPU, wall) and a warm one (CPU, wall)."""
    figures = {}
    for name in names:
        app = AppTest.from_function(_page, args=(name,), default_timeout=600)
        first = _render(app)
        warm = _render(app)
        figures[name] = (*first, *warm)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=Path, required=True, help="the rung's documents (only read)")
    parser.add_argument("--pages", default=",".join(PAGES), help="comma-separated page names")
    parser.add_argument(
        "--seed",
        type=int,
        default=20261201,
        help="the generated document's seed (the same document for runs to compare)",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        help="write cProfiles of the renders after the add (PROFILE.PAGE.N, one per render)",
    )
    args = parser.parse_args()
    data = Path(os.environ["DISTRICTS_DATA_DIR"])
    names = tuple(args.pages.split(","))

    from generate import generate

    from districts.tables.update import patchable, update

    if not patchable(data):
        # tables of other code or another catalog make an update a full build, and a full
        # build of the scratch folder below reads only real files, not its links: it would
        # measure no add and leave the tables holding the new document alone
        raise SystemExit(
            f"{data}: no tables an add can patch (none built, or built by other code or another"
            " catalog); build them with this code first"
        )
    before = _renders(names)
    with tempfile.TemporaryDirectory(prefix="districts-after-add-") as folder:
        scratch = Path(folder) / "docs"
        scratch.mkdir()
        for path in args.docs.iterdir():
            (scratch / path.name).symlink_to(path.resolve())
        made = generate(Path(folder) / "new", 1, seed=args.seed)[0]
        name = f"after_add_{args.seed}{made.suffix}"
        (scratch / name).write_bytes(made.read_bytes())
        started, cpu = time.perf_counter(), time.process_time()
        update([scratch], data, changed=[name], refresh=False)
        added = (time.process_time() - cpu, time.perf_counter() - started)
        if args.profile:
            os.environ["BENCH_PROFILE_PAGE"] = str(args.profile)
        after = _renders(names)
        os.environ.pop("BENCH_PROFILE_PAGE", None)
        (scratch / name).unlink()
        update([scratch], data, changed=[name], refresh=False)

    print(f"add one document (this process, to the manifest): {added[0]:.2f} s CPU,"
          f" {added[1]:.2f} s")  # fmt: skip
    print(f"{'page':<12}{'first CPU':>11}{'warm CPU':>10}{'first after add CPU':>21}"
          f"{'(wall)':>9}{'warm after CPU':>16}")  # fmt: skip
    for page in names:
        first_cpu, _, warm_cpu, _ = before[page]
        again_cpu, again_wall, warm_again, _ = after[page]
        print(
            f"{page:<12}{first_cpu:>10.2f}s{warm_cpu:>9.2f}s{again_cpu:>20.2f}s"
            f"{again_wall:>8.2f}s{warm_again:>15.2f}s"
        )


if __name__ == "__main__":
    main()
