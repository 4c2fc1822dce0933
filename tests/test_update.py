"""Incremental updates: adding or removing one document patches its rows and gives the tables a
full build of the same documents gives, file for file."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from districts.errors import DistrictsError
from districts.present.views import (
    facts_of_document,
    load_tables,
    mentions_of_indicator,
    supporting_mentions,
)
from districts.tables import build as tables
from districts.tables import store
from districts.tables.update import refresh_export, update

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


DISTRICTS = ("密云", "昌平", "怀柔", "朝阳")


def generated(folder: Path, count: int) -> list[str]:
    """``count`` small documents about four districts and three years, with values that agree
    and disagree, so that groups have several candidates (n_sources, conflicts, the newest)."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for number in range(count):
        district = DISTRICTS[number % len(DISTRICTS)]
        year = 2022 + number % 3
        text = (
            f"{district}区{year}年工作简报\n\n"
            f"{year}年,{district}区森林覆盖率达到{60 + number % 5}.5%,"
            f"地区生产总值{1000 + 10 * (number % 4)}亿元,新增公园{number % 6 + 1}处。"
        )
        name = f"g{number:02d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        names.append(name)
    return names


@pytest.mark.parametrize("added", ["g00.txt", "g05.txt", "g11.txt"])
def test_adding_one_of_a_generated_set_gives_the_tables_of_its_full_build(
    tmp_path: Path, added: str
) -> None:
    every = tmp_path / "every"
    generated(every, 12)
    expected = tmp_path / "expected"
    tables.build(every, expected)
    docs, out = tmp_path / "docs", tmp_path / "out"
    generated(docs, 12)
    moved = (docs / added).read_bytes()
    (docs / added).unlink()
    tables.build(docs, out)
    (docs / added).write_bytes(moved)
    assert update([docs], out, changed=[added]).incremental
    assert published(out) == published(expected)
    assert manifest_tables(out) == manifest_tables(expected)


def test_removing_a_document_takes_exactly_its_rows_away(tmp_path: Path) -> None:
    docs, out = tmp_path / "docs", tmp_path / "out"
    generated(docs, 12)
    tables.build(docs, out)
    before = rows_of(out / "mentions.csv")
    (docs / "g05.txt").unlink()
    update([docs], out, changed=["g05.txt"])
    after = rows_of(out / "mentions.csv")
    assert any(row["doc"] == "g05.txt" for row in before)
    assert after == [row for row in before if row["doc"] != "g05.txt"]
    documents = {row["doc"] for row in rows_of(out / "documents.csv")}
    assert "g05.txt" not in documents and len(documents) == 11


def rows_of(path: Path) -> list[dict[str, str]]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_an_added_document_is_shown_before_its_exports_are_rewritten(tmp_path: Path) -> None:
    docs, out = corpus(tmp_path / "docs", ["a.txt", "b.txt"]), tmp_path / "out"
    tables.build(docs, out)
    for name in ("districts.yaml", "indicators.yaml", "units.yaml"):
        shutil.copy(ROOT / "data" / name, out / name)
    exports = {name: (out / name).read_bytes() for name in ("documents.csv", "mentions.csv")}
    corpus(docs, ["c.txt"])
    update([docs], out, changed=["c.txt"], refresh=False)
    # the store shows it; the downloads are still the previous set's, as the manifest says
    assert "c.txt" in set(load_tables(out).documents["doc"])
    assert {name: (out / name).read_bytes() for name in exports} == exports
    refresh_export(out)
    assert "c.txt" in (out / "documents.csv").read_text(encoding="utf-8-sig")
    assert "c.txt" in set(load_tables(out).documents["doc"])


