"""The cue words the facts stage reads around a number: ``data/lexicon.yaml``, loaded once and
checked on load, so that a missing or malformed entry is a ``CatalogError`` naming the file and
the entry, never a failure later in the middle of a build.

Data, not code: a new cue word is a line in the YAML file; this module only knows its shape.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from districts import paths
from districts.catalog import read_yaml
from districts.errors import CatalogError

LEXICON_PATH = paths.DATA_DIR / "lexicon.yaml"


@dataclass(frozen=True)
class Lexicon:
    qualifier_before: dict[str, tuple[str, ...]]
    grant_caps: tuple[str, ...]
    grant_words: tuple[str, ...]
    qualifier_after: dict[str, tuple[str, ...]]
    linking_words: tuple[str, ...]
    discourse_nouns: tuple[str, ...]
    rank_cues: tuple[str, ...]
    theme_keywords: dict[str, tuple[str, ...]]
    duration_cues: tuple[str, ...]
    effort_duration_cues: tuple[str, ...]
    duration_name_followers: tuple[str, ...]
    duration_time_followers: tuple[str, ...]
    duration_time_names: tuple[str, ...]
    clause_list_joiners: tuple[str, ...]
    effort_duration_follower: str
    elapsed_time_cues: tuple[str, ...]
    count_cues: tuple[str, ...]
    enumeration_marks: tuple[str, ...]
    listed_unit_endings: tuple[str, ...]
    label_followers: tuple[str, ...]
    label_follower_breaks: tuple[str, ...]
    not_after_chinese_numerals: frozenset[str]
    counted_nouns: dict[str, str]
    plus_threshold_words: tuple[str, ...]
    per_period: tuple[str, ...]
    unit_word_starts: tuple[str, ...]
    unit_word_start_breaks: tuple[str, ...]
    # Words that begin with a bound written after a unit (2部多功能除雪车): no bound there.
    bound_word_starts: tuple[str, ...]
    household_count_units: tuple[str, ...]
    municipality_subjects: tuple[str, ...]
    not_facts: NotFactCues  # cue words of the rules that say a number is not a fact
    # Text layer (normalize.py): page furniture and web-page chrome.
    page_number_words: dict[str, tuple[str, ...]]
    web_related_headings: tuple[str, ...]
    web_comment_headings: tuple[str, ...]
    web_share_lines: tuple[str, ...]
    web_pager_cues: tuple[str, ...]
    web_edition_pager_cues: tuple[str, ...]
    web_post_head_lines: tuple[str, ...]
    web_edition_contents_ends: tuple[str, ...]
    web_location_cues: tuple[str, ...]
    web_location_marks: tuple[str, ...]
    web_front_pages: tuple[str, ...]
    web_byline_labels: tuple[str, ...]
    web_greeting_cues: tuple[str, ...]
    web_site_words: tuple[str, ...]
    web_footer_cues: tuple[str, ...]
    web_footer_roles: tuple[str, ...]
    web_footer_labels: tuple[str, ...]
    web_address_labels: tuple[str, ...]
    address_endings: tuple[str, ...]
    text_tables: dict[str, tuple[str, ...]]  # header cue words of tables laid out as text
    forms: NumberFormWords  # cue words of the number forms (ratios, ranks, shares, …)
    # Which district a fact is about (attribute/).
    district_followers: frozenset[str] = frozenset()
    place_verbs_read_as_nouns: tuple[str, ...] = ()
    district_suffixes: tuple[str, ...] = ()
    place_part_words: tuple[str, ...] = ()
    direction_part_words: tuple[str, ...] = ()
    district_groups: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    # Each group's name in English, as the dashboard shows it (生态涵养区 → …)
    district_groups_en: dict[str, str] = dataclasses.field(default_factory=dict)
    group_short_names: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    # The words opening a reading of the urban area's average in the city's weather reports
    # (城区平均13.2毫米), by the group the meteorological service averages over
    urban_averages: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    # ...and the urban area's bare name before its reading, after the city's (城区263毫米)
    urban_readings: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    short_name_boundaries: tuple[str, ...] = ()
    short_name_boundary_tags: tuple[str, ...] = ()
    zone_scheme_words: tuple[str, ...] = ()
    # Places beyond Beijing by their names (河北: 三河市, 香河县…), and their English names
    outside_places: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    other_regions: tuple[str, ...] = ()
    neighbour_leads: tuple[str, ...] = ()
    partner_verbs: tuple[str, ...] = ()
    joint_story_words: tuple[str, ...] = ()
    joint_marks: tuple[str, ...] = ()
    paired_compounds: tuple[str, ...] = ()
    neighbour_of_marks: tuple[str, ...] = ()
    ranked_list_openers: tuple[str, ...] = ()
    ranked_order_words: tuple[str, ...] = ()
    ranked_rising_words: tuple[str, ...] = ()
    stated_order_marks: tuple[str, ...] = ()
    counted_actions: tuple[str, ...] = ()
    uncounted_verbs: tuple[str, ...] = ()
    route_suffixes: tuple[str, ...] = ()
    bottom_rank_words: tuple[str, ...] = ()
    action_negations: tuple[str, ...] = ()
    outside_places_en: dict[str, str] = dataclasses.field(default_factory=dict)
    municipality_bare: tuple[str, ...] = ()
    beijing_site_stems: tuple[str, ...] = ()
    place_area_words: tuple[str, ...] = ()
    site_acronyms: dict[str, str] = dataclasses.field(default_factory=dict)
    territory_words: tuple[str, ...] = ()
    city_urban_area_words: tuple[str, ...] = ()
    city_urban_area_not_followers: tuple[str, ...] = ()
    city_sector_words: tuple[str, ...] = ()
    city_measure_endings: tuple[str, ...] = ()
    economy_sector_words: tuple[str, ...] = ()
    # After Beijing's bare name, the end of a site's name (北京中德产业园).
    city_site_endings: tuple[str, ...] = ()
    site_name_endings: tuple[str, ...] = ()
    city_site_kind_words: tuple[str, ...] = ()
    city_site_count_followers: tuple[str, ...] = ()
    sector_name_endings: tuple[str, ...] = ()
    toward_the_city_marks: tuple[str, ...] = ()
    distributive_words: tuple[str, ...] = ()
    contribution_words: tuple[str, ...] = ()
    media_suffixes: tuple[str, ...] = ()
    photo_credit_endings: tuple[str, ...] = ()
    photo_credit_marks: tuple[str, ...] = ()
    photo_bracket_words: tuple[str, ...] = ()
    photo_source_openings: tuple[str, ...] = ()
    photo_source_endings: tuple[str, ...] = ()
    comparison_cues: tuple[str, ...] = ()
    level_words: tuple[str, ...] = ()
    possessive_marks: tuple[str, ...] = ()
    respectively_cues: tuple[str, ...] = ()
    respectively_links: tuple[str, ...] = ()
    distance_marks: tuple[str, ...] = ()
    basin_words: tuple[str, ...] = ()
    basin_bodies: tuple[str, ...] = ()
    distance_mark_breaks: tuple[str, ...] = ()
    list_heading_fillers: tuple[str, ...] = ()
    list_heading_endings: tuple[str, ...] = ()
    # Areas that are not districts and names a text defines (facts/areas.py).
    areas: dict[str, AreaCue] = dataclasses.field(default_factory=dict)
    area_bare_names: tuple[str, ...] = ()
    area_join_marks: tuple[str, ...] = ()
    zone_park_endings: tuple[str, ...] = ()
    alias_definition_cues: tuple[str, ...] = ()
    area_definition_joiners: tuple[str, ...] = ()
    service_cues: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    self_references: tuple[str, ...] = ()
    scope_followers: tuple[str, ...] = ()
    scope_frames: tuple[str, ...] = ()
    route_followers: tuple[str, ...] = ()
    suffix_word_openings: tuple[str, ...] = ()
    # Real news pages (superlative ranks, policy packages, histories, thresholds): named lists.
    page_cues: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    # What a chart must not show as a district's value (chart_scope_cues, issue 15).
    chart_scope: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    subject_openers: tuple[str, ...] = ()
    source_cues: tuple[str, ...] = ()
    group_count_nouns: tuple[str, ...] = ()
    shared_cues: tuple[str, ...] = ()
    shared_cue_not_within: tuple[str, ...] = ()
    district_wide: tuple[str, ...] = ()
    district_wide_or_a_region: tuple[str, ...] = ()
    nation_subjects: tuple[str, ...] = ()
    nation_headline_not_subject: tuple[str, ...] = ()
    comparison_openers: tuple[str, ...] = ()
    comparison_closers: tuple[str, ...] = ()
    organization_endings: tuple[str, ...] = ()
    district_agency_endings: tuple[str, ...] = ()
    # qualifiers: changes, bounds, goals and the sign of a decline (districts/qualify.py)
    comparison_markers: tuple[str, ...] = ()
    change_bases: tuple[str, ...] = ()
    not_comparisons: tuple[str, ...] = ()
    compared_changes: tuple[str, ...] = ()
    cut_verbs: tuple[str, ...] = ()
    comparative_verbs: tuple[str, ...] = ()
    decline_cues: tuple[str, ...] = ()
    decline_rates: tuple[str, ...] = ()
    improvement_cues: tuple[str, ...] = ()
    actual_words: tuple[str, ...] = ()
    list_lead_verbs: tuple[str, ...] = ()
    past_task_words: tuple[str, ...] = ()
    ahead_words: tuple[str, ...] = ()
    report_openings: tuple[str, ...] = ()
    lower_is_better: tuple[str, ...] = ()
    perfective: tuple[str, ...] = ()
    proportion_verbs: tuple[str, ...] = ()
    goal_cues: tuple[str, ...] = ()
    estimate_cues: tuple[str, ...] = ()
    estimate_condition_endings: tuple[str, ...] = ()
    preliminary_estimate_words: tuple[str, ...] = ()
    estimated_past_years: tuple[str, ...] = ()
    estimated_current_years: tuple[str, ...] = ()
    estimate_baselines: tuple[str, ...] = ()
    estimate_baselines_after: tuple[str, ...] = ()
    goal_governors: tuple[str, ...] = ()
    listed_goal_endings: tuple[str, ...] = ()
    goal_auxiliaries: tuple[str, ...] = ()
    goal_aux_followers: tuple[str, ...] = ()
    change_units: tuple[str, ...] = ()
    growth_rate_nouns: tuple[str, ...] = ()
    change_amount_nouns: tuple[str, ...] = ()
    change_modifiers: tuple[str, ...] = ()
    per_markers: tuple[str, ...] = ()
    goal_after: tuple[str, ...] = ()
    goal_cues_after: tuple[str, ...] = ()
    # Right before a number: a figure set at the year's start (由年初预算439.55亿元…).
    year_start_plan_cues: tuple[str, ...] = ()
    # Right before a number, after such a figure in its clause: what the plan became (调整为).
    plan_adjustments: tuple[str, ...] = ()
    goal_sections: tuple[str, ...] = ()
    review_sections: tuple[str, ...] = ()
    present_markers: tuple[str, ...] = ()
    deadline_present_breaks: tuple[str, ...] = ()
    theme_neutral: tuple[str, ...] = ()
    theme_weak: frozenset[str] = frozenset()
    theme_industry_heads: tuple[str, ...] = ()
    theme_industry_sites: tuple[str, ...] = ()
    theme_denominator: re.Pattern[str] | None = None
    theme_partner_bodies: re.Pattern[str] | None = None
    qualifier_patterns: dict[str, re.Pattern[str]] = dataclasses.field(
        default_factory=dict, hash=False, compare=False
    )
    # Dates and hours around a number (extract.py time stamps, attribute/ places of extremes)
    date_patterns: dict[str, re.Pattern[str]] = dataclasses.field(
        default_factory=dict, hash=False, compare=False
    )
    # Quantities (extract.py): date units, N大X counts, ranges, fractions and ranks.
    date_units: tuple[str, ...] = ()
    big_count_words: tuple[str, ...] = ()
    generic_count_unit: str = ""
    occurrence_units: tuple[str, ...] = ()
    pass_units: tuple[str, ...] = ()
    from_value_times: tuple[str, ...] = ()
    planned_work_verbs: tuple[str, ...] = ()
    occurrence_word_openers: tuple[str, ...] = ()
    occurrence_word_opener_exceptions: tuple[str, ...] = ()
    site_classifiers: tuple[str, ...] = ()
    vehicle_classifiers: tuple[str, ...] = ()
    vehicle_word: str = ""
    vehicle_only_classifiers: tuple[str, ...] = ()
    norm_leads: tuple[str, ...] = ()
    range_words: tuple[str, ...] = ()
    fraction_word: str = ""
    rank_top: str = ""
    rank_from_bottom: tuple[str, ...] = ()
    rank_tails: tuple[str, ...] = ()
    rank_not_followers: tuple[str, ...] = ()
    top_list_heads: tuple[str, ...] = ()
    # Terms, the noun phrase beside a number (attribute/).
    term_stops: tuple[str, ...] = ()
    term_list_words: tuple[str, ...] = ()
    term_fillers_after: tuple[str, ...] = ()
    term_verbs: frozenset[str] = frozenset()
    # Indicator names that are themselves a change (tables/build.py).
    change_measures: tuple[str, ...] = ()
    # Words several stages share: the ordinal mark (第) and the word of a year (年).
    ordinal_marks: tuple[str, ...] = ()
    year_words: tuple[str, ...] = ()
    back_reference_openers: tuple[str, ...] = ()
    city_count_nouns: tuple[str, ...] = ()
    national_title_leads: tuple[str, ...] = ()
    line_name_suffixes: tuple[str, ...] = ()
    line_name_not_followers: tuple[str, ...] = ()
    # How many districts the registry holds (16), set from districts.yaml when the pipeline is
    # built (facts/mentions.with_registered_places); 0 when not known.
    registered_districts: int = 0
    dated_year_leads: tuple[str, ...] = ()
    # Words of a comparison that name no measure (全市平均水平): carried_measure
    # (attribute/terms.py).
    carried_measure_words: tuple[str, ...] = ()
    # A measure named by pointing back (这一比例): no term of its own; the paragraph's carries.
    anaphoric_measures: tuple[str, ...] = ()
    # Verbs whose object follows them: never inside a measure's name (attribute/).
    object_verbs: tuple[str, ...] = ()
    # Right before a name: it is an example of many (如某区甲苑社区), no place of the text's own.
    example_markers: tuple[str, ...] = ()
    # Institutions a district's full name opens the name of (朝阳区人民医院): kept in a label.
    institution_heads: tuple[str, ...] = ()
    # Verbs of standing after a value (以5.9%领跑五区): its statement ends there (attribute/).
    standing_verbs: tuple[str, ...] = ()
    # A sentence's topic mark (增速方面，…): carried_measure (attribute/terms.py).
    topic_marks: tuple[str, ...] = ()
    # Words of standing closing a subject's clause (密云区面积最大，约…): attribute/.
    subject_standings: tuple[str, ...] = ()
    # 是/为 after these introduce a ranking's next place, not a base (其次是顺义区): attribute/.
    runner_up_marks: tuple[str, ...] = ()
    extreme_identifier_marks: tuple[str, ...] = ()
    extreme_heads: tuple[str, ...] = ()
    # Words after 各自 that make it no shared value (合计, 分别): attribute/.
    each_own_breakers: tuple[str, ...] = ()
    # Areas' words after a short name and a trade (大兴生物医药基地): attribute/.
    trade_site_words: tuple[str, ...] = ()
    district_seat_words: tuple[str, ...] = ()
    # A cause's verb before listed districts heading a clause (导致甲、乙两区…): attribute/.
    list_cause_verbs: tuple[str, ...] = ()
    # People's measure words and what befell them (五人死亡): not_facts.py.
    person_classifiers: tuple[str, ...] = ()
    casualty_acts: tuple[str, ...] = ()
    # 是 after these singles out a district named before (尤其是甲区，…): attribute/.
    singling_marks: tuple[str, ...] = ()
    # Words after a superlative that say where the extreme was (最大为房山…): attribute/.
    extreme_place_marks: tuple[str, ...] = ()
    extreme_point_marks: tuple[str, ...] = ()
    extreme_reading_words: tuple[str, ...] = ()
    outside_extreme_readings: tuple[str, ...] = ()
    town_site_followers: tuple[str, ...] = ()
    reading_station_endings: tuple[str, ...] = ()
    among_frame_marks: tuple[str, ...] = ()
    not_change_endings: tuple[str, ...] = ()
    located_in_marks: tuple[str, ...] = ()
    worst_hit_words: tuple[str, ...] = ()
    date_clause_words: tuple[str, ...] = ()
    anaphoric_leads: tuple[str, ...] = ()
    breakdown_head_openers: tuple[str, ...] = ()
    breakdown_head_closers: tuple[str, ...] = ()
    # The word closing a ranking's frame (在…排名中，甲区第一): attribute/terms.py, _reads_as.
    ranking_frame_ends: tuple[str, ...] = ()
    # A composition's name → its parts' measures, in the order a ratio a:b:c gives them.
    compositions: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    # mapping a term to a catalog indicator (attribute/, issue 15)
    mapping: MappingCues = dataclasses.field(default_factory=lambda: MappingCues.empty())
    # a change on an adjusted basis (同口径增长) is not the standard growth (attribute/)
    adjusted_basis_words: tuple[str, ...] = ()
    # The head a noun of people ends in, after "N余" (500余防汛责任人): extract.py.
    person_heads: dict[str, str] = dataclasses.field(default_factory=dict)
    person_head_exceptions: tuple[str, ...] = ()
    # theme → actions taken in an event of that theme (关闭, 转移): attribute/themes.py, theme_of
    theme_actions: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    story_theme_actions: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    theme_clause_actions: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    theme_clause_action_kinds: tuple[str, ...] = ()
    story_disasters: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    # A district's own bodies (区委, 区政府) and idioms holding a district's name (朝阳产业):
    # attribute/document.py, _named_inside_names.
    district_bodies: tuple[str, ...] = ()
    body_agent_leads: tuple[str, ...] = ()
    bound_char_words: tuple[str, ...] = ()
    city_tier_words: tuple[str, ...] = ()
    tier_joiners: tuple[str, ...] = ()
    measure_joiners: tuple[str, ...] = ()
    district_name_idioms: tuple[str, ...] = ()
    short_names_also_words: tuple[str, ...] = ()
    # Nouns that make a place word part of a title (全国重点实验室): attribute/places.py,
    # _names_a_title.
    place_title_heads: tuple[str, ...] = ()
    # How far a goal in a middle clause reaches (qualify.py, _goal_runs_on): the clauses that
    # go on about the forecast's measure (增速, 增量), and the words that end its reach (累计).
    goal_continuations: tuple[str, ...] = ()
    goal_reach_stops: tuple[str, ...] = ()
    # Nouns of countable things and of a programme's frames after a small count in words
    # (两大主导产业 / 五大体系): not_facts.py, counts_concrete_things, counts_frames_of_a_programme.
    counted_thing_heads: tuple[str, ...] = ()
    counted_thing_classifiers: tuple[str, ...] = ()
    honour_list_verbs: tuple[str, ...] = ()
    measured_kind_nouns: tuple[str, ...] = ()
    ranked_list_classifiers: tuple[str, ...] = ()
    programme_frame_heads: tuple[str, ...] = ()
    measured_subject_words: tuple[str, ...] = ()
    # A colon line announcing forecasts (分时段预报:): qualify.py, _forecast_lists.
    forecast_words: tuple[str, ...] = ()
    # How a paragraph under such a line opens with the period it forecasts (8月1日…, 20时…).
    forecast_period_opening: re.Pattern[str] | None = None
    # The last clause of a sentence that makes its list a plan: qualify.py, closes_with_a_goal.
    closing_goal_cues: tuple[str, ...] = ()
    deadline_labels: tuple[str, ...] = ()
    closing_goal_blockers: tuple[str, ...] = ()
    closing_goal_begun: tuple[str, ...] = ()
    # The predicate between districts listed as a clause's subject and their shared value
    # (attribute/shared_values.py, _listed_subject): "密云区、延庆区控制在46微克/立方米".
    list_subject_predicates: tuple[str, ...] = ()
    list_total_words: tuple[str, ...] = ()
    # After districts listed as a clause's subject: the list is open ("密云、怀柔、房山等区"),
    # and the value is the group's together (attribute/shared_values.py, _listed_total).
    list_open_ends: tuple[str, ...] = ()
    list_kind_mark: str = ""
    nation_baseline_before: tuple[str, ...] = ()
    list_kind_place_heads: tuple[str, ...] = ()
    # Before a place: where someone went, not the subject (派遣60名消防员前往密云区).
    destination_marks: tuple[str, ...] = ()
    aid_destination_marks: tuple[str, ...] = ()
    sending_verbs: tuple[str, ...] = ()
    route_verbs: tuple[str, ...] = ()
    destination_count_nouns: tuple[str, ...] = ()
    list_open_end_continuations: tuple[str, ...] = ()
    city_body_openings: tuple[str, ...] = ()
    city_service_names: tuple[str, ...] = ()
    own_area_parts: tuple[str, ...] = ()
    district_body_openings: tuple[str, ...] = ()
    body_opening_exceptions: tuple[str, ...] = ()
    nation_origin_followers: tuple[str, ...] = ()
    grade_setters: tuple[str, ...] = ()
    grade_followers: tuple[str, ...] = ()
    habitual_leads: tuple[str, ...] = ()
    local_subjects: tuple[str, ...] = ()
    district_tier_words: tuple[str, ...] = ()
    town_back_references: tuple[str, ...] = ()
    body_system_words: tuple[str, ...] = ()
    city_body_names: tuple[str, ...] = ()
    body_name_leads: tuple[str, ...] = ()
    body_instruction_words: tuple[str, ...] = ()
    neighbour_marks: tuple[str, ...] = ()
    base_value_after: tuple[str, ...] = ()
    donor_marks: tuple[str, ...] = ()
    part_in_district_words: tuple[str, ...] = ()
    span_verbs: tuple[str, ...] = ()
    shared_marks: tuple[str, ...] = ()
    lying_all_marks: tuple[str, ...] = ()
    addition_words: tuple[str, ...] = ()
    list_open_words: tuple[str, ...] = ()
    list_each_measure_words: tuple[str, ...] = ()
    list_share_words: tuple[str, ...] = ()
    span_negations: tuple[str, ...] = ()
    plural_references: tuple[str, ...] = ()
    plural_demonstratives: tuple[str, ...] = ()
    district_word_leads: tuple[str, ...] = ()
    nation_not_rank_words: tuple[str, ...] = ()
    aid_words: tuple[str, ...] = ()
    difference_verbs: tuple[str, ...] = ()
    more_mark_followers: tuple[str, ...] = ()
    # Right after a place: a boundary (怀柔区界, 交界处), not the subject.
    boundary_words: tuple[str, ...] = ()
    boundary_word_continuations: tuple[str, ...] = ()
    bordering_words: tuple[str, ...] = ()
    subject_pointers: tuple[str, ...] = ()
    # After Beijing's name, the end of a firm's name (北京某某控股有限公司): not the city.
    firm_endings: tuple[str, ...] = ()
    body_name_endings: tuple[str, ...] = ()
    # Linking verbs before a list of places' figures (为丰台区1.58亿元、朝阳区1.09亿元).
    figure_list_links: tuple[str, ...] = ()
    # Nouns of areas ending in 区 (小区, 园区): their 区内 or 区委 is no district of the text's own.
    area_nouns: tuple[str, ...] = ()
    generic_area_leads: tuple[str, ...] = ()
    # Nouns of districts after a list of them and their count (四个中心城区, 五区).
    district_group_nouns: tuple[str, ...] = ()
    # A ranking wider than the city ("数量全国第一"): Beijing may hold such a rank.
    rank_scopes_beyond_the_city: tuple[str, ...] = ()
    # Scopes of a ranking of districts beside the city's own (国内城区第一, 全国百强区).
    district_rank_scopes: tuple[str, ...] = ()
    # A district's bureau in a headline's lines (来源：区统计局).
    district_bureaus: tuple[str, ...] = ()
    # A batch of a selection after the city's or nation's name (全市首批10家).
    batch_words: tuple[str, ...] = ()
    # Closing a ranking's scope (在生态涵养区中排名第二).
    rank_scope_closers: tuple[str, ...] = ()
    city_baseline_before: tuple[str, ...] = ()
    city_baseline_after: tuple[str, ...] = ()
    # Right after the city's name: the city as the scope of a first (全市首个).
    scope_of_a_first: tuple[str, ...] = ()
    # After a count and its noun: one of a set whose owner is named before it (之一).
    set_membership_marks: tuple[str, ...] = ()
    # Before a count closed by 之一: a wider scope's set (北京四大郊野公园之一), not the subject's
    set_scope_words: tuple[str, ...] = ()
    # Units only one theme measures in (attribute.theme_of): a concentration is ecology's.
    unit_themes: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    casualty_count_themes: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    casualty_events: tuple[str, ...] = ()
    # Times of the past before 将 (去年将…: 将 = "take"): qualify._after_a_time_to_come.
    past_time_words: tuple[str, ...] = ()
    # An action whose clause's count is a measure's (转移 → 转移群众人数): attribute.action_measure.
    action_measures: dict[str, ActionMeasure] = dataclasses.field(default_factory=dict)
    # Amounts of money without 元 and magnitudes without digits (extract.py,
    # _money_without_yuan, _magnitude_thresholds): groups of MONEY_WORD_GROUPS.
    money_words: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    bare_count_nouns: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    bare_count_term_heads: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    air_concentration_cues: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    city_event_names: tuple[str, ...] = ()
    former_districts: tuple[str, ...] = ()
    toward_marks: tuple[str, ...] = ()
    one_in_every_have: tuple[str, ...] = ()
    site_not_subject_followers: tuple[str, ...] = ()
    site_kinds: tuple[str, ...] = ()
    site_kind_rivals: tuple[str, ...] = ()
    baseline_place_leads: tuple[str, ...] = ()
    event_time_words: tuple[str, ...] = ()
    people_noun_continuations: tuple[str, ...] = ()


_QUALIFIER_PATTERNS = (
    "deadline",
    "past_value",
    "heading",
    "proportion_whole",
    "future_window",
    "upcoming",
    "office_names",
    "goal_object_first",
    "planned_works",
)


def _qualifier_patterns(raw: dict[str, str], path: Path) -> dict[str, re.Pattern[str]]:
    """The goal rules' regular expressions, each compiled, or an error naming the bad one."""
    return _named_patterns(raw, "qualifier_patterns", _QUALIFIER_PATTERNS, path)


