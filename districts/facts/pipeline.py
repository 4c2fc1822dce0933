"""The per-document pipeline with its metadata: what ``build``, ``extract`` and ``eval`` share."""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

from districts.catalog import Catalog, load_catalog
from districts.errors import CatalogError
from districts.facts.attribute import is_photo_caption
from districts.facts.mentions import DocumentFacts, Extractor
from districts.facts.timeframe import document_date, title_year
from districts.text.normalize import (
    HEADLINE_LENGTH,
    find_page_chrome,
    flattened_headline,
    normalize,
)
from districts.text.read import Document, read_document

SOURCES_FILE = "sources.yaml"
# The lines of a head read again once cleaned for its date (infer_date)
_DATE_HEAD_LINES = 15
# A day in a news page's path, as the sites that publish in China lay it out: /2023/0628/,
# /2023-06/28/, /2023-06-28/, /2023/06/28/, /202306/t20230628_…, /20230628/. Digits glued
# to more digits (an article id such as 1720905) are no date.
_ADDRESS_DAY = re.compile(r"(?<![0-9])(20[0-9]{2})[-/_]?([01][0-9])[-/]?([0-3][0-9])(?![0-9])")


@dataclass(frozen=True)
class SourceInfo:
    """What is known of a document: from ``sources.yaml`` where given, else from its text."""

    file: str
    title: str = ""
    publisher: str = ""
    date: str = ""  # YYYY-MM-DD, YYYY-MM or YYYY
    district: str = ""
    script: str = ""
    # for citations: the English title and publisher where known, and where it was published
    title_en: str = ""
    publisher_en: str = ""
    url: str = ""

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date[:4].isdigit() else None


def load_sources(docs_dir: Path) -> dict[str, SourceInfo]:
    """What the folder's ``sources.yaml`` says of each document ({} without one)."""
    path = docs_dir / SOURCES_FILE
    if not path.exists():
        return {}
    return dict(_parsed_sources(path, path.read_bytes()))


@functools.lru_cache(maxsize=8)
def _parsed_sources(path: Path, content: bytes) -> dict[str, SourceInfo]:
    """``load_sources`` of one file's content. Kept by the content itself (not the path or
    its time): ``facts_of_file`` on each document of a folder parses the file once, and an
    edited file is parsed again. Callers get a copy; the entries are frozen."""
    try:
        raw = yaml.safe_load(content.decode("utf-8")) or {}
    except yaml.YAMLError as error:
        raise CatalogError(path, f"is not valid YAML ({error})") from error
    # The documented form is a mapping with a 'documents' list; a bare list of the same
    # entries is read as that list (it is what people write first), anything else is refused.
    entries = raw.get("documents") or [] if isinstance(raw, dict) else raw
    if not isinstance(entries, list):
        raise CatalogError(path, "must hold a 'documents' list of entries, each with a 'file'")
    infos = {}
    for entry in entries:
        if not isinstance(entry, dict) or "file" not in entry:
            raise CatalogError(path, "every document entry needs a 'file'", str(entry)[:40])
        infos[entry["file"]] = SourceInfo(
            file=entry["file"],
            title=str(entry.get("title") or ""),
            publisher=str(entry.get("publisher") or ""),
            date=str(entry.get("date") or ""),
            district=str(entry.get("district") or ""),
            script=str(entry.get("script") or ""),
            title_en=str(entry.get("title_en") or ""),
            publisher_en=str(entry.get("publisher_en") or ""),
            url=str(entry.get("url") or ""),
        )
    return infos


def date_in_address(url: str) -> str:
    """The day a page's address names in its path (YYYY-MM-DD), else "".

    Why: many reposted pages carry no date in their text, and news and government sites put
    the day of publication in the path; without it every 今年 and every undated figure of such
    a page has no year. Only a real calendar day counts, not later than next year, and never
    in the host (an address such as 120.79.34.160 is no date).

    >>> date_in_address("http://example.com/2023/0628/932416.html")
    '2023-06-28'
    >>> date_in_address("https://example.gov.cn/202407/t20240723_3757254.html")
    '2024-07-23'
    >>> date_in_address("http://example.com/zixun-20205008.html")  # month 50: an id
    ''
    """
    parts = urlsplit(url.strip())
    path = unquote(f"{parts.path}?{parts.query}")
    latest = datetime.date.today().year + 1
    for match in _ADDRESS_DAY.finditer(path):
        year, month, day = (int(part) for part in match.groups())
        try:
            found = datetime.date(year, month, day)
        except ValueError:
            continue
        if found.year <= latest:
            return found.isoformat()
    return ""


def infer_date(text: str, url: str = "") -> str:
    """The date a text gives itself (labelled, a closing or a head dateline), else its title's
    year, else the day its address names (``date_in_address``); never a number that merely
    looks like a date (see ``timeframe.document_date``).

    The head is read again once cleaned, when the text as written gives no date: a repost's
    label mangled by readings (發(fā)布時(shí)間:2015-10-08) or written in traditional script is
    the label the lexicon knows once the readings are gone and the script converted."""
    date = document_date(text)
    if date:
        return date
    head = "\n".join(text.splitlines()[:_DATE_HEAD_LINES])
    cleaned = normalize(head).text
    if cleaned != head:
        date = document_date(cleaned)
        if date:
            return date
    year = title_year(infer_title(text))  # a dated report names its year: "延庆区2024年…公报"
    # the title's year before the address's day: a bulletin of 2023 is published in 2024
    return str(year) if year else date_in_address(url)


