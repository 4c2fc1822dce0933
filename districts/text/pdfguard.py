"""PDF text extraction within the budgets of data/limits.yaml (pdfminer, bounded).

pdfminer trusts the file: it inflates every stream whole, draws Form XObjects inside Form
XObjects as deep and as often as they are referenced, and walks every page. A few kilobytes
can therefore ask for gigabytes or hours. Here each of those is counted where it happens and
the document is refused at the budget with a ``DocumentError`` naming the file and the budget:

- pages are counted lazily before any is drawn, stopping at the budget;
- a Form XObject drawn deeper, or more often in the document, than the budget is refused;
- every stream inflates through a decompressor that stops at the per-stream budget, and the
  document's total of inflated bytes is counted too.

pdfminer decodes streams through names it imported into ``pdfminer.pdftypes`` (``zlib``,
``lzwdecode``, ``rldecode``, ``decompress_corrupted``); those names are replaced once by
bounded versions, which read the budget of the extraction running in the current thread.
"""

from __future__ import annotations

import functools
import io
import threading
import zlib
from pathlib import Path
from typing import Any

from districts.errors import DocumentError
from districts.limits import PdfLimits, mib


class _Extraction:
    """The budget and the running totals of the PDF being read in this thread."""

    def __init__(self, path: Path, budget: PdfLimits) -> None:
        self.path = path
        self.budget = budget
        self.inflated = 0
        self.form_uses = 0
        # pdfminer catches some exceptions while it parses; the first refusal is kept here
        # and raised again once pdfminer returns.
        self.refusal: DocumentError | None = None

    def refuse(self, problem: str) -> DocumentError:
        error = DocumentError(self.path, problem)
        self.refusal = self.refusal or error
        return error

    def count_inflated(self, size: int) -> None:
        if size > self.budget.stream_bytes:
            raise self.refuse(
                f"a stream of the PDF inflates to over {mib(self.budget.stream_bytes)} "
                "(pdf.stream_bytes in limits.yaml)"
            )
        self.inflated += size
        if self.inflated > self.budget.streams_bytes:
            raise self.refuse(
                f"the PDF's streams inflate to over {mib(self.budget.streams_bytes)} "
                "(pdf.streams_bytes in limits.yaml)"
            )


_current = threading.local()


def _extraction() -> _Extraction | None:
    return getattr(_current, "extraction", None)


def pdf_text(data: bytes, path: Path, budget: PdfLimits) -> str:
    """The text of the PDF ``data`` as pdfminer's ``extract_text`` gives it (a form feed after
    each page), refused with a ``DocumentError`` at the first budget it passes."""
    from pdfminer.converter import TextConverter
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfparser import PDFParser

    _install_bounded_decoders()
    extraction = _Extraction(path, budget)
    _current.extraction = extraction
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        pages = _pages(document, extraction)
        output = io.StringIO()
        resources = PDFResourceManager(caching=True)
        device = TextConverter(resources, output, laparams=LAParams())
        interpreter = _bounded_interpreter_class()(resources, device)
        for page in pages:
            interpreter.process_page(page)
            if extraction.refusal:
                raise extraction.refusal
        device.close()
        return output.getvalue()
    except DocumentError:
        raise
    except Exception:
        if extraction.refusal:  # pdfminer turned the refusal into an error of its own
            raise extraction.refusal from None
        raise
    finally:
        _current.extraction = None


def _pages(document: Any, extraction: _Extraction) -> list[Any]:
    """The document's pages, refused once there are more than the budget (counted lazily:
    a PDF of 150,000 pages costs the walk over 2,001 of them)."""
    from pdfminer.pdfpage import PDFPage

    pages = []
    for page in PDFPage.create_pages(document):
        pages.append(page)
        if len(pages) > extraction.budget.pages:
            raise extraction.refuse(
                f"the PDF has over {extraction.budget.pages:,} pages (pdf.pages in limits.yaml)"
            )
    return pages


