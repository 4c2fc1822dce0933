"""A whole theme as one file: the Word and PDF report, the ZIP, and the command line that
makes them (and snapshots by indicator name)."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import functools
import io
import re
import unicodedata
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from pdfminer.high_level import extract_text

from districts.cli import _parser, main
from districts.present import report
from districts.present.views import Tables, load_tables

FOUR = ["门头沟", "密云", "昌平", "石景山"]
DAY = dt.date(2026, 11, 22)


@functools.cache
def data() -> Tables:
    return load_tables()


@functools.cache
def ecology_report(lang: str = "zh") -> report.Report:
    return report.build_report(data(), "ecology", FOUR, lang, today=DAY)


def test_the_resilience_report_prints_to_a_pdf_on_the_seed_data(tmp_path: Path) -> None:
    assert main(["report", "--theme", "resilience", "--format", "pdf", "--out", str(tmp_path)]) == 0
    (path,) = tmp_path.iterdir()
    assert path.name.startswith("韧性_报告_") and path.suffix == ".pdf"
    # NFKC: the PDF maps some glyphs to Kangxi radicals (⽐ for 比), as CJK fonts often do
    text = unicodedata.normalize("NFKC", extract_text(str(path)))
    assert "韧性:各区对比" in text  # the title page
    # a chart's title, over its table of values (the one resilience measure the seeds chart)
    assert "应急抢险救援设备储备类别(类)" in "".join(text.split())
    assert "资料来源" in text and "《前线》杂志" in text  # the list of sources
    pages = len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))
    assert pages >= 3


def test_a_word_report_has_a_title_page_every_chart_at_full_width_values_and_sources() -> None:
    built = ecology_report()
    document = docx.Document(io.BytesIO(report.report_docx(built)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert document.paragraphs[0].text == "生态:各区对比"
    assert len(built.sections) == 2  # PM2.5 and forest coverage: the theme's shared indicators
    assert [round(s.width.cm, 1) for s in document.inline_shapes] == [17.0, 17.0]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert any("森林覆盖率68.5%" in cell for cell in cells)  # the quote beside its value
    assert any(cell.startswith("北京日报《") for cell in cells)  # and its source
    assert "资料来源" in text and "未报告:" in text  # the sources and the footnotes


def test_an_english_report_cites_english_titles() -> None:
    built = ecology_report("en")
    html = report.report_html(built)
    assert "Ecology: comparison of districts" in html
    assert "Beijing Daily. &quot;Making Changping&#x27;s contribution" in html


def test_a_theme_no_two_districts_share_reports_its_single_district_charts() -> None:
    built = report.build_report(data(), "resilience", FOUR, "zh", today=DAY)
    assert built.single and built.sections
    assert all(len(section.chart.districts) == 1 for section in built.sections)
    assert "不构成对比" in built.intro()


def test_theme_zip_holds_png_and_svg_per_chart_one_csv_one_workbook_and_sources() -> None:
    archive = zipfile.ZipFile(
        io.BytesIO(report.theme_zip(data(), "ecology", FOUR, "zh", today=DAY))
    )
    names = archive.namelist()
    assert len([n for n in names if n.endswith(".png")]) == 2
    assert len([n for n in names if n.endswith(".svg")]) == 2
    (table,) = [n for n in names if n.endswith(".csv")]
    content = archive.read(table)
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    assert {row["指标"] for row in rows} == {"PM2.5年均浓度", "森林覆盖率"}
    (excel,) = [n for n in names if n.endswith(".xlsx")]
    workbook = openpyxl.load_workbook(io.BytesIO(archive.read(excel)))
    assert len(workbook.sheetnames) == 2
    sheet = workbook[workbook.sheetnames[1]]
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert cells[0] == "森林覆盖率(%)"  # title row, with the unit
    assert "单位" in cells and "注释" in cells and any(str(c).startswith("来源:") for c in cells)
    sources = archive.read("sources.md").decode("utf-8")
    assert (
        sources.startswith("# 资料来源")
        and "北京日报。《为书写中国式现代化北京篇章作出昌平贡献》" in sources
    )


def test_workbook_cells_that_would_run_as_formulas_are_defused() -> None:
    content = report.workbook_bytes([("=title", ["+note"], [{"a": "@SUM(A1)", "b": 2}])], "zh")
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "'=title" in cells and "'+note" in cells and "'@SUM(A1)" in cells and 2 in cells


def test_snapshot_takes_an_indicator_by_its_chinese_or_english_name(tmp_path: Path) -> None:
    for name in ("森林覆盖率", "Forest coverage rate"):
        assert (
            main(["snapshot", "--indicator", name, "--format", "svg", "--out", str(tmp_path)]) == 0
        )
    names = sorted(path.name for path in tmp_path.iterdir())
    assert len(names) == 1 and names[0].startswith("生态_森林覆盖率_")


def test_an_unknown_indicator_is_refused_with_the_closest_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["snapshot", "--indicator", "森林", "--out", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert "森林覆盖率 / Forest coverage rate (forest_coverage)" in error


def test_an_indicator_of_another_theme_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["snapshot", "--theme", "ecology", "--indicator", "key_projects", "--out", str(tmp_path)]
    assert main(argv) == 2
    assert "belongs to the theme industry, not ecology" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_a_theme_without_shared_indicators_exports_single_district_charts_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["snapshot", "--theme", "resilience", "--districts", "门头沟,密云", "--format", "svg"]
    assert main([*argv, "--out", str(tmp_path)]) == 0
    assert "no indicator of resilience is reported by two" in capsys.readouterr().out
    assert list(tmp_path.iterdir())


def test_snapshot_size_sets_the_svg_width(tmp_path: Path) -> None:
    argv = ["snapshot", "--indicator", "pm25", "--format", "svg", "--size", "column"]
    assert main([*argv, "--out", str(tmp_path)]) == 0
    (path,) = tmp_path.iterdir()
    assert re.match(r'<svg[^>]* width="321"', path.read_text(encoding="utf-8"))


def test_every_option_of_every_command_has_help_text() -> None:
    parser = _parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    missing = [
        f"{name} {action.option_strings or action.dest}"
        for name, command in commands.choices.items()
        for action in command._actions
        if not isinstance(action, argparse._HelpAction) and not action.help
    ]
    assert not missing
