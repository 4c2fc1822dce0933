"""Load and validate the hand-edited catalogs in ``data/``.

Three YAML files describe what the pipeline knows, as data rather than code:

* ``districts.yaml``  the 16 districts of Beijing with their aliases, plus the names of Beijing as a
  whole (``municipality``) and of the nation (``nation``);
* ``units.yaml``      units as written in text, each mapped to a base unit by a factor;
* ``indicators.yaml`` the canonical indicators, their themes, units and synonyms.

``load_catalog`` reads all three, checks them against each other and returns a frozen
``Catalog``. Every problem is reported as a ``CatalogError`` that names the file, the entry and
the problem in plain English, so that an analyst editing the YAML by hand can fix it.
"""

from __future__ import annotations

import difflib
import hashlib
import marshal
import math
import re
import unicodedata
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NoReturn

import yaml
from opencc import OpenCC

from districts import paths
from districts.errors import CatalogError
from districts.facts.numbers import DISPLAY_MULTIPLIERS

THEMES = ("ecology", "industry", "resilience", "society", "other")
# The mark between the districts of a group a text lists (房山、门头沟、昌平): a fact about
# them together is kept under that name, out of every district's chart.
GROUP_JOINER = "\u3001"
UNIT_KINDS = (
    "count",
    "area",
    "length",
    "money",
    "rate",
    "concentration",
    "volume",
    "time",
    "rank",
    "depth",
    "flow",
    "multiple",
    "power",
    "discount",
    "weight",
    "energy",
    "temperature",
    "wind_force",
    "other",
)

DEFAULT_DATA_DIR = paths.DATA_DIR
DISTRICTS_FILE = "districts.yaml"
UNITS_FILE = "units.yaml"
INDICATORS_FILE = "indicators.yaml"
CATALOG_FILES = (DISTRICTS_FILE, UNITS_FILE, INDICATORS_FILE)

_CODE_RE = re.compile(r"^[a-z][a-z0-9-]*$")
_ADCODE_RE = re.compile(r"^[1-8][0-9]{5}$")
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


# --------------------------------------------------------------------------------------------
# Text normalisation


