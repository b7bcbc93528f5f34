/**
 * The pane and portable formulas on the typed fake host: the default mode follows the host's
 * CustomFunctionsRuntime support (each case reported by the fake), a portable insert writes no PERF
 * call and hides and protects its helper columns, and "导出通用版" writes a converted copy on a new
 * sheet, leaving the original as it was.
 */
import { toA1 } from "../../../src/core/address";
import { buildTemplate, findKind, layoutMatrices } from "../../../src/core/templates";
import { PORTABLE_SIGNATURE } from "../../../src/core/templates/portable";
import { defaultFormulaMode } from "../../../src/taskpane/excel/defaultFormulaMode";
import { exportPortableCopy } from "../../../src/taskpane/excel/exportPortableCopy";
import { BLOCK_CHARACTERS } from "../../../src/taskpane/excel/writeFormulasInBlocks";
import { insertTemplate } from "../../../src/taskpane/excel/insertTemplate";
import { fakeHost } from "./fakeHost";

describe("default formula mode by the host's custom-function support", () => {
  test.each([
    ["1.3", "perf"],
    ["1.2", "perf"],
    ["1.1", "portable"],
    [null, "portable"],
  ] as const)("CustomFunctionsRuntime %s → %s", (version, mode) => {
    const host = fakeHost({ customFunctionsRuntime: version });
    expect(host.isSetSupported("CustomFunctionsRuntime", "1.2")).toBe(mode === "perf");
    expect(defaultFormulaMode()).toBe(mode);
    expect(defaultFormulaMode({ isSetSupported: host.isSetSupported })).toBe(mode);
  });

  test("outside Office (no requirements) the portable mode is the safe one", () => {
    (globalThis as Record<string, unknown>).Office = undefined;
    expect(defaultFormulaMode()).toBe("portable");
  });
});

