"""Chart builders: tables in, plotly figures out. No Streamlit, so they are tested directly
and the snapshot export draws exactly what the page shows.

Every figure explains itself: title with the unit, a label on each bar with its year or
"as of" date and its qualifier mark, "not reported" where a district has no value (never a
zero bar), footnotes for qualifiers and years, and a source line naming the documents.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import textwrap
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from districts.catalog import Indicator
from districts.present.citations import cited_docs, short_citation, source_of
from districts.present.comparison import readable_quote, written_range
from districts.present.i18n import qualifier_mark, qualifier_note, t, unit_label, when_label
from districts.present.layout import DEFAULT_PRESET, PRESETS, Preset, text_width, wrap
from districts.present.views import (
    DisplayUnit,
    Tables,
    display_unit,
    indicator_values,
    other_years,
    resolved_year,
)

# Noto Sans CJK SC first: without an explicit SC family, fontconfig may pick the Japanese
# glyph variants. The rest is for browsers on machines without Noto.
FONT_FAMILY = (
    "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, "
    "WenQuanYi Micro Hei, sans-serif"
)
# An explicit template: importing streamlit switches plotly's default to one whose colours
# are placeholders, which exports black bars.
TEMPLATE_NAME = "plotly_white"
# The template's parts no chart here uses (3-D scenes, polar, ternary and geo subplots, the
# defaults of 40 other trace types): each figure copies, validates and sends its template, and
# the whole of plotly_white cost 0.18 s per figure to build and 7 KB of every figure sent to
# the browser (a theme page redraws 6 on a filter change).
_UNUSED_LAYOUT = ("polar", "ternary", "scene", "geo")
_USED_TRACES = ("bar", "scatter")


def lean_template(name: str = TEMPLATE_NAME) -> go.layout.Template:
    """``name``'s page and axes styles and its defaults for bars and lines only, e.g.
    lean_template().layout.paper_bgcolor == "white" and lean_template().data.pie == ()."""
    full = pio.templates[name]
    layout = full.layout.to_plotly_json()
    data = full.data.to_plotly_json()
    return go.layout.Template(
        layout={k: v for k, v in layout.items() if k not in _UNUSED_LAYOUT},
        data={k: v for k, v in data.items() if k in _USED_TRACES},
    )


TEMPLATE = lean_template()


def new_figure() -> go.Figure:
    """An empty figure on TEMPLATE (never on plotly's default template, copied and then
    replaced)."""
    return go.Figure(layout={"template": TEMPLATE})


# One colour system (Okabe–Ito, safe for the common colour-vision deficiencies), in this one
# place: each theme has its colour on every page (overview, coverage, bars); a comparison's
# bars share their theme's colour, and a highlighted district keeps it while the others fade.
THEME_COLORS = {
    "ecology": "#009E73",  # bluish green
    "industry": "#0072B2",  # blue
    "resilience": "#D55E00",  # vermilion
    "society": "#CC79A7",  # reddish purple
    "other": "#777777",
}
# Distinct series (related indicators, trend lines): Okabe–Ito order, black last.
SERIES_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000")
# Lines per district where districts must be told apart (trends): the series colours again.
DISTRICT_COLORS = SERIES_COLORS
FADED = 0.35  # opacity of the bars that are not highlighted
MUTED = "#8a8a8a"
NOTE_COLOR = "#555"
LINE_HEIGHT = 1.3  # plotly's line spacing in multi-line text, in em


def _rgba(color: str, alpha: float) -> str:
    """``#RRGGBB`` at ``alpha``: ``_rgba("#009E73", 0.35)`` → ``rgba(0,158,115,0.35)``."""
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def theme_color(theme: str) -> str:
    """The theme's one colour (any page, any chart)."""
    return THEME_COLORS.get(theme, THEME_COLORS["other"])


def district_color(tables: Tables, district: str) -> str:
    names = [d.name for d in tables.catalog.districts]
    index = names.index(district) if district in names else len(names)
    return DISTRICT_COLORS[index % len(DISTRICT_COLORS)]


