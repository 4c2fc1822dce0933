"""Budgets for one document, from ``data/limits.yaml``: how far reading, parsing and extracting
may go before a document is refused.

Each is enforced where the work happens (the ZIP and XML of a .docx while they stream, each PDF
stream as it inflates, a web page's tags before it becomes a tree), so that a small file made
to expand is refused in seconds, not after it has taken the machine's memory. Loaded once and
checked on load: a missing, unknown or non-positive entry is a ``CatalogError`` naming the file
and the entry.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from districts import paths
from districts.catalog import read_yaml
from districts.errors import CatalogError

LIMITS_PATH = paths.DATA_DIR / "limits.yaml"


@dataclass(frozen=True)
class DocxLimits:
    unzipped_bytes: int
    xml_elements: int


@dataclass(frozen=True)
class PdfLimits:
    pages: int
    form_depth: int
    form_uses: int
    stream_bytes: int
    streams_bytes: int


@dataclass(frozen=True)
class HtmlLimits:
    elements: int
    depth: int


@dataclass(frozen=True)
class WorkerLimits:
    seconds: int
    memory_mib: int
    # A spare child (tables/isolated.py) unused this long ends, giving its memory back.
    spare_idle_seconds: int = 900


@dataclass(frozen=True)
class Limits:
    file_bytes: int
    text_characters: int
    docx: DocxLimits
    pdf: PdfLimits
    html: HtmlLimits
    upload_worker: WorkerLimits
    add_lock_wait_seconds: int


@functools.cache
def limits(path: Path | None = None) -> Limits:
    """The budgets of ``data/limits.yaml`` (or ``path``), checked."""
    path = path or LIMITS_PATH
    _, raw = read_yaml(path)
    return _section(path, Limits, raw, "")


def _section(path: Path, kind: type, raw: Any, where: str) -> Any:
    """``raw`` checked against the dataclass ``kind``: the same keys, positive whole numbers."""
    if not isinstance(raw, dict):
        raise CatalogError(path, "expected a mapping of budget names to numbers", where or None)
    expected = {field.name: field for field in fields(kind)}
    unknown = sorted(set(raw) - set(expected))
    if unknown:
        raise CatalogError(path, f"unknown budget {unknown[0]!r}", where or None)
    values = {}
    for name, field in expected.items():
        entry = f"{where}.{name}" if where else name
        if name not in raw:
            raise CatalogError(path, "missing", entry)
        nested = _NESTED.get(str(field.type))
        if nested is not None:
            values[name] = _section(path, nested, raw[name], entry)
            continue
        value = raw[name]
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise CatalogError(path, f"must be a positive whole number, not {value!r}", entry)
        values[name] = value
    return kind(**values)


_NESTED: dict[str, type] = {
    "DocxLimits": DocxLimits,
    "PdfLimits": PdfLimits,
    "HtmlLimits": HtmlLimits,
    "WorkerLimits": WorkerLimits,
}


def mib(size: int) -> str:
    """A byte budget as people say it: ``mib(67108864) == '64 MiB'``."""
    value = size / 2**20
    return f"{value:.0f} MiB" if value.is_integer() else f"{value:.1f} MiB"
