"""The working tables the dashboard reads: Parquet files under ``store/`` beside the exports.

The CSV files (UTF-8 with BOM) are what users download; the dashboard does not parse them. At
100,000 documents ``mentions.csv`` holds millions of rows, and loading it whole with pandas
takes longer than a page may (bench/storage.py: 17 s for 546,000 rows). So the tables are also
kept in Parquet (pyarrow), every cell as the exact text of its CSV cell, so the two never
disagree:

- ``store/indicators.*.parquet``, ``coverage``, ``documents``: small, loaded whole;
- ``store/by-document/NNN.*.parquet``: every mention, in ``BUCKETS`` partitions by document
  name: one document's facts (the sources page) are one small file, and adding or removing a
  document rewrites one partition, not the set;
- ``store/by-indicator/ID~NN.*.parquet``: the mentions that name an indicator, one file per
  indicator and district partition: the indicator page and the re-aggregation after an add
  read only the indicators they need;
- ``store/unmapped/THEME~NN~S.*.parquet``: the mentions that name no indicator, one file per
  theme, district partition and share of the documents: a theme page lists its facts in no
  chart without reading every fact (at 100,000 documents two thirds of the millions of
  mentions name none), and an add rewrites small files.

File names carry a digest of their content, so a file is never changed in place: a reader
holding an older manifest reads that manifest's files, whole, while a newer set is written
(DuckDB was measured as the alternative; see bench/results.md).
"""

from __future__ import annotations

import hashlib
import io
import zlib
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

STORE = "store"
BY_DOCUMENT = f"{STORE}/by-document"
BY_INDICATOR = f"{STORE}/by-indicator"
UNMAPPED = f"{STORE}/unmapped"
# The store's layout: an update patches only a store of this layout (an older one lacks the
# unmapped files, which a patch would never write whole); a build writes it.
LAYOUT = 2
BUCKETS = 128
SMALL_TABLES = ("indicators", "coverage", "documents")
INPUTS = f"{STORE}/inputs"
INPUT_COLUMNS = ("input", "sha256")


def bucket_of(doc: str) -> int:
    """The partition of a document's facts (stable across runs and machines: CRC-32).

    >>> bucket_of("000_6def407d4eb69332.txt") == bucket_of("000_6def407d4eb69332.txt")
    True
    """
    return zlib.crc32(doc.encode("utf-8")) % BUCKETS


def cell_text(value: object) -> str:
    """A cell as the CSV export writes it: '' for none, true/false, 68 for 68.0."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def arrow_table(columns: tuple[str, ...], rows: Iterable[dict[str, object]]) -> pa.Table:
    """Rows as a table of text columns, in the order given."""
    rows = list(rows)
    data = {
        # Most cells are text already: only the others go through cell_text.
        column: [
            value if type(value) is str else cell_text(value)
            for value in (row.get(column) for row in rows)
        ]
        for column in columns
    }
    return pa.table({column: pa.array(values, pa.string()) for column, values in data.items()})


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def table_bytes(table: pa.Table) -> bytes:
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def named(folder: str, stem: str, content: bytes) -> str:
    """``FOLDER/STEM.DIGEST.parquet``: the name changes whenever the content does."""
    return f"{folder}/{stem}.{hashlib.sha256(content).hexdigest()[:16]}.parquet"


def stem_of(name: str) -> str:
    """``store/by-document/007.ab12….parquet`` → ``007``."""
    return name.rsplit("/", 1)[-1].split(".", 1)[0]


def bucket_stem(number: int) -> str:
    return f"{number:03d}"


def split_buckets(mentions: pa.Table) -> dict[int, pa.Table]:
    """The mentions by document partition, each in the order given (documents by name)."""
    numbers = pa.array([bucket_of(doc) for doc in mentions["doc"].to_pylist()], pa.int32())
    return {
        number: mentions.filter(pc.equal(numbers, number))
        for number in sorted(set(numbers.to_pylist()))
    }


def bucket_files(buckets: dict[int, pa.Table]) -> dict[str, bytes]:
    files = {}
    for number, part in sorted(buckets.items()):
        if len(part):
            content = table_bytes(part)
            files[named(BY_DOCUMENT, bucket_stem(number), content)] = content
    return files


def csv_export(columns: tuple[str, ...], table: pa.Table) -> bytes:
    """A table as its CSV export: BOM, header, lines (as build._csv_bytes writes them)."""
    return (",".join(columns) + "\n").encode("utf-8-sig") + csv_lines(table)


def mentions_csv(columns: tuple[str, ...], buckets: dict[int, pa.Table]) -> bytes:
    """The ``mentions.csv`` export: partition after partition, documents by name in each, so
    an add rewrites it from the partitions without sorting millions of rows."""
    head = (",".join(columns) + "\n").encode("utf-8-sig")
    return head + b"".join(csv_lines(part) for _, part in sorted(buckets.items()))


DISTRICT_BUCKETS = 16


def indicator_stem(indicator: str, district: str) -> str:
    """The file of an indicator's mentions about a district: ``forest_coverage~07`` (districts
    in 16 partitions by CRC-32, so an add rewrites a district's share of an indicator, and
    the indicator page reads only the selected districts')."""
    return f"{indicator}~{zlib.crc32(district.encode('utf-8')) % DISTRICT_BUCKETS:02d}"


