"""The corpus: the seed documents plus the documents staff add.

Seeds stay as they are in ``seeds/``. An added document is stored under ``data/user/`` as
the plain text extracted from it (the text every quote refers to) and, beside it in
``data/user/originals/``, the file as it was uploaded. Its metadata goes to
``data/user/sources.yaml``, in the same form as ``seeds/sources.yaml``.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from districts import paths
from districts.errors import DistrictsError
from districts.facts.pipeline import SOURCES_FILE, infer_date, infer_title
from districts.limits import limits
from districts.tables.build import build_lock
from districts.tables.cache import DocumentCache
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


# File names are at most 255 bytes on Linux file systems. A stored name keeps its stem to this
# many bytes, so that "-12.txt", an original's suffix or a temporary prefix still fit.
_MAX_STEM_BYTES = 200


def safe_stem(name: str) -> str:
    """A file name's stem without path or control characters, cut to fit any file system.

    Why: names come from strangers (uploads, e-mail attachments) and may hold "/" or be
    longer than the 255 bytes a file name may have once a number or suffix is added.
    Example: ``safe_stem("a/b:c.txt") == "b_c"``; a 250-byte stem is cut to 200 bytes at a
    character boundary.
    """
    stem = Path(name.replace("\\", "/")).stem
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", stem).strip(" ._") or "document"
    return stem.encode("utf-8")[:_MAX_STEM_BYTES].decode("utf-8", "ignore").rstrip(" ._")


def stored_name(original: Path, taken: set[str]) -> str:
    """A file name for the extracted text: the original's stem, made unique and safe."""
    stem = safe_stem(original.name)
    name = f"{stem}.txt"
    number = 2
    while name in taken:
        name = f"{stem}-{number}.txt"
        number += 1
    return name


def taken_names(user_dir: Path | None = None) -> set[str]:
    user_dir = user_dir or USER_DIR
    return {path.name for directory in corpus_dirs(user_dir) for path in directory.glob("*")}


@dataclass(frozen=True)
class Upload:
    """A document to add: the file as given, the text extracted from it, its metadata."""

    original: Path
    text: str
    title: str = ""
    date: str = ""
    district: str = ""
    publisher: str = ""
    url: str = ""


def _citation(publisher: str, url: str) -> dict[str, str]:
    """Only what the user gave: a citation must not name an invented publisher."""
    return {**({"publisher": publisher} if publisher else {}), **({"url": url} if url else {})}


def add(
    uploads: list[Upload],
    out_dir: Path,
    *,
    user_dir: Path | None = None,
    cache: DocumentCache | None = None,
    on_wait: Callable[[], None] | None = None,
    extract: Callable[[list[Path], list[str]], None] | None = None,
    export: bool = True,
) -> list[str]:
    """Store the uploads and rebuild the tables as one transaction; returns the stored names.

    Everything is written in a staging folder beside ``data/user/`` (the same file system),
    then renamed in, the metadata last; when anything fails (a full disk, a read-only folder,
    a build that cannot publish) the renames are undone, so ``data/user/`` and the tables are
    as they were. One add or build at a time: a second waits for the first, up to
    ``add_lock_wait_seconds`` of data/limits.yaml, calling ``on_wait`` to say so.

    ``extract(dirs, names)``, when given, is called once the documents are in place and before
    the tables are updated, to put their facts in ``cache`` (the dashboard reads them in a
    limited child process); a failure there undoes the add like any other.

    ``export=False`` leaves the rewrite of ``mentions.csv`` (the download) to the caller: the
    tables show the documents once published, and the dashboard rewrites it after answering.
    """
    from districts.tables.update import refresh_export, update_holding_lock

    user_dir = user_dir or USER_DIR
    for upload in uploads:
        _check_date(upload.date)
    with build_lock(out_dir, wait=limits().add_lock_wait_seconds, on_wait=on_wait):
        with _Transaction(user_dir) as transaction:
            taken = taken_names(user_dir)
            entries = _entries(user_dir)
            names = []
            for upload in uploads:
                name = stored_name(upload.original, taken)
                taken.add(name)
                names.append(name)
                original = f"{ORIGINALS}/{Path(name).stem}{upload.original.suffix.lower()}"
                transaction.copy(upload.original, original)
                transaction.write(name, upload.text.encode("utf-8"))
                entries.append(
                    {
                        "file": name,
                        "original": original,
                        "title": upload.title or infer_title(upload.text),
                        "date": upload.date or infer_date(upload.text, upload.url),
                        "district": upload.district,
                        **_citation(upload.publisher, upload.url),
                    }
                )
            transaction.write(SOURCES_FILE, _entries_bytes(entries))

            # only the new documents' rows (tables/update.py), or a whole build when the store
            # cannot be patched; a failure here undoes the renames
            def publish() -> None:
                dirs = corpus_dirs(user_dir)
                if extract is not None:
                    extract(dirs, names)
                update_holding_lock(dirs, out_dir, changed=names, cache=cache)

            transaction.commit(publish)
    if export:  # mentions.csv, the download: a second step, the tables already show it
        refresh_export(out_dir)
    return names


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
    """Keep the extracted text and the original file; record the metadata. Returns the name.

    The tables are not rebuilt (``add`` does both, as one transaction); the files go in the
    same way, all or nothing.
    """
    user_dir = user_dir or USER_DIR
    _check_date(date)
    with _Transaction(user_dir) as transaction:
        name = stored_name(original, taken_names(user_dir))
        stored_original = f"{ORIGINALS}/{Path(name).stem}{original.suffix.lower()}"
        transaction.copy(original, stored_original)
        transaction.write(name, text.encode("utf-8"))
        entries = _entries(user_dir)
        entries.append(
            {
                "file": name,
                "original": stored_original,
                "title": title or infer_title(text),
                "date": date or infer_date(text, url),
                "district": district,
                **_citation(publisher, url),
            }
        )
        transaction.write(SOURCES_FILE, _entries_bytes(entries))
        transaction.commit()
    return name


