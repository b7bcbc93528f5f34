/** A1 address helpers (0-based row/column indexes). */

export function columnName(col: number): string {
  let n = col + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3" for row 2, col 1. */
export function toA1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** { row, col } of an A1 address ("$B$3" and "Sheet1!B3" accepted); null when malformed. */
export function fromA1(address: string): { row: number; col: number } | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(bare.trim());
  if (!m || !m[1] || !m[2]) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "A1:C3" → corners; a single cell gives a 1×1 range; null when malformed. */
export function parseRange(
  range: string,
): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b] = range.split(":");
  const start = a === undefined ? null : fromA1(a);
  const end = b === undefined ? start : fromA1(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function toRange(top: number, left: number, bottom: number, right: number): string {
  const a = toA1(top, left);
  const b = toA1(bottom, right);
  return a === b ? a : `${a}:${b}`;
}
