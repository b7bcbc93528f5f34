/**
 * planRowInsert end to end on a real engine: HyperFormula inserts rows as Excel does (ranges grow only
 * when rows go strictly inside them), the plan's copy/clear/rewrite steps are replayed, a new indicator
 * is typed into the new row, and the totals must take it in.
 */
import { fromA1 } from "../../../src/core/address";
import {
  findKind,
  layoutMatrices,
  planRowInsert,
  SELF_EVAL_EXAMPLE,
  type Layout,
} from "../../../src/core/templates";
import { createPerfEngine } from "../../support/hyperformulaPerf";
import { layoutSheet } from "./support/layoutSheet";

const layout: Layout = findKind("self-eval")!.build({ year: 2024, unit: "万元" }, SELF_EVAL_EXAMPLE);
const cols = layout.indicators.columns;

function snapshot() {
  return { formulas: layoutMatrices(layout).formulas, top: 0, left: 0, merges: layout.merges };
}

/** Replays a plan the way insertIndicatorRows queues it, types one indicator, returns the engine. */
function insertAndType(activeRow: number) {
  const plan = planRowInsert(snapshot(), activeRow, 1);
  if (!plan.ok) throw new Error(plan.code);
  const hf = createPerfEngine({ Sheet1: layoutSheet(layout) });
  hf.addRows(0, [plan.at, plan.count]);
  hf.copy({
    start: { sheet: 0, row: plan.sourceRow, col: plan.firstCol },
    end: { sheet: 0, row: plan.sourceRow, col: plan.lastCol },
  });
  hf.paste({ sheet: 0, row: plan.at, col: plan.firstCol });
  for (const col of plan.clearCols) hf.setCellContents({ sheet: 0, row: plan.at, col }, null);
  for (const f of plan.formulas) hf.setCellContents({ sheet: 0, row: f.row, col: f.col }, f.formula);
  const put = (col: number | undefined, value: string | number) =>
    hf.setCellContents({ sheet: 0, row: plan.at, col: col ?? -1 }, value);
  put(cols.name, "新增指标");
  put(cols.target, "≥90.00(%)");
  put(cols.actual, "45.00(%)");
  put(cols.weight, 4);
  const at = (address: string) => {
    const cell = fromA1(address);
    if (!cell) throw new Error(`not an A1 address: ${address}`);
    return { sheet: 0, row: cell.row >= plan.at ? cell.row + plan.count : cell.row, col: cell.col };
  };
  return { hf, plan, value: (key: string) => hf.getCellValue(at(layout.named[key]!)) };
}

describe("planRowInsert replayed on a real engine", () => {
  test.each([
    ["the last 二级 (rows added at the end of the table)", layout.indicators.lastRow],
    ["the first 二级 (rows added inside the table)", layout.indicators.firstRow],
  ])("under %s the totals take the new row in", (_name, activeRow) => {
    const { hf, plan, value } = insertAndType(activeRow);
    // Rule score of the new row: 45 of 90 × 4 = 2.00; the copied 得分 formula follows it.
    expect(hf.getCellValue({ sheet: 0, row: plan.at, col: cols.ruleScore! })).toBe(2);
    expect(hf.getCellValue({ sheet: 0, row: plan.at, col: cols.score! })).toBe(2);
    expect(value("total.weight")).toBe(104);
    expect(value("total.score")).toBeCloseTo(100.99, 10);
    expect(value("grade")).toBe("优");
    // The copied check formula still points at the block's 一级/二级 (absolute references).
    expect(String(hf.getCellFormula({ sheet: 0, row: plan.at, col: cols.check! }))).toMatch(
      /PERF\.CHECK\(D\d+,\$A\$\d+,\$B\$\d+,C\d+\)/,
    );
  });

  test("only an insertion at the table's end needs the footer rewritten", () => {
    expect(insertAndType(layout.indicators.lastRow).plan.formulas.length).toBeGreaterThan(0);
    expect(insertAndType(layout.indicators.firstRow).plan.formulas).toEqual([]);
  });
});
