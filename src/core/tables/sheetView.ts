/**
 * Read-only helper over a grid: cell text and label keys (computed once per cell, on demand), absolute
 * A1 addresses taking `grid.origin` into account, and which merge hides which cell.
 */
import type { CellValue, Grid } from "../grid";
import { columnName, fromA1, parseRange, toA1 } from "../address";
import { cellText } from "../cells";
import { labelKey } from "./labelKey";

export interface SheetView {
  readonly grid: Grid;
  readonly rowCount: number;
  readonly colCount: number;
  /** Sheet row/column of grid row/column 0. */
  readonly originRow: number;
  readonly originCol: number;
  value(r: number, c: number): CellValue;
  /** Trimmed display text, "" for empty cells and outside the grid. */
  text(r: number, c: number): string;
  /** {@link labelKey} of the text. */
  key(r: number, c: number): string;
  /** Absolute A1 address of grid cell (r, c). */
  address(r: number, c: number): string;
  /** Last column covered by the merge whose top-left cell is (r, c); c itself when not merged. */
  mergeRight(r: number, c: number): number;
  /** Whether the row has no text at all. */
  isBlankRow(r: number): boolean;
  /** Columns of the row's non-empty cells, left to right. */
  filledColumns(r: number): readonly number[];
}

/**
 * @example
 * const view = createSheetView({ values: [["项目名称", "信息化运维项目"]], origin: "B3" });
 * view.address(0, 1) // → "C3"
 */
export function createSheetView(grid: Grid): SheetView {
  const values = grid.values;
  const rowCount = values.length;
  let colCount = 0;
  for (const row of values) if (row.length > colCount) colCount = row.length;
  const origin = (grid.origin ? fromA1(grid.origin) : null) ?? { row: 0, col: 0 };
  const texts: (string[] | undefined)[] = new Array<string[] | undefined>(rowCount);
  const keys: (string[] | undefined)[] = new Array<string[] | undefined>(rowCount);
  const filled: (number[] | undefined)[] = new Array<number[] | undefined>(rowCount);
  const colNames: string[] = [];
  for (let c = 0; c < origin.col + colCount + 1; c++) colNames.push(columnName(c));
  const mergeRights = readMergeRights(grid.merges ?? [], origin.row, origin.col);

  const rowTexts = (r: number): string[] => {
    let row = texts[r];
    if (!row) {
      const source = values[r] ?? [];
      row = new Array<string>(colCount);
      for (let c = 0; c < colCount; c++) row[c] = cellText(source[c]);
      texts[r] = row;
    }
    return row;
  };

  const view: SheetView = {
    grid,
    rowCount,
    colCount,
    originRow: origin.row,
    originCol: origin.col,
    value: (r, c) => values[r]?.[c] ?? null,
    text: (r, c) => (r < 0 || r >= rowCount || c < 0 || c >= colCount ? "" : (rowTexts(r)[c] ?? "")),
    key: (r, c) => {
      if (r < 0 || r >= rowCount || c < 0 || c >= colCount) return "";
      let row = keys[r];
      if (!row) {
        row = new Array<string>(colCount);
        keys[r] = row;
      }
      let key = row[c];
      if (key === undefined) {
        key = labelKey(rowTexts(r)[c] ?? "");
        row[c] = key;
      }
      return key;
    },
    address: (r, c) => {
      const col = origin.col + c;
      const name = col >= 0 && col < colNames.length ? colNames[col] : undefined;
      return name === undefined ? toA1(origin.row + r, col) : `${name}${origin.row + r + 1}`;
    },
    mergeRight: (r, c) => mergeRights.get(r * 16384 + c) ?? c,
    isBlankRow: (r) => view.filledColumns(r).length === 0,
    filledColumns: (r) => {
      if (r < 0 || r >= rowCount) return [];
      let cols = filled[r];
      if (!cols) {
        const row = rowTexts(r);
        cols = [];
        for (let c = 0; c < colCount; c++) if (row[c] !== "") cols.push(c);
        filled[r] = cols;
      }
      return cols;
    },
  };
  return view;
}

function readMergeRights(
  merges: readonly string[],
  originRow: number,
  originCol: number,
): Map<number, number> {
  const rights = new Map<number, number>();
  for (const merge of merges) {
    const range = parseMerge(merge);
    if (!range) continue;
    const r = range.top - originRow;
    const c = range.left - originCol;
    if (r < 0 || c < 0) continue;
    rights.set(r * 16384 + c, range.right - originCol);
  }
  return rights;
}

/**
 * "A12:C15" → corners, without regular expressions: sheets can carry thousands of merges and this
 * runs for every grid. Anything unusual falls back to {@link parseRange}.
 */
function parseMerge(text: string): { top: number; left: number; right: number } | null {
  const colon = text.indexOf(":");
  if (colon < 0 || text.includes("!") || text.includes("$")) return parseRange(text);
  const a = parseCell(text, 0, colon);
  const b = parseCell(text, colon + 1, text.length);
  if (!a || !b) return parseRange(text);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
}

function parseCell(text: string, from: number, to: number): { row: number; col: number } | null {
  let i = from;
  let col = 0;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else break;
    i++;
  }
  if (col === 0 || i === to) return null;
  let row = 0;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
    i++;
  }
  return row === 0 ? null : { row: row - 1, col: col - 1 };
}
