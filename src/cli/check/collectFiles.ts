import { walkInputs } from "./walkInputs";

/**
 * The files named on the command line: files as given, directories walked for submissions
 * (sorted; symbolic links followed; Excel's `~$` lock files and hidden entries listed, not read). A
 * path that does not exist, a link to nothing and a workbook name on a FIFO or device are kept, so the
 * reader reports them as unreadable instead of them vanishing from the report.
 *
 * @example
 * await collectFiles(["submissions", "extra/a.xlsx"], "/home/me"); // ["/home/me/submissions/x.xlsx", …]
 */
export async function collectFiles(inputs: readonly string[], cwd: string): Promise<string[]> {
  return (await walkInputs(inputs, cwd)).filter((file) => !file.skip).map((file) => file.path);
}
