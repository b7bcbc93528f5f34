/**
 * Reads an .xlsx workbook into grids (one per worksheet) for the pure core, with what else `check`
 * needs from the package: which sheets are hidden and the scoring settings stored by the pane. The
 * file is read once and its zip directory listed once; exceljs unzips it once (twice only when it
 * needs a repair). Never throws: every failure comes back as `{ error, params }` with a code from the
 * workbook message catalogue.
 */
import type { ParamsOf } from "../../core/messages";
import { Buffer } from "node:buffer";
import ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import { DEFAULT_MAX_GRID_CELLS } from "../../readers/cellsToGrids";
import {
  failWorkbook as fail,
  type WorkbookError,
  type WorkbookNote,
  type WorkbookRead,
} from "../../readers/workbookRead";
import { dropOverlappingMerges } from "./dropOverlappingMerges";
import { DEFAULT_MAX_BYTES, loadWorkbookBytes } from "./loadWorkbookBytes";
import { DEFAULT_PACKAGE_LIMITS, guardPackage, type PackageLimits } from "./guardPackage";
import { openZip } from "./openZip";
import { quoteEscapedPercents } from "./quoteEscapedPercents";
import { readStoredSettings } from "./readStoredSettings";
import { rewritePackageParts } from "./rewritePackageParts";
import { sniffFormat } from "../../readers/sniffFormat";
import { readWorksheetGrid } from "./readWorksheetGrid";
import { sheetTooLargeError } from "../../readers/sheetTooLargeError";

export interface ReadWorkbookOptions {
  /** Largest file accepted, in bytes (default 50 MB). */
  readonly maxBytes?: number;
  /** Most rows accepted on one worksheet (default 200,000). */
  readonly maxRows?: number;
  /** Most cells the grids of one worksheet may hold, rows × columns (default 4,000,000). */
  readonly maxCells?: number;
  /** Name shown in error messages when a buffer is given (default "workbook.xlsx"). */
  readonly name?: string;
  /** Caps of the scan made before exceljs reads the package (guardPackage; lowered in tests). */
  readonly packageLimits?: PackageLimits;
}

const DEFAULT_MAX_ROWS = 200_000;

/**
 * Reads every worksheet of an .xlsx file (path or buffer) into a {@link Grid} (a worksheet with values
 * far away from its table gives one grid per cluster of values, each with its own origin).
 *
 * @example
 * const read = await readWorkbook("submissions/a.xlsx");
 * if ("error" in read) console.error(formatIssue(workbookErrorMessage(read)));
 * else for (const grid of read.sheets) recogniseTables(grid);
 */