@functools.cache
def _bounded_interpreter_class() -> type:
    """pdfminer's page interpreter, counting Form XObjects by depth and by use."""
    from pdfminer.pdfinterp import PDFPageInterpreter

    class BoundedInterpreter(PDFPageInterpreter):
        depth = 0

        def subinterp(self) -> PDFPageInterpreter:
            interpreter = super().subinterp()
            interpreter.depth = self.depth + 1
            return interpreter

        def do_Do(self, xobjid_arg: Any) -> None:
            extraction = _extraction()
            if extraction is not None:
                budget = extraction.budget
                if self.depth >= budget.form_depth:
                    raise extraction.refuse(
                        f"the PDF nests drawings (Form XObjects) over {budget.form_depth} deep "
                        "(pdf.form_depth in limits.yaml)"
                    )
                extraction.form_uses += 1
                if extraction.form_uses > budget.form_uses:
                    raise extraction.refuse(
                        f"the PDF draws over {budget.form_uses:,} Form XObjects "
                        "(pdf.form_uses in limits.yaml)"
                    )
            super().do_Do(xobjid_arg)

    return BoundedInterpreter


@functools.cache
def _install_bounded_decoders() -> None:
    """Replace pdfminer's stream decoders by versions that stop at the budget (once)."""
    from pdfminer import pdftypes

    pdftypes.zlib = _BoundedZlib()  # type: ignore[assignment]
    pdftypes.decompress_corrupted = _inflate_damaged
    pdftypes.lzwdecode = _bounded_lzw
    pdftypes.rldecode = _bounded_run_length


def _limit() -> int:
    extraction = _extraction()
    return extraction.budget.stream_bytes if extraction else 1 << 62


def _counted(data: bytes) -> bytes:
    extraction = _extraction()
    if extraction is not None:
        extraction.count_inflated(len(data))
    return data


_CHUNK = 1 << 16


def _inflate(data: bytes, *, damaged_ok: bool) -> bytes:
    """Inflate at most one byte past the budget, so a bomb costs the budget, not its size.

    Fed a chunk at a time, so that a stream damaged near its end (a bad checksum) still gives
    what came before the damage when ``damaged_ok``, as pdfminer's own reader did.
    """
    inflater = zlib.decompressobj()
    limit, size, parts = _limit(), 0, []
    view = memoryview(data)
    try:
        for start in range(0, len(data), _CHUNK):
            pending: bytes | memoryview = view[start : start + _CHUNK]
            while pending and not inflater.eof:
                piece = inflater.decompress(pending, limit + 1 - size)
                size += len(piece)
                parts.append(piece)
                if size > limit:
                    _counted_over(limit)
                pending = inflater.unconsumed_tail
            if inflater.eof:
                break
    except zlib.error:
        if not damaged_ok:
            raise
    if not inflater.eof and not damaged_ok:
        # A cut stream: pdfminer then tries its damaged-stream reader (_inflate_damaged).
        raise zlib.error("incomplete or truncated stream")
    return _counted(b"".join(parts))


def _counted_over(limit: int) -> bytes:
    extraction = _extraction()
    if extraction is not None:
        extraction.count_inflated(limit + 1)  # raises: one byte over the stream budget
    raise zlib.error("stream over the size budget")


class _BoundedZlib:
    """What pdfminer.pdftypes uses of ``zlib``, with ``decompress`` bounded."""

    error = zlib.error
    decompressobj = staticmethod(zlib.decompressobj)

    @staticmethod
    def decompress(data: bytes) -> bytes:
        return _inflate(data, damaged_ok=False)


def _inflate_damaged(data: bytes) -> bytes:
    """pdfminer's reader of streams with a bad checksum keeps what inflates (it did so a byte
    at a time, quadratic in the output); bounded like the rest."""
    return _inflate(data, damaged_ok=True)


def _bounded_lzw(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    limit, size, parts = _limit(), 0, []
    for part in LZWDecoder(io.BytesIO(data)).run():
        size += len(part)
        if size > limit:
            _counted_over(limit)
        parts.append(part)
    return _counted(b"".join(parts))


def _bounded_run_length(data: bytes) -> bytes:
    """RunLengthDecode (PDF Reference 3.3.4) into bytes, stopping at the budget: a length byte
    0–127 copies the next 1–128 bytes, 129–255 repeats the next byte 2–128 times, 128 ends.

    >>> _bounded_run_length(bytes([2, 65, 66, 67, 253, 68, 128]))
    b'ABCDDDD'
    """
    limit, out, index = _limit(), bytearray(), 0
    while index < len(data):
        length = data[index]
        if length == 128:
            break
        if length < 128:
            out += data[index + 1 : index + 2 + length]
            index += 2 + length
        else:
            out += data[index + 1 : index + 2] * (257 - length)
            index += 2
        if len(out) > limit:
            _counted_over(limit)
    return _counted(bytes(out))