def district_label(tables: Tables, district: str, lang: str) -> str:
    """A district's name in the reader's language; an area that is not a district (a
    development zone) or a district and a zone together (大兴-开发区, facts/areas.py) by the
    lexicon's names for them."""
    found = tables.catalog.district_by_name(district)
    if found is not None:
        return found.name_en if lang == "en" else found.name
    return area_label(tables, district, lang)


def area_label(tables: Tables, place: str, lang: str) -> str:
    """An area's name, a combined area's (Daxing + E-Town) or districts listed together
    (Fangshan, Mentougou, Changping); any other place as written."""
    from districts.catalog import GROUP_JOINER
    from districts.lexicon import load_lexicon

    lexicon = load_lexicon()  # the data folder's (DISTRICTS_DATA_DIR), as the tables
    areas = lexicon.areas
    if place in areas:
        return areas[place].name_en if lang == "en" else place
    if place in lexicon.district_groups_en:
        return lexicon.district_groups_en[place] if lang == "en" else place
    if place in lexicon.outside_places_en:
        return lexicon.outside_places_en[place] if lang == "en" else place
    open_end = next((end for end in lexicon.list_open_ends if place.endswith(end)), "")
    names = place.removesuffix(open_end) if open_end else place
    listed = [tables.catalog.district_by_name(name) for name in names.split(GROUP_JOINER)]
    if (len(listed) >= 2 or open_end) and all(listed):
        # districts listed together (房山、门头沟、昌平): a total of them all; a list left
        # open (海淀、朝阳等区): theirs and others'
        english = ", ".join(d.name_en for d in listed if d)
        if open_end:
            english = t("listed_and_others", lang).format(places=english)
        return english if lang == "en" else place
    district_name, _, short = place.rpartition("-")
    district = tables.catalog.district_by_name(district_name) if district_name else None
    zone = next((area for area in areas.values() if area.short == short), None)
    if district is None or zone is None or lang != "en":
        return place
    return f"{district.name_en} + {zone.short_en}"


def indicator_label(indicator: Indicator, lang: str) -> str:
    return indicator.name_en if lang == "en" else indicator.name


