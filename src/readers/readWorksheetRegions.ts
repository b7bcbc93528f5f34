/**
 * Where a worksheet's values lie. Normally one rectangle from A1 to the last value; when values lie
 * beyond a wide empty band (Ctrl+End and one keystroke put an "x" in XFD1048576; a remark typed in
 * XFD2 beside a table), they are cut into separate rectangles along such bands, so the table and the
 * stray value each get a small grid instead of one of billions of cells.
 */

/** A rectangle of cells, 0-based and inclusive. */
export interface CellBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One rectangle to read, with the indexes (into the `cells` given) of the values that lie in it. */
export interface CellRegion {
  readonly box: CellBox;
  readonly members: readonly number[];
}

export interface RegionOptions {
  /** More empty rows than this between values separate two regions (default 200). */
  readonly rowGap?: number;
  /** More empty columns than this between values separate two regions (default 26). */
  readonly columnGap?: number;
}

/** Tables hold a few blank rows and columns, never 200 rows or a whole alphabet of columns. */
const DEFAULT_ROW_GAP = 200;
const DEFAULT_COLUMN_GAP = 26;

/**
 * The rectangles to read `cells` (positions of the cells that hold values) into, top to bottom; each
 * value lies in exactly one of them.
 *
 * @example
 * readWorksheetRegions([{ r: 0, c: 0 }, { r: 2999, c: 9 }, { r: 1, c: 16383 }]).map((x) => x.box);
 * // → [{ top: 0, left: 0, bottom: 2999, right: 9 }, { top: 1, left: 16383, bottom: 1, right: 16383 }]
 */
export function readWorksheetRegions(
  cells: readonly { readonly r: number; readonly c: number }[],
  options: RegionOptions = {},
): CellRegion[] {
  if (cells.length === 0) return [];
  // A plain loop: Array.from with a mapping function was a third of reading a small sheet's grid.
  const all: number[] = [];
  for (let i = 0; i < cells.length; i++) all.push(i);
  const whole = boxOf(cells, all);
  const rowGap = options.rowGap ?? DEFAULT_ROW_GAP;
  const columnGap = options.columnGap ?? DEFAULT_COLUMN_GAP;
  // Without a wide band between values there is nothing to cut: kept from A1 so that ordinary sheets
  // read exactly as they always did (unless A1 itself is a wide band away: a lone value in XFD1048576).
  if (!hasWideGap(cells, whole, rowGap, columnGap)) {
    const top = whole.top > rowGap ? whole.top : 0;
    const left = whole.left > columnGap ? whole.left : 0;
    return [{ box: { top, left, bottom: whole.bottom, right: whole.right }, members: all }];
  }
  const regions: CellRegion[] = [];
  // Recursive XY cut with an explicit stack: a group that splits yields strictly smaller groups.
  const pending: number[][] = [all];
  for (let group = pending.pop(); group; group = pending.pop()) {
    const byRows = splitAtGaps(group, (i) => cells[i]?.r ?? 0, rowGap);
    const parts = byRows.length > 1 ? byRows : splitAtGaps(group, (i) => cells[i]?.c ?? 0, columnGap);
    if (parts.length > 1) for (const part of parts) pending.push(part);
    else regions.push({ box: boxOf(cells, group), members: group });
  }
  return regions.sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left);
}

/** Whether some band of more than `rowGap` rows or `columnGap` columns inside `box` holds no value. */
function hasWideGap(
  cells: readonly { readonly r: number; readonly c: number }[],
  box: CellBox,
  rowGap: number,
  columnGap: number,
): boolean {
  const rows = new Uint8Array(box.bottom - box.top + 1);
  const columns = new Uint8Array(box.right - box.left + 1);
  for (const { r, c } of cells) {
    rows[r - box.top] = 1;
    columns[c - box.left] = 1;
  }
  return longestEmptyRun(rows) > rowGap || longestEmptyRun(columns) > columnGap;
}

function longestEmptyRun(used: Uint8Array): number {
  let longest = 0;
  let run = 0;
  for (const u of used) {
    run = u ? 0 : run + 1;
    if (run > longest) longest = run;
  }
  return longest;
}

/** `group` split wherever more than `gap` consecutive keys hold no value. */
function splitAtGaps(group: readonly number[], keyOf: (i: number) => number, gap: number): number[][] {
  const sorted = [...group].sort((a, b) => keyOf(a) - keyOf(b));
  const parts: number[][] = [];
  let current: number[] = [];
  let previous = -1;
  for (const i of sorted) {
    const key = keyOf(i);
    if (current.length > 0 && key - previous - 1 > gap) {
      parts.push(current);
      current = [];
    }
    current.push(i);
    previous = key;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

function boxOf(
  cells: readonly { readonly r: number; readonly c: number }[],
  group: readonly number[],
): CellBox {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const i of group) {
    const cell = cells[i];
    if (!cell) continue;
    if (cell.r < top) top = cell.r;
    if (cell.r > bottom) bottom = cell.r;
    if (cell.c < left) left = cell.c;
    if (cell.c > right) right = cell.c;
  }
  return { top, left, bottom, right };
}
