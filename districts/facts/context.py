"""Where a number stands: one typed value handed to the rules that decide what it is.

Rules used to take the text and five or six spans and dates as positional arguments; a
``Context`` names them once. The spans are of the normalized text (``text``); the map back to
the original is ``normalized``.
"""

from __future__ import annotations

from dataclasses import dataclass

from districts.facts.timeframe import DocumentTime, Passage
from districts.text.normalize import NormalizedText
from districts.text.split import Span


@dataclass(frozen=True)
class Context:
    """One clause of one document, with what is known around it.

    Example: in "力争到2027年,全区森林覆盖率达到70%。", a number's ``clause`` is "全区森林覆盖率
    达到70%", its ``sentence`` the whole line; ``when`` says the document is of 2024, so the
    deadline 2027 makes the 70% a target.
    """

    doc: str  # the document's file name
    normalized: NormalizedText
    main: str  # the district the document is about
    when: DocumentTime  # the document's date, reporting year and period
    paragraph: Span
    sentence: Span
    clause: Span
    in_goal_section: bool = False  # under a heading that sets goals (主要预期目标)

    @property
    def text(self) -> str:
        return self.normalized.text

    @property
    def passage(self) -> Passage:
        """What the time rules read: the text, the spans and the document's time."""
        return Passage(self.text, self.clause, self.sentence, self.paragraph, self.when)

    def words(self, span: Span) -> str:
        return self.normalized.text[span.start : span.end]
