"""Every fact findable: the all-facts explorer's search, filters and rows, without Streamlit.

A fact that maps to no indicator is still worth seeing, so the explorer reads ``mentions.csv``
(every fact of every document), not the indicator table. The theme pages list their unmapped
facts through ``unmapped_facts``; the explorer page and its downloads through ``fact_rows``.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import inspect
import json
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

from districts.catalog import normalize_name, t2s_triggers
from districts.facts.mentions import MENTION_COLUMNS
from districts.facts.timeframe import ANNUAL
from districts.paths import private_cache_dir, write_private
from districts.present.charts import district_label, when_text
from districts.present.i18n import qualifier_word, t, theme_label, unit_label
from districts.present.views import Tables, all_mentions, is_store, mention_frame

MAPPED_CHOICES = ("all", "mapped", "unmapped")


@dataclass(frozen=True)
class FactFilter:
    """What the explorer shows; an empty tuple means "no filter" on that field."""

    query: str = ""
    districts: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    years: tuple[str, ...] = ()  # "" stands for "year not stated"
    qualifiers: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    mapped: str = "all"  # all | mapped | unmapped | uncharted (no indicator, or a work item)

    def column_filters(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(column, values it must hold) of each column this filter narrows."""
        chosen = (
            ("district", self.districts),
            ("theme", self.themes),
            ("year", self.years),
            ("qualifier", self.qualifiers),
            ("doc", self.docs),
        )
        return tuple((column, values) for column, values in chosen if values)


def fold(text: str) -> str:
    """The form searches compare: NFKC, simplified script, letter case folded, no spaces, so
    ``森林覆蓋率``, ``森林 覆盖率`` and ``森林覆盖率`` are one search. ``fold('GDP')`` → ``gdp``."""
    return "".join(normalize_name(text).split())


def folded(texts: pd.Series) -> pd.Series:
    """``fold`` of every text, column-wise: the explorer's index folds two texts of every
    fact, millions at 100,000 documents, which one call at a time took minutes. NFKC, case
    and spaces are Arrow compute functions; only the texts the Python steps could change
    (a character OpenCC's t2s may convert, or one whose case folds differently from its lower
    case: ß) go through ``fold`` itself, so every text comes out as ``fold`` gives it.

    >>> folded(pd.Series(["森林 覆蓋率", "GDP", "森林覆盖率"])).tolist()
    ['森林覆盖率', 'gdp', '森林覆盖率']
    """
    if texts.empty:
        return texts.astype(object)
    raw = pa.array(texts.astype(str), pa.string())
    normalized = pc.utf8_normalize(raw, "NFKC")
    array = pc.replace_substring_regex(pc.utf8_lower(normalized), _SPACE_RUNS, "")
    result = pd.Series(array.to_pandas(), index=texts.index, dtype=object)
    before, after = _python_fold_class()
    slow = pc.match_substring_regex(normalized, after)
    if before:
        slow = pc.or_(slow, pc.match_substring_regex(raw, before))
    slow = slow.to_numpy(zero_copy_only=False)
    if slow.any():
        result[slow] = [fold(text) for text in texts[slow]]
    return result


# What ``str.split()`` splits on (Arrow's ``\s`` is ASCII whitespace only).
_SPACE_RUNS = (
    r"[\s\x{0b}\x{1c}-\x{1f}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}"
    r"\x{202f}\x{205f}\x{3000}]+"
)


@functools.lru_cache(maxsize=1)
def _python_fold_class() -> tuple[str, str]:
    """``_fold_class_of_this_machine``, kept in the private cache folder under the versions
    it depends on: working it out costs about a second, once per dashboard process, and
    the answer changes only with Python's, Arrow's or OpenCC's Unicode data."""
    folder = private_cache_dir()
    path = folder / f"fold-class.{_fold_version()}.json" if folder else None
    if path is not None:
        try:
            cached = json.loads(path.read_text(encoding="utf-8"))
            before, after = cached["before"], cached["after"]
            if isinstance(before, str) and isinstance(after, str):
                return before, after
        except (OSError, ValueError, KeyError, TypeError):
            pass  # none yet, or unreadable: work it out again
    before, after = _fold_class_of_this_machine()
    if path is not None:
        content = json.dumps({"before": before, "after": after}).encode("utf-8")
        write_private(path, content)
    return before, after


