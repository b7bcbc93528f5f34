import { findLeft, type MergeBox } from "./mergeBox";

/**
 * `cells` (sorted by row, then column) without those hidden under a merge: every cell of a merged
 * range but its top-left one, as Excel's `range.values` gives null there. `merges` must not overlap
 * (see keepMerges). A sweep down the rows keeps the merges open at the current row sorted by column,
 * so each cell costs a binary search, whatever the size or number of the merges.
 *
 * @example
 * hideMergedCells([{ r: 0, c: 0 }, { r: 0, c: 1 }], [{ top: 0, left: 0, bottom: 0, right: 1 }]);
 * // → [{ r: 0, c: 0 }]
 */
export function hideMergedCells<T extends { readonly r: number; readonly c: number }>(
  cells: readonly T[],
  merges: readonly MergeBox[],
): T[] {
  if (merges.length === 0) return [...cells];
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  const byBottom = [...merges].sort((a, b) => a.bottom - b.bottom);
  const open: MergeBox[] = [];
  let started = 0;
  let ended = 0;
  const shown: T[] = [];
  for (const cell of cells) {
    // Close the merges that end above this row first, so that the open ones never share a left edge.
    for (let box = byBottom[ended]; box && box.bottom < cell.r; box = byBottom[++ended]) {
      const at = findLeft(open, box.left);
      if (open[at] === box) open.splice(at, 1);
    }
    for (let box = byTop[started]; box && box.top <= cell.r; box = byTop[++started]) {
      if (box.bottom >= cell.r) open.splice(findLeft(open, box.left), 0, box);
    }
    const at = findLeft(open, cell.c + 1) - 1;
    const box = open[at];
    const hidden = box !== undefined && box.right >= cell.c && (cell.r !== box.top || cell.c !== box.left);
    if (!hidden) shown.push(cell);
  }
  return shown;
}
