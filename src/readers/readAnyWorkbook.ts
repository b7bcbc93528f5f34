/**
 * Any file a reviewer receives → the grids the checker takes, by what its bytes say it is (never its
 * extension): .xlsx/.xlsm, .xls/.et (BIFF8), .docx tables; what only LibreOffice opens (.doc, .wps,
 * OpenDocument, RTF) through the converter the front end passes in; and a clear error for the rest
 * (encrypted, PDF, not a spreadsheet). Pure: the CLI and the browser review page both call it.
 */
import { readDocx } from "./docx/readDocx";
import type { readXls } from "./xls/readXls";
import { sniffFormat, type SniffedFormat } from "./sniffFormat";
import { failWorkbook, type WorkbookError, type WorkbookRead } from "./workbookRead";

/** Reads a zip workbook (.xlsx/.xlsm): the exceljs path in the CLI today, the lean reader tomorrow. */
export type XlsxReader = (bytes: Uint8Array, name: string) => Promise<WorkbookRead | WorkbookError>;

/**
 * Converts a file only LibreOffice opens into an .xlsx or a .docx (the CLI runs soffice); absent in
 * the browser. Gives the converted bytes, or why it could not.
 */
export type Converter = (
  bytes: Uint8Array,
  format: ConvertibleFormat,
  name: string,
) => Promise<{ readonly bytes: Uint8Array; readonly to: "xlsx" | "docx" } | WorkbookError>;

/** Formats read after a LibreOffice conversion. */
export type ConvertibleFormat = "doc" | "ods" | "odt" | "rtf" | "ole" | "zip";

const CONVERTIBLE = new Set<SniffedFormat>(["doc", "ods", "odt", "rtf", "ole", "zip"]);

export interface ReadAnyOptions {
  /** Shown in messages (the file's path in the CLI, its name in the browser). */
  readonly name: string;
  readonly readXlsx: XlsxReader;
  readonly convert?: Converter;
  /**
   * Loads the .xls/.et reader (SheetJS) when one comes. Default: `import()`, a chunk of its own under a
   * bundler. The CLI passes a `require`, since tsx runs its TypeScript sources through CommonJS hooks
   * that an `import()` of a source file does not go through.
   */
  readonly loadXls?: () => Promise<typeof readXls>;
  /** Most cells the grids of one worksheet or table may hold. */
  readonly maxCells?: number;
}

export interface AnyWorkbookRead {
  /** What the bytes are ("xlsx", "xls", "docx", "doc", "encrypted", "pdf" …). */
  readonly format: SniffedFormat;
  readonly read: WorkbookRead | WorkbookError;
}

/**
 * @example
 * const { format, read } = await readAnyWorkbook(bytes, { name: "a.et", readXlsx });
 * // format "xls"; read.sheets as from the same table saved as .xlsx
 */
export async function readAnyWorkbook(bytes: Uint8Array, options: ReadAnyOptions): Promise<AnyWorkbookRead> {
  const format = sniffFormat(bytes);
  return { format, read: await readAs(format, bytes, options) };
}

async function loadXlsOnDemand(): Promise<typeof readXls> {
  return (await import("./xls/readXls")).readXls;
}

async function readAs(
  format: SniffedFormat,
  bytes: Uint8Array,
  options: ReadAnyOptions,
): Promise<WorkbookRead | WorkbookError> {
  const path = options.name;
  const limits = options.maxCells === undefined ? {} : { maxCells: options.maxCells };
  switch (format) {
    case "xlsx":
    case "xlsm":
      return options.readXlsx(bytes, path);
    case "xls": {
      // SheetJS is most of the readers' size (about 150 KB of the 180 KB gzipped): a page loads it only
      // when an .xls/.et comes (a separate chunk under a bundler; inlined in the CLI bundle).
      const read = await (options.loadXls ?? loadXlsOnDemand)();
      return read(bytes, { name: path, ...limits });
    }
    case "docx":
      return readDocx(bytes, { name: path, ...limits });
    case "encrypted":
      return failWorkbook("WORKBOOK_ENCRYPTED", { path });
    case "pdf":
      return failWorkbook("WORKBOOK_PDF", { path });
    case "empty":
      return failWorkbook("WORKBOOK_EMPTY", { path });
    default:
      break;
  }
  if (!CONVERTIBLE.has(format)) return failWorkbook("WORKBOOK_NOT_XLSX", { path, format });
  if (!options.convert) return failWorkbook("WORKBOOK_NEEDS_CONVERSION", { path, format });
  const converted = await options.convert(bytes, format as ConvertibleFormat, path);
  if ("error" in converted) return converted;
  // What LibreOffice writes is read by the same readers as a file saved that way by hand.
  return converted.to === "docx"
    ? readDocx(converted.bytes, { name: path, ...limits })
    : options.readXlsx(converted.bytes, path);
}