@functools.lru_cache(maxsize=1)
def _fold_version() -> str:
    """What ``fold`` depends on: its code (and ``folded``'s and ``normalize_name``'s), the
    Unicode data of Python and of Arrow, and OpenCC's tables (their package's version, and
    the characters t2s may convert)."""
    try:
        opencc = importlib.metadata.version("opencc-python-reimplemented")
    except importlib.metadata.PackageNotFoundError:
        opencc = "?"
    code = "".join(inspect.getsource(step) for step in (fold, folded, normalize_name))
    parts = (
        str(_FOLD_FORMAT),
        code,
        _SPACE_RUNS,
        unicodedata.unidata_version,
        pa.__version__,
        opencc,
        "".join(sorted(t2s_triggers())),
    )
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


_FOLD_FORMAT = 1  # raise when fold or its cache files change shape


def _fold_class_of_this_machine() -> tuple[str, str]:
    """Regular-expression classes of the characters after which ``folded`` must ask ``fold``:
    ``before``, to match in the text as given, and ``after``, in its NFKC form (Arrow's).

    Arrow's Unicode tables are not Python's: its lower case is not Python's case fold (İ
    folds to ``i`` in Arrow, to ``i̇`` in Python), it knows characters Python's version does
    not (U+A7CB lowers in Arrow only; U+1E030 has an NFKC form in Arrow only). So every code
    point is put through Arrow's NFKC and lower case at once (one call, about a second, once
    per process) and compared with Python's: ``before`` holds those whose NFKC differs
    (matched before Arrow changes them), ``after`` those whose fold differs, those OpenCC's
    t2s may convert, and those that become one when lowered. ``after`` is matched in the
    NFKC form, not the lowered one, so that a character composed by NFKC (``I`` and a
    combining dot above make İ) is seen before Arrow lowers it."""
    chars = [chr(point) for point in range(0x110000) if not 0xD800 <= point < 0xE000]
    arrow_nfkc = pc.utf8_normalize(pa.array(chars, pa.string()), "NFKC")
    arrow_folds = pc.utf8_lower(arrow_nfkc).to_pylist()
    triggers = set(t2s_triggers())
    before, after = set(), set(triggers)
    for char, nfkc, folds in zip(chars, arrow_nfkc.to_pylist(), arrow_folds, strict=True):
        python_nfkc = unicodedata.normalize("NFKC", char)
        if nfkc != python_nfkc:
            before.add(char)
        if folds != python_nfkc.casefold() or char.lower() != char.casefold():
            after.add(char)
        elif not triggers.isdisjoint(folds):
            after.add(char)
    return _regex_class(before), _regex_class(after)


def _regex_class(chars: set[str]) -> str:
    """The characters as one RE2 class, or ``""`` for none (``[]`` is not a valid class).

    >>> print(_regex_class({"b", "a"}))
    [\\x{61}\\x{62}]
    """
    return "[" + "".join(f"\\x{{{ord(c):x}}}" for c in sorted(chars)) + "]" if chars else ""


