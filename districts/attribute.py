"""What a quantity is about: its district, the term naming it, its indicator and theme, its year."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from districts.catalog import Catalog, Indicator
from districts.extract import Lexicon, Quantity, years_in
from districts.numbers import CHINESE_NUMERAL_CHARS
from districts.split import Span

NATION = "全国"
MUNICIPALITY = "北京市"

# A term is the noun phrase next to the number; past this many characters it is a clause.
_MAX_TERM = 14
# Where a term cannot reach across; word-level boundaries (verbs, prepositions) are left to
# the part-of-speech tagger, which does not cut 中心 at 中.
_TERM_STOP_RE = re.compile(r"[,，、;；:：。！？!?()（）“”\"《》【】\s]|的|和|及|与")
_LIST_MARK_RE = re.compile("[、;；和]")
_NATIONAL_COUNT_RE = re.compile(f"(全国|我国)共?有?[^,，]{{0,4}}[\\d{CHINESE_NUMERAL_CHARS}]")
_FILLER_AFTER_RE = re.compile(r"(的|个|家|项|余|多)+")  # used with .match(text, pos)


class Attributor:
    def __init__(self, catalog: Catalog, lexicon: Lexicon) -> None:
        self.catalog = catalog
        self.lexicon = lexicon
        aliases: list[tuple[str, str, bool]] = []
        for district in catalog.districts:
            for alias in district.aliases:
                aliases.append((alias.text, district.name, alias.needs_suffix))
        aliases.sort(key=lambda item: len(item[0]), reverse=True)
        self._alias_owner = {text: (name, needs_suffix) for text, name, needs_suffix in aliases}
        alternation = "|".join(re.escape(text) for text, _, _ in aliases)
        self._alias_re = re.compile(f"(?:{alternation})") if aliases else None
        synonyms = [
            (synonym, indicator)
            for indicator in catalog.indicators
            for synonym in indicator.synonyms
        ]
        synonyms.sort(key=lambda item: len(item[0]), reverse=True)
        self._synonyms = synonyms
        register_terms(
            [synonym for synonym, _ in synonyms]
            + [word for words in lexicon.theme_keywords.values() for word in words]
        )

    # --- districts ----------------------------------------------------------------------

    def district_mentions(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, str]]:
        """(position, district name) of each district named in text[start:end]."""
        if self._alias_re is None:
            return
        end = len(text) if end is None else end
        for match in self._alias_re.finditer(text, start, end):
            name, needs_suffix = self._alias_owner[match.group()]
            following = text[match.end() : match.end() + 1]
            if needs_suffix and following not in ("区", "县"):
                continue
            bare = not match.group().endswith(("区", "县", "區", "縣"))
            if bare and not needs_suffix and _continues_a_name(following):
                continue  # 怀柔科学城, 密云水库: a place named after the district
            yield match.start(), name

    def main_district(self, text: str, title: str | None = None) -> tuple[str | None, str]:
        """The district a document is about, and a note when that was a close call.

        The district named most wins; names in the title and the opening count more. A tie
        goes to the district named first, and the note says so.
        """
        weights: Counter[str] = Counter()
        first_seen: dict[str, int] = {}
        opening_end = min(len(text), 300)
        for position, name in self.district_mentions(text):
            weights[name] += 3 if position < opening_end else 1
            first_seen.setdefault(name, position)
        if title:
            for _, name in self.district_mentions(title):
                weights[name] += 5
                first_seen.setdefault(name, -1)
        if not weights:
            return None, ""
        ranked = sorted(weights, key=lambda name: (-weights[name], first_seen[name]))
        tied = [name for name in ranked if weights[name] == weights[ranked[0]]]
        if len(tied) > 1:
            return ranked[0], (
                f"names {', '.join(tied)} equally often; attributed to {ranked[0]} (named first)"
            )
        return ranked[0], ""

    def is_municipal_total(self, text: str, term_start: int, quantity: Quantity) -> bool:
        """ "高于全市森林覆盖率44.9%": a total of Beijing's, named right before its term."""
        if quantity.kind == "rank":
            return False  # 全市第一 ranks the district
        before = text[max(0, term_start - 5) : term_start].removesuffix("的")
        return before.endswith(self.lexicon.municipality_subjects)

    def district_of(self, text: str, clause: Span, sentence: Span, main: str) -> str:
        """The main district unless the clause is about another place."""
        before = text[clause.start : clause.end]
        named = [name for _, name in self.district_mentions(text, clause.start, clause.end)]
        if main in named or not named:
            if not named and self._about_the_nation(before):
                return NATION
            return main
        return named[0]

    @staticmethod
    def _about_the_nation(clause_text: str) -> bool:
        """全国29个实验区, 全国共有…: a national count. (国家级…, 中国(北京)… are not.)"""
        return _NATIONAL_COUNT_RE.search(clause_text) is not None

    # --- term, indicator and theme ----------------------------------------------------

    def describe(
        self, text: str, quantity: Quantity, clause: Span, sentence: Span
    ) -> tuple[Indicator | None, str, tuple[int, int] | None]:
        """The indicator (if the catalog knows it), the term and where the term stands."""
        indicator, found = self._nearest_indicator(text, quantity, clause)
        if indicator is not None and found is not None:
            return indicator, indicator.name, found
        term, span = self._term_near(text, quantity, clause)
        if span is None:
            # No subject next to the number ("…生产总值一年一个百亿台阶,从2020年的973.8亿元"):
            # the subject is the one of the clause before, unless that clause already gave
            # its subject a number of its own ("潜在独角兽企业22家,全市共两个灯塔工厂").
            previous = Span(max(sentence.start, clause.start - 24), quantity.start)
            indicator, found = self._nearest_indicator(text, quantity, previous, reach=None)
            if indicator is not None and found is not None:
                if not re.search(r"\d", text[found[1] : clause.start]):
                    return indicator, indicator.name, found
        return None, term, span

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
        for synonym, indicator in self._synonyms:
            position = window.find(synonym)
            while position >= 0:
                start = window_start + position
                span = (start, start + len(synonym))
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
                    if (
                        self._unit_fits(indicator, quantity)
                        and not ends_a_list
                        and not _LIST_MARK_RE.search(gap)
                        and "分别" not in gap
                        and self._action_stated(indicator, text, clause, quantity)
                    ):
                        distance = (
                            quantity.start - span[1]
                            if span[1] <= quantity.start
                            else span[0] - quantity.end + 4  # prefer the term before the number
                        )
                        if distance >= 0 and (best is None or distance < best[0]):
                            best = (distance, indicator, span)
                position = window.find(synonym, position + 1)
        if best is None:
            return None, None
        return best[1], best[2]

    @staticmethod
    def _last_of_a_list(text: str, start: int, floor: int) -> bool:
        """True when the term at ``start`` closes a list whose items have no number of their
        own ("新增休闲公园、口袋公园|等10处"), unlike "创新型企业574家、专精特新企业420家"."""
        if text[start - 1 : start] not in ("、", "和", "及", "与"):
            return False
        item_start = max(floor, *(text.rfind(p, floor, start - 1) + 1 for p in ",，;；:："))
        return not re.search(r"\d", text[item_start : start - 1])

    def _action_stated(
        self, indicator: Indicator, text: str, clause: Span, quantity: Quantity
    ) -> bool:
        """新增雨量站 counts added stations: the sentence must say they were added."""
        prefix = next((p for p in self.lexicon.action_prefixes if indicator.name.startswith(p)), "")
        if not prefix:
            return True
        start = max(0, text.rfind("。", 0, clause.start) + 1)
        ends = [e for e in (text.find("。", quantity.end), text.find("；", quantity.end)) if e >= 0]
        return prefix in text[start : min(ends) if ends else len(text)]

    def _unit_fits(self, indicator: Indicator, quantity: Quantity) -> bool:
        if quantity.needs_term_unit or quantity.unit == indicator.unit:
            return True
        unit = self.catalog.units.get(indicator.unit)
        return unit is not None and unit.kind == quantity.kind == "count"

    def _term_near(self, text: str, quantity: Quantity, clause: Span):
        """The noun phrase right before or right after the number (before wins for rates,
        money and ranks, which Chinese writes after their subject: 森林覆盖率68.5%)."""
        stops = list(_TERM_STOP_RE.finditer(text, clause.start, quantity.start))
        before_start = stops[-1].end() if stops else clause.start
        phrase, trimmed = self._strip_linking(text[before_start : quantity.start])
        before = _trailing_noun_phrase(phrase)
        before_end = before_start + trimmed + len(phrase)
        filler = _FILLER_AFTER_RE.match(text, quantity.end, clause.end)
        after_start = filler.end() if filler else quantity.end
        after = _leading_noun_phrase(text[after_start : min(clause.end, after_start + 20)])
        prefer_before = quantity.kind in ("rate", "money", "rank", "concentration")
        if before and before_end == quantity.start and (prefer_before or not after):
            return before, (before_end - len(before), before_end)
        if after:
            return after, (after_start, after_start + len(after))
        if before:
            return before, (before_end - len(before), before_end)
        return "", None

    def _strip_linking(self, phrase: str) -> tuple[str, int]:
        """Drop the linking verbs between a term and its number (已达到, 保持, 为)."""
        changed = True
        while changed and phrase:
            changed = False
            for word in self.lexicon.linking_words:
                if phrase.endswith(word):
                    phrase = phrase[: -len(word)]
                    changed = True
                    break
        return phrase, 0

    def theme_of(self, indicator: Indicator | None, term: str, scopes: list[str]) -> str:
        """The indicator's theme, else the theme whose keywords the nearest scope names most
        (the clause, the term, then the sentence, paragraph and the lines before), each keyword
        weighed by its length and the times it occurs. The clause comes before the term: in
        "恢复供水村庄178个" the term 村庄 would say society, the clause says restoring supply.

        Denominators (万元地区生产总值能耗, 约为同期地区生产总值的1.7倍) count for no theme:
        the measure is the energy use, the GEP.
        A scope that names only generic words (投资, 平台) lets the next scope decide when that
        one names something specific: "累计完成投资238.6亿元" in a sentence about 恢复重建."""
        if indicator is not None:
            return indicator.theme
        generic: str | None = None
        # clause, term (when borrowed from an earlier clause), sentence, paragraph, the lines
        # before: generic words wait at most for the sentence
        for index, scope in enumerate((*scopes[:1], term, *scopes[1:])):
            specific, weak = self._theme_scores(scope)
            if specific:
                return specific.most_common(1)[0][0]
            if generic is not None and index >= _GENERIC_REACH:
                return generic  # the sentence named nothing specific either
            if weak and generic is None:
                generic = weak.most_common(1)[0][0]
        return generic or "other"

    def _theme_scores(self, scope: str) -> tuple[Counter[str], Counter[str]]:
        """Keyword scores of each theme in ``scope``: specific words, generic words."""
        if self.lexicon.theme_denominator is not None:
            scope = self.lexicon.theme_denominator.sub(" ", scope)
        for word in self.lexicon.theme_neutral:
            scope = scope.replace(word, " ")
        specific: Counter[str] = Counter()
        weak: Counter[str] = Counter()
        for theme, words in self.lexicon.theme_keywords.items():
            for word in words:
                count = scope.count(word)  # the theme the scope talks about most
                if count:
                    scores = weak if word in self.lexicon.theme_weak else specific
                    scores[theme] += len(word) * count
        return specific, weak

    # --- year -------------------------------------------------------------------------

    @staticmethod
    def year_of(
        text: str,
        quantity: Quantity,
        clause: Span,
        sentence: Span,
        paragraph: Span,
        doc_year: int | None,
    ) -> int | None:
        """The year a value refers to: stated in its sentence, or relative to the document's date.

        No year for per-period amounts (每年5000万元), for values said to be current (现在,
        目前), or from a year that starts a period (2022年以来), is a baseline (较2020年) or
        stands in a title (《…2014年度…》). A date with only a month (12月,…) continues the
        year last stated in the paragraph. 今年/去年 are read only in the number's own clause.
        """
        before = text[sentence.start : quantity.start]
        if re.search(r"每(年|季度|月)[^,，;；]{0,6}$", before):
            return None
        stated = [(pos, year) for pos, year in years_in(text, sentence) if pos < quantity.start]
        if stated:
            position, year = stated[-1]
            since = text[position + 5 : quantity.start]
            return None if any(m in since for m in _PRESENT_MARKERS) else year
        if _MONTH_ONLY_RE.search(before):
            earlier = years_in(text, Span(paragraph.start, sentence.start))
            if earlier:
                return earlier[-1][1]
        clause_before = text[clause.start : quantity.start]
        opening = _TIME_ONLY_OPENING_RE.match(text, sentence.start, sentence.end)
        if opening:  # "今年上半年,地区生产总值…": the opening sets the time of the sentence
            clause_before = opening.group(1) + clause_before
        if doc_year is not None:
            if "去年" in clause_before or "上年" in clause_before:
                return doc_year - 1
            if any(cue in clause_before for cue in ("今年", "本年", "上半年", "前三季度")):
                return doc_year
        return None


