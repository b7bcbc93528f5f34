/**
 * 财政项目支出绩效自评表（YYYY年度）, the national layout of seed 002, with the add-in's live columns:
 * 规则得分 (the rule score by PERF.SCORE) beside the unit's own 得分 (a formula equal to the rule score
 * that the unit may overwrite) and a grey check column (PERF.CHECK) that turns a doubtful target red.
 */
import { toA1 } from "../address";
import { frameworks, type FrameworkId } from "../frameworks";
import type { TemplateContent } from "../templates/content";
import { createLayoutBuilder } from "../templates/createLayoutBuilder";
import { writeTitleRows } from "../templates/writeTitleRows";
import type { Layout, TemplateOptions } from "../templates/layout";
import { SELF_EVAL_EXAMPLE } from "../templates/exampleSelfEval";
import { SELF_EVAL_COLUMNS, writeSelfEvalIndicators } from "../templates/writeSelfEvalIndicators";
import { defineKind } from "./defineKind";

const ID = "self-eval";

/** Column indexes (A…J). */
const C = SELF_EVAL_COLUMNS;

const BUDGET_LINES = ["当年财政拨款", "上年结转资金", "其他资金"] as const;
const BUDGET_LABELS = ["其中：当年财政拨款", "上年结转资金", "其他资金"] as const;
const BUDGET_WEIGHT = 10;

/**
 * @example
 * buildSelfEval({ year: 2024, unit: "万元" }).named["total.score"]; // "G37"
 */
