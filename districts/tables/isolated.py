"""Reading an upload in a child process with a wall-clock and a memory limit.

The dashboard's server is one long-lived process shared by everyone using it. A document made
to expand (a .docx of a gigabyte of paragraphs, a PDF of nested forms) must not take its memory
or its time: parsing and extracting an upload happen in a fresh child process whose address
space is capped with ``resource.setrlimit`` and which is killed when the wall-clock limit
passes. Whatever the child did, its memory goes with it; the server keeps only the result.
Both limits are ``upload_worker`` in data/limits.yaml.
"""

from __future__ import annotations

import gc
import os
import pickle
import resource
import select
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from districts.errors import DistrictsError, DocumentError
from districts.facts.mentions import Mention
from districts.limits import limits, mib
from districts.paths import PROJECT_ROOT


@dataclass(frozen=True)
class UploadPreview:
    """What an upload would add: its text, what was inferred from it, and its facts."""

    name: str
    text: str
    district: str | None  # as found in the text, or the one given
    title: str
    date: str
    note: str
    mentions: tuple[Mention, ...]
    # When read without a district: the facts with the district, title and date inferred, the
    # add page's defaults, so that a page left at them needs no second reading (a second
    # child, while the spare that served the first is still warming up).
    as_inferred: tuple[Mention, ...] = ()


def preview_upload(
    name: str,
    content: bytes,
    district: str = "",
    title: str = "",
    date: str = "",
    still_wanted: Callable[[], bool] | None = None,
) -> UploadPreview:
    """The text and facts of the uploaded file ``name`` with bytes ``content``, read in a child
    process within the limits; a ``DistrictsError`` naming the file and the limit otherwise.
    ``still_wanted`` as for ``run_limited``."""
    budget = limits()
    if len(content) > budget.file_bytes:
        raise DocumentError(
            name,
            f"the file is {len(content) / 2**20:.1f} MiB; documents over "
            f"{mib(budget.file_bytes)} are refused (file_bytes in limits.yaml)",
        )
    return run_limited(_preview, (name, content, district, title, date), name, still_wanted)


def extract_stored(
    dirs: list[Path],
    names: list[str],
    cache_dir: Path,
    still_wanted: Callable[[], bool] | None = None,
) -> None:
    """The facts of the just stored documents ``names``, extracted in a child process within
    the limits and put in the document cache at ``cache_dir``, where the update of the tables
    that follows finds them: the confirm of an upload parses nothing in the server either.

    For ``corpus.add(..., extract=...)``; the same cache keys as any build (see
    ``update.cache_documents``).
    """
    if names:
        label = ", ".join(names)
        run_limited(_cache_facts, (label, dirs, names, cache_dir), label, still_wanted)


# How often a waiting server asks whether the reading is still wanted (the browser session
# that asked for it may have closed): a fraction of a second, so a closed page frees the child's
# memory and core at once, while the question itself costs nothing.
POLL_SECONDS = 0.25


class Abandoned(DistrictsError):
    """The reading was stopped because nobody waits for it any more (the page was closed)."""


def run_limited(
    function: Callable[..., Any],
    args: tuple[Any, ...],
    name: str,
    still_wanted: Callable[[], bool] | None = None,
) -> Any:
    """``function(*args)`` in a child process within ``upload_worker`` of limits.yaml.

    The child is the spare one (``keep_spare``) when one is waiting, else a fresh one. A
    ``DistrictsError`` raised in the child comes back as it was; a child that runs out of
    memory or time is killed and reported as one line naming ``name`` and the limit. While it
    runs, ``still_wanted`` is asked every ``POLL_SECONDS``; when it answers no (the dashboard's
    browser session has ended) the child is killed and ``Abandoned`` raised. Either way the
    child serves this one call and goes; a new spare is started after it.
    """
    budget = limits().upload_worker
    child = _take_spare() or _start_child(spare=False)
    # The limits travel with the call: a spare started before them applies them to itself
    # when the call arrives, before it runs anything of the call.
    call = pickle.dumps((budget.memory_mib, budget.seconds, function, args))
    try:
        output = _wait(child, call, budget.seconds, still_wanted)
        if child.returncode == IDLE_EXIT:
            # The spare's idle time ran out as the call came: a fresh child reads it instead.
            _end(child)
            child = _start_child(spare=False)
            output = _wait(child, call, budget.seconds, still_wanted)
    except subprocess.TimeoutExpired:
        raise DocumentError(
            name,
            f"reading took over {budget.seconds} s and was stopped "
            "(upload_worker.seconds in limits.yaml)",
        ) from None
    except Abandoned:
        raise Abandoned(
            f"{name}: reading was stopped, the page that asked for it was closed"
        ) from None
    finally:
        _end(child)
        _replace_spare()
    try:
        outcome, value = pickle.loads(output.removeprefix(READY))
    except Exception:  # the child died before it could answer
        outcome, value = _silent_end(child, name)
    if outcome == "ok":
        return value
    if outcome == "memory":
        raise DocumentError(
            name,
            f"reading needed over {budget.memory_mib} MiB of memory and was stopped "
            "(upload_worker.memory_mib in limits.yaml)",
        )
    raise DistrictsError(value)


