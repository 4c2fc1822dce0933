"""The streaming build's table stage at 10,000 or 100,000 documents' facts, without the pipeline.

    python bench/stream_scale.py BUILT_OUT FACTOR OUT

BUILT_OUT is the output folder of a build (say of 1,000 generated documents); its documents
and facts are repeated FACTOR times under new names (``c007-NAME``), fed document by document
to the build's spill (``stream.FactSpill``, as the pipeline's results arrive) and finished and
published as ``build`` does. Prints the process's peak resident memory and CPU seconds: the
figure that grew with the facts before (``bench/replicate.py``: 9.0 GiB for 100,000 documents'
facts) and should stay nearly flat now.
"""

from __future__ import annotations

import dataclasses
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from districts.catalog import load_catalog
from districts.tables import store
from districts.tables.build import (
    DocumentRow,
    _Dated,
    _json_bytes,
    _sha256,
    build_lock,
    finish_tables,
    publish_set,
)
from districts.tables.stream import FactSpill, Staged, typed_mention


def main() -> None:
    built, factor, out = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    started = time.process_time()
    manifest = json.loads((built / "manifest.json").read_text(encoding="utf-8"))
    rows = []
    for name in store.listed(manifest, store.BY_DOCUMENT):
        rows.extend(store.read_table(built / name, None).to_pylist())
    rows.sort(key=lambda row: row["doc"])
    by_doc: dict[str, list] = {}
    for row in rows:
        by_doc.setdefault(row["doc"], []).append(typed_mention(row))
    documents_table = store.read_table(
        built / store.listed(manifest, store.STORE, "documents")[0], None
    )
    base = [
        DocumentRow(**{k: (int(v) if k in ("chars", "facts", "unreadable_spans") else v)
                       for k, v in row.items()})
        for row in documents_table.to_pylist()
    ]  # fmt: skip
    catalog = load_catalog()
    with build_lock(out):
        spill, staged = FactSpill(out), Staged(out, {}, {})
        documents, dates = [], {}
        try:
            for copy in range(factor):
                for row in base:
                    name = f"c{copy:03d}-{row.doc}"
                    documents.append(dataclasses.replace(row, doc=name))
                    dates[name] = _Dated(row.date)
                    spill.add(dataclasses.replace(m, doc=name) for m in by_doc.get(row.doc, []))
            spill.close()
            tables = finish_tables(spill, staged, documents, dates, catalog)
            digests = {**staged.digests, **{n: _sha256(data) for n, data in tables.items()}}
            tables["manifest.json"] = _json_bytes({"tables": dict(sorted(digests.items()))})
            publish_set(out, tables, staged.paths)
        finally:
            staged.discard()
            spill.remove()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = (out / "mentions.csv").stat().st_size
    print(json.dumps({"documents": len(documents), "mentions": spill.facts,
                      "peak_mib": round(peak), "cpu_s": round(time.process_time() - started, 1),
                      "mentions_csv_mb": round(size / 1e6)}))  # fmt: skip


if __name__ == "__main__":
    main()
