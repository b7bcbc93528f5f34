/** The fake Excel host itself: addresses past column Z, load-before-read, and what it records. */
import { createFakeExcel } from "./fakeExcel";

describe("fake Excel host", () => {
  it("addresses columns past Z as Excel does", async () => {
    const host = createFakeExcel();
    host.setCells(null, "Z1", [["z", "aa", "ab"]]);
    const address = await host.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getUsedRange();
      range.load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Sheet1!Z1:AB1");
    expect(host.cell(null, "AB1")?.value).toBe("ab");
  });

  it("refuses a read before load and sync, like office.js", async () => {
    const host = createFakeExcel();
    await host.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      // The early read is the point of this test: the office-addins rules rightly flag it elsewhere.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(() => range.values).toThrow(/Call load\(\) and sync\(\) first/);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[""]]);
    });
  });

  it("records the ranges a sheet hands out, what was written and the calls made", async () => {
    const host = createFakeExcel();
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("AA1:AB2").merge(false);
      sheet.getRangeByIndexes(0, 0, 1, 2).formulas = [["=1", "x"]];
      await context.sync();
    });
    const [merged, written] = host.state.sheets[0]!.ranges;
    expect(merged).toMatchObject({ address: "AA1:AB2", calls: [{ name: "merge", args: [false] }] });
    expect(written).toMatchObject({ address: "A1:B1", formulas: [["=1", "x"]] });
    expect(host.state.sheets[0]!.merges).toEqual([{ top: 0, left: 26, bottom: 1, right: 27 }]);
  });
});
