import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

/**
 * The workbooks named on the command line: files as given, directories walked for .xlsx files
 * (sorted; Excel's `~$` lock files and hidden folders skipped). A path that does not exist is kept,
 * so the reader reports it as unreadable instead of it vanishing from the report.
 *
 * @example
 * await collectFiles(["submissions", "extra/a.xlsx"], "/home/me"); // ["/home/me/submissions/x.xlsx", …]
 */
export async function collectFiles(inputs: readonly string[], cwd: string): Promise<string[]> {
  const found: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) found.push(...(await walk(path)));
    else found.push(path);
  }
  return [...new Set(found)];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && /\.xlsx$/i.test(entry.name)) out.push(path);
  }
  return out;
}
