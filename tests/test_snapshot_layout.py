"""Snapshots at their printed size: font sizes and the boxes of the drawn parts, read from the
SVG that kaleido draws, at every preset and in both languages; and the PNG placed in Word.

What the box check measures, honestly: positions come from the SVG (where plotly really put
each text, bar and legend entry, after all transforms). The legend and the annotations (title,
footnotes, gap labels) also come with plotly's own background box, measured by the browser,
and both are checked. Other texts (bar labels, axis labels) have no such box: their width and
height are ESTIMATED from the font size and per-character widths (``layout.char_width``,
which errs on the wide side), because an SVG file does not carry the glyphs' extents.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html
import io
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import docx
import plotly.graph_objects as go
import pytest
from docx.shared import Cm

from districts.present import snapshot
from districts.present.charts import comparison_figure
from districts.present.layout import PRESETS, PT_PER_PX, text_width, wrap
from districts.present.views import Tables, load_tables

FOUR = ["门头沟", "密云", "昌平", "石景山"]
SVG = "{http://www.w3.org/2000/svg}"


@functools.cache
def data() -> Tables:
    return load_tables()


def chart(ids: tuple[str, ...], lang: str, size: str, everyone: bool = False) -> go.Figure:
    districts = [d.name for d in data().catalog.districts] if everyone else FOUR
    indicators = [data().catalog.indicator_by_id(i) for i in ids]
    return comparison_figure(
        data(), indicators, districts, lang, today=dt.date(2026, 11, 22), size=size
    )


@dataclass(frozen=True)
class Box:
    kind: str
    text: str
    size: float  # font size in CSS px (0 for shapes)
    x0: float
    y0: float
    x1: float
    y1: float
    group: int = 0  # the drawn thing the box is part of (an annotation, a bar, a legend)

    def overlaps(self, other: Box) -> bool:
        across = self.x0 < other.x1 and other.x0 < self.x1
        return across and self.y0 < other.y1 and other.y0 < self.y1


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)


def _times(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    g, h, i, j, k, l = n  # noqa: E741
    return (a * g + c * h, b * g + d * h, a * i + c * j, b * i + d * j, a * k + c * l + e,
            b * k + d * l + f)  # fmt: skip


def _transform(text: str | None) -> Matrix:
    matrix = IDENTITY
    for op, args in re.findall(r"(\w+)\(([^)]*)\)", text or ""):
        numbers = [float(v) for v in re.split(r"[ ,]+", args.strip()) if v]
        if op == "translate":
            step: Matrix = (1, 0, 0, 1, numbers[0], numbers[1] if len(numbers) > 1 else 0)
        elif op == "rotate":
            angle = math.radians(numbers[0])
            cx, cy = (numbers[1], numbers[2]) if len(numbers) == 3 else (0, 0)
            cos, sin = math.cos(angle), math.sin(angle)
            step = (cos, sin, -sin, cos, cx - cos * cx + sin * cy, cy - sin * cx - cos * cy)
        elif op == "scale":
            step = (numbers[0], 0, 0, numbers[-1], 0, 0)
        else:
            raise AssertionError(f"transform {op} not handled")
        matrix = _times(matrix, step)
    return matrix


def _box(kind: str, text: str, size: float, m: Matrix, x0, y0, x1, y1, group: int) -> Box:  # type: ignore[no-untyped-def]
    points = [(x, y) for x in (x0, x1) for y in (y0, y1)]
    xs = [m[0] * x + m[2] * y + m[4] for x, y in points]
    ys = [m[1] * x + m[3] * y + m[5] for x, y in points]
    return Box(kind, text, size, min(xs), min(ys), max(xs), max(ys), group)


def _em(value: str | None, size: float) -> float:
    if not value:
        return 0.0
    return float(value[:-2]) * size if value.endswith("em") else float(value)


def svg_boxes(svg: str, names: list[str]) -> list[Box]:
    """Every text line, bar and legend entry of a plotly SVG as a box in SVG pixels.
    ``names``: the figure's annotation names, by index (title, notes, or a gap label)."""
    boxes: list[Box] = []

    def walk(element: ET.Element, m: Matrix, kind: str, group: int) -> None:
        m = _times(m, _transform(element.get("transform")))
        classes = (element.get("class") or "").split()
        if {"annotation", "legend", "point", "xtick", "ytick"} & set(classes):
            group = id(element)
        if "annotation" in classes:
            kind = names[int(element.get("data-index", "0"))] or "gap"
        elif "legend" in classes:
            kind = "legend"
        elif "bartext" in classes:
            kind = "bar label"
        elif "xtick" in classes or "ytick" in classes:
            kind = classes[0]
        tag = element.tag.removeprefix(SVG)
        if tag == "text":
            style = element.get("style") or ""
            size = float(re.search(r"font-size: ([\d.]+)px", style).group(1))  # type: ignore[union-attr]
            anchor = {"start": 0.0, "middle": 0.5, "end": 1.0}[element.get("text-anchor", "start")]
            lines = [e for e in element if "line" in (e.get("class") or "").split()] or [element]
            for line in lines:
                content = "".join(line.itertext())
                x = float(line.get("x") or element.get("x") or 0)
                y = float(line.get("y") or element.get("y") or 0)
                y += _em(line.get("dy") if line is not element else element.get("dy"), size)
                width = text_width(content, size)
                # Noto Sans CJK's ideographs stand from 0.88 em above the baseline to 0.12 below
                left, right = x - anchor * width, x + (1 - anchor) * width
                boxes.append(
                    _box(
                        kind, content, size, m, left, y - 0.88 * size, right, y + 0.12 * size, group
                    )
                )
            return
        if tag == "rect" and "bg" in classes and kind in ("legend", "title", "notes", "gap"):
            # plotly's own box of a legend or an annotation, measured by the browser
            x, y = float(element.get("x", 0)), float(element.get("y", 0))
            width, height = float(element.get("width", 0)), float(element.get("height", 0))
            if width and height:
                boxes.append(_box(kind, "(measured box)", 0, m, x, y, x + width, y + height, group))
            return
        if tag == "path" and kind == "bar":
            numbers = re.findall(r"([MVHLZ])([-\d.,e]*)", element.get("d") or "")
            xs, ys, x, y = [], [], 0.0, 0.0
            for command, args in numbers:
                values = [float(v) for v in args.split(",") if v]
                if command in ("M", "L"):
                    x, y = values
                elif command == "V":
                    y = values[0]
                elif command == "H":
                    x = values[0]
                xs.append(x)
                ys.append(y)
            if xs and max(ys) - min(ys) > 0.5:
                boxes.append(_box("bar", "", 0, m, min(xs), min(ys), max(xs), max(ys), group))
            return
        if "bars" in classes:
            kind = "bar"
        for child in element:
            walk(child, m, kind, group)

    walk(ET.fromstring(svg), IDENTITY, "", 0)
    return boxes


