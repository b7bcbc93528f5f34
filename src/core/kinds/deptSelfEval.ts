/**
 * 部门整体支出绩效自评表: the year-end self-evaluation of a department's whole spending (docs/domain.md
 * §1.6): 部门（单位）名称, the funds (年度资金总额 with 其中：基本支出 / 项目支出, execution rate and its
 * score), the 年度主要任务 sub-table whose 预算金额 add up to the budget, 年度总体目标, then the scored
 * indicator block with 总分 and 评分等级, computed with the PERF functions as on the project table.
 */
import { toA1 } from "../address";
import { frameworks, type FrameworkId } from "../frameworks";
import type { TemplateContent } from "../templates/content";
import { createLayoutBuilder } from "../templates/createLayoutBuilder";
import { writeTitleRows } from "../templates/writeTitleRows";
import type { Layout, TemplateOptions } from "../templates/layout";
import { departmentRules } from "../validation/departmentRules";
import { SELF_EVAL_COLUMNS, writeSelfEvalIndicators } from "../templates/writeSelfEvalIndicators";
import { defineKind } from "./defineKind";

const ID = "dept-self-eval";

/** Column indexes (A…J), as on the project self-evaluation. */
const C = SELF_EVAL_COLUMNS;

const FUND_LINES = [
  ["基本支出", "其中：基本支出"],
  ["项目支出", "项目支出"],
] as const;
const BUDGET_WEIGHT = 10;
const TASK_LINES = 5;

/**
 * @example
 * buildDeptSelfEval({ year: 2024, unit: "万元" }).named["budget.score"]; // "H5"
 */