@lru_cache(maxsize=1)
def _t2s() -> OpenCC:
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert traditional Chinese to simplified (OpenCC t2s); other text is unchanged.

    Text holding none of ``t2s_triggers`` is returned as it is without running OpenCC (its
    pure-Python conversion cost ~0.15 ms per phrase and was asked for every synonym lookup of
    every number, almost always on text that is simplified already): ``国内生产总值`` → itself.
    """
    if t2s_triggers().isdisjoint(text):
        return text
    return _t2s().convert(text)


@lru_cache(maxsize=1)
def t2s_triggers() -> frozenset[str]:
    """Characters without which no entry of t2s that changes text can match: for each such
    entry, one character its value replaces (藉口 → 借口: 藉), else all of its characters.

    OpenCC replaces only stretches equal to a dictionary key; an entry whose value (its first
    candidate, as OpenCC takes it) equals its key changes nothing. So a text lacking at least
    one character of every changing key comes out of ``convert`` unchanged.
    """
    converter = _t2s()
    converter.convert("")  # loads the dictionaries
    dictionaries = [d for group in converter._dict_chain_data for d in group]
    triggers: set[str] = set()
    for _, _, mapping in dictionaries:
        for key, value in mapping.items():
            first = value.split(" ")[0]
            if first == key:
                continue
            replaced = [a for a, b in zip(key, first, strict=False) if a != b]
            triggers.update(replaced[:1] if len(key) == len(first) and replaced else key)
    return frozenset(triggers)


# Pure and asked again for the same phrases at every number (the synonym lookups), and the
# script conversion inside is the costly part: kept for the phrases seen last.
@lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """The key under which names are compared: NFKC, simplified script, single spaces, casefold.

    ``門頭溝區``, ``门头沟区`` and ``ＭＥＮＴＯＵＧＯＵ  district`` all normalise consistently.
    """
    text = unicodedata.normalize("NFKC", text)
    text = to_simplified(text)
    return " ".join(text.split()).casefold()


# --------------------------------------------------------------------------------------------
# Data classes


@dataclass(frozen=True)
class Alias:
    """One way a text may name a district.

    ``needs_suffix``: the bare form is also an ordinary word (朝阳产业, 大兴土木); count a match
    only when 区 follows it or it is part of a longer listed name.
    """

    text: str
    needs_suffix: bool = False


@dataclass(frozen=True)
class District:
    code: str
    name: str
    full_name: str
    name_en: str
    zone: str
    zone_en: str
    aliases: tuple[Alias, ...]
    zone_note: str = ""
    # Six-digit administrative division code (110101): joins the district to its boundary.
    adcode: str = ""
    # Its streets, towns and townships (大峪街道, 王佐镇): no aliases of the district (a fact
    # about a town is not the district's), but a text naming only them is about the district.
    townships: tuple[str, ...] = ()
    # Named sites that lie wholly within it (首钢园, 未来科学城): no aliases either, but a text
    # naming only them is about the district, as with its towns.
    sites: tuple[str, ...] = ()
    # Its government's web site (bjdch.gov.cn): a page published there that names no district
    # in its text is the district's (其 全区, 区委 are its own).
    web_domains: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """Every name under which ``Catalog.district_by_name`` finds this district."""
        listed = (self.code, self.name, self.full_name, self.name_en)
        return listed + tuple(alias.text for alias in self.aliases)


@dataclass(frozen=True)
class Unit:
    unit: str
    base: str
    factor: float
    kind: str

    @property
    def is_base(self) -> bool:
        return self.unit == self.base

    def to_base(self, value: float) -> float:
        return value * self.factor


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    name_en: str
    theme: str
    unit: str
    synonyms: tuple[str, ...]
    higher_is_better: bool | None
    definition: str
    definition_en: str
    related: tuple[str, ...] = ()
    # How values are shown (亿元, 公顷, 家); same base as ``unit``. Empty means ``unit``.
    display_unit: str = ""
    # ``measure`` (charted across districts) or ``work``: a programme's output, never charted
    kind: str = "measure"

    @property
    def charted(self) -> bool:
        """Whether the indicator table (and so a comparison chart) shows its values: a
        standard measure is; a programme's work (治理积水点15处) is named but not compared, as
        each district's programme counts its own things."""
        return self.kind == "measure"

    @property
    def shown_unit(self) -> str:
        return self.display_unit or self.unit


