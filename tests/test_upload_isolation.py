"""Issue 18, isolation in the dashboard: the child reading an upload goes when its browser
session goes, and the confirm of an upload parses and extracts nothing in the server."""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from districts import limits as limits_module
from districts.errors import DistrictsError
from districts.facts.pipeline import Pipeline
from districts.tables import corpus, isolated, store
from districts.tables.build import build
from districts.tables.cache import DocumentCache
from districts.tables.update import refresh_export

ROOT = Path(__file__).resolve().parent.parent
TEXT = "怀柔区2024年森林覆盖率达到80.1%,新增公园5处。"


def _sleep_after_naming_yourself(pid_file: str) -> None:
    """A child that says who it is and then takes far longer than anyone waits."""
    Path(pid_file).write_text(str(os.getpid()))
    time.sleep(600)


def _running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie has finished: its state is Z)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_a_child_is_killed_soon_after_its_session_ends(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    started = time.monotonic()

    def still_wanted() -> bool:
        # the page "closes" once the child has started and named itself
        return not pid_file.exists() or time.monotonic() - started < 1

    with pytest.raises(isolated.Abandoned, match=r"^slow\.pdf: .*closed"):
        isolated.run_limited(
            _sleep_after_naming_yourself, (str(pid_file),), "slow.pdf", still_wanted
        )
    # well before its time limit (upload_worker.seconds, 120 s), and the process is gone
    assert time.monotonic() - started < 60
    assert not _running(int(pid_file.read_text()))


def _answer(name: str) -> str:
    time.sleep(1)
    return f"read {name}"


def test_a_child_whose_session_stays_gives_its_answer() -> None:
    asked = []

    def still_wanted() -> bool:
        asked.append(True)
        return True

    assert isolated.run_limited(_answer, ("a.txt",), "a.txt", still_wanted) == "read a.txt"
    assert asked  # asked while the child ran


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """Tables of the seeds built by this code, so that an add patches them (a store of other
    pipeline code would be rebuilt whole, seeds included)."""
    folder = tmp_path / "data"
    build(corpus.corpus_dirs(folder / "user"), folder)
    return folder


@pytest.fixture
def server_cannot_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    """In this (the server's) process, extracting facts fails; a child is another interpreter
    and extracts as usual."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the server extracted a document")

    monkeypatch.setattr(Pipeline, "facts", refuse)


def _upload(tmp_path: Path) -> corpus.Upload:
    path = tmp_path / "uploads" / "怀柔.txt"
    path.parent.mkdir()
    path.write_text(TEXT, encoding="utf-8")
    return corpus.Upload(path, TEXT, "怀柔区生态", "2024", "怀柔")


def test_the_confirm_of_an_upload_extracts_in_the_child_not_the_server(
    tmp_path: Path, out_dir: Path, server_cannot_extract: None
) -> None:
    cache = DocumentCache(tmp_path / "cache")
    (name,) = corpus.add(
        [_upload(tmp_path)],
        out_dir,
        user_dir=out_dir / "user",
        cache=cache,
        extract=lambda dirs, names: isolated.extract_stored(dirs, names, cache.directory),
    )
    mentions = (out_dir / "mentions.csv").read_text(encoding="utf-8-sig")
    assert any(name in line and "80.1%" in line for line in mentions.splitlines())


def test_without_the_child_the_same_confirm_would_extract_in_the_server(
    tmp_path: Path, out_dir: Path, server_cannot_extract: None
) -> None:
    # the guard of the test above is real: the server's update extracts what is not cached
    with pytest.raises(AssertionError, match="server extracted"):
        corpus.add(
            [_upload(tmp_path)],
            out_dir,
            user_dir=out_dir / "user",
            cache=DocumentCache(tmp_path / "cache"),
        )


def test_a_refused_extraction_at_confirm_undoes_the_add(
    tmp_path: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(dirs: list[Path], names: list[str]) -> None:
        raise DistrictsError(f"{names[0]}: reading took over 120 s and was stopped")

    with pytest.raises(DistrictsError, match="was stopped"):
        corpus.add([_upload(tmp_path)], out_dir, user_dir=out_dir / "user", extract=refused)
    assert corpus.user_documents(out_dir / "user") == []


def _spin(name: str) -> None:
    while True:
        pass


def test_a_child_left_behind_by_a_dead_server_stops_at_its_processor_time_limit() -> None:
    # no server waits on it: the child alone, started as run_limited starts it, 1 s allowed
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])}
    child = subprocess.run(
        [sys.executable, "-m", "districts.tables.isolated"],
        input=pickle.dumps((1024, 1, _spin, ("spin.pdf",))),
        env=environment,
        capture_output=True,
        timeout=120,
    )
    assert child.returncode in (-signal.SIGXCPU, -signal.SIGKILL)


def _page_asking_whether_its_session_is_alive() -> None:
    import streamlit as st

    from districts.ui.session import session_alive

    st.write(f"alive: {bool(session_alive()())}")


def test_a_page_run_without_a_browser_counts_its_session_as_alive() -> None:
    # AppTest's runtime is a stand-in: an upload read there must not be stopped at once
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_function(_page_asking_whether_its_session_is_alive).run()
    assert not app.exception and [m.value for m in app.markdown] == ["alive: True"]


# --- the spare child (issue 19: the reader is warm before the upload) -------------------------


@pytest.fixture
def spare() -> Iterator[None]:
    """A spare kept for the test, and none left waiting after it."""
    isolated.keep_spare()
    assert isolated.spare_ready(timeout=120), "the spare never finished warming"
    yield
    isolated.stop_spare()


def _spare_pid() -> int:
    assert isolated._spare is not None
    return isolated._spare.pid


def _who_reads() -> tuple[int, bool]:
    """The reader's process id, and whether jieba's dictionary was loaded before this call."""
    import jieba

    return os.getpid(), "jieba" in sys.modules and bool(jieba.dt.initialized)


def test_a_ready_spare_reads_the_next_upload_with_jieba_already_loaded(spare: None) -> None:
    waiting = _spare_pid()
    assert isolated.run_limited(_who_reads, (), "a.txt") == (waiting, True)


def test_a_used_spare_is_gone_and_a_new_one_waits(spare: None) -> None:
    used = _spare_pid()
    isolated.run_limited(_who_reads, (), "a.txt")
    assert not _running(used)
    assert _spare_pid() != used and isolated.spare_ready(timeout=120)


def test_a_server_keeps_one_spare_however_many_pages_ask(spare: None) -> None:
    waiting = _spare_pid()
    isolated.keep_spare()
    isolated.keep_spare()
    assert _spare_pid() == waiting


def test_a_spare_killed_from_outside_is_replaced_and_the_reading_still_done(
    spare: None,
) -> None:
    killed = _spare_pid()
    os.kill(killed, signal.SIGKILL)
    time.sleep(0.5)
    pid, _ = isolated.run_limited(_who_reads, (), "a.txt")
    assert pid != killed
    assert _spare_pid() not in (killed, pid) and isolated.spare_ready(timeout=120)


def _small_limits(monkeypatch: pytest.MonkeyPatch, **worker: int) -> None:
    real = limits_module.limits()
    small = dataclasses.replace(real.upload_worker, **worker)
    monkeypatch.setattr(
        isolated,
        "limits",
        lambda: limits_module.Limits(**{**real.__dict__, "upload_worker": small}),
    )


def _limits_in_force() -> tuple[int, int, float]:
    """The address-space limit, the processor-time limit and the processor time used so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return (
        resource.getrlimit(resource.RLIMIT_AS)[0],
        resource.getrlimit(resource.RLIMIT_CPU)[0],
        usage.ru_utime + usage.ru_stime,
    )


def test_a_call_in_a_spare_runs_under_the_limits_of_the_call(
    spare: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the spare was started under the real limits; the call brings smaller ones
    _small_limits(monkeypatch, memory_mib=1536, seconds=7)
    memory, processor, used = isolated.run_limited(_limits_in_force, (), "a.txt")
    assert memory == 1536 * 2**20
    # counted from the call: the warming's processor time is not taken from the call's
    assert used + 7 < processor <= used + 7 + 7


def _hog(name: str) -> None:
    chunks = []
    while True:
        chunks.append(bytearray(64 * 2**20))


def test_a_spare_past_its_memory_limit_is_stopped_and_replaced(
    spare: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_limits(monkeypatch, memory_mib=1024)
    used = _spare_pid()
    with pytest.raises(DistrictsError, match=r"^big\.docx: .*1024 MiB"):
        isolated.run_limited(_hog, ("big.docx",), "big.docx")
    assert not _running(used) and _spare_pid() != used


def _exit_silently(name: str) -> None:
    os._exit(5)


def test_a_child_that_exits_without_an_answer_is_a_failure_not_out_of_memory(
    spare: None,
) -> None:
    with pytest.raises(DistrictsError, match=r"^odd\.txt: .*exit code 5") as raised:
        isolated.run_limited(_exit_silently, ("odd.txt",), "odd.txt")
    assert "MiB" not in str(raised.value)


def test_a_spare_past_its_time_limit_is_killed_and_replaced(
    spare: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_limits(monkeypatch, seconds=2)
    used = _spare_pid()
    with pytest.raises(DistrictsError, match=r"over 2 s"):
        isolated.run_limited(_sleep_after_naming_yourself, ("/dev/null",), "slow.pdf")
    assert not _running(used)
    assert _spare_pid() != used and isolated.spare_ready(timeout=120)


def test_a_spare_reading_for_a_closed_page_is_killed(spare: None, tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    used = _spare_pid()
    with pytest.raises(isolated.Abandoned):
        isolated.run_limited(
            _sleep_after_naming_yourself,
            (str(pid_file),),
            "slow.pdf",
            lambda: not pid_file.exists(),
        )
    assert int(pid_file.read_text()) == used and not _running(used)


def test_an_unused_spare_ends_after_its_idle_time(monkeypatch: pytest.MonkeyPatch) -> None:
    _small_limits(monkeypatch, spare_idle_seconds=1)
    try:
        isolated.keep_spare()
        waiting = _spare_pid()
        assert isolated.spare_ready(timeout=120)
        deadline = time.monotonic() + 30
        while _running(waiting) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _running(waiting)
        # the next reading is done all the same, in a fresh child
        assert isolated.run_limited(_who_reads, (), "a.txt")[0] != waiting
    finally:
        isolated.stop_spare()


def test_a_spare_ends_with_the_server_that_started_it(tmp_path: Path) -> None:
    # a "server" that keeps a spare and dies without a word (kill -9)
    code = (
        "import os, sys, time; from districts.tables import isolated; isolated.keep_spare();"
        "print(isolated._spare.pid, flush=True); time.sleep(600)"
    )
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])}
    server = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, env=environment, text=True
    )
    assert server.stdout is not None
    spare_pid = int(server.stdout.readline())
    server.kill()
    server.wait()
    deadline = time.monotonic() + 60
    while _running(spare_pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _running(spare_pid)


def test_an_add_that_leaves_the_export_for_later_publishes_the_document_at_once(
    tmp_path: Path, out_dir: Path
) -> None:
    # the add page answers once the tables (the store the dashboard reads) show the document;
    # the CSV downloads are rewritten after
    (name,) = corpus.add([_upload(tmp_path)], out_dir, user_dir=out_dir / "user", export=False)
    manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    (documents,) = store.listed(manifest, store.STORE, "documents")
    assert name in store.read_table(out_dir / documents, None)["doc"].to_pylist()
    for export in ("documents.csv", "mentions.csv"):
        assert name not in (out_dir / export).read_text(encoding="utf-8-sig")
    refresh_export(out_dir)
    for export in ("documents.csv", "mentions.csv"):
        assert name in (out_dir / export).read_text(encoding="utf-8-sig")


def test_a_reading_without_a_district_also_gives_the_facts_with_the_inferred_one() -> None:
    # the add page's defaults: the same facts as a second reading with them, without a second
    first = isolated.preview_upload("怀柔.txt", TEXT.encode())
    again = isolated.preview_upload(
        "怀柔.txt", TEXT.encode(), first.district or "", first.title, first.date
    )
    assert first.district == "怀柔" and first.as_inferred
    assert first.as_inferred == again.mentions
