import { stat } from "node:fs/promises";

/**
 * What a path really is: its device and inode (links followed), as text; undefined when it does not
 * exist. Two paths with the same identity are the same file whatever the spelling: a symbolic link, a
 * linked folder, a hard link, `..` or letter case on a case-insensitive disk. Read as bigints so large
 * inode numbers (Windows file ids) compare exactly.
 *
 * @example
 * await fileIdentity("inbox/a.xlsx") === await fileIdentity("link-to-inbox/a.xlsx"); // true
 */
export async function fileIdentity(path: string): Promise<string | undefined> {
  const info = await stat(path, { bigint: true }).catch(() => null);
  return info ? `${info.dev}:${info.ino}` : undefined;
}
