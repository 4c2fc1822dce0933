"""Writing files so that readers never see half of them: stage, sync, rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO


def publish(out_dir: Path, tables: dict[str, bytes], staged: dict[str, Path] | None = None) -> None:
    """Replace the tables as a set: every new file is written and synced under a temporary
    name first, so a failure or a kill while writing leaves the old tables untouched; then
    they are renamed, the manifest last. The manifest lists every table's hash, and readers
    refuse a set that does not match it (see views.load_tables). Files of the Parquet store
    go first: their names are new (they carry their digest), so they replace nothing.

    ``staged`` names files a build already wrote and synced beside their final place
    (``stage_file``): a streaming build writes the store and ``mentions.csv`` as it goes
    instead of holding them in memory. They are renamed with the rest, or deleted on failure.
    """
    moves: list[tuple[Path, Path, str]] = []
    try:
        for name, content in tables.items():
            moves.append((_staged_copy(out_dir / name, content), out_dir / name, name))
        # after the tables given as bytes (the small exports the dashboard checks first)
        moves.extend(
            (temporary, out_dir / name, name) for name, temporary in (staged or {}).items()
        )
        # a stable sort: otherwise in the order given
        moves.sort(key=lambda move: (move[2] == "manifest.json", not move[2].startswith("store/")))
        for temporary, final, _ in moves:
            os.replace(temporary, final)
    finally:
        for temporary, _, _ in moves:
            temporary.unlink(missing_ok=True)
        for temporary in (staged or {}).values():
            temporary.unlink(missing_ok=True)


def stage_file(path: Path) -> tuple[Path, BinaryIO]:
    """A temporary file beside ``path`` (its final place) to write into; ``seal`` it after."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # The prefix is cut so that the temporary name stays under 255 bytes for any final name.
    prefix = f".{path.name.encode()[:150].decode('utf-8', 'ignore')}."
    descriptor, temporary = tempfile.mkstemp(prefix=prefix, dir=path.parent)
    os.fchmod(descriptor, 0o644)  # mkstemp makes files private; tables are for everyone
    return Path(temporary), os.fdopen(descriptor, "wb")


def seal(handle: BinaryIO) -> None:
    """Flush, sync and close a staged file: on disk before any rename names it."""
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()


def _staged_copy(path: Path, content: bytes) -> Path:
    temporary, handle = stage_file(path)
    try:
        handle.write(content)
        seal(handle)
    except BaseException:
        handle.close()
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def write_atomic(path: Path, content: bytes) -> None:
    """Write a temporary file beside ``path``, then rename: readers see old or new, never half."""
    temporary = _staged_copy(path, content)
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
