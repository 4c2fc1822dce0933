"""Reading an upload in a child process with a wall-clock and a memory limit.

The dashboard's server is one long-lived process shared by everyone using it. A document made
to expand (a .docx of a gigabyte of paragraphs, a PDF of nested forms) must not take its memory
or its time: parsing and extracting an upload happen in a fresh child process whose address
space is capped with ``resource.setrlimit`` and which is killed when the wall-clock limit
passes. Whatever the child did, its memory goes with it; the server keeps only the result.
Both limits are ``upload_worker`` in data/limits.yaml.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from districts.errors import DistrictsError, DocumentError
from districts.facts.mentions import Mention
from districts.limits import limits, mib


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


def preview_upload(
    name: str, content: bytes, district: str = "", title: str = "", date: str = ""
) -> UploadPreview:
    """The text and facts of the uploaded file ``name`` with bytes ``content``, read in a child
    process within the limits; a ``DistrictsError`` naming the file and the limit otherwise."""
    budget = limits()
    if len(content) > budget.file_bytes:
        raise DocumentError(
            name,
            f"the file is {len(content) / 2**20:.1f} MiB; documents over "
            f"{mib(budget.file_bytes)} are refused (file_bytes in limits.yaml)",
        )
    return run_limited(_preview, (name, content, district, title, date), name)


def run_limited(function: Callable[..., Any], args: tuple[Any, ...], name: str) -> Any:
    """``function(*args)`` in a fresh child process within ``upload_worker`` of limits.yaml.

    A ``DistrictsError`` raised in the child comes back as it was; a child that runs out of
    memory or time is killed and reported as one line naming ``name`` and the limit.
    """
    budget = limits().upload_worker
    # "spawn": a fresh interpreter, not a copy of the server (whose threads and memory a fork
    # would duplicate, and whose address space would count against the child's limit).
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(sender, function, args, budget.memory_mib), daemon=True
    )
    child.start()
    sender.close()
    try:
        if not receiver.poll(budget.seconds):
            raise DocumentError(
                name,
                f"reading took over {budget.seconds} s and was stopped "
                "(upload_worker.seconds in limits.yaml)",
            )
        try:
            outcome, value = receiver.recv()
        except EOFError:
            raise DocumentError(
                name,
                f"reading needed over {budget.memory_mib} MiB of memory and was stopped "
                "(upload_worker.memory_mib in limits.yaml)",
            ) from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
        child.close()
    if outcome == "ok":
        return value
    if outcome == "memory":
        raise DocumentError(
            name,
            f"reading needed over {budget.memory_mib} MiB of memory and was stopped "
            "(upload_worker.memory_mib in limits.yaml)",
        )
    raise DistrictsError(value)


def _child(
    sender: Connection, function: Callable[..., Any], args: tuple[Any, ...], memory_mib: int
) -> None:
    """The child's side: cap the address space, run, send back the outcome, exit."""
    limit = memory_mib * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        outcome: tuple[str, Any] = ("ok", function(*args))
    except MemoryError:
        outcome = ("memory", "")
    except DistrictsError as error:
        outcome = ("error", str(error))
    except Exception as error:  # any failure of a parser is one line
        outcome = ("error", f"{args[0]}: could not be read ({type(error).__name__}: {error})")
    try:
        sender.send(outcome)
    except MemoryError:
        sender.send(("memory", ""))
    finally:
        sender.close()
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
    return UploadPreview(
        name=name,
        text=text,
        district=found.district,
        title=infer_title(text),
        date=infer_date(text),
        note=found.note,
        mentions=tuple(facts.mentions),
    )
