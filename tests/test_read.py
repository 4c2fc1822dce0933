"""Tests for districts.text.read: exact decoding of documents, or a refusal that names the file."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from districts.errors import DocumentError
from districts.text import read
from districts.text.read import decode_bytes, read_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SIMPLIFIED_SEED = "000_6def407d4eb69332.txt"
TRADITIONAL_SEED = "004_5e0f03cb035e4201.txt"


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def _write(tmp_path: Path, data: bytes, name: str = "document.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _refusal(path: Path) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    error = caught.value
    assert error.path == str(path)
    assert str(error).startswith(f"{path}: ")
    return error


# --- accepted encodings -------------------------------------------------------------------


def test_utf8_without_bom(tmp_path: Path) -> None:
    text = _seed(SIMPLIFIED_SEED)
    data = text.encode("utf-8")
    document = read_document(_write(tmp_path, data))
    assert document.text == text
    assert document.encoding == "utf-8"
    assert document.name == "document.txt"
    assert document.path == str(tmp_path / "document.txt")
    assert document.size == len(data)


def test_utf8_with_bom_drops_the_bom(tmp_path: Path) -> None:
    text = _seed(SIMPLIFIED_SEED)
    document = read_document(_write(tmp_path, codecs.BOM_UTF8 + text.encode("utf-8")))
    assert document.text == text
    assert not document.text.startswith("\ufeff")
    assert document.encoding == "utf-8-sig"


def test_gb18030_encoded_chinese(tmp_path: Path) -> None:
    text = _seed(SIMPLIFIED_SEED)
    data = text.encode("gb18030")
    assert data != text.encode("utf-8")
    document = read_document(_write(tmp_path, data))
    assert document.text == text
    assert document.encoding == "gb18030"


def test_gbk_encoded_chinese_reads_as_gb18030(tmp_path: Path) -> None:
    text = _seed("002_e1d43fca5c4aea9a.txt")[:3000]
    document = read_document(_write(tmp_path, text.encode("gbk")))
    assert document.text == text
    assert document.encoding == "gb18030"


def test_big5_encoded_traditional_text(tmp_path: Path) -> None:
    original = _seed(TRADITIONAL_SEED)[:2000]
    data = original.encode("big5", errors="ignore")
    # What Big5 can encode of the original, character by character.
    filtered = "".join(ch for ch in original if ch.encode("big5", errors="ignore"))
    assert len(filtered) > 1500  # the sample really is mostly encodable traditional text
    document = read_document(_write(tmp_path, data))
    assert document.encoding == "big5"
    assert document.text == filtered


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
    ids=["little-endian", "big-endian"],
)
def test_utf16_with_bom(tmp_path: Path, bom: bytes, codec: str) -> None:
    text = _seed(TRADITIONAL_SEED)[:3000]
    document = read_document(_write(tmp_path, bom + text.encode(codec)))
    assert document.text == text
    assert document.encoding == "utf-16"


def test_decode_bytes_without_a_path_names_bytes() -> None:
    assert decode_bytes("门头沟区".encode()) == ("门头沟区", "utf-8")
    with pytest.raises(DocumentError, match=r"^<bytes>: the file is empty$"):
        decode_bytes(b"")


# --- refusals -----------------------------------------------------------------------------


def test_empty_file_refused(tmp_path: Path) -> None:
    error = _refusal(_write(tmp_path, b""))
    assert error.problem == "the file is empty"


@pytest.mark.parametrize(
    "data",
    [b" \t\r\n\n  \n", "\u3000 \u3000\n".encode(), codecs.BOM_UTF8 + b"  \n"],
    ids=["ascii-whitespace", "ideographic-space", "bom-and-spaces"],
)
def test_whitespace_only_file_refused(tmp_path: Path, data: bytes) -> None:
    error = _refusal(_write(tmp_path, data))
    assert error.problem == "the file is empty"


def test_png_bytes_refused(tmp_path: Path) -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(64))
    error = _refusal(_write(tmp_path, data, "chart.txt"))
    assert "PNG image" in error.problem
    assert "chart.txt" in str(error)


def test_pdf_renamed_txt_refused(tmp_path: Path) -> None:
    data = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    error = _refusal(_write(tmp_path, data, "report.txt"))
    assert "PDF" in error.problem
    assert "not a text document" in error.problem


def test_zip_docx_signature_refused(tmp_path: Path) -> None:
    data = b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + b"[Content_Types].xml" + bytes(40)
    error = _refusal(_write(tmp_path, data, "policy.txt"))
    assert "ZIP archive" in error.problem
    assert ".docx" in error.problem


def test_random_bytes_with_nul_refused(tmp_path: Path) -> None:
    data = random.Random(20241107).randbytes(4096) + b"\x00"
    assert not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    error = _refusal(_write(tmp_path, data, "blob.txt"))
    assert "NUL bytes" in error.problem


def test_many_control_characters_refused(tmp_path: Path) -> None:
    error = _refusal(_write(tmp_path, b"\x01\x02\x03abc" * 40))
    assert "control characters" in error.problem


def test_bytes_in_no_supported_encoding_refused(tmp_path: Path) -> None:
    data = "区域".encode() + b"\x80\xff" + "发展".encode()
    for encoding in ("utf-8", "gb18030", "big5"):
        with pytest.raises(UnicodeDecodeError):
            data.decode(encoding)
    error = _refusal(_write(tmp_path, data))
    assert "no supported encoding" in error.problem


def test_utf16_bom_with_invalid_body_refused(tmp_path: Path) -> None:
    # A byte-order mark followed by a lone high surrogate.
    error = _refusal(_write(tmp_path, codecs.BOM_UTF16_LE + b"A\x00\x00\xd8"))
    assert "byte-order mark" in error.problem


def test_file_over_size_limit_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "门头沟区".encode() * 100)
    monkeypatch.setattr(read, "MAX_DOCUMENT_BYTES", 1000)
    error = _refusal(path)
    assert "refused" in error.problem
    monkeypatch.setattr(read, "MAX_DOCUMENT_BYTES", 1200)
    assert read_document(path).text == "门头沟区" * 100


def test_missing_path_refused(tmp_path: Path) -> None:
    error = _refusal(tmp_path / "no-such-document.txt")
    assert error.problem.startswith("cannot be read")


@pytest.mark.parametrize(
    "text",
    ["懷柔區", "台灣", "區內企業數量增加", "這裡的經濟發展很好", "綠化覆蓋率提高了兩個百分點"],
)
def test_short_big5_reads_as_big5_although_it_is_valid_gbk(text: str) -> None:
    data = text.encode("big5")
    data.decode("gb18030")  # the trap: the bytes are valid GB18030 too
    assert decode_bytes(data) == (text, "big5")


@pytest.mark.parametrize("text", ["海淀区", "北京市", "门头沟区森林覆盖率", "全区新增绿地"])
def test_short_gb18030_still_reads_as_gb18030(text: str) -> None:
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")


def test_pinyin_and_english_do_not_make_a_reading_less_plausible() -> None:
    assert read._plausibility("綠(lǜ)色 Green 區(qū)") == 1.0


def test_a_link_to_a_device_is_refused_not_read(tmp_path: Path) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(DocumentError, match=r"zero\.txt.*not a regular file"):
        read_document(link)


def test_a_folder_named_like_a_document_is_refused(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(DocumentError, match="not a regular file"):
        read_document(tmp_path / "folder.txt")
