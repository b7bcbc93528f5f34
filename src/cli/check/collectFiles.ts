import { readdir, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

/**
 * Workbooks checked (.xlsx, and .xlsm which exceljs reads alike), and spreadsheets that cannot be but
 * must not vanish from a review: .xls / .et / .csv are kept so the reader lists them as unreadable
 * ("save as .xlsx") and the exit code says so.
 */
const SPREADSHEET = /\.(xlsx|xlsm|xls|et|csv)$/i;

/**
 * The workbooks named on the command line: files as given, directories walked for spreadsheets
 * (sorted; symbolic links followed; Excel's `~$` lock files and hidden entries skipped). A path that
 * does not exist, a link to nothing and a spreadsheet name on a FIFO or device are kept, so the reader
 * reports them as unreadable instead of them vanishing from the report.
 *
 * @example
 * await collectFiles(["submissions", "extra/a.xlsx"], "/home/me"); // ["/home/me/submissions/x.xlsx", …]
 */
export async function collectFiles(inputs: readonly string[], cwd: string): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) found.push(...(await walk(path, visited)));
    else found.push(path);
  }
  return [...new Set(found)];
}

/** `visited` holds the real paths of folders already walked, so a link back up cannot loop. */
async function walk(dir: string, visited: Set<string>): Promise<string[]> {
  const real = await realpath(dir).catch(() => dir);
  if (visited.has(real)) return [];
  visited.add(real);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
    const path = join(dir, entry.name);
    // A Dirent describes a symbolic link itself; stat follows it to what a user sees in Explorer.
    const target = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry;
    if (target?.isDirectory()) out.push(...(await walk(path, visited)));
    // Kept whatever it is (a link to nothing, a FIFO, a device named .xlsx): the reader refuses it by
    // name and kind, instead of it vanishing from the review.
    else if (SPREADSHEET.test(entry.name)) out.push(path);
  }
  return out;
}
