"""The cue words the facts stage reads around a number: ``data/lexicon.yaml``, loaded once and
checked on load, so that a missing or malformed entry is a ``CatalogError`` naming the file and
the entry, never a failure later in the middle of a build.

Data, not code: a new cue word is a line in the YAML file; this module only knows its shape.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from districts import paths
from districts.catalog import read_yaml
from districts.errors import CatalogError

LEXICON_PATH = paths.DATA_DIR / "lexicon.yaml"


@dataclass(frozen=True)
class Lexicon:
    qualifier_before: dict[str, tuple[str, ...]]
    qualifier_after: dict[str, tuple[str, ...]]
    target_cues: tuple[str, ...]
    linking_words: tuple[str, ...]
    discourse_nouns: tuple[str, ...]
    rank_cues: tuple[str, ...]
    theme_keywords: dict[str, tuple[str, ...]]
    duration_cues: tuple[str, ...]
    count_cues: tuple[str, ...]
    enumeration_marks: tuple[str, ...]
    label_followers: tuple[str, ...]
    not_after_chinese_numerals: frozenset[str]
    counted_nouns: dict[str, str]
    per_period: tuple[str, ...]
    unit_word_starts: tuple[str, ...]
    action_prefixes: tuple[str, ...]
    municipality_subjects: tuple[str, ...]
    not_facts: NotFactCues  # cue words of the rules that say a number is not a fact
    # Text layer (normalize.py): page furniture and web-page chrome.
    page_number_words: dict[str, tuple[str, ...]]
    web_related_headings: tuple[str, ...]
    web_pager_cues: tuple[str, ...]
    web_footer_cues: tuple[str, ...]
    text_tables: dict[str, tuple[str, ...]]  # header cue words of tables laid out as text
    forms: NumberFormWords  # cue words of the number forms (ratios, ranks, shares, …)
    # Which district a fact is about (attribute.py).
    district_followers: frozenset[str] = frozenset()
    district_suffixes: tuple[str, ...] = ()
    district_groups: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    municipality_bare: tuple[str, ...] = ()
    media_suffixes: tuple[str, ...] = ()
    comparison_cues: tuple[str, ...] = ()
    level_words: tuple[str, ...] = ()
    possessive_marks: tuple[str, ...] = ()
    respectively_cues: tuple[str, ...] = ()
    self_references: tuple[str, ...] = ()
    scope_followers: tuple[str, ...] = ()
    subject_openers: tuple[str, ...] = ()
    source_cues: tuple[str, ...] = ()
    group_count_nouns: tuple[str, ...] = ()
    shared_cues: tuple[str, ...] = ()
    district_wide: tuple[str, ...] = ()
    nation_subjects: tuple[str, ...] = ()
    organization_endings: tuple[str, ...] = ()
    # qualifiers: changes, bounds, goals and the sign of a decline (districts/qualify.py)
    comparison_markers: tuple[str, ...] = ()
    not_comparisons: tuple[str, ...] = ()
    compared_changes: tuple[str, ...] = ()
    comparative_verbs: tuple[str, ...] = ()
    decline_cues: tuple[str, ...] = ()
    decline_rates: tuple[str, ...] = ()
    perfective: tuple[str, ...] = ()
    proportion_verbs: tuple[str, ...] = ()
    goal_cues: tuple[str, ...] = ()
    goal_auxiliaries: tuple[str, ...] = ()
    goal_aux_followers: tuple[str, ...] = ()
    change_units: tuple[str, ...] = ()
    growth_rate_nouns: tuple[str, ...] = ()
    per_markers: tuple[str, ...] = ()
    goal_after: tuple[str, ...] = ()
    goal_cues_after: tuple[str, ...] = ()
    goal_sections: tuple[str, ...] = ()
    review_sections: tuple[str, ...] = ()
    present_markers: tuple[str, ...] = ()
    theme_neutral: tuple[str, ...] = ()
    theme_weak: frozenset[str] = frozenset()
    theme_denominator: re.Pattern[str] | None = None
    qualifier_patterns: dict[str, re.Pattern[str]] = dataclasses.field(
        default_factory=dict, hash=False, compare=False
    )
    # mapping a term to a catalog indicator (attribute.py, issue 15)
    mapping: MappingCues = dataclasses.field(default_factory=lambda: MappingCues.empty())


_QUALIFIER_PATTERNS = ("deadline", "past_value", "heading", "proportion_whole")


def _qualifier_patterns(raw: dict[str, str], path: Path) -> dict[str, re.Pattern[str]]:
    """The goal rules' regular expressions, each compiled, or an error naming the bad one."""
    patterns = {}
    for name in _QUALIFIER_PATTERNS:
        if name not in raw:
            raise CatalogError(path, "qualifier_patterns lacks a pattern", name)
        patterns[name] = _pattern(raw[name], name, path)
    return patterns


