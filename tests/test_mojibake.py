"""Tests for districts.text.mojibake: finding byte-misaligned GBK damage."""

from __future__ import annotations

import functools
import time
from pathlib import Path

import jieba
import opencc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from districts.text import mojibake
from districts.text.mojibake import DamagedRun, find_damaged_runs

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DAMAGED_SEED = "003_988551e31636f347.txt"
CLEAN_SEEDS = [
    "000_6def407d4eb69332.txt",
    "001_9516d5c20354f35b.txt",
    "002_e1d43fca5c4aea9a.txt",
    "004_5e0f03cb035e4201.txt",
]


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def _covered(runs: list[DamagedRun], offset: int) -> bool:
    return any(run.start <= offset < run.end for run in runs)


def _assert_well_formed(text: str, runs: list[DamagedRun]) -> None:
    previous_end = 0
    for run in runs:
        assert 0 <= previous_end <= run.start < run.end <= len(text)
        assert run.repair is None or (isinstance(run.repair, str) and run.repair)
        previous_end = run.end


def _kinds(text: str, target: str) -> int:
    """The evidence kinds recorded for the first `target` character."""
    view = mojibake._annotation_free_view(text)
    evidence = mojibake._collect_evidence(view)
    return evidence.kinds[view.chars.index(target)]


# --- Individual signals -----------------------------------------------------


def test_orphaned_pinyin_is_decisive_on_its_own() -> None:
    text = "著力打造改革攻?jiān)開放共贏試驗區"
    runs = find_damaged_runs(text)
    assert [(text[r.start : r.end], r.repair) for r in runs] == [("?jiān)", None)]


def test_pinyin_without_tone_marks_is_not_orphaned() -> None:
    # English in brackets after a question is not lost pinyin.
    assert find_damaged_runs("这是什么?online) 我们不知道。") == []


def test_box_drawing_next_to_cjk_is_evidence() -> None:
    assert _kinds("北京┽醫藥", "┽") & mojibake._K_SYMBOL
    # ...but a table border on its own line is not Chinese text at all.
    assert not _kinds("┌──┐\n\n\n", "┌") & mojibake._K_SYMBOL


def test_circled_number_is_weaker_evidence_than_box_drawing() -> None:
    assert mojibake._symbol_weight("⑵") < mojibake._symbol_weight("┽")
    # List markers alone never make a run.
    assert find_damaged_runs("工作要点:⑴加强领导;⑵完善制度;⑶狠抓落实。") == []


def test_question_mark_ending_a_question_is_not_evidence() -> None:
    for text in ("交出了一份怎样的答卷?\n", "您怎么看?”他问。", "谢谢大家!"):
        view = mojibake._annotation_free_view(text)
        assert not any(mojibake._collect_evidence(view).weight)


def test_question_mark_inside_a_clause_is_evidence() -> None:
    assert _kinds("的祝福淖8?,一筆", "?") & mojibake._K_PUNCT
    assert _kinds("成花?!安⑵桨", "!") & mojibake._K_PUNCT


def test_questions_in_an_interview_give_no_runs() -> None:
    text = "创新区探索了哪些创新举措?取得了哪些成效?对门头沟区的意义?在深化改革方面。\n"
    assert find_damaged_runs(text) == []


def test_rare_characters_are_evidence_common_ones_are_not() -> None:
    assert _kinds("的卣的", "卣") & mojibake._K_RARE
    assert _kinds("北貐京", "貐") & mojibake._K_RARE
    assert not _kinds("发展的", "的") & mojibake._K_RARE


def test_simplified_character_is_evidence_only_in_traditional_text() -> None:
    traditional = "時間釀酒,為城市的發展故事,一筆一畫鐫刻。古老的压力"
    simplified = "时间酿酒,为城市的发展故事,一笔一画镌刻。古老的压力"
    assert _kinds(traditional, "压") & mojibake._K_SCRIPT
    assert not _kinds(simplified, "压") & mojibake._K_SCRIPT


def test_variants_standard_in_taiwan_are_not_simplified_only() -> None:
    # OpenCC's s2t turns 群 into 羣, but 群 is the standard traditional form.
    assert "群" not in mojibake._scripts().simplified_only
    assert "压" in mojibake._scripts().simplified_only


def test_traditional_character_is_evidence_in_simplified_text() -> None:
    simplified = "时间酿酒,为城市的发展故事,一笔一画镌刻。古老的壓力"
    assert _kinds(simplified, "壓") & mojibake._K_SCRIPT


