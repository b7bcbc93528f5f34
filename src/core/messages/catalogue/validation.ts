import type { Message } from "../types";
import { structureMessages } from "../../validation/structureMessages";
import { targetsMessages } from "../../validation/targetsMessages";
import { actualsMessages } from "../../validation/actualsMessages";
import { weightsMessages } from "../../validation/weightsMessages";
import { scoresMessages } from "../../validation/scoresMessages";
import { fundsMessages } from "../../validation/fundsMessages";
import { subBudgetsMessages } from "../../validation/subBudgetsMessages";
import { totalsMessages } from "../../validation/totalsMessages";
import { monitorMessages } from "../../validation/monitorMessages";
import { departmentMessages } from "../../validation/departmentMessages";
import { blocksMessages } from "../../validation/blocksMessages";
import { portableMessages } from "../../validation/portableMessages";
import { settingsMessages } from "../../settings/settingsMessages";

/**
 * The validator's messages, assembled from each rule family's own file (beside its rules), and the
 * `check` command's report labels, which live here.
 */
export const validationMessages = {
  ...structureMessages,
  ...targetsMessages,
  ...actualsMessages,
  ...weightsMessages,
  ...scoresMessages,
  ...fundsMessages,
  ...subBudgetsMessages,
  ...totalsMessages,
  ...monitorMessages,
  ...departmentMessages,
  ...blocksMessages,
  ...portableMessages,
  ...settingsMessages,
  // ── check command (perf-tables check) ─────────────────────────────────────────────────────────
  CHECK_NO_INPUT: {
    "zh-CN": "请指定要检查的工作簿或文件夹，例如：perf-tables check 收件箱/ --report 审核.xlsx",
    en: "Name the workbooks or folders to check, e.g.: perf-tables check submissions/ --report review.xlsx",
  },
  CHECK_BAD_ARGUMENT: {
    "zh-CN": "无法识别的参数“{arg}”。用法：{usage}",
    en: "Unrecognised argument “{arg}”. Usage: {usage}",
  },
  CHECK_NO_FILES: {
    "zh-CN": "在指定位置没有找到可检查的文件（.xlsx、.xlsm、.xls、.et、.docx、.doc、.wps 等）。请检查路径。",
    en: "No file to check (.xlsx, .xlsm, .xls, .et, .docx, .doc, .wps …) was found there. Check the paths.",
  },
  CHECK_FILE_SKIPPED: {
    "zh-CN": "未检查：{detail}",
    en: "Not checked: {detail}",
  },
  CHECK_SKIPPED_EXTENSION: {
    "zh-CN": "扩展名为“{ext}”的文件不是表格或 Word 文档，未读取。",
    en: "files named “{ext}” are not spreadsheets or Word documents and are not read.",
  },
  CHECK_SKIPPED_LOCK_FILE: {
    "zh-CN": "这是 Excel/Word/WPS 打开文件时生成的临时锁文件（~$ 开头），不是提交的文件，未读取。",
    en: "a lock file Excel, Word or WPS leaves beside an open file (~$…), not a submission; not read.",
  },
  CHECK_SKIPPED_HIDDEN: {
    "zh-CN": "隐藏文件（名称以“.”开头），未读取。",
    en: "a hidden file (its name starts with “.”); not read.",
  },
  CHECK_SUMMARY_SKIPPED: {
    "zh-CN": "另有 {count} 个文件未检查（见上方“未检查”各行）。",
    en: "{count} more files were seen and not checked (see the “Not checked” lines above).",
  },
  CHECK_FILE_HEADING: {
    "zh-CN": "文件：{path}",
    en: "File: {path}",
  },
  CHECK_FILE_UNREADABLE: {
    "zh-CN": "无法读取：{detail}",
    en: "Could not be read: {detail}",
  },
  CHECK_NO_TABLES: {
    "zh-CN": "未找到绩效目标表或绩效自评表（需有“一级指标/二级指标/三级指标/指标值”表头）。",
    en: "No performance goal or self-evaluation table found (it needs the 一级指标/二级指标/三级指标/指标值 header).",
  },
  CHECK_TABLE_HEADING: {
    "zh-CN": "表：{sheet}!{range}（{kind}，{count}）",
    en: "Table: {sheet}!{range} ({kind}, {count})",
  },
  CHECK_TOTALS_LINE: {
    "zh-CN": "总分：表中 {claimed}，重算 {recomputed}；等级：表中 {claimedGrade}，重算 {grade}",
    en: "Total: printed {claimed}, recomputed {recomputed}; grade: printed {claimedGrade}, recomputed {grade}",
  },
  CHECK_BUDGET_LINE_MONITOR: {
    "zh-CN": "预算执行：{executed} / {budget}，执行率 {rate}%（运行监控表不评分）",
    en: "Budget execution: {executed} / {budget}, rate {rate}% (monitoring tables are not scored)",
  },
  CHECK_BUDGET_LINE: {
    "zh-CN": "预算执行：{executed} / {budget}，执行率 {rate}%，得分 {score}（表中 {claimedScore}）",
    en: "Budget execution: {executed} / {budget}, rate {rate}%, score {score} (printed {claimedScore})",
  },
  CHECK_COUNTS: {
    "zh-CN": "问题：{errors}，{warnings}，{infos}",
    en: "Findings: {errors}, {warnings}, {infos}",
  },
  CHECK_SEVERITY_ERROR: { "zh-CN": "错误", en: "Errors" },
  CHECK_SEVERITY_WARNING: { "zh-CN": "警告", en: "Warnings" },
  CHECK_SEVERITY_INFO: { "zh-CN": "提示", en: "Notes" },
  CHECK_SUMMARY: {
    "zh-CN": "共检查 {files}（{unreadable} 个无法读取），{tables}：{errors}，{warnings}，{infos}。",
    en: "Checked {files} ({unreadable} unreadable), {tables}: {errors}, {warnings}, {infos}.",
  },
  CHECK_PROGRESS: {
    "zh-CN": "正在检查 {done}/{total}",
    en: "Checking {done}/{total}",
  },
  CHECK_REPORT_WRITTEN: {
    "zh-CN": "审核报告已写入 {path}",
    en: "Review report written to {path}",
  },
  CHECK_REPORT_IS_INPUT: {
    "zh-CN": "报告路径“{path}”是被检查的文件之一，不能覆盖。请另选报告文件名。",
    en: "The report path “{path}” is one of the files being checked and will not be overwritten. Choose another name.",
  },
  CHECK_REPORT_NOT_XLSX: {
    "zh-CN": "报告文件名“{path}”须以 .xlsx 结尾。",
    en: "The report file name “{path}” must end in .xlsx.",
  },
  CHECK_REPORT_FAILED: {
    "zh-CN": "无法写入报告“{path}”：{detail}。请检查目录是否存在、文件是否在 Excel 中打开。",
    en: "Could not write the report “{path}”: {detail}. Check that the folder exists and the file is not open in Excel.",
  },
  CHECK_SHEET_SUMMARY: { "zh-CN": "汇总", en: "Summary" },
  CHECK_SHEET_FINDINGS: { "zh-CN": "问题", en: "Findings" },
  CHECK_COL_FILE: { "zh-CN": "文件", en: "File" },
  CHECK_COL_SHEET: { "zh-CN": "工作表", en: "Sheet" },
  CHECK_COL_KIND: { "zh-CN": "表类型", en: "Kind" },
  CHECK_COL_RANGE: { "zh-CN": "区域", en: "Range" },
  CHECK_COL_CLAIMED_TOTAL: { "zh-CN": "表中总分", en: "Printed total" },
  CHECK_COL_TOTAL: { "zh-CN": "重算总分", en: "Recomputed total" },
  CHECK_COL_CLAIMED_GRADE: { "zh-CN": "表中等级", en: "Printed grade" },
  CHECK_COL_GRADE: { "zh-CN": "重算等级", en: "Recomputed grade" },
  CHECK_COL_ERRORS: { "zh-CN": "错误数", en: "Errors" },
  CHECK_COL_WARNINGS: { "zh-CN": "警告数", en: "Warnings" },
  CHECK_COL_INFOS: { "zh-CN": "提示数", en: "Notes" },
  CHECK_COL_STATUS: { "zh-CN": "状态", en: "Status" },
  CHECK_COL_FORMAT: { "zh-CN": "文件格式", en: "Format" },
  CHECK_COL_CELL: { "zh-CN": "单元格", en: "Cell" },
  CHECK_COL_SEVERITY: { "zh-CN": "级别", en: "Severity" },
  CHECK_COL_CODE: { "zh-CN": "代码", en: "Code" },
  CHECK_COL_MESSAGE: { "zh-CN": "说明", en: "Message" },
  CHECK_SHEET_SCORES: { "zh-CN": "得分说明", en: "Scores" },
  CHECK_COL_ROW: { "zh-CN": "行", en: "Row" },
  CHECK_COL_INDICATOR: { "zh-CN": "三级指标", en: "Indicator" },
  CHECK_COL_TARGET: { "zh-CN": "年度指标值", en: "Target" },
  CHECK_COL_ACTUAL: { "zh-CN": "实际完成值", en: "Actual" },
  CHECK_COL_WEIGHT: { "zh-CN": "分值", en: "Weight" },
  CHECK_COL_CLAIMED_SCORE: { "zh-CN": "表中得分", en: "Printed score" },
  CHECK_COL_SCORE: { "zh-CN": "重算得分", en: "Recomputed score" },
  CHECK_COL_EXPLANATION: { "zh-CN": "得分说明", en: "How it was scored" },
  CHECK_BUDGET_ROW: { "zh-CN": "预算执行率", en: "Budget execution" },
  CHECK_SCORE_LINE: {
    "zh-CN": "第 {row} 行 {name}：{explanation}",
    en: "Row {row} {name}: {explanation}",
  },
  CHECK_STATUS_OK: { "zh-CN": "无错误", en: "No errors" },
  CHECK_STATUS_ERRORS: { "zh-CN": "有错误", en: "Has errors" },
} as const satisfies Record<string, Message>;