class FactIndex:
    """Every fact of the tables as the explorer searches them, held in Arrow: the document
    partitions' facts side by side (not copied into one table, not sorted, not made a
    pandas frame), with each row's folded ``haystack`` and whether its indicator is charted.

    At 100,000 documents there are millions of facts. One sorted pandas frame of them took
    35 s and 7.6 GB after every start and every add; a search now filters in Arrow, puts
    only its answer in the explorer's order (``_order``), and a page makes a frame of only
    the rows it shows (``rows``). After an add, only the partition the add rewrote is read
    (``_partition_index``)."""

    def __init__(self, tables: Tables, parts: list[pa.Table]) -> None:
        self.tables = tables
        self.parts = parts
        # one table over the parts' columns, not a copy of them (concatenating chunks copies
        # nothing): what a search filters
        self.facts = pa.concat_tables(parts, promote_options="default")
        self._starts = np.cumsum([0, *(part.num_rows for part in parts)])
        self._order = _order_keys(tables, self.facts)

    def __len__(self) -> int:
        return self.facts.num_rows

    def search(self, wanted: FactFilter) -> np.ndarray:
        """The positions of the facts that match every given filter, in the explorer's order;
        the query's words (split on spaces) must all appear in a fact's term, quote or
        indicator names, in either script. The columns' filters go first: the words are
        looked for only in the texts of the facts those keep."""
        facts = self.facts
        masks = [
            pc.is_in(facts[column], value_set=pa.array(chosen, pa.string()))
            for column, chosen in wanted.column_filters()
        ]
        if wanted.mapped == "mapped":
            masks.append(pc.not_equal(facts["indicator"], ""))
        elif wanted.mapped == "unmapped":
            masks.append(pc.equal(facts["indicator"], ""))
        elif wanted.mapped == "uncharted":
            masks.append(pc.invert(facts["charted"]))
        haystack = facts["haystack"]
        if masks:
            mask = pc.fill_null(functools.reduce(pc.and_kleene, masks), False)
            haystack = pc.filter(haystack, mask)
            positions = pc.indices_nonzero(mask).to_numpy().astype(np.int64)
        else:
            positions = np.arange(len(self), dtype=np.int64)
        for word in wanted.query.split():
            found = pc.fill_null(pc.match_substring(haystack, fold(word)), False)
            haystack = pc.filter(haystack, found)
            positions = positions[found.to_numpy(zero_copy_only=False)]
        return self._order.sorted(positions, len(self))

    def rows(self, positions: np.ndarray) -> pd.DataFrame:
        """The facts at ``positions``, in that order, with the columns the explorer shows
        (``described_facts``'s)."""
        frame = mention_frame(self._take(np.asarray(positions, dtype=np.int64)))
        frame = _with_names(self.tables, frame)
        frame["haystack"] = frame["haystack"].astype(object)
        return frame[[*frame.columns.drop(_LAST_COLUMNS), *_LAST_COLUMNS]]

    def _take(self, positions: np.ndarray) -> pa.Table:
        """The rows at ``positions``, taken part by part: Arrow's take over a table of many
        chunks joins the chunks first (a copy of every fact, most of a second at 100,000
        documents, for a page of 50 rows)."""
        if not len(positions):
            return self.facts.slice(0, 0)
        part_of = np.searchsorted(self._starts, positions, side="right") - 1
        by_part = np.argsort(part_of, kind="stable")
        grouped, parts = positions[by_part], part_of[by_part]
        numbers = np.unique(parts)
        bounds = [*np.searchsorted(parts, numbers), len(parts)]
        pieces = []
        for number, first, last in zip(numbers, bounds, bounds[1:], strict=False):
            mine = grouped[first:last] - self._starts[number]
            pieces.append(self.parts[number].take(pa.array(mine, pa.int64())))
        taken = pa.concat_tables(pieces, promote_options="default")
        back = np.empty(len(positions), dtype=np.int64)
        back[by_part] = np.arange(len(positions))
        return taken.take(pa.array(back, pa.int64()))

    def frame(self) -> pd.DataFrame:
        """Every fact, in the explorer's order (small tables: tests, exports of a few rows)."""
        return self.rows(self.search(FactFilter()))

    def qualifiers(self) -> list[str]:
        return sorted(str(q) for q in pc.unique(self.facts["qualifier"]).to_pylist() if q)

    def documents(self) -> dict[str, str]:
        """Each document's title, by document."""
        titles = self.tables.titles
        docs = [d for d in pc.unique(self.facts["doc"]).to_pylist() if d is not None]
        return {doc: titles.get(doc, (doc, ""))[0] for doc in docs}

    def places(self) -> list[str]:
        return sorted(p for p in pc.unique(self.facts["district"]).to_pylist() if p is not None)


