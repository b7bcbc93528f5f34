import { repairFormulas } from "../../../src/taskpane/excel/repairFormulas";
import { fakeWorkbook } from "./insertFakeWorkbook";

describe("repairFormulas", () => {
  test("re-enters every PERF formula (stored or typed form) and nothing else, in at most 3 syncs", async () => {
    const wb = fakeWorkbook(["表"], {
      used: {
        top: 11,
        left: 2,
        formulas: [
          ["≥90%", "=_xldudf_PERF_SCORE(C12,D12,5)", "=SUM(D12:D13)"],
          ["text", '=IF(C13="","",PERF.CHECK(C13))', 5],
        ],
      },
    });
    const result = await repairFormulas(wb.context);
    expect(result).toEqual({ ok: true, count: 2, code: "TEMPLATE_REPAIR_DONE" });
    expect(wb.syncSpy.mock.calls.length).toBeLessThanOrEqual(3);
    const writes = wb.sheets[0]!.ranges.slice(1).map((r) => [r.address, r.formulas?.[0]?.[0]]);
    expect(writes).toEqual([
      ["D12", "=PERF.SCORE(C12,D12,5)"],
      ["D13", '=IF(C13="","",PERF.CHECK(C13))'],
    ]);
  });

  test("a sheet without PERF formulas is left alone", async () => {
    const wb = fakeWorkbook(["表"], { used: { formulas: [["=SUM(A2:A3)", 1]] } });
    expect(await repairFormulas(wb.context)).toEqual({ ok: true, count: 0, code: "TEMPLATE_REPAIR_NOTHING" });
    expect(wb.syncSpy).toHaveBeenCalledTimes(1);
  });

  test("an empty sheet is nothing to repair", async () => {
    const wb = fakeWorkbook(["表"]);
    expect(await repairFormulas(wb.context)).toEqual({ ok: true, count: 0, code: "TEMPLATE_REPAIR_NOTHING" });
  });

  test("an Excel failure is a catalogue code, never an exception", async () => {
    const wb = fakeWorkbook(["表"], { used: { formulas: [["=PERF.GRADE(A1)"]] }, failSync: 2 });
    const result = await repairFormulas(wb.context);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe("TEMPLATE_REPAIR_FAILED");
  });
});