_DATE_PATTERNS = ("date_before", "number_not_a_date", "year_written")


def _named_patterns(
    raw: object, key: str, names: tuple[str, ...], path: Path
) -> dict[str, re.Pattern[str]]:
    """The regular expressions of a mapping ``key``, each compiled, or an error naming the
    missing or bad one."""
    if not isinstance(raw, dict):
        raise CatalogError(path, "expected a mapping of named regular expressions", key)
    patterns = {}
    for name in names:
        if name not in raw:
            raise CatalogError(path, f"{key} lacks a pattern", name)
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
    over_share_words: dict[str, float]
    near_share_words: dict[str, float]
    share_cues: tuple[str, ...]
    digit_count_growths: dict[str, float]
    digit_count_followers: tuple[str, ...]
    tenth_word: str
    half_word: str
    not_after_tenths: tuple[str, ...]
    first_place_words: tuple[str, ...]
    place_rank_cues: tuple[str, ...]
    place_rank_word: str
    double_first_words: tuple[str, ...]
    championship_run_word: str
    latin_rank_marks: tuple[str, ...]
    top_class_verbs: tuple[str, ...]
    rank_reaching_verbs: tuple[str, ...]
    top_class_words: tuple[str, ...]
    top_class_place_kinds: tuple[str, ...]
    top_class_list_nouns: tuple[str, ...]
    top_class_entity_words: tuple[str, ...]
    top_class_adverbs: tuple[str, ...]
    top_class_hopes: tuple[str, ...]
    top_class_inner_scopes: tuple[str, ...]
    doubling_words: dict[str, float]
    growth_verbs: tuple[str, ...]
    one_fold_word: str
    zero_word: str
    zero_nouns: dict[str, str]
    zero_verbs: tuple[str, ...]
    completion_adverbs: tuple[str, ...]
    interval_gap: str
    interval_repeat: tuple[str, ...]
    per_unit_denominators: tuple[str, ...]
    per_unit_price_links: tuple[str, ...]
    yield_words: dict[str, str]
    unitless_terms: tuple[str, ...]
    unitless_links: tuple[str, ...]
    unitless_list_links: tuple[str, ...]
    unitless_points: tuple[str, ...]
    ten_thousand_marks: tuple[str, ...]
    round_magnitudes: tuple[str, ...]
    long_duration_units: tuple[str, ...]
    interval_units: tuple[str, ...]
    and_a_half_mark: str
    and_a_half_units: tuple[str, ...]
    and_a_half_not_after: tuple[str, ...]
    unit_and_a_half_units: tuple[str, ...]
    unit_and_a_half_not_before: tuple[str, ...]
    unit_and_a_half_leads: tuple[str, ...]
    unit_and_a_half_fillers: tuple[str, ...]
    half_units: tuple[str, ...]
    more_marks: tuple[str, ...]
    ordinal_fronts: tuple[str, ...]
    share_verbs: tuple[str, ...]
    narrowing_verbs: tuple[str, ...]
    sign_leads: str
    negative_words: tuple[str, ...]
    positive_words: tuple[str, ...]
    round_magnitude_links: tuple[str, ...]
    round_magnitude_floors: tuple[str, ...]
    span_cues: tuple[str, ...]
    span_close: str
    zero_term_units: dict[str, str]
    multiple_unit: str
    unitless_unit: str
    percent_marks: tuple[str, ...]
    signless_percent_leads: tuple[str, ...]
    signless_percent_closers: tuple[str, ...]
    unit_heading_verbs: tuple[str, ...]


