import type { CellValue } from "../grid";
import { isCellError } from "../grid";

/**
 * Display text of a cell value: strings trimmed, numbers as JavaScript prints them, errors as their
 * code ("#N/A"), empty cells as "".
 *
 * @example
 * cellText(17.52) // → "17.52"
 * cellText({ error: "#N/A" }) // → "#N/A"
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isCellError(value)) return value.error;
  return "";
}
