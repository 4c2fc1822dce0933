"""Span-aware scoring: a value alone does not make a hit; the seeds meet the targets."""

from __future__ import annotations

import json
from pathlib import Path

from districts.evaluate import GoldFact, load_gold, score


def fact(start: int, end: int, value: float = 5, district: str = "密云") -> GoldFact:
    return GoldFact("d.txt", district, "ecology", "t", value, "个", "exact", None, "q", start, end)


def row(start: int, end: int, value: float = 5, district: str = "密云") -> dict:
    return {"doc": "d.txt", "district": district, "value": value, "start": start, "end": end}


def test_same_value_elsewhere_in_the_document_is_no_hit() -> None:
    result = score([fact(100, 110)], [row(10, 20)])
    assert result.found == {} and result.precision == 0


def test_overlapping_span_with_the_same_value_is_a_hit() -> None:
    result = score([fact(100, 110)], [row(105, 115)])
    assert 0 in result.found and result.precision == 1


def test_a_span_much_longer_than_the_quote_is_no_hit() -> None:
    assert score([fact(100, 110)], [row(60, 110)]).found == {}


def test_rounding_of_fractions_is_allowed() -> None:
    assert score([fact(0, 5, value=33.33)], [row(0, 5, value=33.3333)]).found


def test_other_district_is_no_hit_and_other_places_are_set_aside() -> None:
    result = score([fact(0, 5)], [row(0, 5, district="昌平"), row(0, 5, district="全国")])
    assert result.found == {}
    assert result.unscored_rows == 2  # neither 昌平 nor 全国 is scored in this document


def test_a_decline_matches_whether_stored_signed_or_positive() -> None:
    assert score([fact(0, 5, value=5.9)], [row(0, 5, value=-5.9)]).found


def test_a_value_matches_in_any_unit_of_its_dimension() -> None:
    from districts.catalog import load_catalog

    units = load_catalog().units
    gold = fact(0, 5, value=20000)  # 2公顷 in the base unit, 平方米
    table_row = {**row(0, 5, value=30), "unit": "亩"}  # 30亩 = 20000 平方米
    assert score([gold], [table_row], units).found


def test_a_fact_found_with_the_wrong_district_lowers_district_agreement() -> None:
    result = score([fact(0, 5), fact(10, 15)], [row(0, 5), row(10, 15, district="昌平")])
    assert result.district_agreement == 0.5


def test_a_fact_reaches_the_chart_only_under_its_own_measure() -> None:
    from districts.catalog import load_catalog
    from districts.evaluate import score_charts

    gold = [
        GoldFact("d.txt", "密云", "ecology", "t", 68.5, "%", "exact", 2024, "q", 0, 5,
                 indicator="森林覆盖率"),
        GoldFact("d.txt", "密云", "ecology", "t", 80.1, "%", "exact", 2024, "q", 10, 15,
                 indicator="林木绿化率"),
    ]  # fmt: skip
    result = score(gold, [])
    table = [
        {**row(0, 5, value=68.5), "indicator": "forest_coverage", "period": "year"},
        {**row(10, 15, value=80.1), "indicator": "forest_coverage", "period": "year"},
    ]
    score_charts(result, table, load_catalog())
    assert result.chart_found == {0}  # 林木绿化率 charted as 森林覆盖率 is wrong
    assert result.chart_hits == [True, False]
    assert result.figures()["chart_recall"] == 0.5


def test_a_share_matches_when_rounded_as_the_gold_wrote_it() -> None:
    assert score([fact(0, 5, value=33.3)], [row(0, 5, value=33.33)]).found
    assert not score([fact(0, 5, value=33.4)], [row(0, 5, value=33.33)]).found
    assert not score([fact(0, 5, value=30)], [row(0, 5, value=33.33)]).found


def test_a_value_stated_twice_is_found_at_either_statement() -> None:
    """indicators.csv's stated_at lists every place the value is stated (the text and the
    table of a bulletin, a later report): the chart finds a gold fact at any of them, and the
    row still counts once for precision."""
    from districts.catalog import load_catalog
    from districts.evaluate import score_charts

    gold = [
        GoldFact("d.txt", "密云", "ecology", "t", 68.5, "%", "exact", 2024, "q", 0, 5,
                 indicator="森林覆盖率"),
        GoldFact("d.txt", "密云", "ecology", "t", 68.5, "%", "exact", 2024, "q", 40, 45,
                 indicator="森林覆盖率"),
    ]  # fmt: skip
    result = score(gold, [])
    table = [
        {**row(40, 45, value=68.5), "indicator": "forest_coverage", "period": "year",
         "stated_at": "d.txt:40-45;d.txt:0-5"},
    ]  # fmt: skip
    score_charts(result, table, load_catalog())
    assert result.chart_found == {0, 1}
    assert result.chart_hits == [True]


def test_gold_naming_an_area_by_another_of_its_names_is_read_as_the_tables_name(
    tmp_path: Path,
) -> None:
    gold = tmp_path / "gold.jsonl"
    fact = {
        "doc": "a.txt", "district": "经开区", "theme": "industry", "term": "地区生产总值",
        "value": 1.0, "unit": "元", "as_written": "1元", "year": None,
        "qualifier": "exact", "quote": "产值1元",
    }  # fmt: skip
    gold.write_text(json.dumps(fact, ensure_ascii=False) + "\n", encoding="utf-8")
    names = {"经开区": "北京经济技术开发区"}
    [read] = load_gold([gold], {"a.txt": "总产值1元"}, place_names=names)
    assert read.district == "北京经济技术开发区"
    [unmapped] = load_gold([gold], {"a.txt": "总产值1元"})
    assert unmapped.district == "经开区"


def test_gold_naming_a_group_of_districts_by_its_short_name_is_read_as_the_group() -> None:
    from districts.evaluate import gold_place_names
    from districts.lexicon import load_lexicon

    names = gold_place_names(load_lexicon())
    assert names["核心区"] == "首都功能核心区"
    assert names["中心城区"] == "城六区"
    assert names["生态涵养发展区"] == "生态涵养发展区"
    assert names["经开区"] == "北京经济技术开发区"


def test_a_quote_the_document_writes_twice_matches_a_row_at_either_place(tmp_path: Path) -> None:
    # a headline its story repeats: the gold's string is found first in the headline, the
    # pipeline keeps the story's statement (mentions.told_again_in_the_story)
    text = "全区地区生产总值568.7亿元\n\n上半年，全区地区生产总值568.7亿元，同比增长4.1%。"
    gold_file = tmp_path / "g.jsonl"
    gold_file.write_text(
        json.dumps({"doc": "d.txt", "district": "密云", "theme": "industry", "term": "t",
                    "value": 568.7, "unit": "个", "qualifier": "exact",
                    "quote": "地区生产总值568.7亿元"}, ensure_ascii=False),
        encoding="utf-8",
    )  # fmt: skip
    (gold,) = load_gold([gold_file], {"d.txt": text})
    at = text.rfind("地区生产总值568.7亿元")
    assert gold.start < at and gold.also_at == ((at, at + len("地区生产总值568.7亿元")),)
    assert 0 in score([gold], [row(at, at + 14, value=568.7)]).found