_FORM_WORD_KEYS = {"tenth_word", "half_word", "championship_run_word", "one_fold_word"}
_FORM_WORD_KEYS |= {"zero_word", "interval_gap"}
_FORM_WORD_KEYS |= {"multiple_unit", "unitless_unit", "sign_leads"}
_FORM_WORD_KEYS |= {"span_close", "place_rank_word", "and_a_half_mark"}


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
        lexicon = _lexicon_from(raw, path)
    except KeyError as missing:
        raise CatalogError(path, "missing entry", str(missing.args[0])) from None
    except (TypeError, AttributeError, ValueError) as error:
        raise CatalogError(path, f"an entry has the wrong shape ({error})") from None
    check_distinct_lists(raw, path)
    return lexicon


def check_distinct_lists(raw: dict, path: Path) -> None:
    """One vocabulary, one key: a ``CatalogError`` naming the file, the entry and the problem
    when a word list holds a word twice, or holds exactly the words of another list (the same
    cue words under two names drift apart when one of them is edited).

    Lists that share only some words stay apart when they mean different things; each says
    why in its comment. Example: ``a: [的]`` and ``b: {c: [的]}`` is refused as ``[b.c]: the
    same words as a``.
    """
    seen: dict[frozenset[str], str] = {}
    vocabulary = {key: value for key, value in raw.items() if key != SUBSET_SECTION}
    lists = dict(_word_lists_in(vocabulary, ""))
    for key, words in lists.items():
        twice = sorted({word for word in words if words.count(word) > 1})
        if twice:
            raise CatalogError(path, f"lists {', '.join(twice)} more than once", key)
        other = seen.setdefault(frozenset(words), key)
        if other != key:
            raise CatalogError(
                path, f"the same words as {other}: one vocabulary under two keys", key
            )
    check_subset_lists(raw.get(SUBSET_SECTION), lists, path)