# Shown last, in this order, as ``described_facts`` adds them.
_LAST_COLUMNS = [
    "charted", "indicator_name", "indicator_name_en", "doc_title", "doc_date", "haystack",
]  # fmt: skip


class _Order:
    """Each fact's place in the explorer's order (districts as the registry lists them, then
    other places by name, then document and position): three integer codes, or one when
    their product fits 63 bits, so that a search sorts numbers, not texts."""

    def __init__(self, codes: tuple[np.ndarray, ...]) -> None:
        self.codes = codes  # most significant first

    def sorted(self, positions: np.ndarray, rows: int) -> np.ndarray:
        """``positions`` (ascending) in the explorer's order. A broad answer takes its rows from
        the order of every row (made once: a sort of millions of rows costs a second, which
        every broad filter paid again); a narrow one is sorted alone."""
        if len(positions) * _BROAD > rows:
            wanted = np.zeros(rows, dtype=bool)
            wanted[positions] = True
            return self.everything[wanted[self.everything]]
        return positions[_argsort([code[positions] for code in self.codes])]

    @functools.cached_property
    def everything(self) -> np.ndarray:
        """Every row's position, in the explorer's order."""
        return _argsort(list(self.codes))


def _argsort(keys: list[np.ndarray]) -> np.ndarray:
    """A stable sort by the keys, most significant first."""
    return np.argsort(keys[0], kind="stable") if len(keys) == 1 else np.lexsort(keys[::-1])


# An answer holding more than one row in this many is taken from the order of every row.
_BROAD = 4


def _order_keys(tables: Tables, facts: pa.Table) -> _Order:
    registry = {d.name: n for n, d in enumerate(tables.catalog.districts)}
    codes = []
    for column, ordered in (
        ("district", lambda v: sorted(v, key=lambda p: (registry.get(p, len(registry)), p))),
        ("doc", sorted),
    ):
        values = ordered([v for v in pc.unique(facts[column]).to_pylist() if v is not None])
        at = pc.index_in(facts[column], value_set=pa.array(values, pa.string()))
        codes.append(pc.fill_null(at, len(values)).to_numpy().astype(np.int64))
    codes.append(pc.fill_null(facts["start"], 0).to_numpy().astype(np.int64))
    sizes = [int(code.max()) + 1 if len(code) else 1 for code in codes]
    if sizes[0] * sizes[1] * sizes[2] < 2**63:
        return _Order(((codes[0] * sizes[1] + codes[1]) * sizes[2] + codes[2],))
    return _Order(tuple(codes))


def _with_names(tables: Tables, facts: pd.DataFrame) -> pd.DataFrame:
    """The indicator's names and the document's title and date of each fact (a few rows:
    a page of the explorer, or a download)."""
    indicators = tables.catalog.indicators
    facts["indicator_name"] = facts["indicator"].map({i.id: i.name for i in indicators})
    facts["indicator_name_en"] = facts["indicator"].map({i.id: i.name_en for i in indicators})
    titles = tables.titles
    wanted = facts["doc"].unique()
    facts["doc_title"] = facts["doc"].map({doc: titles.get(doc, (doc, ""))[0] for doc in wanted})
    facts["doc_date"] = facts["doc"].map({doc: titles.get(doc, (doc, ""))[1] for doc in wanted})
    facts[["indicator_name", "indicator_name_en"]] = facts[
        ["indicator_name", "indicator_name_en"]
    ].fillna("")
    return facts