describe("portable insert on the fake host", () => {
  test("writes no add-in call, hides and protects the helper columns", async () => {
    const host = fakeHost({ customFunctionsRuntime: null });
    const result = await host.Excel.run((context) =>
      insertTemplate(context, "self-eval", { year: 2025, formulas: defaultFormulaMode() }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const layout = result.layout;
    expect(layout.portable).toBeDefined();
    const sheet = host.sheet(result.sheetName);
    if (!sheet) throw new Error("no sheet");
    const block = sheet.ranges.find((r) => r.formulas !== undefined);
    expect(block?.formulas).toEqual(layoutMatrices(layout).formulas);
    const formulas = (block?.formulas ?? []).flat().filter((f): f is string => typeof f === "string");
    expect(formulas.filter((f) => /PERF\.|_xldudf_/i.test(f))).toEqual([]);
    expect(formulas.some((f) => f.startsWith("=SUMPRODUCT("))).toBe(true);
    const helpers = layout.portable?.helperColumns ?? [];
    const hidden = sheet.ranges.filter((r) => r.columnHidden === true);
    expect(hidden.map((r) => r.columnIndex)).toEqual([helpers[0]]);
    expect(hidden.every((r) => r.locked === true)).toBe(true);
    expect(sheet.ranges.some((r) => r.locked === false && r.columnIndex === 0)).toBe(true);
    expect(sheet.protection).toMatchObject({ allowInsertRows: true, allowDeleteColumns: false });
  });
});

describe("导出通用版 on the fake host", () => {
  test("a converted copy on a new sheet; the original keeps its PERF formulas", async () => {
    const host = fakeHost();
    const built = buildTemplate({ kind: "self-eval", example: true });
    if (!built.ok) throw new Error(built.code);
    const { formulas } = layoutMatrices(built.layout);
    const fixture = formulas.map((row) =>
      row.map((v) => (typeof v === "string" && v.startsWith("=") ? { f: v } : v)),
    );
    host.setCells(null, "A1", fixture);
    const original = host.state.sheets[0]!;
    // The original's look: a header fill, a merged title, protection (as the pane leaves a template).
    const header = toA1(built.layout.indicators.headerRow, 0);
    host.cell(null, header)!.fill = "#DDEBF7";
    original.merges.push({ top: 0, bottom: 0, left: 0, right: 5 });
    original.protection = { allowInsertRows: true };
    const before = [...original.cells.values()].map((c) => c.formula).filter((f) => f !== "");

    const result = await host.Excel.run((context) => exportPortableCopy(context));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rewritten).toBeGreaterThan(20);
    const after = [...original.cells.values()].map((c) => c.formula).filter((f) => f !== "");
    expect(after).toEqual(before);
    expect(after.some((f) => f.includes("PERF.SCORE"))).toBe(true);

    const copy = host.sheet(result.sheetName);
    if (!copy) throw new Error("no copy");
    expect(host.state.sheets).toHaveLength(2);
    const written = [...copy.cells.values()].map((c) => c.formula).filter((f) => f !== "");
    expect(written.filter((f) => /PERF\./.test(f))).toEqual([]);
    const signature = [...copy.cells.entries()].find(([, c]) => c.value === PORTABLE_SIGNATURE);
    expect(signature).toBeDefined();
    const ruleScore = built.layout.indicators.columns.ruleScore ?? -1;
    const first = toA1(built.layout.indicators.firstRow, ruleScore);
    expect(host.cell(result.sheetName, first)?.formula).toMatch(
      /^=IF\(COUNTA\(D\d+:F\d+\)<3,"",\([A-Z]+\d+\)\)$/,
    );
    expect(copy.protection).toBeDefined();
    // Excel copied the sheet whole: the fill and the merged title are there, the original unchanged.
    expect(host.cell(result.sheetName, header)?.fill).toBe("#DDEBF7");
    expect(copy.merges).toContainEqual({ top: 0, bottom: 0, left: 0, right: 5 });
    expect(original.protection).toEqual({ allowInsertRows: true });
    expect(host.state.sheets.map((s) => s.name)).toEqual([original.name, result.sheetName]);
  });

  test("a long sheet is written in blocks that each stay under Excel on the web's request limit", async () => {
    const host = fakeHost();
    const indicators = Array.from({ length: 120 }, (_, i) => ({
      level1: "产出指标",
      level2: "数量指标",
      name: `指标${i + 1}`,
      target: "≥90%",
      actual: "95%",
      weight: 0.5,
    }));
    const layout = findKind("self-eval")?.build({ year: 2025, unit: "万元" }, { indicators });
    if (!layout) throw new Error("self-eval kind missing");
    const built = { layout };
    const { formulas } = layoutMatrices(layout);
    host.setCells(
      null,
      "A1",
      formulas.map((row) => row.map((v) => (typeof v === "string" && v.startsWith("=") ? { f: v } : v))),
    );
    const result = await host.Excel.run((context) => exportPortableCopy(context));
    if (!result.ok) throw new Error(result.code);
    const copy = host.sheet(result.sheetName);
    const writes = (copy?.ranges ?? []).filter((r) => r.formulas !== undefined);
    const sizes = writes.map((r) =>
      (r.formulas ?? []).flat().reduce<number>((n, v) => n + (typeof v === "string" ? v.length : 8), 0),
    );
    expect(writes.length).toBeGreaterThan(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(BLOCK_CHARACTERS);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(5_000_000);
    const last = toA1(built.layout.indicators.lastRow, built.layout.indicators.columns.ruleScore ?? -1);
    expect(host.cell(result.sheetName, last)?.formula).not.toMatch(/PERF\./);
  });

  test("a sheet without PERF formulas is refused with a message, nothing added", async () => {
    const host = fakeHost();
    host.setCells(null, "A1", [["项目", 1]]);
    const result = await host.Excel.run((context) => exportPortableCopy(context));
    expect(result).toEqual({ ok: false, code: "TEMPLATE_EXPORT_NOTHING" });
    expect(host.state.sheets).toHaveLength(1);
  });
});
