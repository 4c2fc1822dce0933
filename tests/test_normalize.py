"""Tests for districts.text.normalize: each fixer, script detection, and the source map."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opencc import OpenCC

from districts.text.normalize import (
    UNREADABLE,
    Fixer,
    NormalizedText,
    detect_script,
    fix_broken_lines,
    fix_caret_powers,
    fix_fullwidth_forms,
    fix_invisible_characters,
    fix_pinyin_annotations,
    fix_small_form_punctuation,
    fix_spaced_thousands,
    fix_stray_spaces,
    fix_thousands_separators,
    fix_traditional_script,
    fix_wave_dashes,
    normalize,
)
from districts.text.sourcemap import MappedText

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_FILES = {path.name[:3]: path.name for path in sorted(SEEDS.glob("*.txt"))}
CLEAN_SEEDS = ["000", "001", "002", "004"]
FULLWIDTH_DIGITS = {chr(ord("0") + i): chr(0xFF10 + i) for i in range(10)}


@functools.cache
def _seed(number: str) -> str:
    return (SEEDS / SEED_FILES[number]).read_text(encoding="utf-8")


@functools.cache
def _normalized_seed(number: str) -> NormalizedText:
    return normalize(_seed(number))


def _fixed(fixer: Fixer, text: str) -> str:
    return MappedText.identity(text).apply(fixer(text)).text


def test_all_seeds_present() -> None:
    assert sorted(SEED_FILES) == ["000", "001", "002", "003", "004"]


# --- fixers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("區(qū)", "區"),
        ("發(fā)展", "發展"),
        ("時(shí)間", "時間"),
        ("時（shí）間", "時間"),
        ("昌平區(qū)深入貫徹落實(shí)", "昌平區深入貫徹落實"),
        ("綠(lǜ)色", "綠色"),
    ],
)
def test_pinyin_annotations_dropped(text: str, expected: str) -> None:
    assert _fixed(fix_pinyin_annotations, text) == expected


def test_readings_without_tone_marks_are_dropped_in_a_document_full_of_them() -> None:
    text = (
        "順義區實現地區生產(chan) 總值2216.3億(yi) 元，會(hui) 展業(ye) 收入增長，寫(xie) 入報告。"
    )
    assert _fixed(fix_pinyin_annotations, text) == (
        "順義區實現地區生產總值2216.3億元，會展業收入增長，寫入報告。"
    )


def test_a_few_toneless_brackets_are_not_taken_for_readings() -> None:
    text = "平台(app)上线，投资(ban)计划"
    assert _fixed(fix_pinyin_annotations, text) == text


@pytest.mark.parametrize(
    "text",
    [
        "(一)可持续发展是关键",
        "细颗粒物(PM2.5)浓度",
        "首都(北京)",
        "中(zhong)文",  # no tone mark: not a pinyin annotation
        "(fā)展",  # no character before it to annotate
        "区域(a)",
    ],
)
def test_ordinary_brackets_kept(text: str) -> None:
    assert fix_pinyin_annotations(text) == []
    assert _fixed(fix_pinyin_annotations, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1\u200b234", "1234"),
        ("10\ufe0f773", "10773"),  # variation selector
        ("5\u00ad.2%", "5.2%"),  # soft hyphen
        ("\ufeff门头沟区", "门头沟区"),  # BOM
        ("生\u2060态\u200d文\u200c明", "生态文明"),
    ],
)
def test_invisible_characters_removed(text: str, expected: str) -> None:
    assert _fixed(fix_invisible_characters, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("均达到12.5%﹔从企业看", "均达到12.5%；从企业看"),
        ("如下﹕甲﹐乙﹑丙﹙注﹚", "如下：甲，乙、丙（注）"),
        ("真的﹖好﹗", "真的？好！"),
    ],
)
def test_small_form_punctuation_becomes_the_marks_prose_uses(text: str, expected: str) -> None:
    assert _fixed(fix_small_form_punctuation, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区域面积达312.5 km^(2)", "区域面积达312.5 km²"),
        ("容积约80m^3，面积5 m^2", "容积约80m³，面积5 m²"),
        ("清淤约120万m~3，流域面积4.5km~2。", "清淤约120万m³，流域面积4.5km²。"),
        ("设计流量30m~3/s", "设计流量30m³/s"),
    ],
)
def test_a_caret_or_tilde_power_after_a_unit_becomes_its_superscript(
    text: str, expected: str
) -> None:
    assert _fixed(fix_caret_powers, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2^10",
        "m^23",
        "km^(4)",
        "水深2m~3m",
        "河宽1km~2.5km",
        "2m~3 m",
        "5~3",
        "m~30",
        "宽度1m~2米",
        "间距1km~2公里",
        "时长2h~3小时",
        "限重5t~3吨",
        "风速2m/s~3",
    ],
)
def test_a_caret_or_tilde_elsewhere_is_left_alone(text: str) -> None:
    assert fix_caret_powers(text) == []


def test_small_full_stop_is_left_to_the_decimal_point_fixer() -> None:
    assert fix_small_form_punctuation("6﹒1%") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("１,２３４．５％", "1,234.5%"),
        ("ＰＭ２．５", "PM2.5"),
        ("增长１２％，很好。", "增长12%，很好。"),
        ("全区\u3000发展\u00a0ok", "全区 发展 ok"),
    ],
)
def test_fullwidth_forms_become_ascii(text: str, expected: str) -> None:
    assert _fixed(fix_fullwidth_forms, text) == expected


def test_fullwidth_chinese_punctuation_kept() -> None:
    text = "一是，二是。三吗？好！如下：（一）【注】「引」、～“甲”‘乙’；"
    assert fix_fullwidth_forms(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10，773", "10,773"),
        ("全区1，234，567人", "全区1,234,567人"),
        ("1，2345", "1，2345"),  # four digits after: a list, not thousands
        ("5，12", "5，12"),
        ("2023年，773户", "2023年，773户"),
        ("共10，其中773", "共10，其中773"),
    ],
)
def test_thousands_separator(text: str, expected: str) -> None:
    assert _fixed(fix_thousands_separators, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("由1 967户、6 290人", "由1,967户、6,290人"),
        ("上升到22\u00a0457人", "上升到22,457人"),
        ("共1\u2009234\u2009567元", "共1,234,567元"),
        ("增长12 345%", "增长12,345%"),
        ("东城区  12  345", "东城区  12  345"),  # a table's cells: two spaces, no unit
        ("东城区 12 345", "东城区 12 345"),  # no unit against the last group
        ("2023年 1 500人", "2023年 1 500人"),  # a space before the first group
        ("第1 2345人", "第1 2345人"),  # four digits after the space
        ("PM2.5 123微克", "PM2.5 123微克"),  # a point before: another number
        ("总用水量是3 456.78万m3", "总用水量是3,456.78万m3"),  # decimals before the unit
        ("灌溉面积12 345.6hm2", "灌溉面积12,345.6hm2"),  # a Latin unit
        ("东城区 12 345.6", "东城区 12 345.6"),  # decimals, but no unit
        ("洪峰流量达2 500 m3/s", "洪峰流量达2,500 m3/s"),  # one space before a Latin unit
        ("东城区 12 345 户", "东城区 12 345 户"),  # a space before a Chinese unit: cells
    ],
)
def test_spaced_thousands(text: str, expected: str) -> None:
    assert _fixed(fix_spaced_thousands, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生态 文明", "生态文明"),
        ("记 者:2024年", "记者:2024年"),
        (
            "热烈庆祝门头沟区成功获批 国家可持续发展实验区",
            "热烈庆祝门头沟区成功获批国家可持续发展实验区",
        ),
        ("  门头沟区\t\n 发展 ", "门头沟区\n发展"),
        ("清洁生产 and 提供", "清洁生产and提供"),
        ("增长 5.2%", "增长5.2%"),
    ],
)
def test_stray_spaces_next_to_cjk_removed(text: str, expected: str) -> None:
    assert _fixed(fix_stray_spaces, text) == expected


@pytest.mark.parametrize("text", ["Mentougou District", "PM2.5 and PM10", "12 34", "a\tb"])
def test_spaces_between_latin_words_and_numbers_kept(text: str) -> None:
    assert fix_stray_spaces(text) == []


def test_broken_line_in_seed_001_joined() -> None:
    original = _seed("001")
    assert "部署我区创\n\n建国家" in original
    fixed = _fixed(fix_broken_lines, original)
    assert "共同研究并部署我区创建国家可持续发展实验区重点工作任务" in fixed
    # A short heading line keeps its break.
    assert "统一思想 提高认识\n\n准确把握" in fixed


def test_long_line_without_closing_punctuation_joined() -> None:
    line = "街道办事处联合多个部门召开座谈会逐条梳理辖区老旧小区加装电梯的推"
    assert len(line) >= 30
    assert _fixed(fix_broken_lines, f"{line}\n\n进办法。") == f"{line}进办法。"
    above = "某区召开座谈会。\n"  # below the first line: no headline
    assert (
        _fixed(fix_broken_lines, f"{above}{line}\r\n \r\n2015年提交。")
        == f"{above}{line}2015年提交。"
    )


def test_a_headline_above_a_blank_line_stays_apart_from_the_story() -> None:
    # a whole word ends it (万元 | 2015年); a first line cut inside a word (推 | 进) still joins
    title = "北京2015年GDP增速6.9% 居民人均可支配收入超4.8万元"
    story = "2015年全市实现地区生产总值22968.6亿元，同比增长6.9%。全市居民人均可支配收入48458元。"
    assert fix_broken_lines(f"{title}\n\n{story}") == []
    assert fix_broken_lines(f"  {title}  \r\n\r\n{story}") == []


def test_a_headline_under_a_pages_marks_without_chinese_stays_apart_from_the_story() -> None:
    # "blog", a date: a page's marks above the headline, not its first line
    title = "北京2015年GDP增速6.9% 居民人均可支配收入超4.8万元"
    story = "2015年全市实现地区生产总值22968.6亿元，预计全年增长6.9%。"
    assert fix_broken_lines(f"blog\n2016-01-20\n\n{title}\n\n{story}") == []


@pytest.mark.parametrize(
    "text",
    [
        "二、主要任务\n\n全区完成投资十亿元。",  # short heading
        "街道办事处联合多个部门召开座谈会逐条梳理辖区老旧小区加装电梯工作。\n\n全区",
        "街道办事处联合多个部门召开座谈会逐条梳理辖区老旧小区加装电梯工作：\n\n一是",
        "街道办事处联合多个部门召开座谈会逐条梳理辖区老旧小区加装电梯创建\n\nPM2.5",
        "街道办事处联合多个部门召开座谈会逐条梳理辖区老旧小区加装电梯创建\n\n“两山”",
        "相关文章。\n• 某市地质灾害防治系列报道(一):某区某村泥石流治理工程回顾\n\n\n"
        "为贯彻落实有关要求，确保重大活动顺利进行，市规划国土委会同某区政府开展地质灾害治理项目。",
    ],
    ids=["short-heading", "full-stop", "colon", "latin-next", "quote-next", "bullet-item"],
)
def test_line_break_kept(text: str) -> None:
    assert fix_broken_lines(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("資訊", "信息"),
        ("人工智慧", "人工智能"),
        ("網際網路", "互联网"),
        ("支援", "支持"),
        ("著力", "着力"),
        ("推動資訊產業發展", "推动信息产业发展"),
        ("發展人工智慧產業", "发展人工智能产业"),
        ("著力打造創新之城", "着力打造创新之城"),
        ("石景山區", "石景山区"),
    ],
)
def test_traditional_to_simplified_with_regional_wording(text: str, expected: str) -> None:
    assert _fixed(fix_traditional_script, text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "harmful"),
    [
        ("新增", "新增", "添加"),
        ("核心", "核心", "内核"),
        ("智慧城市", "智慧城市", "智能城市"),
        ("新增105套住房", "新增105套住房", "添加105套住房"),
        ("鞏固首都核心地位", "巩固首都核心地位", "巩固首都内核地位"),
        ("資料", "资料", "数据"),
    ],
)
def test_harmful_computing_rewrites_not_applied(text: str, expected: str, harmful: str) -> None:
    # Plain OpenCC really makes the harmful rewrite; the project's table prevents it.
    assert OpenCC("tw2sp").convert(text) == harmful
    assert _fixed(fix_traditional_script, text) == expected


def test_traditional_conversion_leaves_lines_without_cjk_alone() -> None:
    assert fix_traditional_script("ABC 123\n\n(PM2.5)") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("縮圖", "缩略图"), ("引進營運長2名", "引进首席运营官2名")],
)
def test_traditional_conversion_keeps_inserted_characters(text: str, expected: str) -> None:
    assert _fixed(fix_traditional_script, text) == expected


@pytest.mark.parametrize("text", ["營運長2營運長", "分時多重進接2分時多重進接"])
def test_traditional_conversion_keeps_digits(text: str) -> None:
    assert "2" in normalize(text).text


@pytest.mark.parametrize(
    ("text", "converted", "quoted"),
    [
        ("發展工業網際網路。", "互联网", "網際網路"),  # 4 → 3 characters
        ("持續最佳化營商環境", "优化", "最佳化"),  # 3 → 2
        ("平台互動交流", "交互", "互動"),  # same length, reordered words
    ],
)
def test_a_phrase_converted_to_other_words_quotes_the_phrase_it_came_from(
    text: str, converted: str, quoted: str
) -> None:
    mapped = MappedText.identity(text).apply(fix_traditional_script(text))
    start = mapped.text.index(converted)
    assert mapped.original_of(start, start + len(converted)) == quoted


_TRADITIONAL_PHRASES = sorted(
    {"網際網路", "資訊", "人工智慧", "營運長", "最佳化", "互動", "程式", "軟體", "使用者"}
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(_TRADITIONAL_PHRASES)
        | st.text(alphabet="區發展網際路資訊業營運長化互動的與2", min_size=1, max_size=4),
        min_size=1,
        max_size=12,
    ).map("".join)
)
def test_traditional_conversion_is_openccs_own(text: str) -> None:
    # The conversion is done with OpenCC's dictionaries and segments but not by OpenCC: its
    # text must be exactly what OpenCC (with the project's table) makes of the line.
    from districts.text.normalize import _converter

    assert _fixed(fix_traditional_script, text) == _converter().convert(text)


# --- script detection and whole documents -------------------------------------------------


@pytest.mark.parametrize(
    ("number", "script"),
    [
        ("000", "simplified"),
        ("001", "simplified"),
        ("002", "simplified"),
        ("003", "traditional_pinyin"),
        ("004", "traditional"),
    ],
)
def test_detect_script_on_seeds(number: str, script: str) -> None:
    assert detect_script(_seed(number)) == script
    assert _normalized_seed(number).script == script


def test_detect_script_without_cjk_is_simplified() -> None:
    assert detect_script("GDP 10,773.4") == "simplified"


def test_normalize_seed_003_marks_unreadable_spans() -> None:
    normalized = _normalized_seed("003")
    assert normalized.unreadable
    assert UNREADABLE in normalized.text
    assert UNREADABLE not in normalized.original
    for start, end in normalized.unreadable:
        assert set(normalized.text[start:end]) == {UNREADABLE}
        assert normalized.original[slice(*normalized.original_span(start, end))]
    assert sum(end - start for start, end in normalized.unreadable) == normalized.text.count(
        UNREADABLE
    )


def test_normalize_seed_003_is_simplified_text() -> None:
    text = _normalized_seed("003").text
    assert "昌平区深入贯彻落实党的二十大精神" in text
    assert "(shí)" not in text
    assert "區" not in text


@pytest.mark.parametrize("number", CLEAN_SEEDS)
def test_normalize_clean_seeds_have_no_unreadable_spans(number: str) -> None:
    normalized = _normalized_seed(number)
    assert normalized.unreadable == ()
    assert UNREADABLE not in normalized.text


def test_normalized_seed_004_has_no_traditional_only_characters() -> None:
    normalized = _normalized_seed("004")
    # The seed writes 産 (U+7523), the variant of 產 (U+7522); neither may survive.
    for char in "區發産業與經濟這為體們會":
        assert char in normalized.original
        assert char not in normalized.text
    assert "產" not in normalized.text
    assert "产业" in normalized.text
    assert detect_script(normalized.text) == "simplified"
    assert "石景山区" in normalized.text


def test_normalize_is_stable_on_seed_000() -> None:
    once = _normalized_seed("000").text
    assert normalize(once).text == once


def test_normalized_simplified_seed_000_keeps_its_numbers() -> None:
    normalized = _normalized_seed("000")
    original_digits = [ch for ch in normalized.original if ch.isascii() and ch.isdigit()]
    assert [ch for ch in normalized.text if ch.isascii() and ch.isdigit()] == original_digits


# --- the source map -----------------------------------------------------------------------


def _assert_map_invariants(normalized: NormalizedText) -> None:
    mapped = normalized.mapped
    original, text = mapped.original, mapped.text
    assert len(mapped.starts) == len(mapped.ends) == len(text)
    for i, (start, end) in enumerate(zip(mapped.starts, mapped.ends, strict=True)):
        assert 0 <= start < end <= len(original)
        if i:
            assert mapped.starts[i - 1] <= start
            assert mapped.ends[i - 1] <= end
        source = original[start:end]
        assert source
        char = text[i]
        if char.isascii() and char.isdigit():
            # Nothing invented: a digit comes from that digit, ASCII or full-width.
            assert char in source or FULLWIDTH_DIGITS[char] in source
    for start, end in normalized.unreadable:
        assert 0 <= start < end <= len(text)


def _assert_spans_cover_their_characters(normalized: NormalizedText, a: int, b: int) -> None:
    first, last = normalized.original_span(a, b)
    assert 0 <= first < last <= len(normalized.original)
    for i in range(a, b):
        assert first <= normalized.mapped.starts[i] < normalized.mapped.ends[i] <= last


@pytest.mark.parametrize("number", sorted(SEED_FILES))
def test_source_map_invariants_on_seeds(number: str) -> None:
    normalized = _normalized_seed(number)
    _assert_map_invariants(normalized)
    text = normalized.text
    for a in range(0, len(text), 97):
        _assert_spans_cover_their_characters(normalized, a, min(len(text), a + 41))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), number=st.sampled_from(sorted(SEED_FILES)))
def test_random_spans_of_seeds_map_back(data: st.DataObject, number: str) -> None:
    normalized = _normalized_seed(number)
    size = len(normalized.text)
    a = data.draw(st.integers(0, size - 1))
    b = data.draw(st.integers(a + 1, size))
    _assert_spans_cover_their_characters(normalized, a, b)


FRAGMENTS = [
    # simplified and traditional prose
    "门头沟区",
    "发展",
    "生态文明",
    "新增",
    "核心",
    "智慧城市",
    "區",
    "發展",
    "產業",
    "資訊",
    "網際網路",
    "人工智慧",
    "支援",
    "著力",
    "縮圖",
    "營運長",
    "億元",
    "萬",
    # pinyin readings in brackets
    "區(qū)",
    "發(fā)",
    "時（shí）",
    "(zhǎn)",
    "(lǜ)",
    # ordinary brackets
    "(一)",
    "(PM2.5)",
    "（北京）",
    # numbers
    "１２３",
    "．",
    "％",
    "10，773",
    "10,773.4",
    "2024",
    "5.2%",
    "1\u200b234",
    # white space, punctuation and invisible characters
    " ",
    "  ",
    "\t",
    "\u3000",
    "\u00a0",
    "\n",
    "\n\n",
    "\r\n",
    "?",
    "，",
    "。",
    "、",
    "：",
    "…",
    "“",
    "”",
    "\u200b",
    "\ufe0f",
    "\ufeff",
    "Mentougou",
    # damaged runs as seed 003 has them
    "?!安⑵桨病敝卣诎压爬系淖8?",
    "?yōu)",
    "楸本┽t",
    "?shù)?",
]
fragment_texts = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
documents = st.one_of(fragment_texts, st.text(max_size=300))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_source_map_invariants_on_random_text(text: str) -> None:
    normalized = normalize(text)
    assert normalized.original == text
    assert normalized.script in {"simplified", "traditional", "traditional_pinyin"}
    _assert_map_invariants(normalized)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), text=fragment_texts.filter(bool))
def test_random_spans_of_random_text_map_back(data: st.DataObject, text: str) -> None:
    normalized = normalize(text)
    size = len(normalized.text)
    if size == 0:
        return
    a = data.draw(st.integers(0, size - 1))
    b = data.draw(st.integers(a + 1, size))
    _assert_spans_cover_their_characters(normalized, a, b)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fragment_texts)
def test_normalized_text_has_no_invisible_or_fullwidth_number_characters(text: str) -> None:
    normalized = normalize(text).text
    assert fix_invisible_characters(normalized) == []
    assert fix_fullwidth_forms(normalized) == []
    assert fix_thousands_separators(normalized) == []


def test_a_thousands_comma_after_a_stray_space_is_normalized_too() -> None:
    # found by the property above: the space went after the separators had been read
    normalized = normalize("\uff11\uff12\uff13 \uff0c\uff14\uff15\uff16").text
    assert normalized == "123,456"
    assert fix_thousands_separators(normalized) == []


def test_captions_between_columns_are_not_joined_into_a_sentence() -> None:
    text = (
        "近年来密云区推动绿色高质量发展成效明显我国首个拥有自主知"
        "\n\n密云冯家峪崖壁蜂场\n\n识产权的装置落成。"
    )
    result = normalize(text).text
    assert "自主知\n\n密云冯家峪崖壁蜂场" in result


def test_pinyin_after_a_damaged_run_is_dropped() -> None:
    assert "\ufffd(" not in normalize(_seed("003")).text


# --- page furniture, letter spacing, broken numbers, web chrome (issue 13, text layer) ------


def test_page_furniture_removed_and_quote_maps_back_to_the_original() -> None:
    original = (
        "某区2022年工作年报  第1页\n全年共受理群众来信来访事项并逐件登记答复，累计受理53\n"
        "— 8 —\n某区2022年工作年报  第9页\n件，办结率达到96.5%。"
    )
    normalized = normalize(original)
    assert "第1页" not in normalized.text and "— 8 —" not in normalized.text
    assert normalized.text.startswith("某区2022年工作年报\n")
    start = normalized.text.index("53件")
    first, last = normalized.original_span(start, start + 3)
    assert original[first:last] == "53\n— 8 —\n某区2022年工作年报  第9页\n件"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新 建 车 位 ４ ７ ２ 个", "新建车位472个"),
        ("惠 及 居 民 ５ ， \n６ ０ ０ 户", "惠及居民5,600户"),
        ("增长6\n.9%", "增长6.9%"),
        ("占比达到73\n%", "占比达到73%"),
        ("总额4,3-\n07.1亿元", "总额4,307.1亿元"),
    ],
)
def test_numbers_cut_by_pdf_layout_are_joined(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "2021-\n2025年",  # a range broken at its dash stays two numbers
        "规章  0  0  0\n行政许可  16",  # table rows
        "Mentougou District\n2024",
    ],
)
def test_line_breaks_between_numbers_kept(text: str) -> None:
    assert "\n" in normalize(text).text


def test_web_chrome_found_and_story_left_alone() -> None:
    text = (
        "首页 | 新闻 | 政务公开 | 办事服务\n某区新建公园12处。\n\n相关阅读\n"
        "· 某区新增绿道8公里　2024-03-01\n\n上一篇：某区召开会议\n"
        "版权所有：某区人民政府\n| 指标 | 12 | 15 |"
    )
    normalized = normalize(text)
    kinds = [(normalized.text[s:e], kind) for s, e, kind in normalized.chrome]
    assert [kind for _, kind in kinds] == ["navigation", "related", "related", "pager", "footer"]
    assert normalized.chrome_kind(*_span_of(normalized.text, "某区新建公园12处。")) is None
    assert normalized.chrome_kind(*_span_of(normalized.text, "|指标|12|15|")) is None


def test_the_ratio_sign_between_digits_reads_as_a_colon() -> None:
    assert normalize("三次产业结构为1\u223635.9\u223663.1").text == "三次产业结构为1:35.9:63.1"
    assert normalize("比例\u2236").text == "比例\u2236"  # not between digits: left alone
    # a vertical colon's form (U+FE30) set between the shares, as some bulletins print it
    assert normalize("三次产业构成为0.2\ufe3014.5\ufe3085.3").text == "三次产业构成为0.2:14.5:85.3"


def test_a_footers_reprint_notice_address_and_report_lines_are_chrome() -> None:
    text = (
        "某区新建公园12处。区生态环境局举报电话：010-12345671。\n"
        "本网站所有内容未经许可不得转载。 总机：010-12345678\n"
        "地址：北京市某区某街1号 邮编：100000\n不良信息举报电话：010-12345670 举报邮箱：a@b.cn"
    )
    normalized = normalize(text)
    kinds = [kind for _, _, kind in normalized.chrome]
    assert kinds == ["footer", "footer", "footer"]  # a sentence with its full stop is the story's
    assert normalized.chrome_kind(*_span_of(normalized.text, "区生态环境局举报电话")) is None


def test_story_text_blanks_the_sites_lines_and_keeps_every_position() -> None:
    text = (
        "首页 | 新闻 | 政务公开 | 办事服务\n某区新建公园12处。\n"
        "地址：北京市某区某街1号 邮编：100000"
    )
    normalized = normalize(text)
    story = normalized.story_text
    assert len(story) == len(normalized.text)
    assert "某区新建公园12处。" in story
    assert "首页" not in story and "北京市" not in story


def _span_of(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_running_header_without_page_number_dropped_next_to_page_numbers() -> None:
    text = (
        "某区人民政府公报\n全年共受理群众来信来访事项并逐件登记答复，累计受理53\n— 8 —\n"
        "某区人民政府公报\n件，办结率达到96.5%。\n— 9 —\n某区人民政府公报\n下一段。"
    )
    assert normalize(text).text == (
        "某区人民政府公报\n全年共受理群众来信来访事项并逐件登记答复，累计受理53件，"
        "办结率达到96.5%。\n下一段。"
    )


def test_roman_numerals_in_brackets_are_list_markers_not_readings() -> None:
    text = "目标(i)绿化(ii)水务(iii)交通(iv)产业(v)安全(vi)"
    assert _fixed(fix_pinyin_annotations, text) == text


def test_a_page_run_into_one_line_breaks_before_a_subtitle_dash_and_keeps_it() -> None:
    # the dash opens the subtitle: the break goes before it, and the dash maps to itself
    headline = "某区生态环境建设专场新闻发布会"
    body = "——某某专场上，区生态环境局介绍，今年前三季度全区PM2.5浓度为26.4微克/立方米，" * 3
    original = headline + body
    normalized = normalize(original)
    assert normalized.text.startswith(headline + "\n\n——")
    at = normalized.text.index("26.4")
    start, end = normalized.original_span(at, at + 4)
    assert original[start:end] == "26.4"


def test_full_stops_a_text_writes_as_decimal_points_are_points() -> None:
    text = "新能源车保有量已达50。7万辆，增长10。8%。"
    assert normalize(text).text == "新能源车保有量已达50.7万辆，增长10.8%。"
    traditional = "新能源車保有量已達50。7萬輛，淘汰汽油車10。4萬輛。"  # before the conversion
    assert "50.7万辆" in normalize(traditional).text and "10.4万辆" in normalize(traditional).text


@pytest.mark.parametrize(
    "text",
    [
        "全区接待游客1200万人次，增长15。2个景区获评4A级。旅游收入达到86。3亿元。",  # one
        "共12。3家企业获评。全区达到45。6家企业入选。",  # counts after sentences ending in numbers
        "增长5。2023年全区新增12。7月份开工。会议于9。30开始，10。15结束。",  # dates, clocks
    ],
    ids=["one-alone", "classifiers-after", "dates-after"],
)
def test_a_full_stop_between_digits_stays_a_full_stop(text: str) -> None:
    assert normalize(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("年平均降水量为550〜600毫米", "年平均降水量为550～600毫米"),
        ("每村3∼5个", "每村3～5个"),
        ("中心城区每年要完成20─30处", "中心城区每年要完成20～30处"),
        ("所有大型避难场所───市", "所有大型避难场所───市"),  # a dash between words
        ("好〜", "好〜"),  # no numbers either side: a mark of tone, left alone
    ],
)
def test_a_wave_dash_between_numbers_is_a_ranges_tilde(text: str, expected: str) -> None:
    assert _fixed(fix_wave_dashes, text) == expected
