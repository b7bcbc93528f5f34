import { fromA1 } from "../address";
import { isCellError, type CellValue, type Grid } from "../grid";
import type { Located, RecognisedTable } from "../tables/model";

/**
 * Cells of the table whose PerfTables formulas were not calculated: 得分, 总分, 评分等级, the budget
 * 执行率/得分 holding `#NAME?` (what Excel caches for a custom function when the workbook was saved
 * without the add-in, and what everything summing them then shows), or holding a formula (PERF.SCORE,
 * or =I13 pointing at the 规则得分 column) with no cached result at all — a script or tool wrote it
 * without calculating; needs `grid` — where a result is due: the row has an actual value, the funds
 * row has amounts. A blank template's formulas have no cached result either, but nothing to calculate
 * yet. 总分 and 评分等级 without a cached result count once something else was not calculated.
 *
 * @example
 * findUncalculated(table, grid); // Set { "G13", "G14", "G25" }
 */
export function findUncalculated(table: RecognisedTable, grid?: Grid): ReadonlySet<string> {
  const formulaAt = formulaLookup(grid);
  const fundsFilled = !!table.budget && !!table.budget.budget.value && table.budget.executed.value !== null;
  const cells: [Located<CellValue> | undefined, boolean][] = [
    ...table.indicators.map((r): [Located<CellValue> | undefined, boolean] => [
      r.claimedScore,
      !isBlankValue(r.actual?.value ?? null),
    ]),
    [table.budget?.claimedRate, fundsFilled],
    [table.budget?.claimedScore, fundsFilled],
  ];
  const found = new Set<string>();
  const add = (located: Located<CellValue> | undefined, due: boolean): void => {
    if (located && isUncalculated(located, due, formulaAt)) found.add(located.cell);
  };
  for (const [located, due] of cells) add(located, due);
  const anyFound = found.size > 0;
  add(table.claimedTotal, anyFound);
  add(table.claimedGrade, anyFound);
  return found;
}

function isUncalculated(
  located: Located<CellValue>,
  due: boolean,
  formulaAt: (cell: string) => string,
): boolean {
  const { value, cell } = located;
  if (isCellError(value)) return value.error.trim().toUpperCase() === "#NAME?";
  // null = no cached result; "" is a result (IF(…,"",…) on an empty row).
  return due && value === null && formulaAt(cell).startsWith("=");
}

function isBlankValue(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
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
