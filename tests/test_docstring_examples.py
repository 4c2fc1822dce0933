"""The examples in the library's docstrings (``>>>``) are run, so they cannot drift from the code.

A rule's docstring says why it exists and shows an example; an example nobody runs can state
what the rule no longer does.
"""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "districts"
MODULES = sorted(
    ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    for path in PACKAGE.rglob("*.py")
    if ">>>" in path.read_text(encoding="utf-8")
)


def test_the_library_holds_docstring_examples() -> None:
    assert len(MODULES) >= 10, MODULES


@pytest.mark.parametrize("module_name", MODULES)
def test_every_docstring_example_of_the_module_holds(module_name: str) -> None:
    module = importlib.import_module(module_name)
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    examples = 0
    for test in finder.find(module):
        examples += len(test.examples)
        runner.run(test)
    results = runner.summarize(verbose=False)
    assert examples > 0, f"{module_name} mentions >>> but holds no example doctest can find"
    assert results.failed == 0, f"{results.failed} of {examples} examples in {module_name} fail"
