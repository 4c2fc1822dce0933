"""A build's facts, written as documents finish instead of held until the end.

At 100,000 documents a build yields millions of mentions: held as Python objects, then as
one Arrow table, then as the 1.3 GB ``mentions.csv`` in memory, they took 9 GiB (issue 19
asks ≤ 4 GiB). Here each batch of finished documents' mentions is appended to spill files
in a temporary folder of the output (``.build-*``), split the two ways the store is:

- by document partition (``store.bucket_of``): each partition's spill is, in the end, the
  partition's Parquet file and its share of ``mentions.csv``;
- by indicator group (a hash of the ``store.indicator_stem``): each group's spill holds every
  mention of its indicator files, so the files and the indicator table's rows of those
  (indicator, district) pairs are made from it alone;
- by unmapped file (``store.unmapped_stem``: a theme, district and document share of the mentions
  that name no indicator).

Documents arrive in name order, so every spill is in the order a whole-table build had: the
files are byte for byte those of ``store.bucket_files`` / ``store.indicator_files``. Only one
partition or group is in memory at a time while finishing (1/128 and about 1/64 of the facts).
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from districts.facts.mentions import MENTION_COLUMNS, Mention
from districts.tables import store
from districts.tables.io import seal, stage_file

SPILL_PREFIX = ".build-"
# Mentions kept in memory before they are appended to the spill files (about 55 a document:
# a few hundred documents' worth; each flush writes one small batch per partition).
BATCH_ROWS = 20_000
INDICATOR_GROUPS = 64
SCHEMA = pa.schema([(column, pa.string()) for column in MENTION_COLUMNS])


def indicator_group(stem: str) -> int:
    """The spill group of an indicator file (stable: CRC-32 of its stem).

    >>> indicator_group("forest_coverage~07") == indicator_group("forest_coverage~07")
    True
    """
    return zlib.crc32(stem.encode("utf-8")) % INDICATOR_GROUPS


def remove_stale_spills(out_dir: Path) -> None:
    """Spill folders a killed build left behind (the caller holds the build lock, so no
    running build owns one)."""
    for folder in out_dir.glob(f"{SPILL_PREFIX}*"):
        if folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)


class FactSpill:
    """Mentions appended in document-name order; read back a partition or group at a time."""

    def __init__(self, out_dir: Path) -> None:
        remove_stale_spills(out_dir)
        self.folder = Path(tempfile.mkdtemp(prefix=SPILL_PREFIX, dir=out_dir))
        self.facts = 0
        self.districts: set[str] = set()
        self._pending: list[dict[str, object]] = []
        self._writers: dict[str, pa.ipc.RecordBatchStreamWriter] = {}

    def add(self, mentions: Iterable[Mention]) -> None:
        for mention in mentions:
            self._pending.append(mention.as_row())
            self.districts.add(mention.district)
        if len(self._pending) >= BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        self.facts += len(self._pending)
        table = store.arrow_table(MENTION_COLUMNS, self._pending)
        self._pending = []
        for number, part in store.split_buckets(table).items():
            self._append(f"b{number:03d}", part)
        # one spill per theme and district partition (its shares are split when finishing:
        # a spill per file would hold hundreds of files open)
        unmapped = pa.array([stem.rsplit("~", 1)[0] for stem in store.unmapped_stems(table)])
        for group in sorted(set(unmapped.to_pylist()) - {""}):
            self._append(f"u{group}", table.filter(pc.equal(unmapped, group)))
        named = table.filter(pc.not_equal(table["indicator"], ""))
        if not len(named):
            return
        groups = pa.array(
            [
                indicator_group(store.indicator_stem(indicator, district))
                for indicator, district in zip(
                    named["indicator"].to_pylist(), named["district"].to_pylist(), strict=True
                )
            ],
            pa.int32(),
        )
        for group in sorted(set(groups.to_pylist())):
            self._append(f"i{group:02d}", named.filter(pc.equal(groups, group)))

    def _append(self, name: str, part: pa.Table) -> None:
        writer = self._writers.get(name)
        if writer is None:
            writer = pa.ipc.new_stream(str(self.folder / f"{name}.arrow"), SCHEMA)
            self._writers[name] = writer
        writer.write_table(part)

    def close(self) -> None:
        """Every pending mention written; the spill files complete."""
        self._flush()
        for writer in self._writers.values():
            writer.close()
        self._writers = {}

    def _read(self, name: str) -> pa.Table:
        with pa.memory_map(str(self.folder / f"{name}.arrow")) as source:
            # one chunk, as a filter of the whole table had it: Parquet pages follow chunks
            return pa.ipc.open_stream(source).read_all().combine_chunks()

    def buckets(self) -> Iterator[tuple[int, pa.Table]]:
        """Each document partition's mentions, partitions in order."""
        for number in range(store.BUCKETS):
            if (self.folder / f"b{number:03d}.arrow").exists():
                yield number, self._read(f"b{number:03d}")

    def indicator_groups(self) -> Iterator[pa.Table]:
        """Each group of indicator files' mentions (every mention of those files)."""
        for group in range(INDICATOR_GROUPS):
            if (self.folder / f"i{group:02d}.arrow").exists():
                yield self._read(f"i{group:02d}")

    def unmapped_parts(self) -> Iterator[pa.Table]:
        """The mentions of each theme's and district partition's unmapped files."""
        for path in sorted(self.folder.glob("u*.arrow")):
            yield self._read(path.stem)

    def remove(self) -> None:
        for writer in self._writers.values():
            try:
                writer.close()
            except (OSError, pa.ArrowException):
                pass  # the folder goes anyway
        shutil.rmtree(self.folder, ignore_errors=True)


