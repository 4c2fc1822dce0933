"""What the dashboard shows, as plain tables: loading the built tables and selecting from them.

No Streamlit here: the pages call these functions, and so do the tests and the snapshot export,
so a chart and its table view are built from the same selection and never drift apart.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from districts import paths
from districts.catalog import Catalog, Indicator, load_catalog
from districts.errors import DistrictsError
from districts.facts.extract import QUALIFIER_RANK
from districts.facts.mentions import MENTION_COLUMNS
from districts.facts.numbers import multiplier_word
from districts.facts.timeframe import ANNUAL, SPAN
from districts.present.comparison import value_level, value_scopes
from districts.tables import store

DEFAULT_DATA_DIR = paths.DATA_DIR
TABLE_NAMES = ("indicators", "coverage", "mentions", "documents")
THEMES = ("ecology", "industry", "resilience")


class TablesError(DistrictsError):
    """The built tables are missing or unreadable."""


class StaleTablesError(TablesError):
    """A file of the tables is missing or is not the one the manifest names (a newer set was
    being published while it was read, or a build was interrupted): load_tables reads again
    once the manifest is replaced."""


@dataclass(frozen=True)
class Tables:
    indicators: pd.DataFrame
    coverage: pd.DataFrame
    mentions: pd.DataFrame | MentionStore  # a store reads a page's worth (see MentionStore)
    documents: pd.DataFrame
    manifest: dict
    catalog: Catalog

    @functools.cached_property
    def annual(self) -> pd.DataFrame:
        """indicators.csv rows of whole years: what comparisons use (a half-year or a
        five-year total is shown as what it is, never beside an annual value)."""
        rows = self.indicators
        if "period" in rows.columns:  # tables built before periods: all annual
            rows = rows[rows["period"] == ANNUAL]
        rows = rows.copy()
        rows["resolved_year"] = resolved_years(rows)
        return rows

    @functools.cached_property
    def content_keys(self) -> dict[tuple, str]:
        """content_key's answers for these tables (asked by every chart on every rerun)."""
        return {}

    @functools.cached_property
    def indicator_records(self) -> IndicatorRecords:
        """Annual indicators.csv rows by indicator id, as plain records (read often)."""
        return IndicatorRecords(self.annual)

    @functools.cached_property
    def sentences(self) -> dict[tuple[str, int], str]:
        """(doc, start) → the sentence a fact was read from (mentions.csv)."""
        return {
            (row["doc"], int(row["start"])): row["sentence"]
            for row in all_mentions(self).to_dict("records")
            if str(row.get("start", "")).isdigit()
        }

    @functools.cached_property
    def document_records(self) -> DocumentRecords:
        """doc → its documents.csv row as a plain record (every chart's source line and
        every table row looks one up: a scan of 10,000 documents each time was the cost)."""
        return DocumentRecords(self.documents)

    @functools.cached_property
    def titles(self) -> dict[str, tuple[str, str]]:
        """doc → (title, date). Column by column, each column made a list first: at 100,000
        documents a record per row took seconds on the first page after every add, and so
        did stepping through Arrow-backed columns one cell at a time."""
        docs = self.documents
        columns = (docs[name].tolist() for name in ("doc", "title", "date"))
        return {doc: (title or doc, date) for doc, title, date in zip(*columns, strict=True)}


class IndicatorRecords:
    """indicator id → its annual rows as plain records, made when first asked for: a page
    shows a few indicators' charts, and every row of the table as a record was seconds of the
    first page after every add at 10,000 documents (and ten times that at 100,000)."""

    def __init__(self, annual: pd.DataFrame) -> None:
        self._annual = annual
        self._positions = annual.groupby("indicator", sort=False).indices if len(annual) else {}
        self._made: dict[str, list[dict]] = {}

    def get(self, indicator_id: str, default: list[dict] | None = None) -> list[dict]:
        if indicator_id not in self._made:
            positions = self._positions.get(indicator_id)
            if positions is None:
                return [] if default is None else default
            self._made[indicator_id] = self._annual.iloc[positions].to_dict("records")
        return self._made[indicator_id]


class DocumentRecords:
    """doc → its documents.csv row as a plain record, made when first asked for (a chart's
    source line asks for a few of 100,000 documents; every row as a record cost seconds on
    the first page after every add). The first row of a document, as a scan would find."""

    def __init__(self, documents: pd.DataFrame) -> None:
        self._documents = documents
        positions = (~documents["doc"].duplicated(keep="first")).to_numpy().nonzero()[0]
        docs = documents["doc"].to_numpy()[positions]
        self._position = dict(zip(docs.tolist(), positions.tolist(), strict=True))
        self._made: dict[str, dict] = {}

    def get(self, doc: str, default: dict | None = None) -> dict | None:
        if doc not in self._made:
            position = self._position.get(doc)
            if position is None:
                return default
            self._made[doc] = self._documents.iloc[position].to_dict()
        return self._made[doc]