CASES = [
    (("forest_coverage",), False),  # gaps labelled 未报告 / not reported
    (("forest_coverage", "tree_coverage", "tree_greening_rate", "green_coverage"), False),
    (("pm25",), True),  # all sixteen districts: rotated names, gap labels along the gap
]


@functools.cache
def drawn(ids: tuple[str, ...], everyone: bool, lang: str, size: str) -> tuple[str, list[Box]]:
    figure = chart(ids, lang, size, everyone)
    svg = snapshot.export_image(figure, "svg").decode("utf-8")
    return svg, svg_boxes(svg, [a.name or "" for a in figure.layout.annotations])


@pytest.mark.parametrize("size", sorted(PRESETS))
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("ids", "everyone"), CASES)
def test_text_is_large_enough_at_the_printed_size(
    ids: tuple[str, ...], everyone: bool, lang: str, size: str
) -> None:
    svg, boxes = drawn(ids, everyone, lang, size)
    preset = PRESETS[size]
    assert re.match(r'<svg[^>]* width="(\d+)"', svg).group(1) == str(preset.width_px)  # type: ignore[union-attr]
    title = [b for b in boxes if b.kind == "title"]
    assert title and min(b.size for b in title if b.size) * PT_PER_PX >= 11
    texts = [b for b in boxes if b.size]
    assert len(texts) > 10
    small = [(b.kind, b.text, b.size * PT_PER_PX) for b in texts if b.size * PT_PER_PX < 8]
    assert not small


@pytest.mark.parametrize("size", sorted(PRESETS))
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("ids", "everyone"), CASES)
def test_title_legend_bars_and_footnotes_do_not_overlap_and_nothing_is_cut(
    ids: tuple[str, ...], everyone: bool, lang: str, size: str
) -> None:
    svg, boxes = drawn(ids, everyone, lang, size)
    found = re.search(r'width="([\d.]+)" height="([\d.]+)"', svg)
    assert found
    width, height = (float(v) for v in found.groups())
    kinds = {b.kind for b in boxes}
    assert {"title", "notes", "bar", "bar label", "xtick"} <= kinds
    if len(ids) > 1:
        assert "legend" in kinds
    apart = [
        ("title", {"legend", "bar", "bar label", "gap", "xtick", "ytick", "notes"}),
        ("legend", {"bar", "bar label", "gap", "xtick", "ytick", "notes"}),
        ("notes", {"bar", "bar label", "gap", "xtick", "ytick"}),
        ("bar label", {"xtick", "ytick", "bar label", "gap"}),
        ("gap", {"bar", "gap"}),
    ]
    clashes = [
        (a.kind, a.text, b.kind, b.text)
        for kind, others in apart
        for a in boxes
        if a.kind == kind
        for b in boxes
        if b.kind in others and a.group != b.group and a.overlaps(b)
    ]
    assert not clashes
    cut = [(b.kind, b.text) for b in boxes if b.x0 < 0 or b.y0 < 0 or b.x1 > width or b.y1 > height]
    assert not cut


