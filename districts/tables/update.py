"""Adding or removing documents without rebuilding the set.

A full build reads and hashes every document; at 100,000 documents that alone takes minutes.
An update touches only what the changed documents own:

1. the changed documents go through the pipeline (or the cache);
2. their partition of ``store/by-document/`` and the files of ``store/by-indicator/`` of the
   indicators they name (before or after) are rewritten with their rows replaced;
3. the indicator table is re-aggregated for those indicators only, from their files
   (``choose_value``, the same rule as a full build), and coverage follows from it;
4. the store, the small exports and the manifest are published: the dashboard, keyed on the
   manifest, shows the change from here on;
5. ``mentions.csv``, the one large export, is rewritten from the partitions and published
   with a second manifest (``refresh_export``), so users who download it get the new set.

The result equals a full build of the same documents, file for file (tests/test_update.py).
Anything an update cannot do incrementally (no store yet, another catalog or pipeline code)
falls back to a full build.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from districts.catalog import Catalog
from districts.errors import DistrictsError
from districts.facts.mentions import MENTION_COLUMNS
from districts.facts.pipeline import Pipeline, load_sources
from districts.tables import store
from districts.tables.build import (
    COVERAGE_COLUMNS,
    DOCUMENT_COLUMNS,
    DOCUMENT_SUFFIXES,
    INDICATOR_COLUMNS,
    _json_bytes,
    _process,
    _resolved,
    build_holding_lock,
    build_lock,
    coverage_of,
    indicator_rows,
    publish_set,
    read_manifest,
)
from districts.tables.cache import DocumentCache, pipeline_fingerprint
from districts.tables.stream import MENTIONS_HEAD, Staged, mention_of, write_mentions_csv


@dataclass(frozen=True)
class UpdateResult:
    incremental: bool  # False: the update fell back to a full build
    documents: int  # documents in the tables after the update
    changed: tuple[str, ...]


_READERS = 4  # threads reading an update's partitions (read_ahead)


@dataclass(frozen=True)
class _Dated:
    date: str


def update(
    dirs: list[Path],
    out_dir: Path,
    *,
    changed: list[str],
    catalog: Catalog | None = None,
    cache: DocumentCache | None = None,
    refresh: bool = True,
) -> UpdateResult:
    """The tables of ``out_dir`` after the documents named ``changed`` were added to, changed
    in or removed from ``dirs`` (a name no longer in ``dirs`` is removed from the tables).
    ``refresh`` also rewrites ``mentions.csv`` (``refresh_export``) before returning."""
    with build_lock(out_dir):
        result = update_holding_lock(dirs, out_dir, changed=changed, catalog=catalog, cache=cache)
    if refresh and result.incremental:
        refresh_export(out_dir)
    return result


def update_holding_lock(
    dirs: list[Path],
    out_dir: Path,
    *,
    changed: list[str],
    catalog: Catalog | None = None,
    cache: DocumentCache | None = None,
) -> UpdateResult:
    """``update`` for a caller that already holds ``build_lock(out_dir)`` (an add, which stores
    and updates the tables as one transaction); ``mentions.csv`` is left to
    ``refresh_export``."""
    pipeline = Pipeline(catalog) if catalog else Pipeline.from_data()
    manifest = read_manifest(out_dir)
    if not _incremental_possible(manifest, pipeline):
        result = build_holding_lock(dirs, out_dir, catalog=pipeline.catalog, cache=cache)
        return UpdateResult(False, len(result.documents), tuple(changed))
    count = _update_store(dirs, out_dir, manifest, sorted(set(changed)), pipeline, cache)
    return UpdateResult(True, count, tuple(changed))


def patchable(out_dir: Path, pipeline: Pipeline | None = None) -> bool:
    """Whether an update of ``out_dir`` patches its tables (else it is a full build)."""
    return _incremental_possible(read_manifest(out_dir), pipeline or Pipeline.from_data())


def _incremental_possible(manifest: dict, pipeline: Pipeline) -> bool:
    """Only a store built by this catalog and this pipeline code can be patched."""
    return (
        bool(store.listed(manifest, store.STORE, "documents"))
        and manifest.get("catalog") == pipeline.catalog.digest
        and manifest.get("pipeline") == pipeline_fingerprint()
        and manifest.get("store_layout") == store.LAYOUT
    )


def _update_store(
    dirs: list[Path],
    out_dir: Path,
    manifest: dict,
    changed: list[str],
    pipeline: Pipeline,
    cache: DocumentCache | None,
) -> int:
    digests = manifest.get("tables", {})
    listing = store.listing(manifest)

    read_before: dict[tuple[str, str], pa.Table | None] = {}

    def read(folder: str, stem: str) -> pa.Table | None:
        if (folder, stem) in read_before:
            return read_before.pop((folder, stem))
        names = listing.get((folder, stem), [])
        if not names:
            return None
        try:
            return store.read_table(out_dir / names[0], digests.get(names[0]))
        except ValueError as error:
            raise DistrictsError(f"{out_dir / names[0]}: {error}; run `districts build`") from error

    def read_ahead(keys: list[tuple[str, str]]) -> None:
        """Read these partitions at once, in threads (pyarrow reads without the GIL): an add
        at 100,000 documents touches some 50 small files, read one by one in 0.3 s."""
        keys = [key for key in keys if key in listing]
        if len(keys) < 2:
            return
        with ThreadPoolExecutor(max_workers=_READERS) as pool:
            for key, table in zip(keys, pool.map(lambda key: read(*key), keys), strict=True):
                read_before[key] = table

    # 1. The changed documents, through the pipeline (or the cache).
    new_documents, new_mentions = [], []
    for name in changed:
        found = _find(dirs, name)
        if found is None:
            continue  # removed
        path, known = found
        row, facts, _ = _process(path, _resolved(path, known, pipeline), pipeline, cache)
        new_documents.append(row.__dict__)
        new_mentions.extend(mention.as_row() for mention in facts)
    fresh = store.arrow_table(MENTION_COLUMNS, new_mentions)

    # 2. Their partitions and the files of the indicators they name.
    files: dict[str, bytes] = {}
    dropped: dict[str, bytes] = {}
    groups = _groups(fresh)  # (indicator, district, year) whose values may change
    fresh_buckets = store.split_buckets(fresh) if len(fresh) else {}
    fresh_unmapped = store.unmapped_stems(fresh)
    unmapped = set(fresh_unmapped)  # unmapped files whose rows may change
    for number in sorted({store.bucket_of(name) for name in changed}):
        old = read(store.BY_DOCUMENT, store.bucket_stem(number))
        kept = []
        if old is not None:
            leaving = store.rows_in(old, "doc", changed)
            groups |= _groups(leaving)
            unmapped |= set(store.unmapped_stems(leaving))
            kept.append(store.rows_not_in(old, "doc", changed))
        if number in fresh_buckets:
            kept.append(fresh_buckets[number])
        _replace(files, dropped, listing, store.BY_DOCUMENT, store.bucket_stem(number), kept)
    stems = sorted({store.indicator_stem(indicator, district) for indicator, district, _ in groups})
    read_ahead(
        [(store.BY_INDICATOR, stem) for stem in stems]
        + [(store.UNMAPPED, stem) for stem in sorted(unmapped - {""})]
        + [(store.STORE, "documents"), (store.STORE, "indicators")]
    )
    fresh_stems = pa.array([store.indicator_stem(i, d) for i, d in _pair_list(fresh)], pa.string())
    wanted_groups = pa.array(sorted(_SEP.join(group) for group in groups), pa.string())
    candidates: list[pa.Table] = []
    for stem in stems:
        old = read(store.BY_INDICATOR, stem)
        kept = [] if old is None else [store.rows_not_in(old, "doc", changed)]
        kept.append(fresh.filter(pc.equal(fresh_stems, stem)) if len(fresh) else fresh)
        table = _replace(files, dropped, listing, store.BY_INDICATOR, stem, kept)
        if table is not None:
            # Only the rows of the changed groups: an indicator's file about a district holds
            # every year of it, a group one year (a tenth of the rows to re-aggregate).
            keys = _group_keys(table)
            candidates.append(table.filter(pc.is_in(keys, value_set=wanted_groups)))

    for stem in sorted(unmapped - {""}):
        old = read(store.UNMAPPED, stem)
        kept = [] if old is None else [store.rows_not_in(old, "doc", changed)]
        mine = pa.array([own == stem for own in fresh_unmapped], pa.bool_())
        kept.append(fresh.filter(mine) if len(fresh) else fresh)
        _replace(files, dropped, listing, store.UNMAPPED, stem, kept)

    # 3. Documents, indicators (re-aggregated for the changed groups) and coverage.
    # Column-wise: the documents table has a row per document (100,000), and an add changes
    # one; turning every row into a Python dictionary and back grew with the corpus.
    documents = _documents_table(read(store.STORE, "documents"), changed, new_documents)
    mentions = [mention_of(row) for part in candidates for row in part.to_pylist()]
    wanted = pa.array(sorted({mention.doc for mention in mentions}), pa.string())
    theirs = documents.filter(pc.is_in(documents["doc"], value_set=wanted))
    dates = {
        doc: _Dated(date)
        for doc, date in zip(theirs["doc"].to_pylist(), theirs["date"].to_pylist(), strict=True)
    }
    new_indicators = indicator_rows(mentions, pipeline.catalog, dates)  # type: ignore[arg-type]
    indicators = _indicators_table(read(store.STORE, "indicators"), groups, new_indicators)
    named = set(pc.unique(documents["district"]).to_pylist())
    districts = _districts(out_dir, manifest, named, pipeline.catalog, files, dropped)
    counts = indicators.group_by(["district", "indicator"]).aggregate([("year", "count")])
    reported = dict(
        zip(
            zip(counts["district"].to_pylist(), counts["indicator"].to_pylist(), strict=True),
            counts["year_count"].to_pylist(),
            strict=True,
        )
    )
    coverage = coverage_of(reported, pipeline.catalog, districts)

    # 4. Publish the store, the small exports and the manifest.
    # The store only: the CSV exports (documents.csv, indicators.csv, coverage.csv and
    # mentions.csv) are made from it by ``refresh_export``, after this publishes. Until then
    # the manifest lists the previous exports, which are still in place, so a reader never
    # meets a file that does not match it. At 100,000 documents the two larger small exports
    # alone took half a second to write on every add.
    files.update(store.small_table_file("indicators", INDICATOR_COLUMNS, indicators))
    files.update(
        store.small_table_file(
            "coverage", COVERAGE_COLUMNS, store.arrow_table(COVERAGE_COLUMNS, coverage)
        )
    )
    files.update(store.small_table_file("documents", DOCUMENT_COLUMNS, documents))
    _update_inputs(dirs, changed, manifest, read, files, dropped, listing)
    tables = {
        name: digest
        for name, digest in digests.items()
        if name not in dropped
        and not any(name.startswith(f"{store.STORE}/{small}.") for small in store.SMALL_TABLES)
    }
    tables.update({name: store.sha256(content) for name, content in files.items()})
    new_manifest = {
        **{key: value for key, value in manifest.items() if key != "inputs"},
        "built_at": _now(),
        "tables": dict(sorted(tables.items())),
    }
    files["manifest.json"] = _json_bytes(new_manifest)
    publish_set(out_dir, files, previous=manifest, current=new_manifest)
    return len(documents)


def refresh_export(out_dir: Path) -> None:
    """Rewrite the CSV exports (``mentions.csv`` from the store's partitions, ``documents``,
    ``indicators`` and ``coverage`` from its small tables) and publish them with the manifest:
    a second step, after the update published the store, which the dashboard already shows."""
    with build_lock(out_dir):
        manifest = read_manifest(out_dir)
        digests = manifest.get("tables", {})
        for small in _EXPORTS:
            # what an export killed while writing left (1.3 GB at 100,000 documents): under
            # the lock, no other export is writing one
            for leftover in out_dir.glob(f".{small}.*"):
                leftover.unlink(missing_ok=True)

        def checked(name: str) -> pa.Table:
            try:
                return store.read_table(out_dir / name, digests[name])
            except ValueError as error:
                raise DistrictsError(f"{out_dir / name}: {error}") from error

        staged = Staged(out_dir, {}, {})
        try:
            for small, columns in (
                ("documents", DOCUMENT_COLUMNS),
                ("indicators", INDICATOR_COLUMNS),
                ("coverage", COVERAGE_COLUMNS),
            ):
                (name,) = store.listed(manifest, store.STORE, small)
                table = _with_columns(checked(name), columns)
                staged.write(f"{small}.csv", store.csv_export(columns, table))
            names = store.listed(manifest, store.BY_DOCUMENT)
            names.sort(key=lambda name: int(store.stem_of(name)))
            try:
                write_mentions_csv(staged, _spliced(out_dir, manifest, names, checked))
            except _StaleExport:
                # the previous export is not the one the manifest describes: made anew
                staged.paths.pop("mentions.csv").unlink(missing_ok=True)
                staged.sections.clear()
                write_mentions_csv(staged, ((name, None, checked(name)) for name in names))
            exports = dict(staged.digests)
            if all(digests.get(name) == digest for name, digest in exports.items()):
                return
            current = {
                **manifest,
                "tables": dict(sorted({**digests, **exports}.items())),
                "sections": {"mentions.csv": staged.sections},
            }
            publish_set(
                out_dir,
                {"manifest.json": _json_bytes(current)},
                staged.paths,
                previous=manifest,
                current=current,
            )
        finally:
            staged.discard()


_EXPORTS = ("documents.csv", "indicators.csv", "coverage.csv", "mentions.csv")


class _StaleExport(Exception):
    """The ``mentions.csv`` on disk is not the one the manifest's sections describe."""


