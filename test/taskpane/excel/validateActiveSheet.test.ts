import { MARK_COLOURS } from "../../../src/taskpane/excel/markRecord";
import { validateActiveSheet } from "../../../src/taskpane/excel/validateActiveSheet";
import fixture from "../../fixtures/taskpane/selfEvalSheet.json";
import { countSyncs, fakeHost, loadSheetFixture } from "./fakeHost";

describe("validateActiveSheet", () => {
  it("finds the table, validates it and marks its findings' cells", async () => {
    const host = fakeHost();
    loadSheetFixture(host, fixture);
    const { result, syncs } = await countSyncs(host, (ctx) => validateActiveSheet(ctx));
    expect(syncs).toBeLessThanOrEqual(4);
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0]!.validation.total).toBe(98.99);
    const errors = result.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) expect(host.cell(null, f.cell)!.fill).toBe(MARK_COLOURS.error.fill);
    expect(result.marks.errors).toBe(new Set(errors.map((f) => f.cell)).size);
    // findings come errors first
    const order = result.findings.map((f) => f.severity);
    expect(order.indexOf("warning")).toBeGreaterThan(order.lastIndexOf("error"));
  });

  it("validates a 5,000-row sheet in at most 4 syncs and changes no value", async () => {
    const host = fakeHost();
    const head = fixture.rows.slice(0, 8);
    const body = Array.from({ length: 5000 }, (_, i) => [
      "",
      "",
      `指标${i}`,
      i % 7 ? "≥90%" : "90%",
      "",
      1,
      "",
      "",
    ]);
    loadSheetFixture(host, { rows: [...head, ...body, ["总分", "", "", "", "", 100, "", ""]] });
    const before = host.cell(null, "D15")!.value;
    const { result, syncs } = await countSyncs(host, (ctx) => validateActiveSheet(ctx));
    expect(syncs).toBeLessThanOrEqual(4);
    expect(result.tables[0]!.table.indicators.length).toBeGreaterThanOrEqual(5000);
    expect(result.findings.length).toBeGreaterThan(100);
    expect(host.cell(null, "D15")!.value).toBe(before);
  });

  it("gives no tables and no marks on a sheet without a table", async () => {
    const host = fakeHost();
    host.setCells(null, "A1", [["随便写的", 1]]);
    const result = await host.Excel.run((ctx) => validateActiveSheet(ctx));
    expect(result.tables).toEqual([]);
    expect(result.findings).toEqual([]);
  });
});
