"""Per-document results, cached by content and by everything that could change them.

A document's facts depend on its bytes, its metadata, the catalogs and the pipeline's code.
The cache key hashes exactly those, so adding one document to a large corpus processes only
that document, and a change to the catalog or the code invalidates every entry (and only a
change to a document's own metadata invalidates that document alone).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from pathlib import Path

from districts import __version__, paths
from districts.facts.mentions import Mention
from districts.facts.pipeline import SourceInfo
from districts.tables.io import write_atomic

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # districts/
WORK_DIR = paths.DATA_DIR
DATA_DIR = paths.DATA_DIR  # the cue words and script rewrites in use, wherever they live
DEFAULT_CACHE_DIR = WORK_DIR / "cache"

# Code and data whose change changes what a document yields: every module of the text and
# facts stages, their subpackages' too (a new rule module counts without being listed), and
# the catalog loader.
_PIPELINE_STAGES = ("text", "facts")
_PIPELINE_MODULES = ("catalog.py", "lexicon.py", "limits.py", "numerals.py")
_PIPELINE_DATA = ("lexicon.yaml", "numerals.yaml", "script_conversion.yaml", "limits.yaml")


def pipeline_files() -> list[Path]:
    files = [path for stage in _PIPELINE_STAGES for path in (PACKAGE_DIR / stage).rglob("*.py")]
    return sorted(files) + [PACKAGE_DIR / name for name in _PIPELINE_MODULES]


@dataclasses.dataclass(frozen=True)
class CachedDocument:
    info: SourceInfo
    district: str
    script: str
    chars: int
    unreadable_spans: int
    note: str
    mentions: tuple[Mention, ...]


@functools.cache
def pipeline_fingerprint() -> str:
    digest = hashlib.sha256(__version__.encode())
    for path in pipeline_files():
        name = path.relative_to(PACKAGE_DIR).as_posix()
        digest.update(name.encode() + path.read_bytes())
    for name in _PIPELINE_DATA:
        digest.update(name.encode() + (DATA_DIR / name).read_bytes())
    return digest.hexdigest()


def document_key(content: bytes, metadata: dict[str, str], catalog_digest: str) -> str:
    digest = hashlib.sha256(content)
    digest.update(json.dumps(metadata, sort_keys=True, ensure_ascii=False).encode())
    digest.update(catalog_digest.encode())
    digest.update(pipeline_fingerprint().encode())
    return digest.hexdigest()


class DocumentCache:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or DEFAULT_CACHE_DIR

    def get(self, key: str) -> CachedDocument | None:
        path = self.directory / f"{key}.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            mentions = tuple(Mention(**row) for row in raw.pop("mentions"))
            info = SourceInfo(**raw.pop("info"))
            return CachedDocument(info=info, mentions=mentions, **raw)
        except (OSError, ValueError, TypeError, KeyError):
            return None  # missing or unreadable: process the document again

    def holds(self, key: str) -> bool:
        """Whether an entry exists (not read: ``get`` reads it when it is needed)."""
        return (self.directory / f"{key}.json").is_file()

    def put(self, key: str, entry: CachedDocument) -> None:
        record = dataclasses.asdict(entry)
        record["mentions"] = [mention.as_row() for mention in entry.mentions]
        try:
            write_atomic(
                self.directory / f"{key}.json",
                json.dumps(record, ensure_ascii=False).encode("utf-8"),
            )
        except OSError:
            pass  # a cache that cannot be written only costs time
