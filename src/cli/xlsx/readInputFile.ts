/**
 * Reads a submitted file with its size checked before a byte is read: `open` without blocking, `fstat`
 * on the opened descriptor (what is read is what was checked: no race with a swapped path), and anything
 * that is not a regular file refused by its kind. A FIFO would hang the run, /dev/zero would eat the
 * machine's memory and a sparse 2 GB file used to be read whole before its size was looked at.
 * The calls are synchronous: a submission is read whole before it is checked anyway, and each
 * asynchronous call (open, fstat, read, read, close) cost the thread more than the read itself
 * (about 0.13 ms CPU per file against 0.02 ms; bench/check.bench.ts).
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { lstat, stat } from "node:fs/promises";
import { Buffer } from "node:buffer";
import { failWorkbook as fail, type WorkbookError } from "../../readers/workbookRead";
import { formatBytes } from "./formatBytes";

/**
 * A FIFO opened for reading without O_NONBLOCK waits for a writer forever; O_NOCTTY keeps a terminal
 * device from becoming ours. Both are 0 where the platform lacks them (Windows).
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Read in pieces of this size, so a file that grows while read is caught at the limit. */
const CHUNK = 1024 * 1024;

/**
 * The bytes of the regular file at `path`, at most `maxBytes` of them, or why it was not read:
 * WORKBOOK_NOT_FOUND, WORKBOOK_DANGLING_LINK, WORKBOOK_NOT_REGULAR (FIFO, device, socket, folder) or
 * WORKBOOK_TOO_LARGE (by `fstat`, before reading; and again if the file grows while it is read).
 *
 * @example
 * const read = await readInputFile("/dev/zero", 50 * 1024 * 1024);
 * // { error: "WORKBOOK_NOT_REGULAR", params: { path: "/dev/zero", kind: "设备文件/device" } }
 */
export async function readInputFile(
  path: string,
  maxBytes: number,
): Promise<{ bytes: Buffer } | WorkbookError> {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch {
    return explainUnopened(path);
  }
  try {
    const info = fstatSync(fd);
    const kind = kindOf(info);
    if (kind !== undefined) return fail("WORKBOOK_NOT_REGULAR", { path, kind });
    if (info.size > maxBytes) return tooLarge(path, info.size, maxBytes);
    // The size can lie (a file still being written, /proc): read in pieces and stop past the limit.
    // The first piece is the size fstat gave (and a byte more, to see growth): a 1 MiB buffer for each
    // 10 KB submission made V8 collect garbage every few files.
    const pieces: Buffer[] = [];
    let total = 0;
    for (let want = info.size + 1; ; want = CHUNK) {
      const piece = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      const bytesRead = readSync(fd, piece, 0, piece.length, null);
      if (bytesRead === 0) break;
      pieces.push(piece.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return tooLarge(path, total, maxBytes);
    }
    const [only] = pieces;
    return { bytes: pieces.length === 1 && only ? only : Buffer.concat(pieces, total) };
  } catch {
    return fail("WORKBOOK_NOT_FOUND", { path });
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing to do: the bytes (or the refusal) are what matter.
    }
  }
}

/** Why a path could not be opened: a link to nothing, a socket, or simply absent or forbidden. */
async function explainUnopened(path: string): Promise<WorkbookError> {
  const link = await lstat(path).catch(() => null);
  if (link?.isSymbolicLink() && !(await stat(path).catch(() => null))) {
    return fail("WORKBOOK_DANGLING_LINK", { path });
  }
  const info = await stat(path).catch(() => null);
  const kind = info ? kindOf(info) : undefined;
  return kind === undefined
    ? fail("WORKBOOK_NOT_FOUND", { path })
    : fail("WORKBOOK_NOT_REGULAR", { path, kind });
}

/** What a non-regular file is, in both languages (the message shows it as it is); undefined for a file. */
function kindOf(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return "文件夹/folder";
  if (info.isFIFO()) return "命名管道/FIFO";
  if (info.isSocket()) return "套接字/socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "设备文件/device";
  return "特殊文件/special file";
}

function tooLarge(path: string, size: number, limit: number): WorkbookError {
  return fail("WORKBOOK_TOO_LARGE", { path, size: formatBytes(size), limit: formatBytes(limit) });
}