def test_footnotes_start_where_the_title_starts() -> None:
    _, boxes = drawn(CASES[0][0], False, "en", "full")
    title = min(b.x0 for b in boxes if b.kind == "title")
    notes = min(b.x0 for b in boxes if b.kind == "notes")
    assert abs(title - notes) <= 1.5  # px at the printed width: 0.4 mm


def test_the_unit_is_said_once_in_the_title_not_on_a_rotated_axis() -> None:
    figure = chart(("key_projects",), "zh", "column")
    assert not figure.layout.yaxis.title.text
    title = next(a.text for a in figure.layout.annotations if a.name == "title")
    assert title.endswith("(个)")


def test_footnotes_break_latin_text_only_at_spaces_and_chinese_between_characters() -> None:
    from districts.present.i18n import t

    english = t("not_reported_all", "en").format(names="Mentougou, Shijingshan, Fangshan")
    for width in (60, 90, 140, 300):
        lines = wrap(english, width, 11)
        assert " ".join(lines) == " ".join(english.split())  # every break was a space
        assert all(line == line.strip() for line in lines)
    chinese = t("not_reported_all", "zh").format(names="门头沟、石景山、房山")
    lines = wrap(chinese, 60, 11)
    # a break at a space (before the Latin "0)") drops that space; nothing else is lost
    assert len(lines) > 1 and "".join(lines).replace(" ", "") == chinese.replace(" ", "")
    assert not any(line[0] in "、,。)" for line in lines)  # no line starts with closing marks


@pytest.mark.parametrize("size", sorted(PRESETS))
def test_a_preset_png_placed_in_word_at_its_width_opens_at_that_width(size: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    preset = PRESETS[size]
    png = snapshot.export_image(chart(("forest_coverage",), "zh", size), "png")
    pixels = int.from_bytes(png[16:20], "big")
    assert abs(pixels / (preset.width_cm / 2.54) - 300) < 2  # 300 dpi at the printed width
    document = docx.Document()
    document.add_picture(io.BytesIO(png), width=Cm(preset.width_cm))
    document.add_picture(io.BytesIO(png))  # no width given: Word takes the PNG's 300 dpi
    path = tmp_path / f"{size}.docx"
    document.save(path)
    shapes = docx.Document(path).inline_shapes
    assert len(shapes) == 2
    for shape in shapes:
        assert abs(shape.width.cm - preset.width_cm) < 0.05


def test_the_source_line_names_publisher_title_and_date_in_the_chosen_language() -> None:
    def source_line(lang: str) -> str:
        figure = chart(("key_projects",), lang, "full")
        notes = next(a.text for a in figure.layout.annotations if a.name == "notes")
        return html.unescape(notes.replace("<br>", " "))

    chinese = source_line("zh")
    assert "北京日报《为书写中国式现代化北京篇章作出昌平贡献》(2023-07)" in chinese.replace(" ", "")
    english = source_line("en")
    assert "Beijing Daily, \"Making Changping's contribution" in english
    assert "(2023-07)" in english and "为书写" not in english  # the English title, not the Chinese


def with_url(doc: str, url: str) -> Tables:
    """The seed tables with ``url`` recorded for ``doc`` (the seeds know no URLs)."""
    documents = data().documents.copy()
    documents.loc[documents["doc"] == doc, "url"] = url
    return dataclasses.replace(data(), documents=documents)


def test_png_and_svg_metadata_hold_the_full_citation_and_the_url() -> None:
    url = "https://example.org/changping?a=1&b=2"
    tables = with_url("003_988551e31636f347.txt", url)
    indicator = tables.catalog.indicator_by_id("key_projects")
    metadata = snapshot.image_metadata(tables, [indicator], FOUR, "en")
    figure = comparison_figure(tables, [indicator], FOUR, "en", size="column")
    text = snapshot.png_text(snapshot.export_image(figure, "png", metadata))
    assert (
        "Beijing Daily" in text["Source"]
        and "[为书写中国式现代化北京篇章作出昌平贡献]" in text["Source"]
    )
    assert "2023-07" in text["Source"] and url in text["Source"] and text["URL"] == url
    svg = snapshot.export_image(figure, "svg", metadata).decode("utf-8")
    root = ET.fromstring(svg)
    found = root.find(f"{SVG}metadata")
    assert found is not None
    dublin_core = "{http://purl.org/dc/elements/1.1/}"
    assert [e.text for e in found.iter(f"{dublin_core}relation")] == [url]
    assert "Beijing Daily" in (next(found.iter(f"{dublin_core}source")).text or "")