@dataclass(frozen=True)
class UserLayer:
    """What the staff added in ``data/user/catalog.yaml`` (districts/curation.py reads it).

    ``terms``: (normalised term, indicator id) pairs the staff chose; they win over the shipped
    catalog (see curation.py for why). ``entries``: a fingerprint and the terms of each user
    entry, so that a document's cache key includes only the entries its text can be affected
    by. ``notes``: what the merge decided that the user should know (one line each).
    """

    path: Path
    base_digest: str
    terms: tuple[tuple[str, str], ...] = ()
    entries: tuple[tuple[str, tuple[str, ...]], ...] = ()
    indicator_ids: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalog:
    districts: tuple[District, ...]
    municipality_aliases: tuple[str, ...]
    nation_aliases: tuple[str, ...]
    units: dict[str, Unit]
    indicators: tuple[Indicator, ...]
    # sha256 over the three catalog files (and the user's catalog), for the build manifest.
    digest: str = ""
    # the city government's sites (beijing.gov.cn and its agencies' sub-sites)
    municipality_web_domains: tuple[str, ...] = ()
    user: UserLayer | None = None
    _district_index: dict[str, District] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )
    _indicator_index: dict[str, Indicator] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )
    _synonym_index: dict[str, Indicator] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        for district in self.districts:
            for text in district.names():
                self._district_index.setdefault(normalize_name(text), district)
        for indicator in self.indicators:
            self._indicator_index[indicator.id] = indicator
            for synonym in (indicator.name, *indicator.synonyms):
                self._synonym_index.setdefault(normalize_name(synonym), indicator)
        for term, indicator_id in self.user.terms if self.user else ():
            self._synonym_index[term] = self._indicator_index[indicator_id]

    def __hash__(self) -> int:
        return hash((self.digest, len(self.districts), len(self.indicators)))

    def district_by_name(self, name: str) -> District | None:
        """The district a name refers to: any alias, code, short/full/English name, in simplified
        or traditional script, any letter case. ``None`` when the name is not a district's."""
        return self._district_index.get(normalize_name(name))

    def district_by_web_address(self, url: str) -> District | None:
        """The district whose government's site published ``url`` (www.bjdch.gov.cn/… and its
        sub-sites, chyrd.bjchy.gov.cn), else None."""
        host = _host_of(url)
        return next((d for d in self.districts if _on_one_of(host, d.web_domains)), None)

    def municipality_by_web_address(self, url: str) -> bool:
        """Whether ``url`` is on the city government's site or one of its agencies' sub-sites
        (tjj.beijing.gov.cn/…): a page there that names no district is about Beijing."""
        return _on_one_of(_host_of(url), self.municipality_web_domains)

    def district_by_code(self, code: str) -> District:
        for district in self.districts:
            if district.code == code:
                return district
        raise KeyError(f"unknown district code {code!r}")

    def indicator_by_id(self, indicator_id: str) -> Indicator:
        try:
            return self._indicator_index[indicator_id]
        except KeyError:
            raise KeyError(f"unknown indicator id {indicator_id!r}") from None

    def find(self, name: str) -> Indicator:
        """The indicator ``name`` stands for: its id, its Chinese or English name or a synonym,
        in either script and any letter case (what a user types on the command line).

        ``森林覆盖率``, ``forest_coverage`` and ``Forest coverage rate`` give the same
        indicator; an unknown name raises ``KeyError`` with the closest names and their ids.
        """
        key = normalize_name(name)
        if name in self._indicator_index:
            return self._indicator_index[name]
        for indicator in self.indicators:
            names = (indicator.id, indicator.name, indicator.name_en)
            if key in (normalize_name(n) for n in names):
                return indicator
        found = self._synonym_index.get(key)
        if found is not None:
            return found
        raise KeyError(f"{name!r} is not an indicator; closest: {self.close_names(name)}")

    def close_names(self, name: str, count: int = 5) -> str:
        """The indicators whose names are nearest ``name``, as ``名称 / name (id)``: names that
        contain it (or that it contains) first, then by similarity."""
        key = normalize_name(name)
        scored = []
        for indicator in self.indicators:
            names = [normalize_name(n) for n in (indicator.id, indicator.name, indicator.name_en,
                                                  *indicator.synonyms)]  # fmt: skip
            overlap = any(key in n or (n and n in key) for n in names)
            ratio = max(difflib.SequenceMatcher(None, key, n).ratio() for n in names)
            scored.append((not overlap, -ratio, indicator.id, indicator))
        scored.sort(key=lambda item: item[:3])
        return ", ".join(f"{i.name} / {i.name_en} ({i.id})" for *_, i in scored[:count])

    def indicator_by_synonym(self, term: str) -> Indicator | None:
        """The indicator a whole phrase names (exact synonym, either script), else ``None``."""
        return self._synonym_index.get(normalize_name(term))

    @property
    def municipality_name(self) -> str:
        """Beijing as a whole as the tables name it: ``municipality.name`` in districts.yaml."""
        return self.municipality_aliases[0]

    @property
    def nation_name(self) -> str:
        """The nation as the tables name it: ``nation.name`` in districts.yaml."""
        return self.nation_aliases[0]

    def is_municipality(self, name: str) -> bool:
        key = normalize_name(name)
        return any(normalize_name(alias) == key for alias in self.municipality_aliases)

    def is_nation(self, name: str) -> bool:
        key = normalize_name(name)
        return any(normalize_name(alias) == key for alias in self.nation_aliases)

    def display_factor(self, indicator: Indicator) -> float:
        """Base units per display unit: ``value_in_base / display_factor`` is the shown value."""
        return _display_factor(indicator.shown_unit, self.units)

    def indicators_by_theme(self, theme: str) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.theme == theme)


