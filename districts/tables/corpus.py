"""The corpus: the seed documents plus the documents staff add.

Seeds stay as they are in ``seeds/``. An added document is stored under ``data/user/`` as
the plain text extracted from it (the text every quote refers to) and, beside it in
``data/user/originals/``, the file as it was uploaded. Its metadata goes to
``data/user/sources.yaml``, in the same form as ``seeds/sources.yaml``.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from districts import paths
from districts.errors import DistrictsError
from districts.facts.pipeline import SOURCES_FILE, infer_date, infer_title
from districts.tables.io import write_atomic

ROOT = paths.PROJECT_ROOT
SEEDS_DIR = ROOT / "seeds"
USER_DIR = paths.DATA_DIR / "user"
ORIGINALS = "originals"


def corpus_dirs(user_dir: Path | None = None) -> list[Path]:
    """The folders a default build reads: the seeds, and the user corpus when it exists."""
    user_dir = user_dir or USER_DIR
    return [SEEDS_DIR, *([user_dir] if user_dir.is_dir() else [])]


def document_path(name: str, dirs: list[Path] | None = None) -> Path:
    """Where a document of the tables is stored (names are unique across the corpus)."""
    for directory in dirs or corpus_dirs():
        path = directory / name
        if path.is_file() and path.parent == directory:
            return path
    raise DistrictsError(f"{name}: no such document in the corpus")


@dataclass(frozen=True)
class Added:
    name: str
    title: str
    date: str
    district: str
    facts: int


def stored_name(original: Path, taken: set[str]) -> str:
    """A file name for the extracted text: the original's stem, made unique and safe."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", original.stem).strip(" ._") or "document"
    name = f"{stem}.txt"
    number = 2
    while name in taken:
        name = f"{stem}-{number}.txt"
        number += 1
    return name


def taken_names(user_dir: Path | None = None) -> set[str]:
    user_dir = user_dir or USER_DIR
    return {path.name for directory in corpus_dirs(user_dir) for path in directory.glob("*")}


def store(
    original: Path,
    text: str,
    *,
    title: str = "",
    date: str = "",
    district: str = "",
    user_dir: Path | None = None,
    publisher: str = "",
    url: str = "",
) -> str:
    """Keep the extracted text and the original file; record the metadata. Returns the name."""
    user_dir = user_dir or USER_DIR
    if date and not re.fullmatch(r"(19|20)\d{2}(-\d{2}(-\d{2})?)?", date):
        raise DistrictsError(f"--date {date!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    name = stored_name(original, taken_names(user_dir))
    (user_dir / ORIGINALS).mkdir(parents=True, exist_ok=True)
    write_atomic(user_dir / name, text.encode("utf-8"))
    shutil.copyfile(original, user_dir / ORIGINALS / f"{Path(name).stem}{original.suffix.lower()}")
    entries = _entries(user_dir)
    entries.append(
        {
            "file": name,
            "original": f"{ORIGINALS}/{Path(name).stem}{original.suffix.lower()}",
            "title": title or infer_title(text),
            "date": date or infer_date(text),
            "district": district,
            # only what the user gave: a citation must not name an invented publisher
            **({"publisher": publisher} if publisher else {}),
            **({"url": url} if url else {}),
        }
    )
    _write_entries(user_dir, entries)
    return name


def remove(name: str, user_dir: Path | None = None) -> None:
    """Remove an added document, its original and its metadata (seeds cannot be removed)."""
    user_dir = user_dir or USER_DIR
    if Path(name).name != name or name in ("", ".", "..", ORIGINALS) or name == SOURCES_FILE:
        raise DistrictsError(f"{name}: not an added document (give its name as listed)")
    entries = _entries(user_dir)
    kept = [entry for entry in entries if entry.get("file") != name]
    if len(kept) == len(entries) and not (user_dir / name).is_file():
        raise DistrictsError(f"{name}: not an added document (seeds cannot be removed)")
    for entry in entries:
        if entry.get("file") == name and entry.get("original"):
            (user_dir / entry["original"]).unlink(missing_ok=True)
    (user_dir / name).unlink(missing_ok=True)
    _write_entries(user_dir, kept)


def user_documents(user_dir: Path | None = None) -> list[dict[str, str]]:
    return _entries(user_dir or USER_DIR)


def _entries(user_dir: Path) -> list[dict[str, str]]:
    path = user_dir / SOURCES_FILE
    if not path.exists():
        return []
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise DistrictsError(f"{path}: is not valid YAML ({error})") from error
    return list(raw.get("documents", []))


def _write_entries(user_dir: Path, entries: list[dict[str, str]]) -> None:
    header = (
        "# Documents added with `districts add` or the dashboard; edit titles and dates freely.\n"
    )
    body = yaml.safe_dump({"documents": entries}, allow_unicode=True, sort_keys=False)
    write_atomic(user_dir / SOURCES_FILE, (header + body).encode("utf-8"))
