"""Cue words are data: no Python module under districts/ holds a Chinese string literal.

Chinese words a rule reads (cue words, units, numerals, place names) live in data/*.yaml, where
they are validated on load and where a new one is a line, not a code change; the words the user
reads live in the i18n table (districts/present/i18n.py). Docstrings and comments may quote
Chinese examples. Punctuation alone (，。) is not a word and is allowed.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "districts"
I18N_TABLE = PACKAGE / "present" / "i18n.py"
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


def docstring_positions(source: str) -> set[tuple[int, int]]:
    positions = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                if isinstance(first.value.value, str):
                    positions.add((first.lineno, first.col_offset))
    return positions


def chinese_literals(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    source = path.read_text(encoding="utf-8")
    docstrings = docstring_positions(source)
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING and token.start not in docstrings:
            if HAN.search(token.string):
                found.append(f"{path.relative_to(root)}:{token.start[0]}: {token.string}")
    return found


MODULES = sorted(path for path in PACKAGE.rglob("*.py") if path != I18N_TABLE)


@pytest.mark.parametrize("path", MODULES, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_the_module_holds_no_chinese_string_literal(path: Path) -> None:
    assert chinese_literals(path) == []


def test_the_check_finds_a_literal_and_ignores_docstrings_and_comments(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text(
        '"""森林覆盖率 in a docstring."""\n# 注释\nCUE = "力争"\nMARKS = "，。"\n', encoding="utf-8"
    )
    found = chinese_literals(module, tmp_path)
    assert len(found) == 1 and "力争" in found[0]