def indicator_files(mentions: pa.Table) -> dict[str, bytes]:
    """One file per indicator and district partition named by the mentions."""
    files = {}
    named_rows = mentions.filter(pc.not_equal(mentions["indicator"], ""))
    stems = pa.array(
        [
            indicator_stem(indicator, district)
            for indicator, district in zip(
                named_rows["indicator"].to_pylist(), named_rows["district"].to_pylist(), strict=True
            )
        ],
        pa.string(),
    )
    for stem in sorted(set(stems.to_pylist())):
        content = table_bytes(named_rows.filter(pc.equal(stems, stem)))
        files[named(BY_INDICATOR, stem, content)] = content
    return files


UNMAPPED_SHARES = 8


def unmapped_stem(theme: str, district: str, doc: str) -> str:
    """The file of a theme's facts that name no indicator, about a district, from a share of
    the documents: ``ecology~07~3`` (the districts in the 16 partitions ``indicator_stem``
    uses; the documents in ``UNMAPPED_SHARES`` shares by their partition, so an add rewrites
    an eighth of a district's facts of a theme, not all of them).

    >>> unmapped_stem("ecology", "密云", "a.txt") == unmapped_stem("ecology", "密云", "a.txt")
    True
    """
    return f"{unmapped_prefix(theme, district)}{bucket_of(doc) % UNMAPPED_SHARES}"


def unmapped_prefix(theme: str, district: str) -> str:
    """What the stems of a theme's and district's unmapped files start with: ``ecology~07~``."""
    return f"{theme}~{zlib.crc32(district.encode('utf-8')) % DISTRICT_BUCKETS:02d}~"


def unmapped_stems(mentions: pa.Table) -> list[str]:
    """Each mention's unmapped file stem (rows that name an indicator get none: "")."""
    return [
        "" if indicator else unmapped_stem(theme, district, doc)
        for indicator, theme, district, doc in zip(
            mentions["indicator"].to_pylist(),
            mentions["theme"].to_pylist(),
            mentions["district"].to_pylist(),
            mentions["doc"].to_pylist(),
            strict=True,
        )
    ]


def unmapped_files(mentions: pa.Table) -> dict[str, bytes]:
    """One file per theme and district partition of the mentions that name no indicator, rows
    in the order given (documents by name)."""
    stems = pa.array(unmapped_stems(mentions), pa.string())
    files = {}
    for stem in sorted(set(stems.to_pylist()) - {""}):
        content = table_bytes(mentions.filter(pc.equal(stems, stem)))
        files[named(UNMAPPED, stem, content)] = content
    return files


def input_files(inputs: dict[str, str]) -> dict[str, bytes]:
    """The digests of the inputs a set was made from (name → SHA-256), by document partition
    (``store/inputs/NNN.*.parquet``, the document's ``bucket_of``): an add rewrites the file
    of its partition, not a list of every document."""
    buckets: dict[int, dict[str, str]] = {}
    for name, digest in inputs.items():
        buckets.setdefault(bucket_of(name), {})[name] = digest
    files = {}
    for number, part in sorted(buckets.items()):
        names = sorted(part)
        table = pa.table(
            {
                "input": pa.array(names, pa.string()),
                "sha256": pa.array([part[name] for name in names], pa.string()),
            }
        )
        content = table_bytes(table)
        files[named(INPUTS, bucket_stem(number), content)] = content
    return files


def small_files(tables: dict[str, pa.Table]) -> dict[str, bytes]:
    files = {}
    for stem, table in tables.items():
        content = table_bytes(table)
        files[named(STORE, stem, content)] = content
    return files


def small_tables(
    tables: dict[str, tuple[tuple[str, ...], list[dict[str, object]]]],
) -> dict[str, bytes]:
    """Each small table (name → columns, rows) in the store and as its CSV export."""
    files = {}
    for name, (columns, rows) in tables.items():
        table = arrow_table(columns, rows)
        content = table_bytes(table)
        files[named(STORE, name, content)] = content
        files[f"{name}.csv"] = csv_export(columns, table)
    return files


def small_table_file(name: str, columns: tuple[str, ...], table: pa.Table) -> dict[str, bytes]:
    """A small table in the store only (an update: its CSV export follows apart)."""
    content = table_bytes(table.select(list(columns)))
    return {named(STORE, name, content): content}


def small_table_files(name: str, columns: tuple[str, ...], table: pa.Table) -> dict[str, bytes]:
    """A small table already in Arrow, in the store and as its CSV export (``small_tables``)."""
    table = table.select(list(columns))
    content = table_bytes(table)
    return {named(STORE, name, content): content, f"{name}.csv": csv_export(columns, table)}


