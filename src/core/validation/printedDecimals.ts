import { isCellError, type CellValue } from "../grid";

/**
 * How many decimals a number is printed with: the digits after the point of a text ("86%" → 0,
 * "99.88" → 2) or of a number's shortest form (43.2 → 1); null for blanks, errors and words.
 *
 * @example
 * printedDecimals("86%"); // 0
 * printedDecimals(0.9988); // 4
 */
export function printedDecimals(value: CellValue | undefined): number | null {
  if (value === null || value === undefined || typeof value === "boolean" || isCellError(value)) return null;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  const text = typeof value === "number" ? String(value) : value.replace(/[\s,，]/g, "");
  // 1e-7 and the like: more decimals than any printed table carries.
  if (/e/i.test(text)) return 15;
  const m = /(\d*)(?:[.．](\d*))?/.exec(text.replace(/^[^\d.．]+/, ""));
  if (!m || (m[1] === "" && (m[2] ?? "") === "")) return null;
  return (m[2] ?? "").length;
}
