"""Bytes → text, by strict trial of the encodings Chinese documents come in.

Nothing is decoded with ``errors="replace"``: a wrong guess that silently swaps characters
would put wrong numbers in the tables. A file is either decoded exactly or refused with a
``DocumentError`` that names it and says why.
"""

from __future__ import annotations

import codecs
import functools
import os
import re
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from districts.errors import DocumentError
from districts.limits import limits, mib

# Documents are policy texts and news articles; a larger file is almost certainly not one,
# and reading it whole would cost memory the dashboard machine needs (data/limits.yaml).
MAX_DOCUMENT_BYTES = limits().file_bytes

# File signatures of formats that are sometimes renamed to .txt by mistake.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (e.g. a Word .docx)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls)"),
    (b"\x1f\x8b", "a gzip archive"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Tried in this order after the BOM check. UTF-8 first: its strict decoding almost never
# accepts text in another encoding. GB18030 and Big5 can both accept the same bytes, so when
# both succeed the more plausible text wins (see _plausibility).
_TRIAL_ENCODINGS = ("utf-8", "gb18030", "big5")


@dataclass(frozen=True)
class Document:
    """A document's decoded text, exactly as in the file, and how it was decoded."""

    path: str
    name: str
    text: str
    encoding: str
    size: int


def read_document(path: str | Path, within: Path | None = None) -> Document:
    path = Path(path)
    data = read_limited_bytes(path, within)
    text, encoding = decode_bytes(data, path)
    check_text_budget(text, path)
    return Document(str(path), path.name, text, encoding, len(data))


def check_text_budget(text: str, path: str | Path) -> None:
    """Refuse extracted text longer than the character budget of data/limits.yaml.

    Why: every later stage costs memory in proportion to the text, so a document whose text
    is far longer than any report (a small file that expanded) is refused before that work.
    Example: with a budget of 10,000,000, a .docx whose paragraphs unfold to 12 million
    characters is refused with both figures named.
    """
    budget = limits().text_characters
    if len(text) > budget:
        raise DocumentError(
            path,
            f"the text is {len(text):,} characters, over the budget of {budget:,} characters "
            "(text_characters in limits.yaml)",
        )


def read_limited_bytes(path: Path, within: Path | None = None) -> bytes:
    """A document file's bytes, refused over the size limit before anything is read.

    Only a regular file is read: a device or a pipe (a link to /dev/zero, a FIFO) reports no
    size and would be read until memory runs out, so the file is opened without blocking (a
    FIFO would wait for a writer) and checked again on the open descriptor (the name may have
    been swapped since). With ``within``, a link leading out of that folder is refused: a
    corpus folder holds its documents, not pointers to anything else on the machine. The read
    itself stops past the limit too, in case the file grows while it is read.
    """
    try:
        if within is not None and not _inside(path, within):
            raise DocumentError(path, f"is a link leading out of its folder {within}")
        if not stat.S_ISREG(path.stat().st_mode):
            raise DocumentError(path, "is not a regular file (a device, a pipe or a folder)")
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(descriptor, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise DocumentError(path, "is not a regular file (a device, a pipe or a folder)")
            if info.st_size > MAX_DOCUMENT_BYTES:
                raise DocumentError(
                    path,
                    f"the file is {info.st_size / 2**20:.1f} MiB; documents over "
                    f"{mib(MAX_DOCUMENT_BYTES)} are refused (file_bytes in limits.yaml)",
                )
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
        if len(data) > MAX_DOCUMENT_BYTES:
            raise DocumentError(path, f"the file grew past {mib(MAX_DOCUMENT_BYTES)} while read")
        return data
    except OSError as error:
        raise DocumentError(path, f"cannot be read ({error.strerror or error})") from error


def _inside(path: Path, folder: Path) -> bool:
    """Whether ``path``, links followed, is in ``folder`` (links followed too)."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a loop of links
        return False


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` exactly, or raise ``DocumentError`` naming ``path``."""
    if not data.strip():
        raise DocumentError(path, "the file is empty")
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise DocumentError(path, f"the file is {what}, not a text document")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise DocumentError(
                    path, f"starts with a {encoding} byte-order mark but is not valid {encoding}"
                ) from error
            if _private_use_share(text) > _MAX_PRIVATE_USE:
                raise DocumentError(path, f"the {encoding} text is mostly unassigned characters")
            return _checked_text(text, path), encoding
    if b"\x00" in data:
        raise DocumentError(path, "the file is binary (it contains NUL bytes), not text")

    candidates: list[tuple[str, str]] = []
    for encoding in _TRIAL_ENCODINGS:
        try:
            candidates.append((data.decode(encoding), encoding))
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8":
            break
    if candidates and candidates[0][1] != "utf-8" and len(data) % 2 == 0:
        # Chinese in UTF-16 without a byte-order mark has no NUL bytes and often decodes as
        # GB18030 too, into nonsense; let plausibility decide between them.
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                candidates.append((data.decode(encoding), encoding))
            except UnicodeDecodeError:
                continue
    if not candidates:
        raise DocumentError(
            path, "the text is in no supported encoding (UTF-8, UTF-16, GB18030/GBK, Big5)"
        )
    # Private-use characters come from bytes that only look like a legacy encoding.
    candidates = [c for c in candidates if _private_use_share(c[0]) <= _MAX_PRIVATE_USE]
    if not candidates:
        raise DocumentError(
            path, "the text is in no supported encoding (UTF-8, UTF-16, GB18030/GBK, Big5)"
        )
    if len(candidates) == 1 and candidates[0][1] == "utf-8":
        return _checked_text(candidates[0][0], path), "utf-8"  # strict UTF-8 is conclusive
    text, encoding = max(candidates, key=lambda candidate: _plausibility(candidate[0]))
    if encoding != "utf-8" and _plausibility(text) < _MIN_PLAUSIBILITY:
        raise DocumentError(
            path,
            "the text is in no supported encoding (UTF-8, UTF-16, GB18030/GBK, Big5): "
            "every reading gives mostly rare characters",
        )
    return _checked_text(text, path), encoding


_MAX_PRIVATE_USE = 0.01
_PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")
# Real Chinese text read in its own encoding is made almost only of common characters;
# the same bytes read in another encoding are mostly rare ones.
_MIN_PLAUSIBILITY = 0.5


def _private_use_share(text: str) -> float:
    private = len(_PRIVATE_USE_RE.findall(text))
    return private / max(1, len(text))


_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f]")


def _checked_text(text: str, path: str | Path) -> str:
    if not text.strip():
        raise DocumentError(path, "the file is empty")
    controls = len(_CONTROL_RE.findall(text))
    if controls > max(8, len(text) // 100):
        raise DocumentError(path, "the file is binary (many control characters), not text")
    return text


def _plausibility(text: str) -> float:
    """Share of the text's letters outside Latin that are common Chinese characters.

    Why: Big5 bytes are almost always valid GBK/GB18030 too, so which decoding succeeds says
    nothing; how Chinese the result reads does. Chinese read in its own encoding is made
    almost only of the few thousand most frequent characters; the same bytes read in another
    encoding give rare characters, kana, Hangul and private-use code points. Latin letters
    (pinyin, English) and punctuation are neutral: they look the same in every reading.

    >>> _plausibility("Big5 bytes read as Big5 are common characters") == 1.0
    True
    """
    letters = [ch for ch in text if _is_scored_letter(ch)]
    if not letters:
        return 1.0
    common = _common_characters()
    return sum(1 for ch in letters if ch in common) / len(letters)


def _is_scored_letter(char: str) -> bool:
    """Letters of scripts other than Latin, and private-use characters (they are never text)."""
    if ord(char) < 0x250:  # ASCII and Latin with diacritics: pinyin, English words
        return False
    return unicodedata.category(char)[0] == "L" or unicodedata.category(char) == "Co"


# How many of the most frequent characters count as common. Everyday Chinese uses about 2,500
# (the 常用字 list has 2,500); wrong readings of legacy bytes fall mostly outside them.
_COMMON_CHARACTER_COUNT = 2500


@functools.cache
def _common_characters() -> frozenset[str]:
    """The most frequent simplified characters and their traditional forms (TW, HK, standard).

    Frequencies are summed over the words of jieba's dictionary, which is simplified; the
    traditional forms are added so that traditional text reads as plausible as simplified.
    The sums are the damage finder's (``mojibake``), which keeps them in the private cache:
    reading the 5 MB dictionary here again cost half a second in every new process.
    """
    from opencc import OpenCC  # imported lazily: only ambiguous legacy encodings need it

    from districts.text.mojibake import character_frequencies

    # Counter ranks equal sums in the dictionary's order, as the sums were first made
    frequency = Counter(character_frequencies())
    ranked = [ch for ch, _ in frequency.most_common() if "\u4e00" <= ch <= "\u9fff"]
    top = "".join(ranked[:_COMMON_CHARACTER_COUNT])
    chars = set(top)
    for config in ("s2t", "s2tw", "s2hk"):
        chars.update(OpenCC(config).convert(top))
    return frozenset(chars)
