"""Which qualifier a number takes, and the sign of a change: small named rules, cue words in data.

A number is, in this order of precedence:

1. a **target** when its sentence sets a goal (力争, 预计, 将 + verb, 到2028年 not yet past),
   when the number is named as the goal (离60%的目标), or when it stands in the part of a report
   that sets goals (三、今年的目标任务; 四、2026年工作安排), unless its clause states the present
   (已, 现有, 截至) or it is a past value (去年的19公里, 从2019年的38微克/立方米);
2. a **change** when a verb of change stands right before it (增长7.3%, 下降4.6%, 年增6.2%), when
   its clause compares with a baseline (较上年底多出37家, 比全市多9天, 比全市高1.2个百分点), or when
   its unit is a difference (个百分点). A change that is also approximate or bounded (增长近四成,
   增加20元左右, 减少七成以上) stays a change;
3. **at_least / at_most / approx** by the bound words around it (超过, 以上, 不足, 约, 左右), also
   across a proportion (大约是全区总量的四分之一, 不足上年的五分之一);
4. **exact** otherwise.

The target rules need the sentence, paragraph and section (``mentions.py`` calls them); the
others need only the clause (``extract.py`` calls them). All cue words live in
``data/lexicon.yaml``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from districts.facts.numbers import MULTIPLIERS
from districts.facts.phrases import RANGE_DASHES, alternation, any_of, longest_prefix, range_mark
from districts.facts.words import pos_tags
from districts.numerals import CHINESE_NUMERAL_CHARS
from districts.text.split import Span

if TYPE_CHECKING:
    from districts.facts.context import Context
    from districts.lexicon import Lexicon

# Markup and spacing that may stand between a cue and its number: "约**1.8万个**", "增长 5%".
_MARKUP = "*_ \u3000\t"
_OPENING_QUOTES = "\"'\u201c\u2018\u300c"


# --- change, bounds, exact (clause-level) -------------------------------------------------


def _years_said(lexicon: Lexicon) -> re.Pattern[str]:
    """A year written as one: four digits and a year word (2016年)."""
    return _years_said_re(lexicon.year_words)


@functools.cache
def _years_said_re(year_words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\d)(?:19|20)\d{{2}}(?=\s*(?:{alternation(year_words)}))")


def lead_in(text: str, start: int, floor: int, lexicon: Lexicon) -> str:
    """The clause text before a number as the cue rules read it: markup dropped and the earlier
    items of a list skipped, so "分别比上年增加0.5个和0.7个百分点" reads "分别比上年增加" for
    both numbers."""
    lead = text[floor:start].rstrip(_MARKUP)
    return _list_tail(lexicon.enumeration_marks).sub("", lead).rstrip(_MARKUP)


@functools.cache
def _list_tail(marks: tuple[str, ...]) -> re.Pattern[str]:
    """Earlier items of a list the number ends: "分别增长5.1%、5.7%和|6.5%" → "分别增长"."""
    mark = "|".join(re.escape(m) for m in marks)
    return re.compile(rf"(?:[\d.,]+\s*(?:(?!{mark})[^\d\s,，;；。]){{0,5}}\s*(?:{mark}))+$")


def _strip_bound(lead: str, lexicon: Lexicon) -> tuple[str, str | None]:
    """Drop a trailing bound word (近, 约, 超过, 不足), markup and a verb of proportion (约占):
    "增加了近" → ("增加了", "approx"), "同比增长**超" → ("同比增长", "at_least"),
    "超过了" → ("", "at_least")."""
    bound = None
    for _ in range(3):
        lead = _without_period(lead.rstrip(_MARKUP), lexicon)
        lead = _without_perfective_after_a_bound(lead, lexicon)
        # one test for all the verbs first: most leads end in none of them
        for verb in lexicon.proportion_verbs if lead.endswith(lexicon.proportion_verbs) else ():
            if lead.endswith(verb) and _bound_word_at_end(lead[: -len(verb)], lexicon):
                lead = lead[: -len(verb)]
                break
        word = _bound_word_at_end(lead, lexicon)
        if word is None:
            break
        qualifier, cue = word
        bound = bound or qualifier
        lead = lead[: -len(cue)]
    return lead.rstrip(_MARKUP), bound


def _without_perfective_after_a_bound(lead: str, lexicon: Lexicon) -> str:
    """ "降雨量都超过了": the perfective particle after a bound verb of two characters or more
    (超过了, 突破了) leaves the verb the number's bound, as "超过" is; not after a one-character
    word (近了 is no bound)."""
    for particle in lexicon.perfective:
        if lead.endswith(particle):
            word = _bound_word_at_end(lead[: -len(particle)], lexicon)
            if word is not None and len(word[1]) > 1:
                return lead[: -len(particle)]
    return lead


def _without_period(lead: str, lexicon: Lexicon) -> str:
    """ "最高每年": the period an amount is per stands between a bound word and the number."""
    if not lead.endswith(_joined(lexicon.per_markers, lexicon.per_period)):
        return lead  # one test for every pair first: most leads end in none of them
    for marker in lexicon.per_markers:
        for period in lexicon.per_period:
            if lead.endswith(marker + period):
                return lead[: -len(marker + period)]
    return lead


@functools.cache
def _joined(firsts: tuple[str, ...], seconds: tuple[str, ...]) -> tuple[str, ...]:
    """Every first word followed by every second one, for one ``str.endswith``."""
    return tuple(first + second for first in firsts for second in seconds)


def _drop_suffixes(text: str, words: Iterable[str]) -> str:
    for word in words:
        text = text.removesuffix(word)
    return text


def _bound_word_at_end(lead: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """The bound word ending ``lead`` (the longest), as (qualifier, word); None when the lead
    ends in none, or in a word that only ends in one (签约, 就近: ``bound_char_words``)."""
    if not lead.endswith(_all_words(lexicon.qualifier_before)):
        return None  # one test for all the words first: most leads end in none of them
    if lead.endswith(lexicon.bound_char_words) and _ends_in_its_own_word(lead, lexicon):
        return None  # 签约385.4万户: households signed up, exactly (not 折合约21亿元)
    best: tuple[str, str] | None = None
    for qualifier, words in lexicon.qualifier_before.items():
        if qualifier == "change":
            continue
        for word in words:
            if lead.endswith(word) and (best is None or len(word) > len(best[1])):
                best = (qualifier, word)
    return best


def _ends_in_its_own_word(lead: str, lexicon: Lexicon) -> bool:
    """The lead's last word, as the tagger cuts it, is one of ``bound_char_words`` (共签约 →
    签约), not a word before a bound character (折合约 → 折合 + 约, 环节约 → 环节 + 约)."""
    from districts.facts.words import pos_tags

    tagged = pos_tags(lead[-_BOUND_WORD_CONTEXT:])
    return bool(tagged) and tagged[-1][0] in lexicon.bound_char_words


# Characters before a number the tagger reads to tell 签约 from 折合 + 约
_BOUND_WORD_CONTEXT = 4


# Keyed by the groups' identity; the groups are kept with their entry, so a key is not reused.
_ALL_WORDS: dict[int, tuple[dict[str, tuple[str, ...]], tuple[str, ...]]] = {}


def _all_words(groups: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every word of the lexicon's groups, as one tuple for ``str.endswith``."""
    found = _ALL_WORDS.get(id(groups))
    if found is None or found[0] is not groups:
        found = _ALL_WORDS[id(groups)] = (
            groups,
            tuple(word for words in groups.values() for word in words),
        )
    return found[1]


def change_cue(text: str, start: int, floor: int, lexicon: Lexicon) -> str | None:
    """The verb that makes the number at ``start`` a change, or None.

    Example: 比上年增加了约一半 → "增加"; 比全市多9天 → "多"; 高于全市1.2个百分点 → "高于"
    """
    raw = lead_in(text, start, floor, lexicon)
    compared_before = _compared_before_the_verb(raw, lexicon)
    if compared_before:
        return compared_before  # 同比低于0.2个百分点, 比上年低于3微克/立方米: a difference
    lead, _ = _strip_bound(raw, lexicon)
    bare = _drop_suffixes(lead, lexicon.perfective)  # 增加了17座 → 增加
    changes = lexicon.qualifier_before["change"]
    if lead.endswith(changes) or bare.endswith(changes):  # one test for all the words first
        if lead.endswith(lexicon.not_change_endings):
            return None  # 全区缺少了30名专业人员: a shortage, no change
        for word in changes:
            if lead.endswith(word) or bare.endswith(word):
                return word
    compared = _without(bare[-30:], lexicon.not_comparisons)
    if compared.endswith(lexicon.compared_changes) and any(
        marker in compared for marker in lexicon.comparison_markers
    ):
        for word in lexicon.compared_changes:
            if compared.endswith(word):
                return word
    return _comparative_verb(bare, text, start, lexicon)


def _verb_ending(lead: str, lexicon: Lexicon) -> str | None:
    """The comparative verb (低于, 多于) that ``lead`` ends with, right before its number."""
    return next((v for v in lexicon.comparative_verbs if lead.endswith(v)), None)


def _compared_before_the_verb(lead: str, lexicon: Lexicon) -> str | None:
    """A comparative verb right before the number (低于, 多于) whose baseline stands before
    it in the clause (同比低于0.2个百分点, 比上年少于40毫米, 与全市相比，低于0.4个百分点): the
    number is the difference, a change; without one (浓度低于40微克/立方米) it is a bound."""
    verb = _verb_ending(lead, lexicon)
    if verb is None:
        return None
    before = _without(lead[: -len(verb)][-_COMPARED_REACH:], lexicon.not_comparisons)
    return verb if any(marker in before for marker in lexicon.comparison_markers) else None