def _spliced(
    out_dir: Path,
    manifest: dict,
    names: list[str],
    checked: Callable[[str], pa.Table],
) -> Iterator[tuple[str, bytes | None, pa.Table | None]]:
    """The parts of the new ``mentions.csv``: the lines of a partition that has not changed
    since the last export, copied from it (the file names carry the content's digest), the
    others' tables. At 100,000 documents, reading every partition and making its lines took
    most of the 20 s an export took; an add changes one of the 128.

    The previous export is read whole, as it is copied, and must match the manifest's digest
    (a crash between its rename and the manifest's could have left another one): otherwise
    ``_StaleExport`` is raised once the last part is out, and the caller makes it anew."""
    path = out_dir / "mentions.csv"
    sections = manifest.get("sections", {}).get("mentions.csv") or []
    expected = manifest.get("tables", {}).get("mentions.csv")
    size = len(MENTIONS_HEAD) + sum(int(length) for _, length in sections)
    try:
        usable = bool(sections) and bool(expected) and path.stat().st_size == size
    except OSError:
        usable = False
    if not usable:
        for name in names:
            yield name, None, checked(name)
        return
    old = {str(name): int(length) for name, length in sections}
    order = [str(name) for name, _ in sections]
    digest = hashlib.sha256()
    with path.open("rb") as source:
        digest.update(source.read(len(MENTIONS_HEAD)))
        kept: dict[str, bytes] = {}
        position = 0  # the next old section to read
        for name in names:
            if name in old:
                # read (and hash) the old sections up to this one, in the file's order
                while name not in kept:
                    lines = source.read(old[order[position]])
                    digest.update(lines)
                    kept[order[position]] = lines
                    position += 1
                yield name, kept.pop(name), None
            else:
                yield name, None, checked(name)
        for name in order[position:]:
            digest.update(source.read(old[name]))
        kept.clear()
    if digest.hexdigest() != expected:
        raise _StaleExport


