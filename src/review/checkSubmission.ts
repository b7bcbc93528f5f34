import type { CheckedFile } from "../check/checkedFile";
import { checkWorkbook } from "../check/checkWorkbook";
import { messageRef } from "../core/messages";
import type { ScoringOptions } from "../core/scoring/options";
import { workbookErrorMessage } from "../readers/workbookRead";
import { readSubmission } from "./readSubmission";

/**
 * One submission checked in the browser, as the command line checks a file (src/cli/check/checkFile.ts):
 * read it, then recognise, validate and score its tables. Plain data, so it crosses from the worker to
 * the page as it is. Never throws: a file that breaks the checker is reported as that file's error.
 *
 * @example
 * const checked = await checkSubmission(bytes, "收件箱/a.xlsx", NATIONAL_RULES);
 * checked.tables[0]?.total; // 98.99
 */
export async function checkSubmission(
  bytes: Uint8Array,
  name: string,
  options: ScoringOptions,
  useStoredSettings = false,
): Promise<CheckedFile> {
  const { format, read } = await readSubmission(bytes, name);
  if ("error" in read) return { path: name, format, error: workbookErrorMessage(read), tables: [] };
  try {
    return { path: name, format, ...checkWorkbook(read, options, useStoredSettings) };
  } catch (error) {
    const detail = String((error as Error)?.message ?? error);
    return { path: name, error: messageRef("INTERNAL_ERROR", { detail }), tables: [] };
  }
}
