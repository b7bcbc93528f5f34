/**
 * Seed 002's two tables in the portable self-evaluation, recalculated by HyperFormula (built-in
 * functions only, no PERF plugin registered): 9.99 / 10.00, 98.99 / 98.50 and 优, as with PERF.*.
 */
import { HyperFormula } from "hyperformula";
import { fromA1, toA1 } from "../../src/core/address";
import { layoutMatrix } from "../support/portableSheets";
import { fillLayout, seedLayout, seedTemplateTables, seedTypedValues } from "./seed002Template";

describe.each(seedTemplateTables.map((t) => [t.name, t] as const))(
  "portable self-eval with seed 002 %s",
  (_name, table) => {
    const empty = seedLayout(table, "portable");
    const layout = fillLayout(empty, seedTypedValues(empty, table));
    const hf = HyperFormula.buildFromArray(layoutMatrix(layout), {
      licenseKey: "gpl-v3",
      useArrayArithmetic: true,
    });
    afterAll(() => hf.destroy());
    const value = (address: string | undefined): unknown => {
      const at = address ? fromA1(address) : null;
      if (!at) throw new Error(`bad address ${address}`);
      return hf.getCellValue({ sheet: 0, row: at.row, col: at.col });
    };

    test("no PERF call anywhere", () => {
      expect(layout.cells.filter((c) => /PERF\.|_xldudf_/i.test(c.formula ?? ""))).toEqual([]);
    });

    test("budget score, total and grade as published", () => {
      expect(value(layout.named["budget.score"])).toBe(table.expected.budgetScore);
      expect(value(layout.named["total.weight"])).toBe(table.expected.weightTotal);
      expect(value(layout.named["total.score"])).toBeCloseTo(table.expected.total, 10);
      expect(value(layout.named.grade)).toBe(table.expected.grade);
    });

    test("rule scores", () => {
      const { firstRow, columns } = layout.indicators;
      for (const [name, expected] of Object.entries(table.expected.ruleScores)) {
        const index = table.indicators.findIndex((row) => row[2] === name);
        expect(value(toA1(firstRow + index, columns.ruleScore ?? -1))).toBe(expected);
      }
    });
  },
);
