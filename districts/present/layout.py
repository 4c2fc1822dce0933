"""Figure sizes laid out at the size they are printed, and text measured and wrapped for them.

A figure is drawn at its printed width in CSS pixels (96 per inch) and only then rasterised at
300 dpi, so a font of 15 px is 11.25 pt on paper at every preset; nothing is scaled after the
layout. Plotly does not wrap text, so titles and footnotes are wrapped here, from an estimate
of each character's width in Noto Sans CJK SC (an over-estimate, so a line never runs past its
box): Chinese is broken between characters, Latin only between words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

CSS_PX_PER_INCH = 96
DPI = 300
CM_PER_INCH = 2.54
PT_PER_PX = 72 / CSS_PX_PER_INCH


@dataclass(frozen=True)
class Preset:
    """A printed size: width on paper, font sizes (CSS px at that width) and plot height."""

    name: str
    width_cm: float
    title_px: int
    label_px: int
    note_px: int
    plot_px: int  # height of the plot area (bars) for presets without a fixed ratio
    ratio: float = 0.0  # height / width when the whole figure has a fixed shape (slides)

    @property
    def width_px(self) -> int:
        """17 cm → 643 px: the SVG's width attribute and the layout width."""
        return round(self.width_cm / CM_PER_INCH * CSS_PX_PER_INCH)

    @property
    def scale(self) -> float:
        """PNG pixels per CSS pixel for 300 dpi at the printed width (3.125)."""
        return DPI / CSS_PX_PER_INCH


# Title ≥ 11 pt (14.7 px) and every other text ≥ 8 pt (10.7 px) at the printed size; a slide
# is read from across a room, so it is larger.
PRESETS: dict[str, Preset] = {
    "column": Preset("column", 8.5, title_px=15, label_px=11, note_px=11, plot_px=200),
    "full": Preset("full", 17.0, title_px=17, label_px=12, note_px=11, plot_px=280),
    "slide": Preset("slide", 25.4, title_px=24, label_px=16, note_px=13, plot_px=0, ratio=9 / 16),
}
DEFAULT_PRESET = "full"

# Characters that may not begin a line (closing punctuation) or end one (opening punctuation).
_CLOSING = set(",.;:!?)]}%、,。;:!?)】》」』”’·")
_OPENING = set("([{《「『“‘(【")
_TOKEN = re.compile(r"\s+|[^\s\u2e80-\uffef]+|.")


def char_width(char: str) -> float:
    """Width of one character in em, a little over Noto Sans CJK SC's own (so: never short).

    >>> char_width("森"), char_width("m"), char_width("i")
    (1.0, 0.85, 0.3)
    """
    if unicodedata.east_asian_width(char) in ("W", "F", "A"):  # A: —, ·, ° are full width here
        return 1.0
    if char in "iljI.,:;'|!`":
        return 0.3
    if char in "()[]{}":
        return 0.36
    if char in "mwMW@%":
        return 0.85
    if char == " ":
        return 0.3
    if char.islower() or char.isdigit():
        return 0.56
    return 0.68  # capitals and symbols


def text_width(text: str, px: float) -> float:
    """Estimated width in CSS px of ``text`` at font size ``px``."""
    return sum(char_width(c) for c in text) * px


def _tokens(text: str) -> list[str]:
    """Words of Latin text, single Chinese characters, spaces; punctuation glued to its word.

    >>> _tokens("未报告:石景山、门头沟 (not zero)")
    ['未', '报', '告:', '石', '景', '山、', '门', '头', '沟', ' ', '(not', ' ', 'zero)']
    """
    raw = _TOKEN.findall(text)
    tokens: list[str] = []
    glue_next = False
    for token in raw:
        if tokens and not token.isspace() and (glue_next or token[0] in _CLOSING):
            tokens[-1] += token
        else:
            tokens.append(token)
        glue_next = not token.isspace() and token[-1] in _OPENING
    return tokens


def wrap(text: str, max_px: float, px: float) -> list[str]:
    """``text`` broken into lines no wider than ``max_px`` at font size ``px``: between
    Chinese characters or at spaces, never inside a Latin word (a word longer than a line
    stands on a line of its own).

    >>> wrap("Not reported: Shijingshan (not zero)", 100, 10)
    ['Not reported:', 'Shijingshan (not', 'zero)']
    """
    lines: list[str] = []
    line = ""
    for token in _tokens(text):
        if token.isspace():
            if line:
                line += " "
            continue
        candidate = line + token
        if line.strip() and text_width(candidate.rstrip(), px) > max_px:
            lines.append(line.rstrip())
            line = token
        else:
            line = candidate
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]