@dataclass
class Staged:
    """Files written beside their final place, to be renamed by ``io.publish``; ``sections``:
    of ``mentions.csv``, each document partition's file and the length of its lines there (the
    manifest keeps them, so that the next export copies the lines of unchanged partitions)."""

    out_dir: Path
    paths: dict[str, Path]
    digests: dict[str, str]
    sections: list[list[object]] = field(default_factory=list)

    def write(self, name: str, content: bytes) -> None:
        temporary, handle = stage_file(self.out_dir / name)
        self.paths[name] = temporary
        handle.write(content)
        seal(handle)
        self.digests[name] = store.sha256(content)

    def discard(self) -> None:
        """The staged files that were not published (a failed or interrupted build)."""
        for temporary in self.paths.values():
            temporary.unlink(missing_ok=True)


def write_partitions(spill: FactSpill, staged: Staged) -> None:
    """The document partitions' Parquet files and ``mentions.csv`` (partition after
    partition, as ``store.mentions_csv``), one partition in memory at a time."""

    def parts() -> Iterator[tuple[str, bytes | None, pa.Table | None]]:
        for number, part in spill.buckets():
            for name, content in store.bucket_files({number: part}).items():
                staged.write(name, content)
                yield name, None, part

    write_mentions_csv(staged, parts())


MENTIONS_HEAD = (",".join(MENTION_COLUMNS) + "\n").encode("utf-8-sig")


def write_mentions_csv(
    staged: Staged, parts: Iterable[tuple[str, bytes | None, pa.Table | None]]
) -> None:
    """``mentions.csv`` from the partitions in order, written as it is made (1.3 GB at 100,000
    documents: never held whole); the same bytes as ``store.mentions_csv``. Each part is a
    partition's file name and either its lines as they are (copied from the previous export)
    or its table (made into lines here)."""
    name = "mentions.csv"
    temporary, handle = stage_file(staged.out_dir / name)
    staged.paths[name] = temporary
    digest = hashlib.sha256(MENTIONS_HEAD)
    try:
        handle.write(MENTIONS_HEAD)
        for partition, lines, table in parts:
            if lines is None:
                assert table is not None
                lines = store.csv_lines(table)
            digest.update(lines)
            handle.write(lines)
            staged.sections.append([partition, len(lines)])
    except BaseException:
        handle.close()  # the caller discards the staged file
        raise
    seal(handle)
    staged.digests[name] = digest.hexdigest()


def write_indicator_files(
    spill: FactSpill,
    staged: Staged,
    rows_of: Callable[[list[Mention]], list[dict[str, object]]],
) -> list[dict[str, object]]:
    """The indicator files, group by group, and the indicator table's rows ``rows_of`` makes
    from each group's mentions (a row's candidates share its indicator and district, so they
    are all in one group)."""
    rows: list[dict[str, object]] = []
    for table in spill.indicator_groups():
        for name, content in store.indicator_files(table).items():
            staged.write(name, content)
        rows.extend(rows_of([mention_of(row) for row in table.to_pylist()]))
    return rows


def write_unmapped_files(spill: FactSpill, staged: Staged) -> None:
    """The unmapped files (``store.unmapped_files``), one theme and district partition in
    memory at a time."""
    for table in spill.unmapped_parts():
        for name, content in store.unmapped_files(table).items():
            staged.write(name, content)


def mention_of(row: dict[str, str]) -> Mention:
    """A stored mention (every cell as text) with the positions the value rules compare as
    numbers: what ``build.indicator_rows`` reads of it gives the same rows as the pipeline's
    typed mention (the incremental update re-aggregates from the store the same way)."""
    return Mention(**{**row, "start": int(row["start"]), "end": int(row["end"])})  # type: ignore[arg-type]


def typed_mention(row: dict[str, str]) -> Mention:
    """A stored mention with the pipeline's types (value a number, years integers, none as
    None): what a caller of a build reads back from its store.

    >>> typed_mention({c: "" for c in MENTION_COLUMNS} | {"value": "80.1", "year": "2024",
    ...     "start": "3", "end": "8"}).year
    2024
    """

    def number(text: str) -> int | None:
        return int(text) if text else None

    return Mention(
        **{
            **row,
            "value": float(row["value"]) if row["value"] else 0.0,
            "year": number(row["year"]),
            "year_from": number(row["year_from"]),
            "year_to": number(row["year_to"]),
            "start": int(row["start"]),
            "end": int(row["end"]),
        }
    )  # type: ignore[arg-type]
