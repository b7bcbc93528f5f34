import { libraryEntries, searchLibrary, type LibraryEntry } from "../../../src/core/library";
import { insertLibraryIndicator } from "../../../src/taskpane/excel/insertLibraryIndicator";
import { readSheet } from "../../../src/taskpane/excel/readSheet";
import { recogniseTables } from "../../../src/core/tables";
import fixture from "../../fixtures/taskpane/selfEvalSheet.json";
import { countSyncs, fakeHost, loadSheetFixture } from "./fakeHost";

const entry = (name: string): LibraryEntry => libraryEntries.national.find((e) => e.name === name)!;

async function tableRows(host: ReturnType<typeof fakeHost>) {
  const grid = await host.Excel.run((ctx) => readSheet(ctx));
  return recogniseTables(grid)[0]!.indicators.map((r) => [
    r.level1.value,
    r.level2.value,
    r.name.value,
    r.target.value,
  ]);
}

describe("insertLibraryIndicator", () => {
  it("puts the row at the end of its 二级 and extends the merged 一级/二级 over it", async () => {
    const host = fakeHost();
    loadSheetFixture(host, fixture);
    host.state.selection = { sheet: "Sheet1", address: "C10" };
    const { result, syncs } = await countSyncs(host, (ctx) => insertLibraryIndicator(ctx, entry("培训人数")));
    expect(syncs).toBeLessThanOrEqual(3);
    expect(result).toEqual({ ok: true, address: "C11", sheet: "Sheet1" });
    const rows = await tableRows(host);
    expect(rows[3]).toEqual(["产出指标", "数量指标", "培训人数", "≥500人"]);
    expect(rows[4]).toEqual(["产出指标", "质量指标", "系统运维验收通过率", "=100.00(%)"]);
    const merges = host.state.sheets[0]!.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`);
    expect(merges).toContain("8,0,13,0"); // A9:A14 — 产出指标 grew by the new row
    expect(merges).toContain("8,1,10,1"); // B9:B11 — 数量指标 grew too
    expect(host.state.selection).toEqual({ sheet: "Sheet1", address: "C11" });
    expect(host.cell(null, "F11")?.value).toBe(""); // weight left for the user
  });

  it("adds a new 二级 at the end of its 一级 with the label written", async () => {
    const host = fakeHost();
    loadSheetFixture(host, fixture);
    await host.Excel.run((ctx) => insertLibraryIndicator(ctx, entry("绿化覆盖率")));
    const rows = await tableRows(host);
    const i = rows.findIndex((r) => r[2] === "绿化覆盖率");
    expect(rows[i]).toEqual(["效益指标", "生态效益指标", "绿化覆盖率", "≥40%"]);
    expect(rows[i - 1]![2]).toBe("应急响应机制健全性");
    expect(rows[i + 1]![0]).toBe("满意度指标");
  });

  it("writes a target such as =100% as text, not as a formula", async () => {
    const host = fakeHost();
    loadSheetFixture(host, fixture);
    const result = await host.Excel.run((ctx) => insertLibraryIndicator(ctx, entry("按时完成率")));
    expect(result.ok).toBe(true);
    const row = result.ok ? Number(result.address.slice(1)) : 0;
    expect(host.cell(null, `D${row}`)).toMatchObject({ value: "=100%", formula: "" });
    expect(host.cell(null, `C${row - 1}`)?.value).toBe("系统应急响应及时率");
  });

  it("grows the footer's sums when the row goes at the end of the indicators", async () => {
    const host = fakeHost();
    const rows: unknown[][] = fixture.rows.map((r) => [...r]);
    rows[19]![5] = { f: "=SUM(F8:F19)" };
    rows[19]![6] = { f: "=ROUND(SUM(G8:G19),2)" };
    loadSheetFixture(host, { rows, merges: fixture.merges });
    const result = await host.Excel.run((ctx) => insertLibraryIndicator(ctx, entry("受益对象满意度")));
    expect(result).toEqual({ ok: true, address: "C20", sheet: "Sheet1" });
    expect(host.cell(null, "A21")?.value).toBe("总分");
    expect(host.cell(null, "F21")?.formula).toBe("=SUM(F8:F20)");
    expect(host.cell(null, "G21")?.formula).toBe("=ROUND(SUM(G8:G20),2)");
  });

  it("leaves the footer alone when the row goes inside the block", async () => {
    const host = fakeHost();
    const rows: unknown[][] = fixture.rows.map((r) => [...r]);
    rows[19]![5] = { f: "=SUM(F8:F19)" };
    loadSheetFixture(host, { rows, merges: fixture.merges });
    await host.Excel.run((ctx) => insertLibraryIndicator(ctx, entry("培训人数")));
    // Excel itself stretches SUM(F8:F19) for a row inserted inside it; the fake leaves the text as is
    expect(host.cell(null, "F21")?.formula).toBe("=SUM(F8:F19)");
  });

  it("places an indicator picked from the other framework's list under this table's 一级/二级", async () => {
    const host = fakeHost();
    loadSheetFixture(host, fixture);
    const shanghai = libraryEntries.sh2020.find((e) => e.name === "预算执行率")!;
    expect(shanghai.level1).toBe("投入与管理");
    const result = await host.Excel.run((ctx) => insertLibraryIndicator(ctx, shanghai));
    expect(result).toEqual({ ok: true, address: "C9", sheet: "Sheet1" });
    expect((await tableRows(host))[1]).toEqual(["成本指标", "经济成本指标", "预算执行率", "≥95%"]);
  });

  it("reports when the sheet has no table", async () => {
    const host = fakeHost();
    const result = await host.Excel.run((ctx) => insertLibraryIndicator(ctx, searchLibrary("ysz")[0]!));
    expect(result).toEqual({ ok: false, reason: "NO_TABLE" });
  });
});
