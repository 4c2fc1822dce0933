"""Every supported file format gives the document's own text, or a DocumentError naming it.

Fixtures are built here in tmp_path (web pages by hand, Word files with python-docx, PDFs with
reportlab's built-in CJK font), so no binary files are committed.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from districts.errors import DocumentError
from districts.facts.pipeline import Pipeline
from districts.text import formats
from districts.text.formats import SUPPORTED_SUFFIXES, extract_text
from districts.text.read import Document

HEADLINE = "北京市密云区2023年生态环境状况公报"
FOREST = "密云区森林覆盖率达到68.5%,湿地面积达1.64万公顷。"
WATER = "全区地表水水质优良,密云水库水质保持国家地表水II类标准。"
PLANTING = (
    "密云区2023年完成新一轮百万亩造林绿化任务,全年完成造林面积1.2万亩,"
    "新增城市绿地30公顷,建成口袋公园和小微绿地12处,城市绿化覆盖率持续提高。"
)

NOISY_PAGE = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>{HEADLINE}_北京市密云区人民政府</title>
  <style>.x {{ width: 300px; }} /* 样式 2024 */</style>
  <script>var visits = 31415; document.title = "统计访问量9527次";</script>
</head>
<body>
  <header><h1>北京市密云区人民政府</h1><p>政务服务热线12345</p></header>
  <nav class="menu"><ul>
    <li><a href="/">首页</a></li><li><a href="/gk">政务公开</a></li>
    <li><a href="/fw">办事服务</a></li><li><a href="/hd">互动交流</a></li>
  </ul></nav>
  <div class="breadcrumb">当前位置: <a href="/">首页</a> &gt; <a href="/gk">政务公开</a></div>
  <div class="wrap">
    <article>
      <h1>{HEADLINE}</h1>
      <p>{FOREST}</p>
      <p>{WATER}</p>
      <div class="share-bar">分享到: 微信 微博 转发量88次</div>
    </article>
    <div class="sidebar">
      <h3>热门新闻</h3>
      <ul>
        <li><a href="/n1">热门:某区新增公园99处</a></li>
        <li><a href="/n2">朝阳区新建绿道77公里</a></li>
      </ul>
      <p>延庆区空气优良天数达到300天</p>
    </div>
  </div>
  <div id="comments">网友评论: 写得好, 点赞666个</div>
  <footer>
    <p>版权所有 © 2024 北京市密云区人民政府 电话:010-69041234</p>
    <p>京ICP备05060933号</p>
  </footer>
  <script>trackPageView(2718281);</script>
</body>
</html>
"""

NOISE = (
    "99处", "77公里", "300天", "电话", "69041234", "版权", "京ICP", "31415", "9527",
    "2718281", "热线", "首页", "政务公开", "当前位置", "分享", "88次", "评论", "666",
    "样式", "热门",
)  # fmt: skip


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_data()


def _write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    path.write_bytes(content.encode(encoding) if isinstance(content, str) else content)
    return path


def _make_docx(path: Path) -> Path:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "密云区人民政府办公室 页眉 第99期"
    document.add_heading("密云区生态环境状况", level=1)
    document.add_paragraph(FOREST)
    document.add_paragraph(WATER)
    table = document.add_table(rows=3, cols=3)
    rows = [
        ("区", "指标", "数值"),
        ("密云区", "森林覆盖率", "68.5%"),
        ("密云区", "湿地面积", "1.64万公顷"),
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("以上数据由区统计局提供。")
    document.save(path)
    return path


def _make_pdf(path: Path, lines: list[str], *, encrypt: str | None = None) -> Path:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), encrypt=encrypt)
    pdf.setFont("STSong-Light", 14)
    for index, line in enumerate(lines):
        pdf.drawString(60, 760 - 30 * index, line)
    pdf.save()
    return path


# --- HTML --------------------------------------------------------------------------------


def test_html_gives_the_article_without_page_furniture(tmp_path: Path) -> None:
    text, format_name = extract_text(_write(tmp_path / "page.html", NOISY_PAGE))
    assert format_name == "html (utf-8)"
    assert text.splitlines() == [HEADLINE, FOREST, WATER]
    for noise in NOISE:
        assert noise not in text, noise


