import { readFile } from "node:fs/promises";
import { REVIEW_TITLE } from "./reviewTitle";
import { readZipEntries } from "./readZipEntries";

/**
 * Whether the file at `path` is a review workbook written by `check --report` (by its document title). Such a file inside a checked folder is
 * the previous run's report: it is skipped and may be replaced; anything else is a submission.
 *
 * @example
 * await isReviewWorkbook("submissions/review.xlsx"); // true after a previous `check --report`
 */
export async function isReviewWorkbook(path: string): Promise<boolean> {
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) return false;
  const [core] = readZipEntries(bytes, (name) => name === "docProps/core.xml");
  if (!core) return false;
  const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core.data.toString("utf8"))?.[1];
  return title === REVIEW_TITLE;
}
