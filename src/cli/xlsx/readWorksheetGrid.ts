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
  // First collect the cells that hold something: a stray formatted cell far right or far down must
  // not make every row thousands of columns wide.
  const cells: { r: number; c: number; value: CellValue; formula: string }[] = [];
  let width = 0;
  let height = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      // A cached result of 0 lives in cell.result; cell.value's shape varies with shared formulas.
      const value = normaliseCellValue(isFormula ? cell.result : cell.value);
      const formula = isFormula && cell.formula ? `=${showCustomFunctions(cell.formula)}` : "";
      if ((value === null || value === "") && formula === "") return;
      cells.push({ r: r - 1, c: c - 1, value, formula });
      if (c > width) width = c;
      if (r > height) height = r;
    });
  });
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  let formulas: string[][] | undefined;
  for (const { r, c, value, formula } of cells) {
    const row = values[r];
    if (row) row[c] = value;
    if (formula !== "") {
      formulas ??= Array.from({ length: height }, () => new Array<string>(width).fill(""));
      const formulaRow = formulas[r];
      if (formulaRow) formulaRow[c] = formula;
    }
  }
  return {
    values,
    origin: "A1",
    merges: readMerges(worksheet),
    sheet: worksheet.name,
    ...(formulas ? { formulas } : {}),
  };
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
