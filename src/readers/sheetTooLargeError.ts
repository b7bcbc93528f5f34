import { MAX_GRID_REGIONS, type SheetTooLarge } from "./cellsToGrids";
import { failWorkbook, type WorkbookError } from "./workbookRead";

/**
 * Why a sheet whose values cannot be held is refused, as every reader words it: values strewn over
 * more than MAX_GRID_REGIONS places (WORKBOOK_SHEET_SCATTERED), or more than `maxCells` cells to hold
 * (WORKBOOK_SHEET_TOO_LARGE).
 *
 * @example
 * const grids = cellsToGrids(sheet, cells, merges, maxCells);
 * if ("tooLarge" in grids) return sheetTooLargeError(path, sheet, grids, maxCells);
 */
export function sheetTooLargeError(
  path: string,
  sheet: string,
  { tooLarge }: SheetTooLarge,
  maxCells: number,
): WorkbookError {
  const { range, regions, cells } = tooLarge;
  return regions > MAX_GRID_REGIONS
    ? failWorkbook("WORKBOOK_SHEET_SCATTERED", { path, sheet, range, regions })
    : failWorkbook("WORKBOOK_SHEET_TOO_LARGE", { path, sheet, range, cells, limit: maxCells });
}
