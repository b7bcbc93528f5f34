import { readFile, stat } from "node:fs/promises";
import { Buffer } from "node:buffer";
import { failWorkbook as fail, type WorkbookError } from "../../readers/workbookRead";

/** Largest workbook file read (50 MB; a filled table is under 100 KB). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * The bytes of a workbook file (or the buffer given), refused when it is not a file or is larger than
 * `maxBytes` before it is read.
 *
 * @example
 * const loaded = await loadWorkbookBytes("a.xlsx", DEFAULT_MAX_BYTES, "a.xlsx");
 * if (!("error" in loaded)) sniffFileFormat(loaded.bytes);
 */
export async function loadWorkbookBytes(
  source: string | Buffer | Uint8Array,
  maxBytes: number,
  path: string,
): Promise<{ bytes: Buffer } | WorkbookError> {
  if (typeof source !== "string") {
    const bytes = Buffer.isBuffer(source) ? source : Buffer.from(source);
    if (bytes.length > maxBytes) return tooLarge(path, bytes.length, maxBytes);
    return { bytes };
  }
  try {
    const info = await stat(source);
    if (!info.isFile()) return fail("WORKBOOK_NOT_FOUND", { path });
    if (info.size > maxBytes) return tooLarge(path, info.size, maxBytes);
    return { bytes: await readFile(source) };
  } catch {
    return fail("WORKBOOK_NOT_FOUND", { path });
  }
}

function tooLarge(path: string, size: number, limit: number): WorkbookError {
  return fail("WORKBOOK_TOO_LARGE", { path, size: formatBytes(size), limit: formatBytes(limit) });
}

/** "12.3 MB", "4.0 KB", "512 B". */
function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