def format_number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def comparison_figure(
    tables: Tables,
    indicators: list[Indicator],
    districts: list[str],
    lang: str = "zh",
    year: str = "",
    sort: bool = False,
    today: dt.date | None = None,
    size: str = DEFAULT_PRESET,
    highlight: str = "",
) -> go.Figure:
    """Bars comparing ``districts`` on one indicator, or on several related indicators as
    distinct, labelled series (never merged into one), laid out at the printed ``size``
    (a key of ``layout.PRESETS``). One indicator's bars share its theme's colour;
    ``highlight`` (a district) keeps it while the others fade. A bound (≥, ≤) is a hatched
    bar, a written range (3至5个) a bar with a whisker to its upper end."""
    preset = PRESETS[size]
    main = indicators[0]
    series = [
        (indicator, indicator_values(tables, indicator.id, districts, year))
        for indicator in indicators
    ]
    all_values = pd.concat([values["value"] for _, values in series])
    unit = display_unit(tables, main, all_values.dropna())
    order = list(districts)
    if sort and len(series) == 1:
        ranked = series[0][1].sort_values("value", ascending=False, na_position="last")
        order = list(ranked["district"])
    labels = [district_label(tables, d, lang) for d in order]

    figure = new_figure()
    notes: list[str] = []
    missing: set[str] = set()
    # Under a year filter, a district with values of other years only did report: it is
    # "no 2024 value", never "not reported".
    elsewhere: dict[str, set[tuple[str, str]]] = {}
    for indicator, _ in series:
        for district, years in other_years(tables, indicator.id, districts, year).items():
            elsewhere.setdefault(district, set()).update(years)
    for index, (indicator, values) in enumerate(series):
        values = values.set_index("district").loc[order].reset_index()
        reported = values["status"] == "reported"
        missing |= set(values.loc[~reported, "district"])
        shown = [
            v / unit.factor if ok else None for v, ok in zip(values["value"], reported, strict=True)
        ]
        records = values.to_dict("records")
        texts = [
            _bar_text(row, shown_value, lang) if ok else ""
            for row, shown_value, ok in zip(records, shown, reported, strict=True)
        ]
        hover = [
            _hover(row, lang) if ok else t("not_reported", lang)
            for row, ok in zip(records, reported, strict=True)
        ]
        color = theme_color(main.theme) if len(series) == 1 else SERIES_COLORS[index % 7]
        opacity = [
            1.0 if not highlight or d == highlight or len(series) > 1 else FADED for d in order
        ]
        bound = [
            ok and row["qualifier"] in ("at_least", "at_most")
            for row, ok in zip(records, reported, strict=True)
        ]
        uppers = [
            written_range(row["as_written"], row["value"]) if ok else None
            for row, ok in zip(records, reported, strict=True)
        ]
        whiskers = [
            (upper - row["value"]) / unit.factor if upper is not None else 0
            for row, upper in zip(records, uppers, strict=True)
        ]
        # Per-point styles go in colours, never in marker.opacity or marker.pattern arrays:
        # with those, Streamlit's on_select reports no point for a clicked bar.
        colors = [color if o == 1.0 else _rgba(color, o) for o in opacity]
        figure.add_bar(
            x=labels,
            y=shown,
            name=indicator_label(indicator, lang),
            offsetgroup=str(index),
            marker={"color": colors, "line": {"color": color, "width": 1.5}},
            error_y={
                "type": "data",
                "symmetric": False,
                "array": whiskers,
                "arrayminus": [0] * len(whiskers),
                "visible": any(whiskers),
                "color": "#333",
                "thickness": 1.5,
                "width": 8,
            },
            text=texts,
            textposition="outside",
            cliponaxis=False,
            constraintext="none",  # never shrink a label below the preset's size
            customdata=[[h] for h in hover],
            hovertemplate="%{customdata[0]}<extra></extra>",
            showlegend=len(series) > 1,
        )
        if any(bound):
            # A bound or a range is not a level: hatched, so it never reads as one. The hatch
            # is a second trace over the bound bars only, in the same slot.
            figure.add_bar(
                x=labels,
                y=[v if b else None for v, b in zip(shown, bound, strict=True)],
                name=indicator_label(indicator, lang),
                offsetgroup=str(index),
                marker={
                    "color": "rgba(0,0,0,0)",
                    "line": {"width": 0},
                    "pattern": {"shape": "/", "fgcolor": "white", "size": 8, "solidity": 0.3},
                },
                customdata=[[h] for h in hover],
                hovertemplate="%{customdata[0]}<extra></extra>",
                showlegend=False,
            )
        notes.extend(_band_notes(indicator, records, reported, uppers, lang))
        notes.extend(_qualifier_notes(values[reported], lang))
    notes.extend(comparison_notes(tables, [values for _, values in series], lang, unit))
    slot = _Frame.of(preset, labels, figure).slot / len(series)
    for district in order:
        if len(series) == 1 and district in missing:
            gap = (
                t("no_value_this_year", lang).format(year=year)
                if district in elsewhere
                else t("not_reported", lang)
            )
            figure.add_annotation(
                # upright when it fits its bar's slot, else along the gap (never into the next)
                textangle=0 if text_width(gap, preset.label_px) < slot * 0.9 else -90,
                x=district_label(tables, district, lang),
                y=0,
                yanchor="bottom",
                text=gap,
                showarrow=False,
                font={"color": MUTED, "size": preset.label_px},
                borderpad=0,  # sixteen gaps side by side in a column: no padding between
            )
    separator = ", " if lang == "en" else "、"
    shown_elsewhere = [d for d in order if d in missing and d in elsewhere]
    if shown_elsewhere:
        english = lang == "en"
        listed = separator.join(
            district_label(tables, d, lang)
            + (" (" if english else "(")
            + (", " if english else "、").join(
                when_text({"year": y, "as_of": a}, lang)
                for y, a in sorted(elsewhere[d], key=lambda p: p[0] or p[1], reverse=True)
            )
            + ")"
            for d in shown_elsewhere
        )
        # With several series, "other years only" holds for some of them: the district stays
        # in the "not reported (some indicators)" note too.
        label = t("other_years_only" if len(series) == 1 else "other_years_some", lang)
        if any(not y for d in shown_elsewhere for y, _ in elsewhere[d]):
            # A value as of the document's date has no stated year: not "another year".
            label = t("or_no_year", lang).format(label=label)
        notes.append(f"{label}{': ' if english else ':'}{listed}")
        if len(series) == 1:
            missing -= set(shown_elsewhere)
    if missing and len(series) > 1:
        names = separator.join(district_label(tables, d, lang) for d in order if d in missing)
        notes.append(t("not_reported_some", lang).format(names=names))
    elif missing:
        names = separator.join(district_label(tables, d, lang) for d in order if d in missing)
        notes.append(t("not_reported_all", lang).format(names=names))
    notes = list(dict.fromkeys(notes))
    source = _source_line(tables, [values for _, values in series], lang)
    if source:  # no district reported: nothing is cited, and no empty "来源:" line
        notes.append(source)
    notes.append(f"{t('generated', lang)}: {(today or dt.date.today()).isoformat()}")
    axis = unit_label(unit.label, lang)
    _layout(figure, preset, labels, _title(indicators, lang, axis), notes, lang)
    shown_values = [v for trace in figure.data for v in trace.y if v is not None]
    if shown_values and max(shown_values) <= 10 and all(v == int(v) for v in shown_values):
        figure.update_yaxes(dtick=1)  # small counts: no 0.5 ticks
    return figure


