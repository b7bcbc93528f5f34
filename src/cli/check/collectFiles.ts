import { walkInputs } from "./walkInputs";

/**
 * The files named on the command line: files as given, directories walked for submissions
 * (sorted; symbolic links followed). A path that does not exist is kept, so the reader reports it as
 * unreadable instead of it vanishing from the report.
 *
 * @example
 * await collectFiles(["submissions", "extra/a.xlsx"], "/home/me"); // ["/home/me/submissions/x.xlsx", …]
 */
export async function collectFiles(inputs: readonly string[], cwd: string): Promise<string[]> {
  return (await walkInputs(inputs, cwd)).filter((file) => !file.skip).map((file) => file.path);
}
