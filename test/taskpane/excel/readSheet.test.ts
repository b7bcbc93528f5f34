import { readSheet, splitAreaAddresses } from "../../../src/taskpane/excel/readSheet";
import { countSyncs, fakeHost } from "./fakeHost";

describe("readSheet", () => {
  it("reads values, formulas, errors, origin and merges in one sync (a sheet of ordinary size)", async () => {
    const host = fakeHost();
    host.setCells(null, "B2", [
      ["项目名称", "热线", 12.5],
      [{ f: "=1" }, "#N/A", "=100%"],
    ]);
    host.state.sheets[0]!.merges.push({ top: 1, left: 2, bottom: 1, right: 3 });
    const { result: grid, syncs } = await countSyncs(host, (ctx) => readSheet(ctx));
    expect(syncs).toBe(1);
    expect(grid.origin).toBe("B2");
    expect(grid.sheet).toBe("Sheet1");
    expect(grid.values).toEqual([
      ["项目名称", "热线", 12.5],
      [1, { error: "#N/A" }, "=100%"],
    ]);
    expect(grid.formulas?.[1]?.[0]).toBe("=1");
    expect(grid.formulas?.[0]?.[0]).toBe("");
    // a text constant that starts with "=" (typed as '=100%) is not a formula
    expect(grid.formulas?.[1]?.[2]).toBe("");
    expect(grid.merges).toEqual(["C2:D2"]);
  });

  it("reads a number under a percentage format as the text the user sees, like the command line", async () => {
    const host = fakeHost();
    host.setCells(null, "A1", [[0.9, 0.8925, 0.9]]);
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:B1").numberFormat = [["0%", "0.00%"]];
      await ctx.sync();
    });
    const grid = await host.Excel.run((ctx) => readSheet(ctx));
    expect(grid.values).toEqual([["90%", "89.25%", 0.9]]);
  });

  it("reads a date serial under a date format as the date text the command line shows", async () => {
    const host = fakeHost();
    host.setCells(null, "A1", [[45219, 45219, 10]]);
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:B1").numberFormat = [
        ["yyyy/m/d", '"完成于"yyyy"年"m"月"d"日"'],
      ];
      await ctx.sync();
    });
    const grid = await host.Excel.run((ctx) => readSheet(ctx));
    expect(grid.values).toEqual([["2023-10-20", "2023-10-20", 10]]);
  });

  it("reads without merges where getMergedAreasOrNullObject is missing (ExcelApi < 1.13)", async () => {
    const host = fakeHost({ apiVersion: "1.12", mergedAreas: false });
    host.setCells(null, "A1", [["一级指标", "二级指标"]]);
    const { result: grid, syncs } = await countSyncs(host, (ctx) => readSheet(ctx));
    expect(syncs).toBe(1);
    expect(grid.values).toEqual([["一级指标", "二级指标"]]);
    expect(grid.merges).toEqual([]);
  });

  it("reads a sheet with 600 merged areas (Excel refuses more than 512 in one request) by halves", async () => {
    const host = fakeHost();
    host.setCells(
      null,
      "A1",
      Array.from({ length: 600 }, (_, r) => [`一级${r}`, `二级${r}`, ""]),
    );
    for (let r = 0; r < 600; r++) host.state.sheets[0]!.merges.push({ top: r, left: 1, bottom: r, right: 2 });
    // the one-request read is refused as Excel refuses it
    await expect(
      host.Excel.run(async (ctx) => {
        const areas = ctx.workbook.worksheets
          .getActiveWorksheet()
          .getRange("A1:C600")
          .getMergedAreasOrNullObject();
        areas.load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    const { result: grid, syncs } = await countSyncs(host, (ctx) => readSheet(ctx));
    expect(grid.values).toHaveLength(600);
    expect(new Set(grid.merges).size).toBe(600);
    expect(grid.merges).toContain("B600:C600");
    expect(syncs).toBeLessThanOrEqual(6); // refused, size, cells, merges refused, two halves
  });

  it("reads a 20,000-row sheet in blocks when one request would be over the size Excel on the web allows", async () => {
    const cap = 100_000; // cells per sync, the fake's stand-in for 5 MB
    const host = fakeHost({ maxCellsPerSync: cap });
    const rows = Array.from({ length: 20_000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => (c === 0 ? `第${r + 1}行` : r * 10 + c)),
    );
    host.setCells(null, "B3", rows);
    host.setCells(null, "C5", [[{ f: "=1" }]]);
    host.state.sheets[0]!.merges.push(
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 19_000, left: 2, bottom: 19_000, right: 4 },
    );
    const { result: grid, syncs } = await countSyncs(host, (ctx) => readSheet(ctx));
    expect(grid.origin).toBe("B3");
    expect(grid.values).toHaveLength(20_000);
    expect(grid.values[19_999]).toEqual(rows[19_999]);
    expect(grid.values[2]?.[1]).toBe(1);
    expect(grid.formulas?.[2]?.[1]).toBe("=1");
    expect([...(grid.merges ?? [])].sort()).toEqual(["B3:B4", "C19001:E19001"]);
    // refused once, then the size, four blocks of 50,000 cells, the merged areas
    expect(syncs).toBe(7);
  });

  it("gives an empty grid for an empty sheet and reads a named sheet", async () => {
    const host = fakeHost({ sheets: ["Sheet1", "自评表"] });
    host.setCells("自评表", "C3", [["总分"]]);
    expect((await host.Excel.run((ctx) => readSheet(ctx))).values).toEqual([]);
    const named = await host.Excel.run((ctx) => readSheet(ctx, { sheetName: "自评表" }));
    expect(named.values).toEqual([["总分"]]);
    expect(named.origin).toBe("C3");
  });
});

describe("splitAreaAddresses", () => {
  it.each([
    ["Sheet1!A1:B2,Sheet1!C3", ["A1:B2", "C3"]],
    ["'My, sheet'!$A$1:$A$4, 'My, sheet'!D5:E5", ["A1:A4", "D5:E5"]],
    ["A1:B2", ["A1:B2"]],
    ["", []],
  ])("%s", (address, expected) => {
    expect(splitAreaAddresses(address)).toEqual(expected);
  });
});
