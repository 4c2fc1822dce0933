"""The built tables' schema, written beside them as a Frictionless ``datapackage.json``."""

from __future__ import annotations

PERIOD_ZH = (
    "数值所指时段:year(全年)、H1/H2(上/下半年)、Q1…Q4(季度)、Q1–Q3(前三季度)、"
    "Jan–Aug(1—8月)、Sep(9月)、Sep-end(9月末)、YTD(年初至文档日期)、span(多年合计)"
)
PERIOD_EN = (
    "period of the value: year, H1/H2, Q1…Q4, Q1–Q3, a month range (Jan–Aug), a month (Sep), "
    "a month's end (Sep-end), YTD (to the document's date), span (a total over years)"
)

# table → [(column, type, 中文说明, English description)]
TABLE_SCHEMAS: dict[str, list[tuple[str, str, str, str]]] = {
    "mentions": [
        ("doc", "string", "来源文档文件名", "source document file name"),
        ("district", "string", "事实所属的区(或北京市/全国)", "district the fact is about"),
        ("theme", "string", "主题:ecology/industry/resilience/society/other", "theme"),
        ("indicator", "string", "指标目录中的指标编号,无对应时为空", "catalog indicator id"),
        ("term", "string", "所测量事物的简短名称", "short name of the measured thing"),
        (
            "value",
            "number",
            "数值,已换算为基本单位;变化量带符号:下降、减少、回落为负(下降5.9% → -5.9)",
            "value in the base unit; a change is signed: a decline is negative (下降5.9% → -5.9)",
        ),
        ("unit", "string", "基本单位", "base unit"),
        ("as_written", "string", "原文写法(数字与单位)", "number and unit as written"),
        (
            "qualifier",
            "string",
            "限定:exact/approx/at_least/at_most/change(变化量,带符号)/target(目标)",
            "qualifier: exact/approx/at_least/at_most/change (a signed difference)/target (a goal)",
        ),
        (
            "year",
            "integer",
            "数值所指年份(跨年数值为末年),未说明时为空",
            "year the value refers to",
        ),
        ("period", "string", PERIOD_ZH, PERIOD_EN),
        ("year_from", "integer", "数值所覆盖的起始年份", "first year the value covers"),
        ("year_to", "integer", "数值所覆盖的末尾年份", "last year the value covers"),
        ("quote", "string", "原文引文(原字体),等于原文[start:end]", "exact quote, original script"),
        ("start", "integer", "引文在原文中的起始字符位置", "quote start offset in the document"),
        ("end", "integer", "引文在原文中的结束字符位置(不含)", "quote end offset (exclusive)"),
        ("sentence", "string", "引文所在的整句(原字体)", "the whole sentence, original script"),
    ],
    "indicators": [
        ("district", "string", "区", "district"),
        ("indicator", "string", "指标编号", "indicator id"),
        ("indicator_name", "string", "指标中文名称", "indicator name (Chinese)"),
        ("theme", "string", "主题", "theme"),
        ("year", "integer", "数值所指年份,未说明时为空", "year the value refers to, if stated"),
        ("period", "string", PERIOD_ZH, PERIOD_EN),
        ("year_from", "integer", "数值所覆盖的起始年份", "first year the value covers"),
        ("year_to", "integer", "数值所覆盖的末尾年份", "last year the value covers"),
        (
            "value",
            "number",
            "选定的数值(基本单位);变化量带符号,下降为负",
            "chosen value in the base unit; a change is signed, a decline negative",
        ),
        ("unit", "string", "单位", "unit"),
        ("as_written", "string", "原文写法", "as written"),
        ("qualifier", "string", "限定", "qualifier"),
        ("as_of", "string", "年份;未说明年份时为文档日期", "year, else the document date"),
        ("doc", "string", "选定数值的来源文档", "document of the chosen value"),
        ("quote", "string", "原文引文", "exact quote"),
        ("start", "integer", "引文起始位置", "quote start offset"),
        ("end", "integer", "引文结束位置", "quote end offset"),
        ("n_sources", "integer", "报告该值的文档数", "number of documents reporting it"),
        ("conflict", "boolean", "不同文档给出不同数值", "documents disagree"),
    ],
    "coverage": [
        ("district", "string", "区", "district"),
        ("indicator", "string", "指标编号", "indicator id"),
        ("indicator_name", "string", "指标中文名称", "indicator name (Chinese)"),
        ("theme", "string", "主题", "theme"),
        ("status", "string", "reported(已报告)或 not_reported(未报告)", "reported or not"),
        ("n_values", "integer", "数值个数(按年份)", "number of values (by year)"),
    ],
    "documents": [
        ("doc", "string", "文档文件名", "document file name"),
        ("title", "string", "标题", "title"),
        ("date", "string", "日期(YYYY-MM-DD、YYYY-MM 或 YYYY)", "date as far as known"),
        ("district", "string", "文档主要所属的区", "main district"),
        ("script", "string", "字体:simplified/traditional/traditional_pinyin", "script"),
        ("chars", "integer", "字符数", "characters"),
        ("facts", "integer", "抽取的事实数", "facts extracted"),
        ("unreadable_spans", "integer", "无法识读(乱码)片段数", "unreadable (mojibake) spans"),
        ("problem", "string", "问题说明;为空表示正常", "problem, empty when read fine"),
        ("note", "string", "提示(如多个区被同等提及)", "note, e.g. districts named equally"),
    ],
}


def datapackage(schemas: dict[str, list[tuple[str, str, str, str]]]) -> dict[str, object]:
    return {
        "name": "beijing-district-indicators",
        "title": "京区对比 Beijing district indicators",
        "profile": "tabular-data-package",
        "resources": [
            {
                "name": table,
                "path": f"{table}.csv",
                "profile": "tabular-data-resource",
                "encoding": "utf-8-sig",
                "format": "csv",
                "schema": {
                    "fields": [
                        {"name": name, "type": kind, "title": zh, "description": en}
                        for name, kind, zh, en in columns
                    ]
                },
            }
            for table, columns in schemas.items()
        ],
    }
