/**
 * The tests' fake Excel host (test/support/fakeExcel.ts) set up for the template adapters, whose tests
 * check the calls made on each range (merges, validations, conditional formats, page layout) as well
 * as the cells: a workbook of `existing` sheets, the first holding `used` if given, a counted sync that
 * can be made to fail.
 */
import { parseRange, toA1 } from "../../../src/core/address";
import { createFakeExcel, type FakeSheetState, type RangeRecord } from "../../support/fakeExcel";

export type FakeSheet = FakeSheetState;
export type FakeRange = RangeRecord;

export interface UsedRangeSeed {
  readonly formulas: unknown[][];
  readonly top?: number;
  readonly left?: number;
  readonly merges?: readonly string[];
}

export interface FakeWorkbook {
  readonly context: Excel.RequestContext;
  readonly sheets: FakeSheet[];
  /** Added by the code under test. */
  readonly added: FakeSheet[];
  readonly syncSpy: jest.SpyInstance;
}

/** A context over `existing` sheets; the active sheet is the first, the active cell in row `activeRow`. */
export function fakeWorkbook(
  existing: readonly string[] = ["Sheet1"],
  options: { used?: UsedRangeSeed; activeRow?: number; failSync?: number; apiVersion?: string } = {},
): FakeWorkbook {
  const host = createFakeExcel({
    sheets: existing,
    ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}),
  });
  // isExcelApiSupported asks Office: it answers for this workbook's ExcelApi version (1.14 unless given)
  (globalThis as Record<string, unknown>).Office = {
    context: { requirements: { isSetSupported: host.isSetSupported }, displayLanguage: "zh-CN" },
  };
  const first = host.state.sheets[0]!;
  if (options.used) {
    const { formulas, top = 0, left = 0, merges = [] } = options.used;
    // Formulas as Excel holds them: "=..." a formula, anything else a value.
    const cells = formulas.map((row) =>
      row.map((v) => (typeof v === "string" && v.startsWith("=") ? { f: v } : v)),
    );
    host.setCells(first.name, toA1(top, left), cells);
    for (const m of merges) {
      const rect = parseRange(m);
      if (!rect) throw new Error(`not an A1 range: ${m}`);
      first.merges.push(rect);
    }
  }
  host.state.selection = { sheet: first.name, address: toA1(options.activeRow ?? 0, 0) };
  const before = host.state.sheets.length;
  const context = host.context();
  const sync = context.sync.bind(context);
  let syncs = 0;
  const syncSpy = jest.spyOn(context, "sync").mockImplementation(async () => {
    syncs += 1;
    if (options.failSync === syncs) throw new Error("InvalidArgument: fake failure");
    await sync();
  });
  return {
    context,
    sheets: host.state.sheets,
    get added() {
      return host.state.sheets.slice(before);
    },
    syncSpy,
  };
}

/** The ranges of `sheet` on which `name` was called. */
export function rangesCalling(sheet: FakeSheet, name: string): FakeRange[] {
  return sheet.ranges.filter((r) => r.calls.some((c) => c.name === name));
}