def test_a_crash_before_the_manifest_leaves_the_previous_tables_readable(
    tmp_path: Path, full: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, out = corpus(tmp_path / "docs", ["a.txt", "b.txt"]), tmp_path / "out"
    tables.build(docs, out)
    for name in ("districts.yaml", "indicators.yaml", "units.yaml"):
        shutil.copy(ROOT / "data" / name, out / name)
    corpus(docs, ["c.txt"])
    real = os.replace

    def killed(source: object, target: object) -> None:
        if Path(str(target)).name == "manifest.json":
            raise OSError(28, "No space left on device")  # the process dies here
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(DistrictsError):
        update([docs], out, changed=["c.txt"])
    monkeypatch.setattr(os, "replace", real)
    shown = load_tables(out)  # every file the manifest lists is still there and matches
    assert set(shown.documents["doc"]) == {"a.txt", "b.txt"}
    assert len(facts_of_document(shown, "b.txt")) > 0
    update([docs], out, changed=["c.txt"])  # and the next add completes the set
    # (nothing the crash left behind stays: every file is one the full build has)
    tables_only = {k: v for k, v in published(out).items() if not k.endswith(".yaml")}
    assert tables_only == published(full)


def test_tables_listing_their_inputs_in_the_manifest_are_patched_like_new_ones(
    tmp_path: Path, full: Path
) -> None:
    docs, out = corpus(tmp_path / "docs", ["a.txt", "b.txt"]), tmp_path / "out"
    tables.build(docs, out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for name in store.listed(manifest, store.INPUTS):  # as an earlier version wrote them
        del manifest["tables"][name]
        (out / name).unlink()
    manifest["inputs"] = {n: store.sha256((docs / n).read_bytes()) for n in ("a.txt", "b.txt")}
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    corpus(docs, ["c.txt"])
    assert update([docs], out, changed=["c.txt"]).incremental
    assert published(out) == published(full)
    assert manifest_tables(out) == manifest_tables(full)


def test_the_export_after_an_add_reads_only_the_changed_partition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, out = tmp_path / "docs", tmp_path / "out"
    generated(docs, 12)
    added = (docs / "g05.txt").read_bytes()
    (docs / "g05.txt").unlink()
    tables.build(docs, out)
    (docs / "g05.txt").write_bytes(added)
    update([docs], out, changed=["g05.txt"], refresh=False)
    read: list[str] = []
    real = store.read_table

    def counted(path: Path, *args: object, **kwargs: object) -> object:
        read.append(Path(path).relative_to(out).as_posix())
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "read_table", counted)
    refresh_export(out)
    partitions = [name for name in read if name.startswith(store.BY_DOCUMENT)]
    mine = store.bucket_stem(store.bucket_of("g05.txt"))
    assert [store.stem_of(name) for name in partitions] == [mine]
    assert "g05.txt" in (out / "mentions.csv").read_text(encoding="utf-8-sig")


def test_an_export_not_the_one_the_manifest_describes_is_made_anew(
    tmp_path: Path, full: Path
) -> None:
    docs, out = corpus(tmp_path / "docs", ["a.txt", "b.txt"]), tmp_path / "out"
    tables.build(docs, out)
    content = (out / "mentions.csv").read_bytes()
    # the same length, another text: a crash between the renames of two exports
    (out / "mentions.csv").write_bytes(content.replace("密云".encode(), "昌平".encode()))
    corpus(docs, ["c.txt"])
    update([docs], out, changed=["c.txt"])
    assert published(out) == published(full)


def test_an_export_removes_what_a_killed_export_left(tmp_path: Path) -> None:
    docs, out = corpus(tmp_path / "docs", ["a.txt", "b.txt"]), tmp_path / "out"
    tables.build(docs, out)
    left = out / ".mentions.csv.k1ll3d"  # io.stage_file's name for a staged mentions.csv
    left.write_bytes(b"half an export")
    corpus(docs, ["c.txt"])
    update([docs], out, changed=["c.txt"])
    assert not left.exists()


def test_after_an_add_a_page_reads_again_only_the_store_files_the_add_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, out = corpus(tmp_path / "docs", ["a.txt", "b.txt"]), tmp_path / "out"
    tables.build(docs, out)
    for name in ("districts.yaml", "indicators.yaml", "units.yaml"):
        shutil.copy(ROOT / "data" / name, out / name)
    districts = ["密云", "昌平"]
    mentions_of_indicator(load_tables(out), "forest_coverage", districts)  # the page, before
    before = manifest_tables(out)
    corpus(docs, ["c.txt"])
    update([docs], out, changed=["c.txt"])
    written = {name for name, digest in manifest_tables(out).items() if before.get(name) != digest}
    read = []
    real_read = store.read_table
    monkeypatch.setattr(
        store,
        "read_table",
        lambda path, *rest, **named: read.append(path) or real_read(path, *rest, **named),
    )
    shown = mentions_of_indicator(load_tables(out), "forest_coverage", districts)  # and after
    assert "c.txt" in set(shown["doc"])
    store_reads = {path.relative_to(out).as_posix() for path in read if "store/by-" in str(path)}
    assert store_reads and store_reads <= written


def test_removing_a_document_from_the_first_of_two_folders_gives_the_tables_of_a_full_build(
    tmp_path: Path,
) -> None:
    seeds, user = corpus(tmp_path / "seeds", ["a.txt", "b.txt"]), corpus(tmp_path / "user", [])
    corpus(user, ["c.txt"])
    out = tmp_path / "out"
    tables.build([seeds, user], out)
    (seeds / "b.txt").unlink()
    update([seeds, user], out, changed=["b.txt"])
    full_seeds, full_user = corpus(tmp_path / "fs" / "seeds", ["a.txt"]), tmp_path / "fs" / "user"
    corpus(full_user, ["c.txt"])
    full = tmp_path / "full"
    tables.build([full_seeds, full_user], full)
    assert published(out) == published(full)
    assert manifest_tables(out) == manifest_tables(full)


def test_an_update_refuses_a_document_name_present_in_two_folders_as_a_build_does(
    tmp_path: Path,
) -> None:
    seeds, user = corpus(tmp_path / "seeds", ["a.txt"]), corpus(tmp_path / "user", ["c.txt"])
    out = tmp_path / "out"
    tables.build([seeds, user], out)
    corpus(user, ["a.txt"])
    with pytest.raises(DistrictsError) as built:
        tables.build([seeds, user], tmp_path / "other")
    before = published(out)
    with pytest.raises(DistrictsError) as updated:
        update([seeds, user], out, changed=["a.txt"])
    assert str(updated.value) == str(built.value)
    assert published(out) == before