_GENERIC_REACH = 2  # index of the sentence in theme_of's scopes (clause, term, sentence, …)
_TIME_ONLY_OPENING_RE = re.compile(r"((?:今年|去年|本年)?(?:上半年|前三季度|以来)?)[,，]")
_MONTH_ONLY_RE = re.compile(r"(?<![\d年])(1[0-2]|[1-9])月")
_PRESENT_MARKERS = ("现在", "目前", "如今", "至今", "当前", "现有")


_NOUNS = {"n", "nr", "ns", "nt", "nz", "nrt", "ng", "j", "l", "eng", "an", "nrfg"}
_MODIFIERS = {"vn", "a", "b", "f", "s", "ag"}
# Verbs that belong inside a measured thing's name: 收入占全区比重.
_TERM_VERBS = {"占", "占比"}


def _pos(text: str) -> list[tuple[str, str]]:
    import jieba.posseg  # the dictionary loads on first use, not when a build only reads caches

    if _PENDING_TERMS:
        jieba.setLogLevel(60)
        for word in sorted(_PENDING_TERMS):
            jieba.add_word(word, freq=20000, tag="n")
        _REGISTERED_TERMS.update(_PENDING_TERMS)
        _PENDING_TERMS.clear()
    return [(pair.word, pair.flag) for pair in jieba.posseg.lcut(text, HMM=False)]


