/**
 * Writing a file so that it is never half-written: the bytes go to a new hidden file in the same
 * folder (created exclusively: never through an existing file or link), are flushed to disk, and the
 * new file is renamed over the target in one step. A crash, Ctrl+C or kill -9 at any moment leaves
 * either the previous file or the new one; renaming replaces the target's directory entry, so a link
 * or hard link at the target is replaced, never written through.
 */
import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Temporary files being written, removed by {@link removePendingWrites} when the process is stopped. */
const pending = new Set<string>();

/**
 * Writes `data` to `path` atomically (see the file comment).
 *
 * @example
 * await writeFileAtomically("/home/me/review.xlsx", bytes);
 */
export async function writeFileAtomically(path: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  pending.add(temp);
  try {
    const handle = await open(temp, "wx", 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    pending.delete(temp);
  }
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
