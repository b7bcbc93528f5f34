/**
 * A recording stand-in for the Excel objects the template adapters touch. The request context is an
 * office-addin-mock OfficeMockObject (its sync is what the tests count); collections, ranges and enums
 * are plain objects, which office-addin-mock cannot mock (docs/architecture.md §9).
 */
import { OfficeMockObject } from "office-addin-mock";
import { parseRange, toRange } from "../../../src/core/address";

export interface FakeRange {
  readonly address: string;
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  values?: unknown[][];
  rowIndex: number;
  columnIndex: number;
  readonly format: {
    font: Record<string, unknown>;
    fill: Record<string, unknown>;
    borders: {
      getItem(edge: string): Record<string, unknown>;
      items: Record<string, Record<string, unknown>>;
    };
    [key: string]: unknown;
  };
  readonly dataValidation: Record<string, unknown>;
  readonly conditionalFormats: { add(type: string): FakeConditionalFormat; items: FakeConditionalFormat[] };
  readonly calls: { name: string; args: unknown[] }[];
  isNullObject: boolean;
  load(props?: unknown): FakeRange;
  merge(across?: boolean): void;
  unmerge(): void;
  insert(direction: string): void;
  copyFrom(source: FakeRange, type: string): void;
  clear(what: string): void;
  select(): void;
  getEntireRow(): FakeRange;
  getMergedAreasOrNullObject(): { address: string; isNullObject: boolean; load(p?: unknown): void };
}

export interface FakeConditionalFormat {
  readonly type: string;
  readonly custom: {
    rule: Record<string, unknown>;
    format: { fill: Record<string, unknown>; font: Record<string, unknown> };
  };
}

export interface FakeSheet {
  readonly name: string;
  /** Every range handed out, in order. */
  readonly ranges: FakeRange[];
  readonly frozenRows: number[];
  readonly pageLayout: Record<string, unknown> & {
    setPrintArea(a: string): void;
    setPrintTitleRows(a: string): void;
  };
  showGridlines?: boolean;
  activated: boolean;
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange;
  getRange(address: string): FakeRange;
  getUsedRange(): FakeRange;
  getUsedRangeOrNullObject(): FakeRange;
  readonly freezePanes: { freezeRows(n: number): void };
  activate(): void;
}

export interface UsedRangeSeed {
  readonly formulas: unknown[][];
  readonly top?: number;
  readonly left?: number;
  readonly merges?: readonly string[];
}

function fakeRange(address: string, seed?: UsedRangeSeed): FakeRange {
  const corners = parseRange(address);
  const borderItems: Record<string, Record<string, unknown>> = {};
  const cfs: FakeConditionalFormat[] = [];
  const calls: { name: string; args: unknown[] }[] = [];
  const range: FakeRange = {
    address,
    rowIndex: corners?.top ?? 0,
    columnIndex: corners?.left ?? 0,
    ...(seed ? { formulas: seed.formulas } : {}),
    format: {
      font: {},
      fill: {},
      borders: {
        items: borderItems,
        getItem(edge: string) {
          borderItems[edge] ??= {};
          return borderItems[edge];
        },
      },
    },
    dataValidation: {},
    conditionalFormats: {
      items: cfs,
      add(type: string) {
        const cf: FakeConditionalFormat = { type, custom: { rule: {}, format: { fill: {}, font: {} } } };
        cfs.push(cf);
        return cf;
      },
    },
    calls,
    isNullObject: false,
    load() {
      return range;
    },
    merge: (...args) => void calls.push({ name: "merge", args }),
    unmerge: (...args) => void calls.push({ name: "unmerge", args }),
    insert: (...args) => void calls.push({ name: "insert", args }),
    copyFrom: (...args) => void calls.push({ name: "copyFrom", args }),
    clear: (...args) => void calls.push({ name: "clear", args }),
    select: () => void calls.push({ name: "select", args: [] }),
    getEntireRow() {
      const entire = fakeRange(corners ? `${corners.top + 1}:${corners.bottom + 1}` : address);
      calls.push({ name: "getEntireRow", args: [entire] });
      return entire;
    },
    getMergedAreasOrNullObject() {
      const merges = seed?.merges ?? [];
      return {
        address: merges.map((m) => `Sheet!${m}`).join(", "),
        isNullObject: merges.length === 0,
        load() {},
      };
    },
  };
  return range;
}

export function fakeSheet(name: string, used?: UsedRangeSeed): FakeSheet {
  const ranges: FakeRange[] = [];
  const frozenRows: number[] = [];
  const record = (range: FakeRange): FakeRange => {
    ranges.push(range);
    return range;
  };
  const usedRange = (): FakeRange => {
    if (!used) {
      const empty = fakeRange("A1");
      empty.isNullObject = true;
      return empty;
    }
    const rows = used.formulas.length;
    const cols = Math.max(...used.formulas.map((r) => r.length));
    const top = used.top ?? 0;
    const left = used.left ?? 0;
    return record(fakeRange(toRange(top, left, top + rows - 1, left + cols - 1), used));
  };
  const pageLayout: FakeSheet["pageLayout"] = {
    setPrintArea(a: string) {
      pageLayout.printArea = a;
    },
    setPrintTitleRows(a: string) {
      pageLayout.printTitleRows = a;
    },
  };
  const sheet: FakeSheet = {
    name,
    ranges,
    frozenRows,
    pageLayout,
    activated: false,
    getRangeByIndexes: (row, col, rows, cols) =>
      record(fakeRange(toRange(row, col, row + rows - 1, col + cols - 1))),
    getRange: (address) => record(fakeRange(address)),
    getUsedRange: usedRange,
    getUsedRangeOrNullObject: usedRange,
    freezePanes: { freezeRows: (n) => void frozenRows.push(n) },
    activate() {
      sheet.activated = true;
    },
  };
  return sheet;
}

export interface FakeWorkbook {
  readonly context: Excel.RequestContext;
  readonly sheets: FakeSheet[];
  /** Added by the code under test. */
  readonly added: FakeSheet[];
  readonly syncSpy: jest.SpyInstance;
}

/** A context over `existing` sheets; the active sheet is the first, the active cell `activeRow`. */
export function fakeWorkbook(
  existing: readonly string[] = ["Sheet1"],
  options: { used?: UsedRangeSeed; activeRow?: number; failSync?: number } = {},
): FakeWorkbook {
  const sheets = existing.map((name, i) => fakeSheet(name, i === 0 ? options.used : undefined));
  const added: FakeSheet[] = [];
  const mock = new OfficeMockObject({ workbook: {} });
  const context = mock as unknown as Excel.RequestContext;
  const workbook = (mock as unknown as { workbook: Record<string, unknown> }).workbook;
  workbook.worksheets = {
    items: sheets,
    load() {},
    add(name: string) {
      const sheet = fakeSheet(name);
      sheets.push(sheet);
      added.push(sheet);
      return sheet;
    },
    getActiveWorksheet: () => sheets[0],
  };
  workbook.getActiveCell = () => ({ rowIndex: options.activeRow ?? 0, load() {} });
  let syncs = 0;
  const syncSpy = jest.spyOn(context, "sync").mockImplementation(async () => {
    syncs += 1;
    if (options.failSync === syncs) throw new Error("InvalidArgument: fake failure");
  });
  return { context, sheets, added, syncSpy };
}

/** The ranges of `sheet` on which `name` was called. */
export function rangesCalling(sheet: FakeSheet, name: string): FakeRange[] {
  return sheet.ranges.filter((r) => r.calls.some((c) => c.name === name));
}
