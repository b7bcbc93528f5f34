import { toRange } from "../../../src/core/address";
import { layoutMatrices, tableKinds } from "../../../src/core/templates";
import { insertTemplate } from "../../../src/taskpane/excel/insertTemplate";
import { fakeWorkbook, rangesCalling, type FakeSheet } from "./insertFakeWorkbook";

function blockWrite(sheet: FakeSheet) {
  const block = sheet.ranges.find((r) => r.formulas !== undefined);
  if (!block) throw new Error("no block write");
  return block;
}

describe.each(tableKinds.map((k) => [k.id] as const))("insertTemplate %s", (kindId) => {
  test("writes the whole layout into a new sheet in at most 3 syncs", async () => {
    const wb = fakeWorkbook(["Sheet1"]);
    const result = await insertTemplate(wb.context, kindId, { year: 2025 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(wb.syncSpy.mock.calls.length).toBeLessThanOrEqual(3);
    expect(wb.added).toHaveLength(1);
    const sheet = wb.added[0]!;
    expect(sheet.name).toBe(result.sheetName);
    expect(sheet.activated).toBe(true);

    const layout = result.layout;
    const block = blockWrite(sheet);
    expect(block.address).toBe(toRange(0, 0, layout.rowCount - 1, layout.colCount - 1));
    expect(block.formulas).toEqual(layoutMatrices(layout).formulas);
    expect(block.numberFormat).toEqual(layoutMatrices(layout).numberFormats);
    // PERF formulas go in typed form; the add-in resolves them.
    expect(
      block.formulas!.flat().filter((f) => typeof f === "string" && f.includes("PERF.")).length,
    ).toBeGreaterThan(0);

    const merged = rangesCalling(sheet, "merge").map((r) => r.address);
    expect(merged.sort()).toEqual([...layout.merges].sort());

    const validated = sheet.ranges.filter((r) => r.dataValidation.rule !== undefined);
    expect(validated.map((r) => r.address)).toEqual(layout.validations.map((v) => v.range));
    validated.forEach((r, i) => {
      const v = layout.validations[i]!;
      expect(r.dataValidation.rule).toEqual({ list: { inCellDropDown: true, source: v.values.join(",") } });
      expect((r.dataValidation.errorAlert as { style: string }).style).toBe(
        v.alert === "warning" ? "Warning" : "Stop",
      );
    });

    const cfs = sheet.ranges.flatMap((r) => r.conditionalFormats.items.map((cf) => ({ at: r.address, cf })));
    expect(cfs.map((c) => c.at)).toEqual(layout.conditionalFills.map((f) => f.range));
    for (const { cf } of cfs) {
      expect(cf.type).toBe("Custom");
      expect(String(cf.custom.rule.formula)).toMatch(/^=\$[A-Z]+\$?\d+<>""$/);
      expect(cf.custom.format.fill.color).toBe("#FFC7CE");
    }

    expect(sheet.pageLayout.paperSize).toBe("A4");
    expect(sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(sheet.pageLayout.printArea).toBe(layout.print.printArea);
    expect(sheet.pageLayout.orientation).toBe(kindId === "monitor" ? "Landscape" : "Portrait");
    expect(sheet.frozenRows).toEqual([layout.freeze.rows]);
  });
});

describe("insertTemplate", () => {
  test("never overwrites: a taken name gets (2), then (3)", async () => {
    const wb = fakeWorkbook(["绩效自评表2025", "绩效自评表2025 (2)"]);
    const result = await insertTemplate(wb.context, "self-eval", { year: 2025 });
    expect(result.ok && result.sheetName).toBe("绩效自评表2025 (3)");
    expect(wb.sheets.slice(0, 2).every((s) => s.ranges.length === 0)).toBe(true);
  });

  test("the filled example keeps targets written with '=' as text", async () => {
    const wb = fakeWorkbook();
    const result = await insertTemplate(wb.context, "self-eval", { year: 2024, example: true });
    expect(result.ok).toBe(true);
    const cells = blockWrite(wb.added[0]!).formulas!.flat();
    expect(cells).toContain("'=100.00(%)");
    expect(cells).toContain("≤17.52(万元)");
    expect(cells).toContain("信息化运维项目");
  });

  test("an unknown kind is a catalogue code, with no sync", async () => {
    const wb = fakeWorkbook();
    const result = await insertTemplate(wb.context, "nope");
    expect(result).toEqual({ ok: false, code: "TEMPLATE_UNKNOWN_KIND", params: expect.any(Object) });
    expect(wb.syncSpy).not.toHaveBeenCalled();
  });

  test("a failing write becomes TEMPLATE_INSERT_FAILED instead of an exception", async () => {
    const wb = fakeWorkbook(["Sheet1"], { failSync: 2 });
    const result = await insertTemplate(wb.context, "goal", { year: 2025 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe("TEMPLATE_INSERT_FAILED");
  });

  test("a refused print setup still inserts the table, with a warning", async () => {
    const wb = fakeWorkbook(["Sheet1"], { failSync: 3 });
    const result = await insertTemplate(wb.context, "goal", { year: 2025 });
    expect(result.ok && result.warnings).toEqual(["TEMPLATE_PAGE_LAYOUT_SKIPPED"]);
  });
});
