import type { ScoringOptions } from "../../core/scoring/options";
import type { CheckedFile } from "../../check/checkedFile";
import { checkFile } from "./checkFile";

/**
 * {@link checkFile} that cannot reject: an unexpected failure becomes the file's error (INTERNAL_ERROR),
 * so one bad workbook never stops the others.
 */
export async function checkFileSafely(
  path: string,
  options: ScoringOptions,
  useStoredSettings = false,
): Promise<CheckedFile> {
  try {
    return await checkFile(path, options, useStoredSettings);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { path, error: { code: "INTERNAL_ERROR", params: { detail } }, tables: [] };
  }
}
