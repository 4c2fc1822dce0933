"""The rebuild after a curation: the tables of one data folder, from its own catalog and cache.

Everything is taken from ``data_dir`` explicitly (catalog, added documents, cache, tables), so
the dashboard and the CLI rebuild the folder they show, ``DISTRICTS_DATA_DIR`` or not.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from districts.catalog import load_catalog
from districts.tables import store
from districts.tables.build import build, read_manifest
from districts.tables.cache import DocumentCache
from districts.tables.corpus import corpus_dirs


@dataclass(frozen=True)
class Rebuilt:
    facts: int
    remapped: int  # facts whose indicator differs from the previous tables'


def rebuild(data_dir: Path) -> Rebuilt:
    """Rebuild ``data_dir``'s tables; documents the change cannot affect come from the cache
    (see curation.document_digest)."""
    data_dir = Path(data_dir)
    previous = _partitions(read_manifest(data_dir))
    # Tables of a version before the store (or a copy without it) have only the export to
    # compare with: read it first.
    stored = bool(previous) and all((data_dir / name).is_file() for name in previous.values())
    before = None if stored else _indicators_of_facts(data_dir / "mentions.csv")
    result = build(
        corpus_dirs(data_dir / "user"),
        data_dir,
        catalog=load_catalog(data_dir),
        cache=DocumentCache(data_dir / "cache"),
    )
    current = read_manifest(data_dir)
    if before is not None:
        after = _indicators_of_facts(data_dir / "mentions.csv")
        remapped = sum(1 for key, indicator in after.items() if before.get(key, "") != indicator)
    else:
        remapped = _remapped(data_dir, previous, _partitions(current))
    return Rebuilt(facts=result.facts, remapped=remapped)


def _partitions(manifest: dict) -> dict[str, str]:
    """The manifest's document partitions by stem (``007`` → its file)."""
    return {store.stem_of(name): name for name in store.listed(manifest, store.BY_DOCUMENT)}


def _remapped(data_dir: Path, before: dict[str, str], after: dict[str, str]) -> int:
    """Facts whose indicator differs from the previous tables', a partition at a time: a
    document's facts are in one partition, and the build keeps the previous manifest's files
    (``build.publish_set``), so the two sets are compared without holding either whole."""
    remapped = 0
    for stem, name in sorted(after.items()):
        old = _indicators_of_partition(data_dir / before[stem]) if stem in before else {}
        new = _indicators_of_partition(data_dir / name)
        remapped += sum(1 for key, indicator in new.items() if old.get(key, "") != indicator)
    return remapped


def _indicators_of_partition(path: Path) -> dict[tuple[str, str, str], str]:
    try:
        table = pq.read_table(path, columns=["doc", "start", "end", "indicator"])
    except (OSError, pa.ArrowException):
        return {}  # a file gone: every fact of it counts as changed, as with no tables before
    columns = [table[column].to_pylist() for column in ("doc", "start", "end", "indicator")]
    return {
        (doc, start, end): indicator for doc, start, end, indicator in zip(*columns, strict=True)
    }


def _indicators_of_facts(path: Path) -> dict[tuple[str, str, str], str]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return {
                (row["doc"], row["start"], row["end"]): row["indicator"]
                for row in csv.DictReader(handle)
            }
    except OSError:
        return {}
