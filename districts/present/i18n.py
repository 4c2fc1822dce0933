"""The dashboard's words in Chinese (default) and English.

District and indicator names come from the registry and the catalog; everything else a user
reads is here, so that the English switch changes every label, title and footnote.
"""

from __future__ import annotations

LANGUAGES = ("zh", "en")

_TEXT: dict[str, tuple[str, str]] = {
    "about_method": (
        """
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
""",
        """
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
""",
    ),
    "cli_description": (
        "京区对比:从文档中提取北京各区的指标。",
        "Beijing district indicators from documents.",
    ),
    "data_columns": (
        "指标|区|数值|单位|限定|年份|截至|原文|文档|文档日期",
        "indicator|district|value|unit|qualifier|year|as of|quote|document|document date",
    ),
    "app_title": ("京区对比", "Beijing district comparison"),
    "app_subtitle": (
        "北京各区生态、产业、韧性指标对比:每个数字都可追溯到原文",
        "Beijing districts compared on ecology, industry and resilience; every number "
        "traceable to its sentence",
    ),
    "page_overview": ("总览", "Overview"),
    "page_ecology": ("生态", "Ecology"),
    "page_industry": ("产业", "Industry"),
    "page_resilience": ("韧性", "Resilience"),
    "page_indicator": ("指标详情", "Indicator detail"),
    "page_sources": ("文档", "Sources"),
    "page_about": ("方法", "About the data"),
    "page_add": ("添加文档", "Add documents"),
    "add_help": (
        "支持 .txt、.html、.docx 和带文字层的 .pdf;确认后才会保存并更新指标表。",
        "Plain text, web pages, Word files and PDFs with a text layer; nothing is stored "
        "until you confirm.",
    ),
    "upload": ("上传文档", "Upload documents"),
    "confirm_add": ("确认添加", "Add to the corpus"),
    "added": ("已添加", "Added"),
    "added_documents": ("已添加的文档", "Added documents"),
    "confirm_remove": ("确认删除", "Sure"),
    "remove": ("删除", "Remove"),
    "no_district_found": (
        "文中没有找到北京的区名,请选择文档所属的区。",
        "The text names no Beijing district; choose one.",
    ),
    "theme_ecology": ("生态", "Ecology"),
    "theme_industry": ("产业", "Industry"),
    "theme_resilience": ("韧性", "Resilience"),
    "theme_society": ("社会", "Society"),
    "theme_other": ("其他", "Other"),
    "language": ("语言 / Language", "语言 / Language"),
    "districts": ("区", "Districts"),
    "indicator_search": ("搜索指标", "Search indicators"),
    "year": ("年份", "Year"),
    "latest": ("最新", "Latest"),
    "not_reported": ("未报告", "not reported"),
    "reported": ("已报告", "reported"),
    "as_of": ("截至", "as of"),
    "no_year": ("年份未说明", "year not stated"),
    "hidden_other_years": (
        "所选年份之外的{n}个数值未显示(年份选“最新”可查看)",
        "{n} values of other years are hidden (choose Latest under Year to see them)",
    ),
    "years_differ": (
        "各区数值年份不同,比较时请注意。",
        "Years differ between districts: compare with care.",
    ),
    "no_value_this_year": ("无{year}年数值", "no {year} value"),
    "other_years_only": ("仅有其他年份的数值", "Values of other years only"),
    "or_no_year": ("{label}(或年份未说明)", "{label} (or of no stated year)"),
    "other_years_some": (
        "部分指标仅有其他年份的数值",
        "Values of other years only (some indicators)",
    ),
    "part_year": ("非全年数值(半年、季度、月份、多年合计)", "Part-year and multi-year values"),
    "part_year_help": (
        "这些数值不覆盖整一年,不与全年数值放在同一对比中。",
        "These values do not cover one whole year, so they are never compared with annual ones.",
    ),
    "period": ("时期", "Period"),
    "qualifier_exact": ("确切", "exact"),
    "chart": ("图表", "Chart"),
    "table": ("表格", "Table"),
    "sort_by_value": ("按数值排序", "Sort by value"),
    "not_sortable": (
        "数值的年份或限定不同,不宜排序",
        "Values differ in year or qualifier; sorting would mislead",
    ),
    "show_related": ("同时显示相关指标", "Show related indicators"),
    "single_district": ("仅一个区报告的指标", "Reported by one district"),
    "no_shared": (
        "所选的区在此主题下没有共同报告的指标。",
        "The selected districts share no indicator in this theme.",
    ),
    "no_district": ("请在侧栏选择至少一个区。", "Select at least one district in the sidebar."),
    "no_indicators": ("没有符合条件的指标。", "No indicator matches."),
    "source": ("来源", "Source"),
    "source_line": ("来源:{listed}", "Source: {listed}"),
    "not_reported_some": ("未报告(部分指标):{names}", "not reported: {names}"),
    "not_reported_all": (
        "未报告:{names}(文档中没有该数值,不等于 0)",
        "Not reported: {names} (no value in the documents, not zero)",
    ),
    "indicator_count": ("指标数", "indicators"),
    "document": ("文档", "Document"),
    "quote": ("原文", "Quote"),
    "sentence": ("原句", "Sentence"),
    "value": ("数值", "Value"),
    "unit": ("单位", "Unit"),
    "qualifier": ("限定", "Qualifier"),
    "district": ("区", "District"),
    "indicator": ("指标", "Indicator"),
    "theme": ("主题", "Theme"),
    "date": ("日期", "Date"),
    "title": ("标题", "Title"),
    "conflict": ("不同文档数值不一致", "Documents disagree"),
    "coverage": ("指标覆盖", "Indicator coverage"),
    "coverage_help": (
        "● 已报告 · ○ 未报告;点击单元格查看该指标详情。",
        "● reported · ○ not reported; click a cell for the indicator's detail.",
    ),
    "counts_by_theme": ("各区按主题报告的指标数", "Indicators reported, by district and theme"),
    "headlines": ("重点对比", "Headline comparisons"),
    "open_source": ("打开原文", "Open the source"),
    "supporting": ("支持该数值的原文", "Supporting sentences"),
    "values_by_year": ("各区各年份数值", "Values by district and year"),
    "choose_indicator": ("选择指标", "Choose an indicator"),
    "choose_document": ("选择文档", "Choose a document"),
    "original_script": ("原文(原字体)", "Original script"),
    "normalized_view": ("规范化简体", "Normalized simplified"),
    "facts_in_document": ("文中数字", "Numbers in the text"),
    "selected_fact": ("所选数字", "Selected number"),
    "unreadable": ("无法识读", "unreadable"),
    "unreadable_help": (
        "标记处原文为乱码,无法可靠识读;其中的数字不会被抽取。",
        "Marked stretches are damaged (mojibake); no number is taken from them.",
    ),
    "tables_missing": (
        "还没有可用的指标表。",
        "The indicator tables are missing or unreadable.",
    ),
    "tables_missing_help": (
        "请在项目目录运行 `districts build`(或 `make run`,它会自动构建)。",
        "Run `districts build` in the project folder (or `make run`, which builds them).",
    ),
    "ignored_params": ("已忽略无法识别的链接参数", "Ignored unknown link parameters"),
    "generated": ("生成日期", "Generated"),
    "footnote_qualifier": ("限定说明", "Qualifiers"),
    "meaning": ("含义", "Meaning"),
    "download_theme": ("下载本主题全部图表(ZIP)", "Download all charts of this theme (ZIP)"),
    "problem": ("问题", "Problem"),
    "reading_upload": (
        "正在读取文档(在独立进程中,有时间和内存上限)…",
        "Reading the document (in a separate process, with time and memory limits)…",
    ),
}

