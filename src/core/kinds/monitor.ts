/**
 * 项目支出绩效运行监控表 (mid-year "双监控", docs/domain.md §1.5): funds (年初预算数 | 1-X月执行数 | 执行率 |
 * 全年预计执行数) and per indicator 年度指标值 | 1-X月执行情况 | 全年预计完成情况 | five 偏差原因 columns |
 * 完成目标可能性 | 备注. Landscape.
 */
import { toA1 } from "../address";
import { frameworks, type FrameworkId } from "../frameworks";
import type { TemplateContent } from "../templates/content";
import { createLayoutBuilder } from "../templates/createLayoutBuilder";
import { writeTitleRows } from "../templates/writeTitleRows";
import type { Layout, TemplateOptions } from "../templates/layout";
import { LIKELIHOODS } from "../templates/lists";
import { planIndicatorBlocks } from "../templates/planIndicatorBlocks";
import { writeIndicatorRows } from "../templates/writeIndicatorRows";
import { putCheckFormula } from "../templates/putCheckFormula";
import { addIndicatorDropdowns } from "../templates/addIndicatorDropdowns";
import { monitorRules } from "../validation/monitorRules";
import { defineKind } from "./defineKind";

const ID = "monitor";

const C = {
  level1: 0,
  level2: 1,
  name: 2,
  target: 3,
  progress: 4,
  forecast: 5,
  reasons: 6,
  likelihood: 11,
  remark: 12,
  check: 13,
} as const;
const REASONS = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"] as const;
const LAST = C.remark;

/**
 * @example
 * buildMonitor({ year: 2025, unit: "万元", month: 7 }).named["budget.rate"]; // "F6"
 */
