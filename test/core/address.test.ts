/**
 * The core's A1 helpers past column Z: tests and fakes name columns with these instead of
 * String.fromCharCode(65 + col), which gives "[" for the 27th column.
 */
import fc from "fast-check";
import { columnIndex, columnName, fromA1, parseRange, toA1, toRange } from "../../src/core/address";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s and back", (col, name) => {
    expect(columnName(col)).toBe(name);
    expect(columnIndex(name)).toBe(col);
  });

  it("round-trips every column of a sheet through its name", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16383 }), fc.integer({ min: 0, max: 1048575 }), (col, row) => {
        expect(fromA1(toA1(row, col))).toEqual({ row, col });
      }),
    );
  });

  it("ranges past Z", () => {
    expect(toRange(0, 0, 9, 27)).toBe("A1:AB10");
    expect(parseRange("$AB$10:A1")).toEqual({ top: 0, left: 0, bottom: 9, right: 27 });
    expect(fromA1("Sheet1!$AA$3")).toEqual({ row: 2, col: 26 });
  });
});
