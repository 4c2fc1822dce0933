"""Which district a whole document is about (its main district), from its title, opening
and the names it repeats; the city's story that passes through districts.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from districts.catalog import GROUP_JOINER
from districts.facts.extract import (
    Quantity,
)
from districts.facts.numbers import CHINESE_NUMERAL_CHARS
from districts.facts.phrases import (
    RANGE_DASHES,
    alternation,
    any_of,
    longest_prefix,
    longest_suffix,
)
from districts.facts.words import pos_tags
from districts.text.normalize import pinyin_reading_end
from districts.text.split import FULL_STOPS, statement_start

if TYPE_CHECKING:
    from districts.facts.areas import NamedPlace
from districts.facts.attribute.common import (
    _AREA_OVER_DISTRICTS,
    _AREA_SUBJECT_MENTIONS,
    _BASELINE_LEAD,
    _CAPTION_LONGEST,
    _CITY_ALONE,
    _CITY_ALONE_READINGS,
    _CITY_CUE_REACH,
    _CITY_MOSTLY,
    _CITY_OVER_AN_AREA_WORD,
    _CITYWIDE_DISTRICTS,
    _CLAUSE_MARKS,
    _CLAUSE_SPLIT_MARKS,
    _CLAUSE_START_RE,
    _COMPARED_SITES_REACH,
    _DOMINANT_FEWEST,
    _DOMINANT_TIMES,
    _EXTREME_AFTER_PLACE,
    _FIGURE_OPENING_RE,
    _GENERIC_LEAD,
    _GROUP_SUBJECT_MENTIONS,
    _HEADLINE_LABEL_MARKS,
    _MOST_DISTRICTS,
    _NAMED_AFTER_LATER,
    _NAMED_AFTER_OPENING,
    _NOT_IN_A_CAPTION,
    _OFTEN_NAMED_ALONE,
    _OPENING_LENGTH,
    _PREDICATE_FLAGS,
    _SENTENCE_END,
    _SIZE_MEASURE_REACH,
    _TIED_MENTIONS,
    _TOWN_RETURNED_TO,
    _TOWNS_LISTED_ANYWHERE,
    _TOWNS_MOSTLY_FEWEST,
    _TOWNS_MOSTLY_TIMES,
    _VERB_REACH,
    _clause_end,
    _clause_start,
    _headline,
    _starts_with_a_noun,
    is_photo_caption,
)
from districts.facts.attribute.placing import Place

# The longest name of a zone's park, brackets included (电子城(600658)科技园)
_PARK_NAME_LONGEST = 14
# Between Beijing's name and a district's in a headline, the marks of a place label (北京·延庆,
# 北京 | 延庆): the district's own story, the city where it lies
# The longest count of a group's members written before its name (16个, 5座)
_MEMBERS_COUNT_REACH = 6
_CITY_LABEL_MARKS = ("·", "•", "|", "｜", "-", "—")
# How many clauses a body of the city opens in a text naming no district that make it the
# city's (北京排水集团维持…；北京排水集团40座泵站…): _about_the_city
_CITY_BODY_CLAUSES = 2
# A number written in digits (37, 460.5): what _a_figure_in looks for after the city's name.
_FIGURE_DIGITS_RE = re.compile(r"\d+(?:\.\d+)?")


# How much text around a word is cut into words to see where words begin and end
_WORD_WINDOW = 4
# How often a text naming its districts only by their bare names must name one place beyond
# Beijing to be that place's story (_place_beyond_named_most)
_BEYOND_MENTIONS = 3


def _cut_at_either_end(text: str, start: int, end: int) -> bool:
    """Whether jieba, cutting the text around text[start:end], begins a word at ``start`` or
    ends one at ``end``: 全区 in 转移至安全区域 does neither (安全|区域), so it is no word of
    its own; 全区 in 全区转移群众, 区委 in 区委书记 (one word, begun at 区) and 区内 in 辖区内
    (辖区|内, ended at 内) are.

    >>> _cut_at_either_end("需要紧急转移至安全区域。", 8, 10)
    False
    >>> _cut_at_either_end("区委书记某某赶赴一线", 0, 2), _cut_at_either_end("辖区内电信诈骗", 1, 3)
    (True, True)
    """
    floor = max(0, start - _WORD_WINDOW)
    cuts = {floor}
    at = floor
    for word, _ in pos_tags(text[floor : end + _WORD_WINDOW]):
        at += len(word)
        cuts.add(at)
    return start in cuts or end in cuts


@dataclass(frozen=True)
class _ShortName:
    """A use of a short name a text defines for a registry town or site, read as the
    registry's name (``_short_names_defined``); it answers as a match of the name would."""

    at: int
    until: int
    site: str

    def group(self) -> str:
        return self.site

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.until


# The longest short name a text may define for a town or site (生命科学园)
_DEFINED_NAME_LONGEST = 8
# The least times a text naming no district but towns must name Beijing, a body of the city
# opening it, to be the city's story (_city_body_before_its_towns).
_CITY_BODY_STORY_FEWEST = 2
_LEAD_LENGTH = 60  # characters of the shortest paragraph that is a story's lead