def fact_index(tables: Tables) -> FactIndex:
    """Every fact of the tables with what the explorer searches: ``haystack``, the folded
    term, quote and indicator names (synonyms included: GDP finds 地区生产总值)."""
    if is_store(tables.mentions):
        return _store_index(tables)
    # the whole sentence is the source page's, not the explorer's (which shows the quote)
    facts = all_mentions(tables).drop(columns="sentence", errors="ignore")
    table = pa.Table.from_pandas(
        facts.astype({c: str for c in facts.columns if c != "value"}), preserve_index=False
    ).replace_schema_metadata(None)  # pandas' own types would come back with the columns
    table = table.append_column("folded", partition_search_texts("", table))
    return FactIndex(tables, [_searchable(table, _CatalogWords.of(tables))])


# What the explorer reads of a fact: all but the sentence (most of the text, never shown here).
_INDEX_COLUMNS = [column for column in MENTION_COLUMNS if column != "sentence"]


@dataclass(frozen=True)
class _CatalogWords:
    """What a partition's searchable facts take from the catalog: each indicator's folded
    names and synonyms, and whether it is charted. ``key`` names them: a curation that maps a
    term changes them, and the partitions are worked out again."""

    ids: pa.Array
    words: pa.Array
    charted: pa.Array
    key: str

    @staticmethod
    def of(tables: Tables) -> _CatalogWords:
        indicators = tables.catalog.indicators
        ids = [i.id for i in indicators]
        words = [fold(" ".join((i.name, i.name_en, *i.synonyms))) for i in indicators]
        charted = [i.id for i in indicators if i.charted]
        key = hashlib.sha256(json.dumps([ids, words, charted]).encode("utf-8")).hexdigest()
        return _CatalogWords(
            pa.array(ids, pa.string()),
            pa.array(words, pa.string()),
            pa.array(charted, pa.string()),
            key,
        )


def _searchable(table: pa.Table, catalog: _CatalogWords) -> pa.Table:
    """A partition's facts (and their ``folded`` texts) as the index holds them: every column
    of ``_INDEX_COLUMNS`` in its order (a partition written before a column existed gets it:
    ``period`` annual, others empty, so every page of rows has the same columns whichever
    partitions it is taken from), positions as numbers, ``charted``, and ``haystack`` in
    place of ``folded``."""
    at = pc.index_in(table["indicator"], value_set=catalog.ids)
    words = pc.fill_null(pc.take(catalog.words, at), "")
    haystack = pc.binary_join_element_wise(table["folded"], words, "|")
    rows = table.num_rows
    columns = {}
    for name in _INDEX_COLUMNS:
        if name in table.column_names:
            columns[name] = table[name]
        else:
            columns[name] = pa.array([ANNUAL if name == "period" else ""] * rows, pa.string())
    table = pa.table(columns)
    for name in ("start", "end"):
        table = table.set_column(
            table.schema.get_field_index(name), name, pc.cast(table[name], pa.int64())
        )
    table = table.append_column("charted", pc.is_in(table["indicator"], value_set=catalog.charted))
    return table.append_column("haystack", haystack)


def _store_index(tables: Tables) -> FactIndex:
    """The index of a store: each document partition's searchable facts as
    ``_partition_index`` keeps them, side by side."""
    catalog = _CatalogWords.of(tables)
    parts, digests = [], set()
    for digest, read in tables.mentions.document_partitions(_INDEX_COLUMNS):
        parts.append(_partition_index(digest, read, catalog))
        digests.add(digest)
    _forget_old_folds(digests, catalog.key)
    _forget_partition_indexes(digests, catalog.key)
    if not parts:
        empty = pa.table({column: pa.array([], pa.string()) for column in _INDEX_COLUMNS})
        empty = empty.append_column("folded", pa.array([], pa.string()))
        parts = [_searchable(empty, catalog)]
    return FactIndex(tables, parts)


