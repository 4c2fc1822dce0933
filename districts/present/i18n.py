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
        "指标|区|数值|单位|限定|年份|截至|原文|文档|文档日期|发布者|网址",
        "indicator|district|value|unit|qualifier|year|as of|quote|document|document date"
        "|publisher|URL",
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
    "not_reported_some": ("未报告(部分指标):{names}", "Not reported (some indicators): {names}"),
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
    "download_theme": (
        "下载本主题全部图表与数据(ZIP)",
        "Download all charts and data (ZIP)",
    ),
    "problem": ("问题", "Problem"),
    # --- catalog list, all-facts explorer and curation (issue 15) ---
    "catalog_columns": (
        "编号|名称|英文名称|单位|主题|来源",
        "id|name|English name|unit|theme|source",
    ),
    "catalog_source_shipped": ("内置", "shipped"),
    "catalog_source_user": ("用户添加", "added by staff"),
    "page_explorer": ("全部数字", "All facts"),
    "explorer_help": (
        "文档中的每一个数字,包括尚未归入任何指标的;可按用语、原文或指标名搜索(简体或繁体均可)。"
        "点击列标题排序,点击 ↗ 打开原句。",
        "Every number in the documents, including those that map to no indicator. Search a "
        "term, a quote or an indicator name (simplified or traditional script); click a column "
        "heading to sort, ↗ to open the sentence.",
    ),
    "explorer_columns": (
        "区|主题|指标|文中用语|原文写法|数值|单位|限定|年份|原文|文档|文档日期",
        "place|theme|indicator|term|as written|value|unit|qualifier|year|quote|document|"
        "document date",
    ),
    "explorer_search": ("搜索用语、原文或指标", "Search terms, quotes or indicators"),
    "explorer_themes": ("主题", "Themes"),
    "explorer_any": ("不限", "Any"),
    "explorer_qualifiers": ("限定", "Qualifiers"),
    "explorer_documents": ("文档", "Documents"),
    "explorer_mapped": ("归类", "Mapped"),
    "explorer_mapped_all": ("全部", "all"),
    "explorer_mapped_mapped": ("已归入指标", "mapped to an indicator"),
    "explorer_mapped_unmapped": ("未归入指标", "mapped to no indicator"),
    "explorer_other_places": (
        "包括全市、全国等非区数字",
        "Include figures for Beijing as a whole and the nation",
    ),
    "explorer_count": ("共 {n} 个数字(全部 {total} 个)", "{n} facts (of {total})"),
    "explorer_none": ("没有符合条件的数字。", "No fact matches."),
    "explorer_file": ("全部数字", "all-facts"),
    "no_indicator": ("未归入指标", "no indicator"),
    "place_municipality": ("北京市(全市)", "Beijing (whole city)"),
    "place_nation": ("全国", "China (national)"),
    "listed_and_others": ("{places}等", "{places} and others"),
    "unmapped_facts": ("不在上方图表中的数字", "Facts in no chart above"),
    "unmapped_help": (
        "这些数字不在上面的图表中:有的尚未归入任何指标(可在“全部数字”页归类),有的属于工作量或"
        "项目清单(如治理积水点、新增雨量站),只列出不作为标准指标在各区间比较。",
        "These numbers are in no chart above: some map to no indicator yet (map them on the All "
        "facts page), others are a programme's output or a list (waterlogging points fixed, new "
        "rain gauges), listed here and never compared across districts as a standard measure.",
    ),
    "open_explorer": ("在“全部数字”页查看并归类", "See and map them on the All facts page"),
    "curate": ("把用语归入指标", "Map a term to an indicator"),
    "curate_help": (
        "在上表中选一行即可带入其用语。保存在 data/user/catalog.yaml,随后更新指标表;"
        "内置指标目录升级时保留。",
        "Select a row above to bring in its term. Saved in data/user/catalog.yaml, then the "
        "tables are rebuilt; kept when the shipped catalog is upgraded.",
    ),
    "curate_term": ("文中用语", "Term as written"),
    "curate_how": ("方式", "How"),
    "curate_existing": ("归入已有指标", "An existing indicator"),
    "curate_new": ("新建指标", "A new indicator"),
    "curate_indicator": ("指标", "Indicator"),
    "curate_map": ("归入", "Map"),
    "curate_name": ("指标名称", "Name"),
    "curate_name_en": ("英文名称(可选)", "English name (optional)"),
    "curate_unit": ("单位(如 家、亿元、%)", "Unit (e.g. 家, 亿元, %)"),
    "curate_definition": ("定义(可选,一句话)", "Definition (optional, one sentence)"),
    "curate_create": ("新建并归入", "Create"),
    "curate_mapped": (
        "已把“{term}”归入 {name};指标表已更新,{n} 个数字改变了所属指标。",
        "Mapped '{term}' to {name}; tables rebuilt, {n} facts changed indicator.",
    ),
    "curate_added": (
        "已新建指标 {name};指标表已更新,{n} 个数字改变了所属指标。",
        "Created {name}; tables rebuilt, {n} facts changed indicator.",
    ),
    "curate_already": ("“{term}”已经归入 {name}。", "'{term}' already maps to {name}."),
    "curation_term_taken": (
        "未保存:“{term}”已是指标“{name}”的用语,一个用语只能对应一个指标。",
        "Not saved: '{term}' already names {name_en}; a term names one measure.",
    ),
    "curation_unknown_indicator": (
        "未保存:没有指标“{indicator}”。",
        "Not saved: no indicator '{indicator}'.",
    ),
    "curation_bad_term": (
        "未保存:“{term}”不能作为用语(需 2 至 40 个字,不能只有数字)。",
        "Not saved: '{term}' cannot be a term (2 to 40 characters, not only digits).",
    ),
    "curation_unknown_unit": (
        "未保存:单位“{unit}”不在单位表中。",
        "Not saved: unknown unit '{unit}'.",
    ),
    "curation_unknown_theme": ("未保存:未知主题“{theme}”。", "Not saved: unknown theme '{theme}'."),
    "curation_bad_id": ("未保存:编号“{id}”格式不对。", "Not saved: malformed id '{id}'."),
    "curation_id_taken": ("未保存:编号“{id}”已被使用。", "Not saved: the id '{id}' is taken."),
    "curation_failed": ("未保存:{problem}", "Not saved: {problem}"),
    # issue 17: snapshot sizes, citations, theme reports
    "download": ("下载", "Download"),
    "image_size": ("图片尺寸", "Image size"),
    "size_column": ("单栏 8.5 cm", "Single column 8.5 cm"),
    "size_full": ("通栏 17 cm", "Full width 17 cm"),
    "size_slide": ("幻灯片 16:9(25.4 cm)", "Slide 16:9 (25.4 cm)"),
    "undated": ("日期不详", "n.d."),
    "report": ("报告", "Report"),
    "report_title": ("{theme}:各区对比", "{theme}: comparison of districts"),
    "report_districts": ("对比的区", "Districts compared"),
    "report_year": ("年份", "Year"),
    "report_made": ("生成日期", "Made on"),
    "report_basis": (
        "数值取自下列文档的原文;未报告的数值不等于 0。",
        "Values are taken from the text of the documents listed; a value not reported is not 0.",
    ),
    "report_notes": ("注释", "Notes"),
    "report_values": ("数值与出处", "Values and sources"),
    "report_sources": ("资料来源", "Sources"),
    "report_single": (
        "本主题没有两个区共同报告的指标;以下为仅一个区报告的指标,不构成对比。",
        "No indicator of this theme is reported by two of these districts; the charts below "
        "show indicators reported by one district only and are not a comparison.",
    ),
    "report_nothing": (
        "这些区没有报告本主题的任何指标。",
        "These districts report no indicator of this theme.",
    ),
    "download_report_docx": ("下载本主题报告(Word)", "Download a report of this theme (Word)"),
    "download_report_pdf": ("下载本主题报告(PDF)", "Download a report of this theme (PDF)"),
    "size_help": (
        "按打印尺寸排版,300 dpi;插入 Word 时即为该宽度。",
        "Laid out at the printed size, 300 dpi; placed in Word it has this width.",
    ),
    "choose_districts": ("选择区", "Choose districts"),
    "scopes_differ": ("统计范围不同,比较时请注意:", "Scopes differ: compare with care:"),
    "levels_differ": ("统计级别不同,比较时请注意:", "Levels differ: compare with care:"),
    "year_from_date": ("{year}年,据文档日期", "{year}, from the document's date"),
    "yearly_average": ("{first}—{last}年年均", "{first}–{last} yearly average"),
    "scope_since_launch": ("启动以来累计", "total since a launch"),
    "scope_cumulative": ("累计/总量", "cumulative total"),
    "scope_plan": ("计划或清单", "plan or list"),
    "scope_plain": ("当期数值", "level of its year"),
    "level_national": ("国家级", "national level"),
    "level_municipal": ("市级", "municipal level"),
    "level_several": ("多个级别合计", "several levels together"),
    "level_unstated": ("级别未说明", "level not stated"),
    "band_range": (
        "{written}:原文给出的是一个范围,柱高为下限,竖线到上限",
        "{written}: the text gives a range; the bar is its lower end, the whisker its upper end",
    ),
    "band_lower_bound_worse": (
        "{written}:原文只给出下限(斜线柱);该指标越低越好,实际值可能更高、更差",
        "{written}: the text gives only a lower bound (hatched bar); lower is better here, "
        "so the true value may be higher, i.e. worse",
    ),
    "band_upper_bound_worse": (
        "{written}:原文只给出上限(斜线柱);该指标越高越好,实际值可能更低、更差",
        "{written}: the text gives only an upper bound (hatched bar); higher is better here, "
        "so the true value may be lower, i.e. worse",
    ),
    "band_bound": (
        "{written}:原文只给出界限(斜线柱),不是确切值",
        "{written}: the text gives only a bound (hatched bar), not an exact value",
    ),
    "sort_refused": ("不宜排序:", "Not sorted: "),
    "refusal_years": ("数值年份不同", "the values are of different years"),
    "refusal_qualifier": ("有约数、界限或目标值", "some values are approximate, bounds or targets"),
    "refusal_scope": ("统计范围不同", "the values count different scopes"),
    "refusal_level": ("统计级别不同", "the values are of different levels"),
    "exact_original": ("原文原样(含注音等)", "Exact original text"),
    "highlight": ("突出显示", "Highlight"),
    "no_highlight": ("不突出", "none"),
    "what_compares": ("可比较的指标", "What compares"),
    "what_compares_help": (
        "所选各区中报告最多的指标;脚注说明年份、范围或级别是否不同。",
        "The indicators most of the selected districts report; footnotes say where years, "
        "scopes or levels differ.",
    ),
    "no_shared_any": (
        "所选的区没有共同报告的指标;各主题页列出每个区自己的数值。",
        "The selected districts share no indicator; the theme pages show each one's values.",
    ),
    "what_changed": ("最新文档", "Newest documents"),
    "browse_files": ("选择文件", "Choose files"),
    "select_all": ("全选", "Select all"),
    "script_simplified": ("简体", "simplified"),
    "script_traditional": ("繁体", "traditional"),
    "script_traditional_pinyin": ("繁体(带拼音注音)", "traditional, with pinyin readings"),
    "refusal_one_value": ("只有一个区有数值", "only one district has a value"),
    "supporting_shown": (
        "显示每个区最新的 {shown} 句,共 {total} 句;全部原文见 mentions.csv 下载。",
        "The newest {shown} sentences per district are shown, of {total}; all of them are in "
        "the mentions.csv download.",
    ),
    "add_publisher": ("发布机构(可选,用于图表来源行)", "Publisher (optional, for the source line)"),
    "add_url": ("原文网址(可选)", "Address of the original (optional)"),
    "reading_upload": (
        "正在读取文档(在独立进程中,有时间和内存上限)…",
        "Reading the document (in a separate process, with time and memory limits)…",
    ),
}