# --------------------------------------------------------------------------------------------
# Loading


def load_catalog(data_dir: Path = DEFAULT_DATA_DIR, *, with_user: bool = True) -> Catalog:
    """Read and cross-check ``districts.yaml``, ``units.yaml`` and ``indicators.yaml``, merged
    with the staff's ``user/catalog.yaml`` when it exists (``with_user=False``: the shipped
    catalog alone).

    Raises ``CatalogError`` naming the file, the entry and the problem.
    """
    data_dir = Path(data_dir)
    raw: dict[str, bytes] = {}
    parsed: dict[str, Any] = {}
    for name in CATALOG_FILES:
        path = data_dir / name
        raw[name], parsed[name] = read_yaml(path)

    units = _parse_units(data_dir / UNITS_FILE, parsed[UNITS_FILE])
    districts, municipality, nation = _parse_districts(
        data_dir / DISTRICTS_FILE, parsed[DISTRICTS_FILE]
    )
    city_sites = _parse_region_web_domains(
        data_dir / DISTRICTS_FILE, parsed[DISTRICTS_FILE], "municipality"
    )
    indicators = _parse_indicators(data_dir / INDICATORS_FILE, parsed[INDICATORS_FILE], units)

    digest = hashlib.sha256()
    for name in CATALOG_FILES:
        digest.update(name.encode())
        digest.update(len(raw[name]).to_bytes(8, "big"))
        digest.update(raw[name])

    shipped = Catalog(
        districts=districts,
        municipality_aliases=municipality,
        nation_aliases=nation,
        units=units,
        indicators=indicators,
        digest=digest.hexdigest(),
        municipality_web_domains=city_sites,
    )
    if not with_user:
        return shipped
    from districts.curation import with_user_catalog  # it builds on this module's types

    return with_user_catalog(shipped, data_dir)