# The lexicon's section that names every list whose words all stand in another list.
SUBSET_SECTION = "subset_lists"


def check_subset_lists(section: object, lists: dict[str, list[str]], path: Path) -> None:
    """Every list of two or more words whose words all stand in another list is named in
    ``subset_lists``, so that no list is a copy that drifted: under ``narrower`` (a narrower
    concept; it must stay inside each wider list named, or the two have drifted apart) or
    under ``apart`` (two concepts that share a few words by coincidence). A new subset that
    is named nowhere is refused as undecided, with the file, the entry and the problem.

    Example: ``a: [和, 及]``, ``b: [和, 及, 与]`` is refused as ``[a]: all its words stand in
    b`` until ``subset_lists: {narrower: {a: [b]}}`` (or ``apart``) says why.
    """
    if section is None:
        section = {}
    if not isinstance(section, dict) or not set(section) <= {"narrower", "apart"}:
        raise CatalogError(path, "must map narrower and apart to lists", SUBSET_SECTION)
    declared: dict[str, dict[str, set[str]]] = {}
    for kind in ("narrower", "apart"):
        pairs = section.get(kind) or {}
        where = f"{SUBSET_SECTION}.{kind}"
        if not isinstance(pairs, dict):
            raise CatalogError(path, "must map a list's key to the keys it stands in", where)
        for key, others in pairs.items():
            if not isinstance(others, list) or not others:
                raise CatalogError(path, "must be a list of keys", f"{where}.{key}")
            for name in (key, *others):
                if name not in lists:
                    raise CatalogError(path, f"{name} names no word list", f"{where}.{key}")
            declared.setdefault(kind, {})[key] = set(others)
    for key, wider in declared.get("narrower", {}).items():
        for other in sorted(wider):
            outside = sorted(set(lists[key]) - set(lists[other]))
            if outside:
                raise CatalogError(
                    path,
                    f"narrower than {other} (subset_lists) but {', '.join(outside)} "
                    f"is not in {other}: add it there or say why the two differ",
                    key,
                )
    named = {(key, other) for pairs in declared.values() for key in pairs for other in pairs[key]}
    for key, other in subset_pairs(lists):
        if (key, other) not in named:
            raise CatalogError(
                path,
                f"all its words stand in {other}: one vocabulary, or a narrower one? "
                f"name the pair in {SUBSET_SECTION} (narrower or apart) with why",
                key,
            )


