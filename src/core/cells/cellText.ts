import { isCellError, type CellValue } from "../grid";

/**
 * The text of a cell value as Excel shows it: strings trimmed, numbers in their shortest form,
 * booleans as TRUE / FALSE (not JavaScript's true / false), errors as their code ("#N/A"), empty
 * cells as "".
 *
 * @example
 * cellText(17.52); // "17.52"
 * cellText(true); // "TRUE"
 * cellText({ error: "#N/A" }); // "#N/A"
 * cellText("  已完成 "); // "已完成"
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  // The readers never hand over NaN or Infinity; should one arrive, it is no text a person typed.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isCellError(value)) return value.error;
  return "";
}
