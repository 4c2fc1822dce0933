"""A whole theme in one file: a report (Word, or PDF printed from HTML by the system Chromium)
and a ZIP of every chart's PNG and SVG with all their values (CSV, Excel) and sources.

The report has a title page, then every chart of the theme at full width (17 cm, the text
width of A4 with 2 cm margins), each followed by a table of its values with their quotes and
sources and by its footnotes, and a list of sources at the end. A theme whose districts share
no indicator gets the charts of the indicators that one district reports, said to be no
comparison; a theme with nothing at all says so.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from districts.catalog import Indicator
from districts.errors import DistrictsError
from districts.present import snapshot
from districts.present.charts import (
    comparison_figure,
    district_label,
    value_cells,
)
from districts.present.citations import (
    Source,
    cited_docs,
    full_citation,
    short_citation,
    source_of,
)
from districts.present.i18n import t, theme_label
from districts.present.layout import PRESETS
from districts.present.views import Tables, display_unit, indicator_values, indicators_for_theme

REPORT_SIZE = "full"  # 17 cm: the text width of an A4 page with 2 cm margins
FORMATS = ("docx", "pdf")


@dataclass(frozen=True)
class Chart:
    """One chart of a theme: its indicator(s), the districts drawn, and whether only one
    district reports it (then it is no comparison and is said so)."""

    indicators: tuple[Indicator, ...]
    districts: tuple[str, ...]
    single: bool = False


def theme_charts(tables: Tables, theme: str, districts: list[str], year: str = "") -> list[Chart]:
    """The charts of a theme: one per indicator two or more of ``districts`` report; when
    there is none, one per indicator a single district reports, drawn for that district."""
    shared, single = indicators_for_theme(tables, theme, districts, year)
    if shared:
        return [Chart((indicator,), tuple(districts)) for indicator in shared]
    charts = []
    for indicator in single:
        values = indicator_values(tables, indicator.id, districts, year)
        reporting = tuple(values.loc[values["status"] == "reported", "district"])
        charts.append(Chart((indicator,), reporting, single=True))
    return charts


@dataclass(frozen=True)
class Section:
    chart: Chart
    title: str
    png: bytes
    notes: tuple[str, ...]
    rows: tuple[dict[str, str], ...]


@dataclass(frozen=True)
class Report:
    theme: str
    lang: str
    districts: tuple[str, ...]
    year: str
    made: dt.date
    sections: tuple[Section, ...]
    sources: tuple[Source, ...]
    single: bool
    tables: Tables

    @property
    def title(self) -> str:
        return t("report_title", self.lang).format(theme=theme_label(self.theme, self.lang))

    def facts(self) -> list[tuple[str, str]]:
        """The title page's lines: districts, year, date made."""
        lang = self.lang
        separator = ", " if lang == "en" else "、"
        names = separator.join(district_label(self.tables, d, lang) for d in self.districts)
        return [
            (t("report_districts", lang), names),
            (t("report_year", lang), self.year or t("latest", lang)),
            (t("report_made", lang), self.made.isoformat()),
        ]

    def intro(self) -> str:
        if not self.sections:
            return t("report_nothing", self.lang)
        return t("report_single", self.lang) if self.single else ""


def build_report(
    tables: Tables, theme: str, districts: list[str], lang: str, year: str = "",
    today: dt.date | None = None,
) -> Report:  # fmt: skip
    """Every chart of ``theme`` drawn at full width, with its values, notes and sources."""
    made = today or dt.date.today()
    charts = theme_charts(tables, theme, districts, year)
    sections = []
    frames = []
    for chart in charts:
        figure = comparison_figure(
            tables, list(chart.indicators), list(chart.districts), lang, year, today=made,
            size=REPORT_SIZE,
        )  # fmt: skip
        metadata = snapshot.image_metadata(
            tables, list(chart.indicators), list(chart.districts), lang, year, made
        )
        meta = figure.layout.meta or {}
        generated = t("generated", lang)
        notes = tuple(n for n in meta.get("notes", ()) if not n.startswith(generated))
        rows, values = _value_rows(tables, chart, lang, year)
        frames.extend(values)
        png = snapshot.export_image(figure, "png", metadata)
        sections.append(Section(chart, meta.get("title", ""), png, notes, tuple(rows)))
    sources = tuple(source_of(tables, doc) for doc in cited_docs(frames))
    single = bool(charts) and charts[0].single
    return Report(
        theme, lang, tuple(districts), year, made, tuple(sections), sources, single, tables
    )