def _bar_text(row: dict, shown: float, lang: str) -> str:
    upper = written_range(row["as_written"], row["value"])
    if upper is not None:  # a range is shown as the range the text gives
        factor = row["value"] / shown if shown else 1.0
        value = f"{format_number(shown)}–{format_number(upper / factor)}"
    else:
        value = marked_number(row["qualifier"], shown, lang)
    return f"{value}<br>{when_text(row, lang)}"


def value_cells(tables: Tables, row: dict, unit: DisplayUnit, lang: str) -> dict[str, str]:
    """One chart value as a table row reads it (page, report): district, value with its
    qualifier mark or 未报告, unit, year, and the quote in readable text."""
    reported = row["status"] == "reported"
    return {
        t("district", lang): district_label(tables, row["district"], lang),
        t("value", lang): (
            marked_number(row["qualifier"], row["value"] / unit.factor, lang)
            if reported
            else t("not_reported", lang)
        ),
        t("unit", lang): unit_label(unit.label, lang) if reported else "",
        t("year", lang): when_text(row, lang) if reported else "",
        t("quote", lang): readable_quote(row["quote"]) if reported else "",
    }


def marked_number(qualifier: str, shown: float, lang: str) -> str:
    """A number with its qualifier as a reader takes it: a sign before it (≥20, 约7.6), a word
    after it (33 (目标), 4.5 (change)), never run together ("change4.5")."""
    mark = qualifier_mark(qualifier, lang)
    number = format_number(shown)
    if qualifier in ("approx", "at_least", "at_most"):
        return f"{mark}{number}"  # a sign read before the number
    return f"{number} ({mark})" if mark else number


def when_text(row: dict, lang: str) -> str:
    """Which year (and period, when not a whole year) a value is of, for a bar or a table:
    the year the text gives, else "as of" the document's date, else "year not stated"."""
    when = when_label(
        row.get("year"), row.get("period"), row.get("year_from"), row.get("year_to"), lang
    )
    if when:
        return when
    as_of = row.get("as_of")
    if isinstance(as_of, str) and as_of:
        return f"{t('as_of', lang)} {as_of}"
    return t("no_year", lang)


def _hover(row: dict, lang: str) -> str:
    quote = "<br>".join(_plain(line) for line in textwrap.wrap(readable_quote(row["quote"]), 28))
    date = f" ({_plain(row['doc_date'])})" if row["doc_date"] else ""
    written = _plain(readable_quote(row["as_written"]))
    return f"<b>{written}</b><br>{quote}<br>— {_plain(row['doc_title'])}{date}"


