import { fromA1, toA1 } from "../address";
import type { Grid } from "../grid";
import { NATIONAL_RULES } from "../scoring/options";
import type { RecognisedTable } from "../tables/model";
import {
  PORTABLE_SIGNATURE,
  SCORE_HELPERS,
  TARGET_HELPERS,
  rowFormulas,
  type HelperName,
} from "../templates/portable";

/** Helpers whose formula depends on the settings chosen when the template was made. */
const SETTING_DEPENDENT: ReadonlySet<HelperName> = new Set<HelperName>(["AQ", "S"]);

export interface BrokenHelpers {
  /** Helper cells whose formula is not what the template wrote (edited, typed over, cleared). */
  readonly broken: readonly string[];
  /** Target cells of indicator rows with no helper formula at all: inserted without copying a row. */
  readonly missing: readonly string[];
}

/**
 * On a portable sheet (its helper header carries {@link PORTABLE_SIGNATURE}), compares every indicator
 * row's hidden helper formulas with the ones the template writes for that row; formulas that depend on
 * the regional settings are accepted in the national and the ratio form. Empty on other sheets.
 *
 * @example
 * findBrokenHelpers(table, grid); // { broken: ["N14"], missing: [] }
 */
export function findBrokenHelpers(table: RecognisedTable, grid?: Grid): BrokenHelpers {
  const none = { broken: [], missing: [] };
  if (!grid?.formulas) return none;
  const origin = fromA1(grid.origin ?? "A1") ?? { row: 0, col: 0 };
  let base: { row: number; col: number } | undefined;
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === PORTABLE_SIGNATURE && !base) base = { row: origin.row + r, col: origin.col + c };
    }),
  );
  if (!base) return none;
  const start = base;
  const valueAt = (row: number, col: number): unknown => grid.values[row - origin.row]?.[col - origin.col];
  const formulaAt = (row: number, col: number): string =>
    (grid.formulas?.[row - origin.row]?.[col - origin.col] ?? "").trim();
  const names: readonly HelperName[] =
    valueAt(start.row, start.col + TARGET_HELPERS.length) === "TQ" ? SCORE_HELPERS : TARGET_HELPERS;
  const broken: string[] = [];
  const missing: string[] = [];
  for (const row of table.indicators) {
    if (row.isSubtotal) continue;
    const at = fromA1(row.target.cell);
    if (!at) continue;
    const place = (helper: HelperName): string => toA1(at.row, start.col + names.indexOf(helper));
    const refs = {
      target: row.target.cell,
      ...(names === SCORE_HELPERS && row.actual && row.weight
        ? { actual: row.actual.cell, weight: row.weight.cell }
        : {}),
    };
    const variants = [
      rowFormulas(refs, place, NATIONAL_RULES).helpers,
      rowFormulas(refs, place, { ...NATIONAL_RULES, negativeFormula: "ratio" }).helpers,
    ];
    const found = names.map((_, i) => formulaAt(at.row, start.col + i));
    if (found.every((formula) => formula === "")) {
      missing.push(row.target.cell);
      continue;
    }
    names.forEach((name, i) => {
      const expected = SETTING_DEPENDENT.has(name) ? variants.map((v) => v[name]) : [variants[0]?.[name]];
      if (expected.every((formula) => formula === undefined)) return;
      if (!expected.includes(found[i])) broken.push(toA1(at.row, start.col + i));
    });
  }
  return { broken, missing };
}
