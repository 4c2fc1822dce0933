"""The shipped catalogs load and agree; each validation rule names the file, entry and problem."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opencc import OpenCC

from districts.catalog import (
    CATALOG_FILES,
    DEFAULT_DATA_DIR,
    DISTRICTS_FILE,
    INDICATORS_FILE,
    THEMES,
    UNITS_FILE,
    Catalog,
    load_catalog,
    to_simplified,
)
from districts.errors import CatalogError

ALL_DISTRICTS = (
    "东城 西城 朝阳 海淀 丰台 石景山 门头沟 房山 通州 顺义 昌平 大兴 怀柔 平谷 密云 延庆"
)
COVERAGE_IDS = ("forest_coverage", "tree_coverage", "tree_greening_rate", "green_coverage")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


# --------------------------------------------------------------------------------------------
# The shipped catalog


def test_shipped_catalog_loads(catalog: Catalog) -> None:
    assert catalog.districts and catalog.units and catalog.indicators
    assert re.fullmatch(r"[0-9a-f]{64}", catalog.digest)


def test_sixteen_districts(catalog: Catalog) -> None:
    assert len(catalog.districts) == 16
    assert [d.name for d in catalog.districts] == ALL_DISTRICTS.split()
    for district in catalog.districts:
        assert district.full_name == district.name + "区"
        assert re.fullmatch(r"[a-z]+", district.code)
        assert district.code == district.name_en.lower()
        assert district.zone and district.zone_en


def test_zones(catalog: Catalog) -> None:
    zones = {d.name: d.zone for d in catalog.districts}
    assert zones["东城"] == zones["西城"] == "首都功能核心区"
    assert {zones[n] for n in ("朝阳", "海淀", "丰台", "石景山")} == {"中心城区"}
    assert zones["通州"] == "城市副中心"
    assert {zones[n] for n in ("顺义", "大兴", "昌平", "房山")} == {"平原新城"}
    assert {zones[n] for n in ("门头沟", "平谷", "怀柔", "密云", "延庆")} == {"生态涵养区"}
    assert catalog.district_by_code("changping").zone_note


def test_every_alias_resolves_in_both_scripts(catalog: Catalog) -> None:
    converters = [OpenCC(config) for config in ("s2t", "s2hk", "s2tw")]
    for district in catalog.districts:
        for name in district.names():
            assert catalog.district_by_name(name) is district, name
            for converter in converters:
                traditional = converter.convert(name)
                assert catalog.district_by_name(traditional) is district, traditional


def test_district_lookup_normalises_case_space_and_width(catalog: Catalog) -> None:
    assert catalog.district_by_name("  MENTOUGOU   district ") is catalog.district_by_code(
        "mentougou"
    )
    assert catalog.district_by_name("ｍｉｙｕｎ") is catalog.district_by_code("miyun")
    assert catalog.district_by_name("門頭溝") is catalog.district_by_code("mentougou")
    assert catalog.district_by_name("豐台區") is catalog.district_by_code("fengtai")
    assert catalog.district_by_name("北京") is None
    assert catalog.district_by_name("上海") is None


def test_ambiguous_short_aliases_need_suffix(catalog: Catalog) -> None:
    flags = {a.text: a.needs_suffix for d in catalog.districts for a in d.aliases}
    for word in ("朝阳", "大兴", "朝陽", "大興"):
        assert flags[word] is True, word
    for word in ("密云", "通州", "门头沟", "海淀", "朝阳区", "大兴区"):
        assert flags[word] is False, word


def test_municipality_and_nation_aliases(catalog: Catalog) -> None:
    for alias in ("北京市", "北京", "全市", "本市", "首都"):
        assert alias in catalog.municipality_aliases
        assert catalog.district_by_name(alias) is None
    for alias in ("全国", "我国", "中国", "全國", "國家"):
        assert alias in catalog.nation_aliases
    assert catalog.is_municipality("北京市")
    assert catalog.is_nation("全國")
    # The names the tables write for facts about Beijing and the nation (districts.yaml name).
    assert (catalog.municipality_name, catalog.nation_name) == ("北京市", "全国")
    assert not catalog.is_nation("北京")


def test_coverage_indicators_are_distinct(catalog: Catalog) -> None:
    indicators = [catalog.indicator_by_id(i) for i in COVERAGE_IDS]
    assert len({i.id for i in indicators}) == 4
    synonym_sets = [set(i.synonyms) for i in indicators]
    for a in range(4):
        for b in range(a + 1, 4):
            assert not synonym_sets[a] & synonym_sets[b]
    for term, expected in zip(
        ("森林覆盖率", "林木覆盖率", "林木绿化率", "绿化覆盖率"), COVERAGE_IDS, strict=True
    ):
        assert catalog.indicator_by_synonym(term).id == expected  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("term_a", "term_b"),
    [
        ("人均公园绿地面积", "人均城市绿化面积"),
        ("专精特新中小企业", "国家级专精特新“小巨人”企业"),
        ("市级专精特新企业", "专精特新小巨人企业"),
        ("上市公司数量", "新增上市公司"),
        ("研发经费投入", "研发费用投入"),
    ],
)
def test_related_but_different_measures_stay_apart(
    catalog: Catalog, term_a: str, term_b: str
) -> None:
    a, b = catalog.indicator_by_synonym(term_a), catalog.indicator_by_synonym(term_b)
    assert a is not None and b is not None
    assert a.id != b.id


def test_specialized_sme_includes_municipal_forms(catalog: Catalog) -> None:
    for term in ("专精特新企业", "市级专精特新企业", "专精特新中小企业", "“专精特新”企业"):
        assert catalog.indicator_by_synonym(term).id == "specialized_sme"  # type: ignore[union-attr]


def test_every_indicator_unit_is_a_base_unit(catalog: Catalog) -> None:
    for indicator in catalog.indicators:
        unit = catalog.units.get(indicator.unit)
        assert unit is not None, indicator.id
        assert unit.is_base, indicator.id
        assert catalog.display_factor(indicator) > 0


def test_every_unit_base_is_a_base_unit(catalog: Catalog) -> None:
    for unit in catalog.units.values():
        base = catalog.units[unit.base]
        assert base.is_base and base.kind == unit.kind and unit.factor > 0


def test_unit_conversions(catalog: Catalog) -> None:
    units = catalog.units
    assert units["亩"].base == "平方米"
    assert units["亩"].factor * 15 == pytest.approx(units["公顷"].factor)
    assert units["个月"].base == "月"
    assert units["方"].base == "立方米"
    assert units["家"].base == units["个"].base == "个"
    assert units["户"].base == "户" and units["人次"].base == "人次"
    assert units["%"].kind == "rate" and units["倍"].kind == "multiple"
    assert units["P"].kind == "power" and units["折"].kind == "discount"
    assert catalog.display_factor(catalog.indicator_by_id("gdp")) == 1e8


def test_indicator_catalog_shape(catalog: Catalog) -> None:
    assert 80 <= len(catalog.indicators) <= 400  # the few hundred measures districts report
    assert {i.theme for i in catalog.indicators} == set(THEMES)
    for theme in ("ecology", "industry", "resilience"):
        assert len(catalog.indicators_by_theme(theme)) >= 15
    ids = {i.id for i in catalog.indicators}
    for indicator in catalog.indicators:
        assert indicator.name in indicator.synonyms
        assert set(indicator.related) <= ids


SEED_TERMS = {
    "森林覆盖率": "forest_coverage",
    "林木绿化率": "tree_greening_rate",
    "每人平均公园绿地面积": "park_green_per_capita",
    "人均城市绿化": "urban_green_per_capita",
    "湿地面积": "wetland_area",
    "市级自然保护区": "nature_reserves",
    "PM2.5年均浓度": "pm25",
    "生活垃圾无害化处理率": "waste_harmless_rate",
    "地表水水质考核达标率": "surface_water_compliance",
    "河道有水总长度": "river_water_length",
    "单位地区生产总值能耗下降率": "energy_intensity_reduction",
    "新增休闲公园": "new_parks",
    "全龄友好公园": "all_age_friendly_parks",
    "林荫路": "shaded_roads",
    "创新型中小企业": "innovative_sme",
    "国高新企业": "high_tech_enterprises",
    "独角兽企业": "unicorns",
    "新设外商投资企业": "new_foreign_invested_enterprises",
    "地区生产总值": "gdp",
    "技术合同成交额": "tech_contract_turnover",
    "每万人发明专利拥有量": "invention_patents_per_10k",
    "研发费用投入": "enterprise_rd_expense",
    "PCT专利申请量": "pct_applications",
    "发明专利授权数": "invention_patents_granted",
    "千亿级产业集群": "billion_industry_clusters",
    "重点实验室": "key_laboratories",
    "养老床位": "elderly_beds",
    "实体书店": "bookstores",
    "居民人均可支配收入": "disposable_income",
    "气象监测站点": "new_weather_stations",
    "雨量站": "rain_gauges",  # the bare name is the stock (issue 15)
    "新增雨量站": "new_rain_gauges",
    "水文站": "new_hydrological_stations",
    "综合监测站点": "new_integrated_monitoring_stations",
    "水利工程": "water_projects",
    "应急抢险救援设备": "emergency_equipment_categories",
    "县级以上道路": "repaired_county_roads",
    "乡村公路": "repaired_rural_roads",
    "街坊路": "repaired_neighborhood_roads",
    "原址重建受灾房屋": "rebuilt_houses",
    "安全韧性建设试点社区": "resilience_pilot_communities",
    "老旧小区韧性建设项目": "old_community_resilience_projects",
}


@pytest.mark.parametrize(("term", "indicator_id"), sorted(SEED_TERMS.items()))
def test_seed_terms_resolve(catalog: Catalog, term: str, indicator_id: str) -> None:
    found = catalog.indicator_by_synonym(term)
    assert found is not None, term
    assert found.id == indicator_id
    # traditional input resolves too
    assert catalog.indicator_by_synonym(OpenCC("s2t").convert(term)) is found


def test_indicator_by_id_unknown(catalog: Catalog) -> None:
    with pytest.raises(KeyError, match="no_such"):
        catalog.indicator_by_id("no_such")


# --------------------------------------------------------------------------------------------
# Validation: broken copies in tmp_path


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    target.mkdir()
    for name in CATALOG_FILES:
        shutil.copy(DEFAULT_DATA_DIR / name, target / name)
    return target


def edit(data_dir: Path, name: str, change: Callable[[Any], None]) -> None:
    path = data_dir / name
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")


def broken(data_dir: Path, name: str, entry: str | None, *problem: str) -> CatalogError:
    with pytest.raises(CatalogError) as info:
        load_catalog(data_dir)
    error = info.value
    message = str(error)
    assert Path(error.path).name == name
    assert name in message
    assert error.entry == entry
    if entry:
        assert entry in message
    for fragment in problem:
        assert fragment in error.problem, error.problem
    return error


def indicator(doc: Any, indicator_id: str) -> dict[str, Any]:
    return next(i for i in doc["indicators"] if i["id"] == indicator_id)


def district(doc: Any, code: str) -> dict[str, Any]:
    return next(d for d in doc["districts"] if d["code"] == code)


def unit(doc: Any, text: str) -> dict[str, Any]:
    return next(u for u in doc["units"] if u["unit"] == text)


@pytest.mark.parametrize("name", CATALOG_FILES)
def test_malformed_yaml_names_the_line(data_dir: Path, name: str) -> None:
    path = data_dir / name
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(40, "  - [unclosed: {")
    path.write_text("\n".join(lines), encoding="utf-8")
    error = broken(data_dir, name, None, "not valid YAML")
    assert re.search(r"line \d+", error.problem)


def test_missing_file(data_dir: Path) -> None:
    (data_dir / UNITS_FILE).unlink()
    broken(data_dir, UNITS_FILE, None, "file not found")


def test_missing_required_indicator_field(data_dir: Path) -> None:
    edit(data_dir, INDICATORS_FILE, lambda doc: indicator(doc, "gdp").pop("name_en"))
    broken(data_dir, INDICATORS_FILE, "gdp", "missing required field 'name_en'")


def test_missing_required_district_field(data_dir: Path) -> None:
    edit(data_dir, DISTRICTS_FILE, lambda doc: district(doc, "miyun").pop("zone"))
    broken(data_dir, DISTRICTS_FILE, "miyun", "missing required field 'zone'")


def test_missing_required_unit_field(data_dir: Path) -> None:
    edit(data_dir, UNITS_FILE, lambda doc: unit(doc, "公顷").pop("kind"))
    broken(data_dir, UNITS_FILE, "公顷", "missing required field 'kind'")


def test_missing_indicator_id_is_labelled_by_position(data_dir: Path) -> None:
    edit(data_dir, INDICATORS_FILE, lambda doc: doc["indicators"][2].pop("id"))
    broken(data_dir, INDICATORS_FILE, "entry #3", "missing required field 'id'")


def test_unknown_field(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        indicator(doc, "pm25")["relatd"] = ["gdp"]

    edit(data_dir, INDICATORS_FILE, change)
    broken(data_dir, INDICATORS_FILE, "pm25", "unknown field 'relatd'")


def test_duplicate_indicator_id(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        indicator(doc, "pm25")["id"] = "gdp"

    edit(data_dir, INDICATORS_FILE, change)
    broken(data_dir, INDICATORS_FILE, "gdp", "duplicate indicator id 'gdp'")


def test_duplicate_district_code(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        district(doc, "miyun")["code"] = "yanqing"

    edit(data_dir, DISTRICTS_FILE, change)
    broken(data_dir, DISTRICTS_FILE, "yanqing", "duplicate district code 'yanqing'")


def test_unknown_theme(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        indicator(doc, "forest_coverage")["theme"] = "economy"

    edit(data_dir, INDICATORS_FILE, change)
    broken(data_dir, INDICATORS_FILE, "forest_coverage", "unknown theme 'economy'", "ecology")


def test_indicator_unit_missing_from_unit_table(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        indicator(doc, "gdp")["unit"] = "万元"

    edit(data_dir, INDICATORS_FILE, change)
    broken(data_dir, INDICATORS_FILE, "gdp", "unit '万元' is not in the unit table")


def test_indicator_unit_must_be_a_base(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        indicator(doc, "wetland_area")["unit"] = "公顷"

    edit(data_dir, INDICATORS_FILE, change)
    broken(data_dir, INDICATORS_FILE, "wetland_area", "not a base unit", "平方米")


def test_display_unit_with_another_base(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        indicator(doc, "gdp")["display_unit"] = "亿美元"

    edit(data_dir, INDICATORS_FILE, change)
    broken(data_dir, INDICATORS_FILE, "gdp", "display_unit '亿美元'", "'美元'")


def test_unit_base_not_in_table(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        unit(doc, "亩")["base"] = "平方丈"

    edit(data_dir, UNITS_FILE, change)
    broken(data_dir, UNITS_FILE, "亩", "base '平方丈' is not itself a unit in the table")


def test_unit_base_that_is_not_a_base(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        unit(doc, "亩")["base"] = "公顷"
        unit(doc, "亩")["factor"] = 0.0666

    edit(data_dir, UNITS_FILE, change)
    broken(data_dir, UNITS_FILE, "亩", "base '公顷' is not a base unit", "'平方米'")


@pytest.mark.parametrize(
    ("factor", "shown"),
    [(0, "0"), (-3, "-3"), ("ten", "'ten'"), (True, "boolean"), (None, "nothing")],
)
def test_bad_factor(data_dir: Path, factor: Any, shown: str) -> None:
    def change(doc: Any) -> None:
        unit(doc, "公顷")["factor"] = factor

    edit(data_dir, UNITS_FILE, change)
    broken(data_dir, UNITS_FILE, "公顷", "factor must be a positive number", shown)


def test_unknown_unit_kind(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        unit(doc, "公顷")["kind"] = "surface"

    edit(data_dir, UNITS_FILE, change)
    broken(data_dir, UNITS_FILE, "公顷", "unknown kind 'surface'")


def test_related_id_missing(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        indicator(doc, "forest_coverage")["related"] = ["tree_coverage", "canopy_cover"]

    edit(data_dir, INDICATORS_FILE, change)
    broken(
        data_dir, INDICATORS_FILE, "forest_coverage", "related indicator 'canopy_cover' does not"
    )


def test_alias_claimed_by_two_districts(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        district(doc, "miyun")["aliases"].append("怀柔")

    edit(data_dir, DISTRICTS_FILE, change)
    broken(data_dir, DISTRICTS_FILE, "miyun", "alias '怀柔'", "district 'huairou'")


def test_a_township_listed_under_two_districts_names_both(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        district(doc, "miyun")["townships"].append(district(doc, "huairou")["townships"][0])

    edit(data_dir, DISTRICTS_FILE, change)
    broken(data_dir, DISTRICTS_FILE, "miyun", "township", "district 'huairou'")


@pytest.mark.parametrize("bad", ["王佐", "Wangzuo town", 12, ""])
def test_a_township_must_be_a_chinese_name_with_its_kind(data_dir: Path, bad: object) -> None:
    def change(doc: Any) -> None:
        district(doc, "fengtai")["townships"].append(bad)

    edit(data_dir, DISTRICTS_FILE, change)
    broken(data_dir, DISTRICTS_FILE, "fengtai", "township", "three or more Chinese characters")


@pytest.mark.parametrize("bad", ["https://www.bjft.gov.cn", "BJFT", 12])
def test_a_web_domain_must_be_a_host_name(data_dir: Path, bad: object) -> None:
    edit(data_dir, DISTRICTS_FILE, lambda doc: district(doc, "fengtai").update(web_domains=[bad]))
    broken(data_dir, DISTRICTS_FILE, "fengtai", "web domain", "host name")


def test_a_sub_site_of_a_district_government_is_the_districts(catalog: Catalog) -> None:
    assert catalog.district_by_web_address("http://chyrd.bjchy.gov.cn/a.html").name == "朝阳"
    assert catalog.district_by_web_address("https://www.bjmy.gov.cn/x").name == "密云"
    assert catalog.district_by_web_address("https://sthjj.beijing.gov.cn/x") is None
    assert catalog.district_by_web_address("https://notbjmy.gov.cn/x") is None


def test_the_city_governments_site_and_its_agencies_sub_sites_are_the_citys(
    catalog: Catalog,
) -> None:
    assert catalog.municipality_by_web_address("https://tjj.beijing.gov.cn/x.html")
    assert catalog.municipality_by_web_address("www.beijing.gov.cn/ywdt/a.html")
    assert not catalog.municipality_by_web_address("https://www.bjmy.gov.cn/x")
    assert not catalog.municipality_by_web_address("https://notbeijing.gov.cn/x")


def test_every_district_lists_its_townships(catalog: Catalog) -> None:
    assert all(len(d.townships) >= 9 for d in catalog.districts)


def test_alias_clash_across_scripts(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        district(doc, "miyun")["aliases"].append({"text": "懷柔區", "needs_suffix": False})

    edit(data_dir, DISTRICTS_FILE, change)
    broken(data_dir, DISTRICTS_FILE, "miyun", "alias '懷柔區'", "district 'huairou'")


def test_alias_clash_with_municipality(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        district(doc, "dongcheng")["aliases"].append("首都")

    edit(data_dir, DISTRICTS_FILE, change)
    broken(data_dir, DISTRICTS_FILE, "dongcheng", "alias '首都'", "municipality")


def test_needs_suffix_must_be_boolean(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        district(doc, "daxing")["aliases"].append({"text": "大兴新城", "needs_suffix": "yes"})

    edit(data_dir, DISTRICTS_FILE, change)
    broken(data_dir, DISTRICTS_FILE, "daxing", "needs_suffix", "true or false")


def test_synonym_claimed_by_two_indicators(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        indicator(doc, "tree_coverage")["synonyms"].append("森林覆盖率")

    edit(data_dir, INDICATORS_FILE, change)
    broken(
        data_dir,
        INDICATORS_FILE,
        "tree_coverage",
        "synonym '森林覆盖率'",
        "indicator 'forest_coverage'",
    )


def test_synonym_clash_across_scripts(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        indicator(doc, "tree_coverage")["synonyms"].append("森林覆蓋率")

    edit(data_dir, INDICATORS_FILE, change)
    broken(data_dir, INDICATORS_FILE, "tree_coverage", "synonym '森林覆蓋率'", "forest_coverage")


def test_higher_is_better_must_be_boolean_or_null(data_dir: Path) -> None:
    def change(doc: Any) -> None:
        indicator(doc, "pm25")["higher_is_better"] = "lower"

    edit(data_dir, INDICATORS_FILE, change)
    broken(data_dir, INDICATORS_FILE, "pm25", "higher_is_better must be true, false or null")


def test_digest_follows_file_contents(data_dir: Path) -> None:
    before = load_catalog(data_dir).digest
    assert before == load_catalog(DEFAULT_DATA_DIR).digest
    path = data_dir / UNITS_FILE
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert load_catalog(data_dir).digest != before


def test_a_broken_lexicon_names_the_file_and_line(tmp_path: Path) -> None:
    from districts.lexicon import load_lexicon

    path = tmp_path / "lexicon.yaml"
    path.write_text("qualifier_before: [超过\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"lexicon.yaml: is not valid YAML at line 2"):
        load_lexicon(path)


def test_a_lexicon_missing_an_entry_names_it(tmp_path: Path) -> None:
    from districts.lexicon import load_lexicon

    path = tmp_path / "lexicon.yaml"
    path.write_text("qualifier_before: {}\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"\[qualifier_after\]: missing entry"):
        load_lexicon(path)


def test_a_schema_column_of_unknown_type_names_table_and_column(tmp_path: Path) -> None:
    from districts.tables.schema import load_schema

    path = tmp_path / "schema.yaml"
    path.write_text(
        "title: t\ntables:\n  mentions:\n    - {name: doc, type: text, zh: 文档, en: document}\n",
        encoding="utf-8",
    )
    with pytest.raises(CatalogError, match=r"\[mentions.doc\]: unknown type 'text'"):
        load_schema(path)


@pytest.mark.parametrize(
    ("key", "malformed"),
    [("date_units", "月"), ("rank_top", ["前"]), ("term_verbs", [""]), ("change_measures", [])],
)
def test_a_lexicon_word_list_missing_or_malformed_is_named(
    tmp_path: Path, key: str, malformed: object
) -> None:
    from districts.lexicon import LEXICON_PATH, load_lexicon

    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    path = tmp_path / "lexicon.yaml"
    for edited in ({k: v for k, v in raw.items() if k != key}, {**raw, key: malformed}):
        path.write_text(yaml.safe_dump(edited, allow_unicode=True), encoding="utf-8")
        with pytest.raises(CatalogError, match=rf"lexicon\.yaml \[{key}\]"):
            load_lexicon(path)


def test_a_group_of_districts_without_an_english_name_is_named(tmp_path: Path) -> None:
    from districts.lexicon import LEXICON_PATH, load_lexicon

    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    group = next(iter(raw["district_groups"]))
    raw["district_groups_en"] = {k: v for k, v in raw["district_groups_en"].items() if k != group}
    path = tmp_path / "lexicon.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(
        CatalogError, match=rf"\[district_groups_en\]: has no English name for {group}"
    ):
        load_lexicon(path)


def test_a_former_district_that_is_no_place_of_the_groups_is_named(tmp_path: Path) -> None:
    from districts.lexicon import LEXICON_PATH, load_lexicon

    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    raw["former_districts"] = [*raw["former_districts"], "某某区"]
    path = tmp_path / "lexicon.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(
        CatalogError, match=r"\[former_districts\]: '某某区' is not a place of district_groups"
    ):
        load_lexicon(path)


@pytest.mark.parametrize("malformed", [["CBD"], {"CBD": ""}, {"": "朝阳"}])
def test_a_site_acronym_without_its_district_is_named(tmp_path: Path, malformed: object) -> None:
    from districts.lexicon import LEXICON_PATH, load_lexicon

    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    path = tmp_path / "lexicon.yaml"
    edited = {**raw, "site_acronyms": malformed}
    path.write_text(yaml.safe_dump(edited, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"lexicon\.yaml \[site_acronyms\]"):
        load_lexicon(path)


def test_a_site_acronym_in_no_district_of_the_registry_is_named() -> None:
    import dataclasses

    from districts.facts import attribute
    from districts.lexicon import load_lexicon

    lexicon = dataclasses.replace(load_lexicon(), site_acronyms={"CBD": "中关村"})
    with pytest.raises(CatalogError, match=r"\[site_acronyms\]: 中关村 is no district"):
        attribute.Attributor(load_catalog(), lexicon)


def test_a_time_section_missing_an_entry_names_it(tmp_path: Path) -> None:
    from districts.facts.timeframe import load_time_lexicon

    path = tmp_path / "lexicon.yaml"
    path.write_text("time:\n  relative_years: {今年: 0}\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"\[time\.passage_relative_years\]: missing entry"):
        load_time_lexicon(path)


def test_a_word_written_where_a_list_belongs_is_refused(tmp_path: Path) -> None:
    from districts.lexicon import LEXICON_PATH, load_lexicon

    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    raw["linking_words"] = "达到"  # would otherwise be read as the characters 达 and 到
    path = tmp_path / "lexicon.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"\[linking_words\]: must be a list"):
        load_lexicon(path)


def test_an_unknown_indicator_kind_is_refused(data_dir: Path) -> None:
    edit(data_dir, INDICATORS_FILE, lambda doc: indicator(doc, "gdp").update(kind="project"))
    broken(data_dir, INDICATORS_FILE, "gdp", "unknown kind 'project'", "measure", "work")


def test_a_programmes_work_is_named_but_not_a_charted_measure() -> None:
    catalog = load_catalog()
    assert catalog.indicator_by_synonym("治理积水点").kind == "work"
    assert not catalog.indicator_by_synonym("治理积水点").charted
    assert catalog.indicator_by_synonym("森林覆盖率").charted


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda raw: {**raw, "copied_ranges": list(raw["range_words"])},
            r"lexicon\.yaml \[copied_ranges\]: the same words as range_words: one vocabulary "
            r"under two keys",
        ),
        (
            lambda raw: {**raw, "time": {**raw["time"], "copied": ["到", "至"]}},
            r"lexicon\.yaml \[range_words\]: the same words as time\.copied",
        ),
        (
            lambda raw: {**raw, "rank_ordinal": "第"},  # a word is a list of one word
            r"lexicon\.yaml \[rank_ordinal\]: the same words as ordinal_marks",
        ),
        (
            lambda raw: {**raw, "span_cues": [*raw["span_cues"], raw["span_cues"][0]]},
            r"lexicon\.yaml \[span_cues\]: lists 范围 more than once",
        ),
    ],
)
def test_a_lexicon_with_a_duplicated_word_list_is_refused(
    tmp_path: Path, edit: Callable[[dict], dict], message: str
) -> None:
    """One vocabulary, one key: a list copied under another name (here in another section)
    or a word listed twice names the file, the entry and the problem."""
    from districts.lexicon import LEXICON_PATH, load_lexicon

    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    path = tmp_path / "lexicon.yaml"
    edited = yaml.safe_dump(edit(raw), allow_unicode=True, sort_keys=False)
    path.write_text(edited, encoding="utf-8")
    with pytest.raises(CatalogError, match=message):
        load_lexicon(path)


def _with_time_list(raw: dict, name: str, words: list[str]) -> dict:
    return {**raw, "time": {**raw["time"], name: words}}


def _declaring(raw: dict, kind: str, key: str, others: list[str]) -> dict:
    section = raw["subset_lists"]
    return {**raw, "subset_lists": {**section, kind: {**section[kind], key: others}}}


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (  # a new list inside another, named nowhere: a copy, or a narrower concept? undecided
            lambda raw: {**raw, "period_joiners": ["、", "和"]},
            r"lexicon\.yaml \[period_joiners\]: all its words stand in enumeration_marks: one "
            r"vocabulary, or a narrower one\? name the pair in subset_lists",
        ),
        (  # a word added to the narrower list only: the two lists drift apart
            lambda raw: _with_time_list(raw, "list_marks", [*raw["time"]["list_marks"], "或"]),
            r"lexicon\.yaml \[time\.list_marks\]: narrower than enumeration_marks "
            r"\(subset_lists\) but 或 is not in enumeration_marks",
        ),
        (  # a declaration that names no list (a renamed key) is refused, not ignored
            lambda raw: _declaring(raw, "apart", "term_stops", ["district_follower"]),
            r"lexicon\.yaml \[subset_lists\.apart\.term_stops\]: district_follower names no "
            r"word list",
        ),
    ],
)
def test_a_list_inside_another_is_refused_until_the_lexicon_says_why(
    tmp_path: Path, edit: Callable[[dict], dict], message: str
) -> None:
    """A list whose words all stand in another is one vocabulary under two keys or a narrower
    concept: subset_lists must say which, and a narrower list must stay inside its wider one."""
    from districts.lexicon import LEXICON_PATH, load_lexicon

    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    path = tmp_path / "lexicon.yaml"
    path.write_text(
        yaml.safe_dump(edit(raw), allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    with pytest.raises(CatalogError, match=message):
        load_lexicon(path)


def test_every_list_inside_another_list_is_decided() -> None:
    """No subset pair of the lexicon is left undecided: each is named narrower or apart."""
    from districts.lexicon import LEXICON_PATH, SUBSET_SECTION, _word_lists_in, subset_pairs

    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    section = raw[SUBSET_SECTION]
    named = {(key, other) for kind in section.values() for key in kind for other in kind[key]}
    lists = dict(_word_lists_in({k: v for k, v in raw.items() if k != SUBSET_SECTION}, ""))
    assert [pair for pair in subset_pairs(lists) if pair not in named] == []


def test_the_lexicon_holds_each_word_list_once() -> None:
    from districts.lexicon import LEXICON_PATH, check_distinct_lists

    check_distinct_lists(yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8")), LEXICON_PATH)


# Characters of t2s's keys (traditional, and the simplified ones its phrases hold: 一目瞭然),
# plain simplified text and separators: every text the fast path may wrongly skip.
_T2S_ALPHABET = "瞭藉覆沈乾著於區業發國门头沟区森林覆盖率一目了然借口复干隆著名面麵, 。"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(alphabet=_T2S_ALPHABET, max_size=12))
def test_to_simplified_skips_opencc_only_where_opencc_changes_nothing(text: str) -> None:
    assert to_simplified(text) == OpenCC("t2s").convert(text)


def test_to_simplified_still_converts_a_phrase_of_simplified_looking_characters() -> None:
    # 瞭 and 覆 are written in simplified text too; only their phrases convert them
    assert to_simplified("一目瞭然的答覆") == "一目了然的答复"


def test_every_composition_part_is_a_catalog_indicator() -> None:
    """compositions (data/lexicon.yaml) name each part's measure by its catalog name."""
    from districts.lexicon import load_lexicon

    catalog = load_catalog()
    for name, parts in load_lexicon().compositions.items():
        for part in parts:
            assert catalog.indicator_by_synonym(part) is not None, (name, part)