def _plain(text: object) -> str:
    """Document text in a label: plotly reads <b>, <a href=…>, so < > & are escaped."""
    return html.escape(str(text), quote=False)


def _band_notes(
    indicator: Indicator, records: list[dict], reported: pd.Series, uppers: list, lang: str
) -> list[str]:
    """What a hatched bar is: the text's own words for a band, and, for a measure where lower
    is better, that a lower bound says the true value may be worse (``20+`` is not 20)."""
    notes = []
    for row, ok, upper in zip(records, reported, uppers, strict=True):
        if not ok or row["qualifier"] not in ("at_least", "at_most"):
            continue
        written = _plain(readable_quote(row["as_written"]))
        if upper is not None:
            notes.append(t("band_range", lang).format(written=written))
        elif row["qualifier"] == "at_least" and indicator.higher_is_better is False:
            notes.append(t("band_lower_bound_worse", lang).format(written=written))
        elif row["qualifier"] == "at_most" and indicator.higher_is_better is True:
            notes.append(t("band_upper_bound_worse", lang).format(written=written))
        else:
            notes.append(t("band_bound", lang).format(written=written))
    return notes


def comparison_notes(
    tables: Tables, frames: list[pd.DataFrame], lang: str, unit: DisplayUnit | None = None
) -> list[str]:
    """The footnotes that say why the compared values are not alike: different years (from
    the text or the document's date), different scopes (since a launch, cumulative, a plan's
    list), different levels (municipal, national, several, not stated). Each names the
    districts, so a reader sees which bar is which kind."""
    values = pd.concat(frames)
    reported = values[values["status"] == "reported"].to_dict("records")
    english = lang == "en"
    separator = "; " if english else ";"
    notes = []

    def number(row: dict) -> str:
        """The value as the bar shows it, in the page's language (not the text's 兩大)."""
        if unit is None:
            return _plain(readable_quote(row["as_written"]))
        shown = marked_number(row["qualifier"], row["value"] / unit.factor, lang)
        label = unit_label(unit.label, lang)
        if lang != "en" or label == "%":
            return f"{shown}{label}"
        return shown if label == "count" else f"{shown} {label}"  # "118", not "118 count"

    def listed(kind: str) -> str:
        return separator.join(
            f"{district_label(tables, row['district'], lang)} {number(row)} "
            f"({_kind_words(row, kind, lang)})"
            for row in reported
        )

    if len({resolved_year(row) for row in reported}) > 1:
        notes.append(f"{t('years_differ', lang)} {listed('year')}")
    if len({row.get("scope") or "" for row in reported}) > 1:
        notes.append(f"{t('scopes_differ', lang)} {listed('scope')}")
    if len({row.get("level") or "" for row in reported}) > 1:
        notes.append(f"{t('levels_differ', lang)} {listed('level')}")
    return notes


def _kind_words(row: dict, kind: str, lang: str) -> str:
    if kind == "year":
        year = resolved_year(row)
        stated = isinstance(row.get("year"), str) and row.get("year")
        return year if stated else t("year_from_date", lang).format(year=year or "?")
    if kind == "scope":
        scopes = [s for s in str(row.get("scope") or "").split(",") if s]
        words = [t(f"scope_{s}", lang) for s in scopes] or [t("scope_plain", lang)]
        return ", ".join(words) if lang == "en" else "、".join(words)
    return t(f"level_{row.get('level') or 'unstated'}", lang)


def _qualifier_notes(values: pd.DataFrame, lang: str) -> list[str]:
    notes = [qualifier_note(q, lang) for q in sorted(set(values["qualifier"])) if q != "exact"]
    return [n for n in notes if n]


def _source_line(tables: Tables, frames: list[pd.DataFrame], lang: str) -> str:
    """Publisher, title (English where known) and date of every document a bar comes from;
    "" when no bar comes from any."""
    cited = [short_citation(source_of(tables, doc), lang) for doc in cited_docs(frames)]
    if not cited:
        return ""
    listed = ";".join(cited) if lang != "en" else "; ".join(cited)
    return t("source_line", lang).format(listed=listed)


