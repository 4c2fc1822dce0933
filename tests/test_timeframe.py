"""The time resolver's pieces that a case file cannot reach: the document's date, table
columns, the period named by a phrase and the scorer's reading of a gold suffix."""

from __future__ import annotations

import pytest

from districts.evaluate import gold_period
from districts.facts.pipeline import date_in_address, infer_date
from districts.facts.timeframe import (
    DocumentTime,
    Passage,
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
        ("某区消费市场简报\n发布时间:2024-11-05  来源:区商务局\n\n正文。", "2024-11-05"),
        ("关于秋季防火工作的通知\n\n正文一段。\n\n区应急管理局\n2024年10月17日\n", "2024-10-17"),
        ("某区2024年统计公报\n\n某区统计局\n2025年3月\n\n2024年,全区…。", "2025-03"),
        ("某区水资源公报\n某区水务局\n二〇二五年四月\n\n正文。", "2025-04"),
        ("某区政府工作报告\n——2026年1月14日在区人大全体会议上\n\n各位代表:", "2026-01-14"),
        ("座谈会纪要\n时间:2024年11月22日下午\n\n正文。", "2024-11-22"),
        ("某市景区接待游客\n\n财经\n2021\n10/05\n10:33\n某网\n分享\n\n正文。", "2021-10-05"),
        ("某区新闻\n2025 11/13 09:40:03\n正文。", "2025-11-13"),
        ("某园区企业总数过千家\n2008-06 商报讯(通讯员 某某)\n\n正文。", "2008-06"),
        ("某区新闻\n发布时间：2021-11\n\n正文。", "2021-11"),
        (
            "某網\n2024年06月26日 星期三\n財經 > 正文\n遊客走進鄉村\n"
            "發佈時間:2014-10-10 07:31  來源:某報\n正文",
            "2014-10-10",
        ),
    ],
)
def test_the_document_date_comes_from_a_dateline(text: str, date: str) -> None:
    assert document_date(text) == date


def test_a_dashed_number_that_is_no_month_of_a_year_is_no_date() -> None:
    assert document_date("某刊\n第2019.5期\n\n正文。") == ""
    assert document_date("某区规划\n2021-2023\n\n正文。") == ""


def test_a_date_inside_a_sentence_is_not_the_documents() -> None:
    text = (
        "某区统计公报(摘要)\n\n全年…。\n"
        "说明:人口数据以2023年11月1日零时为标准时点。联系电话:010-84519302。\n"
    )
    assert document_date(text) == ""
    assert infer_date("某区2023年统计公报(摘要)\n\n" + text) == "2023"  # the title's year


def test_a_year_and_a_month_day_on_lines_of_their_own_make_a_date_only_with_a_time() -> None:
    assert document_date("某区新闻\n2021\n10/05\n10:33\n正文。") == "2021-10-05"
    assert document_date("某区新闻\n2021\n10/05 10:33\n正文。") == "2021-10-05"
    assert document_date("表1\n2021\n2022\n数量\n10/05\n") == ""  # no year over the day
    assert document_date("机场航站楼\n2019\n1/5\n图集：航站楼全景") == ""  # a gallery's pager
    assert document_date("朝阳区主要指标\n年份\n2021\n3/4\n") == ""  # a ratio under a year


def test_a_census_named_in_the_head_gives_its_year_to_a_release_of_its_data() -> None:
    text = (
        "北京青年报\n2021-05-19 10:56\n朝阳区第七次全国人口普查数据公布\n"
        "朝阳区常住人口为345.2万人。"
    )
    assert document_time(text, "北京青年报", "2021-05-19").reporting_year == 2020


def test_the_reporting_year_of_a_bulletin_and_of_a_work_report() -> None:
    bulletin = document_time("全年…。", "昌平区2024年水资源公报", "2025-04")
    assert bulletin.reporting_year == 2024
    report = document_time("各位代表:", "某区政府工作报告", "2025-01-14")
    assert report.reporting_year == 2024
    news = document_time("正文。", "街巷里的新变化", "2024-06-21")
    assert (news.reporting_year, news.present_year) == (None, 2024)
    undated = document_time("正文。", "", "2021")
    assert (undated.reporting_year, undated.present_year) == (None, None)


def test_a_table_cell_takes_its_column_headers_year() -> None:
    text = "项目  单位  2021年现状  2026年规划值  2024年完成\n林木绿化率  %  36.3  39.0  38.4\n"
    lexicon = load_time_lexicon()
    assert _column_year(text, text.index("36.3"), lexicon) == 2021
    assert _column_year(text, text.index("39.0"), lexicon) == 2026
    assert _column_year(text, text.index("38.4"), lexicon) == 2024
    assert _column_year("林木绿化率36.3%。", 5, lexicon) is None