# libyaml's safe loader when PyYAML has it: the pure-Python one takes about a second for the
# catalogs, paid by every command and every dashboard start.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> tuple[bytes, Any]:
    """A data file's bytes and parsed YAML; a ``CatalogError`` naming the file (and the line)
    when it is missing, not UTF-8 or not YAML."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CatalogError(path, "file not found") from None
    except OSError as exc:
        raise CatalogError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogError(path, f"is not UTF-8 text (bad byte at offset {exc.start})") from None
    try:
        return data, _parsed(data, text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise CatalogError(path, f"is not valid YAML{where}: {problem}") from None


def _parsed(data: bytes, text: str) -> Any:
    """The YAML of a data file, from this user's private cache when the same bytes were parsed
    before. The parser's Python half cost 0.15 s of every new process (``districts add``) for
    the data files; a marshal load is a hundredth of it. The cache holds plain data only, named
    by a hash of the bytes and the loader, and is ignored when unreadable; a file holding what
    marshal cannot (a date) is parsed every time."""
    folder = paths.private_cache_dir()
    stamp = hashlib.sha256(data + YAML_LOADER.__name__.encode()).hexdigest()[:24]
    cached = folder / f"yaml-{stamp}.marshal" if folder else None
    if cached is not None:
        try:
            loaded = marshal.loads(cached.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            loaded = None  # none yet, or damaged: parse again
        if isinstance(loaded, (dict, list)):
            return loaded
    parsed = yaml.load(text, Loader=YAML_LOADER)
    if cached is not None:
        try:
            paths.write_private(cached, marshal.dumps(parsed))
        except ValueError:
            pass  # a value marshal cannot hold
        else:
            _prune_yaml_caches(cached.parent)
    return parsed


# How many parsed data files the private cache keeps: each edit of a data file writes a new
# one under a new name, so without a bound every version ever read would stay.
_YAML_CACHES_KEPT = 48


def _prune_yaml_caches(folder: Path) -> None:
    """Remove all but the ``_YAML_CACHES_KEPT`` newest parsed data files (by when written):
    the project's data files and a user's own take a dozen; older ones are past versions."""
    try:
        caches = sorted(
            folder.glob("yaml-*.marshal"), key=lambda path: path.stat().st_mtime, reverse=True
        )
        for old in caches[_YAML_CACHES_KEPT:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # another process pruned first: a cache, no harm


def _top_list(path: Path, doc: Any, key: str) -> list[Any]:
    if not isinstance(doc, Mapping):
        raise CatalogError(path, f"expected a mapping with a '{key}' list at the top level")
    items = doc.get(key)
    if not isinstance(items, list) or not items:
        raise CatalogError(path, f"expected a non-empty '{key}' list at the top level")
    return items


class _Entry:
    """One mapping in a catalog list, with helpers that raise CatalogError for its fields."""

    def __init__(
        self,
        path: Path,
        label: str,
        data: Any,
        required: tuple[str, ...],
        optional: tuple[str, ...],
    ) -> None:
        self.path = path
        self.label = label
        if not isinstance(data, Mapping):
            self.fail(f"expected a mapping of fields, got {_describe(data)}")
        self.data = data
        for key in required:
            if key not in data:
                self.fail(f"missing required field '{key}'")
        allowed = set(required) | set(optional)
        for key in data:
            if key not in allowed:
                expected = ", ".join((*required, *optional))
                self.fail(f"unknown field '{key}' (expected: {expected})")

    def fail(self, problem: str) -> NoReturn:
        raise CatalogError(self.path, problem, self.label)

    def text(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"field '{key}' must be non-empty text, got {_describe(value)}")
        return value.strip()

    def text_list(self, key: str, *, allow_empty: bool = False) -> list[str]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or (not value and not allow_empty):
            self.fail(f"field '{key}' must be a non-empty list, got {_describe(value)}")
        out: list[str] = []
        for item in value:
            if not isinstance(item, str) or not item.strip():
                self.fail(f"field '{key}' must list non-empty texts, found {_describe(item)}")
            out.append(item.strip())
        return out


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, str):
        return f"the text {value!r}" if value.strip() else "empty text"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list" if value else "an empty list"
    return f"{type(value).__name__} {value!r}"


def _label(data: Any, key: str, index: int) -> str:
    if isinstance(data, Mapping) and isinstance(data.get(key), str) and data[key].strip():
        return data[key].strip()
    return f"entry #{index + 1}"


# --- units ----------------------------------------------------------------------------------


def _parse_units(path: Path, doc: Any) -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    for index, item in enumerate(_top_list(path, doc, "units")):
        entry = _Entry(
            path, _label(item, "unit", index), item, ("unit", "base", "factor", "kind"), ()
        )
        text = entry.text("unit")
        base = entry.text("base")
        kind = entry.text("kind")
        factor = entry.data["factor"]
        if isinstance(factor, bool) or not isinstance(factor, int | float):
            entry.fail(f"factor must be a positive number, got {_describe(factor)}")
        if not math.isfinite(factor) or factor <= 0:
            entry.fail(f"factor must be a positive number, got {factor}")
        if kind not in UNIT_KINDS:
            entry.fail(f"unknown kind '{kind}' (expected one of: {', '.join(UNIT_KINDS)})")
        if text in units:
            entry.fail(f"unit '{text}' is listed twice")
        if text == base and factor != 1:
            entry.fail(f"a base unit must have factor 1, got {factor}")
        units[text] = Unit(unit=text, base=base, factor=float(factor), kind=kind)

    for unit in units.values():
        base = units.get(unit.base)
        if base is None:
            raise CatalogError(
                path, f"base '{unit.base}' is not itself a unit in the table", unit.unit
            )
        if not base.is_base:
            raise CatalogError(
                path,
                f"base '{unit.base}' is not a base unit (its own base is '{base.base}'); "
                "point to the final base directly",
                unit.unit,
            )
        if base.kind != unit.kind:
            raise CatalogError(
                path,
                f"kind '{unit.kind}' differs from the kind '{base.kind}' of its base '{base.unit}'",
                unit.unit,
            )
    return units


def _display_factor(display: str, units: Mapping[str, Unit]) -> float:
    """Base units per one ``display`` unit, e.g. 亿元 → 1e8, 公顷 → 10000. KeyError if unknown."""
    if display in units:
        return units[display].factor
    for prefix, multiplier in DISPLAY_MULTIPLIERS.items():
        rest = display[len(prefix) :]
        if display.startswith(prefix) and rest in units:
            return multiplier * units[rest].factor
    raise KeyError(display)


def _display_base(display: str, units: Mapping[str, Unit]) -> str | None:
    if display in units:
        return units[display].base
    for prefix in DISPLAY_MULTIPLIERS:
        rest = display[len(prefix) :]
        if display.startswith(prefix) and rest in units:
            return units[rest].base
    return None


# --- districts ------------------------------------------------------------------------------

_DISTRICT_FIELDS = ("code", "name", "full_name", "name_en", "zone", "zone_en", "aliases")


def _parse_districts(
    path: Path, doc: Any
) -> tuple[tuple[District, ...], tuple[str, ...], tuple[str, ...]]:
    items = _top_list(path, doc, "districts")
    districts: list[District] = []
    codes: set[str] = set()
    adcodes: set[str] = set()
    # normalised name -> who claims it ("district 'x'", "municipality", "nation")
    claimed: dict[str, str] = {}

    municipality = _parse_region(path, doc, "municipality")
    nation = _parse_region(path, doc, "nation")
    for region, aliases in (("municipality", municipality), ("nation", nation)):
        for alias in aliases:
            key = normalize_name(alias)
            owner = claimed.setdefault(key, region)
            if owner != region:
                raise CatalogError(path, f"alias '{alias}' is also listed under {owner}", region)

    for index, item in enumerate(items):
        entry = _Entry(
            path,
            _label(item, "code", index),
            item,
            _DISTRICT_FIELDS,
            ("zone_note", "adcode", "townships", "sites", "web_domains"),
        )
        code = entry.text("code")
        if not _CODE_RE.match(code):
            entry.fail(f"code '{code}' must be lowercase ASCII pinyin (letters, digits, '-')")
        if code in codes:
            entry.fail(f"duplicate district code '{code}'")
        codes.add(code)
        raw_aliases = entry.data["aliases"]
        if not isinstance(raw_aliases, list) or not raw_aliases:
            entry.fail(f"field 'aliases' must be a non-empty list, got {_describe(raw_aliases)}")
        aliases = tuple(_parse_alias(entry, raw) for raw in raw_aliases)
        note = entry.data.get("zone_note")
        adcode = entry.text("adcode") if entry.data.get("adcode") is not None else ""
        if adcode and not _ADCODE_RE.match(adcode):
            entry.fail(f"adcode '{adcode}' must be six digits (an administrative division code)")
        if adcode and adcode in adcodes:
            entry.fail(f"duplicate adcode '{adcode}'")
        adcodes.add(adcode)
        district = District(
            code=code,
            name=entry.text("name"),
            full_name=entry.text("full_name"),
            name_en=entry.text("name_en"),
            zone=entry.text("zone"),
            zone_en=entry.text("zone_en"),
            aliases=aliases,
            zone_note=entry.text("zone_note") if note is not None else "",
            adcode=adcode,
            townships=_parse_townships(entry),
            sites=_parse_townships(entry, "sites"),
            web_domains=_parse_web_domains(entry),
        )
        me = f"district '{code}'"
        for name in district.names():
            key = normalize_name(name)
            owner = claimed.setdefault(key, me)
            if owner != me:
                entry.fail(f"alias '{name}' is already claimed by {owner}")
        for name in (*district.townships, *district.sites):
            owner = claimed.setdefault(normalize_name(name), me)
            if owner != me:
                entry.fail(f"township or site '{name}' is already claimed by {owner}")
        districts.append(district)
    return tuple(districts), municipality, nation


def _parse_townships(entry: _Entry, field: str = "townships") -> tuple[str, ...]:
    """``townships`` (or ``sites``): an optional list of names in Chinese characters, each its
    kind's word included (王佐镇, not 王佐; 首钢园: a bare name is too often something else)."""
    raw = entry.data.get(field)
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        entry.fail(f"field '{field}' must be a non-empty list, got {_describe(raw)}")
    kind = field.removesuffix("s")
    names = []
    for name in raw:
        if not isinstance(name, str) or not _TOWNSHIP_RE.fullmatch(name.strip()):
            entry.fail(
                f"{kind} {_describe(name)} must be a name of three or more Chinese characters"
            )
        if name.strip() in names:
            entry.fail(f"{kind} '{name.strip()}' is listed twice")
        names.append(name.strip())
    return tuple(names)