def test_html_without_semantic_tags_gives_the_densest_block(tmp_path: Path) -> None:
    links = "".join(
        f'<li><a href="/{i}">某区新闻标题第{i}条很长很长很长</a></li>' for i in range(30)
    )
    page = f"""<html><head><meta charset="utf-8"><title>{HEADLINE} - 密云区政府</title></head>
    <body><div class="top"><img src="logo.png"><span>北京市密云区人民政府</span></div>
    <div class="list"><ul>{links}</ul></div>
    <div class="main-box"><div class="con">
      <div class="para"><p>{FOREST}</p><p>{WATER}</p></div>
      <div class="para"><p>{PLANTING}</p></div>
    </div></div>
    <div class="bottom">主办单位: 北京市密云区人民政府办公室</div>
    </body></html>"""
    text, _ = extract_text(_write(tmp_path / "page.htm", page))
    assert text.splitlines() == [
        HEADLINE,
        FOREST,
        WATER,
        PLANTING,
    ]


def test_html_keeps_paragraphs_line_breaks_and_table_rows(tmp_path: Path) -> None:
    page = f"""<html><body><main>
    <h1>{HEADLINE}</h1>
    <div>一、总体情况<br>{FOREST}</div>
    <table>
      <tr>
        <th>指标</th>
        <th>数值</th>
      </tr>
      <tr>
        <td> 森林覆盖率 </td>
        <td><span>68.5</span><span>%</span></td>
      </tr>
    </table>
    <ul><li>第一项:新增公园5处。</li><li>第二项:新增绿道12公里。</li></ul>
    </main></body></html>"""
    text, _ = extract_text(_write(tmp_path / "page.html", page))
    assert text.splitlines() == [
        HEADLINE,
        "一、总体情况",
        FOREST,
        "指标\t数值",
        "森林覆盖率\t68.5%",
        "第一项:新增公园5处。",
        "第二项:新增绿道12公里。",
    ]


def test_html_headline_is_not_the_sites_logo(tmp_path: Path) -> None:
    page = f"""<html><head><title>{HEADLINE}_北京市密云区人民政府</title></head><body>
    <div class="top"><h1>北京市密云区人民政府</h1></div>
    <div class="content"><p>{FOREST}</p><p>{WATER}</p></div></body></html>"""
    text, _ = extract_text(_write(tmp_path / "page.html", page))
    assert text.splitlines() == [HEADLINE, FOREST, WATER]


def test_html_headline_above_the_main_text(tmp_path: Path) -> None:
    page = f"""<html><head><title>详细信息</title></head><body>
    <div class="title"><h1>{HEADLINE}</h1></div>
    <div class="content"><p>{FOREST}</p><p>{WATER}</p></div></body></html>"""
    text, _ = extract_text(_write(tmp_path / "page.html", page))
    assert text.splitlines() == [HEADLINE, FOREST, WATER]


def test_html_fragment_without_body(tmp_path: Path) -> None:
    page = f"<head><title>{HEADLINE}</title></head><p>{FOREST}</p>"
    text, _ = extract_text(_write(tmp_path / "page.html", page))
    assert text.splitlines() == [HEADLINE, FOREST]


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="gbk">',
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    ],
)
def test_html_in_the_declared_gbk(tmp_path: Path, declaration: str) -> None:
    page = f"""<html><head>{declaration}<title>{HEADLINE}</title></head>
    <body><article><p>{FOREST}</p><p>{WATER}</p></article></body></html>"""
    text, format_name = extract_text(_write(tmp_path / "gbk.html", page, "gbk"))
    assert format_name == "html (gb18030)"
    assert text.splitlines() == [HEADLINE, FOREST, WATER]


def test_html_declaring_gbk_but_in_utf8_is_read_as_utf8(tmp_path: Path) -> None:
    # Pages built from an old template keep its charset declaration after being re-encoded.
    page = f'<html><head><meta charset="gb2312"></head><body><p>{FOREST}</p></body></html>'
    text, format_name = extract_text(_write(tmp_path / "page.html", page, "utf-8"))
    assert (text, format_name) == (FOREST, "html (utf-8)")


