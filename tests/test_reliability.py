"""Bad input and faults: a clear message naming the file and the problem, nothing lost.

The numbered cases are those of the reliability issue; the others live beside the code they
exercise (test_read, test_catalog, test_tables, test_dashboard, test_fuzz).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from districts.cli import main
from districts.errors import DistrictsError
from districts.present.charts import comparison_figure
from districts.present.views import TablesError, facts_of_document, load_tables
from districts.tables import build as tables
from districts.tables import io as tables_io
from districts.tables.store import bucket_of

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def docs_with(tmp_path: Path, **files: str | bytes) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    for name, content in files.items():
        path = docs / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return docs


def test_case_06_districts_named_equally_are_a_stated_choice(tmp_path: Path) -> None:
    text = "怀柔区和延庆区联合举办活动。怀柔区新增公园3处,延庆区新增公园5处。"
    result = tables.build(docs_with(tmp_path, **{"two.txt": text}), tmp_path / "out")
    row = result.documents[0]
    assert row.district == "怀柔" and row.problem == ""
    assert "怀柔, 延庆 equally" in row.note
    assert {(m.district, m.value) for m in result.mentions} == {("怀柔", 3), ("延庆", 5)}


def test_case_07_mostly_mojibake_gives_no_number_from_the_damage(tmp_path: Path) -> None:
    noise = "?!安⑵桨病敝卣诎压爬系淖8?" * 40
    text = f"昌平区{noise}昌平区森林覆盖率达到48.7%。{noise}"
    result = tables.build(docs_with(tmp_path, **{"noise.txt": text}), tmp_path / "out")
    assert result.documents[0].unreadable_spans >= 1
    assert [m.value for m in result.mentions] == [48.7]


def test_case_09_a_document_without_numbers_builds(tmp_path: Path) -> None:
    result = tables.build(
        docs_with(tmp_path, **{"words.txt": "密云区召开会议,部署生态保护工作。"}), tmp_path / "out"
    )
    assert result.documents[0].district == "密云" and result.documents[0].facts == 0


def test_case_12_awkward_file_names(tmp_path: Path) -> None:
    names = {"报告 2024 版.txt": "密云区新增公园3处。", "..%2f..%2fx.txt": "昌平区新增公园4处。"}
    result = tables.build(docs_with(tmp_path, **names), tmp_path / "out")
    assert sorted(row.doc for row in result.documents) == sorted(names)
    assert list((tmp_path / "out").iterdir())  # written inside --out, nowhere else
    assert not (tmp_path / "x.txt").exists()


def test_case_18_a_build_interrupted_while_publishing_is_detected_and_repaired(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    tables.build(SEEDS, out)
    before = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    # a charted measure (新增公园, the example until issue 15, is a programme's work)
    docs = docs_with(tmp_path, **{"new.txt": "密云区森林覆盖率达到30%。"})
    real_replace = os.replace
    calls = []

    def replace_then_die(source: str, target: str) -> None:
        calls.append(target)
        if str(target).endswith("coverage.csv"):
            raise KeyboardInterrupt  # stopped between two renames, the store already written
        real_replace(source, target)

    monkeypatch.setattr(tables_io.os, "replace", replace_then_die)
    with pytest.raises(KeyboardInterrupt):
        tables.build(docs, out)
    monkeypatch.setattr(tables_io.os, "replace", real_replace)
    assert not [p for p in out.iterdir() if p.name.startswith(".") and p.name != tables.LOCK_NAME]
    changed = [n for n, content in before.items() if (out / n).read_bytes() != content]
    assert changed == ["indicators.csv"]  # one export was replaced before the stop...
    with pytest.raises(TablesError, match="does not match manifest"):
        load_tables_from(out)  # ...and readers refuse the mixed set
    tables.build(docs, out)  # the next build succeeds
    assert load_tables_from(out).indicators["value"].tolist() == [30]


def test_a_reader_that_meets_the_next_sets_files_waits_for_their_manifest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The dashboard's page after an add runs while the add's export renames the new CSV files
    # into place, just before their manifest: that page showed "no tables" until a reload.
    out = tmp_path / "out"
    docs = docs_with(tmp_path, **{"old.txt": "密云区森林覆盖率达到20%。"})
    tables.build(docs, out)
    (docs / "new.txt").write_text("昌平区森林覆盖率达到30%。", encoding="utf-8")
    real_replace = os.replace
    first_export_in_place = threading.Event()

    def slow_to_publish_the_manifest(source: str, target: str) -> None:
        if str(target).endswith("manifest.json"):
            first_export_in_place.set()
            time.sleep(0.5)  # a busy machine between the last export and the manifest
        real_replace(source, target)

    monkeypatch.setattr(tables_io.os, "replace", slow_to_publish_the_manifest)
    writer = threading.Thread(target=tables.build, args=(docs, out))
    writer.start()
    assert first_export_in_place.wait(timeout=120)
    read = load_tables_from(out)  # files of the next set, the manifest of the one before
    writer.join()
    assert sorted(read.indicators["value"].tolist()) == [20, 30]


def test_a_broken_catalog_beside_the_tables_is_said_at_once_not_after_waiting_for_a_new_set(
    tmp_path: Path,
) -> None:
    from districts.present import views

    out = tmp_path / "out"
    tables.build(docs_with(tmp_path, **{"old.txt": "密云区森林覆盖率达到20%。"}), out)
    load_tables_from(out)
    (out / "districts.yaml").write_text("districts: [", encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(TablesError, match=r"districts\.yaml"):
        load_tables(out)
    assert time.monotonic() - started < views.NEXT_SET_WAIT_S


def load_tables_from(out: Path):  # type: ignore[no-untyped-def]
    for name in ("districts.yaml", "indicators.yaml", "units.yaml"):
        shutil.copy(ROOT / "data" / name, out / name)
    return load_tables(out)


def test_case_18_a_killed_build_process_leaves_readable_tables(tmp_path: Path) -> None:
    out = tmp_path / "out"
    tables.build(SEEDS, out)
    command = [sys.executable, "-m", "districts.cli", "build", "--out", str(out), "--quiet"]
    for delay in (0.3, 1.0, 1.8):
        process = subprocess.Popen(command, cwd=ROOT)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        try:
            load_tables_from(out)  # either the old set or the new one, complete
        except TablesError as error:  # or a mixed set, refused with a clear message
            assert "does not match manifest" in str(error)
    assert subprocess.run(command, cwd=ROOT, check=False).returncode == 0
    load_tables_from(out)


def test_case_20_disk_full_is_one_line_and_old_tables_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    tables.build(SEEDS, out)
    before = {p.name: p.read_bytes() for p in out.glob("*.csv")}

    def full(*_: object, **__: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tables_io, "_staged_copy", full)
    assert main(["build", "--out", str(out), "--quiet"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and str(out) in error and "No space left" in error
    assert {p.name: p.read_bytes() for p in out.glob("*.csv")} == before


def test_case_20_output_is_a_file_not_a_folder(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    blocked = tmp_path / "out"
    blocked.write_text("not a folder")
    assert main(["build", "--out", str(blocked), "--quiet"]) == 2
    assert str(blocked) in capsys.readouterr().err


def test_case_21_document_text_in_chart_labels_is_not_markup() -> None:
    data = load_tables()
    values = data.indicators.copy()
    values.loc[values["indicator"] == "forest_coverage", "quote"] = '<a href="javascript:x">点</a>'
    hostile = type(data)(
        values, data.coverage, data.mentions, data.documents, data.manifest, data.catalog
    )
    indicator = data.catalog.indicator_by_id("forest_coverage")
    figure = comparison_figure(hostile, [indicator], ["密云"])
    hover = figure.data[0].customdata[0][0]
    assert "<a href" not in hover and "&lt;a href" in hover


def test_case_24_corrupt_tables_are_refused_with_the_file_named(tmp_path: Path) -> None:
    out = tmp_path / "out"
    tables.build(SEEDS, out)
    (out / "documents.csv").write_bytes(b"\x00garbage")
    with pytest.raises(TablesError, match=r"documents\.csv"):
        load_tables_from(out)


def test_case_24_a_corrupt_partition_is_refused_with_the_file_named(tmp_path: Path) -> None:
    out = tmp_path / "out"
    tables.build(SEEDS, out)
    data = load_tables_from(out)
    doc = str(data.documents["doc"].iloc[0])
    (partition,) = (out / "store" / "by-document").glob(f"{bucket_of(doc):03d}.*.parquet")
    partition.write_bytes(b"\x00garbage")
    with pytest.raises(TablesError, match=partition.name):
        facts_of_document(data, doc)


def test_bad_docs_folder_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["build", "--docs", str(tmp_path / "nowhere"), "--out", str(tmp_path)]) == 2
    assert "not a folder of documents" in capsys.readouterr().err


def test_districts_error_is_the_base_of_user_errors() -> None:
    assert issubclass(TablesError, DistrictsError)
