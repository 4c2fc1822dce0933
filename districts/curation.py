"""Curation by the people who use the tables: ``data/user/catalog.yaml``.

Staff know which terms are the same measure. Two kinds of entry, written by
``districts catalog map`` / ``districts catalog add`` and by the explorer page through the
functions below (one library, one set of checks):

.. code-block:: yaml

    mappings:                       # a term that names an existing indicator
      - term: 饮用水源水质考核达标率
        indicator: drinking_water_source_quality
        added: "2026-11-22"
    indicators:                     # a measure the shipped catalog lacks
      - id: user_1
        name: 人工智能企业数量
        theme: industry
        unit: 个
        display_unit: 家
        synonyms: [人工智能企业]

The file lives beside the added documents (``data/user/``, following ``DISTRICTS_DATA_DIR``),
so an upgrade of the shipped ``data/indicators.yaml`` never touches it; both are merged on load.

**When the shipped catalog later claims a user's term, the user's choice wins**: it was made
deliberately, for these tables, by someone who read the sentences; an upgrade must not silently
move their facts to another measure. The merge notes the clash (``Catalog.user.notes``, printed
by ``districts catalog list`` and ``districts build``) with the line to delete to follow the
shipped catalog instead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from districts.catalog import (
    _ID_RE,
    THEMES,
    UNITS_FILE,
    Catalog,
    Indicator,
    UserLayer,
    _describe,
    _display_base,
    _Entry,
    load_catalog,
    normalize_name,
    read_yaml,
    to_simplified,
)
from districts.errors import CatalogError, DistrictsError

USER_CATALOG = Path("user") / "catalog.yaml"
USER_ID_PREFIX = "user_"
_MAPPING_FIELDS = ("term", "indicator")
_USER_INDICATOR_REQUIRED = ("id", "name", "theme", "unit")
_USER_INDICATOR_OPTIONAL = (
    "name_en", "display_unit", "synonyms", "higher_is_better", "definition", "definition_en",
    "added",
)  # fmt: skip
_HEADER = (
    "# Terms and measures added by staff (`districts catalog map/add` or the explorer page).\n"
    "# Merged with the shipped data/indicators.yaml on load; an upgrade never changes this file.\n"
    "# Edit freely; the tool rewrites it on the next change (comments are not kept).\n"
)


def user_catalog_path(data_dir: Path) -> Path:
    return Path(data_dir) / USER_CATALOG


class CurationError(DistrictsError):
    """A curation the catalog refuses. ``reason`` and ``params`` let the dashboard say it in
    the reader's language (i18n key ``curation_<reason>``); the message is the CLI's line."""

    def __init__(self, path: Path, reason: str, message: str, **params: str) -> None:
        self.path = str(path)
        self.reason = reason
        self.params = params
        super().__init__(f"{path}: {message}")


@dataclass(frozen=True)
class Mapped:
    """What ``map_term`` did: the term (as stored, simplified) and its indicator."""

    term: str
    indicator: Indicator
    already: bool


# --------------------------------------------------------------------------------------------
# Reading and merging


def with_user_catalog(shipped: Catalog, data_dir: Path) -> Catalog:
    """The shipped catalog merged with ``data_dir/user/catalog.yaml`` (unchanged without it)."""
    path = user_catalog_path(data_dir)
    if not path.is_file():
        return shipped
    raw, doc = read_yaml(path)
    if doc is None:
        return shipped
    return merge(shipped, path, raw, doc)


def merge(shipped: Catalog, path: Path, raw: bytes, doc: Any) -> Catalog:
    """The catalog with the user's indicators appended and the user's terms given to the
    indicators the user chose (taken from a shipped indicator that claims them too)."""
    if not isinstance(doc, Mapping):
        raise CatalogError(path, "expected a mapping with 'mappings' and/or 'indicators' lists")
    unknown = set(doc) - {"mappings", "indicators"}
    if unknown:
        raise CatalogError(path, f"unknown section '{sorted(unknown)[0]}' (expected: mappings, "
                           "indicators)")  # fmt: skip
    shipped_ids = {indicator.id: indicator for indicator in shipped.indicators}
    added = [_user_indicator(path, item, n, shipped) for n, item in enumerate(_items(path, doc,
             "indicators"))]  # fmt: skip
    added_ids: dict[str, Indicator] = {}
    for indicator in added:
        if indicator.id in shipped_ids:
            raise CatalogError(
                path, f"id '{indicator.id}' is now also a shipped indicator; rename yours",
                indicator.id,
            )  # fmt: skip
        if indicator.id in added_ids:
            raise CatalogError(path, f"duplicate indicator id '{indicator.id}'", indicator.id)
        added_ids[indicator.id] = indicator

    # normalised term -> (term as written, indicator id) for every term the user claims
    claims: dict[str, tuple[str, str]] = {}

    def claim(term: str, owner: str, label: str) -> None:
        key = normalize_name(term)
        if key in claims and claims[key][1] != owner:
            raise CatalogError(
                path, f"term '{term}' is claimed by both '{claims[key][1]}' and '{owner}'", label
            )
        claims[key] = (term, owner)

    for indicator in added:
        for term in indicator.synonyms:
            claim(term, indicator.id, indicator.id)
    mapped: dict[str, list[str]] = {}
    entries: list[tuple[str, tuple[str, ...]]] = []
    for index, item in enumerate(_items(path, doc, "mappings")):
        label = item.get("term") if isinstance(item, Mapping) else None
        entry = _Entry(path, str(label or f"mapping #{index + 1}"), item, _MAPPING_FIELDS,
                       ("added",))  # fmt: skip
        term, target = entry.text("term"), entry.text("indicator")
        if target not in shipped_ids and target not in added_ids:
            entry.fail(f"indicator '{target}' is not in the catalog (any more); map the term again")
        claim(term, target, entry.label)
        mapped.setdefault(target, []).append(term)
        if target in shipped_ids:
            entries.append((_fingerprint(term, target), (term,)))

    notes: list[str] = []
    merged: list[Indicator] = []
    for indicator in shipped.indicators:
        kept = []
        for synonym in indicator.synonyms:
            key = normalize_name(synonym)
            if key not in claims:
                kept.append(synonym)
            elif claims[key][1] == indicator.id:
                kept.append(synonym)
                notes.append(_note_redundant(path, synonym, indicator))
            else:
                notes.append(_note_override(path, synonym, indicator, claims[key][1]))
        extra = [t for t in mapped.get(indicator.id, []) if t not in kept]
        merged.append(dataclasses.replace(indicator, synonyms=(*kept, *extra)))
    for indicator in added:
        terms = (*indicator.synonyms, *mapped.get(indicator.id, []))
        indicator = dataclasses.replace(indicator, synonyms=tuple(dict.fromkeys(terms)))
        merged.append(indicator)
        # one entry: a document naming any of its terms depends on all of its fields
        entries.append((_fingerprint(dataclasses.asdict(indicator)), indicator.synonyms))

    digest = hashlib.sha256(shipped.digest.encode() + raw).hexdigest()
    layer = UserLayer(
        path=path,
        base_digest=shipped.digest,
        terms=tuple((key, owner) for key, (_, owner) in claims.items()),
        entries=tuple(entries),
        indicator_ids=tuple(added_ids),
        notes=tuple(dict.fromkeys(notes)),
    )
    return dataclasses.replace(shipped, indicators=tuple(merged), digest=digest, user=layer)


def _items(path: Path, doc: Mapping[str, Any], key: str) -> list[Any]:
    items = doc.get(key) or []
    if not isinstance(items, list):
        raise CatalogError(path, f"'{key}' must be a list, got {_describe(items)}")
    return items


def _user_indicator(path: Path, item: Any, index: int, shipped: Catalog) -> Indicator:
    label = item.get("id") if isinstance(item, Mapping) else None
    entry = _Entry(path, str(label or f"indicator #{index + 1}"), item,
                   _USER_INDICATOR_REQUIRED, _USER_INDICATOR_OPTIONAL)  # fmt: skip
    ind_id = entry.text("id")
    if not _ID_RE.match(ind_id):
        entry.fail(f"id '{ind_id}' must be snake_case ASCII (a-z, 0-9, '_')")
    theme = entry.text("theme")
    if theme not in THEMES:
        entry.fail(f"unknown theme '{theme}' (expected one of: {', '.join(THEMES)})")
    unit = entry.text("unit")
    if unit not in shipped.units or not shipped.units[unit].is_base:
        entry.fail(f"unit '{unit}' is not a base unit of {UNITS_FILE}")
    display = entry.text("display_unit") if "display_unit" in entry.data else ""
    if display and _display_base(display, shipped.units) != unit:
        entry.fail(f"display_unit '{display}' is not a form of the unit '{unit}'")
    hib = entry.data.get("higher_is_better")
    if hib is not None and not isinstance(hib, bool):
        entry.fail(f"higher_is_better must be true, false or null, got {_describe(hib)}")
    name = entry.text("name")
    synonyms = [name, *entry.text_list("synonyms", allow_empty=True)]
    definition = entry.text("definition") if entry.data.get("definition") else ""
    definition_en = entry.text("definition_en") if entry.data.get("definition_en") else ""
    return Indicator(
        id=ind_id,
        name=name,
        # without an English name the English view shows the Chinese one (as it does quotes)
        name_en=entry.text("name_en") if entry.data.get("name_en") else name,
        theme=theme,
        unit=unit,
        synonyms=tuple(dict.fromkeys(synonyms)),
        higher_is_better=hib,
        definition=definition,
        definition_en=definition_en or definition,
        display_unit=display,
    )


def _fingerprint(*parts: object) -> str:
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _note_override(path: Path, term: str, shipped: Indicator, chosen: str) -> str:
    return (
        f"{path}: '{term}' is also a synonym of the shipped indicator '{shipped.id}' "
        f"({shipped.name}); your choice '{chosen}' wins (delete its entry to follow the "
        "shipped catalog)"
    )


def _note_redundant(path: Path, term: str, shipped: Indicator) -> str:
    return (
        f"{path}: '{term}' is now in the shipped catalog under '{shipped.id}' too; your entry "
        "is no longer needed"
    )


# --------------------------------------------------------------------------------------------
# The cache key of a document


def document_digest(catalog: Catalog, text: str) -> str:
    """The part of a document's cache key that the catalog contributes: the shipped catalog's
    digest, plus the fingerprints of the user entries the text can be affected by.

    A user term changes a document's facts only where the text names it, or names a part of
    it that the mapping rules complete (a stem before 增长, a subject before 实现…). So an entry
    counts when the text holds any two adjacent characters of one of its terms: mapping
    ``林木覆盖率`` reprocesses the documents with 林木, 木覆, 覆盖 or 盖率, not the others.
    Example: a text about 蜂群 is not reprocessed when 人工智能企业 is mapped.
    """
    layer = catalog.user
    if layer is None:
        return catalog.digest
    han = _han(text)
    relevant = [
        fingerprint
        for fingerprint, terms in layer.entries
        if any(pair in han for term in terms for pair in _pairs(_han(term)))
    ]
    if not relevant:  # the same key as without a user catalog: the cache stays warm
        return layer.base_digest
    return hashlib.sha256("|".join([layer.base_digest, *relevant]).encode()).hexdigest()


def _han(text: str) -> str:
    """The text's letters only, simplified: pinyin notes, spaces and line breaks dropped, so
    a term broken across a PDF line still shows its pairs of characters."""
    text = to_simplified(unicodedata.normalize("NFKC", text))
    return "".join(re.findall(r"[\u4e00-\u9fffA-Za-z0-9.]+", text))


def _pairs(term: str) -> set[str]:
    return {term[i : i + 2] for i in range(len(term) - 1)} or {term}


# --------------------------------------------------------------------------------------------
# Writing: the one door for the CLI and the dashboard


def find_indicator(catalog: Catalog, ref: str) -> Indicator | None:
    """An indicator by id, Chinese name or English name (any script or letter case), else by
    an exact synonym. ``find_indicator(c, '森林覆蓋率')`` → forest_coverage."""
    ref = ref.strip()
    if not ref:
        return None
    try:
        return catalog.find(ref)  # the snapshot command's resolver: one way to name a measure
    except KeyError:
        return None


def clean_term(term: str) -> str:
    """A term as the pipeline reads text: NFKC, simplified script, no spaces.
    ``' 林木覆蓋率 '`` → ``林木覆盖率``."""
    return "".join(to_simplified(unicodedata.normalize("NFKC", term)).split())


def map_term(data_dir: Path, term: str, indicator: str, today: dt.date | None = None) -> Mapped:
    """Record that ``term`` names ``indicator`` (id or name). Refused (CurationError) when the
    term is too short or already names another indicator, or the indicator is unknown."""
    path = user_catalog_path(data_dir)
    catalog = load_catalog(data_dir)
    term = clean_term(term)
    _check_term(path, term)
    target = find_indicator(catalog, indicator)
    if target is None:
        raise CurationError(
            path, "unknown_indicator",
            f"no indicator '{indicator}' (give an id or a name as `districts catalog list` "
            "prints it)", indicator=indicator,
        )  # fmt: skip
    owner = catalog.indicator_by_synonym(term)
    if owner is not None and owner.id == target.id:
        return Mapped(term, target, already=True)
    if owner is not None:
        raise _taken(path, term, owner)
    doc = _read_doc(path)
    doc.setdefault("mappings", []).append(
        {"term": term, "indicator": target.id, "added": _today(today)}
    )
    _write_doc(data_dir, doc)
    return Mapped(term, target, already=False)


def add_indicator(
    data_dir: Path,
    *,
    name: str,
    unit: str,
    theme: str,
    name_en: str = "",
    definition: str = "",
    synonyms: Iterable[str] = (),
    higher_is_better: bool | None = None,
    indicator_id: str = "",
    today: dt.date | None = None,
) -> Indicator:
    """Create a measure the catalog lacks. ``unit`` is any unit of units.yaml, with a 万/亿
    multiplier if wanted (亿元 stores 元 and shows 亿元). Refused (CurationError) when a name
    or synonym already names an indicator, the id is taken, or the unit or theme is unknown."""
    path = user_catalog_path(data_dir)
    catalog = load_catalog(data_dir)
    name = clean_term(name)
    terms = list(dict.fromkeys([name, *(clean_term(s) for s in synonyms if s.strip())]))
    for term in terms:
        _check_term(path, term)
        owner = catalog.indicator_by_synonym(term)
        if owner is not None:
            raise _taken(path, term, owner)
    if theme not in THEMES:
        raise CurationError(
            path, "unknown_theme", f"unknown theme '{theme}' ({', '.join(THEMES)})", theme=theme
        )
    unit = unit.strip()
    base = _display_base(unit, catalog.units)
    if base is None or not catalog.units[base].is_base:
        raise CurationError(
            path, "unknown_unit", f"unit '{unit}' is not in {UNITS_FILE}", unit=unit
        )
    known = {indicator.id for indicator in catalog.indicators}
    if indicator_id:
        if not _ID_RE.match(indicator_id):
            raise CurationError(path, "bad_id", f"id '{indicator_id}' must be snake_case ASCII",
                                id=indicator_id)  # fmt: skip
        if indicator_id in known:
            raise CurationError(path, "id_taken", f"id '{indicator_id}' is already an indicator",
                                id=indicator_id)  # fmt: skip
    else:
        number = 1
        while f"{USER_ID_PREFIX}{number}" in known:
            number += 1
        indicator_id = f"{USER_ID_PREFIX}{number}"
    entry: dict[str, object] = {"id": indicator_id, "name": name, "theme": theme, "unit": base}
    if unit != base:
        entry["display_unit"] = unit
    if name_en.strip():
        entry["name_en"] = name_en.strip()
    if len(terms) > 1:
        entry["synonyms"] = terms[1:]
    if definition.strip():
        entry["definition"] = definition.strip()
    entry["higher_is_better"] = higher_is_better
    entry["added"] = _today(today)
    doc = _read_doc(path)
    doc.setdefault("indicators", []).append(entry)
    _write_doc(data_dir, doc)
    return load_catalog(data_dir).indicator_by_id(indicator_id)


def _check_term(path: Path, term: str) -> None:
    """A term must name something: two characters at least (a single 林 would claim every
    forest in the corpus), at most 40, and not only digits or marks."""
    if len(term) < 2 or len(term) > 40 or not re.search(r"[^\W\d_]", term):
        raise CurationError(
            path, "bad_term", f"'{term}' cannot be a term (2 to 40 characters, not only digits)",
            term=term,
        )  # fmt: skip


def _taken(path: Path, term: str, owner: Indicator) -> CurationError:
    return CurationError(
        path, "term_taken",
        f"'{term}' already names indicator '{owner.id}' ({owner.name}); each term names one "
        "measure", term=term, id=owner.id, name=owner.name, name_en=owner.name_en,
    )  # fmt: skip


def _today(today: dt.date | None) -> str:
    return (today or dt.date.today()).isoformat()


def _read_doc(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    _, doc = read_yaml(path)
    return dict(doc or {})


def _write_doc(data_dir: Path, doc: dict[str, Any]) -> None:
    """Validate the new content against the shipped catalog first, then write it atomically:
    a refused change leaves the file as it was."""
    from districts.tables.io import write_atomic  # a plain file utility; no table is built here

    path = user_catalog_path(data_dir)
    body = _HEADER + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100)
    merge(load_catalog(data_dir, with_user=False), path, body.encode(), doc)
    write_atomic(path, body.encode("utf-8"))
