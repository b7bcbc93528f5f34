import type { CellValue } from "../grid";

/**
 * A money amount or score read from a cell: numbers as they are, numeric text with thousands
 * separators or a trailing unit ("2,500,000", "17.52万元") parsed; anything else (blank, "-", errors) → null.
 *
 * @example
 * parseAmount("6,229,239") // → 6229239
 * parseAmount("-") // → null
 */
export function parseAmount(value: CellValue | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const text = value.replace(/[\s,，]/g, "").replace(/[（(]?(?:万元|元|分|%)[)）]?$/, "");
  if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
