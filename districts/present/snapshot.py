"""Figure snapshots and data downloads, ready to paste into a report.

Images are drawn server-side (plotly + kaleido driving the system Chromium), so a PNG is the
same whatever the user's browser. Kaleido starts a browser per call unless a sync server is
running; ``export_image`` starts one once per process and keeps it warm.
"""

from __future__ import annotations

import atexit
import csv
import datetime as dt
import io
import re
import struct
import threading
import zlib
from xml.sax.saxutils import escape

import pandas as pd
import plotly.graph_objects as go

from districts.catalog import Indicator
from districts.present.charts import district_label, indicator_label
from districts.present.citations import cited_docs, full_citation, source_of
from districts.present.comparison import readable_quote
from districts.present.i18n import qualifier_word, t, theme_label, unit_label
from districts.present.layout import DEFAULT_PRESET, DPI, PRESETS
from districts.present.views import Tables, display_unit, indicator_values

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

_server_lock = threading.Lock()
_server_started = False


class SnapshotError(RuntimeError):
    """The image could not be drawn (no Chromium, or the browser failed)."""


def _ensure_server() -> None:
    global _server_started
    with _server_lock:
        if _server_started:
            return
        import kaleido

        kaleido.start_sync_server(silence_warnings=True)
        atexit.register(kaleido.stop_sync_server, silence_warnings=True)
        _server_started = True


def export_image(figure: go.Figure, fmt: str, metadata: dict[str, str] | None = None) -> bytes:
    """PNG at 300 dpi or SVG of ``figure`` at the size it was laid out for (a preset's
    printed width: see ``layout.PRESETS``), never rescaled. ``metadata`` (title, citation,
    URLs) goes into the PNG's text chunks or the SVG's ``<metadata>``."""
    if fmt not in ("png", "svg"):
        raise ValueError(f"unknown image format {fmt!r}")
    import kaleido

    _ensure_server()
    preset = PRESETS[DEFAULT_PRESET]
    width = int(figure.layout.width or preset.width_px)
    height = int(figure.layout.height or 500)
    opts: dict[str, object] = {"format": fmt, "width": width, "height": height}
    if fmt == "png":
        opts["scale"] = preset.scale
    try:
        image = kaleido.calc_fig_sync(figure, opts=opts)
    except Exception as error:  # kaleido raises several types; the user needs one message
        raise SnapshotError(
            f"could not draw the {fmt.upper()} image ({error}); is Debian's chromium installed?"
        ) from error
    if fmt == "png":
        return png_with_metadata(image, metadata or {})
    return svg_with_metadata(image, metadata or {})


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png_with_metadata(png: bytes, metadata: dict[str, str]) -> bytes:
    """The PNG marked as 300 dpi (a pHYs chunk, so Word places it at its printed size) with
    each ``metadata`` entry as a UTF-8 text chunk (iTXt: Chinese titles survive)."""
    signature, rest = png[:8], png[8:]
    chunks: list[tuple[bytes, bytes]] = []
    while rest:
        (length,) = struct.unpack(">I", rest[:4])
        kind, data = rest[4:8], rest[8 : 8 + length]
        rest = rest[12 + length :]
        if kind not in (b"pHYs", b"iTXt", b"tEXt"):
            chunks.append((kind, data))
    per_metre = round(DPI / 0.0254)
    out = [signature]
    for kind, data in chunks:
        if kind == b"IEND":
            for key, value in metadata.items():
                text = key.encode("latin-1") + b"\0\0\0\0\0" + value.encode("utf-8")
                out.append(_png_chunk(b"iTXt", text))
        out.append(_png_chunk(kind, data))
        if kind == b"IHDR":
            out.append(_png_chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)))
    return b"".join(out)


def png_text(png: bytes) -> dict[str, str]:
    """The iTXt entries of a PNG (what ``png_with_metadata`` wrote)."""
    found: dict[str, str] = {}
    rest = png[8:]
    while rest:
        (length,) = struct.unpack(">I", rest[:4])
        kind, data = rest[4:8], rest[8 : 8 + length]
        rest = rest[12 + length :]
        if kind == b"iTXt":
            key, _, tail = data.partition(b"\0")
            # compression flag, method, language tag\0, translated keyword\0, text
            text = tail[2:].split(b"\0", 2)[2]
            found[key.decode("latin-1")] = text.decode("utf-8")
    return found