def test_html_without_a_declaration_is_decoded_by_trial(tmp_path: Path) -> None:
    page = f"<html><body><p>{FOREST}</p></body></html>"
    text, format_name = extract_text(_write(tmp_path / "page.HTML", page, "gb18030"))
    assert (text, format_name) == (FOREST, "html (gb18030)")


def test_html_with_a_class_named_like_furniture_around_the_article_keeps_it(
    tmp_path: Path,
) -> None:
    # ASP.NET pages wrap the whole page in a <form>; some sites name the content "with-comments".
    page = f"""<html><body><form id="form1"><div class="content with-comments">
    <p>{FOREST}</p><p>{WATER}</p></div>
    <div class="comment-list">网友评论: 点赞666个</div></form></body></html>"""
    text, _ = extract_text(_write(tmp_path / "page.html", page))
    assert text.splitlines() == [FOREST, WATER]


def test_html_with_only_furniture_has_no_text(tmp_path: Path) -> None:
    page = "<html><body><nav><a href='/'>首页</a></nav><script>var a = 1;</script></body></html>"
    path = _write(tmp_path / "empty.html", page)
    with pytest.raises(DocumentError, match="no text found") as caught:
        extract_text(path)
    assert caught.value.path == str(path)


def test_deeply_nested_html_does_not_overflow(tmp_path: Path) -> None:
    # Old pages leave <p> and <font> unclosed; html.parser nests each in the one before.
    page = "<html><body>" + f"<p><font>{FOREST}" * 3000 + "</body></html>"
    text, _ = extract_text(_write(tmp_path / "deep.html", page))
    assert text.splitlines() == [FOREST] * 3000


# --- Word --------------------------------------------------------------------------------


def test_docx_gives_paragraphs_and_table_rows_in_order(tmp_path: Path) -> None:
    text, format_name = extract_text(_make_docx(tmp_path / "report.docx"))
    assert format_name == "docx"
    assert text.splitlines() == [
        "密云区生态环境状况",
        FOREST,
        WATER,
        "区\t指标\t数值",
        "密云区\t森林覆盖率\t68.5%",
        "密云区\t湿地面积\t1.64万公顷",
        "以上数据由区统计局提供。",
    ]
    assert "页眉" not in text


def test_docx_merged_cell_appears_once_in_its_row(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).text = "森林覆盖率"
    table.cell(0, 2).text = "68.5%"
    table.cell(0, 0).merge(table.cell(0, 1))
    document.save(tmp_path / "merged.docx")
    text, _ = extract_text(tmp_path / "merged.docx")
    assert text == "森林覆盖率\t68.5%"


