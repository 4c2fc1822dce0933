"""Where the working data lives: catalogs, built tables, added documents and the cache.

``DISTRICTS_DATA_DIR`` moves all of it (a copy of ``data/``), so a test or a second
installation can add documents and rebuild without touching the project's own tables.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("DISTRICTS_DATA_DIR") or PROJECT_ROOT / "data")