def _value_rows(
    tables: Tables, chart: Chart, lang: str, year: str
) -> tuple[list[dict[str, str]], list[pd.DataFrame]]:
    """The chart's values as a reader checks them: district, value with its qualifier mark,
    unit, year, the quote, and where it was said."""
    rows, frames = [], []
    for indicator in chart.indicators:
        values = indicator_values(tables, indicator.id, list(chart.districts), year)
        frames.append(values)
        unit = display_unit(tables, indicator, values["value"].dropna())
        for row in values.to_dict("records"):
            reported = row["status"] == "reported"
            rows.append(
                {
                    **value_cells(tables, row, unit, lang),
                    t("document", lang): (
                        short_citation(source_of(tables, row["doc"]), lang) if reported else ""
                    ),
                }
            )
    return rows, frames


def report_name(report: Report, extension: str) -> str:
    """``韧性_报告_门头沟-密云-昌平-石景山_2026-11-22.pdf``."""
    return theme_file_name(
        report.tables, report.theme, list(report.districts), report.lang, extension,
        report.made, t("report", report.lang),
    )  # fmt: skip


def theme_file_name(
    tables: Tables, theme: str, districts: list[str], lang: str, extension: str,
    day: dt.date | None = None, what: str = "",
) -> str:  # fmt: skip
    """``生态_门头沟-密云-昌平-石景山_2026-11-22.zip``: a file of the whole theme."""
    parts = [
        theme_label(theme, lang),
        *([what] if what else []),
        "-".join(district_label(tables, d, lang) for d in districts),
        (day or dt.date.today()).isoformat(),
    ]
    return snapshot.joined_name(parts, lang, extension)


# ---------------------------------------------------------------- HTML and PDF

_CSS = """
@page { size: A4; margin: 2cm; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
       font-size: 10pt; color: #222; margin: 0; }
.title-page { break-after: page; padding-top: 7cm; }
.title-page h1 { font-size: 24pt; margin: 0 0 1cm 0; }
.title-page dl { font-size: 11pt; } .title-page dt { font-weight: bold; margin-top: 8pt; }
h2 { font-size: 13pt; break-after: avoid; margin: 0 0 6pt 0; }
h3 { font-size: 10.5pt; break-after: avoid; margin: 10pt 0 4pt 0; }
section.chart { break-before: page; }
img.chart { width: 17cm; display: block; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
th, td { border: 0.5pt solid #bbb; padding: 2pt 4pt; vertical-align: top; text-align: left; }
tr { break-inside: avoid; }
table.values { table-layout: fixed; }
col.district { width: 13%; } col.short { width: 10%; } col.unit { width: 7%; }
col.long { width: 30%; }
ul, ol { margin: 0; padding-left: 1.4em; } li { margin: 2pt 0; }
p.intro { font-size: 11pt; }
"""