def subset_pairs(lists: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(key, other) for every list of two or more words whose words all stand in a longer
    list: ``{"a": ["和", "及"], "b": ["和", "及", "与"]}`` → ``[("a", "b")]``."""
    sets = {key: frozenset(words) for key, words in lists.items()}
    # (each list's set made once: made per pair, this cost 0.1 s of every process's start)
    return [
        (key, other)
        for key, words in sets.items()
        if len(words) > 1
        for other, more in sets.items()
        if len(words) < len(more) and words < more
    ]


def _word_lists_in(node: object, key: str) -> Iterator[tuple[str, list[str]]]:
    """(dotted key, words) of every list of words in a section of the lexicon, in file order;
    a top-level entry of one word (``rank_top: 前``) counts as a list of that word (inside a
    section a single word is a mapping's value: a unit, a period's name)."""
    if isinstance(node, dict):
        for name, value in node.items():
            yield from _word_lists_in(value, f"{key}.{name}" if key else str(name))
    elif isinstance(node, list) and node and all(isinstance(word, str) for word in node):
        yield key, node
    elif isinstance(node, str) and "." not in key:
        yield key, [node]


def _lexicon_from(raw: dict, path: Path) -> Lexicon:

    def longest_first(words: list[str]) -> tuple[str, ...]:
        return tuple(sorted(set(words), key=len, reverse=True))

    return Lexicon(
        qualifier_before={k: longest_first(v) for k, v in raw["qualifier_before"].items()},
        qualifier_after={k: longest_first(v) for k, v in raw["qualifier_after"].items()},
        grant_caps=_words(raw, "grant_caps", path),
        grant_words=_words(raw, "grant_words", path),
        linking_words=longest_first(_listed(raw, "linking_words", path)),
        discourse_nouns=longest_first(_listed(raw, "discourse_nouns", path)),
        rank_cues=_listed(raw, "rank_cues", path),
        theme_keywords={k: tuple(v) for k, v in raw["theme_keywords"].items()},
        duration_cues=_listed(raw, "duration_cues", path),
        effort_duration_cues=_listed(raw, "effort_duration_cues", path),
        duration_name_followers=_listed(raw, "duration_name_followers", path),
        duration_time_followers=_listed(raw, "duration_time_followers", path),
        duration_time_names=_listed(raw, "duration_time_names", path),
        clause_list_joiners=_listed(raw, "clause_list_joiners", path),
        effort_duration_follower=_word(raw, "effort_duration_follower", path),
        elapsed_time_cues=_listed(raw, "elapsed_time_cues", path),
        count_cues=_listed(raw, "count_cues", path),
        enumeration_marks=_listed(raw, "enumeration_marks", path),
        listed_unit_endings=_listed(raw, "listed_unit_endings", path),
        label_followers=longest_first(_listed(raw, "label_followers", path)),
        label_follower_breaks=_listed(raw, "label_follower_breaks", path),
        not_after_chinese_numerals=frozenset(_listed(raw, "not_after_chinese_numerals", path)),
        counted_nouns=dict(raw["counted_nouns"]),
        plus_threshold_words=_words(raw, "plus_threshold_words", path),
        per_period=_listed(raw, "per_period", path),
        unit_word_starts=_listed(raw, "unit_word_starts", path),
        bound_word_starts=_listed(raw, "bound_word_starts", path),
        unit_word_start_breaks=_listed(raw, "unit_word_start_breaks", path),
        household_count_units=_listed(raw, "household_count_units", path),
        municipality_subjects=longest_first(_listed(raw, "municipality_subjects", path)),
        page_number_words=_word_groups(path, raw, "page_number_words", ("after", "total")),
        web_related_headings=longest_first(_listed(raw, "web_related_headings", path)),
        web_comment_headings=longest_first(_listed(raw, "web_comment_headings", path)),
        web_share_lines=longest_first(_listed(raw, "web_share_lines", path)),
        web_pager_cues=longest_first(_listed(raw, "web_pager_cues", path)),
        web_edition_pager_cues=_listed(raw, "web_edition_pager_cues", path),
        web_post_head_lines=_listed(raw, "web_post_head_lines", path),
        web_edition_contents_ends=longest_first(_listed(raw, "web_edition_contents_ends", path)),
        web_location_cues=longest_first(_listed(raw, "web_location_cues", path)),
        web_location_marks=_listed(raw, "web_location_marks", path),
        web_front_pages=_listed(raw, "web_front_pages", path),
        web_byline_labels=_listed(raw, "web_byline_labels", path),
        web_greeting_cues=longest_first(_listed(raw, "web_greeting_cues", path)),
        web_site_words=longest_first(_listed(raw, "web_site_words", path)),
        web_footer_cues=longest_first(_listed(raw, "web_footer_cues", path)),
        web_footer_roles=longest_first(_listed(raw, "web_footer_roles", path)),
        web_footer_labels=longest_first(_listed(raw, "web_footer_labels", path)),
        web_address_labels=longest_first(_listed(raw, "web_address_labels", path)),
        address_endings=tuple(_listed(raw, "address_endings", path)),
        text_tables=_word_lists(raw, "text_tables", path, required=TEXT_TABLE_LISTS),
        district_followers=frozenset(_listed(raw, "district_followers", path)),
        place_verbs_read_as_nouns=_listed(raw, "place_verbs_read_as_nouns", path),
        district_suffixes=_listed(raw, "district_suffixes", path),
        place_part_words=_words(raw, "place_part_words", path),
        direction_part_words=_words(raw, "direction_part_words", path),
        district_groups={k: longest_first(v) for k, v in raw["district_groups"].items()},
        outside_places={k: longest_first(v) for k, v in raw["outside_places"].items()},
        other_regions=longest_first(_listed(raw, "other_regions", path)),
        neighbour_leads=_listed(raw, "neighbour_leads", path),
        partner_verbs=_listed(raw, "partner_verbs", path),
        joint_story_words=_listed(raw, "joint_story_words", path),
        joint_marks=_listed(raw, "joint_marks", path),
        paired_compounds=_listed(raw, "paired_compounds", path),
        neighbour_of_marks=_listed(raw, "neighbour_of_marks", path),
        ranked_list_openers=_listed(raw, "ranked_list_openers", path),
        ranked_order_words=_listed(raw, "ranked_order_words", path),
        ranked_rising_words=_listed(raw, "ranked_rising_words", path),
        stated_order_marks=_listed(raw, "stated_order_marks", path),
        counted_actions=_listed(raw, "counted_actions", path),
        uncounted_verbs=_listed(raw, "uncounted_verbs", path),
        route_suffixes=_listed(raw, "route_suffixes", path),
        bottom_rank_words=_listed(raw, "bottom_rank_words", path),
        action_negations=_listed(raw, "action_negations", path),
        group_short_names=_short_names(raw, path),
        urban_averages=_short_names(raw, path, "urban_averages"),
        urban_readings=_short_names(raw, path, "urban_readings"),
        short_name_boundaries=_listed(raw, "short_name_boundaries", path),
        short_name_boundary_tags=_listed(raw, "short_name_boundary_tags", path),
        zone_scheme_words=_listed(raw, "zone_scheme_words", path),
        outside_places_en=_names_in_english(raw, "outside_places_en", path, raw["outside_places"]),
        district_groups_en=_names_in_english(
            raw, "district_groups_en", path, raw["district_groups"]
        ),
        municipality_bare=longest_first(_listed(raw, "municipality_bare", path)),
        beijing_site_stems=_listed(raw, "beijing_site_stems", path),
        place_area_words=_listed(raw, "place_area_words", path),
        site_acronyms=_site_acronyms(raw, path),
        territory_words=_listed(raw, "territory_words", path),
        city_urban_area_words=_listed(raw, "city_urban_area_words", path),
        city_urban_area_not_followers=_listed(raw, "city_urban_area_not_followers", path),
        city_sector_words=_listed(raw, "city_sector_words", path),
        city_measure_endings=_listed(raw, "city_measure_endings", path),
        economy_sector_words=_listed(raw, "economy_sector_words", path),
        city_site_endings=_listed(raw, "city_site_endings", path),
        site_name_endings=_listed(raw, "site_name_endings", path),
        city_site_kind_words=_listed(raw, "city_site_kind_words", path),
        city_site_count_followers=_listed(raw, "city_site_count_followers", path),
        sector_name_endings=_listed(raw, "sector_name_endings", path),
        toward_the_city_marks=_listed(raw, "toward_the_city_marks", path),
        distributive_words=_listed(raw, "distributive_words", path),
        contribution_words=_listed(raw, "contribution_words", path),
        media_suffixes=longest_first(_listed(raw, "media_suffixes", path)),
        photo_credit_endings=_listed(raw, "photo_credit_endings", path),
        photo_credit_marks=_listed(raw, "photo_credit_marks", path),
        photo_bracket_words=_listed(raw, "photo_bracket_words", path),
        photo_source_openings=_listed(raw, "photo_source_openings", path),
        photo_source_endings=_listed(raw, "photo_source_endings", path),
        comparison_cues=longest_first(_listed(raw, "comparison_cues", path)),
        level_words=longest_first(_listed(raw, "level_words", path)),
        possessive_marks=_listed(raw, "possessive_marks", path),
        respectively_cues=_listed(raw, "respectively_cues", path),
        respectively_links=_listed(raw, "respectively_links", path),
        distance_marks=_listed(raw, "distance_marks", path),
        basin_words=_listed(raw, "basin_words", path),
        basin_bodies=_listed(raw, "basin_bodies", path),
        distance_mark_breaks=_listed(raw, "distance_mark_breaks", path),
        list_heading_fillers=longest_first(_listed(raw, "list_heading_fillers", path)),
        list_heading_endings=longest_first(_listed(raw, "list_heading_endings", path)),
        self_references=longest_first(_listed(raw, "self_references", path)),
        scope_followers=longest_first(_listed(raw, "scope_followers", path)),
        scope_frames=longest_first(_listed(raw, "scope_frames", path)),
        route_followers=_listed(raw, "route_followers", path),
        suffix_word_openings=_listed(raw, "suffix_word_openings", path),
        subject_openers=longest_first(_listed(raw, "subject_openers", path)),
        source_cues=longest_first(_listed(raw, "source_cues", path)),
        group_count_nouns=longest_first(_listed(raw, "group_count_nouns", path)),
        shared_cues=longest_first(_listed(raw, "shared_cues", path)),
        shared_cue_not_within=tuple(_listed(raw, "shared_cue_not_within", path)),
        district_wide=longest_first(_listed(raw, "district_wide", path)),
        district_wide_or_a_region=tuple(_listed(raw, "district_wide_or_a_region", path)),
        nation_subjects=longest_first(_listed(raw, "nation_subjects", path)),
        nation_headline_not_subject=_listed(raw, "nation_headline_not_subject", path),
        comparison_openers=_listed(raw, "comparison_openers", path),
        comparison_closers=_listed(raw, "comparison_closers", path),
        organization_endings=longest_first(_listed(raw, "organization_endings", path)),
        district_agency_endings=_words(raw, "district_agency_endings", path),
        forms=_load_form_words(raw, path),
        comparison_markers=longest_first(_listed(raw, "comparison_markers", path)),
        change_bases=longest_first(_listed(raw, "change_bases", path)),
        not_comparisons=longest_first(_listed(raw, "not_comparisons", path)),
        compared_changes=longest_first(_listed(raw, "compared_changes", path)),
        cut_verbs=_listed(raw, "cut_verbs", path),
        comparative_verbs=longest_first(_listed(raw, "comparative_verbs", path)),
        decline_cues=longest_first(_listed(raw, "decline_cues", path)),
        decline_rates=longest_first(_listed(raw, "decline_rates", path)),
        improvement_cues=longest_first(_listed(raw, "improvement_cues", path)),
        actual_words=longest_first(_listed(raw, "actual_words", path)),
        list_lead_verbs=longest_first(_listed(raw, "list_lead_verbs", path)),
        past_task_words=longest_first(_listed(raw, "past_task_words", path)),
        ahead_words=longest_first(_listed(raw, "ahead_words", path)),
        report_openings=longest_first(_listed(raw, "report_openings", path)),
        lower_is_better=longest_first(_listed(raw, "lower_is_better", path)),
        perfective=_listed(raw, "perfective", path),
        proportion_verbs=longest_first(_listed(raw, "proportion_verbs", path)),
        goal_cues=longest_first(_listed(raw, "goal_cues", path)),
        estimate_cues=longest_first(_listed(raw, "estimate_cues", path)),
        estimate_condition_endings=_listed(raw, "estimate_condition_endings", path),
        preliminary_estimate_words=_listed(raw, "preliminary_estimate_words", path),
        estimated_past_years=_listed(raw, "estimated_past_years", path),
        estimated_current_years=_listed(raw, "estimated_current_years", path),
        estimate_baselines=_listed(raw, "estimate_baselines", path),
        estimate_baselines_after=_listed(raw, "estimate_baselines_after", path),
        goal_governors=longest_first(_listed(raw, "goal_governors", path)),
        listed_goal_endings=_listed(raw, "listed_goal_endings", path),
        goal_auxiliaries=_listed(raw, "goal_auxiliaries", path),
        goal_aux_followers=_listed(raw, "goal_aux_followers", path),
        change_units=_listed(raw, "change_units", path),
        growth_rate_nouns=_listed(raw, "growth_rate_nouns", path),
        change_amount_nouns=_listed(raw, "change_amount_nouns", path),
        change_modifiers=_listed(raw, "change_modifiers", path),
        per_markers=_listed(raw, "per_markers", path),
        goal_after=longest_first(_listed(raw, "goal_after", path)),
        goal_cues_after=_listed(raw, "goal_cues_after", path),
        year_start_plan_cues=_listed(raw, "year_start_plan_cues", path),
        plan_adjustments=_listed(raw, "plan_adjustments", path),
        goal_sections=_listed(raw, "goal_sections", path),
        review_sections=_listed(raw, "review_sections", path),
        present_markers=_listed(raw, "present_markers", path),
        deadline_present_breaks=_words(raw, "deadline_present_breaks", path),
        qualifier_patterns=_qualifier_patterns(raw["qualifier_patterns"], path),
        date_patterns=_named_patterns(
            raw.get("date_patterns"), "date_patterns", _DATE_PATTERNS, path
        ),
        theme_neutral=longest_first(_listed(raw, "theme_neutral", path)),
        theme_weak=frozenset(_listed(raw, "theme_weak", path)),
        theme_industry_heads=_words(raw, "theme_industry_heads", path),
        theme_industry_sites=_words(raw, "theme_industry_sites", path),
        theme_denominator=_pattern(raw["theme_denominator"], "theme_denominator", path),
        theme_partner_bodies=_pattern(raw["theme_partner_bodies"], "theme_partner_bodies", path),
        not_facts=NotFactCues.from_raw(raw.get("not_facts")),
        date_units=_words(raw, "date_units", path),
        big_count_words=_words(raw, "big_count_words", path),
        generic_count_unit=_word(raw, "generic_count_unit", path),
        occurrence_units=_words(raw, "occurrence_units", path),
        pass_units=_words(raw, "pass_units", path),
        from_value_times=_words(raw, "from_value_times", path),
        planned_work_verbs=_words(raw, "planned_work_verbs", path),
        occurrence_word_openers=_words(raw, "occurrence_word_openers", path),
        occurrence_word_opener_exceptions=_words(raw, "occurrence_word_opener_exceptions", path),
        site_classifiers=_words(raw, "site_classifiers", path),
        vehicle_classifiers=_listed(raw, "vehicle_classifiers", path),
        vehicle_word=_word(raw, "vehicle_word", path),
        vehicle_only_classifiers=_listed(raw, "vehicle_only_classifiers", path),
        norm_leads=_listed(raw, "norm_leads", path),
        range_words=_words(raw, "range_words", path),
        fraction_word=_word(raw, "fraction_word", path),
        rank_top=_word(raw, "rank_top", path),
        rank_from_bottom=_listed(raw, "rank_from_bottom", path),
        rank_tails=_words(raw, "rank_tails", path),
        rank_not_followers=_words(raw, "rank_not_followers", path),
        top_list_heads=_words(raw, "top_list_heads", path),
        term_stops=_words(raw, "term_stops", path),
        term_list_words=_words(raw, "term_list_words", path),
        term_fillers_after=_words(raw, "term_fillers_after", path),
        term_verbs=frozenset(_words(raw, "term_verbs", path)),
        change_measures=_words(raw, "change_measures", path),
        ordinal_marks=_words(raw, "ordinal_marks", path),
        year_words=_words(raw, "year_words", path),
        back_reference_openers=_words(raw, "back_reference_openers", path),
        city_count_nouns=_words(raw, "city_count_nouns", path),
        national_title_leads=_words(raw, "national_title_leads", path),
        line_name_suffixes=_words(raw, "line_name_suffixes", path),
        line_name_not_followers=_words(raw, "line_name_not_followers", path),
        dated_year_leads=_words(raw, "dated_year_leads", path),
        carried_measure_words=_words(raw, "carried_measure_words", path),
        anaphoric_measures=_words(raw, "anaphoric_measures", path),
        object_verbs=_words(raw, "object_verbs", path),
        example_markers=_words(raw, "example_markers", path),
        institution_heads=_words(raw, "institution_heads", path),
        standing_verbs=_words(raw, "standing_verbs", path),
        topic_marks=_words(raw, "topic_marks", path),
        subject_standings=_words(raw, "subject_standings", path),
        runner_up_marks=_words(raw, "runner_up_marks", path),
        extreme_identifier_marks=_words(raw, "extreme_identifier_marks", path),
        extreme_heads=_words(raw, "extreme_heads", path),
        each_own_breakers=_words(raw, "each_own_breakers", path),
        trade_site_words=_words(raw, "trade_site_words", path),
        district_seat_words=_words(raw, "district_seat_words", path),
        list_cause_verbs=_words(raw, "list_cause_verbs", path),
        person_classifiers=_words(raw, "person_classifiers", path),
        casualty_acts=_words(raw, "casualty_acts", path),
        singling_marks=_words(raw, "singling_marks", path),
        extreme_place_marks=_words(raw, "extreme_place_marks", path),
        extreme_point_marks=_words(raw, "extreme_point_marks", path),
        extreme_reading_words=_words(raw, "extreme_reading_words", path),
        outside_extreme_readings=_words(raw, "outside_extreme_readings", path),
        town_site_followers=_words(raw, "town_site_followers", path),
        reading_station_endings=_listed(raw, "reading_station_endings", path),
        among_frame_marks=_listed(raw, "among_frame_marks", path),
        not_change_endings=_listed(raw, "not_change_endings", path),
        located_in_marks=_words(raw, "located_in_marks", path),
        worst_hit_words=_words(raw, "worst_hit_words", path),
        date_clause_words=longest_first(_words(raw, "date_clause_words", path)),
        anaphoric_leads=_words(raw, "anaphoric_leads", path),
        breakdown_head_openers=_words(raw, "breakdown_head_openers", path),
        breakdown_head_closers=_words(raw, "breakdown_head_closers", path),
        ranking_frame_ends=_words(raw, "ranking_frame_ends", path),
        compositions=_compositions(raw, path),
        mapping=MappingCues.from_raw(raw["indicator_mapping"]),
        adjusted_basis_words=_words(raw, "adjusted_basis_words", path),
        page_cues=_word_groups(path, raw, "unseen_page_cues", PAGE_CUE_GROUPS),
        areas=_areas(raw, path),
        area_bare_names=_words(raw, "area_bare_names", path),
        area_join_marks=_words(raw, "area_join_marks", path),
        zone_park_endings=_words(raw, "zone_park_endings", path),
        alias_definition_cues=_words(raw, "alias_definition_cues", path),
        area_definition_joiners=_words(raw, "area_definition_joiners", path),
        service_cues=_word_groups(path, raw, "service_phrase_cues", SERVICE_CUE_GROUPS),
        chart_scope=_word_groups(path, raw, "chart_scope_cues", CHART_SCOPE_GROUPS),
        person_heads=_unit_nouns(raw, "person_heads", path),
        person_head_exceptions=_listed(raw, "person_head_exceptions", path),
        theme_actions=_theme_word_lists(raw, path, "theme_actions"),
        story_theme_actions=_theme_word_lists(raw, path, "story_theme_actions"),
        theme_clause_actions=_theme_word_lists(raw, path, "theme_clause_actions"),
        theme_clause_action_kinds=_listed(raw, "theme_clause_action_kinds", path),
        story_disasters=_theme_word_lists(raw, path, "story_disasters"),
        district_bodies=_words(raw, "district_bodies", path),
        body_agent_leads=_listed(raw, "body_agent_leads", path),
        bound_char_words=_words(raw, "bound_char_words", path),
        city_tier_words=_words(raw, "city_tier_words", path),
        tier_joiners=_words(raw, "tier_joiners", path),
        measure_joiners=_words(raw, "measure_joiners", path),
        district_name_idioms=_words(raw, "district_name_idioms", path),
        short_names_also_words=_listed(raw, "short_names_also_words", path),
        place_title_heads=_words(raw, "place_title_heads", path),
        goal_continuations=_words(raw, "goal_continuations", path),
        goal_reach_stops=_words(raw, "goal_reach_stops", path),
        counted_thing_heads=_words(raw, "counted_thing_heads", path),
        counted_thing_classifiers=_words(raw, "counted_thing_classifiers", path),
        honour_list_verbs=_words(raw, "honour_list_verbs", path),
        measured_kind_nouns=_words(raw, "measured_kind_nouns", path),
        ranked_list_classifiers=_words(raw, "ranked_list_classifiers", path),
        programme_frame_heads=_words(raw, "programme_frame_heads", path),
        measured_subject_words=_words(raw, "measured_subject_words", path),
        forecast_words=_words(raw, "forecast_words", path),
        forecast_period_opening=_pattern(
            raw.get("forecast_period_opening", ""), "forecast_period_opening", path
        ),
        closing_goal_cues=_words(raw, "closing_goal_cues", path),
        deadline_labels=_listed(raw, "deadline_labels", path),
        closing_goal_blockers=_words(raw, "closing_goal_blockers", path),
        closing_goal_begun=_listed(raw, "closing_goal_begun", path),
        list_subject_predicates=_words(raw, "list_subject_predicates", path),
        list_total_words=_listed(raw, "list_total_words", path),
        list_open_ends=longest_first(_listed(raw, "list_open_ends", path)),
        list_kind_mark=_word(raw, "list_kind_mark", path),
        nation_baseline_before=_listed(raw, "nation_baseline_before", path),
        list_kind_place_heads=_listed(raw, "list_kind_place_heads", path),
        destination_marks=_listed(raw, "destination_marks", path),
        aid_destination_marks=_listed(raw, "aid_destination_marks", path),
        sending_verbs=_listed(raw, "sending_verbs", path),
        route_verbs=_listed(raw, "route_verbs", path),
        destination_count_nouns=_listed(raw, "destination_count_nouns", path),
        list_open_end_continuations=_listed(raw, "list_open_end_continuations", path),
        city_body_openings=_listed(raw, "city_body_openings", path),
        city_service_names=_listed(raw, "city_service_names", path),
        own_area_parts=_listed(raw, "own_area_parts", path),
        district_body_openings=_listed(raw, "district_body_openings", path),
        body_opening_exceptions=_listed(raw, "body_opening_exceptions", path),
        nation_origin_followers=_listed(raw, "nation_origin_followers", path),
        grade_setters=_listed(raw, "grade_setters", path),
        grade_followers=_listed(raw, "grade_followers", path),
        habitual_leads=_listed(raw, "habitual_leads", path),
        local_subjects=_listed(raw, "local_subjects", path),
        district_tier_words=_listed(raw, "district_tier_words", path),
        town_back_references=_listed(raw, "town_back_references", path),
        body_system_words=_listed(raw, "body_system_words", path),
        city_body_names=longest_first(_listed(raw, "city_body_names", path)),
        body_name_leads=_listed(raw, "body_name_leads", path),
        body_instruction_words=_listed(raw, "body_instruction_words", path),
        neighbour_marks=_listed(raw, "neighbour_marks", path),
        base_value_after=_listed(raw, "base_value_after", path),
        donor_marks=_listed(raw, "donor_marks", path),
        part_in_district_words=_listed(raw, "part_in_district_words", path),
        span_verbs=_listed(raw, "span_verbs", path),
        shared_marks=_listed(raw, "shared_marks", path),
        lying_all_marks=_listed(raw, "lying_all_marks", path),
        addition_words=_listed(raw, "addition_words", path),
        list_open_words=_listed(raw, "list_open_words", path),
        list_each_measure_words=_listed(raw, "list_each_measure_words", path),
        list_share_words=_listed(raw, "list_share_words", path),
        span_negations=_listed(raw, "span_negations", path),
        plural_references=_listed(raw, "plural_references", path),
        plural_demonstratives=_listed(raw, "plural_demonstratives", path),
        district_word_leads=_words(raw, "district_word_leads", path),
        nation_not_rank_words=_listed(raw, "nation_not_rank_words", path),
        aid_words=_listed(raw, "aid_words", path),
        difference_verbs=_listed(raw, "difference_verbs", path),
        more_mark_followers=_listed(raw, "more_mark_followers", path),
        boundary_words=_listed(raw, "boundary_words", path),
        boundary_word_continuations=_listed(raw, "boundary_word_continuations", path),
        bordering_words=_listed(raw, "bordering_words", path),
        subject_pointers=_listed(raw, "subject_pointers", path),
        firm_endings=_listed(raw, "firm_endings", path),
        body_name_endings=_words(raw, "body_name_endings", path),
        figure_list_links=_listed(raw, "figure_list_links", path),
        area_nouns=_listed(raw, "area_nouns", path),
        generic_area_leads=_listed(raw, "generic_area_leads", path),
        district_group_nouns=_listed(raw, "district_group_nouns", path),
        rank_scopes_beyond_the_city=_listed(raw, "rank_scopes_beyond_the_city", path),
        district_rank_scopes=_listed(raw, "district_rank_scopes", path),
        district_bureaus=_listed(raw, "district_bureaus", path),
        batch_words=_listed(raw, "batch_words", path),
        rank_scope_closers=_listed(raw, "rank_scope_closers", path),
        city_baseline_before=_listed(raw, "city_baseline_before", path),
        city_baseline_after=_listed(raw, "city_baseline_after", path),
        set_membership_marks=_listed(raw, "set_membership_marks", path),
        set_scope_words=_listed(raw, "set_scope_words", path),
        scope_of_a_first=_listed(raw, "scope_of_a_first", path),
        unit_themes=_theme_word_lists(raw, path, "unit_themes"),
        casualty_count_themes=_theme_word_lists(raw, path, "casualty_count_themes"),
        casualty_events=_words(raw, "casualty_events", path),
        past_time_words=_words(raw, "past_time_words", path),
        action_measures=_action_measures(raw, path),
        money_words=_word_groups(path, raw, "money_without_yuan", MONEY_WORD_GROUPS),
        bare_count_nouns=_word_lists(raw, "bare_count_nouns", path),
        bare_count_term_heads=_word_lists(raw, "bare_count_term_heads", path),
        air_concentration_cues=_word_lists(raw, "air_concentration_cues", path),
        city_event_names=_listed(raw, "city_event_names", path),
        former_districts=_former_districts(raw, path),
        toward_marks=_listed(raw, "toward_marks", path),
        one_in_every_have=_listed(raw, "one_in_every_have", path),
        site_not_subject_followers=_listed(raw, "site_not_subject_followers", path),
        site_kinds=_listed(raw, "site_kinds", path),
        site_kind_rivals=_listed(raw, "site_kind_rivals", path),
        baseline_place_leads=_listed(raw, "baseline_place_leads", path),
        event_time_words=_listed(raw, "event_time_words", path),
        people_noun_continuations=_listed(raw, "people_noun_continuations", path),
    )


@dataclasses.dataclass(frozen=True)
class AreaCue:
    """An area that is not a district (a development zone): the short name a combined area's
    name uses (district-short), and the ways a text names it, longest first."""

    short: str
    aliases: tuple[str, ...]
    name_en: str  # what the English UI calls the area
    short_en: str  # and its short name, in a combined area's English name


@dataclasses.dataclass(frozen=True)
class ActionMeasure:
    """The catalog indicator a count in an action's clause is a value of, and the words that,
    right after the action, make it another action (转移就业)."""

    indicator: str
    not_followed_by: tuple[str, ...]


def _action_measures(raw: dict, path: Path) -> dict[str, ActionMeasure]:
    """``action_measures``: action -> {indicator, not_followed_by}, or a ``CatalogError``."""
    section = raw.get("action_measures")
    if not isinstance(section, dict) or not section:
        raise CatalogError(path, "must be a mapping of actions", "action_measures")
    measures = {}
    for action, entry in section.items():
        key = f"action_measures.{action}"
        if not isinstance(entry, dict) or set(entry) != {"indicator", "not_followed_by"}:
            raise CatalogError(path, "needs exactly 'indicator', 'not_followed_by'", key)
        if not isinstance(entry["indicator"], str) or not entry["indicator"].strip():
            raise CatalogError(path, "'indicator' must be an indicator id", key)
        measures[str(action)] = ActionMeasure(
            entry["indicator"], _words(entry, "not_followed_by", path)
        )
    return measures


def _areas(raw: dict, path: Path) -> dict[str, AreaCue]:
    """``non_district_areas``: name -> {short, aliases, name_en, short_en}, or a
    ``CatalogError`` naming the entry."""
    section = raw.get("non_district_areas")
    if not isinstance(section, dict) or not section:
        raise CatalogError(path, "must be a mapping of area names", "non_district_areas")
    areas = {}
    for name, entry in section.items():
        key = f"non_district_areas.{name}"
        fields = ("short", "aliases", "name_en", "short_en")
        if not isinstance(entry, dict) or set(entry) != set(fields):
            raise CatalogError(path, "needs exactly " + ", ".join(map(repr, fields)), key)
        for field in ("short", "name_en", "short_en"):
            if not isinstance(entry[field], str) or not entry[field].strip():
                raise CatalogError(path, f"'{field}' must be a non-empty name", key)
        areas[str(name)] = AreaCue(
            entry["short"], _words(entry, "aliases", path), entry["name_en"], entry["short_en"]
        )
    return areas


# The named lists of ``service_phrase_cues`` (each a non-empty list of words).
SERVICE_CUE_GROUPS = (
    "full_day_hours",
    "round_the_clock_followers",
    "cycle_marks",
    "record_words",
    "single_case_words",
)

# The named lists of ``chart_scope_cues`` (each a non-empty list of words).
MONEY_WORD_GROUPS = (
    "unit",
    "currencies_before",
    "cues_before",
    "not_money_between",
    "links_between",
    "nouns_after",
    "fund_nouns",
    "followers",
    "magnitudes",
    "threshold_verbs",
    "threshold_verbs_alone",
    "approach_words",
    "round_words",
    "closers",
    "forecast_modals",
    "category_marks",
    "become_verbs",
    "place_nouns",
    "whole_marks",
    "member_words",
    "not_reached_words",
    "time_marks",
)
CHART_SCOPE_GROUPS = (
    "stock_words",
    "gathering_verbs",
    "plan_list_words",
    "change_rank_words",
    "area_suffixes",
    "facility_nouns",
    "opening_verbs",
    "opening_adverbs",
    "becoming_verbs",
    "year_end_words",
    "whole_year_words",
    "year_task_nouns",
    "event_period_words",
    "holiday_title_words",
    "holiday_measure_words",
    "month_measure_words",
    "month_reading_breakers",
    "day_units",
    "every_district_words",
    "scope_leads",
    "within_rank_verbs",
    "within_rank_scopes",
    "within_rank_places",
)


# The named lists of ``unseen_page_cues`` (each a non-empty list of words).
PAGE_CUE_GROUPS = (
    "superlative_scopes",
    "superlative_words",
    "superlative_followers",
    "policy_article_units",
    "policy_list_ends",
    "history_suffixes",
    "counted_place_nouns",
    "count_measure_words",
    "years_ago_words",
)


def _listed(raw: dict, key: str, path: Path) -> tuple[str, ...]:
    """``key: [word, ...]`` in the file's order, or a ``CatalogError`` naming the file and the
    key (a word written where a list belongs would otherwise be read as its characters)."""
    words = raw[key]
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise CatalogError(path, "must be a list of non-empty words", key)
    return tuple(words)


def _former_districts(raw: dict, path: Path) -> tuple[str, ...]:
    """``former_districts``: each one a place of ``district_groups`` (its spellings are there),
    or a ``CatalogError`` naming the entry."""
    names = _listed(raw, "former_districts", path)
    for name in names:
        if name not in raw["district_groups"]:
            problem = f"{name!r} is not a place of district_groups"
            raise CatalogError(path, problem, "former_districts")
    return names


def _unit_nouns(raw: dict, key: str, path: Path) -> dict[str, str]:
    """``key: {noun: unit}``, non-empty words on both sides, or a ``CatalogError`` naming it."""
    entry = raw.get(key)
    if not isinstance(entry, dict) or not entry:
        raise CatalogError(path, "must be a non-empty mapping of nouns to units", key)
    for noun, unit in entry.items():
        if not (isinstance(noun, str) and noun.strip() and isinstance(unit, str) and unit.strip()):
            raise CatalogError(path, f"not a noun and a unit: {noun!r}: {unit!r}", key)
    return dict(entry)


def _site_acronyms(raw: dict, path: Path) -> dict[str, str]:
    """``site_acronyms: {Latin name: district}``, or a ``CatalogError`` naming the file, the
    key and the entry that is not a pair of non-empty names."""
    key = "site_acronyms"
    entry = raw.get(key, {})
    if not isinstance(entry, dict):
        raise CatalogError(path, "must be a mapping of Latin site names to districts", key)
    for name, district in entry.items():
        if not (isinstance(name, str) and name and isinstance(district, str) and district):
            raise CatalogError(path, f"{name}: must name a site and its district", key)
    return {str(name): str(district) for name, district in entry.items()}


def _short_names(
    raw: dict, path: Path, key: str = "group_short_names"
) -> dict[str, tuple[str, ...]]:
    """``key: {group: [short name, ...]}`` (``group_short_names``, ``urban_averages``,
    ``urban_readings``), each group one of ``district_groups``, or a ``CatalogError`` naming the
    file, the key and the group."""
    entry = raw.get(key)
    if not isinstance(entry, dict):
        raise CatalogError(path, "must be a mapping of groups to their short names", key)
    shorts: dict[str, tuple[str, ...]] = {}
    for group, names in entry.items():
        if group not in raw["district_groups"]:
            raise CatalogError(path, f"{group} is none of district_groups", key)
        if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
            raise CatalogError(path, f"{group}: must be a list of non-empty names", key)
        shorts[str(group)] = tuple(sorted(names, key=len, reverse=True))
    return shorts


def _names_in_english(raw: dict, key: str, path: Path, named: dict) -> dict[str, str]:
    """``key: {name: English name}`` with an English name for every name of ``named``, or a
    ``CatalogError`` naming the file, the key and the name without one."""
    entry = raw.get(key)
    if not isinstance(entry, dict):
        raise CatalogError(path, "must be a mapping of names to English names", key)
    for name in named:
        english = entry.get(name)
        if not isinstance(english, str) or not english.strip():
            raise CatalogError(path, f"has no English name for {name}", key)
    return {str(name): str(english) for name, english in entry.items()}


def _words(raw: dict, key: str, path: Path) -> tuple[str, ...]:
    """``key: [word, ...]``, longest first (for alternations; ties in the file's order), or a
    ``CatalogError`` naming the file and the key."""
    words = raw.get(key)
    if not isinstance(words, list) or not words:
        raise CatalogError(path, "must be a non-empty list of words", key)
    if not all(isinstance(word, str) and word.strip() for word in words):
        raise CatalogError(path, "must be a list of non-empty words", key)
    return tuple(sorted(dict.fromkeys(words), key=len, reverse=True))


def _word(raw: dict, key: str, path: Path) -> str:
    """``key: word``, one non-empty word, or a ``CatalogError`` naming it."""
    word = raw.get(key)
    if not isinstance(word, str) or not word.strip():
        raise CatalogError(path, "must be one non-empty word", key)
    return word


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


def _theme_word_lists(raw: dict, path: Path, key: str) -> dict[str, tuple[str, ...]]:
    """``key: {theme: [word, ...]}`` (theme_actions, unit_themes), each theme one of
    ``theme_keywords``, or a ``CatalogError`` naming the file, the key and the problem."""
    value = raw.get(key)
    if not isinstance(value, dict) or not value:
        raise CatalogError(path, "must map themes to word lists", key)
    unknown = set(value) - set(raw.get("theme_keywords") or {})
    if unknown:
        raise CatalogError(path, f"not a theme of theme_keywords: {sorted(unknown)}", key)
    return _word_groups(path, raw, key, tuple(value))


def _compositions(raw: dict, path: Path) -> dict[str, tuple[str, ...]]:
    """``compositions``: each a list of the names a composition goes by (三次产业构成, 三次产业
    结构) and its parts in the order a ratio gives them; returned as name → parts."""
    section = raw.get("compositions")
    if not isinstance(section, list) or not section:
        raise CatalogError(path, "must be a list of compositions", "compositions")
    found: dict[str, tuple[str, ...]] = {}
    for number, entry in enumerate(section, 1):
        where = f"compositions[{number}]"
        if not isinstance(entry, dict) or set(entry) != {"names", "parts"}:
            raise CatalogError(path, "must have exactly 'names' and 'parts'", where)
        for field in ("names", "parts"):
            words = entry[field]
            if (
                not isinstance(words, list)
                or not words
                or not all(isinstance(w, str) and w for w in words)
            ):
                raise CatalogError(path, "must be a list of non-empty words", f"{where}.{field}")
        for name in entry["names"]:
            if name in found:
                raise CatalogError(path, f"{name} names two compositions", where)
            found[name] = tuple(entry["parts"])
    return found


# The word lists the table reader asks for by name (facts/table_text.py).
TEXT_TABLE_LISTS = (
    "change_headers", "target_headers", "unit_headers", "unit_cues", "header_words",
    "subrow_marks", "change_labels", "label_neutral_endings", "per_unit_prefixes", "growth_term",
    "count_headers", "part_year_words", "month_marks", "month_suffixes", "day_marks",
    "township_headers",
    "place_headers",
    "rank_headers", "caption_fillers", "township_suffixes", "township_offices", "area_part_labels",
    "mean_heads", "table_words", "numbered_table_words", "label_headers",
    "table_reference_leads", "unit_suffix_after", "year_headers", "excluding_words",
    "period_column_headers", "year_label_headers", "grouping_openers", "grouping_endings",
)  # fmt: skip


def _word_lists(
    raw: dict, key: str, path: Path, required: tuple[str, ...] = ()
) -> dict[str, tuple[str, ...]]:
    """A section of named word lists (``text_tables: {unit_headers: [单位]}``), checked on load
    so that a typo names the file, the entry and the problem instead of failing later; each
    of ``required`` must be there."""
    section = raw.get(key)
    if not isinstance(section, dict) or not section:
        raise CatalogError(path, "must be a mapping of named word lists", key)
    for name in required:
        if name not in section:
            raise CatalogError(path, "missing word list", f"{key}.{name}")
    lists = {}
    for name, words in section.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise CatalogError(path, "must be a list of non-empty words", f"{key}.{name}")
        lists[str(name)] = tuple(words)
    return lists


@dataclass(frozen=True)
class NotFactCues:
    """The cue words of the rules below: the ``not_facts`` section of ``data/lexicon.yaml``."""

    phase_words: tuple[str, ...]
    issue_leads: tuple[str, ...]
    articles: tuple[str, ...]
    position_prefixes: tuple[str, ...]
    event_measures: tuple[str, ...]
    event_nouns: tuple[str, ...]
    return_period_markers: tuple[str, ...]
    observed_return_measures: tuple[str, ...]
    observed_return_verbs: tuple[str, ...]
    return_standard_words: tuple[str, ...]
    age_units: tuple[str, ...]
    age_measures: tuple[str, ...]
    threshold_cues: tuple[str, ...]
    class_naming_words: tuple[str, ...]
    threshold_endings: tuple[str, ...]
    bound_inclusive_marks: tuple[str, ...]
    definition_heads: tuple[str, ...]
    scope_bounds: tuple[str, ...]
    class_bounds: tuple[str, ...]
    class_level_words: tuple[str, ...]
    class_size_words: tuple[str, ...]
    size_class_bases: tuple[str, ...]
    class_count_links: tuple[str, ...]
    amount_class_nouns: tuple[str, ...]
    duration_units: tuple[str, ...]
    regime_followers: tuple[str, ...]
    format_units: tuple[str, ...]
    format_marks: tuple[str, ...]
    format_mark_words: tuple[str, ...]
    bracket_total_words: tuple[str, ...]
    warning_products: tuple[str, ...]
    window_before: tuple[str, ...]
    window_after: tuple[str, ...]
    target_window_followers: tuple[str, ...]
    class_measures: tuple[str, ...]
    class_zone_nouns: tuple[str, ...]
    class_zone_continuations: tuple[str, ...]
    class_division_verbs: tuple[str, ...]
    vague_digits: tuple[str, ...]
    loose_pair_kinds: tuple[str, ...]
    vague_leads: tuple[str, ...]
    counted_nouns_in_shu: tuple[str, ...]
    vague_magnitudes: tuple[str, ...]
    magnitude_classes: tuple[str, ...]
    size_grade_marks: tuple[str, ...]
    picture_guides: tuple[str, ...]
    yardstick_leads: tuple[str, ...]
    yardstick_units: tuple[str, ...]
    yardstick_things: tuple[str, ...]
    standard_nouns: tuple[str, ...]
    standard_noun_breaks: tuple[str, ...]
    standard_compared_leads: tuple[str, ...]
    seismic_intensity_leads: tuple[str, ...]
    seismic_intensity_followers: tuple[str, ...]
    turn_angles: tuple[str, ...]
    lane_units: tuple[str, ...]
    lane_count_leads: tuple[str, ...]
    longer_count_units: tuple[str, ...]
    pointed_back_leads: tuple[str, ...]
    time_circle_ends: tuple[str, ...]
    list_item_breakers: tuple[str, ...]
    ordinal_labels: tuple[str, ...]
    ordinal_team_heads: tuple[str, ...]
    page_cues: tuple[str, ...]
    clock_hour_marks: tuple[str, ...]
    clock_minute_units: tuple[str, ...]
    temperature_units: tuple[str, ...]
    temperature_cues: tuple[str, ...]
    electricity_cues: tuple[str, ...]
    other_degree_cues: tuple[str, ...]
    wind_cues: tuple[str, ...]
    wind_grade_followers: tuple[str, ...]
    wind_grade_gales: tuple[str, ...]
    wind_grade_blockers: tuple[str, ...]
    page_chrome_cues: tuple[str, ...]
    page_counter_nouns: tuple[str, ...]
    page_counter_labels: tuple[str, ...]
    original_title_labels: tuple[str, ...]
    place_names_with_numerals: tuple[str, ...]
    names_with_numerals: tuple[str, ...]
    numeral_prefixes: tuple[str, ...]
    numeral_prefix_leads: tuple[str, ...]
    position_marks: tuple[str, ...]
    district_count_heads: tuple[str, ...]
    position_mark_words: tuple[str, ...]
    length_units: tuple[str, ...]
    stake_joiners: tuple[str, ...]
    second_units: tuple[str, ...]
    minute_units: tuple[str, ...]
    history_followers: tuple[str, ...]
    history_before: tuple[str, ...]
    period_before: tuple[str, ...]
    period_exceptions: tuple[str, ...]
    record_window_followers: tuple[str, ...]
    record_window_breakers: tuple[str, ...]
    record_limit_marks: tuple[str, ...]
    ago_marks: tuple[str, ...]
    ago_exceptions: tuple[str, ...]
    ago_leads: tuple[str, ...]
    ranked_list_ends: tuple[str, ...]
    kilo_prefix: tuple[str, ...]
    kilo_units: tuple[str, ...]
    ranked_list_units: tuple[str, ...]
    ranked_list_people_units: tuple[str, ...]
    ranked_list_standings: tuple[str, ...]
    ranked_list_verbs: tuple[str, ...]
    around_words: tuple[str, ...]
    around_duration_before: tuple[str, ...]
    around_duration_after: tuple[str, ...]
    rating_units: tuple[str, ...]
    rating_marks: tuple[str, ...]
    rating_mark_continuations: tuple[str, ...]
    district_nouns: tuple[str, ...]
    district_noun_continuations: tuple[str, ...]
    district_count_leads: tuple[str, ...]
    passive_marks: tuple[str, ...]
    window_leads: tuple[str, ...]
    variant_nouns: tuple[str, ...]

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
    rank_suffixes: tuple[str, ...]
    phrase_fillers: tuple[str, ...]
    narrowing_modifiers: tuple[str, ...]
    per_head_modifiers: tuple[str, ...]
    per_head_links: tuple[str, ...]
    subarea_suffixes: tuple[str, ...]
    addition_words: tuple[str, ...]
    exclusive_count_units: tuple[str, ...]
    generic_classifiers: tuple[str, ...]
    interchangeable_count_bases: tuple[str, ...]
    subject_fillers: tuple[str, ...]
    aggregate_words: tuple[str, ...]
    head_continuations: tuple[str, ...]
    rate_endings: tuple[str, ...]
    part_markers: tuple[str, ...]
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
