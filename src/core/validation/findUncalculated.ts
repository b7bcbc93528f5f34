import { fromA1 } from "../address";
import { isCellError, type CellValue, type Grid } from "../grid";
import type { Located, RecognisedTable } from "../tables/model";

/** How Excel keeps an add-in call it could not run: `_xldudf_PERF_SCORE(` or, as shown, `PERF.SCORE(`. */
const PERF_CALL = /PERF[._][A-Z]+\(|_xldudf_|_xludf\./i;

/**
 * Cells of the table whose PerfTables formulas were not calculated: 得分, 总分, 评分等级, the budget
 * 执行率/得分 holding `#NAME?` (what Excel caches for a custom function when the workbook was saved
 * without the add-in, and what everything summing them then shows), or holding a PERF formula with
 * no cached result at all (a script or tool wrote the formula without calculating it — needs `grid`).
 *
 * @example
 * findUncalculated(table, grid); // Set { "G13", "G14", "G25" }
 */
export function findUncalculated(table: RecognisedTable, grid?: Grid): ReadonlySet<string> {
  const formulaAt = formulaLookup(grid);
  const cells: (Located<CellValue> | undefined)[] = [
    ...table.indicators.map((r) => r.claimedScore),
    table.claimedTotal,
    table.claimedGrade,
    table.budget?.claimedRate,
    table.budget?.claimedScore,
  ];
  const found = new Set<string>();
  for (const located of cells) {
    if (located && isUncalculated(located, formulaAt)) found.add(located.cell);
  }
  return found;
}

function isUncalculated(located: Located<CellValue>, formulaAt: (cell: string) => string): boolean {
  const { value, cell } = located;
  if (isCellError(value)) return value.error.trim().toUpperCase() === "#NAME?";
  const blank = value === null || (typeof value === "string" && value.trim() === "");
  return blank && PERF_CALL.test(formulaAt(cell));
}

/** The formula typed in a cell (A1, sheet coordinates), "" when the grid has none there. */
function formulaLookup(grid: Grid | undefined): (cell: string) => string {
  const formulas = grid?.formulas;
  if (!formulas || formulas.length === 0) return () => "";
  const origin = fromA1(grid.origin ?? "A1") ?? { row: 0, col: 0 };
  return (cell) => {
    const at = fromA1(cell);
    if (!at) return "";
    return formulas[at.row - origin.row]?.[at.col - origin.col] ?? "";
  };
}