def _title(indicators: list[Indicator], lang: str, unit: str) -> str:
    """The indicator name(s) with the unit: the one place the unit is said (no rotated axis
    title, where a single character such as 个 is unreadable)."""
    names = " · ".join(indicator_label(i, lang) for i in indicators)
    if not unit:
        return names
    return f"{names} ({unit})" if lang == "en" else f"{names}({unit})"


@dataclass(frozen=True)
class _Frame:
    """Where the plot area stands in a figure of a preset: margins left and right, and the
    width of one category (a district) on the horizontal axis."""

    left: float
    right: float
    slot: float
    pad: float

    @classmethod
    def of(cls, preset: Preset, labels: list[str], figure: go.Figure) -> _Frame:
        values = [v for trace in figure.data for v in trace.y if v is not None]
        top = max([abs(v) for v in values] or [1]) * 1.3
        # The widest tick label: the largest value (with a minus sign and a decimal when
        # small), so the plot starts right after it and the footnotes can align with the title.
        tick = ("-" if any(v < 0 for v in values) else "") + format_number(math.ceil(top))
        tick += ".5" if top < 10 else ""
        pad = round(preset.label_px * 0.75)
        left = pad + text_width(tick, preset.label_px) + 8
        right = pad + preset.label_px
        slot = (preset.width_px - left - right) / max(1, len(labels))
        return cls(left, right, slot, pad)


