"""What the attributor's rules read and say: a place named in a text, a number to place in
its context, and the decision that placed it (for ``extract --explain``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

from districts.facts.context import Context
from districts.facts.extract import (
    Quantity,
)
from districts.text.split import Span

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class Placing:
    """A number to place, in its ``Context``: what the district rules read (as the rules of
    ``not_facts`` read a ``Spot``). ``term_span`` is where the term naming it stands, if any.

    Example: in "通州区和大兴区PM2.5年均浓度均为31微克/立方米", the 31's placing has the
    clause up to it; ``districts_of`` gives both districts.
    """

    context: Context
    quantity: Quantity
    term_span: tuple[int, int] | None = None

    @property
    def text(self) -> str:
        return self.context.text

    @property
    def clause(self) -> Span:
        return self.context.clause

    @property
    def sentence(self) -> Span:
        return self.context.sentence

    @property
    def paragraph(self) -> Span:
        return self.context.paragraph

    @property
    def main(self) -> str:
        return self.context.main


@dataclass(frozen=True)
class DistrictDecision:
    """Which district rule placed a number, and what the rules after it would have said.

    Example: in "通州区…。大兴区新建公园8处", the 8's ``rule`` is ``clause_subject`` with
    ``places`` (大兴区,); ``set_aside`` holds (``paragraph_opener``, 通州区), a candidate the
    later rules would have given. For ``extract --explain``.
    """

    start: int  # the number's span in the normalized text
    end: int
    rule: str  # the deciding rule's name (district_rules, or shared_value)
    places: tuple[str, ...]
    set_aside: tuple[tuple[str, str], ...] = ()  # (rule, place) of later rules, other places


# The decisions of the numbers placed while someone listens (extract --explain): None when
# nobody does, so that a build pays nothing for them.
_LISTENING: ContextVar[list[DistrictDecision] | None] = ContextVar(
    "district_decisions", default=None
)


@contextlib.contextmanager
def district_decisions() -> Iterator[list[DistrictDecision]]:
    """The district decisions of every number placed inside the ``with`` block."""
    heard: list[DistrictDecision] = []
    token = _LISTENING.set(heard)
    try:
        yield heard
    finally:
        _LISTENING.reset(token)


def _rule_name(rule: Callable[..., object]) -> str:
    return rule.__name__.lstrip("_")


@dataclass(frozen=True)
class Place:
    """A place named in a text: a district, a group of districts or Beijing as a whole."""

    start: int
    end: int
    name: str