def test_a_table_cell_is_resolved_to_its_column() -> None:
    text = "项目  单位  2021年现状  2026年规划值  2024年完成\n林木绿化率  %  36.3  39.0  38.4\n"
    line = Span(text.index("林木"), len(text) - 1)
    when = DocumentTime(2025, None, 2024, "year", ())
    frame = TimeResolver().resolve(Passage(text, line, line, line, when), text.index("39.0"))
    assert frame.year == 2026


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
        ("9月", "Sep"),  # a column header or a term's suffix that is only a month
        ("2020年9月", "Sep"),
        ("9月3日", None),  # a date, not a month's value
        ("较前三季度收窄", None),  # a comparison names no period of the value
        ("比上年增长", None),
    ],
)
def test_the_period_a_phrase_names(phrase: str, period: str | None) -> None:
    assert period_in(phrase) == period


def test_spans_named_by_a_phrase() -> None:
    assert all(map(span_in, ["五年累计", "近三年累计", "“十四五”以来新增", "2023年以来"]))
    assert not any(map(span_in, ["较2016年累计下降", "连续年数", "前三季度"]))


def test_the_gold_period_is_read_from_the_indicator_or_term_suffix() -> None:
    assert gold_period("地区生产总值(前三季度)", "地区生产总值") == "Q1–Q3"
    assert gold_period(None, "新造林面积(十四五以来累计)") == "span"
    assert gold_period("林木绿化率", "林木绿化率(较2019年提高)") == "year"
    assert gold_period(None, "规上企业营业收入降幅(较前三季度收窄)") == "year"


def test_a_date_label_mangled_by_readings_is_read_once_the_head_is_cleaned() -> None:
    text = (
        "財(cái)經(jīng) > 滾動(dòng)新聞 > 正文\n北京7天接待游客1151萬人次\n"
        "- 發(fā)布時(shí)間:2015-10-08 07:34:00 來源:某報(bào)\n昨天十一長(zhǎng)假大幕落下。\n"
    )
    assert infer_date(text) == "2015-10-08"


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("http://news.example.com/2023/0628/932416.html", "2023-06-28"),
        ("https://www.example.gov.cn/zwgk/202407/t20240723_3757254.html", "2024-07-23"),
        ("http://www.example.cn/2023-01/05/content_122906.htm", "2023-01-05"),
        ("http://www.example.com.cn/2021-02-25/2792582.shtml", "2021-02-25"),
        ("http://www.example.cn/2024/06/20/content_8643438.html", "2024-06-20"),
        ("http://example.com/c20211109/202111.html", "2021-11-09"),
        # an article id, a month that is no month, an address made of numbers: no day
        ("https://app.example.com/8816/newshow.php?newsid=6034146", ""),
        ("http://example.com/zixun-20205008.html", ""),
        ("http://120.79.34.160/articles/E0D7CD.html", ""),
        ("http://example.com/2023/11/110118.html", ""),
        ("", ""),
    ],
)
def test_a_news_address_dates_a_page_whose_text_does_not(url: str, day: str) -> None:
    text = "某区召开专场发布会\n\n今年以来,新设企业4903户,同比增长27.2%。\n"
    assert date_in_address(url) == day
    assert infer_date(text, url) == day
    # the text's own date and its title's year come first
    assert infer_date("发布时间:2022-03-01\n" + text, url) == "2022-03-01"
    assert infer_date("某区2023年统计公报\n\n" + text, url) == "2023"


def test_the_pipeline_dates_a_page_by_the_address_its_metadata_gives() -> None:
    from districts.facts.pipeline import Pipeline, SourceInfo
    from districts.text.read import Document

    text = "密云区召开专场发布会\n\n今年以来,密云区新设企业4903户。\n"
    document = Document("page.txt", "page.txt", text, "utf-8", len(text.encode()))
    pipeline = Pipeline.from_data()
    url = "http://news.example.com/2023/0628/932416.html"
    (dated,) = pipeline.facts(document, SourceInfo(file="page.txt", url=url)).mentions
    (undated,) = pipeline.facts(document, SourceInfo(file="page.txt")).mentions
    assert (dated.year, undated.year) == (2023, None)


def test_a_closing_date_under_related_headlines_is_not_the_documents() -> None:
    text = (
        "某区常住人口情况\n某报客户端 2021-05-19 10:56\n\n全区常住人口为52万人。\n\n"
        "编辑/某某\n\n相关阅读\n某市常住人口回落\n某报 2023-04-20\n某地人口增长\n某网 2022-05-20\n"
    )
    assert document_date(text) == "2021-05-19"


def test_a_newspapers_name_holding_a_report_word_makes_no_report() -> None:
    news = document_time("正文。", "北京青年报", "2021-05-19")
    assert news.reporting_year is None
    bulletin = document_time("正文。", "某区2020年统计年报", "2021-05-19")
    assert bulletin.reporting_year == 2020
    youth = document_time("正文。", "北京市青少年报告", "2022-05-10")
    assert youth.reporting_year == 2021  # 青少年报告 is a report, 青年报 no medium there
