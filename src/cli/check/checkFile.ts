/**
 * Checks one submission: read it by what its bytes are (src/readers/readAnyWorkbook: .xlsx through the
 * lean reader, .xls/.et, .docx, and what LibreOffice converts), then recognise, validate and score
 * its tables (src/check). The result is plain data (no messages yet), so it crosses a worker thread
 * boundary as it is.
 */
import type { ScoringOptions } from "../../core/scoring/options";
import type { CheckedFile } from "../../check/checkedFile";
import { checkWorkbook } from "../../check/checkWorkbook";
import { readAnyWorkbook, type Converter, type XlsxReader } from "../../readers/readAnyWorkbook";
import { workbookErrorMessage } from "../../readers/workbookRead";
import type { readXls as ReadXls } from "../../readers/xls/readXls";
import { readXlsx as readXlsxLean } from "../../readers/xlsx/readXlsx";
import { makeLibreOfficeConverter } from "../convert/convertWithLibreOffice";
import { inflateRaw } from "../xlsx/inflateRaw";
import { DEFAULT_MAX_BYTES, loadWorkbookBytes } from "../xlsx/loadWorkbookBytes";
import { SCORING_SETTINGS_KEY } from "../xlsx/settingsKey";

/** The .xlsx reader: the lean reader (src/readers/xlsx) with node:zlib, every part inflated within its caps. */
const readXlsx: XlsxReader = (bytes, name) =>
  readXlsxLean(bytes, { inflate: inflateRaw, name, settingsKey: SCORING_SETTINGS_KEY });

/**
 * SheetJS (about 115 ms to load) only when an .xls/.et comes. A `require`: tsx (the sources) and
 * esbuild (dist-cli) both follow it, while an `import()` of a TypeScript source fails under tsx's
 * CommonJS hooks.
 */
const loadXls = (): Promise<typeof ReadXls> =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  Promise.resolve((require("../../readers/xls/readXls") as { readXls: typeof ReadXls }).readXls);

let libreOffice: Promise<Converter> | undefined;

/** soffice is looked up on the PATH once per process (and thread), when a file first needs it. */
const convert: Converter = async (...args) => {
  libreOffice ??= makeLibreOfficeConverter();
  return (await libreOffice)(...args);
};

/**
 * See {@link checkWorkbook} for how `options` and `useStoredSettings` apply.
 *
 * @example
 * const checked = await checkFile("/abs/submissions/a.et", NATIONAL_RULES);
 * checked.format; // "xls"
 * checked.tables[0]?.total; // 98.99
 */
export async function checkFile(
  path: string,
  options: ScoringOptions,
  useStoredSettings = false,
): Promise<CheckedFile> {
  // Checked before a byte is read (not a regular file, too large: refused unread), then read by what
  // the bytes say the file is.
  const loaded = await loadWorkbookBytes(path, DEFAULT_MAX_BYTES, path);
  if ("error" in loaded) return { path, error: workbookErrorMessage(loaded), tables: [] };
  const { format, read } = await readAnyWorkbook(loaded.bytes, { name: path, readXlsx, convert, loadXls });
  if ("error" in read) return { path, format, error: workbookErrorMessage(read), tables: [] };
  return { path, format, ...checkWorkbook(read, options, useStoredSettings) };
}