QUALIFIER_MARKS: dict[str, tuple[str, str, str]] = {
    # qualifier: (mark on the bar, Chinese footnote, English footnote)
    "exact": ("", "", ""),
    "approx": ("约", "约:原文为约数(约、近、左右)", "approx.: the text gives an approximate value"),
    "at_least": ("≥", "≥:原文为下限(超、突破、余、以上)", "≥: the text gives a lower bound"),
    "at_most": ("≤", "≤:原文为上限(最高、不超过)", "≤: the text gives an upper bound"),
    "target": ("目标", "目标:尚未实现的目标值", "target: a goal, not yet reached"),
    "change": ("变化", "变化:增减量或增速,非水平值", "change: a difference, not a level"),
}


def t(key: str, lang: str) -> str:
    """The label ``key`` in ``lang``; a missing key is a bug, so it fails loudly."""
    zh, en = _TEXT[key]
    return en if lang == "en" else zh


def theme_label(theme: str, lang: str) -> str:
    return t(f"theme_{theme}", lang)


def qualifier_mark(qualifier: str, lang: str) -> str:
    mark = QUALIFIER_MARKS.get(qualifier, ("", "", ""))[0]
    if lang == "en" and mark == "约":
        return "≈"
    if lang == "en" and mark == "目标":
        return "target"
    if lang == "en" and mark == "变化":
        return "change"
    return mark


