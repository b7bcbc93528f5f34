import { toA1, toRange } from "../../../src/core/address";
import { buildTemplate, layoutMatrices, type Layout } from "../../../src/core/templates";
import { insertIndicatorRows, splitAreas } from "../../../src/taskpane/excel/insertIndicatorRows";
import { fakeWorkbook } from "./insertFakeWorkbook";

function layoutOf(kind: string): Layout {
  const built = buildTemplate({ kind, year: 2025 });
  if (!built.ok) throw new Error(built.code);
  return built.layout;
}

/** A workbook whose active sheet holds `layout` as Excel would report it (formulas, merges). */
function workbookWith(layout: Layout, activeRow: number) {
  return fakeWorkbook(["表"], {
    used: { formulas: layoutMatrices(layout).formulas, merges: layout.merges },
    activeRow,
  });
}

describe("insertIndicatorRows", () => {
  // Built in beforeAll rather than while jest collects the tests: a build failure fails these tests.
  let selfEval: Layout;
  let blocks: Layout["indicators"]["blocks"];
  beforeAll(() => {
    selfEval = layoutOf("self-eval");
    blocks = selfEval.indicators.blocks;
  });

  test("inside the table: rows go under the selected 二级, its merges grow, Excel stretches the sums", async () => {
    const block = blocks[0]!;
    const wb = workbookWith(selfEval, block.firstRow);
    const result = await insertIndicatorRows(wb.context, 3);
    expect(result).toEqual({ ok: true, firstRow: block.lastRow + 1, count: 3 });
    expect(wb.syncSpy.mock.calls.length).toBeLessThanOrEqual(3);

    const sheet = wb.sheets[0]!;
    const inserted = sheet.ranges.find((r) => r.calls.some((c) => c.name === "getEntireRow"));
    expect(inserted?.address).toBe(toRange(block.lastRow + 1, 0, block.lastRow + 3, 0));
    const entire = inserted?.calls.find((c) => c.name === "getEntireRow")?.args[0] as {
      calls: { name: string; args: unknown[] }[];
    };
    expect(entire.calls).toEqual([{ name: "insert", args: ["Down"] }]);

    const copied = sheet.ranges.find((r) => r.calls.some((c) => c.name === "copyFrom"));
    const copy = copied?.calls.find((c) => c.name === "copyFrom");
    expect(copied?.address).toBe(toRange(block.lastRow + 1, 2, block.lastRow + 3, 9));
    expect((copy?.args[0] as { address: string }).address).toBe(toRange(block.lastRow, 2, block.lastRow, 9));
    expect(copy?.args[1]).toBe("All");

    // Typed columns are emptied; the formula columns (得分, 规则得分, 检查) keep the copied formulas.
    const cleared = sheet.ranges.filter((r) => r.calls.some((c) => c.name === "clear")).map((r) => r.address);
    const cols = selfEval.indicators.columns;
    for (const col of [cols.name, cols.target, cols.actual!, cols.weight!, cols.deviation!]) {
      expect(cleared).toContain(toRange(block.lastRow + 1, col, block.lastRow + 3, col));
    }
    for (const col of [cols.score!, cols.ruleScore!, cols.check!]) {
      expect(cleared).not.toContain(toRange(block.lastRow + 1, col, block.lastRow + 3, col));
    }

    const level1 = blocks.filter((b) => b.level1 === block.level1);
    const remerged = sheet.ranges
      .filter((r) => r.calls.some((c) => c.name === "merge"))
      .map((r) => r.address);
    expect(remerged).toEqual([
      toRange(level1[0]!.firstRow, 0, level1[level1.length - 1]!.lastRow + 3, 0),
      toRange(block.firstRow, 1, block.lastRow + 3, 1),
    ]);
    // Inserted strictly inside the sums' ranges: Excel stretches them itself, nothing is rewritten.
    expect(
      sheet.ranges.filter((r) => r.formulas !== undefined && r.address !== sheet.ranges[0]!.address),
    ).toEqual([]);
  });

  test("under the last 二级: the footer's sums are rewritten to take the new rows in", async () => {
    const last = blocks[blocks.length - 1]!;
    const wb = workbookWith(selfEval, last.lastRow);
    const result = await insertIndicatorRows(wb.context, 2);
    expect(result.ok).toBe(true);
    const sheet = wb.sheets[0]!;
    const written = new Map(
      sheet.ranges
        .filter((r) => r.formulas && r.address !== sheet.ranges[0]!.address)
        .map((r) => [r.address, r.formulas![0]![0]]),
    );
    const first = selfEval.indicators.firstRow + 1;
    const end = selfEval.indicators.lastRow + 1 + 2;
    const totalRow = selfEval.indicators.lastRow + 1 + 2;
    expect(written.get(toA1(totalRow, 5))).toBe(`=SUM(F${first}:F${end},F6)`);
    expect(written.get(toA1(totalRow, 6))).toBe(`=SUM(G${first}:G${end},H6)`);
    expect(written.get(toA1(totalRow + 1, 1))).toBe(
      `=IF(COUNT(G${first}:G${end},H6)=0,"",PERF.GRADE(G${totalRow + 1}))`,
    );
  });

  test("monitoring table: a two-row header, 二级 blocks found the same way", async () => {
    const monitor = layoutOf("monitor");
    const block = monitor.indicators.blocks[3]!;
    const wb = workbookWith(monitor, block.lastRow);
    expect(await insertIndicatorRows(wb.context, 1)).toEqual({
      ok: true,
      firstRow: block.lastRow + 1,
      count: 1,
    });
  });

  test("2019 form without 二级: rows go under the 一级 and only its merge grows", async () => {
    const form = layoutOf("application-sh2019");
    const block = form.indicators.blocks[1]!;
    const wb = workbookWith(form, block.firstRow);
    expect(await insertIndicatorRows(wb.context, 2)).toEqual({
      ok: true,
      firstRow: block.lastRow + 1,
      count: 2,
    });
    const remerged = wb.sheets[0]!.ranges.filter((r) => r.calls.some((c) => c.name === "merge")).map(
      (r) => r.address,
    );
    expect(remerged).toEqual([toRange(block.firstRow, 0, block.lastRow + 2, 0)]);
  });

  test("an Excel before ExcelApi 1.13 (no getMergedAreasOrNullObject) is refused before any write", async () => {
    const block = blocks[0]!;
    const wb = fakeWorkbook(["表"], {
      used: { formulas: layoutMatrices(selfEval).formulas, merges: selfEval.merges },
      activeRow: block.firstRow,
      apiVersion: "1.12",
    });
    const before = JSON.stringify(wb.sheets);
    expect(await insertIndicatorRows(wb.context, 2)).toEqual({
      ok: false,
      code: "TEMPLATE_INSERT_ROWS_NEEDS_1_13",
    });
    expect(JSON.stringify(wb.sheets)).toBe(before);
    expect(wb.syncSpy).not.toHaveBeenCalled();
    // the same workbook at 1.13 inserts
    const modern = fakeWorkbook(["表"], {
      used: { formulas: layoutMatrices(selfEval).formulas, merges: selfEval.merges },
      activeRow: block.firstRow,
      apiVersion: "1.13",
    });
    expect((await insertIndicatorRows(modern.context, 2)).ok).toBe(true);
  });

  test("a selection outside the indicator rows is refused with a catalogue code", async () => {
    const wb = workbookWith(selfEval, 3);
    expect(await insertIndicatorRows(wb.context, 1)).toEqual({
      ok: false,
      code: "TEMPLATE_NOT_IN_INDICATORS",
    });
    expect(wb.syncSpy).toHaveBeenCalledTimes(1);
  });

  test("a bad row count is refused", async () => {
    const wb = workbookWith(selfEval, blocks[0]!.firstRow);
    const result = await insertIndicatorRows(wb.context, 0);
    expect(result).toEqual({ ok: false, code: "TEMPLATE_INVALID_ROW_COUNT", params: { count: "0" } });
  });

  test("merged areas as Excel reports them", () => {
    expect(splitAreas("Sheet1!$A$13:$A$18, Sheet1!B13:B14,'x y'!C1")).toEqual(["A13:A18", "B13:B14", "C1"]);
  });
});
