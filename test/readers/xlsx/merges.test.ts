/**
 * The merge machinery of the lean reader against plain definitions: keepMerges keeps exactly what a
 * one-by-one check against the kept ones keeps (fixture reader/overlapping-merges.json and fast-check),
 * hideMergedCells hides exactly the non-master cells of the merges, parseMergeRef reads what parseRange reads.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { columnName, parseRange } from "../../../src/core/address";
import { hideMergedCells } from "../../../src/readers/xlsx/hideMergedCells";
import { keepMerges } from "../../../src/readers/xlsx/keepMerges";
import { boxesIntersect, type MergeBox } from "../../../src/readers/xlsx/mergeBox";
import { parseMergeRef } from "../../../src/readers/xlsx/parseMergeRef";

function keepOneByOne(boxes: readonly MergeBox[]): boolean[] {
  const kept: MergeBox[] = [];
  return boxes.map((box) => {
    if (kept.some((other) => boxesIntersect(box, other))) return false;
    kept.push(box);
    return true;
  });
}

const sized = (reach: number, size: number): fc.Arbitrary<MergeBox> =>
  fc
    .record({ top: fc.nat(reach), left: fc.nat(reach), height: fc.nat(size), width: fc.nat(size) })
    .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }));
// Mostly small merges, some spanning hundreds of index buckets (keepMerges checks those directly).
const box = fc.oneof({ arbitrary: sized(60, 8), weight: 5 }, { arbitrary: sized(60, 700), weight: 1 });

describe("keepMerges", () => {
  const { cases } = JSON.parse(
    readFileSync(join(__dirname, "../../fixtures/workbooks/reader/overlapping-merges.json"), "utf8"),
  ) as { cases: { name: string; merges: string[]; dropped: string[] }[] };

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const readable = c.merges.filter((ref) => parseMergeRef(ref) !== null);
    const keep = keepMerges(readable.map((ref) => parseMergeRef(ref) as MergeBox));
    const dropped = [
      ...c.merges.filter((ref) => parseMergeRef(ref) === null),
      ...readable.filter((_, i) => !keep[i]),
    ];
    expect(dropped.sort()).toEqual([...c.dropped].sort());
  });

  it("keeps what a one-by-one check keeps, for any list", () => {
    fc.assert(
      fc.property(fc.array(box, { maxLength: 80 }), (boxes) => {
        expect(keepMerges(boxes)).toEqual(keepOneByOne(boxes));
      }),
      { numRuns: 500 },
    );
  });
});

describe("hideMergedCells", () => {
  it("hides exactly the cells of a kept merge other than its top-left one", () => {
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 30 }),
        fc.uniqueArray(fc.tuple(fc.nat(70), fc.nat(70)), {
          maxLength: 200,
          selector: ([r, c]) => r * 100 + c,
        }),
        (boxes, positions) => {
          const keep = keepMerges(boxes);
          const merges = boxes.filter((_, i) => keep[i]);
          const cells = positions.map(([r, c]) => ({ r, c })).sort((a, b) => a.r - b.r || a.c - b.c);
          const hidden = (cell: { r: number; c: number }): boolean =>
            merges.some(
              (m) =>
                cell.r >= m.top &&
                cell.r <= m.bottom &&
                cell.c >= m.left &&
                cell.c <= m.right &&
                (cell.r !== m.top || cell.c !== m.left),
            );
          expect(hideMergedCells(cells, merges)).toEqual(cells.filter((cell) => !hidden(cell)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("parseMergeRef", () => {
  it("reads every range as parseRange does", () => {
    const ref = fc
      .tuple(fc.nat(16383), fc.nat(1_048_575), fc.nat(16383), fc.nat(1_048_575))
      .map(([c1, r1, c2, r2]) => `${columnName(c1)}${r1 + 1}:${columnName(c2)}${r2 + 1}`);
    const odd = fc.constantFrom(
      "A1",
      "$A$1:$B$2",
      "a1:b2",
      "A0:B1",
      "nonsense",
      "A1:",
      ":B2",
      "AAAA1:B2",
      "A1:B2:C3",
      "",
    );
    fc.assert(
      fc.property(fc.oneof(ref, odd), (text) => {
        expect(parseMergeRef(text)).toEqual(parseRange(text));
      }),
      { numRuns: 1000 },
    );
  });
});
