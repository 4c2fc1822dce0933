"""Which district one number is about: ``district_rules``, asked in order, each a named
rule over one ``Placing`` (the number in its context).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from districts.catalog import GROUP_JOINER
from districts.facts.not_facts import counts_a_district_noun
from districts.facts.numbers import CHINESE_NUMERAL_CHARS, parse_chinese
from districts.facts.phrases import (
    BRACKETED_NOTE_RE,
    SECTION_NUMBER,
    alternation,
    any_of,
    longest_prefix,
    longest_suffix,
)
from districts.facts.words import pos_tags
from districts.text.split import MAX_PARAGRAPH, SEMICOLONS, Span, statement_start

if TYPE_CHECKING:
    pass
from districts.facts.attribute.common import (
    _AGENCY_NAME_REACH,
    _AREA_WORD_REACH,
    _BARE_PREDICATE,
    _BASE_LEAD_REACH,
    _CLAUSE_MARKS,
    _CLAUSE_SPLIT_MARKS,
    _CLOSING_QUOTES,
    _COMMAS,
    _DESCRIBED_REACH,
    _DESTINATION_REACH,
    _DISTRICT_WIDE_REACH,
    _EACH_KINDS,
    _EXTREME_PLACE_REACH,
    _HAN_RUN_RE,
    _ITEM_LINE_ENDS,
    _LYING_NAME_REACH,
    _MAX_HEADING,
    _NUMBER_RE,
    _NUMBER_START_RE,
    _OPENING_QUOTES,
    _READING_KINDS,
    _REGION_NAME_LENGTH,
    _RESTATED_IN_BRACKETS_RE,
    _SECTION_REACH,
    _SENTENCE_END,
    _SENTENCE_MARKS,
    _SHARE_GAP,
    _SPEECH_MARKS,
    _SPEECH_QUOTES,
    _STATION_NAME_REACH,
    _TABLE_ROW,
    _TEMPERATURE_KIND,
    _TITLE_QUOTES,
    _TITLE_TAIL,
    _TOWN_BACK_REACH,
    _VERB_REACH,
    _clause_before,
    _clause_end,
    _clause_start,
    _close_of_its_bracket,
    _count_in_words,
    _count_of,
    _first_clause_end,
    _holds_a_digit,
    _joined_by_semicolons,
    _labelled_field,
    _last_cue_in_its_clause,
    _organization_length,
    is_photo_caption,
)
from districts.facts.attribute.placing import DistrictDecision, Place, Placing, _rule_name

# How long the kind of the examples between 等 and their count may be (等城市休闲公园18处)
_EXAMPLES_KIND_REACH = 8
_BRACKET_REACH = 4  # characters before a clause that may hold a closing bracket and a comma
# A sentence pointing back (这是甲区…): how far its opening word reaches, how soon the district
# follows it, and what may stand between the sentence before and it.
_OPENER_REACH = 4
_LIST_ITEM_REACH = 8  # how far before 等 a list's last item (北京市石景山区) may start
_BACK_NAME_REACH = 8
_LIST_ITEM_GAP = 4  # an unknown item's length between two districts of a list (、开发区、)
_OWN_AREA_GAP = 1  # characters between a place and 区内 that still make its area (门头沟辖区内)
_SPACES_AND_QUOTES = " \u3000\n\t”’\"'」』"


def _past_spaces_and_quotes(text: str, start: int, end: int) -> int:
    """The first position from ``start`` (before ``end``) that is no space nor closing quote."""
    while start < end and text[start] in _SPACES_AND_QUOTES:
        start += 1
    return start


class DistrictRules:
    """Which district one number is about: ``district_rules``, asked in order, each a named
    rule over one ``Placing`` (the number in its context).
    """

    def district_of(self, placing: Placing) -> str:
        """The place a fact is about: the first rule of ``district_rules`` that decides.

        Every rule reads one ``Placing`` (the number in its ``Context``) and returns a place,
        or None to let the next rule decide; the last always decides (the document's main
        district when nothing else does).
        """
        for rule in self.district_rules():
            place = rule(placing)
            if place is not None:
                return place
        raise AssertionError("the last district rule always decides")  # pragma: no cover

    def district_rules(self) -> tuple[Callable[[Placing], str | None], ...]:
        """Which district? The rules in the order they are asked."""
        return (
            self._respectively,
            self._sites_respectively,
            self._paired_lists,
            self._bracketed_or_level,
            self._extreme_at_place,
            self._municipal_total,
            self._owner_of_a_set,
            self._size_of_a_batch,
            self._self_reference,
            self._district_beside_an_outside_place,
            self._count_of_districts,
            self._count_of_cities_listed,
            self._count_of_a_national_title,
            self._examples_across_districts,
            self._system_of_a_body,
            self._regions_listed_together,
            self._urban_average,
            self._clause_subject,
            self._city_right_before,
            self._region_right_before,
            self._site_subject,
            self._town_referred_back,
            self._segment_subject,
            self._city_stretch,
            self._national_count,
            self._district_wide,
            self._earlier_clause,
            self._plural_reference,
            self._named_next_as_this,
            self._quoted_from_a_body_of_the_city,
            self._whole_of_a_part,
            self._previous_sentence_subject,
            self._part_of_the_citys_figure_before,
            self._paragraph_opener,
            self._region_opening_the_paragraph,
            self._district_paragraph_of_a_city_story,
            self._section_heading,
            self._main_district,
        )

    def district_decision(self, placing: Placing) -> DistrictDecision:
        """Which rule decided ``districts_of`` and the other places the later rules would have
        given (asked only to explain: every rule runs)."""
        quantity = placing.quantity
        shared = self._shared_value(placing)
        rules = self.district_rules()
        answers = [(_rule_name(rule), rule(placing)) for rule in rules]
        if shared:
            decided, places, later = "shared_value", tuple(shared), answers
        else:
            at = next(i for i, (_, place) in enumerate(answers) if place is not None)
            decided, places, later = answers[at][0], (answers[at][1] or "",), answers[at + 1 :]
        set_aside: dict[str, str] = {}
        for name, place in later:
            if place is not None and place not in places and place not in set_aside.values():
                set_aside[name] = place
        return DistrictDecision(
            quantity.start, quantity.end, decided, places, tuple(set_aside.items())
        )

    def _extreme_at_place(self, placing: Placing) -> str | None:
        """Where an extreme was measured, when a district with a place in it follows the
        superlative: "城区最大为朝阳某庄的48.7毫米", "最大降水量在密云某峪，达到412.5毫米" are
        朝阳's and 密云's, not the subject's (城区, 全市). A city's rain report names its
        stations this way, the district's bare name before the village (so 朝阳 needs no 区
        here). Only for the first value after the district, within the sentence, with no other
        place, no 全区/我区/全市 and no other number (dates and hours aside) between them:
        "最高为海淀区的…，其次为朝阳区的28.4" and "…的48.7毫米，全区平均降水20.1毫米" leave the
        later value to the next rules. Not an idiom holding a district's name (朝阳产业).
        A place beyond Beijing stands there too (最大降雨出现在某省某市某庄，为412.6毫米): the
        value is that province's, not the story's district's, for a reading of weather or water
        only (``outside_extreme_readings``), named in the superlative or before it in its clause
        (降雨量最大的是某省某村，为412.6毫米)."""
        if self._extreme_place_re is None or self._alias_re is None:
            return None
        text, sentence, quantity = placing.text, placing.sentence, placing.quantity
        found = None
        for match in self._extreme_place_re.finditer(text, sentence.start, quantity.start):
            found = match  # the last before the number
        if found is None:
            return None
        alias = self._alias_re.match(text, found.end())
        owner = self._alias_owner[alias.group()][0] if alias else None
        if alias is not None and self._inside_a_street_name(text, alias.start(), alias.end()):
            return None  # 最大雨量朝阳门站
        if alias is not None and text.startswith(self.lexicon.route_suffixes, alias.end()):
            return None  # 客流最大站点昌平线某站: a line named after the district, no place
        if alias is None:
            alias = self._outside_word_re.match(text, found.end())
            if alias is not None:
                name = alias.group("word")
                owner = self._other_place_owner[name] if name else alias.group("province")
            # the reading may stand inside the superlative (最大降雨出现在) or open its clause
            # (降雨量最大的是)
            measured = text[max(sentence.start, _clause_start(text, found.start())) : found.end()]
            if alias is not None and not any(
                word in measured for word in self.lexicon.outside_extreme_readings
            ):
                return None  # 外迁去向最多的是河北省，为120家: the district's own count
        if alias is None or alias.end() > quantity.start:  # pragma: no cover - the lookahead
            return None
        if text.startswith(self.lexicon.district_name_idioms, alias.start()):
            return None  # 规模最大的是朝阳产业集群: an idiom, no place
        between = text[alias.end() : quantity.start]
        if len(between) > _EXTREME_PLACE_REACH or any(
            place.name != owner  # 河北省邢台市: the same place, more closely
            for place in self.place_mentions(text, alias.end(), quantity.start)
        ):
            return None
        # a number between them other than a date's or an hour's (7日20时至21时) is the
        # extreme's, and the value after it someone else's
        other_number = self.lexicon.date_patterns["number_not_a_date"]
        restated = _RESTATED_IN_BRACKETS_RE.search(between)
        if restated is not None:
            # 为21.2米/秒(9级): the extreme's value again on another scale, in brackets
            between = between[: restated.start()]
        if self._scope_words.search(between) or other_number.search(between):
            return None  # "…朝阳某庄的48.7毫米，全区平均降水20.1毫米": the next value is not
        return owner

    def _owner_of_a_set(self, placing: Placing) -> str | None:
        """A count whose noun closes with "one of" (之一) counts a set the subject belongs to:
        the set is the place's named before the count in its clause, not the subject's.
        "长子营湿地是北京市规划建设的15处重点湿地公园之一" gives Beijing 15 wetland parks, not
        the district its one park is in. Only a noun run to the mark (no other number or
        clause between), and the place nearest before the count with no number between."""
        if not self._set_membership_re:
            return None
        text, quantity, clause = placing.text, placing.quantity, placing.clause
        closing = self._set_membership_re.match(text, quantity.end, clause.end)
        if closing is None:
            return None
        places = [
            (place.start, place.end, place.name)
            for place in self.place_mentions(text, clause.start, quantity.start)
        ]
        # the nation's sets too: 怀柔区是全国50个国家级生态示范区之一
        for word in self.lexicon.nation_subjects:
            at = text.rfind(word, clause.start, quantity.start)
            if at >= 0:
                places.append((at, at + len(word), self.nation))
        if not places:
            return None
        _, owner_end, owner = max(places)
        if any(char.isdigit() for char in text[owner_end : quantity.start]):
            return None
        return owner

    def _size_of_a_batch(self, placing: Placing) -> str | None:
        """A count right after the city's or the nation's name and a batch (``batch_words``):
        "某园入选全市首批10家未来产业育新基地" — 10 is the size of the city's first batch,
        the city's list, not the district's count (it has one of them). The nation's for
        全国首批. None otherwise."""
        text, quantity = placing.text, placing.quantity
        if quantity.kind != "count":
            return None
        before = text[placing.clause.start : quantity.start].rstrip()
        batch = longest_suffix(before, self.lexicon.batch_words)
        if not batch:
            return None
        scope = before[: -len(batch)]
        if scope.endswith(self.lexicon.municipality_subjects):
            return self.municipality
        if scope.endswith(self.lexicon.nation_subjects):
            return self.nation
        return None

    def _city_right_before(self, placing: Placing) -> str | None:
        """Beijing as the scope written right before a count, with only a bound or a total word
        between (造成全市至少30人死亡, 全市累计转移逾八万人): the city's count, wherever 全市
        stands in its clause; the main district of a story about two districts' dead is not its
        subject. After ``_clause_subject``: a district the clause names after the count, where
        it went or lies (全市3家灯塔工厂均位于昌平区), comes first. Not a share or a multiple
        (占全市的31%, 全市约四成: the part's), nor a rank, nor the city as a baseline (比全市,
        居全市, 占全市)."""
        quantity = placing.quantity
        if quantity.unit == "%" or quantity.kind in ("rank", "multiple"):
            return None
        text = placing.text
        before = text[placing.clause.start : quantity.start].rstrip()
        while not (city := longest_suffix(before, self.lexicon.municipality_subjects)):
            word = longest_suffix(before, self._scope_fillers)
            if not word:
                return None
            before = before[: -len(word)]
        if before[: -len(city)].endswith(self.lexicon.city_baseline_before):
            return None
        return self.municipality

    def _region_right_before(self, placing: Placing) -> str | None:
        """A place beyond Beijing (``outside_places``) written right before a count, with only
        a bound or a total word between, opening its clause or an item of a list: "京津440家、
        河北474家医疗机构…" and "河北9人死亡" are the province's counts. Not a place after a verb
        (销往天津30万斤, 帮扶河北10个县: the district's deed), nor a share or a rank.

        Why: a province named before its figure in the middle of a clause was passed over,
        and the figure went to the document's district."""
        quantity = placing.quantity
        if quantity.unit == "%" or quantity.kind in ("rank", "multiple"):
            return None
        text = placing.text
        before = text[placing.clause.start : quantity.start].rstrip()
        while word := longest_suffix(before, self._scope_fillers):
            before = before[: -len(word)].rstrip()
        end = placing.clause.start + len(before)
        for place in self.place_mentions(text, placing.clause.start, end):
            if place.end != end or place.name not in self._outside_names:
                continue
            lead = text[placing.clause.start : place.start].rstrip()
            if lead and not lead.endswith(self.lexicon.enumeration_marks):
                return None  # 销往天津30万斤, 东距天津120公里: the district's, the place its object
            return place.name
        return None

    def _municipal_total(self, placing: Placing) -> str | None:
        """A value right after a Beijing-wide term is Beijing's, whatever the clause's subject:
        "高于全市森林覆盖率47.1%" (see ``is_municipal_total``)."""
        term_span = placing.term_span
        if term_span is not None and self.is_municipal_total(
            placing.text, term_span[0], placing.quantity
        ):
            if self._city_as_a_title(placing, placing.clause.start) and (
                self._then_a_share_of_the_city(placing)
            ):
                return None  # 北京市“专精特新”中小企业2125家，全市占比35%: a part of the city's
            return self.municipality
        return None

    def _self_reference(self, placing: Placing) -> str | None:
        """The clause names the document's district without its name ("其中我区约占三成"): the
        main district, or the nation when the clause is a national count and names no place
        ("我区…全国共有…")."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        if not self._refers_to_itself(text, clause.start, quantity.start, placing.main):
            return None
        named = self.place_mentions(text, clause.start, quantity.start)
        national = not named and self._about_the_nation(text, clause, quantity)
        return self.nation if national else placing.main

    def _system_of_a_body(self, placing: Placing) -> str | None:
        """A figure of a body's whole sector (``body_system_words``: 全系统) is of the place
        whose body the statement names for it: "根据北京市国资委公布数据显示，全系统已有近51万
        名干部职工签署承诺书，签署率100%" is the city's, in a story filed under 西城. The body
        (or the place) right before the word comes first (区水务局全系统: the district's;
        平谷区全系统: 平谷's); else the first body the statement names, past one that gives
        orders (平谷区水务局按照北京市水务局统一部署，全系统…: 平谷's). None when no body is
        named, or a place is named between the word and the value (全系统…其中海淀区3万人)."""
        text, quantity = placing.text, placing.quantity
        statement = max(text.rfind(mark, 0, placing.sentence.start) for mark in "。\n") + 1
        at, word = max(
            (text.rfind(word, statement, quantity.start), word)
            for word in self.lexicon.body_system_words
        )
        if at < 0:
            return None
        if self.place_mentions(text, at + len(word), quantity.start):
            return None
        bodies = self._bodies_named(text, statement, at, placing.main)
        right_before = [place for start, end, place in bodies if not text[end:at].strip()]
        if right_before:
            return right_before[-1]
        ordering = self.lexicon.body_instruction_words
        for start, _, place in bodies:
            if not any(word in text[start : _clause_end(text, start, at)] for word in ordering):
                return place
        return None

    def _bodies_named(
        self, text: str, start: int, end: int, main: str
    ) -> list[tuple[int, int, str]]:
        """(start, end, place) of the bodies named in text[start:end], in order, and of a
        district named right before ``end`` (平谷区全系统): a district's or the city's name
        (``city_body_names``; a bare 市, or a bare 区 for the document's own district, only
        where a name begins: at a clause's start or after ``body_name_leads``) right before an
        agency's name (国资委, 园林绿化局), which the span covers."""
        found: list[tuple[int, int, str]] = []
        for place in self.place_mentions(text, start, end):
            if place.name not in self._district_names:
                continue
            agency = self._agency_after(text, place.end, end)
            if agency is not None:
                found.append((place.start, agency, place.name))
            elif not text[place.end : end].strip():
                found.append((place.start, place.end, place.name))
        names = [(name, self.municipality) for name in self.lexicon.city_body_names]
        names += [(word, main) for word in self.lexicon.district_body_openings]
        for name, owner in names:
            at = text.find(name, start, end)
            while at >= 0:
                opening = at == start or text[at - 1] in _CLAUSE_MARKS
                led = text[start:at].endswith(self.lexicon.body_name_leads)
                whole = len(name) > 1 or opening or led  # 市 alone may end a word (城市)
                agency = self._agency_after(text, at + len(name), end) if whole else None
                if agency is not None and not any(s <= at < e for s, e, _ in found):
                    found.append((at, agency, owner))
                at = text.find(name, at + 1, end)
        return sorted(found)

    def _agency_after(self, text: str, start: int, end: int) -> int | None:
        """Where the agency's name that opens text[start:end] ends (国资委, 水务局), or None."""
        length = _organization_length(
            text[start : min(end, start + _AGENCY_NAME_REACH)], self.lexicon.organization_endings
        )
        return None if length is None else start + length

    def _regions_listed_together(self, placing: Placing) -> str | None:
        """Beijing and places beyond it listed as the subject of the number's clause, or of an
        earlier clause of its sentence that the clauses since go on from (naming no place of
        their own): "北京、河北、内蒙古14.5万人受灾，农作物受灾面积1.9千公顷" are the three
        regions' figures together, kept under the list's name, none Beijing's alone.

        Why: the first of them, the city, took the figures of all three."""
        text, quantity = placing.text, placing.quantity
        if quantity.kind in (*_EACH_KINDS, *_READING_KINDS, _TEMPERATURE_KIND):
            return None  # 北京、天津PM2.5浓度…, 最高气温28℃: each one's reading, never summed
        start = placing.clause.start
        if self._each_ones_cues.search(text[placing.sentence.start : quantity.start]):
            return None  # 北京、天津两地均…, 分别为…, 各…: each one's
        listed = self._regions_opening(text, start, quantity.start)
        while listed is None and self._continues(text, start, quantity.start):
            previous = _clause_before(text, placing.sentence.start, start)
            if previous is None:
                return None
            start = previous[0]
            listed = self._regions_opening(text, start, previous[1])
        return GROUP_JOINER.join(listed) if listed else None

    def _regions_opening(self, text: str, start: int, end: int) -> list[str] | None:
        """The regions opening text[start:end] when they are Beijing (北京, 北京市) and places
        beyond it (``outside_places``, ``other_regions``: 河北, 内蒙古, 天津市), two or more
        joined by enumeration marks alone, the number right after them; else None. A cause and
        its verb may stand before them (此轮强降雨已经造成北京市与河北省20人遇难)."""
        at = start
        while at < end and text[at].isspace():
            at += 1
        cause = max(
            (
                at + found + len(verb)
                for verb in self.lexicon.list_cause_verbs
                if (found := text[at:end].find(verb)) >= 0
            ),
            default=-1,
        )
        if cause > at and self._ends_with_a_cause(text[at:cause]):
            at = cause
        names: list[str] = []
        while at < end:
            word = longest_prefix(text[at : at + _REGION_NAME_LENGTH], self._region_names)
            if not word:
                break
            names.append(self._region_words[word])
            at += len(word)
            mark = longest_prefix(text[at:end], self.lexicon.enumeration_marks)
            if not mark:
                break
            at += len(mark)
        names = list(dict.fromkeys(names))
        if len(names) < 2 or self.municipality not in names:
            return None  # 上海、广州等地游客来京…: no list of Beijing and its neighbours
        if not _NUMBER_START_RE.match(text, at):
            # 北京、天津等地游客…, 北京、河北交界处新建…: a list left open, or a part of the
            # regions, not their figure: the number must follow the list straight away
            return None
        return names

    def _urban_average(self, placing: Placing) -> str | None:
        """In the city's own story, a reading whose clause opens with the urban area's average
        (``urban_averages``: 全市平均降水17.9毫米，城区平均13.2毫米; 其中城区平均为42.7毫米) is
        the group the city's meteorological service averages over (城六区), not the city's; in a
        district's story too when its sentence names the city before (北京市平均降水量为48.2毫米，
        城区平均52.6毫米). Not in a district's story otherwise (全区平均120毫米，城区平均80毫米:
        its town centre), nor in a
        sentence about a district of the city's story (其中房山区平均185.4毫米，城区平均210.3
        毫米; 该区平均…，城区平均…), nor a reading the clause gives to a place of its own
        (城区平均…，朝阳某站最大).

        Why: the urban average, set beside the city's in every rain report, went to the city
        as a second, different city-wide figure."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        if placing.main != self.municipality and not any(
            place.name == self.municipality
            and any(char.isdigit() for char in text[place.end : clause.start])
            for place in self.place_mentions(text, placing.sentence.start, clause.start)
        ):
            # a district's story, its sentence giving no city figure before (高于北京市平均降雨量，
            # 城区平均75毫米: the city compared with, the district's own centre)
            return None
        start = _past_spaces_and_quotes(text, clause.start, quantity.start)
        start += len(longest_prefix(text[start : start + 4], self.lexicon.subject_openers) or "")
        for group, openers in self.lexicon.urban_averages.items():
            opener = longest_prefix(text[start : quantity.start], openers)
            if not opener and self._after_the_citys_figure(placing, start):
                # 全市平均降雨202毫米，城区263毫米: the urban area's name right before its reading
                bare = longest_prefix(
                    text[start : quantity.start], self.lexicon.urban_readings.get(group, ())
                )
                opener = bare if bare and start + len(bare) == quantity.start else ""
            if opener and group in self._group_names:
                if self.place_mentions(text, start + len(opener), quantity.start):
                    return None  # 城区平均…，朝阳某站最大: the station's place decides
                named = self.place_mentions(text, placing.sentence.start, start)
                own = (*self.lexicon.district_wide, *self.lexicon.local_subjects)
                if (
                    any(
                        place.name in self._district_names
                        # (全市平均…，最大降雨点房山区某地125.1毫米，城区平均…: where the city's
                        # extreme was read, no district the sentence is about)
                        and not self._the_place_of_an_extreme(text, place)
                        for place in named
                    )
                    or any(word in text[placing.sentence.start : start] for word in own)
                ):
                    return None  # 其中房山区平均185.4毫米，城区平均…; 该区…: the district's centre
                return group
        return None

    def _after_the_citys_figure(self, placing: Placing, start: int) -> bool:
        """A clause before ``start`` in the number's sentence gives Beijing's figure in the
        number's unit (the city named, as 全市 or 北京市, then a figure in the same unit as
        written: 全市平均降雨202毫米，城区263毫米), so that a bare 城区 right after it reads as
        the urban area's reading beside the city's. Not a count of another kind after the
        city's (全市完成…1830个，城区9座热电厂…: the city's list, its plants), nor where the
        sentence names a place beyond Beijing before (张家口全市平均降雨50毫米，城区60毫米:
        that city's own urban area)."""
        text, quantity = placing.text, placing.quantity
        written = text[quantity.start : quantity.end]
        last_digit = max((i for i, char in enumerate(written) if char.isdigit()), default=-1)
        unit = written[last_digit + 1 :].strip()
        if not unit:
            return False
        places = self.place_mentions(text, placing.sentence.start, start)
        if any(
            place.name != self.municipality and place.name not in self._district_names
            for place in places
        ):
            return False  # 张家口全市…，城区…: another city's urban area
        return any(
            place.name == self.municipality and unit in text[place.end : start] for place in places
        )

    def _clause_subject(self, placing: Placing) -> str | None:
        """The place its own clause names before the number, when that place is the subject and
        not the base of a comparison ("比全市高"), nor a share ("占全市的31%"); a district
        named after it in the clause ("全市共三家示范工厂均在顺义") comes before Beijing; a count
        sent to several districts is decided by ``_sent_to_several``."""
        text, clause, quantity, main = placing.text, placing.clause, placing.quantity, placing.main
        if quantity.kind == "count" and self._among_the_citys(text, clause.start, quantity.start):
            return self.municipality  # 朝阳区在全市10家…企业中占据5席: the 10 are the city's
        rank = self._ranks_districts(placing)
        place = self._subject_before(text, clause.start, quantity.start, main, rank=rank)
        if (
            place == self.municipality
            and self._city_as_a_title(placing, clause.start)
            and self._then_a_share_of_the_city(placing)
        ):
            return None  # 北京市“专精特新”中小企业2125家，全市占比35%: a part of the city's
        if place is None and self._describes_the_city_after(text, quantity.end, clause.end):
            return self.municipality  # 拥有1065个公园的北京: the city the clause describes
        if (place is None or place == self.municipality) and quantity.kind == "count":
            lying = self._lying_in_the_next_clause(text, clause.end)
            if lying is not None:
                return lying  # 全市有2个站超过300毫米，这两站均在密云: where they lie
        if place is None or place not in self._district_names:
            # "全市共三家示范工厂均在顺义", "一半区域位于房山区": a district named after it, but
            # not where what was counted went when a district sent it, the subject of the
            # clause before ("大兴区消防救援支队迅速响应，派遣60名消防员前往密云区": 大兴's).
            # Without a sender the destination keeps it (游客12万人次前往延庆区, 物资支援门头沟
            # 区), and what happens there after ("赶赴海淀区…，共疏散群众11人") is its too.
            # (not past the number's own bracket: 丰台区(114家,占5.5%)和昌平区…)
            stop = _close_of_its_bracket(
                text, placing.sentence.start, quantity.start, quantity.end, clause.end
            )
            after = [
                name
                for name in self._subjects(text, quantity.end, stop, rank)
                if name in self._district_names
            ]
            if after and self._run_on_subject(text, quantity.end, clause.end):
                return None  # "收益3638.1万元密云区招待15.6万人": the next item's subject
            going = self._destinations(text, quantity.end, clause.end)
            if after and set(after) <= going.keys() and place is None:
                sender = self._subject_before(
                    text, placing.sentence.start, clause.start, main, last=True, rank=rank
                )
                if sender in self._district_names and sender not in going:
                    return None  # the clause before names the sender: _earlier_clause
                if len(set(after)) > 1:
                    return self._sent_to_several(placing, after)
            if after and place == self.municipality and not self._located_in(placing):
                return place  # 北京推动10个平原区与甲区、乙区结对帮扶: partners, not the place
            if after:
                return main if main in after else after[0]
        return place

    def _among_the_citys(self, text: str, start: int, number: int) -> bool:
        """The city's name right before the number after a word of where (``scope_leads``: 在),
        the clause's subject before them: "朝阳区在全市10家科技服务业百亿级企业中占据5席" counts
        the city's firms (10), among which the district holds its 5."""
        before = text[start:number].rstrip()
        city = longest_suffix(before, self.lexicon.municipality_subjects)
        if not city:
            return False
        lead = before[: -len(city)]
        if lead.endswith(self.lexicon.comparative_verbs):
            return False  # 高于全市1.9个百分点: the city is the baseline
        if not lead.endswith(tuple(self.lexicon.chart_scope.get("scope_leads", ()))):
            return False
        return self._frames_the_things_counted(text, number)

    def _frames_the_things_counted(self, text: str, number: int) -> bool:
        """The count at ``number``, the things counted, then a frame closing them
        (``among_frame_marks``: 中) before a share held of them (…企业中占据5席): in
        在全市20个地铁站投放广告 no frame closes, and the stations are the district's own."""
        return self._among_frame_re.match(text, number) is not None

    def _describes_the_city_after(self, text: str, end: int, clause_end: int) -> bool:
        """The number's phrase ends with 的 right before the city's name, which closes the
        clause (拥有1065个公园的北京，是…): a clause describing the city, whose figure it is, not
        the story's district's. Not the city before a noun (21.6%的北京市居民)."""
        for place in self.place_mentions(text, end, clause_end):
            if place.name != self.municipality:
                return False
            between = text[end : place.start]
            return (
                len(between) <= _DESCRIBED_REACH
                and between.endswith(self.lexicon.possessive_marks)
                and not any(mark in between for mark in _CLAUSE_SPLIT_MARKS)
                # the city closing its phrase (…的北京，), not a noun after it (的北京市居民)
                and text[place.end : place.end + 1] in _CLAUSE_SPLIT_MARKS
            )
        return False

    def _lying_in_the_next_clause(self, text: str, clause_end: int) -> str | None:
        """The district the clause after a count says all it counted lie in: "全市共两个灯塔工厂，
        均在昌平区", "有2个站超过300毫米，这两站均在密云" (a mark of each, ``shared_marks``, and
        a word of where, ``located_in_marks``, after at most a reference back to the things:
        这两站), the district's name ending the clause. The count is that district's, as
        "…均在昌平区" in its own clause is. Not a part (大部分都在…), several places (均在甲区和
        乙区), a place excluded (均在甲区以外) nor where an event was held (均在甲区举行…)."""
        if clause_end >= len(text) or text[clause_end] not in "，,":
            return None
        found = self._lying_in_re.match(text, clause_end + 1)
        if found is None:
            return None
        places = self.place_mentions(text, found.end(), found.end() + _LYING_NAME_REACH)
        if not places or places[0].start != found.end():
            return None
        if text[places[0].end : places[0].end + 1] not in _CLAUSE_SPLIT_MARKS:
            return None  # 均在昌平区和延庆区, 均在朝阳区以外, 均在大兴区举行签约仪式
        return places[0].name if places[0].name in self._district_names else None

    def _run_on_subject(self, text: str, end: int, clause_end: int) -> bool:
        """A district's name right after the number, with no mark or space between, and a verb
        right after the name (a list scraped without its punctuation: "甲区招待21.2万人,收益
        3638.1万元乙区招待15.6万人"): the subject of the next item, not the place of the number
        before it."""
        places = self.place_mentions(text, end, clause_end)
        if not places or places[0].start != end:
            return False  # "12个 朝阳区": a value and its place, set apart by a space
        tokens = pos_tags(text[places[0].end : places[0].end + _VERB_REACH])
        return bool(tokens) and tokens[0][1].startswith("v")  # 乙区招待…: its verb

    def _located_in(self, placing: Placing) -> bool:
        """The first district named after the number in its clause follows a word of where
        something lies (均在某区, 位于某区, 落户某区): the district is where what was counted
        is, not a partner or an object of the subject's act."""
        text, quantity, clause = placing.text, placing.quantity, placing.clause
        for place in self.place_mentions(text, quantity.end, clause.end):
            if place.name in self._district_names:
                return text[quantity.end : place.start].endswith(self.lexicon.located_in_marks)
        return False

    def _city_as_a_title(self, placing: Placing, start: int) -> bool:
        """The city's name before the number (from ``start``) opens a quoted title (北京市
        “专精特新”中小企业: firms the city certified), not the city as a subject. Only then does
        a share of the city after the number make the number a part of it: "全市数字经济增加值
        1.9万亿元，占全市地区生产总值比重42.9%" is the city's own sector and its share."""
        text = placing.text
        return any(
            place.name == self.municipality and text.startswith(_TITLE_QUOTES, place.end)
            for place in self.place_mentions(text, start, placing.quantity.start)
        )

    def _a_share_of_the_city(self, placing: Placing) -> bool:
        """The number's own clause says it is a share of the city ("全市占比35%", "占全市的
        35%"): the city is the whole it is a part of, never its owner."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        return any(
            self._city_as_a_whole(text, clause.start, place)
            for place in self.place_mentions(text, clause.start, quantity.start)
        )

    def _city_as_a_whole(self, text: str, floor: int, place: Place) -> bool:
        """``place`` is the city, named as the whole of a share: right after a share verb (占全市)
        or right before one (全市占比), not before ``floor``."""
        shares = self.lexicon.forms.share_verbs
        return place.name == self.municipality and (
            text[floor : place.start].endswith(shares) or text.startswith(shares, place.end)
        )

    def _then_a_share_of_the_city(self, placing: Placing) -> bool:
        """The sentence goes on to say what share of the city the number is ("…2125家，全市占比
        35%", "…，占全市的35%"): the city named before it names a title or a tier (北京市
        “专精特新”企业), not the number's subject, as a city is no share of itself. Only right
        after the number: "…1260处，我区数量约占全市总数的十分之一" is another subject's share."""
        text, quantity, sentence = placing.text, placing.quantity, placing.sentence
        after = text[quantity.end : sentence.end]
        for place in self.place_mentions(after):
            if place.name != self.municipality:
                continue
            gap = re.sub(r"[^\u4e00-\u9fff]", "", after[: place.start])
            for share in self.lexicon.forms.share_verbs:
                gap = gap.replace(share, "")
            if len(gap) > _SHARE_GAP:
                return False  # "…1260处，我区数量约占全市总数的十分之一": another subject's share
            if self._city_as_a_whole(after, 0, place):
                return True
        return False

    def _sent_to_several(self, placing: Placing, destinations: Sequence[str]) -> str:
        """Whose a count is that went to several districts listed together (``destinations``,
        in the text's order).

        - The districts' together, under the list's name and out of every district's chart,
          when the clause counts them as one right at its start (两区共转移群众5600人).
        - The sender's when a body opens the sentence's clause that sends it: the city's
          (市消防救援总队出动消防员300人驰援门头沟、房山), the document's own district's
          (区卫健委组建医疗队30人赶赴…); so after a verb of sending, the document's subject
          (派出应急调查队42组95人驰援甲、乙、丙等区), unless it is one of the destinations.
        - Else the districts' together ("游客约260万人次前往延庆、怀柔、密云等区").

        Why: no one of the districts holds the count; without a sender it is not the city's
        either, where it would stand beside the city's own total as a second value."""
        text, sentence, clause = placing.text, placing.sentence, placing.clause
        group = GROUP_JOINER.join(dict.fromkeys(destinations))
        if self._counts_the_destinations(text, clause, len(set(destinations))):
            return group
        places = self.place_mentions(text, sentence.start, clause.end)
        first = next((place for place in places if place.name in destinations), None)
        if first is not None:
            opened = max(text.rfind(mark, sentence.start, first.start) for mark in _CLAUSE_MARKS)
            body = self._opening_body(text[max(opened + 1, sentence.start) : first.start])
            if body is not None:
                return body or placing.main
        before = text[sentence.start : placing.quantity.start]
        sent = any(verb in before for verb in self.lexicon.sending_verbs)
        if sent and placing.main not in destinations:
            return placing.main
        return group

    def _counts_the_destinations(self, text: str, clause: Span, count: int) -> bool:
        """The clause opens by counting the districts gone to as one: "两区共转移群众5600人"
        after "赶赴房山、门头沟" (``destination_count_nouns``, the count theirs). Not a count of
        other places inside the clause (京津冀三地共调派…, 一区多园)."""
        opening = text[clause.start : clause.end].lstrip()
        match = self._destination_count_re.match(opening)
        if match is None:
            return False
        try:
            return parse_chinese(match.group(1)) == count
        except ValueError:
            return False

    @functools.cached_property
    def _destination_count_re(self) -> re.Pattern[str]:
        """两区, 两地, 三个区: districts gone to, counted as one (``destination_count_nouns``)."""
        nouns = "|".join(map(re.escape, self.lexicon.destination_count_nouns))
        return re.compile(f"([{CHINESE_NUMERAL_CHARS}]+)(?:{nouns})")

    def _destinations(self, text: str, start: int, end: int) -> dict[str, None]:
        """Districts named in text[start:end] right after a word of going there
        (``destination_marks``: 前往, 赴, 驰援…), and those listed with them (赴怀柔、密云), in
        the text's order (the keys)."""
        places = self.place_mentions(text, start, end)
        found: dict[str, None] = {}
        going = False
        for index, place in enumerate(places):
            gap = text[places[index - 1].end : place.start] if index else None
            before = text[max(start, place.start - _DESTINATION_REACH) : place.start]
            going = before.endswith(self.lexicon.destination_marks) or (
                going and gap in self.lexicon.enumeration_marks
            )
            if going:
                found[place.name] = None
        return found

    def _sent_toward(self, text: str, place: Place, end: int) -> bool:
        """The place stands in a list of places right after a word of "toward"
        (``toward_marks``: 向), and a verb of sending (``sending_verbs``) follows the list in
        the clause before the number at ``end``: in "市水务局向甲、乙、丙派出六个工作组" the
        groups went to the districts and are the sender's, not the first district's.

        Why: the first district named before the count was taken as its subject."""
        cue = _last_cue_in_its_clause(text, place, self.lexicon.toward_marks)
        if cue is None:
            return False
        if not self._only_places_listed(text[cue[2] : place.start]):
            return False  # 向某公司采购…, 面向全区…: no list of places toward which
        stop = _clause_end(text, place.end, end)
        after = text[place.end : stop]
        return any(verb in after for verb in self.lexicon.sending_verbs)

    def _only_places_listed(self, listed: str) -> bool:
        """``listed`` holds nothing but places and the enumeration marks between them (甲区、乙区
        before the next one: a list of places), or nothing at all."""
        named = [False] * len(listed)
        for other in self.place_mentions(listed):
            named[other.start : other.end] = [True] * (other.end - other.start)
        marks = "".join(self.lexicon.enumeration_marks)
        return all(covered or char in marks for char, covered in zip(listed, named, strict=True))

    def _on_a_route(self, text: str, place: Place, end: int) -> bool:
        """The place stands in a list of places right after a verb of passing through
        (``route_verbs``: 途经, 经过, 穿过), in a clause before the number at ``end``: a line's
        or a road's way, not the subject of the figure after it ("平谷线…向东经过朝阳区、通州区
        后进入河北三河，…全长72公里": the line's length, not 通州's).

        Why: the last district the route passed was taken as the subject of the next clause."""
        if _clause_end(text, place.end, end) >= end:
            return False  # in the number's own clause: 流经门头沟区102公里, the segment's
        cue = _last_cue_in_its_clause(text, place, self.lexicon.route_verbs)
        if cue is None or not self._only_places_listed(text[cue[2] : place.start]):
            return False
        # the list goes on along the way (…后进入河北, 至…) or closes the clause: 经过大兴区住建委
        # 一年努力 and 经由海淀区的北清路 name who acted and where, no route
        rest = place.end
        for following in sorted(self.place_mentions(text, place.end, end), key=_start_of):
            if text[rest : following.start] not in ("", *self.lexicon.enumeration_marks):
                break
            rest = following.end  # the list's next place (经过朝阳区、通州区)
        rest += len(longest_prefix(text[rest:], self.lexicon.list_open_ends))  # …、通州区等地
        clause_end = _clause_end(text, rest, end)
        return rest == clause_end or text.startswith(self.lexicon.route_followers, rest)

    def _ranks_districts(self, placing: Placing) -> bool:
        """A rank among places Beijing is not one of: the city's districts, unless the rank's
        own scope, the last scope word before it in its clause, is wider than the city
        (``rank_scopes_beyond_the_city``) and the sentence does not speak of the district
        itself (全区, 我区) before it. In "北京市共有92家独角兽企业，数量全国第一" Beijing holds
        the rank; in "全国重点实验室数量居全市第一", "我区…，数量居国内城区第一" and "北京市…，
        全区新设企业3200家，数量全国第一" it cannot. Where this is False, Beijing may be the
        subject a rank is given to."""
        if placing.quantity.kind != "rank":
            return False
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        before = text[clause.start : quantity.start]
        wider = max((before.rfind(w) for w in self.lexicon.rank_scopes_beyond_the_city), default=-1)
        district_scopes = (
            *self.lexicon.page_cues.get("superlative_scopes", ()),
            *self.lexicon.district_rank_scopes,
        )
        narrower = max((before.rfind(w) for w in district_scopes), default=-1)
        if wider < 0 or narrower > wider:
            return True
        sentence = text[placing.sentence.start : quantity.start]
        itself = (*self.lexicon.district_wide, *self.lexicon.self_references)
        return any(word in sentence for word in itself)

    def _site_subject(self, placing: Placing) -> str | None:
        """A registry site or town opening the clause as its subject, with no place named
        between it and the number, in a story filed under the city: its district.
        "颐和园接待游客20.5万人次" in a story on the city's holiday is 海淀's (kept as the
        site's, charted as none: ``measured_in_a_town``). Not in a district's own story (its
        people visiting another district's site), not a firm named after a site (王府井集团)
        nor a site hosting an event or standing as a landmark (首钢园承办的服贸会…, 八达岭长城
        脚下的…: ``site_not_subject_followers``), not a venue (在首钢园，…: 在 opens no
        subject), nor a member of a list of sites
        (故宫博物院、天坛公园等景区接待…: the list's total), nor the start of a stretch
        (卢沟桥至夏场段), nor a site followed by the district's own word (…全区)."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        if placing.main in self._district_names:
            return None  # a district's own story: its people at another district's site
        site = self._township_re.search(text, clause.start, quantity.start)
        lead = text[clause.start : quantity.start].strip()
        bare = len(lead) <= _BARE_PREDICATE
        # …金融街实现利润456.3亿元，由上年同期的下降9.9%转为增长1.8%: a bare change, opening
        # with its baseline (同比, 比上年, 由…), is of the level the clause before gives (not
        # 规模以上工业增加值同比增长5.2%: a measure of its own)
        change = (
            quantity.qualifier == "change"
            and lead.startswith(self._change_openings)
            and not self.place_mentions(text, clause.start, quantity.start)
        )
        # (only the few characters before the clause: a comma, a space, the bracket)
        closed = (
            text[max(0, clause.start - _BRACKET_REACH) : clause.start]
            .rstrip()
            .rstrip("".join(_COMMAS))
            .endswith(("）", ")"))
        )
        if site is None and (bare or change) and not closed:
            # "北京城市副中心入驻首店数量激增，达37家": a clause of a verb alone goes on with the
            # subject of the clause before it, in its sentence (not with the last item of a
            # bracket before it: 接待800万人次（…、某长城接待45万人次），同比增长5% is the 800万's)
            opening = max(placing.sentence.start, _clause_start(text, clause.start - 1))
            clause = Span(opening, clause.end)
            site = self._township_re.search(text, clause.start, quantity.start)
        example = None
        if site is None:
            # 比如丽泽金融商务区，目前已累计入驻企业1193家: the example's
            example = site = self._example_site_before(text, placing.sentence.start, clause.start)
            if site is not None:
                clause = Span(site.start(), clause.end)
        if site is None:
            return None
        item = self._later_item_start(text, site.end(), quantity.start)
        if item is not None:
            sites = list(self._township_re.finditer(text, site.start(), quantity.start))
            own = [other for other in sites if other.start() >= item]
            if own:
                site = own[-1]
            elif self._a_parallel_item(text, site.end(), item, quantity.start):
                return None  # 王府井接待120万人次、某乐园接待30万人次: the item's own subject
            else:
                site = sites[-1]  # 颐和园接待18万人次、同比增长6%: the last site's change
        name = site.group()
        if self._names_a_firm(text, site.end()) or text.startswith(
            self.lexicon.site_not_subject_followers, site.end()
        ):
            return None  # 王府井集团实现营业收入…, 首钢园承办的服贸会…: a firm, a host
        # 北京市奥林匹克森林公园接待…: the city's name before the site is part of its name
        start = site.start()
        city = longest_suffix(text[max(clause.start, start - 4) : start], self._city_prefixes)
        start -= len(city)
        opens_its_item = (
            item is not None
            and self._later_item_start(text, clause.start, site.start() + 1) == site.start()
        )
        opens = opens_its_item or example is not None  # (比如 before it opens it as well)
        if not opens and not self._opens_a_clause(text, Place(start, site.end(), name)):
            return None
        if text.startswith((*self.lexicon.range_words, "-", "—", "－"), site.end()):
            return None  # 卢沟桥至夏场段沿线…: a stretch from the site, not the site
        listing = (*self.lexicon.enumeration_marks, *self.lexicon.list_open_words)
        if any(
            text.startswith(listing, other.end())
            for other in self._township_re.finditer(text, clause.start, quantity.start)
        ):
            return None
        between = text[site.end() : quantity.start]
        local = (*self.lexicon.district_wide, *self.lexicon.self_references)
        if any(word in between for word in local):
            return None
        if self.place_mentions(text, site.end(), quantity.start):
            return None
        return self._township_of[name]

    def _example_site_before(self, text: str, floor: int, clause: int) -> re.Match[str] | None:
        """The site that alone makes up the clause before ``clause``, after a word of example
        (``example_markers``: 比如丽泽金融商务区，目前已累计入驻企业1193家): the subject the
        example's next clause speaks of, else None.

        Why: in a city's story on its south, the firms of a district's business area, named as
        its example, were the city's."""
        if clause <= floor or text[clause - 1] not in _COMMAS:
            return None
        opening = _clause_start(text, clause - 1)
        if opening < floor:
            return None
        while opening < clause - 1 and text[opening].isspace():
            opening += 1
        marker = longest_prefix(text[opening : clause - 1], self.lexicon.example_markers)
        if not marker:
            return None
        return self._township_re.fullmatch(text, opening + len(marker), clause - 1)

    def _town_referred_back(self, placing: Placing) -> str | None:
        """A clause naming no place that points back to a town or a village
        (``town_back_references``: 该村, 该镇, 全镇), in its clause or an earlier clause of its
        sentence, is of the town the text named last before it, in its paragraph or the one
        before (``_TOWN_BACK_REACH``), when the registry knows it:
        "北房镇大罗山村59岁的张立如老人告诉记者。据悉，该村的135户农户已全部完成了煤改电" in a
        city's story is 怀柔's. None otherwise.

        Why: the village's figures went to the city whose story told of it."""
        text, quantity = placing.text, placing.quantity
        # the number's clause, or an earlier clause of its sentence that it goes on from
        # (据该镇农业科统计，全镇20个村都不同程度受灾)
        start = placing.sentence.start
        before = text[start : quantity.start]
        reference = next(
            (word for word in self.lexicon.town_back_references if word in before), None
        )
        if reference is None:
            return None
        at = start + before.index(reference)  # where the text points back
        if self.place_mentions(text, at, quantity.start):
            return None  # a place named after the reference, nearer the number
        floor = max(0, at - _TOWN_BACK_REACH)
        towns = list(self._township_re.finditer(text, floor, at))
        if not towns or self.place_mentions(text, towns[-1].end(), at):
            return None  # a place named after the town: the reference may be to it
        town = towns[-1]
        kind = reference[-1]  # 村, 镇, 乡, 道 (of 街道)
        phrase_end = _clause_end(text, town.end(), at)
        # the kind's character after the town's phrase, past the words pointing back to it
        # (据该镇农业科统计，全镇20个村…。全镇总受灾面积…: the same town, referred to again)
        between = text[phrase_end:at]
        for word in self.lexicon.town_back_references:
            between = between.replace(word, "\u3000" * len(word))
        if kind in between:
            return None  # 北房镇的经验。古北口村村民…该村: the village named later, not the town's
        return self._township_of[town.group()]

    def _later_item_start(self, text: str, after: int, end: int) -> int | None:
        """Where the list item holding a number at ``end`` begins, when an item with a figure
        of its own lies between it and ``after`` (a site's name): "王府井接待120万人次、颐和园
        接待25万人次" → the start of 颐和园; None when the number is in the site's own item."""
        last = max((text.rfind(mark, after, end) for mark in self._item_marks), default=-1)
        if last < 0 or not any(ch.isdigit() for ch in text[after:last]):
            return None
        start = last + 1
        while start < end and text[start].isspace():
            start += 1
        return start

    def _a_parallel_item(self, text: str, after: int, item: int, end: int) -> bool:
        """A later list item that says what the site's item says, with a site of its own
        first: its words before the number end with the site's (王府井接待120万人次、某某
        乐园接待30万人次: both end with 接待; or both with nothing: 王府井120万人次、某某广场
        17万人次), and the words before those end as a site's name does
        (``site_name_endings``: 乐园, 广场). Not a modifier of the site's measure or a day
        (王府井客流量30万人次、高峰客流量45万人次; 5月2日接待游客9万人次, 日均3万人次: the
        site's own).

        Why: a city's holiday bulletin listing sites gave every site after the first registry
        site that site's district (乐多港假日广场 and 颐和园 after 王府井 were 东城's)."""
        first_digit = next((i for i in range(after, end) if text[i].isdigit()), end)
        said = text[after:first_digit].strip()
        words = text[item:end].strip()
        if len(words) <= len(said) or not words.endswith(said):
            return False
        subject = words[: len(words) - len(said)].strip()
        return subject.endswith(self.lexicon.site_name_endings)

    def _segment_subject(self, placing: Placing) -> str | None:
        """The stretch of a river, a road or a line named after a district (its short name and
        a ``part_in_district_words`` word: 朝阳段) opening the clause, with no place named between
        it and the number: the stretch lies in the district, and so does its figure, in the
        city's story and in another district's alike. In "亮马河源出东北护城河，朝阳段全长10.4千米"
        the 10.4 is 朝阳's (a short name that needs its 区 elsewhere: 海淀段 is read as 海淀's
        name already)."""
        if self._alias_re is None:
            return None
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        for match in self._alias_re.finditer(text, clause.start, quantity.start):
            name, _ = self._alias_owner[match.group()]
            part = self.lexicon.part_in_district_words
            segment = longest_prefix(text[match.end() : match.end() + 2], part)
            opening = Place(match.start(), match.end(), name)
            if not segment or not self._opens_a_clause(text, opening):
                continue
            if self.place_mentions(text, match.end() + len(segment), quantity.start):
                return None
            return name
        return None

    def _city_stretch(self, placing: Placing) -> str | None:
        """The city's bare name right before a word of a stretch in it or of its territory
        (``part_in_district_words``, ``territory_words``: 北京段, 北京境内) in the number's
        clause, with no place named between them and the number: the stretch of a river or a
        road within the city, whose figure is the city's. "永定河北京段总长170公里", "在北京境内
        170余公里，其中门头沟段102公里": the 170 is Beijing's, the 102 门头沟's.

        Why: in a district's story the city's stretch was the district's, beside its own."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        words = (*self.lexicon.part_in_district_words, *self.lexicon.territory_words)
        for name in self.lexicon.municipality_bare:
            at = text.find(name, clause.start, quantity.start)
            while at >= 0:
                end = at + len(name)
                word = longest_prefix(text[end : end + _AREA_WORD_REACH], words)
                if word and not self.place_mentions(text, end + len(word), quantity.start):
                    return self.municipality
                at = text.find(name, end, quantity.start)
        return None

    def _national_count(self, placing: Placing) -> str | None:
        """A national count ("全国共有…") when the clause names no place: the nation's."""
        if self._about_the_nation(placing.text, placing.clause, placing.quantity):
            return self.nation
        return None

    def _district_wide(self, placing: Placing) -> str | None:
        """ "全区为61.5%": the district in question, never Beijing or a group: the district named
        last before it in the sentence, else the paragraph's, else (in a story filed under the
        city) the district named last before it, in its paragraph or just before.

        Example: "…海淀区持续释放科技创新主体的活力。\n截至目前，全区现有国家高新技术企业9764
        家" in a forum's news naming the city more often: 海淀's 9764."""
        text, clause, sentence = placing.text, placing.clause, placing.sentence
        if not any(
            word in text[clause.start : placing.quantity.start]
            for word in self.lexicon.district_wide
        ):
            return None
        rank = self._ranks_districts(placing)
        earlier = [
            name
            for name in self._subjects(
                text, sentence.start, clause.start, rank, placing.main, parts=False
            )
            if name in self._district_names
        ]
        if earlier:
            return earlier[-1]
        subject = self._paragraph_subject(text, placing.paragraph, placing.main)
        if subject in self._district_names or not self._opens_with_district_wide(placing):
            return subject
        # A city's story (a forum's news naming its host district): 全区 is the district it
        # named last before, not the city the story is filed under.
        # Only a district that opened a clause, alone: a zone's story names districts after
        # 位于/地跨 (科技创新片区位于甲区、乙区。全区累计新设企业…), and 全区 is the zone.
        opens = placing.paragraph.start if placing.paragraph else sentence.start
        floor = max(0, opens - _DISTRICT_WIDE_REACH)
        named = [
            place.name
            for place in self.place_mentions(text, floor, clause.start)
            if place.name in self._district_names
            and self._opens_a_clause(text, place)
            and not text.startswith(self.lexicon.enumeration_marks, place.end)
        ]
        return named[-1] if named else subject

    def _opens_with_district_wide(self, placing: Placing) -> bool:
        """The clause opens with a word for the whole district (全区现有…), nothing but spaces
        before it: the district acting. Inside a clause, 区内 may be a compound's end (小区内
        将加装电梯300部: inside the estates)."""
        text, clause = placing.text, placing.clause
        opening = text[clause.start : placing.quantity.start].lstrip(" \t\u3000")
        word = next((w for w in self.lexicon.district_wide if opening.startswith(w)), "")
        # 全区域社会消费品零售总额: the whole area, not the district
        return bool(word) and not opening.startswith(
            self.lexicon.list_open_end_continuations, len(word)
        )

    def _earlier_clause(self, placing: Placing) -> str | None:
        """The subject of the clause before it in the same sentence ("昌平区最少，约19.2万人"),
        else the subject that opens the statement a semicolon joins it to: "全市共转移群众
        5.2万人；86条道路封闭" is one statement about the city, its parts set apart by
        semicolons (the splitter ends a sentence at ；). The statement's head, not its last
        part, and only when that head is the city: in "全市有9区回升…；甲区持平；有6个区下降，
        下降值介于…" the range is the city's. Not for a clause opening with a bare count of
        districts (两区共…): ``_plural_reference`` reads it."""
        text, sentence = placing.text, placing.sentence
        if (
            self._clause_count_of_districts(placing) is not None
            and self._referred_districts(placing) is not None
        ):
            return None  # "…，两区共引进企业40家": the districts named before, together
        rank = self._ranks_districts(placing)
        place = self._subject_before(
            text, sentence.start, placing.clause.start, placing.main, last=True, rank=rank
        )
        if (
            place == self.municipality
            and self._city_as_a_title(placing, sentence.start)
            and self._a_share_of_the_city(placing)
        ):
            return None  # "北京市“专精特新”企业2125家，全市占比35%": the city is the whole
        if place == self.municipality and self._city_scopes_a_rank_before(placing):
            return None  # "…居全市首位，全市总量排名第一，…产值将超1000亿元": a rank's scope
        if place is not None:
            taken_over = self._taken_over_from_a_destination(placing, place)
            if taken_over is not None:
                return taken_over
            listed = (
                self._listed_districts_closed_by_count(text, sentence.start, placing.clause.start)
                or self._list_opening_the_clause_before(placing)
                if place in self._district_names
                else []
            )
            if listed and place in listed:
                # 位于通州、顺义、朝阳三区交界地带，总规划面积8.9万亩: theirs together, not 朝阳's
                return GROUP_JOINER.join(listed)
            left_open = self._open_list_closing_the_clause_before(placing, place)
            if left_open is not None:
                return left_open
            members = self._list_closed_by(text, sentence.start, placing.clause.start, place)
            own_story = placing.main in members or placing.main not in self._district_names
            if members and own_story and self._clause_count_of_districts(placing) is None:
                # 调派朝阳、顺义、丰台支队…，12部推土机… in 朝阳's story: the dispatch's, not
                # 丰台's; so in a city's or a group's story. (In another district's story the
                # list's last member keeps it: 朝阳、海淀经济实力雄厚，地区生产总值超过8000亿元
                # is each one's, no group's total, and the story's district did none of it.)
                return None
            if place in self._district_names and self._compared_with_in_its_clause(placing, place):
                return None  # …第二位为朝阳区的500亿元，是朝阳区的4.2倍: the base, no subject
            return place
        floor = placing.paragraph.start if placing.paragraph is not None else sentence.start
        start = _joined_by_semicolons(text, sentence.start, floor)
        if start == sentence.start:
            return None
        head_end = min(
            (at for mark in SEMICOLONS if (at := text.find(mark, start, sentence.start)) >= 0),
            default=sentence.start,
        )
        head = self._subject_before(text, start, head_end, placing.main, rank=rank)
        # Only a city-wide head governs the parts after it: after "甲区新建公园12处；乙区9处；"
        # an unnamed total ("共30处") is no more the first district's than the second's. So does
        # a zone's or a place's beyond the districts, when no place is named since: "中关村示范
        # 区实现总收入7212.9亿元；工业总产值2005.0亿元；…" is the zone's, all of it. (Not a
        # group's: "城六区…；十区常住人口…；近郊区…" sets groups side by side, as districts.)
        if head == self.municipality:
            return head
        if head in self._group_names and self._compared_with_the_city(placing):
            # 2017年，生态涵养区…；森林覆盖率达到53.25%，比全市高10.25个百分点: a figure compared
            # with the city's is not the city's; the group heading the statement keeps it
            return None if self._subjects(text, head_end, placing.quantity.start, rank) else head
        if head is None or head in self._district_names or head in self._group_names:
            return None
        named_since = self._subjects(text, head_end, placing.quantity.start, rank)
        if any(word in text[head_end : placing.quantity.start] for word in self._own_words):
            return None  # …；全区一般公共预算收入增长6%；…: the district's own again
        return None if named_since else head  # (占全市约五成: a share's whole names no subject)

    def _city_scopes_a_rank_before(self, placing: Placing) -> bool:
        """The city's last mention before the number's clause, in its sentence, opens a clause
        ranking something within it (全市总量排名第一: ``within_rank_verbs`` after it): the scope
        of that rank, no subject for the clauses after it."""
        text, sentence = placing.text, placing.sentence
        cities = [
            place
            for place in self.place_mentions(text, sentence.start, placing.clause.start)
            if place.name == self.municipality
        ]
        if not cities:
            return False
        end = _clause_end(text, cities[-1].end, placing.clause.start)
        said = text[cities[-1].end : end]
        if any(
            place.name == self.nation for place in self.place_mentions(text, cities[-1].end, end)
        ):
            return False  # 全市…排名全国第二: the city ranked in the nation, the subject
        verbs = self.lexicon.chart_scope.get("within_rank_verbs", ())
        marks = (*self.lexicon.ordinal_marks, *self.lexicon.forms.first_place_words)
        # a verb of ranking then its position (排名第一; not 居住, 居家: 居 opens other words)
        return bool(verbs and re.search(f"(?:{alternation(verbs)})(?:{alternation(marks)})", said))

    def _list_closed_by(self, text: str, start: int, end: int, name: str) -> list[str]:
        """The districts of the list that the last mention of district ``name`` in
        text[start:end] closes (甲、乙、丙支队…: enumeration marks between their names), in
        order; [] when no other district stands right before it with a mark between. A clause
        after such a list goes on about what the list did together (调派朝阳、顺义、丰台支队13个
        消防救援站…，12部推土机…到场处置), not about its last member."""
        places = self.place_mentions(text, start, end)
        own = [at for at, place in enumerate(places) if place.name == name]
        if not own or name not in self._district_names:
            return []
        members = [places[own[-1]]]
        marks = self.lexicon.enumeration_marks
        for place in reversed(places[: own[-1]]):
            gap = text[place.end : members[0].start]
            # (an item the registry does not know may stand between: 朝阳、开发区、顺义支队)
            item = gap.removeprefix(longest_prefix(gap, marks))
            item = item.removesuffix(longest_suffix(item, marks))
            if gap not in marks and not (
                gap.startswith(marks)
                and gap.endswith(marks)
                and len(item) <= _LIST_ITEM_GAP
                and _HAN_RUN_RE.fullmatch(item)
            ):
                break
            members.insert(0, place)
        names = list(dict.fromkeys(place.name for place in members))
        return names if len(names) > 1 else []

    def _compared_with_in_its_clause(self, placing: Placing, name: str) -> bool:
        """The number's own clause names district ``name`` before it, which the clause rules
        passed over as a base of comparison (是朝阳区的4.2倍): the number is measured against
        that district, so no clause before makes it that district's. (The city named so is the
        whole a share of its own sector is of: 全市数字经济增加值…，占全市…比重41.6%.)"""
        return any(
            place.name == name
            for place in self.place_mentions(
                placing.text, placing.clause.start, placing.quantity.start
            )
        )

    def _compared_with_the_city(self, placing: Placing) -> bool:
        """The number's own sentence part compares it with the city's (比全市高10.25个百分点,
        高于全市, 低于全市平均水平: ``city_baseline_before`` then the city's name)."""
        text, sentence = placing.text, placing.sentence
        for place in self.place_mentions(text, sentence.start, sentence.end):
            if place.name != self.municipality:
                continue
            before = text[max(sentence.start, place.start - _BASE_LEAD_REACH) : place.start]
            if before.endswith(self.lexicon.city_baseline_before):
                return True
        return False

    def _open_list_closing_the_clause_before(self, placing: Placing, place: str) -> str | None:
        """``place`` is the last of districts listed and left open (``list_open_words``: 等) in
        the clause before the number's: "在门头沟、平谷、延庆、昌平等郊区，废弃矿山总共有800多
        个" counts the mines of all those places and more, the list's (甲、乙等), not 昌平's.
        None otherwise."""
        text, clause = placing.text, placing.clause
        previous = _clause_before(text, placing.sentence.start, clause.start)
        if previous is None:
            return None
        places = [p for p in self.place_mentions(text, *previous) if p.name in self._listable_names]
        if len(places) < 2 or places[-1].name != place:
            return None
        opening = longest_prefix(text[places[-1].end : previous[1]], self._open_list_words)
        if not opening:
            return None
        first = len(places) - 1
        while first > 0 and text[places[first - 1].end : places[first].start] in (
            self.lexicon.enumeration_marks
        ):
            first -= 1
        listed = list(dict.fromkeys(p.name for p in places[first:]))
        return GROUP_JOINER.join(listed) + opening if len(listed) >= 2 else None

    def _list_opening_the_clause_before(self, placing: Placing) -> list[str]:
        """The districts listed as the subject of the clause right before the number's, when
        the number's own clause names no place: "延庆、怀柔、密云局地出现特大暴雨，最大降水量超
        315毫米" gives the three districts' maximum (``subject_standings``: 最大), not the last
        one's; so are an amount that adds up and a share, as when the list is the number's own
        clause's subject (``_an_amount_of_the_list``, ``_a_share_of_the_list``). Not with a word
        of each (均, 各, 分别: ``_shared_value`` and ``_respectively`` read those), nor for a
        measure each of them has (``list_each_measure_words``: 平均, 人均), a rate or a bound.

        Why: the last district of the list took the figure alone."""
        text, clause = placing.text, placing.clause
        previous = _clause_before(text, placing.sentence.start, clause.start)
        rank = self._ranks_districts(placing)
        if previous is None or self._subjects(text, clause.start, placing.quantity.start, rank):
            return []  # (占北京市面积的68%: the city is the whole of the share, no subject)
        opening = self._list_opening(text, *previous)
        walked = False
        while opening is None:
            # 甲区、乙区…的山区部分，土地面积11259平方公里，占全市面积的68%: back over the
            # clauses between that name no place, to the list opening its sentence
            if self.place_mentions(text, *previous):
                return []
            previous = _clause_before(text, placing.sentence.start, previous[0])
            if previous is None:
                return []
            opening, walked = self._list_opening(text, *previous), True
        places, _ = opening
        list_end = places[-1].end
        said = text[list_end : placing.quantity.start]
        if any(word in said for word in self.lexicon.list_each_measure_words):
            return []  # 甲、乙、丙位列月平均收费榜首，约为8000元: each one's average
        if walked and any_of(self.lexicon.respectively_cues).search(said):
            return []
        # the clauses walked over hold the list's other figures, each in a clause of its own
        figures_from = clause.start if walked else list_end
        extreme = any(word in said for word in self.lexicon.subject_standings)
        if not (
            (extreme and self._the_lists_one_figure(placing, figures_from))
            or self._an_amount_of_the_list(placing, figures_from)
            or self._a_share_of_the_list(placing, figures_from, said)
        ):
            return []  # 甲、乙生态优势突出，森林覆盖率超过70%: each one's, as in one clause
        return self._listed_districts(text, places[0].start, list_end)

    def _one_of_them_acts_again(self, text: str, heading: str, listed: list[str]) -> bool:
        """Below the headline, one of the listed districts opens clauses as their subject twice
        or more: the story goes on about that one (怀柔区委书记表示，怀柔区将…)."""
        last_line = heading.strip().splitlines()[-1] if heading.strip() else ""
        at = text.find(last_line) if last_line else -1
        body = at + len(last_line) if at >= 0 else 0
        acting = Counter(
            place.name
            for place in self.place_mentions(text, body)
            if place.name in listed and self._opens_a_clause(text, place)
        )
        return any(times >= 2 for times in acting.values())

    def _headline_list_closed_by_count(self, heading: str) -> list[str]:
        """The districts a headline lists and closes with their count (甲、乙和丙3个区…), when
        the list opens its clause as the subject; [] otherwise."""
        places = self.place_mentions(heading)
        for place in places:
            count = self._group_count_re.match(heading, place.end)
            if place.name not in self._district_names or count is None:
                continue
            written = count.group()
            number = int(written[0]) if written[0].isdigit() else _count_in_words(written)
            listed = self._listed_districts_closed_by_count(heading, 0, place.end + 1)
            if not listed or number != len(listed):
                continue  # 西城区与东城、朝阳2区签署…: the count is of the partners only
            first = next(p for p in places if p.name == listed[0])
            if self._opens_a_clause(heading, first):
                return listed
        return []

    def _listed_districts_closed_by_count(self, text: str, start: int, end: int) -> list[str]:
        """The districts of the list text[start:end] ends with, when the list is closed by
        their count (通州、顺义、朝阳三区), else []: the clauses before speak of them together,
        so a number after them is theirs together, as with ``_spanned_districts``.

        Why: "东郊森林公园位于通州、顺义、朝阳三区交界地带，…，总规划面积8.9万亩" gave the
        park's area to 朝阳, the district listed last."""
        districts = [
            place
            for place in self.place_mentions(text, start, end)
            if place.name in self._district_names
        ]
        if not districts or self._group_count_re.match(text, districts[-1].end) is None:
            return []  # not closed by their count (三区, 3个区)
        marks = self.lexicon.enumeration_marks
        listed = [districts[-1]]
        for place in reversed(districts[:-1]):
            if text[place.end : listed[0].start] not in marks:
                break
            listed.insert(0, place)
        names = list(dict.fromkeys(place.name for place in listed))
        return names if len(names) >= 2 else []

    def _plural_reference(self, placing: Placing) -> str | None:
        """The group of ``_referred_districts``: "这4个项目总长约402公里" after four districts'
        projects is the four districts' figure together."""
        named = self._referred_districts(placing)
        return GROUP_JOINER.join(named) if named else None

    def _referred_districts(self, placing: Placing) -> list[str] | None:
        """The districts a sentence refers back to when it opens by referring to as many
        things as the sentence before it names districts ("…批复甲区、乙区、丙区、丁区的步道
        项目。这4个项目…"), or to the districts themselves ("这些区", "上述三个区"): its
        figures are those districts' together (a group), or each one's with 均 (see
        ``_shared_value``), not the last-named district's nor the document's. Two of the
        districts must be subjects (not bases nor neighbours), a count must be of all the
        districts named, and a reference to a time (这两个月, 这些年) refers to none. A bare
        count of districts opening a later clause (…，两区共引进企业40家) refers to the districts
        named before it in its sentence.
        """
        text, sentence, quantity = placing.text, placing.sentence, placing.quantity
        found = self._reference_opening(text, sentence.start, quantity.start)
        if found is not None:
            start, reference = found
            previous, until = self._sentence_before(text, sentence.start), sentence.start
            if previous is None:
                return None
        else:
            # "甲区联合乙区开展招商，两区共引进企业40家": a bare count of districts opening a
            # later clause refers to the districts the sentence named before it
            counted = self._clause_count_of_districts(placing)
            if counted is not None:
                start, reference = counted
                previous, until = sentence.start, start
            else:
                # "甲、乙两区出现强对流天气。此次冰雹共造成两区16个乡镇受灾": inside a sentence
                # naming no place, the districts the sentence before named
                counted = self._count_of_districts_inside(text, sentence.start, quantity.start)
                if counted is None:
                    return None
                start, reference = counted
                previous, until = self._sentence_before(text, sentence.start), sentence.start
                if previous is None:
                    return None
        named = list(
            dict.fromkeys(
                place.name
                for place in self.place_mentions(text, previous, until)
                if place.name in self._district_names
            )
        )
        subjects = {
            name
            for name in self._subjects(text, previous, until, rank=False, partners=True)
            if name in self._district_names
        }
        if len(subjects) < 2:
            return None  # 门头沟区东邻石景山区…: one district and its neighbours
        count, names_districts = reference
        if len(named) < 2 or not ((names_districts and not count) or count == len(named)):
            return None
        between = text[start : quantity.start]
        if self.place_mentions(text, start, quantity.start, districts_only=True) or any(
            cue in between for cue in self.lexicon.respectively_cues
        ):
            # "这3个区中，增速最快的是海淀区，达到8%": the place named decides; 分别: one each
            return None
        return named

    def _count_of_districts_inside(
        self, text: str, start: int, end: int
    ) -> tuple[int, tuple[int, bool]] | None:
        """(where, the count) of a bare count of districts (两区) inside text[start:end], when
        that stretch names no place: "此次冰雹灾害共造成两区16个乡镇…受灾", after a sentence
        naming the two. None otherwise."""
        if self.place_mentions(text, start, end):
            return None
        for at in range(start, end):
            if text[at].isdigit() or text[at] in CHINESE_NUMERAL_CHARS:
                counted = self._bare_count_of_districts(text, at)
                if counted is not None:
                    return at, counted
        return None

    def _sentence_before(self, text: str, start: int, floor: int = 0) -> int | None:
        """Where the sentence before the one starting at ``start`` starts, not before
        ``floor`` and within a paragraph's reach; None when nothing stands before it."""
        floor = max(floor, start - MAX_PARAGRAPH)
        before = text[floor:start].rstrip()
        if not before:
            return None
        ends = [m.end() for m in _SENTENCE_END.finditer(before[:-1])]
        return floor + (ends[-1] if ends else 0)

    def _reference_opening(
        self, text: str, start: int, end: int
    ) -> tuple[int, tuple[int, bool]] | None:
        """Where a reference back to several things opens the sentence at ``start`` (see
        ``_plural_reference_at``), and what it refers to: at its start, or after clauses
        that name no place and hold no number (据统计，这两个区…; 截至目前，上述两区…)."""
        position = start
        while position < end:
            while position < end and text[position].isspace():
                position += 1
            reference = self._plural_reference_at(text, position)
            if reference is not None:
                return position, reference
            clause_end = min(
                (at for mark in _CLAUSE_SPLIT_MARKS if (at := text.find(mark, position, end)) >= 0),
                default=end,
            )
            if clause_end >= end or _NUMBER_RE.search(text, position, clause_end):
                return None
            if self.place_mentions(text, position, clause_end):
                return None
            position = clause_end + 1
        return None

    def _plural_reference_at(self, text: str, start: int) -> tuple[int, bool] | None:
        """(the count, whether it names districts) of a reference back to several things
        opening text[start:]: a demonstrative (``plural_demonstratives``) with a count of two
        or more and its classifier (这4个项目, 上述三个区; not 这一段, 这两个月), or a plural
        (``plural_references``) before a district word (这些区); None otherwise."""
        head = text[start : start + 12]
        plural = longest_prefix(head, self.lexicon.plural_references)
        if plural:
            return (0, True) if self._names_districts(head[len(plural) :]) else None
        word = longest_prefix(head, self.lexicon.plural_demonstratives)
        if not word:
            return self._bare_count_of_districts(text, start)
        count = self._plural_count_re.match(text, start + len(word))
        if count is None:
            # 上述地区, 以上各区: the districts named before, however many
            rest = head[len(word) :]
            rest = rest.removeprefix(longest_prefix(rest, self.lexicon.district_word_leads))
            return (0, True) if len(word) > 1 and self._names_districts(rest) else None
        number = _count_of(count)
        if count.group("district"):  # 上述两区: the districts themselves
            return (number, True) if number is not None and number >= 2 else None
        following = text[count.end() : count.end() + 3]
        if following.startswith(self._township_words):
            return None  # 这两个街道: streets of the districts named, not the districts
        # 这两个多月: a time, "more than" before its unit
        more = longest_prefix(following, self.lexicon.forms.more_marks)
        timed = following[len(more) :]
        if number is None or number < 2 or timed.startswith(self._time_nouns):
            return None
        return number, self._names_districts(following)

    def _clause_count_of_districts(self, placing: Placing) -> tuple[int, tuple[int, bool]] | None:
        """(where its clause starts, the count) when a bare count of districts opens the
        number's clause after the first of its sentence (…，两区共引进企业40家); else None."""
        start = _clause_start(placing.text, placing.quantity.start)
        if start <= placing.sentence.start:
            return None
        counted = self._bare_count_of_districts(placing.text, start)
        return None if counted is None else (start, counted)

    def _bare_count_of_districts(self, text: str, start: int) -> tuple[int, bool] | None:
        """A count of districts with no demonstrative opening the clause ("未来，两区将获得中央
        财政20亿元"): the districts the sentence before names, as 上述两区 would be. Not in
        quotes: “两区”建设 is a policy's name."""
        count = self._plural_count_re.match(text, start)
        if count is None or not count.group("district"):
            return None
        if text[start - 1 : start] in _OPENING_QUOTES or text[count.end() : count.end() + 1] in (
            _CLOSING_QUOTES
        ):
            return None
        number = _count_of(count)
        return (number, True) if number is not None and number >= 2 else None

    def _names_districts(self, following: str) -> bool:
        """Whether a district word opens ``following`` (这些区, 这两个区), not a longer word
        (区域, 区属, 区级: ``list_open_end_continuations``)."""
        suffix = longest_prefix(following, self.lexicon.district_suffixes)
        return bool(suffix) and not following[len(suffix) :].startswith(
            self.lexicon.list_open_end_continuations
        )

    def _paragraph_opener(self, placing: Placing) -> str | None:
        """The district that opens the paragraph ("通州区…。…全区新建公园8处。")."""
        return self._paragraph_opener_of(placing.text, placing.paragraph, placing.main)

    def _region_opening_the_paragraph(self, placing: Placing) -> str | None:
        """A place beyond Beijing (``outside_places``) opening a paragraph as its subject, its
        first clause naming no other place: "河北雄安新区拔节生长。截至2024年底,…央企在雄安
        新区设立各类机构超300家" and "天津滨海新区发展量质齐升。…新设机构551家" go on about
        that region, not about the document's district. A province's bare name before the
        place (河北雄安新区) is part of its name. Not when the first sentence names another
        place too (天津市考察团一行,来到通州区考察; 廊坊市,与大兴区共建…: the district's story).

        Why: only a district opening a paragraph was carried to its numbers, so a story of the
        capital region gave the figures of 雄安 and 滨海 to the district it began with."""
        paragraph = placing.paragraph
        if paragraph is None:
            return None
        text = placing.text
        answers = self._answers(text)
        question = ("region_paragraph", paragraph.start, paragraph.end)
        if question not in answers:
            answers[question] = self._region_opening(text, paragraph)
        return answers[question]  # type: ignore[return-value]

    def _region_opening(self, text: str, paragraph: Span) -> str | None:
        """``_region_opening_the_paragraph``, worked out once per paragraph."""
        start = paragraph.start
        while start < paragraph.end and text[start] in " \t\u3000":
            start += 1
        end = _first_clause_end(text, start, paragraph.end)
        places = self.place_mentions(text, start, end)
        if len(places) != 1 or places[0].name not in self._outside_names:
            return None
        before = text[start : places[0].start]
        if before and before not in self.lexicon.other_regions:
            return None  # 与河北…, 首批向雄安新区疏解…: the region is no subject
        stop = _SENTENCE_END.search(text, end, paragraph.end)
        sentence_end = stop.end() if stop else paragraph.end
        if any(
            place.name not in (places[0].name, self.municipality)
            for place in self.place_mentions(text, start, sentence_end)
        ):
            return None  # 天津市考察团一行,来到通州区考察。: the visit is the district's story
        return places[0].name

    def _district_paragraph_of_a_city_story(self, placing: Placing) -> str | None:
        """In a story about Beijing, a paragraph whose first sentence names one district and
        no other place goes on about that district: "在房山区，强降雨导致部分道路积水。该区
        最大降雨量达350毫米" and "这座公园位于大兴区，…。公园占地面积约200公顷" are the
        district's figures, not the city's. A group opening the paragraph
        (首都功能核心区（东城、西城）为…。据统计，该区共发生火灾286起) is carried to a clause
        opening with 该区 only."""
        paragraph = placing.paragraph
        if placing.main != self.municipality or paragraph is None:
            return None
        text = placing.text
        answers = self._answers(text)
        question = ("district_paragraph", paragraph.start, paragraph.end)
        if question not in answers:
            stop = _SENTENCE_END.search(text, paragraph.start, paragraph.end)
            end = stop.end() if stop else paragraph.end
            first = self._without_members_in_brackets(
                text, self.place_mentions(text, paragraph.start, end)
            )
            names = {place.name for place in first}
            subject = len(names) == 1 and (
                first[0].name in self._district_names or first[0].name in self._group_names
            )
            answers[question] = (
                first[0].name if subject and self._frames_the_paragraph(text, first[0]) else None
            )
        found = answers[question]
        if found in self._group_names and not self._local_clause_since(
            text, placing.sentence.start - 1, placing.quantity.start
        ):
            # a group is carried only to a clause that says 该区: other clauses of its
            # paragraph name areas of their own the registry does not know (近郊区, 核心区)
            return None
        return found  # type: ignore[return-value]

    def _examples_across_districts(self, placing: Placing) -> str | None:
        """A count right after 等 closing a list of examples whose items lie in two or more
        districts, joined by enumeration marks (海淀某园二期、丰台某公园、石景山某公园等31处城市
        公园), or after 等 and the examples' kind (建成丰台某园、石景山某园等城市休闲公园18处): all
        of them together, the city's, no one district's. An item may name its district only
        in a site's name (石景山某园), and the examples' kind may stand between 等 and the
        count, but then not in the story of a district one of whose sites is listed unless the
        city acts in the clause; a district acting there (海淀区建成…) keeps its count. (A
        list of districts themselves is ``_listed_total``'s.)

        Why: the count went to the district the clause seemed to open with."""
        text, quantity, clause = placing.text, placing.quantity, placing.clause
        before = text[clause.start : quantity.start].rstrip()
        opened = max(before.rfind(mark) for mark in self._open_marks)
        kind = before[opened + 1 :]
        if opened < 0 or len(kind) > _EXAMPLES_KIND_REACH or (kind and not kind.isalpha()):
            return None  # (isalpha: the kind's words only, no mark, digit or space)
        if before[opened:].startswith(self.lexicon.list_open_ends):
            return None  # 甲、乙等区的部分地区: districts listed, each its own (_listed_total)
        listed = text[clause.start : clause.start + opened]
        named_in_list = self.place_mentions(listed)
        places = [place for place in named_in_list if place.name in self._district_names]
        by_the_city = any(place.name == self.municipality for place in named_in_list)
        if any(self._acts_in_the_clause(listed, place) for place in places):
            return None  # 海淀区建成甲园、昌平路某园等10处: the district acting, its own count
        named = {place.name for place in places}
        sites = self._named_after_places(listed)
        places += [Place(start, start + len(name), name) for start, name in sites]
        places.sort(key=lambda place: place.start)
        if len({place.name for place in places}) < 2:
            return None
        listed_districts = {place.name for place in places}
        if (kind or len(named) < 2) and placing.main in listed_districts and not by_the_city:
            # 海淀区今年整治中关村某区、海淀公园周边、昌平路沿线等重点区域15处: in the story of a
            # district one of whose sites is listed, the sites are its own (昌平路 a street of it),
            # unless the city acts in the clause (北京建成…)
            return None
        marks = self.lexicon.enumeration_marks
        joined = all(
            any(mark in listed[first.end : second.start] for mark in marks)
            for first, second in itertools.pairwise(places)
        )
        return self.municipality if joined else None

    def _acts_in_the_clause(self, text: str, place: Place) -> bool:
        """A verb right after the district's name in ``text`` (海淀区建成…, 与丰台区共建的…):
        the district acts in the clause, no example's place."""
        words = pos_tags(text[place.end : place.end + _VERB_REACH])
        return bool(words) and words[0][1].startswith("v")

    def _count_of_cities_listed(self, placing: Placing) -> str | None:
        """A count of cities closing a list left open whose last item is a district (北京市甲区等
        26个城市: ``list_open_words`` then the count, then ``city_count_nouns``) counts the
        cities of the nation's list the district is one of: the nation's figure, not the
        district's. Not a list of other cities (与上海、广州等30个城市: the district's partners).

        Why: a district named a national forest city took the count of the cities named with
        it (授予北京市甲区等26个城市“国家森林城市”称号) as its own."""
        text, quantity = placing.text, placing.quantity
        if not text.startswith(self.lexicon.city_count_nouns, quantity.end):
            return None
        opening = longest_suffix(text[: quantity.start], self.lexicon.list_open_words)
        if not opening:
            return None
        before = quantity.start - len(opening)
        named = self.place_mentions(text, max(0, before - _LIST_ITEM_REACH), before)
        if not named or named[-1].end != before or named[-1].name not in self._district_names:
            return None  # 与上海、广州等30个城市: the district's partners, not a list it is on
        tokens = pos_tags(text[quantity.end : quantity.end + _VERB_REACH])
        if not tokens or tokens[0][0] not in self.lexicon.city_count_nouns:
            return None  # 等7处城市公园: parks of a city, no cities
        if len(tokens) > 1 and tokens[1][1].startswith("n"):
            return None  # 等9条城市主干道: the city's roads, no cities
        return self.nation

    def _count_of_a_national_title(self, placing: Placing) -> str | None:
        """A count of the cities holding a national title (``national_title_leads`` then a
        title ending with a noun of cities, ``city_count_nouns``), in a clause naming no place:
        the title's holders across the nation, counted before the figure ("国家森林城市已达165
        个", the count closing its clause) or after it ("共有27个获得“国家森林城市”称号的城市"):
        the nation's figure. Not a count of something else after the title (创建国家森林城市
        以来，新增公园12个: a noun stands between them; 创建国家森林城市的6项重点工作: a noun
        follows the count), nor a clause naming a place (北京已有7个区创建国家森林城市).

        Why: a district named a national forest city took the nation's count of such cities."""
        text, quantity, clause = placing.text, placing.quantity, placing.clause
        if quantity.unit != self.lexicon.generic_count_unit:
            return None
        if any(
            place.name != self.nation
            for place in self.place_mentions(text, clause.start, clause.end)
        ):
            return None  # 北京已有7个区…, 平谷区成为…: a place's count
        before = self._national_city_title_re.search(text, clause.start, quantity.start)
        between = text[before.end() : quantity.start] if before is not None else ""
        if (
            before is not None
            and not any(flag.startswith("n") or flag == "uj" for _, flag in pos_tags(between))
            and not _HAN_RUN_RE.search(text, quantity.end, clause.end)
        ):
            # 国家森林城市已达165个。 (not 创建国家森林城市的6项重点工作: tasks of the title's)
            return self.nation
        after = self._national_city_title_re.search(text, quantity.end, clause.end)
        if after is None:
            return None
        tail = text[after.end() : min(clause.end, after.end() + _TITLE_TAIL)]
        if any(noun in tail for noun in self.lexicon.city_count_nouns):
            return self.nation  # 27个获得“国家森林城市”称号的城市: the title, then its cities
        return None

    def _count_of_districts(self, placing: Placing) -> str | None:
        """A count of districts (有13个区地下水位回升, 在全市16个区中有3个区…) is the city's,
        whatever district the document is: how many of Beijing's districts did something."""
        text, quantity = placing.text, placing.quantity
        counted = self.lexicon.generic_count_unit
        if quantity.unit != counted or not text.endswith(counted, 0, quantity.end):
            return None  # districts are counted in 个: 271项区政府折子工程 counts projects
        if not counts_a_district_noun(text[quantity.end : quantity.end + 3], self.lexicon):
            return None
        return self.municipality

    def _district_beside_an_outside_place(self, placing: Placing) -> str | None:
        """A clause naming a place beyond Beijing and then one of its districts before the
        number is the district's figure: the outside place is where people or firms came from
        or a partner ("香河县企业在通州区投资建设项目8个", "天津市武清区与通州区合作项目10个").
        None when the clause names no outside place, or no district after it."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        places = self.place_mentions(text, clause.start, quantity.start)
        outside = [i for i, place in enumerate(places) if place.name in self._outside_names]
        if not outside:
            return None
        after = [p for p in places[outside[0] + 1 :] if p.name in self._district_names]
        return after[-1].name if after else None

    def _without_members_in_brackets(self, text: str, places: list[Place]) -> list[Place]:
        """``places`` less the districts a bracket right after a group names as its members
        (首都功能核心区（东城、西城）为…: one subject, the group, not three places)."""
        if not places or places[0].name not in self._group_names:
            return places
        group = places[0]
        note = BRACKETED_NOTE_RE.match(text, group.end)
        if note is None:
            return places
        return [place for place in places if not note.start() < place.start < note.end()]

    def _frames_the_paragraph(self, text: str, place: Place) -> bool:
        """The district opens a clause as its subject (房山区遭遇强降雨，…), or is where the
        paragraph's clause says things are (在房山区，…; 这座公园位于大兴区，…): not a venue or a
        comparison in passing (在房山区召开的会议上, 与海淀区一样, 在海淀区调研时)."""
        if self._opens_a_clause(text, place):
            return True
        closes = text[place.end : place.end + 1] in _COMMAS
        return closes and self._after_a_located_in_mark(text, place.start)

    def _lies_in(self, text: str, place: Place) -> bool:
        """Something is said to lie in ``place`` (公园位于大兴区, 落户大兴区的企业); not a
        clause's frame, 在 and the place before a comma ("在甲区，各平原区援建项目70个"): what
        happens there, in a story that may be another's."""
        if not self._after_a_located_in_mark(text, place.start):
            return False
        framed = text[place.end : place.end + 1] in _COMMAS
        leads = tuple(self.lexicon.chart_scope.get("scope_leads", ()))
        return not (framed and text.endswith(leads, 0, place.start))

    def _after_a_located_in_mark(self, text: str, at: int) -> bool:
        """A word of where something lies (在, 位于, 坐落于: ``located_in_marks``) ends at
        ``at``, right before a place's name."""
        return text.endswith(self.lexicon.located_in_marks, 0, at)

    def _section_heading(self, placing: Placing) -> str | None:
        """The district the heading of its section names ("（三）顺义区" over its paragraphs)."""
        paragraph = placing.paragraph
        if paragraph is None:
            return None
        return self._section_heading_of(placing.text, paragraph)

    def _main_district(self, placing: Placing) -> str:
        """Nothing nearer names a place: the document's main district, as a district's
        bulletin is about itself ("全年新增绿地…" in 延庆区's report is 延庆's)."""
        return placing.main

    def _named_next_as_this(self, placing: Placing) -> str | None:
        """A scene told first and placed after: the next sentence of the paragraph opens with
        a word pointing back (``back_reference_openers``: 这是, 这里是) and names a district
        right after it ("…行道树从8株增加至90多株。这是甲区在某大街实施的改造工程。": the 90 is
        甲区's). Only when the number's sentence names no district or group of its own (the
        city as where the scene is, 在北京某地铁口附近, places no district).

        Why: a city's feature opening on one district's street scene gave the scene's figures
        to the city, the district being named only in the sentence after them."""
        text, sentence, paragraph = placing.text, placing.sentence, placing.paragraph
        if paragraph is None or sentence.end >= paragraph.end:
            return None
        for place in self.place_mentions(text, sentence.start, sentence.end):
            if place.name in self._district_names or place.name in self._group_names:
                return None
        after = _past_spaces_and_quotes(text, sentence.end, paragraph.end)
        opening = text[after : after + _OPENER_REACH]
        opener = longest_prefix(opening, self.lexicon.back_reference_openers)
        if not opener:
            return None
        start = after + len(opener)
        named = self.place_mentions(text, start, min(paragraph.end, start + _BACK_NAME_REACH))
        first = next(iter(named), None)
        if first is None or first.name not in self._district_names or first.start != start:
            return None
        return first.name

    def _quoted_from_a_body_of_the_city(self, placing: Placing) -> str | None:
        """A figure inside a quotation that a body of the city speaks (市文化和旅游局副局长某某
        介绍：“全市已累计创建…。全年接待游客3500多万人次…”) is the city's when the quotation,
        up to the figure, opens a clause with the city and a figure of its own (全市已累计创建38
        个), and names no district, group or place beyond Beijing, nor the district without its
        name (全区, 我区) or a site by pointing back (这是, 这里: ``back_reference_openers``).
        Not the city named in passing (全市人民都关心这盆水。目前水库蓄水量达35亿立方米; 故宫是北京
        的文化名片，今年接待游客1500万人次: the site's). Not a district's body speaking (区文旅局
        介绍：“全市…，全年接待…”: the district's figures after the city's), nor a quotation
        that names a district before the figure (市园林绿化局介绍：“全市…，甲区新增…”).

        Why: in a district's feature, the city official's figures after the quotation's first
        sentence named no place, and went to the district the feature is about."""
        text, quantity, paragraph = placing.text, placing.quantity, placing.paragraph
        if paragraph is None or placing.main == self.municipality:
            return None
        opening = max(text.rfind(mark, paragraph.start, quantity.start) for mark in _SPEECH_QUOTES)
        if opening <= paragraph.start or text[opening - 1] not in _SPEECH_MARKS:
            return None
        quoted = text[opening + 1 : quantity.start]
        if any(mark in quoted for mark in _CLOSING_QUOTES):
            return None  # the quotation closed before the figure
        # the speaker: the words from the statement's start (or the paragraph's) to the quote
        speaker = max(paragraph.start, statement_start(text, opening, _SENTENCE_MARKS))
        if not self._a_body_of_the_city_names(text[speaker:opening].lstrip()):
            return None  # no body of the city speaks
        if any(
            place.name != self.municipality for place in self.place_mentions(text, speaker, opening)
        ):
            return None  # 市水务局驻某区工作组…: a district named with the speaker
        places = self.place_mentions(text, opening + 1, quantity.start)
        if not places or any(place.name != self.municipality for place in places):
            return None  # the quotation names no city, or names a district or another place
        own = (*self.lexicon.district_wide, *self.lexicon.self_references)
        if any(word in quoted for word in (*own, *self.lexicon.back_reference_openers)):
            return None  # 全区, 我区, 这是/这里: the district's or its site's figures
        city = places[0]
        if not self._opens_a_clause(text, city) or not _holds_a_digit(
            text[city.end : _clause_end(text, city.end, quantity.end)]
        ):
            # 全市人民都关心…, 北京的文化名片, 这是全市首个…: the city named, but no figure of its
            # own opens the quotation
            return None
        return self.municipality

    def _a_body_of_the_city_names(self, speaker: str) -> bool:
        """The words before a quotation open with a body of the city (``city_body_names`` then
        an agency's ending within ``_AGENCY_NAME_REACH``: 市文化和旅游局副局长某某介绍,
        北京市水务局相关负责人表示), perhaps after a word naming it as the source (据).

        >>> from districts.facts.pipeline import Pipeline
        >>> rules = Pipeline.from_data().extractor.attributor
        >>> rules._a_body_of_the_city_names("市文化和旅游局副局长某某介绍")
        True
        >>> rules._a_body_of_the_city_names("市场监管所所长某某说")
        False
        >>> rules._a_body_of_the_city_names("北京市民某某说")
        False
        """
        cues = self.lexicon
        speaker = speaker[len(longest_prefix(speaker, cues.body_name_leads) or "") :]
        name = longest_prefix(speaker, cues.city_body_names)
        if not name or speaker[len(name) - 1 :].startswith(cues.body_opening_exceptions):
            return False  # 市民某某说, 北京市民…: a resident speaking, no body
        reach = speaker[len(name) : len(name) + _AGENCY_NAME_REACH]
        return any(ending in reach for ending in cues.organization_endings)

    def _whole_of_a_part(self, placing: Placing) -> str | None:
        """A sentence opening with a word of a part (``mapping.part_markers``: 其中) and naming
        no place before its number goes on about the whole the sentence before it gave: in
        "据统计，朝阳区共有背街小巷2435条。其中，已完成整治的761条", the 761 are 朝阳's,
        whatever the story's district; so are a group's (首都核心区共有…。其中…). The whole is
        the first place the sentence before (in its paragraph) names, a district or a group
        opening a clause with a figure in it, alone there: no other place, no list (朝阳区、
        海淀区…), no figure in a later clause (…，其余各区1087万人: another whole), and no word
        of the story's own district (我区, 全区: the story's whole) in that sentence. The city
        is never taken as such a whole: it opens comparisons and ranks as often (全市排名第8,
        全市16个区中) and names events (北京冬奥会…赛区).

        Why: the part went to the paragraph's or the story's district, not to the whole's."""
        text, sentence, quantity = placing.text, placing.sentence, placing.quantity
        if placing.paragraph is None:
            return None
        start = _past_spaces_and_quotes(text, sentence.start, quantity.start)
        if not text.startswith(self.lexicon.mapping.part_markers, start, quantity.start):
            return None
        if self.place_mentions(text, start, quantity.start):
            return None  # 其中海淀区2435条: the part names its own place
        before = self._sentence_before(text, sentence.start, placing.paragraph.start)
        if before is None:
            return None
        own = (*self.lexicon.district_wide, *self.lexicon.self_references)
        places = self.place_mentions(text, before, sentence.start)
        for word in own:
            at = text.find(word, before, sentence.start)
            while at >= 0:
                # (门头沟辖区内, 朝阳区内: the area of the place just named, not the story's)
                if not any(-1 <= at - place.end <= _OWN_AREA_GAP for place in places):
                    return None  # 全市…，我区共有165个。其中…: the story's own whole
                at = text.find(word, at + 1, sentence.start)
        if not places or len({place.name for place in places}) > 1:
            return None
        whole = places[0]
        if not (whole.name in self._district_names or whole.name in self._group_names):
            return None
        clause_end = _clause_end(text, whole.end, sentence.start)
        if text.startswith(self.lexicon.enumeration_marks, whole.end) or not (
            self._opens_a_clause(text, whole) and _holds_a_digit(text[whole.end : clause_end])
        ):
            return None  # 东城区和西城区组成的…: a list, no one whole
        if _holds_a_digit(text[clause_end : sentence.start]):
            return None  # 城六区常住人口…，其余各区1087万人。其中…: more than one whole
        return whole.name

    def _previous_sentence_subject(self, placing: Placing) -> str | None:
        """In a document about a combined area (a district and its development zone, see
        facts/areas.py), a sentence that names no place goes on about the district the sentence
        before it opens with: "…。甲区引进企业…增至50家。研发中心增至9个。" (the 9 is 甲区's,
        not the combined area's). In a district's own document the paragraph's subject decides.
        A sentence opening with an open list of districts (甲、乙、丙等区…), or a list with no
        figure (东城、西城、石景山区已基本实现全覆盖。), opens with no one district: the next
        sentence's figure is the city's. So does a breakdown by district
        (从起火地区看，朝阳区6起，海淀区3起…。从起火状态看，行驶中起火12起: the city's 12), and
        a sentence opening with a breakdown's head goes on about no place before it
        (``breakdown_head_openers``: "…海淀园总收入最高…；从企业领域看，电子与信息企业…").
        Nor does a sentence naming a part of the city (``own_area_parts``: 平原区, 山区) before
        its figure: "密云水库实现…最高蓄水量…。年底平原区地下水位回升5.64米" is the city's.
        """
        text, sentence, main = placing.text, placing.sentence, placing.main
        if main in self._district_names or main in self._group_names or placing.paragraph is None:
            return None
        if self._breakdown_head_re.match(text, sentence.start):
            return None  # …海淀园总收入最高…；从企业领域看，…: a breakdown of its own
        if self._names_a_part_of_the_city(text[sentence.start : placing.quantity.start]):
            return None  # …密云水库…。年底平原区地下水位回升5.64米: a part of the city of its own
        start = self._sentence_before(text, sentence.start, placing.paragraph.start)
        if start is None:
            return None
        opening = {
            place.name
            for place in self.place_mentions(text, start, sentence.start)
            if place.name in self._district_names
            and self._opens_a_clause(text, place)
            and _holds_a_digit(text[place.end : _clause_end(text, place.end, sentence.start)])
        }
        if len(opening) >= 2:
            return None  # a breakdown by district, each with its figure: no one of them goes on
        for place in self.place_mentions(text, start, sentence.start):
            if (
                place.name == self.municipality
                and main in self.areas.area_names
                and self._opens_a_clause(text, place)
                # 北京市涌现出…, not 北京市级重点项目 nor 北京市“专精特新”企业: the city acting
                and self._a_verb_opens(text[place.end : place.end + _VERB_REACH])
            ):
                # an area's story: "2018年以来，北京市涌现出…。获批上市的创新医疗器械50个" goes
                # on about the city, not the zone
                return place.name
            if place.name in self._district_names and self._opens_a_clause(text, place):
                if text.startswith(self.lexicon.enumeration_marks, place.end) and any(
                    end in text[place.end : sentence.start] for end in self.lexicon.list_open_ends
                ):
                    return None  # 甲、乙、丙等区多条路段…。14处地质灾害中…: an open list
                if self._locates_a_station(text, place.end, sentence.start):
                    return None  # 昌平区王家园水库降雨745毫米。…3个点位…: the station's reading
                if text.startswith(self._tail_sharing_marks, place.end):  # 、和及, not 与
                    listed = self._list_opening(text, place.start, sentence.start)
                    members = (
                        self._listed_districts(text, listed[0][0].start, listed[0][-1].end)
                        if listed is not None
                        else []
                    )
                    if len(members) >= 2:
                        # 甲区、乙区…的山区部分，土地面积…；常住人口266.4万: the list, the subject
                        # of the figures before, goes on; a list with no figure (甲区、乙区已基本
                        # 实现全覆盖。10月份分出率19.79%) opens with no one district: the story's
                        digits = _holds_a_digit(text[place.end : sentence.start])
                        return GROUP_JOINER.join(members) if digits else None
                return place.name
            break
        return None

    def _part_of_the_citys_figure_before(self, placing: Placing) -> str | None:
        """A sentence opening with 其中 (the time words' ``part_openings``) and naming no place,
        town or site and none of the district's own words (该区, 全区, 区级) tells a part of the
        figure before it. When the sentence before opens with Beijing acting and names no other
        place ("2021年，北京市共有92家独角兽企业…。其中，…领域企业数量最多，占比近六
        成"), the part is the city's, not the story's district: a paragraph opened by the city
        is otherwise not carried (a district's bulletin compares with the city once and goes on
        about itself), but a part of the city's figure is the city's.

        Why: a 海淀 story on Beijing's unicorns gave the city's shares to 海淀."""
        text, sentence, paragraph = placing.text, placing.sentence, placing.paragraph
        if paragraph is None:
            return None
        opening = sentence.start
        while opening < placing.quantity.start and text[opening] in _LEADING_BLANKS:
            opening += 1
        if not text.startswith(self._part_openings, opening):
            return None
        # anywhere in the sentence, a place of its own (其中，海淀区…; 其中，12个社区位于望京街道;
        # 其中，首钢园接待游客300万人次) or the district's own (该区, 全区, 区级配套资金)
        if self.place_mentions(text, sentence.start, sentence.end) or self._township_re.search(
            text, sentence.start, sentence.end
        ):
            return None
        lexicon = self.lexicon
        words = (
            *lexicon.local_subjects,
            *lexicon.self_references,
            *lexicon.district_wide,
            *lexicon.district_tier_words,
        )
        if any(word in text[sentence.start : sentence.end] for word in words):
            return None
        start = self._sentence_before(text, sentence.start, paragraph.start)
        if start is None:
            return None
        before = text[start : sentence.start]
        if self._refers_to_itself(text, start, sentence.start, placing.main) or any(
            word in before for word in self.lexicon.district_wide
        ):
            return None  # 全市共有…1392个，我区共有…158个。其中，…: the story's own, last named
        places = self.place_mentions(text, start, sentence.start)
        if not places or any(place.name != self.municipality for place in places):
            return None  # a district named after the city's figure: the part may be its
        first = places[0]  # the city acting, not named in passing
        acting = self._a_verb_opens(text[first.end : first.end + _VERB_REACH])
        return first.name if self._opens_a_clause(text, first) and acting else None

    def _names_a_part_of_the_city(self, said: str) -> bool:
        """The sentence names, before its figure, a part of the territory (``own_area_parts``:
        平原区, 山区) that is no part of a place's name (西城区) and that no word before it
        points back from (该区浅山区, 其中山区乡镇: the district before's).

        >>> from districts.facts.pipeline import Pipeline
        >>> rules = Pipeline.from_data().extractor.attributor
        >>> rules._names_a_part_of_the_city("年底平原区地下水位同比回升")
        True
        >>> rules._names_a_part_of_the_city("该区浅山区新增绿地")
        False
        """
        back = (
            *self.lexicon.local_subjects,
            *self.lexicon.self_references,
            *self.lexicon.mapping.part_markers,
        )
        for part in self.lexicon.own_area_parts:
            at = said.find(part)
            if at < 0 or any(word in said[:at] for word in back):
                continue
            if any(
                0 <= (found := said.find(name)) <= at < found + len(name)
                for name in self._district_names
            ):
                continue  # 与西城区交界处, 房山区: the part's name inside a district's
            return True
        return False

    def _locates_a_station(self, text: str, end: int, limit: int) -> bool:
        """The district's name right before the name of a station or a reservoir where a
        reading was taken (``reading_station_endings``: 昌平区王家园水库, 门头沟区某水文站): the
        district says where the station lies, and is no subject the next sentence goes on
        about ("地质灾害监测数据记录了更高极值，700毫米以上的有51个点位" is the city's).

        Why: a city's flood briefing gave its counts of rain-gauge points to the district of the
        record reading named the sentence before."""
        following = text[end : min(limit, end + _STATION_NAME_REACH)]
        name = _HAN_RUN_RE.match(following)
        if name is None:
            return False
        run = name.group()
        # the station's name ends right before what was read there (王家园水库降雨…): not a
        # post or a hub named so (养老驿站15个, 丰台站改造工程, 充电站120座)
        readings = self.lexicon.outside_extreme_readings
        for ending in self.lexicon.reading_station_endings:
            at = run.find(ending)
            while at > 0:
                if text.startswith(readings, end + at + len(ending)):
                    return True
                at = run.find(ending, at + 1)
        return False

    def _paragraph_subject(self, text: str, paragraph: Span | None, main: str) -> str:
        """The district a paragraph opens with, else the one its section's heading names, else
        ``main``."""
        if paragraph is None:
            return main
        opener = self._paragraph_opener_of(text, paragraph, main)
        if opener is not None:
            return opener
        return self._section_heading_of(text, paragraph) or main

    def _paragraph_opener_of(self, text: str, paragraph: Span | None, main: str) -> str | None:
        """The district a paragraph opens with, as its subject ("延庆区…"), else None.
        Beijing and groups opening a paragraph are not carried into its other sentences: a
        district's bulletin compares with the city in one sentence and goes on about itself.

        The same for every number of the paragraph: worked out once (``_answers``)."""
        if paragraph is None:
            return None
        answers = self._answers(text)
        question = ("paragraph_opener", paragraph.start, paragraph.end, main)
        if question not in answers:
            answers[question] = self._paragraph_opener_worked_out(text, paragraph, main)
        return answers[question]  # type: ignore[return-value]

    def _answers(self, text: str) -> dict[tuple[object, ...], object]:
        """Answers already worked out on ``text``, by question: the numbers of one clause or
        paragraph ask the same questions of it (its subject), and each is answered once per
        text. Kept for the last text only; the pair is replaced as one, so a reader on
        another text never sees this text's answers."""
        memo = self._memo
        if memo[0] is not text:
            memo = (text, {})
            self._memo = memo
        return memo[1]

    def _paragraph_opener_worked_out(self, text: str, paragraph: Span, main: str) -> str | None:
        """``_paragraph_opener_of``, worked out. A first clause that is only a date (29日，…,
        7月31日，…) opens no subject: the clause after it does ("29日，北京市房山区…启动"). A
        clause saying only where the figures come from (据统计，经初步预计，: ``report_openings``)
        opens none either. A paragraph opening with 此次/本次 and no district goes on about the
        event the paragraph before opened with ("12月30日晚，甲区消防救援支队…夜查。" then
        "此次夜查共检查…")."""
        start = paragraph.start
        end = _first_clause_end(text, start, paragraph.end)
        # (经初步预计，东城区…: a clause saying only where the figures come from opens none)
        while end < paragraph.end and (
            self._only_a_date(text[start:end])
            or text[start:end].strip(" \t\u3000") in self.lexicon.report_openings
        ):
            start = end + 1
            end = _first_clause_end(text, start, paragraph.end)
        opening = Span(start, paragraph.end)
        found = self._opener_in(text, opening, end, main)
        if found is None and text.startswith(self.lexicon.anaphoric_leads, start):
            stop = _SENTENCE_END.search(text, start, paragraph.end)
            for place in self.place_mentions(text, end, stop.end() if stop else paragraph.end):
                if place.name in self._district_names and self._opens_a_clause(text, place):
                    return place.name  # 本次检查中，海淀区共检查…: its own district
            # "此次夜查共检查单位78家": the event the paragraph before opened with its district
            before = text[: paragraph.start].rstrip("\n")
            if before:
                previous = Span(before.rfind("\n") + 1, len(before))
                return self._paragraph_opener_of(text, previous, main)
        return found

    def _opener_in(self, text: str, paragraph: Span, end: int, main: str) -> str | None:
        """The district opening ``paragraph`` whose first clause ends at ``end``, if any."""
        if self._refers_to_itself(text, paragraph.start, end, main):
            return main  # "海淀区、昌平区与我区共建…": about the document's district too
        for place in self.place_mentions(text, paragraph.start, end):
            if place.name not in self._district_names or self._is_a_base(
                text, paragraph.start, place
            ):
                continue
            if text[place.end : place.end + 1] in self.lexicon.enumeration_marks:
                return None  # "海淀区、朝阳区等6个区…": a list of districts, no one subject
            if self._opens_a_clause(text, place):
                return place.name
            break  # named in passing: the paragraph does not say whom it is about
        return None

    def _only_a_date(self, clause: str) -> bool:
        """Digits and the words of a date alone (29日, 2023年7月31日, 3月5日晚, 自12月28日
        以来): no place, no subject."""
        words = (
            *self.lexicon.date_clause_words,
            *self.lexicon.date_units,
            *self.lexicon.year_words,
        )
        rest = clause.strip(" \t\u3000")
        for word in words:
            rest = rest.replace(word, "")
        return bool(clause.strip()) and rest.isdigit()

    def _section_heading_of(self, text: str, paragraph: Span) -> str | None:
        """The district named by the heading of the section a paragraph stands in
        ("（三）顺义区" over the paragraphs about 顺义), else None. The nearest heading
        decides: one naming no district, or several, starts a section of the document's own."""
        end = paragraph.start
        floor = max(0, paragraph.start - _SECTION_REACH)
        # an item of a list ("丁广场绿地 6000平方米", a short line and no sentence) stands under
        # the items before it: a short line with a figure is one of them, no heading
        own = text[paragraph.start : paragraph.end].strip()
        an_item = len(own) <= _MAX_HEADING and not _SENTENCE_END.search(own)
        while end > floor:
            line_end = text.rfind("\n", floor, end)
            if line_end < 0:
                break
            line_start = text.rfind("\n", floor, line_end) + 1
            end = line_start
            line = text[line_start:line_end].strip()
            if not line or len(line) > _MAX_HEADING or _SENTENCE_END.search(line):
                continue
            if _TABLE_ROW.search(line):
                continue  # "顺义区\t12.4\t6.1": a row of a table, not a heading
            if not text[:line_start].strip():
                break  # the text's headline, whose subject main_district weighed, no section's
            if is_photo_caption(line, self.lexicon):
                continue  # 游客在某区某村游玩(某某/摄): a photo's caption, no section's heading
            named = {
                place.name
                for place in self.place_mentions(text, line_start, line_end)
                if place.name in self._district_names
            }
            if not named and an_item and _holds_a_digit(self._heading_digits_re.sub("", line)):
                continue  # "丙观绿地 8000平方米" above "丁广场绿地 6000平方米": the list's
            if not named and _labelled_field(line):
                continue  # "关键词:疏解、拆违" under "东城": a field of the section, no heading
            if not named and line.endswith(_ITEM_LINE_ENDS):
                continue  # "今年要完成搬迁;" over "要拆除…;": an item, the heading is above
            if (
                not named
                and an_item
                and any(mark in line for mark in _COMMAS)
                and not re.match(SECTION_NUMBER, line)
            ):
                # "南至复兴门,北至车公庄" between "顺城绿地(西城区)" and "可以容纳3.3万人": a
                # line of the item's description, clauses and no heading; the item's name is above
                continue
            return named.pop() if len(named) == 1 else None
        return None


# Blanks and opening quotes before a sentence's first word
_LEADING_BLANKS = " \t\u3000\n" + _OPENING_QUOTES


def _start_of(place: Place) -> int:
    return place.start