def qualifier_word(qualifier: str, lang: str) -> str:
    """A qualifier as a table cell says it: its mark (≥, 约, 目标), 确切 / exact for an exact
    value; never the stored code in the Chinese view."""
    if qualifier == "exact":
        return t("qualifier_exact", lang)
    return qualifier_mark(qualifier, lang) or qualifier


def qualifier_note(qualifier: str, lang: str) -> str:
    _, zh, en = QUALIFIER_MARKS.get(qualifier, ("", "", ""))
    return en if lang == "en" else zh


# Units as an English axis title says them. Measure words that only count things (个, 家,
# 项 …) are all "count" in English.
_UNIT_EN = {
    "%": "%", "元": "yuan", "美元": "US dollars", "平方米": "m²", "平米": "m²",
    "平方公里": "km²", "公顷": "ha", "亩": "mu", "公里": "km", "米": "m", "立方米": "m³",
    "微克/立方米": "μg/m³", "人": "persons", "人次": "person-times", "户": "households",
    "家次": "enterprise-times", "次": "times", "天": "days", "年": "years", "月": "months",
    "倍": "×", "P": "PFLOPS", "rank": "rank", "吨": "t", "千瓦": "kW", "折": "tenths of price",
}  # fmt: skip
_MULTIPLIER_EN = {"亿": "100 million ", "万": "10,000 ", "千": "1,000 "}


def unit_label(unit: str, lang: str) -> str:
    if lang != "en":
        return "名次" if unit == "rank" else unit
    prefix = ""
    for multiplier, english in _MULTIPLIER_EN.items():
        if unit.startswith(multiplier) and unit != multiplier:
            prefix, unit = english, unit[len(multiplier) :]
            break
    return prefix + _UNIT_EN.get(unit, "count" if len(unit) == 1 else unit)


# --- when a value is from: its year and its period -----------------------------------------

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Periods inside a year as the tables store them (districts/facts/timeframe.py) → words.
_PERIOD_WORDS: dict[str, tuple[str, str]] = {
    "H1": ("上半年", "H1"),
    "H2": ("下半年", "H2"),
    "Q1": ("一季度", "Q1"),
    "Q2": ("二季度", "Q2"),
    "Q3": ("三季度", "Q3"),
    "Q4": ("四季度", "Q4"),
    "Q1–Q3": ("前三季度", "Jan–Sep"),
    "YTD": ("年初至今", "year to date"),
}


def period_words(period: str, lang: str) -> str:
    """A period code as a reader says it: H1 → 上半年 / H1, Q1–Q3 → 前三季度 / Jan–Sep,
    Jan–Aug → 1—8月 / Jan–Aug, Sep-end → 9月末 / end of Sep, Sep → 9月 / Sep. An unknown
    code is returned as it is (better a code than a blank)."""
    if period in _PERIOD_WORDS:
        zh, en = _PERIOD_WORDS[period]
        return en if lang == "en" else zh
    month = {name: number for number, name in enumerate(_MONTHS_EN, 1)}
    if period.endswith("-end") and period[:-4] in month:
        name = period[:-4]
        return f"end of {name}" if lang == "en" else f"{month[name]}月末"
    first, dash, last = period.partition("–")
    if dash and first in month and last in month:
        return period if lang == "en" else f"{month[first]}—{month[last]}月"
    if period in month:
        return period if lang == "en" else f"{month[period]}月"
    return period


def _year_text(value: object) -> str:
    """A year cell as text: '2024', 2024, 2024.0 → '2024'; empty, None or NaN → ''."""
    if value is None or value != value:  # NaN
        return ""
    text = str(value).strip()
    if text.endswith(".0"):
        text = text[:-2]
    return text if text.isdigit() else ""


def when_label(
    year: object, period: object = "year", year_from: object = "", year_to: object = "",
    lang: str = "zh",
) -> str:  # fmt: skip
    """The year and period of a value as a label: 2024; 2024年上半年 / 2024 H1;
    2024年1—8月 / 2024 Jan–Aug; a span 2021—2024年 / 2021–2024. Empty when no year is known."""
    period = str(period or "year") if period == period else "year"
    first, last, single = _year_text(year_from), _year_text(year_to), _year_text(year)
    if period == "span":
        if first and last and first != last:
            return f"{first}–{last}" if lang == "en" else f"{first}—{last}年"
        return single
    if not single:
        return "" if period == "year" else period_words(period, lang)
    if period == "year":
        return single
    words = period_words(period, lang)
    return f"{single} {words}" if lang == "en" else f"{single}年{words}"
