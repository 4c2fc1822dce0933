"""Extraction behaviours, one test each, on small texts written for the test (not the seeds)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from districts.facts.mentions import DocumentFacts, Mention
from districts.facts.pipeline import Pipeline, SourceInfo
from districts.text.read import Document


@functools.cache
def pipeline() -> Pipeline:
    return Pipeline.from_data()


def facts(text: str, district: str | None = "密云", year: int | None = 2024) -> list[Mention]:
    document = Document("test.txt", "test.txt", text, "utf-8", len(text.encode()))
    metadata = SourceInfo("test.txt", district=district or "", date=str(year) if year else "")
    return list(pipeline().facts(document, metadata).mentions)


def only(text: str, **kwargs: object) -> Mention:
    found = facts(text, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, [(m.value, m.quote) for m in found]
    return found[0]


def values(text: str) -> list[float]:
    return [m.value for m in facts(text)]


def test_multiplier_scales_to_the_base_unit() -> None:
    fact = only("全区湿地面积达1.64万公顷。")
    assert fact.value == pytest.approx(1.64e8)  # 平方米, the unit table's base for area
    assert fact.unit == "平方米"
    assert fact.as_written == "1.64万公顷"
    assert fact.indicator == "wetland_area"


def test_thousands_separator_is_part_of_the_number() -> None:
    assert values("自然保护区面积10,773.4公顷。") == [pytest.approx(107_734_000)]


def test_money_in_yi_yuan() -> None:
    fact = only("技术合同成交额196.5亿元。")
    assert fact.value == 19_650_000_000
    assert fact.unit == "元"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("累计完成固定资产投资近1800亿元。", "approx"),
        ("城市更新带动投资超900亿元。", "at_least"),
        ("先进能源产业收入突破2300亿元。", "at_least"),
        ("储备3000余套人才租赁住房。", "at_least"),
        ("给予最高50万元奖励。", "at_most"),
        ("一般公共预算收入同比增长8.2%。", "change"),
        ("力争新增公园20处。", "target"),
        ("森林覆盖率达到48.7%。", "exact"),
    ],
)
def test_qualifier(text: str, qualifier: str) -> None:
    assert only(text).qualifier == qualifier


def test_from_to_pair_gives_two_facts_with_their_years() -> None:
    found = facts("地区生产总值从2020年的973.8亿元增加至2024年的1312.9亿元。")
    assert [(m.value, m.year) for m in found] == [(97_380_000_000, 2020), (131_290_000_000, 2024)]
    assert all(m.indicator == "gdp" for m in found)


def test_range_gives_its_lower_bound_and_keeps_the_range_as_written() -> None:
    # Issue 13: a range is one fact, its lower bound; as_written keeps the whole range.
    fact = only("为青年创业团队提供3—5个工位。")
    assert (fact.value, fact.qualifier, fact.as_written) == (3, "at_least", "3—5个")


def test_chinese_numerals_that_count() -> None:
    assert only("沙河湿地公园吸引了百余种鸟类。").value == 100
    assert only("医药健康和节能环保两大主导产业。").value == 2
    assert only("连续九年获评全市充分就业区。").value == 9


def test_shares_in_cheng_and_fractions() -> None:
    assert only("两大产业集群增加值占比超六成。").value == 60
    assert only("科学城1/3区域位于本区。").value == pytest.approx(33.33)
    assert only("三分之一的村庄完成改造。").value == pytest.approx(33.33)


def test_rank_claims_with_a_number() -> None:
    first = only("一般公共预算收入增速居中心城区第一。")
    assert (first.value, first.unit, first.qualifier) == (1, "rank", "exact")
    top = only("群众满意度位列全市前三位。")
    assert (top.value, top.qualifier) == (3, "at_most")


def test_doubling_is_a_target_multiple() -> None:
    fact = only("医药健康产业规模将在三年内实现翻一番。")
    assert (fact.value, fact.unit, fact.qualifier) == (2, "倍", "target")
    # Without a goal cue, a doubling is a reported change (issue 13: 翻了一番 is a change).
    fact = only("医药健康产业规模五年来翻了一番。")
    assert (fact.value, fact.unit, fact.qualifier) == (2, "倍", "change")


@pytest.mark.parametrize(
    "text",
    [
        "2024年11月7日,记者走访了这里。",  # a date
        "构建了“1+13+X”灾后重建规划体系。",  # a slogan made of numbers
        "编制“十四五”规划。",
        "按照五位一体总体布局推进。",
        "第一,我们坚持创新驱动。",  # an ordinal list marker
        "科技部下发文件(国科发社[2015]309号)。",  # a document number
        "下面我重点介绍四个方面。",  # rhetoric
        "一是加强组织领导。",
        "深入实施三年行动计划。",
        "推进百年老街保护。",
        "每10万人拥有博物馆的情况。",  # a denominator
    ],
)
def test_not_a_fact(text: str) -> None:
    assert facts(text) == []


def test_a_number_beside_damaged_text_is_not_trusted() -> None:
    # "?" against CJK and odd symbols: a mojibake run; the digit next to it may be wrong.
    assert facts("昌平新建了?shù)?所高校。") == [] or all(
        "?" not in m.quote for m in facts("昌平新建了?shù)?所高校。")
    )


def test_district_of_another_place_named_in_the_clause() -> None:
    found = facts("怀柔区新增公园12处,本区新增公园20处。")
    assert [(m.district, m.value) for m in found] == [("怀柔", 12), ("密云", 20)]


def test_national_count_is_not_the_districts() -> None:
    assert only("本区作为全国29个实验区之一名列其中。").district == "全国"


def test_place_named_after_a_district_is_not_the_district() -> None:
    # 怀柔科学城 is a science city (partly in 密云), not the 怀柔 district.
    assert only("5个交叉平台在怀柔科学城东区加快建设。").district == "密云"


def test_year_rules() -> None:
    assert only("2020年,PM2.5年均浓度29微克/立方米。").year == 2020
    assert only("今年新增公园20处。", year=2025).year == 2025
    assert only("去年新增公园20处。", year=2025).year == 2024
    assert only("每年设置5000万元人才发展专项资金。").year is None
    assert only("2022年以来,新增公园10处。").year is None  # since 2022: cumulative
    assert only("较2020年下降5.9微克/立方米。").year is None  # a baseline


def test_half_year_value_is_kept_with_its_period() -> None:
    # The indicator stays; the period keeps it out of annual rows (tables key on it).
    fact = only("今年上半年,地区生产总值696.6亿元。", year=2025)
    assert (fact.year, fact.period) == (2025, "H1")
    assert "上半年" in fact.term


def test_related_but_different_indicators_stay_apart() -> None:
    found = facts("森林覆盖率68.5%,林木绿化率75.3%,林木覆盖率65%,绿化覆盖率55.28%。")
    assert [m.indicator for m in found] == [
        "forest_coverage",
        "tree_greening_rate",
        "tree_coverage",
        "green_coverage",
    ]


def test_quote_is_exact_original_text_in_traditional_script_with_pinyin() -> None:
    text = "昌平區(qū)擁有41所高校及其分校區(qū)。"
    fact = only(text, district="昌平")
    assert text[fact.start : fact.end] == fact.quote
    assert fact.quote.startswith("41所高校")
    assert fact.as_written == "41所"


def test_traditional_regional_wording_is_understood() -> None:
    fact = only("石景山區森林覆蓋率達到50%。", district=None)
    assert (fact.district, fact.indicator, fact.value) == ("石景山", "forest_coverage", 50)


def test_document_naming_no_district_gives_no_facts() -> None:
    document = Document("x.txt", "x.txt", "全市新增公园20处。", "utf-8", 30)
    result = pipeline().facts(document, SourceInfo("test.txt", date="2024"))
    assert result.district is None and result.mentions == ()


def _facts_on_a_page(text: str, url: str, date: str) -> DocumentFacts:
    """The facts of ``text`` published at ``url`` on ``date``, no district given."""
    document = Document("x.txt", "x.txt", text, "utf-8", len(text.encode()))
    return pipeline().facts(document, SourceInfo("x.txt", date=date, url=url))


def test_a_page_of_a_district_government_site_naming_no_district_is_that_districts() -> None:
    text = "一、上半年计划执行情况\n全区地区生产总值同比增长4.5%，区级一般公共预算收入97.2亿元。"
    url = "https://www.bjdch.gov.cn/zwgk/ghjh/202409/t20240904_1.html"
    result = _facts_on_a_page(text, url, "2024-09-04")
    assert result.district == "东城" and {m.district for m in result.mentions} == {"东城"}
    named = "海淀区召开大会。" + text  # the text's own district comes first
    assert _facts_on_a_page(named, url, "2024-09-04").district == "海淀"
    elsewhere = SourceInfo("x.txt", date="2024-09-04", url="https://news.example.com/a.html")
    assert (
        pipeline().facts(Document("x.txt", "x.txt", text, "utf-8", 9), elsewhere).district is None
    )


def test_a_page_of_the_city_governments_site_naming_no_district_is_beijings() -> None:
    text = "农业生产情况\n项目\n单位\n1-3季度\n农林牧渔业总产值\n亿元\n175.7\n种植业\n亿元\n132.9\n"
    url = "https://tjj.beijing.gov.cn/tjsj/2020/202010/t20201021_1.html"
    result = _facts_on_a_page(text, url, "2020-10-21")
    assert result.district == "北京市"
    assert {m.district for m in result.mentions} == {"北京市"} and result.mentions
    district_site = "https://www.bjmy.gov.cn/a.html"  # a district's own site stays its own
    assert _facts_on_a_page(text, district_site, "2020-10-21").district == "密云"
    assert _facts_on_a_page(text, "https://news.example.com/a.html", "2020-10-21").district is None


def test_a_district_newspapers_page_speaking_of_our_district_is_that_districts() -> None:
    text = "本报讯 去年我区河道受损严重。今年我区完成清淤总量24万立方米，治理河道26.9千米。"
    result = _facts_on_a_page(text, "http://bjmtgnews.com/paper/news.php?id=1", "2024-06-01")
    assert result.district == "门头沟" and {m.district for m in result.mentions} == {"门头沟"}


def test_main_district_is_inferred_from_the_text() -> None:
    text = "怀柔区召开大会。怀柔区新增公园12处,怀柔区森林覆盖率达到80%。延庆区也参加了会议。"
    document = Document("x.txt", "x.txt", text, "utf-8", len(text))
    result = pipeline().facts(document, SourceInfo("test.txt", date="2024"))
    assert result.district == "怀柔"
    assert {m.district for m in result.mentions} == {"怀柔"}


def test_a_sentence_opening_with_a_goal_states_targets() -> None:
    fact = only("力争到2025年,全区森林覆盖率达到62%以上。")
    assert (fact.qualifier, fact.year, fact.indicator) == ("target", 2025, "forest_coverage")


def test_share_terms_keep_their_verb() -> None:
    assert only("信息服务业收入占全区比重近五成。").term == "信息服务业收入占全区比重"


def test_catalog_terms_are_words_for_the_segmenter() -> None:
    assert only("区内建成人工智能算力中心3个。").term == "人工智能算力中心"


def test_a_beijing_total_is_beijings() -> None:
    found = facts("2023年,密云区森林覆盖率达到67.8%,高于全市森林覆盖率44.9%。")
    assert [(m.district, m.value) for m in found] == [("密云", 67.8), ("北京市", 44.9)]


def test_a_clause_with_its_own_number_lends_no_term() -> None:
    found = facts("潜在独角兽企业22家,全市共两个“灯塔工厂”均在昌平。")
    assert [m.indicator for m in found] == ["potential_unicorns", ""]


def test_respectively_lists_pair_items_by_position_never_by_guess() -> None:
    # as many items as values: the n-th value is the n-th item's (issue 13, held-out lists)
    found = facts("森林覆盖率、林木绿化率分别达到61.8%和72.3%。")
    assert [(m.indicator, m.value) for m in found] == [
        ("forest_coverage", 61.8),
        ("tree_greening_rate", 72.3),
    ]
    # more items than values: no pairing, and no guess by the nearest term
    found = facts("森林覆盖率、林木绿化率和湿地保护率分别达到61.8%和72.3%。")
    assert all(m.indicator == "" for m in found)


def test_stations_that_exist_are_not_new_stations() -> None:
    existing, added = facts("全区现有雨量站300处。新增雨量站12处。")
    assert (existing.indicator, added.indicator) == ("rain_gauges", "new_rain_gauges")


def test_totals_over_several_years_and_part_years_are_not_annual_values() -> None:
    total = only("2019—2023年,累计完成固定资产投资2000亿元。")
    assert (total.period, total.year_from, total.year_to) == ("span", 2019, 2023)
    assert only("1至6月,地区生产总值300亿元。").period == "H1"


def test_a_deadline_already_past_is_not_a_target() -> None:
    assert only("到2023年底,累计建成口袋公园50处。", year=2024).qualifier == "exact"
    assert only("到2026年,建成口袋公园50处。", year=2024).qualifier == "target"


def test_number_form_words_are_validated_on_load(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import yaml

    from districts.errors import CatalogError
    from districts.lexicon import LEXICON_PATH, load_lexicon

    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    del raw["share_words"]
    broken = tmp_path / "lexicon.yaml"
    broken.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogError, match="share_words"):
        load_lexicon(broken)
    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    raw["latin_rank_marks"] = ["TOP", False]  # an unquoted NO reads as false in YAML
    broken.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogError, match="latin_rank_marks"):
        load_lexicon(broken)


def test_a_headline_figure_its_story_repeats_is_one_fact_the_storys() -> None:
    text = (
        "上半年密云区地区生产总值168.7亿元\n\n"
        "今年上半年，密云区地区生产总值168.7亿元，同比增长4.1%。"
    )
    found = [m for m in facts(text) if m.value == 16_870_000_000]
    assert len(found) == 1 and found[0].start > text.index("\n")
    # another measure's equal value in the headline is another fact and stays
    text = "密云区旅游收入增长一成\n\n今年，密云区实际利用外资增长10%。"
    assert sorted(m.quote for m in facts(text) if m.value == 10) == ["10%", "旅游收入增长一成"]


def test_a_headline_figure_named_in_shorthand_is_the_storys_figure_told_again() -> None:
    text = "生命科学论坛开幕 12个重点项目现场签约\n\n论坛上，密云区集中签约了12个重点产业项目。"
    assert [m.quote for m in facts(text) if m.value == 12] == ["12个重点产业项目"]


def test_a_headline_figure_told_again_is_the_story_figure_naming_it_not_the_first_equal() -> None:
    text = "某区新建公园12处\n\n记者获悉，今年全区改造提升12处，新建公园12处。"
    named = sorted((m.term, m.quote) for m in facts(text) if m.value == 12)
    # (改造提升 labels the first by its act: another measure's equal figure, which stays)
    assert named == [("改造提升", "12处"), ("新建公园", "新建公园12处")]


def test_a_headline_figure_written_as_the_story_writes_it_is_one_fact_whatever_its_name() -> None:
    text = (
        "18个项目6.37亿元 某区第二批投资计划下达\n\n"
        "近日，某区第二批投资计划下达，共安排18个项目，总投资6.37亿元。"
    )
    assert [m.quote for m in facts(text) if m.value == 637_000_000] == ["总投资6.37亿元"]
    # a headline's catalog measure the story does not name stays: no measure is lost
    text = "某区地区生产总值达712.6亿元\n\n2024年，某区全年实现增加值712.6亿元，同比增长5%。"
    assert "gdp" in {m.indicator for m in facts(text) if m.value == 71_260_000_000}
    # names labelled by their acts, ending alike, of the same level: one figure told again
    text = "某区垃圾分类见成效 生活垃圾同比减量1.3万吨\n\n今年全区生活垃圾同比实现减量1.3万吨。"
    assert len([m for m in facts(text) if m.value == 13_000]) == 1
    # a figure of few digits said alike may be two measures' and stays twice
    text = "某区新增企业120家\n\n记者获悉，今年全区新增企业120家，新建公园120处。"
    assert len([m for m in facts(text) if m.value == 120]) == 2


def test_a_story_figure_takes_the_headline_name_only_for_the_same_period() -> None:
    text = "某区地区生产总值达120亿元\n\n记者获悉，上半年全区经济运行平稳，实现120亿元，增长5%。"
    found = [m for m in facts(text) if m.value == 12_000_000_000]
    # the headline's annual name would mislabel the story's half-year figure: both stay
    assert sorted((m.period, m.indicator) for m in found) == [("H1", ""), ("year", "gdp")]


def test_a_photo_caption_above_the_story_is_not_its_title() -> None:
    from districts.facts.pipeline import infer_title

    text = "市民在海淀区某公园游玩（新华社记者 某某 摄）\n朝阳区口袋公园建设观察\n正文。"
    assert infer_title(text) == "朝阳区口袋公园建设观察"
    assert infer_title("游客在某村游玩(某某/摄)\n某区生态建设观察\n正文。") == "某区生态建设观察"


def test_a_photo_caption_above_the_story_does_not_name_its_district(tmp_path: Path) -> None:
    from districts.facts.pipeline import facts
    from districts.text.read import read_document

    path = tmp_path / "story.txt"
    path.write_text(
        "市民在海淀区某公园游玩（新华社记者 某某 摄）\n朝阳区口袋公园建设观察\n"
        "今年新建口袋公园50处。\n",
        encoding="utf-8",
    )
    assert facts(read_document(path)).district == "朝阳"


def test_a_growth_after_an_amount_quotes_its_own_clause_and_keeps_the_amounts_term() -> None:
    found = facts("全区实现地区生产总值206亿元,同比增长13.5%。")
    (amount,) = [m for m in found if m.unit == "元"]
    (growth,) = [m for m in found if m.unit == "%"]
    assert growth.quote == "同比增长13.5%"
    assert "地区生产总值" in growth.term
    assert amount.quote == "地区生产总值206亿元"


def test_a_quote_opens_on_words_not_on_the_mark_before_a_list_item() -> None:
    found = facts(
        "全区PM2.5、PM10、二氧化硫、二氧化氮的月平均浓度分别为28微克/立方米、39微克/立方米、"
        "3微克/立方米和20微克/立方米。"
    )
    assert len(found) >= 3, [(m.value, m.quote) for m in found]
    for mention in found:
        assert mention.quote[:1] not in "、，,；;：: ", mention.quote