_TOWNSHIP_RE = re.compile("[\u4e00-\u9fff]{3,}")
_DOMAIN_RE = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")


def _parse_web_domains(entry: _Entry) -> tuple[str, ...]:
    """``web_domains``: an optional list of host names (bjdch.gov.cn), lowercase, no scheme."""
    raw = entry.data.get("web_domains")
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        entry.fail(f"field 'web_domains' must be a non-empty list, got {_describe(raw)}")
    for domain in raw:
        if not isinstance(domain, str) or not _DOMAIN_RE.fullmatch(domain):
            entry.fail(f"web domain {_describe(domain)} must be a host name such as bjdch.gov.cn")
    return tuple(raw)


def _parse_alias(entry: _Entry, raw: Any) -> Alias:
    if isinstance(raw, str) and raw.strip():
        return Alias(raw.strip())
    if isinstance(raw, Mapping):
        unknown = set(raw) - {"text", "needs_suffix"}
        if unknown:
            entry.fail(
                f"alias has unknown field '{sorted(unknown)[0]}' (expected text, needs_suffix)"
            )
        text = raw.get("text")
        if not isinstance(text, str) or not text.strip():
            entry.fail(f"alias needs a non-empty 'text', got {_describe(text)}")
        flag = raw.get("needs_suffix", False)
        if not isinstance(flag, bool):
            entry.fail(
                f"needs_suffix of alias '{text}' must be true or false, got {_describe(flag)}"
            )
        return Alias(text.strip(), flag)
    entry.fail(f"an alias must be text or a mapping with 'text', got {_describe(raw)}")