def _update_inputs(  # type: ignore[no-untyped-def]
    dirs: list[Path],
    changed: list[str],
    manifest: dict,
    read,
    files: dict[str, bytes],
    dropped: dict[str, bytes],
    listing: dict[tuple[str, str], list[str]],
) -> None:
    """The inputs' digests (``store.input_files``) with the changed documents' and every
    folder's ``sources.yaml`` replaced: only the partitions holding them are rewritten. Tables
    of an earlier version list the inputs in the manifest: those are moved to the store."""
    listed = manifest.get("inputs")
    news: dict[str, str | None] = {}
    for name in changed:
        # Every key the name could have had is dropped (it may have left any folder, or moved
        # from one to another), then the one it has now, if any, is set.
        news.update({_input_key(dirs, name, directory): None for directory in dirs})
        found = _find(dirs, name)
        if found is not None:
            news[_input_key(dirs, name)] = store.sha256(found[0].read_bytes())
    for directory in dirs:
        sources = directory / "sources.yaml"
        key = _input_key(dirs, sources.name, directory)
        news[key] = store.sha256(sources.read_bytes()) if sources.exists() else None
    if listed is not None:
        inputs = dict(listed)
        numbers = set(range(store.BUCKETS))
    else:
        inputs = {}
        numbers = {store.bucket_of(key) for key in news}
        for number in numbers:
            old = read(store.INPUTS, store.bucket_stem(number))
            if old is not None:
                inputs.update(zip(old["input"].to_pylist(), old["sha256"].to_pylist(), strict=True))
    for key, digest in news.items():
        if digest is None:
            inputs.pop(key, None)
        else:
            inputs[key] = digest
    for number in numbers:
        for name in listing.get((store.INPUTS, store.bucket_stem(number)), []):
            dropped[name] = b""
    for name, content in store.input_files(inputs).items():
        files[name] = content
        dropped.pop(name, None)  # unchanged content keeps its name


