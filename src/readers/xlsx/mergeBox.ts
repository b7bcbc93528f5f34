/** A merged range, 0-based and inclusive, as the reader keeps it. */
export interface MergeBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Whether two ranges share a cell.
 *
 * @example
 * boxesIntersect({ top: 0, left: 0, bottom: 1, right: 1 }, { top: 1, left: 1, bottom: 2, right: 2 }); // true
 */
export function boxesIntersect(a: MergeBox, b: MergeBox): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * The first position in `open` (sorted by left) whose left is not below `left` (binary search).
 *
 * @example
 * findLeft([{ top: 0, left: 2, bottom: 0, right: 3 }], 1); // 0
 */
export function findLeft(open: readonly MergeBox[], left: number): number {
  let lo = 0;
  let hi = open.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((open[mid]?.left ?? 0) < left) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
