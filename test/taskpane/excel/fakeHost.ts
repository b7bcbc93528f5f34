/* The fake Excel host of test/browser, typed loosely for the adapter tests, with Office installed globally. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createFakeExcel } = require("../../browser/fakeExcelHost.js");
import { parseRange } from "../../../src/core/address";

export interface FakeCell {
  value: string | number | boolean;
  formula: string;
  fill: string | null;
  font: string;
  bold: boolean;
}

export interface FakeHost {
  Excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  state: {
    syncCount: number;
    selection: { sheet: string; address: string } | null;
    settings: Map<string, unknown>;
    sheets: { name: string; merges: { top: number; left: number; bottom: number; right: number }[] }[];
  };
  setCells(sheet: string | null, address: string, data: unknown[][]): void;
  cell(sheet: string | null, address: string): FakeCell | null;
  userEdit(sheet: string | null, address: string, value: unknown): void;
  addSheet(name: string): void;
  isSetSupported(name: string, version?: string): boolean;
}

/** A fresh fake workbook; `Office.context.requirements` answers for ExcelApi `apiVersion`. */
export function fakeHost(
  options: { apiVersion?: string; sheets?: string[]; mergedAreas?: boolean } = {},
): FakeHost {
  const host = createFakeExcel(options) as FakeHost;
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
  const target = sheet === null ? host.state.sheets[0]! : host.state.sheets.find((s) => s.name === sheet)!;
  for (const m of fixture.merges ?? []) {
    const rect = parseRange(m);
    if (!rect) throw new Error(`not an A1 range: ${m}`);
    target.merges.push(rect);
  }
}
