import type { Finding } from "../../../src/core/validation/finding";
import { clearMarks } from "../../../src/taskpane/excel/clearMarks";
import { markFindings } from "../../../src/taskpane/excel/markFindings";
import { MARK_COLOURS, MARK_RECORD_KEY } from "../../../src/taskpane/excel/markRecord";
import { countSyncs, fakeHost, type FakeHost } from "./fakeHost";

const err = (cell: string, sheet?: string): Finding => ({
  cell,
  code: "STRUCTURE_NAME_EMPTY",
  severity: "error",
  ...(sheet ? { sheet } : {}),
});
const warn = (cell: string): Finding => ({ cell, code: "STRUCTURE_NAME_EMPTY", severity: "warning" });

/** A1 no fill; B1 green fill, blue font; C1 explicit white fill; D1 a formula; E1 red font, no fill. */
function seeded(apiVersion = "1.14"): FakeHost {
  const host = fakeHost({ apiVersion });
  host.setCells(null, "A1", [["≥90%", "合理", 5, { f: "=1" }, "x"]]);
  Object.assign(host.cell(null, "B1")!, { fill: "#00FF00", font: "#0000FF" });
  Object.assign(host.cell(null, "C1")!, { fill: "#FFFFFF" });
  Object.assign(host.cell(null, "E1")!, { font: "#FF0000" });
  return host;
}

const snapshot = (host: FakeHost) => ["A1", "B1", "C1", "D1", "E1"].map((a) => ({ ...host.cell(null, a)! }));

describe.each(["1.14", "1.8"])("markFindings and clearMarks (ExcelApi %s)", (apiVersion) => {
  it("marks errors and warnings in two colours, then restores every cell's own format exactly", async () => {
    const host = seeded(apiVersion);
    const before = snapshot(host);
    const findings = [err("A1"), warn("B1"), err("C1"), err("D1"), warn("E1"), warn("A1")];
    const marked = await countSyncs(host, (ctx) => markFindings(ctx, findings));
    expect(marked.syncs).toBe(2);
    expect(marked.result).toEqual({ errors: 3, warnings: 2, restored: 0 });
    // the fill marks; the font keeps its own colour
    expect(host.cell(null, "A1")).toMatchObject({ fill: MARK_COLOURS.error.fill, font: before[0]!.font });
    expect(host.cell(null, "B1")).toMatchObject({ fill: MARK_COLOURS.warning.fill, font: "#0000FF" });
    expect(host.cell(null, "D1")).toMatchObject({ formula: "=1", fill: MARK_COLOURS.error.fill });
    expect(MARK_COLOURS.error.fill).not.toBe(MARK_COLOURS.warning.fill);
    expect(host.state.settings.has(MARK_RECORD_KEY)).toBe(true);

    const cleared = await countSyncs(host, (ctx) => clearMarks(ctx));
    expect(cleared.syncs).toBe(2);
    expect(cleared.result).toBe(5);
    const after = snapshot(host);
    if (apiVersion === "1.8") {
      // without the fill pattern (ExcelApi 1.9) an explicit white fill cannot be told from no fill
      expect(after[2]!.fill).toBeNull();
      after[2]!.fill = before[2]!.fill;
    }
    expect(after).toEqual(before);
    expect(host.state.settings.has(MARK_RECORD_KEY)).toBe(false);
  });

  it("keeps the original when a marked cell is marked again, and takes stale marks off", async () => {
    const host = seeded(apiVersion);
    const before = snapshot(host);
    await host.Excel.run((ctx) => markFindings(ctx, [err("B1"), err("E1")]));
    const second = await host.Excel.run((ctx) => markFindings(ctx, [warn("B1")]));
    expect(second).toEqual({ errors: 0, warnings: 1, restored: 1 });
    expect(host.cell(null, "E1")).toEqual(before[4]);
    expect(host.cell(null, "B1")!.fill).toBe(MARK_COLOURS.warning.fill);
    await host.Excel.run((ctx) => clearMarks(ctx));
    expect(snapshot(host)[1]).toEqual(before[1]);
  });
});

