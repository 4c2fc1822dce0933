"""方法: how the numbers are made, what the marks mean, and the documents behind them."""

from __future__ import annotations

import streamlit as st

from districts.charts import district_label
from districts.i18n import QUALIFIER_MARKS, qualifier_mark, t
from districts.ui.state import sidebar, tables

ABOUT_ZH = """
**数字从哪里来。** 每份文档先被读取(自动识别 UTF-8、GB18030/GBK、Big5、UTF-16 编码),
再规范化为简体中文:去掉拼音注音(如 區(qū))、标出无法识读的乱码、合并 PDF 分栏造成的断行与空格、
把繁体和港台用语转为大陆简体(如 資訊 → 信息)。然后逐句找出带单位的数字(含 万/亿、中文数字、
分数、成、名次),判断它属于哪个区、哪个指标、哪一年,以及限定词。每个数字都保留原文引文,
可在"文档"页中查看原句。

**"未报告"是什么意思。** 文档中没有该区该指标的数值。这不是 0,图表中显示为"未报告"。

**不同的指标不合并。** 森林覆盖率、林木覆盖率、林木绿化率、绿化覆盖率是不同的统计口径,
分别列出;可并排显示,但始终是不同的系列。

**同一指标有多个数值时。** 取确切值优先于约数、下限、上限,再优先于目标值;同等情况下取较新的文档,
再取文中较后的表述。增减量和增速("增长5%")不作为指标的水平值;半年数据不与全年数据比较。
"""

ABOUT_EN = """
**Where the numbers come from.** Each document is read (UTF-8, GB18030/GBK, Big5 and UTF-16
are detected), normalized to simplified Chinese (pinyin annotations such as 區(qū) dropped,
mojibake marked unreadable, PDF line breaks and spaces joined, traditional and Taiwan/Hong Kong
wording converted), and every number with a unit (including 万/亿, Chinese numerals, fractions,
成 and ranks) is attributed to a district, an indicator, a year and a qualifier. Every number
keeps its exact quote; the Sources page shows the sentence.

**"Not reported".** The documents give no value for that district and indicator. It is not
zero, and charts say "not reported".

**Different measures are never merged.** Forest coverage, tree coverage, tree greening rate and
green coverage are different statistics and stay separate series.

**When there are several values.** Exact values come before approximate, lower- or upper-bound
ones, which come before targets; then the newer document, then the later statement. Changes
("grew 5%") are not levels, and half-year figures are not compared with annual ones.
"""


def render() -> None:
    data = tables()
    view = sidebar(data)
    lang = view.lang
    st.title(t("page_about", lang))
    st.markdown(ABOUT_EN if lang == "en" else ABOUT_ZH)
    st.subheader(t("footnote_qualifier", lang))
    st.table(
        [
            {
                t("qualifier", lang): qualifier_mark(key, lang) or key,
                t("meaning", lang): zh if lang != "en" else en,
            }
            for key, (_, zh, en) in QUALIFIER_MARKS.items()
            if key != "exact"
        ]
    )
    st.subheader(t("page_sources", lang))
    st.dataframe(
        [
            {
                t("document", lang): row.doc,
                t("title", lang): row.title,
                t("date", lang): row.date,
                t("district", lang): district_label(data, row.district, lang)
                if row.district
                else "",
                t("problem", lang): row.problem,
            }
            for row in data.documents.itertuples(index=False)
        ],
        hide_index=True,
    )
