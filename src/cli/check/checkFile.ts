/**
 * Checks one workbook file: read it, then recognise, validate and score its tables (src/check). The
 * result is plain data (no messages yet), so it crosses a worker thread boundary as it is.
 */
import type { ScoringOptions } from "../../core/scoring/options";
import type { CheckedFile } from "../../check/checkedFile";
import { checkWorkbook } from "../../check/checkWorkbook";
import { workbookErrorMessage } from "../../readers/workbookRead";
import { readWorkbookFile } from "../xlsx/readWorkbookFile";

/**
 * See {@link checkWorkbook} for how `options` and `useStoredSettings` apply.
 *
 * @example
 * const checked = await checkFile("/abs/submissions/a.xlsx", NATIONAL_RULES);
 * checked.tables[0]?.total; // 98.99
 */
export async function checkFile(
  path: string,
  options: ScoringOptions,
  useStoredSettings = false,
): Promise<CheckedFile> {
  // One read of the file (the lean reader, src/readers/xlsx) gives the grids, the hidden sheets and
  // the stored settings; the reader explains a missing or unreadable file in its own words.
  const read = await readWorkbookFile(path);
  if ("error" in read) return { path, error: workbookErrorMessage(read), tables: [] };
  return { path, ...checkWorkbook(read, options, useStoredSettings) };
}
