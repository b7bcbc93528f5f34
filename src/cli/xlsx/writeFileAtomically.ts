/**
 * Writing a file so that it is never half-written: the bytes go to a new hidden file in the same
 * folder (created exclusively: never through an existing file or link), are flushed to disk, and the
 * new file is renamed over the target in one step. A crash, Ctrl+C or kill -9 at any moment leaves
 * either the previous file or the new one; renaming replaces the target's directory entry, so a link
 * or hard link at the target is replaced, never written through.
 */
import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { open, rename, unlink, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Temporary files being written, removed by {@link removePendingWrites} when the process is stopped. */
const pending = new Set<string>();

/**
 * Writes `data` to `path` atomically (see the file comment): the bytes, or whatever `data` writes to the
 * file it is given (and has finished writing when its promise settles).
 *
 * @example
 * await writeFileAtomically("/home/me/review.xlsx", bytes);
 */
export async function writeFileAtomically(
  path: string,
  data: Uint8Array | ((file: FileHandle) => Promise<void>),
): Promise<void> {
  const temp = temporaryPath(path, "tmp");
  try {
    const handle = await open(temp, "wx", 0o644);
    try {
      if (typeof data === "function") await data(handle);
      else await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    forgetTemporary(temp);
  }
}

/**
 * A new hidden file name next to `path` (`.name.<pid>.<random>.<suffix>`), removed by
 * {@link removePendingWrites} if the process is stopped before {@link forgetTemporary} is called for it.
 *
 * @example
 * const spool = temporaryPath("/home/me/review.xlsx", "rows");
 */
export function temporaryPath(path: string, suffix: string): string {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.${suffix}`,
  );
  pending.add(temp);
  return temp;
}

/**
 * Stops tracking a temporary file made by {@link temporaryPath} (renamed or removed by its owner).
 *
 * @example
 * await unlink(spool); forgetTemporary(spool);
 */
export function forgetTemporary(temp: string): void {
  pending.delete(temp);
}

/**
 * Removes the temporary files of writes still under way (synchronously: called from a signal handler
 * just before the process exits). The targets are untouched.
 *
 * @example
 * process.once("SIGINT", () => { removePendingWrites(); process.exit(130); });
 */
export function removePendingWrites(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or never created: nothing to remove.
    }
  }
  pending.clear();
}