def listed(manifest: dict, folder: str, stem: str | None = None, prefix: str = "") -> list[str]:
    """The manifest's store files in ``folder`` (of ``stem`` only, or whose stem starts with
    ``prefix``, when given)."""
    names = []
    for name in manifest.get("tables", {}):
        head, _, tail = name.rpartition("/")
        if head != folder or not tail.endswith(".parquet"):
            continue
        if (stem is None or stem_of(name) == stem) and stem_of(name).startswith(prefix):
            names.append(name)
    return sorted(names)


def listing(manifest: dict) -> dict[tuple[str, str], list[str]]:
    """``listed(manifest, folder, stem)`` for every folder and stem at once: an add looks up
    dozens of partitions, and each ``listed`` scans the whole manifest.

    >>> listing({"tables": {"store/by-document/007.ab.parquet": "d", "indicators.csv": "e"}})
    {('store/by-document', '007'): ['store/by-document/007.ab.parquet']}
    """
    index: dict[tuple[str, str], list[str]] = {}
    for name in sorted(manifest.get("tables", {})):
        head, _, tail = name.rpartition("/")
        if tail.endswith(".parquet"):
            index.setdefault((head, stem_of(name)), []).append(name)
    return index


class NotOfThisSet(ValueError):
    """A file the manifest names is missing or holds other bytes: a newer set replaced it
    while it was read, or a build was interrupted, or someone edited it."""


def read_table(
    path: Path, expected: str | None, columns: list[str] | None = None, present: bool = False
) -> pa.Table:
    """A store file, checked against its manifest digest; ``ValueError`` says what is wrong
    (``NotOfThisSet`` when the file is not the one the manifest names).
    ``present``: read those of ``columns`` the file has (a store of before a column came)."""
    try:
        content = path.read_bytes()
    except OSError as error:
        raise NotOfThisSet(f"cannot be read ({error.strerror})") from error
    if expected and hashlib.sha256(content).hexdigest() != expected:
        raise NotOfThisSet(
            "does not match manifest.json (a build was interrupted or the file was edited)"
        )
    try:
        # ParquetFile, not pq.read_table: the datasets layer under read_table costs 0.7 ms a
        # file, and a theme page's first render asks something of thousands of small files
        # (bench/pages.py on 10,000 documents: a third of that render).
        parquet = pq.ParquetFile(pa.BufferReader(content))
        if present and columns is not None:
            names = parquet.schema_arrow.names
            columns = [column for column in columns if column in names]
        return parquet.read(columns=columns)
    except (pa.ArrowException, OSError) as error:
        raise ValueError(f"is not a readable table ({error})") from error


def rows_in(table: pa.Table, column: str, values: Iterable[str]) -> pa.Table:
    return table.filter(pc.is_in(table[column], value_set=pa.array(list(values), pa.string())))


def rows_not_in(table: pa.Table, column: str, values: Iterable[str]) -> pa.Table:
    mask = pc.is_in(table[column], value_set=pa.array(list(values), pa.string()))
    return table.filter(pc.invert(mask))


def unreferenced(out_dir: Path, *manifests: dict) -> list[Path]:
    """Store files no manifest in ``manifests`` names (left by earlier builds)."""
    keep = {name for manifest in manifests for name in manifest.get("tables", {})}
    folder = out_dir / STORE
    if not folder.is_dir():
        return []
    return [
        path
        for path in folder.rglob("*.parquet")
        if path.relative_to(out_dir).as_posix() not in keep
    ]


def csv_lines(table: pa.Table) -> bytes:
    r"""The rows of a text table as CSV lines, byte for byte what ``csv.writer`` writes
    (minimal quoting, ``\n`` line ends), computed column-wise by Arrow: the mentions of
    100,000 documents are millions of rows, too many for a Python loop on every add.

    >>> csv_lines(pa.table({"a": ["x", "1,2"], "b": ["", "y"]}))
    b'x,\n"1,2",y\n'
    """
    if not len(table):
        return b""
    columns = []
    for column in table.columns:
        text = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
        special = pc.match_substring_regex(text, r'[,"\r\n]')
        quoted = pc.binary_join_element_wise('"', pc.replace_substring(text, '"', '""'), '"', "")
        columns.append(pc.if_else(special, quoted, text))
    lines = pc.binary_join_element_wise(*columns, ",")
    lines = pc.binary_join_element_wise(lines, "", "\n").cast(pa.large_string())
    # The lines are contiguous in the array's data buffer: take them as they are.
    offsets = lines.buffers()[1].cast(pa.int64()) if False else None
    del offsets
    start, end = lines.offset, lines.offset + len(lines)
    positions = pa.Array.from_buffers(pa.int64(), len(lines) + 1, [None, lines.buffers()[1]])
    first, last = positions[start].as_py(), positions[end].as_py()
    return lines.buffers()[2].to_pybytes()[first:last]
