import { readFile } from "node:fs/promises";
import { readZipEntries } from "./readZipEntries";

/** Creator written into every review workbook (docProps/core.xml), to recognise our own output. */
export const REVIEW_CREATOR = "perf-tables";

/**
 * Whether the file at `path` is a review workbook written by `check --report` (its creator is
 * perf-tables and it has no performance table of its own). Such a file inside a checked folder is
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
  const creator = /<dc:creator>([^<]*)<\/dc:creator>/.exec(core.data.toString("utf8"))?.[1];
  return creator === REVIEW_CREATOR;
}
