import { readFile } from "node:fs/promises";
import { readZipEntries } from "./readZipEntries";

/**
 * Title written into every review workbook (docProps/core.xml), to recognise our own output. Not the
 * creator alone: templates written by this tool are submissions and carry a PerfTables creator too.
 */
export const REVIEW_TITLE = "perf-tables check report";

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
