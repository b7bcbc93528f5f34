/**
 * Builds a RecognisedTable from a compact JSON fixture (test/fixtures/validation/tables/*.json), the way
 * the recogniser would: cells get A1 addresses, blank 一级/二级 (null) carry down from the row above.
 */
import { columnName, fromA1 } from "../../../src/core/address";
import type { CellValue, Grid } from "../../../src/core/grid";
import type { FrameworkId } from "../../../src/core/frameworks";
import type { ScoringOptions } from "../../../src/core/scoring/options";
import type { IndicatorRow, Located, RecognisedTable, TableKind } from "../../../src/core/tables/model";

export type Column =
  | "level1"
  | "level2"
  | "name"
  | "target"
  | "actual"
  | "weight"
  | "score"
  | "deviation"
  | "progress"
  | "forecast"
  | "likelihood";

export interface TableFixture {
  readonly name: string;
  readonly kind: TableKind;
  readonly framework: FrameworkId;
  readonly sheet?: string;
  readonly options?: Partial<ScoringOptions>;
  /** 1-based sheet row of the first indicator. */
  readonly firstRow: number;
  readonly columns: readonly Column[];
  /** null in a level column = carried down from the row above (merged cell). */
  readonly rows: readonly (readonly (CellValue | null)[])[];
  /** Rows (indexes into `rows`) that are subtotals of their 一级/二级. */
  readonly subtotals?: readonly number[];
  readonly budget?: {
    readonly row: number;
    readonly unit?: "元" | "万元";
    readonly budget: number | null;
    readonly executed: number | null;
    readonly weight?: number;
    readonly rate?: CellValue;
    readonly score?: CellValue;
    /** 其中 rows under the total row: [label, 全年预算数, 全年执行数] in D/E of the rows below it. */
    readonly parts?: readonly (readonly [string, number | null, number | null])[];
  };
  readonly subBudgets?: {
    readonly row: number;
    readonly total: number | null;
    readonly parts: readonly [string, number | null][];
  };
  readonly claimedTotal?: CellValue;
  readonly claimedGrade?: CellValue;
  readonly claimedWeightTotal?: CellValue;
  /** Formulas by A1 cell ("G13": "=PERF.SCORE(D13,E13,F13)"): the table's grid is passed to the validator. */
  readonly formulas?: Readonly<Record<string, string>>;
  readonly expect: {
    /** Exact number of findings of severity error. */
    readonly errors?: number;
    /** [code] or [code, cell]: each must be among the findings. */
    readonly has?: readonly (readonly [string] | readonly [string, string])[];
    /** Codes that must not appear. */
    readonly hasNot?: readonly string[];
    /** Every finding must have one of these codes (nothing unexpected). */
    readonly only?: readonly string[];
    readonly total?: number | null;
    readonly grade?: string | null;
    readonly budgetScore?: number | null;
  };
}