def _layout(
    figure: go.Figure, preset: Preset, labels: list[str], title: str, notes: list[str], lang: str
) -> None:
    """Every part placed in pixels of the printed size, top to bottom, none over another:
    title, legend, bars with their labels, district names, footnotes (aligned with the title).
    """
    frame = _Frame.of(preset, labels, figure)
    width = preset.width_px
    pad = frame.pad
    inner = width - 2 * pad
    gap = round(preset.label_px * 0.6)

    title_lines = wrap(title, inner, preset.title_px)
    title_height = len(title_lines) * preset.title_px * LINE_HEIGHT
    # a bound's hatch is a second trace in its series' slot, with no legend entry of its own
    shown = [trace for trace in figure.data if trace.showlegend is not False]
    names = [trace.name for trace in shown] if len(shown) > 1 else []
    legend_rows = _legend_rows(names, inner, preset.label_px)
    row_height = max(preset.label_px * LINE_HEIGHT + 6, 20)
    legend_height = legend_rows * row_height
    top = pad + title_height + gap + (legend_height + gap if legend_rows else 0)

    series = max(1, len(shown))
    bar_room = frame.slot / series
    widest_label = max(
        (text_width(line, preset.label_px) for trace in figure.data for text in trace.text or ()
         for line in str(text).split("<br>")),
        default=0.0,
    )  # fmt: skip
    upright_labels = widest_label < bar_room * 0.95
    if upright_labels:
        label_height = 2 * preset.label_px * LINE_HEIGHT + 6
    else:
        # Too narrow for the label above its bar: one line, standing along the bar.
        for trace in figure.data:
            trace.text = [str(text).replace("<br>", " · ") for text in trace.text or ()]
            if trace.type == "bar":  # a trend's points (scatter) have no text angle
                trace.textangle = -90
        label_height = (
            max(
                (text_width(str(x), preset.label_px) for tr in figure.data for x in tr.text or ()),
                default=0.0,
            )
            + 8
        )
    widest_tick = max((text_width(label, preset.label_px) for label in labels), default=0.0)
    upright_ticks = widest_tick < frame.slot * 0.95
    tick_height = preset.label_px * LINE_HEIGHT + 6 if upright_ticks else widest_tick + 10

    note_lines = [line for note in notes for line in wrap(note, inner, preset.note_px)]
    notes_height = len(note_lines) * preset.note_px * LINE_HEIGHT
    bottom = tick_height + gap + notes_height + pad + preset.note_px * 0.5  # descenders
    if preset.ratio:
        height = max(round(width * preset.ratio), round(top + bottom + 200))
        plot_height = height - top - bottom
    else:
        plot_height = preset.plot_px + label_height  # the bars keep their height
        height = round(top + plot_height + bottom)

    values = [v for trace in figure.data for v in trace.y if v is not None] or [0.0]
    high, low = max(0.0, max(values)), min(0.0, min(values))
    below = label_height if low < 0 else 0.0
    per_unit = (plot_height - label_height - below) / ((high - low) or 1.0)
    value_range = [low - below / per_unit, (high or 1.0) + label_height / per_unit]

    figure.update_layout(
        width=width,
        height=height,
        font={"family": FONT_FAMILY, "size": preset.label_px, "color": "#222"},
        yaxis={
            "range": value_range, "automargin": False, "tickfont": {"size": preset.label_px},
            # ticks over the values only, not up into the room kept for the bar labels
            "tickmode": "array", "tickvals": _ticks(low, high),
            "ticktext": [format_number(v) for v in _ticks(low, high)],
        },
        xaxis={
            "automargin": False,
            "tickangle": 0 if upright_ticks else -90,
            "tickfont": {"size": preset.label_px},
        },
        bargap=0.35 if len(labels) > 2 else 0.6,  # one or two bars: not a slab across the page
        showlegend=bool(names),
        legend={
            "orientation": "h", "xref": "container", "yref": "container",
            "x": pad / width, "xanchor": "left",
            "y": 1 - (pad + title_height + gap) / height, "yanchor": "top",
            "font": {"size": preset.label_px}, "entrywidthmode": "pixels",
        },
        margin={"l": frame.left, "r": frame.right, "t": top, "b": bottom, "autoexpand": False},
    )  # fmt: skip
    figure.update_traces(textfont={"size": preset.label_px}, selector={"type": "bar"})
    # the unwrapped title and footnotes, for a report that prints them as text too
    figure.update_layout(meta={"title": title, "notes": notes})
    # The title is an annotation: plotly's own title puts the first line of a wrapped title
    # above the top edge when anchored at the top.
    figure.add_annotation(
        name="title",
        text="<br>".join(_plain(line) for line in title_lines),
        xref="paper",
        yref="paper",
        x=0,
        y=1,
        xshift=-(frame.left - pad),
        yshift=top - pad,
        xanchor="left",
        yanchor="top",
        align="left",
        showarrow=False,
        borderpad=0,
        font={"size": preset.title_px, "color": "#222"},
    )
    figure.add_annotation(
        name="notes",
        text="<br>".join(_plain(line) for line in note_lines),
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xshift=-(frame.left - pad),  # the title's left edge
        yshift=-(tick_height + gap),
        xanchor="left",
        yanchor="top",
        align="left",
        showarrow=False,
        borderpad=0,
        font={"size": preset.note_px, "color": NOTE_COLOR},
    )


def figure_title(figure: go.Figure) -> str:
    """The title as drawn (its wrapped lines joined by spaces, or run together in Chinese)."""
    for annotation in figure.layout.annotations:
        if annotation.name == "title":
            return _joined(html.unescape(annotation.text).split("<br>"))
    return ""


def _joined(lines: list[str]) -> str:
    text = ""
    for line in lines:
        wide = text and (text[-1] > "\u2e80" or line[:1] > "\u2e80")
        text += line if not text or wide else " " + line
    return text


def _ticks(low: float, high: float) -> list[float]:
    """About five round tick values from ``low`` to ``high`` (steps of 1, 2 or 5 × 10^n).

    >>> _ticks(0, 68.5)
    [0, 20, 40, 60]
    """
    span = (high - low) or 1.0
    raw = span / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(low / step - 1e-9) * step
    ticks = []
    value = first
    while value <= high + step * 0.01:
        ticks.append(round(value, 10) if value != int(value) else int(value))
        value += step
    return ticks or [0]


