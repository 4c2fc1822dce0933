"""Realistic corpora for the scale benchmark: documents assembled from real sentences.

Sentences come from the seeds (normalized to simplified Chinese) and from a few written for
the tests. Each generated document is about one of the 16 districts: the seeds' district
names are replaced by it, numbers are varied and years shifted, so the pipeline does the same
work it does on real documents. Deterministic for a given seed.

    .venv/bin/python bench/generate.py OUT_DIR N
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from districts.catalog import load_catalog
from districts.text.normalize import normalize
from districts.text.read import read_document
from districts.text.split import sentences

ROOT = Path(__file__).resolve().parent.parent
EXTRA_SENTENCES = (
    "2024年,全区森林覆盖率达到61.8%,林木绿化率达到72.5%。",
    "全区共有国家高新技术企业186家,专精特新中小企业52家。",
    "全年新建雨量监测站45处,完成12条河道治理,储备防汛物资18类。",
    "接待游客超过2300万人次,实现旅游综合收入约110亿元。",
    "力争到2026年,PM2.5年均浓度降至28微克/立方米以下。",
)
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_YEAR_RE = re.compile(r"20[12]\d(?=年)")


def sentence_pool() -> list[str]:
    pool = list(EXTRA_SENTENCES)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = normalize(read_document(path).text).text
        for span in sentences(text):
            sentence = text[span.start : span.end]
            if 12 <= len(sentence) <= 220 and "\ufffd" not in sentence:
                pool.append(sentence)
    return pool


def seed_district_names() -> list[str]:
    catalog = load_catalog()
    names = []
    for name in ("门头沟", "密云", "昌平", "石景山"):
        district = catalog.district_by_name(name)
        assert district is not None
        names.extend(sorted({district.full_name, district.name}, key=len, reverse=True))
    return names


def generate(out: Path, count: int, seed: int = 20261122) -> list[Path]:
    rng = random.Random(seed)
    pool = sentence_pool()
    names = seed_district_names()
    districts = [d.name for d in load_catalog().districts]
    name_re = re.compile("|".join(map(re.escape, names)))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for number in range(count):
        district = districts[number % len(districts)]
        year = rng.choice((2021, 2022, 2023, 2024, 2025))
        body = [name_re.sub(district, s) for s in rng.sample(pool, rng.randint(15, 35))]
        body = [_vary(s, rng, year) for s in body]
        title = f"{district}区{year}年经济社会发展情况"
        path = out / f"gen_{number:05d}.txt"
        path.write_text(title + "\n\n" + "\n".join(body) + "\n", encoding="utf-8")
        written.append(path)
    return written


def _vary(sentence: str, rng: random.Random, year: int) -> str:
    sentence = _YEAR_RE.sub(lambda m: str(year - rng.randint(0, 1)), sentence)

    def vary_number(match: re.Match[str]) -> str:
        text = match.group()
        if len(text) == 4 and text.startswith("20"):
            return text
        value = float(text) * rng.uniform(0.6, 1.4)
        return f"{value:.1f}" if "." in text else str(max(1, round(value)))

    return _NUMBER_RE.sub(vary_number, sentence)


if __name__ == "__main__":
    folder, how_many = Path(sys.argv[1]), int(sys.argv[2])
    print(f"{len(generate(folder, how_many))} documents in {folder}")