def _check_date(date: str) -> None:
    if date and not re.fullmatch(r"(19|20)\d{2}(-\d{2}(-\d{2})?)?", date):
        raise DistrictsError(f"--date {date!r}: use YYYY, YYYY-MM or YYYY-MM-DD")


def remove(name: str, user_dir: Path | None = None) -> None:
    """Remove an added document, its original and its metadata (seeds cannot be removed)."""
    user_dir = user_dir or USER_DIR
    if Path(name).name != name or name in ("", ".", "..", ORIGINALS) or name == SOURCES_FILE:
        raise DistrictsError(f"{name}: not an added document (give its name as listed)")
    entries = _entries(user_dir)
    kept = [entry for entry in entries if entry.get("file") != name]
    if len(kept) == len(entries) and not (user_dir / name).is_file():
        raise DistrictsError(f"{name}: not an added document (seeds cannot be removed)")
    try:
        for entry in entries:
            if entry.get("file") == name and entry.get("original"):
                (user_dir / entry["original"]).unlink(missing_ok=True)
        (user_dir / name).unlink(missing_ok=True)
        _write_entries(user_dir, kept)
    except OSError as error:
        raise DistrictsError(
            f"{user_dir}: cannot remove {name} ({error.strerror or error})"
        ) from error


class _Transaction:
    """Files staged in a private folder beside ``user_dir``, renamed in together or not at all.

    Renames within one file system never run out of space and are atomic each; they are
    undone in reverse order when a later step fails, and the staging folder is always removed.
    """

    def __init__(self, user_dir: Path) -> None:
        self.user_dir = user_dir
        self.staged: list[str] = []  # names relative to user_dir, in the order to rename
        self.renamed: list[tuple[Path, Path | None]] = []  # (final, backup of what it replaced)
        self.folder: Path | None = None

    def __enter__(self) -> _Transaction:
        try:
            (self.user_dir / ORIGINALS).mkdir(parents=True, exist_ok=True)
            # A short prefix: the staged names are the final ones, up to 255 bytes each.
            self.folder = Path(tempfile.mkdtemp(prefix=".add-", dir=self.user_dir.parent))
            (self.folder / ORIGINALS).mkdir()
            (self.folder / "replaced").mkdir()
        except OSError as error:
            self.__exit__(None, None, None)
            raise _storage_error(self.user_dir, error) from error
        return self

    def __exit__(self, *exc: object) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)

    def write(self, name: str, content: bytes) -> None:
        assert self.folder is not None
        try:
            with (self.folder / name).open("wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            raise _storage_error(self.user_dir, error) from error
        self.staged.append(name)

    def copy(self, source: Path, name: str) -> None:
        assert self.folder is not None
        try:
            shutil.copyfile(source, self.folder / name)
        except OSError as error:
            raise _storage_error(self.user_dir, error) from error
        self.staged.append(name)

    def commit(self, then: Callable[[], object] | None = None) -> None:
        """Rename every staged file in (the metadata last), then run ``then`` (the rebuild);
        undo the renames if either fails."""
        assert self.folder is not None
        try:
            order = sorted(self.staged, key=lambda name: name == SOURCES_FILE)
            for number, name in enumerate(order):
                final = self.user_dir / name
                backup = None
                if final.exists():  # only sources.yaml: names of new files are unique
                    backup = self.folder / "replaced" / str(number)
                    os.link(final, backup)
                os.replace(self.folder / name, final)
                self.renamed.append((final, backup))
            if then is not None:
                then()
        except BaseException as error:
            self._undo()
            if isinstance(error, OSError):
                raise _storage_error(self.user_dir, error) from error
            raise

    def _undo(self) -> None:
        for final, backup in reversed(self.renamed):
            try:
                if backup is not None:
                    os.replace(backup, final)
                else:
                    final.unlink(missing_ok=True)
            except OSError:
                continue  # best effort: the rest is still undone
        self.renamed.clear()


def _storage_error(user_dir: Path, error: OSError) -> DistrictsError:
    return DistrictsError(
        f"{user_dir}: cannot store the document ({error.strerror or error}); "
        "nothing was added and the tables are unchanged"
    )


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
    write_atomic(user_dir / SOURCES_FILE, _entries_bytes(entries))


def _entries_bytes(entries: list[dict[str, str]]) -> bytes:
    header = (
        "# Documents added with `districts add` or the dashboard; edit titles and dates freely.\n"
    )
    body = yaml.safe_dump({"documents": entries}, allow_unicode=True, sort_keys=False)
    return (header + body).encode("utf-8")