def _pattern(raw: str, name: str, path: Path) -> re.Pattern[str]:
    try:
        return re.compile(raw)
    except re.error as error:
        raise CatalogError(path, f"not a regular expression ({error})", name) from error


@dataclass(frozen=True)
class NumberFormWords:
    """Cue words of the number forms the counted pattern misses (lexicon.yaml, last section)."""

    share_words: dict[str, float]
    share_cues: tuple[str, ...]
    tenth_word: str
    half_word: str
    not_after_tenths: tuple[str, ...]
    first_place_words: tuple[str, ...]
    double_first_words: tuple[str, ...]
    championship_run_word: str
    latin_rank_marks: tuple[str, ...]
    doubling_words: dict[str, float]
    growth_verbs: tuple[str, ...]
    one_fold_word: str
    zero_word: str
    zero_nouns: dict[str, str]
    zero_verbs: tuple[str, ...]
    completion_adverbs: tuple[str, ...]
    interval_word: str
    interval_gap: str
    interval_repeat: tuple[str, ...]
    per_unit_denominators: tuple[str, ...]
    unitless_terms: tuple[str, ...]
    unitless_links: tuple[str, ...]
    ten_thousand_marks: tuple[str, ...]
    round_magnitudes: tuple[str, ...]
    target_duration_units: tuple[str, ...]
    interval_units: tuple[str, ...]
    more_marks: tuple[str, ...]
    ordinal_fronts: tuple[str, ...]
    share_verbs: tuple[str, ...]
    possessive_word: str
    narrowing_verbs: tuple[str, ...]
    sign_leads: str
    round_magnitude_links: tuple[str, ...]
    span_cues: tuple[str, ...]
    span_close: str
    zero_term_units: dict[str, str]
    perfective_word: str
    multiple_unit: str
    unitless_unit: str


_FORM_WORD_KEYS = {"tenth_word", "half_word", "championship_run_word", "one_fold_word"}
_FORM_WORD_KEYS |= {"zero_word", "interval_word", "interval_gap", "possessive_word"}
_FORM_WORD_KEYS |= {"perfective_word", "multiple_unit", "unitless_unit", "sign_leads"}
_FORM_WORD_KEYS |= {"span_close"}


def _load_form_words(raw: dict, path: Path) -> NumberFormWords:
    """The number-form section of the lexicon, checked: a missing or mistyped key is named."""
    values: dict[str, object] = {}
    for name, spec in NumberFormWords.__dataclass_fields__.items():
        if name not in raw:
            raise ValueError(f"{path}: missing key '{name}' (number forms)")
        entry = raw[name]
        wanted = str(spec.type)
        if name in _FORM_WORD_KEYS:
            if not isinstance(entry, str) or not entry:
                raise ValueError(f"{path}: '{name}' must be a non-empty word")
            values[name] = entry
        elif wanted.startswith("dict"):
            if not isinstance(entry, dict) or not entry:
                raise ValueError(f"{path}: '{name}' must be a non-empty mapping")
            values[name] = dict(entry)
        else:
            if not isinstance(entry, list) or not all(isinstance(w, str) and w for w in entry):
                raise ValueError(f"{path}: '{name}' must be a list of non-empty words")
            values[name] = tuple(sorted(set(entry), key=len, reverse=True))
    return NumberFormWords(**values)  # type: ignore[arg-type]


