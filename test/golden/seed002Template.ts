/**
 * Seed 002's two self-evaluations typed into the self-eval template (either formula mode): the layout
 * shaped by the tables' own 一级/二级 rows, and the values a person types into its input cells.
 */
import { fromA1, toA1 } from "../../src/core/address";
import { NATIONAL_RULES } from "../../src/core/scoring";
import { findKind, toPortableLayout, type Layout, type LayoutCell } from "../../src/core/templates";
import seed from "../fixtures/templates/seed002.selfEval.json";

type Row = [string, string, string, string, string, number, number?];

export interface SeedTemplateTable {
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

export const seedTemplateTables = seed.tables as unknown as SeedTemplateTable[];

/** The empty form shaped by the table's own rows, in PERF or portable formulas. */
export function seedLayout(table: SeedTemplateTable, mode: "perf" | "portable"): Layout {
  const kind = findKind("self-eval");
  if (!kind) throw new Error("self-eval not registered");
  const layout = kind.build(
    { year: table.year, unit: "万元", framework: "national" },
    { indicators: table.indicators.map(([level1, level2]) => ({ level1, level2 })) },
  );
  return mode === "portable" ? toPortableLayout(layout, NATIONAL_RULES) : layout;
}

/** Values typed into the input cells, by A1 address. */
export function seedTypedValues(layout: Layout, table: SeedTemplateTable): Record<string, string | number> {
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

/** The layout with the typed values in place of its input cells (a typed score replaces the formula). */
export function fillLayout(layout: Layout, typed: Readonly<Record<string, string | number>>): Layout {
  const done = new Set<string>();
  const cells: LayoutCell[] = layout.cells.map((cell) => {
    const address = toA1(cell.row, cell.col);
    const value = typed[address];
    if (value === undefined) return cell;
    done.add(address);
    const { formula: _formula, ...rest } = cell;
    return { ...rest, value };
  });
  for (const [address, value] of Object.entries(typed)) {
    if (done.has(address)) continue;
    const at = fromA1(address);
    if (at) cells.push({ row: at.row, col: at.col, value });
  }
  return { ...layout, cells };
}
