"""Tests for districts.facts.numbers: Arabic and Chinese numerals as documents write them."""

from __future__ import annotations

import pytest

from districts.facts.numbers import parse_arabic, parse_chinese, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10,773.4", 10773.4),
        ("1,234,567", 1234567.0),
        ("105", 105.0),
        ("5.2", 5.2),
        ("0", 0.0),
    ],
)
def test_parse_arabic(text: str, value: float) -> None:
    assert parse_arabic(text) == value


@pytest.mark.parametrize(
    "text", ["", "1,23", "12,34.5", "1.", ".5", "1e5", "-3", "10 773", "abc", "1,234,56"]
)
def test_parse_arabic_rejects_malformed(text: str) -> None:
    with pytest.raises(ValueError, match="not an Arabic number"):
        parse_arabic(text)


def test_parse_arabic_rejects_non_finite() -> None:
    with pytest.raises(ValueError, match="out of range"):
        parse_arabic("9" * 400)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十二", 12),
        ("三百二十", 320),
        ("两", 2),
        ("百", 100),
        ("二〇二四", 2024),
        ("二零二三", 2023),
        ("十", 10),
        ("三十五", 35),
        ("两千", 2000),
        ("一千二百三十四", 1234),
        ("零", 0),
    ],
)
def test_parse_chinese(text: str, value: int) -> None:
    assert parse_chinese(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "十十",
        "百千",
        "二十百",
        "三十二十",
        "十二三",
        "万",
        "十万",
        "亿",
        "三a",
        "12",
        "二十五%",
    ],
)
def test_parse_chinese_rejects_malformed(text: str) -> None:
    with pytest.raises(ValueError):
        parse_chinese(text)


@pytest.mark.parametrize(("text", "value"), [("一百零五", 105), ("两千零一十", 2010)])
def test_parse_chinese_with_zero_placeholder(text: str, value: int) -> None:
    assert parse_chinese(text) == value


def test_parse_number_dispatches_on_first_character() -> None:
    assert parse_number("10,773.4") == 10773.4
    assert parse_number("三百二十") == 320.0
    with pytest.raises(ValueError):
        parse_number("")


def test_the_numerals_are_checked_on_load(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import yaml

    from districts.errors import CatalogError
    from districts.facts.numbers import NUMERALS_PATH, load_numerals

    raw = yaml.safe_load(NUMERALS_PATH.read_text(encoding="utf-8"))
    broken = tmp_path / "numerals.yaml"
    for key, value in [
        ("multipliers", None),
        ("digits", {"十二": 12}),
        ("placeholders", ["x"]),
        ("decimal_points", ["一"]),
    ]:
        edited = {**raw, key: value}
        broken.write_text(yaml.safe_dump(edited, allow_unicode=True), encoding="utf-8")
        with pytest.raises(CatalogError, match=rf"numerals\.yaml \[{key}\]"):
            load_numerals(broken)
    broken.write_text("digits: [一\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"numerals\.yaml: is not UTF-8 YAML"):
        load_numerals(broken)
    with pytest.raises(CatalogError, match=r"missing\.yaml: cannot be read"):
        load_numerals(tmp_path / "missing.yaml")
