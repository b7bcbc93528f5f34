/**
 * Reads a workbook file for `check` with the lean reader (src/readers/xlsx) and node:zlib: the file's
 * size is checked before it is read, its format sniffed from its first bytes, and every part inflated
 * within the reader's caps. exceljs is not loaded.
 */
import type { Buffer } from "node:buffer";
import { failWorkbook as fail, type WorkbookError, type WorkbookRead } from "../../readers/workbookRead";
import { readXlsx, type XlsxLimits } from "../../readers/xlsx/readXlsx";
import { inflateRaw } from "./inflateRaw";
import { DEFAULT_MAX_BYTES, loadWorkbookBytes } from "./loadWorkbookBytes";
import { SCORING_SETTINGS_KEY } from "./settingsKey";
import { sniffFileFormat } from "./sniffFileFormat";

export interface ReadWorkbookFileOptions {
  /** Largest file accepted, in bytes (default 50 MB). */
  readonly maxBytes?: number;
  /** The reader's limits (rows, cells, merges, inflated sizes). */
  readonly limits?: Partial<XlsxLimits>;
  /** Name shown in error messages when a buffer is given (default "workbook.xlsx"). */
  readonly name?: string;
}

/**
 * The grids, hidden sheets, stored settings and repair notes of an .xlsx file (path or buffer), or
 * why it cannot be read. Never throws.
 *
 * @example
 * const read = await readWorkbookFile("submissions/a.xlsx");
 * if ("error" in read) console.error(formatIssue(workbookErrorMessage(read)));
 */
export async function readWorkbookFile(
  pathOrBuffer: string | Buffer | Uint8Array,
  options: ReadWorkbookFileOptions = {},
): Promise<WorkbookRead | WorkbookError> {
  const path = typeof pathOrBuffer === "string" ? pathOrBuffer : (options.name ?? "workbook.xlsx");
  const loaded = await loadWorkbookBytes(pathOrBuffer, options.maxBytes ?? DEFAULT_MAX_BYTES, path);
  if ("error" in loaded) return loaded;
  const format = sniffFileFormat(loaded.bytes);
  if (format === "empty") return fail("WORKBOOK_EMPTY", { path });
  if (format === "encrypted") return fail("WORKBOOK_ENCRYPTED", { path });
  if (format === "xls") return fail("WORKBOOK_XLS", { path });
  if (format !== "zip") return fail("WORKBOOK_NOT_XLSX", { path, format });
  return readXlsx(loaded.bytes, {
    inflate: inflateRaw,
    name: path,
    settingsKey: SCORING_SETTINGS_KEY,
    ...(options.limits ? { limits: options.limits } : {}),
  });
}
