"""The streaming build: facts spilled as documents finish give the tables a build holding them
all gave, and nothing of the spill or the staged files outlives the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from districts.tables import build as tables
from districts.tables import stream

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def published(out: Path) -> dict[str, bytes]:
    """Every file of the output but the manifest (whose build time differs) and the lock."""
    return {
        path.relative_to(out).as_posix(): path.read_bytes()
        for path in out.rglob("*")
        if path.is_file() and path.name not in ("manifest.json", tables.LOCK_NAME)
    }


def test_facts_spilled_in_many_small_batches_give_the_same_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tables.build(SEEDS, tmp_path / "one")
    # a flush every 7 facts: each partition and indicator group gets many batches
    monkeypatch.setattr(stream, "BATCH_ROWS", 7)
    result = tables.build(SEEDS, tmp_path / "many")
    assert result.facts > 7 * 10
    assert published(tmp_path / "many") == published(tmp_path / "one")


def test_a_finished_build_leaves_no_spill_or_staged_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    tables.build(SEEDS, out)
    hidden = [path.name for path in out.rglob(".*") if path.name != tables.LOCK_NAME]
    assert hidden == []


def test_a_spill_a_killed_build_left_is_removed_by_the_next_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    left = out / f"{stream.SPILL_PREFIX}killed"
    left.mkdir(parents=True)
    (left / "b007.arrow").write_bytes(b"half a batch")
    tables.build(SEEDS, out)
    assert not left.exists()


def test_a_build_failing_while_finishing_keeps_the_tables_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    tables.build(SEEDS, out)
    before = published(out)

    def fail(*_: object) -> list[dict[str, object]]:
        raise OSError(28, "No space left on device")

    # the partitions and mentions.csv are staged by then; the indicator files fail
    monkeypatch.setattr(tables, "write_indicator_files", fail)
    with pytest.raises(OSError):
        tables.build(SEEDS, out)
    assert published(out) == before


def test_the_result_reads_back_the_facts_with_their_types(tmp_path: Path) -> None:
    result = tables.build(SEEDS, tmp_path / "out")
    assert len(result.mentions) == result.facts
    years = {mention.year for mention in result.mentions}
    assert all(year is None or isinstance(year, int) for year in years)
    assert all(isinstance(mention.value, float) for mention in result.mentions)
    names = [mention.doc for mention in result.mentions]
    assert names == sorted(names)


def test_a_rebuild_counts_changed_indicators_partition_by_partition_as_the_export_does(
    tmp_path: Path,
) -> None:
    import shutil

    from districts.tables import rebuild

    docs, out = tmp_path / "docs", tmp_path / "out"
    docs.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for path in seeds[:2]:
        shutil.copy(path, docs)
    (docs / "b.txt").write_text("密云区2024年森林覆盖率达到68.5%,新增公园3处。", encoding="utf-8")
    tables.build(docs, out)
    before_csv = rebuild._indicators_of_facts(out / "mentions.csv")
    previous = rebuild._partitions(tables.read_manifest(out))
    for path in seeds[2:]:
        shutil.copy(path, docs)
    (docs / "b.txt").write_text("密云区2024年新增公园3处,森林覆盖率达到68.5%。", encoding="utf-8")
    tables.build(docs, out)
    after_csv = rebuild._indicators_of_facts(out / "mentions.csv")
    expected = sum(1 for key, found in after_csv.items() if before_csv.get(key, "") != found)
    current = rebuild._partitions(tables.read_manifest(out))
    assert expected > 0
    assert rebuild._remapped(out, previous, current) == expected
