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
import threading
import zipfile

import pandas as pd
import plotly.graph_objects as go

from districts.catalog import Indicator
from districts.present.charts import district_label, indicator_label
from districts.present.comparison import readable_quote
from districts.present.i18n import qualifier_word, t, theme_label, unit_label
from districts.present.views import Tables, display_unit, indicator_values

PNG_WIDTH = 1000  # CSS pixels; ×2 scale gives 2000 px, sharp enough for print
PNG_SCALE = 2
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


def export_image(figure: go.Figure, fmt: str) -> bytes:
    """PNG (2× scale) or SVG bytes of ``figure``, exactly as laid out for the page."""
    if fmt not in ("png", "svg"):
        raise ValueError(f"unknown image format {fmt!r}")
    import kaleido

    _ensure_server()
    height = int(figure.layout.height or 500)
    opts = {"format": fmt, "width": PNG_WIDTH, "height": height}
    if fmt == "png":
        opts["scale"] = PNG_SCALE
    try:
        return kaleido.calc_fig_sync(figure, opts=opts)
    except Exception as error:  # kaleido raises several types; the user needs one message
        raise SnapshotError(
            f"could not draw the {fmt.upper()} image ({error}); is Debian's chromium installed?"
        ) from error


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
    name = "_".join(_safe(part, lang) for part in parts)
    return f"{name}.{extension}"


def _safe(part: str, lang: str) -> str:
    part = re.sub(r'[\\/:*?"<>|\s]+', "-" if lang == "en" else "", part)
    return part.strip("-.") or "-"


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
                row["doc_title"] if reported else "",
                row["doc_date"] if reported else "",
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


def theme_zip(items: list[tuple[str, go.Figure]]) -> bytes:
    """One ZIP of PNGs: (file name, figure) pairs, drawn one after another on the warm browser."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, figure in items:
            archive.writestr(name, export_image(figure, "png"))
    return buffer.getvalue()
