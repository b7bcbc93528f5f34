/**
 * Excel repairs a sheet whose merged ranges repeat or overlap: the first one stays, the others are
 * dropped, the cells keep their contents. The lean reader does the same, without ever visiting the
 * cells of a merge, so a merge over the whole sheet or 100,000 small ones cost no more than their count.
 */
import { boxesIntersect, findLeft, type MergeBox } from "./mergeBox";

/** Side of the square buckets (in cells) the overlap index files merges under. */
const BUCKET = 32;
/** A merge spanning more buckets than this is checked against the kept ones directly. */
const MAX_BUCKETS_PER_MERGE = 256;

/**
 * Which of `boxes` to keep: each one that shares no cell with an earlier kept one, in order. A sweep
 * over the rows first finds whether any two overlap at all (O(n log n)); only then are they taken one
 * by one against a bucket index of the kept ones.
 *
 * @example
 * keepMerges([{ top: 0, left: 0, bottom: 1, right: 1 }, { top: 1, left: 1, bottom: 2, right: 2 }]);
 * // → [true, false]
 */
export function keepMerges(boxes: readonly MergeBox[]): boolean[] {
  if (!anyOverlap(boxes)) return boxes.map(() => true);
  const index = new Map<number, MergeBox[]>();
  const large: MergeBox[] = [];
  const keptAll: MergeBox[] = [];
  return boxes.map((box) => {
    const rows = bucketSpan(box.top, box.bottom);
    const columns = bucketSpan(box.left, box.right);
    const small = rows * columns <= MAX_BUCKETS_PER_MERGE;
    const candidates = small ? [...large, ...bucketed(index, box)] : keptAll;
    if (candidates.some((other) => boxesIntersect(box, other))) return false;
    keptAll.push(box);
    if (small) {
      forEachBucket(box, (key) => {
        const list = index.get(key);
        if (list) list.push(box);
        else index.set(key, [box]);
      });
    } else large.push(box);
    return true;
  });
}

/** Whether some two boxes share a cell: a sweep down the rows over the column intervals open at each. */
function anyOverlap(boxes: readonly MergeBox[]): boolean {
  if (boxes.length < 2) return false;
  const byTop = [...boxes].sort((a, b) => a.top - b.top);
  const byBottom = [...boxes].sort((a, b) => a.bottom - b.bottom);
  // Boxes open at the current row, sorted by left; while none overlap their columns are disjoint.
  const open: MergeBox[] = [];
  let closed = 0;
  for (const box of byTop) {
    // Every box ending above this one started above it too, so it is open: close it.
    for (let ending = byBottom[closed]; ending && ending.bottom < box.top; ending = byBottom[++closed]) {
      const at = findLeft(open, ending.left);
      if (open[at] === ending) open.splice(at, 1);
    }
    const at = findLeft(open, box.left);
    const before = open[at - 1];
    const after = open[at];
    if (before && before.right >= box.left) return true;
    if (after && after.left <= box.right) return true;
    open.splice(at, 0, box);
  }
  return false;
}

function bucketSpan(from: number, to: number): number {
  return Math.floor(to / BUCKET) - Math.floor(from / BUCKET) + 1;
}

function forEachBucket(box: MergeBox, visit: (key: number) => void): void {
  for (let r = Math.floor(box.top / BUCKET); r <= Math.floor(box.bottom / BUCKET); r++) {
    for (let c = Math.floor(box.left / BUCKET); c <= Math.floor(box.right / BUCKET); c++) visit(r * 1024 + c);
  }
}

function bucketed(index: Map<number, MergeBox[]>, box: MergeBox): MergeBox[] {
  const found: MergeBox[] = [];
  forEachBucket(box, (key) => {
    for (const other of index.get(key) ?? []) found.push(other);
  });
  return found;
}