def _verb_right_before(lead: str, lexicon: Lexicon) -> str | None:
    """The comparative verb ending ``lead`` (低于), unless it ends a longer bound word (不低于,
    不少于: a floor, no direction of a difference)."""
    verb = _verb_ending(lead, lexicon)
    if verb is None:
        return None
    bounds = (*lexicon.qualifier_before["at_least"], *lexicon.qualifier_before["at_most"])
    longer = [word for word in bounds if len(word) > len(verb) and lead.endswith(word)]
    return None if longer else verb


_COMPARED_REACH = 16  # how far before a comparative verb its baseline may open (比上年同期)


def _comparative_verb(lead: str, text: str, start: int, lexicon: Lexicon) -> str | None:
    """ "增幅高于全市1.2个百分点": a comparative verb and its short baseline right before the
    number. Not "低于全市均值（31微克/立方米）": a number in brackets is the baseline's."""
    if text[start - 1 : start] in ("(", "（"):
        return None
    bounds = (*lexicon.qualifier_before["at_least"], *lexicon.qualifier_before["at_most"])
    for verb in lexicon.comparative_verbs:
        position = lead.rfind(verb)
        if position >= 0:
            said = lead[: position + len(verb)]
            bound = next(
                (word for word in bounds if len(word) > len(verb) and said.endswith(word)), ""
            )
            baseline = lead[position + len(verb) :]
            if not baseline.strip(_QUOTE_MARKS):
                return None  # 低于40微克, 低于“30微克”: no baseline, so a bound and no change
            if len(baseline) <= 12 and not re.search(r"[\d,，;；。、]", baseline):
                return bound or verb  # 不低于现有村庄15%: the bound is the cue (is_decline)
    return None


_QUOTE_MARKS = " \u3000\"'\u201c\u201d\u2018\u2019\u300c\u300d"


def _without(text: str, words: Iterable[str]) -> str:
    for word in words:
        text = text.replace(word, "\0" * len(word))
    return text


def is_decline(cue: str | None, lexicon: Lexicon) -> bool:
    """下降, 同比下降, 减少, 少, 低于…: a change downwards; not a bound that denies one
    (不低于现有村庄15%, 不少于: at least, never below)."""
    if cue is None:
        return False
    if cue.endswith(lexicon.qualifier_before["at_least"]):
        return False
    return any(cue.endswith(word) for word in lexicon.decline_cues)


def bound_word_starts_a_word(text: str, end: int, lexicon: Lexicon) -> bool:
    """One of ``bound_word_starts`` stands at ``end`` and the tagger reads it there as a word:
    2部多功能除雪车 (多功能), 完成3项内容 (内容); not 3天内部署完毕 (内 + 部署), 48小时内涵盖
    (内 + 涵盖), 10亩多种植 (多 + 种植), 3天内容易出现 (天内 + 容易), where the bound is one."""
    word = longest_prefix(text[end : end + _BOUND_WORD_LONGEST], lexicon.bound_word_starts)
    if not word:
        return False
    start = max(0, end - _BOUND_WORD_CONTEXT)
    at = start
    for token, _ in pos_tags(text[start : end + len(word) + _BOUND_WORD_CONTEXT]):
        if at == end:
            return len(token) > 1 and (token.startswith(word) or word.startswith(token))
        if at > end:
            return False
        at += len(token)
    return False


# How far around a bound word the tagger reads to tell whether it begins a word there, and the
# longest of those words.
_BOUND_WORD_CONTEXT = 3
_BOUND_WORD_LONGEST = 4


def bound_after(text: str, end: int, lexicon: Lexicon) -> str | None:
    """以上, 以内, 左右 right after the number and its unit; or the rest of a range whose
    second end carries the unit again (5%-8%, 400毫米至450毫米): at least the first end. A
    bound word with a number straight after it compares (比去年同期的147毫米多38%: 147 is
    exact, 38% how much more)."""
    if bound_word_starts_a_word(text, end, lexicon):
        return None  # 2部多功能除雪车: 多 begins the word of what is counted
    after = text[end : end + 2]
    for qualifier, words in lexicon.qualifier_after.items():
        if after.startswith(words):  # any of the words (a tuple: one test)
            word = next(w for w in words if after.startswith(w))
            if text[end + len(word) : end + len(word) + 1].isdigit():
                return None  # 147毫米多38%: a difference follows, no bound
            return qualifier
    if _range_rest_re(lexicon.range_words).match(text, end):
        return "at_least"
    return None