@functools.cache
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """The cue words, checked on load: a broken or incomplete file is a ``CatalogError`` that
    names the file and the entry, never a traceback."""
    _, raw = read_yaml(path)
    if not isinstance(raw, dict):
        raise CatalogError(path, "expected a mapping of cue-word lists at the top level")
    try:
        return _lexicon_from(raw, path)
    except KeyError as missing:
        raise CatalogError(path, "missing entry", str(missing.args[0])) from None
    except (TypeError, AttributeError, ValueError) as error:
        raise CatalogError(path, f"an entry has the wrong shape ({error})") from None


def _lexicon_from(raw: dict, path: Path) -> Lexicon:

    def longest_first(words: list[str]) -> tuple[str, ...]:
        return tuple(sorted(set(words), key=len, reverse=True))

    return Lexicon(
        qualifier_before={k: longest_first(v) for k, v in raw["qualifier_before"].items()},
        qualifier_after={k: longest_first(v) for k, v in raw["qualifier_after"].items()},
        target_cues=tuple(raw["target_cues"]),
        linking_words=longest_first(raw["linking_words"]),
        discourse_nouns=longest_first(raw["discourse_nouns"]),
        rank_cues=tuple(raw["rank_cues"]),
        theme_keywords={k: tuple(v) for k, v in raw["theme_keywords"].items()},
        duration_cues=tuple(raw["duration_cues"]),
        count_cues=tuple(raw["count_cues"]),
        enumeration_marks=tuple(raw["enumeration_marks"]),
        label_followers=longest_first(raw["label_followers"]),
        not_after_chinese_numerals=frozenset(raw["not_after_chinese_numerals"]),
        counted_nouns=dict(raw["counted_nouns"]),
        per_period=tuple(raw["per_period"]),
        unit_word_starts=tuple(raw["unit_word_starts"]),
        action_prefixes=tuple(raw["action_prefixes"]),
        municipality_subjects=longest_first(raw["municipality_subjects"]),
        page_number_words=_word_groups(
            path, raw, "page_number_words", ("before", "after", "total")
        ),
        web_related_headings=longest_first(raw["web_related_headings"]),
        web_pager_cues=longest_first(raw["web_pager_cues"]),
        web_footer_cues=longest_first(raw["web_footer_cues"]),
        text_tables=_word_lists(raw, "text_tables", path),
        district_followers=frozenset(raw["district_followers"]),
        district_suffixes=tuple(raw["district_suffixes"]),
        district_groups={k: longest_first(v) for k, v in raw["district_groups"].items()},
        municipality_bare=longest_first(raw["municipality_bare"]),
        media_suffixes=longest_first(raw["media_suffixes"]),
        comparison_cues=longest_first(raw["comparison_cues"]),
        level_words=longest_first(raw["level_words"]),
        possessive_marks=tuple(raw["possessive_marks"]),
        respectively_cues=tuple(raw["respectively_cues"]),
        self_references=longest_first(raw["self_references"]),
        scope_followers=longest_first(raw["scope_followers"]),
        subject_openers=longest_first(raw["subject_openers"]),
        source_cues=longest_first(raw["source_cues"]),
        group_count_nouns=longest_first(raw["group_count_nouns"]),
        shared_cues=longest_first(raw["shared_cues"]),
        district_wide=longest_first(raw["district_wide"]),
        nation_subjects=longest_first(raw["nation_subjects"]),
        organization_endings=longest_first(raw["organization_endings"]),
        forms=_load_form_words(raw, path),
        comparison_markers=longest_first(raw["comparison_markers"]),
        not_comparisons=longest_first(raw["not_comparisons"]),
        compared_changes=longest_first(raw["compared_changes"]),
        comparative_verbs=longest_first(raw["comparative_verbs"]),
        decline_cues=longest_first(raw["decline_cues"]),
        decline_rates=longest_first(raw["decline_rates"]),
        perfective=tuple(raw["perfective"]),
        proportion_verbs=longest_first(raw["proportion_verbs"]),
        goal_cues=longest_first(raw["goal_cues"]),
        goal_auxiliaries=tuple(raw["goal_auxiliaries"]),
        goal_aux_followers=tuple(raw["goal_aux_followers"]),
        change_units=tuple(raw["change_units"]),
        growth_rate_nouns=tuple(raw["growth_rate_nouns"]),
        per_markers=tuple(raw["per_markers"]),
        goal_after=longest_first(raw["goal_after"]),
        goal_cues_after=tuple(raw["goal_cues_after"]),
        goal_sections=tuple(raw["goal_sections"]),
        review_sections=tuple(raw["review_sections"]),
        present_markers=tuple(raw["present_markers"]),
        qualifier_patterns=_qualifier_patterns(raw["qualifier_patterns"], path),
        theme_neutral=longest_first(raw["theme_neutral"]),
        theme_weak=frozenset(raw["theme_weak"]),
        theme_denominator=_pattern(raw["theme_denominator"], "theme_denominator", path),
        not_facts=NotFactCues.from_raw(raw.get("not_facts")),
        mapping=MappingCues.from_raw(raw["indicator_mapping"]),
    )