def _streak_members(text: str) -> str:
    view = mojibake._annotation_free_view(text)
    evidence = mojibake._collect_evidence(view)
    flagged = [i for i, kinds in enumerate(evidence.kinds) if kinds & mojibake._K_STREAK]
    if not flagged:
        return ""
    end = flagged[0]
    while end < len(view.chars) and evidence.member[end]:
        end += 1
    return view.chars[flagged[0] : end]


def test_stretch_no_dictionary_word_covers_is_evidence() -> None:
    assert "病敝卣诎压爬系" in _streak_members("我们把安桨病敝卣诎压爬系淖吗")
    assert _streak_members("我们把古老的祝福刻在城市里") == ""


def test_unknown_bigrams_alone_are_not_enough() -> None:
    # Word boundaries make plenty of unknown bigrams in clean prose.
    assert find_damaged_runs("区委书记在会上讲话,强调要抓好落实。") == []


def test_annotation_after_a_non_cjk_character_flags_that_character() -> None:
    text = "衍變為北京┽t(yī)藥健康"
    assert _kinds(text, "t") & mojibake._K_ANNOTATION
    assert not _kinds("北京醫(yī)藥健康", "醫") & mojibake._K_ANNOTATION


def test_replacement_character_is_a_lost_byte() -> None:
    assert _kinds("北京\ufffd藥", "\ufffd") & mojibake._K_LOST


def test_annotated_text_is_viewed_without_its_annotations() -> None:
    text = "昌平區(qū)的發(fā)展"
    view = mojibake._annotation_free_view(text)
    assert view.chars == "昌平區的發展"
    assert text[view.offsets[2] : view.ends[2]] == "區(qū)"


# --- The damaged seed -----------------------------------------------------

FRAGMENTS = [
    "時(shí)間釀酒,余味成花?!安⑵桨病敝卣诎压爬系淖8?,一筆一畫鐫刻為城市的發(fā)展故事。",
    "昨日的“北四村”正在衍變?yōu)楸本┽t(yī)藥健康產(chǎn)業(yè)發(fā)展的創(chuàng)新引擎",
    "要?jiǎng)恿?,著力打",
    "改革攻?jiān)開放",
    "財(cái)?shù)?所高校",
    "g)力和活力?!辈降貐^(qū)文化",
    "源:北京日?qǐng)?bào)",
]
_DEBRIS = "?!┽⑵^"


@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_listed_fragments_are_detected_on_their_own(fragment: str) -> None:
    runs = find_damaged_runs(fragment)
    assert runs
    for offset, ch in enumerate(fragment):
        if ch in _DEBRIS:
            assert _covered(runs, offset), (fragment, offset, ch)
        if ch.isdigit():
            # "8" in "淖8?" is damage: it must not be trusted as a number.
            assert _covered(runs, offset), (fragment, offset, ch)


@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_listed_fragments_are_detected_in_the_document(fragment: str) -> None:
    text = _seed(DAMAGED_SEED)
    at = text.index(fragment)
    runs = find_damaged_runs(text)
    for offset, ch in enumerate(fragment, start=at):
        if ch in _DEBRIS or (ch.isdigit() and fragment[offset - at + 1 : offset - at + 2] == "?"):
            assert _covered(runs, offset), (fragment, offset - at, ch)


def test_runs_are_tight_and_leave_clean_neighbours_alone() -> None:
    text = "財(cái)?shù)?所高校"
    [run] = find_damaged_runs(text)
    assert text[run.start : run.end] == "?shù)?"


def test_every_question_mark_in_the_damaged_document_is_covered() -> None:
    text = _seed(DAMAGED_SEED)
    runs = find_damaged_runs(text)
    _assert_well_formed(text, runs)
    marks = [i for i, ch in enumerate(text) if ch in "?!"]
    assert marks
    assert all(_covered(runs, i) for i in marks)


def test_runs_do_not_swallow_clean_sentences() -> None:
    text = _seed(DAMAGED_SEED)
    for run in find_damaged_runs(text):
        damaged = text[run.start : run.end]
        assert "\n" not in damaged
        assert "。" not in damaged
        assert len(damaged) < 30


def test_only_the_verified_piece_of_the_damaged_document_is_repaired() -> None:
    text = _seed(DAMAGED_SEED)
    repairs = {text[r.start : r.end]: r.repair for r in find_damaged_runs(text) if r.repair}
    assert repairs == {"楸本┽t": "北京醫"}


