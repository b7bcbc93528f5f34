import type { Message } from "../types";

/** Texts of the reviewer's page (dist/review.html, src/review). */
export const reviewMessages = {
  REVIEW_TITLE: { "zh-CN": "绩效表批量审核", en: "Performance table review" },
  REVIEW_INTRO: {
    "zh-CN":
      "拖入工作簿或整个文件夹，逐个检查、按规则重算得分。文件只在本机浏览器中读取，不会上传，也不需要联网。",
    en: "Drop workbooks or a whole folder to check them and recompute their scores. Files are read in this browser only: nothing is uploaded and no internet is needed.",
  },
  REVIEW_DROP: {
    "zh-CN": "把 .xlsx 工作簿或文件夹拖到这里",
    en: "Drop .xlsx workbooks or a folder here",
  },
  REVIEW_PICK_FILES: { "zh-CN": "选择文件…", en: "Choose files…" },
  REVIEW_PICK_FOLDER: { "zh-CN": "选择文件夹…", en: "Choose a folder…" },
  REVIEW_RULES: { "zh-CN": "评分规则", en: "Scoring rules" },
  REVIEW_RULE_NATIONAL: { "zh-CN": "全国通用规则", en: "National rules" },
  REVIEW_RULE_RATIO: {
    "zh-CN": "反向指标按 目标÷实际×分值",
    en: "Negative indicators: target ÷ actual × weight",
  },
  REVIEW_RULE_GUANGXI: {
    "zh-CN": "超过目标 130% 须说明偏差（广西）",
    en: "Deviation text from 130% of the target (Guangxi)",
  },
  REVIEW_RULE_BANDS80: { "zh-CN": "等级分数线 80/70/60", en: "Grade bands 80/70/60" },
  REVIEW_RULE_BUDGET20: { "zh-CN": "预算执行率 20 分", en: "Budget execution worth 20 points" },
  REVIEW_WORKBOOK_RULES: {
    "zh-CN": "采用工作簿中保存的评分设置",
    en: "Use the scoring settings saved in each workbook",
  },
  REVIEW_PROGRESS: { "zh-CN": "已检查 {done}/{total}", en: "Checked {done}/{total}" },
  REVIEW_DONE: {
    "zh-CN":
      "已检查 {files} 个文件（{unreadable} 个无法读取），{tables} 张表：{errors} 个错误，{warnings} 个警告。",
    en: "Files checked: {files} ({unreadable} unreadable); tables: {tables}; errors: {errors}; warnings: {warnings}.",
  },
  REVIEW_FILTER_ERRORS: { "zh-CN": "只看有错误的文件", en: "Files with errors only" },
  REVIEW_FILTER_KIND: { "zh-CN": "表类型", en: "Kind" },
  REVIEW_FILTER_ALL_KINDS: { "zh-CN": "全部类型", en: "All kinds" },
  REVIEW_DOWNLOAD: { "zh-CN": "下载审核报告", en: "Download the review workbook" },
  REVIEW_DOWNLOADING: { "zh-CN": "正在生成审核报告…", en: "Building the review workbook…" },
  REVIEW_DOWNLOAD_FAILED: {
    "zh-CN": "无法生成审核报告：{detail}",
    en: "Could not build the review workbook: {detail}",
  },
  REVIEW_COL_FILE: { "zh-CN": "文件", en: "File" },
  REVIEW_COL_TABLES: { "zh-CN": "表格数", en: "Tables" },
  REVIEW_HIDDEN_TABLES: { "zh-CN": "其中 {count} 张在隐藏工作表中", en: "{count} on hidden sheets" },
  REVIEW_COL_KIND: { "zh-CN": "类型", en: "Kind" },
  REVIEW_COL_TOTAL: { "zh-CN": "重算总分 / 表中总分", en: "Total: recomputed / printed" },
  REVIEW_COL_GRADE: { "zh-CN": "重算等级 / 表中等级", en: "Grade: recomputed / printed" },
  REVIEW_COL_FINDINGS: { "zh-CN": "错误 / 警告", en: "Errors / warnings" },
  REVIEW_COL_STATUS: { "zh-CN": "状态", en: "Status" },
  REVIEW_STATUS_OK: { "zh-CN": "无错误", en: "No errors" },
  REVIEW_STATUS_ERRORS: { "zh-CN": "有错误", en: "Has errors" },
  REVIEW_STATUS_NO_TABLE: { "zh-CN": "未找到绩效表", en: "No table found" },
  REVIEW_STATUS_WAITING: { "zh-CN": "等待检查", en: "Waiting" },
  REVIEW_DETAIL_FINDINGS: { "zh-CN": "问题（{count}）", en: "Findings ({count})" },
  REVIEW_DETAIL_NONE: { "zh-CN": "没有发现问题。", en: "No findings." },
  REVIEW_DETAIL_TABLE: { "zh-CN": "表格 {sheet}!{range}：{kind}", en: "Table {sheet}!{range}: {kind}" },
  REVIEW_DETAIL_CLOSE: { "zh-CN": "关闭", en: "Close" },
  REVIEW_COL_CELL: { "zh-CN": "单元格", en: "Cell" },
  REVIEW_COL_CODE: { "zh-CN": "代码", en: "Code" },
  REVIEW_COL_MESSAGE: { "zh-CN": "说明", en: "Message" },
  REVIEW_COL_MESSAGE_EN: { "zh-CN": "英文说明", en: "Message (English)" },
  REVIEW_COL_ROW: { "zh-CN": "行", en: "Row" },
  REVIEW_COL_INDICATOR: { "zh-CN": "三级指标", en: "Indicator" },
  REVIEW_COL_TARGET: { "zh-CN": "年度指标值", en: "Target" },
  REVIEW_COL_ACTUAL: { "zh-CN": "实际完成值", en: "Actual" },
  REVIEW_COL_WEIGHT: { "zh-CN": "分值", en: "Weight" },
  REVIEW_COL_SCORE: { "zh-CN": "重算得分 / 表中得分", en: "Score: recomputed / printed" },
  REVIEW_COL_EXPLANATION: { "zh-CN": "得分说明", en: "How it was scored" },
  REVIEW_NO_WORKER: {
    "zh-CN":
      "此浏览器不支持后台检查（Web Worker），请使用新版 Chrome、Edge、Firefox 或国产 Chromium 内核浏览器。",
    en: "This browser cannot check in the background (no Web Worker); use a recent Chrome, Edge, Firefox or another Chromium-based browser.",
  },
  REVIEW_CRASHED: {
    "zh-CN": "检查此文件时出错：{detail}",
    en: "Checking this file failed: {detail}",
  },
} as const satisfies Record<string, Message>;
