"""Where the working tables live: CSV + pandas, Parquet (pyarrow) or DuckDB, measured on the
operations the dashboard and an incremental add perform, at 10× and 100× a built table.

    .venv/bin/python bench/storage.py OUT_DIR_OF_A_BUILD [FACTOR ...]

The mentions of a build (say of 1,000 generated documents) are repeated FACTOR times under
new document names, so a factor of 100 stands for 100,000 documents. Prints one line per
store and operation (median of 5, ms) and the size on disk.
"""

from __future__ import annotations

import multiprocessing
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from districts.tables import store  # noqa: E402
from districts.tables.store import bucket_of  # noqa: E402

DISTRICTS = ["密云", "昌平", "门头沟", "石景山"]


def median_ms(function, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def scaled(mentions_csv: Path, factor: int) -> pa.Table:
    options = pacsv.ConvertOptions(column_types={}, strings_can_be_null=False)
    base = pacsv.read_csv(mentions_csv, convert_options=options)
    base = base.cast(pa.schema([(name, pa.string()) for name in base.column_names]))
    parts = []
    for copy in range(factor):
        docs = pc.binary_join_element_wise(base["doc"], pa.scalar(f"~{copy}"), "")
        parts.append(base.set_column(0, "doc", docs))
    return pa.concat_tables(parts)


def parquet_case(table: pa.Table, folder: Path) -> dict[str, float]:
    """The layout of districts/tables/store.py: partitions by document, a file per indicator."""
    folder.mkdir()
    figures = {}
    started = time.perf_counter()
    files = {**store.bucket_files(store.split_buckets(table)), **store.indicator_files(table)}
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    figures["write all"] = (time.perf_counter() - started) * 1000
    doc = table["doc"][len(table) // 2].as_py()
    bucket = next((folder / store.BY_DOCUMENT).glob(f"{bucket_of(doc):03d}.*"))

    def one_document() -> None:
        part = pq.read_table(bucket)
        part.filter(pc.equal(part["doc"], doc)).to_pandas()

    def one_indicator() -> None:
        (path,) = (folder / store.BY_INDICATOR).glob("forest_coverage.*")
        part = pq.read_table(path)
        part.filter(pc.is_in(part["district"], value_set=pa.array(DISTRICTS))).to_pandas()

    def replace_document() -> None:
        part = pq.read_table(bucket)
        mine = part.filter(pc.equal(part["doc"], doc))
        rest = part.filter(pc.not_equal(part["doc"], doc))
        pq.write_table(pa.concat_tables([rest, mine]), bucket, compression="zstd")
        for indicator in set(mine["indicator"].to_pylist()) - {""}:
            (path,) = (folder / store.BY_INDICATOR).glob(f"{indicator}.*")
            rows = pq.read_table(path)
            pq.write_table(rows, path, compression="zstd")

    figures["facts of one document"] = median_ms(one_document)
    figures["one indicator, 4 districts"] = median_ms(one_indicator)
    figures["replace one document's rows"] = median_ms(replace_document)
    files = list(folder.rglob("*.parquet"))
    figures["MiB on disk"] = sum(p.stat().st_size for p in files) / 2**20
    figures["write while the dashboard reads"] = 1.0  # files are never changed in place
    return figures


def duckdb_case(table: pa.Table, folder: Path) -> dict[str, float]:
    import duckdb

    folder.mkdir()
    path = str(folder / "tables.duckdb")
    figures = {}
    started = time.perf_counter()
    with duckdb.connect(path) as connection:
        connection.register("source", table)
        connection.execute("CREATE TABLE mentions AS SELECT * FROM source")
    figures["write all"] = (time.perf_counter() - started) * 1000
    doc = table["doc"][len(table) // 2].as_py()

    def query(sql: str, *parameters) -> None:  # type: ignore[no-untyped-def]
        with duckdb.connect(path, read_only=True) as connection:
            connection.execute(sql, list(parameters)).df()

    def replace_document() -> None:
        with duckdb.connect(path) as connection:
            connection.execute("BEGIN")
            query = connection.execute("SELECT * FROM mentions WHERE doc = ?", [doc])
            rows = query.to_arrow_table()
            connection.execute("DELETE FROM mentions WHERE doc = ?", [doc])
            connection.register("fresh", rows)
            connection.execute("INSERT INTO mentions SELECT * FROM fresh")
            connection.execute("COMMIT")

    figures["facts of one document"] = median_ms(
        lambda: query("SELECT * FROM mentions WHERE doc = ?", doc)
    )
    figures["one indicator, 4 districts"] = median_ms(
        lambda: query(
            "SELECT doc, district, indicator, value, year FROM mentions "
            "WHERE indicator = 'forest_coverage' AND district IN (?, ?, ?, ?)",
            *DISTRICTS,
        )
    )
    figures["replace one document's rows"] = median_ms(replace_document)
    figures["MiB on disk"] = (folder / "tables.duckdb").stat().st_size / 2**20
    figures["write while the dashboard reads"] = _duckdb_concurrent_write(path)
    return figures


def _hold_reader(path: str, ready, done) -> None:  # type: ignore[no-untyped-def]
    import duckdb

    connection = duckdb.connect(path, read_only=True)
    ready.set()
    done.wait(30)
    connection.close()


def _duckdb_concurrent_write(path: str) -> float:
    """1 when a writer can open the file while another process (the dashboard) holds it open
    for reading, 0 when DuckDB refuses (its file lock is per process)."""
    import duckdb

    ready, done = multiprocessing.Event(), multiprocessing.Event()
    reader = multiprocessing.Process(target=_hold_reader, args=(path, ready, done))
    reader.start()
    ready.wait(30)
    try:
        duckdb.connect(path).close()
        result = 1.0
    except duckdb.IOException:
        result = 0.0
    done.set()
    reader.join()
    return result


def csv_case(mentions_csv: Path, factor: int) -> dict[str, float]:
    """Today's store: the dashboard reads mentions.csv whole with pandas on every rebuild."""
    import pandas as pd

    table = scaled(mentions_csv, factor)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mentions.csv"
        pacsv.write_csv(table, path)
        started = time.perf_counter()
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        seconds = time.perf_counter() - started
        return {"load whole table": seconds * 1000, "rows": len(frame),
                "MiB on disk": path.stat().st_size / 2**20}  # fmt: skip


def main() -> None:
    built = Path(sys.argv[1])
    factors = [int(f) for f in sys.argv[2:]] or [10, 100]
    for factor in factors:
        table = scaled(built / "mentions.csv", factor)
        print(f"== ×{factor}: {len(table):,} mentions", flush=True)
        with tempfile.TemporaryDirectory(dir="/work/wt/h19-bench") as folder:
            for name, case in (("parquet", parquet_case), ("duckdb", duckdb_case)):
                figures = case(table, Path(folder) / name)
                for what, figure in figures.items():
                    print(f"{name:<8} {what:<34} {figure:>10.1f}", flush=True)
            shutil.rmtree(folder, ignore_errors=True)
        if factor <= 10:
            for what, figure in csv_case(built / "mentions.csv", factor).items():
                print(f"{'csv':<8} {what:<34} {figure:>10.1f}", flush=True)


if __name__ == "__main__":
    main()
