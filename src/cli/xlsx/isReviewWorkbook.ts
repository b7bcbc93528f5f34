import { hasReviewMark } from "./markReviewPackage";
import { readInputFile } from "./readInputFile";

/**
 * Larger than any review workbook (one of 20,000 files is about 40 MB); anything larger is not one
 * (and is not read whole to find out).
 */
const MAX_REVIEW_BYTES = 256 * 1024 * 1024;

/**
 * Whether the file at `path` is a review workbook written by `check --report` and not edited since (its
 * review mark matches its sheets). Such a file inside a checked folder is the previous run's report: it
 * is skipped and may be replaced; anything else is a submission, or the reviewer's own edits, and is
 * replaced only with --force.
 *
 * @example
 * await isReviewWorkbook("submissions/review.xlsx"); // true after a previous `check --report`
 */
export async function isReviewWorkbook(path: string): Promise<boolean> {
  const read = await readInputFile(path, MAX_REVIEW_BYTES);
  return !("error" in read) && (await hasReviewMark(read.bytes));
}