def test_realigned_repair_next_to_an_unreadable_loss() -> None:
    text = "昨日的“北四村”正在衍變?yōu)楸本┽t(yī)藥健康"
    runs = find_damaged_runs(text)
    assert [(text[r.start : r.end], r.repair) for r in runs] == [
        ("?yōu)", None),
        ("楸本┽t", "北京醫"),
    ]


def test_plausible_but_unverifiable_realignment_is_refused() -> None:
    # Realigning gives "”步地區", real characters that are nonetheless wrong
    # (a byte pair was dropped); the word check must refuse it.
    [run] = find_damaged_runs("g)力和活力?!辈降貐^(qū)文化包容開放")
    assert run.repair is None


def test_annotation_that_contradicts_a_repair_vetoes_it() -> None:
    text = "醫(yī)藥。北京醫(yī)藥。昨日正在衍變?yōu)楸本┽t(èr)藥健康"
    assert all(r.repair is None for r in find_damaged_runs(text))


# --- Clean text -----------------------------------------------------------


@pytest.mark.parametrize("name", CLEAN_SEEDS)
def test_clean_seed_documents_have_no_runs(name: str) -> None:
    assert find_damaged_runs(_seed(name)) == []


@functools.cache
def _common_words() -> list[str]:
    path = Path(jieba.__file__).parent / "dict.txt"
    words = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, freq, *_ = line.split(" ")
            if (
                2 <= len(word) <= 4
                and int(freq) >= 3000
                and all(mojibake._is_han(ch) for ch in word)
            ):
                words.append(word)
    return words


@functools.cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


@st.composite
def ordinary_chinese(draw: st.DrawFn) -> str:
    sentences = []
    for _ in range(draw(st.integers(1, 6))):
        words = draw(st.lists(st.sampled_from(_common_words()), min_size=2, max_size=12))
        end = draw(st.sampled_from(["。", "!", "?", "?\n", ";"]))
        joiner = draw(st.sampled_from(["", ",", "、"]))
        sentences.append(joiner.join(words) + end)
    return "".join(sentences)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ordinary_chinese(), st.booleans())
def test_ordinary_chinese_has_no_runs(text: str, traditional: bool) -> None:
    if traditional:
        text = _s2t().convert(text)
    assert find_damaged_runs(text) == []


# --- Robustness -----------------------------------------------------------

_DAMAGE_ALPHABET = st.sampled_from(
    [*"的了北京醫區發展卣诎压楸本┽⑵貐^?!！()qūyīàǎtg8 \n，。“”", "\ufffd", "\ud800"]
)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_and_runs_are_well_formed(text: str) -> None:
    _assert_well_formed(text, find_damaged_runs(text))


@settings(max_examples=300, deadline=None)
@given(st.text(_DAMAGE_ALPHABET, max_size=80))
def test_never_raises_on_damage_like_text(text: str) -> None:
    _assert_well_formed(text, find_damaged_runs(text))


def _misalign(sentence: str, at: int) -> str:
    """Decode a sentence's GBK bytes one byte out of step from `at` on."""
    head = sentence[:at].encode("gbk")
    tail = (head[-1:] + sentence[at:].encode("gbk")).decode("gbk", errors="replace")
    return sentence[:at] + tail.replace("\ufffd", "?")


@functools.cache
def _clean_sentences() -> list[str]:
    sentences = []
    for name in CLEAN_SEEDS:
        for line in _seed(name).splitlines():
            try:
                line.encode("gbk")
            except UnicodeEncodeError:
                continue
            if len(line) > 20:
                sentences.append(line)
    return sentences


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_repairs_of_synthetic_damage_never_invent_text(data: st.DataObject) -> None:
    sentence = data.draw(st.sampled_from(_clean_sentences()))
    at = data.draw(st.integers(1, len(sentence) - 1))
    damaged = _misalign(sentence, at)
    runs = find_damaged_runs(damaged)
    _assert_well_formed(damaged, runs)
    for run in runs:
        if run.repair is not None:
            assert run.repair in sentence


def test_whole_damaged_document_is_fast_after_warm_up() -> None:
    # Not a speed measurement (bench/ does that): a guard against the search going
    # pathological again, with room for a loaded CI machine (a warm run takes ~0.03 s).
    text = _seed(DAMAGED_SEED)
    find_damaged_runs(text)
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        find_damaged_runs(text)
        timings.append(time.perf_counter() - started)
    assert min(timings) < 1.0
