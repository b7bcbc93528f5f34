/**
 * The cells a reader found on one worksheet → that sheet's grids. Every reader (exceljs today, the
 * lean xlsx reader, xls, docx) collects cells in its own way and ends here, so the core gets the same
 * grids whatever the file format.
 */
import { fromA1, toA1, toRange } from "../core/address";
import type { CellValue, Grid } from "../core/grid";
import { readWorksheetRegions, type CellBox, type CellRegion } from "./readWorksheetRegions";

/** Most cells the grids of one worksheet may hold together (rows × columns of each rectangle). */
export const DEFAULT_MAX_GRID_CELLS = 4_000_000;
/** Most separate rectangles one worksheet is read into; more means values strewn all over the sheet. */
export const MAX_GRID_REGIONS = 100;

/** One cell that holds something; 0-based row and column; `formula` "" when it has none. */
export interface ReadCell {
  readonly r: number;
  readonly c: number;
  readonly value: CellValue;
  /** As typed, with a leading "=" ("=PERF.SCORE(D12,E12,F12)"), or "". */
  readonly formula: string;
}

/** A worksheet whose values cannot be held: `cells` rows × columns would be needed for `range`. */
export interface SheetTooLarge {
  /** `regions`: how many separate rectangles the values lie in (over MAX_GRID_REGIONS: too scattered). */
  readonly tooLarge: { readonly cells: number; readonly range: string; readonly regions: number };
}

/**
 * Normally one grid from A1 to the last cell that holds something; values far away from the rest (a
 * stray "x" in XFD1048576) get grids of their own, so the grid of the table stays the size of the
 * table. `cells` must hold only cells with a value or a formula (never formatting alone); cells
 * hidden under a merge are left out by the reader (null in the grid, as Excel's `range.values`).
 *
 * @example
 * cellsToGrids("Sheet1", [{ r: 0, c: 0, value: "自评表", formula: "" }], ["A1:D1"])
 * // → [{ values: [["自评表"]], origin: "A1", merges: ["A1:D1"], sheet: "Sheet1" }]
 */
export function cellsToGrids(
  sheet: string,
  cells: readonly ReadCell[],
  merges: string[],
  maxCells = DEFAULT_MAX_GRID_CELLS,
): Grid[] | SheetTooLarge {
  const regions = readWorksheetRegions(cells);
  const area = regions.reduce(
    (sum, { box }) => sum + (box.bottom - box.top + 1) * (box.right - box.left + 1),
    0,
  );
  if (area > maxCells || regions.length > MAX_GRID_REGIONS) {
    const range = rangeOf(regions.map((region) => region.box));
    return { tooLarge: { cells: area, range, regions: regions.length } };
  }
  const [only] = regions;
  if (!only) return [{ values: [], origin: "A1", merges, sheet }];
  if (regions.length === 1 && only.box.top === 0 && only.box.left === 0) {
    return [buildGrid(sheet, cells, only, merges)];
  }
  // A merge belongs to the region that holds its top-left cell; other regions never see it.
  return regions.map((region) =>
    buildGrid(
      sheet,
      cells,
      region,
      merges.filter((merge) => holdsMaster(region.box, merge)),
    ),
  );
}

function buildGrid(sheet: string, cells: readonly ReadCell[], region: CellRegion, merges: string[]): Grid {
  const { top, left, bottom, right } = region.box;
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  let formulas: string[][] | undefined;
  for (const i of region.members) {
    const cell = cells[i];
    if (!cell) continue;
    const row = values[cell.r - top];
    if (row) row[cell.c - left] = cell.value;
    if (cell.formula !== "") {
      formulas ??= Array.from({ length: height }, () => new Array<string>(width).fill(""));
      const formulaRow = formulas[cell.r - top];
      if (formulaRow) formulaRow[cell.c - left] = cell.formula;
    }
  }
  return {
    values,
    origin: toA1(top, left),
    merges,
    sheet,
    ...(formulas ? { formulas } : {}),
  };
}

function holdsMaster(box: CellBox, merge: string): boolean {
  const master = fromA1(merge.split(":")[0] ?? "");
  if (!master) return false;
  return (
    master.row >= box.top && master.row <= box.bottom && master.col >= box.left && master.col <= box.right
  );
}

/** The A1 range around every box ("A1:XFD1048576"), for the too-large message. */
function rangeOf(boxes: readonly CellBox[]): string {
  const [first] = boxes;
  if (!first) return "A1";
  const all = boxes.reduce(
    (a, b) => ({
      top: Math.min(a.top, b.top),
      left: Math.min(a.left, b.left),
      bottom: Math.max(a.bottom, b.bottom),
      right: Math.max(a.right, b.right),
    }),
    first,
  );
  return toRange(all.top, all.left, all.bottom, all.right);
}