QUALIFIER_MARKS: dict[str, tuple[str, str, str]] = {
    # qualifier: (mark on the bar, Chinese footnote, English footnote)
    "exact": ("", "", ""),
    "approx": ("约", "约:原文为约数(约、近、左右)", "≈: the text gives an approximate value"),
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


def qualifier_word(qualifier: str, lang: str, bound: str = "") -> str:
    """A qualifier as a table cell says it: its mark (≥, 约, 目标), 确切 / exact for an exact
    value; never the stored code in the Chinese view. A change's or a goal's ``bound`` follows
    it: 变化(≥) for 增长超三成, target (≈) for 力争…左右."""
    if qualifier == "exact":
        return t("qualifier_exact", lang)
    word = qualifier_mark(qualifier, lang) or qualifier
    mark = qualifier_mark(bound, lang) if bound and bound != qualifier else ""
    if not mark:
        return word
    return f"{word} ({mark})" if lang == "en" else f"{word}({mark})"


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
    "℃": "°C",
    # the other bases of units.yaml and the indicators' display units
    "人/平方公里": "persons/km²", "元/亩": "yuan/mu", "元/公斤": "yuan/kg", "克/平方米": "g/m²",
    "公里/小时": "km/h", "公里/平方公里": "km/km²", "分贝": "dB", "剂次": "doses",
    "千伏安": "kVA", "千瓦时": "kWh", "台次": "machine-times", "吨/公顷": "t/ha",
    "亩次": "mu-times", "株次": "tree-times", "车道": "lanes",
    "吨/平方公里·月": "t/km²·month", "吨/日": "t/day", "吨标准煤": "tce",
    "吨标准煤/万元": "tce/10,000 yuan", "小时": "hours", "支次": "team-times",
    "新台币": "NT dollars", "无量纲": "index", "架次": "flights", "欧元": "euros",
    "毫克/升": "mg/L", "毫克/立方米": "mg/m³", "毫米": "mm", "毫米/小时": "mm/h",
    "港元": "HK dollars", "百分点": "percentage points", "立方米/小时": "m³/h",
    "标准立方米/小时": "Nm³/h",
    "立方米/日": "m³/day", "立方米/秒": "m³/s", "米/秒": "m/s", "蒸吨": "steam t/h",
    "车次": "vehicle-times", "舟次": "boat-times", "艘次": "boat-times",
    "站次": "station-readings", "队次": "team-callouts",
    "人民币": "yuan", "目": "orders", "科": "families", "属": "genera",
    "例": "cases", "层": "floors", "级": "Beaufort force",
}  # fmt: skip
_MULTIPLIER_EN = {"亿": "100 million ", "万": "10,000 ", "千": "1,000 "}


