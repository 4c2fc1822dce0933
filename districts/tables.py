"""Mentions → the built tables: mentions, indicators, coverage, documents, manifest, schema.

Choosing one value per district × indicator × year (``choose_value``):
1. ``change`` mentions (增长5%) are never an indicator's value: they measure a difference;
   they stay in ``mentions.csv``.
2. Exact values beat qualified ones (约/近/超/余/最高), which beat targets (力争, 将).
3. Among equals, the newest document wins, then the later statement in it ("由0.5家增至1.78家").
``conflict`` is set when documents disagree on the value for the same key; every value stays
in ``mentions.csv``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from districts import __version__
from districts.catalog import Catalog
from districts.errors import DistrictsError, DocumentError
from districts.mentions import MENTION_COLUMNS, Mention
from districts.pipeline import Pipeline, SourceInfo, load_sources
from districts.read import read_document
from districts.schema import TABLE_SCHEMAS, datapackage

DOCUMENT_SUFFIXES = (".txt",)

INDICATOR_COLUMNS = (
    "district", "indicator", "indicator_name", "theme", "year", "value", "unit", "as_written",
    "qualifier", "as_of", "doc", "quote", "start", "end", "n_sources", "conflict",
)  # fmt: skip
COVERAGE_COLUMNS = ("district", "indicator", "indicator_name", "theme", "status", "n_values")
DOCUMENT_COLUMNS = (
    "doc", "title", "date", "district", "script", "chars", "facts", "unreadable_spans",
    "problem", "note",
)  # fmt: skip

_QUALIFIER_RANK = {"exact": 0, "approx": 1, "at_least": 1, "at_most": 1, "target": 2}
LOCK_NAME = ".build.lock"


@dataclass(frozen=True)
class DocumentRow:
    doc: str
    title: str
    date: str
    district: str
    script: str
    chars: int
    facts: int
    unreadable_spans: int
    problem: str
    note: str = ""


@dataclass(frozen=True)
class BuildResult:
    mentions: list[Mention]
    documents: list[DocumentRow]
    tables: dict[str, bytes]


def document_files(docs_dir: Path) -> list[Path]:
    if not docs_dir.is_dir():
        raise DistrictsError(f"{docs_dir}: not a folder of documents")
    return sorted(
        path for path in docs_dir.iterdir()
        if path.is_file() and path.suffix.lower() in DOCUMENT_SUFFIXES
    )  # fmt: skip


def run_pipeline(
    docs_dir: Path, pipeline: Pipeline, progress: bool = False
) -> tuple[list[Mention], list[DocumentRow], dict[str, SourceInfo]]:
    files = document_files(docs_dir)
    known = load_sources(docs_dir)
    mentions: list[Mention] = []
    documents: list[DocumentRow] = []
    infos: dict[str, SourceInfo] = {}
    for number, path in enumerate(files, 1):
        if progress:
            print(f"[{number}/{len(files)}] {path.name}", file=sys.stderr, flush=True)
        try:
            document = read_document(path)
        except DocumentError as error:
            documents.append(DocumentRow(path.name, "", "", "", "", 0, 0, 0, error.problem))
            continue
        info = pipeline.source_info(document, known.get(path.name))
        infos[path.name] = info
        facts = pipeline.process(document, info)
        problem = "" if facts.district else "the document names no Beijing district"
        documents.append(
            DocumentRow(
                doc=path.name,
                title=info.title,
                date=info.date,
                district=facts.district or "",
                script=facts.normalized.script,
                chars=len(document.text),
                facts=len(facts.mentions),
                unreadable_spans=len(facts.normalized.unreadable),
                problem=problem,
                note=facts.note,
            )
        )
        mentions.extend(facts.mentions)
    return mentions, documents, infos


def choose_value(candidates: list[tuple[Mention, str]]) -> tuple[Mention, str]:
    """The value shown for one key, from (mention, document date) pairs; see module doc."""
    return min(
        candidates,
        key=lambda pair: (_QUALIFIER_RANK[pair[0].qualifier], _negated(pair[1]), -pair[0].end),
    )


def _negated(date: str) -> tuple[int, ...]:
    digits = [int(part) for part in date.split("-") if part.isdigit()]
    return tuple(-d for d in digits) or (0,)


def indicator_rows(
    mentions: Iterable[Mention], catalog: Catalog, infos: dict[str, SourceInfo]
) -> list[dict[str, object]]:
    groups: dict[tuple[str, str, str], list[tuple[Mention, str]]] = {}
    for mention in mentions:
        if not mention.indicator or mention.qualifier == "change":
            continue
        key = (mention.district, mention.indicator, str(mention.year or ""))
        date = infos[mention.doc].date if mention.doc in infos else ""
        groups.setdefault(key, []).append((mention, date))
    rows = []
    for (district, indicator_id, year), candidates in sorted(groups.items()):
        chosen, date = choose_value(candidates)
        indicator = catalog.indicator_by_id(indicator_id)
        docs = {mention.doc for mention, _ in candidates}
        values_by_doc = {(m.doc, m.value) for m, _ in candidates}
        conflict = len(docs) > 1 and len({value for _, value in values_by_doc}) > 1
        rows.append(
            {
                "district": district,
                "indicator": indicator_id,
                "indicator_name": indicator.name,
                "theme": indicator.theme,
                "year": year,
                "value": chosen.value,
                "unit": chosen.unit,
                "as_written": chosen.as_written,
                "qualifier": chosen.qualifier,
                "as_of": year or date,
                "doc": chosen.doc,
                "quote": chosen.quote,
                "start": chosen.start,
                "end": chosen.end,
                "n_sources": len(docs),
                "conflict": conflict,
            }
        )
    return rows


def coverage_rows(indicators: list[dict[str, object]], catalog: Catalog, districts: list[str]):
    reported: dict[tuple[str, str], int] = {}
    for row in indicators:
        key = (str(row["district"]), str(row["indicator"]))
        reported[key] = reported.get(key, 0) + 1
    indicator_ids = sorted({str(row["indicator"]) for row in indicators})
    rows = []
    for district in districts:
        for indicator_id in indicator_ids:
            indicator = catalog.indicator_by_id(indicator_id)
            count = reported.get((district, indicator_id), 0)
            rows.append(
                {
                    "district": district,
                    "indicator": indicator_id,
                    "indicator_name": indicator.name,
                    "theme": indicator.theme,
                    "status": "reported" if count else "not_reported",
                    "n_values": count,
                }
            )
    return rows


def build(
    docs_dir: Path, out_dir: Path, *, progress: bool = False, catalog: Catalog | None = None
) -> BuildResult:
    """Run the pipeline over ``docs_dir`` and write the tables to ``out_dir`` atomically."""
    pipeline = Pipeline(catalog) if catalog else Pipeline.from_data()
    with build_lock(out_dir):
        mentions, documents, infos = run_pipeline(docs_dir, pipeline, progress)
        tables = render_tables(mentions, documents, infos, pipeline.catalog)
        manifest = _manifest(docs_dir, pipeline.catalog, tables)
        tables["manifest.json"] = _json_bytes(manifest)
        try:
            publish(out_dir, tables)
        except OSError as error:
            raise DistrictsError(
                f"{out_dir}: cannot write the tables ({error.strerror or error}); "
                "the previous tables are unchanged"
            ) from error
        if progress:
            print(
                f"built {len(mentions)} facts from {len(documents)} documents into {out_dir}",
                file=sys.stderr,
            )
    return BuildResult(mentions, documents, tables)


def render_tables(
    mentions: list[Mention],
    documents: list[DocumentRow],
    infos: dict[str, SourceInfo],
    catalog: Catalog,
) -> dict[str, bytes]:
    """The tables' bytes: a pure function of the pipeline's output (so builds reproduce)."""
    indicators = indicator_rows(mentions, catalog, infos)
    districts = _districts_found(mentions, documents, catalog)
    return {
        "mentions.csv": _csv_bytes(MENTION_COLUMNS, (m.as_row() for m in mentions)),
        "indicators.csv": _csv_bytes(INDICATOR_COLUMNS, indicators),
        "coverage.csv": _csv_bytes(COVERAGE_COLUMNS, coverage_rows(indicators, catalog, districts)),
        "documents.csv": _csv_bytes(DOCUMENT_COLUMNS, (d.__dict__ for d in documents)),
        "datapackage.json": _json_bytes(datapackage(TABLE_SCHEMAS)),
    }


def _districts_found(
    mentions: list[Mention], documents: list[DocumentRow], catalog: Catalog
) -> list[str]:
    known = [district.name for district in catalog.districts]
    found = {m.district for m in mentions} | {d.district for d in documents if d.district}
    return [name for name in known if name in found]


def _csv_bytes(columns: tuple[str, ...], rows: Iterable[dict[str, object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(value) for key, value in row.items()})
    # With a BOM, Excel opens the Chinese text as UTF-8.
    return buffer.getvalue().encode("utf-8-sig")


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _json_bytes(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def _manifest(docs_dir: Path, catalog: Catalog, tables: dict[str, bytes]) -> dict[str, object]:
    inputs = {path.name: _sha256(path.read_bytes()) for path in document_files(docs_dir)}
    sources = docs_dir / "sources.yaml"
    if sources.exists():
        inputs[sources.name] = _sha256(sources.read_bytes())
    return {
        "package_version": __version__,
        "built_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "inputs": inputs,
        "catalog": catalog.digest,
        "tables": {name: _sha256(content) for name, content in sorted(tables.items())},
    }


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def publish(out_dir: Path, tables: dict[str, bytes]) -> None:
    """Replace the tables as a set: every new file is written and synced under a temporary
    name first, so a failure or a kill while writing leaves the old tables untouched; then
    they are renamed, the manifest last. The manifest lists every table's hash, and readers
    refuse a set that does not match it (see views.load_tables)."""
    staged: list[tuple[Path, Path]] = []
    try:
        for name, content in sorted(tables.items(), key=lambda item: item[0] == "manifest.json"):
            staged.append((_staged_copy(out_dir / name, content), out_dir / name))
        for temporary, final in staged:
            os.replace(temporary, final)
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)


def _staged_copy(path: Path, content: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(descriptor, 0o644)  # mkstemp makes files private; tables are for everyone
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def write_atomic(path: Path, content: bytes) -> None:
    """Write a temporary file beside ``path``, then rename: readers see old or new, never half."""
    temporary = _staged_copy(path, content)
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def build_lock(out_dir: Path) -> Iterator[None]:
    """One build at a time per output folder; a second one is refused, not interleaved."""
    import fcntl  # POSIX only, like the deployment

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        handle = (out_dir / LOCK_NAME).open("a")
    except OSError as error:
        raise DistrictsError(
            f"{out_dir}: cannot write the tables here ({error.strerror})"
        ) from error
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise DistrictsError(
                f"{out_dir}: another build is writing these tables; try again when it is done"
            ) from error
        yield
    finally:
        handle.close()
