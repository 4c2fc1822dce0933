"""Adding (and removing) one document on a built rung, and seeing it in the dashboard (issue 19).

    python bench/add_one.py --data DIR --docs DIR [--repeat 3] [--retag]

``--data`` is a rung's tables (e.g. a scratch copy of bench/run.py's ``out_100000``), patched in
place: every added document is removed again, so the tables end with the rows they began with.
``--docs`` is the rung's documents folder, only read: the adds run on a scratch folder of links
to its documents plus the new one (an update that fell back to a full build would see the whole
rung, not one document). The new documents are generated (bench/generate.py), a different one
for every add, so that no cache helps.

Per add, from the moment it starts:

- published: the new manifest is in place (from then the dashboard, keyed on it, loads the new
  set; the ``mentions.csv``/``documents.csv``/``indicators.csv`` exports follow);
- seen: an observer standing for the running dashboard (its modules loaded, polling the
  manifest's key as every page does) has loaded the new tables and finds the document in them;
- whole command: the process has also rewritten the exports and exited;
- cpu: the CPU seconds of the adding process up to publishing (in a new process from its
  start: interpreter and imports included); cpu+load adds those of the observer's load of the
  new tables: what "seen" comes to on an idle machine (the machine is shared: wall times grow
  with its load, CPU seconds much less);

in a new process (``districts add``: interpreter, imports, catalog and jieba included) and in a
warm one (the dashboard's add page: modules, catalog and jieba loaded by its preview). Medians of
``--repeat`` adds, and the same for the removals.

``--retag``: tables built by other pipeline code cannot be patched (an update would rebuild them
all); this rewrites the manifest's code fingerprint to the current one. The facts of the old
documents then stay those of the older code: good for timing, not for anything else.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from districts.present.views import load_tables, manifest_key  # noqa: E402
from districts.tables import store  # noqa: E402
from districts.tables.build import _json_bytes, read_manifest  # noqa: E402
from districts.tables.cache import pipeline_fingerprint  # noqa: E402
from districts.tables.update import patchable  # noqa: E402

PYTHON = sys.executable
SEED = ROOT / "seeds" / "000_6def407d4eb69332.txt"

# The warm process: modules, catalog and jieba loaded as the add page's preview leaves them;
# then one update per line of stdin ("NAME"), answering "published_wall cpu export_wall".
WARM = """
import sys, time
from pathlib import Path
from districts.facts.pipeline import default_pipeline
from districts.tables.update import refresh_export, update
default_pipeline().facts_of_file(Path({seed!r}))
docs, out = Path({docs!r}), Path({out!r})
print("ready", flush=True)
for line in sys.stdin:
    started, cpu = time.perf_counter(), time.process_time()
    update([docs], out, changed=[line.strip()], refresh=False)
    published, used = time.perf_counter() - started, time.process_time() - cpu
    started = time.perf_counter()
    {export}refresh_export(out)
    print(published, used, time.perf_counter() - started, flush=True)
"""

# The new process: ``update`` as ``districts add`` runs it (the exports after publishing), saying
# the CPU seconds it took from its start (interpreter and imports included) to publishing.
NEW = (
    "import time; from pathlib import Path;"
    "from districts.tables.update import refresh_export, update;"
    "update([Path({docs!r})], Path({out!r}), changed=[{name!r}], refresh=False);"
    "print(time.process_time(), flush=True);"
    "{export}refresh_export(Path({out!r}))"
)


class Observer:
    """The dashboard: waits for the manifest's key to change, loads the tables, and notes when
    they hold (or no longer hold) the document."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.key = manifest_key(data)
        self.seen: float | None = None
        self.cpu = 0.0  # the CPU seconds of the load that found the change
        self._thread: threading.Thread | None = None

    def watch(self, doc: str, present: bool, started: float) -> None:
        self.seen = None

        def run() -> None:
            while time.perf_counter() - started < 600:
                key = manifest_key(self.data)
                if key and key != self.key:
                    self.key = key
                    cpu = time.thread_time()
                    tables = load_tables(self.data)
                    if (doc in set(tables.documents["doc"])) == present:
                        self.seen = time.perf_counter() - started
                        self.cpu = time.thread_time() - cpu
                        return
                time.sleep(0.005)

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()

    def wait(self) -> float:
        assert self._thread is not None
        self._thread.join()
        if self.seen is None:
            raise SystemExit("the dashboard never saw the change")
        return self.seen


