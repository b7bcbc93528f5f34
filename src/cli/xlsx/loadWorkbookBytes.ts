import { Buffer } from "node:buffer";
import { failWorkbook as fail, type WorkbookError } from "../../readers/workbookRead";
import { formatBytes } from "./formatBytes";
import { readInputFile } from "./readInputFile";

/** Largest workbook file read (50 MB; a filled table is under 100 KB). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * The bytes of a workbook file (or the buffer given), refused when it is not a regular file or is
 * larger than `maxBytes` before a byte of it is read (readInputFile: open, fstat, then read).
 *
 * @example
 * const loaded = await loadWorkbookBytes("a.xlsx", DEFAULT_MAX_BYTES, "a.xlsx");
 * if (!("error" in loaded)) sniffFormat(loaded.bytes);
 */
export async function loadWorkbookBytes(
  source: string | Buffer | Uint8Array,
  maxBytes: number,
  path: string,
): Promise<{ bytes: Buffer } | WorkbookError> {
  if (typeof source === "string") return readInputFile(source, maxBytes);
  const bytes = Buffer.isBuffer(source) ? source : Buffer.from(source);
  if (bytes.length > maxBytes) {
    return fail("WORKBOOK_TOO_LARGE", {
      path,
      size: formatBytes(bytes.length),
      limit: formatBytes(maxBytes),
    });
  }
  return { bytes };
}