def _silent_end(child: subprocess.Popen[bytes], name: str) -> tuple[str, str]:
    """Why a child ended without an answer. Killed by a signal (the kernel, or a C library
    that could not allocate under the memory limit): out of memory. Exited with a code of
    its own (an interpreter that could not start, a crash in the reader): a failure, said as
    one: calling it memory would send the user to the wrong limit."""
    if child.returncode is not None and child.returncode > 0:
        return (
            "error",
            f"{name}: the reader stopped without an answer (exit code {child.returncode})",
        )
    return "memory", ""


# --- the spare child ----------------------------------------------------------------------
# A fresh interpreter spends seconds on imports and on loading jieba's dictionary, its table
# of parts of speech and the catalog before it reads one character of an upload (2.4 s of a
# 2.6 s preview of a seed document). The spare child is that interpreter started ahead of the
# call, warmed, and waiting on its own stdin: the isolation is the same (a process of its own,
# limits applied to itself on the call, killed at the time limit or when the page closes, one
# call and gone), only the waiting is done before the user clicks. One spare per server
# process, whichever session uses it; a session that finds it taken starts a fresh child.

# How much of a seed document a spare reads to warm up: a page or so, enough to pass through
# every stage, little enough to take a fraction of a second.
WARM_BYTES = 6000

# How a spare ends that no call came to, within its idle time (another code than any answer's).
IDLE_EXIT = 3

# What a spare writes first on its stdout once warm (its answer follows).
READY = b"R"

_spare_lock = threading.Lock()
_spare: subprocess.Popen[bytes] | None = None
_keeping = False  # set by keep_spare: this process wants a spare waiting


def keep_spare() -> None:
    """Have a warmed child waiting for the next upload of this process (the dashboard's add
    page calls it when drawn, ahead of the user's upload); nothing when one waits already.
    Example: ``keep_spare()`` then ``preview_upload(name, content)`` runs in it."""
    global _keeping
    with _spare_lock:
        _keeping = True
        _start_spare_locked()


def stop_spare() -> None:
    """End the waiting spare, if any, and keep none (tests; a server shutting down)."""
    global _keeping, _spare
    with _spare_lock:
        _keeping = False
        if _spare is not None:
            _end(_spare)
            _spare = None


def spare_ready(timeout: float = 0) -> bool:
    """Whether a spare waits and has finished warming, within ``timeout`` seconds."""
    with _spare_lock:
        child = _spare
    if child is None or child.poll() is not None or child.stdout is None:
        return False
    # READY is the first byte on its stdout; looking does not take it.
    readable, _, _ = select.select([child.stdout], [], [], timeout)
    return bool(readable)


def _take_spare() -> subprocess.Popen[bytes] | None:
    """The waiting spare, now this call's (no other call gets it); None when there is none."""
    global _spare
    with _spare_lock:
        child, _spare = _spare, None
    if child is not None and child.poll() is not None:  # gone idle, or killed from outside
        _end(child)
        return None
    return child


def _replace_spare() -> None:
    with _spare_lock:
        if _keeping:
            _start_spare_locked()


def _start_spare_locked() -> None:
    global _spare
    if _spare is not None and _spare.poll() is None:
        return
    if _spare is not None:
        _end(_spare)
    _spare = _start_child(spare=True)


