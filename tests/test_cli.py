"""The command line: output on success, one clear line and a non-zero exit on bad input."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from districts.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_normalize_prints_clean_simplified_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", str(SEEDS / "004_5e0f03cb035e4201.txt")]) == 0
    out = capsys.readouterr().out
    assert "石景山区" in out and "石景山區" not in out


def test_normalize_map_points_back_to_the_original(capsys: pytest.CaptureFixture[str]) -> None:
    path = SEEDS / "003_988551e31636f347.txt"
    assert main(["normalize", "--map", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    original = path.read_text(encoding="utf-8")
    assert result["script"] == "traditional_pinyin"
    assert len(result["map"]) == len(result["text"])
    assert result["unreadable"], "003 has mojibake runs"
    for start, end in result["unreadable"]:
        assert "?" in original[start:end] or "!" in original[start:end]


def test_extract_writes_the_mentions_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEEDS / "002_e1d43fca5c4aea9a.txt")]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and list(rows[0]) == [
        "doc", "district", "theme", "indicator", "term", "value", "unit", "as_written",
        "qualifier", "bound", "year", "period", "year_from", "year_to", "quote", "start", "end",
        "sentence",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "empty"), (b"%PDF-1.7\n" + bytes(100), "PDF"), (b"\x00\x01\x02" * 50, "binary")],
)
def test_bad_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, problem: str
) -> None:
    path = tmp_path / "报告 ../x.txt".replace("/", "_")
    path.write_bytes(content)
    assert main(["normalize", str(path)]) == 2
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0
    assert str(path) in error and problem in error


def test_document_naming_no_district_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "note.txt"
    path.write_text("全市新增公园20处。", encoding="utf-8")
    assert main(["extract", str(path)]) == 2
    assert "names no Beijing district" in capsys.readouterr().err


def test_eval_scores_each_part_and_names_an_unknown_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["eval"]) == 0
    table = capsys.readouterr().out
    for part in ("seeds", "w1", "w2", "w3", "w1+w2"):
        assert any(line.startswith(f"{part} ") for line in table.splitlines()), table
    assert main(["eval", "--part", "w9"]) == 2
    assert "w9" in capsys.readouterr().err


def test_extract_explain_says_which_rule_set_a_number_aside_and_what_a_fact_became(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "note.txt"
    path.write_text("怀柔区2023年森林覆盖率为71.4%,比上年提高0.3个百分点。联系电话71.4。", "utf-8")
    assert main(["extract", str(path), "--explain", "71.4"]) == 0
    out = capsys.readouterr().out
    assert "main district 怀柔" in out
    assert "indicator forest_coverage" in out and "2023" in out
    assert main(["extract", str(path), "--explain", "0.3"]) == 0
    assert "(change)" in capsys.readouterr().out
    assert main(["extract", str(path), "--explain", "9.9"]) == 0
    assert "writes no number as '9.9'" in capsys.readouterr().out


def test_extract_explain_names_the_district_rule_that_placed_a_number_and_what_it_set_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "2023年园林绿化工作总结\n"
        "昌平区\n"
        "顺义区今年建成湿地5处。昌平区全年新建公园7处。\n"
        "密云区和延庆区森林覆盖率均为68.5%。\n",
        encoding="utf-8",
    )
    assert main(["extract", str(path), "--explain", "5"]) == 0
    out = capsys.readouterr().out
    assert "district: clause_subject → 顺义; set aside: section_heading 昌平" in out
    assert main(["extract", str(path), "--explain", "7"]) == 0
    assert "set aside: paragraph_opener 顺义" in capsys.readouterr().out
    assert main(["extract", str(path), "--explain", "68.5"]) == 0
    assert "district: shared_value → 密云, 延庆" in capsys.readouterr().out


def test_every_district_rule_is_named_and_says_why_with_an_example() -> None:
    from districts.catalog import load_catalog
    from districts.facts.attribute import Attributor
    from districts.lexicon import load_lexicon

    for rule in Attributor(load_catalog(), load_lexicon()).district_rules():
        doc = rule.__doc__ or ""
        assert len(doc) > 20, f"{rule.__name__} needs a docstring saying why"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in doc), f"{rule.__name__}: no example"


def test_every_option_of_every_command_has_help_text() -> None:
    from districts.cli import _parser

    parser = _parser()
    commands = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, command in commands.choices.items():  # type: ignore[union-attr]
        for action in command._actions:
            if action.dest != "help":
                assert action.help, f"districts {name} {action.dest}: no help text"


def test_a_reader_that_stops_early_gets_no_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``districts extract … | head``: the pipe closes before the facts are all written."""
    import os

    document = tmp_path / "park.txt"
    document.write_text("门头沟区今年新建公园5处。\n", encoding="utf-8")
    _, write_end = os.pipe()

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self) -> int:
            return write_end

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["extract", str(document)]) == 1
    assert "Traceback" not in capsys.readouterr().err
