"""Mentions → the built tables: mentions, indicators, coverage, documents, manifest, schema.

Choosing one value per district × indicator × year × period (``choose_value``): a district
with 2020 and 2024 values keeps both, and a half-year or a five-year total never stands in an
annual row (``period`` says which it is: ``year``, ``H1``, ``Q1–Q3``, ``span``…).
1. ``change`` mentions (增长5%) are never an indicator's value: they measure a difference;
   they stay in ``mentions.csv``. Nor are facts of a programme's work (catalog ``kind: work``:
   治理积水点15处), which each district counts its own way.
2. Exact values beat qualified ones (约/近/超/余/最高), which beat targets (力争, 将); a growth
   measure's bounded change (增长超三成) is a qualified value (``row_qualifier``).
3. Among equals, the newest document wins, then the later statement in it ("由0.5家增至1.78家").
``conflict`` is set when documents disagree on the value for the same key; every value stays
in ``mentions.csv``. ``stated_at`` lists every place a document states the chosen value for
the key (a bulletin's text and its table often both do, a later report repeats it): each is a
source of the row.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from districts import __version__
from districts.catalog import Catalog, Indicator
from districts.curation import document_digest
from districts.errors import DistrictsError, DocumentError
from districts.facts.extract import QUALIFIER_RANK
from districts.facts.mentions import Mention
from districts.facts.pipeline import Pipeline, SourceInfo, load_sources
from districts.facts.timeframe import ANNUAL, SPAN, load_time_lexicon
from districts.lexicon import load_lexicon
from districts.tables import store
from districts.tables.cache import (
    CachedDocument,
    DocumentCache,
    document_key,
    pipeline_fingerprint,
)
from districts.tables.io import publish
from districts.tables.schema import TABLE_SCHEMAS, datapackage
from districts.tables.stream import (
    FactSpill,
    Staged,
    typed_mention,
    write_indicator_files,
    write_partitions,
    write_unmapped_files,
)
from districts.text.formats import SUPPORTED_SUFFIXES, extract_text
from districts.text.read import Document, read_document

DOCUMENT_SUFFIXES = SUPPORTED_SUFFIXES  # .txt, .html/.htm, .docx, .pdf

INDICATOR_COLUMNS = (
    "district", "indicator", "indicator_name", "theme", "year", "period", "year_from", "year_to",
    "value", "unit", "as_written", "qualifier", "as_of", "doc", "quote", "start", "end",
    "n_sources", "conflict", "stated_at",
)  # fmt: skip
COVERAGE_COLUMNS = ("district", "indicator", "indicator_name", "theme", "status", "n_values")
DOCUMENT_COLUMNS = (
    "doc", "title", "date", "district", "script", "chars", "facts", "unreadable_spans",
    "problem", "note", "publisher", "publisher_en", "title_en", "url",
)  # fmt: skip


def measures_change(indicator: Indicator) -> bool:
    """地区生产总值增速 is itself a change: 增长5.2% is its value, not a level's change (the
    words that say so: ``change_measures`` in data/lexicon.yaml)."""
    return any(word in indicator.name for word in load_lexicon().change_measures)


# Kinds of unit (data/units.yaml) whose values are levels, never totals over years: a rate or
# a concentration over a span is its reading at the span's end.
LEVEL_KINDS = ("rate", "concentration")


def chart_period(
    indicator: Indicator, period: str | None, *, level_kind: bool = False, change: bool = False
) -> str:
    """The period a value is charted under.

    A total over several years (五年累计新增造林11.6万亩) keeps its period ``span``: it is no
    value of the annual measure, so ``indicator_rows`` leaves it out of the charts (the facts
    explorer still lists it from mentions.csv). Two values that a sentence about
    several years gives are annual readings, as of the span's last year (period ``year``): a
    measure that is itself cumulative over its plan period (万元地区生产总值能耗累计下降率:
    ``cumulative_suffixes`` in data/lexicon.yaml), and a level (``level_kind``: a rate or a
    concentration, not a change of it) the years reach (五年来…覆盖率由82.7%提升至93.4%: 93.4%
    is the last year's level, a total of nothing).
    """
    if period != SPAN:
        return period or ANNUAL
    if indicator.name.endswith(load_lexicon().mapping.cumulative_suffixes):
        return ANNUAL
    if level_kind and not change:
        return ANNUAL
    return SPAN


def a_stock_reached(mention: Mention | Mapping[str, object]) -> bool:
    """A count its sentence calls a total reached (``stock_words``: 总数, 保有量…) is a stock's
    level at the end of the years the sentence spans, as a rate reached is: "五年来新建公园若干个，
    全区公园总数达到N个" gives N as the last year's number of parks, not a sum over the years
    (which "五年累计新增造林…亩" is: that one stays a total over years, on no chart)."""
    qualifier, quote = _field(mention, "qualifier"), _field(mention, "quote")
    if qualifier == "change":
        return False
    words = load_lexicon().chart_scope.get("stock_words", ())
    return any(word in quote for word in words)


def period_on_charts(mention: Mention | Mapping[str, object], catalog: Catalog) -> str:
    """The period a fact of a catalog indicator is charted under (``chart_period``), from a
    mention or a row of mentions.csv: the indicator table and the pages' list of totals over
    years (views.span_totals) decide it the same way."""
    indicator = catalog.indicator_by_id(str(_field(mention, "indicator")))
    unit = catalog.units.get(str(_field(mention, "unit")))
    return chart_period(
        indicator,
        str(_field(mention, "period") or "") or None,
        level_kind=(unit is not None and unit.kind in LEVEL_KINDS) or a_stock_reached(mention),
        change=_field(mention, "qualifier") == "change",
    )


def an_average_over_years(mention: Mention, catalog: Catalog) -> bool:
    """A yearly average over several years (2016—2020年年均新增造林1.2万亩: year 2020, years
    from 2016 to 2020) of an indicator that is one year's amount: no value of any one year,
    so, like a total over years, it stays in mentions.csv and on no chart. Not of a measure
    that is itself an average over years (地区生产总值年均增速, whose name says 年均), nor a
    level (a rate or a concentration, or a stock its sentence says is reached: 年均新增3万余户，
    市场主体总量突破30万户): its reading at the span's end, as ``chart_period`` has it.

    Why: the average was charted as the last year's own figure, beside or instead of it."""
    first, last = mention.year_from, mention.year_to
    if first is None or last is None or first == last or mention.period != ANNUAL:
        return False
    indicator = catalog.indicator_by_id(mention.indicator)
    if any(word in indicator.name for word in load_time_lexicon().average_words):
        return False
    unit = catalog.units.get(mention.unit)
    return not ((unit is not None and unit.kind in LEVEL_KINDS) or a_stock_reached(mention))


def _field(mention: Mention | Mapping[str, object], name: str) -> str:
    value = mention.get(name) if isinstance(mention, Mapping) else getattr(mention, name)
    return "" if value is None else str(value)


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
    publisher: str = ""
    publisher_en: str = ""
    title_en: str = ""
    url: str = ""


@dataclass(frozen=True)
class BuildResult:
    """What a build published. The build never holds every mention (issue 19: millions at
    100,000 documents); ``tables`` and ``mentions`` read the published set back on use."""

    documents: list[DocumentRow]
    facts: int  # mentions in the tables
    out_dir: Path
    names: tuple[str, ...]  # the files of the published set, manifest.json included

    @property
    def tables(self) -> PublishedTables:
        return PublishedTables(self.out_dir, self.names)

    @property
    def mentions(self) -> list[Mention]:
        """Every mention, documents by name (for tests and small corpora: reads them all)."""
        found = []
        for name in sorted(self.names):
            if name.startswith(f"{store.BY_DOCUMENT}/"):
                part = store.read_table(self.out_dir / name, None)
                found.extend(part.to_pylist())
        found.sort(key=lambda row: row["doc"])  # stable: a document's facts keep their order
        return [typed_mention(row) for row in found]


class PublishedTables(Mapping[str, bytes]):
    """A published file's bytes by name, read from the output folder when asked for."""

    def __init__(self, out_dir: Path, names: tuple[str, ...]) -> None:
        self._out_dir, self._names = out_dir, names

    def __getitem__(self, name: str) -> bytes:
        if name not in self._names:
            raise KeyError(name)
        return (self._out_dir / name).read_bytes()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


def document_files(docs_dir: Path) -> list[Path]:
    if not docs_dir.is_dir():
        raise DistrictsError(f"{docs_dir}: not a folder of documents")
    return sorted(
        path for path in docs_dir.iterdir()
        if path.is_file() and path.suffix.lower() in DOCUMENT_SUFFIXES
    )  # fmt: skip


def corpus_files(
    docs_dirs: Path | list[Path], pipeline: Pipeline
) -> list[tuple[Path, SourceInfo | None]]:
    """Every document of the folders with what sources.yaml says of it, in name order."""
    dirs = [docs_dirs] if isinstance(docs_dirs, Path) else list(docs_dirs)
    files: list[tuple[Path, SourceInfo | None]] = []
    seen: set[str] = set()
    for directory in dirs:
        known = load_sources(directory)
        for path in document_files(directory):
            if path.name in seen:
                raise DistrictsError(f"{path}: another folder has a document of the same name")
            seen.add(path.name)
            files.append((path, known.get(path.name)))
    files = [(path, _resolved(path, known, pipeline)) for path, known in files]
    files.sort(key=lambda item: item[0].name)
    return files


def process_files(
    files: list[tuple[Path, SourceInfo | None]],
    pipeline: Pipeline,
    progress: bool = False,
    cache: DocumentCache | None = None,
    workers: int = 1,
) -> Iterator[_Result]:
    """Each document's row, facts and source information, in name order, as they finish."""
    results = _process_all(files, pipeline, cache, workers)
    for number, (path, _) in enumerate(files, 1):
        result = next(results)
        if progress and (number == len(files) or number % max(1, len(files) // 20) == 0):
            print(f"[{number}/{len(files)}] {path.name}", file=sys.stderr, flush=True)
        yield result


def run_pipeline(
    docs_dirs: Path | list[Path],
    pipeline: Pipeline,
    progress: bool = False,
    cache: DocumentCache | None = None,
    workers: int = 1,
) -> tuple[list[Mention], list[DocumentRow], dict[str, SourceInfo]]:
    """Every document of the folders, through the pipeline (or the cache), in name order,
    all in memory (a build streams them instead: ``build``)."""
    mentions: list[Mention] = []
    documents: list[DocumentRow] = []
    infos: dict[str, SourceInfo] = {}
    files = corpus_files(docs_dirs, pipeline)
    for row, facts, info in process_files(files, pipeline, progress, cache, workers):
        documents.append(row)
        mentions.extend(facts)
        if info is not None:
            infos[row.doc] = info
    return mentions, documents, infos


def _resolved(path: Path, known: SourceInfo | None, pipeline: Pipeline) -> SourceInfo | None:
    """The district sources.yaml gives, in the registry's spelling (海淀区 → 海淀)."""
    if known is None or not known.district:
        return known
    district = pipeline.catalog.district_by_name(known.district)
    if district is None:
        raise DistrictsError(
            f"{path.parent / 'sources.yaml'} [{path.name}]: {known.district!r} is not a "
            "Beijing district"
        )
    return dataclasses.replace(known, district=district.name)


# Below this many documents to process, starting worker processes costs more than it saves.
_PARALLEL_FROM = 40
_Result = tuple["DocumentRow", tuple[Mention, ...], SourceInfo | None]


def _process_all(
    files: list[tuple[Path, SourceInfo | None]],
    pipeline: Pipeline,
    cache: DocumentCache | None,
    workers: int,
) -> Iterator[_Result]:
    """Results in file order, each yielded as soon as it and those before it are done; on
    several cores, documents are spread over processes.

    Which documents the cache holds is found first (their keys only: an entry is read when
    its turn comes, so the cache's facts are never all in memory), so adding one document to
    a large corpus starts no worker processes at all.
    """
    keys: dict[int, str] = {}
    if cache is not None:
        for index, (path, known) in enumerate(files):
            key = _cached_key(path, known, pipeline, cache)
            if key is not None:
                keys[index] = key
    todo = [item for index, item in enumerate(files) if index not in keys]
    parallel = workers > 1 and len(todo) >= _PARALLEL_FROM
    if not parallel:
        computed: Iterator[_Result] = (
            _process(path, known, pipeline, cache) for path, known in todo
        )
    else:
        cache_dir = cache.directory if cache is not None else None
        chunk = max(1, min(64, len(todo) // (workers * 8)))
        pool = ProcessPoolExecutor(
            max_workers=workers, initializer=_start_worker, initargs=(pipeline.catalog, cache_dir)
        )
        computed = pool.map(_work, todo, chunksize=chunk)
    try:
        for index, (path, known) in enumerate(files):
            if index not in keys:
                yield next(computed)
                continue
            hit = cache.get(keys[index]) if cache is not None else None
            if hit is None:  # unreadable since it was found: computed here
                yield _process(path, known, pipeline, cache)
            else:
                yield _row(path.name, hit.info, hit), hit.mentions, hit.info
    finally:
        if parallel:
            pool.shutdown(cancel_futures=True)


def _cached_key(
    path: Path, known: SourceInfo | None, pipeline: Pipeline, cache: DocumentCache
) -> str | None:
    """The cache key of a document the cache holds, or None (unreadable documents are
    reported when their turn comes)."""
    try:
        document = _read_any(path)
    except DocumentError:
        return None
    key = _key(path, known, pipeline, document)
    return key if cache.holds(key) else None


def _key(path: Path, known: SourceInfo | None, pipeline: Pipeline, document: Document) -> str:
    metadata = {"file": path.name, **(dataclasses.asdict(known) if known else {})}
    # the user's catalog counts only with the entries this text can be affected by
    catalog_part = document_digest(pipeline.catalog, document.text)
    return document_key(document.text.encode("utf-8"), metadata, catalog_part)


_WORKER: dict[str, object] = {}


def _start_worker(catalog: Catalog, cache_dir: Path | None) -> None:
    _WORKER["pipeline"] = Pipeline(catalog)
    _WORKER["cache"] = DocumentCache(cache_dir) if cache_dir else None


def _work(item: tuple[Path, SourceInfo | None]) -> _Result:
    path, known = item
    return _process(path, known, _WORKER["pipeline"], _WORKER["cache"])  # type: ignore[arg-type]


def _process(
    path: Path,
    known: SourceInfo | None,
    pipeline: Pipeline,
    cache: DocumentCache | None,
) -> _Result:
    """One document's row and facts: from the cache when it has them, else computed."""
    try:
        document = _read_any(path)
    except DocumentError as error:
        return DocumentRow(path.name, "", "", "", "", 0, 0, 0, error.problem), (), None
    key = None
    if cache is not None:
        key = _key(path, known, pipeline, document)
        hit = cache.get(key)
        if hit is not None:
            return _row(path.name, hit.info, hit), hit.mentions, hit.info
    info = pipeline.source_info(document, known)
    facts = pipeline.facts(document, info)
    entry = CachedDocument(
        info=info,
        district=facts.district or "",
        script=facts.normalized.script,
        chars=len(document.text),
        unreadable_spans=len(facts.normalized.unreadable),
        note=facts.note,
        mentions=facts.mentions,
    )
    if cache is not None and key is not None:
        cache.put(key, entry)
    return _row(path.name, info, entry), facts.mentions, info


def _read_any(path: Path) -> Document:
    """A .txt file as it is; a web page, Word file or PDF as the text extracted from it."""
    # A corpus folder holds its documents: a link leading out of it is refused, not followed.
    if path.suffix.lower() == ".txt":
        return read_document(path, within=path.parent)
    text, kind = extract_text(path, within=path.parent)
    return Document(str(path), path.name, text, kind, path.stat().st_size)


def _row(name: str, info: SourceInfo, entry: CachedDocument) -> DocumentRow:
    return DocumentRow(
        doc=name,
        title=info.title,
        date=info.date,
        district=entry.district,
        script=entry.script,
        chars=entry.chars,
        facts=len(entry.mentions),
        unreadable_spans=entry.unreadable_spans,
        problem="" if entry.district else "the document names no Beijing district",
        note=entry.note,
        publisher=info.publisher,
        publisher_en=info.publisher_en,
        title_en=info.title_en,
        url=info.url,
    )


def choose_value(candidates: list[tuple[Mention, str]]) -> tuple[Mention, str]:
    """The value shown for one key, from (mention, document date) pairs; see module doc."""
    return min(
        candidates,
        key=lambda pair: (QUALIFIER_RANK[row_qualifier(pair[0])], _negated(pair[1]), -pair[0].end),
    )


def row_qualifier(mention: Mention) -> str:
    """The qualifier a table row shows for a mention: a growth's bound when it has one.

    Why: a row of a growth measure (地区生产总值增速) holds changes, so "change" tells its reader
    nothing, while "增长约5%" or "增长超三成" must show 约5 and ≥30 as any other value would,
    and rank after an exact growth.

    Example: 增长超三成 (change, bound at_least) → at_least; 增长5.2% → change.
    """
    if mention.qualifier == "change" and mention.bound:
        return mention.bound
    return mention.qualifier


def stated_at(chosen: Mention, candidates: list[Mention]) -> str:
    """Every place a document states the chosen value for the row's key, the chosen quote
    first: "a.txt:173-190;a.txt:2050-2071;b.txt:88-101" when a bulletin's text and its table
    both give 地区生产总值486.3亿元 and a later report repeats it. A row is traceable to each
    statement of its value, not to one of them."""
    places = [(chosen.doc, chosen.start, chosen.end)]
    for mention in sorted(candidates, key=lambda m: (m.doc, m.start)):
        place = (mention.doc, mention.start, mention.end)
        same = mention.value == chosen.value and mention.unit == chosen.unit
        if same and place not in places:
            places.append(place)
    return ";".join(f"{doc}:{start}-{end}" for doc, start, end in places)


def _negated(date: str) -> tuple[int, ...]:
    digits = [int(part) for part in date.split("-") if part.isdigit()]
    return tuple(-d for d in digits) or (0,)


def indicator_rows(
    mentions: Iterable[Mention], catalog: Catalog, infos: dict[str, SourceInfo]
) -> list[dict[str, object]]:
    groups: dict[tuple[str, str, str, str], list[tuple[Mention, str]]] = {}
    for mention in mentions:
        if not mention.indicator:
            continue
        if not catalog.indicator_by_id(mention.indicator).charted:
            continue  # a programme's work (治理积水点15处): in mentions.csv, not compared
        if mention.qualifier == "change" and not measures_change(
            catalog.indicator_by_id(mention.indicator)
        ):
            continue  # 增长5% is not a level of the indicator, but it is a 增速's value
        period = period_on_charts(mention, catalog)
        if period == SPAN:
            continue  # a total over years (五年累计新增造林): in mentions.csv, on no chart
        if an_average_over_years(mention, catalog):
            continue  # 2016—2020年年均新增造林1.2万亩: in mentions.csv, no figure of 2020
        key = (mention.district, mention.indicator, str(mention.year or ""), period)
        date = infos[mention.doc].date if mention.doc in infos else ""
        groups.setdefault(key, []).append((mention, date))
    rows = []
    for (district, indicator_id, year, period), candidates in sorted(groups.items()):
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
                "period": period,
                "year_from": chosen.year_from,
                "year_to": chosen.year_to,
                "value": chosen.value,
                "unit": chosen.unit,
                "as_written": chosen.as_written,
                "qualifier": row_qualifier(chosen),
                "as_of": year or date,
                "doc": chosen.doc,
                "quote": chosen.quote,
                "start": chosen.start,
                "end": chosen.end,
                "n_sources": len(docs),
                "conflict": conflict,
                "stated_at": stated_at(chosen, [mention for mention, _ in candidates]),
            }
        )
    return rows


def coverage_rows(indicators: list[dict[str, object]], catalog: Catalog, districts: list[str]):
    reported: dict[tuple[str, str], int] = {}
    for row in indicators:
        key = (str(row["district"]), str(row["indicator"]))
        reported[key] = reported.get(key, 0) + 1
    return coverage_of(reported, catalog, districts)


def coverage_of(
    reported: dict[tuple[str, str], int], catalog: Catalog, districts: list[str]
) -> list[dict[str, object]]:
    """The coverage rows from the number of indicator rows per (district, indicator): every
    district against every indicator any district reports (an update counts them with Arrow
    instead of a Python loop over the whole indicators table)."""
    indicator_ids = sorted({indicator for _, indicator in reported})
    rows: list[dict[str, object]] = []
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
    docs: Path | list[Path] | None,
    out_dir: Path,
    *,
    progress: bool = False,
    catalog: Catalog | None = None,
    cache: DocumentCache | None = None,
    workers: int = 1,
) -> BuildResult:
    """Run the pipeline over the documents (default: the corpus) and publish the tables to
    ``out_dir`` as a set. ``cache`` reuses per-document results (see cache.py)."""
    with build_lock(out_dir):
        return build_holding_lock(
            docs, out_dir, progress=progress, catalog=catalog, cache=cache, workers=workers
        )


def build_holding_lock(
    docs: Path | list[Path] | None,
    out_dir: Path,
    *,
    progress: bool = False,
    catalog: Catalog | None = None,
    cache: DocumentCache | None = None,
    workers: int = 1,
) -> BuildResult:
    """``build`` for a caller that already holds ``build_lock(out_dir)`` (an add, which stores
    and rebuilds under one lock)."""
    from districts.tables.corpus import corpus_dirs

    dirs = corpus_dirs() if docs is None else [docs] if isinstance(docs, Path) else list(docs)
    pipeline = Pipeline(catalog) if catalog else Pipeline.from_data()
    if progress and pipeline.catalog.user is not None:
        for note in pipeline.catalog.user.notes:
            print(f"note: {note}", file=sys.stderr)
    files = corpus_files(dirs, pipeline)
    spill = FactSpill(out_dir)
    staged = Staged(out_dir, {}, {})
    try:
        documents: list[DocumentRow] = []
        dates: dict[str, _Dated] = {}
        # Each document's facts go to the spill as it finishes: none is held to the end.
        for row, facts, info in process_files(files, pipeline, progress, cache, workers):
            documents.append(row)
            spill.add(facts)
            if info is not None:
                dates[row.doc] = _Dated(info.date)
        spill.close()
        tables = finish_tables(spill, staged, documents, dates, pipeline.catalog)
        tables.update(store.input_files(_inputs(dirs)))
        digests = {**staged.digests, **{name: _sha256(data) for name, data in tables.items()}}
        manifest = _manifest(pipeline.catalog, digests)
        manifest["sections"] = {"mentions.csv": staged.sections}
        tables["manifest.json"] = _json_bytes(manifest)
        publish_set(out_dir, tables, staged.paths)  # an OSError becomes one line
    finally:
        staged.discard()  # what publish_set did not rename (a failure on the way)
        spill.remove()
    if progress:
        print(
            f"built {spill.facts} facts from {len(documents)} documents into {out_dir}",
            file=sys.stderr,
        )
    names = tuple(sorted([*tables, *staged.paths]))
    return BuildResult(documents, spill.facts, out_dir, names)


@dataclass(frozen=True)
class _Dated:
    """What ``indicator_rows`` reads of a document's source information: its date."""

    date: str


def finish_tables(
    spill: FactSpill,
    staged: Staged,
    documents: list[DocumentRow],
    dates: dict[str, _Dated],
    catalog: Catalog,
) -> dict[str, bytes]:
    """The store's partitions, indicator files and ``mentions.csv`` written to ``staged``
    from the spill, a partition or group at a time; the small tables returned as bytes."""
    write_partitions(spill, staged)
    write_unmapped_files(spill, staged)
    indicators = write_indicator_files(
        spill,
        staged,
        lambda mentions: indicator_rows(mentions, catalog, dates),  # type: ignore[arg-type]
    )
    # Each group's rows were sorted; all of them are sorted as one table's were.
    indicators.sort(key=lambda row: (row["district"], row["indicator"], row["year"], row["period"]))
    known = [district.name for district in catalog.districts]
    found = spill.districts | {d.district for d in documents if d.district}
    districts = [name for name in known if name in found]
    coverage = coverage_rows(indicators, catalog, districts)
    tables = store.small_tables(
        {
            "indicators": (INDICATOR_COLUMNS, indicators),
            "coverage": (COVERAGE_COLUMNS, coverage),
            "documents": (DOCUMENT_COLUMNS, [d.__dict__ for d in documents]),
        }
    )
    tables["datapackage.json"] = _json_bytes(datapackage(TABLE_SCHEMAS))
    return tables


def publish_set(
    out_dir: Path,
    tables: dict[str, bytes],
    staged: dict[str, Path] | None = None,
    *,
    previous: dict | None = None,
    current: dict | None = None,
) -> None:
    """Publish the tables as a set (manifest last), then delete the store files neither this
    manifest nor the one before names: a reader still on the previous set keeps its files.
    ``staged``: files already written beside their final place (``io.publish``).
    ``previous``/``current``: the manifests already in hand (the one published and the one in
    ``tables``): at 100,000 documents each takes a twentieth of a second to read again."""
    if previous is None:
        previous = read_manifest(out_dir)
    try:
        publish(out_dir, tables, staged)
    except OSError as error:
        raise DistrictsError(
            f"{out_dir}: cannot write the tables ({error.strerror or error}); "
            "the previous tables are unchanged"
        ) from error
    if current is None:
        current = json.loads(tables["manifest.json"])
    for path in store.unreferenced(out_dir, previous, current):
        path.unlink(missing_ok=True)


def read_manifest(out_dir: Path) -> dict:
    try:
        return json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


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


def _inputs(dirs: list[Path]) -> dict[str, str]:
    """Every input's digest by its name in the tables (the first folder's files by name, the
    others' under their folder's name)."""
    inputs = {}
    for directory in dirs:
        for path in [*document_files(directory), directory / "sources.yaml"]:
            if path.exists():
                key = path.name if directory == dirs[0] else f"{directory.name}/{path.name}"
                inputs[key] = _sha256(path.read_bytes())
    return inputs


def _manifest(catalog: Catalog, digests: dict[str, str]) -> dict[str, object]:
    # The inputs' digests are not in the manifest but in store/inputs/ (store.input_files):
    # listed here, 100,000 of them made the manifest 9 MB, read and written on every add.
    return {
        "package_version": __version__,
        "built_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "catalog": catalog.digest,
        "pipeline": pipeline_fingerprint(),  # an update patches only tables of the same code
        "store_layout": store.LAYOUT,  # … and of the same store layout
        "tables": dict(sorted(digests.items())),
    }


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@contextmanager
def build_lock(
    out_dir: Path, wait: float = 0, on_wait: Callable[[], None] | None = None
) -> Iterator[None]:
    """One build at a time per output folder; a second one is refused, not interleaved.

    With ``wait``, a second one waits that many seconds for the first to finish (calling
    ``on_wait`` once, to say so) and is refused only then.
    """
    import fcntl  # POSIX only, like the deployment

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        handle = (out_dir / LOCK_NAME).open("a")
    except OSError as error:
        raise DistrictsError(
            f"{out_dir}: cannot write the tables here ({error.strerror})"
        ) from error
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError as error:
                if time.monotonic() >= deadline:
                    waited = f" (waited {wait:.0f} s)" if wait else ""
                    raise DistrictsError(
                        f"{out_dir}: another build (or add) is writing these tables{waited}; "
                        "try again when it is done"
                    ) from error
                if on_wait is not None:
                    on_wait()
                    on_wait = None
                time.sleep(0.2)
        yield
    finally:
        handle.close()
