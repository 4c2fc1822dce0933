"""The rebuild after a curation: the tables of one data folder, from its own catalog and cache.

Everything is taken from ``data_dir`` explicitly (catalog, added documents, cache, tables), so
the dashboard and the CLI rebuild the folder they show, ``DISTRICTS_DATA_DIR`` or not.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from districts.catalog import load_catalog
from districts.tables.build import build
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
    before = _indicators_of_facts(data_dir / "mentions.csv")
    result = build(
        corpus_dirs(data_dir / "user"),
        data_dir,
        catalog=load_catalog(data_dir),
        cache=DocumentCache(data_dir / "cache"),
    )
    # The build keeps no mentions in memory: its published export is read back, as before.
    after = _indicators_of_facts(data_dir / "mentions.csv")
    remapped = sum(1 for key, indicator in after.items() if before.get(key, "") != indicator)
    return Rebuilt(facts=result.facts, remapped=remapped)


def _indicators_of_facts(path: Path) -> dict[tuple[str, str, str], str]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return {
                (row["doc"], row["start"], row["end"]): row["indicator"]
                for row in csv.DictReader(handle)
            }
    except OSError:
        return {}
