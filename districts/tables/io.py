"""Writing files so that readers never see half of them: stage, sync, rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def publish(out_dir: Path, tables: dict[str, bytes]) -> None:
    """Replace the tables as a set: every new file is written and synced under a temporary
    name first, so a failure or a kill while writing leaves the old tables untouched; then
    they are renamed, the manifest last. The manifest lists every table's hash, and readers
    refuse a set that does not match it (see views.load_tables). Files of the Parquet store
    go first: their names are new (they carry their digest), so they replace nothing."""
    staged: list[tuple[Path, Path]] = []
    order = {name: (name == "manifest.json", not name.startswith("store/")) for name in tables}
    try:
        for name, content in sorted(tables.items(), key=lambda item: order[item[0]]):
            staged.append((_staged_copy(out_dir / name, content), out_dir / name))
        for temporary, final in staged:
            os.replace(temporary, final)
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)


def _staged_copy(path: Path, content: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    # The prefix is cut so that the temporary name stays under 255 bytes for any final name.
    prefix = f".{path.name.encode()[:150].decode('utf-8', 'ignore')}."
    descriptor, temporary = tempfile.mkstemp(prefix=prefix, dir=path.parent)
    try:
        os.fchmod(descriptor, 0o644)  # mkstemp makes files private; tables are for everyone
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def write_atomic(path: Path, content: bytes) -> None:
    """Write a temporary file beside ``path``, then rename: readers see old or new, never half."""
    temporary = _staged_copy(path, content)
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
