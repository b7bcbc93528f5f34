/**
 * 部门整体支出绩效目标表: a department's whole spending for the year (docs/domain.md §1.6): 部门（单位）
 * 名称, 年度预算安排 (年度资金总额 = 基本支出 + 项目支出), the 年度主要任务 sub-table (任务名称 | 主要内容 |
 * 预算金额, its 金额合计 equal to the funds total), 年度总体目标, then 一级 | 二级 | 三级 | 指标值.
 */
import { toA1 } from "../address";
import { frameworks, type FrameworkId } from "../frameworks";
import type { TemplateContent } from "../templates/content";
import { finishGoalTable } from "../templates/finishGoalTable";
import { createLayoutBuilder } from "../templates/createLayoutBuilder";
import { writeTitleRows } from "../templates/writeTitleRows";
import { fieldRow } from "../templates/fieldRow";
import type { Layout, TemplateOptions } from "../templates/layout";
import { departmentRules } from "../validation/departmentRules";
import { defineKind } from "./defineKind";

const ID = "dept-goal";

const C = { level1: 0, level2: 1, name: 2, target: 3, check: 4 } as const;
const FUND_LINES = [
  ["基本支出", "其中：基本支出"],
  ["项目支出", "项目支出"],
] as const;
/** Blank task lines of a new template. */
const TASK_LINES = 5;

/**
 * @example
 * buildDeptGoal({ year: 2025, unit: "万元" }).named["tasks.total"]; // "D14"
 */
function buildDeptGoal(options: TemplateOptions, content: TemplateContent = {}): Layout {
  const frameworkId: FrameworkId = options.framework === "national-pre2021" ? "national-pre2021" : "national";
  const framework = frameworks[frameworkId];
  const b = createLayoutBuilder(5);
  const header = content.header ?? {};
  const last = 3;

  writeTitleRows(b, "部门整体支出绩效目标表", `（${options.year}年度）`, last);

  let row = fieldRow(b, 2, "部门（单位）名称", header["部门（单位）名称"] ?? null, last, 24);

  // 年度预算安排: the total sums its parts.
  const fundsTop = row;
  b.merge(fundsTop, 0, fundsTop + 2, 0, `年度预算安排\n（${options.unit}）`, "label");
  b.put(fundsTop, 1, "年度资金总额", "label");
  b.merge(
    fundsTop,
    2,
    fundsTop,
    last,
    { formula: `=SUM(${toA1(fundsTop + 1, 2)}:${toA1(fundsTop + 2, 2)})` },
    "amount",
  );
  b.name("budget.budget", fundsTop, 2);
  FUND_LINES.forEach(([key, label], i) => {
    const r = fundsTop + 1 + i;
    b.put(r, 1, label, "label");
    b.merge(r, 2, r, last, content.budget?.[key]?.budget ?? null, "amount", true);
    b.name(`budget.${key}.budget`, r, 2);
  });
  row = fundsTop + 3;

  // 年度主要任务: 任务名称 | 主要内容 | 预算金额, then 金额合计.
  const tasks = content.tasks ?? [];
  const lines = Math.max(TASK_LINES, tasks.length);
  const taskTop = row;
  const taskLast = taskTop + lines + 1;
  b.merge(taskTop, 0, taskLast, 0, "年度主要任务", "label");
  b.put(taskTop, 1, "任务名称", "header");
  b.put(taskTop, 2, "主要内容", "header");
  b.put(taskTop, 3, `预算金额（${options.unit}）`, "header");
  for (let i = 0; i < lines; i++) {
    const r = taskTop + 1 + i;
    const task = tasks[i];
    b.put(r, 1, task?.name ?? null, "text", true);
    b.put(r, 2, task?.content ?? null, "text", true);
    b.put(r, 3, task?.amount ?? null, "amount", true);
    b.height(r, 30);
  }
  b.put(taskLast, 1, "金额合计", "label");
  b.put(taskLast, 2, null, "text");
  b.put(taskLast, 3, { formula: `=SUM(${toA1(taskTop + 1, 3)}:${toA1(taskLast - 1, 3)})` }, "amount");
  b.name("tasks.total", taskLast, 3);
  row = taskLast + 1;

  row = fieldRow(b, row, "年度总体目标", content.goals?.expected ?? null, last, 90);
  b.name("goal.expected", row - 1, 1);

  const headerRow = row;
  return finishGoalTable(b, {
    kind: ID,
    framework: frameworkId,
    options: { ...options, framework: frameworkId },
    sheetName: `部门整体目标表${options.year}`,
    columnWidths: [14, 18, 34, 22, 24],
    frameworkRules: framework,
    indicators: content.indicators,
    headerRow,
    labels: ["一级指标", "二级指标", "三级指标", "指标值"],
    columns: C,
    headerHeight: 24,
    rowHeight: 22,
    lastCol: last,
  });
}

/** A department title that is not a self-evaluation: 部门整体支出绩效目标表 / 目标申报表. */
const DEPARTMENT_TITLE = /部门整体|整体支出|单位整体/;

/** 部门整体支出绩效目标表: the department's goals for the year, with its tasks and their money. */
export const deptGoal = defineKind({
  id: ID,
  title: { "zh-CN": "部门整体支出绩效目标表", en: "Department-wide performance goal table" },
  description: {
    "zh-CN": "部门整体：年度预算安排（基本支出、项目支出）、年度主要任务及预算金额、绩效指标。",
    en: "Whole department: funds (basic and project spending), the year's main tasks with their amounts, indicators.",
  },
  label: { "zh-CN": "部门整体绩效目标表", en: "department goal table" },
  frameworks: ["national", "national-pre2021"],
  defaultUnit: "万元",
  build: buildDeptGoal,
  clues: [
    // Above the self-evaluation title (90): "部门整体支出绩效自评表" is the other department kind's.
    { priority: 95, matches: ({ title }) => DEPARTMENT_TITLE.test(title) && !/自评|评价/.test(title) },
    // A 年度主要任务 block without scores, whatever the title says.
    { priority: 85, matches: ({ hasTasks, scored }) => hasTasks && !scored },
  ],
  department: true,
  evaluated: false,
  budgetScored: false,
  rules: [{ id: "department", check: departmentRules }],
});