def manifest_key(data_dir: Path = DEFAULT_DATA_DIR) -> str:
    """Changes whenever a build writes new tables (the cache key of the loaded tables)."""
    path = data_dir / "manifest.json"
    try:
        info = path.stat()
    except OSError:
        return ""
    # Every cached view asks for the key (15 times a rerun), and at 10,000 documents the
    # manifest lists every partition: hashing it each time was a third of a warm theme page.
    # A build publishes the manifest by renaming a new file over it, which changes the inode
    # and the modification time, so the file is read again only when it was replaced.
    signature = (info.st_ino, info.st_mtime_ns, info.st_size)
    known = _MANIFEST_KEYS.get(path)
    if known is not None and known[0] == signature:
        return known[1]
    try:
        key = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""
    _MANIFEST_KEYS[path] = (signature, key)
    return key


_MANIFEST_KEYS: dict[Path, tuple[tuple[int, int, int], str]] = {}


class MentionStore:
    """The mentions of a build, read from its Parquet store a page's worth at a time (one
    document's partition, one indicator's file) instead of loaded whole: at 100,000 documents
    they are millions of rows. ``frame`` loads them all (for tests and small tables)."""

    def __init__(self, data_dir: Path, manifest: dict) -> None:
        self.data_dir, self.manifest = data_dir, manifest

    def _read(self, name: str) -> pa.Table:
        path = self.data_dir / name
        expected = self.manifest.get("tables", {}).get(name)
        try:
            if expected and not name.startswith(f"{store.BY_DOCUMENT}/"):
                return _read_store_file(str(path), expected)
            return store.read_table(path, expected)
        except ValueError as error:
            raise TablesError(f"{path}: {error}") from error

    def _columns(self, name: str, columns: list[str]) -> pa.Table:
        """Only ``columns`` of a store file (those it has), checked against the manifest: what
        a question about every file of a theme reads, not kept in the cache of tables."""
        path = self.data_dir / name
        try:
            return store.read_table(
                path, self.manifest.get("tables", {}).get(name), columns, present=True
            )
        except ValueError as error:
            raise TablesError(f"{path}: {error}") from error

    def documents_in(self, name: str) -> tuple[str, ...]:
        """The documents whose facts a store file holds, read from its ``doc`` column alone:
        a view's key asks this of every file of a theme, most of which no chart on the first
        screen shows, and a whole read would decode their quotes and fill the cache of
        tables with them (at 100,000 documents more than it holds, so the charts' own reads
        then missed it)."""
        return tuple(sorted(pc.unique(self._columns(name, ["doc"])["doc"]).to_pylist()))

    def _concat(self, names: list[str], order: str = "") -> pd.DataFrame:
        """The files' rows as one frame (sorted by the column ``order``, stably, when given:
        in Arrow, before the frame exists, which sorts millions of rows in a fraction of
        the time pandas takes over Arrow-backed text columns)."""
        tables = [self._read(name) for name in names]
        if not tables:
            return _typed(
                pd.DataFrame({column: pd.Series(dtype=str) for column in MENTION_COLUMNS})
            )
        # One Arrow table of contiguous columns, then one frame: a frame concatenated from
        # hundreds of partitions keeps their chunks, and every filter of it then pays a take
        # over all of them (seconds per page at 100,000 documents).
        table = pa.concat_tables(tables, promote_options="default").combine_chunks()
        if order:
            table = table.take(pc.sort_indices(table, sort_keys=[(order, "ascending")]))
        return _typed(table.to_pandas())

    @functools.cached_property
    def _listing(self) -> dict[tuple[str, str], list[str]]:
        # at 100,000 documents the manifest names thousands of files, and a theme page asks
        # for a hundred of them: one index instead of a scan of the manifest per file
        return store.listing(self.manifest)

    def _files(self, folder: str, stems: Iterable[str]) -> list[str]:
        return [name for stem in stems for name in self._listing.get((folder, stem), [])]

    def _stems(self, folder: str, prefixes: tuple[str, ...] = ("",)) -> list[str]:
        """The stems of ``folder``'s files that start with one of ``prefixes``, in order."""
        return sorted(
            stem for where, stem in self._listing if where == folder and stem.startswith(prefixes)
        )

    def of_document(self, doc: str) -> pd.DataFrame:
        stem = store.bucket_stem(store.bucket_of(doc))
        frame = self._concat(self._files(store.BY_DOCUMENT, [stem]))
        return frame[frame["doc"] == doc]

    def of_indicator(self, indicator_id: str, districts: list[str] | None = None) -> pd.DataFrame:
        """The indicator's mentions (of the districts' partitions only, when given)."""
        if districts is None:
            stems = self._stems(store.BY_INDICATOR, (f"{indicator_id}~",))
        else:
            stems = sorted({store.indicator_stem(indicator_id, district) for district in districts})
        return self._concat(self._files(store.BY_INDICATOR, stems))

    def spans_of(self, indicator_ids: Iterable[str], districts: list[str]) -> pd.DataFrame:
        """The indicators' mentions of a period over several years (SPAN), of the districts:
        filtered in Arrow, file by file, before any frame (a theme's hundred files hold
        every mention of its indicators; the totals over years are a few of them)."""
        stems = sorted(
            {store.indicator_stem(i, district) for i in indicator_ids for district in districts}
        )
        wanted = pa.array(districts, type=pa.string())

        def of_a_span(table: pa.Table) -> pa.Array:
            return pc.and_(
                pc.equal(table["period"], SPAN), pc.is_in(table["district"], value_set=wanted)
            )

        kept = []
        for name in self._files(store.BY_INDICATOR, stems):
            # Two columns first: one file in fifty holds such a total, and decoding the
            # others' quotes whole cost most of a theme page's first render.
            columns = self._columns(name, ["period", "district"])
            if "period" not in columns.column_names:
                continue  # tables built before periods: every value annual
            if not pc.any(of_a_span(columns)).as_py():
                continue
            table = self._read(name)
            kept.append(table.filter(of_a_span(table)))
        if not kept:
            return self._concat([])
        table = pa.concat_tables(kept, promote_options="default").combine_chunks()
        return _typed(table.to_pandas())

    def unmapped(self, theme: str, districts: list[str]) -> pd.DataFrame:
        """The theme's mentions that name no indicator, of the districts' partitions."""
        prefixes = tuple({store.unmapped_prefix(theme, district) for district in districts})
        return self._concat(self._files(store.UNMAPPED, self._stems(store.UNMAPPED, prefixes)))

    def document_partitions(
        self, columns: list[str]
    ) -> Iterator[tuple[str, Callable[[], pa.Table]]]:
        """(digest, a function that reads the table) of each document partition, read with only
        ``columns`` (those the file has): the digest names the partition's content, so what is
        worked out from a partition may be kept under it across adds, which rewrite one
        partition, and a caller that kept it reads only the others."""
        for name in self._files(store.BY_DOCUMENT, self._stems(store.BY_DOCUMENT)):
            expected = self.manifest.get("tables", {}).get(name, "")
            yield expected, functools.partial(self._columns, name, columns)

    @functools.cached_property
    def frame(self) -> pd.DataFrame:
        stems = self._stems(store.BY_DOCUMENT)
        return self._concat(self._files(store.BY_DOCUMENT, stems), order="doc")

    def __len__(self) -> int:
        return len(self.frame)