def _replace(
    files: dict[str, bytes],
    dropped: dict[str, bytes],
    listing: dict[tuple[str, str], list[str]],
    folder: str,
    stem: str,
    parts: list[pa.Table],
) -> pa.Table | None:
    """A partition's new content (rows in document order, as a full build writes them)."""
    for name in listing.get((folder, stem), []):
        dropped[name] = b""
    parts = [part for part in parts if len(part)]
    if not parts:
        return None
    table = pa.concat_tables(parts)
    table = table.take(pc.sort_indices(table, sort_keys=[("doc", "ascending")]))
    content = store.table_bytes(table)
    name = store.named(folder, stem, content)
    files[name] = content
    dropped.pop(name, None)  # unchanged content keeps its name
    return table


def _pair_list(table: pa.Table) -> list[tuple[str, str]]:
    return list(zip(table["indicator"].to_pylist(), table["district"].to_pylist(), strict=True))


# ids, district names and years hold no control characters: a group as one key
_SEP = "\x1f"


def _groups(table: pa.Table) -> set[tuple[str, str, str]]:
    """The (indicator, district, year) groups of mentions that name an indicator: an
    indicator row is chosen among the mentions of its group (``build.indicator_rows``: the
    group and its period), so a document's mentions change the rows of their groups only.

    >>> sorted(_groups(pa.table({"indicator": ["f", ""], "district": ["a", "b"],
    ...     "year": ["2024", "2023"]})))
    [('f', 'a', '2024')]
    """
    return {
        (indicator, district, year)
        for indicator, district, year in zip(
            table["indicator"].to_pylist(),
            table["district"].to_pylist(),
            table["year"].to_pylist(),
            strict=True,
        )
        if indicator
    }