def upper_end_of_a_range(
    text: str, start: int, end: int | None, floor: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """(start, end) of a range's first end when the number at ``start`` (to ``end``, or its
    digits and the unit after them) is its second and both carry the same unit (5%-8%,
    400毫米—450毫米: the dash is no minus sign), else None."""
    match = _range_upper_end_re(lexicon.range_words).search(
        text, max(floor, start - _RANGE_REACH), start
    )
    if match is None:
        return None
    unit = match.group("unit")
    if end is None:
        digits = _DIGITS_RE.match(text, start)
        if digits is None or not text.startswith(unit, digits.end()):
            return None
    elif not text[start:end].endswith(unit):
        return None
    return match.start(), match.end("unit")


_RANGE_REACH = 24  # how far before a range's second end its first may start
_DIGITS_RE = re.compile(r"\d+(?:\.\d+)?")


@functools.cache
def _range_upper_end_re(range_words: tuple[str, ...]) -> re.Pattern[str]:
    """A number, its unit, and a range word or dash ending the text before a number."""
    return re.compile(
        rf"(?<![\d.])\d+(?:\.\d+)?\s*(?P<unit>[^\d\s,，。；;:：、()（）]{{1,5}}?)\s*"
        rf"{range_mark(range_words)}\s*$"
    )


@functools.cache
def _range_rest_re(range_words: tuple[str, ...]) -> re.Pattern[str]:
    """Right after a number and its unit: a range word or dash and the range's second number."""
    return re.compile(rf"\s*{range_mark(range_words)}\s*\d")


def superlative_ranks(text: str, sentence: Span, lexicon: Lexicon) -> Iterator[tuple[int, int]]:
    """(start, end) of each first place written as a scope's superlative: "林地覆盖率达到全区
    最高的81.2%", "降至全市最低水平" → a rank 1 spanning 全区最高.

    Why: 最高/最低 before a number are caps and floors (最高补贴5万元), but after a scope of
    places (全市, 全区, 中心城区) and before 的 or 水平 they place the district first among them.
    """
    cues = lexicon.page_cues
    for match in _superlative_re(
        cues["superlative_scopes"], cues["superlative_words"], cues["superlative_followers"]
    ).finditer(text, sentence.start, sentence.end):
        yield match.start(), match.end("word")


def is_scope_superlative(lead: str, position: int, lexicon: Lexicon) -> bool:
    """True when the bound word at ``position`` of ``lead`` follows a scope of places
    ("全市最高的93.9%"): a rank (see ``superlative_ranks``), not a cap or floor on the number."""
    return lead[:position].endswith(lexicon.page_cues.get("superlative_scopes", ()))


@functools.cache
def _superlative_re(
    scopes: tuple[str, ...], words: tuple[str, ...], followers: tuple[str, ...]
) -> re.Pattern[str]:
    def alternation(items: tuple[str, ...]) -> str:
        return "|".join(re.escape(item) for item in items)

    return re.compile(
        rf"(?:{alternation(scopes)})(?P<word>{alternation(words)})(?=(?:{alternation(followers)}))"
    )


def bound_before(text: str, start: int, floor: int, lexicon: Lexicon) -> str | None:
    """超过, 近, 不足 right before the number, or before a proportion's whole: "大约是全区总量的
    四分之一", "规模超过全市的五分之一", "仅为2023年同期的三分之一".

    Read on the number's own lead, not across a list: in "约60处和46处" only 60 is about; and
    through an opening quotation mark (首次突破“30微克/立方米”: a threshold set off for emphasis).
    """
    lead = text[floor:start].rstrip(_MARKUP + _OPENING_QUOTES)
    # 约人民币80亿: the currency's name between the bound and its amount (currencies_before)
    currency = next(
        (name for name in lexicon.money_words.get("currencies_before", ()) if lead.endswith(name)),
        "",
    )
    lead = lead.removesuffix(currency)
    _, bound = _strip_bound(lead, lexicon)
    if bound:
        return bound
    whole = lexicon.qualifier_patterns["proportion_whole"].search(lead)
    if whole is None:
        return None
    # The bound word nearest before the whole, followed by at most a verb of proportion.
    best: tuple[int, str] | None = None
    for qualifier, words in lexicon.qualifier_before.items():
        if qualifier == "change":
            continue
        for word in words:
            position = lead.rfind(word, whole.start())
            if position < 0 or is_scope_superlative(lead, position, lexicon):
                continue
            rest = lead[position + len(word) :]
            verb = next((v for v in lexicon.proportion_verbs if rest.startswith(v)), "")
            if len(word) == 1 and not verb:
                continue  # 近, 约, 超 alone are too often part of another word
            if re.search(r"\d", _years_said(lexicon).sub("", rest)):
                # "不足20个发展为去年的", "从2002年的不足2000元提高到了2016年的": the bound
                # belongs to an earlier number (2000元 is no year: 年 must follow a year)
                continue
            if best is None or position > best[0]:
                best = (position, qualifier)
    return best[1] if best else None


def clause_qualifier(
    text: str,
    start: int,
    end: int,
    clause: Span,
    lexicon: Lexicon,
    *,
    bounded: str | None = None,
    base: str = "",
) -> str:
    """change, then the bounds, then exact (targets are decided with the sentence, later).

    ``bounded`` is a bound the number's own form states (4000余户 → at_least); ``base`` is the
    number's base unit."""
    floor = clause.start
    first = upper_end_of_a_range(text, start, end, floor, lexicon)
    if first is not None:
        # 增长5%-8%: the second end of a range is read as its first is (a change stays one,
        # its bound then says at most), else it is the range's upper bound
        reading = clause_qualifier(text, first[0], first[1], clause, lexicon, base=base)
        return reading if reading in ("change", "target") else "at_most"
    # "超出全市约41%的平均水平": the baseline's own level, not a difference
    level = level_of_baseline(text, end, lexicon)
    if not level and (
        change_cue(text, start, floor, lexicon)
        or growth_rate(text, start, floor, base, lexicon)
        or change_amount(text, start, end, floor, lexicon)
        or named_as_change(text, end, lexicon)
    ):
        return "change"
    return (
        bound_after(text, end, lexicon)
        or bounded
        or bound_before(text, start, floor, lexicon)
        or capped_grant(text, start, floor, lexicon)
        or "exact"
    )


def capped_grant(text: str, start: int, floor: int, lexicon: Lexicon) -> str | None:
    """at_most when a cap (``grant_caps``: 最高) stands before the number with only words of a
    grant between (``grant_words``): "电梯安装最高补贴24万元", "每户最高可获补助2万元" say at most
    that much, not an amount paid. A measure's own extreme (最高气温35度) has other words between.

    >>> from districts.lexicon import load_lexicon
    >>> text = "单个项目最高奖励100万元"
    >>> capped_grant(text, text.index("100"), 0, load_lexicon())
    'at_most'
    >>> capped_grant("最高气温35度", 4, 0, load_lexicon()) is None
    True
    """
    lead = text[floor:start]
    for cap in lexicon.grant_caps:
        at = lead.rfind(cap)
        if at < 0:
            continue
        rest = lead[at + len(cap) :]
        if not rest or len(rest) > _GRANT_REACH:
            continue
        while word := longest_prefix(rest, lexicon.grant_words):
            rest = rest[len(word) :]
        if not rest:
            return "at_most"
    return None


# What stands before 余/多 when they bound a number: a digit, a numeral or a magnitude (3万余人).
_NUMBER_CHARS = frozenset("0123456789" + CHINESE_NUMERAL_CHARS + "".join(MULTIPLIERS))
_OPPOSITE_BOUND = {"at_least": "at_most", "at_most": "at_least", "approx": "approx"}


def size_bound(
    text: str,
    start: int,
    end: int,
    floor: int,
    value: float,
    stored: float,
    lexicon: Lexicon,
    *,
    change: bool = True,
) -> str:
    """The bound the words put on a change's or a goal's number, whose qualifier (change,
    target) leaves no room for it: approx, at_least, at_most, or "" when the number is exact.

    Why: "同比增长约5%" and "增长超三成" were charted as exact growths of 5% and 30%; a reader
    must see 约5 and ≥30. The bound is of the stored value: a decline stored negative turns
    "more than" into "at most" (下降超过5% → -5, at_most: ≤ −5). A verb of difference after a
    comparison is no bound: in "比全市平均水平超出1.5个百分点" 1.5 is the exact difference.

    Example: 增长超三成 → at_least; 下降超过5% stored -5 → at_most; 增加3000余人 → at_least.
    """
    if text[start:end] in lexicon.forms.digit_count_growths:
        return "at_least"  # 两位数增长: 10% or more, whatever the words around it
    bound = (
        _bound_word_after(text, end, lexicon)
        or _more_within(text[start:end], lexicon)
        or _range_within(text[start:end], lexicon)
        or ("at_least" if _range_rest_re(lexicon.range_words).match(text, end) else None)
        or ("at_most" if upper_end_of_a_range(text, start, end, floor, lexicon) else None)
        or (
            None
            if change and _states_the_difference(text, start, floor, lexicon)
            else bound_before(text, start, floor, lexicon)
        )
        or ""
    )
    if bound and value > 0 > stored:
        return _OPPOSITE_BOUND[bound]
    return bound


def _range_within(written: str, lexicon: Lexicon) -> str | None:
    """增长3至5%, 偏多一到两成: a range, stored as its lower bound, which is at least that."""
    marks = (*lexicon.range_words, *RANGE_DASHES)
    for mark in marks:
        at = written.find(mark, 1)
        if (
            at > 0
            and _NUMBER_CHARS.issuperset(written[at - 1])
            and written[at + len(mark) :][:1] in _NUMBER_CHARS
        ):
            return "at_least"
    return None


def _bound_word_after(text: str, end: int, lexicon: Lexicon) -> str | None:
    """``bound_after``, where 余/多 must end the phrase or lead on to its value: "增长8%多项惠农
    政策" has no bound (多项 is a word), "1倍多的增长", "增长1倍多至3.2万元" have."""
    bound = bound_after(text, end, lexicon)
    if bound is None:
        return None
    if text[end : end + 1] in lexicon.forms.more_marks:
        following = text[end + 1 : end + 3]
        opens_a_word = "\u4e00" <= following[:1] <= "\u9fff"
        if opens_a_word and not following.startswith(lexicon.more_mark_followers):
            return None
    return bound


# How far before its clause a comparison may stand whose difference the clause states
# ("增速高于全市，超出2个百分点").
_COMPARISON_REACH = 12


def _states_the_difference(text: str, start: int, floor: int, lexicon: Lexicon) -> bool:
    """The word right before the number is a verb of difference (超出, 高出: ``difference_verbs``)
    after a comparison (比全市平均水平, 高于全市) and after no verb of change: the number is the
    difference, exact ("比全市平均水平超出1.5个百分点"), not bounded ("同比增长超过12%",
    "三次产业增速均超过5%")."""
    lead = lead_in(text, start, floor, lexicon)
    verb = next((v for v in lexicon.difference_verbs if lead.endswith(v)), None)
    if verb is None:
        return False
    before = _drop_suffixes(lead[: -len(verb)], lexicon.perfective)
    changes = (*lexicon.qualifier_before["change"], *lexicon.compared_changes)
    if before.endswith(changes):
        return False  # 比上年增长超过12%: the growth is bounded
    compared = text[max(0, floor - _COMPARISON_REACH) : start - len(verb)]
    return any(
        marker in compared for marker in (*lexicon.comparison_markers, *lexicon.comparative_verbs)
    )


def _more_within(written: str, lexicon: Lexicon) -> str | None:
    """余 or 多 after a numeral inside the number's own span (3000余人, 20多个): at least."""
    for mark in lexicon.forms.more_marks:
        position = written.find(mark, 1)
        if position > 0 and written[position - 1] in _NUMBER_CHARS:
            return "at_least"
    return None


def named_as_change(text: str, end: int, lexicon: Lexicon) -> bool:
    """ "超过了2019年同期7.2%的增长", "实现6%的增速", "实现8%的正向增长": the number is named a
    change right after it (的, perhaps a modifier (``change_modifiers``), and a verb or noun
    of change: ``qualifier_before.change``, ``growth_rate_nouns``).

    Why: a growth written before its noun has no change verb in front of it, and came out an
    exact level, as if 7.2% were a share."""
    after = text[end : end + 8].lstrip(_MARKUP)
    for mark in lexicon.possessive_marks:
        if after.startswith(mark):
            named = after[len(mark) :]
            modifier = longest_prefix(named, lexicon.change_modifiers)
            named = named[len(modifier) :]
            changes = (*lexicon.qualifier_before["change"], *lexicon.growth_rate_nouns)
            change = longest_prefix(named, changes)
            if not change:
                return False
            # after a modifier the change must end the phrase: "8.6%的正向增长。", not the
            # noun "35%的高成长企业" (a share of firms) or "高增加值企业"
            return not modifier or not named[len(change) :][:1].isalnum()
    return False


def level_of_baseline(text: str, end: int, lexicon: Lexicon) -> bool:
    """ "超出全市约41%的平均水平", "远高于全市约8.3%的水平": the number is the level of the place
    compared with, named as such right after it."""
    after = text[end : end + 8].lstrip(_MARKUP)
    for mark in lexicon.possessive_marks:
        if after.startswith(mark):
            return after[len(mark) :].startswith(lexicon.level_words)
    return False


def growth_rate(text: str, start: int, floor: int, base: str, lexicon: Lexicon) -> bool:
    """A percentage whose clause is about a growth rate is itself a change: "增速比一季度
    (3.8%)", "出口增幅6.3%". (人口自然增长率 is a rate of its own, not a change.)"""
    if base != "%":
        return False
    return bool(any_of(lexicon.growth_rate_nouns).search(text[floor:start]))


def change_amount(text: str, start: int, end: int, floor: int, lexicon: Lexicon) -> bool:
    """A number whose clause names the amount a level moved by (``change_amount_nouns``:
    回升值, 下降值, 变幅), in any unit, is a change: "回升值介于0.04~0.55米之间"; so is one
    whose clause holds only a linking word and the number after such a clause ("其中某区回升值
    最大，为0.55米"; not "下降幅度不及预期，是5项滞后指标之一", whose 5 counts something else).

    Why: a groundwater bulletin's rises and falls by district were charted as depths."""
    nouns = lexicon.change_amount_nouns
    if not nouns:
        return False
    # the number's own clause (``floor`` may be its sentence's start)
    clause = max(floor, *(text.rfind(mark, floor, start) + 1 for mark in _CLAUSE_BREAKS))
    if any_of(nouns).search(text, clause, start):
        return True
    lead = text[clause:start].strip()
    if clause < 1 or text[clause - 1] not in "，," or (lead and lead not in lexicon.linking_words):
        return False
    if end < len(text) and text[end] not in _CLAUSE_BREAKS:
        return False  # more words after the number: a phrase of its own
    previous = max(text.rfind(mark, 0, clause - 1) + 1 for mark in _CLAUSE_BREAKS)
    return any_of(nouns).search(text, previous, clause - 1) is not None


_CLAUSE_BREAKS = "，,；;。\n"


# --- sign --------------------------------------------------------------------------------

_MINUS = ("-", "−", "－")
_GRANT_REACH = 8  # the most characters of a grant's words between its cap and the number


def signed(
    value: float,
    text: str,
    start: int,
    floor: int,
    measure: str,
    qualifier: str,
    lexicon: Lexicon,
) -> float:
    """A decline is stored negative, so a chart shows it below zero: 下降5.9% → -5.9, a table
    cell "-3.1" → -3.1. A measure that names the decline itself (能耗下降率 2.9%, 降幅13.9%)
    keeps its positive value, and so does a level that is not a change (低于全市约52%的平均水平)."""
    if value <= 0:
        return value
    first = upper_end_of_a_range(text, start, None, floor, lexicon)
    if first is not None:
        start = first[0]  # 下降2%—3%: the range's second end is signed as its first
    elif text[start - 1 : start] in _MINUS and not text[start - 2 : start - 1].isdigit():
        if start == 1 or text[start - 2] == "\n":
            return value  # "-3个街道获评先进" opening a line: a list's dash, no sign
        return -value
    if qualifier not in ("change", "target"):
        return value
    # 与全市相比，低于0.4个百分点: a difference (its unit says so) whose baseline is in an earlier
    # clause; the verb right before it still gives its direction
    cue = change_cue(text, start, floor, lexicon)
    if cue is None and qualifier == "change":
        cue = _verb_right_before(lead_in(text, start, floor, lexicon), lexicon)
    if cue in lexicon.improvement_cues:  # 同比改善19.4%: better is lower for a concentration
        if any(word in measure for word in lexicon.decline_rates):
            return value  # 事故起数下降率: a rate of decline, improved by declining more
        return -value if any(word in measure for word in lexicon.lower_is_better) else value
    if not is_decline(cue, lexicon):
        return value
    if cue in lexicon.decline_rates or any(word in measure for word in lexicon.decline_rates):
        return value
    return -value


# --- targets (sentence, paragraph, section) -----------------------------------------------

_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


@dataclass(frozen=True)
class Section:
    """A part of a document under a first-level heading, and whether it sets goals."""

    start: int
    end: int
    sets_goals: bool


def goal_sections(text: str, lexicon: Lexicon, doc_year: int | None) -> list[Section]:
    """The parts of a document that set goals:

    - from a first-level heading (一、… / 第二部分 / ##) that names goals (预期目标, 工作安排,
      下一步) to the next first-level heading: "三、今年的目标任务\n…增长6%左右…\n四、…";
    - from a line that announces goals and ends in a colon ("明年,这几件事要办好:") to the
      next empty line: the list of goals under it.
    """
    sections: list[Section] = []
    headings = []
    position = 0
    lines = text.splitlines(keepends=True)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if len(stripped) <= _HEADING_LENGTH and lexicon.qualifier_patterns["heading"].match(
            stripped
        ):
            headings.append((position, stripped, True))
        elif _unmarked_section_heading(lines, index, lexicon):
            headings.append((position, stripped, False))
        position += len(line)
    for index, (start, heading, marked) in enumerate(headings):
        # a marked heading's part runs to the next marked one: a line without a mark inside
        # it is a subheading ("2025年着力解决的突出问题" under "二、2025年工作安排"), unless it
        # names another year ("2023年工作回顾" after "一、2024年主要预期目标")
        later = [
            at
            for at, other_heading, other in headings[index + 1 :]
            if other or not marked or _names_another_year(other_heading, heading)
        ]
        end = later[0] if later else len(text)
        if _heading_sets_goals(heading, lexicon, doc_year):
            sections.append(Section(start, end, True))
    return sections + _goal_lists(lines, lexicon, doc_year) + _forecast_lists(lines, lexicon)


def _names_another_year(line: str, heading: str) -> bool:
    """``line`` names a year and not the same years as ``heading``."""
    years = set(_YEAR_RE.findall(line))
    return bool(years) and years != set(_YEAR_RE.findall(heading))


_UNMARKED_HEADING_LENGTH = 20
_HEADING_PUNCTUATION = frozenset("，。；：,;:！？!?、")


def _unmarked_section_heading(lines: list[str], index: int, lexicon: Lexicon) -> bool:
    """A line standing alone between blank lines, short and unpunctuated, that names a part of
    a report at its end (``goal_sections``: 主要预期目标; ``review_sections``: 工作回顾): a
    first-level heading whose list mark a web page dropped, when it names its year. It opens
    a part; it never closes a part a marked heading opened. "2018年主要预期目标"
    opens the report's goals as "二、2018年主要预期目标" does.

    Why: work reports reposted on portals lose their 一、二、 marks; their goals were read as
    results and their review's estimates as goals."""
    stripped = lines[index].strip()
    if not stripped or len(stripped) > _UNMARKED_HEADING_LENGTH:
        return False
    if _HEADING_PUNCTUATION.intersection(stripped):
        return False
    alone = (index == 0 or not lines[index - 1].strip()) and (
        index + 1 == len(lines) or not lines[index + 1].strip()
    )
    parts = (*lexicon.goal_sections, *lexicon.review_sections)
    # the year keeps a page's menu items (工作计划, 重点工作) from opening a section, and the
    # part's name ends the line: "2024年重点工作落地见效" is a news story's subheading
    return alone and bool(_YEAR_RE.search(stripped)) and stripped.endswith(parts)


def _goal_lists(lines: list[str], lexicon: Lexicon, doc_year: int | None = None) -> list[Section]:
    """A line ending in a colon that announces goals, and the lines under it up to a blank.
    When it announces tasks ahead (``_names_tasks_ahead``) and a blank line follows it straight
    away, the goals are paragraphs: the list runs over the blank lines until
    ``_ends_a_paragraph_list`` ("主要做好以下五方面重点工作:" over a plan's tasks)."""
    sections = []
    position = 0
    opened: int | None = None
    paragraphs = False  # the goals are paragraphs with blank lines between them
    for index, line in enumerate(lines):
        stripped = line.strip()
        if opened is not None and not paragraphs and not stripped:
            sections.append(Section(opened, position, True))
            opened = None
        elif opened is not None and paragraphs and _ends_a_paragraph_list(stripped, lexicon):
            sections.append(Section(opened, position, True))
            opened, paragraphs = None, False
        if opened is None and stripped.endswith((":", "：")):
            announcing = _last_sentence(stripped)
            tasks = _names_tasks_ahead(announcing, stripped, lexicon, doc_year)
            if tasks or goal_cued(announcing, lexicon):
                opened = position + _last_sentence_start(line)
                following = lines[index + 1].strip() if index + 1 < len(lines) else ""
                # only a part of tasks runs over paragraphs: "…及全年预计:" then "1.前三季度…"
                # states results (_forecast_lists)
                paragraphs = tasks and not following
        position += len(line)
    if opened is not None:
        sections.append(Section(opened, position, True))
    return sections


def _names_tasks_ahead(
    announcing: str, line: str, lexicon: Lexicon, doc_year: int | None = None
) -> bool:
    """An announcing sentence that ends with the name of a part that sets goals (重点工作,
    主要任务: ``goal_sections``), names no review (完成情况, 成效) and nothing done (做了,
    以来: ``past_task_words``), on a line that looks ahead: a goal cue, a goal part's name
    before it ("2024年主要预期目标是：…。主要做好以下五方面重点工作："), a word of a time or a
    task ahead (``ahead_words``: 下半年, 做好) or a year after the document's. "一年来，我们主要
    做了以下重点工作：" and "各部门紧盯年度重点工作：" announce results."""
    words = announcing.rstrip(":：").rstrip()
    if not words.endswith(tuple(lexicon.goal_sections)):
        return False
    if any(word in announcing for word in (*lexicon.review_sections, *lexicon.past_task_words)):
        return False
    earlier = line[: len(line) - len(announcing)] if line.endswith(announcing) else ""
    years = [int(year) for year in _YEAR_RE.findall(announcing)]
    return (
        goal_cued(announcing, lexicon)
        or goal_cued(earlier, lexicon)
        or goal_auxiliary(announcing, lexicon)
        or any(word in earlier for word in lexicon.goal_sections)
        or any(word in announcing for word in lexicon.ahead_words)  # 下半年主要任务：
        or bool(years and doc_year and max(years) > doc_year)  # 2025年重点工作： in 2024
    )


def _ends_a_paragraph_list(stripped: str, lexicon: Lexicon) -> bool:
    """A line that ends a list of goal paragraphs: a first-level heading standing alone (三、
    2023年财政预算执行情况; not an item written as a sentence, 一、加快…，新增…), a line
    that announces something else (ends in a colon), a paragraph that reports (据悉，1—10月，
    …: ``report_openings``), or a short unpunctuated heading that is no subheading of the list
    ("（一）加快丽泽金融商务区建设" opens one of its tasks)."""
    if not stripped:
        return False
    if stripped.endswith((":", "：")) or stripped.startswith(lexicon.report_openings):
        return True
    unpunctuated = not _SENTENCE_PUNCTUATION.intersection(stripped)
    heading = lexicon.qualifier_patterns["heading"].match(stripped)
    if heading and len(stripped) <= _HEADING_LENGTH and unpunctuated:
        return True
    if stripped.startswith(_SUBHEADING_OPENINGS) or heading:
        return False
    return len(stripped) <= _UNMARKED_HEADING_LENGTH and not _HEADING_PUNCTUATION.intersection(
        stripped
    )


_SUBHEADING_OPENINGS = ("（", "(")  # （一）, (二): the list's own parts
_HEADING_LENGTH = 40  # a first-level heading's longest, as goal_sections reads them
_SENTENCE_PUNCTUATION = frozenset("，。；,;")


def _forecast_lists(lines: list[str], lexicon: Lexicon) -> list[Section]:
    """A line ending in a colon that announces a forecast ("分时段预报:"), and the paragraphs
    under it that each open with the period they forecast (a date or an hour: "8月1日08时-…,
    降雨量8~20毫米"), across the blank lines between them: every value there is forecast, a
    target, as after 预计. The list ends at the first paragraph that opens otherwise
    ("提醒大家:"), or opens with a number that is no period (a numbered list: "1.前三季度…"
    under "…及全年预计:" states results)."""
    sections = []
    position = 0
    opened: int | None = None
    opening = lexicon.forecast_period_opening
    for line in lines:
        stripped = line.strip()
        if opened is not None and stripped and not (opening and opening.match(stripped)):
            sections.append(Section(opened, position, True))
            opened = None
        announcing = _last_sentence(stripped)
        if stripped.endswith((":", "：")) and any(w in announcing for w in lexicon.forecast_words):
            opened = position + _last_sentence_start(line)
        position += len(line)
    if opened is not None:
        sections.append(Section(opened, position, True))
    return sections


# The marks that close a sentence inside a paragraph written on one line.
_SENTENCE_ENDS = "。！？；;"


def _last_sentence(line: str) -> str:
    """The sentence a line ends with: what announces a list when the line ends in a colon.
    A paragraph of results that closes with "主要做了以下工作:" announces no goal, however its
    earlier sentences read (今年…预计完成186亿元,实现调控目标). A bare announcer (具体如下:)
    announces what the sentence before it names (明年力争完成以下目标。具体如下:)."""
    return line[_last_sentence_start(line) :].strip()


def _last_sentence_start(line: str) -> int:
    end = len(line.rstrip())
    start = max(line.rfind(mark, 0, end) for mark in _SENTENCE_ENDS) + 1
    if end - start <= _BARE_ANNOUNCER and start > 0:
        start = max(line.rfind(mark, 0, start - 1) for mark in _SENTENCE_ENDS) + 1
    return start


# The last month in which reports review the year before (work reports are delivered from
# January to March): a report of later in the year estimates the year it is in.
_REVIEW_SEASON_END = 3
# A last sentence this short (具体如下：, 主要有：) names nothing it announces.
_BARE_ANNOUNCER = 6


def _heading_sets_goals(heading: str, lexicon: Lexicon, doc_year: int | None) -> bool:
    """ "四、2026年重点工作安排" sets goals; "一、2025年主要工作", "2025年计划执行情况" and a
    heading naming a year before the document's do not."""
    if not any(cue in heading for cue in lexicon.goal_sections):
        return False
    if any(cue in heading for cue in lexicon.review_sections):
        return False
    years = [int(year) for year in _YEAR_RE.findall(heading)]
    return not (years and doc_year and max(years) < doc_year)


def _full_sentence_start(context: Context) -> int:
    """Where the number's sentence starts at its full stop: the splitter also ends sentences
    at semicolons, and a goal or an estimate before a colon or opening the sentence governs
    the semicolon-separated items after it."""
    text, paragraph, sentence = context.text, context.paragraph, context.sentence
    return max(
        paragraph.start, *(text.rfind(m, paragraph.start, sentence.start) + 1 for m in "。！？")
    )


def is_an_estimate(
    context: Context, start: int, lexicon: Lexicon, value_year: int | None = None
) -> bool:
    """True when the number at ``start`` is an estimate of a year already over (see
    ``estimates_a_year_gone``): a result not yet final, which the tables keep as approximate
    ("2024年全区一般公共预算收入预计为878.6亿元" in a budget report of January 2025 is 2024's
    revenue, about 878.6亿元; a chart says 约, not that it is final).

    Why: read as exact, a preliminary figure was charted as the year's final one."""
    text = context.text
    if context.in_goal_section or past_value(text, start, context.clause, lexicon):
        return False
    full_start = _full_sentence_start(context)
    # The estimate cue in the number's own clause, or leading its sentence (初步预计，…；…),
    # and no word of a final figure (实际): "针对预计出现的强降雨，…转移群众1.2万人" and
    # "原预计…，实际完成投资62亿元" are final counts.
    clause_before = text[context.clause.start : start]
    if any(word in clause_before for word in lexicon.actual_words):
        return False
    own = any(cue in clause_before for cue in lexicon.estimate_cues)
    if not own and not text[full_start:start].lstrip().startswith(lexicon.estimate_cues):
        return False
    return estimates_a_year_gone(
        text,
        full_start,
        text[full_start:start],
        context.when.year,
        lexicon,
        context.when.present_month,
        value_year,
    )


def is_goal(
    context: Context, start: int, end: int, lexicon: Lexicon, value_year: int | None = None
) -> bool:
    """True when the number at text[start:end] of its ``context`` is a target (see the module
    docstring). ``value_year``: the year its time frame gives the value, if known."""
    text, clause, sentence, paragraph = (
        context.text,
        context.clause,
        context.sentence,
        context.paragraph,
    )
    doc_year, in_goal_section = context.when.year, context.in_goal_section
    if past_value(text, start, clause, lexicon):
        return False
    # The sentence up to its full stop (a goal before a colon or opening the sentence governs
    # the semicolon-separated items after it), or from an opening quotation mark: "表示,“今年
    # 我们计划…" opens what is said.
    full_start = _full_sentence_start(context)
    opening_quote = text.rfind("“", full_start, start)
    if opening_quote > text.rfind("”", full_start, start):
        full_start = opening_quote + 1
    before = text[full_start:start]
    deadline = last_deadline(before, lexicon)
    if deadline is not None and doc_year is not None and deadline < doc_year:
        return False  # 到2020年… in a 2024 report: a goal that is already due
    if not in_goal_section and estimates_a_year_gone(
        text,
        full_start,
        before,
        doc_year,
        lexicon,
        context.when.present_month,
        value_year,
    ):
        return False
    if named_as_goal(text, end, lexicon):
        return True
    clause_before = text[clause.start : start]
    if set_at_the_year_start(clause_before, before, lexicon):
        return True
    clause_after = text[end : clause.end]
    if goal_cued(clause_before, lexicon) or _goal_follows(clause_after, lexicon):
        return True
    if closes_with_a_goal(before, text[end : sentence.end], lexicon):
        return True
    if listed_as_goals(before, text[end : sentence.end], lexicon):
        return True
    if states_the_present(clause_before, lexicon):
        return False  # "剩余的3个", "到10月底已建成7处": the present, beside a goal
    return (
        _governed(before, lexicon)
        or _goal_runs_on(before, lexicon)
        or (
            deadline is not None
            and _deadline_reaches(before, lexicon, doc_year, context.when.present_month)
        )
        or in_goal_section
        or _item_with_a_deadline(text, paragraph.end, doc_year, lexicon)
        or _paragraph_of_a_deadline(
            text[paragraph.start : full_start],
            before,
            doc_year,
            context.when.present_month,
            lexicon,
        )
    )


def _item_with_a_deadline(text: str, end: int, doc_year: int | None, lexicon: Lexicon) -> bool:
    """The paragraph ending at ``end`` is an item of a list of works whose next line gives its
    deadline (``deadline_labels``: 完成时限：2023年9月底前), a year not before the document's:
    the item's figures are what is to be done by then (a district's 民生实事 list: "1、新增中小
    学学位2660个…" over "完成时限：2023年9月底前" and "责任单位：区教委").

    >>> from districts.lexicon import load_lexicon
    >>> text = "1、新增学位2660个。\\n\\n完成时限:2023年9月底前\\n"
    >>> _item_with_a_deadline(text, 12, 2023, load_lexicon())
    True
    >>> _item_with_a_deadline(text, 12, 2024, load_lexicon())
    False
    """
    rest = text[end : end + _DEADLINE_LINE_REACH].lstrip()
    if not rest.startswith(lexicon.deadline_labels):
        return False
    line = rest.split("\n", 1)[0]
    years = [int(year) for year in _YEAR_RE.findall(line)]
    return not (years and doc_year and max(years) < doc_year)


# How far after an item its deadline's line is read: the blank lines between and the line
# (完成时限：2023年9月底前).
_DEADLINE_LINE_REACH = 60


def _paragraph_of_a_deadline(
    earlier: str, before: str, doc_year: int | None, month: int | None, lexicon: Lexicon
) -> bool:
    """A paragraph that opens with a deadline (到2025年底，…) sets a stage's goals in each of
    its sentences, not only the first: "到2024年底，…工作格局初见雏形。…交通领域，绿色出行比例
    达到75.4%，…" (75.4 is a goal). A goal heading run into the paragraph by a page that lost
    its line break (主要目标到2024年底) still opens it with the deadline.

    Only for a number in a later sentence (the first is read by ``_deadline_reaches``) whose
    sentence states neither the present (已, 目前, 当前: ``present_markers``) nor a year of its
    own, under a deadline still to come by the document's date: a year before the document's
    is past, and so is the document's own year in its last month (a review written in December
    says "到2023年底，…" of what was done).

    Example: "到2025年，体系基本建立。全区森林覆盖率达到45%，新增绿地100公顷。" → 45 and 100
    are goals; "到2025年，体系基本建立。当前全区森林覆盖率为44%。" → 44 is not.
    """
    if not earlier.strip():
        return False  # the number's sentence opens the paragraph
    opening = earlier.lstrip(_MARKUP)
    heading = longest_prefix(opening, lexicon.goal_sections)
    opening = opening[len(heading) :].lstrip(":：" + _MARKUP)
    first_clause = re.split(r"[,，;；:：。！？]", opening, maxsplit=1)[0]
    year = last_deadline(first_clause, lexicon)
    if year is None:
        return False
    if doc_year is not None and (year < doc_year or (year == doc_year and month == _DECEMBER)):
        return False
    if _YEAR_RE.search(before) or any(marker in before for marker in lexicon.present_markers):
        return False
    return True


# The last month of a year: a deadline at its end is being reviewed, not set.
_DECEMBER = 12


def estimates_a_year_gone(
    text: str,
    sentence_start: int,
    before: str,
    doc_year: int | None,
    lexicon: Lexicon,
    month: int | None = None,
    value_year: int | None = None,
) -> bool:
    """An estimate (预计, ``estimate_cues``) of a year that is over by the document's date is a
    result not yet final, not a goal: "一、2024年工作回顾 … 初步预计,地区生产总值同比增长4.5%左右;
    …完成区级一般公共预算收入195亿元" in a report of January 2025, "2023年顺义区全年预计完成
    工业总产值1630亿元" in a story of January 2024, "预计去年…", and a preliminary estimate of
    no year still running early in the year (``_a_preliminary_account``). Any other goal cue in the
    sentence (力争, 计划, 将 + verb) keeps it a goal; an estimate of the year still running
    ("预计全年…增长5.5%左右" in a bulletin of October) is a forecast; a part of a report that
    sets goals keeps its estimates goals (the caller's check).

    Why: a work report or a budget report early in a year states the year just ended in
    estimates; read as goals, its results were charted as targets."""
    if doc_year is None:
        return False
    estimates = any_of(lexicon.estimate_cues)
    cue = estimates.search(before)
    if cue is None:
        return False
    if any_of(lexicon.goal_cues).search(estimates.sub("", before)) or goal_auxiliary(
        before, lexicon
    ):
        return False
    if before[cue.end() : cue.end() + _PAST_YEAR_REACH].startswith(lexicon.estimated_past_years):
        return True  # 预计去年…: the year just ended, whatever the date says
    heading = _heading_above(text, sentence_start, lexicon)
    if (month is None or month >= _YEAR_NEARLY_OVER) and _reviews_the_year(
        heading, doc_year, lexicon
    ):
        return True  # "第一部分 2022年工作情况 … 今年,…预计完成186亿元" (December 2022)
    reviewed = value_year is not None and _reviews_the_year(heading, value_year, lexicon)
    # (项目全部建成后，初步预计…: a comma may stand between the deed and the estimate)
    conditional = before[: cue.start()].rstrip(" ,，").endswith(lexicon.estimate_condition_endings)
    if not conditional and _a_preliminary_account(before, cue, month, lexicon):
        return True  # 经初步预计，…增长5.5%左右 (January): a preliminary account of the year gone
    if not conditional and _estimates_a_whole_year_gone(
        before, doc_year, month, value_year, lexicon, reviewed
    ):
        return True  # (not 项目全部达产后预计新增…: what follows a deed, a forecast)
    year = _estimated_year(text, sentence_start, before, lexicon)
    return year is not None and year < doc_year


def _a_preliminary_account(
    before: str, cue: re.Match[str], month: int | None, lexicon: Lexicon
) -> bool:
    """A preliminary estimate (经初步预计, ``preliminary_estimate_words``) early in the year, of
    no year still running or to come (no 今年, 全年, 明年: ``estimated_current_years``; no
    下半年, 今后: ``ahead_words``): an account of the year just ended before its books close,
    as district press releases of January give it ("经初步预计，东城区地区生产总值同比增长5.5%
    左右"). Later in the year a preliminary estimate forecasts (初步预计全年… in October).

    >>> from districts.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> said = "经初步预计，东城区地区生产总值同比增长"
    >>> cue = re.search("预计", said)
    >>> [_a_preliminary_account(said, cue, month, lexicon) for month in (1, 10)]
    [True, False]
    """
    if month is None or month > _REVIEW_SEASON_END:
        return False
    around = before[max(0, cue.start() - _PRELIMINARY_REACH) : cue.end()]
    if not any(word in around for word in lexicon.preliminary_estimate_words):
        return False
    ahead = (*lexicon.estimated_current_years, *lexicon.ahead_words)
    return not any(word in before for word in ahead)


def _estimates_a_whole_year_gone(
    before: str,
    doc_year: int,
    month: int | None,
    value_year: int | None,
    lexicon: Lexicon,
    reviewed: bool = False,
) -> bool:
    """An estimate of "the whole year" (全年, ``whole_year_words``) that names no year of its
    own, of a value its passage times in a year before the document's: a work report
    delivered in January 2015 reviews 2014 under "2014年工作回顾", and "预计全年地区生产总值实现
    550亿元" is 2014's result, not a goal. A written year (展望2024年，预计全年…), 今年 or 明年
    in the sentence, a value of the document's own year, or a document of later in the year
    than its first quarter (a July report on last year's accounts and this year's budget, whose
    预计全年 is this year's) keep it a forecast, unless a heading above reviews the value's
    year (一、2023年工作回顾, reposted in April: ``reviewed``). Without 全年, an estimate of a
    value its passage times in the year just ended is one too, in the same season
    ("2024年，…。地区生产总值预计增速4.5%以上" in January 2025).

    Why: work reports reposted on district portals review the year gone with "预计全年…";
    read as forecasts, their results were charted as targets."""
    if value_year is None or value_year >= doc_year:
        return False
    if not reviewed and (month is None or month > _REVIEW_SEASON_END):
        return False
    whole_year = lexicon.chart_scope.get("whole_year_words", ())  # 全年
    if _YEAR_RE.search(before):
        return False
    others = set(lexicon.estimated_current_years) - set(whole_year)
    if any(word in before for word in others):
        return False
    # 全年 said, or the value's year the one just ended: "2024年，…。地区生产总值预计增速4.5%以上"
    # in a report of January 2025
    return any(word in before for word in whole_year) or value_year == doc_year - 1


# How far before an estimate cue the word making it preliminary stands (初步预计, 初步统计预计)
_PRELIMINARY_REACH = 4


# The month from which a review of the running year reviews a year nearly over: a work report
# of December estimates the year's results; a review of July (上半年工作情况) forecasts.
_YEAR_NEARLY_OVER = 11


def _reviews_the_year(heading: str, year: int, lexicon: Lexicon) -> bool:
    """A heading that reviews ``year`` and no other: the document's own (第一部分 2022年工作
    情况, in a report of December 2022; the caller checks the month), or the year a value is
    of (一、2023年工作回顾 in a report reposted in April): the estimates under it are that
    year's results, reported before the books close, not a forecast."""
    if not any(cue in heading for cue in lexicon.review_sections):
        return False
    return [int(found) for found in _YEAR_RE.findall(heading)] == [year]


def _estimated_year(text: str, sentence_start: int, before: str, lexicon: Lexicon) -> int | None:
    """The year an estimate is of: the latest written in its sentence before the number that is
    no baseline (比2024年, 与2023年相比); else none when the sentence names the year still
    running (今年, 全年); else the year of the first-level heading above it, or of the last
    section mark before it in a report run together on one line (一、2022年工作回顾 …)."""
    baselines, compared = lexicon.estimate_baselines, lexicon.estimate_baselines_after
    years = [
        int(match.group(1))
        for match in _YEAR_RE.finditer(before)
        if not before[max(0, match.start() - _BASELINE_REACH) : match.start()].endswith(baselines)
        # past the year's word (年): 与2023年相比
        and not before[match.end() + 1 : match.end() + 1 + _BASELINE_REACH].startswith(compared)
    ]
    if years:
        return max(years)
    if any(word in before for word in lexicon.estimated_current_years):
        return None  # 预计全年…, 预计今年…: the year still running
    years = [int(y) for y in _YEAR_RE.findall(_heading_above(text, sentence_start, lexicon))]
    if not years:
        floor = max(0, sentence_start - _HEADING_REACH)
        marks = list(lexicon.qualifier_patterns["heading"].finditer(text, floor, sentence_start))
        if marks:
            opening = text[marks[-1].end() : marks[-1].end() + _INLINE_HEADING_YEAR]
            years = [int(y) for y in _YEAR_RE.findall(opening)]
    return max(years) if years else None


def _heading_above(text: str, start: int, lexicon: Lexicon) -> str:
    """The nearest first-level heading line (一、… / 第二部分 / ##) above ``start``, within
    ``_HEADING_REACH`` characters, or ''."""
    pattern = lexicon.qualifier_patterns["heading"]
    end = start
    floor = max(0, start - _HEADING_REACH)
    while end > floor:
        line_start = max(floor, text.rfind("\n", floor, max(floor, end - 1)) + 1)
        line = text[line_start:end].strip()
        if len(line) <= _HEADING_LENGTH and pattern.match(line):
            return line
        end = line_start
    return ""


_BASELINE_REACH = 2  # 比, 较, 相比 right before a year; 相比 right after its 年
_INLINE_HEADING_YEAR = 6  # a year right after a section mark: 一、2022年工作回顾
_PAST_YEAR_REACH = 4  # how far after an estimate cue its year may stand (预计去年, 初步预计去年)
_HEADING_LENGTH = 40  # a first-level heading is a short line (as in goal_sections)
# How far above an estimate its heading is looked for: a report's review opens its section
# with the estimates; a bound keeps a long text of estimates linear.
_HEADING_REACH = 2000


def _governed(before: str, lexicon: Lexicon) -> bool:
    """A goal stated by a part of the sentence that governs the clauses after it: its opening
    clause (with a bare time word before it: "今年,…") or a clause ending in a colon.
    "力争年内引进…150家以上,…达到800家;打造2至4个…": 力争 governs all three; "主要目标为:
    …增长6%左右;…增长4.5%": so does the clause before the colon. A cue in a middle clause
    governs only its own clause, and a clause that states the present ends the goal's reach
    ("计划建设…11处,到10月底已建成7处,…约2.6公顷": the 2.6 is done, not planned)."""
    parts = re.split(r"(?<=[,，;；:：])", before)
    if len(parts) <= 1:
        return False  # the number's own clause is read by the clause rule
    governing = [0, 1] if len(parts[0]) <= 6 and len(parts) >= 3 else [0]
    governing += [i for i, part in enumerate(parts[:-1]) if part.endswith((":", "："))]
    cued = [
        i
        for i in governing
        if i < len(parts) - 1
        and (goal_cued(parts[i], lexicon) or _governs_what_follows(parts[i], lexicon))
    ]
    if not cued:
        return False
    since = "".join(parts[max(cued) + 1 :])
    return not any(marker in since for marker in lexicon.present_markers)


def _deadline_reaches(
    before: str, lexicon: Lexicon, doc_year: int | None = None, month: int | None = None
) -> bool:
    """A deadline (到2035年) makes a goal of the number when it stands in the number's own
    part of the sentence (after the last semicolon) or opens the sentence: "到2027年，…达到
    70%；…提高到45%" (both), but not "…到2035年建筑规模增量占中心城区62%…；国家高新企业达3710家"
    (a plan's figure, then today's count after the semicolon), nor a number after the deadline
    in a clause saying it is today's (``deadline_present_breaks``: 到2026年全线通车，目前已
    完成…60%)."""
    segment = re.split(r"[;；]", before)[-1]
    leads = [segment, re.split(r"[,，;；:：]", before, maxsplit=1)[0]]
    # …or opens what a colon announces: "设定了各区指标:到2020年,甲区控制在46左右;乙区控制在
    # 49左右" (both are the plan's), not "各区进展:到2024年6月,甲区为28;乙区为27" in July 2024
    colon = max(before.rfind(":"), before.rfind("\uff1a"))
    if colon >= 0:
        leads.append(re.split(r"[,，;；:：]", before[colon + 1 :], maxsplit=1)[0])
    for lead in leads:
        year = last_deadline(lead, lexicon)
        if year is None or not _still_to_come(lead, year, doc_year, month):
            continue
        since = before[before.rfind(str(year)) :]
        possessive = alternation(lexicon.possessive_marks)
        if any(
            re.search(f"{re.escape(marker)}(?!{possessive})", since)
            for marker in lexicon.deadline_present_breaks
        ):
            # 提出到2026年全线通车，目前已完成投资120亿元: today's, after the goal (not 由目前
            # 的31.2%提升至35%, where 目前的 dates a from-value only)
            continue
        return True
    return False


def _still_to_come(clause: str, year: int, doc_year: int | None, month: int | None) -> bool:
    """Whether a deadline of ``year`` said in ``clause`` is still ahead on the document's date:
    a later year; in the document's own year, before the deadline's month (到2024年底, 到2024年
    12月 in February; not 到2024年6月 in July, nor 到2024年底 in December)."""
    if doc_year is None or year != doc_year:
        return doc_year is None or year > doc_year
    from districts.facts.timeframe import load_time_lexicon

    said = load_time_lexicon().year_month_re.search(clause)
    due = int(said.group(2)) if said and said.group(2).isdigit() else _DECEMBER
    return month is None or month < due


def _governs_what_follows(part: str, lexicon: Lexicon) -> bool:
    """A clause ending with a verb that sets out what follows (提出, ``goal_governors``):
    "在加强…建设方面提出," before the tasks of a year's plan."""
    return part.rstrip(",，:：").endswith(lexicon.goal_governors)


def _goal_runs_on(before: str, lexicon: Lexicon) -> bool:
    """A goal stated in a middle clause runs on over the commas after it, to the end of its
    part of the sentence (a semicolon ends it): "前三季度增长8.1%，预计全年生产总值将突破800亿元，
    增速在6%以上，年度增量达百亿元" (all three are the forecast), "全年计划新建绿地12万平方米，其中
    新建2.3万平方米，屋顶绿化0.9万平方米" (the plan's parts), "今年还将坚持…，建设…公园，将覆盖率
    提升至91.5%".

    Why: the clauses after a forecast or a plan, joined by commas, go on saying what is
    forecast or planned; read alone they came out as achieved values. A clause that states the
    present or the past (已, 目前, 截至, 去年: ``present_markers``), what was done to date
    (累计: ``goal_reach_stops``) or names a year of its own ends the reach, as in
    ``_governed``. After a cue that states its own number (预计年营收超过1500亿元，聚集企业126家)
    the reach goes only to the parts of the goal (其中…) and to clauses of growths and
    increments (``goal_continuations``: 增速在6%以上, 收入增长10%): a clause of another verb
    there states a fact beside the forecast."""
    segment = re.split(r"[;；]", before)[-1]
    parts = re.split(r"(?<=[,，])", segment)
    if len(parts) <= 1:
        return False  # the number's own clause is read by the clause rule
    cued = [i for i, part in enumerate(parts[:-1]) if goal_cued(part, lexicon)]
    if not cued:
        return False
    later = [part.strip(_MARKUP) for part in parts[max(cued) + 1 :]]
    since = "".join(later)
    if _YEAR_RE.search(since):
        return False
    if any(word in since for word in (*lexicon.present_markers, *lexicon.goal_reach_stops)):
        return False
    if since.startswith(lexicon.mapping.part_markers):
        return True  # 全年计划新建…12万平方米，其中新建…: the plan's parts
    if not re.search(r"\d", parts[max(cued)]):
        return True  # 今年还将坚持…，建设…，将覆盖率提升至…: the plan's values follow its cue
    works = parts[max(cued)]
    if (
        len(re.findall(r"\d+(?:\.\d+)?", works)) >= _LISTED_WORKS
        and goal_auxiliary(works, lexicon)
        and all(_opens_with_a_work(part, lexicon) for part in later)
    ):
        return True  # 将新建开闭器4座、箱变30座，改造配电室22座，新敷设电缆62千米: the works
    verb = _goal_work_verb(works, lexicon)
    return all(_continues_the_goal(part, verb, lexicon) for part in later)


def _goal_work_verb(clause: str, lexicon: Lexicon) -> str:
    """The verb of works right after the goal's auxiliary in ``clause`` (将新增7处… → 新增),
    or ""."""
    for auxiliary in lexicon.goal_auxiliaries:
        at = clause.find(auxiliary)
        if at >= 0:
            verb = longest_prefix(clause[at + len(auxiliary) :], lexicon.planned_work_verbs)
            if verb:
                return verb
    return ""


def _continues_the_goal(clause: str, verb: str, lexicon: Lexicon) -> bool:
    """A clause after a goal that states its own number goes on with the goal when it is a
    growth or an increment (``goal_continuations``: 增速在6%以上), a part of it (其中…) or the
    last of its parts (``clause_list_joiners``: 以及…), or
    opens with the goal's own verb of works again: "将新增7处大型公共绿地，新增绿化面积约
    197.36公顷，其中包括：永引渠滨水绿廊30.5公顷、…" (the plan's area and its parks)."""
    clause = clause.lstrip(_MARKUP)
    return (
        any(word in clause for word in lexicon.goal_continuations)
        or clause.startswith((*lexicon.mapping.part_markers, *lexicon.clause_list_joiners))
        or (bool(verb) and clause.startswith(verb))
    )


def _opens_with_a_work(clause: str, lexicon: Lexicon) -> bool:
    """The clause opens with a verb of a plan's works (``planned_work_verbs``: 改造配电室…,
    新敷设电缆…): a work of its own in a list of works, no subject of its own. 完成, 建成, 出动
    state what is done."""
    return clause.lstrip(_MARKUP).startswith(lexicon.planned_work_verbs)


# A goal's clause listing this many values at least is a list of works (将新建A 4座、B 30座),
# whose run over the commas goes on while each clause opens with a verb of its own work; one
# value (计划开展的实验超过200项，来自…) describes a thing, and the clause after it says more of it.
_LISTED_WORKS = 2


def states_the_present(clause_before: str, lexicon: Lexicon) -> bool:
    """A present marker in the clause before the number, unless it only dates a from-value
    before ours ("将由目前的31%提升至35%": 目前的 is the 31%'s time; the 35% is the goal)."""
    for marker in lexicon.present_markers:
        at = clause_before.find(marker)
        while at >= 0:
            after = clause_before[at + len(marker) :]
            if not (after[:1] in lexicon.possessive_marks and re.search(r"\d", after)):
                return True
            at = clause_before.find(marker, at + 1)
    return False


def closes_with_a_goal(before: str, rest: str, lexicon: Lexicon) -> bool:
    """ "其中荒山造林2万余亩,台地造林9000亩,预计在年底前完工": a sentence whose last clause
    opens with a goal cue and states no value of its own (a date is no value) says when the
    whole list before it is to be done: each value of the list is a target. Not when the
    sentence states the present before the number ("已建成3条产线,…,预计明年量产": the
    plan is another line's), nor when it says the values were achieved ("完成荒山造林2万余亩,
    …,计划于年底前全部完工": 完成, ``closing_goal_blockers``; the plan is the rest of the work),
    nor when the number's own clause says its things were begun (两座公园近日开工建设,…,预计
    2024年对外开放: ``closing_goal_begun``).
    ``before``/``rest``: the sentence before and after the number."""
    if any_of(lexicon.present_markers).search(before):
        return False
    if any_of(lexicon.closing_goal_blockers).search(before):
        return False
    clauses = [part.strip() for part in re.split(r"[,，;；]", rest.rstrip("。！？!?\n "))]
    if any_of(lexicon.closing_goal_begun).search(clauses[0]):
        return False  # 两座公园近日开工建设，…，预计2024年对外开放: begun, a count of now
    if len(clauses) < 2 or not clauses[-1].startswith(lexicon.closing_goal_cues):
        return False
    dates = "|".join(re.escape(word) for word in (*lexicon.date_units, *lexicon.year_words))
    return not re.search(r"\d", re.sub(rf"\d+(?:{dates})", "", clauses[-1]))


def listed_as_goals(before: str, rest: str, lexicon: Lexicon) -> bool:
    """ "延庆提出常住人口规模控制在38万人以内、空气质量继续保持全市领先…等目标。": a list that a
    governor of goals (提出, ``goal_governors``) opens and 等 with a noun of goals closes
    (等目标, 等任务: ``listed_goal_endings``) names each of its items a goal, bounded or not.
    ``before``/``rest``: the sentence before and after the number.

    Why: a district's plan, reported, lists its targets this way; each was read as a bound or
    a change already reached."""
    if not any(governor in before for governor in lexicon.goal_governors):
        return False
    if any(marker in before for marker in lexicon.present_markers):
        return False
    return rest.rstrip("。！？!?；;\n ").endswith(lexicon.listed_goal_endings)


def goal_cued(before: str, lexicon: Lexicon) -> bool:
    """A goal cue (力争, 预计), a goal auxiliary followed by a verb (将建成, 计划新增), a
    window of years to come (三年内新建) or a plan's list of works (规划主要为新建…,
    建设内容及规模:…: ``planned_works``) in ``before``; 虚拟 is no 拟, 将近 no 将. Words that
    only say a season is coming (为迎接即将到来的汛期: ``upcoming``) set no goal: the drill
    held for it is done; nor does an office's name (规划建设科科长: ``office_names``)."""
    before = lexicon.qualifier_patterns["upcoming"].sub("", before)
    before = lexicon.qualifier_patterns["office_names"].sub("", before)  # 规划建设科科长: a post
    return (
        bool(any_of(lexicon.goal_cues).search(before))
        or goal_auxiliary(before, lexicon)
        or _future_window(before, lexicon)
        or lexicon.qualifier_patterns["planned_works"].search(before) is not None
    )


def _future_window(before: str, lexicon: Lexicon) -> bool:
    """三年内新建…: a window of years still to come, unless the words before the number state
    what is done (已, 累计: "三年内累计建成公园20处")."""
    if lexicon.qualifier_patterns["future_window"].search(before) is None:
        return False
    return not any_of((*lexicon.present_markers, *lexicon.goal_reach_stops)).search(before)


def _goal_follows(after: str, lexicon: Lexicon) -> bool:
    """ "改造管网约27公里也将在年底前全部完工": the clause goes on to say it is still to come."""
    return bool(any_of(lexicon.goal_cues_after).search(after)) or goal_auxiliary(after, lexicon)


def past_value(text: str, start: int, clause: Span, lexicon: Lexicon) -> bool:
    """ "比去年的19公里", "从2019年的38微克/立方米": a value of the past, stated beside a goal."""
    lead = text[clause.start : start].rstrip(_MARKUP)
    return lexicon.qualifier_patterns["past_value"].search(lead) is not None


def last_deadline(before: str, lexicon: Lexicon) -> int | None:
    """The year of the last deadline (到2028年, 2026年前) in ``before``; also one a subject
    opens its clause with ("未来科学城到2035年，建成…", "全区到2025年，": see
    ``timeframe.deadline_after_a_subject``)."""
    from districts.facts.timeframe import deadline_after_a_subject

    pattern = lexicon.qualifier_patterns["deadline"]
    found = [(m.start(), int(next(g for g in m.groups() if g))) for m in pattern.finditer(before)]
    at = 0
    for clause in _CLAUSE_SPLIT_RE.split(before):
        year = deadline_after_a_subject(clause)
        if year is not None:
            found.append((at, year))
        at += len(clause) + 1
    return max(found)[1] if found else None


_CLAUSE_SPLIT_RE = re.compile(r"[,，;；:：。！？]")


def set_at_the_year_start(clause_before: str, sentence_before: str, lexicon: Lexicon) -> bool:
    """ "一般公共预算收入年初预算为312.5亿元", "增长由年初的2%调整为-4%左右": a figure whose clause
    says it was set at the start of the year, and the figure a later clause of the sentence
    adjusted it to (执行中调整为305亿元), are plans. "完成年初预算的102.3%" (the share of the
    budget done) and the sentence's other figures are results, and so is a balance at the
    start of the year (较年初的1200亿元)."""
    cues = lexicon.year_start_plan_cues
    before = clause_before.rstrip()
    if any(cue in before for cue in cues):
        done = any(before.endswith(cue + mark) for cue in cues for mark in lexicon.possessive_marks)
        return not done
    return before.endswith(lexicon.plan_adjustments) and any(cue in sentence_before for cue in cues)


def named_as_goal(text: str, end: int, lexicon: Lexicon) -> bool:
    """ "离60%的目标", "与6.5张的规划目标": the number is the goal itself."""
    after = text[end : end + 8].lstrip(_MARKUP)
    return after.startswith(lexicon.goal_after)


_VERB_FLAGS = ("v", "d", "t")


def goal_auxiliary(before: str, lexicon: Lexicon) -> bool:
    """将 or 计划 followed by a verb, an adverb or a time: 将再新建, 计划明年…完工; not the 将 of
    "将网格责任落实到…" nor the noun 计划 of "计划总投资". The catalog's terms are words for
    the segmenter, so the verb may start a longer token (拟 + 新建公园); 将对 with its object
    and then the verb of the work (将对原址进行改造: ``goal_object_first``) is a goal too,
    unless the phrase is what 将 ("take") lists or joins (将对…进行改造列为民生实事)."""
    if not any_of(lexicon.goal_auxiliaries).search(before):
        return False
    from districts.facts.words import pos_tags  # jieba and its dictionary load on first use

    tokens = pos_tags(before)
    earlier: list[str] = []  # the two words before ``word``
    at = 0  # where the word after ``word`` starts in ``before``
    for (word, _), (next_word, flag) in itertools.pairwise(tokens):
        at += len(word)
        # 每天要销售, 每天都要排队: a frequency one or two words before makes it a habit
        habitual = any(w.endswith(lexicon.habitual_leads) for w in earlier)
        earlier = [*earlier[-1:], word]
        if habitual or word not in lexicon.goal_auxiliaries:
            continue
        if flag.startswith(_VERB_FLAGS) or next_word.startswith(lexicon.goal_aux_followers):
            return True
    if lexicon.qualifier_patterns["goal_object_first"].search(before):
        return True  # 项目将对原址地貌进行改造提升
    return _after_a_time_to_come(tokens, lexicon)


def _after_a_time_to_come(tokens: list[tuple[str, str]], lexicon: Lexicon) -> bool:
    """ "首批9个实验室承载空间年底将封顶": 将 right after a time word (年底将, 明年将) states
    the future whatever the tagger calls the word after it (封顶 is tagged a noun); not after a
    time of the past (去年将…, 此前将…: 将 = "take")."""
    for (time, flag), (word, _) in itertools.pairwise(tokens):
        if flag == "t" and word in lexicon.goal_auxiliaries:
            if not any(past in time for past in lexicon.past_time_words):
                return True
    return False