def svg_with_metadata(svg: bytes, metadata: dict[str, str]) -> bytes:
    """The SVG with a Dublin Core ``<metadata>`` block right after its opening tag."""
    if not metadata:
        return svg
    text = svg.decode("utf-8")
    close = text.index(">") + 1
    fields = "".join(
        f"<dc:{_DUBLIN_CORE.get(key, 'description')}>{escape(value)}"
        f"</dc:{_DUBLIN_CORE.get(key, 'description')}>"
        for key, value in metadata.items()
    )
    block = (
        '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description>'
        f"{fields}</rdf:Description></rdf:RDF></metadata>"
    )
    return (text[:close] + block + text[close:]).encode("utf-8")


# PNG keywords (the registered ones where there is one) → Dublin Core elements
_DUBLIN_CORE = {"Title": "title", "Source": "source", "URL": "relation", "Creation Time": "date"}


def file_name(
    theme: str, indicators: list[Indicator], districts: list[str], tables: Tables, lang: str,
    extension: str, day: dt.date | None = None,
) -> str:  # fmt: skip
    """``生态_森林覆盖率_门头沟-密云-昌平-石景山_2026-11-22.png`` (or the English form)."""
    parts = [
        theme_label(theme, lang),
        "+".join(indicator_label(i, lang) for i in indicators),
        "-".join(district_label(tables, d, lang) for d in districts),
        (day or dt.date.today()).isoformat(),
    ]
    return joined_name(parts, lang, extension)


def joined_name(parts: list[str], lang: str, extension: str) -> str:
    """Parts of a file name made safe for every file system and joined with ``_``."""
    name = "_".join(_safe(part, lang) for part in parts)
    return f"{name}.{extension}"


def _safe(part: str, lang: str) -> str:
    part = re.sub(r'[\\/:*?"<>|\s]+', "-" if lang == "en" else "", part)
    return part.strip("-.") or "-"


def image_metadata(
    tables: Tables, indicators: list[Indicator], districts: list[str], lang: str, year: str = "",
    day: dt.date | None = None,
) -> dict[str, str]:  # fmt: skip
    """What an exported image carries about itself: its title, the full citation of every
    document behind it, their URLs where known, the date it was made."""
    title = " · ".join(indicator_label(i, lang) for i in indicators)
    frames = [indicator_values(tables, i.id, districts, year) for i in indicators]
    sources = [source_of(tables, doc) for doc in cited_docs(frames)]
    metadata = {
        "Title": title,
        "Source": "\n".join(full_citation(source, lang) for source in sources),
        "Creation Time": (day or dt.date.today()).isoformat(),
    }
    urls = [source.url for source in sources if source.url]
    if urls:
        metadata["URL"] = " ".join(urls)
    return metadata


def data_rows(
    tables: Tables, indicators: list[Indicator], districts: list[str], lang: str, year: str = ""
) -> list[dict[str, str]]:
    """The numbers behind a chart, one row per indicator × district, with their sources."""
    names = t("data_columns", lang).split("|")
    rows = []
    for indicator in indicators:
        values = indicator_values(tables, indicator.id, districts, year)
        unit = display_unit(tables, indicator, values["value"].dropna())
        for row in values.to_dict("records"):
            reported = row["status"] == "reported"
            cells = (
                indicator_label(indicator, lang),
                district_label(tables, row["district"], lang),
                _plain_number(row["value"] / unit.factor) if reported else "",
                unit_label(unit.label, lang) if reported else "",
                qualifier_word(row["qualifier"], lang) if reported else t("not_reported", lang),
                row["year"] if reported else "",
                row["as_of"] if reported else "",
                readable_quote(row["quote"]) if reported else "",
                source_of(tables, row["doc"]).title_in(lang) if reported else "",
                row["doc_date"] if reported else "",
                source_of(tables, row["doc"]).publisher_in(lang) if reported else "",
                source_of(tables, row["doc"]).url if reported else "",
            )  # fmt: skip
            rows.append(dict(zip(names, cells, strict=True)))
    return rows


def _plain_number(value: float) -> float | int:
    """A number cell (never text, so a spreadsheet can compute with it)."""
    rounded = round(value, 6)
    return int(rounded) if rounded == int(rounded) else rounded


def neutralize(cell: object) -> object:
    """A cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with '."""
    if isinstance(cell, str) and cell.startswith(FORMULA_PREFIXES):
        return "'" + cell
    return cell


def csv_bytes(rows: list[dict[str, object]]) -> bytes:
    """UTF-8 with BOM, so that Excel opens the Chinese text; formula-leading cells defused."""
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows({k: neutralize(v) for k, v in row.items()} for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(rows: list[dict[str, object]], sheet: str = "data") -> bytes:
    buffer = io.BytesIO()
    frame = pd.DataFrame([{k: neutralize(v) for k, v in row.items()} for row in rows])
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        frame.to_excel(writer, index=False, sheet_name=sheet[:31])
    return buffer.getvalue()
