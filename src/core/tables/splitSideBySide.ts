import type { CellValue, Grid } from "../grid";
import { toA1 } from "../address";
import type { SheetView } from "./sheetView";
import type { IndicatorHeader } from "./findIndicatorHeaders";
import { columnRole } from "./columnRoles";

/** A sheet cut in two where a second table stands to the right of the first on the same rows. */
export interface SideBySide {
  /** The sheet with the right table's cells emptied. */
  readonly left: Grid;
  /** The right table's band, its origin where it stands on the sheet. */
  readonly right: Grid;
}

/**
 * The first indicator header with a second header to its right (its own 三级 and 指标值 labels, after at
 * least one empty column), and the sheet cut there: one header per row is all the reader follows, so
 * without the cut the right table would be read as extra columns of the left one, or not at all.
 * The band runs up and down from the header row as long as the empty column stays empty.
 *
 * @example
 * // 一级指标 … 偏差原因 in A1:H1, an empty column I, J1 一级指标 … in J1:Q1
 * splitSideBySide(view, headers)?.right.origin // → "J1"
 */
export function splitSideBySide(
  view: SheetView,
  headers: readonly IndicatorHeader[],
): SideBySide | undefined {
  for (const header of headers) {
    const start = secondTableColumn(view, header);
    if (start === undefined) continue;
    const gap = start - 1;
    let top = header.row;
    while (top > 0 && view.text(top - 1, gap) === "") top--;
    let bottom = header.row;
    while (bottom + 1 < view.rowCount && view.text(bottom + 1, gap) === "") bottom++;
    return cut(view, top, bottom, start);
  }
  return undefined;
}

/** Column where a second header starts right of this one, after an empty column; undefined when none. */
function secondTableColumn(view: SheetView, header: IndicatorHeader): number | undefined {
  const r = header.row;
  // Not the header's last column: a role only the right table has was taken from it.
  const leftEnd = Math.max(header.cols.name ?? 0, header.cols.target ?? 0);
  const filled = view.filledColumns(r);
  let prevEnd = -1;
  for (let i = 0; i < filled.length; i++) {
    const c = filled[i] ?? 0;
    if (c > leftEnd && prevEnd >= 0 && c > prevEnd + 1 && namesIndicatorColumns(view, r, filled.slice(i)))
      return c;
    prevEnd = Math.max(prevEnd, view.mergeRight(r, c));
  }
  return undefined;
}

function namesIndicatorColumns(view: SheetView, r: number, cols: readonly number[]): boolean {
  let name = false;
  let target = false;
  for (const c of cols) {
    const key = view.key(r, c);
    if (key.length > 24) continue;
    const role = columnRole(key);
    if (role === "name") name = true;
    else if (role === "target") target = true;
    if (name && target) return true;
  }
  return false;
}

function cut(view: SheetView, top: number, bottom: number, start: number): SideBySide {
  const { grid } = view;
  const left: (readonly CellValue[])[] = grid.values.slice();
  const right: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = grid.values[r] ?? [];
    left[r] = row.slice(0, start);
    right.push(row.slice(start));
  }
  const shared = {
    ...(grid.merges ? { merges: grid.merges } : {}),
    ...(grid.sheet !== undefined ? { sheet: grid.sheet } : {}),
  };
  return {
    left: { values: left, ...(grid.origin ? { origin: grid.origin } : {}), ...shared },
    right: { values: right, origin: toA1(view.originRow + top, view.originCol + start), ...shared },
  };
}