def unit_label(unit: str, lang: str) -> str:
    if lang != "en":
        return "名次" if unit == "rank" else unit
    if unit in _UNIT_EN:  # 千伏安 and 千瓦时 are units of their own, not 千 × 伏安
        return _UNIT_EN[unit]
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
    "day": ("单日", "one day"),
    "days": ("数日", "several days"),
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
    2024年1—8月 / 2024 Jan–Aug; a span 2021—2024年 / 2021–2024; a yearly average over
    several years (2021—2025年年均增长, one year's rate with its span's years)
    2021—2025年年均 / 2021–2025 yearly average. Empty when no year is known.

    Why the average says so: labelled with its last year alone, a 2016–2020 average of
    新增造林 read as 2020's own figure."""
    period = str(period or "year") if period == period else "year"
    first, last, single = _year_text(year_from), _year_text(year_to), _year_text(year)
    if period == "span":
        if first and last and first != last:
            return f"{first}–{last}" if lang == "en" else f"{first}—{last}年"
        return single
    if period == "year" and first and last and first != last:
        return t("yearly_average", lang).format(first=first, last=last)
    if not single:
        return "" if period == "year" else period_words(period, lang)
    if period == "year":
        return single
    words = period_words(period, lang)
    return f"{single} {words}" if lang == "en" else f"{single}年{words}"


