import { displayText } from "../../core/cells";
import { toA1 } from "../../core/address";
import type { CellValue, Grid } from "../../core/grid";
import { isExcelApiSupported } from "./apiSupport";
import { readPercentText } from "../../core/readPercentText";
import { readDateText } from "../../core/readDateText";

export interface ReadSheetOptions {
  /** Sheet to read; the active sheet when absent. */
  readonly sheetName?: string;
}

/**
 * Excel's `values` + `valueTypes` → the core's CellValue (errors as { error }, empty as null). A number
 * under a percentage format reaches the core as the text the user sees (0.9 under 0% → "90%"), and a
 * date serial under a date format as "2023-10-20", as the command line reads them too.
 */
function toCellValue(value: unknown, type: string | undefined, numberFormat: unknown): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (typeof numberFormat !== "string") return value;
    // A date cell (2023/10/20) reaches the core as the text the command line shows, "2023-10-20".
    return readPercentText(value, numberFormat) ?? readDateText(value, numberFormat) ?? value;
  }
  if (typeof value === "boolean" || typeof value === "string") return value;
  return displayText(value);
}

/** "Sheet1!A1:B2,'My sheet'!C3" → ["A1:B2", "C3"]: the address after each sheet name. */
export function splitAreaAddresses(address: string): string[] {
  const out: string[] = [];
  const re = /(?:^|,)\s*(?:(?:'(?:[^']|'')*'|[^!,']+)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(address)) !== null) {
    if (m[1]) out.push(m[1].replace(/\$/g, ""));
  }
  return out;
}

/**
 * The used range (values only) of a sheet as a {@link Grid}: values, formulas, merged areas and where it
 * starts, in one sync. Merged areas come from `getMergedAreasOrNullObject` (ExcelApi 1.13) when the host
 * has it; older hosts give a grid without merges (the recogniser copes, carrying labels down).
 *
 * @example
 * const grid = await Excel.run((context) => readSheet(context));
 */
export async function readSheet(
  context: Excel.RequestContext,
  options: ReadSheetOptions = {},
): Promise<Grid> {
  const sheets = context.workbook.worksheets;
  const sheet = options.sheetName ? sheets.getItem(options.sheetName) : sheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRange(true);
  used.load("values,formulas,valueTypes,numberFormat,rowIndex,columnIndex");
  const merged = isExcelApiSupported("1.13") ? used.getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  await context.sync();

  const types = used.valueTypes;
  const formats = used.numberFormat as unknown[][] | undefined;
  const values = used.values.map((row, r) =>
    row.map((value, c) => toCellValue(value, types[r]?.[c] as string | undefined, formats?.[r]?.[c])),
  );
  // a text constant that starts with "=" ("=100%", typed with a quote prefix) reads back as its own
  // text in `formulas`: only a formula whose value differs from its text is one
  const rawValues = used.values;
  const formulas = used.formulas.map((row, r) =>
    row.map((f, c) => (typeof f === "string" && f.startsWith("=") && f !== rawValues[r]?.[c] ? f : "")),
  );
  const isEmpty = values.length === 1 && values[0]?.length === 1 && values[0][0] === null;
  return {
    values: isEmpty ? [] : values,
    formulas: isEmpty ? [] : formulas,
    origin: toA1(used.rowIndex, used.columnIndex),
    merges: merged && !merged.isNullObject ? splitAreaAddresses(merged.address) : [],
    sheet: sheet.name,
  };
}