def report_html(report: Report) -> str:
    """The report as one self-contained HTML page (images inline), laid out for A4."""
    lang = report.lang
    esc = html.escape
    out = [
        f'<!doctype html><html lang="{"en" if lang == "en" else "zh-CN"}"><head>'
        f'<meta charset="utf-8"><title>{esc(report.title)}</title><style>{_CSS}</style>'
        f'</head><body><div class="title-page"><h1>{esc(report.title)}</h1><dl>'
    ]
    for label, value in report.facts():
        out.append(f"<dt>{esc(label)}</dt><dd>{esc(value)}</dd>")
    out.append(f"</dl><p>{esc(t('report_basis', lang))}</p>")
    if report.intro():
        out.append(f'<p class="intro">{esc(report.intro())}</p>')
    out.append("</div>")
    for section in report.sections:
        image = base64.b64encode(section.png).decode("ascii")
        out.append(
            f'<section class="chart"><h2>{esc(section.title)}</h2>'
            f'<img class="chart" alt="{esc(section.title)}" src="data:image/png;base64,{image}">'
            f'<h3>{esc(t("report_values", lang))}</h3><table class="values">'
            '<colgroup><col class="district"><col class="short"><col class="unit">'
            '<col class="short"><col class="long"><col class="long"></colgroup><thead><tr>'
        )
        columns = list(section.rows[0]) if section.rows else []
        out.append("".join(f"<th>{esc(c)}</th>" for c in columns) + "</tr></thead><tbody>")
        for row in section.rows:
            out.append("<tr>" + "".join(f"<td>{esc(row[c])}</td>" for c in columns) + "</tr>")
        out.append("</tbody></table>")
        if section.notes:
            out.append(f"<h3>{esc(t('report_notes', lang))}</h3><ul>")
            out.extend(f"<li>{esc(note)}</li>" for note in section.notes)
            out.append("</ul>")
        out.append("</section>")
    if report.sources:
        out.append(f'<section class="chart"><h2>{esc(t("report_sources", lang))}</h2><ol>')
        out.extend(f"<li>{esc(full_citation(s, lang))}</li>" for s in report.sources)
        out.append("</ol></section>")
    out.append("</body></html>")
    return "".join(out)


def chromium_path() -> str:
    """The system Chromium (Debian's package), the browser kaleido draws with."""
    for candidate in (os.environ.get("BROWSER_PATH", ""), "chromium", "chromium-browser"):
        found = shutil.which(candidate) if candidate else None
        if found:
            return found
    raise DistrictsError("PDF: no chromium found; install Debian's chromium package")


def html_to_pdf(page: str, timeout: float = 120) -> bytes:
    """``page`` printed to PDF by headless Chromium from a local file: no network, no header
    or footer lines, A4 from the page's own @page rule."""
    with tempfile.TemporaryDirectory(prefix="districts-report-") as folder:
        source = Path(folder) / "report.html"
        target = Path(folder) / "report.pdf"
        source.write_text(page, encoding="utf-8")
        command = [
            chromium_path(), "--headless", "--no-sandbox", "--disable-gpu",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            f"--user-data-dir={Path(folder) / 'profile'}", "--no-pdf-header-footer",
            f"--print-to-pdf={target}", source.as_uri(),
        ]  # fmt: skip
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise DistrictsError(f"PDF: chromium could not print the report ({error})") from error
        if not target.is_file() or not target.read_bytes().startswith(b"%PDF"):
            raise DistrictsError("PDF: chromium printed no PDF")
        return target.read_bytes()


def report_pdf(report: Report) -> bytes:
    return html_to_pdf(report_html(report))


# ---------------------------------------------------------------- Word