def _word_groups(
    path: Path, raw: dict[str, object], key: str, groups: tuple[str, ...]
) -> dict[str, tuple[str, ...]]:
    """``key: {group: [word, ...]}`` with exactly ``groups``, each a non-empty list of words."""
    value = raw.get(key)
    if not isinstance(value, dict) or set(value) != set(groups):
        raise CatalogError(path, f"must map exactly {', '.join(groups)} to word lists", key)
    result = {}
    for group in groups:
        words = value[group]
        if not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise CatalogError(path, "must be a non-empty list of words", f"{key}.{group}")
        result[group] = tuple(sorted(set(words), key=len, reverse=True))
    return result


def _word_lists(raw: dict, key: str, path: Path) -> dict[str, tuple[str, ...]]:
    """A section of named word lists (``text_tables: {unit_headers: [单位]}``), checked on load
    so that a typo names the file, the entry and the problem instead of failing later."""
    section = raw.get(key)
    if not isinstance(section, dict) or not section:
        raise CatalogError(path, "must be a mapping of named word lists", key)
    lists = {}
    for name, words in section.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise CatalogError(path, "must be a list of non-empty words", f"{key}.{name}")
        lists[str(name)] = tuple(words)
    return lists


@dataclass(frozen=True)
class NotFactCues:
    """The cue words of the rules below: the ``not_facts`` section of ``data/lexicon.yaml``."""

    year_words: tuple[str, ...]
    big_count_words: tuple[str, ...]
    denominator_marks: tuple[str, ...]
    phase_words: tuple[str, ...]
    ordinal_marks: tuple[str, ...]
    ordinal_fronts: tuple[str, ...]
    articles: tuple[str, ...]
    occurrence_units: tuple[str, ...]
    position_prefixes: tuple[str, ...]
    event_measures: tuple[str, ...]
    event_nouns: tuple[str, ...]
    return_period_markers: tuple[str, ...]
    age_units: tuple[str, ...]
    age_measures: tuple[str, ...]
    threshold_cues: tuple[str, ...]
    scope_bounds: tuple[str, ...]
    class_bounds: tuple[str, ...]
    attributive_particles: tuple[str, ...]
    duration_units: tuple[str, ...]
    long_duration_units: tuple[str, ...]
    regime_followers: tuple[str, ...]
    window_before: tuple[str, ...]
    class_measures: tuple[str, ...]
    vague_digits: tuple[str, ...]
    round_numbers: tuple[str, ...]
    magnitude_classes: tuple[str, ...]
    list_item_breakers: tuple[str, ...]
    ordinal_labels: tuple[str, ...]
    page_cues: tuple[str, ...]
    clock_hour_marks: tuple[str, ...]
    clock_minute_units: tuple[str, ...]
    temperature_units: tuple[str, ...]
    temperature_cues: tuple[str, ...]
    page_chrome_cues: tuple[str, ...]
    place_names_with_numerals: tuple[str, ...]
    comment_headers: tuple[str, ...]
    history_followers: tuple[str, ...]
    history_before: tuple[str, ...]
    period_before: tuple[str, ...]
    period_exceptions: tuple[str, ...]
    district_nouns: tuple[str, ...]
    district_noun_continuations: tuple[str, ...]

    @classmethod
    def from_raw(cls, raw: object) -> NotFactCues:
        """Validate the ``not_facts`` mapping: every field present, a list of non-empty words."""
        if not isinstance(raw, dict):
            raise ValueError("not_facts: expected a mapping of cue lists")
        names = [name for name in cls.__dataclass_fields__]
        missing = [name for name in names if name not in raw]
        unknown = [name for name in raw if name not in names]
        if missing or unknown:
            raise ValueError(f"not_facts: missing {missing}, unknown {unknown}")
        values = {}
        for name in names:
            words = raw[name]
            if not isinstance(words, list) or not all(
                isinstance(word, str) and word for word in words
            ):
                raise ValueError(f"not_facts.{name}: expected a list of non-empty strings")
            values[name] = tuple(sorted(set(words), key=len, reverse=True))
        return cls(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class MappingCues:
    """Cue words of the mapping from a term to a catalog indicator (issue 15): the
    ``indicator_mapping`` section at the end of ``data/lexicon.yaml``."""

    growth_suffixes: tuple[str, ...]
    average_growth_cues: tuple[str, ...]
    average_growth_suffixes: tuple[str, ...]
    decline_suffixes: tuple[str, ...]
    rank_suffixes: tuple[str, ...]
    phrase_fillers: tuple[str, ...]
    narrowing_modifiers: tuple[str, ...]
    subarea_suffixes: tuple[str, ...]
    addition_words: tuple[str, ...]
    exclusive_count_units: tuple[str, ...]
    interchangeable_count_bases: tuple[str, ...]
    subject_fillers: tuple[str, ...]
    aggregate_words: tuple[str, ...]
    head_continuations: tuple[str, ...]
    rate_endings: tuple[str, ...]
    part_markers: tuple[str, ...]
    share_cues: tuple[str, ...]
    share_endings: tuple[str, ...]
    cumulative_suffixes: tuple[str, ...]
    subject_verbs: tuple[str, ...]
    total_words: tuple[str, ...]
    unit_nouns: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)

    @classmethod
    def empty(cls) -> MappingCues:
        """No cue words (a lexicon built by hand in a test)."""
        return cls(**{name: () for name in cls.__dataclass_fields__ if name != "unit_nouns"})

    @classmethod
    def from_raw(cls, raw: object) -> MappingCues:
        """Validate the ``indicator_mapping`` mapping: every field present, a list of words."""
        if raw is None:
            raw = {}
        if not isinstance(raw, dict):
            raise ValueError("indicator_mapping: expected a mapping of cue lists")
        names = list(cls.__dataclass_fields__)
        missing = [name for name in names if name not in raw]
        unknown = [name for name in raw if name not in names]
        if missing or unknown:
            raise ValueError(f"indicator_mapping: missing {missing}, unknown {unknown}")
        values: dict[str, object] = {}
        for name in names:
            words = raw[name]
            if isinstance(words, dict):  # unit_nouns: {unit: [noun, ...]}
                values[name] = {str(k): tuple(v) for k, v in words.items()}
                continue
            if not isinstance(words, list) or not all(
                isinstance(word, str) and word for word in words
            ):
                raise ValueError(f"indicator_mapping.{name}: expected a list of non-empty strings")
            # keep the file's order where it matters (suffixes are tried in order)
            values[name] = tuple(dict.fromkeys(words))
        return cls(**values)  # type: ignore[arg-type]
