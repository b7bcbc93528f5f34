/**
 * Seed 002's first table laid out as the published sheet, with real formulas evaluated by HyperFormula:
 * =PERF.EXECRATE / =PERF.BUDGETSCORE on the funds row, =PERF.SCORE in 得分 (except where the unit typed
 * its own score), =SUM for 总分 and =PERF.GRADE for 评分等级. A rule-score column beside the table shows
 * the difference the validator reports, without touching the unit's entry.
 */
import type { HyperFormula } from "hyperformula";
import { fromA1 } from "../../src/core/address";
import { createPerfEngine, textCell, type PerfSheetCell } from "../support/hyperformulaPerf";
import { seed002Tables, type SeedTable } from "./seed002Fixture";

const table: SeedTable = seed002Tables[0] ?? fail("seed002.json has no tables");

function fail(message: string): never {
  throw new Error(message);
}

const FIRST_INDICATOR_ROW = 9; // 1-based sheet row of the first 三级 indicator
const lastRow = FIRST_INDICATOR_ROW + table.indicators.length - 1;
const totalRow = lastRow + 1;
const gradeRow = lastRow + 2;

/** Rows where the published table's score is not what the rule gives: the unit typed it. */
const typedRows = new Set(table.expected.differences.map((d) => d.name));

function buildSheet(): PerfSheetCell[][] {
  const { initial, budget, executed, weight } = table.budget;
  const rows: PerfSheetCell[][] = [
    ["财政项目支出绩效自评表"],
    ["(2024年度)"],
    ["项目名称", table.project],
    ["主管部门", "上海市文化和旅游局", "", "实施单位", "上海市文化旅游市场质量监测和服务中心"],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分数", "执行率", "得分"],
    [
      "",
      "年度资金总额",
      initial,
      budget,
      executed,
      weight,
      "=PERF.EXECRATE(E6,D6)",
      "=PERF.BUDGETSCORE(E6,D6,F6)",
    ],
    ["年度总体目标", "预期目标", "", "", "实际完成情况"],
    [
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
      "规则得分",
      "差异",
    ],
  ];
  table.indicators.forEach(([level1, level2, name, target, actual, w, entered], i) => {
    const r = FIRST_INDICATOR_ROW + i;
    const rule = `=PERF.SCORE(D${r},E${r},F${r})`;
    rows.push([
      level1,
      level2,
      name,
      textCell(target),
      textCell(actual),
      w,
      typedRows.has(name) ? entered : rule,
      "",
      rule,
      `=G${r}-I${r}`,
    ]);
  });
  rows.push([
    "总分",
    "",
    "",
    "",
    "",
    `=SUM(F${FIRST_INDICATOR_ROW}:F${lastRow})+F6`,
    `=H6+SUM(G${FIRST_INDICATOR_ROW}:G${lastRow})`,
  ]);
  rows.push(["评分等级", `=PERF.GRADE(G${totalRow})`]);
  return rows;
}

let hf: HyperFormula;
let sheet: number;

function cell(a1: string): unknown {
  const at = fromA1(a1);
  if (!at) throw new Error(`not an A1 address: ${a1}`);
  return hf.getCellValue({ sheet, row: at.row, col: at.col });
}

beforeAll(() => {
  hf = createPerfEngine({ 自评表: buildSheet() });
  sheet = hf.getSheetId("自评表") as number;
});

afterAll(() => hf.destroy());

test("funds row: execution rate and budget score", () => {
  expect(cell("G6")).toBeCloseTo(table.budget.executed / table.budget.budget, 9);
  expect(cell("H6")).toBe(table.expected.budgetScore);
});

test("every 得分 formula gives the published score; the typed score is kept", () => {
  table.indicators.forEach(([, , name, , , , entered], i) => {
    expect([name, cell(`G${FIRST_INDICATOR_ROW + i}`)]).toEqual([name, entered]);
  });
});

test("the rule-score column shows 4.94 against the entered 4.00", () => {
  const found = table.indicators.flatMap(([, , name], i) => {
    const difference = cell(`J${FIRST_INDICATOR_ROW + i}`) as number;
    return Math.abs(difference) >= 0.005
      ? [{ name, rule: cell(`I${FIRST_INDICATOR_ROW + i}`), entered: cell(`G${FIRST_INDICATOR_ROW + i}`) }]
      : [];
  });
  expect(found).toEqual(table.expected.differences);
});

test("总分 98.99 out of 100.00, 评分等级 优", () => {
  expect(cell(`F${totalRow}`)).toBe(100);
  expect(cell(`G${totalRow}`)).toBeCloseTo(table.expected.total, 10);
  expect(cell(`B${gradeRow}`)).toBe(table.expected.grade);
});

test("an input error reaches the total as an Excel error with its Chinese text", () => {
  const engine = createPerfEngine({
    S: [["≥90.00(%)", "", 5, "=PERF.SCORE(A1,B1,C1)", "=SUM(D1)+1", "=PERF.GRADE(E1)"]],
  });
  const score = engine.getCellValue({ sheet: 0, row: 0, col: 3 }) as { value?: string; message?: string };
  expect(score.value).toBe("#N/A");
  expect(score.message).toMatch(/[\u4e00-\u9fff]/);
  expect((engine.getCellValue({ sheet: 0, row: 0, col: 5 }) as { value?: string }).value).toBe("#N/A");
  engine.destroy();
});