# The decompressed store files ``_read_store_file`` keeps, in bytes (``pa.Table.nbytes``): a
# count of files bounded nothing, since at 100,000 documents the indicators' and themes' files
# together hold every mention (millions of rows, gigabytes), and the dashboard's process would
# end up holding them all. 512 MiB holds the files of many pages on a machine staff share.
STORE_CACHE_BYTES = 512 * 2**20

_store_cache: OrderedDict[tuple[str, str], pa.Table] = OrderedDict()
_store_cache_bytes = 0
# Streamlit renders sessions in threads: the order and the byte count change together
_store_cache_lock = threading.Lock()


def _read_store_file(path: str, expected: str) -> pa.Table:
    """A small store file (an indicator's or a theme's share, not a document partition) read
    once per name and digest: store files are named by their content and never change in
    place, so after an add, which writes a few new files, the pages read only those again and
    take the others, unchanged, from here (at 100,000 documents a theme page reads a hundred).
    The least recently used go once the tables held pass ``STORE_CACHE_BYTES``; a file larger
    than that alone is read and not kept."""
    global _store_cache_bytes
    key = (path, expected)
    with _store_cache_lock:
        if key in _store_cache:
            _store_cache.move_to_end(key)
            return _store_cache[key]
    table = store.read_table(Path(path), expected)
    size = table.nbytes
    if size > STORE_CACHE_BYTES:
        return table
    with _store_cache_lock:
        if key not in _store_cache:  # another thread may have read it meanwhile
            _store_cache[key] = table
            _store_cache_bytes += size
        _store_cache.move_to_end(key)
        while _store_cache_bytes > STORE_CACHE_BYTES:
            _, oldest = _store_cache.popitem(last=False)
            _store_cache_bytes -= oldest.nbytes
    return table


