/* The tests' fake Excel host (test/support/fakeExcel.ts), with Office and Excel installed globally. */
import { parseRange } from "../../../src/core/address";
import { createFakeExcel, type FakeHost, type FakeOptions } from "../../support/fakeExcel";

export type { FakeHost } from "../../support/fakeExcel";

/** A fresh fake workbook; `Office.context.requirements` answers for ExcelApi `apiVersion`. */
export function fakeHost(options: FakeOptions = {}): FakeHost {
  const host = createFakeExcel(options);
  (globalThis as Record<string, unknown>).Office = {
    context: { requirements: { isSetSupported: host.isSetSupported }, displayLanguage: "zh-CN" },
  };
  (globalThis as Record<string, unknown>).Excel = host.Excel;
  return host;
}

/** Runs `batch` in a new request context and reports how many syncs it took. */
export async function countSyncs<T>(
  host: FakeHost,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<{ result: T; syncs: number }> {
  const before = host.state.syncCount;
  const result = await host.Excel.run(batch);
  return { result, syncs: host.state.syncCount - before };
}

/** Writes a sheet fixture ({ rows, merges }) into the fake workbook from A1. */
export function loadSheetFixture(
  host: FakeHost,
  fixture: { rows: unknown[][]; merges?: string[] },
  sheet: string | null = null,
): void {
  host.setCells(sheet, "A1", fixture.rows);
  const target = host.sheet(sheet);
  if (!target) throw new Error(`no sheet ${String(sheet)}`);
  for (const m of fixture.merges ?? []) {
    const rect = parseRange(m);
    if (!rect) throw new Error(`not an A1 range: ${m}`);
    target.merges.push(rect);
  }
}
