"""Snapshot images and data downloads: valid files, Chinese drawn as glyphs, safe cells."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import shutil
import subprocess
from pathlib import Path

import openpyxl
import plotly.graph_objects as go
import pytest

from districts.cli import main
from districts.present import snapshot
from districts.present.charts import FONT_FAMILY, TEMPLATE, comparison_figure
from districts.present.views import Tables, load_tables

FOUR = ["门头沟", "密云", "昌平", "石景山"]


@functools.cache
def data() -> Tables:
    return load_tables()


def forest(lang: str = "zh") -> go.Figure:
    indicator = data().catalog.indicator_by_id("forest_coverage")
    return comparison_figure(data(), [indicator], FOUR, lang, today=dt.date(2026, 11, 22))


def png_size(content: bytes) -> tuple[int, int]:
    assert content.startswith(b"\x89PNG\r\n\x1a\n"), "not a PNG"
    return int.from_bytes(content[16:20], "big"), int.from_bytes(content[20:24], "big")


def test_png_is_wide_enough_for_print() -> None:
    width, height = png_size(snapshot.export_image(forest(), "png"))
    assert width >= 1600 and height >= 600


def test_svg_carries_the_chinese_title_footnotes_and_source() -> None:
    svg = snapshot.export_image(forest(), "svg").decode("utf-8")
    assert svg.startswith("<svg")
    assert "森林覆盖率(%)" in svg
    assert "未报告" in svg and "来源:" in svg and "生成日期: 2026-11-22" in svg


def test_english_snapshot_is_in_english() -> None:
    svg = snapshot.export_image(forest("en"), "svg").decode("utf-8")
    assert "Forest coverage rate (%)" in svg and "Not reported" in svg


def _text_only(text: str) -> go.Figure:
    figure = go.Figure()
    figure.update_layout(
        template=TEMPLATE, width=400, height=120, font={"family": FONT_FAMILY, "size": 40},
        xaxis={"visible": False}, yaxis={"visible": False},
    )  # fmt: skip
    figure.add_annotation(text=text, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False)
    return figure


def test_chinese_is_drawn_as_glyphs_not_boxes() -> None:
    # Missing glyphs are drawn as identical boxes, so two different strings would give the
    # same picture; real glyphs differ.
    first = snapshot.export_image(_text_only("森林覆盖率"), "png")
    second = snapshot.export_image(_text_only("产业集群数"), "png")
    assert first != second


def test_the_cjk_font_resolves_to_noto_sans_cjk() -> None:
    assert shutil.which("fc-match"), "fontconfig is installed by `make setup`"
    family = subprocess.run(
        ["fc-match", "Noto Sans CJK SC"], capture_output=True, text=True, check=True
    ).stdout
    assert "Noto Sans CJK" in family


def test_file_names_say_what_the_file_is() -> None:
    indicator = data().catalog.indicator_by_id("forest_coverage")
    day = dt.date(2026, 11, 22)
    assert (
        snapshot.file_name("ecology", [indicator], FOUR, data(), "zh", "png", day)
        == "生态_森林覆盖率_门头沟-密云-昌平-石景山_2026-11-22.png"
    )
    assert (
        snapshot.file_name("ecology", [indicator], FOUR, data(), "en", "svg", day)
        == "Ecology_Forest-coverage-rate_Mentougou-Miyun-Changping-Shijingshan_2026-11-22.svg"
    )


def test_csv_opens_in_excel_and_defuses_formulas() -> None:
    rows = [{"原文": '=HYPERLINK("x")', "文档": "+1", "值": -5.9, "备注": "@SUM", "x": "-a"}]
    content = snapshot.csv_bytes(rows)
    assert content.startswith(b"\xef\xbb\xbf")
    row = next(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    assert row == {
        "原文": '\'=HYPERLINK("x")',
        "文档": "'+1",
        "值": "-5.9",
        "备注": "'@SUM",
        "x": "'-a",
    }


def test_chart_data_rows_carry_quote_document_and_year() -> None:
    indicator = data().catalog.indicator_by_id("pm25")
    rows = snapshot.data_rows(data(), [indicator], FOUR, "zh")
    by_district = {row["区"]: row for row in rows}
    assert by_district["密云"]["年份"] == "2020" and "PM25年均浓度29" in by_district["密云"]["原文"]
    assert by_district["门头沟"]["限定"] == "未报告" and by_district["门头沟"]["数值"] == ""
    assert by_district["密云"]["限定"] == "确切"  # never the stored code "exact"
    assert by_district["昌平"]["限定"] == "≥"


def test_excel_download_has_the_same_rows() -> None:
    indicator = data().catalog.indicator_by_id("forest_coverage")
    rows = snapshot.data_rows(data(), [indicator], FOUR, "zh")
    sheet = openpyxl.load_workbook(io.BytesIO(snapshot.xlsx_bytes(rows))).active
    values = list(sheet.values)
    assert list(values[0]) == list(rows[0])
    assert len(values) == len(rows) + 1


def test_cli_snapshot_writes_named_images(tmp_path: Path) -> None:
    assert main(["snapshot", "--theme", "ecology", "--format", "svg", "--out", str(tmp_path)]) == 0
    names = sorted(path.name for path in tmp_path.iterdir())
    assert any(name.startswith("生态_森林覆盖率_") and name.endswith(".svg") for name in names)


def test_cli_snapshot_refuses_an_unknown_district(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["snapshot", "--theme", "ecology", "--districts", "纽约", "--out", str(tmp_path)]) == 2
    )
    assert "not a Beijing district" in capsys.readouterr().err
