"""Numbers as Chinese documents write them: 10,773.4 / 1.64万 / 两 / 十二 / 百余 / 三分之一."""

from __future__ import annotations

import math
import re

from districts.numerals import (  # noqa: F401  (re-exported: the facts stage imports them here)
    CHINESE_NUMERAL_CHARS,
    NUMERALS_PATH,
    Numerals,
    load_numerals,
)

# The numerals are data (districts/numerals.py: the text stage reads them too).
_NUMERALS = load_numerals()
_DIGITS = _NUMERALS.digits
NUMERAL_DIGITS = _DIGITS  # 一 → 1, 两 → 2, 〇 → 0: the digits a numeral in characters is made of
_SMALL_UNITS = _NUMERALS.small_units

_MAX_DIGIT_RUN = 15
MULTIPLIERS = _NUMERALS.multipliers
# Multipliers a unit name may start with when a value is shown (亿元, 万平方米, 百万元).
DISPLAY_MULTIPLIERS = _NUMERALS.display_multipliers


def multiplier_word(factor: float) -> str:
    """The word for a power of ten as a unit prefix: 1e8 → 亿, 1e4 → 万."""
    return next(word for word, value in DISPLAY_MULTIPLIERS.items() if value == factor)


# A number never starts inside another: not after a digit, nor at a thousands group
# ("1,234": not at "234"). Without these guards a regular expression would try again from
# every group of "1,111,111,…" and read the whole run each time (time quadratic in its
# length); with them each run is read from its start only, which finds the same numbers.
ARABIC_PATTERN = r"(?<!\d)(?!(?<=\d,)\d{3})(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# Likewise a Chinese numeral is read from the start of its run only (一二三… repeated).
CHINESE_PATTERN = f"(?<![{CHINESE_NUMERAL_CHARS}])[{CHINESE_NUMERAL_CHARS}]+"
# Two digits and at least one place (四五百): the shortest neighbouring pair read as a number.
_PAIR_WITH_A_PLACE = 3

_ARABIC_RE = re.compile(f"^(?:{ARABIC_PATTERN})$")


def parse_arabic(text: str) -> float:
    """``"10,773.4"`` → 10773.4. Raises ``ValueError`` on anything else or a non-finite value."""
    if not _ARABIC_RE.match(text):
        raise ValueError(f"not an Arabic number: {text!r}")
    value = float(text.replace(",", ""))
    if not math.isfinite(value):
        raise ValueError(f"number out of range: {text!r}")
    return value


def parse_chinese(text: str) -> int:
    """``"十二"`` → 12, ``"三百二十"`` → 320, ``"两"`` → 2, ``"百"`` → 100, ``"二〇二四"`` → 2024.

    Raises ``ValueError`` for strings that are not a well-formed numeral.
    """
    if not text or any(ch not in _DIGITS and ch not in _SMALL_UNITS for ch in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    if all(ch in _DIGITS for ch in text) and len(text) > 1:
        # Digit by digit, as in years: 二〇二四. Nobody writes a quantity of 16 such digits.
        if len(text) > _MAX_DIGIT_RUN:
            raise ValueError(f"too many digits for a numeral: {text[:20]!r}…")
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total = 0
    pending: int | None = None
    last_unit = 10_000
    for ch in text:
        if ch in _NUMERALS.placeholders and total:
            continue  # a place-holder: 一百零五 is 105
        if ch in _DIGITS:
            if pending is not None:
                raise ValueError(f"two digits in a row: {text!r}")
            pending = _DIGITS[ch]
        else:
            unit = _SMALL_UNITS[ch]
            if unit >= last_unit:
                raise ValueError(f"units out of order: {text!r}")
            total += (1 if pending is None else pending) * unit
            pending = None
            last_unit = unit
    if pending is not None:
        total += pending
    return total


def lower_of_a_neighbouring_pair(text: str, scaled: bool = False) -> str | None:
    """Two neighbouring digits before a place (四五百, 三四十, 两三千: "four or five hundred"),
    a round figure said loosely: the lower end as a numeral, else None. Two digits alone (七八
    家: "a few") are no number, and a numeral of its places (三百五十) is no pair. A multiplier
    after the digits (``scaled``: 三四万人次, 两三亿元) is their place, as 百 is.

    >>> [lower_of_a_neighbouring_pair(t) for t in ("四五百", "三四十", "两三千", "七八", "三百五")]
    ['四百', '三十', '两千', None, None]
    >>> [lower_of_a_neighbouring_pair(t, scaled=True) for t in ("三四", "三五")]
    ['三', None]
    """
    if len(text) < _PAIR_WITH_A_PLACE - scaled:
        return None
    first, second, places = text[0], text[1], text[2:]
    if first not in _DIGITS or second not in _DIGITS or _DIGITS[second] != _DIGITS[first] + 1:
        return None
    if any(ch not in _SMALL_UNITS for ch in places):
        return None
    return first + places


DECIMAL_POINTS = _NUMERALS.decimal_points  # 点 in 三十五点四七
# A numeral in characters with the decimals it may have, written digit by digit (三点五,
# 三十五点四七); ``parse_number`` reads it.
CHINESE_DECIMAL_PATTERN = (
    f"{CHINESE_PATTERN}(?:(?:{'|'.join(map(re.escape, DECIMAL_POINTS))})"
    f"[{''.join(_DIGITS)}]+(?![{CHINESE_NUMERAL_CHARS}]))?"
)


def parse_chinese_decimals(digits: str | None) -> float:
    """The digits after a numeral's decimal point, read one by one: ``"四七"`` → 0.47,
    ``None`` or ``""`` → 0.0.

    >>> parse_chinese_decimals("四七"), parse_chinese_decimals("〇五")
    (0.47, 0.05)
    """
    if not digits:
        return 0.0
    if any(ch not in _DIGITS for ch in digits) or len(digits) > _MAX_DIGIT_RUN:
        raise ValueError(f"not the digits after a decimal point: {digits!r}")
    return float("0." + "".join(str(_DIGITS[ch]) for ch in digits))


def parse_number(text: str) -> float:
    """An Arabic or Chinese number (without multiplier); a Chinese one may have decimals
    after its point (三点五 → 3.5)."""
    if text and text[0].isdigit():
        return parse_arabic(text)
    point = next((p for p in DECIMAL_POINTS if p in text), None)
    if point is not None:
        whole, decimals = text.split(point, 1)
        return float(parse_chinese(whole)) + parse_chinese_decimals(decimals)
    try:
        return float(parse_chinese(text))
    except OverflowError as error:
        raise ValueError(f"number out of range: {text[:20]!r}…") from error