def test_old_doc_renamed_docx_is_refused_plainly(tmp_path: Path) -> None:
    path = _write(tmp_path / "old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(DocumentError, match=r"old Word \.doc or a password-protected"):
        extract_text(path)


def test_zip_that_is_not_a_word_file_is_a_document_error(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "密云区")
    path = _write(tmp_path / "fake.docx", buffer.getvalue())
    with pytest.raises(DocumentError) as caught:
        extract_text(path)
    assert caught.value.path == str(path)
    assert "could not be read" in caught.value.problem


def test_truncated_docx_is_a_document_error(tmp_path: Path) -> None:
    data = _make_docx(tmp_path / "whole.docx").read_bytes()
    path = _write(tmp_path / "cut.docx", data[: len(data) // 2])
    with pytest.raises(DocumentError) as caught:
        extract_text(path)
    assert caught.value.path == str(path)


def test_keyboard_interrupt_is_not_swallowed(tmp_path: Path, monkeypatch) -> None:
    path = _make_docx(tmp_path / "report.docx")

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(docx, "Document", interrupted)
    with pytest.raises(KeyboardInterrupt):
        extract_text(path)


# --- PDF ---------------------------------------------------------------------------------


def test_pdf_with_cjk_text(tmp_path: Path) -> None:
    path = _make_pdf(tmp_path / "report.pdf", [HEADLINE, FOREST])
    text, format_name = extract_text(path)
    assert format_name == "pdf"
    assert "68.5%" in text
    assert "森林覆盖率" in text
    assert [line for line in text.splitlines() if line.strip()] == [HEADLINE, FOREST]


def test_pdf_without_a_text_layer(tmp_path: Path) -> None:
    pdf = canvas.Canvas(str(tmp_path / "scan.pdf"))
    pdf.rect(100, 100, 300, 400, fill=1)
    pdf.save()
    with pytest.raises(DocumentError, match="text layer") as caught:
        extract_text(tmp_path / "scan.pdf")
    assert "OCR is not supported" in caught.value.problem


def test_garbage_pdf_is_a_document_error(tmp_path: Path) -> None:
    path = _write(tmp_path / "x.pdf", b"%PDF-1.4 garbage")
    with pytest.raises(DocumentError) as caught:
        extract_text(path)
    assert caught.value.path == str(path)
    assert "\n" not in str(caught.value)


def test_truncated_pdf_is_a_document_error(tmp_path: Path) -> None:
    data = _make_pdf(tmp_path / "whole.pdf", [HEADLINE, FOREST]).read_bytes()
    path = _write(tmp_path / "cut.pdf", data[: len(data) // 3])
    with pytest.raises(DocumentError) as caught:
        extract_text(path)
    assert caught.value.path == str(path)


def test_password_protected_pdf(tmp_path: Path) -> None:
    path = _make_pdf(tmp_path / "secret.pdf", [FOREST], encrypt="secret")
    with pytest.raises(DocumentError, match="password-protected"):
        extract_text(path)


def test_pdf_glyphs_without_a_character_map_are_not_read_as_numbers(
    tmp_path: Path, monkeypatch
) -> None:
    from districts.text import pdfguard

    path = _make_pdf(tmp_path / "report.pdf", [FOREST])
    monkeypatch.setattr(pdfguard, "pdf_text", lambda *a, **k: f"{FOREST}(cid:12)(cid:345)\n")
    text, _ = extract_text(path)
    assert text == f"{FOREST}\ufffd\ufffd\n"

    monkeypatch.setattr(pdfguard, "pdf_text", lambda *a, **k: "(cid:12)" * 40)
    with pytest.raises(DocumentError, match="fonts do not say"):
        extract_text(path)


def test_file_that_is_not_a_pdf(tmp_path: Path) -> None:
    path = _write(tmp_path / "note.pdf", FOREST)
    with pytest.raises(DocumentError, match="not a PDF"):
        extract_text(path)


# --- all formats ------------------------------------------------------------------------


def test_txt_is_read_as_before(tmp_path: Path) -> None:
    text, format_name = extract_text(_write(tmp_path / "a.txt", FOREST, "gb18030"))
    assert (text, format_name) == (FOREST, "gb18030")


def test_unsupported_suffix_names_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "table.xlsx", b"PK\x03\x04")
    with pytest.raises(DocumentError) as caught:
        extract_text(path)
    assert caught.value.path == str(path)
    assert caught.value.problem.startswith("unsupported file type .xlsx (supported: .txt, ")
    assert str(path) in str(caught.value)


def test_size_limit_applies_to_every_format(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(formats.read, "MAX_DOCUMENT_BYTES", 100)
    path = _make_docx(tmp_path / "big.docx")
    with pytest.raises(DocumentError, match="are refused"):
        extract_text(path)


def test_missing_file_is_a_document_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="cannot be read"):
        extract_text(tmp_path / "gone.pdf")


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".html", ".htm", ".docx", ".pdf")


@pytest.mark.parametrize("suffix", [".html", ".docx", ".pdf"])
def test_extracted_text_gives_quotable_mentions(
    tmp_path: Path, pipeline: Pipeline, suffix: str
) -> None:
    path = tmp_path / f"report{suffix}"
    if suffix == ".html":
        _write(path, NOISY_PAGE)
    elif suffix == ".docx":
        _make_docx(path)
    else:
        _make_pdf(path, [HEADLINE, FOREST])
    text, _ = extract_text(path)
    name = path.name
    facts = pipeline.facts(Document(name, name, text, "utf-8", len(text)))
    forest = [m for m in facts.mentions if m.value == 68.5]
    assert forest, facts.mentions
    for mention in forest:
        assert mention.quote == text[mention.start : mention.end]
        assert mention.district == "密云"
        assert "68.5" in mention.quote
    # Nothing is read from the page furniture.
    assert not [m for m in facts.mentions if m.value in (99, 77, 300, 666, 88)]
