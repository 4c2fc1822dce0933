"""Generators of the hostile inputs of issue 18, at any size: small in the tests, full size in
bench/hostile.py. Each writes a file and streams what it can, so that making a file that
inflates to a gigabyte costs a few megabytes of memory.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_LEAD = "密云区2024年森林覆盖率达到72.5%。"


def docx(path: Path, body: Iterable[str]) -> Path:
    """A minimal .docx whose document body is the XML pieces of ``body``, streamed."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELS)
        with package.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}">'
                       f"<w:body><w:p><w:r><w:t>{_LEAD}</w:t></w:r></w:p>".encode())  # fmt: skip
            for piece in body:
                part.write(piece.encode())
            part.write(b"</w:body></w:document>")
    return path


def docx_text_node(path: Path, characters: int) -> Path:
    """One paragraph holding one text node of ``characters`` characters."""
    return docx(path, ["<w:p><w:r><w:t>", *_repeat("a", characters), "</w:t></w:r></w:p>"])


def docx_paragraphs(path: Path, count: int) -> Path:
    """``count`` short paragraphs (many elements, each a few bytes)."""
    return docx(path, _repeat("<w:p><w:r><w:t>1</w:t></w:r></w:p>", count))


def _repeat(piece: str, count: int, chunk: int = 1 << 16) -> Iterator[str]:
    """``piece * count`` in pieces of at most ``chunk`` repetitions."""
    while count > 0:
        yield piece * min(count, chunk)
        count -= chunk


# --- PDF --------------------------------------------------------------------------------------


class _Pdf:
    """A PDF written object by object, with a correct cross-reference table."""

    def __init__(self, path: Path) -> None:
        self.handle = path.open("wb")
        self.offsets: list[int] = []
        self.handle.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def add(self, head: bytes, stream: Iterable[bytes] | None = None) -> int:
        """Write the next object; returns its number."""
        self.offsets.append(self.handle.tell())
        number = len(self.offsets)
        self.handle.write(b"%d 0 obj\n" % number + head)
        if stream is not None:
            self.handle.write(b"\nstream\n")
            for chunk in stream:
                self.handle.write(chunk)
            self.handle.write(b"\nendstream")
        self.handle.write(b"\nendobj\n")
        return number

    def close(self, root: int) -> None:
        start = self.handle.tell()
        self.handle.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.offsets) + 1))
        for offset in self.offsets:
            self.handle.write(b"%010d 00000 n \n" % offset)
        self.handle.write(
            b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(self.offsets) + 1, root, start)
        )
        self.handle.close()


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = b"BT /F1 12 Tf 72 720 Td (Miyun 72.5) Tj ET"


def _flate(chunks: Iterable[bytes]) -> Iterator[bytes]:
    compressor = zlib.compressobj(9)
    for chunk in chunks:
        yield compressor.compress(chunk)
    yield compressor.flush()


def pdf_pages(path: Path, pages: int) -> Path:
    """``pages`` pages sharing one small content stream."""
    pdf = _Pdf(path)
    font = pdf.add(_FONT)
    content = pdf.add(b"<< /Length %d >>" % len(_TEXT), [_TEXT])
    # Objects are numbered in order: the page tree comes after its pages.
    first = content + 1
    tree = first + pages
    # Pages inherit their size and font from the tree, so 150,000 of them stay under 20 MiB.
    for _ in range(pages):
        pdf.add(b"<</Type/Page/Parent %d 0 R/Contents %d 0 R>>" % (tree, content))
    kids = b" ".join(b"%d 0 R" % number for number in range(first, tree))
    pdf.add(
        b"<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (kids, pages, font)
    )
    pdf.close(pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % tree))
    return path


def pdf_nested_forms(path: Path, depth: int, fanout: int = 2) -> Path:
    """Form XObjects ``depth`` deep, each drawing the next ``fanout`` times (fanout**depth
    drawings of the innermost, which holds a line of text)."""
    pdf = _Pdf(path)
    font = pdf.add(_FONT)
    inner = pdf.add(
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Length %d "
        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (len(_TEXT), font),
        [_TEXT],
    )
    for _ in range(depth - 1):
        body = b" ".join([b"/X Do"] * fanout)
        inner = pdf.add(
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Length %d "
            b"/Resources << /XObject << /X %d 0 R >> >> >>" % (len(body), inner),
            [body],
        )
    page_body = b"/X Do " + _TEXT
    content = pdf.add(b"<< /Length %d >>" % len(page_body), [page_body])
    page = pdf.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
        b"/Resources << /XObject << /X %d 0 R >> /Font << /F1 %d 0 R >> >> >>"
        % (content + 2, content, inner, font)
    )
    pdf.add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    pdf.close(pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % (page + 1)))
    return path


def pdf_inflating_stream(path: Path, inflated_bytes: int) -> Path:
    """One page whose content stream is ``inflated_bytes`` of spaces, deflated."""
    chunk = 1 << 20
    pieces = [b" " * chunk] * (inflated_bytes // chunk) + [b" " * (inflated_bytes % chunk)]
    compressed = list(_flate(pieces))
    length = sum(len(piece) for piece in compressed)
    pdf = _Pdf(path)
    font = pdf.add(_FONT)
    content = pdf.add(b"<< /Length %d /Filter /FlateDecode >>" % length, compressed)
    page = pdf.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content + 2, content, font)
    )
    pdf.add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    pdf.close(pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % (page + 1)))
    return path


# --- web pages and text -----------------------------------------------------------------------


def html_nested(path: Path, tags: int) -> Path:
    """``tags`` unclosed <div>s inside each other around one sentence."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write("<html><body>")
        for piece in _repeat("<div>", tags):
            handle.write(piece)
        handle.write(f"<p>{_LEAD}</p></body></html>")
    return path


def html_flat(path: Path, tags: int) -> Path:
    """``tags`` closed, empty <i> elements side by side (many elements, no depth)."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write(f"<html><body><p>{_LEAD}</p>")
        for piece in _repeat("<i></i>", tags):
            handle.write(piece)
        handle.write("</body></html>")
    return path


def table_text(path: Path, rows: int) -> Path:
    """Issue 18, case 1: a table laid out as text, rows without end punctuation."""
    row = "密云区森林覆盖率72.5%林木绿化率80.1%城市绿化覆盖率50.2%湿地面积3.5万亩\n"
    path.write_text("密云区2024年\n" + row * rows, encoding="utf-8")
    return path


def ascii_text(path: Path, size: int) -> Path:
    """Issue 18, case 8: plain ASCII prose of ``size`` bytes with numbers in it."""
    line = "Miyun district forest coverage 72.5 percent in 2024, wetland 3.5 km2.\n"
    path.write_text("密云区\n" + line * (size // len(line)), encoding="utf-8")
    return path
