import { repairFormulas } from "../../../src/taskpane/excel/repairFormulas";
import { countSyncs, fakeHost } from "./fakeHost";
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
    expect(result).toEqual({ ok: true, count: 2, sheets: 1, code: "TEMPLATE_REPAIR_DONE" });
    expect(wb.syncSpy.mock.calls.length).toBeLessThanOrEqual(3);
    const writes = wb.sheets[0]!.ranges.filter((r) => r.formulas).map((r) => [
      r.address,
      r.formulas?.[0]?.[0],
    ]);
    expect(writes).toEqual([
      ["D12", "=PERF.SCORE(C12,D12,5)"],
      ["D13", '=IF(C13="","",PERF.CHECK(C13))'],
    ]);
  });

  test("works on every sheet of the workbook, not only the active one, still in 3 syncs", async () => {
    const host = fakeHost({ sheets: ["目标表", "自评表", "说明"] });
    host.setCells("目标表", "A1", [[{ f: "=PERF.CHECK(B1)" }, "≥90%"]]);
    host.setCells("自评表", "G19", [[{ f: "=PERF.SCORE(D19,F19,5)" }], [{ f: "=PERF.GRADE(G19)" }]]);
    host.setCells("说明", "A1", [["no formulas here"]]);
    const { result, syncs } = await countSyncs(host, (context) => repairFormulas(context));
    expect(result).toEqual({ ok: true, count: 3, sheets: 2, code: "TEMPLATE_REPAIR_DONE" });
    expect(syncs).toBeLessThanOrEqual(3);
  });

  test("on opening: only the PERF formulas showing #NAME?, on any sheet; their values come back", async () => {
    const host = fakeHost({ sheets: ["Sheet1", "自评表"] });
    host.setCells("Sheet1", "A1", [[{ f: "=PERF.GRADE(98.99)" }]]); // healthy: left alone
    host.setCells("自评表", "G19", [
      [{ f: "=_xldudf_PERF_SCORE(D19,F19,5)", shows: "#NAME?" }],
      [{ f: "=SUM(G19)", shows: "#NAME?" }], // #NAME? but not ours: left alone
    ]);
    const { result } = await countSyncs(host, (context) => repairFormulas(context, { onlyNameErrors: true }));
    expect(result).toEqual({ ok: true, count: 1, sheets: 1, code: "TEMPLATE_REPAIR_DONE" });
    expect(host.cell("自评表", "G19")).toMatchObject({ formula: "=PERF.SCORE(D19,F19,5)" });
    expect(host.cell("自评表", "G19")?.shows).toBeUndefined();
    expect(host.cell("自评表", "G20")?.shows).toBe("#NAME?");
    // a healthy workbook: nothing written
    const healthy = fakeHost();
    healthy.setCells(null, "A1", [[{ f: "=PERF.GRADE(98.99)" }]]);
    const { result: none, syncs } = await countSyncs(healthy, (context) =>
      repairFormulas(context, { onlyNameErrors: true }),
    );
    expect(none).toEqual({ ok: true, count: 0, sheets: 0, code: "TEMPLATE_REPAIR_NOTHING" });
    expect(syncs).toBe(2); // the reads only
  });

  test("a sheet without PERF formulas is left alone", async () => {
    const wb = fakeWorkbook(["表"], { used: { formulas: [["=SUM(A2:A3)", 1]] } });
    expect(await repairFormulas(wb.context)).toEqual({
      ok: true,
      count: 0,
      sheets: 0,
      code: "TEMPLATE_REPAIR_NOTHING",
    });
    expect(wb.syncSpy).toHaveBeenCalledTimes(2);
  });

  test("an empty workbook is nothing to repair", async () => {
    const wb = fakeWorkbook(["表"]);
    expect(await repairFormulas(wb.context)).toMatchObject({
      ok: true,
      count: 0,
      code: "TEMPLATE_REPAIR_NOTHING",
    });
  });

  test("an Excel failure is a catalogue code, never an exception", async () => {
    const wb = fakeWorkbook(["表"], { used: { formulas: [["=PERF.GRADE(A1)"]] }, failSync: 3 });
    const result = await repairFormulas(wb.context);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe("TEMPLATE_REPAIR_FAILED");
  });
});
