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

/**
 * Shares no setting uses, written into AQ to find where the qualitative shares (达成/部分达成/未达成, the
 * pane's 设置) stand in its formula.
 */
const SENTINEL_SHARES = { achieved: 0.987654321, partial: 0.876543219, failed: 0.765432198 } as const;

/**
 * AQ as the template writes it with any qualitative shares: the formula with the sentinel shares, every
 * other character matched exactly and each share as a number.
 */
function qualitativeSharesPattern(
  refs: Parameters<typeof rowFormulas>[0],
  place: Parameters<typeof rowFormulas>[1],
): RegExp {
  const aq =
    rowFormulas(refs, place, { ...NATIONAL_RULES, qualitativeDefaults: SENTINEL_SHARES }).helpers.AQ ?? "";
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const sentinels = new RegExp(
    Object.values(SENTINEL_SHARES)
      .map((n) => escape(String(n)))
      .join("|"),
  );
  return new RegExp(`^${aq.split(sentinels).map(escape).join("\\d+(?:\\.\\d+)?")}$`);
}

/** `make` run on first call only. */
function lazy<T>(make: () => T): () => T {
  let value: { readonly v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

export interface BrokenHelpers {
  /** Helper cells whose formula is not what the template wrote (edited, typed over, cleared). */
  readonly broken: readonly string[];
  /** Target cells of indicator rows with no helper formula at all: inserted without copying a row. */
  readonly missing: readonly string[];
}

/**
 * On a portable sheet (its helper header carries {@link PORTABLE_SIGNATURE}), compares every indicator
 * row's hidden helper formulas with the ones the template writes for that row; formulas that depend on
 * the regional settings are accepted in each form a setting gives them (S: national or ratio negative
 * rule; AQ: any qualitative shares). Empty on other sheets.
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
  const column = new Map(names.map((name, i) => [name, start.col + i]));
  const broken: string[] = [];
  const missing: string[] = [];
  for (const row of table.indicators) {
    if (row.isSubtotal) continue;
    const at = fromA1(row.target.cell);
    if (!at) continue;
    const found = names.map((_, i) => formulaAt(at.row, start.col + i));
    if (found.every((formula) => formula === "")) {
      missing.push(row.target.cell);
      continue;
    }
    const place = (helper: HelperName): string => toA1(at.row, column.get(helper) ?? start.col);
    const refs = {
      target: row.target.cell,
      ...(names === SCORE_HELPERS && row.actual && row.weight
        ? { actual: row.actual.cell, weight: row.weight.cell }
        : {}),
    };
    const national = rowFormulas(refs, place, NATIONAL_RULES).helpers;
    // The settings-dependent forms are built only when the national one does not match.
    const ratio = lazy(
      () => rowFormulas(refs, place, { ...NATIONAL_RULES, negativeFormula: "ratio" }).helpers,
    );
    const shares = lazy(() => qualitativeSharesPattern(refs, place));
    names.forEach((name, i) => {
      const expected = national[name];
      const got = found[i] ?? "";
      if (expected === undefined || got === expected) return;
      if (name === "S" && ratio().S === got) return;
      if (name === "AQ" && shares().test(got)) return;
      broken.push(toA1(at.row, start.col + i));
    });
  }
  return { broken, missing };
}