function buildSelfEval(options: TemplateOptions, content: TemplateContent = {}): Layout {
  const frameworkId: FrameworkId = options.framework === "national-pre2021" ? "national-pre2021" : "national";
  const framework = frameworks[frameworkId];
  const b = createLayoutBuilder(10);
  const header = content.header ?? {};

  writeTitleRows(b, "财政项目支出绩效自评表", `（${options.year}年度）`, 7);

  b.merge(2, 0, 2, 1, "项目名称", "label");
  b.merge(2, 2, 2, 7, header["项目名称"] ?? null, "text", true);
  b.name("header.项目名称", 2, 2);
  b.merge(3, 0, 3, 1, "主管部门", "label");
  b.merge(3, 2, 3, 3, header["主管部门"] ?? null, "text", true);
  b.name("header.主管部门", 3, 2);
  b.put(3, 4, "实施单位", "label");
  b.merge(3, 5, 3, 7, header["实施单位"] ?? null, "text", true);
  b.name("header.实施单位", 3, 5);
  b.height(2, 24);
  b.height(3, 30);

  // 项目资金: row 4 headings, row 5 the scored total, rows 6–8 its parts.
  b.merge(4, 0, 8, 0, `项目资金\n（${options.unit}）`, "label");
  b.put(4, 1, null, "label");
  ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].forEach((text, i) =>
    b.put(4, 2 + i, text, "header"),
  );
  b.put(5, 1, "年度资金总额：", "label");
  b.height(4, 20);
  b.height(5, 20);
  for (const col of [2, 3, 4]) {
    b.put(5, col, { formula: `=SUM(${toA1(6, col)}:${toA1(8, col)})` }, "amount");
  }
  b.put(5, 5, BUDGET_WEIGHT, "points", true);
  b.put(5, 6, { formula: `=IF(N(D6)=0,"",PERF.EXECRATE(E6,D6))` }, "rate");
  b.put(5, 7, { formula: `=IF(N(D6)=0,"",PERF.BUDGETSCORE(E6,D6,F6))` }, "computed");
  for (const [key, col] of [
    ["initial", 2],
    ["budget", 3],
    ["executed", 4],
    ["weight", 5],
    ["rate", 6],
    ["score", 7],
  ] as const) {
    b.name(`budget.${key}`, 5, col);
  }
  BUDGET_LINES.forEach((line, i) => {
    const row = 6 + i;
    const r = row + 1;
    const amounts = content.budget?.[line];
    b.put(row, 1, BUDGET_LABELS[i] ?? line, "label");
    b.height(row, 20);
    b.put(row, 2, amounts?.initial ?? null, "amount", true);
    b.put(row, 3, amounts?.budget ?? null, "amount", true);
    b.put(row, 4, amounts?.executed ?? null, "amount", true);
    b.put(row, 5, "-", "centerText");
    b.put(row, 6, { formula: `=IF(D${r}="","",IF(N(D${r})=0,0,PERF.EXECRATE(E${r},D${r})))` }, "rate");
    b.put(row, 7, "-", "centerText");
    b.name(`budget.${line}.initial`, row, 2);
    b.name(`budget.${line}.budget`, row, 3);
    b.name(`budget.${line}.executed`, row, 4);
  });

  // 年度总体目标.
  b.merge(9, 0, 10, 0, "年度总体目标", "label");
  b.merge(9, 1, 9, 4, "预期目标", "header");
  b.merge(9, 5, 9, 7, "实际完成情况", "header");
  b.merge(10, 1, 10, 4, content.goals?.expected ?? null, "longText", true);
  b.merge(10, 5, 10, 7, content.goals?.actual ?? null, "longText", true);
  b.height(10, 96);
  b.name("goal.expected", 10, 1);
  b.name("goal.actual", 10, 5);

  const headerRow = 11;
  const written = writeSelfEvalIndicators(b, framework, content.indicators, headerRow);
  const { firstRow, lastRow } = written;
  const span = (col: number): string => `${toA1(firstRow, col)}:${toA1(lastRow, col)}`;

  // 总分 and 评分等级.
  const totalRow = lastRow + 1;
  const t = totalRow + 1;
  b.merge(totalRow, 0, totalRow, 4, "总分", "label");
  b.put(totalRow, C.weight, { formula: `=SUM(${span(C.weight)},F6)` }, "computed");
  b.put(totalRow, C.score, { formula: `=SUM(${span(C.score)},H6)` }, "computed");
  b.put(totalRow, C.deviation, null, "text");
  b.put(totalRow, C.ruleScore, { formula: `=SUM(${span(C.ruleScore)},H6)` }, "computed");
  b.height(totalRow, 24);
  b.name("total.weight", totalRow, C.weight);
  b.name("total.score", totalRow, C.score);
  b.name("total.ruleScore", totalRow, C.ruleScore);

  const gradeRow = totalRow + 1;
  b.put(gradeRow, 0, "评分等级", "label");
  b.merge(
    gradeRow,
    1,
    gradeRow,
    7,
    { formula: `=IF(COUNT(${span(C.score)},H6)=0,"",PERF.GRADE(G${t}))` },
    "grade",
  );
  b.height(gradeRow, 24);
  b.name("grade", gradeRow, 1);

  const signRow = gradeRow + 2;
  b.put(signRow, 0, "填报人：", "caption");
  b.merge(signRow, 1, signRow, 2, header["填报人"] ?? null, "caption", true);
  b.put(signRow, 4, "填报日期：", "caption");
  b.merge(signRow, 5, signRow, 7, header["填报日期"] ?? null, "caption", true);
  b.name("header.填报人", signRow, 1);
  b.name("header.填报日期", signRow, 5);

  return b.finish({
    kind: ID,
    framework: frameworkId,
    options: { ...options, framework: frameworkId },
    sheetName: `绩效自评表${options.year}`,
    columnWidths: [10, 18, 22, 14, 14, 8, 8, 24, 10, 24],
    print: {
      orientation: "portrait",
      titleRows: [headerRow, headerRow],
      centerHorizontally: true,
      lastPrintedCol: 8,
    },
    freeze: { rows: 2, cols: 0 },
    hiddenishColumns: [C.check],
    indicators: {
      headerRow,
      firstRow,
      lastRow,
      columns: C,
      blocks: written.blocks,
    },
  });
}

/** 项目支出绩效自评表: the year-end self-evaluation, scored row by row, with a total and a grade. */
export const selfEval = defineKind({
  id: ID,
  title: { "zh-CN": "财政项目支出绩效自评表", en: "Project performance self-evaluation" },
  description: {
    "zh-CN": "年度自评表：预算执行率、指标得分、总分和评分等级自动计算。",
    en: "Annual self-evaluation: execution rate, indicator scores, total and grade computed.",
  },
  label: { "zh-CN": "绩效自评表", en: "self-evaluation table" },
  frameworks: ["national", "national-pre2021"],
  defaultUnit: "万元",
  build: buildSelfEval,
  example: SELF_EVAL_EXAMPLE,
  clues: [
    { priority: 90, matches: ({ title }) => /自评|评价表/.test(title) },
    // Any table with an actual-value or score column that nothing more specific claims.
    { priority: 60, matches: ({ scored }) => scored },
  ],
  evaluated: true,
  budgetScored: true,
});
