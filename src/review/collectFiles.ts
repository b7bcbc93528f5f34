/** A file picked or dropped, with the path it was found under (folder/sub/a.xlsx). */
export interface Submission {
  readonly file: File;
  readonly name: string;
}

/** What a folder may hold that is worth listing: workbooks, and the formats told to be saved as .xlsx. */
const LISTED = /\.(xlsx|xlsm|xls|et|csv)$/i;

/** One collator for every comparison: localeCompare with a locale builds one per call. */
const byPath = new Intl.Collator("zh-CN", { numeric: true });

/** Office lock files (~$a.xlsx) and hidden files are never submissions. */
const SKIPPED = /(^|\/)(~\$|\.)[^/]*$/;

/**
 * The submissions among picked files (an `<input type=file multiple>` or a folder picker with
 * `webkitdirectory`, whose files carry `webkitRelativePath`), sorted by path. Files picked one by one
 * are all kept (an odd one gets its own message); files found in folders only when they look like
 * workbooks.
 *
 * @example
 * filesFromInput(input.files, true); // [{ file, name: "收件箱/a.xlsx" }, …]
 */
export function filesFromInput(files: FileList | readonly File[], fromFolder: boolean): Submission[] {
  const out: Submission[] = [];
  for (const file of Array.from(files)) {
    const name = file.webkitRelativePath || file.name;
    if (fromFolder && (!LISTED.test(name) || SKIPPED.test(name))) continue;
    out.push({ file, name });
  }
  return out.sort((a, b) => byPath.compare(a.name, b.name));
}

/**
 * The submissions in a drop: files as they are, folders walked to any depth (entries are read in the
 * batches the browser gives, until an empty one).
 *
 * @example
 * zone.addEventListener("drop", (e) => void filesFromDrop(e.dataTransfer!).then(start));
 */
export async function filesFromDrop(transfer: DataTransfer): Promise<Submission[]> {
  const entries = Array.from(transfer.items)
    .map((item) => (item.kind === "file" ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return filesFromInput(Array.from(transfer.files), false);
  const out: Submission[] = [];
  for (const entry of entries) await walk(entry, false, out);
  return out.sort((a, b) => byPath.compare(a.name, b.name));
}

async function walk(entry: FileSystemEntry, inFolder: boolean, out: Submission[]): Promise<void> {
  const name = entry.fullPath.replace(/^\//, "");
  if (entry.isFile) {
    if (inFolder && (!LISTED.test(name) || SKIPPED.test(name))) return;
    const file = await new Promise<File>((ok, fail) => (entry as FileSystemFileEntry).file(ok, fail));
    out.push({ file, name });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, true, out);
  }
}