describe("marks across sheets and request contexts", () => {
  it("restores from the record in the workbook in a later session, skipping deleted sheets", async () => {
    const host = fakeHost({ sheets: ["目标表", "自评表"] });
    host.setCells("目标表", "A1", [["a"]]);
    host.setCells("自评表", "A1", [["b"]]);
    Object.assign(host.cell("自评表", "A1")!, { fill: "#123456" });
    await host.Excel.run((ctx) => markFindings(ctx, [err("A1", "目标表"), err("A1", "自评表")]));
    // "reload": only the workbook settings and the cells survive; a new request context reads them
    const stored = JSON.parse(String(host.state.settings.get(MARK_RECORD_KEY)));
    expect(Object.keys(stored.sheets).sort()).toEqual(["目标表", "自评表"]);
    const restored = await host.Excel.run((ctx) => clearMarks(ctx, { sheetName: "自评表" }));
    expect(restored).toBe(1);
    expect(host.cell("自评表", "A1")).toMatchObject({ value: "b", fill: "#123456", font: "#000000" });
    expect(host.cell("目标表", "A1")!.fill).toBe(MARK_COLOURS.error.fill);
    host.state.sheets.splice(0, 1); // 目标表 deleted by the user
    expect(await host.Excel.run((ctx) => clearMarks(ctx))).toBe(0);
    expect(host.state.settings.has(MARK_RECORD_KEY)).toBe(false);
  });

  it("marks 5,000 findings in two syncs", async () => {
    const host = fakeHost();
    const rows = Array.from({ length: 5000 }, (_, i) => [`指标${i}`, i % 3 === 0 ? "" : "≥90%"]);
    host.setCells(null, "A1", rows);
    const findings = rows.map((_, i) => (i % 2 ? err(`B${i + 1}`) : warn(`A${i + 1}`)));
    const { syncs, result } = await countSyncs(host, (ctx) => markFindings(ctx, findings));
    expect(syncs).toBe(2);
    expect(result.errors + result.warnings).toBe(5000);
    expect(host.cell(null, "B5000")!.fill).toBe(MARK_COLOURS.error.fill);
    expect((await countSyncs(host, (ctx) => clearMarks(ctx))).syncs).toBe(2);
    expect(host.cell(null, "B5000")!.fill).toBeNull();
    expect(host.cell(null, "B5000")!.value).toBe("≥90%");
  });

  it("ignores info findings and bad addresses", async () => {
    const host = fakeHost();
    host.setCells(null, "A1", [["x"]]);
    const result = await host.Excel.run((ctx) =>
      markFindings(ctx, [{ cell: "A1", code: "STRUCTURE_NAME_EMPTY", severity: "info" }, err("not-a-cell")]),
    );
    expect(result).toEqual({ errors: 0, warnings: 0, restored: 0 });
    expect(host.cell(null, "A1")!.fill).toBeNull();
  });
});

describe("clearMarks gives back what the API can read (ExcelApi 1.9+)", () => {
  it("restores a pattern fill with its colour, a theme-like tint, and never touches an automatic font", async () => {
    const host = fakeHost({ apiVersion: "1.14" });
    host.setCells(null, "A1", [["≥90%", "合理", "x"]]);
    // A1: light-down pattern in red on yellow, tinted; B1: a tinted (theme) fill; C1: automatic font
    Object.assign(host.cell(null, "A1")!, {
      fill: "#FFFF00",
      pattern: "LightDown",
      patternColor: "#FF0000",
      patternTint: -0.25,
      tint: 0.4,
    });
    Object.assign(host.cell(null, "B1")!, { fill: "#4472C4", tint: 0.6 });
    Object.assign(host.cell(null, "C1")!, { fontAutomatic: true });
    const before = ["A1", "B1", "C1"].map((a) => ({ ...host.cell(null, a)! }));
    await host.Excel.run((ctx) => markFindings(ctx, [err("A1"), warn("B1"), err("C1")]));
    expect(host.cell(null, "A1")).toMatchObject({ fill: MARK_COLOURS.error.fill });
    expect(host.cell(null, "A1")?.pattern).toBeUndefined(); // the mark is a plain fill
    expect(host.cell(null, "C1")?.fontAutomatic).toBe(true); // marking left the font alone
    await host.Excel.run((ctx) => clearMarks(ctx));
    expect(["A1", "B1", "C1"].map((a) => ({ ...host.cell(null, a)! }))).toEqual(before);
  });

  it("still restores the font colour of a record written when marks changed fonts", async () => {
    const host = fakeHost({ apiVersion: "1.14" });
    host.setCells(null, "A1", [["x"]]);
    Object.assign(host.cell(null, "A1")!, { fill: "#FDE7E9", font: "#A4262C" });
    host.state.settings.set(
      MARK_RECORD_KEY,
      JSON.stringify({ v: 1, sheets: { Sheet1: { A1: [null, "#0000FF"] } } }),
    );
    expect(await host.Excel.run((ctx) => clearMarks(ctx))).toBe(1);
    expect(host.cell(null, "A1")).toMatchObject({ fill: null, font: "#0000FF" });
  });
});