# The document partitions' searchable facts, by partition digest and catalog words, as the
# explorer last read them: after an add, which rewrites one partition, the index reads that one
# again. They are the index itself (``FactIndex`` holds these tables, not a copy), so keeping
# all of them costs no memory the index does not already take.
_partition_indexes: dict[tuple[str, str], pa.Table] = {}
_partition_indexes_lock = threading.Lock()


def _partition_index(digest: str, read: Callable[[], pa.Table], catalog: _CatalogWords) -> pa.Table:
    """A document partition's searchable facts (``_searchable``), kept in this process under
    the partition's digest (its content) and the catalog's words (those of partitions an add
    replaced are dropped, ``_forget_partition_indexes``); ``read`` reads the partition when
    they are not kept. A kept partition is not read again, so its file is not checked
    against the manifest again either: its digest is that of the content it was read with."""
    key = (digest, catalog.key)
    with _partition_indexes_lock:
        kept = _partition_indexes.get(key) if digest else None
        if kept is not None:
            return kept
    path = _index_file(digest, catalog.key)
    table = _mapped_index(path) if path is not None else None
    if table is None:
        table = read()
        table = table.append_column("folded", partition_search_texts(digest, table))
        table = _searchable(table, catalog)
        if path is not None:
            _keep_index(path, table)
    if digest:
        with _partition_indexes_lock:
            _partition_indexes.setdefault(key, table)
    return table


def _index_file(digest: str, catalog_key: str) -> Path | None:
    """Where a document partition's searchable facts are kept between processes: the private
    cache folder, named by the partition's content, the catalog's words and ``fold``'s
    versions (None without a digest or a private folder)."""
    folder = private_cache_dir() if digest else None
    if folder is None:
        return None
    return folder / "index" / f"{digest}.{catalog_key[:16]}.{_index_version()}.arrow"


@functools.cache
def _index_version() -> str:
    """What a kept partition index depends on besides its partition and the catalog's words:
    ``fold``'s versions, the code that makes it (``_searchable``) and its columns."""
    parts = (
        str(_INDEX_FORMAT),
        _fold_version(),
        inspect.getsource(_searchable),
        ",".join(_INDEX_COLUMNS),
    )
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


_INDEX_FORMAT = 1  # raise when a kept partition index changes shape


def _mapped_index(path: Path) -> pa.Table | None:
    """A kept partition index, memory-mapped (read from disk as the explorer touches it), or
    None when it is missing, unreadable or of another shape.

    Why: at 100,000 documents the explorer's first render after a start read and decoded
    every partition and its folds (5.5 million rows, 10 s); an Arrow file is mapped in
    milliseconds. It is kept uncompressed, as decompressing costs what parsing did (about
    15 MB per 1,000 documents on disk)."""
    try:
        table = ipc.open_file(pa.memory_map(str(path))).read_all()
    except (OSError, pa.ArrowException):
        return None
    expected = [*_INDEX_COLUMNS, "charted", "haystack"]
    return table if table.column_names == expected else None


def _keep_index(path: Path, table: pa.Table) -> None:
    """Write a partition index for the next process, whole or not at all (no cache: only
    slower)."""
    try:
        path.parent.mkdir(mode=0o700, exist_ok=True)
        sink = pa.BufferOutputStream()
        with ipc.new_file(sink, table.schema) as writer:
            writer.write_table(table)
    except (OSError, pa.ArrowException):
        return
    write_private(path, sink.getvalue().to_pybytes())


def clear_partition_indexes() -> None:
    """Forget every kept partition (tests: as a new process would)."""
    with _partition_indexes_lock:
        _partition_indexes.clear()


def _forget_partition_indexes(current: set[str], catalog_key: str) -> None:
    """Drop the kept partitions that are no longer in the tables (an add rewrote them), and
    those worked out with other catalog words."""
    with _partition_indexes_lock:
        for key in [k for k in _partition_indexes if k[0] not in current or k[1] != catalog_key]:
            del _partition_indexes[key]


