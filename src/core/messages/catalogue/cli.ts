import type { Message } from "../types";

/** Messages of the command line (`perf-tables check` / `template`) added after QA; older ones live in validation.ts. */
export const cliMessages = {
  // ── where the review workbook / template goes ───────────────────────────────────────────────
  CHECK_REPORT_EXISTS: {
    "zh-CN":
      "报告文件“{path}”已存在且不是审核报告，未覆盖，也未开始检查。如需覆盖请加 --force，或另选报告文件名。",
    en: "The report file “{path}” already exists and is not a review report: it was not overwritten and nothing was checked. Add --force to overwrite it, or choose another name.",
  },
  CHECK_REPORT_IS_FOLDER: {
    "zh-CN": "报告路径“{path}”是一个文件夹。请在其后写上文件名，例如 {path}/审核.xlsx。",
    en: "The report path “{path}” is a folder. Add a file name, e.g. {path}/review.xlsx.",
  },
  CHECK_REPORT_NO_FOLDER: {
    "zh-CN": "报告所在的文件夹“{folder}”不存在，未开始检查。请先创建该文件夹，或另选报告路径。",
    en: "The report's folder “{folder}” does not exist; nothing was checked. Create the folder first, or choose another report path.",
  },
  TEMPLATE_OUTPUT_IS_FOLDER: {
    "zh-CN": "输出路径“{path}”是一个文件夹。请在其后写上文件名，例如 {path}/自评表.xlsx。",
    en: "The output path “{path}” is a folder. Add a file name, e.g. {path}/self-eval.xlsx.",
  },
  TEMPLATE_OUTPUT_NO_FOLDER: {
    "zh-CN": "输出文件所在的文件夹“{folder}”不存在。请先创建该文件夹，或另选输出路径。",
    en: "The output file's folder “{folder}” does not exist. Create the folder first, or choose another output path.",
  },
  TEMPLATE_OUTPUT_NOT_XLSX: {
    "zh-CN": "输出文件名“{path}”须以 .xlsx 结尾（生成的是 Excel 工作簿），未写入任何文件。",
    en: "The output file name “{path}” must end in .xlsx (an Excel workbook is written); nothing was written.",
  },
  // ── scoring settings a submitted workbook carries (check) ────────────────────────────────────
  SETTINGS_WORKBOOK_DIFFERS: {
    "zh-CN":
      "本工作簿保存了自己的评分设置，与审核采用的规则有 {count} 处不同（见下）。审核未采用工作簿的设置；如需按其计算，请加 --workbook-rules。",
    en: "This workbook stores scoring settings of its own that differ from the review's rules in {count} point(s) (see below). They were not applied; add --workbook-rules to score with them.",
  },
  SETTINGS_WORKBOOK_APPLIED: {
    "zh-CN":
      "已按本工作簿保存的评分设置计算（--workbook-rules），与审核规则有 {count} 处不同（见下），请审核人留意。",
    en: "Scored with the settings stored in this workbook (--workbook-rules); they differ from the review's rules in {count} point(s) (see below).",
  },
  SETTINGS_DIFF_GRADE_BANDS: {
    "zh-CN": "等级分数线（优/良/中）：工作簿 {stored}，审核规则 {applied}。",
    en: "Grade bands (优/良/中): workbook {stored}, review rules {applied}.",
  },
  SETTINGS_DIFF_NEGATIVE_FORMULA: {
    "zh-CN": "反向指标计分公式：工作簿 {stored}，审核规则 {applied}。",
    en: "Negative indicator formula: workbook {stored}, review rules {applied}.",
  },
  SETTINGS_DIFF_BUDGET_WEIGHT: {
    "zh-CN": "预算执行率分值：工作簿 {stored}，审核规则 {applied}。",
    en: "Budget execution points: workbook {stored}, review rules {applied}.",
  },
  SETTINGS_DIFF_WEIGHT_TOTAL: {
    "zh-CN": "三级指标分值合计：工作簿 {stored}，审核规则 {applied}。",
    en: "Indicator points in total: workbook {stored}, review rules {applied}.",
  },
  SETTINGS_DIFF_OVER_ACHIEVEMENT: {
    "zh-CN": "超额完成须说明偏差的比例：工作簿 {stored}，审核规则 {applied}。",
    en: "Over-achievement needing an explanation from: workbook {stored}, review rules {applied}.",
  },
  SETTINGS_DIFF_CAP: {
    "zh-CN": "得分不超过分值：工作簿 {stored}，审核规则 {applied}。",
    en: "Scores capped at the weight: workbook {stored}, review rules {applied}.",
  },
  SETTINGS_DIFF_QUALITATIVE: {
    "zh-CN": "定性指标默认得分比例（达成/部分达成/未达成）：工作簿 {stored}，审核规则 {applied}。",
    en: "Default qualitative shares (achieved/partial/failed): workbook {stored}, review rules {applied}.",
  },
  // ── a workbook without any table (check) ──────────────────────────────────────────────────────
  CHECK_NO_TABLE: {
    "zh-CN":
      "本工作簿中未找到绩效表，未做任何检查。可识别的是绩效目标表、绩效自评表和运行监控表：须有“一级指标 / 二级指标 / 三级指标（或 绩效指标）/ 指标值（或 指标目标值、年度指标值）”表头行。请确认提交的是正确的文件。",
    en: "No performance table was found in this workbook, so nothing was checked. Goal, self-evaluation and monitoring tables are recognised by a header row 一级指标 / 二级指标 / 三级指标 (or 绩效指标) / 指标值 (or 指标目标值, 年度指标值). Check that the right file was submitted.",
  },
  // ── arguments ─────────────────────────────────────────────────────────────────────────────────
  CLI_MISSING_VALUE: {
    "zh-CN": "缺少 {arg} 的值（其后紧跟的是另一个选项或已到结尾）。用法：{usage}",
    en: "Missing the value of {arg} (it is followed by another option or nothing). Usage: {usage}",
  },
  CHECK_STDIN_UNSUPPORTED: {
    "zh-CN": "读取标准输入（“{arg}”）不支持。请给出工作簿或文件夹的路径。用法：{usage}",
    en: "Reading from standard input (“{arg}”) is not supported. Give the path of a workbook or folder. Usage: {usage}",
  },
  TEMPLATE_MONTH_MONITOR_ONLY: {
    "zh-CN": "--month 只适用于绩效运行监控表（monitor），“{kind}”没有监控期间。请去掉 --month。",
    en: "--month applies to the monitoring table (monitor) only; “{kind}” has no monitoring period. Remove --month.",
  },
  // ── counted nouns in the terminal summary: {count} params of CHECK_SUMMARY / CHECK_COUNTS / CHECK_TABLE_HEADING
  CHECK_N_FILES_ONE: { "zh-CN": "{n} 个文件", en: "{n} file" },
  CHECK_N_FILES_MANY: { "zh-CN": "{n} 个文件", en: "{n} files" },
  CHECK_N_TABLES_ONE: { "zh-CN": "{n} 张表", en: "{n} table" },
  CHECK_N_TABLES_MANY: { "zh-CN": "{n} 张表", en: "{n} tables" },
  CHECK_N_INDICATORS_ONE: { "zh-CN": "{n} 个指标", en: "{n} indicator" },
  CHECK_N_INDICATORS_MANY: { "zh-CN": "{n} 个指标", en: "{n} indicators" },
  CHECK_N_ERRORS_ONE: { "zh-CN": "错误 {n} 个", en: "{n} error" },
  CHECK_N_ERRORS_MANY: { "zh-CN": "错误 {n} 个", en: "{n} errors" },
  CHECK_N_WARNINGS_ONE: { "zh-CN": "警告 {n} 个", en: "{n} warning" },
  CHECK_N_WARNINGS_MANY: { "zh-CN": "警告 {n} 个", en: "{n} warnings" },
  CHECK_N_NOTES_ONE: { "zh-CN": "提示 {n} 个", en: "{n} note" },
  CHECK_N_NOTES_MANY: { "zh-CN": "提示 {n} 个", en: "{n} notes" },
  CHECK_SHEET_HIDDEN: { "zh-CN": "{sheet}（隐藏）", en: "{sheet} (hidden)" },
} as const satisfies Record<string, Message>;