export async function readWorkbook(
  pathOrBuffer: string | Buffer | Uint8Array,
  options: ReadWorkbookOptions = {},
): Promise<WorkbookRead | WorkbookError> {
  const path = typeof pathOrBuffer === "string" ? pathOrBuffer : (options.name ?? "workbook.xlsx");
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const maxCells = options.maxCells ?? DEFAULT_MAX_GRID_CELLS;
  try {
    const loaded = await loadWorkbookBytes(pathOrBuffer, maxBytes, path);
    if ("error" in loaded) return loaded;
    const bytes = loaded.bytes;

    const format = sniffFormat(bytes);
    if (format === "empty") return fail("WORKBOOK_EMPTY", { path });
    if (format === "encrypted") return fail("WORKBOOK_ENCRYPTED", { path });
    if (format === "xls") return fail("WORKBOOK_XLS", { path, detail: "Excel 97-2003 (BIFF)" });
    if (format !== "xlsx" && format !== "xlsm") return fail("WORKBOOK_NOT_XLSX", { path, format });
    // Before exceljs inflates anything: bombs, whole-sheet merges and merge floods are refused here.
    const refused = guardPackage(bytes, path, options.packageLimits ?? DEFAULT_PACKAGE_LIMITS);
    if (refused) return refused;

    // One pass over the zip directory serves the parts exceljs does not keep (web extensions) and the
    // one looked at before it reads (styles); no other part is decompressed here.
    const zip = openZip(bytes);
    const storedSettings = readStoredSettings(zip);
    const escapedPercents = zip.read(STYLES)?.includes("\\%") ?? false;
    const source = escapedPercents ? ((await repairPackage(bytes, true, false))?.bytes ?? bytes) : bytes;
    let workbook = new ExcelJS.Workbook();
    const notes: WorkbookNote[] = [];
    try {
      // exceljs' typings want its own Buffer flavour; a Node Buffer is what it reads.
      await workbook.xlsx.load(source as unknown as ExcelJS.Buffer);
    } catch (e) {
      // Excel repairs repeated or overlapping merges on opening; exceljs refuses the whole file
      // ("Cannot merge already merged cells"): drop them as Excel does and read it again. Both
      // repairs are made in one rewrite of the original package.
      const repaired = await repairPackage(bytes, escapedPercents, true);
      if (!repaired) return fail("WORKBOOK_CORRUPT", { path, detail: describe(e) });
      workbook = new ExcelJS.Workbook();
      try {
        await workbook.xlsx.load(repaired.bytes as unknown as ExcelJS.Buffer);
      } catch {
        return fail("WORKBOOK_CORRUPT", { path, detail: describe(e) });
      }
      notes.push({ code: "WORKBOOK_MERGES_REPAIRED", params: mergeNoteParams(repaired.dropped) });
    }

    const sheets: Grid[] = [];
    const hiddenSheets = new Set<string>();
    for (const worksheet of workbook.worksheets) {
      // exceljs reads each sheet's state from xl/workbook.xml: visible, hidden or veryHidden.
      if (worksheet.state === "hidden" || worksheet.state === "veryHidden") hiddenSheets.add(worksheet.name);
      // Rows that hold values: formatting alone (a styled row 1,048,576) does not count.
      if (worksheet.actualRowCount > maxRows) {
        return fail("WORKBOOK_TOO_MANY_ROWS", {
          path,
          sheet: worksheet.name,
          rows: worksheet.actualRowCount,
          limit: maxRows,
        });
      }
      const grids = readWorksheetGrid(worksheet, maxCells);
      if ("tooLarge" in grids) return sheetTooLargeError(path, worksheet.name, grids, maxCells);
      sheets.push(...grids);
    }
    // A valid workbook without values was read all the same: the check says it holds no table.
    return {
      sheets,
      hiddenSheets,
      ...(storedSettings !== undefined ? { storedSettings } : {}),
      ...(notes.length > 0 ? { notes } : {}),
    };
  } catch (e) {
    return fail("WORKBOOK_CORRUPT", { path, detail: describe(e) });
  }
}

const STYLES = "xl/styles.xml";
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * The package rewritten for exceljs: `\%` in number formats quoted (`percents`, see
 * quoteEscapedPercents) and/or repeated or overlapping merges dropped (`merges`, see
 * dropOverlappingMerges). Null when nothing changed or the package is unreadable, and when merges
 * were asked for but none was dropped.
 */
async function repairPackage(
  bytes: Buffer,
  percents: boolean,
  merges: boolean,
): Promise<{ bytes: Buffer; dropped: string[] } | null> {
  const dropped: string[] = [];
  const rewritten = await rewritePackageParts(
    bytes,
    (name) => (percents && name === STYLES) || (merges && WORKSHEET_PART.test(name)),
    (xml, name) => {
      if (name === STYLES) return quoteEscapedPercents(xml);
      const result = dropOverlappingMerges(xml);
      dropped.push(...result.dropped);
      return result.xml;
    },
  );
  if (!rewritten || (merges && dropped.length === 0)) return null;
  return { bytes: rewritten, dropped };
}

function mergeNoteParams(dropped: readonly string[]): ParamsOf<"WORKBOOK_MERGES_REPAIRED"> {
  const shown = dropped.slice(0, 5).join("、");
  return { count: dropped.length, ranges: dropped.length > 5 ? `${shown}…` : shown };
}

function describe(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
