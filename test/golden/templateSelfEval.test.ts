/**
 * Golden test through the real path: the self-eval layout, filled with seed 002's two tables (values
 * typed into the layout's input cells), evaluated by a real engine (HyperFormula with PERF.*). The
 * published budget scores, totals and grades come out only if the template's formulas point at the
 * right cells.
 */
import { fromA1, toA1 } from "../../src/core/address";
import { findKind, type Layout } from "../../src/core/templates";
import { createPerfEngine } from "../support/hyperformulaPerf";
import { layoutSheet } from "../core/templates/support/layoutSheet";
import seed from "../fixtures/templates/seed002.selfEval.json";

type Row = [string, string, string, string, string, number, number?];

interface SeedTable {
  readonly name: string;
  readonly year: number;
  readonly budget: Record<string, [number, number, number]>;
  readonly indicators: Row[];
  readonly expected: {
    readonly budgetScore: number;
    readonly weightTotal: number;
    readonly total: number;
    readonly grade: string;
    readonly ruleScores: Record<string, number>;
  };
}

const tables = seed.tables as unknown as SeedTable[];

/**
 * The empty form shaped by the table's own 一级/二级 rows (what a user has after inserting rows);
 * names, targets, actuals and weights are typed into it afterwards.
 */
function layoutFor(table: SeedTable): Layout {
  const kind = findKind("self-eval");
  if (!kind) throw new Error("self-eval not registered");
  return kind.build(
    { year: table.year, unit: "万元", framework: "national" },
    { indicators: table.indicators.map(([level1, level2]) => ({ level1, level2 })) },
  );
}

function typedValues(layout: Layout, table: SeedTable): Record<string, string | number> {
  const typed: Record<string, string | number> = {};
  const named = (key: string): string => {
    const address = layout.named[key];
    if (!address) throw new Error(`layout has no named cell ${key}`);
    return address;
  };
  for (const [line, [initial, budget, executed]] of Object.entries(table.budget)) {
    typed[named(`budget.${line}.initial`)] = initial;
    typed[named(`budget.${line}.budget`)] = budget;
    typed[named(`budget.${line}.executed`)] = executed;
  }
  typed[named("header.项目名称")] = table.name;
  const { firstRow, columns } = layout.indicators;
  table.indicators.forEach(([, , name, target, actual, weight, score], i) => {
    const row = firstRow + i;
    typed[toA1(row, columns.name)] = name;
    typed[toA1(row, columns.target)] = target;
    if (columns.actual !== undefined) typed[toA1(row, columns.actual)] = actual;
    if (columns.weight !== undefined) typed[toA1(row, columns.weight)] = weight;
    if (score !== undefined && columns.score !== undefined) typed[toA1(row, columns.score)] = score;
  });
  return typed;
}

describe.each(tables.map((t) => [t.name, t] as const))(
  "self-eval template with seed 002 %s",
  (_name, table) => {
    const layout = layoutFor(table);
    const engine = createPerfEngine({ Sheet1: layoutSheet(layout, typedValues(layout, table)) });
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
