"""Document files of every kind staff collect (.txt, web pages, Word, PDF) → plain text.

The text that comes out is what the extractor reads and what every quote is cut from, so each
format gives only the document's own words: a web page without its menus and sidebars (their
headlines carry numbers about other places), a Word file without its running headers, a PDF
without guessed text for what it cannot read. Whatever a file's problem, the caller gets a
``DocumentError`` naming it, never a library's traceback.

The parsing libraries are imported inside the function that needs them: reading a folder of
.txt files should not pay for loading a PDF parser.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

from districts.errors import DocumentError
from districts.limits import limits, mib
from districts.text import read
from districts.text.normalize import UNREADABLE
from districts.text.read import check_text_budget, decode_bytes, read_document

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, PageElement, Tag
    from docx.table import Table, _Cell

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf")

_CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def extract_text(path: Path, within: Path | None = None) -> tuple[str, str]:
    """(plain text, format name) of a document file; DocumentError naming the file otherwise.

    Every budget of data/limits.yaml applies; with ``within``, a link leading out of that
    folder is refused (see read.read_limited_bytes).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        hint = "; save Word .doc files as .docx" if suffix == ".doc" else ""
        raise DocumentError(
            path,
            f"unsupported file type {suffix or '(no suffix)'} "
            f"(supported: {', '.join(SUPPORTED_SUFFIXES)}){hint}",
        )
    if suffix == ".txt":
        document = read_document(path, within)
        return document.text, document.encoding

    data = _read_bytes(path, within)
    kind, extractor = _EXTRACTORS[suffix]
    try:
        text, format_name = extractor(data, path)
    except DocumentError:
        raise
    except Exception as error:
        # Parsers of untrusted files fail in every way (KeyError, struct.error, zlib.error,
        # RecursionError, ...): whichever it is, the user needs one line naming the file.
        # KeyboardInterrupt is no Exception and still stops the run.
        raise DocumentError(path, _failure(kind, error)) from error
    if not text.strip():
        raise DocumentError(path, "no text found")
    check_text_budget(text, path)
    return text, format_name


def _read_bytes(path: Path, within: Path | None) -> bytes:
    # Same limit and messages as read.read_document, so every format is refused alike.
    data = read.read_limited_bytes(path, within)
    if not data.strip():
        raise DocumentError(path, "the file is empty")
    return data


def _failure(kind: str, error: Exception) -> str:
    lines = str(error).strip().splitlines()
    what = f"{type(error).__name__}: {lines[0][:120]}" if lines else type(error).__name__
    return f"the {kind} could not be read, it may be damaged ({what})"


# --- HTML ---------------------------------------------------------------------------------

