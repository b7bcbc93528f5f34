/** One exceljs worksheet → one {@link Grid} (values, formulas, merges, sheet name; origin A1). */
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../core/grid";

/**
 * Normalises every cell of `worksheet` from A1 to its last used cell. Cells hidden under a merge are
 * null, as Excel's own `range.values` gives them; formula cells give their cached result.
 *
 * @example
 * readWorksheetGrid(workbook.getWorksheet(1)!).values[0][0] // → "财政项目支出绩效自评表"
 */
export function readWorksheetGrid(worksheet: ExcelJS.Worksheet): Grid {
  const rowCount = worksheet.rowCount;
  const colCount = worksheet.columnCount;
  const values: CellValue[][] = [];
  const formulas: string[][] = [];
  let anyFormula = false;
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.findRow(r);
    const rowValues: CellValue[] = new Array<CellValue>(colCount).fill(null);
    const rowFormulas: string[] = new Array<string>(colCount).fill("");
    if (row) {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (col > colCount) return;
        if (cell.type === ExcelJS.ValueType.Merge) return;
        if (cell.type !== ExcelJS.ValueType.Formula) {
          rowValues[col - 1] = normaliseCellValue(cell.value);
        } else {
          // A cached result of 0 lives in cell.result; cell.value's shape varies with shared formulas.
          rowValues[col - 1] = normaliseCellValue(cell.result);
          const formula = cell.formula;
          if (formula) {
            rowFormulas[col - 1] = `=${showCustomFunctions(formula)}`;
            anyFormula = true;
          }
        }
      });
    }
    values.push(rowValues);
    formulas.push(rowFormulas);
  }
  trimTrailingEmptyRows(values, formulas);
  const grid: Grid = {
    values,
    origin: "A1",
    merges: readMerges(worksheet),
    sheet: worksheet.name,
    ...(anyFormula ? { formulas } : {}),
  };
  return grid;
}

/** Excel stores add-in calls as `_xldudf_PERF_SCORE(`; show them as typed: `PERF.SCORE(`. */
export function showCustomFunctions(formula: string): string {
  return formula.replace(/_xldudf_([A-Za-z][A-Za-z0-9]*)_([A-Za-z0-9_.]+)\(/g, "$1.$2(");
}

/** exceljs value → core CellValue. Unknown shapes become null rather than an exception. */
export function normaliseCellValue(value: ExcelJS.CellValue | unknown): CellValue {
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

function trimTrailingEmptyRows(values: CellValue[][], formulas: string[][]): void {
  while (values.length > 0) {
    const last = values[values.length - 1];
    if (!last || last.some((v) => v !== null && v !== "")) break;
    values.pop();
    formulas.pop();
  }
}
