"""Issue 18, isolation in the dashboard: the child reading an upload goes when its browser
session goes, and the confirm of an upload parses and extracts nothing in the server."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from districts.errors import DistrictsError
from districts.facts.pipeline import Pipeline
from districts.tables import corpus, isolated
from districts.tables.build import build
from districts.tables.cache import DocumentCache

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