# Declarations are in the head; looking further could pick up a charset named in body text.
_CHARSET_WINDOW = 8192
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|"""
    rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# Pages routinely use characters beyond their declared set, so each legacy Chinese encoding is
# decoded as its superset, as browsers do: GB2312 and GBK as GB18030, Big5 as Big5-HKSCS.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}
# Only declarations of Chinese or Unicode encodings are trusted. A page declaring Latin-1 or
# windows-1252 that holds non-ASCII bytes is a Chinese page with a wrong template header, and
# single-byte codecs accept any bytes, so trusting them would give mojibake without an error.
_TRUSTED_CHARSETS = {"utf-8", "gb18030", "big5hkscs"}

# Never rendered or never part of an article: removed outright.
_INVISIBLE_TAGS = (
    "script", "style", "noscript", "iframe", "template", "svg", "canvas", "object", "embed",
    "select", "button", "textarea",
)  # fmt: skip
# Page furniture by HTML semantics.
_FURNITURE_TAGS = ("nav", "header", "footer", "aside", "form")
_FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search"}
# id/class words of page furniture. "ad" only as a whole word: as a substring it is in
# "head", "load", "shadow", ...
_FURNITURE_ATTR_RE = re.compile(
    r"nav|menu|sidebar|side[-_]bar|breadcrumb|crumb|footer|copyright|share|comment|related"
    r"|recommend|toolbar|(?:^|[\s_-])(?:ad|ads|adv|advert\w*|foot)(?:$|[\s_\d-])",
    re.IGNORECASE,
)
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A furniture-looking element holding more than this share of the page's own text is the
# wrapper of the article with an unlucky name (ASP.NET pages wrap everything in <form>,
# "content with-comments"), not furniture.
_WRAPPER_SHARE = 0.5
# <article>/<main> is taken as the main text when it holds this share of the page's text;
# a smaller one is a teaser in a list.
_CONTAINER_SHARE = 0.5
# The densest block is widened to its parent when the parent adds at least this share more
# text and that text has sentences: an article split over sibling <div>s is taken whole,
# while a site name or a caption beside a short article is not.
_WIDEN_SHARE = 0.2
_SENTENCE_END_RE = re.compile("[。！？；!?;]")

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details div dl dt fieldset figcaption "
    "figure h1 h2 h3 h4 h5 h6 hr html li main ol p pre section summary table tbody td tfoot "
    "th thead tr ul".split()
)
_CELL_TAGS = frozenset(("td", "th"))
_TITLE_SEPARATORS_RE = re.compile(r"\s*(?:_|\||｜|\s[-—–]\s|——)\s*")
_SPACES_RE = re.compile(r"[ \t\n\r\f\v\xa0]+")
_DOUBLE_SPACE_RE = re.compile(r"  +")
_CELL_GAP_RE = re.compile(r" *\t *")


def _html(data: bytes, path: Path) -> tuple[str, str]:
    text, encoding = _decode_html(data, path)
    check_html_budget(text, path)
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    title = _SPACES_RE.sub(" ", soup.title.get_text()).strip() if soup.title else ""
    root = _main_element(soup)
    lines = _block_lines(root)
    headline = _headline(root, title)
    if headline and (not lines or lines[0] != headline):
        lines.insert(0, headline)
    return "\n".join(lines), f"html ({encoding})"


# A start tag, an end tag, or a comment/declaration opener; attributes may hold ">" only inside
# quotes, which this scan ignores: the count is an upper bound, which is what a budget needs.
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>")
# Elements that never hold others (html.parser gives them no children).
_VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)


def check_html_budget(text: str, path: Path) -> None:
    """Refuse a page with more elements or deeper nesting than data/limits.yaml allows, before
    it becomes a tree.

    Why: a parsed element costs about a kilobyte, so 15 MB of nested tags needs gigabytes; the
    scan below costs a few bytes per tag. Depth follows html.parser's rule: an end tag closes
    the nearest open element of its name and all open inside it; a stray end tag closes
    nothing, and unclosed tags stay open (real pages nest thousands deep that way).
    Example: ``"<div>" * 600000`` is refused by the element budget.
    """
    budget = limits().html
    open_tags: list[str] = []
    open_count: dict[str, int] = {}
    elements = 0
    for match in _TAG_RE.finditer(text):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if closing:
            if open_count.get(name):
                while open_tags:  # amortized linear: each element is popped once
                    inner = open_tags.pop()
                    open_count[inner] -= 1
                    if inner == name:
                        break
            continue
        elements += 1
        if elements > budget.elements:
            raise DocumentError(
                path,
                f"the page has over {budget.elements:,} elements (html.elements in limits.yaml)",
            )
        if self_closing or name in _VOID_TAGS:
            continue
        open_tags.append(name)
        open_count[name] = open_count.get(name, 0) + 1
        if len(open_tags) > budget.depth:
            raise DocumentError(
                path,
                f"the page nests elements over {budget.depth:,} deep (html.depth in limits.yaml)",
            )


def _decode_html(data: bytes, path: Path) -> tuple[str, str]:
    declared = _declared_charset(data)
    # A byte-order mark overrides the declaration (as in browsers); decode_bytes handles it.
    has_bom = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if declared and not has_bom:
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass  # the declaration is wrong; the strict trial below decides
        else:
            if declared == "utf-8" or not _is_utf8_text(data):
                return text, declared
    return decode_bytes(data, path)


def _declared_charset(data: bytes) -> str | None:
    head = data[:_CHARSET_WINDOW]
    end_of_head = head.lower().find(b"</head")
    match = _META_CHARSET_RE.search(head if end_of_head < 0 else head[:end_of_head])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    if label == "x-gbk":  # a browser label Python does not know
        label = "gbk"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = _SUPERSETS.get(name, name)
    return name if name in _TRUSTED_CHARSETS else None


def _is_utf8_text(data: bytes) -> bool:
    # Multi-byte UTF-8 is so regular that GBK or Big5 text almost never decodes as it: a page
    # that does is UTF-8 whatever its (copied) template declares.
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.isascii()


def _main_element(soup: BeautifulSoup) -> Tag:
    from bs4 import Comment, Declaration, Doctype, ProcessingInstruction

    for node in soup.find_all(
        string=lambda s: isinstance(s, Comment | Declaration | Doctype | ProcessingInstruction)
    ):
        node.extract()
    # <head> goes too: a page without <body> would otherwise give its <title> as text.
    _remove(soup, lambda tag: tag.name in _INVISIBLE_TAGS or tag.name == "head")
    body = soup.body or soup
    counts = _CjkCounts(body)
    total = counts.own(body)
    _remove(
        body,
        lambda tag: _is_furniture(tag) and counts.own(tag) <= _WRAPPER_SHARE * total,
    )

    counts = _CjkCounts(body)
    total = counts.own(body)
    if total == 0:
        return body
    # The most specific semantic container first: an <article> inside <main> leaves out what
    # else <main> holds.
    for containers in (
        body.find_all("article"),
        [*body.find_all("main"), *body.find_all(attrs={"role": "main"})],
    ):
        if containers:
            best = max(containers, key=counts.own)
            if counts.own(best) >= _CONTAINER_SHARE * total:
                return best
    return _densest_block(body, counts)


def _remove(root: Tag, unwanted: Callable[[Tag], bool]) -> None:
    """Decompose every element under ``root`` that is ``unwanted``, outermost first."""
    removed: set[int] = set()
    # Tag.decomposed is no use here: on a live tag it searches the whole subtree for a child
    # named "_decomposed", which makes a loop over a deeply nested page quadratic.
    for tag in root.find_all(True):
        if id(tag) in removed or not unwanted(tag):
            continue
        removed.update(id(inner) for inner in tag.find_all(True))
        tag.decompose()


def _is_furniture(tag: Tag) -> bool:
    if tag.name in ("html", "body", "main", "article"):
        return False
    if tag.name == "header" and tag.find_parent("article"):
        return False  # an article's own header holds its headline and date
    if tag.name in _FURNITURE_TAGS:
        return True
    if str(tag.get("role", "")).lower() in _FURNITURE_ROLES:
        return True
    if tag.has_attr("hidden") or _HIDDEN_STYLE_RE.search(str(tag.get("style", ""))):
        return True
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    names = " ".join([*classes, str(tag.get("id", ""))])
    return bool(names.strip()) and bool(_FURNITURE_ATTR_RE.search(names))


class _CjkCounts:
    """CJK characters under every element of a tree, in and outside link text.

    Built in one pass over the tree (then summed child to parent), because pages with
    unclosed tags nest thousands deep and a count per element would be quadratic.
    """

    def __init__(self, root: Tag) -> None:
        from bs4 import Tag

        self.in_link: dict[int, bool] = {id(root): root.name == "a"}
        self.direct: dict[int, int] = {}  # signed: link text counts against its element
        self._own: dict[int, int] = {id(root): 0}
        self._linked: dict[int, int] = {id(root): 0}
        tags = [root]
        for node in root.descendants:
            parent = id(node.parent)
            if isinstance(node, Tag):
                self.in_link[id(node)] = node.name == "a" or self.in_link[parent]
                self._own[id(node)] = self._linked[id(node)] = 0
                tags.append(node)
            elif _is_text(node):
                count = len(_CJK_RE.findall(node))
                if count and self.in_link[parent]:
                    self._linked[parent] += count
                else:
                    self._own[parent] += count
        for tag in tags:
            self.direct[id(tag)] = self._own[id(tag)] - self._linked[id(tag)]
        for tag in reversed(tags[1:]):  # children come after their parents in document order
            parent = id(tag.parent)
            self._own[parent] += self._own[id(tag)]
            self._linked[parent] += self._linked[id(tag)]

    def own(self, tag: Tag) -> int:
        """Characters outside links: the text a page says rather than points to."""
        return self._own[id(tag)]

    def net(self, tag: Tag) -> int:
        """Characters outside links minus those in links: link lists score below zero."""
        return self._own[id(tag)] - self._linked[id(tag)]


def _is_text(node: object) -> bool:
    from bs4 import CData, NavigableString

    # Subclasses (Comment, Doctype, ...) are markup, not text.
    return type(node) in (NavigableString, CData)


def _densest_block(body: Tag, counts: _CjkCounts) -> Tag:
    """The block whose paragraphs hold the most Chinese text, links counted against it.

    Each block's own text counts for it, its parent block, and half for its grandparent, so
    the element holding an article's paragraphs outscores any single paragraph (as in
    Readability).
    """
    blocks = _AncestorFinder(_BLOCK_TAGS)
    scores: dict[int, float] = {}
    everything = [body, *body.find_all(True)]
    for tag in everything:
        value = counts.direct[id(tag)]
        if not value:
            continue
        block: Tag | None = tag if tag.name in _BLOCK_TAGS else blocks.of(tag)
        for weight in (1.0, 1.0, 0.5):
            if block is None:
                break
            scores[id(block)] = scores.get(id(block), 0.0) + weight * value
            block = blocks.of(block)
    best, best_score = body, 0.0
    # Document order puts a parent before its children, so on a tie the wider element wins.
    for tag in everything:
        score = scores.get(id(tag), 0.0)
        if score > best_score:
            best, best_score = tag, score
    # Widen to the parent while it adds a substantial amount of text of its own.
    while best is not body and best.parent is not None:
        parent = best.parent
        added = counts.net(parent) - counts.net(best)
        if added < _WIDEN_SHARE * counts.net(best) or not _has_sentence(parent, best):
            break
        best = parent
    return best


def _has_sentence(parent: Tag, leaving_out: Tag) -> bool:
    from bs4 import Tag

    for child in parent.children:
        if child is leaving_out:
            continue
        strings = child.strings if isinstance(child, Tag) else [child]
        if any(_is_text(string) and _SENTENCE_END_RE.search(string) for string in strings):
            return True
    return False


class _AncestorFinder:
    """Nearest enclosing element with one of ``names``, memoized (pages nest thousands deep)."""

    def __init__(self, names: frozenset[str]) -> None:
        self._names = names
        self._cache: dict[int, Tag | None] = {}  # element → the answer for its children

    def of(self, node: PageElement) -> Tag | None:
        """The nearest element strictly above ``node`` whose name is one of ``names``."""
        chain = []
        parent = node.parent
        found: Tag | None = None
        while parent is not None:
            if parent.name in self._names:
                found = parent
                break
            if id(parent) in self._cache:
                found = self._cache[id(parent)]
                break
            chain.append(parent)
            parent = parent.parent
        for tag in chain:
            self._cache[id(tag)] = found
        return found


def _block_lines(root: Tag) -> list[str]:
    """Text of ``root`` with each block on its own line and table cells joined by tabs."""
    from bs4 import Tag

    blocks = _AncestorFinder(_BLOCK_TAGS)
    cells = _AncestorFinder(_CELL_TAGS)
    rows = _AncestorFinder(frozenset(("tr",)))
    lines: list[str] = []
    parts: list[str] = []
    previous: Tag | None = None

    def flush() -> None:
        line = _CELL_GAP_RE.sub("\t", _DOUBLE_SPACE_RE.sub(" ", "".join(parts))).strip(" \t")
        if line:
            lines.append(line)
        parts.clear()

    def cell_of(block: Tag) -> Tag | None:
        return block if block.name in _CELL_TAGS else cells.of(block)

    for node in root.descendants:
        if isinstance(node, Tag):
            if node.name == "br":
                flush()
            continue
        if not _is_text(node):
            continue
        block = blocks.of(node) or root
        if block.name != "pre" and not node.strip(" \t\n\r\f\v\xa0"):
            # Indentation between tags (between the <td>s of a row, say) is no text of any
            # block; it only separates words inside its own block.
            if block is previous:
                parts.append(" ")
            continue
        if block is not previous:
            previous_cell = cell_of(previous) if previous is not None else None
            cell = cell_of(block)
            next_cell_in_row = (
                previous_cell is not None
                and cell is not None
                and previous_cell is not cell
                and rows.of(previous_cell) is rows.of(cell)
            )
            if next_cell_in_row:
                parts.append("\t")
            else:
                flush()
            previous = block
        if block.name == "pre":
            for index, piece in enumerate(str(node).split("\n")):
                if index:
                    flush()
                parts.append(piece)
        else:
            parts.append(_SPACES_RE.sub(" ", str(node)))
    flush()
    return lines


def _headline(root: Tag, title: str) -> str:
    """The page's headline: its <h1> above the main text, else the <title>.

    An <h1> inside the main text is already its first line. Of the others, the last one
    before the main text is the headline (a site's logo <h1> comes first).
    """
    if root.find("h1") is not None:
        return ""
    # "标题_北京市密云区人民政府网": the longest part is the headline, the others name the site.
    parts = [part for part in _TITLE_SEPARATORS_RE.split(title) if part]
    title_headline = max(parts, key=len) if parts else ""
    site_names = set(parts) - {title_headline}
    for node in root.previous_elements:
        if getattr(node, "name", None) == "h1":
            text = _SPACES_RE.sub(" ", node.get_text()).strip()
            if text and text not in site_names:
                return text
            if text:
                break  # the site's logo: there is no headline <h1>
    return title_headline


# --- Word -----------------------------------------------------------------------------------

_ZIP_SIGNATURE = b"PK\x03\x04"
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"


def _docx(data: bytes, path: Path) -> tuple[str, str]:
    if data.startswith(_OLE_SIGNATURE):
        # Password-protected .docx files are OLE containers too, like the old .doc format.
        raise DocumentError(
            path,
            "the file is an old Word .doc or a password-protected document; "
            "save it as an unprotected .docx",
        )
    if not data.startswith(_ZIP_SIGNATURE):
        raise DocumentError(path, "the file is not a Word .docx document (it is not a ZIP package)")
    check_docx_budget(data, path)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    # The body only, in document order: running headers and footers repeat on every page and
    # are not the document's text.
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            if block.text.strip():
                lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    return "\n".join(lines), "docx"


# Read from a ZIP member at a time while streaming; small enough to keep memory flat.
_CHUNK = 1 << 20


def check_docx_budget(data: bytes, path: Path) -> None:
    """Refuse a .docx whose parts unzip or parse past the budgets of data/limits.yaml, before
    python-docx reads them (it holds every part whole, as a tree).

    Why: the 20 MiB limit looks at the file on disk, and XML compresses a thousandfold: a 1 MB
    .docx can hold a gigabyte of paragraphs. The sizes the ZIP declares are checked first (no
    cost); then each XML part is streamed through the parser with a running count of bytes
    and elements, so a part that lies about its size or holds millions of tiny elements is
    stopped at the budget, not at the end. Entities are never expanded and nothing is fetched.
    Example: a .docx whose document.xml unzips to 100 MiB is refused naming 64 MiB.
    """
    import zipfile

    from lxml import etree

    budget = limits().docx
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise DocumentError(
            path, f"the Word document is not a valid ZIP package ({error})"
        ) from error
    with package:
        members = package.infolist()
        if sum(member.file_size for member in members) > budget.unzipped_bytes:
            raise DocumentError(path, _docx_too_large(budget.unzipped_bytes))
        totals = [0, 0]  # bytes unzipped, elements parsed: over all parts together
        for member in members:
            if not member.filename.lower().endswith((".xml", ".rels")):
                continue
            try:
                with package.open(member) as stream:
                    _count_part(stream, totals, path)
            except etree.XMLSyntaxError as error:
                # lxml's own limits (one text node over 10 MB, nesting over 256 deep) are
                # budgets too; its message says which.
                raise DocumentError(
                    path,
                    f"the Word document's part {member.filename} is damaged or past the XML "
                    f"parser's limits ({str(error).splitlines()[0][:100]})",
                ) from error


def _count_part(stream: IO[bytes], totals: list[int], path: Path) -> None:
    """Stream one XML part through a parser, adding its bytes and elements to ``totals`` and
    refusing the document as soon as either passes its budget."""
    from lxml import etree

    budget = limits().docx
    parser = etree.XMLPullParser(
        events=("end",), resolve_entities=False, no_network=True, load_dtd=False
    )
    while chunk := stream.read(_CHUNK):
        totals[0] += len(chunk)
        if totals[0] > budget.unzipped_bytes:
            raise DocumentError(path, _docx_too_large(budget.unzipped_bytes))
        parser.feed(chunk)
        for _, element in parser.read_events():
            totals[1] += 1
            # Counted elements are dropped, so the tree never grows past one path.
            element.clear(keep_tail=False)
            while element.getprevious() is not None:
                del element.getparent()[0]
        if totals[1] > budget.xml_elements:
            raise DocumentError(
                path,
                f"the Word document has over {budget.xml_elements:,} XML elements "
                "(docx.xml_elements in limits.yaml)",
            )
    parser.close()


def _docx_too_large(budget: int) -> str:
    return f"the Word document unzips to over {mib(budget)} (docx.unzipped_bytes in limits.yaml)"


def _table_lines(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        cells: list[_Cell] = []
        for cell in row.cells:
            # A cell merged across columns is returned once per column it spans.
            if not cells or cell._tc is not cells[-1]._tc:
                cells.append(cell)
        texts = [_cell_text(cell) for cell in cells]
        if any(texts):
            lines.append("\t".join(texts))
    return lines


def _cell_text(cell: _Cell) -> str:
    from docx.text.paragraph import Paragraph

    pieces = []
    for block in cell.iter_inner_content():
        if isinstance(block, Paragraph):
            pieces.append(block.text)
        else:
            pieces.extend(line.replace("\t", " ") for line in _table_lines(block))
    # One cell stays on its row's line: its paragraphs are joined, not broken.
    return " ".join(_SPACES_RE.sub(" ", piece).strip() for piece in pieces if piece.strip())


# --- PDF ------------------------------------------------------------------------------------

# Fewer visible characters than this from a file with pages means there is no text layer; a
# scanner's software sometimes stamps a page number or two.
_MIN_PDF_TEXT = 20
# Glyphs of a font without a character map come out as "(cid:123)". Read as text they would be
# numbers that are not in the document; they become the normalizer's unreadable marker.
_CID_RE = re.compile(r"\(cid:\d+\)")


def _pdf(data: bytes, path: Path) -> tuple[str, str]:
    if b"%PDF" not in data[:1024]:
        raise DocumentError(path, "the file is not a PDF (it does not start with %PDF)")
    from pdfminer.pdfdocument import (
        PDFEncryptionError,
        PDFPasswordIncorrect,
        PDFTextExtractionNotAllowed,
    )
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException

    from districts.text.pdfguard import pdf_text

    # pdfminer logs its own warnings and errors (bad fonts, odd objects) to stderr; what
    # matters to the user is the one-line outcome below.
    _silence_pdfminer()
    try:
        text = pdf_text(data, path, limits().pdf)
    except PDFPasswordIncorrect as error:
        raise DocumentError(
            path, "the PDF is password-protected; save an unprotected copy and try again"
        ) from error
    except PDFEncryptionError as error:
        raise DocumentError(
            path, f"the PDF is encrypted in a way that cannot be read ({error})"
        ) from error
    except PDFTextExtractionNotAllowed as error:
        raise DocumentError(path, "the PDF's permissions forbid copying its text") from error
    except (PDFSyntaxError, PSException) as error:
        raise DocumentError(path, f"the PDF is damaged or not a PDF ({error})") from error

    # A page break is a line break: the normalizer then joins a sentence cut by the page.
    text = text.replace("\f", "\n")
    cids = len(_CID_RE.findall(text))
    text = _CID_RE.sub(UNREADABLE, text)
    visible = sum(1 for ch in text if not ch.isspace())
    if cids and cids * 2 > visible:
        raise DocumentError(
            path,
            "the PDF's fonts do not say which characters they draw, so its text cannot be read "
            "(OCR is not supported)",
        )
    if visible - cids < _MIN_PDF_TEXT:
        pages = sum(1 for _ in PDFPage.get_pages(io.BytesIO(data)))
        if pages:
            raise DocumentError(path, "the PDF has no text layer (a scan?); OCR is not supported")
        raise DocumentError(path, "no text found (the PDF has no pages)")
    return text, "pdf"


def _silence_pdfminer() -> None:
    logger = logging.getLogger("pdfminer")
    logger.setLevel(logging.CRITICAL + 1)
    logger.propagate = False


_EXTRACTORS: dict[str, tuple[str, Callable[[bytes, Path], tuple[str, str]]]] = {
    ".html": ("web page", _html),
    ".htm": ("web page", _html),
    ".docx": ("Word document", _docx),
    ".pdf": ("PDF", _pdf),
}
