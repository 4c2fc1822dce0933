"""The theme (ecology, industry, resilience, society, other) of a number, from its
indicator or from the words of its sentence and paragraph.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from districts.catalog import Indicator
from districts.facts.phrases import (
    any_of,
)

if TYPE_CHECKING:
    pass
from districts.facts.attribute.common import (
    _CASUALTY_CONTEXT,
    _CASUALTY_REACH,
    _DISTANCE_PLACE_LENGTH,
    _GENERIC_REACH,
    _THEME_SCORE_CACHE,
)

_INDUSTRY = "industry"  # the theme of an industry's name (theme_industry_heads)


class Themes:
    """The theme (ecology, industry, resilience, society, other) of a number, from its
    indicator or from the words of its sentence and paragraph.
    """

    def theme_of(
        self,
        indicator: Indicator | None,
        term: str,
        scopes: list[str],
        unit: str = "",
        opening: str = "",
    ) -> str:
        """The indicator's theme, else the theme whose keywords the nearest scope names most
        (the clause, the term, then the sentence, paragraph and the lines before), each keyword
        weighed by its length and the times it occurs; a value in a unit only one theme measures
        in (``unit_themes``: 微克/立方米) is that theme's. The clause comes before the term: in
        "恢复供水村庄178个" the term 村庄 would say society, the clause says restoring supply.

        Denominators (万元地区生产总值能耗, 约为同期地区生产总值的1.7倍) count for no theme:
        the measure is the energy use, the GEP.
        A scope that names only generic words (投资, 平台) lets the next scope decide when that
        one names something specific: "累计完成投资238.6亿元" in a sentence about 恢复重建."""
        if indicator is not None:
            return indicator.theme
        if self._distance_from_a_place(term, unit):
            return "other"  # 西距北京市区70公里: where a place lies, no theme's measure
        for theme, units in self.lexicon.unit_themes.items():
            if unit in units:
                return theme  # 46微克/立方米: a pollutant's concentration, whatever the words
        acted = self._action_theme(scopes, opening)
        if acted is not None:
            return acted
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

    def _distance_from_a_place(self, term: str, unit: str) -> bool:
        """A length whose term says how far a place lies from another (``distance_marks``: 距
        怀柔城区38公里, 县域南端距市区8公里, 东距天津市区90公里): geography, not a measure
        of ecology, industry or resilience. Not a gap or a spacing (``distance_mark_breaks``:
        差距, 株距), nor a distance covered (巡护距离累计1.2万公里: no place after the mark).

        Why: the distance took the theme of the words around it (a peach county's industry,
        a reservoir's ecology) and was charted under it."""
        known = self.catalog.units.get(unit)
        if known is None or known.kind != "length":
            return False
        for word in self.lexicon.distance_mark_breaks:
            term = term.replace(word, " ")
        for mark in self.lexicon.distance_marks:  # longest first: 距离 before 距
            at = term.find(mark)
            if at >= 0:
                # the place it lies from after the mark (距怀柔城区), not a distance covered
                # (巡护距离) nor a spacing (株距: distance_mark_breaks)
                return len(term[at + len(mark) :].strip()) >= _DISTANCE_PLACE_LENGTH
        return False

    def casualty_count_theme(self, text: str, start: int, end: int) -> str | None:
        """The theme (``casualty_count_themes``) of a count of incidents with its people
        straight after it, or of those people, where the text up to it speaks of accidents
        within a section's reach (``casualty_events``, ``_CASUALTY_CONTEXT``): "建筑业12起12人"
        under 工矿商贸事故情况 and "事故73起、死亡80人" count accidents and their dead,
        whatever the category before them names (建筑业, 环境); None for any other number
        (盗窃案12起15人: crimes).

        Why: a work-safety bulletin's accidents by trade and by cause were charted as industry,
        society and ecology."""
        context = text[max(0, start - _CASUALTY_CONTEXT) : end]
        if not any(word in context for word in self.lexicon.casualty_events):
            return None
        for theme, units in self.lexicon.casualty_count_themes.items():
            incident, people = self._casualty_count_res[theme]
            if text[start:end].endswith(units) and incident.match(text, end):
                return theme
            if self._people_counted_re.fullmatch(text, start, end) and people.search(
                text, max(0, start - _CASUALTY_REACH), start
            ):
                return theme
        return None

    def _action_theme(self, scopes: list[str], opening: str = "") -> str | None:
        """The theme of an event whose action the clause or sentence states, when the sentence
        or the paragraph names that theme: in a flood story "全区19家旅游景区全部关闭" and "转移
        96户" are flood measures (closing, evacuating), though 景区 and 旅游 are industry's
        words. In a story whose ``opening`` (title and first paragraph) names a disaster
        (``story_disasters``), 异地安置房 house those it drove out, however far down.
        ``theme_actions`` in data/lexicon.yaml lists each theme's actions."""
        near = " ".join(scopes[:2])
        for theme, actions in self.lexicon.theme_actions.items():
            if not any_of(actions).search(near):
                continue
            if any(self._theme_scores(scope)[0][theme] for scope in scopes[1:3]):
                return theme
        # an action said in the number's own clause (``theme_clause_actions``: 提供救助), the
        # theme's words in its sentence, and not a kind of help of another theme's
        # (``theme_clause_action_kinds``: 医疗救助, 社会救助)
        for theme, actions in self.lexicon.theme_clause_actions.items():
            if not scopes or not any_of(actions).search(scopes[0]):
                continue
            if any(kind in scopes[0] for kind in self.lexicon.theme_clause_action_kinds):
                continue
            if len(scopes) > 1 and self._theme_scores(scopes[1])[0][theme]:
                return theme
        # a story's action (``story_theme_actions``), when its opening names the disaster
        for theme, actions in self.lexicon.story_theme_actions.items():
            disasters = self.lexicon.story_disasters.get(theme, ())
            if any(action in near for action in actions) and any(d in opening for d in disasters):
                return theme
        return None

    def _theme_scores(self, scope: str) -> tuple[Counter[str], Counter[str]]:
        """Keyword scores of each theme in ``scope``: specific words, generic words.

        The numbers of one paragraph share its sentence and paragraph scopes, so the scores
        of the last few scopes are kept (the caller only reads them).
        """
        cached = self._theme_score_cache.get(scope)
        if cached is None:
            cached = self._theme_scores_uncached(scope)
            if len(self._theme_score_cache) >= _THEME_SCORE_CACHE:
                self._theme_score_cache.clear()
            self._theme_score_cache[scope] = cached
        return cached

    def _theme_scores_uncached(self, scope: str) -> tuple[Counter[str], Counter[str]]:
        """A street's or town's name says nothing of a theme: 龙泉镇 is no spring (泉), 金融街
        街道 no finance, 温泉镇 and 琉璃河镇 no water; sites are kept (奥林匹克森林公园 is a
        forest park). Another theme's word before ``theme_industry_heads`` (轨道交通产业) names
        an industry: it counts for industry."""
        scope = self._street_names_re.sub(" ", scope)
        if self.lexicon.theme_denominator is not None:
            scope = self.lexicon.theme_denominator.sub(" ", scope)
        if self.lexicon.theme_partner_bodies is not None:
            # 在教委、园林、公园等部门的配合下: the bodies who helped, no theme of the measure
            scope = self.lexicon.theme_partner_bodies.sub(" ", scope)
        for word in self.lexicon.theme_neutral:
            scope = scope.replace(word, " ")
        specific: Counter[str] = Counter()
        weak: Counter[str] = Counter()
        # Longest words first (ranked in __init__), and a word inside a longer one already
        # counted does not count again: 住宿业 (hospitality) is not also 住宿 (lodging).
        taken = [False] * len(scope)
        for word, theme in self._theme_words.candidates(scope):
            start = scope.find(word)
            while start >= 0:
                end = start + len(word)
                if not any(taken[start:end]):
                    taken[start:end] = [True] * len(word)
                    scores = weak if word in self.lexicon.theme_weak else specific
                    # 轨道交通产业, 文化产业: the industry of the thing the word names
                    head = next(
                        (h for h in self.lexicon.theme_industry_heads if scope.startswith(h, end)),
                        "",
                    )
                    named = bool(head) and not scope.startswith(
                        self.lexicon.theme_industry_sites, end + len(head)
                    )  # (养老产业园新增床位: a site's name, its beds care's)
                    scores[_INDUSTRY if named else theme] += len(word)  # the theme talked of most
                start = scope.find(word, end)
        return specific, weak