def _legend_rows(names: list[str], width: float, px: float) -> int:
    """How many rows a horizontal legend of ``names`` takes (each entry a 40 px swatch, its
    name and a gap), packed as plotly packs them."""
    if not names:
        return 0
    rows, used = 1, 0.0
    for name in names:
        entry = 40 + text_width(name, px) + 10
        if used and used + entry > width:
            rows, used = rows + 1, 0.0
        used += entry
    return rows


# --- trends: one line per district over the years it reports (issue 16) --------------------


def trend_points(tables: Tables, indicator: Indicator, districts: list[str]) -> pd.DataFrame:
    """The whole-year values of ``indicator`` for ``districts`` that can sit on a time axis:
    of a stated year (or the year of the document's date), reported, not a goal or a change
    (a 2025 target is no point of what happened). Sorted by district, then year."""
    rows = tables.annual[
        (tables.annual["indicator"] == indicator.id) & tables.annual["district"].isin(districts)
    ]
    rows = rows[~rows["qualifier"].isin(("target", "change"))].copy()
    rows["point_year"] = pd.Series(
        [str(r.year) if r.year else str(r.as_of)[:4] for r in rows.itertuples(index=False)],
        index=rows.index,
        dtype=str,
    )
    rows = rows[rows["point_year"].str.fullmatch(r"\d{4}")]
    order = {d: n for n, d in enumerate(districts)}
    rows["order"] = rows["district"].map(order)
    return rows.sort_values(["order", "point_year"]).drop(columns="order")


def has_trend(tables: Tables, indicator: Indicator, districts: list[str]) -> bool:
    """Whether some district reports the indicator for two or more years."""
    points = trend_points(tables, indicator, districts)
    return bool(len(points)) and int(points.groupby("district")["point_year"].nunique().max()) > 1


def trend_figure(
    tables: Tables,
    indicator: Indicator,
    districts: list[str],
    lang: str = "zh",
    today: dt.date | None = None,
) -> go.Figure:
    """A line per district through its values by year, each point labelled with its value and
    its sentence and source on hover. A district with one year is one marker (no line from
    one point); the axis has only whole years."""
    points = trend_points(tables, indicator, districts)
    unit = display_unit(tables, indicator, points["value"])
    figure = new_figure()
    for district, rows in points.groupby("district", sort=False):
        records = rows.to_dict("records")
        for record in records:
            title, date = tables.titles.get(record["doc"], (record["doc"], ""))
            record.update(doc_title=title, doc_date=date)
        figure.add_scatter(
            x=[int(r["point_year"]) for r in records],
            y=[r["value"] / unit.factor for r in records],
            mode="lines+markers+text" if len(records) > 1 else "markers+text",
            name=district_label(tables, district, lang),
            line={"color": district_color(tables, district), "width": 2.5},
            marker={"size": 9, "color": district_color(tables, district)},
            text=[marked_number(r["qualifier"], r["value"] / unit.factor, lang) for r in records],
            textposition="top center",
            customdata=[[_hover(r, lang)] for r in records],
            hovertemplate="%{customdata[0]}<extra></extra>",
        )
    years = sorted({int(y) for y in points["point_year"]})
    notes = _qualifier_notes(points, lang)
    notes.append(t("trend_note", lang))
    frames = []
    for record in points.to_dict("records"):
        title, date = tables.titles.get(record["doc"], (record["doc"], ""))
        frames.append({**record, "status": "reported", "doc_title": title, "doc_date": date})
    source = _source_line(tables, [pd.DataFrame(frames)], lang) if frames else ""
    if source:
        notes.append(source)
    notes.append(f"{t('generated', lang)}: {(today or dt.date.today()).isoformat()}")
    axis = unit_label(unit.label, lang)
    title = _title([indicator], lang, axis)
    title += " · " + t("trend", lang)
    _layout(
        figure,
        PRESETS[DEFAULT_PRESET],
        [str(y) for y in years],
        title,
        [n for n in notes if n],
        lang,
    )
    figure.update_xaxes(
        tickmode="array",
        tickvals=years,
        ticktext=[str(y) for y in years],
        range=[years[0] - 0.5, years[-1] + 0.5] if years else None,
    )
    return figure
