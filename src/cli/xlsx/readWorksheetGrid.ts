/** One exceljs worksheet → its grids (values, formulas, merges, sheet name). */
import ExcelJS from "exceljs";
import { fromA1, toA1, toRange } from "../../core/address";
import type { CellValue, Grid } from "../../core/grid";
import { readPercentText } from "../../core/readPercentText";
import { readWorksheetRegions, type CellBox, type CellRegion } from "./readWorksheetRegions";

/** Most cells the grids of one worksheet may hold together (rows × columns of each rectangle). */
export const DEFAULT_MAX_GRID_CELLS = 4_000_000;
/** Most separate rectangles one worksheet is read into; more means values strewn all over the sheet. */
export const MAX_GRID_REGIONS = 100;

/** A worksheet whose values cannot be held: `cells` rows × columns would be needed for `range`. */
export interface SheetTooLarge {
  /** `regions`: how many separate rectangles the values lie in (over MAX_GRID_REGIONS: too scattered). */
  readonly tooLarge: { readonly cells: number; readonly range: string; readonly regions: number };
}

interface ReadCell {
  readonly r: number;
  readonly c: number;
  readonly value: CellValue;
  readonly formula: string;
}

/**
 * Normalises the cells of `worksheet` that hold values. Normally one grid from A1 to the last used
 * cell; values far away from the rest (a stray "x" in XFD1048576) get grids of their own, so the grid
 * of the table stays the size of the table. Cells hidden under a merge are null, as Excel's own
 * `range.values` gives them; formula cells give their cached result.
 *
 * @example
 * (readWorksheetGrid(workbook.getWorksheet(1)!) as Grid[])[0].values[0][0] // → "财政项目支出绩效自评表"
 */
export function readWorksheetGrid(
  worksheet: ExcelJS.Worksheet,
  maxCells = DEFAULT_MAX_GRID_CELLS,
): Grid[] | SheetTooLarge {
  // First collect the cells that hold something: grids are sized by them, never by formatting or by
  // the sheet's recorded dimensions.
  const cells: ReadCell[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      // A cached result of 0 lives in cell.result; cell.value's shape varies with shared formulas.
      const read = normaliseCellValue(isFormula ? cell.result : cell.value);
      // Typing 90% stores 0.9 under "0%": the core gets "90%", what the person sees in the cell.
      const value = typeof read === "number" ? (readPercentText(read, cell.numFmt) ?? read) : read;
      const formula = isFormula && cell.formula ? `=${showCustomFunctions(cell.formula)}` : "";
      if ((value === null || value === "") && formula === "") return;
      cells.push({ r: r - 1, c: c - 1, value, formula });
    });
  });
  const merges = readMerges(worksheet);
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
  if (!only) return [{ values: [], origin: "A1", merges, sheet: worksheet.name }];
  if (regions.length === 1 && only.box.top === 0 && only.box.left === 0) {
    return [buildGrid(worksheet.name, cells, only, merges)];
  }
  // A merge belongs to the region that holds its top-left cell; other regions never see it.
  return regions.map((region) =>
    buildGrid(
      worksheet.name,
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

/** Excel stores add-in calls as `_xldudf_PERF_SCORE(`; show them as typed: `PERF.SCORE(`. */
function showCustomFunctions(formula: string): string {
  return formula.replace(/_xldudf_([A-Za-z][A-Za-z0-9]*)_([A-Za-z0-9_.]+)\(/g, "$1.$2(");
}

/** exceljs value → core CellValue. Unknown shapes become null rather than an exception. */
// `unknown`, not ExcelJS.CellValue: rich text, hyperlinks and formula objects arrive in shapes the
// typings do not cover.
function normaliseCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return formatDate(value);
  if (typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (typeof v.error === "string") return { error: v.error };
  if (Array.isArray(v.richText)) return richTextToString(v.richText);
  if ("formula" in v || "sharedFormula" in v) return normaliseCellValue(v.result);
  if ("hyperlink" in v || "text" in v) return normaliseCellValue(v.text);
  return null;
}

function richTextToString(runs: readonly unknown[]): string {
  return runs
    .map((run) =>
      run && typeof run === "object" && typeof (run as { text?: unknown }).text === "string"
        ? (run as { text: string }).text
        : "",
    )
    .join("");
}

/** exceljs reads dates as UTC instants; a date without a time is shown as "2020-01-01". */
function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

function readMerges(worksheet: ExcelJS.Worksheet): string[] {
  // exceljs keeps merges in a private map keyed by master cell; each entry knows its "A1:B2" range.
  const merges = (worksheet as unknown as { _merges?: Record<string, { range?: string }> })._merges ?? {};
  return Object.values(merges)
    .map((m) => m.range)
    .filter((r): r is string => typeof r === "string");
}
