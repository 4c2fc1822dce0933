"""Incremental updates: adding or removing one document patches its rows and gives the tables a
full build of the same documents gives, file for file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from districts.present.views import (
    facts_of_document,
    load_tables,
    mentions_of_indicator,
    supporting_mentions,
)
from districts.tables import build as tables
from districts.tables import store
from districts.tables.update import update

ROOT = Path(__file__).resolve().parent.parent
DOCS = {
    "a.txt": "密云区2024年统计公报\n\n2024年,密云区森林覆盖率达到68.5%,新增公园3处。",
    "b.txt": "昌平区2024年工作总结\n\n2024年,昌平区森林覆盖率为45.2%,地区生产总值1200亿元。",
    "c.txt": "密云区2024年生态简报\n\n2024年,密云区森林覆盖率约69%,接待游客超过300万人次,"
    "建成生态科普步道7条。",
}


def corpus(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(DOCS[name], encoding="utf-8")
    return folder


def published(out: Path) -> dict[str, bytes]:
    """Every table file but the manifest (whose build time differs), by name."""
    return {
        path.relative_to(out).as_posix(): path.read_bytes()
        for path in out.rglob("*")
        if path.is_file() and path.name not in ("manifest.json", tables.LOCK_NAME)
    }


def manifest_tables(out: Path) -> dict[str, str]:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))["tables"]


@pytest.fixture
def full(tmp_path: Path) -> Path:
    out = tmp_path / "full"
    tables.build(corpus(tmp_path / "all", ["a.txt", "b.txt", "c.txt"]), out)
    return out


def test_adding_a_document_gives_the_tables_of_a_full_build(tmp_path: Path, full: Path) -> None:
    docs, out = corpus(tmp_path / "docs", ["a.txt", "b.txt"]), tmp_path / "out"
    tables.build(docs, out)
    corpus(docs, ["c.txt"])
    result = update([docs], out, changed=["c.txt"])
    assert result.incremental and result.documents == 3
    assert published(out) == published(full)
    assert manifest_tables(out) == manifest_tables(full)


def test_removing_a_document_gives_the_tables_of_a_full_build_without_it(tmp_path: Path) -> None:
    docs, out = corpus(tmp_path / "docs", ["a.txt", "b.txt", "c.txt"]), tmp_path / "out"
    tables.build(docs, out)
    (docs / "c.txt").unlink()
    update([docs], out, changed=["c.txt"])
    expected = tmp_path / "expected"
    tables.build(corpus(tmp_path / "two", ["a.txt", "b.txt"]), expected)
    assert published(out) == published(expected)


def test_an_update_rewrites_only_the_partitions_of_the_changed_document(tmp_path: Path) -> None:
    docs, out = corpus(tmp_path / "docs", ["a.txt", "b.txt"]), tmp_path / "out"
    tables.build(docs, out)
    before = manifest_tables(out)
    corpus(docs, ["c.txt"])
    update([docs], out, changed=["c.txt"])
    after = manifest_tables(out)
    changed = {name for name in after if before.get(name) != after[name]}
    mine = f"{store.bucket_of('c.txt'):03d}"
    partitions = {name for name in changed if name.startswith(store.BY_DOCUMENT)}
    assert partitions == set(store.listed({"tables": after}, store.BY_DOCUMENT, mine))
    others = set(store.listed({"tables": before}, store.BY_DOCUMENT)) - set(
        store.listed({"tables": before}, store.BY_DOCUMENT, mine)
    )
    assert others and others <= set(after)  # the other partitions are the same files


def test_the_dashboard_sees_an_added_document_through_the_manifest(tmp_path: Path) -> None:
    docs, out = corpus(tmp_path / "docs", ["a.txt", "b.txt"]), tmp_path / "out"
    tables.build(docs, out)
    for name in ("districts.yaml", "indicators.yaml", "units.yaml"):
        shutil.copy(ROOT / "data" / name, out / name)
    corpus(docs, ["c.txt"])
    update([docs], out, changed=["c.txt"])
    data = load_tables(out)
    assert "c.txt" in set(data.documents["doc"])
    assert len(facts_of_document(data, "c.txt")) > 0
    assert "c.txt" in set(mentions_of_indicator(data, "forest_coverage", ["密云"])["doc"])


def test_an_update_under_other_pipeline_code_falls_back_to_a_full_build(tmp_path: Path) -> None:
    docs, out = corpus(tmp_path / "docs", ["a.txt"]), tmp_path / "out"
    tables.build(docs, out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    manifest["pipeline"] = "older code"
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    corpus(docs, ["b.txt"])
    assert not update([docs], out, changed=["b.txt"]).incremental
    assert "b.txt" in (out / "documents.csv").read_text(encoding="utf-8-sig")


def test_an_update_of_a_store_of_an_older_layout_falls_back_to_a_full_build(
    tmp_path: Path,
) -> None:
    # a store from before its unmapped files: patching it would leave them missing
    docs, out = corpus(tmp_path / "docs", ["a.txt"]), tmp_path / "out"
    tables.build(docs, out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    del manifest["store_layout"]
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    corpus(docs, ["c.txt"])
    assert not update([docs], out, changed=["c.txt"]).incremental
    rebuilt = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert rebuilt["store_layout"] == store.LAYOUT and store.listed(rebuilt, store.UNMAPPED)


def test_an_added_document_s_facts_in_no_indicator_reach_its_theme_s_unmapped_files(
    tmp_path: Path,
) -> None:
    docs, out = corpus(tmp_path / "docs", ["a.txt", "b.txt"]), tmp_path / "out"
    tables.build(docs, out)
    corpus(docs, ["c.txt"])
    update([docs], out, changed=["c.txt"])
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    rows = [
        row
        for name in store.listed(manifest, store.UNMAPPED)
        for row in store.read_table(out / name, manifest["tables"][name]).to_pylist()
    ]
    assert {row["indicator"] for row in rows} == {""}
    added = [row for row in rows if row["doc"] == "c.txt"]
    assert added and all(
        store.stem_of(name) == store.unmapped_stem(row["theme"], row["district"], row["doc"])
        for name in store.listed(manifest, store.UNMAPPED)
        for row in store.read_table(out / name, None).to_pylist()
    )


def test_the_indicator_page_shows_the_newest_sentences_per_district_of_many(
    tmp_path: Path,
) -> None:
    docs, out = tmp_path / "docs", tmp_path / "out"
    docs.mkdir()
    for year in range(2015, 2025):
        text = f"密云区{year}年简报\n\n{year}年,密云区森林覆盖率达到{60 + year - 2015}.5%。"
        (docs / f"m{year}.txt").write_text(text, encoding="utf-8")
    tables.build(docs, out)
    for name in ("districts.yaml", "indicators.yaml", "units.yaml"):
        shutil.copy(ROOT / "data" / name, out / name)
    shown, total = supporting_mentions(load_tables(out), "forest_coverage", ["密云"], 3)
    assert total == 10
    assert sorted(shown["year"]) == ["2022", "2023", "2024"]
