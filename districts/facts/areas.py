"""Places that are not one district: areas such as a development zone, a district and a zone
together, and the names a text itself gives a place (issue 13).

A bulletin may define its own subject: "甲区与北京经济技术开发区（以下简称“新区”）", or
"新区(甲-开发区)" in a title. Its figures are then the combined area's, not the district's
alone; a figure about the zone is the zone's. This module finds, in one text:

- the areas of ``non_district_areas`` (lexicon), by their names;
- combined names, a district's and an area's joined by a mark (甲-开发区, 亦庄·甲);
- names the text defines (以下简称, 合称, 统称, or a short name followed by a bracketed place),
  bound to what the defining words name: one district → that district, a district and an
  area → the combined area (``district-short``), an area → the area;
- a group's short name (核心区) in a text that names the group in full (首都功能核心区).

The combined area is named ``<district>-<area short name>``, e.g. 大兴-开发区; the tables keep
such places out of the district charts as they keep Beijing and groups of districts.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from districts.catalog import Catalog
from districts.facts.phrases import alternation
from districts.facts.words import pos_tags
from districts.lexicon import Lexicon

_CJK = re.compile("[\u4e00-\u9fff]")
_SENTENCE_ENDS = ("。", "！", "？")
# Quote marks around a defined name (以下简称“新区”).
_QUOTES = "\"'“”‘’「」『』"
_OPEN_BRACKETS = "(（"
_CLOSE_BRACKETS = ")）"
# A defined name is short: 新区, 两区, 开发区.
_MAX_DEFINED = 6
# How far back the defining words reach for the places they name (one clause of a title or
# an opening sentence).
_DEFINITION_REACH = 40
# How many texts' places are kept: a document and the many short pieces of it the attribution
# rules ask about (a smaller bound evicted the document itself and had it read again and again).
_CACHE_SIZE = 2048


_ZONE_NAME_REACH = 5  # from a district's name to its zone's word (密云经济|开发区, 甲区工业|开发区)
_WORD_BEFORE = 6  # characters tagged before a short name, to see the word that ends there


@dataclass(frozen=True)
class NamedPlace:
    """A place named at text[start:end]: a district, an area or a combined area."""

    start: int
    end: int
    name: str


class AreaNames:
    """Finds areas, combined areas and text-defined names (see the module docstring)."""

    def __init__(self, catalog: Catalog, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._district_of: dict[str, str] = {}
        for district in catalog.districts:
            for alias in district.aliases:
                self._district_of[alias.text] = district.name
        self._district_names = {district.name for district in catalog.districts}
        self._city_names = tuple(catalog.municipality_aliases)
        self._area_of: dict[str, str] = {}
        self._short: dict[str, str] = {}
        for name, area in lexicon.areas.items():
            self._short[name] = area.short
            for alias in area.aliases:
                self._area_of[alias] = name
        districts = alternation(self._district_of) or "(?!)"
        areas = alternation(self._area_of) or "(?!)"
        joins = alternation(lexicon.area_join_marks) or "(?!)"
        self._area_re = re.compile(areas)
        self._district_re = re.compile(districts)
        groups = [word for words in lexicon.district_groups.values() for word in words]
        self._group_re = re.compile(alternation(groups) or "(?!)")
        self._longest_group = max((len(word) for word in groups), default=0)
        # Before a bare name, words that open no other name (_after_a_name)
        self._name_free_leads = (
            *lexicon.span_verbs,
            *lexicon.enumeration_marks,
            *lexicon.chart_scope.get("scope_leads", ()),
        )
        # Each group's full names that end in each of its short names (首都功能核心区 in
        # 核心区), worked out once rather than for every text (_definitions)
        self._full_names_ending = {
            (group, short): tuple(
                word for word in lexicon.district_groups[group] if word.endswith(short)
            )
            for group, shorts in lexicon.group_short_names.items()
            for short in shorts
        }
        self._combined_re = re.compile(
            f"(?P<d1>{districts})(?:{joins})(?P<a1>{areas})|(?P<a2>{areas})(?:{joins})(?P<d2>{districts})"
        )
        cues = alternation(lexicon.alias_definition_cues) or "(?!)"
        self._definition_re = re.compile(
            f"(?:{cues})[{_QUOTES}]?(?P<name>[\u4e00-\u9fff]{{1,{_MAX_DEFINED}}})[{_QUOTES}]?"
        )
        self._bracketed_re = re.compile(
            f"(?<![\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]{{2,4}})[{_OPEN_BRACKETS}]"
            f"(?P<inner>[^{_CLOSE_BRACKETS}]{{2,30}})[{_CLOSE_BRACKETS}]"
        )
        self._cache: dict[str, tuple[dict[str, str], list[NamedPlace]]] = {}

    def forget(self) -> None:
        """Drop the places kept of earlier texts (called for each document, see
        ``Attributor.forget``)."""
        self._cache.clear()

    @property
    def area_names(self) -> frozenset[str]:
        """The names the tables write the areas with (北京经济技术开发区)."""
        return frozenset(self._short)

    def combined_name(self, district: str, area: str) -> str:
        """The combined area of a district and an area: ``combined_name("大兴",
        "北京经济技术开发区")`` is 大兴-开发区."""
        return f"{district}-{self._short[area]}"

    def is_combined(self, name: str, district: str) -> bool:
        """Whether ``name`` is a combined area that holds ``district``."""
        return any(name == self.combined_name(district, area) for area in self._short)

    def places(self, text: str, start: int = 0, end: int | None = None) -> list[NamedPlace]:
        """The areas, combined areas and text-defined names in text[start:end], in order."""
        end = len(text) if end is None else end
        return [place for place in self._all(text)[1] if start <= place.start and place.end <= end]

    def defined(self, text: str) -> dict[str, str]:
        """The names ``text`` defines, and the place each names."""
        return self._all(text)[0]

    def subject(self, text: str, main: str, named: Counter[str]) -> str:
        """The place a document's figures are about when it names none: a combined area that
        holds ``main`` and that the text names more often than ``main`` itself (a bulletin of
        甲区 and its zone together, "新区"), else ``main``. ``named`` counts the district's names.
        """
        counts = Counter(place.name for place in self._all(text)[1])
        combined = [(count, name) for name, count in counts.items() if self.is_combined(name, main)]
        if combined:
            count, name = max(combined)
            if count > named.get(main, 0):
                return name
        return main

    # --- finding ------------------------------------------------------------------------

    def _all(self, text: str) -> tuple[dict[str, str], list[NamedPlace]]:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        if len(self._cache) > _CACHE_SIZE:
            self._cache.clear()
        found: list[NamedPlace] = []
        taken: list[tuple[int, int]] = []

        def add(start: int, end: int, name: str) -> None:
            if any(start < b and a < end for a, b in taken):
                return
            taken.append((start, end))
            found.append(NamedPlace(start, end, name))

        for match in self._combined_re.finditer(text):
            district = self._district_of[match.group("d1") or match.group("d2")]
            area = self._area_of[match.group("a1") or match.group("a2")]
            add(match.start(), match.end(), self.combined_name(district, area))
        defined = self._definitions(text)
        if defined:
            names = re.compile(alternation(defined))
            for match in names.finditer(text):
                if self._inside_a_group_name(text, match):
                    continue  # 首都功能核心区 holds 核心区: not the short name's use
                add(match.start(), match.end(), defined[match.group()])
        own_zone = False  # the last zone named so far is another's (密云经济开发区)
        for match in self._area_re.finditer(text):
            bare = match.group() in self.lexicon.area_bare_names
            if bare and self._after_a_name(text, match.start()):
                # 某某开发区: another zone of that name; a district's (密云经济开发区) is what
                # its bare name means after it, until E-Town is named again
                own_zone = own_zone or self._a_districts_zone(text, match.start())
                continue
            if bare and own_zone:
                # "密云经济开发区传来喜讯,…开发区实现工业收入231亿元": the zone just named, again
                continue
            own_zone = False
            if self._district_re.match(text, match.end()):
                continue  # 中关村示范区大兴生物医药产业基地: the district's part of the zone
            add(match.start(), match.end(), self._area_of[match.group()])
        found.sort(key=lambda place: place.start)
        self._cache[text] = (defined, found)
        return defined, found

    def _a_districts_zone(self, text: str, start: int) -> bool:
        """A district's name stands a few characters before the zone's word at ``start``
        (密云经济开发区, 昌平区工业开发区): the district's own zone, not a definition's short
        name (北京经济技术开发区(以下简称开发区))."""
        floor = max(0, start - _ZONE_NAME_REACH)
        for match in self._district_re.finditer(text, floor, start):
            between = text[match.end() : start]
            # only a name's characters between: 密云|经济|开发区, not 大兴区与开发区
            if all(_CJK.match(ch) for ch in between) and not any(
                mark in between for mark in self.lexicon.enumeration_marks
            ):
                return True
        return False

    def _after_a_name(self, text: str, start: int) -> bool:
        """Another name's characters stand right before ``start`` (某某开发区, 甲区开发区: a
        zone of that place's, not necessarily the one of ``non_district_areas``), not a mark
        or a space."""
        before = text[start - 1 : start]
        if not (before and _CJK.match(before)):
            return False
        # 涉及经济技术开发区5起, 北京和经开区: a verb spanning places, a word of where or a
        # list's mark before it opens no name; the area's short name (开发区) stays any zone's
        # there (雁栖经济开发区…，涉及开发区36处: the district's own)
        name = self._area_re.match(text, start)
        if text.endswith(self._name_free_leads, 0, start) and not (
            name and self._is_a_short_name(name.group())
        ):
            return False
        # 2014年开发区规模以上文创企业…, 4月16日开发区…: a date's unit after its digits is
        # no name's end
        dated = before in (*self.lexicon.date_units, *self.lexicon.year_words)
        return not (dated and text[start - 2 : start - 1].isdigit())

    def _is_a_short_name(self, word: str) -> bool:
        """``word`` is an area's short name (开发区), which any zone's text uses for its own."""
        return word in self._short.values()

    def _definitions(self, text: str) -> dict[str, str]:
        """Names the text defines → the place each names."""
        defined: dict[str, str] = {}
        for match in self._definition_re.finditer(text):
            name = match.group("name")
            floor = max(0, match.start() - _DEFINITION_REACH)
            before = text[floor : match.start()]
            for mark in '。；;\n,，:：《“"':
                before = before.rpartition(mark)[2]
            place = self._place_of(before.rstrip(_OPEN_BRACKETS + " "))
            if place and name not in self._district_of and name not in self._area_of:
                defined.setdefault(name, place)
        for match in self._bracketed_re.finditer(text):
            name, inner = match.group("name"), match.group("inner").strip()
            place = self._whole_name(inner)
            if place and name not in self._district_of and name not in self._area_of:
                defined.setdefault(name, place)
        # 首都功能核心区…核心区常住人口: a group named in full makes its short name the group's;
        # so does a text naming two groups by their short names (中心城区…；核心区常住人口…),
        # or one in a story of the city that names no district: it speaks of
        # the city's zones, not of one reserve's or park's
        shorts_named = {
            group
            for group, shorts in self.lexicon.group_short_names.items()
            if any(short in text and not self._another_places_zone(text, short) for short in shorts)
        }
        # a story of the city naming no district (全市再生水利用量…，其中中心城区达99.7%): its
        # 中心城区 is the city's, not a district's town centre. A story, not a headline read on
        # its own (北京核心区最大消防站开工建设 over a 西城 story): its sentences end.
        city_story = (
            any(mark in text for mark in _SENTENCE_ENDS)
            and any(name in text for name in self._city_names)
            and self._district_re.search(text) is None  # 北京怀柔…中心城区: 怀柔's own
        )
        for group, shorts in self.lexicon.group_short_names.items():
            by_shorts = group in shorts_named and (len(shorts_named) >= 2 or city_story)
            for short in shorts:
                # named in full by a name ending in the short one (首都功能核心区 → 核心区,
                # 北京核心城区 → 核心城区): 首都功能核心区 in a 通州 story makes no
                # 核心城区 the group's
                in_full = any(word in text for word in self._full_names_ending[group, short])
                if (in_full or by_shorts) and not self._another_places_zone(text, short):
                    defined.setdefault(short, group)
        return defined

    def _another_places_zone(self, text: str, short: str) -> bool:
        """The text uses a group's short name for another place's zone: right after a name
        (百花山自然保护区核心区, 王府井商圈核心区, 延庆区中心城区; not inside the group's full
        name, nor after a boundary word: ``short_name_boundaries``), or beside a nature
        reserve's other zones (核心区、缓冲区和实验区)."""
        if any(word in text for word in self.lexicon.zone_scheme_words):
            return True
        boundaries = self.lexicon.short_name_boundaries
        for match in re.finditer(re.escape(short), text):
            if self._inside_a_group_name(text, match):
                continue
            before = text[max(0, match.start() - 1) : match.start()]
            if (
                before.isalnum()
                and not text[: match.start()].endswith(boundaries)
                and not self._ends_with_no_name(text, match.start())
            ):
                return True  # a name's last character right before it: that place's zone
        return False

    def _ends_with_no_name(self, text: str, position: int) -> bool:
        """The word right before ``position`` is of a kind that ends no name
        (``short_name_boundary_tags``): a verb, a preposition, a conjunction…, as 开展 in
        "开展中心城区积水点治理" (not 延庆区 in 延庆区中心城区, nor 商圈 in 王府井商圈核心区)."""
        words = pos_tags(text[max(0, position - _WORD_BEFORE) : position])
        return bool(words) and words[-1][1].startswith(self.lexicon.short_name_boundary_tags)

    def _inside_a_group_name(self, text: str, match: re.Match[str]) -> bool:
        """Whether ``match`` lies inside a group's full name in ``text`` (核心区 in
        首都功能核心区, 中心城区 in 北京中心城区)."""
        for start in range(max(0, match.end() - self._longest_group), match.start() + 1):
            whole = self._group_re.match(text, start)
            if whole is not None and whole.end() >= match.end():
                return True
        return False

    def _whole_name(self, inner: str) -> str | None:
        """The place a bracket's whole content names: 甲-开发区, 北京经济技术开发区, 甲区."""
        combined = self._combined_re.fullmatch(inner)
        if combined:
            district = self._district_of[combined.group("d1") or combined.group("d2")]
            area = self._area_of[combined.group("a1") or combined.group("a2")]
            return self.combined_name(district, area)
        return self._district_of.get(inner) or self._area_of.get(inner)

    def _place_of(self, words: str) -> str | None:
        """What defining words name: one district, an area, or one district and an area (the
        combined area); several districts and no area define a group this module leaves be."""
        districts = {
            self._district_of[m.group()] for m in re.finditer(alternation(self._district_of), words)
        }
        areas = {self._area_of[m.group()] for m in self._area_re.finditer(words)}
        rest = re.sub(alternation([*self._district_of, *self._area_of]), "", words)
        rest = re.sub(alternation(self.lexicon.area_definition_joiners) or "(?!)", "", rest)
        if rest.strip():
            return None  # other words: a sub-area or an organisation, not the places alone
        if len(districts) == 1 and len(areas) == 1:
            return self.combined_name(districts.pop(), areas.pop())
        if len(districts) == 1 and not areas:
            return districts.pop()
        if not districts and len(areas) == 1:
            return areas.pop()
        return None
