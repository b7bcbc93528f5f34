import { toRange } from "../address";
import type { Layout } from "./layout";

export interface StyleArea {
  readonly style: string;
  /** A1 rectangle. */
  readonly range: string;
  readonly rows: number;
  readonly cols: number;
}

/**
 * The layout's styled cells as few rectangles as a simple sweep finds: runs of one style along a row,
 * then identical runs on consecutive rows joined. The Excel renderer formats one range per area
 * instead of one per cell.
 *
 * @example
 * styleAreas(layout).length; // ~60 for a self-eval sheet of ~400 cells
 */
export function styleAreas(layout: Layout): StyleArea[] {
  const runs: { row: number; left: number; right: number; style: string }[] = [];
  let current: { row: number; left: number; right: number; style: string } | undefined;
  for (const cell of layout.cells) {
    if (!cell.style) continue;
    if (
      current &&
      current.row === cell.row &&
      current.right === cell.col - 1 &&
      current.style === cell.style
    ) {
      current.right = cell.col;
    } else {
      current = { row: cell.row, left: cell.col, right: cell.col, style: cell.style };
      runs.push(current);
    }
  }
  const open = new Map<string, { top: number; bottom: number; left: number; right: number; style: string }>();
  const areas: { top: number; bottom: number; left: number; right: number; style: string }[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}:${run.style}`;
    const area = open.get(key);
    if (area && area.bottom === run.row - 1) {
      area.bottom = run.row;
    } else {
      const fresh = { top: run.row, bottom: run.row, left: run.left, right: run.right, style: run.style };
      open.set(key, fresh);
      areas.push(fresh);
    }
  }
  return areas.map((a) => ({
    style: a.style,
    range: toRange(a.top, a.left, a.bottom, a.right),
    rows: a.bottom - a.top + 1,
    cols: a.right - a.left + 1,
  }));
}