def _group_keys(table: pa.Table) -> pa.Array:
    """Each row's group (``_groups``) as one text, column-wise."""
    return pc.binary_join_element_wise(table["indicator"], table["district"], table["year"], _SEP)


def _find(dirs: list[Path], name: str):  # type: ignore[no-untyped-def]
    """The document of that name and what its folder's sources.yaml says of it; a name in
    two folders is refused as a full build refuses it (``build.corpus_files``), so an update
    never keeps one of the two where a build would stop."""
    found = None
    for directory in dirs:
        path = directory / name
        if path.is_file() and path.suffix.lower() in DOCUMENT_SUFFIXES:
            if found is not None:
                raise DistrictsError(f"{path}: another folder has a document of the same name")
            found = path, load_sources(directory).get(name)
    return found


def _input_key(dirs: list[Path], name: str, directory: Path | None = None) -> str:
    """The manifest's name of an input, as a full build writes it (build._manifest)."""
    if directory is None:
        found = _find(dirs, name)
        directory = found[0].parent if found else dirs[-1]
    return name if directory == dirs[0] else f"{directory.name}/{name}"


def _documents_table(
    old: pa.Table | None, changed: list[str], new_rows: list[dict[str, object]]
) -> pa.Table:
    """The documents table with the rows of ``changed`` replaced by ``new_rows``, by name (as
    a full build orders it)."""
    parts = [store.arrow_table(DOCUMENT_COLUMNS, _texts(new_rows))]
    if old is not None:
        parts.insert(0, store.rows_not_in(_with_columns(old, DOCUMENT_COLUMNS), "doc", changed))
    table = pa.concat_tables(parts)
    return table.take(pc.sort_indices(table, sort_keys=[("doc", "ascending")]))


