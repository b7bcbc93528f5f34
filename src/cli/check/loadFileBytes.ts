import { readFile, stat } from "node:fs/promises";
import { failWorkbook, type WorkbookError } from "../../readers/workbookRead";

/** Largest file read, in bytes: a submission is a form, not a data dump. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * A submission's bytes, or why they cannot be read (missing, a folder, over the size limit).
 *
 * @example
 * const loaded = await loadFileBytes("/abs/a.xls");
 * if (!("error" in loaded)) await readAnyWorkbook(loaded.bytes, { name: path, readXlsx });
 */
export async function loadFileBytes(
  path: string,
  maxBytes = MAX_FILE_BYTES,
): Promise<{ readonly bytes: Uint8Array } | WorkbookError> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return failWorkbook("WORKBOOK_NOT_FOUND", { path });
    if (info.size > maxBytes) {
      return failWorkbook("WORKBOOK_TOO_LARGE", {
        path,
        size: megabytes(info.size),
        limit: megabytes(maxBytes),
      });
    }
    return { bytes: await readFile(path) };
  } catch {
    return failWorkbook("WORKBOOK_NOT_FOUND", { path });
  }
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
