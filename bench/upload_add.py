"""Adding one document through the dashboard's add page, as the page runs it (issue 19).

The page reads an upload in a limited child (tables/isolated.py): the preview when the file is
chosen, then the confirm, whose facts are extracted in a child and whose tables are updated in
the server. Measured in one warm process standing for the server (modules and tables loaded),
once with a fresh child per reading (the reader before the spare) and once with the spare
child the add page keeps (started ahead, warmed, waiting). Figures:

- preview: from the upload to its facts on the page;
- confirm: from the click to the new tables published and loaded (what the next drawing shows);
  the download (mentions.csv) is rewritten after that, measured apart.

    python bench/upload_add.py                     # the seed tables (a scratch copy)
    python bench/upload_add.py --docs D --out O    # a built rung: documents D, tables O

The rung's tables are patched and the added document removed again afterwards.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from districts.present.views import load_tables  # noqa: E402
from districts.tables import corpus, isolated  # noqa: E402
from districts.tables.build import build_lock  # noqa: E402
from districts.tables.cache import DocumentCache  # noqa: E402
from districts.tables.update import refresh_export, update, update_holding_lock  # noqa: E402

CATALOGS = ("districts.yaml", "indicators.yaml", "units.yaml", "lexicon.yaml", "numerals.yaml",
            "script_conversion.yaml", "schema.yaml")  # fmt: skip
SAMPLES = sorted((ROOT / "seeds").glob("*.txt"))


def _resident_mib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    line = next(line for line in status.splitlines() if line.startswith("VmRSS"))
    return int(line.split()[1]) / 1024


def _confirm_seeds(out: Path, upload: Path, text: str, cache: DocumentCache) -> str:
    """The page's confirm on the seed tables: ``corpus.add`` with the extraction in a child."""
    (name,) = corpus.add(
        [corpus.Upload(upload, text, "", "", "")],
        out,
        user_dir=out / "user",
        cache=cache,
        extract=lambda dirs, names: isolated.extract_stored(dirs, names, cache.directory),
        export=False,  # as the page: mentions.csv is rewritten after it answers
    )
    return name


def _confirm_rung(docs: Path, out: Path, upload: Path, text: str, cache: DocumentCache) -> str:
    """The same on a rung whose documents are one folder: what ``corpus.add`` does once the
    file is stored (its ``publish``), the storing being one small file."""
    name = upload.name
    (docs / name).write_text(text, encoding="utf-8")
    with build_lock(out):
        isolated.extract_stored([docs], [name], cache.directory)
        update_holding_lock([docs], out, changed=[name], cache=cache)
    return name


def run(docs: Path | None, out: Path, rounds: int) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    cache = DocumentCache(out.parent / f"{out.name}-upload-cache")
    load_tables(out)  # the server has its modules and the tables before anyone uploads
    added: list[str] = []
    for mode in ("fresh child", "spare child"):
        previews, confirms, exports = [], [], []
        for index in range(rounds):
            sample = SAMPLES[index % len(SAMPLES)]
            # a new name and a new text each round, so that no cache helps
            text = sample.read_text(encoding="utf-8") + f"\n{mode} {index} {time.time_ns()}\n"
            upload = out.parent / f"upload_{mode[0]}{index}.txt"
            upload.write_text(text, encoding="utf-8")
            if mode == "spare child":
                isolated.keep_spare()  # drawing the add page
                isolated.spare_ready(timeout=120)  # the user choosing a file
            started = time.perf_counter()
            isolated.preview_upload(upload.name, upload.read_bytes())
            previews.append(time.perf_counter() - started)
            if mode == "spare child":
                isolated.spare_ready(timeout=120)  # the user reading the preview
            started = time.perf_counter()
            if docs is None:
                name = _confirm_seeds(out, upload, text, cache)
            else:
                name = _confirm_rung(docs, out, upload, text, cache)
            tables = load_tables(out)
            confirms.append(time.perf_counter() - started)
            assert name in set(tables.documents["doc"]), f"{name} is not in the tables"
            added.append(name)
            started = time.perf_counter()
            refresh_export(out)  # the page's thread after the answer
            exports.append(time.perf_counter() - started)
        rows.append((f"preview of one upload, {mode} (median of {rounds})",
                     f"{statistics.median(previews):.2f} s"))  # fmt: skip
        rows.append((f"confirm to the new tables loaded, {mode} (median of {rounds})",
                     f"{statistics.median(confirms):.2f} s"))  # fmt: skip
        rows.append((f"   then mentions.csv rewritten after the page answers, {mode}",
                     f"{statistics.median(exports):.2f} s"))  # fmt: skip
    isolated.keep_spare()
    isolated.spare_ready(timeout=120)
    assert isolated._spare is not None
    rows.append(("resident memory of the waiting spare child",
                 f"{_resident_mib(isolated._spare.pid):.0f} MiB"))  # fmt: skip
    rows.append(("resident memory of this process (the server's part)",
                 f"{_resident_mib(os.getpid()):.0f} MiB"))  # fmt: skip
    isolated.stop_spare()
    if docs is not None:  # the rung as it was
        for name in added:
            (docs / name).unlink()
        update([docs], out, changed=added, cache=cache)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, help="the rung's documents (one folder)")
    parser.add_argument("--out", type=Path, help="the rung's tables")
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="upload-add-") as scratch:
        if arguments.out is None:
            out = Path(scratch) / "data"
            shutil.copytree(ROOT / "data", out, ignore=shutil.ignore_patterns("user", "cache"))
            label = "seed tables"
        else:
            out, label = arguments.out, f"{arguments.out.name}"
            # the catalogs beside the tables, as the dashboard reads them (run.dashboard_copy)
            for name in CATALOGS:
                if not (out / name).exists():
                    shutil.copy(ROOT / "data" / name, out / name)
        for measure, figure in run(arguments.docs, out, arguments.rounds):
            print(f"| {measure}, {label} | {figure} |", flush=True)


if __name__ == "__main__":
    main()
