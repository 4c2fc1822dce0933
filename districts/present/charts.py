"""Chart builders: tables in, plotly figures out. No Streamlit, so they are tested directly
and the snapshot export draws exactly what the page shows.

Every figure explains itself: title with the unit, a label on each bar with its year or
"as of" date and its qualifier mark, "not reported" where a district has no value (never a
zero bar), footnotes for qualifiers and years, and a source line naming the documents.
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap

import pandas as pd
import plotly.graph_objects as go

from districts.catalog import Indicator
from districts.present.i18n import qualifier_mark, qualifier_note, t, unit_label, when_label
from districts.present.views import (
    Tables,
    display_unit,
    indicator_values,
    other_years,
    value_years,
)

# Noto Sans CJK SC first: without an explicit SC family, fontconfig may pick the Japanese
# glyph variants. The rest is for browsers on machines without Noto.
FONT_FAMILY = (
    "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, "
    "WenQuanYi Micro Hei, sans-serif"
)
# An explicit template: importing streamlit switches plotly's default to one whose colours
# are placeholders, which exports black bars.
TEMPLATE = "plotly_white"
# Sixteen distinguishable colours, one per district in registry order, the same on every page.
DISTRICT_COLORS = (
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#636363",
)  # fmt: skip
SERIES_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b")
MUTED = "#8a8a8a"
# Up to this many bars, a gap's label (未报告, no 2024 value) stands upright; with more, the
# labels of neighbouring gaps would run into each other, so they stand along the gap.
_UPRIGHT_LABELS = 6


def district_color(tables: Tables, district: str) -> str:
    names = [d.name for d in tables.catalog.districts]
    index = names.index(district) if district in names else len(names)
    return DISTRICT_COLORS[index % len(DISTRICT_COLORS)]


def district_label(tables: Tables, district: str, lang: str) -> str:
    found = tables.catalog.district_by_name(district)
    if found is None:
        return district
    return found.name_en if lang == "en" else found.name


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
) -> go.Figure:
    """Bars comparing ``districts`` on one indicator, or on several related indicators as
    distinct, labelled series (never merged into one)."""
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

    figure = go.Figure()
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
        texts = [
            _bar_text(row, shown_value, lang) if ok else ""
            for row, shown_value, ok in zip(values.to_dict("records"), shown, reported, strict=True)
        ]
        hover = [
            _hover(row, lang) if ok else t("not_reported", lang)
            for row, ok in zip(values.to_dict("records"), reported, strict=True)
        ]
        colors = (
            [district_color(tables, d) for d in order]
            if len(series) == 1
            else SERIES_COLORS[index % len(SERIES_COLORS)]
        )
        figure.add_bar(
            x=labels,
            y=shown,
            name=indicator_label(indicator, lang),
            marker_color=colors,
            text=texts,
            textposition="outside",
            cliponaxis=False,
            customdata=[[h] for h in hover],
            hovertemplate="%{customdata[0]}<extra></extra>",
            showlegend=len(series) > 1,
        )
        notes.extend(_qualifier_notes(values[reported], lang))
    if len(value_years(pd.concat([values for _, values in series]))) > 1:
        notes.append(t("years_differ", lang))
    upright = len(order) <= _UPRIGHT_LABELS
    for district in order:
        if len(series) == 1 and district in missing:
            figure.add_annotation(
                textangle=0 if upright else -90,
                x=district_label(tables, district, lang),
                y=0,
                yanchor="bottom",
                text=t("no_value_this_year", lang).format(year=year)
                if district in elsewhere
                else t("not_reported", lang),
                showarrow=False,
                font={"color": MUTED, "size": 13},
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
    notes.append(_source_line(tables, [values for _, values in series], lang))
    notes.append(f"{t('generated', lang)}: {(today or dt.date.today()).isoformat()}")
    axis = unit_label(unit.label, lang)
    _layout(figure, _title(indicators, lang, axis), axis, notes, len(series) > 1)
    shown_values = [v for trace in figure.data for v in trace.y if v is not None]
    if shown_values and max(shown_values) <= 10 and all(v == int(v) for v in shown_values):
        figure.update_yaxes(dtick=1)  # small counts: no 0.5 ticks
    return figure


def _bar_text(row: dict, shown: float, lang: str) -> str:
    value = marked_number(row["qualifier"], shown, lang)
    return f"{value}<br><span style='font-size:11px'>{when_text(row, lang)}</span>"


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
    quote = "<br>".join(_plain(line) for line in textwrap.wrap(str(row["quote"]), 28))
    date = f" ({_plain(row['doc_date'])})" if row["doc_date"] else ""
    return f"<b>{_plain(row['as_written'])}</b><br>{quote}<br>— {_plain(row['doc_title'])}{date}"


def _plain(text: object) -> str:
    """Document text in a label: plotly reads <b>, <a href=…>, so < > & are escaped."""
    return html.escape(str(text), quote=False)


def _qualifier_notes(values: pd.DataFrame, lang: str) -> list[str]:
    notes = [qualifier_note(q, lang) for q in sorted(set(values["qualifier"])) if q != "exact"]
    return [n for n in notes if n]


def _source_line(tables: Tables, frames: list[pd.DataFrame], lang: str) -> str:
    docs: dict[str, str] = {}
    for values in frames:
        for row in values[values["status"] == "reported"].itertuples(index=False):
            docs[row.doc] = _plain(row.doc_title) + (
                f" ({_plain(row.doc_date)})" if row.doc_date else ""
            )
    listed = ";".join(docs.values()) if lang != "en" else "; ".join(docs.values())
    return t("source_line", lang).format(listed=listed)


def _title(indicators: list[Indicator], lang: str, unit: str) -> str:
    """The indicator name(s) with the unit, wrapped so long Chinese titles are not cut off."""
    names = " · ".join(indicator_label(i, lang) for i in indicators)
    title = f"{names} ({unit})" if lang == "en" else f"{names}({unit})"
    return "<br>".join(textwrap.wrap(title, 40 if lang == "en" else 24)) or title


def _layout(figure: go.Figure, title: str, axis_title: str, notes: list[str], legend: bool) -> None:
    wrapped = ["<br>".join(textwrap.wrap(note, 70)) for note in notes]
    lines = sum(note.count("<br>") + 1 for note in wrapped)
    bottom = 60 + 18 * lines
    figure.update_layout(
        template=TEMPLATE,
        title={"text": title, "x": 0.01, "xanchor": "left", "font": {"size": 18}},
        font={"family": FONT_FAMILY, "size": 13, "color": "#222"},
        yaxis={"title": {"text": axis_title}, "rangemode": "tozero", "automargin": True},
        xaxis={"automargin": True},
        bargap=0.35,
        showlegend=legend,
        legend={"orientation": "h", "y": 1.02, "x": 1, "xanchor": "right", "yanchor": "bottom"},
        margin={"l": 60, "r": 20, "t": 80 + 18 * title.count("<br>"), "b": bottom},
        height=420 + 18 * lines,
        uniformtext={"minsize": 10, "mode": "show"},
    )
    figure.add_annotation(
        text="<br>".join(wrapped),
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-(bottom - 10),
        xanchor="left",
        yanchor="bottom",
        align="left",
        showarrow=False,
        font={"size": 11, "color": "#555"},
    )


def coverage_counts_figure(tables: Tables, districts: list[str], lang: str) -> go.Figure:
    """How many indicators each district reports, per theme (grouped bars)."""
    from districts.present.i18n import theme_label

    reported = tables.coverage[
        (tables.coverage["status"] == "reported") & tables.coverage["district"].isin(districts)
    ]
    figure = go.Figure()
    for index, theme in enumerate(("ecology", "industry", "resilience")):
        counts = reported[reported["theme"] == theme].groupby("district")["indicator"].nunique()
        figure.add_bar(
            x=[district_label(tables, d, lang) for d in districts],
            y=[int(counts.get(d, 0)) for d in districts],
            name=theme_label(theme, lang),
            marker_color=SERIES_COLORS[index],
            text=[int(counts.get(d, 0)) for d in districts],
            textposition="outside",
        )
    figure.update_layout(
        template=TEMPLATE,
        font={"family": FONT_FAMILY, "size": 13},
        title={"text": t("counts_by_theme", lang), "x": 0.01, "font": {"size": 16}},
        barmode="group",
        height=360,
        margin={"l": 50, "r": 20, "t": 70, "b": 40},
        legend={"orientation": "h", "y": 1.02, "x": 1, "xanchor": "right", "yanchor": "bottom"},
        yaxis={
            "title": {"text": t("indicator_count", lang)},
            "rangemode": "tozero",
        },
    )
    return figure


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
    figure = go.Figure()
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
    notes.append(_source_line(tables, [pd.DataFrame(frames)], lang) if frames else "")
    notes.append(f"{t('generated', lang)}: {(today or dt.date.today()).isoformat()}")
    axis = unit_label(unit.label, lang)
    title = _title([indicator], lang, axis)
    title += " · " + t("trend", lang)
    _layout(figure, title, axis, [n for n in notes if n], True)
    figure.update_xaxes(
        tickmode="array",
        tickvals=years,
        ticktext=[str(y) for y in years],
        range=[years[0] - 0.5, years[-1] + 0.5] if years else None,
        title={"text": t("year", lang)},
    )
    return figure
