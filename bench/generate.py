"""Realistic corpora for the scale benchmark: documents recombined from real ones.

The templates are the seeds and the development corpus (tests/corpus/docs), in their real mix
of scripts and layouts: simplified and traditional Chinese, pinyin after characters, tables
laid out as text, PDF extractions with running headers and broken lines, web pages with
navigation, a transcript, a WeChat post. Each generated document keeps a template's head (title,
source line), then runs of consecutive lines from it and, half of the time, from a second
template of the same script, so layouts stay whole. It is about one of the 16 districts, named in
the template's script (門頭溝 in a traditional one), its years are moved to one of 2016–2025 and
its numbers varied, and it is written in the template's own encoding (UTF-8, GB18030, Big5,
UTF-16 with BOM). The build therefore does the work real documents demand: decoding, traditional
conversion, pinyin and page furniture removal, table text. Deterministic for a given seed.

    .venv/bin/python bench/generate.py OUT_DIR N [SEED]
"""

from __future__ import annotations

import functools
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from districts.catalog import load_catalog  # noqa: E402
from districts.text.normalize import normalize  # noqa: E402
from districts.text.read import read_document  # noqa: E402

TEMPLATE_DIRS = (ROOT / "seeds", ROOT / "tests" / "corpus" / "docs")
YEARS = tuple(range(2016, 2026))  # a decade of documents
_YEAR_RE = re.compile(r"(?<![0-9])(20[012][0-9])(?![0-9])")
_NUMBER_RE = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?![0-9])")
# Median length of a generated document in characters: district news items and bulletins are
# mostly short, reports long (the seeds run to 10,000 characters and more).
MEDIAN_CHARS = 1400


@dataclass(frozen=True)
class Template:
    name: str
    lines: tuple[str, ...]
    head: int  # lines kept at the top (title, source and date)
    encoding: str
    script: str  # "simplified" or "traditional", as normalize detects it
    district_forms: tuple[str, ...]  # how the template names its own district, longest first
    year: int  # the year the template is mostly about


@functools.cache
def templates() -> tuple[Template, ...]:
    catalog = load_catalog()
    found = []
    for directory in TEMPLATE_DIRS:
        for path in sorted(directory.glob("*.txt")):
            document = read_document(path)
            normalized = normalize(document.text)
            district = _main_district(normalized.text, catalog)
            forms: tuple[str, ...] = ()
            if district is not None:
                candidates = {a for a in district.names() if not a.isascii()}
                forms = tuple(sorted((f for f in candidates if f in document.text), key=len)[::-1])
            years = Counter(int(y) for y in _YEAR_RE.findall(document.text))
            lines = tuple(document.text.splitlines())
            found.append(
                Template(
                    name=path.name,
                    lines=lines,
                    head=_head_length(lines),
                    encoding=_encoding_name(document.encoding),
                    script=normalized.script,
                    district_forms=forms,
                    year=years.most_common(1)[0][0] if years else 2024,
                )
            )
    return tuple(found)


def _main_district(text: str, catalog):  # type: ignore[no-untyped-def]
    counts: Counter[str] = Counter()
    for district in catalog.districts:
        counts[district.code] = text.count(district.name)
    code, count = counts.most_common(1)[0]
    return next(d for d in catalog.districts if d.code == code) if count else None


def _head_length(lines: tuple[str, ...]) -> int:
    """The title block: lines up to the first blank line after some text, at most four."""
    for number, line in enumerate(lines[:5]):
        if number and not line.strip():
            return number
    return min(2, len(lines))


def _encoding_name(encoding: str) -> str:
    lowered = encoding.lower().replace("_", "-")
    if lowered.startswith("utf-16"):
        return "utf-16"  # Python writes the BOM
    if lowered in ("big5", "cp950", "big5hkscs"):
        return "big5"
    if lowered in ("gb18030", "gbk", "gb2312"):
        return "gb18030"
    return "utf-8"


@functools.cache
def _traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def generate(out: Path, count: int, seed: int = 20261122) -> list[Path]:
    """``count`` documents in ``out`` (gen_00000.txt …), about the 16 districts in turn."""
    rng = random.Random(seed)
    pool = templates()
    by_script: dict[str, list[Template]] = {}
    for template in pool:
        by_script.setdefault(template.script, []).append(template)
    districts = load_catalog().districts
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for number in range(count):
        district = districts[number % len(districts)]
        year = rng.choice(YEARS)
        first = rng.choice(pool)
        second = rng.choice(by_script[first.script]) if rng.random() < 0.5 else None
        budget = int(rng.lognormvariate(0, 0.6) * MEDIAN_CHARS)
        lines = list(first.lines[: first.head])
        lines += _run(first, rng, budget if second is None else budget // 2)
        if second is not None:
            lines += ["", *_run(second, rng, budget // 2)]
        text = "\n".join(lines) + "\n"
        text = _rename(text, (first, second), district, first.script)
        text = _shift_years(text, year - first.year)
        text = _NUMBER_RE.sub(lambda m: _vary(m.group(), rng), text)
        path = out / f"gen_{number:06d}.txt"
        try:
            data = text.encode(first.encoding)
        except UnicodeEncodeError:  # a substituted name the legacy encoding lacks
            data = text.encode("utf-8")
        path.write_bytes(data)
        written.append(path)
    return written


def _run(template: Template, rng: random.Random, budget: int) -> list[str]:
    """Consecutive body lines of a template, about ``budget`` characters of them."""
    body = template.lines[template.head :]
    if not body:
        return []
    start = rng.randrange(len(body))
    taken, size = [], 0
    for line in body[start:] + body[:start]:
        taken.append(line)
        size += len(line)
        if size >= budget:
            break
    return taken


def _rename(text: str, sources: tuple, district, script: str) -> str:  # type: ignore[no-untyped-def]
    """The templates' own district → the generated document's, in the template's script."""
    full, short = district.full_name, district.name
    if script.startswith("traditional"):
        full, short = _traditional(full), _traditional(short)
    for template in sources:
        if template is None:
            continue
        for form in template.district_forms:
            text = text.replace(form, full if form.endswith(("区", "區")) else short)
    return text


def _shift_years(text: str, delta: int) -> str:
    if not delta:
        return text
    return _YEAR_RE.sub(lambda m: str(min(2030, max(2005, int(m.group()) + delta))), text)


def _vary(written: str, rng: random.Random) -> str:
    """A number of the same form (integer or decimals kept), 70–130% of the original; years,
    leading zeros (010, 09:30) and 1-digit list markers stay as they are."""
    if (len(written) == 4 and written.startswith(("19", "20"))) or written.startswith("0"):
        return written
    if len(written) == 1:
        return written
    value = float(written) * rng.uniform(0.7, 1.3)
    if "." in written:
        decimals = len(written.split(".")[1])
        return f"{value:.{decimals}f}"
    return str(max(1, round(value)))


if __name__ == "__main__":
    folder, how_many = Path(sys.argv[1]), int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261122
    print(f"{len(generate(folder, how_many, seed))} documents in {folder}")
