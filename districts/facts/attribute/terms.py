"""The term naming a number and the catalog indicator it is a value of: the noun phrase
beside it, a measure carried from the clause or list heading before it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from districts.catalog import Indicator
from districts.facts.extract import (
    Quantity,
)
from districts.facts.numbers import CHINESE_NUMERAL_CHARS, MULTIPLIERS
from districts.facts.phrases import (
    alternation,
    any_of,
    longest_prefix,
    longest_suffix,
)
from districts.facts.qualify import bound_word_starts_a_word, change_cue
from districts.facts.timeframe import load_time_lexicon
from districts.facts.words import pos_tags
from districts.text.split import FULL_STOPS, SEMICOLONS, Span, statement_start

if TYPE_CHECKING:
    from districts.facts.mentions import Mention
from districts.facts.attribute.common import (
    _ACTION_KINDS,
    _ACTION_LABEL,
    _ACTION_LEADS,
    _ACTION_REACH,
    _ACTION_VERBS,
    _ARABIC_VALUE_RE,
    _BARE_CHANGE_LEAD,
    _CARRY_REACH,
    _CHANGE_CLAUSE_REACH,
    _CJK_RE,
    _CLAUSE_MARKS,
    _DIGIT_AFTER_WORDS,
    _HAN_RUN_RE,
    _LINKING_FLAGS,
    _LIST_HEADING_REACH,
    _LIST_MARKS,
    _MEASURE_HEADS,
    _NOUNS,
    _OPENING_BRACKETS,
    _OPENING_YEAR_RE,
    _OWN_COUNT_RE,
    _OWN_SUBJECT_LENGTH,
    _PAIRED_REACH,
    _PER_UNIT_GAP,
    _PERCENT_FIGURE_RE,
    _PHRASE_MARKS,
    _PLACE_NAME_REACH,
    _SHORT_STEM,
    _SPLIT_NOUN,
    _SPLIT_VERB,
    _STANDING_LINK_REACH,
    _STEM_FOLLOWER_REACH,
    _TERM_CLAUSE_REACH,
    _THRESHOLD_BEFORE,
    _changes_the_level_before,
    _clause_start,
    _count_in_words,
    _inside_a_latin_word,
    _is_numeral_char,
    _joined,
    _leading_noun_phrase,
    _overlapping_heads,
    _qualifier_kind,
    _subject_line_above,
    kept_answer,
    trailing_noun_phrase,
)


class Terms:
    """The term naming a number and the catalog indicator it is a value of: the noun phrase
    beside it, a measure carried from the clause or list heading before it.
    """

    def describe(
        self, text: str, quantity: Quantity, clause: Span, sentence: Span
    ) -> tuple[Indicator | None, str, tuple[int, int] | None]:
        """The indicator (if the catalog knows it), the term and where the term stands."""
        paired = self._paired_item(text, quantity, clause)
        if paired is not None:
            return paired
        indicator, found = self._nearest_indicator(text, quantity, clause)
        if indicator is not None and found is not None:
            return indicator, indicator.name, found
        joined = self._joined_statement(text, quantity, clause)
        if joined is not None:
            return joined[0], joined[0].name, joined[1]
        term, span = self._term_near(text, quantity, clause)
        if span is None:
            # No subject next to the number ("…生产总值一年一个百亿台阶,从2020年的973.8亿元"):
            # the subject is the one of the clause before, unless that clause already gave
            # its subject a number of its own ("潜在独角兽企业22家,全市共两个灯塔工厂").
            above = _subject_line_above(text, sentence.start, clause.start)
            previous = Span(
                above if above is not None else max(sentence.start, clause.start - 24),
                quantity.start,
            )
            indicator, found = self._nearest_indicator(text, quantity, previous, reach=None)
            if indicator is not None and found is not None:
                # "第一产业增加值6.2亿元,下降2.4%": the level's number stands between, and the
                # change is the level's growth (an indicator derived from the level's name).
                # (normalized: 生态系统生产总值（GEP） is the synonym 生态系统生产总值(GEP))
                named_here = self.catalog.indicator_by_synonym(text[found[0] : found[1]])
                derived = named_here is None or named_here.id != indicator.id
                said_here = text[clause.start : quantity.start]
                shared = said_here.startswith(self.lexicon.forms.share_verbs)
                between = text[found[1] : clause.start]
                if (
                    not derived
                    and (
                        not re.search(r"\d", between)
                        or self._reaches_after_its_change(text, found[1], clause, quantity)
                    )
                ) or (
                    derived
                    and (quantity.qualifier == "change" or shared)
                    # no subject of its own ("…,占一般公共预算收入的78.4%" says whose share;
                    # "…,农民人均纯收入增长10%" names its own, which no rule knew)
                    and (len(said_here) <= _CHANGE_CLAUSE_REACH or shared)
                    and not self._names_its_own_subject(said_here)
                ):
                    return indicator, indicator.name, found
        continued = self._continued_term(text, quantity, clause, sentence)
        if continued is not None:
            return continued[0], continued[0].name, continued[1]
        if span is None:
            standing = self._standing_subject(text, quantity, clause, sentence)
            if standing is not None:
                return standing[0], standing[0].name, standing[1]
        if span is not None:
            completed = self._completed_term(text, quantity, term, span, clause)
            if completed is not None:
                return completed, completed.name, span
        return None, term, span

    def _reaches_after_its_change(
        self, text: str, term_end: int, clause: Span, quantity: Quantity
    ) -> bool:
        """The level a measure reaches, stated after its change in the clause before:
        "森林覆盖率比上年提高1.2个百分点，达到69.9%", "常住人口比上年减少0.3万人，为52.7万人".

        Why: the number between the measure and this one is the measure's own change, not
        another measure's value, so the level is the measure's. Only when the words between
        are that one change (a comparison or a verb of change right before its only number)
        and this clause says nothing but a linking word before its number (达到, 为, 增至)."""
        if quantity.qualifier == "change":
            return False
        said_here, _ = self.strip_linking(text[clause.start : quantity.start].strip())
        if said_here:
            return False
        between = text[term_end : clause.start].rstrip("，,")
        # a year in the comparison (比2020年提高) is no value of its own
        numbers = [
            match
            for match in re.finditer(r"\d+(?:\.\d+)?", between)
            if not load_time_lexicon().year_re.match(between, match.start())
        ]
        if len(numbers) != 1 or any(mark in between for mark in "，,；;、。"):
            return False
        # the change must follow the measure itself: "常住人口出生人数比上年减少400人" changes
        # another measure (出生人数), whose level 3100人 is no population
        if not between.startswith(
            (*self.lexicon.comparison_markers, *self.lexicon.qualifier_before["change"])
        ):
            return False
        at = term_end + numbers[0].start()
        return change_cue(text, at, term_end, self.lexicon) is not None

    def _names_its_own_subject(self, said: str) -> bool:
        """The words of a clause before a change name what changed: a noun phrase of its own
        before the verb of change, not a comparison (比上年, 同比) or a linking word.

        "农民人均纯收入增长" names its subject; "下降", "同比增长", "比上年增长" and
        "扣除价格因素增长" (a basis, ``change_bases``) do not."""
        changes = self.lexicon.qualifier_before["change"]
        rest = said.strip()
        while word := longest_suffix(rest, changes):
            rest = rest[: -len(word)]
        rest, _ = self.strip_linking(rest)
        while base := longest_suffix(rest, self.lexicon.change_bases):
            rest = rest[: -len(base)].rstrip()
        if any(marker in rest for marker in self.lexicon.comparison_markers):
            return False
        noun = trailing_noun_phrase(rest, self.lexicon.term_verbs, self.lexicon.possessive_marks)
        return len(noun) >= _OWN_SUBJECT_LENGTH

    def _paired_item(
        self, text: str, quantity: Quantity, clause: Span
    ) -> tuple[Indicator | None, str, tuple[int, int]] | None:
        """A list of items, a pairing word (分别), as many values: the n-th value is the n-th
        item's. "二氧化硫、二氧化氮和细颗粒物的浓度分别为3、28、36微克/立方米" gives 细颗粒物浓度
        36; the words after the last item's possessive (的浓度) are every item's measure noun.
        Places listed instead ("甲区、乙区分别为…") pair with places (``_respectively``)."""
        before = text[clause.start : quantity.start]
        cue = max((before.rfind(word) for word in self.lexicon.respectively_cues), default=-1)
        if cue <= 0:
            return self._listed_values(text, quantity, clause)
        head = before[:cue]
        while words := longest_suffix(head, self.lexicon.carried_measure_words):
            head = head[: -len(words)]  # 用水量同比分别下降: 同比 is no part of the item
        if len(self.place_mentions(head)) >= 2:
            return None
        cue_end = clause.start + cue
        index = len(_ARABIC_VALUE_RE.findall(text, cue_end, quantity.start))
        total = index + len(_ARABIC_VALUE_RE.findall(text, quantity.start, clause.end))
        marks = sorted(self.lexicon.enumeration_marks, key=len, reverse=True)
        items = re.split("|".join(re.escape(mark) for mark in marks), head)
        if len(items) < 2 or len(items) != total or not all(items):
            return None
        if any(_PERCENT_FIGURE_RE.search(item) for item in items):
            # 地区生产总值年均增长9%以上、城乡居民收入年均分别增长9%和9.5%: a figure of its own
            # before the list, not one of its items
            return None
        last = items[-1]
        shared = ""
        for mark in self.lexicon.possessive_marks:
            if mark in last:
                last, shared = last.split(mark, 1)
        if not shared:
            # "医药健康、先进能源、先进制造三大主导产业收入分别达到…": after the count of the
            # items (三大, as many as the items), the words are every item's measure
            counts = list(self._item_count_re.finditer(last))
            counted = counts[-1] if counts else None
            if (
                counted is not None
                and 0 < counted.start()
                and counted.end() < len(last)
                and _count_in_words(counted.group()) == len(items)
            ):
                last, shared = last[: counted.start()], last[counted.end() :]
        item = last if index == len(items) - 1 else items[index]
        item = item.removeprefix(longest_prefix(item, self.lexicon.district_wide))
        if index == 0:
            # "2018年北京旅游景区接待人数、营业收入…分别达…": the year opening the clause is the
            # values' time, no part of the first item's measure
            year = _OPENING_YEAR_RE.match(item)
            if year is not None and item.startswith(self.lexicon.year_words, year.end()):
                rest = item[year.end() :]
                item = rest[len(longest_prefix(rest, self.lexicon.year_words)) :]
        places = self.place_mentions(item)
        if places and places[0].start == 0:
            item = item[places[0].end :]  # 全区二氧化硫, 某区二氧化硫: the measure is 二氧化硫's
        if index == 0:  # "推动医药健康、…": the verb before the list is no part of its item
            while lead := longest_prefix(item, self.lexicon.list_lead_verbs):
                item = item[len(lead) :]
        offset = clause.start + sum(len(i) for i in items[:index])
        offset += sum(len(m) for m in re.findall("|".join(map(re.escape, marks)), head)[:index])
        span = (offset, offset + len(items[index]))
        for cut in range(len(shared) + 1):
            found = self.catalog.indicator_by_synonym(_joined(item, shared[cut:]))
            if found is not None and self._unit_fits(found, quantity):
                return found, found.name, span
        found = self._measure_of_the_last_item(item, last, quantity) if not shared else None
        if found is not None:
            return found, found.name, span
        return None, _joined(item, shared), span

    def _listed_values(
        self, text: str, quantity: Quantity, clause: Span
    ) -> tuple[Indicator, str, tuple[int, int]] | None:
        """ "战略性新兴产业、高技术制造业工业产值增长7.4%、3.4%": as many items as values, the
        values joined only by list marks, no 分别: the n-th value is the n-th item's, and the
        measure after the last item (工业产值增长) is every item's. Only where the catalog names
        the item's measure (its level, then the level's growth for a change); else None and
        the other rules read the number as before."""
        values = list(_ARABIC_VALUE_RE.finditer(text, clause.start, clause.end))
        if len(values) < 2 or not values[0].start() > clause.start:
            return None
        marks = sorted(self.lexicon.enumeration_marks, key=len, reverse=True)
        for first, second in itertools.pairwise(values):
            gap = text[first.end() : second.start()]
            if not gap.endswith(tuple(marks)) or re.search(r"[,，;；。]", gap) or len(gap) > 4:
                return None
        index = next((i for i, v in enumerate(values) if v.start() == quantity.start), None)
        if index is None:
            return None
        head = text[clause.start : values[0].start()]
        pattern = "|".join(re.escape(mark) for mark in marks)
        items = re.split(pattern, head)
        if len(items) != len(values) or not all(items) or self.place_mentions(head):
            return None
        last, item = items[-1], items[index]
        offset = clause.start + head.find(item) if index else clause.start
        wide = longest_prefix(item, self.lexicon.district_wide)  # 全区战略性新兴产业
        offset, item = offset + len(wide), item.removeprefix(wide)
        change_words = self.lexicon.change_measures
        for cut in range(0 if index == len(items) - 1 else 1, len(last)):
            name = (item if index != len(items) - 1 else "") + last[cut:]
            measure = name.removesuffix(longest_suffix(name, change_words))
            level = self.catalog.indicator_by_synonym(measure)
            if level is None:
                continue
            found = level if self._unit_fits(level, quantity) else self._growth_of(level, quantity)
            if found is not None:
                return found, found.name, (offset, offset + len(item))
        return None

    def _measure_of_the_last_item(
        self, item: str, last: str, quantity: Quantity
    ) -> Indicator | None:
        """ "PM10、NO2、SO2累计浓度分别为66、32和4": without a possessive, the measure noun
        after the last item (累计浓度) is every item's too: the item with the longest tail of
        the last item that the catalog names as one measure (NO2累计浓度)."""
        if item == last:
            return None
        for cut in range(1, len(last)):
            found = self.catalog.indicator_by_synonym(item + last[cut:])
            if found is not None and self._unit_fits(found, quantity):
                return found
        return None

    def shared_measures(
        self, text: str, quantity: Quantity, clause: Span
    ) -> list[tuple[Indicator | None, str, tuple[int, int]]]:
        """Measures listed together and then given one value with 均 ("A、B均超过1100家",
        "甲和乙均为12个"): the value is each one's, a fact per measure (as districts listed so
        share one: ``_shared_value``). The list is the clause's words before the cue, two or
        more items joined only by enumeration marks, none of them a place (places share a
        value through ``districts_of``). Each item: its catalog indicator, its term, its span.
        """
        cue = max(
            (text.rfind(word, clause.start, quantity.start) for word in self.lexicon.shared_cues),
            default=-1,
        )
        if cue <= clause.start or re.search(r"\d", text[cue : quantity.start]):
            return []
        head = text[clause.start : cue]
        if self.place_mentions(head):
            return []
        marks = sorted(self.lexicon.enumeration_marks, key=len, reverse=True)
        pattern = "|".join(re.escape(mark) for mark in marks)
        items = re.split(pattern, head)
        if not 2 <= len(items) <= 4 or not all(0 < len(item) <= 16 for item in items):
            return []
        shared = []
        offset = clause.start
        last = items[-1]
        for item, mark in zip(items, [*re.findall(pattern, head), ""], strict=True):
            wide = longest_prefix(item, self.lexicon.district_wide)  # 全区高新技术企业
            measure = item.removeprefix(wide)
            found = self.catalog.indicator_by_synonym(measure)
            if found is None and item is not last:
                # "重点建设用地和受污染耕地安全利用率均为100%": the last item's ending
                # (安全利用率) is every item's measure noun
                found = next(
                    (
                        named
                        for cut in range(1, len(last))
                        if (named := self.catalog.indicator_by_synonym(measure + last[cut:]))
                    ),
                    None,
                )
            if found is not None and not self._unit_fits(found, quantity):
                found = None
            span = (offset + len(wide), offset + len(item))
            shared.append((found, found.name if found else measure, span))
            offset += len(item) + len(mark)
        return shared

    def _joined_statement(
        self, text: str, quantity: Quantity, clause: Span
    ) -> tuple[Indicator, tuple[int, int]] | None:
        """A value joined by a list mark to another statement of one measure is that measure's:
        a change is its growth ("一般公共预算收入预计完成24.3亿元、同口径增长8.8%"), a level that
        names only a total (总量) its level ("地区生产总值年均增长5.5%左右、总量达到2500亿元").
        The mark joins two statements of one measure, as the comma of "…100亿元,增长1.5%"
        does, not two measures of a list: the value's own words hold no number and no measure."""
        change = quantity.qualifier == "change"
        before = text[clause.start : quantity.start]
        mark = max(before.rfind(m) for m in _LIST_MARKS.strip("[]"))
        own = before[mark + 1 :]
        if mark < 0 or re.search(r"\d", own) or len(own) > _CHANGE_CLAUSE_REACH:
            return None
        if not change:
            said, _ = self.strip_linking(own)
            if said not in self.lexicon.mapping.total_words:
                return None
        elif self._names_its_own_measure(own):
            return None  # 能耗下降2%、水耗下降3%: 水耗's change, an item of a list
        level = before[:mark]
        bounds = [word for words in self.lexicon.qualifier_after.values() for word in words]
        level = level.removesuffix(longest_suffix(level, bounds))  # 5.5%左右、
        unit = longest_suffix(level, self._written_units_or_percent)
        unit += longest_suffix(level[: len(level) - len(unit)], MULTIPLIERS)
        value = re.search(r"\d(?:\.\d+)?$", level[: len(level) - len(unit)])
        if value is None or not unit:
            return None  # the list mark follows no value: a list of measures
        number_start = re.search(r"[\d.,]*$", level[: value.end()])
        statement = level[: number_start.start() if number_start else value.start()]
        best: tuple[int, Indicator, str] | None = None
        for synonym, indicator in self._synonym_index.candidates(statement):
            position = statement.rfind(synonym)
            if position < 0 or re.search(r"\d", statement[position + len(synonym) :]):
                continue  # a number between: the synonym is another value's
            if not change and not self._unit_fits(indicator, quantity):
                continue  # 地区生产总值年均增长…、总量: the level's measure, not the growth
            if best is None or position + len(synonym) > best[0] + len(best[2]):
                best = (position, indicator, synonym)
        if best is None:
            return None
        if not change:  # the quote is the level's own statement: 总量达到2500亿元
            return best[1], (clause.start + mark + 1, quantity.start)
        growth = self._growth_of(best[1], quantity)
        if growth is None:
            return None
        start = clause.start + best[0]
        return growth, (start, start + len(best[2]))

    def _names_its_own_measure(self, own: str) -> bool:
        """The words of a change after a list mark name a measure of their own: a noun is left
        once the verb of change, the linking words and the basis of the change are taken
        away (水耗下降 → 水耗; 同口径增长 → nothing: the statement before it goes on)."""
        lexicon = self.lexicon
        rest = own.strip()
        rest = rest.removesuffix(longest_suffix(rest, lexicon.qualifier_before["change"]))
        for word in lexicon.change_bases:
            rest = rest.replace(word, "")
        # a baseline (比上年, 较上年同期, 同比) is no measure: the words before it are
        for at in range(len(rest)):
            if rest.startswith(lexicon.not_comparisons, at):
                continue
            if rest.startswith(lexicon.comparison_markers, at):
                rest = rest[:at]
                break
        rest, _ = self.strip_linking(rest)
        rest = rest.strip()
        # the whole of what is left a noun phrase, and no place (剔除留抵退税因素后增长,
        # 在全市率先实现增长: a basis, a scope)
        noun = trailing_noun_phrase(rest, self.lexicon.term_verbs, self.lexicon.possessive_marks)
        return bool(rest) and noun == rest and not self._names_a_place(rest)

    def carried_measure(
        self,
        text: str,
        clause: Span,
        term: str,
        quantity: Quantity,
        qualifier: str,
        district: str,
        year: int | None,
        said: Sequence[Mention],
        sentence: Span | None = None,
    ) -> Indicator | None:
        """The measure of an earlier number of the paragraph, carried to a number that names
        no measure of its own and compares with it: another district's or another year's value
        in the same unit. "某区森林覆盖率达68%，乙区达61%", "增长5.6%（全市为5.2%）",
        "甲区为478亿元；乙区次之，为441亿元", "较2015年的60微克/立方米", "分别为6%、7%".

        Only a number with nothing but places and a few linking words before it in its clause
        (``_bare_before``) carries a measure. The nearest earlier mapped number in the same unit
        decides; a change carries only a measure that is itself a change (增速), and only when
        the number just before it is not a level it would be the growth of (总产值786亿元，增长
        4%); a level skips the level's changes between (287天，比上年增加6天，比全市（290天）);
        a goal carries only a goal's measure. The same place and year: nothing (a part, or
        another measure).
        """
        if not self._names_only_places(term):
            return None
        kind = _qualifier_kind(qualifier)
        if kind == "change":
            paired = self._paired_growth(text, clause, quantity, district, said)
            if paired is not None:
                return paired
        if not self._bare_before(text, clause, quantity):
            return None
        cues = self.lexicon.mapping
        before = text[clause.start : quantity.start]
        if kind in ("level", "change") and sentence is not None:
            topical = self._growth_topic_of(text, sentence, quantity, said)
            if topical is not None:
                return topical
        if kind in ("change", "target") and any(cue in before for cue in cues.average_growth_cues):
            return self._average_growth_of(said, district, quantity)
        if kind == "change" and said and said[-1].indicator and said[-1].qualifier != "change":
            # 总产值786.3亿元，同比增长4.2%: the growth of the level just stated, not a carried rate
            if said[-1].district != district:
                return None
            return self._growth_of(self.catalog.indicator_by_id(said[-1].indicator), quantity)
        for earlier in reversed(said):
            if earlier.unit != quantity.unit:
                continue
            earlier_kind = _qualifier_kind(earlier.qualifier)
            if not earlier.indicator:
                if earlier_kind == "change" and kind != "change":
                    continue  # 比上年增加6天 between: not the measure compared
                return None  # a number of a measure the catalog does not know
            indicator = self.catalog.indicator_by_id(earlier.indicator)
            is_rate = any(word in indicator.name for word in self.lexicon.change_measures)
            if earlier_kind == "change" and kind != "change" and not is_rate:
                continue  # a level's change between: the level before it is the measure
            if kind == "change" and not is_rate:
                return None
            if (kind, earlier_kind) == ("level", "target") and not any(
                marker in before for marker in self.lexicon.present_markers
            ):
                # a goal carries a level's measure (…36.5%，距45%的目标), not back; only a
                # level said to be today's does (到2025年达到45%，目前已达44.8%)
                return None
            if earlier.district == district and earlier.year == year:
                # 突破1.2万亿元，全年录得12051亿元: the exact figure of a bound just stated
                restated = qualifier == "exact" and (
                    (earlier.qualifier == "at_least" and quantity.value >= earlier.value > 0)
                    or (earlier.qualifier == "at_most" and 0 < quantity.value <= earlier.value)
                )
                if not restated:
                    return None
            return indicator if self._unit_fits(indicator, quantity) else None
        return None

    def measure_of_the_list_heading(
        self, text: str, paragraph: Span, clause: Span, term: str, quantity: Quantity
    ) -> tuple[Indicator | None, str]:
        """The measure a short line ending in a colon names for the list below it, carried to
        a value that names nothing but its place: "北京市各区具体人口数量分别是：" over
        "东城区：708829人，占比3.2%；西城区：…" makes each value a 人口数量 (a catalog
        indicator when one of its names is there and its unit fits). (None, "") otherwise.

        Why: a comparison of districts lists each district's value after one heading, as a
        table does under its caption; each value alone names only its place."""
        nothing: tuple[Indicator | None, str] = (None, "")
        if _qualifier_kind(quantity.qualifier) != "level":
            return nothing  # 东城区：增加1.2万人: a change, not the heading's level
        if not self._names_only_places(term) or not self._bare_before(text, clause, quantity):
            return nothing
        own = text[clause.start : quantity.start]
        shares = (*self.lexicon.forms.share_verbs, *self.lexicon.mapping.share_endings)
        if any(word in own for word in shares):
            return nothing  # 占比3.2%: the share of the value before (mentions._share_label)
        above = text[max(0, paragraph.start - _LIST_HEADING_REACH) : paragraph.start].rstrip()
        heading = above[above.rfind("\n") + 1 :].strip()
        if not heading.endswith((":", "：")) or len(heading) > _LIST_HEADING_REACH // 2:
            return nothing
        if load_time_lexicon().year_re.search(heading):
            return nothing  # 2020年各区常住人口：its year is the heading's, which is not read here
        words = heading[:-1]
        lexicon = self.lexicon
        announcing = (*lexicon.respectively_cues, *lexicon.list_heading_endings)
        if not (
            any(word in words for word in announcing)
            or words.startswith(lexicon.list_heading_fillers)
            or self.group_mentions(words)
        ):
            return nothing  # 工作目标：, 附件：: no list of places' values announced
        endings = (*announcing, *lexicon.linking_words)
        while cut := longest_suffix(words, endings):
            words = words[: -len(cut)]
        return self._heading_measure(words, quantity)

    def _heading_measure(self, words: str, quantity: Quantity) -> tuple[Indicator | None, str]:
        """The measure a list's heading names in ``words`` (its places and fillers aside), a
        catalog indicator when one of its names ends it and its unit fits the value; (None,
        "") when the words end in no measure's noun (能源谷这边也不甘示弱)."""
        lexicon = self.lexicon
        for place in reversed(self.place_mentions(words)):
            words = words[: place.start] + words[place.end :]
        measure = trailing_noun_phrase(words, lexicon.term_verbs, lexicon.possessive_marks)
        measure = measure.removeprefix(longest_prefix(measure, lexicon.list_heading_fillers))
        if measure[:1].isdigit() or measure[:1] in CHINESE_NUMERAL_CHARS:
            return None, ""  # 降雨量最大的三个站点分别为: the things listed, no measure
        tags = pos_tags(measure) if len(measure) >= 2 else []
        if not tags or tags[-1][1] not in _MEASURE_HEADS:
            return None, ""  # 能源谷这边也不甘示弱：an idiom, no measure's name
        named = [
            i for synonym, i in self._synonym_index.candidates(measure) if measure.endswith(synonym)
        ]
        if named:
            fitting = [indicator for indicator in named if self._unit_fits(indicator, quantity)]
            # a catalog measure whose unit the value cannot have (常住人口 over 3个): not its list
            return (fitting[0], fitting[0].name) if fitting else (None, "")
        return None, measure

    def measure_before_a_place_list(
        self, text: str, sentence: Span, clause: Span, term: str, quantity: Quantity
    ) -> tuple[Indicator | None, str, bool]:
        """The measure named before a respectively cue that opens a list of places' values in
        the same sentence, for a value that names nothing but its place: "各区县栽植面积分别为：
        甲区4210亩，乙区3120亩" makes each value a 栽植面积. Two measures joined before the cue
        ("栽植面积及完成比例分别为：甲区4210亩、62%") pair with each place's values in order,
        when each place gives as many: the 62% is 甲区's 完成比例. The cue must link to the
        list (分别为, 依次是: not 分别对甲区检查, 分别增长), and a whole with its part (其中) or
        things counted (三个站点) name no measure. (None, "", False) otherwise; the flag says
        the measure was paired by position (one of two or more joined), which no earlier
        value's measure may replace: the value before is the list's other measure's.

        Why: the list's heading stood inline, not on a line of its own
        (``measure_of_the_list_heading``), and each value was left without a measure."""
        nothing: tuple[Indicator | None, str, bool] = (None, "", False)
        if not self._names_only_places(term) or not self._bare_before(text, clause, quantity):
            return nothing
        before = text[sentence.start : quantity.start]
        cue = max((before.rfind(word) for word in self.lexicon.respectively_cues), default=-1)
        if cue < 0:
            return nothing
        cue_word = longest_prefix(before[cue:], self.lexicon.respectively_cues)
        if not before.startswith(self.lexicon.respectively_links, cue + len(cue_word)):
            return nothing  # 市水务局分别对甲区、乙区检查, 分别增长: no list of values it names
        places = [
            place
            for place in self.place_mentions(before, cue)
            if place.name != self.municipality  # 占全市15%: the whole of a share, no item
        ]
        if not places:
            return nothing  # 分别增长5%、7%: the values of one subject's list (_paired_item)
        opening = max(before.rfind(mark, 0, cue) for mark in _CLAUSE_MARKS) + 1
        words = before[opening:cue]
        if any(mark in words for mark in self.lexicon.text_tables["subrow_marks"]):
            return nothing  # 造林面积及其中平原造林面积: a whole and its part, one measure twice
        item = before[places[-1].end :]
        position = len(_ARABIC_VALUE_RE.findall(item))  # its place's values before this one
        # split at a joiner standing as a word (知晓率和参与率, not inside 参与)
        measures, part = [], ""
        for word, _ in pos_tags(words):
            if word in self.lexicon.measure_joiners:
                measures.append(part)
                part = ""
            else:
                part += word
        measures = [measure for measure in (*measures, part) if measure]
        if len(measures) > 1:
            # as many values in the place's item as measures named, or the joiner is inside one
            # measure's name (文化和旅游收入分别为：甲区120亿元、乙区100亿元)
            item_start = sentence.start + places[-1].end
            following = [
                place
                for place in self.place_mentions(text, quantity.end, sentence.end)
                if place.name != self.municipality
            ]
            item_end = following[0].start if following else sentence.end
            if len(_ARABIC_VALUE_RE.findall(text, item_start, item_end)) != len(measures):
                return nothing
        if len(measures) == 1 and position == 0:
            named = words
        elif len(measures) < 2 or position >= len(measures):
            return nothing
        else:
            named = measures[position]
        indicator, measure = self._heading_measure(named, quantity)
        ahead = pos_tags(named[: len(named) - len(measure)]) if measure else []
        if ahead and ahead[-1][1][:1] in ("m", "q"):
            return nothing  # 降雨量最大的三个站点分别为: the things counted, no measure
        if (
            indicator is None
            and 0 < len(measure) <= _SHORT_STEM
            and ahead
            and ahead[-1][0] not in self.lexicon.list_heading_fillers  # 各区浓度: no act
        ):
            # 栽植面积, 完成比例: a bare noun of measure keeps the act before it, which says
            # what it measures (面积 alone could be any area)
            measure = ahead[-1][0] + measure
        return indicator, measure, len(measures) > 1

    def carried_term(
        self,
        text: str,
        clause: Span,
        term: str,
        quantity: Quantity,
        said: Sequence[Mention],
        original_sentence: str = "",
    ) -> str | None:
        """The words of an earlier number's measure the catalog does not know, carried as
        ``carried_measure`` carries a known one: "本市发生电动自行车火灾44起。其中，朝阳区9起"
        counts fires in 朝阳, and its term is 电动自行车火灾, not 朝阳区. Only for a number that
        names nothing but places (``_bare_before``), from the nearest earlier number of the
        paragraph in the same unit and of the same kind (a level, a change); a rank after a
        value of its sentence ranks that value. None otherwise."""
        verbs = self.lexicon.chart_scope.get("within_rank_verbs", ())
        opening = text[clause.start : quantity.start].lstrip()
        if (
            quantity.kind == "rank"
            and said
            and (opening.startswith(verbs) or self._only_a_rank_scope(opening))
            and self._value_before_in_its_sentence(text, quantity)
        ):
            # 一般公共预算收入年均增速7.7%，居城六区第一: a clause that opens with the rank's
            # verb ranks the value just said, whatever its unit, not an earlier sentence's
            # rank (投资强度全市第一); a rank naming its own measure keeps it (营商环境评价居…)
            rest = term.removeprefix(longest_prefix(term, verbs))
            scopes = self.lexicon.page_cues.get("superlative_scopes", ())
            rest = rest.removeprefix(longest_prefix(rest, scopes))
            if not self._names_only_places(rest):
                return None
            ranked = said[-1]
            return None if self._names_only_places(ranked.term) else self._without_places(ranked)
        if not self._names_only_places(term) or not self._bare_before(text, clause, quantity):
            return None
        if quantity.qualifier != "change" and self._states_its_own_act(text, clause, quantity):
            return None  # 死亡3人，受伤12人: 受伤 is what the 12 counts, no 死亡 carried
        if any_of(self.lexicon.respectively_cues).search(text, clause.start, quantity.start):
            return None  # 分别增长161%、74.5%: each value of the list is its own measure's
        if text[clause.start : quantity.start].rstrip().endswith(self.lexicon.enumeration_marks):
            return None  # 161%、74.5%和59.8%: the values of a list, not a place's figure
        # 低于全市平均水平0.5分贝: a difference from a baseline, labelled as one (不低于: a bound)
        compared = any_of(self.lexicon.comparative_verbs).search(text, clause.start, quantity.start)
        bounds = (
            *self.lexicon.qualifier_before["at_least"],
            *self.lexicon.qualifier_before["at_most"],
        )
        if compared is not None and not any(
            text.endswith(bound, 0, compared.end()) and len(bound) > len(compared.group())
            for bound in bounds
        ):
            return None
        extreme = self._extreme_reading_named_before(text, quantity)
        if extreme is not None:
            return extreme  # 降雨量最大的是某乡，为312.6毫米: the maximum, not the mean before
        kind = _qualifier_kind(quantity.qualifier)
        if (
            said
            and kind == "change"
            and _changes_the_level_before(said[-1], original_sentence)
            and not self._names_a_place(said[-1].term)  # 其中，某镇0.3万户，增长2%
        ):
            return None  # 合作医疗人数为23.4万人,增长2.1%: the level's growth (_display_term)
        for earlier in reversed(said):
            if earlier.unit != quantity.unit or _qualifier_kind(earlier.qualifier) != kind:
                continue
            if earlier.indicator or self._names_only_places(earlier.term):
                return None  # a known measure (carried_measure's), or no words to carry
            if self._names_a_place(earlier.term):
                continue  # 城区235.1毫米 between: an area's value of the measure named before
            if self._an_extreme_at_a_place(earlier):
                continue  # 最大降雨出现在某镇，为312.6毫米 between: a site's extreme, no measure
            if earlier.term.endswith(self.lexicon.compared_changes):
                return None  # 优良天数增加 (较2013年增加100多天): a comparison's label, no measure
            return self._without_places(earlier)
        return None

    def _an_extreme_at_a_place(self, mention: Mention) -> bool:
        """The mention is an extreme said where it was measured (最大降雨出现在某镇，为312.6毫米),
        its term the superlative's words: a later value of no words is no such extreme (全市最大
        降雨量312.6毫米。其中，房山区280毫米 gives the districts' maxima, and stays carried)."""
        return (
            self._extreme_words_re is not None
            and any(word in mention.term for word in self._superlatives)
            and self._extreme_words_re.search(mention.sentence) is not None
        )

    def _extreme_reading_named_before(self, text: str, quantity: Quantity) -> str | None:
        """The words of an extreme reading of weather or water said earlier in the number's
        sentence, where it was measured between: "降雨量最大的是某乡，为312.6毫米" and
        "最大降雨出现在某村，为312.6毫米" give 降雨量最大 and 最大降雨. Why: a value with no
        words of its own would otherwise carry the measure of the number before it (平均降雨量
        120毫米), and a maximum would read as a mean. Only for the readings of
        ``outside_extreme_readings`` and with no other value between; None otherwise."""
        if self._extreme_words_re is None:
            return None
        start = statement_start(text, quantity.start, FULL_STOPS + SEMICOLONS + "\n")
        found = None
        for match in self._extreme_words_re.finditer(text, start, quantity.start):
            found = match
        other_number = self.lexicon.date_patterns["number_not_a_date"]
        if found is None or other_number.search(text, found.end(), quantity.start):
            return None  # (the hours of 于26日22时至23时 between are no value)
        opening = max(start, _clause_start(text, found.start()))
        words = text[opening : found.start() + len(found.group("superlative"))]
        words += found.group("measure")
        words = words.strip().removeprefix(
            longest_prefix(words.strip(), tuple(self.lexicon.mapping.part_markers))
        )  # 其中最大点雨量: the part's word is no measure's
        for mark in self.lexicon.possessive_marks:
            words = words.removesuffix(mark)
        if not any(reading in words for reading in self.lexicon.outside_extreme_readings):
            return None
        return words or None

    def _without_places(self, mention: Mention) -> str | None:
        """A mention's term without the places it names (朝阳区电动自行车火灾 → 电动自行车火灾)."""
        words = mention.term
        for place in reversed(self.place_mentions(words)):
            words = words[: place.start] + words[place.end :]
        return words.strip() or None

    def _value_before_in_its_sentence(self, text: str, quantity: Quantity) -> bool:
        """Whether the sentence of ``quantity`` writes a value before it (not a year)."""
        start = statement_start(text, quantity.start, FULL_STOPS + SEMICOLONS + "\n")
        return self._values_between(text, start, quantity.start) > 0

    def action_measure(self, text: str, clause: Span, quantity: Quantity) -> Indicator | None:
        """A count written apart from the words of its measure: "转移96户220人", "紧急转移13个村
        共92名群众" state the measure 转移群众人数 with the number inside the verb phrase. A
        number after one of the actions of ``action_measures`` (lexicon) in its clause, in the
        action's unit, is that measure's, unless a word of another measure follows the action
        (转移就业 is employment, not an evacuation) or the clause counts a part (其中…). An
        action after the number is not read: "可满足2万人紧急转移安置需求" is a capacity."""
        clause_text = text[clause.start : quantity.start]
        if any(marker in clause_text for marker in self.lexicon.mapping.part_markers):
            return None  # 其中…转移16872人: a part of the total, not the measure
        for action, entry in self.lexicon.action_measures.items():
            position = clause_text.find(action)
            if position < 0:
                continue
            following = text[clause.start + position + len(action) : clause.end]
            if following.startswith(entry.not_followed_by):
                continue
            indicator = self.catalog.indicator_by_id(entry.indicator)
            if quantity.unit == indicator.unit:
                return indicator
        return None

    def split_synonym(self, text: str, clause: Span, quantity: Quantity) -> Indicator | None:
        """A catalog synonym made of a verb and a noun, written with the count between them:
        "将新建11个公园" is 新建公园 11, "新增3处口袋公园" 新增口袋公园 3. The longest synonym
        that a few characters right before the number and the noun right after it (up to the
        next punctuation) spell, in the number's unit; else None."""
        before = text[max(clause.start, quantity.start - _SPLIT_VERB) : quantity.start]
        after = text[quantity.end : clause.end]
        after = after[: next((i for i, ch in enumerate(after) if ch in _PHRASE_MARKS), len(after))]
        best: tuple[int, Indicator] | None = None
        for cut in range(len(before)):
            verb = before[cut:]
            for end in range(1, min(len(after), _SPLIT_NOUN) + 1):
                found = self.catalog.indicator_by_synonym(verb + after[:end])
                if found is not None and self._unit_fits(found, quantity):
                    length = len(verb) + end
                    if best is None or length > best[0]:
                        best = (length, found)
        return best[1] if best else None

    def composition_part(self, text: str, sentence: Span, quantity: Quantity) -> Indicator | None:
        """A number inside a ratio a:b:c that follows a composition's name in its sentence is
        its part in that place: "三次产业构成由上年的0.6:21.0:78.4调整为0.5:20.1:79.4" gives the
        first, second and third sectors' shares twice. The ratio must have as many parts as
        the composition (``compositions`` in data/lexicon.yaml)."""
        number = r"\d+(?:\.\d+)?"
        for ratio in re.finditer(
            f"{number}(?:[:：]{number})+", text[sentence.start : sentence.end]
        ):
            start, end = sentence.start + ratio.start(), sentence.start + ratio.end()
            if not start <= quantity.start < end:
                continue
            before = text[sentence.start : start]
            named = [(before.rfind(word), word) for word in self.lexicon.compositions]
            position, word = max(named, default=(-1, ""))
            parts = self.lexicon.compositions.get(word, ())
            values = re.split("[:：]", ratio.group())
            if position < 0 or len(values) != len(parts):
                return None
            index = len(re.findall("[:：]", text[start : quantity.start]))
            found = self.catalog.indicator_by_synonym(parts[index])
            return found if found is not None and self._unit_fits(found, quantity) else None
        return None

    def _paired_growth(
        self, text: str, clause: Span, quantity: Quantity, district: str, said: Sequence[Mention]
    ) -> Indicator | None:
        """ "接待游客612万人次，旅游收入38.5亿元，分别增长9.1%和12.4%": the changes after a
        pairing word (分别) are the growths of the levels just stated, in order, when there are
        as many levels as changes and the clause says nothing else."""
        before = text[clause.start : quantity.start]
        pairing = max((before.rfind(word) for word in self.lexicon.respectively_cues), default=-1)
        if pairing < 0:
            return None
        words = re.sub(r"[\d.%\uff05]", "", before)
        for mark in self.lexicon.enumeration_marks:
            words = words.replace(mark, "")
        if len(re.findall(r"[\u4e00-\u9fff]", words)) > _PAIRED_REACH:
            return None  # the clause has a subject of its own
        start = clause.start + pairing
        earlier = len(re.findall(r"\d+(?:\.\d+)?", text[start : quantity.start]))
        count = earlier + len(re.findall(r"\d+(?:\.\d+)?", text[quantity.start : clause.end]))
        levels = list(said[: len(said) - earlier])[-count:] if count else []
        if len(levels) != count or any(
            not m.indicator or m.qualifier == "change" or m.district != district for m in levels
        ):
            return None
        return self._growth_of(self.catalog.indicator_by_id(levels[earlier].indicator), quantity)

    def _average_growth_of(
        self, said: Sequence[Mention], district: str, quantity: Quantity
    ) -> Indicator | None:
        """年均增长5.4% with no subject of its own: the average growth of the measure the
        paragraph last gave a value of, for the same place (地区生产总值2204.5亿元，…年均增长
        5.4% → 地区生产总值年均增速; 同比增长5.3%，年均增长5.6%: the growth's measure's)."""
        cues = self.lexicon.mapping
        for earlier in reversed(said):
            if not earlier.indicator or earlier.district != district:
                continue
            measure = self.catalog.indicator_by_id(earlier.indicator)
            names = [measure.name, *measure.synonyms]
            for suffix in cues.average_growth_suffixes + cues.growth_suffixes:
                names += [name.removesuffix(suffix) for name in names if name.endswith(suffix)]
            for name in dict.fromkeys(names):
                for suffix in cues.average_growth_suffixes:
                    found = self.catalog.indicator_by_synonym(name + suffix)
                    if found is not None and self._unit_fits(found, quantity):
                        return found
            return None
        return None

    def _growth_of(self, level: Indicator, quantity: Quantity) -> Indicator | None:
        """The catalog's growth (or decline) measure of a level: 规模以上工业总产值 →
        规模以上工业总产值增速, if the catalog has it and the number's unit fits."""
        cues = self.lexicon.mapping
        for name in (level.name, *level.synonyms):
            for suffix in cues.growth_suffixes + self.lexicon.decline_rates:
                found = self.catalog.indicator_by_synonym(name + suffix)
                if found is not None and found is not level and self._unit_fits(found, quantity):
                    return found
        return None

    def _bare_before(self, text: str, clause: Span, quantity: Quantity) -> bool:
        """Nothing but places, years and a few linking words between the clause's last number
        (or its start) and this one ("（全市为5.2%", "延庆区达62%", "、67.2%", "较2013年的"), and
        a mark, not words, right after it: the number's statement ends there."""
        if re.search(r"\d[%％]?[:：]$", text[max(0, quantity.start - 3) : quantity.start]):
            return False  # 1.4:36.2:62.4, one ratio: its parts are no separate values
        after = text[quantity.end : quantity.end + 8].lstrip()
        after = after[len(longest_prefix(after, self._bounds_after)) :]  # 75%以上
        after = after.removeprefix(self._possessive)
        after = after[len(longest_prefix(after, self.lexicon.carried_measure_words)) :]
        if not (
            re.match(r"(?:$|[^\w“\"‘(（])", after)
            or self._standing_after(after)
            or self._another_value_after(after)
        ):
            return False  # 全市共两个“灯塔工厂”: the words after the number say what it counts
        said = self._year_re.sub("", text[clause.start : quantity.start])
        for cue in self.lexicon.mapping.average_growth_cues:
            said = said.replace(cue, "")  # 年均增长5.4%: carried_measure reads it as average
        # the number before (an ordinal too: 第四和第五), its unit aside: 24微克/立方米（全市为30.5
        ordinals = "|".join(re.escape(mark) for mark in self.lexicon.ordinal_marks)
        digits = list(re.finditer(rf"\d|(?:{ordinals})[{CHINESE_NUMERAL_CHARS}]+", said))
        if digits:
            said = said[digits[-1].end() :]
            said = said[len(longest_prefix(said, self._written_units)) :]
        return kept_answer(self._says_little_cache, said, self._says_little)

    def _says_little(self, said: str) -> bool:
        """``said`` holds, places and carried words (全区, 同比) aside, no money measure and at
        most ``_CARRY_REACH`` characters: the words of ``_bare_before``, read once per words
        for the document being read."""
        for place in reversed(self.place_mentions(said)):
            said = said[: place.start] + said[place.end :]
        for word in self._carried_words:
            said = said.replace(word, "")
        said = said.strip("".join(self.lexicon.district_suffixes))
        if any(word in said for word in self.lexicon.money_words["cues_before"]):
            return False  # 税收增长10%: a measure of its own, however short (not the GDP's)
        return len(re.findall(r"[\u4e00-\u9fff]", said)) <= _CARRY_REACH

    def _growth_topic_of(
        self, text: str, sentence: Span, quantity: Quantity, said: Sequence[Mention]
    ) -> Indicator | None:
        """A sentence opening with a growth word as its topic ("增速方面，甲区以5.9%领跑，乙区
        5.4%"): its numbers are the growths of the measure whose levels the paragraph just
        gave, for each place (甲区地区生产总值478亿元…增速方面 → 地区生产总值增速). The last mapped
        level of the paragraph decides, whatever its place: the topic names no place."""
        cues = self.lexicon.mapping
        opening = text[sentence.start : quantity.start].lstrip()
        growth_words = cues.growth_suffixes + self.lexicon.decline_rates
        if not any(
            opening.startswith(word + mark)
            for word in growth_words
            for mark in self.lexicon.topic_marks
        ):
            return None
        for earlier in reversed(said):
            if not earlier.indicator or _qualifier_kind(earlier.qualifier) != "level":
                continue
            level = self.catalog.indicator_by_id(earlier.indicator)
            if any(word in level.name for word in self.lexicon.change_measures):
                continue  # a growth given before: the level is further back
            return self._growth_of(level, quantity)
        return None

    def _another_value_after(self, after: str) -> bool:
        """A joining word, then the next value of the list: "排在第四和第五", "为6%和7%". The
        words after the number join values; they say nothing of what it counts."""
        joiner = longest_prefix(after, self.lexicon.enumeration_marks)
        rest = after[len(joiner) :]
        return bool(joiner) and (
            rest[:1].isdigit() or rest.startswith(tuple(self.lexicon.ordinal_marks))
        )

    def _standing_after(self, after: str) -> bool:
        """A verb of standing right after the number (``standing_verbs``): "延庆区以5.9%领跑
        五区", "怀柔区以77.9%位居全市首位". The words after say where the value stands, not
        what it counts: the value's statement ends at the number."""
        return bool(longest_prefix(after, self.lexicon.standing_verbs))

    def _names_a_place(self, term: str) -> bool:
        """``term`` names only places, or a town, a street or a kind of area of the district
        (金海湖镇, 城区: ``text_tables.township_suffixes``, ``area_part_labels``): no measure."""
        cues = self.lexicon.text_tables
        suffix = longest_suffix(term, cues.get("township_suffixes", ()))
        return (
            self._names_only_places(term)
            or (bool(suffix) and len(term) >= len(suffix) + 2)
            or term in cues.get("area_part_labels", ())
        )

    @property
    def bound_words(self) -> tuple[str, ...]:
        """The bounds a qualifier reads right before a number (不少于, 将近, 约)."""
        return self._bounds

    def says_no_measure(self, words: str) -> bool:
        """``words`` are only places and the words carried with them (全区, 同比, 累计), or
        nothing: no measure is named."""
        return self._names_only_places(words)

    def names_only_places(self, term: str) -> bool:
        """``term`` names places and no measure (延庆区, 全市平均水平): the district column says
        that much, a label must say what is measured. A term of carried words alone (降幅,
        同比增加) is not one: it says what kind of figure it is."""
        return bool(self.place_mentions(term)) and self._names_only_places(term)

    def _names_only_places(self, term: str) -> bool:
        """True when ``term`` is empty or only names places (怀柔区, 全市): no measure. Kept per
        words for the document being read (its numbers ask about the same terms again)."""
        return kept_answer(self._only_places_cache, term, self._names_only_places_of)

    def _names_only_places_of(self, term: str) -> bool:
        """``_names_only_places``, worked out."""
        rest = term
        for place in reversed(self.place_mentions(term)):
            rest = rest[: place.start] + rest[place.end :]
        rest = rest.strip("".join(self.lexicon.district_suffixes))
        if not self._carried_chars.issuperset(rest):
            return False  # a character no carried word has stays, whatever is removed
        for word in self._carried_words:
            rest = rest.replace(word, "")
        return not rest

    def _completed_term(
        self, text: str, quantity: Quantity, term: str, span: tuple[int, int], clause: Span
    ) -> Indicator | None:
        """The term found next to the number, completed the way a measure's name is: with the
        noun of the number's unit (新增造林8000亩 → 新增造林面积; 转移群众8600人次 → 转移群众人次)
        or with the subject before a verb of achievement (规模以上工业企业实现总产值 →
        规模以上工业企业总产值)."""
        cues = self.lexicon.mapping
        endings = ("", *cues.unit_nouns.get(quantity.unit, ()))
        between = text[quantity.end : span[0]] if span[0] >= quantity.end else ""
        predicate = _CJK_RE.search(text, span[1], clause.end)
        if between.strip() in self.lexicon.possessive_marks and predicate is not None:
            # 约9平方公里的区域采用留野管理, 有1245公顷的森林需通过…提升: the size of the thing
            # a predicate goes on about, no measure of the place; 全区有1.2万公顷的森林。 is
            endings = ("",)
        heads = [term]
        # 西城区总面积 → 全区总面积: a district's own name stands for "the whole district"
        own = self._alias_re.match(term) if self._alias_re is not None else None
        if own is not None and own.end() < len(term):
            rest = term[own.end() :].lstrip("".join(self.lexicon.district_suffixes))
            heads += [word + rest for word in self.lexicon.district_wide]
        before = text[max(clause.start, span[0] - 20) : span[0]]
        # the longest verb: 累计完成, not 完成 (the subject would end in 累计)
        verb = max((v for v in cues.subject_verbs if before.endswith(v)), key=len, default="")
        if verb:
            run = re.search(r"[\u4e00-\u9fff]+$", before[: -len(verb)])
            subject = run.group(0) if run else ""
            # not the part after a narrowing modifier (信息技术服务业实现增加值: no 服务业增加值)
            heads += [
                subject[k:] + term
                for k in range(len(subject) - 1)
                if not subject[:k].endswith(cues.narrowing_modifiers)
            ]
            heads += _overlapping_heads(subject, term)
        for head in heads:
            for ending in endings:
                if head == term and not ending:
                    continue  # the bare term: the synonym search has had its say
                found = self.catalog.indicator_by_synonym(head + ending)
                if (
                    found is not None
                    and self._unit_fits(found, quantity)
                    and self._reads_as(found, text, span, quantity, clause.start)
                    and self._action_stated(found, text, clause, quantity)
                ):
                    return found
        return None

    def _standing_subject(
        self, text: str, quantity: Quantity, clause: Span, sentence: Span
    ) -> tuple[Indicator, tuple[int, int]] | None:
        """A place's measure and where it stands, then the value in a clause of its own:
        "某区面积最大，约2,000平方公里", "某区人口最多，约50万人". The clause before ends on a word
        of standing (``subject_standings``) after a place and a measure's words, which are
        completed the way a term next to its number is (某区面积 → 全区面积). The number's own
        clause says nothing but a linking word or two (约, 为)."""
        said = re.sub(r"[^\u4e00-\u9fff]", "", text[clause.start : quantity.start])
        if len(said) > _STANDING_LINK_REACH:
            return None
        marks = [text.rfind(mark, sentence.start, clause.start - 1) for mark in _CLAUSE_MARKS]
        opened = max([sentence.start - 1, *marks]) + 1
        before = text[opened : clause.start].rstrip("".join(_CLAUSE_MARKS))
        standing = longest_suffix(before, self.lexicon.subject_standings)
        if not standing:
            return None
        subject_text = before[: -len(standing)]
        places = self.place_mentions(subject_text)
        if not places or places[0].start != 0:
            return None
        term = subject_text[places[0].start :]
        span = (opened, opened + len(subject_text))
        found = self._completed_term(text, quantity, term, span, clause)
        return (found, span) if found is not None else None

    def _continued_term(
        self, text: str, quantity: Quantity, clause: Span, sentence: Span
    ) -> tuple[Indicator, tuple[int, int]] | None:
        """A clause that goes on about the subject of the clause before: "应急避难场所124处,
        总面积356.7万平方米,可容纳41.5万人" gives 应急避难场所总面积 and 应急避难场所可容纳人数,
        the subject's name with the clause's words (and the noun of the number's unit) making a
        catalog measure."""
        cues = self.lexicon.mapping
        said = text[clause.start : quantity.start]
        for filler in cues.phrase_fillers:
            said = said.replace(filler, "")
        said, _ = self.strip_linking(said)
        for word in self.lexicon.district_wide:  # 占全区地区生产总值比重 → 占地区生产总值比重
            said = said.replace(word, "")
        total = said in cues.total_words
        if total:  # 新建…86个,总数达到486个: the subject's own measure (the stock)
            said = ""
        elif not said or len(said) > _CHANGE_CLAUSE_REACH or not _HAN_RUN_RE.fullmatch(said):
            return None
        previous = text[max(sentence.start, clause.start - 40) : clause.start]
        best: tuple[int, Indicator, tuple[int, int]] | None = None
        for synonym, indicator in self._synonym_index.candidates(previous):
            position = previous.rfind(synonym)
            if position < 0 or (best is not None and position + len(synonym) <= best[0]):
                continue
            if not _OWN_COUNT_RE.match(previous, position + len(synonym)):
                continue  # "自然保护区和自然公园等自然保护地共9处": the subject is another noun
            if previous[:position].endswith(cues.narrowing_modifiers):
                continue  # 生产性服务业增加值410亿元，占…比重: another measure's subject
            names: tuple[str, ...] = (synonym, indicator.name)
            if total:  # 新增国家高新技术企业218家,总量达到1432家: the total is the stock's
                added = next((w for w in cues.addition_words if synonym.startswith(w)), "")
                names = (synonym[len(added) :],) if added else names
            for name in dict.fromkeys(names):
                for ending in ("", *cues.unit_nouns.get(quantity.unit, ())):
                    found = self.catalog.indicator_by_synonym(name + said + ending)
                    if found is not None and self._unit_fits(found, quantity):
                        # the quote stays the clause's own words: "可容纳约21万人"
                        best = (position + len(synonym), found, (clause.start, quantity.start))
                        break
                else:
                    continue
                break
        return (best[1], best[2]) if best is not None else None

    def _nearest_indicator(
        self, text: str, quantity: Quantity, clause: Span, reach: int | None = 24
    ) -> tuple[Indicator | None, tuple[int, int] | None]:
        """The catalog indicator named nearest the number in ``clause`` (within ``reach``
        characters before it), whose unit fits the number's."""
        best: tuple[int, Indicator, tuple[int, int]] | None = None
        window_start = clause.start if reach is None else max(clause.start, quantity.start - reach)
        window_end = min(max(clause.end, clause.start), quantity.end + 16)
        window = text[window_start:window_end]
        taken: list[tuple[int, int]] = []
        candidates = self._synonym_index
        if quantity.qualifier == "change":
            candidates = self._growth_stem_index
        elif any(
            cue in text[clause.start : quantity.start] for cue in self.lexicon.forms.share_verbs
        ):
            candidates = self._share_stem_index  # 60岁及以上常住人口…,占22.3% → …占比
        for synonym, indicator in candidates.candidates(window):
            position = window.find(synonym)
            while position >= 0:
                start = window_start + position
                span = (start, start + len(synonym))
                if _inside_a_latin_word(text, span) or self._inside_a_district_name(text, span):
                    # EI in BEI指数, 山区 in 石景山区: another name's letters
                    position = window.find(synonym, position + 1)
                    continue
                gap = (
                    text[span[1] : quantity.start]
                    if span[1] <= quantity.start
                    else text[quantity.end : span[0]]
                )
                if not any(s < span[1] and span[0] < e for s, e in taken):
                    taken.append(span)
                    # A list mark between them: the term names another item of the list;
                    # "A、B分别为x和y" pairs terms and numbers in an order not followed here.
                    # The last item of a list before the number ("休闲公园、口袋公园等10处"):
                    # the number counts the whole list, not that item.
                    ends_a_list = span[1] <= quantity.start and self._last_of_a_list(
                        text, span[0], clause.start
                    )
                    named: Indicator | None = indicator
                    if (
                        synonym not in indicator.synonyms
                        and re.search(r"\d", gap)
                        and not self._stem_stands_alone(text, synonym, span[1])
                    ):
                        named = None  # 经济价值为388.76亿元，…增长11.4%: 经济 begins another word
                    elif synonym not in indicator.synonyms and not self._stem_opens_its_word(
                        text, synonym, span[0], clause.start
                    ):
                        named = None  # 数字经济…增长25.3%: 经济 ends another word
                    elif span[1] <= quantity.start and synonym in gap:
                        # 从重大项目看，…165项重大项目中已开工132项: the nearer naming governs
                        named = None
                    elif (
                        synonym not in indicator.synonyms
                        and reach is not None  # not the clause before (its level's number)
                        and re.search(f"[\\d{CHINESE_NUMERAL_CHARS}]", gap)
                    ):
                        named = None  # a growth's stem with a number of its own in between
                    elif (
                        synonym not in indicator.synonyms
                        and candidates is self._share_stem_index
                        and self._share_of_a_larger_whole(gap)
                    ):
                        named = None  # 第三产业增加值占全市的20.7%: a share of Beijing's total
                    elif not self._reads_as(indicator, text, span, quantity, clause.start):
                        named = self._addition_of(indicator, text, span, quantity, clause.start)
                    elif not self._unit_fits(indicator, quantity):
                        named = self._derived_indicator(indicator, text, span, quantity)
                        if (
                            named is not None
                            and reach is not None  # not the clause before (its level's number)
                            and re.search(f"[\\d{CHINESE_NUMERAL_CHARS}]", gap)
                        ):
                            named = None  # 接待游客超过千万人次,带动…收入增长三成: another subject
                    if (
                        named is not None
                        and not ends_a_list
                        and not self._list_mark_re.search(self._without_place_lists(gap))
                        and not (span[0] >= quantity.end and self._counts_a_subject(gap))
                        and not self._pairs_terms(text, span, gap, clause.start)
                        and self._action_stated(indicator, text, clause, quantity)
                    ):
                        distance = (
                            quantity.start - span[1]
                            if span[1] <= quantity.start
                            else span[0] - quantity.end + 4  # prefer the term before the number
                        )
                        if distance >= 0 and (best is None or distance < best[0]):
                            best = (distance, named, span)
                position = window.find(synonym, position + 1)
        if best is None:
            return None, None
        return best[1], best[2]

    def _stem_stands_alone(self, text: str, stem: str, end: int) -> bool:
        """A short stem of a growth's or a share's name (经济 of 经济增速, 自然 of 自然增长率)
        with a level's number between it and the change names that measure only as a word of
        its own: right before a change, a comparison, a linking word or a mark, not as the first
        word of another noun whose level that number is.

        Why: "直接经济价值为388.76亿元，比上年增长11.4%" charted 11.4% as GDP growth; the
        level's name is 经济价值, whose first word is 经济. Without a number between
        ("经济运行总体平稳，同比增长5.2%") the stem is the subject of the change. Longer stems
        (固定资产投资) are names of their own wherever they stand.

        Example: 经济 stands alone in "全区经济同比增长5.2%", not in "经济价值为388.76亿元".
        """
        if len(stem) > _SHORT_STEM:
            return True
        rest = text[end : end + _STEM_FOLLOWER_REACH]
        if not rest or not "\u4e00" <= rest[0] <= "\u9fff":
            return True
        followers = (
            *self.lexicon.qualifier_before["change"],
            *self.lexicon.comparison_markers,
            *self.lexicon.forms.share_verbs,
            *self.lexicon.linking_words,
            *self.lexicon.possessive_marks,
        )
        return rest.startswith(followers)

    def _stem_opens_its_word(self, text: str, stem: str, start: int, clause_start: int) -> bool:
        """A short stem of a growth's name (经济 of 经济增速) names that measure unless a word
        of a sector of the economy stands right before it (``economy_sector_words``: 数字经济,
        民营经济, 夜间经济): such a sector's growth is no GDP growth.

        Why: "数字经济核心产业收入增长25.3%" and "数字经济增长18%" were charted as GDP growth.
        The whole economy keeps its words (实现经济增长, 国民经济增长, 整体经济增长).

        Example: 经济 opens its word in "全区经济同比增长5.2%", not in "数字经济增长18%" nor in
        the name of a place (北京经济技术开发区).
        """
        if len(stem) > _SHORT_STEM:
            return True
        near = self.place_mentions(
            text, max(0, start - _PLACE_NAME_REACH), min(len(text), start + _PLACE_NAME_REACH)
        )
        if any(place.start <= start < place.end for place in near):
            return False  # 北京经济技术开发区的某药企营收增长20%: 经济 of the area's name
        return not text[clause_start:start].endswith(self.lexicon.economy_sector_words)

    def _without_place_lists(self, gap: str) -> str:
        """``gap`` without the list marks that only join places: in "某指数排名中，甲区、乙区分列
        第一、第二" the mark lists the places the values go to, not another measure's name."""
        for place in reversed(self.place_mentions(gap)):
            rest = gap[place.end :]
            mark = self._list_mark_re.match(rest)
            if (
                mark is not None
                and self.place_mentions(rest[mark.end() :])[:1]
                and (self.place_mentions(rest[mark.end() :])[0].start == 0)
            ):
                gap = gap[: place.end] + rest[mark.end() :]
        return gap

    def _counts_a_subject(self, gap: str) -> bool:
        """The number counts the subject of a verb that stands between it and the measure's
        name after it: "12个街道实现应急避难场所全覆盖" counts streets, not shelters. A number
        right before its noun ("建成3处大型应急避难场所") has no verb between."""
        return any(verb in gap for verb in self.lexicon.mapping.subject_verbs)

    def _pairs_terms(self, text: str, span: tuple[int, int], gap: str, floor: int) -> bool:
        """A pairing word (分别) between the term and the number pairs the items of a list with
        the numbers: "A、B分别为x和y" pairs terms, the nearest term is not the number's. When
        places are listed before one measure ("甲区、乙区森林覆盖率分别为67%和68%"), the
        measure is every number's, and the places say whose."""
        if not any(word in gap for word in self.lexicon.respectively_cues):
            return False
        if len(self.place_mentions(gap)) >= 2:
            return False  # 在某指数排名中，甲区、乙区分列第一、第二: the values pair with places
        # the whole clause of the term, when the window began inside it ("甲区和乙区已完成
        # GEP核算，分别为…" read from the clause before: both places still count)
        opened = max(
            text.rfind(mark, max(0, span[0] - _TERM_CLAUSE_REACH), span[0])
            for mark in _CLAUSE_MARKS
        )
        before = text[min(floor, opened + 1) if opened >= 0 else floor : span[0]]
        if before.endswith(self.lexicon.enumeration_marks):
            return True  # 地区生产总值和一般公共预算收入分别为…: a list of terms
        return len(self.place_mentions(before)) < 2

    def _last_of_a_list(self, text: str, start: int, floor: int) -> bool:
        """True when the term at ``start`` closes a list whose items have no number of their
        own ("新增休闲公园、口袋公园|等10处"), unlike "创新型企业574家、专精特新企业420家"."""
        if text[start - 1 : start] not in self.lexicon.enumeration_marks:
            return False
        item_start = max(floor, *(text.rfind(p, floor, start - 1) + 1 for p in ",，;；:："))
        return not re.search(r"\d", text[item_start : start - 1])

    def _action_stated(
        self, indicator: Indicator, text: str, clause: Span, quantity: Quantity
    ) -> bool:
        """新增雨量站 counts added stations: the sentence must say they were added."""
        actions = self.lexicon.mapping.addition_words
        prefix = next((p for p in actions if indicator.name.startswith(p)), "")
        if not prefix:
            return True
        start = max(0, text.rfind("。", 0, clause.start) + 1)
        ends = [e for e in (text.find("。", quantity.end), text.find("；", quantity.end)) if e >= 0]
        return prefix in text[start : min(ends) if ends else len(text)]

    def counts_its_kinds(self, indicator: Indicator, text: str, quantity: Quantity) -> bool:
        """A measure shown in an exclusive count unit (``exclusive_count_units``: 鸟类种数 in 种)
        takes no number written in another count unit: 300种 is a count of species, 四五百只 a
        count of birds. A generic classifier (260个, 18项: ``generic_classifiers``) and a number
        with no unit (床位数达到3.5万) may count kinds or beds too. Every other measure takes any
        count its unit fits.

        >>> from districts.facts.pipeline import Pipeline
        >>> from districts.facts.extract import Quantity
        >>> attributor = Pipeline.from_data().extractor.attributor
        >>> birds = attributor.catalog.indicator_by_id("bird_species")
        >>> text = "鸟类300种，鸬鹚400只"
        >>> [attributor.counts_its_kinds(birds, text, Quantity(s, e, v, "个", "exact", "count"))
        ...  for s, e, v in ((2, 6, 300), (9, 13, 400))]
        [True, False]
        """
        cues = self.lexicon.mapping
        classifier = indicator.display_unit
        if classifier not in cues.exclusive_count_units:
            return True
        written = text[quantity.start : quantity.end]
        if written.endswith((classifier, *cues.generic_classifiers)):
            return True  # 鸟类种数260个, 类别18项: a generic classifier may count kinds too
        # another count unit (400只, 300头) counts other things; no unit (3.5万) says nothing
        return not any(
            written.endswith(name) for name in self._count_unit_names if name != classifier
        )

    def _unit_fits(self, indicator: Indicator, quantity: Quantity) -> bool:
        """The number has the indicator's dimension: the same base unit (a count of 张 is not a
        population in 人, 60万人次 of visits not a number of museums); counts of things and of
        entities (个, 户) go together, as 市场主体 are counted in either."""
        if quantity.needs_term_unit or quantity.unit == indicator.unit:
            return True
        interchangeable = self.lexicon.mapping.interchangeable_count_bases
        return quantity.kind == "count" and {quantity.unit, indicator.unit} <= set(interchangeable)

    def _reads_as(
        self,
        indicator: Indicator,
        text: str,
        span: tuple[int, int],
        quantity: Quantity,
        clause_start: int,
    ) -> bool:
        """The synonym at ``span`` names ``indicator`` only as the head of its noun phrase:
        modifiers right before it that make another measure (65岁及以上常住人口, 人均公园绿地面积,
        万元地区生产总值能耗), a place inside the district owning the figure (某某保护区鸟类,
        某某园接待游客), an addition said of a stock (新增应急避难场所, 应急避难场所新增3处), or a
        count unit of another kind (824种 is no number of reserves) say it does not."""
        cues = self.lexicon.mapping
        before = text[max(0, span[0] - 12) : span[0]]
        # with 的 between too: 年径流总量控制率在70%以上的区域面积 is the part above a threshold
        if before.removesuffix(self._possessive).endswith(cues.narrowing_modifiers):
            return False
        if before.endswith(self._per_head_phrases):
            return False  # 每万人拥有绿道长度: per head, with a verb of having between
        if indicator.unit == "%" and self._after_a_share_verb(before):
            return False  # 三个行业合计增加值占第三产业比重: a share of that whole, not its own
        # the number between the tier and the name (区级12支专业抢险队伍): the tier's count still
        if span[0] >= quantity.end and text[max(0, quantity.start - 12) : quantity.start].endswith(
            cues.narrowing_modifiers
        ):
            return False
        if self._part_of_a_subarea(text, span) or self._narrowed_part(text, span):
            return False
        if self._a_plan_list(text, span, quantity) or self._rank_of_a_change(
            indicator, text, span, quantity
        ):
            return False
        before = self._year_re.sub("", before)  # 某某保税区2024年进出口总额: the year aside
        run = re.search(r"[\u4e00-\u9fff]*$", before)
        phrase = run.group(0) if run else ""
        while phrase.endswith(cues.subject_fillers):
            # the longest filler: 监测记录到, not 记录到 leaving 监测
            filler = max((w for w in cues.subject_fillers if phrase.endswith(w)), key=len)
            phrase = phrase[: -len(filler)]
        if self._a_subarea(phrase):
            return False
        if not phrase and self._a_subarea(self._sentence_subject(text, span[0])):
            return False  # 某某园全年举办活动…，接待游客…: the clause goes on about the park
        if self._a_named_area(phrase) or (
            not phrase
            and (self._a_facility_value(text, span[0]) or self._a_site_made_before(text, span[0]))
        ):
            return False
        if self._during_an_event(text, span[0]):
            return False
        if indicator.unit != "rank" and self._of_every_district(phrase):
            return False
        gap = text[span[1] : quantity.start] if span[1] <= quantity.start else ""
        if self._adjusted_basis(text[min(clause_start, span[0]) : quantity.start], quantity):
            return False
        in_ranking = indicator.unit == "rank" and gap.startswith(self.lexicon.ranking_frame_ends)
        if (gap.startswith(cues.head_continuations) and not in_ranking) or any(
            w in gap for w in cues.aggregate_words + cues.part_markers
        ):
            return False
        if not indicator.name.startswith(self.lexicon.mapping.addition_words) and not any(
            synonym.startswith(cues.addition_words) for synonym in indicator.synonyms
        ):
            if self._addition_said(text, span, quantity, clause_start):
                return False
        written = text[quantity.start : quantity.end]
        exclusive = next((u for u in cues.exclusive_count_units if written.endswith(u)), None)
        return exclusive is None or (indicator.display_unit or indicator.unit) == exclusive

    def _after_a_share_verb(self, before: str) -> bool:
        """``before`` ends with a share verb (占), the whole's place or scope and 的 may stand
        between (占全区第三产业比重, 占朝阳区的第三产业比重): the name after it is the whole a
        share is of, not the share's own measure."""
        rest = before.removesuffix(longest_suffix(before, self.lexicon.possessive_marks))
        scopes = (
            *self.lexicon.municipality_subjects,
            *self.lexicon.municipality_bare,
            *self.lexicon.district_wide,
            *self.lexicon.self_references,
        )
        rest = rest.removesuffix(longest_suffix(rest, scopes))
        if self._alias_end_re is not None:
            rest = self._alias_end_re.sub("", rest)
        return rest.endswith(self.lexicon.forms.share_verbs)

    def _adjusted_basis(self, said: str, quantity: Quantity) -> bool:
        """A change on an adjusted basis after the standard one: "同比增长1%（同口径增长8.2%）"
        gives the standard growth (1%) and an adjusted one (8.2%), which is another measure.
        Only the words after the last number before this one count (the 1% keeps its measure),
        and only when a rate stands before them: where the adjusted growth is the only one
        given ("收入完成80亿元，同口径增长3%"), it is the growth the document reports.
        """
        if quantity.qualifier != "change":
            return False
        own = re.split(r"\d", said)[-1]
        at = max((own.rfind(word) for word in self.lexicon.adjusted_basis_words), default=-1)
        if at < 0:
            return False
        return re.search(r"\d\s*%", said[: len(said) - len(own) + at]) is not None

    def _a_subarea(self, phrase: str) -> bool:
        """The phrase ends with the kind of a place inside the district (保护区, 园, 基地…), and
        not with the district's own name (某某区公园 is the district's)."""
        return phrase.endswith(self.lexicon.mapping.subarea_suffixes) and not (
            self._alias_end_re is not None and self._alias_end_re.search(phrase)
        )

    def _during_an_event(self, text: str, position: int) -> bool:
        """The sentence opens on a festival's or a holiday's days (``event_period_words``): "某
        音乐节期间，全区接待游客…万人次" counts those days' visits, no value of the annual
        measure. The year's end or the whole year named after it (…期间…，年末…; 假日经济持续升温，
        全年接待游客…) is the year's again."""
        cues = self.lexicon.chart_scope
        said = text[statement_start(text, position, "。！？；;\n") : position]
        at = max((said.rfind(word) for word in cues.get("event_period_words", ())), default=-1)
        if at < 0:
            return False
        years = (*cues.get("year_end_words", ()), *cues.get("whole_year_words", ()))
        return not any(word in said[at:] for word in years)

    def _of_every_district(self, phrase: str) -> bool:
        """The phrase before a measure makes it every district's (``every_district_words``):
        "各区PM2.5浓度在36-49微克/立方米之间", "本市各区…" state the spread of the districts'
        values, no one place's value to chart (and never the city's, whose document it is).
        Not when 各区 is where a district ranks ("密云区居各区PM2.5浓度最低，为25微克/立方米":
        密云's), nor for a ranking among them (the caller: "在各区…排名中，密云、怀柔分列第一").
        """
        words = self.lexicon.chart_scope.get("every_district_words", ())
        word = longest_suffix(phrase, words)
        if not word:
            return False
        rest = phrase[: -len(word)]
        scope = self.lexicon.chart_scope
        if rest.endswith((*scope.get("within_rank_verbs", ()), *scope.get("scope_leads", ()))):
            return False  # 居各区…最低, 在各区…中: the districts are a ranking's scope
        return not (self._alias_re is not None and self._alias_re.search(rest))

    def measured_in_a_town(
        self, text: str, clause: Span, sentence: Span, quantity: Span, district: str
    ) -> bool:
        """The clause names one of ``district``'s streets, towns or sites (the registry's full
        names: 马池口镇, 首钢园) before the number (the sentence, for a bare change after a
        level: "…50亿元，增长5%"), and neither a district nor a word for the
        whole district (全区, 我区) after it: the value is the town's, kept as a fact of its
        district but no measure of the district's to chart. A town in brackets after the
        district's name (某区（某园）) is an aside, and towns in a list (、, 等) are members of
        what the district counts.

        Why: "昌平区地区生产总值1400亿元。马池口镇地区生产总值50亿元，增长5%。" charted the
        town's 50亿元 and its growth as the district's, beside the district's own."""
        if district not in self._district_names:
            return False
        bare_change = len(text[clause.start : quantity.start].strip()) <= _BARE_CHANGE_LEAD
        start = sentence.start if bare_change else clause.start
        towns = [
            town
            for town in self._township_re.finditer(text, start, quantity.start)
            if text[town.start() - 1 : town.start()] not in _OPENING_BRACKETS
        ]
        if not towns or self._township_of[towns[-1].group()] != district:
            return False
        listing = (*self.lexicon.enumeration_marks, *self.lexicon.list_open_words)
        if any(text.startswith(listing, town.end()) for town in towns):
            return False  # 妙峰山、潭柘寺等15家景区: members of what the district counts
        after = text[towns[-1].end() : quantity.start]
        whole = (*self.lexicon.district_wide, *self.lexicon.self_references)
        if any(word in after for word in whole):
            return False  # 在马池口镇召开的会议上通报全区地区生产总值…: the district's
        return not any(
            place.name in self._district_names
            for place in self.place_mentions(text, towns[-1].end(), quantity.start)
        )

    def ranked_within_the_district(self, text: str, sentence: Span, district: str) -> bool:
        """The sentence ranks what it measures within ``district`` itself: "森林覆盖率从29%提升到
        51%，位居大兴区首位" (or 居全区第一, 位列区内前列), a rank verb, the district or one of
        ``within_rank_scopes``, then a place (``within_rank_places``). What is measured is a
        part of the district (a town, a park), ranked among its parts: its values are the part's,
        no measure of the district's to chart.

        Why: a story on one town's green belt gave its forest coverage (51%) to the district,
        whose own is far lower."""
        if district not in self._district_names:
            return False
        pattern = self._within_rank_res.get(district)
        if pattern is None:
            cues = self.lexicon.chart_scope
            names = [alias for alias, (name, _) in self._alias_owner.items() if name == district]
            scopes = [*cues.get("within_rank_scopes", ()), *names]
            pattern = re.compile(
                f"(?:{alternation(cues.get('within_rank_verbs', ()))})"
                f"(?:{alternation(scopes)})"
                f"(?:{alternation(cues.get('within_rank_places', ()))})"
            )
            self._within_rank_res[district] = pattern
        return pattern.search(text, sentence.start, sentence.end) is not None

    def _a_named_area(self, phrase: str) -> bool:
        """The phrase before the measure names an area (``area_suffixes``: 地区, 一带) of the
        district, not the district: "某区三山五园地区新增绿地…公顷" is the area's; "海淀地区" or
        "全区" before 地区 is the district itself."""
        cues = self.lexicon.chart_scope.get("area_suffixes", ())
        suffix = next((word for word in cues if phrase.endswith(word)), None)
        if suffix is None:
            return False
        stem = phrase[: -len(suffix)]
        if not stem or stem.endswith(tuple(self.lexicon.district_wide)):
            return False
        return not (self._alias_end_re is not None and self._alias_end_re.search(stem))

    def _a_facility_value(self, text: str, position: int) -> bool:
        """The clause before, in the same sentence, says one facility opened (a name ending in
        a ``facility_nouns`` word, then an ``opening_verbs`` word): a measure opening the next
        clause with no subject of its own is the facility's ("某算力中心一期已投入使用，算力规模
        达到…P" is the centre's capacity, not the district's). A list of places opened
        (某公园二期、某湿地相继建成，人均公园绿地面积…) leaves the district's measure alone."""
        cues = self.lexicon.chart_scope
        before = self._clause_before_a_bare_measure(text, position)
        if before is None:
            return False
        if any(mark in before for mark in self.lexicon.enumeration_marks):
            return False  # 某公园二期、某湿地相继建成，人均公园绿地面积…: a list, the district's
        for verb in cues.get("opening_verbs", ()):
            at = before.find(verb)
            subject = before[:at].rstrip("".join(cues.get("opening_adverbs", ())))
            if at > 0 and subject.endswith(cues.get("facility_nouns", ())):
                return True
        return False

    def _clause_before_a_bare_measure(self, text: str, position: int) -> str | None:
        """The clause before the one a measure at ``position`` opens, in the same sentence,
        when the measure has no words of its own before it in its clause; else None."""
        sentence_start = statement_start(text, position, "。！？；;\n")
        clause_end = max(text.rfind(mark, sentence_start, position) for mark in "，,")
        if clause_end < sentence_start:
            return None
        if text[clause_end + 1 : position].strip():
            return None  # the measure has words of its own before it in its clause
        clause_start = max(
            sentence_start, *(text.rfind(mark, sentence_start, clause_end) + 1 for mark in "，,")
        )
        return text[clause_start:clause_end]

    def _a_site_made_before(self, text: str, position: int) -> bool:
        """The clause before, in the same sentence, makes a place a site of a kind
        (``becoming_verbs`` then a kind ending in ``subarea_suffixes``): a measure opening the
        next clause with no subject of its own is the site's. "2008年，某山晋升为国家级自然保护
        区，森林覆盖率达90%" is the reserve's cover, not the district's. When the place made so
        is the district (某区成为…示范区, 全区…) or none is named, the measure stays the
        district's."""
        before = self._clause_before_a_bare_measure(text, position)
        if before is None or not before.rstrip().endswith(self.lexicon.mapping.subarea_suffixes):
            return False
        verbs = self.lexicon.chart_scope.get("becoming_verbs", ())
        at = max((before.rfind(verb) for verb in verbs), default=-1)
        if at < 0:
            return False
        subject = self._year_re.sub("", before[:at]).strip(" \t，,")
        if not _CJK_RE.search(subject):
            return False  # no place named: the document's district acting
        if any(word in subject for word in (*self._own_words, *self.lexicon.local_subjects)):
            return False  # 全区, 我区, 该区…: the district made so
        # the district's own name closes the subject (某区成功被命名为…); a town after it
        # (某区某镇被评为…) is a site of the district
        trimmed = subject.rstrip("".join(self.lexicon.district_suffixes))
        return not (self._alias_end_re is not None and self._alias_end_re.search(trimmed))

    def _sentence_subject(self, text: str, position: int) -> str:
        """The words opening the sentence before ``position``, up to its first word of time or
        action (全年, 累计, 记录, 实现…), when the sentence opens with such a subject: the
        subject a clause without one of its own goes on about (某某保护区记录植物800余种、
        鸟类190种: the birds are the reserve's). Empty when none is found."""
        cues = self.lexicon.mapping
        # the clause's own subject first (…公顷，某某保护区记录…), else the sentence's
        for marks in ("。！？；;\n，,", "。！？；;\n"):
            start = statement_start(text, position, marks)
            run = _HAN_RUN_RE.match(text[start:position])
            if run is None:
                continue
            opening = run.group(0)
            cuts = [opening.find(w) for w in cues.subject_fillers + cues.subject_verbs]
            cuts = [cut for cut in cuts if cut > 0]
            if cuts:
                return opening[: min(cuts)]
        return ""

    def _part_of_a_subarea(self, text: str, span: tuple[int, int]) -> bool:
        """A part (其中…) of a whole the sentence gives for a place inside the district, not
        for the district: "某某产业基地入驻企业超过300家，其中上市企业9家" counts the base's
        listed companies. A sentence about the whole district (全区…，其中…) is the district's."""
        cues = self.lexicon.mapping
        start = statement_start(text, span[0], "。！？\n")
        said = text[start : span[0]]
        part = max((said.rfind(marker) for marker in cues.part_markers), default=-1)
        if part < 0:
            return False
        whole = said[:part]
        if not whole.strip() and text[start - 1 : start] == "\n":
            # a post breaks the sentence before 其中 (…企业2,300余家，\n其中上市企业…): the whole
            # is on the line before
            whole = text[statement_start(text, start - 1, "。！？\n") : start]
        if any(word in whole for word in self.lexicon.district_wide):
            return False  # 全区…，其中
        if self._gathered_population(whole):
            return True  # 某园集聚企业…家，其中上市企业…家
        if any(place.name in self._district_names for place in self.place_mentions(whole)):
            return False  # 西城区实现地区生产总值…，其中金融业增加值
        # two-character kinds only (基地, 保税区): a lone 园 is in too many words (幼儿园)
        return any(suffix in whole for suffix in cues.subarea_suffixes if len(suffix) > 1)

    def _a_plan_list(self, text: str, span: tuple[int, int], quantity: Quantity) -> bool:
        """A count a plan fixes (``plan_list_words``: 规划确定的…) right before the measure's name
        or before the number that precedes it: "规划确定的120项重大项目中已开工90项" counts the
        plan's list over its years, not the district's key projects of a year."""
        words = self.lexicon.chart_scope.get("plan_list_words", ())
        before = text[max(0, min(span[0], quantity.start) - 12) : min(span[0], quantity.start)]
        return before.rstrip(" ，,").endswith(words)

    def _rank_of_a_change(
        self, indicator: Indicator, text: str, span: tuple[int, int], quantity: Quantity
    ) -> bool:
        """A rank said of a change of the measure (``change_rank_words``: 降幅, 增幅…) between
        the measure's name and the rank is no rank of its level: "某区PM2.5浓度降幅全市第一" ranks
        the fall, while PM2.5年均浓度排名 ranks the concentration."""
        if "rank" not in (indicator.unit, quantity.unit) or span[1] > quantity.start:
            return False
        words = self.lexicon.chart_scope.get("change_rank_words", ())
        if any(word in indicator.name for word in words):
            return False  # the indicator ranks a change itself
        return any(word in text[span[0] : quantity.end] for word in words)

    def _gathered_population(self, whole: str) -> bool:
        """The whole before 其中 counts firms gathered somewhere (``gathering_verbs``: 集聚,
        入驻…): a cluster's or a sector's population, so its part is no district count.
        "某区依托某科学城，集聚某领域企业120余家，其中小巨人企业9家" gives the sector's 9, not
        the district's; "全区…，其中" (checked before) stays the district's."""
        verbs = self.lexicon.chart_scope.get("gathering_verbs", ())
        # the statement 其中 divides, after the last semicolon: "某中心入驻企业…家；专精特新企业
        # 总量达到…家，其中…" divides the district's total, not the centre's
        statement = re.split("[;；]", whole)[-1]
        return any(verb in statement for verb in verbs)

    def _narrowed_part(self, text: str, span: tuple[int, int]) -> bool:
        """A part named after 其中 with words of its own before the measure's name: the whole's
        measure narrowed to a kind, tier or place (…接待游客1600万人次。其中，乡村旅游接待游客
        480万人次; 其中，区级综合应急救援队伍1支). Time words and 全区 do not narrow it
        (其中，全区接待游客…), and districts named there are read as places, not as a kind."""
        cues = self.lexicon.mapping
        start = statement_start(text, span[0], "。！？；;\n")
        said = text[start : span[0]]
        part = max((said.rfind(marker) for marker in cues.part_markers), default=-1)
        if part < 0:
            return False
        between = self._year_re.sub("", said[part:].lstrip("".join(cues.part_markers)))
        between = between.lstrip(",，:：、 ")
        for word in (*self.lexicon.district_wide, *cues.subject_fillers):
            between = between.replace(word, "")
        if self._alias_re is not None and self._alias_re.search(between):
            return False  # 其中，密云区和延庆区…: places, which district_of reads
        return bool(re.fullmatch(r"[\u4e00-\u9fff“”\"]+", between))

    def _addition_said(
        self, text: str, span: tuple[int, int], quantity: Quantity, clause_start: int
    ) -> str:
        """The addition word said of the term, if any: right before it (新增应急避难场所), in its
        clause before it (新增储备…等防汛物资20万件), between it and its number (应急避难场所
        新增3处), or before the number that precedes it (新增了…232处雨量站)."""
        words = self.lexicon.mapping.addition_words
        before = text[max(0, span[0] - 12) : span[0]]
        said = next((w for w in words if before.endswith(w)), "")
        if said:
            return said
        if span[1] <= quantity.start:
            # 应急避难场所新增3处; 新增储备编织袋、救生衣等防汛物资20万件
            stretch = text[clause_start : span[0]] + "|" + text[span[1] : quantity.start]
        else:
            stretch = text[clause_start : quantity.start]
        return next((w for w in words if w in stretch), "")

    def _addition_of(
        self,
        indicator: Indicator,
        text: str,
        span: tuple[int, int],
        quantity: Quantity,
        clause_start: int,
    ) -> Indicator | None:
        """The catalog's measure of the additions when a stock's term is said to be added
        (新增了232处雨量站 → 新增雨量站), else None."""
        said = self._addition_said(text, span, quantity, clause_start)
        if not said:
            return None
        for name in (text[span[0] : span[1]], indicator.name):
            found = self.catalog.indicator_by_synonym(said + name)
            if found is not None and found is not indicator and self._unit_fits(found, quantity):
                return found
        return None

    def _derived_indicator(
        self, indicator: Indicator, text: str, span: tuple[int, int], quantity: Quantity
    ) -> Indicator | None:
        """The measure the words from a level's name to the number make of it, when the level
        itself has another dimension: 金融业增加值占地区生产总值的比重为18.1% is the share
        (the words read as one term); 地区生产总值…增长6.1% its growth (name + 增速); 年均增长 its
        average growth; 能耗下降3% the decline (name + 下降率); 位居全市第一 the rank."""
        cues = self.lexicon.mapping
        if span[1] <= quantity.start:
            # the longest stretch from the term that names a measure: 金融业增加值占地区生产总值的
            # 比重(升至)10.2% → 金融业增加值占地区生产总值比重
            stretch = text[span[0] : quantity.start]
            for filler in cues.phrase_fillers:
                stretch = stretch.replace(filler, "")
            larger = self._share_of_a_larger_whole(stretch)
            for end in range(len(stretch), span[1] - span[0], -1):
                if larger and not self._share_of_a_larger_whole(stretch[:end]):
                    break  # 第三产业增加值占全市的: only a measure naming Beijing's total
                found = self.catalog.indicator_by_synonym(stretch[:end])
                if found is not None and found is not indicator:
                    return found if self._unit_fits(found, quantity) else None
        between = text[span[1] : quantity.start] if span[1] <= quantity.start else ""
        share = max((between.rfind(cue) for cue in self.lexicon.forms.share_verbs), default=-1)
        if share >= 0 and quantity.unit == "%":
            # …75.5亿元,占一般公共预算收入的78.4% → 税收收入占一般公共预算收入比重;
            # 空气质量优良天数263天,占全年天数的72.1% → 空气质量优良天数比例
            whole = between[share:]
            for filler in cues.phrase_fillers:
                whole = whole.replace(filler, "")
            # 占全市的20.7%: a share of Beijing's total, never the district's own share
            larger = self._share_of_a_larger_whole(whole)
            whole, _ = self.strip_linking(whole)
            for name in dict.fromkeys((text[span[0] : span[1]], indicator.name)):
                for ending in cues.share_endings:
                    terms = (
                        (name + whole + ending,)
                        if larger
                        else (name + whole + ending, name + ending)
                    )
                    for term in terms:
                        found = self.catalog.indicator_by_synonym(term)
                        if found is not None and self._unit_fits(found, quantity):
                            return found
            return None
        if quantity.kind == "rank":
            suffixes = cues.rank_suffixes
        elif quantity.qualifier != "change":
            return None
        elif any(cue in between for cue in cues.average_growth_cues):
            suffixes = cues.average_growth_suffixes
        elif self._since_year_re.search(between):
            # 较2020年下降24%: a change over several years is the cumulative measure, if any
            suffixes = cues.cumulative_suffixes
        else:
            suffixes = cues.growth_suffixes + self.lexicon.decline_rates
        # 能耗累计下降16.3%: the words between, made a rate (累计下降 → 累计下降率), come first.
        said, _ = self.strip_linking(between)
        said_rates = tuple(said + ending for ending in cues.rate_endings) if said else ()
        names = dict.fromkeys((text[span[0] : span[1]], indicator.name, *indicator.synonyms))
        for name in names:
            for suffix in said_rates + suffixes:
                found = self.catalog.indicator_by_synonym(name + suffix)
                if found is not None and self._unit_fits(found, quantity):
                    return found
        return None

    def _share_of_a_larger_whole(self, whole: str) -> bool:
        """The words after 占 name Beijing's or the nation's total (第三产业增加值占全市的20.7%
        is the district's share of the city's tertiary output), not the district's own whole:
        such a share is no share of the district's GDP (第三产业增加值占地区生产总值比重)."""
        words = self.lexicon.municipality_subjects + self.lexicon.nation_subjects
        return any(word in whole for word in words)

    def _without_rank_scope(self, phrase: str, *, best_of: bool = False) -> str:
        """The words before a rank without its scope and its verb ("空气质量排名全市" → 空气质量,
        "综合评价位居城六区" → 综合评价): what is ranked, not where. For the best N of a list
        (``best_of``: 跻身全国文明城区二十强) what entered stands before the last verb of
        entering, the rest is the list's name."""
        cues = self.lexicon
        scopes = (*cues.page_cues.get("superlative_scopes", ()), *cues.district_rank_scopes)
        # (and the verbs of standing that reach a place, 跃居, 稳居; for the best N, every verb of
        # entering: 跻身全国十佳; not 进入 before another rank, 力争进入全国百强区前二十)
        entering_verbs = cues.forms.top_class_verbs if best_of else cues.forms.rank_reaching_verbs
        verbs = (*cues.chart_scope.get("within_rank_verbs", ()), *entering_verbs)
        entering = [phrase.rfind(verb) for verb in entering_verbs if verb in phrase]
        if best_of and entering:
            # 某区进入全国文明城区二十强: what entered stands before the verb, the rest is the
            # list's name (冰雪旅游跻身全国十佳 → 冰雪旅游)
            phrase = phrase[: max(entering)]
            if not phrase.strip():
                return ""
        rest = self._without_scopes(phrase, (*scopes, *verbs)).rstrip()
        tags = pos_tags(rest) if rest else []
        while tags and tags[-1][1] in _LINKING_FLAGS:
            rest = rest[: -len(tags.pop()[0])]  # 数字均居北京第一: 均 links, names nothing
        core = [tag for tag in tags if not self.place_mentions(tag[0])]  # 昌平区综合: 综合
        if len(core) == 1 and core[0][1] not in _NOUNS:
            # 综合排名全市第一: the verb was part of the name (综合排名), only the scope goes
            rest = self._without_scopes(phrase, scopes)
        if rest == phrase:
            # 居头部国家级经开区首位: a scope no list names, after the verb of standing
            offset, verb_at = 0, -1
            for word, _ in pos_tags(phrase):
                if word in verbs:
                    verb_at = offset
                offset += len(word)
            if verb_at == 0:
                return ""  # what is ranked was said before (…年均增长10%，居…首位)
            if verb_at > 0:
                rest = phrase[:verb_at]
        if not rest.strip() and any(verb in phrase for verb in cues.forms.top_class_verbs):
            return ""  # 某区入选全国十佳案例: what is ranked is named after the rank
        if rest == phrase or self._names_only_places(rest.strip()):
            return phrase  # 昌平区排名全市第一: the district itself is ranked, no measure
        return rest

    def _only_a_rank_scope(self, words: str) -> bool:
        """Nothing but a ranking's scope and verb, opened by a scope's lead (``scope_leads``):
        在全市排名, 在全市16个区中位列. Such a clause ranks the value said before it."""
        cues = self.lexicon
        opener = longest_prefix(words, cues.chart_scope.get("scope_leads", ()))
        if not opener:
            return False
        scopes = (
            *cues.page_cues.get("superlative_scopes", ()),
            *cues.district_rank_scopes,
            *cues.chart_scope.get("within_rank_verbs", ()),
        )
        rest = words[len(opener) :].rstrip()
        return bool(rest) and not self._without_scopes(rest, scopes)

    def _without_scopes(self, phrase: str, words: tuple[str, ...]) -> str:
        """``phrase`` without the ``words`` and the places that end it, one after another.

        A counted group of districts is a scope too (农业产值十个郊区排名第一, 在全市16个区中),
        and so is the word closing one (在生态涵养区中): what is left names the measure."""
        rest = phrase
        while True:
            cut = len(longest_suffix(rest, words))
            places = self.place_mentions(rest, max(0, len(rest) - 8))
            if places and places[-1].end == len(rest):
                cut = max(cut, len(rest) - places[-1].start)  # 居北京: a place as the scope
            counted = self._counted_group_end_re.search(rest, max(0, len(rest) - 10))
            if counted is not None:
                cut = max(cut, len(rest) - counted.start())
            if not cut:
                closer = longest_suffix(rest, self.lexicon.rank_scope_closers)
                inner = rest[: len(rest) - len(closer)]
                if closer and inner and self._without_scopes(inner, words) != inner:
                    cut = len(closer)
            if not cut:
                return rest
            rest = rest[:-cut]

    def _term_near(self, text: str, quantity: Quantity, clause: Span):
        """The noun phrase right before or right after the number (before wins for rates,
        money and ranks, which Chinese writes after their subject: 森林覆盖率68.5%)."""
        stops = list(self._term_stop_re.finditer(text, clause.start, quantity.start))
        before_start = stops[-1].end() if stops else clause.start
        phrase, trimmed = self.strip_linking(text[before_start : quantity.start])
        from_mark = longest_suffix(phrase, load_time_lexicon().from_value_marks)
        if from_mark and len(phrase) > len(from_mark):
            # 轨道交通运营里程由7.9公里增至18.6公里: the measure stands before its from-value
            phrase = phrase[: -len(from_mark)]
        from_value = self.from_value_re.search(phrase)
        if from_value is not None:
            # 百岁老人由751人增至1438人: the to-value's measure stands before the from-value too
            # (751人 named nothing)
            phrase = phrase[: from_value.start()]
        if phrase.endswith(self.lexicon.anaphoric_measures):
            phrase = ""  # 这一比例将不低于45%: the measure named before (carried_measure)
        if phrase.endswith(self.lexicon.per_markers):
            phrase = text[before_start : quantity.start]  # 每户每年2000元: 年 is per year
        if quantity.kind == "rank":
            # 空气质量排名全市第一: 空气质量; 冰雪旅游跻身全国十佳 (the best N): 冰雪旅游
            written = text[quantity.start : quantity.end]
            best_of = any(word in written for word in self.lexicon.forms.top_class_words)
            phrase = self._without_rank_scope(phrase, best_of=best_of)
        verbs = self.lexicon.term_verbs
        before = trailing_noun_phrase(
            phrase,
            verbs,
            self.lexicon.possessive_marks,
            self.name_breaking_verbs,
            self.lexicon.mapping.rate_endings,  # 整改率: 率 ends the name
        )
        before_end = before_start + trimmed + len(phrase)
        if before.startswith(self.lexicon.not_facts.class_bounds):
            # 亿元以上项目39个: the class's threshold belongs to its name (not 以上项目)
            amount = _THRESHOLD_BEFORE.search(text, before_start, before_end - len(before))
            if amount is not None and amount.end() == before_end - len(before):
                before = text[amount.start() : before_end]
        opening = before_end - len(before)
        if before and opening > 0 and _is_numeral_char(text[opening - 1]):
            # "两大主导产业产值突破4000亿元": the classifier of the count before it is not the
            # term's first word (主导产业产值, not 大主导产业产值), unless it starts a word
            # (三片区建设用地面积: 片区)
            classifier = longest_prefix(before, self._count_classifiers)
            if classifier and pos_tags(before[:6])[0][0] == classifier:
                before = before[len(classifier) :]
        # What an amount of money is per, written before it (每亩, 每户每年), a few words at
        # most before its term or the number: the term says so (每亩收益, not 收益, a total).
        chain, chain_end = "", -1
        if quantity.kind == "money":  # 每季度召开1次: a frequency, not an amount per unit
            chain, chain_end = self._per_chain(text, clause.start, before_end)
            if text.startswith(self.lexicon.occurrence_units, chain_end):
                chain, chain_end = "", -1  # 每人次: per visit, a unit the chain does not name
        per_verb = ""  # 每亩增收500元: the verb between the chain and the number
        term_start = before_end - len(before)
        if chain and chain_end == before_end:
            before = chain  # "每户每年2000元": what the amount is per is all its term says
            term_start = chain_end - len(chain)
        elif chain and before and 0 <= opening - chain_end <= _PER_UNIT_GAP:
            # 每亩收益, 每亩每年租金, 每户每年给予补贴, 每年增加村集体收入: the words between stay
            term_start = chain_end - len(chain)
            before = text[term_start:before_end]
        elif chain and not before and before_end - chain_end <= _PER_UNIT_GAP:
            per_verb = text[chain_end:before_end]
            before = chain + per_verb
            term_start = chain_end - len(chain)
        filler = self._filler_after_re.match(text, quantity.end, clause.end)
        after_start = filler.end() if filler else quantity.end
        # 18个项目: 项 opens the word 项目 (``unit_word_starts``), no filler to pass over; nor
        # 多 in 2部多功能除雪车 where the tagger reads 多功能 (``bound_word_starts``)
        after_start = next(
            (
                at
                for at in range(quantity.end, after_start)
                if text.startswith(self.lexicon.unit_word_starts, at)
                or bound_word_starts_a_word(text, at, self.lexicon)
            ),
            after_start,
        )
        after = _leading_noun_phrase(text[after_start : min(clause.end, after_start + 20)], verbs)
        if after[:1].isdigit():
            after = ""  # 转移96户220人: the words after 96户 are another value, not its term
        elif digit := _DIGIT_AFTER_WORDS.search(text, after_start, after_start + len(after) + 1):
            # 3个乡镇46个村: 乡镇, the next value is not the term's
            after = after[: max(0, digit.start() - after_start)]
        if per_verb and after:
            # "每户每年发放2000元补贴": the noun after the amount, per the chain before it
            return chain + after, (after_start, after_start + len(after))
        prefer_before = quantity.kind in ("rate", "money", "rank", "concentration")
        if before and before_end == quantity.start and (prefer_before or not after):
            return before, (term_start, before_end)
        money = self.lexicon.money_words
        if (
            before
            and quantity.kind == "money"
            and after.startswith((*money["followers"], *money["closers"]))
            and not self.strip_linking(text[before_end : quantity.start])[0].strip()
        ):
            # 投资近1亿建设公园, 营收突破2000亿元大关: only linking words and a bound between the
            # measure and its amount; after it what the money pays for, or the mark it passed
            return before, (term_start, before_end)
        if (
            before
            and quantity.kind == "money"
            and text.startswith(self.lexicon.possessive_marks, quantity.end)
        ):
            # 投资总额近10亿元的重大项目: the amount's measure before its linking words and
            # bound, not the thing the amount describes (重大项目落户…). Not a rate's or a
            # rank's: 全村近60%的家庭, 是北京市最大的… describe what the figure is of.
            return before, (term_start, before_end)
        if after:
            return after, (after_start, after_start + len(after))
        if before:
            return before, (term_start, before_end)
        return "", None

    def _per_chain(self, text: str, floor: int, end: int) -> tuple[str, int]:
        """The last run of per-unit words in text[floor:end] (每亩, 每户每年) and where it
        ends; ("", -1) when there is none."""
        at = max(text.rfind(per_unit, floor, end) for per_unit in self._per_units)
        if at < 0:
            return "", -1
        chain_end = at + len(longest_prefix(text[at:end], self._per_units))
        while more := longest_prefix(text[chain_end:end], self._per_units):
            chain_end += len(more)
        start = at
        while word := longest_suffix(text[floor:start], self._per_units):
            start -= len(word)
        return text[start:chain_end], chain_end

    def _states_its_own_act(self, text: str, clause: Span, quantity: Quantity) -> bool:
        """The clause's words before the number end on a verb of their own, past the linking
        words (受伤12人, 腾退30万平方米, 竣工18个): an act of its own, no measure to carry.
        A place and a linking word (乙区达61%, 朝阳区9起) state none."""
        phrase = text[max(clause.start, quantity.start - _ACTION_REACH) : quantity.start]
        # (由52%提高到81%: 提高到 links a from-value to its to-value, the measure carried)
        phrase = self.strip_linking(phrase.rstrip())[0].rstrip()
        if phrase.endswith(self.lexicon.counted_actions):
            return True  # (投用, 失联: the tagger may cut them)
        tags = pos_tags(phrase)
        return bool(tags) and tags[-1][1] in _ACTION_VERBS

    def action_before(self, text: str, clause: Span, quantity: Quantity) -> str:
        """The words of the action a number counts, right before it in its clause, when no
        noun names it: a verb and the nouns before it (颐和园接待19.6万人, 强降雨造成全区死亡5人 →
        死亡, 拆除违法建设12万平方米). Read back from the number, past the linking words and a
        bound, over the tagger's words while they are nouns or verbs, up to a place, a mark, a
        time, an adverb or a preposition, at most ``_ACTION_LABEL`` characters; the last word
        a verb. A verb alone labels only an event counted (``counted_actions``: 死亡, 倒塌):
        包括12个 says nothing. "" otherwise.

        Why: such a number reached the tables with no label at all, though its clause says
        plainly what it counts."""
        if quantity.kind not in _ACTION_KINDS:
            return ""  # a share, a rank, money: labelled by rules of their own, or not at all
        start = max(clause.start, quantity.start - _ACTION_REACH)
        phrase = text[start : quantity.start].rstrip()
        phrase = phrase.removesuffix(longest_suffix(phrase, self._bounds)).rstrip()  # 约, 超过
        tags = pos_tags(phrase)
        # the linking verbs before the number (共, 达到, 为), whole words of the tagger's, but
        # not a verbal noun the act ends on (拆除违法建设12万平方米: 建设 is what was pulled down)
        while tags and tags[-1][1] != "vn" and tags[-1][0] in self._linking_or_hedges:
            tags = tags[:-1]
        counted = self.lexicon.counted_actions
        joined = "".join(word for word, _ in tags)
        own = longest_suffix(joined, counted)
        if tags and own and len(tags[-1][0]) < len(own):
            return own  # 投用12个, 失联2人: an event counted the tagger cuts in two
        if not tags or tags[-1][1] not in _ACTION_VERBS:
            return ""
        if tags[-1][0] in self.lexicon.uncounted_verbs:
            return ""  # 方案包括12个, 形成15个: the verb says nothing of what is counted
        words: list[str] = []
        for word, flag in reversed(tags):
            if word in self.lexicon.action_negations:
                return ""  # 尚未完工43个: what is not done, which no act's label may hide
            if flag[:1] in _ACTION_LEADS or word in self._hedges or not word.isalnum():
                break  # 年内已开工, 通过实施, a mark: what comes before is no part of the act
            if (
                word in self.lexicon.district_wide
                or word in self.lexicon.district_suffixes
                or self.place_mentions(word)
            ):
                break  # 全区死亡, 我区转移: the place is the district column's
            if len(word) + sum(map(len, words)) > _ACTION_LABEL:
                break
            words.insert(0, word)
        if len(words) == 2 and len(words[0]) == 1:
            words = words[1:]  # 因灾死亡: a lone character left of a cut word, no subject
        if not words or any(char.isdigit() for word in words for char in word):
            return ""
        if len(words) == 1 and words[0] not in self.lexicon.counted_actions:
            return ""  # 包括, 选取, 形成: a verb alone that says nothing of what is counted
        return "".join(words)

    def strip_linking(self, phrase: str) -> tuple[str, int]:
        """Drop the linking verbs between a term and its number (已达到, 保持, 为), and a
        bound right before the number, which the qualifier reads (年产值不少于30亿元 →
        年产值). A bound further back is not the qualifier's and stays in the phrase
        (年产值最高达到50亿元: a peak, not a term 年产值 of an exact value)."""
        bound = longest_suffix(phrase, self._bounds)
        if bound:
            phrase = phrase[: -len(bound)]
        changed = True
        words = self.lexicon.linking_words
        stripped = False
        while changed and phrase:
            changed = False
            if not phrase.endswith(words):  # one test for all the words, most often the end
                break
            for word in words:
                if phrase.endswith(word):
                    phrase = phrase[: -len(word)]
                    changed = stripped = True
                    break
        if stripped:
            # 产值将达到: a goal's auxiliary before the linking verb (never alone: 运动健将)
            phrase = phrase.removesuffix(longest_suffix(phrase, self.lexicon.goal_auxiliaries))
        return phrase, 0
