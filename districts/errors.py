"""Errors a user can act on. Each names the file and the problem in one sentence."""

from __future__ import annotations

from pathlib import Path


class DistrictsError(Exception):
    """Base class: an error whose message is meant for the person running the tool."""


class DocumentError(DistrictsError):
    """A document that cannot be read as text (empty, binary, unknown encoding, ...)."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class CatalogError(DistrictsError):
    """A catalog, registry or unit table that is malformed or inconsistent."""

    def __init__(self, path: str | Path, problem: str, entry: str | None = None) -> None:
        self.path = str(path)
        self.entry = entry
        self.problem = problem
        where = f"{self.path} [{entry}]" if entry else self.path
        super().__init__(f"{where}: {problem}")
