"""Reference line: a general-purpose Chinese quantity recognizer on the same seed documents.

    .venv/bin/python bench/peer.py

The peer is Microsoft's Recognizers-Text (``recognizers-text-suite`` on PyPI). It is installed
only for this benchmark, in its own venv under ``${TMPDIR:-/tmp}/districts-bench-peer`` (made
once, then reused), and is never a dependency of the product: nothing under ``districts/``
imports it, and the main venv never sees it.

Both tools get the same text: the project's normalized simplified text of each seed document,
made here in the main venv and handed to the peer process as a JSON file. The peer runs its
number-with-unit recognizers (dimension, currency, age, temperature) and its number recognizer,
Chinese culture, over all five documents.

What the figures mean:

* ``peer_first_s``: the first pass over all five documents; the recognizers build and cache
  their models lazily on first use, so this is model construction plus one pass.
* ``peer_warm_s``: median of 5 further passes over all five documents.
* ``peer_results``: how many results those recognizers return over the five documents (every
  number and every quantity, whatever it is about).
* ``ours_warm_s``: median of 5 passes of ``Pipeline.process_file`` over the same five files, in
  the same run. It does more than the peer: reading and decoding the file, normalizing, and
  attributing each quantity to an indicator and a district.
* ``ours_mentions``: indicator mentions the pipeline keeps; not comparable one-to-one with
  ``peer_results``, which counts every number.

Timings are medians from one run on a shared machine; compare the two lines with each other,
not with figures from another day.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PEER_DIR = Path(os.environ.get("TMPDIR") or "/tmp") / "districts-bench-peer"
PEER_VERSION = "1.0.2a2"
PEER_REQUIREMENTS = (
    f"recognizers-text-suite=={PEER_VERSION}",
    # recognizers-text 1.0.2a2 does `from emoji import UNICODE_EMOJI`, which emoji 2.0 removed
    # (and emoji 1.x turned into a per-language dict), so an unpinned install cannot import.
    "emoji<1",
)
# Written only after a complete install, so an interrupted one is redone rather than reused.
STAMP = PEER_DIR / ".districts-bench-installed"
INSTALL_TIMEOUT_S = 600
RUN_TIMEOUT_S = 600
RUNS = 5

# Runs inside the peer venv: reads {name: text} from the JSON file in argv[1] and prints one
# JSON object of figures on stdout.
PEER_SCRIPT = """
import importlib.metadata
import json
import statistics
import sys
import time

started = time.perf_counter()
import recognizers_number
import recognizers_number_with_unit
from recognizers_text import Culture
import_s = time.perf_counter() - started

texts = list(json.loads(open(sys.argv[1], encoding="utf-8").read()).values())
runs = int(sys.argv[2])
recognizers = {
    "dimension": recognizers_number_with_unit.recognize_dimension,
    "currency": recognizers_number_with_unit.recognize_currency,
    "age": recognizers_number_with_unit.recognize_age,
    "temperature": recognizers_number_with_unit.recognize_temperature,
    "number": recognizers_number.recognize_number,
}


def one_pass():
    counts = dict.fromkeys(recognizers, 0)
    for text in texts:
        for kind, recognize in recognizers.items():
            counts[kind] += len(recognize(text, Culture.Chinese))
    return counts


started = time.perf_counter()
counts = one_pass()
first_s = time.perf_counter() - started
warm = []
for _ in range(runs):
    started = time.perf_counter()
    one_pass()
    warm.append(time.perf_counter() - started)
