import { statSync } from "node:fs";

/**
 * What a path really is: its device and inode (links followed), as text; undefined when it does not
 * exist. Two paths with the same identity are the same file whatever the spelling: a symbolic link, a
 * linked folder, a hard link, `..` or letter case on a case-insensitive disk. Read as bigints so large
 * inode numbers (Windows file ids) compare exactly. Synchronous: every input is asked, and 20,000
 * asynchronous calls in flight at once held memory by the number of files.
 *
 * @example
 * fileIdentity("inbox/a.xlsx") === fileIdentity("link-to-inbox/a.xlsx"); // true
 */
export function fileIdentity(path: string): string | undefined {
  try {
    const info = statSync(path, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}