# Kept folds of partitions no longer in these tables go after this many seconds unused: each add
# leaves its partition's old fold behind, and other tables (a test's copy) may still use theirs.
FOLD_KEEP_SECONDS = 7 * 24 * 3600
# A partition index is a hundred times a fold's size (about 11 MB at 100,000 documents), and each
# add leaves one behind: those of partitions no longer in the tables go after a day.
INDEX_KEEP_SECONDS = 24 * 3600


def _forget_old_folds(current: set[str], catalog_key: str = "") -> None:
    """Delete the kept folds and partition indexes of partitions not in ``current`` (indexes:
    or of other catalog words or another index version) that were written more than
    ``FOLD_KEEP_SECONDS`` (indexes: ``INDEX_KEEP_SECONDS``) ago (a kept file is rewritten
    only when it is missing)."""
    folder = private_cache_dir()
    if folder is None:
        return
    now = time.time()
    for kind, pattern, keep in (
        ("search", "*.parquet", FOLD_KEEP_SECONDS),
        ("index", "*.arrow", INDEX_KEEP_SECONDS),
    ):
        if not (folder / kind).is_dir():
            continue
        for path in (folder / kind).glob(pattern):
            digest = path.name.split(".", 1)[0]
            if digest in current and (kind != "index" or _is_current_index(path, catalog_key)):
                continue
            try:
                if now - path.stat().st_mtime > keep:
                    path.unlink()
            except OSError:
                pass  # gone meanwhile, or not ours to delete: nothing lost


def _is_current_index(path: Path, catalog_key: str) -> bool:
    """The kept index is named for the catalog's words and the index's version in use (one of
    another curation or another version is a stale copy of its partition)."""
    parts = path.name.split(".")
    return len(parts) == 4 and parts[1] == catalog_key[:16] and parts[2] == _index_version()


def partition_search_texts(digest: str, table: pa.Table) -> pa.Array:
    """``fold(term) + "|" + fold(quote)`` of every row of a document partition, kept in the
    private cache folder under the partition's digest (its content) and ``fold``'s
    versions: the explorer's index folds two texts of every fact, which at 100,000 documents
    took most of a minute after every start, and after an add only the partition it rewrote
    is folded again. A partition without a digest (tables without a manifest) is folded and
    not kept."""
    folder = private_cache_dir() if digest else None
    path = folder / "search" / f"{digest}.{_fold_version()}.parquet" if folder else None
    if path is not None:
        try:
            kept = pq.read_table(path)["text"].combine_chunks()
            if len(kept) == table.num_rows:
                return kept
        except (OSError, KeyError, pa.ArrowException):
            pass  # not kept yet, or unreadable: fold again
    frame = table.select(["term", "quote"]).to_pandas()
    texts = folded(frame["term"].fillna("")) + "|" + folded(frame["quote"].fillna(""))
    array = pa.array(texts.tolist(), pa.string())
    if path is not None:
        sink = pa.BufferOutputStream()
        pq.write_table(pa.table({"text": array}), sink)
        try:
            path.parent.mkdir(mode=0o700, exist_ok=True)
        except OSError:
            return array  # no folder for it (a file in the way, a full disk): only slower
        write_private(path, sink.getvalue().to_pybytes())
    return array


def described_facts(tables: Tables, facts: pd.DataFrame, searchable: bool) -> pd.DataFrame:
    """Mentions with the columns the explorer's rows show (indicator names, whether charted,
    the document's title and date) and, when ``searchable``, the ``haystack`` a search
    reads; in the explorer's order (districts as the registry lists them, then document and
    position)."""
    facts = facts.copy()
    charted = {i.id for i in tables.catalog.indicators if i.charted}
    # a programme's output (catalog kind "work") has an indicator but reaches no chart
    facts["charted"] = facts["indicator"].isin(charted)
    # dictionary look-ups column-wise (Series.map of a dict): a theme's facts in no chart are
    # hundreds of thousands of rows at 100,000 documents
    facts = _with_names(tables, facts)
    if searchable:
        words = {
            i.id: fold(" ".join((i.name, i.name_en, *i.synonyms)))
            for i in tables.catalog.indicators
        }
        found = facts["indicator"].map(words).fillna("")
        folded_texts = folded(facts["term"]) + "|" + folded(facts["quote"])
        facts["haystack"] = folded_texts + "|" + found.astype(object)
    order = {d.name: n for n, d in enumerate(tables.catalog.districts)}
    facts["_place"] = facts["district"].map(order).fillna(len(order)).astype(int)
    facts["start"] = facts["start"].astype(int)
    facts["end"] = facts["end"].astype(int)
    facts = facts.sort_values(["_place", "district", "doc", "start"], kind="stable")
    return facts.drop(columns="_place").reset_index(drop=True)


