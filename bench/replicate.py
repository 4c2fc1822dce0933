"""Tables of N × the documents of a built rung, without running the pipeline again: each
document's facts are repeated under N new names (``gen_000123~4.txt``), then the indicator,
coverage and document tables and the store are made from them as a build makes them.

    .venv/bin/python bench/replicate.py BUILT_OUT_DIR N NEW_OUT_DIR

For the dashboard and the incremental add at 100,000 documents when the pipeline cannot be run
on 100,000 documents in the time at hand: the tables have the size and shape of a 100,000-
document build (every fact ten times, by ten documents), but their build time is not a build's.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from districts.catalog import load_catalog  # noqa: E402
from districts.facts.mentions import MENTION_COLUMNS, Mention  # noqa: E402
from districts.tables import store  # noqa: E402
from districts.tables.build import (  # noqa: E402
    COVERAGE_COLUMNS,
    DOCUMENT_COLUMNS,
    INDICATOR_COLUMNS,
    _json_bytes,
    coverage_rows,
    indicator_rows,
    publish_set,
    read_manifest,
)
from districts.tables.cache import pipeline_fingerprint  # noqa: E402
from districts.tables.schema import TABLE_SCHEMAS, datapackage  # noqa: E402


class _Dated:
    def __init__(self, date: str) -> None:
        self.date = date


def _renamed(table: pa.Table, copy: int) -> pa.Table:
    stem = pc.replace_substring_regex(table["doc"], r"\.txt$", f"~{copy}.txt")
    return table.set_column(table.column_names.index("doc"), "doc", stem)


def replicate(built: Path, factor: int, out: Path) -> None:
    manifest = read_manifest(built)
    digests = manifest["tables"]
    parts = [
        store.read_table(built / name, digests[name])
        for name in store.listed(manifest, store.BY_DOCUMENT)
    ]
    base = pa.concat_tables(parts)
    base = base.take(pc.sort_indices(base, sort_keys=[("doc", "ascending")]))
    documents = store.read_table(built / store.listed(manifest, store.STORE, "documents")[0], None)
    mentions = pa.concat_tables([_renamed(base, copy) for copy in range(factor)])
    mentions = mentions.take(pc.sort_indices(mentions, sort_keys=[("doc", "ascending")]))
    documents = pa.concat_tables([_renamed(documents, copy) for copy in range(factor)])
    documents = documents.take(pc.sort_indices(documents, sort_keys=[("doc", "ascending")]))
    catalog = load_catalog()
    dates = {row["doc"]: _Dated(row["date"]) for row in documents.to_pylist()}
    candidates = mentions.filter(pc.not_equal(mentions["indicator"], ""))
    objects = [
        Mention(**{**row, "start": int(row["start"]), "end": int(row["end"])})
        for row in candidates.to_pylist()
    ]
    indicators = [
        {key: store.cell_text(value) for key, value in row.items()}
        for row in indicator_rows(objects, catalog, dates)  # type: ignore[arg-type]
    ]
    del objects
    found = set(mentions["district"].to_pylist()) | set(documents["district"].to_pylist())
    districts = [d.name for d in catalog.districts if d.name in found]
    coverage = coverage_rows(indicators, catalog, districts)
    document_rows = documents.to_pylist()
    buckets = store.split_buckets(mentions)
    tables = {}
    tables.update(store.bucket_files(buckets))
    tables.update(store.indicator_files(mentions))
    tables.update(
        store.small_tables(
            {
                "indicators": (INDICATOR_COLUMNS, indicators),
                "coverage": (COVERAGE_COLUMNS, coverage),
                "documents": (DOCUMENT_COLUMNS, document_rows),
            }
        )
    )
    tables["datapackage.json"] = _json_bytes(datapackage(TABLE_SCHEMAS))
    tables["mentions.csv"] = store.mentions_csv(MENTION_COLUMNS, buckets)
    tables["manifest.json"] = _json_bytes(
        {
            **manifest,
            "pipeline": pipeline_fingerprint(),
            "tables": {name: store.sha256(content) for name, content in sorted(tables.items())},
        }
    )
    out.mkdir(parents=True, exist_ok=True)
    publish_set(out, tables)
    print(json.dumps({"documents": len(documents), "mentions": len(mentions),
                      "indicators": len(indicators)}))  # fmt: skip


if __name__ == "__main__":
    started = time.perf_counter()
    replicate(Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]))
    print(f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
