import { parseRange } from "../../core/address";
import type { MergeBox } from "./mergeBox";

/**
 * A `<mergeCell ref>` ("B2:D4", 0-based corners), null when it is no range. Excel writes plain
 * "A1:B2": read with a character loop (a sheet may carry 100,000 merges); anything else ("$A$1:$B$2",
 * lower case, one cell) goes through the general parseRange.
 *
 * @example
 * parseMergeRef("B2:D4"); // → { top: 1, left: 1, bottom: 3, right: 3 }
 */
export function parseMergeRef(ref: string): MergeBox | null {
  const start = readCell(ref, 0);
  const colon = start?.end ?? -1;
  const end = start && ref.charCodeAt(colon) === 58 ? readCell(ref, colon + 1) : null;
  if (!start || !end || end.end !== ref.length) return parseRange(ref);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Upper-case letters (1–3) then digits (1–7) from `at`: 0-based row and column, and where it ends. */
function readCell(ref: string, at: number): { row: number; col: number; end: number } | null {
  let i = at;
  let col = 0;
  while (i < ref.length && i - at < 3) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
    i++;
  }
  if (i === at) return null;
  const digits = i;
  let row = 0;
  while (i < ref.length && i - digits < 7) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + c - 48;
    i++;
  }
  if (i === digits || row === 0) return null;
  return { row: row - 1, col: col - 1, end: i };
}