class DocumentSubject:
    """Which district a whole document is about (its main district), from its title, opening
    and the names it repeats; the city's story that passes through districts.
    """

    def main_district(
        self, text: str, title: str | None = None, original: str | None = None
    ) -> tuple[str | None, str]:
        """The district a document is about, and a note when that was a close call.

        The district named most wins; names in the title and the opening count more. A tie
        goes to the district named first, and the note says so. A document whose title names
        a group of districts and no single one ("城六区…对比观察") is about the group;
        the headline is read in the ``original`` text, whose lines are not yet rejoined.
        """
        weights: Counter[str] = Counter()
        named: Counter[str] = Counter()  # times each district is named, unweighted
        first_seen: dict[str, int] = {}
        opening_end = min(len(text), _OPENING_LENGTH)
        for position, name in self.district_mentions(text):
            if text[max(0, position - _BASELINE_LEAD) : position].endswith(
                self.lexicon.baseline_place_leads
            ):
                continue  # 接近东城区的人口总量: the measure compared with, not the subject
            weights[name] += 3 if position < opening_end else 1
            named[name] += 1
            first_seen.setdefault(name, position)
        titled = [] if not title else self.place_mentions(title)
        heading = _headline(  # the title and the short opening lines
            original or text, title, lexicon=self.lexicon
        )
        headline = self.place_mentions(heading) or self._city_opening_the_headline(heading)
        in_headline = {
            place.name for place in (*titled, *headline) if place.name in self._district_names
        }
        city_in_headline = any(place.name == self.municipality for place in (*titled, *headline))
        if (
            len(in_headline) >= _CITYWIDE_DISTRICTS
            and (city_in_headline or self._city_named_most(text, named))
            and not self._own_story_with_partners(text, heading)
        ):
            # "北京累计降水量较常年同期偏多 延庆怀柔密云局地特大暴雨": the city's story, of which
            # the districts are parts; a sentence naming one of them is still its. So is a
            # headline of three districts over a text naming the city more than any of them
            # ("延庆、怀柔、密云局地出现特大暴雨" over 本市启动…, 全市平均降水量…).
            said = "Beijing and " if city_in_headline else ""
            return self.municipality, (
                f"headline names {said}{len(in_headline)} districts: about Beijing"
            )
        if (
            city_in_headline
            and len(in_headline) == 1
            and self._figures_by_district(text) >= _CITYWIDE_DISTRICTS
            and self._worst_hit_in_headline(heading)
            and not self._speaks_of_its_district(text)
        ):
            # "暴雨夜袭北京 丰台区警情40起内涝最重" over 北京市119…共接警情100起，其中丰台区
            # 40起，房山区21起…: the city's story, the district where it was worst
            return self.municipality, "headline names Beijing, then the district hit worst"
        together = self._headline_list_closed_by_count(heading)
        if together and self._one_of_them_acts_again(text, heading, together):
            together = []  # 海淀、朝阳两区获批…: 海淀区近日获批…，海淀区将投入…: 海淀's story
        if together:
            # "门头沟、密云和延庆3个区冬季清洁取暖项目实施方案获批": the story of the districts
            # together (their project's figures), each one's only where a sentence names it
            return GROUP_JOINER.join(together), (
                f"headline lists {len(together)} districts with their count: about them together"
            )
        if headline and not any(place.name in self._district_names for place in headline):
            groups = [
                place.name
                for place in headline
                if place.name in self._group_names
                # 居生态涵养区第一: a rank's scope (not 生态涵养区平均…, its own figure)
                and not heading[: place.start].endswith(self.lexicon.city_baseline_before)
                # 北京的绿水青山，多在生态涵养区。: a story's opening sentence placing a thing
                # in the group, no headline of a group's story
                and not self._placed_in_a_group(heading, place)
                and not self._scope_of_a_superlative(heading, place, text)
            ]
            city_first = next(
                (
                    place
                    for place in headline
                    if place.name in groups
                    or (
                        place.name == self.municipality
                        # 北京：生态涵养区打造…: the city as a label before the group's story;
                        # 北京市推动生态涵养区绿色发展: the city acting on the group's story
                        and not heading.startswith(_HEADLINE_LABEL_MARKS, place.end)
                        and not self._a_verb_opens(heading[place.end : place.end + _VERB_REACH])
                    )
                ),
                None,
            )
            if groups and not (city_first is not None and city_first.name == self.municipality):
                # (北京市功能区声环境质量…, over a table "年度 全市 城六区 远郊区": the city's
                # story, its groups the table's columns)
                return groups[0], ""
        for place in titled:
            if place.name in self._district_names:
                weights[place.name] += 5
                first_seen.setdefault(place.name, -1)
        # "北京大兴建设繁荣开放国门新城" over a text listing other districts too: the headline's
        # short name before a verb is its subject as a titled name is
        opened = (
            self._headline_opener(heading)
            if weights and not headline  # a headline naming a place says whose story it is
            else None
        )
        if opened is not None:
            weights[opened] += 5
            first_seen[opened] = -1
        if not weights:
            opener = self._headline_opener(heading)
            if opener is None:
                opener = self._named_inside_names(text)
            if opener is None:
                opener = self._area_subject(text, heading)
            if opener is None:
                former = self._former_district_named(text)
                if former is not None:
                    return former
            if opener is None:
                township = self._township_district(text)
                if township is not None and not self._city_outweighs_its_towns(text):
                    if self._city_body_before_its_towns(text):
                        return self.municipality, (
                            "a body of the city opens it before any town it names: about Beijing"
                        )
                    return township
            if opener is None and self._headline_of_the_nation(heading):
                return self.nation, "names no district and its headline opens with the nation"
            if opener is None:
                group = self._group_named_most(text, named, headline if city_in_headline else None)
                if group is not None:
                    return group
            if opener is None and self._about_the_city(text, heading):
                return self.municipality, "names no district but Beijing: about Beijing"
            if opener is None:
                placed = self._placed_by_names_after_it(text)
                if placed is not None:
                    return placed
            return opener, ""
        # 北京某区某湖湿地… (and a district named elsewhere): a place named after a district
        # lies in it; named in passing it is no mention of the district (an attribution
        # rule), but it weighs for what the text is about: once per district, however often
        # (a study visit names 某区科学城 three times), half as much as the district's name
        places_after = list(self._named_after_places(text))
        after: dict[str, int] = {}
        for position, name in places_after:
            after.setdefault(name, position)
        for name, position in after.items():
            opening = position < opening_end
            weights[name] += _NAMED_AFTER_OPENING if opening else _NAMED_AFTER_LATER
            first_seen.setdefault(name, position)
        ranked = sorted(weights, key=lambda name: (-weights[name], first_seen[name]))
        headed = opened is not None or any(
            place.name in self._district_names for place in (*titled, *headline)
        )
        if not headed:
            group = self._group_named_most(text, named, headline if city_in_headline else None)
            if group is not None:
                return group
            citywide = self._citywide(text, named, ranked[0], places_after)
            if citywide is None:
                citywide = self._city_headline_over_a_list(text, heading, headline, named)
            if citywide is None:
                citywide = self._city_story_passing_by(text, headline, named, places_after)
            if citywide is None:
                citywide = self._city_facility_in_a_district(text, named)
            if citywide is not None:
                return self.municipality, citywide
            area = self._area_named_most(text, named)
            if area is not None:
                return area
        beyond = None if headed else self._place_beyond_named_most(text)
        if beyond is not None:
            return beyond, (
                f"names districts only by bare names and {beyond} more often: about {beyond}"
            )
        tied = [name for name in ranked if weights[name] == weights[ranked[0]]]
        if len(tied) > 1:
            listed = self._districts_only_listed(text, named)
            if listed is not None:
                return self.municipality, listed
            if (
                len(tied) >= _CITYWIDE_DISTRICTS
                and all(named[name] >= _TIED_MENTIONS for name in tied)
                and not self._own_story_with_partners(text, heading)
            ):
                # a city's story of projects or figures by district (11个城市公园分布于甲、乙、
                # 丙…6个区, each then described): no one of them is its subject, as none is named
                # more; the sentences naming one are still that district's. Not a district's own
                # story (全区, 区委) with its partners, nor a short text naming each once
                return self.municipality, (
                    f"names {', '.join(tied)} equally often, none more: about Beijing"
                )
            city_first = self._city_before_a_tie(text, tied, named, first_seen, headed)
            if city_first is not None:
                return self.municipality, city_first
            # 治理后的北京怀柔潮白河流域 新华社供图 over a 通州 story: a district named only under
            # a picture does not tie with one the text speaks of
            spoken = [
                name
                for name in tied
                if not self._named_only_in_captions(text, name)
                and not self._named_only_under_pictures(text, name)
            ]
            if len(spoken) == 1:
                return spoken[0], (
                    f"names {', '.join(tied)} equally often, {spoken[0]} outside the pictures' "
                    "captions"
                )
            return ranked[0], (
                f"names {', '.join(tied)} equally often; attributed to {ranked[0]} (named first)"
            )
        return ranked[0], ""

    def _place_beyond_named_most(self, text: str) -> str | None:
        """The place beyond Beijing (``outside_places``) a text is about, when it names one at
        least ``_BEYOND_MENTIONS`` times, more often than Beijing and than every district
        together, names the districts only by their bare names (a reservoir's, a site's:
        密云水库, never 密云区) and speaks of no district of its own (全区, 我区); None
        otherwise. (Asked only when no headline names a district: 延庆：… is 延庆's story.)

        Example: a report that 河北省某市 will plant 8万亩 of water-source forest above 密云水库
        names Hebei and its cities three times and 密云 only in the reservoir's name: its figures
        are Hebei's.

        Why: the reservoir's name made such a story 密云's, and Hebei's forest cover and
        plantings reached 密云's chart."""
        places = self.place_mentions(text)
        districts = [place for place in places if place.name in self._district_names]
        if any(
            text[place.start : place.end].endswith(self.lexicon.district_suffixes)
            for place in districts
        ):
            return None  # 通州区与北三县…: the district's own story with its neighbours
        beyond = Counter(place.name for place in places if place.name in self._outside_names)
        if not beyond:
            return None
        name, times = beyond.most_common(1)[0]
        city = sum(1 for place in places if place.name == self.municipality)
        if times < _BEYOND_MENTIONS or times <= city or times <= len(districts):
            return None
        if self._speaks_of_its_district(text):
            return None  # 延庆赛区…张家口赛区…，我区接待游客: the district's own story
        return name

    def _worst_hit_in_headline(self, heading: str) -> bool:
        """The headline names Beijing, then a district with a word of where it was worst
        after it on its line (``worst_hit_words``: 暴雨夜袭北京 丰台区警情40起内涝最重).

        >>> from districts.facts.pipeline import Pipeline
        >>> attributor = Pipeline.from_data().extractor.attributor
        >>> attributor._worst_hit_in_headline("暴雨夜袭北京 丰台区警情40起内涝最重")
        True
        >>> attributor._worst_hit_in_headline("房山区暴雨最重 北京启动响应")
        False
        """
        places = self.place_mentions(heading)
        city = next((p for p in places if p.name == self.municipality), None)
        district = next((p for p in places if p.name in self._district_names), None)
        if city is None or district is None or city.start > district.start:
            return False
        if heading[city.end : district.start].strip(" \u3000") in _CITY_LABEL_MARKS:
            return False  # 北京·延庆 冬奥场馆接待量最大: the city labels a district's story
        line_end = heading.find("\n", district.end)
        after = heading[district.end : len(heading) if line_end < 0 else line_end]
        return any(word in after for word in self.lexicon.worst_hit_words)

    def _figures_by_district(self, text: str) -> int:
        """How many districts the text names with a figure in the same clause (其中丰台区警情
        40起，房山区21起…): a count or a reading broken down by district, not districts compared
        in words (高于怀柔区、门头沟区)."""
        return len(
            {
                place.name
                for place in self.place_mentions(text, districts_only=True)
                if self._figure_in_its_clause(text, place.end)
            }
        )

    def _city_before_a_tie(
        self,
        text: str,
        tied: list[str],
        named: Counter[str],
        first_seen: dict[str, int],
        headed: bool,
    ) -> str | None:
        """A note when a statement naming Beijing then a few districts, each once and each
        with a figure in its clause, in a text naming Beijing more often than any of them, is
        the city's: "北京地区全市平均降雨量96.2毫米，城区…，甲区平均
        130.4毫米，乙区平均121.7毫米；…预计未来2小时北京大部分地区…" is a city bulletin giving
        two districts' figures, not the first district's story. None when a headline names a
        district, or when the text speaks of a district of its own (全区, 区委).

        Why: the tie went to the district named first, and every figure of the city with it."""
        if headed or any(named[name] != 1 for name in tied):
            return None
        first = min(first_seen[name] for name in tied)
        opening = statement_start(text, first, FULL_STOPS)
        if first <= 0 or not self._city_named(text, opening, first):
            return None  # Beijing opens the statement that lists the districts' figures
        if not all(self._figure_in_its_clause(text, first_seen[name]) for name in tied):
            return None  # 全市…工作中，甲区某街道创建成功。…: a district's story, not a figure
        city = self._city_named(text)
        if city <= 1 or self._speaks_of_its_district(text):
            return None
        return (
            f"names {', '.join(tied)} once each, after Beijing, which it names {city} times: "
            "about Beijing"
        )

    def _figure_in_its_clause(self, text: str, at: int) -> bool:
        """Whether the clause of the place named at ``at`` writes a number after it (甲区平均
        130.4毫米)."""
        end = min(
            (found for mark in _CLAUSE_SPLIT_MARKS if (found := text.find(mark, at)) >= 0),
            default=len(text),
        )
        return any(char.isdigit() for char in text[at:end])

    def _city_named_most(self, text: str, named: Counter[str]) -> bool:
        """The text names Beijing (北京, 本市, 全市…) more often than any district."""
        city = sum(1 for place in self.place_mentions(text) if place.name == self.municipality)
        return city > max(named.values(), default=0)

    def _own_story_with_partners(self, text: str, heading: str) -> bool:
        """A district's own story naming other districts as its partners: its headline tells
        of them acting together (``_a_joint_story``), or its text speaks of its own district
        (全区, 区委: ``_speaks_of_its_district``). Neither a tie of districts nor a headline
        naming Beijing with them makes it the city's."""
        return self._a_joint_story(heading) or self._speaks_of_its_district(text)

    def _a_joint_story(self, heading: str) -> bool:
        """The headline tells of districts acting together (甲区联合乙区、丙区…, 甲区与乙区、丙区
        签订…, 三区联动: ``partner_verbs``, ``joint_story_words``, a district's name before
        ``joint_marks``): the first district's story with its partners, not a city's story of
        several districts."""
        words = (*self.lexicon.partner_verbs, *self.lexicon.joint_story_words)
        if any(word in heading for word in words):
            return True
        return any(
            heading.startswith(self.lexicon.joint_marks, place.end)
            or heading.startswith(self.lexicon.joint_marks, place.end + 1)  # 甲区与: after 区
            for place in self.place_mentions(heading)
            if place.name in self._district_names
        )

    def _city_opening_the_headline(self, heading: str) -> list[Place]:
        """Beijing's full name opening the headline's first line, perhaps after a year, before
        a title's noun that left it uncounted as a place (2020年北京市重点工程计划公布:
        ``_names_a_title``): the city, the headline's place. Not the bare 北京, which opens
        many names (北京环球度假区, 北京城市副中心)."""
        line = heading.strip().split("\n", 1)[0]
        offset = heading.find(line)
        year = self._leading_year_re.match(line)
        at = year.end() if year else 0
        name = self.catalog.municipality_name
        if not line.startswith(name, at):
            return []
        return [Place(offset + at, offset + at + len(name), self.municipality)]

    def _former_district_named(self, text: str) -> tuple[str, str] | None:
        """For a text naming no district of today: the one former district it names
        (``former_districts``: 崇文, 宣武, merged into 东城 and 西城 in 2010), as an older
        text names its own ("北京崇文区前门大街将于下周二全面开市…已入驻的103家商户"). Its figures
        are that place's, as a district's are, and not today's district's (whose area is larger).

        Why: such a text named no district, and all its figures were dropped."""
        former = {
            place.name
            for place in self.place_mentions(text)
            if place.name in self.lexicon.former_districts
        }
        if len(former) != 1:
            return None
        (name,) = former
        return name, f"names no district of today but the former {name}"

    def _placed_by_names_after_it(self, text: str) -> tuple[str, str] | None:
        """Last of all, for a text that names no district and is not Beijing's (its towns, if
        any, placed it nowhere): the district whose name opens the names of the places it speaks
        of ("…建成6家养老驿站，包括某区甲苑社区养老服务驿站、乙苑社区养老服务驿站"), when they are
        all of one district, none given as an example (如某区甲苑…: one of a city's many), and
        the text names no other province or city: such a place lies in its district.

        Why: named in passing, such a name is no mention of the district (a fact about the
        station is the station's), so a story naming its district only that way was read as
        naming none, and every figure of it was dropped."""
        markers = self.lexicon.example_markers
        found = {
            name
            for position, name in self._named_after_places(text)
            if not text.endswith(markers, 0, position)  # 如昌平甲苑社区驿站: one example of many
        }
        if len(found) != 1 or any(region in text for region in self.lexicon.other_regions):
            return None
        (district,) = found
        return district, f"names no district but places named after {district}"

    def _township_district(self, text: str) -> tuple[str, str] | None:
        """The district of the streets, towns and sites a text names (``townships`` and
        ``sites`` in the registry), when they are all of one district and the text names
        Beijing: a town's story names the town, not its district ("王佐镇…受灾…；…北京最大的
        石窟寺群").

        A text naming towns of two districts is placed by no town, unless it names no city
        subject and one district's towns ``_TOWNS_MOSTLY_TIMES`` as often as the other's (a
        business district's story pairing it once with 金融街); nor is a text not naming
        Beijing (新华街道 and 城关镇 are names in many cities). Three towns of one district
        listed together (``_listed_towns``) need Beijing's name anywhere, even inside another
        name (北京农业嘉年华…, 延寿、兴寿、小汤山3个镇): other provinces have towns of those
        names too, but not all three and Beijing's. A site named with Beijing's name
        (北京未来科学城) counts as Beijing named."""
        matches = [
            match.group()
            for match in self._townships_named(text)
            if not self._a_measure_of_size(text, match.start())
        ]
        named = sorted(set(matches))
        found = {self._township_of[town] for town in named}
        listed = self._listed_towns(text)
        named += sorted(set(listed) - set(named))
        found |= set(listed.values())
        if len(found) > 1 and not listed and not self._city_named(text):
            # 运河商务区 named five times, 金融街 once (与金融街结对): the one district's story
            # (not a city's story, 全市接待游客…, naming the sites where its visitors went)
            (top, most), (_, second), *_ = Counter(
                self._township_of[town] for town in matches
            ).most_common()
            if most >= _TOWNS_MOSTLY_FEWEST and most >= _TOWNS_MOSTLY_TIMES * second:
                found = {top}
                named = [town for town in named if self._township_of[town] == top]
        if len(found) != 1 or self._another_of_its_kind(text, named):
            return None
        beijing = self._beijing_words
        # Beijing's name anywhere, even inside another name (北京农业嘉年华), with three towns
        # listed together; a site with Beijing's name before it (北京未来科学城). Not a site
        # with Beijing's name elsewhere: other cities have their 王府井, 城市副中心, 金融街 and
        # 园博园, which a Beijing paper's story about them names (北京商报讯 杭州王府井…).
        listed_together = len(listed) >= _TOWNS_LISTED_ANYWHERE and any(
            word in text for word in beijing
        )
        named_with_beijing = any(
            # (a site whose own name opens with Beijing's: 北京世园会)
            text[: match.start()].endswith(beijing) or match.group().startswith(beijing)
            for match in self._township_re.finditer(text)
        ) or self._headline_site_of_beijing_only(text)
        # a town or site the story returns to (什刹海街道…；…什刹海街道), Beijing's name inside
        # another name (北京青年报记者, 北京银行) and no other province or city named: a Beijing
        # paper's story of a Beijing place (杭州王府井 names its city)
        returned_to = (
            sum(1 for _ in self._township_re.finditer(text)) >= _TOWN_RETURNED_TO
            and any(word in text for word in beijing)
            and not any(region in text for region in self.lexicon.other_regions)
        )
        if not (listed_together or named_with_beijing or returned_to) and not any(
            place.name == self.municipality for place in self.place_mentions(text)
        ):
            return None
        (district,) = found
        return district, f"names no district but {'、'.join(named)} of {district}"

    def _headline_site_of_beijing_only(self, text: str) -> bool:
        """The headline (the text's first line) names a registry site by a name only Beijing's
        sites have (``beijing_site_stems``: 中关村软件园二期规划发布), and the text names no
        other region: the site's story, though it never writes 北京. Not 雄安中关村科技园,
        保定·中关村创新中心 or 中关村朝阳园 (other parks of the name, where a registry site is
        only named in passing), nor a text naming another region."""
        stems = self.lexicon.beijing_site_stems
        if not stems or any(region in text for region in self.lexicon.other_regions):
            return False
        headline = text.split("\n", 1)[0]
        found = [match.start() for match in any_of(stems).finditer(headline)]
        # every name of the stem in the headline a registry site's (not 中关村朝阳园)
        return bool(found) and all(
            (site := self._township_re.match(headline, start)) is not None
            and site.group().startswith(stems)
            for start in found
        )

    def _a_measure_of_size(self, text: str, start: int) -> bool:
        """The site at ``start`` is named as a measure of something else's size, after a word of
        comparison and a count (相当于1.8个颐和园大小, 接近3个天安门广场), or as what something is
        compared with (仅次于王府井和西单): no place of the story.

        Why: a 通州 park's opening news compared its area with 颐和园, a site of 海淀, and a text
        naming sites of two districts was placed by neither: every figure was dropped."""
        before = text[max(0, start - _SIZE_MEASURE_REACH) : start]
        if self._size_measure_re.search(before) is not None:
            return True
        # 商业繁华程度仅次于王府井和西单: the sites are what the story's street is compared with
        return (
            self._compared_sites_re.search(text[max(0, start - _COMPARED_SITES_REACH) : start])
            is not None
        )

    @functools.cached_property
    def _compared_sites_re(self) -> re.Pattern[str]:
        """A word of comparison, then registry sites joined by enumeration marks, ending the
        text before a site: the sites compared with (仅次于王府井和西单)."""
        leads = alternation(self.lexicon.baseline_place_leads)
        sites = self._township_re.pattern
        marks = alternation(self.lexicon.enumeration_marks)
        return re.compile(rf"(?:{leads})(?:(?:{sites})(?:{marks}))*$")

    @functools.cached_property
    def _size_measure_re(self) -> re.Pattern[str]:
        """A word of comparison, a count and its measure word ending the text before a site."""
        leads = alternation(self.lexicon.baseline_place_leads)
        classifiers = alternation(self.lexicon.counted_thing_classifiers)
        return re.compile(rf"(?:{leads})[0-9.{CHINESE_NUMERAL_CHARS}]+(?:{classifiers})?$")

    def _listed_towns(self, text: str) -> dict[str, str]:
        """Towns a text names by their short names in a list counted as towns, and the
        district of each: in "带动甲山、乙河、丙庄3个镇的民俗旅游" the short names are the towns
        甲山镇, 乙河镇 and 丙庄镇 (alone, 甲山 may be a mountain or a village)."""
        listed: dict[str, str] = {}
        for match in self._listed_towns_re.finditer(text):
            for short in self._short_town_re.findall(match.group()):
                listed[short] = self._town_by_short_name[short]
        return listed

    def _city_outweighs_its_towns(self, text: str) -> bool:
        """The text names Beijing (not as a baseline) ``_CITY_MOSTLY`` times as often as the
        towns and sites it names, and at least ``_CITY_ALONE`` times: a city's story passing
        by a site ("春节假期北京重点商圈客流量…全市60个重点商圈…CBD商圈、王府井商圈客流量…") is
        the city's, not the district of its one site. A site (not a town: a town's story may
        name its town once) named once only needs no more: a city's energy news passing by
        城市副中心行政办公区 once, naming 北京市 or 本市 as the subject three times, is the
        city's; so is a text naming Beijing that often before the one town it names (a city's
        story, then its samples: 探访地1 朝阳坝河…位于东坝地区…)."""
        matches = self._townships_named(text)
        named = [match.group() for match in matches]
        towns = len(named)
        if towns == 1 and self._city_named(text, 0, matches[0].start()) >= _CITY_MOSTLY:
            return True  # 本市…本市…本市…, then 东坝地区 once, far down: one of the city's samples
        once = towns == 1 and named[0] in self._registry_sites
        alone = _CITY_MOSTLY if once else _CITY_ALONE
        return self._city_named(text) >= max(_CITY_MOSTLY * towns, alone)

    def _city_body_before_its_towns(self, text: str) -> bool:
        """A body of the city opens a clause before the first town or site the text names
        (``_city_body_acts``: 北京市市长…作政府工作报告), and the text names Beijing at least
        as often as its towns and sites, more often than its most-named one, and
        ``_CITY_BODY_STORY_FEWEST`` times at least: the city's story, passing by them (not a
        town's story after one city bureau's notice: 市农业农村局发布通知，北京将…。某镇某村新建
        民宿20家; nor one returning to its town: …雁栖镇新建…，雁栖镇新增…).

        Why: a city's work report ("2019年北京…"), naming three places of one district's
        housing area in its last paragraph, was taken for that district's story, and the
        city's figures with it.

        >>> from districts.facts.pipeline import Pipeline
        >>> attributor = Pipeline.from_data().extractor.attributor
        >>> report = "北京市市长作报告。北京新增绿化1500公顷，全市补网点900个。回龙观建公园3处。"
        >>> attributor._city_body_before_its_towns(report)
        True
        """
        towns = self._townships_named(text)
        if not towns or not self._city_body_acts(text[: towns[0].start()]):
            return False
        city = self._city_named(text)
        # (北京市市长作报告。北京推进…。雁栖镇新建民宿20家，雁栖镇新增…: a story returning
        # to its one town, named as often as Beijing, is the town's)
        (_, most), *_ = Counter(town.group() for town in towns).most_common(1)
        return city >= max(len(towns), _CITY_BODY_STORY_FEWEST) and city > most

    def _another_of_its_kind(self, text: str, named: list[str]) -> bool:
        """The text names another facility of the kind of a site it names (``site_kinds``,
        ``site_kind_rivals``): "北京大兴国际机场…；首都机场同期运送旅客1500万人次" and "天津滨海国际
        机场…北京大兴国际机场同期…" are stories of more than one airport, not of the one district.
        Not the operator named after one (首都机场集团: ``site_not_subject_followers``).

        Why: every figure of the text, the other airport's too, became the site's district's.
        """
        kinds = [kind for kind in self.lexicon.site_kinds if any(s.endswith(kind) for s in named)]
        followers = self.lexicon.site_not_subject_followers
        return any(
            not text.startswith(followers, match.end())
            for rival in self.lexicon.site_kind_rivals
            if rival.endswith(tuple(kinds)) and rival not in named
            for match in re.finditer(re.escape(rival), text)
        )

    def _townships_named(self, text: str) -> list[re.Match[str] | _ShortName]:
        """The registry's towns and sites the text names, a site straight after another
        counted once (城市副中心行政办公区: one place, named with the larger one it lies in);
        not an end of a route or a line (从天通苑到国贸, 西直门至回龙观段: a range word or a dash
        next to it), which runs through other places as well. A short name the text defines
        for one of them names it too (``_short_names_defined``)."""
        ends = (*self.lexicon.range_words, *RANGE_DASHES)
        named: list[re.Match[str] | _ShortName] = []
        for match in self._township_re.finditer(text):
            if named and named[-1].end() == match.start():
                continue
            if text.startswith(ends, match.end()) or text.endswith(ends, 0, match.start()):
                continue
            named.append(match)
        for short in self._short_names_defined(text):
            if not any(
                short.start() < other.end() and other.start() < short.end() for other in named
            ):
                named.append(short)
        return sorted(named, key=lambda match: match.start())

    def _short_names_defined(self, text: str) -> list[_ShortName]:
        """Each later use of a short name the text gives a registry town or site right after
        naming it (中关村生命科学园（以下简称“生命科学园”）, ``alias_definition_cues``): the
        text's own name for the place, which it then uses instead of the registry's.

        Why: a park's story named the park once in full and eight times as 生命科学园, and was
        read as the city's, which it named four times, with every figure of the park (in 昌平).

        >>> from districts.facts.pipeline import Pipeline
        >>> subject = Pipeline.from_data().extractor.attributor
        >>> text = "这里是中关村生命科学园（以下简称“生命科学园”）。生命科学园建筑面积70万平方米。"
        >>> [(short.group(), short.start()) for short in subject._short_names_defined(text)]
        [('中关村生命科学园', 25)]
        """
        if "(" not in text and "\uff08" not in text:
            return []
        found: list[_ShortName] = []
        for definition in self._short_name_definition_re.finditer(text):
            short, site = definition.group("short"), definition.group("site")
            for use in re.compile(re.escape(short)).finditer(text, definition.end()):
                found.append(_ShortName(use.start(), use.end(), site))
        return found

    @functools.cached_property
    def _short_name_definition_re(self) -> re.Pattern[str]:
        """A registry town or site, then in brackets a cue of definition and the short name
        (中关村生命科学园（以下简称“生命科学园”））."""
        cues = alternation(self.lexicon.alias_definition_cues) or "(?!)"
        return re.compile(
            rf"(?P<site>{self._township_re.pattern})[（(](?:{cues})[“\"「]?"
            rf"(?P<short>[\u4e00-\u9fff]{{2,{_DEFINED_NAME_LONGEST}}}?)[”\"」]?[)）]"
        )

    def _city_named(self, text: str, start: int = 0, end: int | None = None) -> int:
        """How often text[start:end] names Beijing as a subject (全市, 本市, 北京), not as what
        something is compared with or ranked in (``_city_as_baseline``: 居全市第一)."""
        return sum(
            1
            for place in self.place_mentions(text, start, end)
            if place.name == self.municipality and not self._city_as_baseline(text, place)
        )

    @staticmethod
    def _one_district_dominates(named: Counter[str], city: int) -> bool:
        """One district named ``_DOMINANT_TIMES`` as often as any other and at least as often
        as Beijing: a district's flood story that quotes the city's warning for the districts
        at risk (房山、门头沟大部，石景山、海淀、丰台西部…) is still the district's, though it
        names half of Beijing's districts once or twice each."""
        (_, most), *rest = named.most_common()
        second = rest[0][1] if rest else 0
        return (
            most >= _DOMINANT_FEWEST and most >= _DOMINANT_TIMES * max(second, 1) and most >= city
        )

    def placed_by_its_towns(self, text: str, main: str) -> bool:
        """Whether ``main`` is the district of a text that names none but its towns
        (``_township_district``): every figure of it is a town's or a village's, none the
        district's measure (后甫营村…常住人口800余人 is no population of 丰台)."""
        if next(iter(self.district_mentions(text)), None) is not None:
            return False
        placed = self._township_district(text)
        return placed is not None and placed[0] == main

    def _citywide(
        self, text: str, named: Counter[str], top: str, places_after: list[tuple[int, str]]
    ) -> str | None:
        """A note when a document whose headline names no district is about Beijing as a whole:
        it names half of the districts or more (``_MOST_DISTRICTS``), or several
        (``_CITYWIDE_DISTRICTS``) and none of them more often than Beijing itself (全市, 本市,
        北京市; not 北京市海淀区). A city's flood bulletin ("全市共转移群众8000余户…其中房山区…")
        or its monthly air report ("本市PM2.5浓度…;各区…怀柔、密云等区浓度较低") gives Beijing's
        figures, and each district's only where a sentence names it. None otherwise.
        ``named``: the times the text names each district; ``places_after``: (position, district)
        of each place named after one (_named_after_places)."""
        city = self._city_named(text)
        if len(named) >= _MOST_DISTRICTS and not self._one_district_dominates(named, city):
            return f"names {len(named)} districts, half of Beijing's or more: about Beijing"
        if len(named) < 2:
            if city >= _CITY_MOSTLY and self._named_only_under_pictures(text, top):
                if not self._speaks_of_its_district(text):
                    return f"names {top} only under a picture, Beijing {city} times: about Beijing"
            # A district named alone is the document's, however often 全市 is, unless it is
            # named once in passing, with places named after it (某某水库) but not in its
            # opening, by a text naming the city far more often: a city's press conference
            # passing by a reservoir.
            once = sum(named.values()) <= 1 or (
                self._named_only_in_captions(text, top) and not self._speaks_of_its_district(text)
            )
            # places named after the district itself: 延庆野鸭湖、密云穆家峪 in a city's list of
            # sites across districts argue for no one of them
            own_after = [(position, name) for position, name in places_after if name == top]
            after = len(own_after)
            mentions = sum(named.values()) + after
            opens = any(position < _OPENING_LENGTH for position, _ in own_after)
            if once and not opens and city >= max(_CITY_MOSTLY * mentions, _CITY_ALONE):
                how = "once" if sum(named.values()) <= 1 else "only in captions"
                return (
                    f"names a district {how} and places named after it {after} times, Beijing "
                    f"{city} times: about Beijing"
                )
            if sum(named.values()) >= _OFTEN_NAMED_ALONE and self._opened_by_the_city(text):
                if city >= max(_CITY_MOSTLY * mentions, _CITY_ALONE):
                    # 北京特大暴雨…北京已有79人死亡…其中房山区80万人: a city's story whose one
                    # district comes in as its worst-hit part, however often (named once, the
                    # ways of naming in passing below decide; a feature opening with one city
                    # figure names Beijing fewer than _CITY_ALONE times)
                    return (
                        f"opens with a statement of Beijing naming no district, and names "
                        f"Beijing {city} times, {_CITY_MOSTLY}× its one district: about Beijing"
                    )
                if (
                    city >= mentions
                    and self._a_city_body_is_the_source(text, self._lead_end(text))
                    and not self._opens_a_statement_of_its_own(text, top)
                ):
                    # 记者从市水务局获悉，今年…全市降雨形成水资源量26.83亿立方米。…密云水库…: a
                    # city body's release on the city's season, its one district a reservoir's
                    return (
                        f"opens with a body of the city giving Beijing's figure, and names "
                        f"Beijing {city} times, its one district {mentions}: about Beijing"
                    )
            if (
                city >= max(_CITY_MOSTLY * mentions, _CITY_ALONE)
                and not self._speaks_of_its_district(text)
                and self._named_only_as_where(text, top)
            ):
                # 北京市防汛综合演练…志愿者…在昌平区某村参加…；…赶赴昌平区某村备勤: a city's
                # drill held in a district, named only as where it went on
                return (
                    f"names {top} only as where something happens, {mentions} times, Beijing "
                    f"{city} times: about Beijing"
                )
            if sum(named.values()) != 1:
                return None
            # the ways a city's text names a district once in passing, in order: how, how often
            # Beijing must be named, whether places named after the district forbid it
            passing = (
                ("as where an extreme was read", _CITY_ALONE_READINGS, False,
                 self._named_once_where_an_extreme_was),
                ("after its opening, as an example", _CITY_ALONE_READINGS, True,
                 self._named_once_as_an_example),
                ("after its opening, as the head of a body's name", _CITY_MOSTLY, True,
                 self._named_once_as_a_body),
                ("after its opening, in a story a body of the city tells", 1, False,
                 self._named_once_in_a_city_bodys_story),
            )  # fmt: skip
            for how, fewest, alone, named_so in passing:
                if city >= fewest and not (alone and places_after) and named_so(text):
                    return f"names a district once, {how}; Beijing {city} times: about Beijing"
            return None
        if len(named) >= _CITYWIDE_DISTRICTS and city >= max(named[top], _CITYWIDE_DISTRICTS):
            return (
                f"names {len(named)} districts, none more often than Beijing as a whole "
                f"({city} times): about Beijing"
            )
        if city >= max(_CITY_MOSTLY * named[top], _CITYWIDE_DISTRICTS):
            # A city's flood news naming a road "昌平段" three times and 全市 ten times
            return (
                f"names {len(named)} districts, Beijing as a whole {city} times, "
                f"{_CITY_MOSTLY}× as often as any of them: about Beijing"
            )
        own_after = sum(1 for _, name in places_after if name == top)
        if city >= named[top] + own_after and self._opened_by_the_city(text):
            return (
                f"opens with a statement of Beijing naming no district, and names Beijing "
                f"{city} times, {top} {named[top] + own_after}: about Beijing"
            )
        return None

    def _named_only_as_where(self, text: str, name: str) -> bool:
        """Every mention of the district ``name`` comes right after a word of where
        (``located_in_marks``: 在, 位于) or of where to (``destination_marks``: 赶赴, 前往):
        the place something happens or goes to, never the subject of a statement, and never
        referred back to with a figure of its own (``local_subjects``: 当地受灾群众3000人次).

        >>> from districts.facts.pipeline import Pipeline
        >>> attributor = Pipeline.from_data().extractor.attributor
        >>> drill = "志愿者在昌平区某村参加演练，随后赶赴昌平区某村。"
        >>> attributor._named_only_as_where(drill, "昌平")
        True
        >>> attributor._named_only_as_where("昌平区组织志愿者在昌平区某村参加演练。", "昌平")
        False
        """
        words = (*self.lexicon.located_in_marks, *self.lexicon.destination_marks)
        mentions = [
            place for place in self.place_mentions(text, districts_only=True) if place.name == name
        ]
        if not mentions:
            return False
        for word in self.lexicon.local_subjects:
            at = text.find(word, mentions[0].end)
            while at >= 0:
                if self._figure_in_its_clause(text, at + len(word)):
                    return False  # …赶赴房山区。…当地受灾群众累计接受诊疗3000人次: the place's
                at = text.find(word, at + 1)
        return all(text[: place.start].rstrip().endswith(words) for place in mentions)

    def _opened_by_the_city(self, text: str) -> bool:
        """The text's first statement (its headline and lead, to the first full stop) names
        Beijing as a subject (本市, 全市, 北京) and no district, and the text speaks of no district
        of its own (全区, 区委: ``_speaks_of_its_district``), and a figure follows the city's
        name there (not 北京又一古村落入选…, 北京今年最大的…项目开工: the city a scope): a
        city's story, whose districts come in later as its parts (北京暴雨…本市境内共发现因灾
        死亡37人。…最大降雨点甲区某镇…).

        Why: such a city's flood report, naming one district twice for its worst-hit town and
        a casualty, gave that district the city's toll."""
        end = self._lead_end(text)
        if next(iter(self.place_mentions(text, 0, end, districts_only=True)), None) is not None:
            return False
        city = next(
            (p for p in self.place_mentions(text, 0, end) if p.name == self.municipality), None
        )
        if city is None or not self._a_figure_in(text, city.end, end):
            return False  # 北京又一古村落入选…: the city as a scope, no figure of its own
        return self._city_named(text, 0, end) > 0 and not self._speaks_of_its_district(text)

    def _a_city_body_is_the_source(self, text: str, end: int) -> bool:
        """Whether text[:end] names a body of the city after a word naming the source
        (``body_name_leads``: 记者从市水务局获悉, 据市气象台统计) or opening a clause, and no
        district's body.

        >>> from districts.facts.pipeline import Pipeline
        >>> attributor = Pipeline.from_data().extractor.attributor
        >>> attributor._a_city_body_is_the_source("记者从市水务局获悉，全市降雨26.8亿立方米。", 12)
        True
        """
        bodies = self._bodies_named(text, 0, end, "")
        return bool(bodies) and all(owner == self.municipality for _, _, owner in bodies)

    def _opens_a_statement_of_its_own(self, text: str, name: str) -> bool:
        """Whether the district ``name`` opens a statement of the text, perhaps after a word
        placing it, by its full name (在顺义区，新建的…公园; 顺义区园林绿化局介绍…): the text turns
        to the district as a subject, not only to a site in it (密云水库蓄水量31.78亿立方米).

        >>> from districts.facts.pipeline import Pipeline
        >>> attributor = Pipeline.from_data().extractor.attributor
        >>> attributor._opens_a_statement_of_its_own("全市造林。\\n在顺义区，新建公园。", "顺义")
        True
        """
        for place in self.place_mentions(text, districts_only=True):
            if place.name != name or place.end - place.start <= len(name):
                continue  # 密云水库蓄水量…: the short name heading a site's, no district's subject
            opening = statement_start(text, place.start, FULL_STOPS)
            said = text[opening : place.start].strip(" \t\u3000\n，,")
            if not said or said in self.lexicon.located_in_marks:
                return True
        return False

    def _lead_end(self, text: str) -> int:
        """Where the text's first statement ends: the first mark ending a sentence, not a line
        (a headline and the lead together)."""
        stops = FULL_STOPS.replace("\n", "")
        return min((found for mark in stops if (found := text.find(mark)) >= 0), default=len(text))

    def _a_figure_in(self, text: str, start: int, end: int) -> bool:
        """text[start:end] writes a number that is no date (37人, 460处; not 8月3日, 2024年)."""
        dates = (*self.lexicon.date_units, *self.lexicon.year_words)
        return any(
            not text.startswith(dates, match.end())
            for match in _FIGURE_DIGITS_RE.finditer(text, start, end)
        )

    def _first_district_of_a_text_without_its_own(self, text: str) -> Place | None:
        """The first district the text names, when the text speaks of no district of its own
        (全区, 区委: ``_speaks_of_its_district``); else None."""
        if self._speaks_of_its_district(text):
            return None
        return next(iter(self.place_mentions(text, districts_only=True)), None)

    def _named_once_where_an_extreme_was(self, text: str) -> bool:
        """The text's one district is named by its short name, with a place in it, just before
        a superlative (怀柔某某村最低，为-2.3℃: ``superlative_words`` within
        ``_EXTREME_AFTER_PLACE`` characters, no mark, linking word or 的 between), and the text
        speaks of no district of its own: a city's weather story giving where its extreme was
        read. Not the district's full name (平谷区是北京最大的桃产区: its own story), nor when
        the text goes on about the district (该区).

        Why: a city's story of the season's first frost, naming one district only for its
        coldest station, was taken for that district's, its city-wide readings with it."""
        place = self._first_district_of_a_text_without_its_own(text)
        if place is None or self._referred_back_to(text, place.end):
            return False  # …人口最多为朝阳区。该区常住人口345万人: the text goes on about it
        if self._the_place_of_an_extreme(text, place):
            return True
        if place.end - place.start > len(place.name):
            return False  # 密云区森林覆盖率全市最高, 平谷区是北京最大的…: the district's own
        after = text[place.end : place.end + _EXTREME_AFTER_PLACE]
        after = re.split(f"[{_CLAUSE_SPLIT_MARKS}]", after, maxsplit=1)[0]
        found = [after.find(word) for word in self._superlatives if word in after]
        if not found:
            return False
        between = after[: min(found)]
        links = (*self.lexicon.linking_words, *self.lexicon.possessive_marks)
        return not any(link in between for link in links)  # 怀柔某某村最低: a station's name

    def _referred_back_to(self, text: str, after: int) -> bool:
        """A word pointing back to a district (``local_subjects`` ending with a district's
        suffix: 该区) stands after ``after``: the text goes on about the district named there."""
        words = [
            word
            for word in self.lexicon.local_subjects
            if word.endswith(self.lexicon.district_suffixes)
        ]
        return any(word in text[after:] for word in words)

    def _the_place_of_an_extreme(self, text: str, place: Place) -> bool:
        """The place is named right after a superlative, its measure and a word saying where it
        was (``extreme_place_marks``, ``extreme_point_marks``: 最大恢复点为甲区某村, 最大降雨量
        出现在乙区某镇): the place an extreme of the story was read at, by the district's short
        or full name.

        >>> from districts.facts.pipeline import Pipeline
        >>> attributor = Pipeline.from_data().extractor.attributor
        >>> text = "地下水位平均回升1.5米，最大恢复点为门头沟某村12.3米。"
        >>> attributor._the_place_of_an_extreme(text, attributor.place_mentions(text)[0])
        True
        >>> text = "最大的变化是门头沟区新建公园5处。"
        >>> attributor._the_place_of_an_extreme(text, attributor.place_mentions(text)[0])
        False
        """
        if self._extreme_place_re is None:
            return False
        start = _clause_start(text, place.start)
        return any(
            match.end() == place.start
            # 最大的变化是甲区…: no reading's extreme, whatever follows
            and not any(mark in match.group() for mark in self.lexicon.possessive_marks)
            for match in self._extreme_place_re.finditer(text, start, place.end)
        )

    def _named_once_as_an_example(self, text: str) -> bool:
        """The text's one district, named past its opening, right after a word that gives an
        example (``example_markers``: 如昌平区开展…专项行动), the text speaks of no district of
        its own (全区, 区委) and Beijing opens two of its clauses or more (北京市农村集体经济收入
        …, 全市…): a city's study citing one district's case.

        Why: a chapter on the city's village economy (北京市农村集体经济收入…, 全市…) citing
        one district's clean-up as the cause of a fall was taken for that district's, and the
        city's figures with it."""
        place = self._first_district_of_a_text_without_its_own(text)
        if place is None or place.start < _OPENING_LENGTH:
            return False
        if not text.endswith(self.lexicon.example_markers, 0, place.start):
            return False
        # Beijing as the subject of clauses, not only what the place is ranked in or a share
        # of (在全市名列前茅, 占全市的三成: a district's own story)
        acting = [
            city
            for city in self.place_mentions(text)
            if city.name == self.municipality
            and not self._city_as_baseline(text, city)
            and self._opens_a_clause(text, city)
        ]
        return len(acting) >= _CITY_ALONE_READINGS

    def _named_once_as_a_body(self, text: str) -> bool:
        """The text's one district, named past its opening, heads the name of a body or a firm
        (``organization_endings``, ``body_name_endings``: 海淀区物资回收公司在…设有自动回收机), and
        the text speaks of no district of its own (全区, 区委).

        Why: a city's review of its recycling (全市…, 本市…) that cites one district's firm was
        taken for that district's story, and every figure of the city with it."""
        place = self._first_district_of_a_text_without_its_own(text)
        if place is None or place.start < _OPENING_LENGTH:
            return False
        run = self._name_run_re.match(text, place.end)
        if run is None:
            return False
        endings = (*self.lexicon.organization_endings, *self.lexicon.body_name_endings)
        return any(ending in run.group() for ending in endings)

    def _named_once_in_a_city_bodys_story(self, text: str) -> bool:
        """The text's one district, named past its opening, after a body of the city opened a
        clause (``_city_body_acts``: 市消防局通报，当晚共检查…), and the text speaks of no
        district of its own (全区, 区委): a city body's report naming one district where a
        case of it happened (均在昌平区). Not where the story's one place lies (展示中心位于
        东城区: ``located_in_marks`` without ``shared_marks`` or ``lying_all_marks``).

        Why: a city fire brigade's night of inspections (全市高层建筑…, 市消防局通报…),
        ending "被拘留的5人均在某区", was taken for that district's story, and every figure
        of the city's inspections with it.

        >>> from districts.facts.pipeline import Pipeline
        >>> attributor = Pipeline.from_data().extractor.attributor
        >>> story = "昨天，市消防局通报，当晚共检查高层建筑241处。" * 15 + "被拘留的5人均在昌平区。"
        >>> attributor._named_once_in_a_city_bodys_story(story)
        True
        """
        place = self._first_district_of_a_text_without_its_own(text)
        if place is None or place.start < _OPENING_LENGTH:
            return False
        before = text[: place.start]
        # 展示中心位于东城区, 起火仓库位于大兴区: the story's one place, located; not what a
        # city's drive found, all of it (被拘留的5人均在昌平区, 查封的仓库全部位于…)
        cues = self.lexicon
        mark = longest_suffix(before, cues.located_in_marks)
        if mark and not before[: len(before) - len(mark)].endswith(
            (*cues.shared_marks, *cues.lying_all_marks)
        ):
            return False
        # 野鸭湖湿地…延庆区, 密云水库…密云区: a story of the district's own site, which names
        # the district only late (not a town named after it, where the case was: …均在昌平区。
        # …在东小口镇某村检查时; nor a place named after another district: 石景山某酒店)
        towns = self._townships_named(before)
        if any(self._township_of[town.group()] == place.name for town in towns):
            return False
        if any(name == place.name for _, name in self._named_after_places(before)):
            return False
        return self._city_body_acts(before)

    def _districts_only_listed(self, text: str, named: Counter[str]) -> str | None:
        """A note when a text naming Beijing names its districts only as items of lists of
        districts, or as the headings of a list's parts, each on a line of its own
        ("北京遭遇极端强降雨，密云、怀柔、延庆等多地…；驰援密云、怀柔、延庆等受灾区域"):
        no one of them is its subject, and a sentence naming no place speaks of the city
        (市地勘院派出应急调查队42组). None when any district stands alone somewhere, when fewer
        than three are named, when Beijing is not named, when no body of the city opens a
        clause (the districts' own joint story; a list headed by district needs none), or when
        the text speaks of a district of its own (全区, 两区).

        Why: the district listed first is no more the story's than the others; the tie went
        to it, and the city's figures with it."""
        places = self.place_mentions(text)
        districts = [place for place in places if place.name in self._district_names]
        headings = all(self._heads_its_line(text, place.start, place.end) for place in districts)
        fewest = 2 if headings else _CITYWIDE_DISTRICTS  # 东城 | 西城 heading a city's list
        if len(named) < 2 or self._speaks_of_its_district(text):
            return None  # 怀柔区与密云区签订…，两区还将…: the two districts' own story
        if self._one_open_list(text, districts) and (
            self._city_named(text) or self._a_city_body_is_the_source(text, len(text))
        ):
            # 记者从北京市园林绿化局获悉…门头沟、房山等7个工程区…: the districts examples of
            # more places, in a text of the city's
            return f"names {len(named)} districts, only as examples in one list: about Beijing"
        if len(named) < fewest:
            return None
        # three districts or more heading the rows of a table by district, each over its
        # figures, need no word of the city: the table is the city's by district (按区县分 over
        # 东城区 | 783.0 | 西城区 | 730.6 …); heading a story's lines with no figures under
        # them, they may be their own joint story (三区协同…)
        rows_of_a_city_table = (
            headings
            and len(named) >= _CITYWIDE_DISTRICTS
            and all(self._over_figures(text, place.end) for place in districts)
        )
        if not rows_of_a_city_table and not any(
            place.name == self.municipality and not self._city_as_baseline(text, place)
            for place in places
        ):
            return None
        marks = self.lexicon.enumeration_marks
        if not headings and not self._city_body_acts(text):
            return None  # 门头沟、房山、昌平签署…，打造北京西部文旅走廊: the districts' story
        for index, place in enumerate(districts):
            before = districts[index - 1] if index else None
            after = districts[index + 1] if index + 1 < len(districts) else None
            listed = (
                (before is not None and text[before.end : place.start] in marks)
                or (after is not None and text[place.end : after.start] in marks)
                # 东城 over its items, 西城 over its own: the heads of a city's list by district
                or self._heads_its_line(text, place.start, place.end)
            )
            if not listed:
                return None
        return f"names {len(named)} districts, only as items of lists of districts: about Beijing"

    def _one_open_list(self, text: str, districts: list[Place]) -> bool:
        """Every district the text names is an item of one list, left open after its last
        item (``list_open_words``: 门头沟、房山等7个工程区): the districts are examples of more
        places than the text names, none of them its subject.

        >>> from districts.facts.pipeline import Pipeline
        >>> attributor = Pipeline.from_data().extractor.attributor
        >>> text = "全市完成造林。门头沟区、房山等7个工程区已治理。"
        >>> listed = [p for p in attributor.place_mentions(text) if p.name != "北京市"]
        >>> attributor._one_open_list(text, listed)
        True
        >>> signed = "门头沟、房山签约。"
        >>> attributor._one_open_list(signed, attributor.place_mentions(signed))
        False
        """
        if len(districts) < 2:
            return False

        def without_suffix(between: str) -> str:  # 门头沟区、: the name's 区 is no mark
            return between[len(longest_prefix(between, self.lexicon.district_suffixes)) :]

        marks = self.lexicon.enumeration_marks
        if not all(
            without_suffix(text[before.end : after.start]) in marks
            for before, after in itertools.pairwise(districts)
        ):
            return False
        rest = without_suffix(text[districts[-1].end :])
        return rest.startswith(self.lexicon.list_open_words)

    def _over_figures(self, text: str, end: int) -> bool:
        """The first line after the one ending at or after ``end`` that holds anything but bars
        and spaces opens with a number: the name heads a row of figures set one cell a line."""
        line_end = text.find("\n", end)
        while line_end >= 0:
            next_end = text.find("\n", line_end + 1)
            line = text[line_end + 1 : len(text) if next_end < 0 else next_end]
            content = line.strip(" \t\u3000\r|\uff5c")
            if content:
                return bool(_FIGURE_OPENING_RE.match(content))
            line_end = next_end
        return False

    def _city_body_acts(self, text: str) -> bool:
        """Whether a body of the city opens a clause of the text (市地勘院启动…, 市排水集团…),
        perhaps after a word naming it as the source (``body_name_leads``: 据市园林绿化局统计).

        >>> from districts.facts.pipeline import Pipeline
        >>> attributor = Pipeline.from_data().extractor.attributor
        >>> attributor._city_body_acts("昨天，据市园林绿化局统计，游客达到93万人。")
        True
        """
        return self._city_body_clauses(text, most=1) >= 1

    def _city_body_clauses(self, text: str, most: int | None = None) -> int:
        """How many clauses of the text a body of the city opens (``_city_body_acts``), counted
        up to ``most``."""
        leads = self.lexicon.body_name_leads
        found = 0
        for match in _CLAUSE_START_RE.finditer(text):
            start = match.end()
            start += len(next((lead for lead in leads if text.startswith(lead, start)), ""))
            if self._opening_body(text[start : start + 12]) == self.municipality:
                found += 1
                if most is not None and found >= most:
                    break
        return found

    def _named_only_under_pictures(self, text: str, name: str) -> bool:
        """Whether every mention of the district ``name`` stands on a line marked as a picture's
        caption (``is_photo_caption``: a credit, 资料图片): "海淀区玉渊潭公园(资料图片)" in a
        city's story on its parks.

        Why: a city's story naming one district only under a file photo was given to that
        district, and its unnamed figures with it. Not when the body speaks of the district
        otherwise: by one of its sites or towns (雁栖湖), or as 该区, 当地."""
        found = False
        for position, district in self.district_mentions(text):
            if district != name:
                continue
            found = True
            if not self._on_a_caption_line(text, position):
                return False
        if any(word in text for word in self.lexicon.local_subjects):
            return False  # 该区今年新增…, 当地…: the district spoken of, in the body
        # its sites or towns named in the body (雁栖湖周边PM2.5…): the district spoken of
        if any(
            self._township_of.get(match.group()) == name
            and not self._on_a_caption_line(text, match.start())
            for match in self._townships_named(text)
        ):
            return False
        return found

    def _on_a_caption_line(self, text: str, position: int) -> bool:
        """The line holding ``position`` is a picture's caption (``is_photo_caption``)."""
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        return is_photo_caption(text[start : end if end >= 0 else len(text)], self.lexicon)

    def _named_only_in_captions(self, text: str, name: str) -> bool:
        """Whether every mention of the district ``name`` stands in a caption: a short line of
        its own, with no punctuation of a sentence and no number
        ("昌平公路沿线灾后巡查" under a photo of a city's story on its flood-season survey).

        Why: a photo's place is not the story's subject; a city's text naming one district only
        under its pictures is as if it named it once in passing."""
        lines = [(match.start(), match.group()) for match in re.finditer(r"[^\n]+", text)]
        # a caption stands under the body's first sentence, never in the headline's lines
        body = next((start for start, line in lines if _SENTENCE_END.search(line)), len(text))
        found = False
        for position, district in self.district_mentions(text):
            if district != name:
                continue
            found = True
            if position < body:
                return False
            caption = next(line for at, line in lines if at <= position < at + len(line)).strip()
            if len(caption) > _CAPTION_LONGEST or _NOT_IN_A_CAPTION.search(caption):
                return False
            if caption.endswith(self.lexicon.organization_endings):
                return False  # 怀柔区水务局 under a notice: who signs it, no photo's place
        return found

    def _city_headline_over_a_list(
        self, text: str, heading: str, headline: list[Place], named: Counter[str]
    ) -> str | None:
        """A note when the headline names Beijing (or a service of the city opens it) and no
        district, and the text names several
        districts, none more often than all the others together: a city's story listing its
        districts' shares ("北京市第三批改造名单涉及924个项目 … 东城79个、西城163个…",
        "北京98家园区获评… 东城、西城、朝阳、海淀四个中心城区占74家，其中位于朝阳区的…")
        gives Beijing's totals, and each district's figure where its item names it. None
        otherwise: fewer than three districts, a district named more often than the others
        together (what the story is about), or a text speaking of a district of its own
        ("北京这座山城…" over 延庆区…东邻怀柔区…全区森林覆盖率)."""
        # (北京消防：开展夏季消防安全大检查: the city's service, heading its story, names it)
        if not any(place.name == self.municipality for place in headline) and (
            self._opening_body(heading) != self.municipality
        ):
            return None
        if len(named) < _CITYWIDE_DISTRICTS or self._speaks_of_its_district(text):
            return None
        top = max(named.values())
        if top > sum(named.values()) - top:
            return None
        return (
            f"headline names Beijing; the text names {len(named)} districts, none more often "
            "than the others together: about Beijing"
        )

    def _city_story_passing_by(
        self,
        text: str,
        headline: list[Place],
        named: Counter[str],
        places_after: list[tuple[int, str]],
    ) -> str | None:
        """A note when the headline names Beijing and no district, the opening speaks of the
        city (全市, 本市: twice or more, not as a baseline), and one district is named, only in
        one paragraph after the opening, as are the places named after it (密云水库): a city's
        story passing by an event in one of its
        districts ("北京…电动自行车火灾…全市共发生…506起" and, further down, two fires in
        西城区) gives Beijing's figures, and the district's only where its sentences name it.
        None otherwise."""
        if not named or not any(place.name == self.municipality for place in headline):
            return None
        places = self.place_mentions(text, districts_only=True)
        if any(self._the_subject_lies_in(text, place) for place in places):
            return None  # 公园位于大兴区: the story's subject lies in the district
        positions = [place.start for place in places]
        positions += [position for position, _ in places_after]
        # a district named on its own (延庆区…, 平谷大桃…) in the paragraph after a short lead
        # may be what the story goes on about; named only as the start of a registry site's
        # name or right before one (密云水库, 密云古北水镇) it only locates the site, so the
        # lead alone is the opening
        locating = all(
            not text[place.start : place.end].endswith(self.lexicon.district_suffixes)
            and (
                self._township_re.match(text, place.start) is not None
                or self._continues_a_name(text, place.end)
            )
            for place in places
        )
        opening = self._opening_end(text) if locating else _OPENING_LENGTH
        if not positions or min(positions) < opening:
            return None
        if "\n" in text[min(positions) : max(positions)]:
            return None  # named in several paragraphs: what the story goes on about
        # after the headline's first word: its 北京 is already counted above
        if self._city_named(text, 1, opening) < 2:
            return None
        return (
            f"headline and opening speak of Beijing; {GROUP_JOINER.join(named)} named only in "
            "one later "
            "paragraph: about Beijing"
        )

    @staticmethod
    def _opening_end(text: str) -> int:
        """Where a story's opening ends: after ``_OPENING_LENGTH`` characters, or sooner at
        the end of its lead, the first paragraph long enough to be one (``_LEAD_LENGTH``), so
        that a short lead about Beijing ("…累计向北京市输水超过80亿立方米") and a second paragraph
        passing by a district's reservoir are two parts, not one opening."""
        start = 0
        while start < min(len(text), _OPENING_LENGTH):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if end - start >= _LEAD_LENGTH:
                return min(end, _OPENING_LENGTH)
            start = end + 1
        return min(len(text), _OPENING_LENGTH)

    def _the_subject_lies_in(self, text: str, place: Place) -> bool:
        """The story's subject is said to lie in ``place``: 公园位于大兴区, 位于大兴区的这座公园
        (a word pointing back, ``subject_pointers``, after 的); not 坐落于石景山区的北京冬奥公园
        or 位于门头沟的山峡段, one of the city's places described where it lies."""
        if not self._lies_in(text, place):
            return False
        marks = self.lexicon.possessive_marks
        mark = next((m for m in marks if text.startswith(m, place.end)), None)
        if mark is None:
            return True
        return text.startswith(self.lexicon.subject_pointers, place.end + len(mark))

    def _city_facility_in_a_district(self, text: str, named: Counter[str]) -> str | None:
        """A note when the headline names no district and the text names one district only as
        where a facility named after the city lies (位于大兴区南六环外的“北京市救灾储备仓库”,
        perhaps in a lead printed twice), and Beijing as a subject twice or more: the story of
        the city's facility, whose figures (市级物资储备总量…, 2013年将投资1亿元) are the
        city's, not those of the district it stands in. None otherwise.

        Why: a district named once makes a document its own (a park lying in it), so the
        city's reserves were filed under the district its warehouse stands in."""
        if len(named) != 1:
            return None
        places = self.place_mentions(text, districts_only=True)
        if not places or not all(self._locates_a_city_facility(text, p) for p in places):
            return None
        if self._city_named(text) < 2:
            return None
        return f"{places[0].name} named only where a facility of Beijing lies: about Beijing"

    def _locates_a_city_facility(self, text: str, place: Place) -> bool:
        """``place`` follows a word of where something lies (位于), and the city's name comes
        later in its clause: 位于大兴区南六环外的“北京市救灾储备仓库”."""
        if not self._after_a_located_in_mark(text, place.start):
            return False
        clause_end = _clause_end(text, place.end, len(text))
        return any(
            other.name == self.municipality
            for other in self.place_mentions(text, place.end, clause_end)
        )

    def _city_as_baseline(self, text: str, place: Place) -> bool:
        """全市 as the measure a district is compared with or ranked in (居全市第一, 高于全市,
        占全市, 全市平均水平), not as the subject of a statement."""
        cues = self.lexicon
        before = text[max(0, place.start - _CITY_CUE_REACH) : place.start]
        after = text[place.end : place.end + _CITY_CUE_REACH]
        return before.endswith(cues.city_baseline_before) or after.startswith(
            cues.city_baseline_after
        )

    def document_subject(self, text: str, main: str) -> str:
        """Whose figures a document gives where a sentence names no place: ``main``, or a
        combined area holding it that the text names more often than the district itself
        (a bulletin of "新区", defined as 甲区 and its development zone together)."""
        named = Counter(name for _, name in self.district_mentions(text))
        return self.areas.subject(text, main, named)

    def _named_inside_names(self, text: str) -> str | None:
        """Last resort for a district's own report that names its district only inside slogans
        and compound names ("深耕‘六个甲’", "新甲新国门") and otherwise speaks of 全区, 区委,
        区政府: that one district is the document's. Never when two or more districts are named
        so (a comparison, a list), when the document speaks of no district body, or when the
        only occurrences are idioms holding a district's name (朝阳产业, 大兴土木).
        """
        if self._alias_re is None or not self._speaks_of_its_district(text):
            return None
        named: set[str] = set()
        for match in self._alias_re.finditer(text):
            if self._names_a_medium(text, match.end()):
                continue  # 某某日报: the publisher
            if self._inside_an_idiom(text, match):
                continue
            named.add(self._alias_owner[match.group()][0])
        return named.pop() if len(named) == 1 else None

    def _speaks_of_its_district(self, text: str, *, ambiguous: bool = True) -> bool:
        """The text speaks of a district of its own without naming it: 全区, 我区, 区委 (not
        区域内 after a region beyond Beijing was named: ``district_wide_or_a_region``, the
        region's "within the region"). Not every district's bodies (联动…各区政府: a city's
        text), nor a body joined to the city's tier (市级行政机关和区政府), nor a word whose 区
        ends an area's noun (小区内, 园区内, 社区委员会: ``area_nouns``) or a place's name
        (城八区内), nor a district's body as the agent of a scheme in a text where the whole
        city acts (全市…投入达5.2亿元，…由区政府组织实施: ``body_agent_leads``). Without
        ``ambiguous``, the words as often of any area as of a district
        (``district_wide_or_a_region``: 区域内) are not read."""
        cues = self.lexicon
        words = (*cues.district_wide, *cues.self_references, *cues.district_bodies)
        if not ambiguous:
            words = tuple(word for word in words if word not in cues.district_wide_or_a_region)

        @functools.cache
        def city_acts() -> bool:
            return self._whole_city_acts(text)

        @functools.cache
        def first_region() -> int:
            # where a region beyond Beijing is first named (京津冀及周边地区…): a later 区域内
            # is its
            places = self.place_mentions(text)
            return min((p.start for p in places if p.name in self._outside_names), default=-1)

        @functools.cache
        def inside_a_name() -> frozenset[int]:
            # 城八区内, 中心城区内: the 区 of a group's or a district's name, no word of its own
            return frozenset(
                at for place in self.place_mentions(text) for at in range(place.start, place.end)
            )

        every = cues.chart_scope.get("every_district_words", ())
        matches = any_of(every).finditer(text) if every else ()
        every_district = {at for match in matches for at in range(match.start(), match.end())}
        for word in words:
            position = text.find(word)
            while position >= 0:
                in_a_noun = any(
                    text.startswith(noun, position + 1 - len(noun)) for noun in cues.area_nouns
                )
                generic = text[max(0, position - _GENERIC_LEAD) : position].endswith(
                    cues.generic_area_leads
                )  # 一定区域内: any area, in a measure's definition
                # 各区已对辖区内的河道…: each district's own, in a city's text (not 辖区内 alone,
                # a district's police or street speaking of its own)
                each_ones = any(
                    at in every_district for at in range(_clause_start(text, position), position)
                )
                # 全市…年投入达5.2亿元…由区政府组织实施: where the whole city acts, a district
                # body as the agent of its scheme is any district's, not the text's own (not
                # 区政府召开…: a district's body acting, in its own report)
                agent = (
                    word in cues.district_bodies
                    and text.endswith(cues.body_agent_leads, 0, position)
                    and city_acts()
                )
                regional = word in cues.district_wide_or_a_region and 0 <= first_region() < position
                if (
                    position not in every_district
                    and not in_a_noun
                    and not generic
                    and not each_ones
                    and not agent
                    and not regional
                    and not self._beside_the_city_tier(text, position)
                    and _cut_at_either_end(text, position, position + len(word))
                    and position not in inside_a_name()
                ):
                    return True
                position = text.find(word, position + 1)
        return False

    def _beside_the_city_tier(self, text: str, position: int) -> bool:
        """A district body joined to the city's tier (市级行政机关和区政府绩效考评, 市委和区委):
        both tiers of government in general, not a district of the text's own."""
        cues = self.lexicon
        if not text.endswith(cues.tier_joiners, 0, position):
            return False
        clause_start = max(text.rfind(mark, 0, position) for mark in _CLAUSE_MARKS) + 1
        return any(word in text[clause_start:position] for word in cues.city_tier_words)

    def _about_the_city(self, text: str, headline: str) -> bool:
        """A document that names no district, does not speak of a district of its own (我区,
        全区, 区委) and names Beijing in its headline (by name: 北京, not 全市), or at least
        twice anywhere, or whose clauses a body of the city opens at least twice (北京排水集团
        维持…；北京排水集团40座泵站…), is about Beijing as a whole ("2023年北京市生态服务价值
        监测公报", "北京湿地面积已达…"): its figures are the city's, kept out of the district
        charts, instead of being dropped with the document."""
        city = self.municipality
        # 区域内 alone is no district's own text where Beijing is the subject again and again
        # (…北京全市生态环境质量…；绿视率主要表征区域内人视野范围里…: a measure's definition)
        often = self._city_named(text) >= _CITY_OVER_AN_AREA_WORD
        if self._speaks_of_its_district(text, ambiguous=not often):
            return False  # a district's own text that does not name it
        if any(bureau in headline for bureau in self.lexicon.district_bureaus):
            return False  # 来源：区统计局: a district's own release

        def named(part: str) -> tuple[int, int]:
            # Beijing as a subject, and as the scope of a first (成立全市首个…专班, 全市首家): a
            # district's report boasting names the city only so; 全市第一产业 is the city's
            mentions = self.place_mentions(part)
            places = [place for place in mentions if place.name == city]
            firsts = sum(
                1 for place in places if part.startswith(self.lexicon.scope_of_a_first, place.end)
            )
            # 北京CBD (site_acronyms): a site named after the city names the city too
            sites = sum(
                1
                for place in mentions
                if place.name != city
                and part[place.start : place.end].endswith(self._site_acronym_words)
            )
            return len(places) - firsts + sites, firsts

        titled = any(name in headline for name in self.lexicon.municipality_bare)
        subject, firsts = named(text)
        return (
            (titled and named(headline)[0] > 0)
            or subject >= 2
            or (subject >= 1 and subject + firsts >= 2)
            or (
                # 北京消防 over 全市消防救援队伍调集…: Beijing in the headline, even inside a
                # name, and the whole city acting; or the city's bodies named
                self._whole_city_acts(text) and (titled or self._city_bodies_named(text) >= 1)
            )
            # 北京排水集团维持防汛四级响应…；北京排水集团40座泵站启动抽升…: a city's body (or
            # service) the subject of clause after clause
            or (
                self._city_body_clauses(text, most=_CITY_BODY_CLAUSES) >= _CITY_BODY_CLAUSES
                # …and the lead is the body's (记者从北京排水集团了解到…): not a town's or a
                # centre's story quoting two city bureaus (某社区卫生服务中心开诊。市卫健委…)
                and (
                    self._a_city_body_is_the_source(text, lead_end := self._lead_end(text))
                    or self._city_body_acts(text[:lead_end])
                )
            )
        )

    def _whole_city_acts(self, text: str) -> bool:
        """The whole city (``municipality_subjects``: 全市, 本市) opens a clause as its subject,
        not as a baseline (占全市…的10%): "今年，全市校舍抗震加固工程涉及512所学校"."""
        return any(
            place.name == self.municipality
            and text.startswith(self.lexicon.municipality_subjects, place.start)
            and self._opens_a_clause(text, place)
            and not self._city_as_baseline(text, place)
            for place in self.place_mentions(text)
        )

    def _city_bodies_named(self, text: str) -> int:
        """How often the city's bodies are named (北京市教委表示…): no mention of Beijing's
        own figure, which is why ``place_mentions`` skips them, but in a text naming no
        district at all they say whose story it is, with the whole city acting in it
        (``_whole_city_acts``): "北京市教委表示，…今年，全市校舍抗震加固工程涉及512所学校" is the
        city's, and its figures were dropped with the document; "北京市科委表示，某公司研发投入
        5亿元，占全市同类企业的10%" stays no one's."""
        return sum(
            1
            for match in self._other_place_re.finditer(text)
            if self._other_place_owner[match.group()] == self.municipality
            and self._names_an_organization(text[match.end() : match.end() + 10])
        )

    def _headline_of_the_nation(self, headline: str) -> bool:
        """A text naming no district whose headline opens with the nation as its subject
        ("我国独角兽企业已超360家", "全国已建成…") is a national story: its figures are the
        nation's, and Beijing's only where a sentence names Beijing ("北京以114家的数量位居全国
        首位"), not every figure of the report because its dateline says 新华社北京.
        Never a title or an award opening the line (全国文明城区: ``place_title_heads``), nor
        a superlative, a first or a national event (全国最大的…, 全国首个…在京揭牌, 全国两会…)."""
        for line in headline.splitlines():
            line = line.strip()
            nation = longest_prefix(line, self.lexicon.nation_subjects)
            if not nation or self._names_a_title(line, len(nation)):
                continue
            if line[len(nation) :].startswith(self.lexicon.nation_headline_not_subject):
                continue  # 全国最大的…, 全国首个…在京揭牌, 全国两会…: no national figure follows
            return True
        return False

    def _area_subject(self, text: str, headline: str) -> str | None:
        """A document that names no district but an area that is none (a development zone:
        "北京经开区经济总量迈上四千亿台阶") is about that area: the one its headline names, else
        the one it names most, at least twice. Its figures are the area's, kept out of the
        district charts as Beijing's are, instead of being dropped with the document.
        Never a combined area or a name the text defines for a district."""
        areas = self.areas.area_names
        titled = [p.name for p in self.areas.places(headline) if p.name in areas]
        if titled:
            return titled[0]
        counts = Counter(p.name for p in self.areas.places(text) if p.name in areas)
        if not counts:
            return None
        name, count = counts.most_common(1)[0]
        return name if count >= _AREA_SUBJECT_MENTIONS else None

    def _scope_of_a_superlative(self, heading: str, place: Place, text: str) -> bool:
        """A group of districts in a headline right before a superlative or a first
        (``superlative_words``, ``scope_of_a_first``: 北京核心区最大消防站开工建设, 核心区首个口袋
        公园群…) over a text that names one district, and no other, by its full name: the scope of
        the thing's distinction, whose story is that district's (西城区…), not the group's. Not
        a group's own story: 生态涵养区前三季度…, 平原新城首季…, 城六区最高气温…, 生态涵养区最美
        乡村揭晓 (门头沟区、怀柔区…) name no district, or several."""
        line_end = heading.find("\n", place.end)
        # (核心區(qū)最大: the headline is read in the original, its pinyin readings kept)
        start = pinyin_reading_end(heading, place.end)
        rest = heading[start : line_end if line_end >= 0 else len(heading)]
        superlatives = tuple(self.lexicon.page_cues.get("superlative_words", ()))
        distinctions = (*superlatives, *self.lexicon.scope_of_a_first)
        if not rest.startswith(distinctions):
            return False
        named = {
            mention.name
            for mention in self.place_mentions(text, districts_only=True)
            if mention.end - mention.start > len(mention.name)
        }
        return len(named) == 1

    def _areas_as_subjects(self, text: str) -> list[NamedPlace]:
        """The mentions of areas that are no district (``non_district_areas``) that may name
        what a text is about. A zone named only as a frame (right before one of its parks'
        names, 中关村示范区某某科技园; as the whole a share is of, 占中关村示范区利润总额的6.1%)
        and never as the subject of a figure of its own, in a text that names a district by
        its full name (位于北京市朝阳区的某某科技园), frames a park's story: its frame mentions
        do not count. A zone's own report gives figures of the zone (中关村示范区总收入4.2万亿元)
        and keeps every mention, however often its parts' shares are set against it."""
        areas = self.areas.area_names
        zones = [place for place in self.areas.places(text) if place.name in areas]
        if not any(
            place.end - place.start > len(place.name)
            for place in self.place_mentions(text, districts_only=True)
        ):
            return zones
        shares = self.lexicon.forms.share_verbs
        framing = [
            place
            for place in zones
            if text[max(0, place.start - _BASELINE_LEAD) : place.start].endswith(shares)
            or self._heads_a_park_name(text, place.end)
        ]
        if any(
            self._figure_in_its_clause(text, place.end) for place in zones if place not in framing
        ):
            return zones  # the zone the subject of a figure of its own
        return [place for place in zones if place not in framing]

    def _heads_a_park_name(self, text: str, at: int) -> bool:
        """Whether a park's name (ending in ``zone_park_endings``) follows ``at`` right away,
        within a few characters and no punctuation but brackets (电子城(600658)科技园), and the text
        names that park again on its own (电子城拥有…): the story's subject. Not 经开区今年新建
        公园12个, 经开区新城建设加快 (words going on, not a name the text returns to)."""
        following = text[at : at + _PARK_NAME_LONGEST]
        cut = next((i for i, char in enumerate(following) if char in _CLAUSE_SPLIT_MARKS), None)
        following = following[:cut]
        ends = [
            found + len(ending)
            for ending in self.lexicon.zone_park_endings
            if (found := following.find(ending)) > 0
        ]
        if not ends:
            return False
        name = following[: min(ends)]  # the shortest name: 电子城, not 电子城(600658)科技园
        return text.find(name, at + len(name)) >= 0

    def _area_named_most(self, text: str, named: Counter[str]) -> tuple[str, str] | None:
        """The area of its own (a zone with its own statistics: ``non_district_areas``) and a
        note, when a document whose headline names no district names that area at least
        ``_AREA_OVER_DISTRICTS`` times as often as any district, and more often than Beijing:
        a report of the 中关村 zone ("中关村示范区上半年总收入…；从地区看，海淀园…，其次为
        朝阳园…") is the zone's, its parks' figures each their district's where a clause names
        one. Not when a district is named before the zone, nor when the text speaks of a
        district of its own (全区, 区内). None otherwise.

        Why: the district named first (through its park, once) took the story, and every
        figure of the zone with it."""
        zones = self._areas_as_subjects(text)
        counts = Counter(p.name for p in zones)
        if not counts:
            return None
        name, count = counts.most_common(1)[0]
        most = max(named.values(), default=0)
        if count < max(_AREA_SUBJECT_MENTIONS, _AREA_OVER_DISTRICTS * most):
            return None
        if self._city_named(text) >= count:
            return None  # 全市…, 本市…: the city's story, passing by the zone
        first_zone = min(p.start for p in zones if p.name == name)
        first_district = next(iter(self.district_mentions(text)), None)
        if first_district is not None and first_district[0] < first_zone:
            return None  # 海淀区推进…，区内中关村示范区企业…: the district's story of its zone
        if self._speaks_of_its_district(text):
            return None  # 全区, 区内, 该区: a district's own story
        return name, f"names {name} {count} times, no district more than {most}: about {name}"

    def _group_named_most(
        self, text: str, named: Counter[str], city_headline: list[Place] | None = None
    ) -> tuple[str, str] | None:
        """The group of districts (生态涵养区, 城六区) and a note, when a document whose
        headline names no place names that group at least ``_GROUP_SUBJECT_MENTIONS`` times,
        ``_AREA_OVER_DISTRICTS`` times as often as any district, more often than Beijing as a
        subject and twice as often as any other group: a story of the 生态涵养区 bill ("让看山护林
        保水的人增收", then 生态涵养区 ten times, 北京 eight, its member districts once or twice
        each) is the group's. Not when the text speaks of a district of its own (全区, 区内;
        区域内 is as much the group's area), names a district before the group (a district's
        story set in its group), or has a headline naming Beijing but not the group
        (``city_headline``, the headline's places when it names Beijing: 北京市空气质量月报 over
        城六区… is the city's); nor a text naming a place beyond Beijing (``other_regions``:
        西安市城六区, 广州北部生态涵养区: other cities' groups), nor one giving Beijing's own
        figure before it names the group (全市生态保护红线面积4290平方公里…。其中，生态涵养区…).

        Why: with groups read only from the headline, the group's story went to Beijing, and
        every figure of it with it."""
        counts = Counter(self.group_mentions(text))
        if not counts:
            return None
        (name, count), *others = counts.most_common()
        if city_headline is not None and not any(p.name == name for p in city_headline):
            return None  # 北京市空气质量月报: the city's report, the group one of its parts
        places = self.place_mentions(text)
        if any(p.name in self._outside_names for p in places) or any(
            region in text for region in self.lexicon.other_regions
        ):
            return None  # 重庆渝东北生态涵养发展区, 西安市城六区: another city's group
        cities = [
            p.start
            for p in places
            if p.name == self.municipality and not self._city_as_baseline(text, p)
        ]
        first_group = min(p.start for p in places if p.name == name)
        # (北京5座平原新城: a count of the group's members is no figure of the city's)
        before_group = first_group - self._count_of_members_before(text, first_group)
        if cities and cities[0] < first_group and self._a_figure_in(text, cities[0], before_group):
            return None  # 全市红线面积4290平方公里。其中，生态涵养区…: the city's whole first
        first_district = next(iter(self.district_mentions(text)), None)
        if first_district is not None and first_district[0] < first_group:
            return None  # 密云…生态涵养区…: the district's story, set in its group
        most = max(named.values(), default=0)
        if count < max(_GROUP_SUBJECT_MENTIONS, _AREA_OVER_DISTRICTS * most):
            return None
        if others and others[0][1] * 2 > count:
            return None  # 城六区…生态涵养区…平原新城: a comparison of groups, the city's
        if self._city_named(text) >= count:
            return None  # 全市…, 本市…: the city's story, passing by the group
        if self._speaks_of_its_district(text, ambiguous=False):
            return None  # 全区, 区内, 该区: a district's own story (区域内: the group's area too)
        return name, f"names {name} {count} times, no district more than {most}: about {name}"

    def _count_of_members_before(self, text: str, at: int) -> int:
        """The length of a count in digits and a classifier written straight before the group
        named at ``at`` ("北京5座平原新城": 5座), else 0: the number of the group's members."""
        match = self._members_count_re.search(text, max(0, at - _MEMBERS_COUNT_REACH), at)
        return len(match.group()) if match else 0

    @functools.cached_property
    def _members_count_re(self) -> re.Pattern[str]:
        return re.compile(f"[0-9]+(?:{alternation(self.lexicon.counted_thing_classifiers)})$")

    def _headline_opener(self, headline: str) -> str | None:
        """A short name that needs its suffix elsewhere, opening a headline and followed by a
        verb ("朝阳加快建设…", "北京大兴推进…"): the story's subject. In running text 朝阳产业,
        大兴土木 keep the suffix rule. Also the headline proper after a kicker a space sets
        apart ("扩容“朋友圈” 北京大兴建设…"), where the word after the name must be a verb or
        an adverb (not 朝阳等区, 朝阳与海淀), and never a source line (来源： 朝阳发布)."""
        for line in headline.splitlines():
            parts = line.split()
            for index, part in enumerate(parts):
                if index and parts[index - 1].endswith((":", "：")):
                    continue  # 来源： 朝阳发布: who published it
                name = self._opening_name(part, strict=index > 0)
                if name is not None:
                    return name
        return None

    def _opening_name(self, part: str, *, strict: bool) -> str | None:
        """The district whose short name opens ``part`` (after Beijing's name) before a word
        that is no noun (``strict``: a verb or an adverb), else None."""
        part = part.strip()
        part = part.removeprefix(longest_prefix(part, self.lexicon.municipality_bare))
        for text, (name, needs_suffix) in self._alias_owner.items():
            if needs_suffix and part.startswith(text):
                if part.startswith(self.lexicon.district_name_idioms) or self.opens_a_site_name(
                    part, 0
                ):
                    # 北京大興國際機場即將啟用: a registry site's name, which places the text by
                    # itself, or an idiom holding the district's (district_name_idioms)
                    continue
                rest = part[len(text) :]
                if not rest[:1] or _starts_with_a_noun(rest[:6]):
                    continue
                if strict and not pos_tags(rest[:6])[0][1].startswith(_PREDICATE_FLAGS):
                    continue
                return name
        return None

    def is_municipal_total(self, text: str, term_start: int, quantity: Quantity) -> bool:
        """ "高于全市森林覆盖率47.1%": a total of Beijing's, named right before its term.

        Not a share of Beijing's total ("占全市总面积的17%": the number follows the term
        after a possessive), and never a rank (全市第一 ranks the district).
        """
        if quantity.kind == "rank":
            return False
        if term_start > quantity.start:
            # "培育100家北京市“专精特新”企业", "3个全市重点项目": the city after a count names
            # the kind of thing counted (a title it grants, a list it keeps), not the owner
            return False
        if self._township_re.match(text, term_start):
            return False  # 北京市奥林匹克森林公园接待游客…: the site's figure (_site_subject)
        before = text[max(0, term_start - 5) : term_start]
        for mark in self.lexicon.possessive_marks:
            before = before.removesuffix(mark)
        subject = longest_suffix(before, self.lexicon.municipality_subjects)
        if not subject:
            return False
        lead = before[: len(before) - len(subject)]
        if lead.endswith(self.lexicon.forms.share_verbs):
            # "占北京市的比重为6.9%": the district's share of Beijing, not a figure of Beijing's
            # ("高于全市森林覆盖率47.1%" is Beijing's)
            return False
        between = text[term_start : quantity.start]  # the term, up to the number
        if (
            lead.endswith(self.lexicon.toward_the_city_marks)
            and any(word in between for word in self.lexicon.contribution_words)
            and self._district_named_before(text, term_start)
        ):
            return False  # "朝阳区…，对全市的增量贡献率达27.8%": its part toward Beijing's
        return not any(mark in between for mark in self.lexicon.possessive_marks)

    def _district_named_before(self, text: str, at: int) -> bool:
        """Whether one district opens a clause of the sentence before ``at``, and no other
        is named there: then a contribution toward Beijing's total is
        its own ("今年1-7月，朝阳区实现…，对全市的增量贡献率达27.8%"). A sector's (服务业对全市
        的贡献率), a pair's (海淀、朝阳两区…) or one named as a place (市领导在朝阳区调研时指出，
        科技创新对全市的贡献率…) is not."""
        start = statement_start(text, at, FULL_STOPS)
        named = [p for p in self.place_mentions(text, start, at) if p.name in self._district_names]
        if len({p.name for p in named}) != 1:
            return False
        clause_starts = [
            start,
            *(i + 1 for i in range(start, at) if text[i] in _CLAUSE_SPLIT_MARKS),
        ]
        city = (*self.lexicon.municipality_subjects, *self.lexicon.municipality_bare)
        # any clause of the sentence: its run of figures (实现…1422.5亿元，同比增长5.1%，占全市
        # 19.6%，对全市的增量贡献率…) goes on about the district that opened it
        return any(
            opening <= p.start and text[opening : p.start].strip() in ("", *city)
            for p in named
            for opening in clause_starts
        )  # 北京朝阳区实现…: the city's name before the district's is part of it