def mention_frame(table: pa.Table) -> pd.DataFrame:
    """Mentions read from the store as a frame, typed as ``_typed`` says."""
    return _typed(table.to_pandas())


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Text cells as read from CSV, numbers as numbers, tables before periods as annual.
    Values are float64 whatever the cells hold: a part whose values are all whole numbers
    would read as int64, and concatenated with another part as objects."""
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce").astype("float64")
    if "period" not in frame.columns:
        frame["period"] = ANNUAL
    return frame


def _checked_bytes(path: Path, manifest: dict) -> bytes:
    """The content of a CSV table, which must be the one the manifest lists (``mentions.csv``,
    millions of rows at scale, is left to its download: hashing it would cost seconds on every
    load)."""
    try:
        content = path.read_bytes()
    except OSError as error:
        raise StaleTablesError(f"{path}: cannot be read ({error.strerror})") from error
    expected = manifest.get("tables", {}).get(path.name)
    if expected and hashlib.sha256(content).hexdigest() != expected:
        raise StaleTablesError(
            f"{path}: does not match manifest.json (a build was interrupted or the file was edited)"
        )
    return content


def content_key(
    tables: Tables,
    districts: Iterable[str],
    indicators: Iterable[str] = (),
    unmapped_themes: Iterable[str] = (),
) -> str:
    """What a view of the districts reads, named by content: the store files of the
    indicators' partitions of those districts (and of the themes' facts in no chart), with the
    code and catalog that made them, and the titles and dates of the documents those files hold.
    The store names its files by their content, and the values a chart shows are chosen from
    its indicator's facts and their documents' dates alone: a view cached under this key stays
    right after an add that leaves those files alone, which is most views, where a key of the
    whole manifest made every page start from nothing after every add. Tables without a store
    (CSV): the manifest's key.
    """
    manifest = tables.manifest
    districts, indicators, unmapped_themes = (
        tuple(districts),
        tuple(indicators),
        tuple(unmapped_themes),
    )
    question = (districts, indicators, unmapped_themes)
    known = tables.content_keys.get(question)
    if known is not None:
        return known
    if not is_store(tables.mentions):
        key = tables.content_keys[question] = manifest_key_of(manifest)
        return key
    listing = tables.mentions._listing
    names: set[str] = set()
    for indicator_id in indicators:
        for district in districts:
            stem = store.indicator_stem(indicator_id, district)
            names.update(listing.get((store.BY_INDICATOR, stem), ()))
    prefixes = tuple(
        store.unmapped_prefix(theme, district)
        for theme in unmapped_themes
        for district in districts
    )
    if prefixes:
        names.update(
            name
            for (folder, stem), found in listing.items()
            if folder == store.UNMAPPED and stem.startswith(prefixes)
            for name in found
        )
    # A document's title and date are no part of its facts' files, yet a view shows them and
    # the date decides which value is the newest: a document added again under its old name
    # with the same facts but a corrected date or title must not find the old view.
    titles = tables.titles
    docs = sorted({doc for name in names for doc in _docs_in(tables.mentions, name)})
    described = ["\t".join((doc, *titles.get(doc, (doc, "")))) for doc in docs]
    made_by = [str(manifest.get(field, "")) for field in ("package_version", "pipeline", "catalog")]
    key = hashlib.sha256(
        "\n".join([*made_by, *sorted(names), *described]).encode("utf-8")
    ).hexdigest()
    tables.content_keys[question] = key
    return key


# The documents in each store file, by the file's name (named by its content): what
# content_key asks of every file a view reads, on every rerun.
_DOCS_IN: dict[str, tuple[str, ...]] = {}
_DOCS_IN_SIZE = 8192
_docs_in_lock = threading.Lock()


def _docs_in(mentions: MentionStore, name: str) -> tuple[str, ...]:
    with _docs_in_lock:
        found = _DOCS_IN.get(name)
    if found is None:
        found = mentions.documents_in(name)
        with _docs_in_lock:
            if len(_DOCS_IN) >= _DOCS_IN_SIZE:
                _DOCS_IN.clear()
            _DOCS_IN[name] = found
    return found


def manifest_key_of(manifest: dict) -> str:
    """A key of a whole manifest (what CSV tables' views are cached under)."""
    return hashlib.sha256(json.dumps(manifest, sort_keys=True).encode("utf-8")).hexdigest()


# How long a reader that met a file of the next set waits for that set's manifest. A writer
# renames its staged files and then the manifest, milliseconds apart; the wait only has to
# outlast a busy machine's pause between two renames.
NEXT_SET_WAIT_S = 2.0


def load_tables(data_dir: Path = DEFAULT_DATA_DIR) -> Tables:
    """The built tables, checked against the manifest written last by the build: the Parquet
    store when the build wrote one (the mentions read a page at a time), else the CSV files.

    A writer publishes its files first and the manifest last, so a reader can meet a file of
    the next set under the manifest of the one before: the dashboard's page that runs right
    after an add does, while the add's export renames the new CSV files into place. Such a
    reader waits for the new manifest and reads the set again. A file that still does not
    match once the manifest has stayed the same is a real problem (a build stopped between
    its renames, a file edited by hand), and its message says so. Any other problem (a broken
    catalog, an unreadable table) is said at once. (The dashboard caches what this returns under
    the key it asked with; after such a wait the run's later lookups, keyed on the new manifest,
    read the new set once more: a second load in a rare race, not a wrong table.)"""
    path = data_dir / "manifest.json"
    while True:
        signature = _file_signature(path)
        try:
            return _load_set(data_dir)
        except StaleTablesError:
            # Only a file not of this set waits: a broken catalog or an unreadable table is
            # said at once. No manifest: nothing was built (a rename never empties the name).
            if signature is None or not _replaced_within(path, signature, NEXT_SET_WAIT_S):
                raise


def _file_signature(path: Path) -> tuple[int, int, int] | None:
    """What changes when a file is replaced by a rename (as manifest_key reads it)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_ino, info.st_mtime_ns, info.st_size)


def _replaced_within(path: Path, signature: tuple[int, int, int] | None, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if _file_signature(path) != signature:
            return True
        time.sleep(0.02)
    return _file_signature(path) != signature


def _load_set(data_dir: Path) -> Tables:
    """One reading of the tables against the manifest on disk now."""
    try:
        manifest = json.loads((data_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise TablesError(f"{data_dir / 'manifest.json'}: cannot be read ({error})") from error
    if store.listed(manifest, store.STORE):
        frames: dict[str, object] = {}
        for name in store.SMALL_TABLES:
            found = store.listed(manifest, store.STORE, name)
            path = data_dir / (found[0] if found else f"{store.STORE}/{name}.parquet")
            try:
                table = store.read_table(path, manifest["tables"].get(found[0] if found else ""))
            except store.NotOfThisSet as error:
                raise StaleTablesError(f"{path}: {error}") from error
            except ValueError as error:
                raise TablesError(f"{path}: {error}") from error
            frames[name] = table.to_pandas()
        frames["indicators"] = _typed(frames["indicators"])  # type: ignore[arg-type]
        for name in store.SMALL_TABLES:  # the exports the pages offer must be of this set
            _checked_bytes(data_dir / f"{name}.csv", manifest)
        frames["mentions"] = MentionStore(data_dir, manifest)
        return Tables(catalog=_catalog(data_dir), manifest=manifest, **frames)  # type: ignore[arg-type]
    frames = {}
    for name in TABLE_NAMES:
        path = data_dir / f"{name}.csv"
        content = _checked_bytes(path, manifest)
        try:
            frames[name] = pd.read_csv(
                io.BytesIO(content), encoding="utf-8-sig", dtype=str, keep_default_na=False
            )
        except (ValueError, pd.errors.ParserError) as error:
            raise TablesError(f"{path}: is not a readable table ({error})") from error
    required = {"district", "indicator", "value", "year", "qualifier", "doc", "quote"}
    if not required <= set(frames["indicators"].columns):
        raise TablesError(f"{data_dir / 'indicators.csv'}: columns are missing")
    for name in ("indicators", "mentions"):
        frames[name]["value"] = pd.to_numeric(frames[name]["value"], errors="coerce")
        if "period" not in frames[name].columns:  # tables built before periods: all annual
            frames[name]["period"] = ANNUAL
    return Tables(catalog=_catalog(data_dir), manifest=manifest, **frames)


def _catalog(data_dir: Path) -> Catalog:
    """The catalog, read again only when one of its files changed: every add gives the
    dashboard new tables, and parsing the catalogs' YAML was half a second of the first page
    after each. Keyed on the files' bytes (the staff's curation file included)."""
    from districts.catalog import CATALOG_FILES
    from districts.curation import user_catalog_path

    try:
        paths = [Path(data_dir) / name for name in CATALOG_FILES]
        user = user_catalog_path(data_dir)
        contents = [path.read_bytes() for path in paths]
        contents.append(user.read_bytes() if user.is_file() else b"")
    except OSError:
        contents = []  # load_catalog names the file and the problem
    key = (str(data_dir), hashlib.sha256(b"\0".join(contents)).hexdigest()) if contents else None
    with _catalog_lock:
        if key is not None and key in _catalogs:
            return _catalogs[key]
    try:
        catalog = load_catalog(data_dir)
    except DistrictsError as error:
        raise TablesError(str(error)) from error
    if key is not None:
        with _catalog_lock:
            _catalogs.clear()  # the last catalog only: one dashboard, one data folder
            _catalogs[key] = catalog
    return catalog


_catalogs: dict[tuple[str, str], Catalog] = {}
_catalog_lock = threading.Lock()


def districts_in(tables: Tables) -> list[str]:
    """Every district of the registry, in its order (names, not codes): a district no
    document reports on is still selectable, and shows 未报告 rather than vanishing."""
    return [d.name for d in tables.catalog.districts]


def default_districts(tables: Tables) -> list[str]:
    """The districts the documents are about (the seeds' four, to begin with)."""
    main = set(tables.documents["district"])
    return [d.name for d in tables.catalog.districts if d.name in main]


def resolved_year(record: dict) -> str:
    """The year a value is of: the year its text states, else the year of its document's
    date (a value "as of 2023-07" is of 2023), else ''. The year filter, the "years differ"
    footnote and the refusal to sort all use this, so they agree. Example:
    {"year": "", "as_of": "2023-07"} → "2023"."""
    year = record.get("year")
    if isinstance(year, str) and year:
        return year
    as_of = record.get("as_of")
    if isinstance(as_of, str) and as_of[:4].isdigit():
        return as_of[:4]
    return ""


def resolved_years(rows: pd.DataFrame) -> pd.Series:
    """``resolved_year`` of every row, column-wise (the same answers, without a record per
    row: at 100,000 documents the indicator table has tens of thousands of rows)."""
    if rows.empty:
        return pd.Series([], index=rows.index, dtype=object)
    stated = rows["year"] if "year" in rows.columns else pd.Series("", index=rows.index)
    stated = stated.where(stated.map(lambda year: isinstance(year, str)), "").fillna("")
    as_of = rows["as_of"] if "as_of" in rows.columns else pd.Series("", index=rows.index)
    as_of = as_of.where(as_of.map(lambda date: isinstance(date, str)), "").fillna("").str[:4]
    dated = as_of.where(as_of.str.isdigit(), "")
    return stated.where(stated != "", dated).astype(object)


def years_in(tables: Tables) -> list[str]:
    """The years values are of (stated or from the document's date), newest first."""
    # the distinct years first: every page's sidebar asks, and iterating the column's 100,000
    # cells at 10,000 documents was a tenth of a page's rerun
    distinct = tables.annual["resolved_year"].dropna().unique()
    return sorted({str(y) for y in distinct if y}, reverse=True)


def hidden_by_year(tables: Tables, districts: list[str], year: str, theme: str = "") -> int:
    """How many annual values of ``districts`` (of ``theme``) a year filter hides."""
    if not year:
        return 0
    rows = tables.annual[tables.annual["district"].isin(districts)]
    if theme:
        rows = rows[rows["theme"] == theme]
    return int((rows["resolved_year"] != year).sum())


def indicator_values(
    tables: Tables, indicator_id: str, districts: list[str], year: str = ""
) -> pd.DataFrame:
    """One row per district in ``districts`` (order kept) for one indicator.

    ``year`` empty: each district's latest value. A district without a value has
    ``status = not_reported`` and an empty value; it is never dropped and never 0.
    """
    by_district: dict[str, list[dict]] = {}
    for record in tables.indicator_records.get(indicator_id, []):
        if not year or record["resolved_year"] == year:
            by_district.setdefault(record["district"], []).append(record)
    out = []
    sentences: dict[tuple[str, int], str] | None = None
    for district in districts:
        candidates = by_district.get(district)
        if not candidates:
            out.append({"district": district, "status": "not_reported"})
            continue
        # The latest reported value; a goal only when nothing was reported (a 2025 target
        # must not hide the 2020 result).
        best = min(
            candidates,
            key=lambda r: (
                r["qualifier"] == "target",
                _descending(r["as_of"]),
                QUALIFIER_RANK.get(r["qualifier"], 3),
            ),
        )
        title, date = tables.titles.get(best["doc"], (best["doc"], ""))
        if sentences is None:
            sentences = _sentences_of(tables, indicator_id, districts)
        sentence = sentences.get((best["doc"], int(best["start"])), "")
        out.append(
            {
                "district": district,
                "status": "reported",
                "value": float(best["value"]),
                "year": best["year"],
                "period": best.get("period", ANNUAL),
                "year_from": best.get("year_from", ""),
                "year_to": best.get("year_to", ""),
                "as_of": best["as_of"],
                "qualifier": best["qualifier"],
                "as_written": best["as_written"],
                "quote": best["quote"],
                "doc": best["doc"],
                "doc_title": title,
                "doc_date": date,
                "start": int(best["start"]),
                "end": int(best["end"]),
                "conflict": best["conflict"] == "true",
                "sentence": sentence,
                "scope": ",".join(value_scopes(sentence, best["quote"])),
                "level": value_level(best["quote"]),
            }
        )
    return pd.DataFrame(out, columns=VALUE_COLUMNS)


VALUE_COLUMNS = (
    "district", "status", "value", "year", "period", "year_from", "year_to", "as_of", "qualifier",
    "as_written", "quote", "doc", "doc_title", "doc_date", "start", "end", "conflict",
    "sentence", "scope", "level",
)  # fmt: skip


def other_years(
    tables: Tables, indicator_id: str, districts: list[str], year: str
) -> dict[str, list[tuple[str, str]]]:
    """Under a year filter, the districts that have no value of ``year`` for the indicator but
    have annual values of other years: district → their (year, as_of) pairs, newest first (year
    '' when only the document's date is known). They did report, so a chart must not call
    them "not reported"."""
    if not year:
        return {}
    found: dict[str, set[tuple[str, str]]] = {}
    for record in tables.indicator_records.get(indicator_id, []):
        if record["district"] in districts:
            when = (record["year"], "" if record["year"] else record["as_of"])
            found.setdefault(record["district"], set()).add(when)
    return {
        district: sorted(pairs, key=lambda p: p[0] or p[1], reverse=True)
        for district, pairs in found.items()
        if all((y or a[:4]) != year for y, a in pairs)
    }


def part_year_values(
    tables: Tables, districts: list[str], theme: str, year: str = "", search: str = ""
) -> pd.DataFrame:
    """The values of ``theme`` that cover less or more than one whole year (上半年, 1—8月,
    2021—2024年累计), for the districts: shown as what they are, beside no annual value.
    ``year`` keeps the values of that year (a span: the spans that include it)."""
    rows = tables.indicators
    if "period" not in rows.columns:
        return rows.iloc[0:0]
    rows = rows[(rows["period"] != ANNUAL) & rows["district"].isin(districts)]
    rows = rows[rows["theme"] == theme]
    spans = span_totals(tables, districts, theme)
    if not spans.empty:
        rows = pd.concat([rows, spans], ignore_index=True)
    if year:
        # A boolean Series, not a list: an empty list would select no columns instead of no rows.
        keep = [_covers(record, year) for record in rows.to_dict("records")]
        rows = rows[pd.Series(keep, index=rows.index, dtype=bool)]
    if search:
        wanted = {i.id for i in tables.catalog.indicators_by_theme(theme) if matches(i, search)}
        rows = rows[rows["indicator"].isin(wanted)]
    order = {d: n for n, d in enumerate(districts)}
    return rows.sort_values(
        by=["indicator", "district"], key=lambda c: c.map(order) if c.name == "district" else c
    )


def span_totals(tables: Tables, districts: list[str], theme: str) -> pd.DataFrame:
    """The totals over several years (2021—2024年累计固定资产投资) of ``theme``'s indicators
    that the districts report. No value of an annual measure, so the indicator table leaves
    them out of every chart (build.period_on_charts); the page lists them from the facts, as
    what they are. A total several documents state is listed once."""
    from districts.tables.build import period_on_charts

    ids = [indicator.id for indicator in tables.catalog.indicators_by_theme(theme)]
    if is_store(tables.mentions):
        facts = tables.mentions.spans_of(ids, districts)
    else:
        facts = tables.mentions[tables.mentions["indicator"].isin(ids)]
        if not facts.empty:
            facts = facts[(facts["period"] == SPAN) & facts["district"].isin(districts)]
    if facts.empty:
        return facts
    records = [
        {**fact, "theme": theme}
        for fact in facts.to_dict("records")
        if period_on_charts(fact, tables.catalog) == SPAN
    ]
    if not records:
        return pd.DataFrame()
    same = ["district", "indicator", "value", "unit", "year_from", "year_to"]
    return pd.DataFrame(records).drop_duplicates(subset=same, ignore_index=True)


def _covers(record: dict, year: str) -> bool:
    """Whether a value's period includes ``year`` (a span 2021—2024 includes 2023)."""
    if record.get("year") == year or resolved_year(record) == year:
        return True
    first, last = str(record.get("year_from", "")), str(record.get("year_to", ""))
    return first.isdigit() and last.isdigit() and int(first) <= int(year) <= int(last)


def _descending(as_of: str) -> tuple[int, ...]:
    parts = [int(p) for p in as_of.split("-") if p.isdigit()]
    return tuple(-p for p in parts) or (0,)


def indicators_for_theme(
    tables: Tables, theme: str, districts: list[str], year: str = "", search: str = ""
) -> tuple[list[Indicator], list[Indicator]]:
    """(shared, single): indicators of ``theme`` that two or more of ``districts`` report, and
    those only one of them reports, in catalog order, filtered by ``search``."""
    rows = tables.annual[tables.annual["district"].isin(districts)]
    if year:
        rows = rows[rows["resolved_year"] == year]
    reporters = rows.groupby("indicator")["district"].nunique().to_dict()
    shared, single = [], []
    for indicator in tables.catalog.indicators_by_theme(theme):
        count = reporters.get(indicator.id, 0)
        if not count or not matches(indicator, search):
            continue
        (shared if count >= 2 else single).append(indicator)
    return shared, single


def matches(indicator: Indicator, search: str) -> bool:
    search = search.strip().lower()
    if not search:
        return True
    names = (indicator.id, indicator.name, indicator.name_en.lower(), *indicator.synonyms)
    return any(search in name.lower() for name in names)


def related_present(tables: Tables, indicator: Indicator, districts: list[str]) -> list[Indicator]:
    """The indicator and its related indicators that the districts report (distinct series)."""
    annual = tables.annual  # a part-year value never makes a series of an annual comparison
    reported = set(annual[annual["district"].isin(districts)]["indicator"])
    related = [tables.catalog.indicator_by_id(i) for i in indicator.related if i in reported]
    # One axis per chart: only measures in the same unit share it.
    return [indicator, *[other for other in related if other.unit == indicator.unit]]


def sortable(values: pd.DataFrame) -> bool:
    """Values can be ranked only when they say the same kind of thing: exact, same year,
    same scope and level (see ``sort_refusal``)."""
    reported = values[values["status"] == "reported"]
    return len(reported) >= 2 and not sort_refusal(values)


def sort_refusal(values: pd.DataFrame) -> list[str]:
    """Why ranking these values would mislead: ``years`` (of different years), ``qualifier``
    (a bound, an approximation or a target among them), ``scope`` (a total since a launch
    beside a plan's list), ``level`` (a municipal count beside one of all levels). Empty:
    they can be ranked. Example: 密云 241 (plan, 2021) and 昌平 792 (since launch, 2023) →
    ["years", "scope"]."""
    reported = values[values["status"] == "reported"]
    reasons = []
    if len(value_years(reported)) > 1:
        reasons.append("years")
    if set(reported["qualifier"]) - {"exact"}:
        reasons.append("qualifier")
    if "scope" in reported and len(set(reported["scope"].fillna(""))) > 1:
        reasons.append("scope")
    if "level" in reported and len(set(reported["level"].fillna(""))) > 1:
        reasons.append("level")
    return reasons


def value_years(values: pd.DataFrame) -> set[str]:
    """The years the reported values are of: the year the text states, else the year of the
    document's date (a value "as of 2023-07" is of 2023), so that the footnote's "years differ"
    and the refusal to sort agree whether the year came from the text or from the date."""
    reported = values[values["status"] == "reported"]
    return {resolved_year(row) for row in reported.to_dict("records")}


@dataclass(frozen=True)
class DisplayUnit:
    factor: float  # base units per shown unit
    label: str  # e.g. 亿元, 万人次, %


def display_unit(tables: Tables, indicator: Indicator, values: pd.Series) -> DisplayUnit:
    """The catalog's display unit, else 万/亿 when the numbers are large (as Chinese writes)."""
    largest = values.abs().max() if len(values) else 0
    return display_unit_up_to(tables, indicator, largest)


def display_unit_up_to(tables: Tables, indicator: Indicator, largest: float) -> DisplayUnit:
    """``display_unit`` for values up to ``largest`` in magnitude (one value: its own; a row of
    a long table asks without building a Series for it)."""
    catalog = tables.catalog
    if indicator.display_unit:
        return DisplayUnit(catalog.display_factor(indicator), indicator.display_unit)
    unit = indicator.unit
    if isinstance(largest, float) and math.isnan(largest):
        largest = 0
    if unit not in ("%", "rank") and largest >= 1e8:
        return DisplayUnit(1e8, f"{multiplier_word(1e8)}{unit}")
    if unit not in ("%", "rank") and largest >= 1e5:
        return DisplayUnit(1e4, f"{multiplier_word(1e4)}{unit}")
    return DisplayUnit(1.0, unit)


def is_store(mentions: object) -> bool:
    """Whether ``mentions`` is a store rather than a frame. Asked of the frame's class, not
    the store's: a Streamlit server that reloaded this module after an edit still holds
    tables made with the store class of before."""
    return not isinstance(mentions, pd.DataFrame)


def _sentences_of(
    tables: Tables, indicator_id: str, districts: list[str]
) -> dict[tuple[str, int], str]:
    """(doc, start) → sentence for one indicator's mentions: read from the store's file of
    that indicator, not from every mention (millions at 100,000 documents)."""
    if not is_store(tables.mentions):
        return tables.sentences
    rows = tables.mentions.of_indicator(indicator_id, districts)
    columns = (rows[name].tolist() for name in ("doc", "start", "sentence"))  # not cell by cell
    return {
        (doc, int(start)): sentence
        for doc, start, sentence in zip(*columns, strict=True)
        if str(start).isdigit()
    }


def all_mentions(tables: Tables) -> pd.DataFrame:
    """Every mention as one frame: for what must search them all (the all-facts explorer).
    Pages that show one document or one indicator read only that part of the store."""
    mentions = tables.mentions
    return mentions.frame if is_store(mentions) else mentions


def facts_of_document(tables: Tables, doc: str) -> pd.DataFrame:
    mentions = tables.mentions
    if is_store(mentions):
        facts = mentions.of_document(doc).copy()
    else:
        facts = mentions[mentions["doc"] == doc].copy()
    facts["start"] = facts["start"].astype(int)
    facts["end"] = facts["end"].astype(int)
    return facts.sort_values("start")


def mentions_of_indicator(tables: Tables, indicator_id: str, districts: list[str]) -> pd.DataFrame:
    mentions = tables.mentions
    if is_store(mentions):
        mentions = mentions.of_indicator(indicator_id, districts)
    chosen = mentions[
        (mentions["indicator"] == indicator_id) & mentions["district"].isin(districts)
    ]
    return chosen.sort_values(["district", "year", "doc"])


def most_reported(tables: Tables, districts: list[str], limit: int = 6) -> list[Indicator]:
    """The indicators most of ``districts`` report (annual values), most reporters first, then
    catalog order: what can be compared at all. Only those two or more districts report."""
    rows = tables.annual[tables.annual["district"].isin(districts)]
    reporters = rows.groupby("indicator")["district"].nunique().to_dict()
    ranked = [i for i in tables.catalog.indicators if reporters.get(i.id, 0) >= 2]
    ranked.sort(key=lambda i: -reporters[i.id])  # stable: catalog order among equals
    return ranked[:limit]


def newest_documents(tables: Tables, limit: int = 5) -> pd.DataFrame:
    """The readable documents, newest date first (a document without a date last): what
    changed lately."""
    documents = tables.documents[tables.documents["problem"] == ""].copy()
    documents["_order"] = documents["date"].fillna("")
    documents = documents.sort_values(["_order", "doc"], ascending=[False, True])
    return documents.drop(columns="_order").head(limit)


SUPPORTING_PER_DISTRICT = 5  # sentences per district on the indicator page


def supporting_mentions(
    tables: Tables,
    indicator_id: str,
    districts: list[str],
    per_district: int = SUPPORTING_PER_DISTRICT,
) -> tuple[pd.DataFrame, int]:
    """The newest ``per_district`` mentions of the indicator for each district (in
    ``mentions_of_indicator`` order), and how many there are in all: at 100,000 documents an
    indicator has tens of thousands, more than a page can show."""
    mentions = mentions_of_indicator(tables, indicator_id, districts)
    newest = mentions.sort_values(["year", "doc"], ascending=False, kind="stable")
    shown = newest.groupby("district", sort=False).head(per_district)
    return mentions.loc[mentions.index.isin(shown.index)], len(mentions)
