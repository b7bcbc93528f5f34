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
 * Cells per request when a sheet is read in row blocks: values, formulas, value types and number formats
 * of 50,000 cells stay well under the 5 MB Excel on the web allows a request (about 50 bytes a cell).
 */
const BLOCK_CELLS = 50_000;

interface Block {
  values: unknown[][];
  formulas: unknown[][];
  valueTypes: unknown[][];
  numberFormat: unknown[][];
}

/**
 * The used range (values only) of a sheet as a {@link Grid}: values, formulas, merged areas and where it
 * starts. One sync when it can: everything, with the merged areas from `getMergedAreasOrNullObject`
 * (ExcelApi 1.13) where the host has it (older hosts give a grid without merges; the recogniser copes,
 * carrying labels down). When that one request fails — Excel on the web refuses a request over 5 MB, and
 * getMergedAreasOrNullObject one over 512 merged areas — it reads again in row blocks of
 * {@link BLOCK_CELLS} cells, and the merged areas block by block, halving a block whose areas are refused
 * (an area is returned by the block holding its top-left cell, so none is counted twice).
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
  const withMerges = isExcelApiSupported("1.13");
  let block: Block;
  let merges: string[];
  let top: number;
  let left: number;
  try {
    sheet.load("name");
    const used = sheet.getUsedRange(true);
    used.load("values,formulas,valueTypes,numberFormat,rowIndex,columnIndex");
    const merged = withMerges ? used.getMergedAreasOrNullObject() : undefined;
    merged?.load("address");
    await context.sync();
    block = used;
    merges = merged && !merged.isNullObject ? splitAreaAddresses(merged.address) : [];
    top = used.rowIndex;
    left = used.columnIndex;
  } catch {
    // too big for one request, or too many merged areas: read it again in pieces
    ({ block, merges, top, left } = await readInBlocks(context, sheet));
  }
  return toGrid(sheet.name, block, merges, top, left);
}

/** The used range in row blocks of at most BLOCK_CELLS cells, one sync each, then the merged areas. */
async function readInBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
): Promise<{ block: Block; merges: string[]; top: number; left: number }> {
  sheet.load("name");
  const used = sheet.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  const { rowIndex: top, columnIndex: left, rowCount, columnCount } = used;
  const rowsPerBlock = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, columnCount)));
  const block: Block = { values: [], formulas: [], valueTypes: [], numberFormat: [] };
  for (let start = 0; start < rowCount; start += rowsPerBlock) {
    const part = sheet.getRangeByIndexes(
      top + start,
      left,
      Math.min(rowsPerBlock, rowCount - start),
      columnCount,
    );
    part.load("values,formulas,valueTypes,numberFormat");
    // one request per block on purpose: batching them would rebuild the request Excel refused
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    block.values.push(...part.values);
    block.formulas.push(...part.formulas);
    block.valueTypes.push(...part.valueTypes);
    block.numberFormat.push(...part.numberFormat);
  }
  const merges = await readMerges(context, sheet, top, left, rowCount, columnCount);
  return { block, merges, top, left };
}

/**
 * The merged areas whose top-left cell is in rows [top, top + rows): one request for the whole block,
 * or, when Excel refuses it (more than 512 areas), for each half in turn. A single row Excel still
 * refuses gives no areas (the recogniser copes, as on hosts without the API).
 */
async function readMerges(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  rows: number,
  columns: number,
): Promise<string[]> {
  if (!isExcelApiSupported("1.13")) return [];
  try {
    const areas = sheet.getRangeByIndexes(top, left, rows, columns).getMergedAreasOrNullObject();
    areas.load("address");
    await context.sync();
    return areas.isNullObject ? [] : splitAreaAddresses(areas.address);
  } catch {
    if (rows <= 1) return [];
    const half = Math.ceil(rows / 2);
    return [
      ...(await readMerges(context, sheet, top, left, half, columns)),
      ...(await readMerges(context, sheet, top + half, left, rows - half, columns)),
    ];
  }
}

function toGrid(name: string, block: Block, merges: string[], top: number, left: number): Grid {
  const types = block.valueTypes;
  const formats = block.numberFormat as unknown[][] | undefined;
  const values = block.values.map((row, r) =>
    row.map((value, c) => toCellValue(value, types[r]?.[c] as string | undefined, formats?.[r]?.[c])),
  );
  // a text constant that starts with "=" ("=100%", typed with a quote prefix) reads back as its own
  // text in `formulas`: only a formula whose value differs from its text is one
  const rawValues = block.values;
  const formulas = block.formulas.map((row, r) =>
    row.map((f, c) => (typeof f === "string" && f.startsWith("=") && f !== rawValues[r]?.[c] ? f : "")),
  );
  const isEmpty = values.length === 1 && values[0]?.length === 1 && values[0][0] === null;
  return {
    values: isEmpty ? [] : values,
    formulas: isEmpty ? [] : formulas,
    origin: toA1(top, left),
    merges,
    sheet: name,
  };
}