def infer_title(text: str) -> str:
    """The first non-empty line when it is short enough to be a headline, else the head of a
    page flattened to one line (see ``normalize.flattened_headline``). The site's lines that
    stand above a web page's story (当前位置：首页 > …, 欢迎访问…: ``find_page_chrome``) are not
    its title, nor is a photo's caption (游客在某村游玩(某某/摄)) standing above the story.

    >>> infer_title("游客在某村游玩(某某/摄)\\n某区生态建设观察\\n正文。")
    '某区生态建设观察'
    """
    from districts.lexicon import load_lexicon  # imported late: the catalog loads it

    lexicon = load_lexicon()
    chrome = {start for start, _, _ in find_page_chrome(text)}
    position = 0
    for raw in text.split("\n"):
        start, position = position, position + len(raw) + 1
        line = raw.strip(" -\t\u3000\r")
        if line and start in chrome:
            continue
        if is_photo_caption(line, lexicon):
            continue  # a photo's caption, not the headline
        if line:
            if len(line) <= HEADLINE_LENGTH:
                return line
            found = flattened_headline(line)
            return found[0] if found else ""
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
            date=known.date or infer_date(document.text, known.url),
            district=known.district,
            script=known.script,
            title_en=known.title_en,
            publisher_en=known.publisher_en,
            url=known.url,
        )

    def facts(self, document: Document, metadata: SourceInfo | None = None) -> DocumentFacts:
        """The one door from a document to its facts, for the build, ``add``, ``extract``, the
        dashboard's preview, ``eval`` and the tests alike.

        ``metadata`` is what is known of the document (``sources.yaml``, the add form); a title
        or date it leaves out is read from the text, and a district it leaves out is inferred.
        """
        info = self.source_info(document, metadata)
        site = self.catalog.district_by_web_address(info.url) if info.url else None
        site_place = site.name if site else None
        if site_place is None and info.url and self.catalog.municipality_by_web_address(info.url):
            site_place = self.catalog.municipality_name  # tjj.beijing.gov.cn: the city's page
        if site_place is None and info.publisher:
            site_place = self.publishing_body_place(info.publisher)
        return self.extractor.process(
            document,
            district=info.district or None,
            title=info.title,
            year=info.year,
            date=info.date,
            site_district=site_place,
        )

    def publishing_body_place(self, publisher: str) -> str | None:
        """The place whose government body published a document: a district's (北京市朝阳区统计局,
        房山区水务局) or the city's (北京市统计局, 北京市卫生计生委信息中心), when the publisher's
        name ends a body's way (``organization_endings`` within it: 局, 委, 政府…) and opens with
        a district's full name (after 北京市, if any), or starts with 北京市 (its district branch
        by a short name: 北京市公安局朝阳分局 is 朝阳's); None for a newspaper or a site (北京日报,
        北京青年报), whose name says nothing of a story's place, for a body not the city's
        (北京铁路局), another city's district of the same name (南通市通州区统计局) or a former
        district (北京市宣武区统计局).

        Why: a city bureau's table (2013-2017年全市医疗机构实有床位) says 全市 and never
        北京, and was dropped as naming no district; the publisher, given in sources.yaml or the
        add form, says whose it is, as a government site's address does.

        >>> pipeline = default_pipeline()
        >>> pipeline.publishing_body_place("北京市卫生计生委信息中心")
        '北京市'
        >>> pipeline.publishing_body_place("北京市房山区水务局")
        '房山'
        >>> pipeline.publishing_body_place("北京市公安局朝阳分局")
        '朝阳'
        >>> pipeline.publishing_body_place("北京日报") is None
        True
        >>> pipeline.publishing_body_place("北京铁路局") is None
        True
        >>> pipeline.publishing_body_place("北京市宣武区统计局") is None
        True
        >>> pipeline.publishing_body_place("南通市通州区统计局") is None
        True
        """
        lexicon = self.extractor.lexicon
        if not any(ending in publisher for ending in lexicon.organization_endings):
            return None
        city = self.catalog.municipality_name
        # 北京市宣武区统计局: a former district's body, neither a district of today nor the city
        formers = (
            name for former in lexicon.former_districts for name in lexicon.district_groups[former]
        )
        if any(name in publisher for name in formers):
            return None
        ours = publisher.removeprefix(city)
        for district in self.catalog.districts:
            full = [name for name in district.names() if name.endswith(lexicon.district_suffixes)]
            # 北京市公安局朝阳分局: a city body's branch names the district by its short name
            short = [name for name in district.names() if name not in full]
            # the district's name opens the body's (怀柔区统计局, 北京市朝阳区…), not another
            # city's district of the same name (南通市通州区统计局)
            if ours.startswith(tuple(full)) or (
                ours != publisher and any(name in ours for name in short)
            ):
                return district.name
        # 北京市… only: 北京铁路局, 北京经济技术开发区管理委员会 are no bodies of the city's
        return city if ours != publisher else None

    def facts_of_file(self, path: Path) -> DocumentFacts:
        """``facts`` of a stored document, with the metadata its folder's sources.yaml gives."""
        document = read_document(path)
        return self.facts(document, load_sources(path.parent).get(document.name))


@functools.cache
def default_pipeline() -> Pipeline:
    """The pipeline over the catalogs in use (``DISTRICTS_DATA_DIR``), built once per process."""
    return Pipeline.from_data()


def facts(document: Document, metadata: SourceInfo | None = None) -> DocumentFacts:
    """The one door from a document to its facts (see ``Pipeline.facts``)."""
    return default_pipeline().facts(document, metadata)
