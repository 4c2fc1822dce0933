"""Citations of the source documents: who published what, when, and where.

From ``documents.csv``, which carries what ``sources.yaml`` (or ``districts add``) says of each
document: publisher, title, English title, date, URL. A chart's source line gives the short
form; an exported file's metadata, a report's list of sources and ``sources.md`` the full one.
Nothing is invented: an unknown publisher or URL is left out, an unknown date said so.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from districts.present.i18n import t
from districts.present.views import Tables


@dataclass(frozen=True)
class Source:
    doc: str
    title: str
    title_en: str = ""
    publisher: str = ""
    publisher_en: str = ""
    date: str = ""
    url: str = ""

    def title_in(self, lang: str) -> str:
        """The title in ``lang`` where known (the English one), else the original."""
        return self.title_en if lang == "en" and self.title_en else self.title

    def publisher_in(self, lang: str) -> str:
        return self.publisher_en if lang == "en" and self.publisher_en else self.publisher


def source_of(tables: Tables, doc: str) -> Source:
    """What ``documents.csv`` says of ``doc`` (tables built before the citation columns
    existed give the title and date only)."""
    row = tables.document_records.get(doc)
    if row is None:
        return Source(doc=doc, title=doc)
    return Source(
        doc=doc,
        title=row.get("title") or doc,
        title_en=row.get("title_en", ""),
        publisher=row.get("publisher", ""),
        publisher_en=row.get("publisher_en", ""),
        date=row.get("date", ""),
        url=row.get("url", ""),
    )


def short_citation(source: Source, lang: str) -> str:
    """Publisher, title and date, as a chart's source line lists them.

    zh: ``北京日报《为书写中国式现代化北京篇章作出昌平贡献》(2023-07)``;
    en: ``Beijing Daily, "Making Changping's contribution…" (2023-07)``.
    """
    date = source.date or t("undated", lang)
    publisher = source.publisher_in(lang)
    if lang == "en":
        lead = f"{publisher}, " if publisher else ""
        # straight quotes: the CJK font draws “ ” full width, which gapes in English text
        return f'{lead}"{source.title_in(lang)}" ({date})'
    return f"{publisher}《{_unquoted(source.title)}》({date})"


def full_citation(source: Source, lang: str) -> str:
    """The citation a reference list needs: publisher, title (with its translation where
    known), date, URL.

    en: ``Beijing Daily. "Making Changping's contribution…" [为书写…贡献]. 2023-07.``
    """
    date = source.date or t("undated", lang)
    publisher = source.publisher_in(lang)
    parts = [publisher] if publisher else []
    if lang == "en":
        title = f'"{source.title_in(lang)}"'
        if source.title_en and source.title_en != source.title:
            title += f" [{source.title}]"
    else:
        title = f"《{_unquoted(source.title)}》"
        if source.title_en:
            title += f"[{source.title_en}]"
    parts += [title, date]
    if source.url:
        parts.append(source.url)
    return ". ".join(parts) + "." if lang == "en" else "。".join(parts) + "。"


def _unquoted(title: str) -> str:
    """A title as it stands inside book-title marks: not wrapped in a second pair, and a
    title inside it in single marks, as Chinese typesetting nests them.

    >>> _unquoted("《前线》杂志专访")
    '〈前线〉杂志专访'
    """
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        return title[1:-1]
    return title.replace("《", "〈").replace("》", "〉")


def cited_docs(frames: list[pd.DataFrame], reported_only: bool = True) -> list[str]:
    """The documents behind value frames (``views.indicator_values``), in order of first use."""
    docs: dict[str, None] = {}
    for values in frames:
        rows = values[values["status"] == "reported"] if reported_only else values
        for doc in rows["doc"]:
            if doc:
                docs[doc] = None
    return list(docs)