def search_facts(index: FactIndex, wanted: FactFilter) -> pd.DataFrame:
    """The facts that match every given filter, as a frame in the explorer's order."""
    return index.rows(index.search(wanted))


def unmapped_facts(
    tables: Tables, theme: str, districts: list[str], year: str = ""
) -> pd.DataFrame:
    """The theme's facts that reach no chart (no catalog indicator, or one that is a
    programme's output such as 治理积水点, never charted as a standard measure), for the
    districts: the list under a theme page's charts. ``year`` keeps those of that year.

    From the store, only the theme's unmapped files and the programme outputs' files of the
    districts are read: a theme page after a rebuild of 100,000 documents must not wait for
    a search index of every fact (minutes)."""
    uncharted = [i.id for i in tables.catalog.indicators if not i.charted]
    mentions = tables.mentions
    if is_store(mentions):
        parts = [mentions.unmapped(theme, districts)]
        parts += [mentions.of_indicator(indicator, districts) for indicator in uncharted]
        facts = pd.concat(parts, ignore_index=True)
    else:
        facts = mentions[(mentions["indicator"] == "") | mentions["indicator"].isin(uncharted)]
    facts = facts[(facts["theme"] == theme) & facts["district"].isin(districts)]
    if year:
        facts = facts[facts["year"] == year]
    return described_facts(tables, facts, searchable=False)


def place_label(tables: Tables, place: str, lang: str) -> str:
    """A district's name, or Beijing as a whole / the nation in the reader's language."""
    if tables.catalog.is_municipality(place):
        return t("place_municipality", lang)
    if tables.catalog.is_nation(place):
        return t("place_nation", lang)
    return district_label(tables, place, lang)


def fact_rows(
    tables: Tables,
    facts: pd.DataFrame,
    lang: str,
    link: Callable[[dict], str] | None = None,
) -> list[dict[str, object]]:
    """One row per fact as the reader sees it (and downloads it): place, theme, indicator
    (or "no indicator"), the document's term, the number as written, its value and unit,
    qualifier, year, quote and document; ``link`` adds the column that opens the sentence."""
    names = t("explorer_columns", lang).split("|")
    rows = []
    for fact in facts.to_dict("records"):
        indicator = fact["indicator_name_en" if lang == "en" else "indicator_name"]
        value = fact["value"]
        cells: list[object] = [
            place_label(tables, fact["district"], lang),
            theme_label(fact["theme"], lang) if fact["theme"] else "",
            indicator or t("no_indicator", lang),
            fact["term"],
            fact["as_written"],
            None if pd.isna(value) else float(value),
            unit_label(fact["unit"], lang),
            qualifier_word(fact["qualifier"], lang, _text(fact.get("bound"))),
            when_text({**fact, "as_of": ""}, lang),
            fact["quote"],
            fact["doc_title"],
            fact["doc_date"],
        ]
        row = dict(zip(names, cells, strict=True))
        if link is not None:
            row[t("open_source", lang)] = link(fact)
        rows.append(row)
    return rows


def _text(cell: object) -> str:
    """A cell of a text column as text: a missing one (tables built before the column) or a
    null is empty."""
    return cell if isinstance(cell, str) else ""
