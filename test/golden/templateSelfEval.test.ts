/**
 * Golden test through the real path: the self-eval layout, filled with seed 002's two tables (values
 * typed into the layout's input cells), evaluated by a real engine (HyperFormula with PERF.*). The
 * published budget scores, totals and grades come out only if the template's formulas point at the
 * right cells.
 */
import { fromA1, toA1 } from "../../src/core/address";
import { createPerfEngine } from "../support/hyperformulaPerf";
import { layoutSheet } from "../core/templates/support/layoutSheet";
import { seedLayout, seedTemplateTables as tables, seedTypedValues } from "./seed002Template";

describe.each(tables.map((t) => [t.name, t] as const))(
  "self-eval template with seed 002 %s",
  (_name, table) => {
    const layout = seedLayout(table, "perf");
    const engine = createPerfEngine({ Sheet1: layoutSheet(layout, seedTypedValues(layout, table)) });
    const value = (address: string | undefined): unknown => {
      const at = address ? fromA1(address) : null;
      if (!at) throw new Error(`bad address ${address}`);
      return engine.getCellValue({ sheet: 0, row: at.row, col: at.col });
    };

    test("budget execution score", () => {
      expect(value(layout.named["budget.score"])).toBe(table.expected.budgetScore);
    });

    test("weights add up to the printed 100", () => {
      expect(value(layout.named["total.weight"])).toBe(table.expected.weightTotal);
    });

    test("total and grade as published", () => {
      expect(value(layout.named["total.score"])).toBeCloseTo(table.expected.total, 10);
      expect(value(layout.named.grade)).toBe(table.expected.grade);
    });

    test("rule scores beside the unit's own", () => {
      const { firstRow, columns } = layout.indicators;
      for (const [name, expected] of Object.entries(table.expected.ruleScores)) {
        const index = table.indicators.findIndex((row) => row[2] === name);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(value(toA1(firstRow + index, columns.ruleScore ?? -1))).toBe(expected);
      }
    });

    test("no formula cell shows an error", () => {
      const errors = layout.cells
        .filter((cell) => cell.formula !== undefined)
        .map((cell) => ({ at: toA1(cell.row, cell.col), v: value(toA1(cell.row, cell.col)) }))
        .filter(({ v }) => typeof v === "object" && v !== null);
      expect(errors).toEqual([]);
    });
  },
);
