/**
 * Excel 97–2003 (BIFF8) workbooks, .xls and WPS .et alike, read with SheetJS (@e965/xlsx, the fixed
 * 0.20 line; docs/architecture.md says why) into the same cells every reader ends in. Pure: runs in
 * the CLI and the browser review page.
 */
import * as XLSX from "@e965/xlsx";
import type { CellValue, Grid } from "../../core/grid";
import { readPercentText } from "../../core/readPercentText";
import { cellsToGrids, DEFAULT_MAX_GRID_CELLS, type ReadCell } from "../cellsToGrids";
import { failWorkbook, type WorkbookError, type WorkbookRead } from "../workbookRead";
import { sheetTooLargeError } from "../sheetTooLargeError";

/** The part of SheetJS' number-format module used here (its typings declare it `any`). */
interface DateFormats {
  is_date(format: string): boolean;
  parse_date_code(
    serial: number,
  ): { y: number; m: number; d: number; H: number; M: number; S: number } | null;
}
const SSF = XLSX.SSF as DateFormats;

export interface ReadXlsOptions {
  /** Shown in messages. */
  readonly name: string;
  /** Most cells the grids of one worksheet may hold (default 4,000,000). */
  readonly maxCells?: number;
}

/**
 * Every worksheet of a BIFF workbook → grids: values (a formula cell gives its cached result),
 * formulas as typed, merges, the text a number shows under a % format, hidden sheets.
 *
 * @example
 * const read = readXls(bytes, { name: "a.et" });
 * if (!("error" in read)) read.sheets[0]?.values[0]?.[0]; // → "财政项目支出绩效自评表"
 */
export function readXls(bytes: Uint8Array, options: ReadXlsOptions): WorkbookRead | WorkbookError {
  const path = options.name;
  const maxCells = options.maxCells ?? DEFAULT_MAX_GRID_CELLS;
  let workbook: XLSX.WorkBook;
  try {
    // dense: rows as arrays (faster on big sheets); cellNF keeps each cell's number format.
    workbook = XLSX.read(bytes, {
      type: "array",
      dense: true,
      cellFormula: true,
      cellNF: true,
      cellHTML: false,
    });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(detail)) return failWorkbook("WORKBOOK_ENCRYPTED", { path });
    return failWorkbook("WORKBOOK_XLS", { path, detail: detail.slice(0, 200) });
  }
  const sheets: Grid[] = [];
  const hiddenSheets = new Set<string>();
  workbook.SheetNames.forEach((name, index) => {
    // 1 hidden, 2 very hidden.
    if ((workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) > 0) hiddenSheets.add(name);
  });
  for (const name of workbook.SheetNames) {
    const worksheet = workbook.Sheets[name];
    if (!worksheet) continue;
    const grids = cellsToGrids(name, readCells(worksheet), readMerges(worksheet), maxCells);
    if ("tooLarge" in grids) return sheetTooLargeError(path, name, grids, maxCells);
    sheets.push(...grids);
  }
  return { sheets, hiddenSheets };
}

function readCells(worksheet: XLSX.WorkSheet): ReadCell[] {
  const cells: ReadCell[] = [];
  const rows = (worksheet["!data"] ?? []) as (XLSX.CellObject[] | undefined)[];
  rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const value = readValue(cell);
      const formula = cell.f ? `=${showCustomFunctions(cell.f)}` : "";
      if ((value === null || value === "") && formula === "") return;
      cells.push({ r, c, value, formula });
    });
  });
  return cells;
}

function readValue(cell: XLSX.CellObject): CellValue {
  const format = typeof cell.z === "string" ? cell.z : undefined;
  switch (cell.t) {
    case "s":
      return typeof cell.v === "string" ? cell.v : String(cell.v ?? "");
    case "b":
      return cell.v === true;
    case "e":
      return { error: cell.w ?? XLSX.utils.format_cell(cell) };
    case "n": {
      const n = typeof cell.v === "number" && Number.isFinite(cell.v) ? cell.v : null;
      if (n === null) return null;
      // Typing 90% stores 0.9 under "0%": the core gets "90%", as the .xlsx reader gives it.
      const percent = readPercentText(n, format);
      if (percent !== null) return percent;
      return format && SSF.is_date(format) ? formatDate(n) : n;
    }
    case "d":
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : null;
    default:
      return null;
  }
}

/** A date serial as the .xlsx reader shows it: "2020-01-01", with the time when it has one. */
function formatDate(serial: number): CellValue {
  const parts = SSF.parse_date_code(serial);
  if (!parts) return serial;
  const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
  const day = `${pad(parts.y, 4)}-${pad(parts.m)}-${pad(parts.d)}`;
  const time = parts.H || parts.M || parts.S ? `T${pad(parts.H)}:${pad(parts.M)}:${pad(parts.S)}` : "";
  return day + time;
}

/** Excel stores add-in calls as `_xldudf_PERF_SCORE(`; show them as typed: `PERF.SCORE(`. */
function showCustomFunctions(formula: string): string {
  return formula.replace(/_xldudf_([A-Za-z][A-Za-z0-9]*)_([A-Za-z0-9_.]+)\(/g, "$1.$2(");
}

function readMerges(worksheet: XLSX.WorkSheet): string[] {
  return (worksheet["!merges"] ?? []).map((range) => XLSX.utils.encode_range(range));
}
