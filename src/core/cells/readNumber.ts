import { isCellError, type CellValue } from "../grid";
import { foldWidth } from "./foldWidth";

/**
 * Reads a number typed or printed in a cell: 5, "5.00", "4.00分", "1,234.50", "99.88%" (→ 99.88),
 * full-width "１７．５０". Blank cells, dashes ("-", "—"), errors, booleans and words give `null`: a
 * reviewer's table prints "-" where nothing applies, which is not a zero.
 *
 * @example
 * readNumber("17.50"); // 17.5
 * readNumber("１，２３４．５０"); // 1234.5
 * readNumber("4.00分"); // 4
 * readNumber("-"); // null
 */
export function readNumber(value: CellValue | undefined): number | null {
  if (value === null || value === undefined || typeof value === "boolean" || isCellError(value)) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const text = foldWidth(value)
    .replace(/[\s,]/g, "")
    .replace(/(分|%)$/, "");
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
