/**
 * The department self-evaluation template (dept-self-eval) filled through its content and evaluated by a
 * real engine (HyperFormula with PERF.*): the execution score over 基本支出 + 项目支出, the tasks' 金额合计,
 * the total and the grade come out right only if the formulas point at the right cells. The same filled
 * layout, written as a workbook and checked, is a fully consistent department table: no error, no warning.
 */
import { fromA1 } from "../../src/core/address";
import { findKind, type Layout } from "../../src/core/templates";
import type { TemplateContent } from "../../src/core/templates/content";
import { recogniseTables } from "../../src/core/tables";
import { validateTable } from "../../src/core/validation";
import { writeTemplateWorkbook } from "../../src/cli/xlsx/writeTemplateWorkbook";
import { readWorkbook } from "../../src/cli/xlsx/readWorkbook";
import { createPerfEngine } from "../support/hyperformulaPerf";
import { layoutSheet } from "../core/templates/support/layoutSheet";
import filled from "../fixtures/templates/dept-self-eval.filled.json";

const content = filled.content as TemplateContent;

function build(): Layout {
  const kind = findKind("dept-self-eval");
  if (!kind) throw new Error("dept-self-eval not registered");
  return kind.build({ year: filled.year, unit: "万元", framework: "national" }, content);
}

describe("dept-self-eval template filled with a consistent department table", () => {
  const layout = build();
  const engine = createPerfEngine({ Sheet1: layoutSheet(layout, {}) });
  const value = (key: string): unknown => {
    const at = fromA1(layout.named[key] ?? "");
    if (!at) throw new Error(`layout has no named cell ${key}`);
    return engine.getCellValue({ sheet: 0, row: at.row, col: at.col });
  };

  test("execution score over 基本支出 + 项目支出", () => {
    expect(value("budget.score")).toBe(filled.expected.budgetScore);
  });

  test("the tasks' 金额合计 adds up the task amounts", () => {
    expect(value("tasks.total")).toBeCloseTo(filled.expected.tasksTotal, 10);
  });

  test("weights, total and grade", () => {
    expect(value("total.weight")).toBe(filled.expected.weightTotal);
    expect(value("total.score")).toBeCloseTo(filled.expected.total, 10);
    expect(value("grade")).toBe(filled.expected.grade);
  });

  test("written as a workbook and checked: its own kind, no error and no warning", async () => {
    const read = await readWorkbook(await writeTemplateWorkbook(layout));
    if (!("sheets" in read)) throw new Error(`read failed: ${read.error}`);
    const tables = read.sheets.flatMap((grid) => recogniseTables(grid));
    expect(tables.map((t) => t.kind)).toEqual(["dept-self-eval"]);
    const table = tables[0]!;
    expect(table.tasks?.tasks.map((t) => t.amount.value)).toEqual([30, 158.61]);
    const result = validateTable(table);
    expect(result.total).toBe(filled.expected.total);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("dept-goal template filled with the same department's goals", () => {
  test("its 年度资金总额 and 金额合计 formulas reconcile; checked: no error and no warning", async () => {
    const kind = findKind("dept-goal");
    if (!kind) throw new Error("dept-goal not registered");
    const goalContent: TemplateContent = {
      ...content,
      indicators: (content.indicators ?? []).map(({ level1, level2, name, target }) => ({
        level1,
        level2,
        ...(name !== undefined ? { name } : {}),
        ...(target !== undefined ? { target } : {}),
      })),
    };
    const layout = kind.build({ year: filled.year, unit: "万元", framework: "national" }, goalContent);
    const engine = createPerfEngine({ Sheet1: layoutSheet(layout, {}) });
    const value = (key: string): unknown => {
      const at = fromA1(layout.named[key] ?? "");
      if (!at) throw new Error(`layout has no named cell ${key}`);
      return engine.getCellValue({ sheet: 0, row: at.row, col: at.col });
    };
    expect(value("budget.budget")).toBeCloseTo(filled.expected.tasksTotal, 10);
    expect(value("tasks.total")).toBeCloseTo(filled.expected.tasksTotal, 10);
    const read = await readWorkbook(await writeTemplateWorkbook(layout));
    if (!("sheets" in read)) throw new Error(`read failed: ${read.error}`);
    const tables = read.sheets.flatMap((grid) => recogniseTables(grid));
    expect(tables.map((t) => t.kind)).toEqual(["dept-goal"]);
    expect(tables[0]?.departmentFunds?.parts.map((p) => p.amount.value)).toEqual([158.61, 30]);
    const findings = validateTable(tables[0]!).findings;
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
