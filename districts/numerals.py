"""The numeral words of ``data/numerals.yaml`` (digits, small units, multipliers), loaded and
checked once. Shared by the text stage (a list item numbered 一、) and the facts stage (parsing
十二, 1.64万), so it sits above both, beside the catalog and the lexicon."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from districts import paths
from districts.errors import CatalogError

NUMERALS_PATH = paths.DATA_DIR / "numerals.yaml"


def _numeral_map(raw: dict, key: str, path: Path, chars: bool = False) -> dict[str, int]:
    """``key: {word: whole number ≥ 0}`` (single characters if ``chars``: the parser reads a
    numeral character by character), or a ``CatalogError`` naming the file and the key."""
    entry = raw.get(key)
    if not isinstance(entry, dict) or not entry:
        raise CatalogError(path, "must be a non-empty mapping of words to numbers", key)
    for word, value in entry.items():
        if not isinstance(word, str) or not word or isinstance(value, bool):
            raise CatalogError(path, f"not a word and a number: {word!r}", key)
        if chars and len(word) != 1:
            raise CatalogError(path, f"{word}: must be a single character", key)
        if not isinstance(value, int) or value < 0:
            raise CatalogError(path, f"{word}: not a whole number ≥ 0 ({value!r})", key)
    return dict(entry)


@dataclass(frozen=True)
class Numerals:
    """The words of ``data/numerals.yaml``."""

    digits: dict[str, int]
    small_units: dict[str, int]
    placeholders: str
    decimal_points: tuple[str, ...]
    multipliers: dict[str, float]
    display_multipliers: dict[str, float]


def load_numerals(path: Path = NUMERALS_PATH) -> Numerals:
    """The numeral words of ``data/numerals.yaml``, checked: a missing file, bad YAML or a
    missing or malformed key is a ``CatalogError`` naming the file and the key."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise CatalogError(path, f"cannot be read ({error.strerror or error})") from None
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        raise CatalogError(path, f"is not UTF-8 YAML ({error})") from None
    if not isinstance(raw, dict):
        raise CatalogError(path, "expected a mapping of numeral words at the top level")
    digits = _numeral_map(raw, "digits", path, chars=True)
    placeholders = raw.get("placeholders")
    if not isinstance(placeholders, list) or not all(
        isinstance(word, str) and word in digits for word in placeholders
    ):
        raise CatalogError(path, "must be a list of digits (entries of 'digits')", "placeholders")
    points = raw.get("decimal_points")
    if (
        not isinstance(points, list)
        or not points
        or not all(isinstance(word, str) and word and word not in digits for word in points)
    ):
        raise CatalogError(path, "must be a list of words that are no digits", "decimal_points")
    multipliers = {k: float(v) for k, v in _numeral_map(raw, "multipliers", path).items()}
    shown = {k: float(v) for k, v in _numeral_map(raw, "display_multipliers", path).items()}
    return Numerals(
        digits=digits,
        small_units=_numeral_map(raw, "small_units", path, chars=True),
        placeholders="".join(placeholders),
        decimal_points=tuple(points),
        multipliers=multipliers,
        display_multipliers={**multipliers, **shown},
    )


_NUMERALS = load_numerals()
# Every character a Chinese numeral is written with (一…九, 十, 百, 千…), for patterns.
CHINESE_NUMERAL_CHARS = "".join([*_NUMERALS.digits, *_NUMERALS.small_units])
