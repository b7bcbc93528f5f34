import { readWorksheetRegions } from "../../src/readers/readWorksheetRegions";
import { fromA1 } from "../../src/core/address";

/** Positions of A1 addresses, as readWorksheetGrid collects them. */
function at(...addresses: string[]): { r: number; c: number }[] {
  return addresses.map((a) => {
    const p = fromA1(a);
    if (!p) throw new Error(a);
    return { r: p.row, c: p.col };
  });
}

describe("readWorksheetRegions", () => {
  it("keeps an ordinary sheet as one rectangle from A1", () => {
    expect(readWorksheetRegions(at("B3", "J26", "M2"))).toEqual([
      { box: { top: 0, left: 0, bottom: 25, right: 12 }, members: [0, 1, 2] },
    ]);
  });

  it("keeps a lone far value alone, not a grid from A1 to it", () => {
    expect(readWorksheetRegions(at("XFD1048576")).map((r) => r.box)).toEqual([
      { top: 1048575, left: 16383, bottom: 1048575, right: 16383 },
    ]);
    expect(readWorksheetRegions(at("C200", "D201")).map((r) => r.box)).toEqual([
      { top: 0, left: 0, bottom: 200, right: 3 },
    ]);
  });

  it("has no region for a sheet without values", () => {
    expect(readWorksheetRegions([])).toEqual([]);
  });

  it("cuts a far value off a table, each value in exactly one region", () => {
    // A 3,000-row table in A:J (a value on every row), a remark in XFD2, an "x" in A1048576.
    const table = Array.from({ length: 3001 }, (_, r) => ({ r, c: r % 10 }));
    const cells = [...table, ...at("XFD2", "A1048576")];
    const regions = readWorksheetRegions(cells);
    expect(regions.map((r) => r.box)).toEqual([
      { top: 0, left: 0, bottom: 3000, right: 9 },
      { top: 1, left: 16383, bottom: 1, right: 16383 },
      { top: 1048575, left: 0, bottom: 1048575, right: 0 },
    ]);
    expect(regions.map((r) => r.members.length)).toEqual([3001, 1, 1]);
    expect(new Set(regions.flatMap((r) => r.members)).size).toBe(cells.length);
  });

  it("does not cut across empty bands of up to 200 rows or 26 columns", () => {
    // Values 201 rows apart in column A, and Z → BA (26 empty columns between); XFD3000 far away.
    const cells = at("A1", "A202", "A403", "Z403", "BA403", "A604", "XFD604");
    const regions = readWorksheetRegions(cells);
    expect(regions.map((r) => r.box)).toEqual([
      { top: 0, left: 0, bottom: 603, right: 52 },
      { top: 603, left: 16383, bottom: 603, right: 16383 },
    ]);
  });

  it("cuts at an empty band of 201 rows or 27 columns", () => {
    expect(readWorksheetRegions(at("A1", "A203"))).toHaveLength(2);
    expect(readWorksheetRegions(at("A1", "AC1"))).toHaveLength(2);
    expect(readWorksheetRegions(at("A1", "AB1"))).toHaveLength(1);
  });

  it("cuts again inside a part that a first cut separated", () => {
    // The first cut (by rows) leaves A1 and XFD1 in one band; the second (by columns) parts them.
    const regions = readWorksheetRegions(at("A1", "XFD1", "A1048576"));
    expect(regions.map((r) => r.box)).toEqual([
      { top: 0, left: 0, bottom: 0, right: 0 },
      { top: 0, left: 16383, bottom: 0, right: 16383 },
      { top: 1048575, left: 0, bottom: 1048575, right: 0 },
    ]);
  });
});
