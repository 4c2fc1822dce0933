"""The time resolver's pieces that a case file cannot reach: the document's date, table
columns, the period named by a phrase and the scorer's reading of a gold suffix."""

from __future__ import annotations

import pytest

from districts.evaluate import gold_period
from districts.facts.pipeline import infer_date
from districts.facts.timeframe import (
    DocumentTime,
    TimeResolver,
    _column_year,
    document_date,
    document_time,
    load_time_lexicon,
    period_in,
    span_in,
)
from districts.text.split import Span


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("某区经济运行情况\n发布时间:2024-10-28  来源:区统计局\n\n正文。", "2024-10-28"),
        ("关于汛期工作的通报\n\n正文一段。\n\n区防汛办\n2024年9月6日\n", "2024-09-06"),
        ("某区2024年统计公报\n\n某区统计局\n2025年3月\n\n2024年,全区…。", "2025-03"),
        ("某区生态环境状况公报\n某区生态环境局\n二〇二五年五月\n\n正文。", "2025-05"),
        ("某区人民政府工作报告\n——2025年1月8日在区人民代表大会上\n\n各位代表:", "2025-01-08"),
        ("新闻发布会实录\n时间:2024年7月18日上午\n\n正文。", "2024-07-18"),
    ],
)
def test_the_document_date_comes_from_a_dateline(text: str, date: str) -> None:
    assert document_date(text) == date


def test_a_date_inside_a_sentence_is_not_the_documents() -> None:
    text = (
        "某区统计公报(摘要)\n\n全年…。\n"
        "注:灾情数据为截至2023年12月31日的统计数。咨询电话:010-61298765。\n"
    )
    assert document_date(text) == ""
    assert infer_date("某区2023年统计公报(摘要)\n\n" + text) == "2023"  # the title's year


def test_the_reporting_year_of_a_bulletin_and_of_a_work_report() -> None:
    bulletin = document_time("全年…。", "延庆区2024年生态环境状况公报", "2025-05")
    assert bulletin.reporting_year == 2024
    report = document_time("各位代表:", "某区人民政府工作报告", "2025-01-08")
    assert report.reporting_year == 2024
    news = document_time("正文。", "雨来不慌", "2024-06-14")
    assert (news.reporting_year, news.present_year) == (None, 2024)
    undated = document_time("正文。", "", "2021")
    assert (undated.reporting_year, undated.present_year) == (None, None)


def test_a_table_cell_takes_its_column_headers_year() -> None:
    text = "指标  单位  2020年基期  2025年目标  2023年实际\n森林覆盖率  %  44.1  46.0  45.2\n"
    lexicon = load_time_lexicon()
    assert _column_year(text, text.index("44.1"), lexicon) == 2020
    assert _column_year(text, text.index("46.0"), lexicon) == 2025
    assert _column_year(text, text.index("45.2"), lexicon) == 2023
    assert _column_year("森林覆盖率44.1%。", 5, lexicon) is None


def test_a_table_cell_is_resolved_to_its_column() -> None:
    text = "指标  单位  2020年基期  2025年目标  2023年实际\n森林覆盖率  %  44.1  46.0  45.2\n"
    line = Span(text.index("森林"), len(text) - 1)
    when = DocumentTime(2024, None, 2023, "year", ())
    frame = TimeResolver().resolve(text, text.index("46.0"), line, line, line, when)
    assert frame.year == 2025


@pytest.mark.parametrize(
    ("phrase", "period"),
    [
        ("前三季度", "Q1–Q3"),
        ("1至8月", "Jan–Aug"),
        ("1-9月", "Q1–Q3"),
        ("9月末", "Sep-end"),
        ("9月末累计", "Sep-end"),
        ("上半年", "H1"),
        ("今年以来", "YTD"),
        ("较前三季度收窄", None),  # a comparison names no period of the value
        ("比上年增长", None),
    ],
)
def test_the_period_a_phrase_names(phrase: str, period: str | None) -> None:
    assert period_in(phrase) == period


def test_spans_named_by_a_phrase() -> None:
    assert all(map(span_in, ["五年累计", "近三年累计", "“十四五”以来累计", "2023年以来"]))
    assert not any(map(span_in, ["较2013年累计下降", "连续年数", "前三季度"]))


def test_the_gold_period_is_read_from_the_indicator_or_term_suffix() -> None:
    assert gold_period("地区生产总值(前三季度)", "地区生产总值") == "Q1–Q3"
    assert gold_period(None, "新造林面积(十四五以来累计)") == "span"
    assert gold_period("森林覆盖率", "森林覆盖率(较2020年提高)") == "year"
    assert gold_period(None, "规上工业企业利润降幅(较前三季度收窄)") == "year"