@pytest.mark.parametrize(
    ("compositions", "where"),
    [
        ([{"names": ["三次产业构成"]}], r"compositions\[1\]\]: must have exactly"),
        ([{"names": ["三次产业构成"], "parts": []}], r"compositions\[1\]\.parts\]"),
        (
            [{"names": ["构成"], "parts": ["甲"]}, {"names": ["构成"], "parts": ["乙"]}],
            r"compositions\[2\]\]: 构成 names two compositions",
        ),
    ],
)
def test_a_malformed_composition_is_named_with_its_entry(
    tmp_path: Path, compositions: object, where: str
) -> None:
    from districts.lexicon import LEXICON_PATH, load_lexicon

    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    path = tmp_path / "lexicon.yaml"
    path.write_text(
        yaml.safe_dump({**raw, "compositions": compositions}, allow_unicode=True), encoding="utf-8"
    )
    with pytest.raises(CatalogError, match=where):
        load_lexicon(path)


def test_no_english_name_or_definition_of_a_measure_holds_a_chinese_character(
    catalog: Catalog,
) -> None:
    """An English reader sees these on the indicator page and in exported file names."""
    chinese = re.compile("[\u4e00-\u9fff]")
    found = [
        f"{indicator.id}: {text}"
        for indicator in catalog.indicators
        for text in (indicator.name_en, indicator.definition_en)
        if chinese.search(text)
    ]
    assert found == []
