import type { RecognisedTable } from "../tables/model";
import type { Finding } from "./finding";
import { makeFinding } from "./makeFinding";
import type { ValidationContext } from "./types";

/** How many cells the finding names before "…". */
const LISTED = 6;

/**
 * One finding per table whose PerfTables formulas were not calculated (saved where the add-in was not
 * loaded: #NAME?; or written by a tool that does not calculate): the unit should open the workbook in
 * Excel with PerfTables and use 修复公式. Scores are recomputed by the rules meanwhile, so this is a
 * warning, and the cells are not reported again one by one as bad numbers.
 *
 * @example
 * formulaRules(table, ctx); // [{ code: "FORMULAS_NOT_CALCULATED", cell: "G13", params: { count: 13, cells: "G13、G14…" } }]
 */
export function formulaRules(_table: RecognisedTable, ctx: ValidationContext): Finding[] {
  const cells = [...ctx.uncalculated];
  const first = cells[0];
  if (first === undefined) return [];
  const listed = cells.slice(0, LISTED).join("、") + (cells.length > LISTED ? "…" : "");
  return [makeFinding(first, "FORMULAS_NOT_CALCULATED", "warning", { count: cells.length, cells: listed })];
}
