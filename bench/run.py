"""The benchmark: build cost against bare segmentation, scale, incremental builds, dashboard
and snapshot latency, and a peer recognizer — medians and ratios from one run.

    .venv/bin/python bench/run.py [--quick]

Prints a table and writes bench/results.md. The machine is shared and noisy: compare figures
from the same run (ratios), not with another day's. --quick stops the scale test at 1,000.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.md"
PYTHON = sys.executable

rows: list[tuple[str, str, str, str]] = []  # (measure, figure, target, verdict)


def record(measure: str, figure: str, target: str = "", met: bool | None = None) -> None:
    verdict = "" if met is None else ("met" if met else "MISSED")
    rows.append((measure, figure, target, verdict))
    print(f"{measure:<58} {figure:>22}  {target:<14} {verdict}", flush=True)


def median_time(function, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


# --- 1. build cost against the floor ------------------------------------------------------


def build_cost() -> None:
    import jieba

    from districts.facts.pipeline import Pipeline
    from districts.text.normalize import normalize
    from districts.text.read import read_document
    from districts.text.split import sentences

    jieba.setLogLevel(60)
    jieba.initialize()
    pipeline = Pipeline.from_data()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for path in seeds:  # warm: dictionaries loaded, caches filled
        pipeline.facts_of_file(path)
    ratios, stages = [], {"read": 0.0, "normalize": 0.0, "extract": 0.0}
    for path in seeds:
        text = normalize(read_document(path).text).text
        spans = sentences(text)

        def bare(text: str = text, spans=spans) -> None:  # type: ignore[no-untyped-def]
            for span in spans:
                jieba.lcut(text[span.start : span.end])

        # Paired rounds (full, then bare, back to back), so a burst of load on this shared
        # machine hits both sides of a ratio alike.
        paired, fulls = [], []
        for _ in range(9):
            full = median_time(lambda path=path: pipeline.facts_of_file(path), repeat=1)
            floor = median_time(bare, repeat=1)
            paired.append(full / floor)
            fulls.append(full)
        ratios.append(statistics.median(paired))
        full = statistics.median(fulls)
        reading = median_time(lambda path=path: read_document(path))
        document = read_document(path)
        normalizing = median_time(lambda document=document: normalize(document.text))
        stages["read"] += reading
        stages["normalize"] += normalizing
        stages["extract"] += max(0.0, full - reading - normalizing)
    ratio = statistics.median(ratios)
    record("1. full pipeline / bare jieba.lcut (median over seeds)", f"{ratio:.2f}×", "≤ 1.5×",
           ratio <= 1.5)  # fmt: skip
    total = sum(stages.values())
    shares = ", ".join(f"{name} {value / total:.0%}" for name, value in stages.items())
    record("   stage shares of the pipeline", shares)


# --- 2. scale ---------------------------------------------------------------------------


class PeakMemory:
    """Sum of the resident memory of a process and its children, sampled every 100 ms."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss(self.pid))
            time.sleep(0.1)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def _tree_rss(pid: int) -> int:
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            rss = next(line for line in status.splitlines() if line.startswith("VmRSS"))
            total += int(rss.split()[1])
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total * 1024


def timed_build(docs: Path, out: Path, *extra: str) -> tuple[float, int]:
    command = [PYTHON, "-m", "districts.cli", "build", "--docs", str(docs), "--out", str(out),
               "--quiet", "--workers", "2", *extra]  # fmt: skip
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT)
    memory = PeakMemory(process.pid)
    if process.wait() != 0:
        raise SystemExit(f"build failed: {' '.join(command)}")
    return time.perf_counter() - started, memory.stop()


def scale(work: Path, sizes: tuple[int, ...]) -> Path:
    from generate import generate

    times: dict[int, float] = {}
    for size in sizes:
        docs = work / f"corpus_{size}"
        generate(docs, size)
        seconds, peak = timed_build(docs, work / f"out_{size}", "--no-cache")
        times[size] = seconds
        target = {100: "", 1000: "< 60 s", 10000: "< 600 s"}.get(size, "")
        limit = {1000: 60, 10000: 600}.get(size)
        record(f"2. build {size:,} documents, 2 processes", f"{seconds:.1f} s",
               target, None if limit is None else seconds < limit)  # fmt: skip
        record(f"   peak memory, {size:,} documents", f"{peak / 2**20:.0f} MiB", "< 2 GiB",
               peak < 2 * 2**30)  # fmt: skip
    if 1000 in times and 10000 in times:
        ratio = times[10000] / times[1000]
        record("   cost growth 10,000 / 1,000 (linear ≈ 10)", f"{ratio:.1f}", "≈ 10", ratio < 13)
    return work / "corpus_1000"


# --- 3. incremental -----------------------------------------------------------------------


def incremental(corpus: Path, work: Path) -> None:
    out, command_cache = work / "inc_out", str(work / "inc_cache")
    # A warm cache for the 1,000 documents, then one new document.
    _build_with_cache(corpus, out, command_cache)
    shutil.copy(ROOT / "seeds" / "002_e1d43fca5c4aea9a.txt", corpus / "zz_added.txt")
    started = time.perf_counter()
    _build_with_cache(corpus, out, command_cache)
    seconds = time.perf_counter() - started
    (corpus / "zz_added.txt").unlink()
    record("3. add one document to 1,000 and rebuild (whole command)", f"{seconds:.2f} s",
           "≤ 2 s", seconds <= 2)  # fmt: skip


