/**
 * Merged ranges that repeat or overlap an earlier one, dropped from a worksheet part. Excel "repairs"
 * such files on opening and keeps the data; exceljs refuses the whole workbook ("Cannot merge already
 * merged cells"). Budget-system exports, WPS and exceljs' own insertRow write them.
 */
import { parseRange } from "../../core/address";

type Box = NonNullable<ReturnType<typeof parseRange>>;

/** Merges up to this many cells are checked cell by cell; larger ones range by range. */
const SMALL_MERGE_CELLS = 10_000;

/**
 * `sheetXml` without the `<mergeCell>` entries that repeat or overlap an earlier one (the first one
 * stays, as Excel keeps it), and the ranges dropped.
 *
 * @example
 * dropOverlappingMerges('<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>');
 * // → { xml: '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>', dropped: ["B2:C3"] }
 */
export function dropOverlappingMerges(sheetXml: string): { xml: string; dropped: string[] } {
  const dropped: string[] = [];
  const xml = sheetXml.replace(
    /<((?:\w+:)?)mergeCells\b([^>]*)>([\s\S]*?)<\/\1mergeCells>/g,
    (block: string, prefix: string, attributes: string, body: string) => {
      const kept = new Keeper();
      let count = 0;
      const keptBody = body.replace(
        /<(?:\w+:)?mergeCell\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?mergeCell>)/g,
        (entry) => {
          const ref = /\bref="([^"]*)"/.exec(entry)?.[1] ?? "";
          const box = parseRange(ref);
          if (box && kept.add(box)) {
            count++;
            return entry;
          }
          dropped.push(ref);
          return "";
        },
      );
      if (count === 0) return "";
      if (keptBody === body) return block;
      const counted = /\bcount="\d*"/.test(attributes)
        ? attributes.replace(/\bcount="\d*"/, `count="${count}"`)
        : attributes;
      return `<${prefix}mergeCells${counted}>${keptBody}</${prefix}mergeCells>`;
    },
  );
  return { xml: dropped.length === 0 ? sheetXml : xml, dropped };
}

/** The merges kept so far; `add` refuses one that touches a cell of an earlier one. */
class Keeper {
  private readonly cells = new Set<number>();
  private readonly all: Box[] = [];
  private readonly large: Box[] = [];

  add(box: Box): boolean {
    const small = cellCount(box) <= SMALL_MERGE_CELLS;
    const overlaps = small
      ? this.large.some((other) => intersects(box, other)) || someCell(box, (key) => this.cells.has(key))
      : this.all.some((other) => intersects(box, other));
    if (overlaps) return false;
    this.all.push(box);
    if (small) someCell(box, (key) => (this.cells.add(key), false));
    else this.large.push(box);
    return true;
  }
}

function cellCount(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Whether `test` holds for some cell of `box` (each cell as row × 16384 + column). */
function someCell(box: Box, test: (key: number) => boolean): boolean {
  for (let r = box.top; r <= box.bottom; r++) {
    for (let c = box.left; c <= box.right; c++) if (test(r * 16384 + c)) return true;
  }
  return false;
}