def new_process(
    docs: Path, out: Path, name: str, observer: Observer, present: bool, export: str
) -> dict:
    manifest = out / "manifest.json"
    before = manifest.stat()
    started = time.perf_counter()
    observer.watch(name, present, started)
    code = NEW.format(docs=str(docs), out=str(out), name=name, export=export)
    process = subprocess.Popen([PYTHON, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    published = None
    while process.poll() is None:
        if published is None:
            now = manifest.stat()
            if (now.st_ino, now.st_mtime_ns) != (before.st_ino, before.st_mtime_ns):
                published = time.perf_counter() - started
        time.sleep(0.002)
    whole = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"the update of {name} failed")
    assert process.stdout is not None
    cpu = float(process.stdout.read().split()[0])
    seen = observer.wait()
    return {"published": published or whole, "cpu": cpu, "seen": seen,
            "cpu+load": cpu + observer.cpu, "whole": whole}  # fmt: skip


def warm_process(warm: subprocess.Popen, name: str, observer: Observer, present: bool) -> dict:
    started = time.perf_counter()
    observer.watch(name, present, started)
    assert warm.stdin is not None and warm.stdout is not None
    warm.stdin.write(name + "\n")
    warm.stdin.flush()
    published, cpu, export = (float(part) for part in warm.stdout.readline().split())
    seen = observer.wait()
    return {"published": published, "cpu": cpu, "seen": seen, "cpu+load": cpu + observer.cpu,
            "whole": published + export}  # fmt: skip


def retag(out: Path) -> None:
    """Mark the tables as made by this code and this catalog (their facts stay the older
    code's), so that an add patches them instead of rebuilding the scratch folder."""
    from districts.catalog import load_catalog

    manifest = read_manifest(out)
    manifest["pipeline"] = pipeline_fingerprint()
    manifest["catalog"] = load_catalog().digest
    path = out / "manifest.json"
    temporary = path.with_suffix(".retag")
    temporary.write_bytes(_json_bytes(manifest))
    os.replace(temporary, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="a rung's tables (patched)")
    parser.add_argument("--docs", type=Path, required=True, help="its documents (only read)")
    parser.add_argument("--repeat", type=int, default=3, help="adds of each kind (median)")
    parser.add_argument("--retag", action="store_true", help="accept tables of other code")
    parser.add_argument("--no-export", action="store_true",
                        help="skip the CSV exports after each change (no whole time)")  # fmt: skip
    args = parser.parse_args()
    out, source = args.data.resolve(), args.docs.resolve()
    export = "0 and " if args.no_export else ""  # the export call, or a no-op
    if not patchable(out):
        manifest = read_manifest(out)
        if not store.listed(manifest, store.STORE, "documents"):
            raise SystemExit(f"{out}: no store to patch; build the tables first")
        if manifest.get("store_layout") != store.LAYOUT:
            # an add would be a full build of the scratch folder, not an add: a timing of it
            # (and the tables it leaves) would be nonsense, and retagging cannot mend it
            raise SystemExit(f"{out}: store layout {manifest.get('store_layout')}, this code"
                             f" writes {store.LAYOUT}; build the tables again")  # fmt: skip
        if not args.retag:
            raise SystemExit(f"{out}: built by other pipeline code or catalog (an add would"
                             " rebuild it all); --retag to time it anyway")  # fmt: skip
        retag(out)
    from generate import generate

    scratch = Path(tempfile.mkdtemp(prefix="add-one-", dir=out.parent))
    try:
        docs = scratch / "docs"
        docs.mkdir()
        for entry in os.scandir(source):
            os.symlink(entry.path, docs / entry.name)
        fresh = generate(scratch / "new", 2 * args.repeat, seed=len(os.listdir(source)) + 11)
        observer = Observer(out)
        load_tables(out)  # the dashboard's modules and catalog, loaded once
        results: dict[str, list[dict]] = {}
        for number in range(args.repeat):
            name = f"zz_add_one_{number}.txt"
            shutil.copy(fresh[number], docs / name)
            results.setdefault("add, new process", []).append(
                new_process(docs, out, name, observer, True, export)
            )
            (docs / name).unlink()
            results.setdefault("remove, new process", []).append(
                new_process(docs, out, name, observer, False, export)
            )
        code = WARM.format(seed=str(SEED), docs=str(docs), out=str(out), export=export)
        warm = subprocess.Popen([PYTHON, "-c", code], cwd=ROOT, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True)  # fmt: skip
        assert warm.stdout is not None and warm.stdin is not None
        if warm.stdout.readline().strip() != "ready":
            raise SystemExit("the warm process did not start")
        for number in range(args.repeat):
            name = f"zz_add_one_warm_{number}.txt"
            shutil.copy(fresh[args.repeat + number], docs / name)
            results.setdefault("add, warm process", []).append(
                warm_process(warm, name, observer, True)
            )
            (docs / name).unlink()
            results.setdefault("remove, warm process", []).append(
                warm_process(warm, name, observer, False)
            )
        warm.stdin.close()
        warm.wait()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    documents = len(load_tables(out).documents)
    print(f"{out} ({documents:,} documents), medians of {args.repeat}, load "
          f"{os.getloadavg()[0]:.1f}")  # fmt: skip
    for label, runs in results.items():
        figures = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        print(f"  {label:22s} " + "  ".join(f"{k} {v:.2f} s" for k, v in figures.items()))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