def _build_with_cache(docs: Path, out: Path, cache: str) -> None:
    code = (
        "import sys; from pathlib import Path; import districts.tables.build as tables;"
        "from districts.tables.cache import DocumentCache;"
        f"tables.build(Path({str(docs)!r}), Path({str(out)!r}),"
        f" cache=DocumentCache(Path({cache!r})), workers=2)"
    )
    subprocess.run([PYTHON, "-c", code], cwd=ROOT, check=True)


# --- 4. dashboard -------------------------------------------------------------------------


def dashboard(work: Path) -> None:
    output = subprocess.run([PYTHON, "bench/pages.py"], cwd=ROOT, capture_output=True, text=True)
    _page_rows(output.stdout, "seed data", 300)
    data = work / "data_1000"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("user", "cache"))
    for name in ("mentions.csv", "indicators.csv", "coverage.csv", "documents.csv",
                 "datapackage.json", "manifest.json"):  # fmt: skip
        shutil.copy(work / "out_1000" / name, data / name)
    env = {**os.environ, "DISTRICTS_DATA_DIR": str(data)}
    output = subprocess.run(
        [PYTHON, "bench/pages.py"], cwd=ROOT, capture_output=True, text=True, env=env
    )
    _page_rows(output.stdout, "1,000-document tables", 1000)
    try:
        import cold_start

        figures = cold_start.measure()
        record("4. cold start to first chart (browser)",
               f"{figures['cold_start_to_first_chart_s']:.1f} s")  # fmt: skip
        record("   warm page load to first chart (browser)", f"{figures['warm_page_load_s']:.2f} s")
    except Exception as error:  # a missing browser must not hide the other figures
        record("4. cold start to first chart (browser)", f"not measured: {error}")


def _page_rows(output: str, label: str, target_ms: int) -> None:
    for line in output.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0].isalpha() and parts[1].isdigit():
            warm = int(parts[2])
            record(f"4. warm render, {parts[0]} page, {label}", f"{warm} ms",
                   f"≤ {target_ms} ms", warm <= target_ms)  # fmt: skip


# --- 5. snapshots -------------------------------------------------------------------------


def snapshots() -> None:
    from districts.present import snapshot
    from districts.present.charts import comparison_figure
    from districts.present.views import default_districts, load_tables

    data = load_tables()
    figure = comparison_figure(
        data, [data.catalog.indicator_by_id("forest_coverage")], default_districts(data)
    )
    started = time.perf_counter()
    snapshot.export_image(figure, "png")
    record("5. first PNG export (starts the browser)", f"{time.perf_counter() - started:.2f} s")
    for fmt in ("png", "svg"):
        seconds = median_time(lambda fmt=fmt: snapshot.export_image(figure, fmt), repeat=10)
        record(f"   warm {fmt.upper()} export (median of 10)", f"{seconds:.3f} s", "≤ 0.5 s",
               seconds <= 0.5)  # fmt: skip


# --- 6. a peer ----------------------------------------------------------------------------


def peer() -> None:
    try:
        import peer as peer_module

        figures = peer_module.measure()
    except Exception as error:
        record("6. peer recognizer", f"not measured: {error}")
        return
    name = figures.get("peer", "")
    if "peer_warm_s" not in figures:
        record("6. peer recognizer", str(name))
        return
    record(f"6. {name}, 5 seeds, warm", f"{figures['peer_warm_s']:.2f} s")
    record("   this pipeline, 5 seeds, warm (same run)", f"{figures['ours_warm_s']:.2f} s")


def write_results(started: dt.datetime, command: str) -> None:
    lines = [
        "# Benchmark results",
        "",
        f"- date: {started:%Y-%m-%d %H:%M} UTC",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores,"
        f" Python {platform.python_version()}",
        f"- command: `{command}`",
        "",
        "| measure | figure | target | verdict |",
        "|---|---|---|---|",
        *[f"| {m.strip()} | {f} | {t} | {v} |" for m, f, t, v in rows],
        "",
    ]
    # Sections written by other benchmarks (bench/browser.py's "## Browser …") are kept.
    previous = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    kept = previous[previous.index("\n## ") :] if "\n## " in previous else ""
    RESULTS.write_text("\n".join(lines) + kept, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="scale test up to 1,000 only")
    args = parser.parse_args()
    started = dt.datetime.now(dt.UTC)
    sizes = (100, 1000) if args.quick else (100, 1000, 10000)
    with tempfile.TemporaryDirectory(prefix="districts-bench-") as folder:
        work = Path(folder)
        build_cost()
        corpus = scale(work, sizes)
        incremental(corpus, work)
        dashboard(work)
        snapshots()
        peer()
    write_results(started, " ".join(["bench/run.py", *sys.argv[1:]]))
    print(f"\nwritten to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
