"""Bytes → text, by strict trial of the encodings Chinese documents come in.

Nothing is decoded with ``errors="replace"``: a wrong guess that silently swaps characters
would put wrong numbers in the tables. A file is either decoded exactly or refused with a
``DocumentError`` that names it and says why.
"""

from __future__ import annotations

import codecs
import functools
from dataclasses import dataclass
from pathlib import Path

from districts.errors import DocumentError

# Documents are policy texts and news articles; a larger file is almost certainly not one,
# and reading it whole would cost memory the dashboard machine needs.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

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


def read_document(path: str | Path) -> Document:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise DocumentError(
                path,
                f"the file is {size / 2**20:.1f} MiB; documents over "
                f"{MAX_DOCUMENT_BYTES / 2**20:.1f} MiB are refused",
            )
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(path, f"cannot be read ({error.strerror or error})") from error
    text, encoding = decode_bytes(data, path)
    return Document(str(path), path.name, text, encoding, len(data))


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
                return _checked_text(data.decode(encoding), path), encoding
            except UnicodeDecodeError as error:
                raise DocumentError(
                    path, f"starts with a {encoding} byte-order mark but is not valid {encoding}"
                ) from error
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
    text, encoding = max(candidates, key=lambda candidate: _plausibility(candidate[0]))
    return _checked_text(text, path), encoding


_MAX_PRIVATE_USE = 0.01


def _private_use_share(text: str) -> float:
    private = sum(1 for ch in text if "\ue000" <= ch <= "\uf8ff")
    return private / max(1, len(text))


def _checked_text(text: str, path: str | Path) -> str:
    if not text.strip():
        raise DocumentError(path, "the file is empty")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(8, len(text) // 100):
        raise DocumentError(path, "the file is binary (many control characters), not text")
    return text


def _plausibility(text: str) -> float:
    """Share of CJK characters that are common Chinese characters.

    Big5 bytes read as GB18030 (or the reverse) decode into rare characters; real text is
    made mostly of characters found in jieba's dictionary.
    """
    common = _common_characters()
    cjk = [ch for ch in text if "\u3400" <= ch <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(1 for ch in cjk if ch in common) / len(cjk)


@functools.cache
def _common_characters() -> frozenset[str]:
    import jieba  # imported lazily: only ambiguous legacy encodings need it
    from opencc import OpenCC

    dictionary = Path(jieba.__file__).with_name("dict.txt")
    chars: set[str] = set()
    with dictionary.open(encoding="utf-8") as lines:
        for line in lines:
            chars.update(line.split(" ", 1)[0])
    # jieba's dictionary is simplified; traditional text is just as plausible.
    to_traditional = OpenCC("s2t")
    chars.update(to_traditional.convert("".join(sorted(chars))))
    return frozenset(chars)