def _parse_region(path: Path, doc: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """``municipality`` / ``nation``: a mapping with ``aliases`` (and a name), or a plain list.

    The name comes first (the tables write it: ``Catalog.municipality_name``); without one,
    the first alias names the region."""
    if key not in doc:
        raise CatalogError(path, f"missing required top-level section '{key}'")
    value = doc[key]
    if isinstance(value, list):
        value = {"aliases": value}
    entry = _Entry(path, key, value, ("aliases",), _REGION_OPTIONAL)
    aliases = entry.text_list("aliases")
    name = value.get("name")
    if name is not None:
        aliases.insert(0, entry.text("name"))
    return tuple(dict.fromkeys(aliases))


def _host_of(url: str) -> str:
    """The host name of an address, typed with or without its scheme."""
    return urllib.parse.urlsplit(url if "//" in url else f"//{url}").hostname or ""


def _on_one_of(host: str, domains: tuple[str, ...]) -> bool:
    """``host`` is one of ``domains`` or a sub-site of one (chyrd.bjchy.gov.cn)."""
    return any(host == d or host.endswith(f".{d}") for d in domains)


def _parse_region_web_domains(path: Path, doc: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """``web_domains`` of ``municipality`` / ``nation`` (see ``_parse_web_domains``); none for
    a region given as a plain list of aliases."""
    value = doc[key]
    if isinstance(value, list):
        return ()
    return _parse_web_domains(_Entry(path, key, value, ("aliases",), _REGION_OPTIONAL))


# The optional fields of ``municipality`` and ``nation`` (the city's sites: web_domains)
_REGION_OPTIONAL = ("name", "name_en", "web_domains")


# --- indicators -----------------------------------------------------------------------------

_INDICATOR_REQUIRED = (
    "id",
    "name",
    "name_en",
    "theme",
    "unit",
    "synonyms",
    "higher_is_better",
    "definition",
    "definition_en",
)
INDICATOR_KINDS = ("measure", "work")
_INDICATOR_OPTIONAL = ("related", "display_unit", "kind")


def _parse_indicators(path: Path, doc: Any, units: Mapping[str, Unit]) -> tuple[Indicator, ...]:
    items = _top_list(path, doc, "indicators")
    indicators: list[Indicator] = []
    seen_ids: dict[str, int] = {}
    synonym_owner: dict[str, str] = {}
    for index, item in enumerate(items):
        entry = _Entry(
            path, _label(item, "id", index), item, _INDICATOR_REQUIRED, _INDICATOR_OPTIONAL
        )
        ind_id = entry.text("id")
        if not _ID_RE.match(ind_id):
            entry.fail(f"id '{ind_id}' must be snake_case ASCII (a-z, 0-9, '_')")
        if ind_id in seen_ids:
            entry.fail(
                f"duplicate indicator id '{ind_id}' (first used by entry #{seen_ids[ind_id]})"
            )
        seen_ids[ind_id] = index + 1

        theme = entry.text("theme")
        if theme not in THEMES:
            entry.fail(f"unknown theme '{theme}' (expected one of: {', '.join(THEMES)})")

        unit = entry.text("unit")
        if unit not in units:
            entry.fail(f"unit '{unit}' is not in the unit table ({UNITS_FILE})")
        if not units[unit].is_base:
            entry.fail(
                f"unit '{unit}' is not a base unit; store values in its base '{units[unit].base}'"
                " and put the unit in display_unit"
            )

        display = ""
        if "display_unit" in entry.data:
            display = entry.text("display_unit")
            display_base = _display_base(display, units)
            if display_base is None:
                entry.fail(
                    f"display_unit '{display}' is not in the unit table ({UNITS_FILE}),"
                    " even after a multiplier"
                )
            if display_base != unit:
                entry.fail(
                    f"display_unit '{display}' has base '{display_base}', not the unit '{unit}'"
                )

        hib = entry.data["higher_is_better"]
        if hib is not None and not isinstance(hib, bool):
            entry.fail(f"higher_is_better must be true, false or null, got {_describe(hib)}")

        name = entry.text("name")
        synonyms = entry.text_list("synonyms")
        if name not in synonyms:
            synonyms.insert(0, name)
        synonyms = list(dict.fromkeys(synonyms))
        for synonym in synonyms:
            key = normalize_name(synonym)
            owner = synonym_owner.setdefault(key, ind_id)
            if owner != ind_id:
                entry.fail(f"synonym '{synonym}' is already claimed by indicator '{owner}'")

        related = entry.text_list("related", allow_empty=True) if "related" in entry.data else []
        if ind_id in related:
            entry.fail("an indicator cannot be related to itself")
        kind = entry.text("kind") if "kind" in entry.data else "measure"
        if kind not in INDICATOR_KINDS:
            entry.fail(f"unknown kind '{kind}' (expected one of: {', '.join(INDICATOR_KINDS)})")

        indicators.append(
            Indicator(
                id=ind_id,
                name=name,
                name_en=entry.text("name_en"),
                theme=theme,
                unit=unit,
                synonyms=tuple(synonyms),
                higher_is_better=hib,
                definition=entry.text("definition"),
                definition_en=entry.text("definition_en"),
                related=tuple(dict.fromkeys(related)),
                display_unit=display,
                kind=kind,
            )
        )

    for indicator in indicators:
        for other in indicator.related:
            if other not in seen_ids:
                raise CatalogError(
                    path, f"related indicator '{other}' does not exist", indicator.id
                )
    return tuple(indicators)