def report_docx(report: Report) -> bytes:
    """The same report as a Word document: A4, 2 cm margins, charts 17 cm wide."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt

    lang = report.lang
    document = docx.Document()
    page = document.sections[0]
    page.page_width, page.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(page, side, Cm(2))
    document.styles["Normal"].font.size = Pt(10)
    document.core_properties.title = report.title
    document.core_properties.language = "en" if lang == "en" else "zh-CN"

    document.add_heading(report.title, 0)
    for label, value in report.facts():
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: " if lang == "en" else f"{label}:").bold = True
        paragraph.add_run(value)
    document.add_paragraph(t("report_basis", lang))
    if report.intro():
        document.add_paragraph(report.intro())
    for section in report.sections:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(section.title, 1)
        document.add_picture(io.BytesIO(section.png), width=Cm(PRESETS[REPORT_SIZE].width_cm))
        document.add_heading(t("report_values", lang), 2)
        columns = list(section.rows[0]) if section.rows else []
        table = document.add_table(rows=1, cols=max(1, len(columns)))
        table.style = "Table Grid"
        for cell, name in zip(table.rows[0].cells, columns, strict=False):
            cell.text = name
            cell.paragraphs[0].runs[0].bold = True
        for row in section.rows:
            for cell, name in zip(table.add_row().cells, columns, strict=True):
                cell.text = row[name]
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        run.font.size = Pt(8.5)
        if section.notes:
            document.add_heading(t("report_notes", lang), 2)
            for note in section.notes:
                document.add_paragraph(note, style="List Bullet")
    if report.sources:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(t("report_sources", lang), 1)
        for source in report.sources:
            document.add_paragraph(full_citation(source, lang), style="List Number")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def report_bytes(report: Report, fmt: str) -> bytes:
    if fmt == "docx":
        return report_docx(report)
    if fmt == "pdf":
        return report_pdf(report)
    raise ValueError(f"unknown report format {fmt!r}")


# ---------------------------------------------------------------- ZIP


def theme_zip(
    tables: Tables, theme: str, districts: list[str], lang: str, year: str = "",
    size: str = REPORT_SIZE, today: dt.date | None = None,
) -> bytes:  # fmt: skip
    """Every chart of the theme as PNG and SVG (at ``size``), all their values as one CSV and
    one Excel workbook (a sheet per chart), and ``sources.md``."""
    made = today or dt.date.today()
    charts = theme_charts(tables, theme, districts, year)
    buffer = io.BytesIO()
    rows: list[dict[str, object]] = []
    sheets: list[tuple[str, list[str], list[dict[str, object]]]] = []
    frames = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for chart in charts:
            indicators, shown = list(chart.indicators), list(chart.districts)
            figure = comparison_figure(tables, indicators, shown, lang, year, today=made, size=size)
            metadata = snapshot.image_metadata(tables, indicators, shown, lang, year, made)
            for fmt in ("png", "svg"):
                name = snapshot.file_name(theme, indicators, shown, tables, lang, fmt, made)
                archive.writestr(name, snapshot.export_image(figure, fmt, metadata))
            chart_rows = snapshot.data_rows(tables, indicators, shown, lang, year)
            rows.extend(chart_rows)
            frames.extend(indicator_values(tables, i.id, shown, year) for i in indicators)
            meta = figure.layout.meta or {}
            sheets.append((meta.get("title", ""), list(meta.get("notes", ())), chart_rows))
        archive.writestr(
            theme_file_name(tables, theme, districts, lang, "csv", made), snapshot.csv_bytes(rows)
        )
        archive.writestr(
            theme_file_name(tables, theme, districts, lang, "xlsx", made),
            workbook_bytes(sheets, lang),
        )
        sources = [source_of(tables, doc) for doc in cited_docs(frames)]
        archive.writestr("sources.md", sources_markdown(sources, lang).encode("utf-8"))
    return buffer.getvalue()


def workbook_bytes(
    sheets: list[tuple[str, list[str], list[dict[str, object]]]], lang: str
) -> bytes:
    """One sheet per chart: the title (with the unit) in the first row, then the values with
    their unit, quotes and documents, then the chart's notes (qualifiers, gaps, sources)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for title, notes, rows in sheets:
        sheet = workbook.create_sheet(_sheet_name(title, used))
        sheet.append([snapshot.neutralize(title)])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append([])
        if rows:
            sheet.append(list(rows[0]))
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
            for row in rows:
                sheet.append([snapshot.neutralize(v) for v in row.values()])
        sheet.append([])
        sheet.append([t("report_notes", lang)])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        for note in notes:
            sheet.append([snapshot.neutralize(note)])
    if not sheets:
        workbook.create_sheet(t("report_notes", lang)).append([t("report_nothing", lang)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_name(title: str, used: set[str]) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\, unique."""
    base = re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:28] or "-"
    name, number = base, 2
    while name.casefold() in used:
        name = f"{base[:27]}~{number}"
        number += 1
    used.add(name.casefold())
    return name


def sources_markdown(sources: list[Source], lang: str) -> str:
    """``sources.md``: the full citation of every document behind the charts, with its link."""
    lines = [f"# {t('report_sources', lang)}", ""]
    for number, source in enumerate(sources, 1):
        lines.append(f"{number}. {full_citation(source, lang)}")
    return "\n".join(lines) + "\n"
