"""Numbers of several districts: a value the listed districts share (均为), a list's
total, values paired with districts one by one (分别为).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from districts.catalog import GROUP_JOINER
from districts.facts.extract import (
    Quantity,
    ends_a_list_item,
    inside_quotation,
    lists_districts,
)
from districts.facts.numbers import CHINESE_NUMERAL_CHARS, parse_chinese
from districts.facts.phrases import (
    BRACKETED_NOTE_RE,
    any_of,
    bracket_open_at,
    longest_prefix,
    longest_suffix,
)
from districts.facts.timeframe import load_time_lexicon
from districts.facts.words import pos_tags
from districts.text.split import FULL_STOPS, Span, statement_start

if TYPE_CHECKING:
    pass
from districts.facts.attribute.common import (
    _ADDING_KINDS,
    _AID_REACH,
    _BASE_LEAD_REACH,
    _CAUSE_CONTEXT,
    _CJK_RE,
    _CLASS_BOUND_REACH,
    _CLAUSE_MARK_RE,
    _CLAUSE_MARKS,
    _CLAUSE_OPENING_MARKS,
    _CLAUSE_SPLIT_MARKS,
    _COMMAS,
    _EACH_KINDS,
    _EVERY_DISTRICT_REACH,
    _HAN_RUN_RE,
    _LIST_REACH,
    _MAX_FIGURE_GAP,
    _MAX_NAMED_GAP,
    _NAME_CLOSINGS,
    _NUMBER_RE,
    _PAIRED_PREDICATE_LENGTH,
    _PAIRED_UNIT_LENGTH,
    _PHASE_AND_CLOSING,
    _READING_KINDS,
    _SCOPE_REACH,
    _SHARE_WHOLE_REACH,
    _SPAN_VERB_REACH,
    _UNIT_NAME_REACH,
    _VERB_REACH,
    _WHOLE_BREAKS,
    _WORD_REACH,
    _a_site_reading,
    _clause_before,
    _clause_end,
    _clause_start,
    _last_cue_in_its_clause,
)
from districts.facts.attribute.placing import _LISTENING, Place, Placing

# A headline's label before its story: 北京：…
_COLONS = (":", "\uff1a")
# How far before a place a neighbour's mark and the city's name may stand (南接北京市昌平区).
_NEIGHBOUR_LEAD = 8
# How far before a place its position in a ranking may start (排名第十六位的是)
_HELD_RANK_REACH = 8
# The word after 最 naming an extreme (最后, 最大): at most this many characters.
_EXTREME_WORD = 2
# How far after a city service's name a district's may stand and make it that district's
# branch (北京消防房山支队, 北京公安朝阳分局).
_BRANCH_REACH = 4


class SharedValues:
    """Numbers of several districts: a value the listed districts share (均为), a list's
    total, values paired with districts one by one (分别为).
    """

    def districts_of(self, placing: Placing) -> list[str]:
        """Every place a fact is about: one (district_of), or each of the districts that
        share the value ("通州区和大兴区PM2.5年均浓度均为31微克/立方米": a fact for each)."""
        listening = _LISTENING.get()
        if listening is not None:
            listening.append(self.district_decision(placing))
        if self._count_of_districts(placing) is not None:
            # 通州、顺义等5个区县完成…: how many districts, the city's; no total of the list
            return [self.district_of(placing)]
        shared = self._top_listed(placing) or self._shared_value(placing)
        if shared:
            return shared
        total = self._listed_total(placing) or self._spanned_districts(placing)
        if total is not None:
            return [total]
        return [self.district_of(placing)]

    def _spanned_districts(self, placing: Placing) -> str | None:
        """ "项目涉及怀柔区、延庆区、房山区、门头沟区，覆盖86个村": after a verb of what a project
        spans (``span_verbs``), districts listed (joined by enumeration marks only) and then,
        in the same sentence, the number: the districts' figure together (a group), not the
        first district's nor the document's. Not a list left open (涉及甲区、乙区等7个区, 包括
        甲区、乙区在内的8个区: more districts than named), nor one left out (不包括甲区、乙区), nor
        one in a bracket; not when a subject acts before the verb (我区支持甲区、乙区企业…) or a
        place, 我区 or 全区 stands between the list and the number (its own figure), nor with
        分别, 各 or 每 (each one's figure)."""
        text, sentence, quantity = placing.text, placing.sentence, placing.quantity
        places = [
            place
            for place in self.place_mentions(text, sentence.start, quantity.start)
            if place.name in self._district_names
        ]
        if len(places) < 2:
            return None
        first = len(places) - 1
        while first > 0 and text[places[first - 1].end : places[first].start] in (
            self.lexicon.enumeration_marks
        ):
            first -= 1
        listed = places[first:]
        if len(listed) < 2:
            return None
        # the verb, perhaps with 了/到 and a colon after it (覆盖了…, 包括：…)
        verb_match = self._span_verb_re.search(
            text, max(sentence.start, listed[0].start - _SPAN_VERB_REACH), listed[0].start
        )
        if verb_match is not None:
            verb_start = verb_match.start()
        elif self._counted_in_the_list(placing, listed):
            verb_start = listed[0].start
        else:
            return None
        clause_start = statement_start(text, verb_start, _CLAUSE_SPLIT_MARKS)
        lead = text[clause_start:verb_start]
        named_before = [
            place
            for place in self.place_mentions(text, clause_start, verb_start)
            if place.name in self._district_names
        ]
        if (
            lead.endswith(self.lexicon.span_negations)
            or any(mark in lead for mark in "（(")
            or named_before
            or any(word in lead for word in self.lexicon.self_references)
        ):
            # 不包括…, a bracket's note, or a district acting (我区支持…, 甲区支持乙区、丙区…);
            # a group or the city before the verb (生态涵养区包括…, 全市…覆盖…) is no actor
            return None
        after = text[listed[-1].end : quantity.start]
        own = (*self.lexicon.self_references, *self.lexicon.district_wide)
        if (
            after.startswith(self._open_list_words)
            or self._each_of_them(after)
            or self._subjects(text, listed[-1].end, quantity.start, rank=False)
            or any(word in after for word in own)
            or any(cue in after for cue in self.lexicon.respectively_cues)
        ):
            return None
        return GROUP_JOINER.join(dict.fromkeys(place.name for place in listed))

    def _counted_in_the_list(self, placing: Placing, listed: list[Place]) -> bool:
        """Districts listed as the object of any verb, and right after them (or after 地区,
        境内: ``place_area_words``) an amount that adds up, the one figure of the clause:
        "共恢复甲、乙和丙地区96个村庄供电" counts the villages of the three together, not the
        first district's. A span verb (覆盖, 涉及) needs no such closeness
        (``_spanned_districts``); a subject list is ``_listed_total``'s. Not after a word of
        a force sent to help (``aid_destination_marks``: 支援甲、乙500人 are the sender's;
        游客赴甲、乙120万人次 are the places' visitors).

        Why: the first district of the list took the villages of all three."""
        text, quantity = placing.text, placing.quantity
        if quantity.kind not in _ADDING_KINDS or quantity.qualifier not in ("exact", "approx"):
            return False
        between = text[listed[-1].end : quantity.start]
        if between and between not in self.lexicon.place_area_words:
            return False
        clause_start = statement_start(text, listed[0].start, _CLAUSE_SPLIT_MARKS)
        lead = text[max(clause_start, listed[0].start - _VERB_REACH) : listed[0].start]
        tags = pos_tags(lead)
        if not tags or not tags[-1][1].startswith("v"):
            return False  # the list opens its clause: its subject, not a verb's object
        if lead.endswith(self.lexicon.aid_destination_marks):
            return False  # 支援门头沟、房山500人: those sent there, the sender's figure
        return self._the_lists_one_figure(placing, listed[-1].end)

    def _each_of_them(self, after: str) -> bool:
        """Whether the words right after a list of districts give each one's figure: 各 before
        a verb (各建设1个示范区; not 各类学校, 各级财政) or 每个区/每区 (not 每年, 每天). For
        a figure in the list's own clause ``_shared_value`` reads 各 first; this holds for the
        clauses after it too ("各建设1个示范区，每个区补助500万元": not the group's total)."""
        if self._each_district_re.match(after):
            return True
        rest = after.lstrip("，,")
        word = longest_prefix(rest, self.lexicon.distributive_words)
        if not word:
            return False
        return self._a_verb_opens(rest[len(word) :])

    def _a_verb_opens(self, words: str) -> bool:
        """A verb opens ``words``: the tagger's, or an act counted (``counted_actions``: 转移,
        安置), which the tagger may read as the start of a measure's name (转移群众人数, a noun
        of the catalog), or a verb of a plan's works (``planned_work_verbs``: 新建, which the
        tagger may read as a place's name)."""
        if words.startswith((*self.lexicon.counted_actions, *self.lexicon.planned_work_verbs)):
            return True
        tags = pos_tags(words[:_VERB_REACH])
        return bool(tags) and tags[0][1].startswith("v")

    def _top_listed(self, placing: Placing) -> list[str]:
        """ "法人单位数量位居前三位的区是：朝阳区21.1万个…；海淀区14.3万个…；通州区…": the rank
        (at most N) is each listed district's, not the city's, nor the first district's alone.
        The list starts right after its head (``top_list_head``); each item is a district's
        name alone (not 东城区东华门街道), joined to the one before by a mark or after the
        previous item's figures; an item after 和/及 is the last ("前三的区为海淀区和朝阳区，
        丰台区位列第五": 丰台 is not listed); at most N items."""
        text, quantity = placing.text, placing.quantity
        if quantity.kind != "rank" or quantity.qualifier != "at_most":
            return []
        head = self._top_list_head_re.match(text, quantity.end)
        if head is None or not lists_districts(
            text, head, int(quantity.value), self.lexicon, self._alias_re
        ):
            return []
        limit = placing.paragraph.end if placing.paragraph is not None else len(text)
        stop = min(
            (at for mark in FULL_STOPS if (at := text.find(mark, head.end(), limit)) >= 0),
            default=limit,
        )
        items: list[Place] = []
        last_item = False
        for place in self.place_mentions(text, head.end(), stop, districts_only=True):
            if place.name not in self._district_names:
                break
            if not ends_a_list_item(text, place.end, self.lexicon):
                break
            if items and bracket_open_at(text, items[-1].end, place.start):
                continue  # 大兴(含亦庄,下同): a note on the item before, no item of its own
            if items:
                gap = BRACKETED_NOTE_RE.sub("", text[items[-1].end : place.start])
                if last_item or not (
                    gap in (*self.lexicon.enumeration_marks, "，", ",", "；", ";")
                    or _NUMBER_RE.search(gap)
                ):
                    break
                # a joining word, not a mark, comes before a list's last item (A、B和C)
                last_item = gap.isalpha()
            elif place.start != head.end():
                return []
            items.append(place)
        names = list(dict.fromkeys(place.name for place in items))[: int(quantity.value)]
        return names if len(names) >= 2 else []

    def _listed_total(self, placing: Placing) -> str | None:
        """ "房山区、门头沟区、昌平区累计转移11个乡镇38个村547人": districts listed as the subject
        of their clause, then straight a word of a total (``list_total_words``: 累计, 合计, 共;
        not 分别, nor 共 inside 公共): the value is the districts' together, none's alone. It
        is kept under the list's name, the districts joined by 、 (房山、门头沟、昌平), out of
        every district's chart, as Beijing's and a named group's are.

        So is a list left open (``list_open_ends``): "密云、怀柔、房山等区转移群众782人" is the
        group's, kept as 密云、怀柔、房山等区, and one left open with its count (甲、乙、丙等9个区
        有71个站…). A clause that names no place of its own and
        follows such a list in its sentence continues it: in "…等区转移群众782人，关闭景区
        35个" both are the group's. None otherwise."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        subject = self._listed_subject_places(placing)
        own_clause = subject is not None
        start = clause.start
        while subject is None and self._continues(text, start, quantity.start):
            previous = _clause_before(text, placing.sentence.start, start)
            if previous is None:
                break
            subject = self._list_opening(text, previous[0], previous[1])
            start = previous[0]
        if subject is None:
            return None
        places, between = subject
        if any_of(self.lexicon.respectively_cues).search(between):
            return None  # 海淀区、朝阳区分别累计新增…: each its own value
        between = between.lstrip()
        open_end = next(
            (word for word in self.lexicon.list_open_ends if between.startswith(word)), ""
        )
        counted_end = self._counted_open_end_re.match(between)
        if counted_end is not None:
            open_end = counted_end.group()  # 甲、乙…等9个区有58个站: the nine's together
        if between[len(open_end) : len(open_end) + 1] in self.lexicon.list_open_end_continuations:
            open_end = ""  # 平谷区、顺义区等区域: 等 + 区域, no group of districts
        rest = between[len(open_end) :].lstrip()
        counted = self._group_count_re.match(rest)  # 两区各…: the count of them first
        rest = rest[counted.end() :] if counted else rest
        if self._each_of_them(rest) or rest.startswith(self.lexicon.mapping.per_head_modifiers):
            return None  # 两区各转移群众500余人, 两区人均损失500元: each one's, no total
        if (
            not open_end
            and not between.startswith(self.lexicon.list_total_words)
            and not self._names_the_list_as_a_group(between)
            and not self._an_event_counted_together(between, placing)
            and not (own_clause and self._an_amount_of_the_list(placing, places[-1].end))
            and not (own_clause and self._a_share_of_the_list(placing, places[-1].end, between))
        ):
            return None  # 甲区、乙区PM2.5浓度为…: no total, left to the other rules
        listed = self._listed_districts(text, places[0].start, places[-1].end)
        return GROUP_JOINER.join(listed) + open_end if listed else None

    def _an_amount_of_the_list(self, placing: Placing, list_end: int) -> bool:
        """An amount that adds up (a count, money, an area, a length: ``_ADDING_KINDS``) given
        as the first figure after districts listed as its clause's subject, no 分别 after them
        in the sentence: theirs together, as no word says how it splits. "北京市甲区、乙区受暴雨
        影响的82条县级以上水毁路段恢复完工" is the two districts' 82, not the first one's.
        Rates, readings and ranks are not summed (甲区、乙区接种率超过90%: each one's), so they
        are left to the other rules; so are a bounded amount (常住人口超过70万人: each has more)
        and a measure each has (``list_each_measure_words``: 平均海拔, 均价, 每个街道, 距离).

        Why: the first district of the list took the whole amount on its chart."""
        quantity = placing.quantity
        if quantity.kind not in _ADDING_KINDS or quantity.qualifier not in ("exact", "approx"):
            return False  # 甲区、乙区不足50万常住人口, 常住人口超过70万人: a state of each
        between = placing.text[list_end : quantity.start].strip()
        if not between and placing.text.startswith(self.lexicon.group_count_nouns, quantity.end):
            return False  # 甲区、乙区2区: the list counted, no amount of theirs
        if any(word in between for word in self.lexicon.list_each_measure_words):
            return False  # 甲区、乙区平均海拔1000米, 每个街道…: each one's measure
        return self._the_lists_one_figure(placing, list_end)

    def _a_share_of_the_list(self, placing: Placing, list_end: int, between: str) -> bool:
        """A rate named as a share of a whole (``list_share_words``: 占, 比重, 贡献) given as
        the one figure of districts listed as its clause's subject: their share together.
        "甲区、乙区地区生产总值占全市的45.3%" is the two districts' 45.3%, not each one's
        nor the first one's.

        Why: the first district of the list took the two districts' share."""
        if placing.quantity.kind not in _EACH_KINDS:
            return False
        if not any(word in between for word in self.lexicon.list_share_words):
            return False
        return self._the_lists_one_figure(placing, list_end)

    def _the_lists_one_figure(self, placing: Placing, list_end: int) -> bool:
        """The number is the one figure of its clause after a list of districts ending at
        ``list_end`` (numbers in quotation marks aside: “23·7”暴雨), no count of places
        between (甲区、乙区三个区域共…: more places than named), no word of each (各, 均) before
        it, and no 分别 follows the list in the sentence: one figure for the list, not one of a
        row of figures for its members (甲区、乙区新增企业86家、74家). Dates are no figures
        (甲、乙5个公园已于2011年建成开放)."""
        text, sentence, quantity = placing.text, placing.sentence, placing.quantity
        if any_of(self.lexicon.respectively_cues).search(text, list_end, sentence.end):
            return False
        marks = (*self.lexicon.distributive_words, *self.lexicon.shared_marks)
        if any(mark in text[list_end : quantity.start] for mark in marks):
            return False  # 通州、大兴新增就业岗位各2万个: each one's, the pair's twice as many
        time = load_time_lexicon()
        dates = [
            found.span()
            for pattern in (time.year_re, time.month_day_re)
            for found in pattern.finditer(text, list_end, placing.clause.end)
        ]
        for number in _NUMBER_RE.finditer(text, list_end, placing.clause.end):
            if quantity.start <= number.start() < quantity.end or inside_quotation(
                text, number.start(), number.end()
            ):
                continue  # the figure itself, its unit written first too (每立方米60微克)
            if any(start <= number.start() < end for start, end in dates):
                continue  # 甲、乙5个公园已于2011年建成, …于今年5月1日完工: a date, no figure
            if number.group()[0].isdigit() or text.startswith(
                self.lexicon.group_count_nouns, number.end()
            ):
                return False
        return True

    def _an_event_counted_together(self, between: str, placing: Placing) -> bool:
        """Nothing but a bound between the listed districts and a count of an event
        (``counted_actions``): "甲区及乙区至少30人遇难" counts the two together (each
        district's own would say 均 or 各), so the count is the group's, none's alone. A state
        stays each district's: "甲区、乙区不足50万常住人口" (each has fewer)."""
        quantity = placing.quantity
        return (
            quantity.kind == "count"
            and (not between.strip() or between.strip() in self._bounds)
            and placing.text.startswith(self.lexicon.counted_actions, quantity.end)
        )

    def _names_the_list_as_a_group(self, between: str) -> bool:
        """Right after a list of districts, their count and a noun of districts
        (``district_group_nouns``: 东城、西城、朝阳、海淀四个中心城区占74家; 五区): the list is
        named as one group, and the value is the group's, as after 累计. Not a year (2023年地区
        生产总值), a count of other places (15个社区, 3个开发区), of areas (三个区域) or of a level
        (两个区级…)."""
        match = self._counted_group_re.match(between)
        if match is None:
            return False
        rest = between[match.end() :]
        return not rest.startswith(self.lexicon.not_facts.district_noun_continuations)

    def _shared_value(self, placing: Placing) -> list[str]:
        """The rule before all others (districts_of): districts listed together ("A区和B区",
        "A、B") and then given one value with 均为: the value is each one's. The list is the
        clause's own, else the nearest clause before in the sentence that lists districts
        ("A区和B区已完成…，均为本区…的2倍以上")."""
        text, quantity = placing.text, placing.quantity
        clause, sentence = placing.clause, placing.sentence
        cues = [
            match.start()
            for match in any_of(self.lexicon.shared_cues).finditer(
                text, clause.start, quantity.start
            )
            if not self._inside_a_word(text, match.start())
        ]
        cues += self._shared_marks_before_verbs(text, clause.start, quantity.start)
        cues += self._respectively_with_one_value(text, clause, quantity.start)
        cues.sort()
        if not cues:
            return self._listed_subject(placing)  # no 均 before the number
        cue = cues[-1]
        listed = self._listed_districts(text, clause.start, cue) or self._parallel_subjects(
            text, clause.start, cue
        )
        if not listed and any(
            place.name in self._district_names
            for place in self.place_mentions(text, clause.start, cue)
        ):
            return []  # "朝阳区、海淀区…较低，丰台区也为30微克": its own district's alone
        floor = clause.start
        while not listed and (previous := _clause_before(text, sentence.start, floor)):
            listed = self._listed_districts(text, *previous)
            floor = previous[0]
        # "上述三个区森林覆盖率均超过60%": each of the districts referred back to
        referred = listed or self._referred_districts(placing)
        if referred:
            return referred
        own = text[clause.start : cue]
        if self.place_mentions(text, clause.start, cue) or re.search(r"\d", own):
            return []  # 全市均超过…, 其余14个区均超过…: the clause says whose value it is
        return self._subjects_of_clauses_before(text, sentence.start, clause.start)

    def _subjects_of_clauses_before(self, text: str, floor: int, start: int) -> list[str]:
        """The districts opening the clauses right before ``start`` one each, two or more of
        them: "经开区建成…算力中心，朝阳互联网3.0产业领跑全市，核心产业收入均超2千亿元" gives
        the value to both, as "经开区和朝阳…均超" would. The run stops at the first clause
        before that opens with no district or names more than one place.

        Why: a shared value after districts each with a clause of its own went to the document's
        district."""
        names: list[str] = []
        while previous := _clause_before(text, floor, start):
            places = self.place_mentions(text, *previous)
            # (领跑全市: the city it leads is no second subject)
            listable = [place for place in places if place.name in self._listable_names]
            if (
                len(listable) != 1
                or places[0] != listable[0]
                or listable[0].name in names
                or not self._opens_a_clause(text, listable[0])
            ):
                break
            names.insert(0, listable[0].name)
            start = previous[0]
        return names if len(names) >= 2 else []

    def _respectively_with_one_value(self, text: str, clause: Span, end: int) -> list[int]:
        """Where 分别 (``respectively_cues``) stands before a verb with one value alone after it
        in its clause: "在海淀、房山、通州3个区县分别建设1个深井观测站" builds one in each, as
        各建设 would; with more values (分别为10%、12%) each district has its own (_respectively).
        So does a link alone (``respectively_links``) before the one value: "大兴、延庆、朝阳分布
        最多,分别为3处" is three each.
        """
        found = []
        bounds = self.lexicon.not_facts.class_bounds
        for match in any_of(self.lexicon.respectively_cues).finditer(text, clause.start, end):
            # (1个300米以下综合深井观测站: a class's threshold in the noun is no second value)
            values = [
                number
                for number in self._values_in(text, match.end(), clause.end)
                if not any(
                    bound in text[number.end() : number.end() + _CLASS_BOUND_REACH]
                    for bound in bounds
                )
            ]
            link = text[match.end() : end].strip()
            if (
                len(values) == 1
                and values[0].start() == end
                and (
                    self._a_verb_opens(text[match.end() : min(end, match.end() + _VERB_REACH)])
                    or link in self.lexicon.respectively_links
                )
            ):
                found.append(match.start())
        return found

    def _parallel_subjects(self, text: str, start: int, end: int) -> list[str]:
        """Two districts, each with the same measure, joined by an enumeration mark before a
        shared cue: "特别是甲区平均的降雨量和乙区平均降雨量都超过了400毫米" gives each the value, as
        "甲区和乙区平均降雨量都超过…" would. The measures must read alike once 的 is dropped;
        else the districts are no pair of subjects ([] then).

        Why: only districts joined by marks alone were read as sharing a value, so the second
        district took the value alone and the first lost it."""
        places = [
            place
            for place in self.place_mentions(text, start, end)
            if place.name in self._district_names
        ]
        if len(places) != 2:
            return []
        first, second = places
        gap = text[first.end : second.start]
        mark = next((m for m in self.lexicon.enumeration_marks if m and gap.endswith(m)), "")
        if not mark or first.name == second.name:
            return []
        measure = self._without_possessives(gap[: -len(mark)])
        again = self._without_possessives(text[second.end : end])
        return [first.name, second.name] if measure and measure == again else []

    def _without_possessives(self, words: str) -> str:
        """``words`` without 的 and 之 and the spaces around them (平均的降雨量 → 平均降雨量)."""
        for mark in self.lexicon.possessive_marks:
            words = words.replace(mark, "")
        return words.strip()

    def _shared_marks_before_verbs(self, text: str, start: int, end: int) -> list[int]:
        """Where a mark of a value each one has (``shared_marks``: 均, 都, 各) stands right
        before a verb in text[start:end]: "均增长6%", "均投入资金5000万元", "各建设1个示范区"
        give each listed district the value, as 均为 does; 各区, 各类 and 首都 do not. So does
        a mark of two characters before any verb (各自在某日发布了两次), and a mark right
        before the number: "昌平区、通州区各6起" is six each."""
        found = []
        for match in any_of(self.lexicon.shared_marks).finditer(text, start, end):
            at = match.start()
            if self._inside_a_word(text, at):
                continue
            if match.end() == end:
                # 昌平区、通州区各6起: right after the districts, right before the number (not
                # 一等奖、二等奖各10名, whose items are the prizes)
                before = self.place_mentions(text, max(start, at - _VERB_REACH - 4), at)
                # (an area with measures of its own may close the list: …顺义区、经开区各1起)
                if before and before[-1].end == at and before[-1].name in self._listable_names:
                    found.append(at)
                continue
            if len(match.group()) > 1:
                # 各自在6月23日发布了两次: a word of "each" alone, any verb later; not 各自的…,
                # nor a clause that totals them or pairs values (合计, 共同, 分别)
                after = text[match.end() : end]
                if not after.startswith(self.lexicon.possessive_marks) and not any(
                    word in after for word in self.lexicon.each_own_breakers
                ):
                    found.append(at)
                continue
            if self._a_verb_opens(text[match.end() : min(end, match.end() + _VERB_REACH)]):
                found.append(at)
        return found

    def _begins_inside_a_word(self, text: str, at: int) -> bool:
        """The name at ``at`` begins inside a word jieba reads around it: 本市 in 资本市场 or
        日本市场 is no mention of the city."""
        start = max(0, at - _WORD_REACH)
        offset = start
        for word, _ in pos_tags(text[start : at + _WORD_REACH]):
            if offset == at:
                return False
            if offset < at < offset + len(word):
                return True
            offset += len(word)
        return False

    def _inside_a_word(self, text: str, at: int) -> bool:
        """The cue at ``at`` begins inside a word (``shared_cue_not_within``): 首都超过2000万人
        is the capital's figure, not a value the districts before share (都超过)."""
        return any(
            text.startswith(word, at - len(word) + 1)
            for word in self.lexicon.shared_cue_not_within
            if at - len(word) + 1 >= 0
        )

    def _listed_subject(self, placing: Placing) -> list[str]:
        """ "密云区、延庆区控制在46微克/立方米左右": districts listed as the subject of their
        clause, then straight the predicate (``list_subject_predicates``) and the value: each
        district's value, as with 均. Only when nothing but the list stands before the predicate
        in the clause (a heading's colon may open it): "东城区、西城区地区生产总值合计…" names a
        measure and a total, and is left to the other rules. A place among the top N (前三位)
        is each listed district's after any measure: each of them is among the top three."""
        subject = self._listed_subject_places(placing)
        if subject is None:
            return []
        text, (places, between) = placing.text, subject
        quantity = placing.quantity
        # not when another count stands between (房山、大兴区的两个项目入选全市前十位: the
        # projects' rank)
        top = (
            quantity.kind == "rank"
            and quantity.qualifier == "at_most"
            and not self._counts_in(between)
        )
        if (
            not top
            and between.strip() not in self.lexicon.list_subject_predicates
            and not self._a_rate_of_each(placing, places[-1].end, between)
        ):
            return []
        # 怀柔、平谷和昌平的观光园数量位居全市前三位: a place among the top N (a rank with a
        # bound) is each listed district's, whatever the measure named between
        return self._listed_districts(text, places[0].start, places[-1].end)

    def _a_rate_of_each(self, placing: Placing, list_end: int, between: str) -> bool:
        """A rate or a concentration (``_EACH_KINDS``) given as the list's one figure
        (``_the_lists_one_figure``), no word of a total between: each listed district's, as
        a rate is not summed. "甲区、乙区和丙区接种率超过90%" says each of the three is above 90%.

        Why: the first district of the list took the figure and the others lost it."""
        if placing.quantity.kind not in _EACH_KINDS:
            return False
        words = (*self.lexicon.list_total_words, *self.lexicon.list_share_words)
        if any(word in between for word in words):
            return False  # 甲区、乙区地区生产总值占全市的45.3%: a share of the two together
        return self._the_lists_one_figure(placing, list_end)

    def _counts_in(self, words: str) -> bool:
        """Whether ``words`` write a number that counts something: not the bound of a
        statistic's scope (60岁及以上人口, 500万元及以上项目: ``scope_bounds``)."""
        scopes = self.lexicon.not_facts.scope_bounds
        for number in _NUMBER_RE.finditer(words):
            after = words[number.end() : number.end() + _SCOPE_REACH]
            if not any(bound in after for bound in scopes):
                return True
        return False

    def _listed_subject_places(self, placing: Placing) -> tuple[list[Place], str] | None:
        """The districts named as the subject of the number's clause (two or more, with nothing
        before them but a heading's colon), and the words between the last of them and the
        number; None otherwise. What ``_listed_subject`` and ``_listed_total`` read."""
        return self._list_opening(placing.text, placing.clause.start, placing.quantity.start)

    def _continues(self, text: str, start: int, end: int) -> bool:
        """text[start:end] has no subject of its own, so it may go on about a listed group
        before it: no place, no word of the district or the city itself (全区, 我区, 全市), and
        no body of the city or district opening it (市消防救援总队…, 区应急局…)."""
        if self.place_mentions(text, start, end):
            return False
        part = text[start:end]
        return not self._own_subject_words.search(part) and self._opening_body(part) is None

    def _opening_body(self, clause: str) -> str | None:
        """The place whose body opens ``clause`` (市排水集团启动…: the city's; 区应急局调拨…:
        the district's, "" as it is not named), else None (市场主体… opens with no body).
        Beijing's name before a service's (``city_service_names``: 北京消防开展…, 北京交警提示)
        names the city's service."""
        opening = clause.lstrip()
        # 北京市委强调, 北京市园林绿化局统计: the city's name before its body's (北京 + 市委)
        city_name = longest_prefix(opening, self._city_name_prefixes)
        opening = opening.removeprefix(city_name)
        service = longest_prefix(opening, self.lexicon.city_service_names) if city_name else ""
        if service:
            branch = opening[len(service) : len(service) + _BRANCH_REACH]
            # (北京消防房山支队出动…: a district's branch of the service, not the city's)
            if not any(name in branch for name in self._district_names):
                return self.municipality
        if opening.startswith(self.lexicon.body_opening_exceptions):
            return None
        if opening.startswith(self.lexicon.city_body_openings):
            return self.municipality
        if opening.startswith(self.lexicon.district_body_openings):
            return ""
        return None

    def _taken_over_from_a_destination(self, placing: Placing, place: str) -> str | None:
        """Whose a value is when the clause before names ``place`` as where a group went, and
        a body of the city or the district opens a clause since (``_body_since``): the city's
        (市排水集团…), or the document's own district's (区应急局…); when the group went to
        several districts, see ``_sent_to_several``; None when nothing took over.

        What happens where the group went is that place's ("赶赴海淀区…，共疏散群众11人"),
        until a body opens a clause of its own: "…派出工作组赴怀柔、密云…，市排水集团启动特级
        应急响应，出动抢险单元229组" is the city's. Not a reading (a rainfall, a flow: the place
        measured it), nor a body acting on the district's things ("房山区…，市发改委批复58项"
        stays 房山's, as 房山 is no destination)."""
        text, sentence, quantity = placing.text, placing.sentence, placing.quantity
        if quantity.kind in _READING_KINDS:
            return None
        going = self._destinations(text, sentence.start, placing.clause.start)
        if place not in going:
            return None
        body = self._body_since(text, sentence.start, quantity.start)
        if body is None:
            if len(going) < 2:
                return None
            # "驰援密云、怀柔、延庆等受灾区域…，累计完成119处隐患点排查": the work of the group
            # sent to all of them, not the last one's; "赶赴房山、门头沟，两区共转移群众5600人":
            # the two districts' together
            return self._sent_to_several(placing, list(going))
        if body:
            return body
        return placing.main if placing.main in self._district_names else None

    def _body_since(self, text: str, start: int, end: int) -> str | None:
        """The place of the body that opens the last clause of text[start:end] that opens with
        one (``_opening_body``), when no place, and no word of the place spoken of
        (``local_subjects``: 当地, 该区), is named from there on; else None."""
        at = end
        while at > start:
            opened = max(text.rfind(mark, start, at) for mark in _CLAUSE_MARKS)
            clause_start = max(opened + 1, start)
            body = self._opening_body(text[clause_start:end])
            if body is not None:
                if self._local_clause_since(text, clause_start, end):
                    return None  # …，市排水集团启动…，当地共转移群众3000人: the place's
                return None if self.place_mentions(text, clause_start, end) else body
            at = opened if opened >= start else start
        return None

    def _local_clause_since(self, text: str, start: int, end: int) -> bool:
        """A clause of text[start:end] opens with a word of the place spoken of
        (``local_subjects``: 当地共转移群众3000人); 当地 as an object (支援当地) opens none."""
        return any(
            text.startswith(self.lexicon.local_subjects, at + 1)
            for at in range(start, end)
            if text[at] in _CLAUSE_OPENING_MARKS
        )

    def _list_opening(self, text: str, start: int, end: int) -> tuple[list[Place], str] | None:
        """Two or more districts opening text[start:end] (a heading's colon may stand before
        them), and the words from the last of them to ``end``; None otherwise. An area with
        measures of its own may be one of them (通州区、大兴区、北京经济技术开发区控制在…). A
        word of where alone before them (``scope_leads``: 在甲、乙等9个区县65个乡镇…) leaves
        them the subject: the figures are theirs."""
        places = [
            place
            for place in self.place_mentions(text, start, end)
            if place.name in self._listable_names
        ]
        if not any(place.name in self._district_names for place in places):
            return None
        if len(places) < 2:
            return None
        lead = text[start : places[0].start].strip()
        # the city's name before them is part of their full names (北京密云及延庆区…); a cause
        # before them leaves them the subject (强降雨导致密云、怀柔…四区共29条线路冲毁)
        if (
            lead
            and not lead.endswith((":", "："))
            and not self._ends_with_a_cause(lead)
            and lead.removesuffix(self._possessive) not in self._city_full_prefixes
            and lead not in self.lexicon.chart_scope.get("scope_leads", ())
        ):
            return None  # (北京市的甲、乙…: the city's, as 北京市甲区 is)
        return places, text[places[-1].end : end]

    def _ends_with_a_cause(self, lead: str) -> bool:
        """The words before a list end with a cause's verb as a word of its own (强降雨导致…,
        暴雨造成…), not inside another word (改造成…: made into)."""
        verb = longest_suffix(lead, self.lexicon.list_cause_verbs)
        if not verb:
            return False
        tokens = pos_tags(lead[-(len(verb) + _CAUSE_CONTEXT) :])
        return bool(tokens) and tokens[-1][0] == verb

    def _listed_districts(self, text: str, start: int, end: int) -> list[str]:
        """Two or more districts joined only by enumeration marks ("密云区和延庆区"); an area
        with measures of its own may be one of them."""
        places = [
            place
            for place in self.place_mentions(text, start, end)
            if place.name in self._listable_names
        ]
        while (
            len(places) > 1
            and places[0].name in self._group_names
            and text[places[0].end : places[1].start] not in self.lexicon.enumeration_marks
        ):
            # 城六区中朝阳和海淀…均, 生态涵养区（门头沟、怀柔…）…均: a group opening the list
            # as its scope, no item of it
            places = places[1:]
        for index, (first, second) in enumerate(itertools.pairwise(places)):
            gap = text[first.end : second.start]
            if gap in self._open_marks and second.name in self._group_names:
                # 东城、西城等城六区…均为35: the group closing a list left open is its kind,
                # no item; each listed district keeps the value
                places = places[: index + 1]
                break
            if gap not in self.lexicon.enumeration_marks and not self._parallel_units(
                text, gap, second.end
            ):
                return []
        names = list(dict.fromkeys(place.name for place in places))
        return names if len(names) >= 2 else []

    def _parallel_units(self, text: str, gap: str, after: int) -> bool:
        """Two districts' units of one kind joined by an enumeration mark
        (``listed_unit_endings``: 房山园和平谷园, 密云县古北口村和门头沟区涧沟村): the gap is the
        first one's unit and the mark, and the second district's unit of the same kind follows
        it. A value the two then share (均达到42.7%, 都达到了1.3万人) is each district's, as for
        房山区和平谷区.

        Why: only districts joined by a mark alone were read as a list, so the value went to the
        second one alone."""
        mark = next((m for m in self.lexicon.enumeration_marks if m and gap.endswith(m)), "")
        unit = gap[: -len(mark)] if mark else ""
        if not unit or len(unit) > _UNIT_NAME_REACH or not _HAN_RUN_RE.fullmatch(unit):
            return False
        ending = longest_suffix(unit, self.lexicon.listed_unit_endings)
        if not ending:
            return False
        following = text[after : after + _UNIT_NAME_REACH]
        at = following.find(ending)
        return at >= 0 and _HAN_RUN_RE.fullmatch(following[: at + len(ending)]) is not None

    def _respectively(self, placing: Placing) -> str | None:
        """ "昌平区、顺义区绿地率分别为41.5%和39.8%": the n-th value after 分别 goes to
        the n-th place named before it in the sentence, or in the list an earlier sentence
        gave of as many districts as the sentence counts ("…这六个区的绿地率分别为…").
        More values than places: no guess."""
        text, quantity = placing.text, placing.quantity
        clause, sentence = placing.clause, placing.sentence
        cue_start = cue_end = -1
        if not any_of(self.lexicon.respectively_cues).search(text, clause.start, quantity.start):
            return None  # no cue before the number (one search for them all first)
        for cue in self.lexicon.respectively_cues:
            found = text.rfind(cue, clause.start, quantity.start)
            if found >= 0 and found + len(cue) > cue_end:
                cue_start, cue_end = found, found + len(cue)
        if cue_end < 0:
            return None
        names: list[str] = []
        for floor in (clause.start, sentence.start):  # the nearest list of places
            places = self._last_list_of_places(
                text, list(self.place_mentions(text, floor, cue_start))
            )
            for place in places:
                if place.name not in names:
                    names.append(place.name)
            if len(names) >= 2:
                if self._a_list_of_places(text, places):
                    break
                values = self._values_between(text, cue_end, clause.end)
                parallel = self._parallel_clauses(text, places, clause, cue_start, values)
                if not parallel:
                    return None  # "昌平作为全市…，推动甲、乙、丙三大产业收入分别…": no list
                names = parallel
                break
            names = []
        if not names:
            names = self._counted_list(text, sentence.start, cue_start)
        index = self._values_between(text, cue_end, quantity.start)
        if quantity.kind == "rank" and index >= len(names):
            index = self._ranks_between(text, cue_end, quantity.start)
        if len(names) < 2 or index >= len(names):
            return None
        return names[index]

    def paired_with_a_site(self, placing: Placing) -> bool:
        """Whether the value is paired with a registry site or town after 分别
        (``_sites_respectively``): the site's figure, kept as its district's fact but no
        measure of the district's to chart."""
        return self._sites_respectively(placing) is not None

    def _sites_respectively(self, placing: Placing) -> str | None:
        """ "门城湖、莲石湖、晓月湖、宛平湖分别实现增加蓄水36万方、120万方、10.8万方和7.3万方": the
        n-th value after 分别 goes to the district of the n-th registry site or town of the
        list right before it (its ``sites`` and ``townships``), in its clause or, when the
        clause names none, in the clause before (什刹海、故宫博物院分列其后，接待游客分别为…),
        when the clause names no district. Two sites of one district keep a value each.

        Why: only districts were paired with the values after 分别, so each lake's figure
        went to the document's district (or to Beijing)."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        cues = list(
            any_of(self.lexicon.respectively_cues).finditer(text, clause.start, quantity.start)
        )
        if not cues:
            return None
        cue = cues[-1]
        if any(
            place.name in self._district_names
            for place in self.place_mentions(text, clause.start, clause.end)
        ):
            return None  # 昌平区、顺义区…分别, …分别向昌平区供水: a district says whose
        named = self._townships_named(text[: cue.start()])
        sites = [site for site in named if site.start() >= clause.start]
        if not sites and self._counts_for_the_clause_before(text, clause, cue.start()):
            # 什刹海、前门大街、故宫博物院分列其后，接待游客分别为…: the list opens the clause
            # before, the values' clause names only what they count
            before = max(placing.sentence.start, _clause_start(text, clause.start - 1))
            sites = [site for site in named if site.start() >= before]
            if sites and text[before : sites[0].start()].strip():
                sites = []  # 东城区毗邻什刹海、北海公园，全区…: the sites are no subject
        if len(sites) < 2:
            return None
        listed = [Place(s.start(), s.end(), self._township_of[s.group()]) for s in sites]
        if not self._a_list_of_places(text, listed, self.lexicon.site_name_endings):
            return None  # named apart, no list of the values' places
        index = self._values_between(text, cue.end(), quantity.start)
        if index >= len(sites) or self._values_between(text, cue.end(), clause.end) != len(sites):
            return None  # more values than sites (or fewer): no guess
        return listed[index].name

    def _counts_for_the_clause_before(self, text: str, clause: Span, cue: int) -> bool:
        """Whether the clause up to 分别 (at ``cue``) is a bare measure that may count for the
        places of the clause before it in its sentence (接待游客分别为…): it follows another
        clause, and names no place, no district of its own (全区, 我区) and no items of its own
        (金融业、文化产业增加值分别…: the items')."""
        own = text[clause.start : cue]
        cues = self.lexicon
        words = (*cues.district_wide, *cues.self_references, *cues.enumeration_marks)
        return (
            clause.start > 0
            and text[clause.start - 1] in _COMMAS
            and not any(word in own for word in words)
            and not self.place_mentions(text, clause.start, cue)
        )

    def _ranks_between(self, text: str, start: int, end: int) -> int:
        """How many ranks (第四) text[start:end] writes: after 分别 a list of values may be
        followed by a list of their ranks ("甲区和乙区分别以19家和16家位列第二和第三"), the n-th
        rank the n-th place's, whatever the values before it."""
        return len(self._rank_re.findall(text, start, end))

    def _paired_lists(self, placing: Placing) -> str | None:
        """ "甲区、乙区、丙区入驻首店110家、59家、40家": a list of districts, then in the same
        clause a list of as many values in one unit, joined by list marks: the n-th value is
        the n-th district's, as after 分别 (``_respectively``), which the text left out. Values
        of different units or measures ("新建公园3个、绿地5公顷"), a list of another length, or
        a nearer list between them (新开零售、餐饮首店45家、30家: the values are the kinds'; 城乡
        居民收入8万元、3万元: ``paired_compounds``) pair nothing.

        Why: every value went to the first district of the list."""
        text, clause, quantity = placing.text, placing.clause, placing.quantity
        marks = self.lexicon.enumeration_marks
        if not (text.startswith(marks, quantity.end) or text.endswith(marks, 0, quantity.start)):
            return None  # no list mark beside the value: it stands in no list (asked first)
        chain = self._value_chain(text, clause, quantity.start)
        if chain is None:
            return None
        first, index, length = chain
        places = self.place_mentions(text, clause.start, first)
        names = [place.name for place in places]
        if (
            len(names) != length
            or len(set(names)) != length
            or not all(name in self._district_names for name in names)
            or not self._a_list_of_places(text, places)
            or first - places[-1].end > _PAIRED_PREDICATE_LENGTH
            # 甲区、乙区新开零售、餐饮首店45家、30家: the values pair with the nearer list, and
            # with a word's two parts in 甲区、乙区城乡居民收入8万元、3万元
            or any(mark in text[places[-1].end : first] for mark in marks)
            or any(word in text[places[-1].end : first] for word in self.lexicon.paired_compounds)
        ):
            return None
        return names[index]

    def _value_chain(self, text: str, clause: Span, start: int) -> tuple[int, int, int] | None:
        """The list of values in one unit, joined by list marks, holding the value at
        ``start`` in its clause: (where the list starts, the value's index, the list's length),
        or None when the value stands in no such list of two or more."""
        marks = tuple(mark for mark in self.lexicon.enumeration_marks if len(mark) == 1)
        numbers = [n for n in _NUMBER_RE.finditer(text, clause.start, clause.end) if n.group()]
        runs: list[list[re.Match[str]]] = []
        unit = None
        for number in numbers:
            if runs:
                previous = runs[-1][-1]
                between = text[previous.end() : number.start()]
                joined = between[:-1] if between.endswith(marks) else None
                if joined is not None and joined == unit and not any(c.isspace() for c in joined):
                    runs[-1].append(number)
                    continue
            runs.append([number])
            after = text[number.end() : clause.end]
            lengths = range(1, _PAIRED_UNIT_LENGTH + 1)
            unit = next((after[:at] for at in lengths if after[at : at + 1] in marks), None)
        for run in runs:
            starts = [number.start() for number in run]
            if start in starts and len(run) >= 2:
                return starts[0], starts.index(start), len(run)
        return None

    def _values_between(self, text: str, start: int, end: int) -> int:
        """How many values text[start:end] writes: its numbers but the years of a date or a
        baseline (分别比2014年减少20.4万人和20.8万人: two values)."""
        return len(self._values_in(text, start, end))

    def _values_in(self, text: str, start: int, end: int) -> list[re.Match[str]]:
        """The numbers of text[start:end] but the years of a date or a baseline."""
        years = self.lexicon.year_words
        return [
            number
            for number in _NUMBER_RE.finditer(text, start, end)
            if not text.startswith(years, number.end())
        ]

    def _last_list_of_places(self, text: str, places: list[Place]) -> list[Place]:
        """The places from the last list among ``places`` on, when its districts are two or
        more joined by enumeration marks: "全市16个区中，…朝阳区、海淀区和西城区…分别为" pairs its
        values with the three, not with the city named before them. Else ``places`` as given.
        """
        marks = self.lexicon.enumeration_marks
        first = len(places) - 1
        while first > 0 and text[places[first - 1].end : places[first].start].strip() in marks:
            first -= 1
        run = places[first:]
        districts = {place.name for place in run if place.name in self._district_names}
        return run if len(districts) >= 2 else places

    def _a_list_of_places(
        self, text: str, places: list[Place], endings: tuple[str, ...] = ()
    ) -> bool:
        """Whether the places named before 分别 stand as one list: each joined to the next by
        an enumeration mark (昌平区、顺义区; 海淀区和朝阳区), perhaps after a word of its kind
        (``endings``: 什刹海风景区、前门大街), not named apart in the sentence
        ("昌平作为全市…的策源地，推动医药健康、先进能源…收入分别达到…": the values are the
        industries', not 昌平's and Beijing's)."""
        marks = self.lexicon.enumeration_marks

        def joined(between: str) -> bool:
            between = between.strip()
            return between.removeprefix(longest_prefix(between, endings)) in marks

        return all(
            joined(text[before.end : after.start])
            for before, after in itertools.pairwise(places)
            if before.name != after.name or before.end < after.start
        )

    def _parallel_clauses(
        self, text: str, places: list[Place], clause: Span, cue: int, values: int
    ) -> list[str]:
        """The places named before 分别 when they end the sentence's run of clauses that each
        open with a place and give it a value, exactly as many as the values after the cue
        ("其中东城区70.8万人，西城区110.4万人，分别比2014年减少20.4万人和20.8万人"): the cue's
        values go to them in order. [] when they do not, when three give values for two, or when
        the cue's clause lists items of its own (其中工业和服务业投资分别…: the items')."""
        own = self._comparison_re.sub("", text[clause.start : cue])  # 与上年相比分别…
        if any(mark in own for mark in self.lexicon.enumeration_marks):
            return []  # 其中工业和服务业投资分别…: the clause's own items
        parts = self.lexicon.mapping.part_markers
        run: list[Place] = []
        end = cue
        for place in reversed(places):
            if not (self._opens_a_clause(text, place) and _NUMBER_RE.search(text, place.end, end)):
                break
            run.insert(0, place)
            end = place.start
            if any(part in text[_clause_start(text, place.start) : place.start] for part in parts):
                break  # 其中东城区…: the first of the parts, the whole stands before
        if len(run) != values or len({place.name for place in run}) != values:
            return []
        return [place.name for place in run]

    def _counted_list(self, text: str, start: int, end: int) -> list[str]:
        """The districts a count of districts refers to ("五个区", "这三个区", "这2个区"): the
        last list, in the text before, of exactly that many districts joined by enumeration
        marks."""
        counts = list(self._group_count_re.finditer(text, start, end))
        if not counts:
            return []
        first = counts[-1].group()[0]
        try:  # 这六个区, 这2个区
            wanted = int(first) if first.isdigit() else int(parse_chinese(first))
        except ValueError:
            return []
        floor = max(0, start - _LIST_REACH)
        runs: list[list[str]] = []
        previous: Place | None = None
        for place in self.place_mentions(text, floor, start):
            if place.name not in self._district_names:
                previous = None
                continue
            joined = previous is not None and (
                text[previous.end : place.start] in self.lexicon.enumeration_marks
            )
            if joined:
                runs[-1].append(place.name)
            else:
                runs.append([place.name])
            previous = place
        matching = [run for run in runs if len(dict.fromkeys(run)) == wanted]
        return list(dict.fromkeys(matching[-1])) if matching else []

    def _a_base_of_comparison(self, text: str, place: Place) -> bool:
        """The place is what another's figure is measured against: after a word of a share or
        a comparison (占全市的40%, 高出朝阳区3000亿元: ``list_share_words``,
        ``baseline_place_leads``), or followed by 的 (是朝阳区的1.4倍)."""
        lead = text[max(0, place.start - _BASE_LEAD_REACH) : place.start]
        leads = (*self.lexicon.list_share_words, *self.lexicon.baseline_place_leads)
        return lead.endswith(leads) or text.startswith(self.lexicon.possessive_marks, place.end)

    def _one_site_with_its_figure(self, text: str, site_end: int, quantity: Quantity) -> bool:
        """The site ending at ``site_end`` and the number make one bracket item: the site not
        listed with others (乙园、丙园等景区接待…, 甲园、乙园两处: their total) and no count
        of places before the number (乙园等11家公园)."""
        listing = (*self.lexicon.enumeration_marks, *self.lexicon.list_open_words)
        if text.startswith(listing, site_end):
            return False
        return not _NUMBER_RE.search(text, site_end, quantity.start)

    def _bracketed_or_level(self, placing: Placing) -> str | None:
        """A value tied to a place by its position, whatever the clause's subject:
        "（全市为4.6%）" (a bracket, or an item of a list in it, opened by the place; in a city's
        story a registry site too: （颐和园18万人次、某长城9万人次）), "比全市平均水平（47.1%）" and
        "比顺义区（301天）" (a bracket right after the place), a bracket right after the place's
        own figure ("甲区76个行政村（268个自然村）和乙区114个行政村（266个自然村）": 266 is 乙's),
        "低于全市约52%的平均水平"."""
        text, quantity, clause = placing.text, placing.quantity, placing.clause
        if quantity.kind == "rank":
            return None
        opened = max(text.rfind(mark, clause.start, quantity.start) for mark in "（(")
        if opened >= 0 and not any(mark in text[opened : quantity.start] for mark in "）)"):
            inside = self.place_mentions(text, opened + 1, quantity.start)
            if inside and inside[0].start == opened + 1:
                return inside[0].name
            # the bracket's item the value is in: its first, or a later one after an item with
            # a figure of its own (（甲园520万人次、乙园410万人次）: 410 is the second item's)
            item = self._later_item_start(text, opened + 1, quantity.start) or opened + 1
            site = self._township_re.match(text, item, quantity.start)
            if (
                site is not None
                and placing.main not in self._district_names
                and not self.place_mentions(text, item, quantity.start)
                and self._one_site_with_its_figure(text, site.end(), quantity)
            ):
                return self._township_of[site.group()]  # a city's story: the site's district
            before = self.place_mentions(text, clause.start, opened)
            between = text[opened + 1 : quantity.start]
            if before and len(between) <= 2 and not _NUMBER_RE.search(between):
                place = before[-1]
                gap = text[place.end : opened]
                figures = len(_NUMBER_RE.findall(gap))
                if (
                    # 全市平均浓度（35微克/立方米）: the place's measure named, then its value
                    figures == 0
                    and len(gap) <= _MAX_NAMED_GAP
                    and not text.startswith(self.lexicon.scope_followers, place.end)
                ) or (
                    # 怀柔区114个行政村（266个自然村）: the bracket restates the place's figure
                    figures == 1
                    and len(gap) <= _MAX_FIGURE_GAP
                    and not _CLAUSE_MARK_RE.search(gap)
                    and not self._a_base_of_comparison(text, place)
                ):
                    return place.name
        places = self.place_mentions(text, clause.start, quantity.start)
        if places:
            last = places[-1]
            between = text[last.end : quantity.start]
            after = text[quantity.end : quantity.end + 6]
            after = after.removeprefix(longest_prefix(after, self.lexicon.possessive_marks))
            if (
                len(between) <= 2
                and not _NUMBER_RE.search(between)
                and after.startswith(self.lexicon.level_words)
                and after[:1] != text[quantity.end : quantity.end + 1]
            ):
                return last.name
        return None

    def _refers_to_itself(self, text: str, start: int, end: int, main: str) -> bool:
        """ "其中我区约占三成": the document's own district, named by a pronoun, or by
        a short name that elsewhere needs its suffix (西城承担…, in a document about 西城)."""
        if any(word in text[start:end] for word in self.lexicon.self_references):
            return True
        for name in self._own_names.get(main, ()):
            position = text.find(name, start, end)
            while position >= 0:
                after = position + len(name)
                # "东城79个、西城163个": the name before another figure of a list is that one's;
                # "东城区5.4克/平方米、…、城市副中心6.7克/平方米": the full name is a place named
                # (the other rules' to read), no short name of the text's own
                if (
                    not self._in_a_list_of_figures(text, position, after)
                    and not text.startswith(self.lexicon.district_suffixes, after)
                    and not self._opens_a_place_named_after(text, position)
                ):
                    return True
                position = text.find(name, after, end)
        return False

    def _opens_a_place_named_after(self, text: str, position: int) -> bool:
        """A short name at ``position`` begins the name of a place named after its district
        (朝阳某某公园二期、丰台某某公园…等27处城市公园): a place in a list, not the text's own
        district speaking of itself."""
        match = self._alias_re.match(text, position) if self._alias_re is not None else None
        if match is None:
            return False
        name, needs_suffix = self._alias_owner[match.group()]
        return self._before_a_subarea(
            text, match.end(), match.start()
        ) or self._names_a_place_after(text, match, name, needs_suffix)

    def _subject_before(
        self,
        text: str,
        start: int,
        end: int,
        main: str,
        *,
        last: bool = False,
        rank: bool = False,
    ) -> str | None:
        """The place that is the subject of text[start:end]: the main district when it is
        named there, else the first place named (the last one with ``last``). Bases of
        comparisons and scopes of rankings are skipped; Beijing and groups of districts count
        only where they open a clause ("同期全市为…"), and never own a rank. In a list of
        values ("通州6.2%、顺义5.8%") only the names after the previous value count.
        The same for every number after the same clause: worked out once (``_answers``)."""
        answers = self._answers(text)
        question = ("subject_before", start, end, main, last, rank)
        if question not in answers:
            answers[question] = self._subject_before_of(text, start, end, main, last, rank)
        return answers[question]  # type: ignore[return-value]

    def _subject_before_of(
        self, text: str, start: int, end: int, main: str, last: bool, rank: bool
    ) -> str | None:
        """``_subject_before``, worked out."""
        # a numeral right after a place's name opens a site's name (丰台千灵山, 房山十渡): no
        # value of a list item before the place
        named = {place.end for place in self.place_mentions(text, start, end)}
        numbers = [
            n
            for n in _NUMBER_RE.finditer(text, start, end)
            if n.group()[0].isdigit() or n.start() not in named
        ]
        subjects: list[str] = []
        if numbers and not last:
            subjects = self._subjects(text, numbers[-1].end(), end, rank, main)
            if not subjects and self._item_after_a_place_figure(text, start, numbers[-1], end):
                # "东城区5.4克/平方米、西城区6.0克/平方米、城市副中心6.7克/平方米": an item of a
                # list of places' figures is its own place's (经开区8.2…: the area), or none
                # known, never the list's first
                own = self.place_mentions(text, numbers[-1].end(), end)
                return own[-1].name if own else None
        if not subjects:
            subjects = self._subjects(text, start, end, rank, main)
        if not subjects:
            return None
        if main in subjects and not last:
            return main
        return subjects[-1] if last else subjects[0]

    def _item_after_a_place_figure(
        self, text: str, start: int, previous: re.Match[str], end: int
    ) -> bool:
        """text[previous.end():end] is the next item of a list whose previous figure came
        right after a place's name (西城区6.0克): an enumeration mark after the previous figure's
        unit, then a name of the item's own, then a figure in the same unit (…、城市副中心6.7克):
        a list of places, each with its figure. Not a place's second figure (大兴区55699亩、
        85.15%) nor a second measure of the same place (昌平区3起、处罚金额2万元)."""
        segment = text[previous.end() : end]
        marks = [segment.find(mark) for mark in self.lexicon.enumeration_marks]
        first = min((at for at in marks if at >= 0), default=-1)
        if first < 0:
            return False
        unit = segment[:first].strip()
        name = segment[first + 1 :].strip()
        current = _NUMBER_RE.match(text, end)
        if not unit or not _CJK_RE.search(name) or current is None:
            return False
        if not text.startswith(unit, current.end()):
            return False
        return any(
            place.end == previous.start()
            for place in self.place_mentions(text, start, previous.start())
        )

    def _subjects(
        self,
        text: str,
        start: int,
        end: int,
        rank: bool,
        main: str = "",
        parts: bool = True,
        partners: bool = False,
    ) -> list[str]:
        """Places that may be the subject of a number in text[start:end] (see _subject_before).
        "六区" names the group the document is about, when it is about a group. Without
        ``parts``, a district naming where a part of something lies (步道（门头沟段）) is not
        one: 全区 after it is still the district acting. With ``partners``, a district joined
        to another's act (``_a_partner``) is one: 两区 after "甲区联合乙区申报" means both."""
        places = self.place_mentions(text, start, end)
        if main in self._group_names:
            places += [
                Place(match.start(), match.end(), main)
                for match in self._group_count_re.finditer(text, start, end)
            ]
            places.sort(key=lambda place: place.start)
        subjects = []
        for place in places:
            bracketed = place.start > 0 and text[place.start - 1] in "（("
            if bracketed and parts and self._names_a_part_in_district(text, place):
                bracketed = False
            if not bracketed and self._whole_of_a_share(text, place, end):
                subjects.append(place.name)  # 占北京市2014年5400吨总任务的30%: the 5400
                continue
            framed = self._frames_its_count(text, place, end)
            if bracketed or (not framed and self._is_a_base(text, start, place)):
                continue  # a base of comparison, or a bracketed aside ("（全市为4.6%）")
            if not partners and self._a_partner(text, place):
                continue
            if self._sent_toward(text, place, end):
                continue  # 向甲、乙派出六个工作组: where the groups went, not who sent them
            if self._on_a_route(text, place, end):
                continue  # 经过甲区、乙区后进入…，全长72公里: the line's way, not its subject
            if place.name == self.municipality and text.startswith(
                self.lexicon.direction_part_words, place.end
            ):
                continue  # 北京东北部，距市区30公里…: a part of the city where, not the city
            if (
                place.name == self.municipality
                and _labels_the_headline(text, place)
                and self._a_place_after_its_label(text, place.end, _line_end(text, place.end))
            ):
                continue  # 北京：回天地区今年将新增学位四千余个: where the story comes from
            if place.name not in self._district_names and not (
                # an area of its own right before its figure (涉及经济技术开发区5起) is its
                # subject, as a district is
                place.name in self.areas.area_names
                and (figure := _NUMBER_RE.match(text, place.end)) is not None
                and not text.startswith(self.lexicon.year_words, figure.end())  # 2017年度
            ):
                ranked_city = rank and place.name == self.municipality
                if ranked_city or not (
                    self._opens_a_clause(text, place)
                    or self._a_neighbour(text, place)
                    or self._where_there_are(text, place, end)
                ):
                    continue
            subjects.append(place.name)
        return subjects

    def _where_there_are(self, text: str, place: Place, number: int) -> bool:
        """A place after a word of where alone opening its clause (``scope_leads``: 在) and
        before a verb of what it has (``city_site_count_followers``: 共有, 有) or a count: "像她
        这样的河长，在北京共有1095人" and "在全市10家百亿级企业中占据5席" count the city's 1095
        and 10, as "北京共有…" would. Not "在全市率先建成…" (where the district stands among
        the others).

        Why: the city's count went to the district the story was about."""
        if not (
            text.startswith(self.lexicon.city_site_count_followers, place.end)
            # 在全市10家百亿级企业中占据5席: the things among which, counted straight after and
            # closed by the frame (the 10 only: the 5 is the district's, after the frame)
            or (place.end == number and self._frames_the_things_counted(text, number))
        ):
            return False
        lead = longest_suffix(
            text[max(0, place.start - 2) : place.start],
            self.lexicon.chart_scope.get("scope_leads", ()),
        )
        if not lead:
            return False
        opening = place.start - len(lead)
        return not text[_clause_start(text, opening) : opening].strip()

    def _whole_of_a_share(self, text: str, place: Place, number: int) -> bool:
        """The place after a verb of a share (``share_verbs``: 占) and the number at
        ``number`` inside the whole it names, before the 的 and the share: "占北京市2014年5400吨
        总任务的30%" states the city's 5400 (the 30% is the district's share of it).

        Why: the city's task went to the district the clause before named."""
        if number <= place.end or not text[: place.start].endswith(self.lexicon.forms.share_verbs):
            return False
        between = text[place.end : number]
        if any(mark in between for mark in (*_WHOLE_BREAKS, *self.lexicon.possessive_marks)):
            return False  # the number stands past the whole (占全市的31%，…)
        after = text[number : number + _SHARE_WHOLE_REACH]
        for mark in self.lexicon.possessive_marks:
            if mark in self.lexicon.fraction_word:
                continue  # 四分之一: the share itself, no whole before it
            at = after.find(mark)
            if at > 0 and not any(m in after[:at] for m in _WHOLE_BREAKS):
                rest = after[at + len(mark) : at + len(mark) + 1]
                return rest.isdigit() or rest in CHINESE_NUMERAL_CHARS
        return False

    def _a_partner(self, text: str, place: Place) -> bool:
        """A district listed after a verb of joining (``partner_verbs``: 联合, 会同) whose clause
        names another district before the verb: a partner of that district's act, not the
        subject of what the clause counts. In "甲区消防救援支队联合乙区、丙区支队，共计15车90余人
        开展演练" the force is 甲's, who led the drill.

        Why: the last district named before the count was taken as its subject."""
        if place.name not in self._district_names:
            return False
        cue = _last_cue_in_its_clause(text, place, self.lexicon.partner_verbs)
        if cue is None:
            return False
        clause_start, verb, _ = cue
        return any(
            other.name in self._district_names and other.name != place.name
            for other in self.place_mentions(text, clause_start, verb)
        )

    def _a_neighbour(self, text: str, place: Place) -> bool:
        """A place beyond Beijing opening its clause after a word of where it lies from a
        district (``neighbour_leads``: 下游武清区转移群众4.2万人, 与延庆区相邻的涞水县降雨量…): the
        subject of the clause's figure, as it would be without that word. The word must open
        the clause (or follow 与 and a place: 与延庆区相邻的…), and the place must not open a
        list (与毗邻的三河市、蓟州区签署协议: partners of the district's act).

        Why: only a place opening its clause was read as a subject, so the downstream county's
        evacuations were counted as the district's."""
        if place.name not in self._outside_names:
            return False
        lead = longest_suffix(
            text[max(0, place.start - 4) : place.start], self.lexicon.neighbour_leads
        )
        if not lead or text.startswith(self.lexicon.enumeration_marks, place.end):
            return False
        opening = place.start - len(lead)
        clause_start = _clause_start(text, opening)
        before = text[clause_start:opening].strip()
        if not before:
            return True
        joined = longest_prefix(before, self.lexicon.neighbour_of_marks)
        rest = before[len(joined) :]
        places = self.place_mentions(rest) if joined else []
        return len(places) == 1 and places[0].start == 0 and places[0].end == len(rest)

    def _heads_its_line(self, text: str, start: int, end: int) -> bool:
        """A short name that is all of its line, give or take a colon ("东城" over the list of
        its new parks), in a text heading another district's part so: a heading naming the
        district, as 东城区 alone would.

        Why: a city's list of projects by district heads each group with the short name; read
        as no name, every item went to the document's district."""
        return self._alone_on_its_line(text, start, end) and len(self._heading_names(text)) >= 2

    def _alone_on_its_line(self, text: str, start: int, end: int) -> bool:
        """text[start:end] is all of its line, give or take a colon after it, or the bar of a
        table's cell scraped one a line (东城区 |)."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        before = text[line_start:start]
        after = text[end : len(text) if line_end < 0 else line_end]
        return not before.strip() and not after.strip().rstrip(":：|\uff5c ")

    def _heading_names(self, text: str) -> frozenset[str]:
        """The districts whose names stand alone on a line of the text: a list by district
        has two such headings at least; one alone (朝阳 over a story of dawn) heads nothing."""
        answers = self._answers(text)
        question = ("heading_names",)
        if question not in answers:
            names = set()
            if self._alias_re is not None:
                for match in self._alias_re.finditer(text):
                    if self._alone_on_its_line(text, match.start(), match.end()):
                        names.add(self._alias_owner[match.group()][0])
            answers[question] = frozenset(names)
        return answers[question]  # type: ignore[return-value]

    def _opens_a_part_bracket(self, text: str, start: int, end: int) -> bool:
        """A short name opening a bracket before a part word (（大兴段）): the district, as
        大兴区 would be (see ``_names_a_part_in_district``)."""
        return (
            start > 0
            and text[start - 1] in "（("
            and text.startswith(self.lexicon.part_in_district_words, end)
        )

    def _names_a_part_in_district(self, text: str, place: Place) -> bool:
        """ "西山森林步道（门头沟段）": a bracket right after a name, holding only a district and a
        ``part_in_district_words`` word (perhaps a phase: （延庆段一期）), names where that part
        of the thing lies, the subject of its figures. Not an aside ("（全市为4.6%）"), a
        figure of the part after a total ("约402公里（门头沟段约120公里）") nor several parts
        ("（延庆段、昌平段）")."""
        opened = place.start - 1
        if opened <= 0 or not (text[opened - 1].isalnum() or text[opened - 1] in _NAME_CLOSINGS):
            return False  # right after a name (步道, G109, “…步道”), not after a unit's figure
        part = longest_prefix(text[place.end : place.end + 4], self.lexicon.part_in_district_words)
        if not part:
            return False
        return _PHASE_AND_CLOSING.match(text, place.end + len(part)) is not None

    def _is_a_base(self, text: str, floor: int, place: Place) -> bool:
        """ "高于全市", "占全市的", "比密云区": the place a number is compared with;
        "全市各区中排名第4", "全市最低": the scope of a ranking; "东邻怀柔区", "南接昌平区":
        a neighbour (``neighbour_marks``) a district's profile names, not its subject; "获得通州区
        …援助": a giver (``donor_marks``)."""
        before = text[max(floor, place.start - 4) : place.start]
        if self._city_as_a_whole(text, place.start, place):
            return True  # "全市占比35%": the whole the share is of
        if before.endswith(self.lexicon.runner_up_marks):
            return False  # "其次是顺义区": the next place of a ranking, a subject
        # (from before the floor too: the rank itself, 排名第一|的是朝阳区, has the place after it)
        if self._held_rank_re.search(
            text, max(0, place.start - _HELD_RANK_REACH), place.start
        ) and not self._measures_against(text, place.end):
            return False  # "排名第一的是朝阳区", "第三位为朝阳区": the place ranked there
        if self._picked_by_an_extreme(text, floor, place):
            return False  # "下降最为明显的是东城区，自…": the one the extreme picks
        if before.endswith(self.lexicon.singling_marks) and self._singled_out(text, place):
            return False  # "通州、房山…，尤其是通州，…": one of them, the subject
        if before.endswith(self.lexicon.comparison_cues):
            # "最多的3个区为丰台区1.58亿元、朝阳区1.09亿元": after a linking verb, a place that is
            # an item of a list of places' figures (or names a site of its own before its
            # reading) is its figure's subject ("为全市的1.2倍",
            # "超过怀柔区1微克/立方米" stay bases)
            cue = longest_suffix(before, self.lexicon.comparison_cues)
            bare = place.end - place.start == len(place.name)  # 昌平王家园水库, not 昌平区人口
            listed = cue in self.lexicon.figure_list_links and (
                self._in_a_list_of_figures(text, place.start, place.end)
                or (bare and _a_site_reading(text, place.end, self.lexicon.base_value_after))
            )
            return not listed
        # (南接北京昌平区: the city's name may stand between the mark and the district's)
        wider = text[max(floor, place.start - _NEIGHBOUR_LEAD) : place.start]
        wider = wider.removesuffix(longest_suffix(wider, self._city_prefixes))
        if wider.endswith(self.lexicon.neighbour_marks) or self._listed_neighbour(text, place):
            return True  # "东邻怀柔区，南接昌平区": a neighbour the profile is not about
        if before.endswith(self.lexicon.donor_marks) and any(
            word in text[place.end : place.end + _AID_REACH] for word in self.lexicon.aid_words
        ):
            return True  # "获得通州区结对帮扶资金援助": the giver, not the subject
        if place.name in self._district_names:
            return False  # "平谷区最小" is about 平谷
        if (
            text[place.start : place.end] in self.lexicon.grade_setters
            and text.startswith(self.lexicon.grade_followers, place.end)
            and not self._totals_its_own(text, place.end)
        ):
            return True  # "…湿地有…，北京市二级保护鸟类73种": the grade's list, not the subject
        if self._its_extreme_things_counted(text, place.end):
            return False  # "全市最后512个行政村", "全区最大的3座水库": the scope's own things
        if not text.startswith(self.lexicon.scope_followers, place.end):
            return False
        return not self._its_districts_together(text, place.end)

    def _measures_against(self, text: str, end: int) -> bool:
        """The place ending at ``end`` is followed by 的, a number and a multiple (倍) or a
        percent: the yardstick of a comparison ("居全市第一位是昌平区的6倍多"), not a place
        holding a rank (第二位为昌平区的12.1万吨 is 昌平's own figure)."""
        if not text.startswith(self.lexicon.possessive_marks, end):
            return False
        number = _NUMBER_RE.match(text, end + 1)
        yardsticks = (self.lexicon.forms.multiple_unit, "%")  # (the text layer made ％ %)
        return number is not None and text.startswith(yardsticks, number.end())

    def _its_districts_together(self, text: str, end: int) -> bool:
        """After a group's or the city's name, a word of each district (各区) with no ranking
        after it in the clause (no ``rank_scope_closers``, ``rank_cues``, ordinal or
        superlative: 各区常住人口最多的朝阳区, 各区…第一): the place's districts taken together,
        the subject of the figure (平原新城各区常住人口约690万人), not a ranking's scope
        (在全市各区中排名第4, 生态涵养区各区排名).

        Why: 各区 read as a ranking's scope wherever it followed a place, so the group's own
        total went to the city."""
        every = self.lexicon.chart_scope.get("every_district_words", ())
        word = longest_prefix(text[end : end + _EVERY_DISTRICT_REACH], every)
        if not word:
            return False
        rest = text[end + len(word) : _clause_end(text, end, len(text))]
        cues = (
            *self.lexicon.rank_scope_closers,
            *self.lexicon.rank_cues,
            *self.lexicon.ordinal_marks,  # 第一
            *self.lexicon.page_cues.get("superlative_words", ()),  # 最多, 最高
        )
        return not any(cue in rest for cue in cues)

    def _a_place_after_its_label(self, text: str, start: int, end: int) -> bool:
        """text[start:end] (a headline's line after its label 北京：) names a place of its own: a
        district, a town or a site of one (回天地区, 城市副中心), or an area (经开区). The story
        is that place's; with none (北京：上千万人次逛商圈过大年) the label is its subject."""
        if self._township_re is not None and self._township_re.search(text, start, end):
            return True
        if self.areas.places(text, start, end):
            return True
        return any(
            place.name in self._district_names for place in self.place_mentions(text, start, end)
        )

    def _its_extreme_things_counted(self, text: str, end: int) -> bool:
        """After a place ending at ``end``, an extreme (``extreme_heads``: 最 and a word of one
        or two characters, perhaps 的) right before a number: the place's own things, picked by
        the extreme and counted (全市最后512个行政村, 全区最大的3座水库), or the place's extreme
        reading (全市最高45.2毫米), never a ranking's scope with another place picked.

        Why: 全市 before 最 read as a scope, as in 全市最低 (a rank claim), so the city's count
        went to the district named in the sentence before.

        >>> from districts.facts.pipeline import Pipeline
        >>> attributor = Pipeline.from_data().extractor.attributor
        >>> text = "全市最后512个行政村通车；全市最多的是朝阳区"
        >>> extreme = attributor._its_extreme_things_counted
        >>> extreme(text, 2), extreme(text, 15)
        (True, False)
        """
        if not text.startswith(self.lexicon.extreme_heads, end):
            return False
        at = end + len(longest_prefix(text[end:], self.lexicon.extreme_heads))
        for width in range(1, _EXTREME_WORD + 1):
            word = text[at : at + width]
            if len(word) < width or not _CJK_RE.match(word[-1]):
                return False
            rest = at + width
            rest += len(longest_prefix(text[rest:], self.lexicon.possessive_marks))
            if text[rest : rest + 1].isdigit():
                return True
        return False

    def _frames_its_count(self, text: str, place: Place, end: int) -> bool:
        """The place, opening its clause (perhaps after a word of where: 在), frames where the
        things counted at ``end`` in the same clause were counted (``scope_frames``: 全市范围内
        共筛查出141条段), with no subject of their own between (全市范围内，该区共建成…, 全市
        范围内两区共…: the district's, the two's)."""
        if not text.startswith(self.lexicon.scope_frames, place.end):
            return False
        if not self._opens_a_clause(
            text, Place(self._after_frame_lead(text, place), place.end, place.name)
        ):
            return False
        if _clause_end(text, place.end, end) < end:
            return False
        between = text[place.end : end]
        if any(word in between for word in (*self._own_words, *self.lexicon.local_subjects)):
            return False
        if self._group_count_re.search(between):
            return False
        return not any(
            other.name in self._district_names
            for other in self.place_mentions(text, place.end, end)
        )

    def _after_frame_lead(self, text: str, place: Place) -> int:
        """Where ``place`` starts, or its frame's lead before it (在全市范围内: 在)."""
        leads = tuple(self.lexicon.chart_scope.get("scope_leads", ()))
        lead = longest_suffix(text[max(0, place.start - 2) : place.start], leads)
        return place.start - len(lead)

    def _picked_by_an_extreme(self, text: str, floor: int, place: Place) -> bool:
        """A district's full name after 的是 (``extreme_identifier_marks``) in a clause naming
        an extreme (``extreme_heads``: 最), closing its clause: "其中下降最为明显的是东城区，
        自2019年的6.31下降至2020年的5.57" makes 东城 the subject of what follows. Not a
        segment or a site (降雨最多的是顺义段) nor a district with words after it."""
        before = text[max(floor, place.start - 4) : place.start]
        if not before.endswith(self.lexicon.extreme_identifier_marks):
            return False
        if place.end - place.start <= len(place.name):
            return False  # 顺义 of 顺义段: no full name
        if text[place.end : place.end + 1] not in _CLAUSE_SPLIT_MARKS:
            return False
        start = _clause_start(text, place.start)
        return any(head in text[start : place.start] for head in self.lexicon.extreme_heads)

    def _singled_out(self, text: str, place: Place) -> bool:
        """The district after a singling mark (``singling_marks``) stands alone in its clause
        and its sentence named it before: "通州、房山游客人均消费水平高，尤其是通州，…" singles
        通州 out of the two; "游客主要来自城六区，尤其是海淀区，占比35%" names where visitors
        come from, and "特别是海淀区的高校资源" whose resources. Nor when a figure follows it in
        its clause: the figure is its own ("密云、怀柔和平谷降雨较大，尤其是密云全区平均降雨量达
        80.7毫米" is 密云's, not the list's last)."""
        if text[place.end : place.end + 1] not in _CLAUSE_SPLIT_MARKS:
            stop = _clause_end(text, place.end, len(text))
            if not any(char.isdigit() for char in text[place.end : stop]):
                return False
        start = statement_start(text, place.start, "。！？；;\n")
        return any(
            earlier.name == place.name and earlier.end <= place.start - 1
            for earlier in self.place_mentions(text, start, place.start)
        )

    def _totals_its_own(self, text: str, end: int) -> bool:
        """A total word in the clause after a place (北京市重点保护古树名木共有4.1万株): the
        place counts its own, as the subject."""
        stop = min(
            (at for mark in _CLAUSE_SPLIT_MARKS if (at := text.find(mark, end)) >= 0),
            default=len(text),
        )
        return any(word in text[end:stop] for word in self.lexicon.list_total_words)

    def _listed_neighbour(self, text: str, place: Place) -> bool:
        """A later item of a list of neighbours: "南与朝阳区、海淀区毗邻" names 海淀 as a
        neighbour as it does 朝阳 (``neighbour_marks`` stand before the first item only); so
        do full names run together with no mark ("西与昌平区朝阳区隔温榆河为界")."""
        marks = self.lexicon.enumeration_marks
        while True:
            mark = longest_suffix(text[max(0, place.start - 2) : place.start], marks)
            end = place.start - len(mark)
            earlier = [
                item for item in self.place_mentions(text, max(0, end - 8), end) if item.end == end
            ]
            if not earlier or not (
                mark or text[earlier[-1].start : end].endswith(self.lexicon.district_suffixes)
            ):
                return False
            place = earlier[-1]
            if text.endswith(self.lexicon.neighbour_marks, 0, place.start):
                return True

    def _opens_a_clause(self, text: str, place: Place) -> bool:
        """Only time words and connectives stand before the place in its clause. Beijing's
        name straight before a district is part of the district's full name: "北京市房山区涉及
        …" opens with 房山 as "房山区涉及…" does (news reports name districts so)."""
        start = place.start
        # 房山区 (not 怀柔 of 北京怀柔科学城), or a group: 本市生态涵养区
        full_name = place.end - place.start > len(place.name)
        if full_name or place.name in self._group_names:
            start -= len(longest_suffix(text[max(0, start - 4) : start], self._city_prefixes))
            place = Place(start, place.end, place.name)
        start = _clause_start(text, start)
        prefix = text[start : place.start].strip()
        if place.name in self._group_names:
            # 10个远郊区县565.1万人, 5个生态涵养区常住人口…: the group with its count
            prefix = self._group_count_before_re.sub("", prefix)
        while prefix:
            stripped = prefix
            while stripped and (stripped[0].isdigit() or not stripped[0].isalnum()):
                stripped = stripped[1:]  # list markers and bullets: "3.", "·"
            stripped = stripped.removeprefix(longest_prefix(stripped, self.lexicon.subject_openers))
            if stripped == prefix:
                return False
            prefix = stripped
        return True

    def _about_the_nation(self, text: str, clause: Span, quantity: Quantity) -> bool:
        """全国29个实验区, 全国共有…: a national count. (国家级…, 中国(北京)… are not.) So is a
        number whose clause opens with the nation ("全国已认定的示范基地有318个").
        Not a share of the nation's total ("全国约四成的纪录片在这里制作"), nor a multiple of
        the nation's figure ("…是全国的40倍": the district's), nor what came from
        across the country ("来自全国的60余家机构", "吸引全国各地游客近2万人次"), nor a rank
        (全国第一): the district's. The nation named after the number is not its subject:
        "临床批件数量18个、约占全国的1/20" is the district's 18. Nor a difference from the
        nation ("涨幅高于全国0.4个百分点": the subject's)."""
        if quantity.kind == "rank":
            return False  # 全国第一: the district's rank in the nation
        if quantity.unit == "%" or quantity.kind == "multiple":
            # 占全国的31%, 是全国的40倍, 全国约四成的纪录片在这里制作: a share or a multiple of
            # the nation's figure is the district's; the nation's own measure is not
            # (我国森林覆盖率为24.02%, 我国一次能源的消耗水平为世界平均水平的3.35倍).
            return self._nation_measured(text, clause, quantity)
        for match in self._national_count_re.finditer(text, clause.start, clause.end):
            if match.start() >= quantity.start:
                break  # 18个、约占全国的1/20: the nation is what the count is a share of
            if self._names_a_title(text, match.end("nation")):
                continue  # 全国重点实验室[3]: a title, not the nation's count
            if text.startswith(self.lexicon.nation_origin_followers, match.end("nation")):
                continue  # 全国各地游客: where they came from
            if text[clause.start : match.start()].endswith(self.lexicon.nation_baseline_before):
                continue  # 高于全国0.4个百分点, 比全国多: the nation is the baseline compared with
            after = match.end("nation")
            ranked = text.startswith(self.lexicon.scope_followers, after)
            if ranked and not self._nation_figure_re.match(text, after):
                continue  # 全国第二个…, 全国首店50家: the scope of a rank, not a national count
            return not text[clause.start : match.start()].endswith(self.lexicon.source_cues)
        for word in self.lexicon.nation_subjects:
            found = text.find(word, clause.start, quantity.start)
            if found < 0 or self._names_a_title(text, found + len(word)):
                continue
            place = Place(found, found + len(word), self.nation)
            if self._opens_a_clause(text, place) and not text.startswith(
                self.lexicon.scope_followers, place.end
            ):
                return True
        return False

    def _nation_measured(self, text: str, clause: Span, quantity: Quantity) -> bool:
        """The nation opens the clause as the owner of a measure: its name, then the measure's
        words before the number ("我国森林覆盖率为24.02%"), not the number straight after it
        ("全国约四成的纪录片…", "全国30%的企业": a share of the nation's), nor a title
        (全国重点实验室), a rank's scope (全国首个) or an origin (全国各地); and no place, nor
        the district's own word, named in the clause after it ("全国…30%的创新药物在我区完成
        临床前研究": the district's share)."""
        for word in self.lexicon.nation_subjects:
            at = text.find(word, clause.start, quantity.start)
            while at >= 0:
                if self._owns_a_measure(
                    text, Place(at, at + len(word), self.nation), clause, quantity
                ):
                    return True
                at = text.find(word, at + len(word), quantity.start)
        return False

    def _owns_a_measure(self, text: str, nation: Place, clause: Span, quantity: Quantity) -> bool:
        """See ``_nation_measured``."""
        after = nation.end
        local = (*self.lexicon.self_references, *self.lexicon.district_wide)
        if (
            not self._opens_a_clause(text, nation)
            or self._names_a_title(text, after)
            or text.startswith(
                (*self.lexicon.scope_followers, *self.lexicon.nation_origin_followers), after
            )
            or self.place_mentions(text, after, clause.end)
            or any(word in text[after : clause.end] for word in local)
        ):
            return False
        words = text[after : quantity.start]
        while words and (cut := longest_suffix(words, self._measure_trailers)):
            words = words[: -len(cut)]
        return sum(char.isalpha() for char in words) >= 2  # "森林覆盖率为", not "约", "共有"

    # --- term, indicator and theme ----------------------------------------------------


def _labels_the_headline(text: str, place: Place) -> bool:
    """The place opens the text and a colon follows it: the headline's label of where the
    story comes from (北京：某地区今年将新增…), as a dateline, not the subject of its figures.

    >>> _labels_the_headline("北京：某地区新增学位四千余个", Place(0, 2, "北京市"))
    True
    """
    return not text[: place.start].strip() and text.startswith(_COLONS, place.end)


def _line_end(text: str, at: int) -> int:
    """Where the line holding ``at`` ends."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end
