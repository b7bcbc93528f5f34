import type { CheckedFile } from "../../check/checkedFile";
import { reviewWorkbookWriter } from "./reviewWorkbookWriter";

/**
 * Writes the reviewer's workbook (buildReviewWorkbook: 汇总, 问题, 得分说明) for checked files at hand
 * to `outPath`, names relative to `cwd`: {@link reviewWorkbookWriter} given every file, then ended.
 *
 * @example
 * await writeReviewWorkbook(checked, "/home/me/review.xlsx", "/home/me");
 */
export async function writeReviewWorkbook(
  files: readonly CheckedFile[],
  outPath: string,
  cwd: string,
): Promise<void> {
  const review = reviewWorkbookWriter(outPath, cwd);
  for (const file of files) review.add(file);
  await review.end();
}