function buildMonitor(options: TemplateOptions, content: TemplateContent = {}): Layout {
  const frameworkId: FrameworkId = options.framework === "national-pre2021" ? "national-pre2021" : "national";
  const framework = frameworks[frameworkId];
  const month = options.month ?? 7;
  const b = createLayoutBuilder(14);
  const header = content.header ?? {};

  writeTitleRows(b, "项目支出绩效运行监控表", `（${options.year}年1-${month}月）`, LAST);

  b.merge(2, 0, 2, 1, "项目名称", "label");
  b.merge(2, 2, 2, LAST, header["项目名称"] ?? null, "text", true);
  b.merge(3, 0, 3, 1, "主管部门", "label");
  b.merge(3, 2, 3, 5, header["主管部门"] ?? null, "text", true);
  b.merge(3, 6, 3, 7, "实施单位", "label");
  b.merge(3, 8, 3, LAST, header["实施单位"] ?? null, "text", true);
  b.name("header.项目名称", 2, 2);
  b.name("header.主管部门", 3, 2);
  b.name("header.实施单位", 3, 8);
  b.height(2, 22);
  b.height(3, 22);

  // Funds: heading row 4, total row 5 (sum of the parts), parts rows 6–7.
  b.merge(4, 0, 7, 1, `项目资金\n（${options.unit}）`, "label");
  const headings = ["", "年初预算数", `1-${month}月执行数`, "执行率", "全年预计执行数"];
  headings.forEach((text, i) => {
    if (i === 0) b.put(4, 2, null, "label");
    else if (i < 4) b.put(4, 2 + i, text, "header");
  });
  // 全年预计执行数 spans two of the narrow cause columns below it.
  b.merge(4, 6, 4, 7, headings[4] ?? "", "header");
  b.merge(4, 8, 4, LAST, "备注", "header");
  b.height(4, 30);
  const lines = ["年度资金总额", "其中：财政拨款", "其他资金"] as const;
  lines.forEach((label, i) => {
    const r = 5 + i;
    const n = r + 1;
    b.put(r, 2, label, "label");
    if (i === 0) {
      for (const col of [3, 4]) b.put(r, col, { formula: `=SUM(${toA1(6, col)}:${toA1(7, col)})` }, "amount");
      b.merge(r, 6, r, 7, { formula: `=SUM(${toA1(6, 6)}:${toA1(7, 6)})` }, "amount");
    } else {
      const key = i === 1 ? "财政拨款" : "其他资金";
      const line = content.budget?.[key];
      b.put(r, 3, line?.budget ?? null, "amount", true);
      b.put(r, 4, line?.executed ?? null, "amount", true);
      b.merge(r, 6, r, 7, null, "amount", true);
      b.name(`budget.${key}.budget`, r, 3);
      b.name(`budget.${key}.executed`, r, 4);
      b.name(`budget.${key}.forecast`, r, 6);
    }
    b.put(r, 5, { formula: `=IF(N(D${n})=0,"",PERF.EXECRATE(E${n},D${n}))` }, "rate");
    b.merge(r, 8, r, LAST, null, "text", true);
  });
  b.name("budget.budget", 5, 3);
  b.name("budget.executed", 5, 4);
  b.name("budget.rate", 5, 5);
  b.name("budget.forecast", 5, 6);

  b.put(8, 0, "年度总体目标", "label");
  b.merge(8, 1, 8, LAST, content.goals?.expected ?? null, "longText", true);
  b.name("goal.expected", 8, 1);
  b.height(8, 60);

  // Two heading rows: 偏差原因 spans its five causes; the others are merged down.
  const top = 9;
  const headerRow = 10;
  const single = [
    [C.level1, "一级指标"],
    [C.level2, "二级指标"],
    [C.name, "三级指标"],
    [C.target, "年度指标值"],
    [C.progress, `1-${month}月执行情况`],
    [C.forecast, "全年预计完成情况"],
    [C.likelihood, "完成目标可能性"],
    [C.remark, "备注"],
  ] as const;
  for (const [col, text] of single) b.merge(top, col, headerRow, col, text, "header");
  b.merge(top, C.reasons, top, C.reasons + REASONS.length - 1, "偏差原因分析", "header");
  REASONS.forEach((text, i) => b.put(headerRow, C.reasons + i, text, "header"));
  b.put(headerRow, C.check, "检查（自动）", "check");
  b.height(top, 20);
  b.height(headerRow, 30);

  const firstRow = headerRow + 1;
  const written = writeIndicatorRows(b, {
    startRow: firstRow,
    blocks: planIndicatorBlocks(framework, content.indicators, 2),
    level1Col: C.level1,
    level2Col: C.level2,
    writeRow(r, item, tops) {
      b.put(r, C.name, item.name ?? null, "text", true);
      b.put(r, C.target, item.target ?? null, "centerText", true);
      b.put(r, C.progress, item.progress ?? null, "centerText", true);
      b.put(r, C.forecast, item.forecast ?? null, "centerText", true);
      REASONS.forEach((_, i) => b.put(r, C.reasons + i, null, "text", true));
      b.put(r, C.likelihood, item.likelihood ?? null, "centerText", true);
      b.put(r, C.remark, null, "text", true);
      putCheckFormula(b, r, tops, C);
      b.height(r, 22);
    },
  });
  const lastRow = written.lastRow;
  const span = (col: number): string => `${toA1(firstRow, col)}:${toA1(lastRow, col)}`;
  addIndicatorDropdowns(b, framework, C, firstRow, lastRow);
  b.validate({ range: span(C.likelihood), values: LIKELIHOODS, alert: "stop" });

  const signRow = lastRow + 2;
  b.put(signRow, 0, "填报人：", "caption");
  b.merge(signRow, 1, signRow, 2, header["填报人"] ?? null, "caption", true);
  b.put(signRow, 4, "填报日期：", "caption");
  b.merge(signRow, 5, signRow, 6, header["填报日期"] ?? null, "caption", true);

  return b.finish({
    kind: ID,
    framework: frameworkId,
    options: { ...options, framework: frameworkId, month },
    sheetName: `绩效监控表${options.year}`,
    columnWidths: [10, 14, 20, 13, 13, 13, 8, 8, 8, 10, 8, 11, 12, 24],
    print: {
      orientation: "landscape",
      titleRows: [top, headerRow],
      centerHorizontally: true,
      lastPrintedCol: LAST,
    },
    freeze: { rows: 2, cols: 0 },
    hiddenishColumns: [C.check],
    indicators: { headerRow, firstRow, lastRow, columns: C, blocks: written.blocks },
  });
}

/** 绩效运行监控表: progress against the targets mid-year; no scores, its funds row is not scored. */
export const monitor = defineKind({
  id: ID,
  title: { "zh-CN": "绩效运行监控表", en: "Performance monitoring table" },
  description: {
    "zh-CN": "年中“双监控”：执行进度、全年预计完成情况、偏差原因和完成目标可能性。",
    en: "Mid-year monitoring: progress, full-year forecast, deviation causes and likelihood of meeting goals.",
  },
  label: { "zh-CN": "绩效运行监控表", en: "monitoring table" },
  frameworks: ["national", "national-pre2021"],
  defaultUnit: "万元",
  build: buildMonitor,
  takesMonth: true,
  clues: [
    {
      priority: 100,
      matches: ({ title, header: { cols } }) =>
        /监控/.test(title) ||
        cols.progress !== undefined ||
        cols.likelihood !== undefined ||
        cols.forecast !== undefined,
    },
  ],
  evaluated: false,
  budgetScored: false,
  rules: [{ id: "monitor", check: monitorRules }],
});