def register_terms(words: Iterable[str]) -> None:
    """Teach jieba the catalog's terms as nouns, so that 算力规模 is not cut into 算 + 力规模.

    Once per process: every add_word also raises jieba's total frequency, so adding the same
    words again would change how everything else is segmented.
    """
    for word in words:
        if len(word) > 1 and word.isalnum() and word not in _REGISTERED_TERMS:
            _PENDING_TERMS.add(word)


_PENDING_TERMS: set[str] = set()
_REGISTERED_TERMS: set[str] = set()


def _leading_noun_phrase(text: str) -> str:
    """Nouns and their modifiers from the start of ``text``, ending on a noun."""
    length = 0
    end_on_noun = 0
    for word, flag in _pos(text):
        if flag in _NOUNS:
            length += len(word)
            end_on_noun = length
        elif (flag in _MODIFIERS or word in _TERM_VERBS) and length + len(word) <= _MAX_TERM:
            length += len(word)
        else:
            break
        if length >= _MAX_TERM:
            break
    return text[: min(end_on_noun, _MAX_TERM)]


def _trailing_noun_phrase(text: str) -> str:
    """Nouns and their modifiers at the end of ``text``, which must end on a noun."""
    tokens = _pos(text)
    if not tokens or tokens[-1][1] not in _NOUNS:
        return ""
    length = 0
    for word, flag in reversed(tokens):
        if flag not in _NOUNS and flag not in _MODIFIERS and word not in _TERM_VERBS:
            break
        if length + len(word) > _MAX_TERM:
            break
        length += len(word)
    phrase = text[len(text) - length :]
    while phrase and phrase[0] in "的之":
        phrase = phrase[1:]
    return phrase


def _continues_a_name(char: str) -> bool:
    """True when ``char`` makes a district name part of a longer proper noun (怀柔科学城)."""
    return bool(char) and "\u4e00" <= char <= "\u9fff" and char not in _DISTRICT_FOLLOWERS


# Characters that may follow a bare district name without making it another name.
_DISTRICT_FOLLOWERS = set("区县的在是全已将共有和与及等为把从对以也还都这各")
