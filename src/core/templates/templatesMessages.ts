import type { Message } from "../messages/types";

/** One-click templates: gallery titles and descriptions, CLI and task pane errors. */
export const templatesMessages = {
  TEMPLATE_ACTUAL_PROMPT: {
    "zh-CN": "定性指标请选择完成情况；定量指标直接输入数值（如 89.00(%)）。",
    en: "Qualitative indicators: pick the outcome; quantitative ones: type the value (e.g. 89.00(%)).",
  },
  TEMPLATE_LIST_WARNING: {
    "zh-CN": "不在下拉列表中，确定要保留吗？",
    en: "This is not in the list. Keep it anyway?",
  },
  TEMPLATE_LIST_STOP: {
    "zh-CN": "请从下拉列表中选择。",
    en: "Please pick a value from the list.",
  },
  TEMPLATE_UNKNOWN_KIND: {
    "zh-CN": "未知的模板类型“{kind}”。可用类型：{kinds}。",
    en: 'Unknown template kind "{kind}". Available kinds: {kinds}.',
  },
  TEMPLATE_INVALID_YEAR: {
    "zh-CN": "年度“{year}”无效，请输入四位年份（如 2025）。",
    en: 'Invalid year "{year}"; give a four-digit year (e.g. 2025).',
  },
  TEMPLATE_INVALID_MONTH: {
    "zh-CN": "月份“{month}”无效，请输入 1 到 12 之间的整数。",
    en: 'Invalid month "{month}"; give a whole number from 1 to 12.',
  },
  TEMPLATE_INVALID_UNIT: {
    "zh-CN": "金额单位“{unit}”无效，只能是“元”或“万元”。",
    en: 'Invalid amount unit "{unit}"; use 元 or 万元.',
  },
  TEMPLATE_INVALID_FRAMEWORK: {
    "zh-CN": "指标体系“{framework}”不适用于此模板，可选：{frameworks}。",
    en: 'Framework "{framework}" does not apply to this template; choose one of: {frameworks}.',
  },
  TEMPLATE_INVALID_FORMULAS: {
    "zh-CN":
      "公式类型“{formulas}”无效，可选：portable（通用版，WPS/LibreOffice/各版 Excel 均可计算）或 perf（PERF 函数，需加载项）。",
    en: 'Invalid formula mode "{formulas}"; use portable (built-in functions, computes in WPS, LibreOffice and any Excel) or perf (PERF functions, needs the add-in).',
  },
  TEMPLATE_INVALID_RULES: {
    "zh-CN": "评分规则“{rules}”无效，可选：{known}（可用逗号组合）。",
    en: 'Unknown scoring rules "{rules}"; choose from {known} (comma-separated).',
  },
  TEMPLATE_NO_EXAMPLE: {
    "zh-CN": "模板“{kind}”没有示例数据。",
    en: 'Template "{kind}" has no example data.',
  },
  TEMPLATE_OUTPUT_EXISTS: {
    "zh-CN": "文件“{path}”已存在，未覆盖。如需覆盖请加 --force，或用 -o 指定其他文件名。",
    en: 'File "{path}" already exists and was not overwritten. Add --force to overwrite, or choose another name with -o.',
  },
  TEMPLATE_WRITTEN: {
    "zh-CN": "已生成“{title}”：{path}",
    en: 'Wrote "{title}": {path}',
  },
  TEMPLATE_WRITE_FAILED: {
    "zh-CN": "无法写入文件“{path}”：{detail}",
    en: 'Could not write "{path}": {detail}',
  },
  TEMPLATE_BAD_ARGUMENT: {
    "zh-CN": "参数“{arg}”无效。用法：{usage}",
    en: 'Invalid argument "{arg}". Usage: {usage}',
  },
  TEMPLATE_LIST_HEADING: { "zh-CN": "可用模板：", en: "Available templates:" },
  TEMPLATE_EXPORT_NOTHING: {
    "zh-CN": "当前工作表没有 PERF 公式，无需导出通用版（它已能在 WPS、LibreOffice 和各版 Excel 中计算）。",
    en: "This sheet has no PERF formula: there is nothing to convert (it already computes in WPS, LibreOffice and any Excel).",
  },
  TEMPLATE_EXPORT_FAILED: {
    "zh-CN": "导出通用版失败：{detail}。原工作表未被修改。",
    en: "Could not export the portable copy: {detail}. The original sheet was not changed.",
  },
  TEMPLATE_INSERT_FAILED: {
    "zh-CN": "插入模板失败：{detail}。工作簿未被修改。",
    en: "Could not insert the template: {detail}. The workbook was not changed.",
  },
  TEMPLATE_NOT_IN_INDICATORS: {
    "zh-CN": "请先选中指标区域中某个二级指标下的一行，再插入行。",
    en: "Select a row under a level-2 indicator in the indicator area first, then insert rows.",
  },
  TEMPLATE_INVALID_ROW_COUNT: {
    "zh-CN": "插入行数“{count}”无效，请输入 1 到 100 之间的整数。",
    en: 'Invalid number of rows "{count}"; give a whole number from 1 to 100.',
  },
  TEMPLATE_INSERT_ROWS_NEEDS_1_13: {
    "zh-CN":
      "此版本的 Excel 无法读取合并单元格（需要 Microsoft 365 或 Office 2021 及以上），不能自动插入指标行。请手动插入整行，并把一级、二级指标的合并单元格向下扩展。",
    en: "This Excel version cannot read merged cells (Microsoft 365 or Office 2021 or later needed), so indicator rows cannot be inserted for you. Insert whole rows by hand and extend the level-1 and level-2 merged cells over them.",
  },
  TEMPLATE_INSERT_ROWS_FAILED: {
    "zh-CN": "插入指标行失败：{detail}",
    en: "Could not insert indicator rows: {detail}",
  },
  TEMPLATE_REPAIR_FAILED: {
    "zh-CN": "重新输入公式失败：{detail}",
    en: "Could not re-enter the formulas: {detail}",
  },
  TEMPLATE_REPAIR_NOTHING: {
    "zh-CN": "工作簿中没有 PERF 公式，无需修复。",
    en: "The workbook has no PERF formulas; nothing to repair.",
  },
  TEMPLATE_REPAIR_DONE: {
    "zh-CN": "已重新输入 {count} 个 PERF 公式。",
    en: "Re-entered {count} PERF formulas.",
  },
  TEMPLATE_PAGE_LAYOUT_SKIPPED: {
    "zh-CN": "此版本的 Excel 不支持通过加载项设置打印格式，模板已插入，请手动设置 A4 纸和“调整为一页宽”。",
    en: "This Excel version cannot set print options from an add-in; the template was inserted, set A4 and fit to one page wide by hand.",
  },
} as const satisfies Record<string, Message>;
