import { resolve } from "node:path";

/**
 * A link that opens `path` in Excel at `cell` of `sheet`: file:///abs/path.xlsx#'Sheet'!A1. Only the
 * characters that would break the URL are escaped (Excel shows and follows Chinese names as they are).
 *
 * @example
 * fileLink("/data/收件箱/a.xlsx", "绩效自评表", "G24"); // "file:///data/收件箱/a.xlsx#'绩效自评表'!G24"
 */
export function fileLink(path: string, sheet?: string, cell?: string): string {
  const abs = resolve(path).replace(/\\/g, "/");
  const escaped = abs.replace(/%/g, "%25").replace(/ /g, "%20").replace(/#/g, "%23");
  const base = `file://${escaped.startsWith("/") ? "" : "/"}${escaped}`;
  if (!sheet || !cell) return base;
  return `${base}#'${sheet.replace(/'/g, "''")}'!${cell}`;
}