# --- map, trends, district profile, ranking (issue 16) ---------------------------------------
_TEXT.update(
    {
        "page_map": ("地图", "Map"),
        "map_grey": (
            "灰色:未报告(文档中没有该数值,不等于 0)。点击一个区查看该区概况。",
            "Grey: not reported (no value in the documents, not zero). Click a district for "
            "its profile.",
        ),
        "trend": ("历年变化", "over the years"),
        "trend_note": (
            "每个点是该区该年的全年数值;目标值和增速不在线上。悬停查看原文和来源。",
            "Each point is a district's whole-year value of that year; targets and growth "
            "rates are not on the line. Hover for the sentence and its source.",
        ),
        "trend_points": ("各年数值与来源", "Values by year and their sources"),
        "page_profile": ("区概况", "District profile"),
        "page_ranking": ("排名", "Ranking"),
        "choose_district": ("选择区", "Choose a district"),
        "profile_intro": (
            "该区在文档中报告的全部指标,按主题列出。排名只在同一指标、同一年份和时期的确切值之间比较"
            "(由高到低,1 为最高);不可比时说明原因。",
            "Everything the documents report for this district, by theme. A rank compares only "
            "exact values of the same indicator, year and period (1 = highest); where values "
            "are not comparable, the cell says why.",
        ),
        "profile_empty": (
            "文档中没有该区的指标数值。",
            "The documents give no indicator value for this district.",
        ),
        "profile_counts": (
            "共 {n} 个数值,{k} 个指标,来自 {d} 份文档",
            "{n} values of {k} indicators from {d} document(s)",
        ),
        "rank": ("排名(由高到低)", "Rank (highest first)"),
        "rank_cell": ("{position}/{size}({year}年)", "{position} of {size} ({year})"),
        "rank_not_exact": (
            "不排名:约数、上下限、目标或增速",
            "no rank: approximate, bound, target or change",
        ),
        "rank_other_years": (
            "不排名:其他区的数值年份或时期不同",
            "no rank: other districts' values are of other years or periods",
        ),
        "rank_alone": ("不排名:仅此一区报告", "no rank: the only district reporting it"),
        "open_profile": ("打开区概况", "Open the district profile"),
        "indicator_detail_link": ("指标详情", "Indicator detail"),
        "ranking_intro": (
            "全部 16 个区:已报告的按数值由高到低排列,未报告的列在表下(不等于 0)。"
            "点击列名可重新排序。排名只在同一年份的确切值之间给出。",
            "All 16 districts: the ones that report it by value, highest first; the ones that "
            "do not, under the table (not zero). Click a column name to sort by it. A rank is "
            "given only among exact values of the same year.",
        ),
        "ranking_counts": (
            "{n} 个区报告了该指标,{m} 个区未报告。",
            "{n} districts report it; {m} do not.",
        ),
        "map_intro": (
            "颜色越深数值越高;灰色为未报告。点击一个区打开它的概况页。",
            "Darker is higher; grey is not reported. Click a district to open its profile.",
        ),
        "map_missing": (
            "地图边界文件缺失:请运行 `districts shapes`。",
            "The map's boundary file is missing: run `districts shapes`.",
        ),
        "zone": ("功能区", "Functional zone"),
        "download_map": ("下载地图", "Download the map"),
        "not_reported_title": ("未报告(不等于 0)", "Not reported (not zero)"),
        "more_charts": ("显示其余 {n} 个图表", "Show the other {n} charts"),
        "adding_upload": (
            "正在添加文档并更新指标表(在独立进程中读取,有时间和内存上限)…",
            "Adding the document and updating the tables (read in a separate process, with "
            "time and memory limits)…",
        ),
        "unmapped_first": (
            "列出前 {n} 个,共 {total} 个;全部见“全部数字”页。",
            "The first {n} of {total}; all of them on the All facts page.",
        ),
        "explorer_rows": ("第 {first}–{last} 个", "Facts {first}–{last}"),
        "explorer_page": ("显示", "Showing"),
    }
)