def _indicators_table(
    old: pa.Table | None, groups: set[tuple[str, str, str]], new_rows: list[dict[str, object]]
) -> pa.Table:
    """The indicators table with the rows of the (indicator, district, year) ``groups``
    replaced by ``new_rows``, in a full build's order (district, indicator, year, period)."""
    parts = [store.arrow_table(INDICATOR_COLUMNS, _texts(new_rows))]
    if old is not None:
        table = _with_columns(old, INDICATOR_COLUMNS)
        keys = pa.array(sorted(_SEP.join(group) for group in groups), pa.string())
        parts.insert(0, table.filter(pc.invert(pc.is_in(_group_keys(table), value_set=keys))))
    table = pa.concat_tables(parts)
    order = [(column, "ascending") for column in ("district", "indicator", "year", "period")]
    return table.take(pc.sort_indices(table, sort_keys=order))


def _with_columns(table: pa.Table, columns: tuple[str, ...]) -> pa.Table:
    """``table`` with exactly ``columns``, in order; a column a store of an earlier version
    lacks is empty, as the row dictionaries of an update had it."""
    blank = pa.array([""] * len(table), pa.string())
    return pa.table({c: table[c] if c in table.column_names else blank for c in columns})


def _texts(rows: list[dict[str, object]]) -> list[dict[str, str]]:
    return [{key: store.cell_text(value) for key, value in row.items()} for row in rows]


def _districts(
    out_dir: Path,
    manifest: dict,
    named: set[str],
    catalog: Catalog,
    files: dict[str, bytes],
    dropped: dict[str, bytes],
) -> list[str]:
    """The registry's districts any document (``named``: their district column) or mention is
    about (as build._districts_found), read from the partitions' district column only."""
    found = {district for district in named if district}
    known = [district.name for district in catalog.districts]
    if set(known) <= found:
        return known
    import pyarrow.parquet as pq

    for name in store.listed(manifest, store.BY_DOCUMENT):
        if name not in dropped:
            found |= set(
                pq.read_table(out_dir / name, columns=["district"])["district"].to_pylist()
            )
    for name, content in files.items():
        if name.startswith(store.BY_DOCUMENT):
            found |= set(
                pq.read_table(pa.BufferReader(content), columns=["district"])[
                    "district"
                ].to_pylist()
            )
    return [name for name in known if name in found]


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).replace(microsecond=0).isoformat()


def update_corpus(changed: list[str], out_dir: Path | None = None) -> UpdateResult:
    """After ``districts add``/``remove`` (or the add page): the corpus's tables, patched for
    the documents named ``changed``, with the per-document cache."""
    from districts import paths
    from districts.tables.corpus import corpus_dirs

    return update(corpus_dirs(), out_dir or paths.DATA_DIR, changed=changed, cache=DocumentCache())


def cache_documents(dirs: list[Path], names: list[str], cache_dir: Path) -> None:
    """Read the stored documents ``names`` and put their facts in the document cache at
    ``cache_dir``, under exactly the keys an update or build of ``dirs`` looks up.

    For a caller that reads in another process: the dashboard runs this in its limited child
    (tables/isolated.py), so the server's update of the same documents only reads the cache
    and never parses or extracts a stranger's document itself. Example:
    ``cache_documents(corpus_dirs(), ["b.txt"], DEFAULT_CACHE_DIR)`` before
    ``update_corpus(["b.txt"])``.
    """
    pipeline = Pipeline.from_data()
    cache = DocumentCache(cache_dir)
    for name in names:
        found = _find(dirs, name)
        if found is not None:
            path, known = found
            _process(path, _resolved(path, known, pipeline), pipeline, cache)
