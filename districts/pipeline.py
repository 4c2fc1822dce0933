"""The per-document pipeline with its metadata: what ``build``, ``extract`` and ``eval`` share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from districts.catalog import Catalog, load_catalog
from districts.errors import CatalogError
from districts.mentions import DocumentFacts, Extractor
from districts.read import Document, read_document

SOURCES_FILE = "sources.yaml"

_TITLE_YEAR_RE = re.compile(r"((?:19|20)\d{2})年")
_FULL_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")


@dataclass(frozen=True)
class SourceInfo:
    """What is known of a document: from ``sources.yaml`` where given, else from its text."""

    file: str
    title: str = ""
    publisher: str = ""
    date: str = ""  # YYYY-MM-DD, YYYY-MM or YYYY
    district: str = ""
    script: str = ""

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date[:4].isdigit() else None


def load_sources(docs_dir: Path) -> dict[str, SourceInfo]:
    path = docs_dir / SOURCES_FILE
    if not path.exists():
        return {}
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise CatalogError(path, f"is not valid YAML ({error})") from error
    infos = {}
    for entry in raw.get("documents", []):
        if not isinstance(entry, dict) or "file" not in entry:
            raise CatalogError(path, "every document entry needs a 'file'", str(entry)[:40])
        infos[entry["file"]] = SourceInfo(
            file=entry["file"],
            title=str(entry.get("title") or ""),
            publisher=str(entry.get("publisher") or ""),
            date=str(entry.get("date") or ""),
            district=str(entry.get("district") or ""),
            script=str(entry.get("script") or ""),
        )
    return infos


def infer_date(text: str) -> str:
    """The date a text states: the last full date in its closing lines, else its title's year."""
    tail = text[-400:]
    dates = _FULL_DATE_RE.findall(tail)
    if not dates:
        # A dated report names its year in the title: "延庆区2024年…统计公报".
        title_year = _TITLE_YEAR_RE.search(infer_title(text))
        return title_year.group(1) if title_year else ""
    year, month, day = dates[-1]
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return ""
    return f"{year}-{int(month):02d}-{int(day):02d}"


def infer_title(text: str) -> str:
    """The first non-empty line when it is short enough to be a headline."""
    for line in text.splitlines():
        line = line.strip(" -\t\u3000")
        if line:
            return line if len(line) <= 40 else ""
    return ""


class Pipeline:
    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.extractor = Extractor(catalog)

    @classmethod
    def from_data(cls, data_dir: Path | None = None) -> Pipeline:
        return cls(load_catalog(data_dir) if data_dir else load_catalog())

    def source_info(self, document: Document, known: SourceInfo | None) -> SourceInfo:
        known = known or SourceInfo(file=document.name)
        return SourceInfo(
            file=document.name,
            title=known.title or infer_title(document.text),
            publisher=known.publisher,
            date=known.date or infer_date(document.text),
            district=known.district,
            script=known.script,
        )

    def process(self, document: Document, info: SourceInfo) -> DocumentFacts:
        return self.extractor.process(
            document, district=info.district or None, title=info.title, year=info.year
        )

    def process_file(self, path: Path) -> DocumentFacts:
        document = read_document(path)
        info = self.source_info(document, load_sources(path.parent).get(document.name))
        return self.process(document, info)
