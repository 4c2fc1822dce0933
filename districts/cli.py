"""The ``districts`` command: normalize, extract, eval, build."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from districts import paths
from districts.errors import DistrictsError
from districts.present.i18n import t

PROJECT_ROOT = paths.PROJECT_ROOT
DATA_DIR = paths.DATA_DIR


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except DistrictsError as error:
        print(f"districts: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("districts: interrupted; tables already built are unchanged", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="districts", description=f"{t('cli_description', 'zh')} {t('cli_description', 'en')}"
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    normalize = commands.add_parser("normalize", help="print a document as clean simplified text")
    normalize.add_argument("file", type=Path, help="a document (.txt, .html, .docx, .pdf)")
    normalize.add_argument("--map", action="store_true", help="print the source map as JSON")
    normalize.set_defaults(handler=_normalize)

    extract = commands.add_parser("extract", help="print the facts found in documents")
    extract.add_argument("files", type=Path, nargs="+", help="documents (.txt, .html, .docx, .pdf)")
    extract.add_argument(
        "--format", choices=("csv", "jsonl"), default="csv", help="output format (default: csv)"
    )
    extract.add_argument(
        "--explain",
        metavar="VALUE",
        help="instead of the facts, say for each number written as VALUE (e.g. 28.4) which rule "
        "set it aside or which fact it became (district, indicator, qualifier, year)",
    )
    extract.set_defaults(handler=_extract)

    evaluate = commands.add_parser("eval", help="score extraction against gold facts")
    evaluate.add_argument(
        "--gold",
        type=Path,
        nargs="+",
        help="score these gold JSONL files as one part (default: the seeds' gold and the "
        "development corpus, each part on its own)",
    )
    evaluate.add_argument(
        "--docs", type=Path, help="folder of the documents the --gold files name (default: seeds/)"
    )
    evaluate.add_argument(
        "--part",
        action="append",
        help="score only this part of the default gold (seeds, w1, w2, w3); repeatable",
    )
    evaluate.add_argument(
        "--mentions", type=Path, help="score this mentions CSV instead of running the pipeline"
    )
    evaluate.add_argument(
        "--misses", action="store_true", help="list misses, extra mentions and disagreements"
    )
    evaluate.add_argument(
        "--documents", action="store_true", help="add a table of figures per document"
    )
    evaluate.set_defaults(handler=_evaluate)

    build = commands.add_parser("build", help="build the indicator tables from documents")
    build.add_argument(
        "--docs", type=Path, action="append", help="a folder of documents (default: the corpus)"
    )
    build.add_argument(
        "--out", type=Path, default=DATA_DIR, help="folder for the tables (default: data/)"
    )
    build.add_argument("--quiet", action="store_true", help="no progress output")
    build.add_argument("--no-cache", action="store_true", help="process every document again")
    build.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="processes (default: one per core)"
    )
    build.set_defaults(handler=_build)
    add = commands.add_parser("add", help="add documents (txt, html, docx, pdf) and rebuild")
    add.add_argument("files", type=Path, nargs="+", help="documents (.txt, .html, .docx, .pdf)")
    add.add_argument("--district", help="the district the documents are about (else inferred)")
    add.add_argument("--date", help="YYYY-MM-DD, YYYY-MM or YYYY (else inferred)")
    add.add_argument("--title", help="title (else the first line)")
    add.set_defaults(handler=_add)

    remove = commands.add_parser("remove", help="remove an added document and rebuild")
    remove.add_argument("names", nargs="+", help="stored names, as in documents.csv")
    remove.set_defaults(handler=_remove)

    snapshot = commands.add_parser("snapshot", help="export chart images (PNG/SVG) for reports")
    snapshot.add_argument(
        "--theme",
        choices=("ecology", "industry", "resilience"),
        required=True,
        help="the theme whose charts to export",
    )
    snapshot.add_argument("--indicator", help="one indicator id (default: every shared one)")
    snapshot.add_argument(
        "--format", choices=("png", "svg"), default="png", help="image format (default: png)"
    )
    snapshot.add_argument(
        "--out", type=Path, default=Path("snapshots"), help="folder for the images"
    )
    snapshot.add_argument(
        "--lang", choices=("zh", "en"), default="zh", help="language of titles and notes"
    )
    snapshot.add_argument(
        "--districts", help="comma-separated names or codes (default: the documents' districts)"
    )
    snapshot.add_argument("--year", default="", help="only values of this year (default: latest)")
    snapshot.set_defaults(handler=_snapshot)
    return parser


def _add(args: argparse.Namespace) -> int:
    from districts.facts.pipeline import Pipeline
    from districts.limits import limits
    from districts.tables import corpus
    from districts.tables.cache import DocumentCache
    from districts.text.formats import extract_text

    pipeline = Pipeline.from_data()
    district = ""
    if args.district:
        found = pipeline.catalog.district_by_name(args.district)
        if found is None:
            raise DistrictsError(f"--district: {args.district!r} is not a Beijing district")
        district = found.name
    status = 0
    uploads = []
    notes = []
    for path in args.files:
        try:
            text, _ = extract_text(path)
        except DistrictsError as error:
            print(f"districts: {error}", file=sys.stderr)
            status = 2
            continue
        preview = preview_document(pipeline, path.name, text, district, args.title or "")
        if preview.district is None:
            print(
                f"districts: {path}: the document names no Beijing district; "
                "give one with --district",
                file=sys.stderr,
            )
            status = 2
            continue
        uploads.append(corpus.Upload(path, text, args.title or "", args.date or "", district))
        notes.append(
            f"district {preview.district}, {len(preview.mentions)} facts"
            f"{' (' + preview.note + ')' if preview.note else ''}"
        )
    if uploads:
        wait = limits().add_lock_wait_seconds
        names = corpus.add(
            uploads,
            DATA_DIR,
            cache=DocumentCache(),
            on_wait=lambda: print(
                f"districts: another add or build is running; waiting up to {wait} s",
                file=sys.stderr,
                flush=True,
            ),
        )
        for name, note in zip(names, notes, strict=True):
            print(f"added {name}: {note}")
        print(f"rebuilt the tables with {len(names)} new document(s)")
    return status


def preview_document(  # type: ignore[no-untyped-def]
    pipeline, name: str, text: str, district: str = "", title: str = "", date: str = ""
):
    """What a document would add, before it is stored (with the metadata it would get)."""
    from districts.facts.pipeline import SourceInfo
    from districts.text.read import Document

    document = Document(name, name, text, "utf-8", len(text.encode()))
    return pipeline.facts(
        document, SourceInfo(file=name, title=title, date=date, district=district)
    )


def _remove(args: argparse.Namespace) -> int:
    from districts.limits import limits
    from districts.tables import corpus
    from districts.tables.build import build_holding_lock, build_lock
    from districts.tables.cache import DocumentCache

    # Under the lock of an add, so that a removal never interleaves with one.
    with build_lock(DATA_DIR, wait=limits().add_lock_wait_seconds):
        for name in args.names:
            corpus.remove(name)
            print(f"removed {name}")
        build_holding_lock(None, DATA_DIR, progress=False, cache=DocumentCache())
    print("rebuilt the tables")
    return 0


def _snapshot(args: argparse.Namespace) -> int:
    from districts.present.charts import comparison_figure
    from districts.present.snapshot import export_image, file_name
    from districts.present.views import default_districts, indicators_for_theme, load_tables
    from districts.tables.io import write_atomic

    data = load_tables()
    if args.districts:
        districts = []
        for name in args.districts.split(","):
            found = data.catalog.district_by_name(name.strip())
            if found is None:
                raise DistrictsError(f"--districts: {name!r} is not a Beijing district")
            districts.append(found.name)
    else:
        districts = default_districts(data)
    shared, _single = indicators_for_theme(data, args.theme, districts, args.year)
    if args.indicator:
        try:
            chosen = [data.catalog.indicator_by_id(args.indicator)]
        except KeyError as error:
            raise DistrictsError(f"--indicator: {error.args[0]}") from error
    else:
        chosen = shared
    if not chosen:
        print(
            f"districts: no indicator of {args.theme} is reported by two of these districts",
            file=sys.stderr,
        )
        return 1
    for number, indicator in enumerate(chosen, 1):
        figure = comparison_figure(data, [indicator], districts, args.lang, args.year)
        name = file_name(args.theme, [indicator], districts, data, args.lang, args.format)
        write_atomic(args.out / name, export_image(figure, args.format))
        print(f"[{number}/{len(chosen)}] {args.out / name}", file=sys.stderr, flush=True)
    return 0


def _normalize(args: argparse.Namespace) -> int:
    from districts.text.normalize import normalize
    from districts.text.read import read_document

    document = read_document(args.file)
    normalized = normalize(document.text)
    if args.map:
        mapped = normalized.mapped
        json.dump(
            {
                "file": str(args.file),
                "encoding": document.encoding,
                "script": normalized.script,
                "text": normalized.text,
                "map": [[s, e] for s, e in zip(mapped.starts, mapped.ends, strict=True)],
                "unreadable": [
                    list(normalized.original_span(s, e)) for s, e in normalized.unreadable
                ],
            },
            sys.stdout,
            ensure_ascii=False,
        )
        print()
    else:
        print(normalized.text)
    return 0


def _extract(args: argparse.Namespace) -> int:
    from districts.facts.pipeline import Pipeline

    pipeline = Pipeline.from_data()
    if args.explain:
        return _explain(pipeline, args.files, args.explain)
    rows = []
    status = 0
    for path in args.files:
        try:
            facts = pipeline.facts_of_file(path)
        except DistrictsError as error:
            print(f"districts: {error}", file=sys.stderr)
            status = 2
            continue
        if facts.district is None:
            print(f"districts: {path}: the document names no Beijing district", file=sys.stderr)
            status = 2
        rows.extend(mention.as_row() for mention in facts.mentions)
    _write_rows(rows, args.format)
    return status


def _explain(pipeline, files: list[Path], written: str) -> int:  # type: ignore[no-untyped-def]
    from districts.facts.explain import explain
    from districts.facts.pipeline import load_sources
    from districts.text.read import read_document

    for path in files:
        document = read_document(path)
        metadata = load_sources(path.parent).get(document.name)
        print("\n".join(explain(pipeline, document, written, metadata)))
    return 0


def _write_rows(rows: list[dict], fmt: str) -> None:
    from districts.facts.mentions import MENTION_COLUMNS

    if fmt == "jsonl":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=MENTION_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    sys.stdout.write(buffer.getvalue())


def _evaluate(args: argparse.Namespace) -> int:
    from districts.evaluate import Part, default_parts, document_table, score_parts, summary_table

    if args.gold:
        parts = [Part("gold", tuple(args.gold), args.docs or PROJECT_ROOT / "seeds")]
    else:
        parts = default_parts(PROJECT_ROOT)
        if args.part:
            unknown = set(args.part) - {part.name for part in parts}
            if unknown:
                known = ", ".join(part.name for part in parts)
                raise DistrictsError(f"--part {', '.join(sorted(unknown))}: no such part ({known})")
            parts = [part for part in parts if part.name in args.part]
    if args.mentions and len(parts) != 1:
        raise DistrictsError("--mentions scores one gold: give --gold FILES with it")
    scores = score_parts(parts, args.mentions)
    for name, result in scores.items():
        if len(scores) == 1 or args.misses or args.documents:
            print(f"== {name}")
            print(result.report(misses=args.misses))
            if args.documents:
                print(document_table(result))
            print()
    if len(scores) > 1:
        print(summary_table(scores))
    return 0


def _build(args: argparse.Namespace) -> int:
    from districts.tables.build import build
    from districts.tables.cache import DocumentCache

    cache = None if args.no_cache else DocumentCache()
    build(args.docs, args.out, progress=not args.quiet, cache=cache, workers=max(1, args.workers))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