def _start_child(spare: bool) -> subprocess.Popen[bytes]:
    """A child interpreter running this module: warmed and waiting when ``spare``."""
    # A fresh interpreter started as a plain command, not multiprocessing: a fork would copy
    # the server (its threads, and an address space that counts against the child's limit),
    # and multiprocessing's "spawn" runs the parent's __main__ script again in the child.
    # The call goes over the child's own pipes (pickle between two processes of this program,
    # never through a file anyone else can write).
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PROJECT_ROOT), *sys.path])}
    idle = limits().upload_worker.spare_idle_seconds
    return subprocess.Popen(
        [sys.executable, "-m", "districts.tables.isolated", *(["--spare", str(idle)] * spare)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=environment,
    )


def _end(child: subprocess.Popen[bytes]) -> None:
    """Kill ``child`` if it still runs, reap it, close its pipes."""
    if child.poll() is None:
        child.kill()
        child.wait()
    for stream in (child.stdin, child.stdout):
        if stream is not None:
            stream.close()


def _wait(
    child: subprocess.Popen[bytes],
    call: bytes,
    seconds: float,
    still_wanted: Callable[[], bool] | None,
) -> bytes:
    """The child's answer to ``call``; ``TimeoutExpired`` after ``seconds``, ``Abandoned`` as
    soon as ``still_wanted`` says no (the caller kills the child in both cases)."""
    deadline = time.monotonic() + seconds
    pending: bytes | None = call  # sent once: a retried communicate() must not send it again
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise subprocess.TimeoutExpired(child.args, seconds)
        try:
            # A retried communicate() loses no output (the subprocess documentation says so).
            output, _ = child.communicate(pending, timeout=min(POLL_SECONDS, left))
            return output
        except subprocess.TimeoutExpired:
            pending = None
        if still_wanted is not None and not still_wanted():
            raise Abandoned("no longer wanted")


def _warm() -> None:
    """In a spare: load what every call needs (the modules, the catalog, jieba's dictionary
    and its parts of speech) by reading the start of a seed document, the way a call would."""
    from districts.facts.pipeline import default_pipeline
    from districts.facts.words import pos_tags
    from districts.tables import update  # noqa: F401  (pandas, pyarrow: the confirm's update)
    from districts.tables.corpus import SEEDS_DIR
    from districts.text import formats  # noqa: F401  (the readers of .docx, .pdf, .html)

    catalog = default_pipeline().catalog
    pos_tags(catalog.districts[0].name)  # jieba's dictionary and parts of speech, whatever else
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    if seeds:  # the rest of what a reading loads (numbers, conversion tables): a real page
        start = seeds[0].read_bytes()[:WARM_BYTES]
        try:  # whole lines, so that no character is cut in two
            _preview("warm.txt", start[: start.rfind(b"\n") + 1] or start, "", "", "")
        except DistrictsError:
            pass  # a warm-up that failed only leaves the call more to load
    gc.collect()


def _child(spare_idle_seconds: int | None) -> None:
    """The child's side: (as a spare: warm up, say so, wait for a call at most
    ``spare_idle_seconds``), read the call, apply its limits, run it, write the outcome."""
    if spare_idle_seconds is not None:
        _warm()
        sys.stdout.buffer.write(READY)
        sys.stdout.buffer.flush()
        # Unused for this long, a spare gives its memory back; the server starts another when
        # the add page is drawn again. An empty read is the server gone: so is the spare.
        waiting, _, _ = select.select([sys.stdin], [], [], spare_idle_seconds)
        if not waiting:
            os._exit(IDLE_EXIT)
    call = sys.stdin.buffer.read()
    if not call:
        os._exit(IDLE_EXIT)
    memory_mib, seconds, function, args = pickle.loads(call)
    limit = memory_mib * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    # A backstop should the server die without killing it (a crash, kill -9): the kernel stops
    # a process past this much processor time, which it cannot reach before the wall clock.
    # Counted from now: a spare's warming has used some already.
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = int(usage.ru_utime + usage.ru_stime) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (used + seconds + 5, used + seconds + 10))
    try:
        outcome: tuple[str, Any] = ("ok", function(*args))
    except MemoryError:
        outcome = ("memory", "")
    except DistrictsError as error:
        outcome = ("error", str(error))
    except Exception as error:  # any failure of a parser is one line
        outcome = ("error", f"{args[0]}: could not be read ({type(error).__name__}: {error})")
    try:
        data = pickle.dumps(outcome)
    except MemoryError:
        data = pickle.dumps(("memory", ""))
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
    os._exit(0)  # no clean-up of a heap that may be huge: the process simply goes


def _preview(name: str, content: bytes, district: str, title: str, date: str) -> UploadPreview:
    """In the child: write the upload under a safe name, extract its text, find its facts."""
    from districts.facts.pipeline import Pipeline, SourceInfo, infer_date, infer_title
    from districts.tables.corpus import safe_stem
    from districts.text.formats import extract_text
    from districts.text.read import Document

    with tempfile.TemporaryDirectory(prefix="upload-") as folder:
        path = Path(folder) / f"{safe_stem(name)}{Path(name).suffix.lower()}"
        path.write_bytes(content)
        try:
            text, _ = extract_text(path)
        except DocumentError as error:
            raise DocumentError(name, error.problem) from None
    pipeline = Pipeline.from_data()
    document = Document(name, name, text, "utf-8", len(text.encode()))
    found = pipeline.facts(document, SourceInfo(file=name, title=title, date=date))
    facts = pipeline.facts(
        document, SourceInfo(file=name, title=title, date=date, district=district)
    ) if district else found  # fmt: skip
    inferred = SourceInfo(
        file=name, title=infer_title(text), date=infer_date(text), district=found.district or ""
    )
    as_inferred = (
        pipeline.facts(document, inferred).mentions if found.district and not district else ()
    )
    return UploadPreview(
        name=name,
        text=text,
        district=found.district,
        title=inferred.title,
        date=inferred.date,
        note=found.note,
        mentions=tuple(facts.mentions),
        as_inferred=tuple(as_inferred),
    )


def _cache_facts(label: str, dirs: list[Path], names: list[str], cache_dir: Path) -> None:
    """In the child: ``update.cache_documents`` (``label``, first, names the documents in a
    message about a failure)."""
    from districts.tables.update import cache_documents

    cache_documents(dirs, names, cache_dir)


if __name__ == "__main__":
    _child(int(sys.argv[2]) if sys.argv[1:2] == ["--spare"] else None)
