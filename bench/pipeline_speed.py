"""The whole pipeline against bare ``jieba.lcut`` on the same text, on the corpus mix.

    .venv/bin/python bench/pipeline_speed.py [--runs 7] [--docs DIR ...] [--profile OUT]

Per document of ``tests/corpus/docs`` and ``seeds/`` (every encoding and script they hold:
UTF-8, GB18030, Big5, UTF-16; simplified, traditional, pinyin-annotated, PDF extractions),
times ``Pipeline.facts_of_file`` (read, decode, normalize, extract, attribute: the one door)
and ``jieba.lcut`` on the document's decoded text, in process CPU time (the machine is shared:
wall time counts other helpers' work), median of several runs, the two sides back to back in
each run so a burst of load hits both alike. Prints the ratio overall (sum of medians over sum
of medians) and per kind of document.

``pipeline_cost(paths, runs)`` is the function ``bench/run.py`` can call; it returns the
figures as a dict.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_DIRS = (ROOT / "tests" / "corpus" / "docs", ROOT / "seeds")
TARGET = 1.3  # issue 19: the whole pipeline ≤ 1.3× bare jieba.lcut on the same text


def document_kind(path: Path) -> str:
    """``simplified``, ``traditional``, ``pinyin`` (traditional with readings) or ``pdf-like``
    (simplified with page numbers or running headers left by a PDF extraction)."""
    from districts.text.normalize import detect_script, fix_page_furniture
    from districts.text.read import read_document

    text = read_document(path).text
    script = detect_script(text)
    if script == "traditional_pinyin":
        return "pinyin"
    if script == "traditional":
        return "traditional"
    return "pdf-like" if fix_page_furniture(text) else "simplified"


def _cpu(function) -> float:  # type: ignore[no-untyped-def]
    started = time.process_time()
    function()
    return time.process_time() - started


def pipeline_cost(paths: list[Path], runs: int = 7) -> dict[str, object]:
    """Median CPU seconds per document of the full pipeline and of bare ``jieba.lcut`` on its
    decoded text, and the ratios overall and per kind of document."""
    import jieba

    from districts.facts.pipeline import Pipeline
    from districts.text.read import read_document

    jieba.setLogLevel(60)
    jieba.initialize()
    pipeline = Pipeline.from_data()
    for path in paths:  # warm: dictionaries loaded, converters built, caches filled
        pipeline.facts_of_file(path)
        jieba.lcut(read_document(path).text)
    per_document = []
    for path in paths:
        text = read_document(path).text
        fulls, bares = [], []
        for _ in range(runs):
            fulls.append(_cpu(lambda path=path: pipeline.facts_of_file(path)))
            bares.append(_cpu(lambda text=text: jieba.lcut(text)))
        per_document.append(
            {
                "doc": path.name,
                "kind": document_kind(path),
                "chars": len(text),
                "full_s": statistics.median(fulls),
                "bare_s": statistics.median(bares),
            }
        )
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for row in per_document:
        by_kind[row["kind"]].append(row)

    def ratio(rows: list[dict]) -> float:
        return sum(r["full_s"] for r in rows) / sum(r["bare_s"] for r in rows)

    return {
        "documents": per_document,
        "overall": ratio(per_document),
        "by_kind": {kind: ratio(rows) for kind, rows in sorted(by_kind.items())},
        "counts": {kind: len(rows) for kind, rows in sorted(by_kind.items())},
    }


def corpus_paths(dirs: list[Path]) -> list[Path]:
    return [path for folder in dirs for path in sorted(folder.glob("*.txt"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per document (median)")
    parser.add_argument("--docs", type=Path, nargs="*", help="folders of .txt documents")
    parser.add_argument("--per-document", action="store_true", help="print every document")
    parser.add_argument("--profile", type=Path, help="write a cProfile of one pass to this file")
    args = parser.parse_args()
    paths = corpus_paths(args.docs or list(DEFAULT_DIRS))
    if args.profile:
        import cProfile

        from districts.facts.pipeline import Pipeline

        pipeline = Pipeline.from_data()
        for path in paths:
            pipeline.facts_of_file(path)
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        for _ in range(args.runs):
            for path in paths:
                pipeline.facts_of_file(path)
        profiler.disable()
        profiler.dump_stats(args.profile)
        return
    figures = pipeline_cost(paths, args.runs)
    if args.per_document:
        for row in figures["documents"]:
            print(
                f"{row['doc']:<40} {row['kind']:<12} {row['chars']:>6} chars "
                f"full {row['full_s'] * 1000:7.1f} ms  bare {row['bare_s'] * 1000:6.1f} ms  "
                f"{row['full_s'] / row['bare_s']:5.2f}×"
            )
    for kind, value in figures["by_kind"].items():
        print(f"{kind:<12} {figures['counts'][kind]:>3} docs  {value:5.2f}×")
    overall = figures["overall"]
    verdict = "met" if overall <= TARGET else "MISSED"
    print(f"{'overall':<12} {len(paths):>3} docs  {overall:5.2f}×  (target ≤ {TARGET}×) {verdict}")


if __name__ == "__main__":
    main()
