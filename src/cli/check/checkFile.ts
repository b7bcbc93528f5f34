/**
 * Checks one submission: read it by what its bytes are (src/readers/readAnyWorkbook: .xlsx through the
 * exceljs reader, .xls/.et, .docx, and what LibreOffice converts), then recognise, validate and score
 * its tables (src/check). The result is plain data (no messages yet), so it crosses a worker thread
 * boundary as it is.
 */
import { Buffer } from "node:buffer";
import type { ScoringOptions } from "../../core/scoring/options";
import type { CheckedFile } from "../../check/checkedFile";
import { checkWorkbook } from "../../check/checkWorkbook";
import { readAnyWorkbook, type Converter, type XlsxReader } from "../../readers/readAnyWorkbook";
import { workbookErrorMessage } from "../../readers/workbookRead";
import { makeLibreOfficeConverter } from "../convert/convertWithLibreOffice";
import { readWorkbook } from "../xlsx/readWorkbook";
import { loadFileBytes } from "./loadFileBytes";

/** The .xlsx reader: the one line to change when the lean reader (src/readers/xlsx) replaces exceljs. */
const readXlsx: XlsxReader = (bytes, name) =>
  readWorkbook(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { name });

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
  const loaded = await loadFileBytes(path);
  if ("error" in loaded) return { path, error: workbookErrorMessage(loaded), tables: [] };
  const { format, read } = await readAnyWorkbook(loaded.bytes, { name: path, readXlsx, convert });
  if ("error" in read) return { path, format, error: workbookErrorMessage(read), tables: [] };
  return { path, format, ...checkWorkbook(read, options, useStoredSettings) };
}