print(json.dumps({
    "version": importlib.metadata.version("recognizers-text-suite"),
    "import_s": import_s,
    "first_s": first_s,
    "warm_s": statistics.median(warm),
    "counts": counts,
}))
"""


class PeerUnavailable(Exception):
    """The peer could not be installed or run; the message says why, in one line."""


def _seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def _normalized_texts(paths: list[Path]) -> dict[str, str]:
    from districts.text.normalize import normalize
    from districts.text.read import read_document

    # read_document, not read_text: it decodes the way the pipeline does, so the peer sees
    # exactly the characters our extractor sees.
    return {path.name: normalize(read_document(path).text).text for path in paths}


def _last_line(output: str) -> str:
    lines = [line.strip() for line in output.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "no output"


def _run(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PeerUnavailable(f"{command[0]}: {error}") from error
    if result.returncode != 0:
        raise PeerUnavailable(f"{' '.join(command[:3])}: {_last_line(result.stderr)}")
    return result


def peer_python() -> Path:
    """The peer venv's interpreter, making the venv first if no complete one is cached."""
    python = PEER_DIR / "bin" / "python"
    if STAMP.exists() and python.exists():
        return python
    # Only our own directory, and only when it holds no complete install.
    shutil.rmtree(PEER_DIR, ignore_errors=True)
    base = shutil.which("python3") or sys.executable
    _run([base, "-m", "venv", str(PEER_DIR)], INSTALL_TIMEOUT_S)
    _run(
        [str(python), "-m", "pip", "install", "--quiet", *PEER_REQUIREMENTS],
        INSTALL_TIMEOUT_S,
    )
    STAMP.write_text(" ".join(PEER_REQUIREMENTS) + "\n", encoding="utf-8")
    return python


def _peer_figures(python: Path, texts: dict[str, str]) -> dict[str, float | str]:
    with tempfile.TemporaryDirectory(prefix="districts-bench-peer-") as scratch:
        texts_file = Path(scratch) / "texts.json"
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        # -I: the peer must not pick up the project (cwd, PYTHONPATH) or user site-packages.
        result = _run(
            [str(python), "-I", "-c", PEER_SCRIPT, str(texts_file), str(RUNS)], RUN_TIMEOUT_S
        )
    try:
        raw = json.loads(_last_line(result.stdout))
    except json.JSONDecodeError as error:
        raise PeerUnavailable(f"unreadable peer output: {_last_line(result.stdout)}") from error
    figures: dict[str, float | str] = {
        "peer": f"recognizers-text-suite {raw['version']}",
        "peer_import_s": raw["import_s"],
        "peer_first_s": raw["first_s"],
        "peer_warm_s": raw["warm_s"],
        "peer_results": sum(raw["counts"].values()),
    }
    for kind, count in raw["counts"].items():
        figures[f"peer_results_{kind}"] = count
    return figures


def _our_figures(paths: list[Path]) -> dict[str, float | str]:
    from districts.facts.pipeline import Pipeline

    started = time.perf_counter()
    pipeline = Pipeline.from_data()
    first_facts = [pipeline.facts_of_file(path) for path in paths]
    # Catalog, lexicon, jieba and OpenCC load lazily, so the first pass is not a warm one.
    first = time.perf_counter() - started
    warm = []
    for _ in range(RUNS):
        started = time.perf_counter()
        for path in paths:
            pipeline.facts_of_file(path)
        warm.append(time.perf_counter() - started)
    return {
        "ours_first_s": first,
        "ours_warm_s": statistics.median(warm),
        "ours_mentions": sum(len(facts.mentions) for facts in first_facts),
    }


def measure() -> dict[str, float | str]:
    paths = _seed_paths()
    try:
        python = peer_python()
    except PeerUnavailable as error:
        return {"peer": f"not available: {error}"}
    texts = _normalized_texts(paths)
    try:
        figures = _peer_figures(python, texts)
    except PeerUnavailable as error:
        figures = {"peer": f"not available: {error}"}
    figures["documents"] = len(paths)
    figures.update(_our_figures(paths))
    return figures


def main() -> None:
    for name, value in measure().items():
        shown = f"{value:.3f}" if isinstance(value, float) else value
        print(f"{name:<28}{shown}")


if __name__ == "__main__":
    main()
