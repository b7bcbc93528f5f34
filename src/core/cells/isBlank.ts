import type { CellValue } from "../grid";

/**
 * Whether the cell holds nothing a person typed (empty, or only spaces).
 *
 * @example
 * isBlank("  "); // true
 * isBlank(0); // false
 */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
