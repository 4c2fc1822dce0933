"""Where the working data lives: catalogs, built tables, added documents and the cache.

``DISTRICTS_DATA_DIR`` moves all of it (a copy of ``data/``), so a test or a second
installation can add documents and rebuild without touching the project's own tables.
"""

from __future__ import annotations

import functools
import os
import stat
import threading
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("DISTRICTS_DATA_DIR") or PROJECT_ROOT / "data")


@functools.cache
def private_cache_dir() -> Path | None:
    """A cache folder only this user can write (``$XDG_CACHE_HOME/districts``, mode 0700), or
    None when it cannot be made safe: then nothing is cached.

    Never the shared temporary folder, where anyone can plant a file under a predictable name.
    """
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    folder = base / "districts"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        return None
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return None
    return folder


def write_private(path: Path, content: bytes) -> None:
    """Write a cache file of ``private_cache_dir()`` whole or not at all (no cache: only slower)."""
    # one name per thread: a dashboard's sessions are threads of one process
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        temporary.write_bytes(content)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)


def jieba_cache_dir() -> str:
    """Where jieba may keep its digested dictionary: the private cache folder, else a fresh
    private temporary folder (jieba's default is the shared one, under a predictable name)."""
    import tempfile

    folder = private_cache_dir()
    return str(folder) if folder else tempfile.mkdtemp(prefix="districts-jieba-")
