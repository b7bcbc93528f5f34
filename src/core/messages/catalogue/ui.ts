import type { Message } from "../types";

/** The task pane: every label, button, status and error text it shows. */
export const uiMessages = {
  UI_APP_TITLE: { "zh-CN": "绩效表格助手", en: "PerfTables" },
  UI_LOADING: { "zh-CN": "正在加载…", en: "Loading…" },
  UI_TABS_LABEL: { "zh-CN": "功能", en: "Sections" },
  UI_TAB_INSERT: { "zh-CN": "插入表格", en: "Insert" },
  UI_TAB_VALIDATE: { "zh-CN": "校验", en: "Check" },
  UI_TAB_LIBRARY: { "zh-CN": "指标库", en: "Library" },
  UI_TAB_SETTINGS: { "zh-CN": "设置", en: "Settings" },
  UI_TAB_HELP: { "zh-CN": "帮助", en: "Help" },

  UI_WORKING: { "zh-CN": "正在{action}…", en: "{action}…" },
  UI_DONE: { "zh-CN": "{action}：已完成。", en: "{action}: done." },
  UI_ERROR_GENERIC: {
    "zh-CN": "{action}未完成：{detail}。您的数据未被修改；请重试，如仍失败请关闭并重新打开任务窗格。",
    en: "{action} did not finish: {detail}. Your data was not changed; try again, and if it still fails close and reopen the pane.",
  },
  UI_ERROR_EDIT_MODE: {
    "zh-CN": "{action}未完成：Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。",
    en: "{action} did not finish: Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
  },
  UI_ERROR_PROTECTED: {
    "zh-CN": "{action}未完成：工作表或工作簿受保护。请在“审阅”中撤销保护后重试。",
    en: "{action} did not finish: the sheet or workbook is protected. Unprotect it (Review tab) and try again.",
  },
  UI_ERROR_NOT_FOUND: {
    "zh-CN": "{action}未完成：所需的工作表或单元格已不存在（可能已被删除或改名）。请重新校验后再试。",
    en: "{action} did not finish: the sheet or cell no longer exists (deleted or renamed?). Check again, then retry.",
  },
  UI_ERROR_UNSUPPORTED: {
    "zh-CN": "{action}未完成：此版本的 Excel 不支持该功能。请使用 Microsoft 365 或 Office 2021 及以上版本。",
    en: "{action} did not finish: this Excel version does not support it. Use Microsoft 365 or Office 2021 or later.",
  },

  UI_INSERT_HEADING: { "zh-CN": "选择表格类型", en: "Choose a table" },
  UI_INSERT_KINDS_LABEL: { "zh-CN": "表格类型", en: "Table kinds" },
  UI_INSERT_NO_KINDS: { "zh-CN": "暂无可用的表格模板。", en: "No table templates are available." },
  UI_OPTIONS_HEADING: { "zh-CN": "选项", en: "Options" },
  UI_OPTION_YEAR: { "zh-CN": "年度", en: "Year" },
  UI_OPTION_UNIT: { "zh-CN": "金额单位", en: "Amount unit" },
  UI_OPTION_FRAMEWORK: { "zh-CN": "指标体系", en: "Indicator framework" },
  UI_UNIT_YUAN: { "zh-CN": "元", en: "yuan (元)" },
  UI_UNIT_WAN: { "zh-CN": "万元", en: "10k yuan (万元)" },
  UI_FRAMEWORK_NATIONAL: { "zh-CN": "全国（2021年起）", en: "National (2021+)" },
  UI_FRAMEWORK_NATIONAL_PRE2021: { "zh-CN": "全国（2021年前，成本在产出下）", en: "National (before 2021)" },
  UI_FRAMEWORK_SH2020: { "zh-CN": "上海（2020年度）", en: "Shanghai (2020)" },
  UI_FRAMEWORK_SH2019: { "zh-CN": "上海（2019年申报表）", en: "Shanghai (2019 form)" },
  UI_FRAMEWORK_EVALUATION: {
    "zh-CN": "绩效评价（决策、过程、产出、效益）",
    en: "Evaluation (decision, process, output, benefit)",
  },
  UI_INSERT_BLANK: { "zh-CN": "插入空白表", en: "Insert blank table" },
  UI_INSERT_EXAMPLE: { "zh-CN": "插入示例表", en: "Insert filled example" },
  UI_INSERT_ROWS_HEADING: { "zh-CN": "已有表格", en: "Existing table" },
  UI_INSERT_ROWS_COUNT: { "zh-CN": "行数", en: "Rows" },
  UI_INSERT_ROWS: { "zh-CN": "在选中位置插入指标行", en: "Insert indicator rows at the selection" },
  UI_REPAIR: { "zh-CN": "修复公式", en: "Repair formulas" },
  UI_OPTION_FORMULAS: { "zh-CN": "公式类型", en: "Formulas" },
  UI_FORMULAS_PERF: { "zh-CN": "PERF 函数（需本加载项）", en: "PERF functions (need this add-in)" },
  UI_FORMULAS_PORTABLE: {
    "zh-CN": "通用版（WPS、LibreOffice、Excel 2010 起均可计算）",
    en: "Portable (computes in WPS, LibreOffice, Excel 2010+)",
  },
  UI_FORMULAS_HINT: {
    "zh-CN": "要发给其他单位的文件请用通用版；在装有本加载项的 Excel 中自用可选 PERF 函数。",
    en: "Use portable for files you send to others; PERF functions inside Excel with this add-in.",
  },
  UI_EXPORT_PORTABLE: { "zh-CN": "导出通用版", en: "Export portable copy" },
  UI_EXPORTED_PORTABLE: {
    "zh-CN": "已在新工作表“{sheet}”生成通用版（改写 {count} 个公式），原表未改动。",
    en: 'Portable copy on the new sheet "{sheet}" ({count} formulas rewritten); the original is unchanged.',
  },
  UI_INSERTED_AT: { "zh-CN": "已插入到工作表“{sheet}”。", en: 'Inserted on sheet "{sheet}".' },
  UI_ROWS_INSERTED: { "zh-CN": "已插入 {count} 行指标。", en: "Inserted {count} indicator rows." },
  UI_REPAIRED: { "zh-CN": "已修复 {count} 个公式。", en: "Repaired {count} formulas." },
  UI_REPAIRED_ON_OPEN: {
    "zh-CN":
      "本工作簿有 {count} 个 PERF 公式显示 #NAME?（保存时未加载本加载项），已自动重新输入。需要在其他电脑上计算的文件请使用便携模板。",
    en: "{count} PERF formulas of this workbook showed #NAME? (it was saved without the add-in); they were re-entered. For files that travel to other computers, use the portable templates.",
  },
  UI_ROWS_INVALID: {
    "zh-CN": "行数须为 1 到 50 之间的整数。",
    en: "Rows must be a whole number from 1 to 50.",
  },
  UI_YEAR_INVALID: {
    "zh-CN": "年度须为 2000 到 2100 之间的年份。",
    en: "The year must be between 2000 and 2100.",
  },
  UI_NO_TABLE_HERE: {
    "zh-CN": "当前工作表中没有找到绩效表。请先插入表格，或切换到表格所在的工作表。",
    en: "No performance table found on this sheet. Insert one first, or switch to the sheet that has it.",
  },

  UI_VALIDATE_RUN: { "zh-CN": "校验当前工作表", en: "Check this sheet" },
  UI_VALIDATE_CLEAR: { "zh-CN": "清除标记", en: "Clear marks" },
  UI_VALIDATE_LIVE: { "zh-CN": "输入时实时校验", en: "Check as I type" },
  UI_VALIDATE_LIVE_ON: { "zh-CN": "实时校验已开启。", en: "Live checking is on." },
  UI_VALIDATE_LIVE_OFF: { "zh-CN": "实时校验已关闭。", en: "Live checking is off." },
  UI_VALIDATE_SUMMARY: {
    "zh-CN": "错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项。",
    en: "{errors} errors, {warnings} warnings, {infos} notes.",
  },
  UI_VALIDATE_CLEAN: {
    "zh-CN": "未发现问题（共检查 {tables} 张表）。",
    en: "No problems found ({tables} tables checked).",
  },
  UI_VALIDATE_TOTAL: {
    "zh-CN": "{kind}：总分 {total}，等级 {grade}",
    en: "{kind}: total {total}, grade {grade}",
  },
  UI_SEVERITY_ERROR: { "zh-CN": "错误", en: "Errors" },
  UI_SEVERITY_WARNING: { "zh-CN": "警告", en: "Warnings" },
  UI_SEVERITY_INFO: { "zh-CN": "提示", en: "Notes" },
  UI_FINDING_GOTO: { "zh-CN": "转到单元格 {cell}：{message}", en: "Go to cell {cell}: {message}" },
  UI_MARKS_CLEARED: { "zh-CN": "已清除 {count} 个单元格的标记。", en: "Cleared the marks of {count} cells." },
  UI_CELL_GONE: {
    "zh-CN": "找不到单元格 {cell}（工作表可能已改名或删除）。请重新校验。",
    en: "Cell {cell} cannot be found (sheet renamed or deleted?). Check again.",
  },

  UI_LIBRARY_SEARCH: {
    "zh-CN": "搜索指标（中文或拼音首字母，如 ysz）",
    en: "Search (Chinese or pinyin initials, e.g. ysz)",
  },
  UI_LIBRARY_LIST: { "zh-CN": "指标体系", en: "Framework" },
  UI_LIBRARY_COUNT: { "zh-CN": "找到 {count} 个指标。", en: "{count} indicators found." },
  UI_LIBRARY_NONE: {
    "zh-CN": "没有匹配的指标，请换个关键词。",
    en: "No matching indicator; try another word.",
  },
  UI_LIBRARY_INSERT: { "zh-CN": "插入", en: "Insert" },
  UI_LIBRARY_INSERT_LABEL: { "zh-CN": "插入指标“{name}”", en: 'Insert indicator "{name}"' },
  UI_LIBRARY_INSERTED: { "zh-CN": "已在 {cell} 插入“{name}”。", en: 'Inserted "{name}" at {cell}.' },

  UI_SETTINGS_INTRO: {
    "zh-CN": "评分规则保存在当前工作簿中，打开此文件的人都按相同规则校验和计分。",
    en: "Scoring rules are saved in this workbook, so everyone who opens it checks and scores the same way.",
  },
  UI_SETTINGS_NEGATIVE: { "zh-CN": "反向指标（≤、<）计分", en: "Negative indicators (≤, <)" },
  UI_SETTINGS_NEGATIVE_NATIONAL: {
    "zh-CN": "全国：超出目标按比例扣减，达到 2 倍目标得 0 分",
    en: "National: linear down to 0 at twice the target",
  },
  UI_SETTINGS_NEGATIVE_RATIO: {
    "zh-CN": "比值法：目标值 ÷ 实际值 × 分值",
    en: "Ratio: target ÷ actual × weight",
  },
  UI_SETTINGS_BANDS: { "zh-CN": "评分等级", en: "Grade bands" },
  UI_SETTINGS_BANDS_90: { "zh-CN": "优 ≥90，良 ≥80，中 ≥60（全国）", en: "A ≥90, B ≥80, C ≥60 (national)" },
  UI_SETTINGS_BANDS_80: { "zh-CN": "优 ≥80，良 ≥70，中 ≥60", en: "A ≥80, B ≥70, C ≥60" },
  UI_SETTINGS_BUDGET_WEIGHT: { "zh-CN": "预算执行率分值", en: "Budget execution points" },
  UI_SETTINGS_BUDGET_10: { "zh-CN": "10 分（指标合计 90 分）", en: "10 points (indicators 90)" },
  UI_SETTINGS_BUDGET_20: { "zh-CN": "20 分（指标合计 80 分）", en: "20 points (indicators 80)" },
  UI_SETTINGS_OVER: {
    "zh-CN": "超额完成时要求填写偏差原因",
    en: "Require a deviation reason when far above target",
  },
  UI_SETTINGS_OVER_GROUP: { "zh-CN": "超额完成（如广西 130%）", en: "Over-achievement (e.g. Guangxi 130%)" },
  UI_SETTINGS_OVER_FACTOR: { "zh-CN": "超过目标的倍数", en: "Times the target" },
  UI_SETTINGS_CAP: { "zh-CN": "得分不超过分值", en: "Never score above the weight" },
  UI_SETTINGS_SAVE: { "zh-CN": "保存到工作簿", en: "Save to workbook" },
  UI_SETTINGS_RESET: { "zh-CN": "恢复全国默认", en: "Reset to national rules" },
  UI_SETTINGS_SAVED: { "zh-CN": "评分规则已保存到工作簿。", en: "Scoring rules saved to the workbook." },
  UI_SETTINGS_FACTOR_INVALID: {
    "zh-CN": "倍数须为 1 到 5 之间的数字，如 1.3。",
    en: "The factor must be a number from 1 to 5, e.g. 1.3.",
  },
  UI_SETTINGS_LOADED_INVALID: {
    "zh-CN": "工作簿中保存的评分规则无法读取，已按全国默认规则显示；保存一次即可修正。",
    en: "The rules saved in this workbook could not be read; national rules are shown. Save once to fix it.",
  },

  UI_HELP_INTRO: {
    "zh-CN": "绩效表格助手帮助您制作和检查项目支出绩效目标表、绩效自评表。",
    en: "PerfTables helps you make and check project performance goal and self-evaluation tables.",
  },
  UI_HELP_STEP_INSERT: {
    "zh-CN": "插入表格：选择表格类型和年度，点击“插入空白表”，在新工作表中填写。",
    en: "Insert: choose a table and year, click Insert blank table, fill it in on the new sheet.",
  },
  UI_HELP_STEP_VALIDATE: {
    "zh-CN":
      "校验：点击“校验当前工作表”，有问题的单元格会被标色；点击问题可跳转到单元格；“清除标记”恢复原有格式。",
    en: "Check: click Check this sheet; cells with problems are coloured; click a problem to go to its cell; Clear marks restores the formatting.",
  },
  UI_HELP_STEP_LIBRARY: {
    "zh-CN": "指标库：输入中文或拼音首字母搜索常用指标，选中表格内任一单元格后点击“插入”。",
    en: "Indicators: search by Chinese or pinyin initials, select a cell in the table, click Insert.",
  },
  UI_HELP_STEP_FUNCTIONS: {
    "zh-CN": "公式：表格中的得分由 PERF.SCORE、PERF.GRADE 等函数计算，可在任意单元格中使用。",
    en: "Formulas: scores come from PERF.SCORE, PERF.GRADE and other functions you can use in any cell.",
  },
  UI_HELP_OLD_FORMATS: {
    "zh-CN":
      "旧版 .xls 文件：Excel 以“兼容模式”打开 .xls，此时加载项不能运行。请点击“文件 → 信息 → 转换”（或“文件 → 另存为”，保存类型选“Excel 工作簿 (*.xlsx)”），然后打开保存的 .xlsx 文件。WPS 的 .et 文件同样另存为 .xlsx。",
    en: "Old .xls files: Excel opens an .xls in Compatibility Mode, where add-ins do not run. Click File → Info → Convert (or File → Save As, type “Excel Workbook (*.xlsx)”), then open the saved .xlsx. Save WPS .et files as .xlsx the same way.",
  },
  UI_HELP_REVIEW: {
    "zh-CN":
      "审核人员：在浏览器中打开审核页面，拖入一批工作簿或整个文件夹，逐个检查、重算得分并下载审核报告（文件不会上传）。",
    en: "Reviewers: open the review page in a browser, drop a batch of workbooks or a whole folder, check and rescore them and download the review workbook (nothing is uploaded).",
  },
  UI_HELP_REVIEW_LINK: { "zh-CN": "打开审核页面", en: "Open the review page" },
  UI_SCORES_HEADING: { "zh-CN": "得分说明（{count} 项）", en: "How each score was reached ({count})" },
  UI_SCORE_ROW: { "zh-CN": "第 {row} 行 {name}", en: "Row {row} {name}" },
  UI_HELP_KEYBOARD: {
    "zh-CN": "键盘：用左右方向键切换页签，Tab 键在控件间移动，Enter 或空格执行。",
    en: "Keyboard: Left/Right arrows switch tabs, Tab moves between controls, Enter or Space activates.",
  },
} as const satisfies Record<string, Message>;
