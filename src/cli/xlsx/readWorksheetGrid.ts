/** One exceljs worksheet → its grids (values, formulas, merges, sheet name). */
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../core/grid";
import { readPercentText } from "../../core/readPercentText";
import { showCustomFunctions } from "../../readers/showCustomFunctions";
import {
  cellsToGrids,
  DEFAULT_MAX_GRID_CELLS,
  type ReadCell,
  type SheetTooLarge,
} from "../../readers/cellsToGrids";

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
  return cellsToGrids(worksheet.name, cells, readMerges(worksheet), maxCells);
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
