"""The attributor: one object answering every question about a number, composed of the
decisions' classes (places, document, district rules, shared values, terms, themes).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from districts.catalog import Catalog
from districts.errors import CatalogError
from districts.facts.areas import AreaNames
from districts.facts.extract import (
    top_list_head,
)
from districts.facts.numbers import CHINESE_NUMERAL_CHARS, MULTIPLIERS
from districts.facts.phrases import (
    SECTION_NUMBER,
    PhraseIndex,
    alternation,
    any_of,
    breakdown_head_re,
    longest_suffix,
)
from districts.facts.timeframe import load_time_lexicon
from districts.facts.words import register_terms
from districts.lexicon import LEXICON_PATH, Lexicon

if TYPE_CHECKING:
    pass
from districts.facts.attribute.common import (
    _AMONG_FRAME_REACH,
    _CJK_RE,
    _EXTREME_MEASURE_LENGTH,
    _FIGURE_ITEM_NOUN,
    _FIRM_NAME_LENGTH,
    _FIRM_NAME_LONGEST,
    _FULL_WIDTH_BRACKETS,
    _LIST_MARKS,
    _LYING_REFERENCE,
    _NATIONAL_REACH,
    _SET_NOUN_LENGTH,
    _TERM_STOP_MARKS,
    _TITLE_INNER,
    _outside_place_pattern,
    _with_stems,
)
from districts.facts.attribute.district_rules import DistrictRules
from districts.facts.attribute.document import DocumentSubject
from districts.facts.attribute.places import PlaceNames
from districts.facts.attribute.placing import Place
from districts.facts.attribute.shared_values import SharedValues
from districts.facts.attribute.terms import Terms
from districts.facts.attribute.themes import Themes


class Attributor(PlaceNames, DocumentSubject, DistrictRules, SharedValues, Terms, Themes):
    """What a quantity is about. Its decisions live in the mixins, one module each; this
    class holds what they share: the catalog, the lexicon and the patterns compiled from them."""

    def __init__(self, catalog: Catalog, lexicon: Lexicon) -> None:
        self.catalog = catalog
        self.lexicon = lexicon
        # The names the tables give Beijing as a whole and the nation (districts.yaml).
        self.municipality = catalog.municipality_name
        # Beijing's names that may stand straight before a district's (北京市房山区)
        self._city_prefixes = (*lexicon.municipality_subjects, *lexicon.municipality_bare)
        self._heading_digits_re = re.compile(
            rf"{SECTION_NUMBER}|(?:{alternation(lexicon.ordinal_marks)})\d+"
            rf"|(?:19|20)\d{{2}}(?:{alternation(lexicon.year_words)})"
        )
        # a position in a ranking and the word naming who holds it (排名第一的是, 第三位为):
        # _is_a_base
        self._held_rank_re = re.compile(
            f"(?:{alternation(lexicon.ordinal_marks)})[0-9{CHINESE_NUMERAL_CHARS}]+"
            f"(?:{alternation(lexicon.not_facts.ranked_list_units)})?"
            f"(?:{alternation(lexicon.possessive_marks)})?"
            f"(?:{alternation(lexicon.figure_list_links)})$"
        )
        self._count_classifiers = tuple(lexicon.counted_thing_classifiers)
        # a national title of cities (国家森林城市, 全国文明城市): _count_of_a_national_title
        self._national_city_title_re = re.compile(
            f"(?:{alternation(lexicon.national_title_leads)})"
            f"[\u4e00-\u9fff]{{0,{_TITLE_INNER}}}?(?:{alternation(lexicon.city_count_nouns)})"
        )
        # a count of listed items in words and its classifier (三大, 两个)
        self._item_count_re = re.compile(
            f"[{CHINESE_NUMERAL_CHARS}]+(?:{alternation(lexicon.counted_thing_classifiers)})"
        )
        # a count of two things or more after a demonstrative (这4个项目, 上述三个区)
        self._plural_count_re = re.compile(
            f"(?:(?P<digits>[0-9]+)|[{CHINESE_NUMERAL_CHARS}]+)"
            f"(?:{alternation(lexicon.counted_thing_classifiers)}"
            f"|(?P<district>{alternation(lexicon.district_suffixes)})"
            f"(?!{alternation(lexicon.list_open_end_continuations)}))"
        )
        # a per mark and the unit or period an amount is per (每亩, 每户, 每年), written
        # before its term
        self._per_units = tuple(
            mark + unit
            for mark in lexicon.per_markers
            for unit in (*lexicon.forms.per_unit_denominators, *lexicon.per_period)
        )
        self._top_list_head_re = top_list_head(lexicon)
        # streets and towns a reference may count (这两个街道): not the districts named
        self._township_words = tuple(
            word
            for word in lexicon.text_tables.get("township_suffixes", ())
            if not word.endswith(lexicon.district_suffixes)  # 这两个地区 may be districts
        )
        # a town's or a township's suffix (镇, 乡, 街道): after an outside place's bare name
        # (河北镇) it names a Beijing town, not the province
        self._town_suffixes = tuple(
            word
            for word in (
                *lexicon.text_tables.get("township_suffixes", ()),
                *lexicon.town_site_followers,
            )
            if word not in lexicon.place_area_words  # 河北地区 is the province's area
        )
        # what a count of times is of (这两个月, 这三年, 这2个小时): no things referred back to
        self._time_nouns = (*lexicon.per_period, *lexicon.not_facts.duration_units)
        # right after a list: each one's figure (…，每个区补助…, 每区), not 每年
        per = alternation(lexicon.per_markers) or "(?!)"
        self._each_district_re = re.compile(
            f"[，,]?(?:{per})(?:{alternation(lexicon.counted_thing_classifiers)})?"
            f"(?:{alternation(lexicon.district_suffixes)})"
            f"(?!{alternation(lexicon.list_open_end_continuations) or '(?!)'})"  # 每个区域
        )
        # a breakdown's head opening a sentence (从企业领域看，, 分行业看，), read with .match
        self._breakdown_head_re = breakdown_head_re(
            tuple(lexicon.breakdown_head_openers), tuple(lexicon.breakdown_head_closers)
        )
        # a span verb right before a list (涉及, 覆盖了, 包括：), read with .search up to it
        self._span_verb_re = re.compile(
            f"(?:{alternation(lexicon.span_verbs) or '(?!)'})"
            f"(?:{alternation(lexicon.perfective) or '(?!)'})?\\s*[:：]?\\s*$"
        )
        # after a list of districts, words that leave it open (等7个区, 在内的8个区)
        self._open_list_words = lexicon.list_open_words
        self.nation = catalog.nation_name
        # A from-value inside a to-value's phrase: its mark and its digits (由751人增至…)
        self.from_value_re = re.compile(
            f"(?:{alternation(load_time_lexicon().from_value_marks)})[0-9]"
        )
        self._term_stop_re = re.compile(f"{_TERM_STOP_MARKS}|{alternation(lexicon.term_stops)}")
        # A verb holding one of these does not stand inside a measure's name (trailing_noun_phrase)
        self.name_breaking_verbs = (*lexicon.linking_words, *lexicon.object_verbs)
        self._list_mark_re = re.compile(f"{_LIST_MARKS}|{alternation(lexicon.term_list_words)}")
        # Counted-noun fillers after a number (5家企业): read with .match(text, pos).
        self._filler_after_re = re.compile(f"(?:{alternation(lexicon.term_fillers_after)})+")
        # The bounds the qualifier reads right before a number (不少于, 将近)
        self._bounds = tuple(
            word
            for kind in ("at_least", "at_most", "approx")
            for word in lexicon.qualifier_before[kind]
        )
        # Bounds and totals between the city's name and its count (_city_right_before)
        self._scope_fillers = (*self._bounds, *lexicon.linking_words)
        # What may end the words between the nation and its number (_owns_a_measure)
        self._measure_trailers = (
            *lexicon.linking_words,
            *(word for words in lexicon.qualifier_before.values() for word in words),
        )
        # Beijing's name opening a district's full name (北京市密云区, 北京密云): _list_opening
        self._city_full_prefixes = (
            catalog.municipality_name,
            *(w for w in lexicon.municipality_bare if catalog.municipality_name.startswith(w)),
        )
        # Beijing's bare name (北京; not 市里): where a site or towns are named with the city's
        self._beijing_words = tuple(
            word for word in lexicon.municipality_bare if catalog.municipality_name.startswith(word)
        )
        aliases: list[tuple[str, str, bool]] = []
        for district in catalog.districts:
            for alias in district.aliases:
                aliases.append((alias.text, district.name, alias.needs_suffix))
        aliases.sort(key=lambda item: len(item[0]), reverse=True)
        self._alias_owner = {text: (name, needs_suffix) for text, name, needs_suffix in aliases}
        self._within_rank_res: dict[str, re.Pattern[str]] = {}  # ranked_within_the_district
        names = "|".join(re.escape(text) for text, _, _ in aliases)  # (sorted just above)
        self._alias_re = re.compile(f"(?:{names})") if aliases else None
        self._alias_end_re = re.compile(f"(?:{names})$") if aliases else None
        # 15处重点湿地公园之一 (_owner_of_a_set): the counted noun, then the mark
        marks = alternation(lexicon.set_membership_marks)
        self._set_membership_re = (
            re.compile(f"[^\\W\\d_]{{0,{_SET_NOUN_LENGTH}}}?(?:{marks})") if marks else None
        )
        # 东、西城区 (_sibling_sharing_the_tail): not 与 (西与东城区相毗邻)
        self._tail_sharing_marks = load_time_lexicon().list_marks
        # a sentence telling a part of the figure before it (其中，…): see
        # _part_of_the_citys_figure_before
        self._part_openings = load_time_lexicon().part_openings
        # a bare change's openings, its baseline or a from-value (同比…, 由上年的…: _site_subject)
        self._change_openings = (*lexicon.comparison_markers, *load_time_lexicon().from_value_marks)
        # Beijing's bare names before a body of the city (北京 + 市委): _opening_body
        self._city_name_prefixes = tuple(
            name
            for name in lexicon.municipality_bare
            if not name.startswith(tuple(lexicon.city_body_openings))
        )
        # A count of districts naming a list as a group: 四个中心城区, 五区 (_listed_total)
        group_nouns = alternation(lexicon.district_group_nouns) or "(?!)"
        self._counted_group_re = re.compile(
            f"[\\d{CHINESE_NUMERAL_CHARS}]+(?:{re.escape(lexicon.generic_count_unit)})?"
            f"(?:{group_nouns})"
        )
        # The same group closing the words before a rank (十个郊区排名第一): its scope
        self._counted_group_end_re = re.compile(self._counted_group_re.pattern + "$")
        self._firm_endings = lexicon.firm_endings
        self._name_run_re = re.compile(f"[^\\W\\d_]{{1,{_FIRM_NAME_LENGTH}}}")
        self._firm_run_re = re.compile(f"[^\\W\\d_]{{1,{_FIRM_NAME_LONGEST}}}")
        # What a long firm's name never holds: a list, a year of the document's, a verb of
        # works (_names_a_firm)
        self._not_in_a_firm_name = (
            *lexicon.enumeration_marks,
            *load_time_lexicon().relative_years,
            *lexicon.planned_work_verbs,
        )
        # A clause opening with where all that was counted lies (这两站均在…, 均位于…)
        self._lying_in_re = re.compile(
            f"(?:(?:{alternation(lexicon.plural_demonstratives)})"
            f"[^，,。；;：:]{{0,{_LYING_REFERENCE}}}?)?"
            f"(?:{alternation((*lexicon.lying_all_marks, *lexicon.shared_marks))})"
            f"(?:{alternation(lexicon.located_in_marks)})"
        )
        self._subarea_words = tuple(
            word for word in lexicon.mapping.subarea_suffixes if len(word) > 1
        ) + tuple(lexicon.district_seat_words)
        self._one_character_subarea_words = tuple(
            word for word in lexicon.mapping.subarea_suffixes if len(word) == 1
        )
        # An item of a list of figures by district: a name, then its number and measure word
        # (东城79个, 西城163个); read with .match after a list's mark, .search before one.
        possessive = alternation(lexicon.possessive_marks) or "(?!)"
        # a multiple (1.2倍) is of something else, never a place's own figure in such a list
        owned = [unit for unit, info in catalog.units.items() if info.kind != "multiple"]
        units = alternation(sorted(owned, key=len, reverse=True)) or "(?!)"
        multipliers = alternation(sorted(MULTIPLIERS, key=len, reverse=True)) or "(?!)"
        figure = (
            f"(?:{possessive})?[0-9][0-9.]*(?:{multipliers})?(?:{units})"
            f"[^\\W\\d]{{0,{_FIGURE_ITEM_NOUN}}}"  # 东城79个项目: the noun of what is counted
        )
        self._figure_item_re = re.compile(f"(?P<name>{names}){figure}") if aliases else None
        self._figure_item_end_re = re.compile(f"(?P<name>{names}){figure}$") if aliases else None
        # The nation, then a number within a few characters: 全国29个…, 全国共有…
        nations = "|".join(re.escape(word) for word in lexicon.nation_subjects) or "(?!)"
        self._national_count_re = re.compile(
            f"(?P<nation>{nations})[^,，]{{0,{_NATIONAL_REACH}}}[\\d{CHINESE_NUMERAL_CHARS}]"
        )
        self._district_names = {district.name for district in catalog.districts}
        for district in lexicon.site_acronyms.values():
            if district not in self._district_names:
                raise CatalogError(LEXICON_PATH, f"{district} is no district", "site_acronyms")
        # as a tuple: longest_prefix asks a tuple by length, a dict word by word
        self._site_acronym_words = tuple(lexicon.site_acronyms)
        # districts, the areas with measures of their own (北京经济技术开发区) and the groups
        # of districts (门头沟、城六区、昌平和怀柔平均雨量均在120毫米以上): what a list of places
        # sharing one value may name (_list_opening)
        self._listable_names = (
            self._district_names | set(lexicon.areas) | set(lexicon.district_groups)
        )
        # The count of a group's districts right before its name (10个远郊区县, 五个生态涵养区)
        self._group_count_before_re = re.compile(
            f"[0-9{CHINESE_NUMERAL_CHARS}]+(?:{re.escape(lexicon.generic_count_unit)})?$"
        )
        # Beijing and the regions beyond it by the names a list of regions uses (北京、河北、
        # 内蒙古): _regions_listed_together
        region_words = {word: self.municipality for word in lexicon.municipality_bare}
        region_words[self.municipality] = self.municipality
        region_words |= {region: region for region in lexicon.other_regions}
        for place, words in lexicon.outside_places.items():
            region_words |= {word: place for word in words}
        self._region_words = region_words
        # …as a tuple: longest_prefix asks a tuple by length, a dict word by word
        self._region_names = tuple(region_words)
        # …and regions listed, then a word of "in turn" (北京、天津、河北分别为…):
        # _a_regional_release
        regions = alternation(sorted(region_words, key=len, reverse=True))
        self._region_word_re = re.compile(regions)
        self._regions_given_in_turn_re = re.compile(
            rf"(?:{regions})(?:(?:{alternation(lexicon.enumeration_marks)})(?:{regions}))+"
            rf"(?:{alternation(lexicon.respectively_cues)})"
        )
        # 全国第一产业, 全国前三季度, 全国第三批: a sector, a period or a batch of the nation's
        numeral = rf"[\d{CHINESE_NUMERAL_CHARS}]+"
        fronts = "|".join(re.escape(w) for w in (*lexicon.ordinal_marks, lexicon.rank_top) if w)
        kinds = "|".join(re.escape(w) for w in lexicon.nation_not_rank_words) or "(?!)"
        self._nation_figure_re = re.compile(rf"(?:{fronts or '(?!)'}){numeral}(?:{kinds})")
        # Streets, towns and sites by name, their district by each (_township_district).
        self._township_of = {
            town: district.name
            for district in catalog.districts
            for town in (*district.townships, *district.sites)
        }
        # the year in an event's name (北京2022年冬奥会): four digits and the year's word
        self._event_year_re = re.compile(rf"\d{{4}}(?:{alternation(lexicon.year_words)})")
        # a year opening a headline (2020年北京市…)
        self._leading_year_re = re.compile(
            rf"(?:19|20)\d{{2}}\s*(?:{alternation(lexicon.year_words)})\s*"
        )
        towns = sorted(self._township_of, key=len, reverse=True)
        self._township_re = re.compile("|".join(map(re.escape, towns)) or "(?!)")
        self._registry_sites = frozenset(site for d in catalog.districts for site in d.sites)
        # Towns listed by their short names, then counted as towns (甲山、乙河、丙庄3个镇):
        # the count says what the short names are (_listed_towns).
        suffixes = tuple(lexicon.text_tables.get("township_suffixes", ()))
        self._town_by_short_name: dict[str, str] = {}
        for district in catalog.districts:
            for town in district.townships:
                short = town.removesuffix(longest_suffix(town, suffixes))
                if len(short) >= 2 and short != town:
                    self._town_by_short_name.setdefault(short, district.name)
        shorts = "|".join(map(re.escape, sorted(self._town_by_short_name, key=len, reverse=True)))
        kinds = "|".join(map(re.escape, sorted(suffixes, key=len, reverse=True)))
        self._short_town_re = re.compile(shorts or "(?!)")
        self._listed_towns_re = re.compile(
            rf"(?:(?:{shorts or '(?!)'})、)+(?:{shorts or '(?!)'})"
            rf"(?:{re.escape(lexicon.list_kind_mark)})?"
            rf"[\d{CHINESE_NUMERAL_CHARS}]+{re.escape(lexicon.generic_count_unit)}"
            rf"(?:{kinds or '(?!)'})"
        )
        # Streets and towns alone (no sites): names, not words of a theme (_theme_scores)
        streets = sorted(
            {town for district in catalog.districts for town in district.townships},
            key=len,
            reverse=True,
        )
        self._street_names_re = re.compile("|".join(map(re.escape, streets)) or "(?!)")
        # A superlative, a few words of its measure, then where it was, then a district:
        # 最大为房山某营, 最大雨强出现在怀柔某峪 (_extreme_at_place).
        superlatives = lexicon.page_cues.get("superlative_words", ())
        self._superlatives = tuple(superlatives)
        # …or a place beyond Beijing (_outside_place_pattern)
        outside = _outside_place_pattern(lexicon)
        self._outside_word_re = re.compile(outside or "(?!)")
        # a count, the things counted, a word closing an "among" frame (中, 里: population_frames'
        # and their like), then the share held of them (在全市10家…企业中占据5席)
        frames = alternation(lexicon.among_frame_marks)
        self._among_frame_re = re.compile(
            rf"[0-9{CHINESE_NUMERAL_CHARS}.]+[^，,。；;：:]{{1,{_AMONG_FRAME_REACH}}}?(?:{frames})"
            rf"[^，,。；;：:\d{CHINESE_NUMERAL_CHARS}]{{0,4}}[0-9{CHINESE_NUMERAL_CHARS}]"
        )
        # The superlative's words alone, wherever it was (_extreme_reading_named_before)
        self._extreme_words_re = (
            re.compile(
                f"(?P<superlative>{alternation(superlatives)})"
                f"(?P<measure>[^,，。；;、0-9]{{0,{_EXTREME_MEASURE_LENGTH}}}?)"
                f"(?:{alternation(lexicon.extreme_place_marks)})"
            )
            if superlatives and lexicon.extreme_place_marks
            else None
        )
        # (or, the superlative opening its clause, a reading's word or none and the place
        # straight after it, as a rain report lists its extremes: 最大雨量密云某堂144.5毫米,
        # …，西北11.3毫米，最大昌平某园40.7毫米; not
        # 支援遭受最大降雨房山灾区 nor 较最高气温朝阳区低…)
        # …and the meteorologists' word for a reading's extreme (极大风速出现在某区某园)
        readings_extremes = (*superlatives, *lexicon.extreme_reading_words)
        self._extreme_place_re = (
            re.compile(
                f"(?:(?:{alternation(readings_extremes)})"
                f"[^,，。；;、0-9]{{0,{_EXTREME_MEASURE_LENGTH}}}?"
                f"(?:{alternation((*lexicon.extreme_place_marks, *lexicon.extreme_point_marks))})"
                f"|(?:^|(?<=[，,。；;：:\n]))(?:{alternation(superlatives)})"
                f"(?:{alternation(lexicon.outside_extreme_readings)})?)"
                f"(?=(?:{'|'.join(filter(None, (names, outside)))}))",
                re.MULTILINE,
            )
            if aliases and superlatives and lexicon.extreme_place_marks
            else None
        )
        # Words that say a whole (全区, 我区, 全市): a value after one is not the extreme's.
        self._scope_words = any_of(
            (*lexicon.district_wide, *lexicon.self_references, *lexicon.municipality_subjects)
        )
        # …and the city's bare names too: a clause naming one has a subject of its own
        # (_continues)
        self._own_subject_words = any_of(
            (
                *lexicon.district_wide,
                *lexicon.self_references,
                *lexicon.municipality_subjects,
                *lexicon.municipality_bare,
            )
        )
        # Words that make a value each one's (均, 分别, 各): _regions_listed_together
        self._each_ones_cues = any_of(
            (*lexicon.shared_cues, *lexicon.respectively_cues, *lexicon.distributive_words)
        )
        # A per-head modifier and a verb of having right before a name (每万人拥有): _reads_as
        self._per_head_phrases = tuple(
            modifier + link
            for modifier in lexicon.mapping.per_head_modifiers
            for link in lexicon.mapping.per_head_links
        )
        self.areas = AreaNames(catalog, lexicon)
        self._written_units = tuple(catalog.units)
        # the units that count things (只, 头, 张): counts_its_kinds
        self._count_unit_names = tuple(
            name for name, unit in catalog.units.items() if unit.kind == "count"
        )
        self._written_units_or_percent = (*self._written_units, "%")
        # Words between an act and its number that are not the act (action_before): a goal's
        # or a forecast's word (将, 预计), and the linking verbs
        self._hedges = (*lexicon.goal_auxiliaries, *lexicon.estimate_cues)
        self._linking_or_hedges = frozenset((*lexicon.linking_words, *self._hedges))
        # Words that name no measure next to a place and its number (carried_measure),
        # longest first: 全市平均水平, 这一比例, 不低于.
        self._carried_words = tuple(
            sorted(
                {
                    *lexicon.carried_measure_words,
                    *lexicon.district_wide,
                    *(word for words in lexicon.qualifier_before.values() for word in words),
                },
                key=len,
                reverse=True,
            )
        )
        # their characters: a term holding another one cannot be only these words
        self._carried_chars = frozenset("".join(self._carried_words))
        # an incident count and its people straight after (12起12人, 73起、死亡80人), and the
        # people seen from their number back (casualty_count_theme)
        acts = "|".join(map(re.escape, lexicon.casualty_acts)) or "(?!)"
        persons = "|".join(map(re.escape, lexicon.person_classifiers)) or "(?!)"
        self._people_counted_re = re.compile(rf"\d+(?:{persons})")
        self._casualty_count_res = {
            theme: (
                re.compile(rf"[、，,]?(?:{acts})?\d+(?:{persons})"),
                re.compile(rf"\d+(?:{'|'.join(map(re.escape, units))})[、，,]?(?:{acts})?$"),
            )
            for theme, units in lexicon.casualty_count_themes.items()
        }
        self._possessive = lexicon.possessive_marks[0] if lexicon.possessive_marks else ""
        self._bounds_after = tuple(w for words in lexicon.qualifier_after.values() for w in words)
        self._own_names = {
            district.name: tuple(alias.text for alias in district.aliases if alias.needs_suffix)
            for district in catalog.districts
        }
        self._group_names = set(lexicon.district_groups)
        # the words by which a text names its own district (全区, 我区, 本区)
        self._own_words = (*lexicon.district_wide, *lexicon.self_references)
        others = {word: self.municipality for word in lexicon.municipality_subjects}
        others |= {word: self.municipality for word in lexicon.municipality_bare}
        for group, words in lexicon.district_groups.items():
            others |= {word: group for word in words}
        for place, words in lexicon.outside_places.items():
            others |= {word: place for word in words}  # 三河市22个: Hebei's, no district's
        self._outside_names = frozenset(lexicon.outside_places)
        # A list of districts left open with their count (甲、乙、丙等9个区): _listed_total
        open_marks = {word[:1] for word in lexicon.list_open_ends}
        self._open_marks = frozenset(open_marks)  # 等: a list left open
        # the marks between list items (、), not the joining words (和, 及) an item may hold
        self._item_marks = tuple(m for m in lexicon.enumeration_marks if not _CJK_RE.match(m))
        self._counted_open_end_re = re.compile(
            f"(?:{alternation(sorted(open_marks))})[0-9{CHINESE_NUMERAL_CHARS}]+"
            f"(?:{alternation(lexicon.group_count_nouns)})"
            if open_marks and lexicon.group_count_nouns
            else "(?!)"
        )
        # a rank written with its ordinal mark (第四, 第5): _ranks_between
        self._rank_re = re.compile(
            f"(?:{alternation(lexicon.ordinal_marks)})[0-9{CHINESE_NUMERAL_CHARS}]+"
            f"(?![0-9{CHINESE_NUMERAL_CHARS}]|{alternation(lexicon.rank_not_followers)})"
        )  # not 第十四届评选: a label, no rank
        self._other_place_owner = others
        counted = "|".join(re.escape(word) for word in lexicon.group_count_nouns) or "(?!)"
        self._group_count_re = re.compile(
            f"(?:[{CHINESE_NUMERAL_CHARS}]|(?<![0-9.])[1-9])(?:{counted})"
        )
        # 与上年相比, 和上年同期相比: a comparison's baseline, no items of a list
        self._comparison_re = re.compile(
            f"(?:{alternation(lexicon.comparison_openers)})[^，,、。；;]{{0,10}}?"
            f"(?:{alternation(lexicon.comparison_closers)})"
        )
        self._other_place_re = re.compile(
            "|".join(re.escape(word) for word in sorted(others, key=len, reverse=True)) or "(?!)"
        )
        synonyms = [
            (synonym, indicator)
            for indicator in catalog.indicators
            for synonym in indicator.synonyms
        ]
        # as printed: 细颗粒物（PM2.5）年均浓度 with full-width brackets
        synonyms += [
            (synonym.translate(_FULL_WIDTH_BRACKETS), indicator)
            for synonym, indicator in synonyms
            if synonym.translate(_FULL_WIDTH_BRACKETS) != synonym
        ]
        synonyms.sort(key=lambda item: len(item[0]), reverse=True)
        self._synonyms = synonyms
        cues = lexicon.mapping
        self._with_growth_stems = _with_stems(
            synonyms, cues.growth_suffixes + self.lexicon.decline_rates
        )
        self._with_share_stems = _with_stems(synonyms, cues.share_endings)
        # The same lists, indexed so that a window is searched only for the synonyms it can
        # hold (see districts.facts.phrases): same results, a fraction of the searches.
        self._synonym_index = PhraseIndex(self._synonyms)
        self._growth_stem_index = PhraseIndex(self._with_growth_stems)
        self._share_stem_index = PhraseIndex(self._with_share_stems)
        # Longest words first, and a word inside a longer one already counted does not count
        # again: 住宿业 (hospitality) is not also 住宿 (lodging). Ranked once, not per scope.
        self._theme_words = PhraseIndex(
            sorted(
                (
                    (word, theme)
                    for theme, words in lexicon.theme_keywords.items()
                    for word in words
                ),
                key=lambda pair: -len(pair[0]),
            )
        )
        self._theme_score_cache: dict[str, tuple[Counter[str], Counter[str]]] = {}
        # (text, answers): what was worked out on the text being read (see _answers)
        self._memo: tuple[str, dict[tuple[object, ...], object]] = ("", {})
        # (text, start, end, districts_only) -> places: the text itself is in the key, so an
        # answer is only ever reused for the same characters (see place_mentions)
        self._places_cache: dict[tuple[str, int, int, bool], tuple[Place, ...]] = {}
        # words -> whether they name only places (_names_only_places): the terms of one
        # document's numbers repeat, and each answer depends on the words alone
        self._only_places_cache: dict[str, bool] = {}
        self._says_little_cache: dict[str, bool] = {}  # the same for _bare_before's words
        markers = "|".join(map(re.escape, lexicon.comparison_markers)) or "(?!)"
        # A year as written before a term (2024年): not part of the phrase naming whose figure
        # it is (某某保税区2024年进出口总额)
        self._year_re = load_time_lexicon().year_re
        self._relative_years = frozenset(load_time_lexicon().relative_years)
        self._since_year_re = re.compile(f"(?:{markers})(?:19|20)\\d{{2}}")  # 较2020年
        register_terms(
            [synonym for synonym, _ in synonyms]
            + [word for words in lexicon.theme_keywords.values() for word in words]
        )

    def forget(self) -> None:
        """Drop the answers kept on earlier texts (places, theme scores): called for each
        document, so a cache holds one document's answers only, and reading a document again
        (a benchmark's second run) does the work again rather than look it up."""
        self._places_cache.clear()
        self._only_places_cache.clear()
        self._says_little_cache.clear()
        self._theme_score_cache.clear()
        self.areas.forget()

    # --- districts ----------------------------------------------------------------------