function buildDeptSelfEval(options: TemplateOptions, content: TemplateContent = {}): Layout {
  const frameworkId: FrameworkId = options.framework === "national-pre2021" ? "national-pre2021" : "national";
  const framework = frameworks[frameworkId];
  const b = createLayoutBuilder(10);
  const header = content.header ?? {};

  writeTitleRows(b, "部门整体支出绩效自评表", `（${options.year}年度）`, 7);

  b.merge(2, 0, 2, 1, "部门（单位）名称", "label");
  b.merge(2, 2, 2, 7, header["部门（单位）名称"] ?? null, "text", true);
  b.name("header.部门（单位）名称", 2, 2);
  b.height(2, 24);

  // 部门资金: row 3 headings, row 4 the scored total, rows 5–6 基本支出 and 项目支出.
  const total = 4;
  const t = total + 1;
  b.merge(3, 0, 6, 0, `部门资金\n（${options.unit}）`, "label");
  b.put(3, 1, null, "label");
  ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].forEach((text, i) =>
    b.put(3, 2 + i, text, "header"),
  );
  b.put(total, 1, "年度资金总额：", "label");
  for (const col of [2, 3, 4]) {
    b.put(total, col, { formula: `=SUM(${toA1(total + 1, col)}:${toA1(total + 2, col)})` }, "amount");
  }
  b.put(total, 5, BUDGET_WEIGHT, "points", true);
  b.put(total, 6, { formula: `=IF(N(D${t})=0,"",PERF.EXECRATE(E${t},D${t}))` }, "rate");
  b.put(total, 7, { formula: `=IF(N(D${t})=0,"",PERF.BUDGETSCORE(E${t},D${t},F${t}))` }, "computed");
  for (const [key, col] of [
    ["initial", 2],
    ["budget", 3],
    ["executed", 4],
    ["weight", 5],
    ["rate", 6],
    ["score", 7],
  ] as const) {
    b.name(`budget.${key}`, total, col);
  }
  FUND_LINES.forEach(([line, label], i) => {
    const row = total + 1 + i;
    const r = row + 1;
    const amounts = content.budget?.[line];
    b.put(row, 1, label, "label");
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
  for (let r = 3; r <= 6; r++) b.height(r, 20);

  // 年度主要任务: 任务名称 | 主要内容 | 预算金额, then 金额合计 (= 全年预算数).
  const tasks = content.tasks ?? [];
  const lines = Math.max(TASK_LINES, tasks.length);
  const taskTop = 7;
  const taskLast = taskTop + lines + 1;
  b.merge(taskTop, 0, taskLast, 0, "年度主要任务", "label");
  b.put(taskTop, 1, "任务名称", "header");
  b.merge(taskTop, 2, taskTop, 4, "主要内容", "header");
  b.merge(taskTop, 5, taskTop, 7, `预算金额（${options.unit}）`, "header");
  for (let i = 0; i < lines; i++) {
    const r = taskTop + 1 + i;
    const task = tasks[i];
    b.put(r, 1, task?.name ?? null, "text", true);
    b.merge(r, 2, r, 4, task?.content ?? null, "text", true);
    b.merge(r, 5, r, 7, task?.amount ?? null, "amount", true);
    b.height(r, 30);
  }
  b.put(taskLast, 1, "金额合计", "label");
  b.merge(taskLast, 2, taskLast, 4, null, "text");
  b.merge(
    taskLast,
    5,
    taskLast,
    7,
    { formula: `=SUM(${toA1(taskTop + 1, 5)}:${toA1(taskLast - 1, 5)})` },
    "amount",
  );
  b.name("tasks.total", taskLast, 5);

  // 年度总体目标.
  const goalRow = taskLast + 1;
  b.merge(goalRow, 0, goalRow + 1, 0, "年度总体目标", "label");
  b.merge(goalRow, 1, goalRow, 4, "预期目标", "header");
  b.merge(goalRow, 5, goalRow, 7, "实际完成情况", "header");
  b.merge(goalRow + 1, 1, goalRow + 1, 4, content.goals?.expected ?? null, "longText", true);
  b.merge(goalRow + 1, 5, goalRow + 1, 7, content.goals?.actual ?? null, "longText", true);
  b.height(goalRow + 1, 96);
  b.name("goal.expected", goalRow + 1, 1);
  b.name("goal.actual", goalRow + 1, 5);

  const headerRow = goalRow + 2;
  const written = writeSelfEvalIndicators(b, framework, content.indicators, headerRow);
  const { firstRow, lastRow } = written;
  const span = (col: number): string => `${toA1(firstRow, col)}:${toA1(lastRow, col)}`;

  // 总分 (indicators + the execution row) and 评分等级.
  const totalRow = lastRow + 1;
  const tr = totalRow + 1;
  b.merge(totalRow, 0, totalRow, 4, "总分", "label");
  b.put(totalRow, C.weight, { formula: `=SUM(${span(C.weight)},F${t})` }, "computed");
  b.put(totalRow, C.score, { formula: `=SUM(${span(C.score)},H${t})` }, "computed");
  b.put(totalRow, C.deviation, null, "text");
  b.put(totalRow, C.ruleScore, { formula: `=SUM(${span(C.ruleScore)},H${t})` }, "computed");
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
    { formula: `=IF(COUNT(${span(C.score)},H${t})=0,"",PERF.GRADE(G${tr}))` },
    "grade",
  );
  b.height(gradeRow, 24);
  b.name("grade", gradeRow, 1);

  return b.finish({
    kind: ID,
    framework: frameworkId,
    options: { ...options, framework: frameworkId },
    sheetName: `部门整体自评表${options.year}`,
    columnWidths: [10, 18, 22, 14, 14, 8, 8, 24, 10, 24],
    print: {
      orientation: "portrait",
      titleRows: [headerRow, headerRow],
      centerHorizontally: true,
      lastPrintedCol: 8,
    },
    freeze: { rows: 2, cols: 0 },
    hiddenishColumns: [C.check],
    indicators: { headerRow, firstRow, lastRow, columns: C, blocks: written.blocks },
  });
}

const DEPARTMENT_TITLE = /部门整体|整体支出|单位整体/;

/** 部门整体支出绩效自评表: the department's year-end self-evaluation, scored like the project table. */
export const deptSelfEval = defineKind({
  id: ID,
  title: { "zh-CN": "部门整体支出绩效自评表", en: "Department-wide performance self-evaluation" },
  description: {
    "zh-CN": "部门整体自评：基本支出、项目支出的执行率得分，年度主要任务金额核对，指标得分、总分和等级。",
    en: "Whole-department self-evaluation: execution score over basic and project spending, task amounts reconciled, indicator scores, total and grade.",
  },
  label: { "zh-CN": "部门整体绩效自评表", en: "department self-evaluation table" },
  frameworks: ["national", "national-pre2021"],
  defaultUnit: "万元",
  build: buildDeptSelfEval,
  clues: [
    // Above the project self-evaluation's title clue (90), below the monitoring columns (100).
    { priority: 95, matches: ({ title }) => DEPARTMENT_TITLE.test(title) && /自评|评价/.test(title) },
    { priority: 85, matches: ({ hasTasks, scored }) => hasTasks && scored },
  ],
  department: true,
  evaluated: true,
  budgetScored: true,
  rules: [{ id: "department", check: departmentRules }],
  rewording: { FUNDS_TOTAL_NOT_SUM_OF_PARTS: "FUNDS_TOTAL_NOT_SUM_OF_PARTS_DEPT" },
});
