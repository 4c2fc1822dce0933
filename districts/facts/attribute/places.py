"""Which places a text names: districts, groups of districts, Beijing, regions beyond it,
and the names that only look like them (a street, a firm, a basin, an idiom).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from districts.facts.numbers import CHINESE_NUMERAL_CHARS, parse_number
from districts.facts.phrases import (
    RANGE_DASHES,
    alternation,
    longest_prefix,
    longest_suffix,
)
from districts.facts.words import pos_tags
from districts.text.mojibake import simplified_characters
from districts.text.split import FULL_STOPS, MAX_PARAGRAPH, statement_start

if TYPE_CHECKING:
    pass
from districts.facts.attribute.common import (
    _ACRONYM_REACH,
    _AGENCY_NAME_REACH,
    _AREA_WORD_REACH,
    _BASIN_REACH,
    _CITY_PREFIX_REACH,
    _CJK_CHAR,
    _CJK_RE,
    _CLAUSE_OPENING_MARKS,
    _CLAUSE_SPLIT_MARKS,
    _FIGURE_ITEM_REACH,
    _FIRM_NAME_LENGTH,
    _KIND_ITEM_AFTER_NAME,
    _KIND_LIST_ITEM,
    _KIND_LIST_REACH,
    _KIND_NOUN_REACH,
    _LINE_OR_SENTENCE_ENDS,
    _LIST_COUNT_RE,
    _LOCATED_MARK_REACH,
    _MEASURE_NOUN_REACH,
    _MEASURE_NOUNS,
    _NEIGHBOUR_LIST_REACH,
    _PLACES_CACHE_SIZE,
    _PREDICATE_FLAGS,
    _REGION_FOLLOWERS,
    _RUN_OF_NAMES,
    _SECTOR_NAME_REACH,
    _SECTOR_REACH,
    _SENTENCE_CLOSERS,
    _SIBLING_CLAUSE_MARKS,
    _SITE_NAME_LENGTH,
    _SITE_REACH,
    _SUBAREA_NAME_GAP,
    _SUBAREA_NAME_MIN_GAP,
    _a_site_reading,
    _clause_end,
    _clause_start,
    _names_an_organization,
    _starts_with_a_noun,
)
from districts.facts.attribute.placing import Place

# The longest short name of a place in a list (乌鲁木齐): a longer item holds words before it.
_SHORT_NAME_LONGEST = 4
# After a name, the rest of a list of names closed by their count, no 等 between (密云、官厅|两座
# 水库): each item a run of characters, then the count's numeral (group ``count``).
_COUNTED_LIST_RE = re.compile(
    rf"(?:、{_CJK_CHAR}{{1,{_KIND_LIST_ITEM}}}?)+?(?P<count>[0-9]+|[{CHINESE_NUMERAL_CHARS}]+)"
    rf"{_CJK_CHAR}"
)


class PlaceNames:
    """Which places a text names: districts, groups of districts, Beijing, regions beyond it,
    and the names that only look like them (a street, a firm, a basin, an idiom).
    """

    def district_mentions(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, str]]:
        """(position, district name) of each district named in text[start:end]."""
        for place in self.place_mentions(text, start, end, districts_only=True):
            yield place.start, place.name

    def _inside_a_district_name(self, text: str, span: tuple[int, int]) -> bool:
        """A synonym that begins inside a district's name is that name's letters (山区占比 in
        石景山区:567851人,占比2.6%), no measure named."""
        start = span[0]
        return any(
            place.start < start < place.end
            for place in self.place_mentions(text, max(0, start - 4), min(len(text), start + 4))
        )

    def group_mentions(self, text: str, start: int = 0, end: int | None = None) -> list[str]:
        """The groups of districts named in text[start:end], in order (生态涵养区, 城六区)."""
        places = self.place_mentions(text, start, end)
        return [place.name for place in places if place.name in self._group_names]

    def place_mentions(
        self, text: str, start: int = 0, end: int | None = None, *, districts_only: bool = False
    ) -> list[Place]:
        """Districts, groups of districts and Beijing named in text[start:end], in order.

        A name inside a newspaper's or site's name is not a place the text is about
        (北京晚报, 西城区融媒体中心); 北京市海淀区 names 海淀, not Beijing.

        The numbers of a clause ask the same spans again and again: each answer is kept,
        keyed by the text itself (never another text's answer), a fresh list returned.
        """
        end = len(text) if end is None else end
        key = (text, start, end, districts_only)
        cached = self._places_cache.get(key)
        if cached is None:
            if len(self._places_cache) > _PLACES_CACHE_SIZE:
                self._places_cache.clear()  # bounded: one document's spans at most, roughly
            cached = self._places_cache[key] = tuple(
                self._place_mentions_of(text, start, end, districts_only)
            )
        return list(cached)

    def _place_mentions_of(
        self, text: str, start: int, end: int, districts_only: bool
    ) -> list[Place]:
        """``place_mentions``, worked out."""
        places: list[Place] = []
        if self._alias_re is not None:
            for match in self._alias_re.finditer(text, start, end):
                name, needs_suffix = self._alias_owner[match.group()]
                following = text[match.end() : match.end() + 1]
                if not match.group().endswith(
                    self.lexicon.district_suffixes
                ) and self._names_a_line(text, match.end()):
                    continue  # 平谷线力争于…完工: a line named after the district, no mention
                if (
                    needs_suffix
                    and following not in self.lexicon.district_suffixes
                    and not self._listed_with_another(text, match.start(), match.end())
                    and not self._before_a_subarea(text, match.end(), match.start())
                    and not self._before_its_own_town(text, match.end(), name)
                    and not self._before_a_part_of_it(text, match.start(), match.end())
                    and not self._opens_a_part_bracket(text, match.start(), match.end())
                    and not self._heads_its_line(text, match.start(), match.end())
                    and not self._acts_beside_another(text, match.start(), match.end())
                    and not self._placed_in_it(text, match.start(), match.end())
                    and not self._after_the_citys_name(text, match.start(), match.end())
                    and not self._among_districts_opening_clauses(text, match.start(), match.end())
                ):
                    continue
                if self._names_a_boundary(text, match):
                    continue  # 终点位于甲乙区界: the line between two districts, no subject
                if self._ends_a_route(text, match.end()):
                    continue  # 市郊铁路怀柔-密云线: a railway's name, from one place to another
                if self._inside_an_idiom(text, match):
                    continue  # 大兴安岭地区, 朝阳产业: no district
                if not match.group().endswith(
                    self.lexicon.district_suffixes
                ) and self._names_a_basin(text, match.end()):
                    # 密云流域56毫米, 密云水库流域: a basin (门头沟区流域面积 is the district's)
                    continue
                if self._names_a_place_after(text, match, name, needs_suffix):
                    continue  # 怀柔科学城 in passing: a place named after the district
                if self._names_a_medium(text, match.end()):
                    continue
                if self._names_items_of_a_kind(text, match):
                    continue  # 石景山、亦庄、良乡等水厂: the plants' names, not the district
                if self._bracketed_inside_a_name(text, match):
                    continue  # 中国北京（海淀）留学人员创业园: an institution's name
                sibling = self._sibling_sharing_the_tail(text, match.start(), start)
                if sibling is not None:
                    places.append(sibling)
                end_of_name = match.end()
                if text[end_of_name - 1 : end_of_name + 1] in self.lexicon.suffix_word_openings:
                    end_of_name -= 1  # 顺义县城: the county seat, its 县 no suffix of the name
                places.append(Place(match.start(), end_of_name, name))
        if not districts_only:
            areas = self.areas.places(text, start, end)
            if areas:  # 甲-开发区, a name the text defines: not the district alone
                places = [
                    place
                    for place in places
                    if not any(place.start < a.end and a.start < place.end for a in areas)
                ]
                places += [Place(area.start, area.end, area.name) for area in areas]
            taken = {place.start for place in places}
            taken |= {position for area in areas for position in range(area.start, area.end + 1)}
            for match in self._other_place_re.finditer(text, start, end):
                word = match.group()
                name = self._other_place_owner[word]
                if match.end() in taken or self._names_a_medium(text, match.end()):
                    continue  # 北京市海淀区, 北京日报
                if name in self._outside_names and text.startswith(
                    self._town_suffixes, match.end()
                ):
                    continue  # 河北镇: a town of 房山 named like the province
                if (
                    word in self.lexicon.other_regions
                    and word == name
                    and not self._stands_as_a_region(text, match.end(), match.start())
                ):
                    # 河北路, 天津银行, 其中河北企业12家: a province's bare name names one only
                    # before its figure or beside other places (河北9人死亡, 北京、河北)
                    continue
                if name != self.municipality and self._lists_where_things_are(
                    text, match.start(), match.end()
                ):
                    continue  # 天津市、上海市两个招商站点: where a district's sites are
                if name == self.municipality and self._names_an_organization(
                    text[match.end() : match.end() + 10]
                ):
                    continue  # 北京市园林绿化局下达…: an agency acting, not Beijing's figure
                if name == self.municipality and self._names_a_firm(text, match.end()):
                    continue  # 北京新航城控股有限公司…介绍: a firm speaking, not the city
                if self._names_a_title(text, match.end()):
                    continue  # 全市文明单位, 北京市重点实验室: part of a title or a body's name
                if name == self.municipality and self._township_re.match(text, match.end()):
                    continue  # 北京市奥林匹克森林公园: part of the registry site's name
                acronym = longest_prefix(
                    text[match.end() : match.end() + _ACRONYM_REACH], self._site_acronym_words
                )
                if name == self.municipality and acronym:
                    # 北京CBD连续三年刷卡消费额…: the site's, in its district, not the city's
                    district = self.lexicon.site_acronyms[acronym]
                    end = match.end() + len(acronym)
                    places.append(Place(match.start(), end, district))
                    continue
                if not text.endswith(
                    self._city_full_prefixes, 0, match.start()
                ) and self._begins_inside_a_word(text, match.start()):
                    continue  # 资本市场, 日本市场: 本市 is no word there (but 北京城六区 is a
                    # group after the city's name, though the tagger reads 北京城 as a word)
                if (
                    word in self.lexicon.municipality_bare
                    and not self._names_the_city_area(text, match.end())
                    and (
                        (
                            (
                                self._continues_a_name(text, match.end())
                                or self._names_a_site(text, match.end())
                            )
                            and not self._names_a_sector_of_the_city(text, match.end())
                            and not self._names_a_measure_of_the_city(text, match.end())
                            and not self._names_a_kind_of_site(text, match.end())
                        )
                        or (self._alias_re and self._alias_re.match(text, match.end()))
                        or self._township_re.match(text, match.end())
                        or self._names_an_event(text, match.end())
                    )
                ):
                    continue  # 北京环球度假区, 北京大兴国际机场, 北京未来科学城 (a registry
                    # site); not 北京地区 (the city)
                places.append(Place(match.start(), match.end(), name))
            # 本市生态涵养区, 北京市城六区: the city's name before a group of its districts is
            # part of the group's name, as before a district's (北京市海淀区)
            groups = {place.start for place in places if place.name in self._group_names}
            places = [
                place
                for place in places
                if not (place.name == self.municipality and place.end in groups)
            ]
            places.sort(key=lambda place: place.start)
        return places

    def _names_the_city_area(self, text: str, end: int) -> bool:
        """北京 followed by a word of its area and the whole city (``place_area_words``, then
        ``municipality_subjects``: 北京地区全市平均降雨量157.8毫米) names the city, not a longer
        name. Alone (北京地区出现强降雨，我区…; 北京地区首家…) it is no subject of its own: the
        whole city's word after it opens the clause only in this form. The city's urban area
        (``city_urban_area_words``: 北京城区积水共接报了108处) is the city's without it: a
        spokesman's figure for the built-up part, not a district's."""
        urban = longest_prefix(
            text[end : end + _AREA_WORD_REACH], self.lexicon.city_urban_area_words
        )
        if urban:
            return self._urban_area_as_subject(text, end + len(urban))
        area = longest_prefix(text[end : end + _AREA_WORD_REACH], self.lexicon.place_area_words)
        return bool(area) and text.startswith(self.lexicon.municipality_subjects, end + len(area))

    def _urban_area_as_subject(self, text: str, end: int) -> bool:
        """北京城区 ending at ``end`` is what its clause speaks of (北京城区积水共接报了108处):
        not a start, a source or a bearing (``city_urban_area_not_followers``: 北京城区至延庆,
        北京城区居民到延庆旅游, 北京城区西北部的海淀区), and no district named later in the
        clause, which would be its subject."""
        if text.startswith(self.lexicon.city_urban_area_not_followers, end):
            return False
        stop = _clause_end(text, end, len(text))
        return self._alias_re is None or not self._alias_re.search(text, end, stop)

    def _names_a_sector_of_the_city(self, text: str, end: int) -> bool:
        """北京 followed, within a few words, by a sector of the economy (``city_sector_words``)
        names that sector of the city: "北京医药健康产业总体规模首次突破万亿元" is Beijing's figure,
        although a noun follows the name. Not when the sector word goes on into the name of a
        site, a body or an event (``sector_name_endings``: 北京经济技术开发区, 北京医药产业园,
        北京数字经济大会), nor when the words before it name a site or a district
        (北京城市副中心产业, 北京昌平医药产业)."""
        run = self._name_run_re.match(text, end)
        if run is None:
            return False
        words = run.group()[:_SECTOR_REACH]
        for sector in self.lexicon.city_sector_words:
            at = words.find(sector)
            if at < 0:
                continue
            before, after = words[:at], run.group()[at + len(sector) :]
            if any(ending in before for ending in self.lexicon.sector_name_endings):
                return False  # 北京城市副中心产业, 北京怀柔科学城产业: a site's sector
            if self._alias_re is not None and self._alias_re.search(before):
                return False  # 北京昌平医药产业: the district's
            following = after[:_SECTOR_NAME_REACH]
            return not any(ending in following for ending in self.lexicon.sector_name_endings)
        return False

    def _names_a_measure_of_the_city(self, text: str, end: int) -> bool:
        """北京 followed by a measure's noun whose end is a measure's (``city_measure_endings``:
        降雨量, 常住人口), or by nouns that make a catalog measure (森林 覆盖率), names the
        city's measure: "北京降雨量超过50毫米的站共334个" is Beijing's count, although a noun
        follows the name as in 北京站 or 北京大学 (proper names; 北京大学录取率 is the
        university's)."""
        tagged = pos_tags(text[end : end + _MEASURE_NOUN_REACH])[:_MEASURE_NOUNS]
        if not tagged or not tagged[0][1].startswith("n"):
            return False
        if tagged[0][0].endswith(self.lexicon.city_measure_endings):
            return True  # 北京降雨量, 北京常住人口
        # more nouns only when they make a measure of the catalog (北京森林覆盖率, 北京社会
        # 消费品零售总额), not a name's measure (北京大学录取率, 北京汽车销量)
        words = tagged[0][0]
        if self.catalog.indicator_by_synonym(words) is not None:
            return True  # 北京新增绿地200公顷: one word the tagger knows as a measure's name
        for word, tag in tagged[1:]:
            if not tag.startswith("n"):
                return False
            words += word
            if self.catalog.indicator_by_synonym(words) is not None:
                return True
        return False

    def _stands_as_a_region(self, text: str, end: int, start: int | None = None) -> bool:
        """What may follow a province's bare name for it to name the province: a figure, a
        mark or a word joining places, or the end of the text. So too a name that closes a
        list of regions given their figures in turn (北京、天津、河北分别为…), or opens a
        statement of a text that names the province elsewhere as one (…。河北服务业增加值同比
        下降5.9%: the province's measure).

        >>> from districts.facts.pipeline import Pipeline
        >>> places = Pipeline.from_data().extractor.attributor
        >>> text = "其中北京、天津、河北分别为7500亿元。河北服务业增加值下降5.5%。"
        >>> [places._stands_as_a_region(text, at + 2, at) for at in (5, 8, text.rindex("河北"))]
        [True, True, True]
        >>> places._stands_as_a_region("河北路改造完成。", 2, 0)
        False
        """
        following = text[end : end + 1]
        if (
            not following
            or following in _REGION_FOLLOWERS
            or following.isdigit()
            or following in CHINESE_NUMERAL_CHARS
            or text.startswith(self.lexicon.enumeration_marks, end)
        ):
            return True
        if start is None:
            return False
        if not self._a_regional_release(text):
            return False
        if text.endswith(self._item_marks, 0, start) and text.startswith(
            self.lexicon.respectively_cues, end
        ):
            # the last of a list of regions given their figures in turn (北京、天津、河北分别为…;
            # not 来自上海、天津、河北的企业分别有…: the district's firms)
            return True
        # a province opening a statement of such a release (。天津服务业增加值同比下降4.2%)
        return start == 0 or text[start - 1] in _STATEMENT_OPENINGS

    def _a_regional_release(self, text: str) -> bool:
        """The text sets Beijing beside other regions as the subjects of figures given in turn,
        the list opening its clause (其中北京、天津、河北分别为7500亿元、…): a release on a region
        of several provinces, each named alone as the subject of its own figures after it. Not a
        district's story listing where its things went (全区面向天津、河北分别招聘岗位…), nor
        its partners (与天津、河北金融机构加强合作).

        >>> from districts.facts.pipeline import Pipeline
        >>> places = Pipeline.from_data().extractor.attributor
        >>> places._a_regional_release("其中北京、天津、河北分别为7500亿元、2900亿元。")
        True
        >>> places._a_regional_release("通州区开展劳务协作。全区面向天津、河北分别招聘岗位300个。")
        False
        """
        answers = self._answers(text)  # asked for every bare province: worked out once a text
        if ("regional release",) not in answers:
            answers[("regional release",)] = self._a_regional_release_of(text)
        return bool(answers[("regional release",)])

    def _a_regional_release_of(self, text: str) -> bool:
        """``_a_regional_release``, worked out."""
        for match in self._regions_given_in_turn_re.finditer(text):
            names = [self._region_words.get(w) for w in self._region_word_re.findall(match.group())]
            if self.municipality not in names:
                continue
            lead = text[_clause_start(text, match.start()) : match.start()].strip()
            if not lead or lead in self.lexicon.subject_openers:
                return True
        return False

    def _lists_where_things_are(self, text: str, start: int, end: int) -> bool:
        """The place at text[start:end] is one of a list of places closed by a count of as
        many things as there are places, of a kind that is no place (天津市、上海市两个招商站点:
        one office in each city): the list says where the things counted are, and the count is
        the clause's subject's, not the last place's. Not a count of one place's own things
        (与河北370所学校), nor a count of the places themselves (天津、河北两地, 三个区:
        ``list_kind_place_heads``).

        Why: a district's investment offices in other cities were given to the city named last.

        >>> from districts.facts.pipeline import Pipeline
        >>> places = Pipeline.from_data().extractor.attributor
        >>> text = "筹备建设天津市、上海市两个招商站点"
        >>> at = text.index("上海市")
        >>> places._lists_where_things_are(text, at, at + 3)
        True
        >>> text = "246所京津中小学与河北370所学校开展合作"
        >>> at = text.index("河北")
        >>> places._lists_where_things_are(text, at, at + 2)
        False
        """
        closing = self._list_closed_by_a_count_re.match(text, end)
        if closing is None:
            return False
        heads = tuple(self.lexicon.list_kind_place_heads)
        if closing.group("unit") in heads or closing.group("kind").startswith(heads):
            return False
        marks = alternation(self.lexicon.enumeration_marks)
        after = len(re.findall(marks, closing.group("items")))
        before = 0
        at = start
        while True:
            mark = longest_suffix(text[max(0, at - 2) : at], self.lexicon.enumeration_marks)
            item = re.search(rf"{_CJK_CHAR}{{2,{_KIND_LIST_ITEM}}}$", text[: at - len(mark)])
            if not mark or item is None:
                break
            before += 1
            if len(item.group()) > _SHORT_NAME_LONGEST:
                break  # 筹备建设上海: the first item, after the clause's verb
            at = item.start()
        places = before + 1 + after
        return places >= 2 and parse_number(closing.group("count")) == places

    @functools.cached_property
    def _list_closed_by_a_count_re(self) -> re.Pattern[str]:
        """More items of a list of short names, then a count, its unit and a kind's noun
        (、上海市 | 两 | 个 | 招商站点)."""
        marks = alternation(self.lexicon.enumeration_marks)
        return re.compile(
            rf"(?P<items>(?:(?:{marks}){_CJK_CHAR}{{2,{_KIND_LIST_ITEM}}}?)*?)"
            rf"(?P<count>[0-9]+|[{CHINESE_NUMERAL_CHARS}]+)(?P<unit>{_CJK_CHAR})"
            rf"(?P<kind>{_CJK_CHAR}{{1,{_KIND_NOUN_REACH}}})"
        )

    def _named_after_places(self, text: str) -> Iterator[tuple[int, str]]:
        """(position, district) of each place named after a district, whose name
        ``place_mentions`` does not take for the district's (怀柔科学城, 延庆野鸭湖)."""
        if self._alias_re is None:
            return
        for match in self._alias_re.finditer(text):
            name, needs_suffix = self._alias_owner[match.group()]
            if self._inside_an_idiom(text, match):
                continue  # 怀柔政策, 朝阳产业: idioms, no places
            if self._closes_a_route(text, match):
                continue  # 怀柔-密云线: the route's other end, no place of 密云's
            if self._names_a_line(text, match.end()):
                continue  # 轨道交通平谷线: a line named after where it runs to, no place in it
            if self._names_a_place_after(
                text, match, name, needs_suffix
            ) and not self._names_a_medium(text, match.end()):
                yield match.start(), name

    def _names_a_line(self, text: str, end: int) -> bool:
        """A line's word right after a district's bare name (``line_name_suffixes``: 平谷线,
        昌平线): a rail line named after where it runs, not the district; not a word going on
        (``line_name_not_followers``: 海淀线上消费节 is online)."""
        suffix = longest_prefix(text[end : end + 4], self.lexicon.line_name_suffixes)
        if not suffix:
            return False
        return not text.startswith(self.lexicon.line_name_not_followers, end + len(suffix))

    def _closes_a_route(self, text: str, match: re.Match[str]) -> bool:
        """A name after another place's and a dash, ending a route's name (怀柔-密云线): the
        route's second end (``_ends_a_route`` reads the first)."""
        start = match.start()
        if start < 2 or text[start - 1] not in RANGE_DASHES or self._alias_end_re is None:
            return False
        return bool(self._alias_end_re.search(text, max(0, start - 8), start - 1)) and (
            text.startswith(self.lexicon.route_suffixes, match.end())
        )

    def _names_a_place_after(
        self, text: str, match: re.Match[str], name: str, needs_suffix: bool
    ) -> bool:
        """The bare name at ``match`` begins the name of a place named after the district
        (怀柔科学城, 某区某湖湿地), not a clause about the district itself, nor the last of
        districts listed before their measure (房山、门头沟、海淀降雨量均超过100毫米)."""
        return (
            not match.group().endswith(self.lexicon.district_suffixes)
            # 延庆地区, 延庆境内: the district's area is the district, no place within it (not
            # after another place's name: 江苏南通通州地区)
            and not (
                text.startswith(self.lexicon.place_area_words, match.end())
                and self._stands_apart(text, match.start())
            )
            and (not needs_suffix or self._before_a_subarea(text, match.end(), match.start()))
            and self._continues_a_name(text, match.end())
            # 北京海淀上地信息产业基地, 顺义马坡镇: the district, then a place of its own (a
            # registry town or site of that district), not a place named after it
            and not self._before_its_own_place(text, match.end(), name)
            # 门头沟公路分局, 海淀公安分局: the district's own agency, no place within it
            and not _names_an_organization(
                text[match.end() : match.end() + _AGENCY_NAME_REACH],
                self.lexicon.district_agency_endings,
            )
            and not self._opens_a_clause(text, Place(match.start(), match.end(), name))
            and not _a_site_reading(text, match.end(), self.lexicon.base_value_after)
            and not self._listed_with_another(text, match.start(), match.end())
        )

    def _before_its_own_place(self, text: str, end: int, name: str) -> bool:
        """Right after the district's bare name, one of its own towns or sites by its full
        registry name (北京海淀上地信息产业基地, 顺义马坡镇): the name locates the place, as an
        address does; 怀柔科学城 and 密云水库 are no registry places of the district's and stay
        places named after it."""
        place = self._township_re.match(text, end)
        return place is not None and self._township_of[place.group()] == name

    def _stands_apart(self, text: str, start: int) -> bool:
        """A name at ``start`` stands apart from the word before it: after punctuation, a
        space or one of ``short_name_boundaries`` (的, 及, 在…), not inside another place's
        name (南通通州地区, 辽宁朝阳地区)."""
        before = text[max(0, start - 2) : start]
        if not before or not re.match(_CJK_CHAR, before[-1]):
            return True
        return before.endswith(self.lexicon.short_name_boundaries)

    def _bracketed_inside_a_name(self, text: str, match: re.Match[str]) -> bool:
        """A district in brackets right after the city's name, the name going on after the
        bracket (中国北京（海淀）留学人员创业园, 北京（昌平）科技园): part of an institution's
        name, where it lies, not a mention of the district the text is about."""
        start, end = match.start(), match.end()
        if start < 1 or text[start - 1] not in "（(" or text[end : end + 1] not in ("）", ")"):
            return False
        if not text[: start - 1].endswith(self._city_full_prefixes):
            return False
        following = text[end + 1 : end + 2]
        return bool(following) and following.isalnum()

    def _sibling_sharing_the_tail(self, text: str, start: int, lower: int) -> Place | None:
        """ "东、西城区": a district's first character alone, joined by an enumeration mark to
        the next district's name, is a district too when it and that name's tail make one
        (东 + 城 = 东城). The character must stand alone as a word: in 广东、西城区 it ends 广东.

        Example: 东、西城区森林覆盖率分别为… names 东城 and 西城.
        """
        for mark in self._tail_sharing_marks:
            first = start - len(mark) - 1
            if first < lower or not text.startswith(mark, first + 1):
                continue
            named = text[start : start + 2]
            owner = self._alias_owner.get(text[first] + named[1:])
            if owner is None or owner[0] == self._alias_owner.get(named, ("",))[0]:
                continue
            words = pos_tags(text[max(lower, first - 3) : first + 1])
            if words and words[-1][0] == text[first]:
                return Place(first, first + 1, owner[0])
        return None

    def _names_items_of_a_kind(self, text: str, match: re.Match[str]) -> bool:
        """The name at ``match`` is an item of a list closed by 等 or by the items' count, and a
        kind of thing that is no place (石景山、亦庄、良乡、永丰调蓄等水厂, 密云、官厅两座水库),
        some items of which name no place of the registry: each item is the name of one of
        those things (a plant, a station), so the district is not the clause's subject. Not a
        list of places (东城、西城等区, …等地, 等9个区, 等城区, 两区: ``list_kind_place_heads``),
        nor one whose items are all places.

        Example: "石景山、亦庄、良乡、永丰调蓄等水厂全面建成投入运行，新增日生产能力85万
        立方米" in the city's review is the city's 85万."""
        close = text.find(self.lexicon.list_kind_mark, match.end(), match.end() + _KIND_LIST_REACH)
        kind_at = close + 1
        if close < 0:
            # 密云、官厅两座水库: the list closed by the count of its items, then their kind
            counted_list = _COUNTED_LIST_RE.match(text, match.end())
            if counted_list is None:
                return False
            listed = counted_list.group().count("、") + 1
            if parse_number(counted_list.group("count")) != listed:
                return False  # 门头沟、王平一带: a stretch around them, no count of the items
            close = kind_at = counted_list.start("count")
            unit_kind = text[counted_list.end() - 1 : counted_list.end() - 1 + _KIND_NOUN_REACH]
            if any(head in unit_kind for head in self.lexicon.list_kind_place_heads):
                return False  # 延庆、怀来两地, 东城、西城两区: places, counted by their kind
        counted = _LIST_COUNT_RE.match(text, kind_at)
        if counted is not None:
            # 等12个支队: the count of the items, then their kind (等9个区: places, below)
            kind_at = counted.end()
        after = text[kind_at : kind_at + 2]
        if not re.match(_CJK_CHAR, after) or after[0] in CHINESE_NUMERAL_CHARS:
            return False
        kind = text[kind_at : kind_at + _KIND_NOUN_REACH]
        if any(head in kind for head in self.lexicon.list_kind_place_heads):
            return False  # 等区, 等山区乡镇, 等重点区域, 等特色小镇: places listed
        opening = max(text.rfind(mark, 0, match.start()) for mark in _CLAUSE_SPLIT_MARKS) + 1
        between = text[opening:close]
        if any(mark in between for mark in _CLAUSE_SPLIT_MARKS) or "、" not in between:
            return False
        items = [item for item in between.split("、") if item]
        if len(items) < 2 or not all(len(item) <= _KIND_LIST_ITEM for item in items[1:]):
            return False
        first_rest = text[match.end() : text.find("、", match.end(), close)]
        if match.group().endswith(self.lexicon.district_suffixes) and (
            len(first_rest) > _KIND_ITEM_AFTER_NAME
        ):
            # 昌平区共安排教育、交通…等领域: the district, full name and all, before the list is
            # its subject (a bare name with words after it, 怀柔科学城、未来科学城等, is an item)
            return False
        aliases = self._alias_re
        # (the first item may carry the clause's verb: 调集特勤、朝阳…等12个支队 lists the
        # special-service brigade first, a thing of the kind named by no place at all)
        return aliases is not None and any(
            not aliases.search(item) and not self.areas.places(item, 0, len(item)) for item in items
        )

    def _before_a_subarea(self, text: str, end: int, start: int | None = None) -> bool:
        """A short name that needs its suffix elsewhere, right before the word of an area
        within a district (大兴片区, 朝阳园区, 西城段): the name of a place in that district,
        as 顺义片区 is in 顺义 (``subarea_suffixes`` of two characters or more, and the new town
        round its seat, ``district_seat_words``: 大兴新城; or one of one
        character before such a word: 朝阳园示范区, the zone's park in 朝阳). Given the
        name's ``start``, also a name standing apart (after a mark or 的) whose place's name
        goes on with a few characters of its trade before an institution's area word
        (``trade_site_words``: 城南的大兴生物医药基地): still a place's name, where 山东城市园林
        基地 (inside another word) and 山区的朝阳缓坡区域 (a sunny slope) are none."""
        if text.startswith(self._subarea_words, end):
            return True
        # 朝阳园示范区: a park's one-character word, then an area's word (the zone's park)
        one = longest_prefix(text[end : end + 1], self._one_character_subarea_words)
        if one and text.startswith(self._subarea_words, end + 1):
            return True
        if start is None or not self._stands_apart(text, start):
            return False
        if self._inside_a_street_name(text, start, end):
            return False  # 朝阳门片区
        for gap in range(1, _SUBAREA_NAME_GAP + 1):
            if not _CJK_RE.match(text, end + gap - 1):
                return False
            if gap >= _SUBAREA_NAME_MIN_GAP and text.startswith(
                self.lexicon.trade_site_words, end + gap
            ):
                return True
        return False

    def _inside_a_street_name(self, text: str, start: int, end: int) -> bool:
        """The district's short name at text[start:end] begins a longer short name of a street
        or town (朝阳门, a street of 东城): the street's name, no mention of the district."""
        town = self._short_town_re.match(text, start)
        return town is not None and town.end() > end

    def _before_its_own_town(self, text: str, end: int, name: str) -> bool:
        """A short name that needs its suffix elsewhere, right before the short name of one of
        its own towns or streets and a word of a place (``town_site_followers``: 朝阳劲松站,
        朝阳望京地区): the district, as a weather report names its stations. Another district's
        town after it names no district, nor an idiom (大兴礼贤下士: 礼贤 is a town of 大兴).

        Why: 朝阳 alone is as often "the morning sun"; before its own 劲松 it can only be the
        district, and the station's reading is 朝阳's, not the district of the sentence before."""
        town = self._short_town_re.match(text, end)
        if town is None or self._town_by_short_name[town.group()] != name:
            return False
        return text.startswith(self.lexicon.town_site_followers, town.end())

    def _before_a_part_of_it(self, text: str, start: int, end: int) -> bool:
        """A short name that needs its suffix elsewhere, standing apart from the word before it
        (``_stands_apart``), right before a word of a direction's part of a place
        (``direction_part_words``: 朝阳东南部将先后建起六个公园, 大兴南部), in a text naming no
        place beyond Beijing before it (``other_regions``: 辽宁朝阳市…，朝阳北部): the district.
        The morning sun has no south-east part; 朝阳北路, a road, is no such word; 东莞东城境内
        and 初升的朝阳部分 name no direction (after 北京, ``_after_the_citys_name`` decides)."""
        if not text.startswith(self.lexicon.direction_part_words, end):
            return False
        if not self._stands_apart(text, start):
            return False
        # 辽宁省朝阳市…。在朝阳北部…: another province's city, named short
        before = text[:start]
        return not any(region in before for region in self.lexicon.other_regions) and not any(
            place.name in self._outside_names for place in self.place_mentions(text, 0, start)
        )

    def _placed_in_it(self, text: str, start: int, end: int) -> bool:
        """A short name that needs its suffix elsewhere, right after a word of where something
        lies (``located_in_marks`` of two characters or more: 入驻, 落户, 位于) and closing its
        line or sentence: the headline "6家三甲医院将入驻大兴" names the district (no idiom,
        大兴土木 or 朝阳产业, stands there, and none ends a sentence). Not before a comma: in
        "另有5个项目落户朝阳，全区实际利用外资…" the place is where some went, not whose the next
        clause's figures are."""
        if not text[max(0, start - _LOCATED_MARK_REACH) : start].endswith(self._long_located_marks):
            return False
        following = text[end : end + 1]
        return not following or following in _LINE_OR_SENTENCE_ENDS

    def _after_the_citys_name(self, text: str, start: int, end: int) -> bool:
        """A short name that needs its suffix elsewhere, straight after Beijing's name
        (``municipality_bare``: 北京东城, 北京西城, 北京朝阳): a district of the city, as a
        headline or a reporter writes it ("记者走进北京东城隆福寺街区", "北京西城以城市更新…").
        Bare, the name may be a word (山东城市, 朝阳产业); after the city's name it is not.
        Still not before a common noun, which makes the two one institution's or one place's
        name (北京朝阳医院, 北京西城墙), nor as the start of a registry site's name
        (北京大兴国际机场, read in a headline's own script too: 北京大興國際機場).

        Why: a story naming its district only so named none, and all its figures were lost.

        >>> from districts.facts.pipeline import Pipeline
        >>> places = Pipeline.from_data().extractor.attributor
        >>> [place.name for place in places.place_mentions("记者走进北京东城隆福寺街区")]
        ['东城']
        >>> [place.name for place in places.place_mentions("北京朝阳医院与海淀区共建医联体")]
        ['海淀']
        """
        if not text.endswith(self.lexicon.municipality_bare, 0, start):
            return False
        if self.opens_a_site_name(text, start):
            return False
        following = pos_tags(text[end : end + _SITE_REACH // 2])
        return not (following and following[0][1] == "n")

    def opens_a_site_name(self, text: str, start: int) -> bool:
        """A registry town's or site's name starts at ``start``, in either script (北京大兴国际
        机场, a headline's 大興國際機場): the registry keeps simplified names, so the stretch is
        read character for character in simplified script first."""
        return (
            self._township_re.match(simplified_characters(text[start : start + _SITE_REACH]))
            is not None
        )

    @functools.cached_property
    def _long_located_marks(self) -> tuple[str, ...]:
        """``located_in_marks`` of two characters or more (在 alone is too common a word)."""
        return tuple(mark for mark in self.lexicon.located_in_marks if len(mark) > 1)

    def _names_a_boundary(self, text: str, match: re.Match[str]) -> bool:
        """A district's name right before a word of a boundary (终点位于密云怀柔区界, 与昌平交界
        处, 昌平区边界): where a road or a river ends or runs, not the place a figure is about.
        Not what lies within it (延庆区界内森林覆盖率) nor a verb (朝阳区界定…): the words after the
        boundary's (``boundary_word_continuations``). Also a neighbour named between 与 and a word
        of bordering (与顺义区接壤: ``comparison_openers``, ``bordering_words``)."""
        starts = [match.end()]
        if match.group().endswith(self.lexicon.district_suffixes):
            starts.append(match.end() - 1)  # 怀柔区界: the 区 of the name begins 区界
        for at in starts:
            word = longest_prefix(text[at : at + 3], self.lexicon.boundary_words)
            if word:
                return not text.startswith(self.lexicon.boundary_word_continuations, at + len(word))
        # 与顺义区接壤, 与海淀区相邻: a neighbour between 与 and a word of bordering (not 朝阳区毗邻
        # 首都机场的金盏乡…, where the district is the subject)
        if text.startswith(self.lexicon.bordering_words, match.end()):
            before = text[max(0, match.start() - _CITY_PREFIX_REACH) : match.start()]
            before = before.removesuffix(longest_suffix(before, self._city_prefixes))
            if before.endswith(self.lexicon.comparison_openers):
                return True
        return self._listed_as_neighbours(text, match)

    def _listed_as_neighbours(self, text: str, match: re.Match[str]) -> bool:
        """The district at ``match`` stands in a list of neighbours between 与 and a word of
        bordering (与昌平区、怀柔区接壤: ``comparison_openers``, ``bordering_words``), where only
        districts and the marks of a list (``enumeration_marks``: 、和及) come between: each of
        them is what a place borders on, as a neighbour named alone is. The list opens at the
        last of the openers before the word of bordering, the first of ``comparison_openers``
        written there deciding (与 before 和, which also joins a list): in 西城区和东城区与
        丰台区接壤 the subjects are 西城区 and 东城区, the neighbour 丰台区.

        >>> from districts.facts.pipeline import Pipeline
        >>> places = Pipeline.from_data().extractor.attributor
        >>> town = "某镇地处顺义区西北部，与昌平区、怀柔区接壤，面积64平方公里"
        >>> [p.name for p in places.place_mentions(town)]
        ['顺义']
        >>> [p.name for p in places.place_mentions("西城区和东城区与丰台区接壤")]
        ['西城', '东城']
        """
        if self._alias_re is None:
            return False
        reach = _NEIGHBOUR_LIST_REACH
        ahead = text[match.end() : match.end() + reach]
        bordering = min(
            (at for at in (ahead.find(word) for word in self.lexicon.bordering_words) if at >= 0),
            default=-1,
        )
        if bordering < 0:
            return False
        border_at = match.end() + bordering
        window_start = max(0, match.start() - reach)
        for opener in self.lexicon.comparison_openers:
            at = text.rfind(opener, window_start, border_at)
            if at >= 0:
                break
        else:
            return False
        if at >= match.start():
            return False  # 顺义区与昌平区、怀柔区接壤: the subject before the list
        return self._only_districts_listed(
            text[at + len(opener) : match.start()]
        ) and self._only_districts_listed(text[match.end() : border_at])

    def _only_districts_listed(self, stretch: str) -> bool:
        """``stretch`` holds nothing but districts' names (the city's before them allowed) and
        the marks of a list between them: "、怀柔区", "昌平区和". (A subject before 与, 顺义区与
        昌平区接壤, is told apart by the 与 a neighbour's list needs before it.)"""
        assert self._alias_re is not None
        rest = self._alias_re.sub("", stretch)
        for prefix in self._city_prefixes:
            rest = rest.replace(prefix, "")
        return all(mark in self.lexicon.enumeration_marks for mark in rest)

    def _names_a_basin(self, text: str, end: int) -> bool:
        """The district's short name right before a basin's word (``basin_words``: 流域), or
        before a water body's and then the basin's (``basin_bodies``: 密云水库流域): the basin
        named after it, whose rain and flow are no figure of the district's (the full name,
        门头沟区流域面积, is the district's own). "密云流域56毫米，官厅流域14毫米"
        in a city's flood bulletin gives the basins' rainfall, which reaches into Hebei.

        Why: a basin named after a district took the bulletin's basin figures for the
        district's."""
        following = text[end : end + _BASIN_REACH]
        following = following.removeprefix(longest_prefix(following, self.lexicon.basin_bodies))
        return following.startswith(self.lexicon.basin_words)

    def _inside_an_idiom(self, text: str, match: re.Match[str]) -> bool:
        """The name at ``match`` is part of an idiom holding it (朝阳产业, 大兴土木, 怀柔政策)."""
        around = text[max(0, match.start() - 4) : match.end() + 4]
        return any(
            idiom in around and match.group() in idiom
            for idiom in self.lexicon.district_name_idioms
        )

    def _acts_beside_another(self, text: str, start: int, end: int) -> bool:
        """A short name that needs its suffix elsewhere opens its clause before a verb or an
        adverb, in a sentence that names another district: "海淀…增长18.5%；西城加快建设…,
        核心产业收入增长25.3%" goes district by district, and 西城 is the clause's subject.
        Alone in its sentence such an opening may be a word; 朝阳 and 大兴 are words wherever
        (``short_names_also_words``: 朝阳照耀着…, 大兴务实之风)."""
        if text[start:end] in self.lexicon.short_names_also_words:
            return False  # 朝阳照耀着…, 大兴务实之风: words, not the district
        if start > 0 and text[start - 1] not in _CLAUSE_OPENING_MARKS:
            return False  # (an opening quote before it is no clause's start: “朝阳大悦城”)
        rest = text[end : end + 6]
        tags = pos_tags(rest) if rest else []
        tag = tags[0][1] if tags else ""
        if tag == "vn" or not (tag.startswith(_PREDICATE_FLAGS) or tag == "ad"):
            return False  # a verb, an adverb or an adverbial adjective (积极推进); a verbal
            # noun is the word's object (大兴调查研究之风: 大兴 is "promote")
        # the sentence, looked for no further than a paragraph reaches (statement_start)
        sentence_start = statement_start(text, start, FULL_STOPS)
        limit = min(len(text), end + MAX_PARAGRAPH)
        ends = [at for at in (text.find(mark, end, limit) for mark in FULL_STOPS) if at >= 0]
        sentence_end = min(ends, default=limit)
        own = self._alias_owner[text[start:end]][0]
        for other in self._alias_re.finditer(text, sentence_start, sentence_end):  # type: ignore[union-attr]
            name, needs_suffix = self._alias_owner[other.group()]
            if name == own or other.start() == start:
                continue
            if (
                not needs_suffix
                or text[other.end() : other.end() + 1] in self.lexicon.district_suffixes
            ):
                return True
        return False

    def _among_districts_opening_clauses(self, text: str, start: int, end: int) -> bool:
        """A short name that needs its suffix elsewhere opens its clause, and the clause right
        before or right after it in the sentence opens with another district's name: the text
        goes district by district, and the name is one of them, even 朝阳 or 大兴, which are
        words elsewhere. "其中，大兴民俗旅游7.1万人次，密云民俗旅游6.6万人次" and "…，朝阳
        互联网3.0产业领跑全市…；东城积极推进…" name 大兴 and 朝阳.

        Why: a city's holiday figures by district gave 大兴's count to the city."""
        if start == 0 or text[start - 1] not in _CLAUSE_OPENING_MARKS or text[start - 1] in "（(":
            return False
        # 朝阳门街道, 朝阳市: the name opens a longer word, another place's
        opening = pos_tags(text[start : end + 4])
        if not opening or opening[0][0] != text[start:end]:
            return False
        if text[start:end] in self.lexicon.short_names_also_words:
            # 朝阳照耀着…, 大兴学习之风: a word, before a verb; the district before a noun
            # (大兴民俗旅游, 朝阳互联网产业)
            tags = pos_tags(text[end : end + 6])
            if not tags or not tags[0][1].startswith("n"):
                return False
        own = self._alias_owner[text[start:end]][0]
        sentence_start = statement_start(text, start, FULL_STOPS)
        limit = min(len(text), end + MAX_PARAGRAPH)
        ends = [at for at in (text.find(mark, end, limit) for mark in FULL_STOPS) if at >= 0]
        sentence_end = min(ends, default=limit)
        openings = []
        before = max(
            (text.rfind(mark, sentence_start, start - 1) for mark in _SIBLING_CLAUSE_MARKS),
            default=-1,
        )
        if text[start - 1] in _SIBLING_CLAUSE_MARKS:
            openings.append(max(before + 1, sentence_start))
        after = [at for at in (text.find(m, end, sentence_end) for m in _SIBLING_CLAUSE_MARKS)]
        if any(at >= 0 for at in after):
            openings.append(min(at for at in after if at >= 0) + 1)
        for at in openings:
            other = self._alias_re.match(text, at) if self._alias_re is not None else None
            if other is None:
                # an area with measures of its own (经开区率先建成…，朝阳…) opens a sibling too
                if any(area.start == at for area in self.areas.places(text, at, sentence_end)):
                    return True
                continue
            name, needs_suffix = self._alias_owner[other.group()]
            if name != own and (
                not needs_suffix
                or text[other.end() : other.end() + 1] in self.lexicon.district_suffixes
            ):
                return True
        return False

    def _ends_a_route(self, text: str, end: int) -> bool:
        """A name joined by a dash to another place's name that ends a route's name
        (``route_suffixes``: 怀柔-密云线, 京-承高速): the route's end, no mention of the place.

        Why: a city's list of rail projects named 怀柔 only in 市郊铁路怀柔-密云线, and the
        whole city story became that district's."""
        if self._alias_re is None or text[end : end + 1] not in RANGE_DASHES:
            return False
        other = self._alias_re.match(text, end + 1)
        return other is not None and text.startswith(self.lexicon.route_suffixes, other.end())

    def _listed_with_another(self, text: str, start: int, end: int) -> bool:
        """ "通州、大兴两区": a short name that needs its suffix elsewhere is a district's
        name in a list of districts (an enumeration mark joins it to another one)."""
        marks = self.lexicon.enumeration_marks
        if self._alias_re is None:
            return False
        for mark in marks:
            if text.startswith(mark, end) and self._alias_re.match(text, end + len(mark)):
                return True
            if text.endswith(mark, 0, start):
                before = text[max(0, start - len(mark) - 5) : start - len(mark)]
                if self._alias_end_re is not None and self._alias_end_re.search(before):
                    return True
        return self._in_a_list_of_figures(text, start, end) or self._in_a_run_of_names(
            text, start, end
        )

    def _in_a_run_of_names(self, text: str, start: int, end: int) -> bool:
        """ "延庆怀柔密云局地特大暴雨": short names run together with no mark between, three
        districts or more in a row, are a list of districts (a headline saves its marks). Two
        in a row may be a name of something else; three are not.

        Why: the headline's districts went unread, and the first of them, read from the
        title alone, became the subject of the city's rain statistics."""
        if self._alias_re is None or self._alias_end_re is None:
            return False
        owners = {self._alias_owner[text[start:end]][0]}
        at = end
        while (following := self._alias_re.match(text, at)) is not None:
            owners.add(self._alias_owner[following.group()][0])
            at = following.end()
        at = start
        while (preceding := self._alias_end_re.search(text, max(0, at - 5), at)) is not None:
            owners.add(self._alias_owner[preceding.group()][0])
            at = preceding.start()
        return len(owners) >= _RUN_OF_NAMES

    def _in_a_list_of_figures(self, text: str, start: int, end: int) -> bool:
        """ "东城79个、西城163个、朝阳228个", "东城的8.8万元、海淀的8.6万元": a short name right
        before its own figure (a number and a unit, after a possessive mark at most) is a
        district's name when the list item next to it is another district's name before its
        figure. A name followed by no figure (山东城市, 朝阳产业, 朝阳1号剧场) is never such an
        item, nor is the same name again (朝阳1号、朝阳2号).
        """
        if self._figure_item_re is None or self._figure_item_end_re is None:
            return False
        item = self._figure_item_re.match(text, start)
        if item is None or item.end("name") != end:
            return False
        own = self._alias_owner[item.group("name")][0]

        def another(match: re.Match[str] | None) -> bool:
            return match is not None and self._alias_owner[match.group("name")][0] != own

        for mark in self.lexicon.enumeration_marks:
            if text.startswith(mark, item.end()) and another(
                self._figure_item_re.match(text, item.end() + len(mark))
            ):
                return True
            if text.endswith(mark, 0, start):
                reach = start - len(mark) - _FIGURE_ITEM_REACH
                before = text[max(0, reach) : start - len(mark)]
                if another(self._figure_item_end_re.search(before)):
                    return True
        return False

    def _continues_a_name(self, text: str, end: int) -> bool:
        """True when the name ending at ``end`` is part of a longer proper noun: a noun
        follows it (怀柔科学城, 密云水库), not a verb, adverb or number (怀柔加速打造…), nor
        words of a part of the place (``place_part_words``: 北京大部地区)."""
        char = text[end : end + 1]
        if not char or not "\u4e00" <= char <= "\u9fff" or char in self.lexicon.district_followers:
            return False
        if text.startswith(self.lexicon.place_part_words, end):
            return False  # 北京大部地区, 怀柔部分地区: a part of the place, the place itself
        if text.startswith(self.lexicon.place_verbs_read_as_nouns, end):
            return False  # 北京遭遇61年来最强暴雨: what befell the place, no longer name
        return _starts_with_a_noun(text[end : end + 6])

    def _names_an_event(self, text: str, end: int) -> bool:
        """Beijing's name before an event it hosts (``city_event_names``), perhaps with the
        event's year between, then a word of the time around it (``event_time_words``):
        "北京2022年冬奥会期间，全区PM2.5浓度为…" names a time, and the clause's subject is 全区.
        ("北京冬奥会共设109个小项" is still the city's.)"""
        year = self._event_year_re.match(text, end)
        start = year.end() if year else end
        event = longest_prefix(text[start : start + 8], self.lexicon.city_event_names)
        return bool(event) and text.startswith(self.lexicon.event_time_words, start + len(event))

    def _names_an_organization(self, following: str) -> bool:
        """北京市发改委, 北京市统计局: the nouns after the name end in an agency."""
        return _names_an_organization(
            following[:_AGENCY_NAME_REACH], self.lexicon.organization_endings
        )

    def _names_a_firm(self, text: str, end: int) -> bool:
        """The words after Beijing's name end a firm's registered name within a few
        characters, with no punctuation between (北京新航城控股有限公司): the firm, not the
        city. 北京上市公司数量 names no firm."""
        run = self._firm_run_re.match(text, end)
        if run is None:
            return False
        name = run.group()
        for ending in self._firm_endings:
            at = name.find(ending)
            if at <= 0:
                continue  # (北京合作社总数: the kind of firm alone, no firm's own name)
            firm = name[: at + len(ending)]
            if text[end + len(firm) : end + len(firm) + 1].isdigit():
                return False  # 北京新设有限责任公司12.3万户: a count of firms, the city's
            if len(firm) <= _FIRM_NAME_LENGTH or not any(
                # (北京今年新增境内外上市企业和挂牌股份公司的数量…: the city's)
                word in firm
                for word in self._not_in_a_firm_name
            ):
                return True
        return False

    def _names_a_site(self, text: str, end: int) -> bool:
        """The words after Beijing's bare name, up to the first verb, end a site's name
        (``city_site_endings``) within a few characters: "北京中德产业园是国家级园区，已集聚73家
        企业" speaks of the park, which lies in a district, not of the city. (The tagger may
        read the name's first word as no noun, 中 of 中德, so ``_continues_a_name`` misses it.)
        A kind of site (``city_site_kind_words``: 北京各类产业园区实现…) or the sites counted
        (``city_site_count_followers``: 北京特色小镇共有30个) is the city's."""
        run = self._name_run_re.match(text, end)
        if run is None:
            return False
        cues = self.lexicon
        name = words = ""
        for word, flag in pos_tags(run.group()[:_SITE_NAME_LENGTH]):
            if (
                flag.startswith("v")
                # 北京今年新建城市公园20个: a year of the document's, no part of a name (not
                # 北京现代汽车产业园, whose 现代 the tagger reads as a time too)
                or word in self._relative_years
                or word in self.lexicon.linking_words
                or word in self.lexicon.planned_work_verbs  # 新建, which the tagger may misread
            ):
                break
            words += word
            if words.endswith(cues.city_site_endings):
                name = words  # 北京首个湿地科普公园今日开园: the name ends at 公园, not 今日
        name = name or words
        if not name.endswith(cues.city_site_endings) or name.startswith(cues.city_site_kind_words):
            return False  # 北京各类产业园区, 北京国家级湿地公园: a kind, the city's many
        # 北京特色小镇共有30个: the sites themselves counted, the city's
        return not text.startswith(cues.city_site_count_followers, end + len(name))

    def _names_a_kind_of_site(self, text: str, end: int) -> bool:
        """Beijing's bare name before a kind of its sites (``city_site_kind_words`` then a
        ``city_site_endings`` word within a few characters): "北京旅游景区接待人数…分别达2.5亿人"
        counts all the city's attractions, though a noun (旅游) follows the name as it does in
        北京欢乐谷景区."""
        cues = self.lexicon
        kind = longest_prefix(text[end : end + _SITE_NAME_LENGTH], cues.city_site_kind_words)
        if not kind:
            return False
        run = self._name_run_re.match(text, end)
        words = run.group()[len(kind) : _SITE_NAME_LENGTH] if run is not None else ""
        return any(ending in words for ending in cues.city_site_endings)

    def _names_a_title(self, text: str, end: int) -> bool:
        """A place word followed directly by the noun of a title or a body's name (全国重点实验室,
        全国文明城区, 全市先进集体): the words name the kind of thing counted, not the place
        the count is about: "入驻超40个全国重点实验室" is the district's count."""
        return text.startswith(self.lexicon.place_title_heads, end)

    def _placed_in_a_group(self, line: str, place: Place) -> bool:
        """A first line that is a sentence ending with a group after a word of where (北京的绿水
        青山，多在生态涵养区。): it says where something lies, as a story about one of the
        group's districts opens; a headline about the group names it otherwise (生态涵养区交出
        亮眼成绩单！, 在生态涵养区，一年新增造林3万亩。)."""
        rest = line[place.end :].strip()
        return (
            rest in _SENTENCE_CLOSERS
            and line.endswith(self.lexicon.located_in_marks, 0, place.start)
            and not self._opens_a_clause(line, place)
        )

    def _names_a_medium(self, text: str, end: int) -> bool:
        """北京晚报, 西城区融媒体中心: the name of who published the text, not its subject."""
        rest = text[end : end + 8]
        if rest[:1] in self.lexicon.district_suffixes:
            rest = rest[1:]
        return rest.startswith(self.lexicon.media_suffixes)


# Where a statement may open: after a full stop or a line's start (_stands_as_a_region)
_STATEMENT_OPENINGS = frozenset("。！？!?；;\n")
