"""Whether values of one indicator can stand side by side, and what to say when they cannot.

A bar chart puts numbers next to each other as if they meant the same thing. They do not when
they are of different years, or count different things: a total "since the launch" beside a
plan's list, a municipal-level count beside one of all levels, a band ("20+") beside an exact
value. The words that tell are data (``data/comparison.yaml``); these rules read them and the
chart's footnote, its table and its refusal to sort say what they found.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from districts import paths
from districts.errors import CatalogError
from districts.facts.numbers import parse_number
from districts.text.normalize import (
    UNREADABLE,
    fix_damaged_runs,
    fix_invisible_characters,
    fix_pinyin_annotations,
    normalize,
)
from districts.text.sourcemap import MappedText

COMPARISON_FILE = "comparison.yaml"
SCOPES = ("since_launch", "cumulative", "plan")
LEVELS = ("several", "national", "municipal")  # checked in this order: 国家级和省部级 first


@dataclass(frozen=True)
class ComparisonWords:
    scopes: dict[str, tuple[str, ...]]
    levels: dict[str, tuple[str, ...]]
    range_words: tuple[str, ...]


def _words(raw: object, path: Path, entry: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw or not all(isinstance(w, str) and w for w in raw):
        raise CatalogError(path, "must be a non-empty list of words", entry)
    return tuple(raw)


def load_comparison_words(path: Path | None = None) -> ComparisonWords:
    """``data/comparison.yaml``, checked: every scope and level named, each a list of words."""
    path = path or paths.DATA_DIR / COMPARISON_FILE
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise CatalogError(path, f"cannot be read ({error})") from error
    if not isinstance(raw, dict):
        raise CatalogError(path, "must be a mapping with scopes, levels and range_words")
    scopes_raw, levels_raw = raw.get("scopes"), raw.get("levels")
    if not isinstance(scopes_raw, dict) or set(scopes_raw) != set(SCOPES):
        raise CatalogError(path, f"scopes must be exactly {', '.join(SCOPES)}", "scopes")
    if not isinstance(levels_raw, dict) or set(levels_raw) != set(LEVELS):
        raise CatalogError(path, f"levels must be exactly {', '.join(LEVELS)}", "levels")
    scopes = {}
    for name in SCOPES:
        entry = scopes_raw[name]
        if not isinstance(entry, dict):
            raise CatalogError(path, "must be a mapping with cues", f"scopes.{name}")
        scopes[name] = _words(entry.get("cues"), path, f"scopes.{name}.cues")
    levels = {name: _words(levels_raw[name], path, f"levels.{name}") for name in LEVELS}
    ranges = _words(raw.get("range_words"), path, "range_words")
    return ComparisonWords(scopes, levels, ranges)


@functools.cache
def _comparison_words() -> ComparisonWords:
    return load_comparison_words()


def readable_quote(text: object) -> str:
    """A quote as a reader wants it: pinyin readings, invisible characters and damage marks
    taken out, the document's own script kept (traditional stays traditional).

    Why: ``市場(chǎng)主體突破1萬(wàn)家`` is what the document holds, and stays one click
    away, but the reading aids are noise in a table. Example: ``市場(chǎng)主體`` → ``市場主體``.
    """
    if not isinstance(text, str) or not text:
        return ""
    return _readable(text)


# A page's long tables (the part-year values: thousands of rows at 10,000 documents) clean
# every quote on their first render after the tables change; the quotes are mostly the same
# as before an add, so remembering them by their text spares that work.
@functools.lru_cache(maxsize=2**17)
def _readable(text: str) -> str:
    mapped = MappedText.identity(text)
    for fixer in (fix_damaged_runs, fix_pinyin_annotations, fix_invisible_characters):
        mapped = mapped.apply(fixer(mapped.text))
    return re.sub(f"{UNREADABLE}+", "", mapped.text).strip()


@functools.lru_cache(maxsize=4096)
def _simplified(text: str) -> str:
    return normalize(text).text


def _before_number(sentence: str, quote: str) -> str:
    """The sentence up to the end of the quote, in simplified script (what cues are read in)."""
    at = sentence.find(quote) if quote else -1
    prefix = sentence[: at + len(quote)] if at >= 0 else sentence
    return _simplified(prefix)


def value_scopes(sentence: object, quote: object) -> tuple[str, ...]:
    """What a number counts, from the words before it in its sentence: ``since_launch``,
    ``cumulative``, ``plan`` (none: a plain level of its year).

    Why: 792 projects "landed since the launch" and 241 projects "in the plan's list" are both
    "重点项目" but not one measure. Example: ``“两区”建设启动以来…落地792个重点项目`` →
    (since_launch,)."""
    if not isinstance(sentence, str) or not sentence:
        return ()
    before = _before_number(sentence, quote if isinstance(quote, str) else "")
    words = _comparison_words()
    return tuple(name for name in SCOPES if any(cue in before for cue in words.scopes[name]))


def value_level(quote: object) -> str:
    """The administrative level the counted things are of, when the quote names one.

    Why: a count of 市级 enterprises and one of all levels differ by the national ones.
    Example: ``市級專精特新企業420家`` → municipal; ``專精特新企業462家`` → '' (not stated)."""
    if not isinstance(quote, str) or not quote:
        return ""
    text = _simplified(quote)
    words = _comparison_words()
    return next((name for name in LEVELS if any(w in text for w in words.levels[name])), "")


def written_range(as_written: object, value: float) -> float | None:
    """The upper end of a range the text writes (``3至5个`` → 5, scaled as ``value`` is), or
    None when the text gives one number.

    Why: the tables keep a range's lower end as the value; drawn alone, it flatters (or
    belittles) the district. Example: ("3至5个", 3.0) → 5.0; ("1.2-1.5万", 12000) → 15000."""
    if not isinstance(as_written, str):
        return None
    for word in _comparison_words().range_words:
        first, found, second = as_written.partition(word)
        if not found or not first.strip() or not second.strip():
            continue
        low, high = _leading_number(first), _leading_number(second)
        if low is None or high is None or low <= 0 or high <= low:
            continue
        return value * high / low
    return None


_ARABIC = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _leading_number(text: str) -> float | None:
    """The first number of ``text``: Arabic digits, else the longest Chinese numeral that
    opens its first non-ASCII run (三至五 → 三)."""
    match = _ARABIC.search(text)
    if match is not None:
        return float(match.group())
    run = _NON_ASCII_RUN.search(text)
    if run is None:
        return None
    word = run.group()
    for end in range(min(len(word), 8), 0, -1):
        try:
            return parse_number(word[:end])
        except (ValueError, KeyError):
            continue
    return None
