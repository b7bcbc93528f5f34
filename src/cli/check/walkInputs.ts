import { readdir, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

/**
 * Files read: workbooks (.xlsx/.xlsm, .xls and WPS .et), Word documents (.docx, .doc, WPS .wps),
 * OpenDocument and RTF (read after a LibreOffice conversion), and files reviewers receive in place of
 * a table (.pdf, .csv), which get a message of their own. Whatever a file's extension, its bytes decide
 * how it is read (src/readers/sniffFormat).
 */
const READ = /\.(xlsx|xlsm|xls|et|ett|docx|doc|wps|ods|odt|rtf|pdf|csv)$/i;

/** Why a file seen in a folder was not read. */
type SkipReason = "extension" | "lock" | "hidden";

/** A file seen while walking the inputs: read, or listed with why it was not. */
export interface SeenFile {
  readonly path: string;
  readonly skip?: SkipReason;
}

/**
 * Every file seen under the inputs, in walk order, each either read or listed with why it was not
 * (an extension never read, Office's `~$` lock files, hidden files): nothing is skipped silently.
 * Files named on the command line are always read.
 *
 * @example
 * await walkInputs(["submissions"], "/home/me");
 * // [{ path: "/home/me/submissions/a.et" }, { path: "/home/me/submissions/notes.txt", skip: "extension" }]
 */
export async function walkInputs(inputs: readonly string[], cwd: string): Promise<SeenFile[]> {
  const found: SeenFile[] = [];
  const visited = new Set<string>();
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) found.push(...(await walk(path, visited)));
    else found.push({ path });
  }
  const seen = new Set<string>();
  return found.filter((file) => !seen.has(file.path) && seen.add(file.path));
}

/** `visited` holds the real paths of folders already walked, so a link back up cannot loop. */
async function walk(dir: string, visited: Set<string>): Promise<SeenFile[]> {
  const real = await realpath(dir).catch(() => dir);
  if (visited.has(real)) return [];
  visited.add(real);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: SeenFile[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    // A Dirent describes a symbolic link itself; stat follows it to what a user sees in Explorer.
    const target = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry;
    if (target?.isDirectory()) {
      // Hidden folders (.git, .Trash) are not where submissions are put.
      if (!entry.name.startsWith(".")) out.push(...(await walk(path, visited)));
    } else {
      // Kept whatever it is (a link to nothing, a FIFO or a device named .xlsx): the reader refuses it
      // by its kind before reading a byte, instead of it vanishing from the review.
      const skip = skipReason(entry.name);
      out.push(skip ? { path, skip } : { path });
    }
  }
  return out;
}

function skipReason(name: string): SkipReason | undefined {
  if (name.startsWith("~$")) return "lock";
  if (name.startsWith(".")) return "hidden";
  return READ.test(name) ? undefined : "extension";
}