export function tableFromFixture(fx: TableFixture): RecognisedTable {
  const col = (c: Column): string => {
    const i = fx.columns.indexOf(c);
    return i < 0 ? "" : columnName(i);
  };
  const at = (c: Column, row: number): string => `${col(c)}${row}`;
  const carried: Record<"level1" | "level2", Located<string>> = {
    level1: { value: "", cell: at("level1", fx.firstRow) },
    level2: { value: "", cell: at("level2", fx.firstRow) },
  };
  const indicators: IndicatorRow[] = fx.rows.map((cells, i) => {
    const sheetRow = fx.firstRow + i;
    const get = (c: Column): CellValue | null | undefined => {
      const idx = fx.columns.indexOf(c);
      return idx < 0 ? undefined : cells[idx];
    };
    for (const level of ["level1", "level2"] as const) {
      const v = get(level);
      if (v !== null && v !== undefined) carried[level] = { value: String(v), cell: at(level, sheetRow) };
    }
    const located = (c: Column): Located<CellValue> | undefined => {
      const v = get(c);
      return v === undefined ? undefined : { value: v, cell: at(c, sheetRow) };
    };
    const text = (c: Column): Located<string> => ({ value: String(get(c) ?? ""), cell: at(c, sheetRow) });
    const actual = located("actual");
    const weight = located("weight");
    const claimedScore = located("score");
    const deviation = get("deviation");
    const progress = located("progress");
    const forecast = located("forecast");
    const likelihood = get("likelihood");
    return {
      row: sheetRow - 1,
      level1: carried.level1,
      level2: carried.level2,
      name: text("name"),
      target: text("target"),
      ...(actual ? { actual } : {}),
      ...(weight ? { weight } : {}),
      ...(claimedScore ? { claimedScore } : {}),
      ...(deviation !== undefined
        ? { deviation: { value: String(deviation ?? ""), cell: at("deviation", sheetRow) } }
        : {}),
      ...(progress ? { progress } : {}),
      ...(forecast ? { forecast } : {}),
      ...(likelihood !== undefined
        ? { likelihood: { value: String(likelihood ?? ""), cell: at("likelihood", sheetRow) } }
        : {}),
      ...(fx.subtotals?.includes(i) ? { isSubtotal: true } : {}),
    };
  });
  const last = fx.firstRow + fx.rows.length;
  const b = fx.budget;
  return {
    kind: fx.kind,
    framework: fx.framework,
    ...(fx.sheet ? { sheet: fx.sheet } : {}),
    range: `A1:H${last + 1}`,
    header: {},
    indicators,
    ...(b
      ? {
          budget: {
            unit: b.unit ?? "万元",
            budget: { value: b.budget, cell: `D${b.row}` },
            executed: { value: b.executed, cell: `E${b.row}` },
            ...(b.weight !== undefined ? { weight: { value: b.weight, cell: `F${b.row}` } } : {}),
            ...(b.rate !== undefined ? { claimedRate: { value: b.rate, cell: `G${b.row}` } } : {}),
            ...(b.score !== undefined ? { claimedScore: { value: b.score, cell: `H${b.row}` } } : {}),
            ...(b.parts
              ? {
                  parts: b.parts.map(([name, budget, executed], i) => ({
                    name: { value: name, cell: `B${b.row + 1 + i}` },
                    budget: { value: budget, cell: `D${b.row + 1 + i}` },
                    executed: { value: executed, cell: `E${b.row + 1 + i}` },
                  })),
                }
              : {}),
          },
        }
      : {}),
    ...(fx.subBudgets
      ? {
          subBudgets: {
            total: { value: fx.subBudgets.total, cell: `D${fx.subBudgets.row}` },
            parts: fx.subBudgets.parts.map(([name, amount], i) => ({
              name: { value: name, cell: `B${fx.subBudgets!.row + 1 + i}` },
              amount: { value: amount, cell: `D${fx.subBudgets!.row + 1 + i}` },
            })),
          },
        }
      : {}),
    ...(fx.claimedWeightTotal !== undefined
      ? { claimedWeightTotal: { value: fx.claimedWeightTotal, cell: `${col("weight")}${last}` } }
      : {}),
    ...(fx.claimedTotal !== undefined
      ? { claimedTotal: { value: fx.claimedTotal, cell: `${col("score")}${last}` } }
      : {}),
    ...(fx.claimedGrade !== undefined
      ? { claimedGrade: { value: fx.claimedGrade, cell: `B${last + 1}` } }
      : {}),
  };
}

/** The formulas of a fixture as a grid at A1 (values left blank); undefined when it has none. */
export function gridFromFixture(fx: TableFixture): Grid | undefined {
  if (!fx.formulas) return undefined;
  const formulas: string[][] = [];
  for (const [cell, formula] of Object.entries(fx.formulas)) {
    const at = fromA1(cell);
    if (!at) throw new Error(`fixture "${fx.name}": bad formula cell ${cell}`);
    while (formulas.length <= at.row) formulas.push([]);
    const row = formulas[at.row] ?? [];
    while (row.length <= at.col) row.push("");
    row[at.col] = formula;
  }
  return { values: formulas.map((row) => row.map(() => null)), formulas, origin: "A1" };
}
