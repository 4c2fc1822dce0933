"""Tests for districts.text.split: sentence and clause spans of normalized text."""

from __future__ import annotations

from districts.text.split import Span, clauses, sentences


def _sentence_texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in sentences(text)]


def _clause_texts(text: str, sentence: Span | None = None) -> list[str]:
    sentence = sentence or Span(0, len(text))
    return [text[span.start : span.end] for span in clauses(text, sentence)]


def test_sentences_split_on_chinese_sentence_ends() -> None:
    text = "全区增长5%。真的吗？太好了！一是生态；二是产业"
    assert _sentence_texts(text) == [
        "全区增长5%。",
        "真的吗？",
        "太好了！",
        "一是生态；",
        "二是产业",
    ]


def test_sentences_split_on_ascii_sentence_ends() -> None:
    assert _sentence_texts("ok! yes? a;b") == ["ok!", "yes?", "a;", "b"]


def test_sentences_split_on_newlines_and_trim_white_space() -> None:
    text = "\n\n  二、主要任务 \n\n全区完成投资10亿元\n第二段。  "
    assert _sentence_texts(text) == ["二、主要任务", "全区完成投资10亿元", "第二段。"]


def test_sentence_keeps_its_closing_quote() -> None:
    text = "他说“发展是第一要务。”随后散会。"
    assert _sentence_texts(text) == ["他说“发展是第一要务。”", "随后散会。"]


def test_sentences_of_blank_text_are_empty() -> None:
    assert sentences("") == []
    assert sentences(" \n \n") == []


def test_sentence_spans_index_the_text() -> None:
    text = "前文。后文！"
    assert sentences(text) == [Span(0, 3), Span(3, 6)]


def test_clauses_split_on_chinese_and_ascii_commas() -> None:
    text = "2023年11月,总书记来到门头沟区，考察灾后恢复重建工作"
    assert _clause_texts(text) == ["2023年11月", "总书记来到门头沟区", "考察灾后恢复重建工作"]


def test_clauses_do_not_split_a_thousands_separator() -> None:
    text = "全区GDP达10,773.4亿元,同比增长5.2%"
    assert _clause_texts(text) == ["全区GDP达10,773.4亿元", "同比增长5.2%"]


def test_clauses_split_a_comma_between_digits_that_is_not_a_thousands_separator() -> None:
    assert _clause_texts("分别为2,3和12,3456") == ["分别为2", "3和12", "3456"]


def test_clauses_do_not_split_on_enumeration_comma() -> None:
    text = "地表水、饮用水源水质考核达标率100%，空气质量改善"
    assert _clause_texts(text) == ["地表水、饮用水源水质考核达标率100%", "空气质量改善"]


def test_clauses_stay_inside_their_sentence() -> None:
    text = "前文，不算。全区GDP达10,773.4亿元,增长5%。后文，也不算"
    second = sentences(text)[1]
    assert _clause_texts(text, second) == ["全区GDP达10,773.4亿元", "增长5%。"]
    assert all(second.start <= c.start < c.end <= second.end for c in clauses(text, second))


def test_a_colon_between_digits_ends_no_clause_a_colon_after_words_does() -> None:
    text = "城乡收入比由2.51:1缩小到2.32:1，时间:10:30"
    spans = [text[c.start : c.end] for c in clauses(text, Span(0, len(text)))]
    assert spans == ["城乡收入比由2.51:1缩小到2.32:1", "时间", "10:30"]
