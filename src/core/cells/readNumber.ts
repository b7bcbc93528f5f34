import { isCellError, type CellValue } from "../grid";

/**
 * Reads a number typed or printed in a cell: 5, "5.00", "4.00分", "1,234.50", "99.88%" (→ 99.88).
 * Blank cells, dashes ("-", "—"), errors and words give `null`: a reviewer's table prints "-" where
 * nothing applies, which is not a zero.
 *
 * @example
 * readNumber("17.50"); // 17.5
 * readNumber("-"); // null
 */
export function readNumber(value: CellValue | undefined): number | null {
  if (value === null || value === undefined || typeof value === "boolean" || isCellError(value)) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const text = toHalfWidth(value)
    .replace(/[\s,，]/g, "")
    .replace(/(分|%|％)$/, "");
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Whether the cell holds anything a person typed (not blank, not only spaces). */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Full-width digits, point and signs → ASCII (Chinese input methods type them). */
function toHalfWidth(text: string): string {
  return text.replace(/[０-９．＋－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Text of a cell for display and parsing; numbers in their shortest form, errors as "#N/A". */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  return String(value).trim();
}
