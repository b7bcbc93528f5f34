/**
 * The one in-memory Excel host of the tests: the Office and Excel globals the PerfTables add-in uses,
 * with worksheets of cells (value, formula, fill, font colour), merges, selection, workbook settings,
 * worksheet onChanged events and a counted RequestContext.sync().
 *
 * Used two ways:
 *  - in jest: `createFakeExcel(options)` (test/taskpane/excel/fakeHost.ts installs the globals);
 *  - in the browser: test/browser/fakeExcelPage.ts, bundled by esbuild and served instead of office.js,
 *    installs `Office`, `Excel` and `CustomFunctions` on window and exposes `window.FakeExcelHost.host`.
 *
 * Like the real API, properties of proxy objects can be read only after load() and sync(): reading
 * early throws, so a forgotten sync fails the test. Writes apply at once (order is preserved anyway).
 * Members the add-in does not use are accepted and ignored through a "sink" object, so template code can
 * run against this host too. The proxies are typed by what they hold; they reach the code under test as
 * Excel.RequestContext through one cast in `createContext`, since office-js's interfaces (hundreds of
 * members each) cannot be implemented in full by a fake.
 */
import { FAKE_ERROR_CODES, FakeCustomFunctionsError } from "./customFunctionsFake";
import { columnIndex, columnName } from "../../src/core/address";

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface FakeCell {
  value: string | number | boolean;
  formula: string;
  fill: string | null;
  font: string;
  bold: boolean;
  numberFormat?: string;
  /**
   * What the formula shows until it is written again, e.g. "#NAME?" for an add-in function that a
   * workbook saved without the add-in keeps showing (a fixture: { f: "=PERF.X()", shows: "#NAME?" }).
   */
  shows?: string;
  /** Fill beyond its colour (ExcelApi 1.9): a pattern other than Solid, its colour, tints. */
  pattern?: string;
  patternColor?: string;
  tint?: number;
  patternTint?: number;
  /** The font colour is Excel's "Automatic" (reads as #000000) until a colour is set. */
  fontAutomatic?: boolean;
}

export interface FakeSheetState {
  readonly id: string;
  name: string;
  cells: Map<string, FakeCell>;
  merges: Rect[];
  handlers: ChangeHandler[];
  // What the code under test did to the sheet, for tests that check the calls made rather than the
  // cells (template rendering: validations, conditional formats, page layout, frozen rows).
  /** Every range handed out by the sheet's own getRange*, in order. */
  readonly ranges: RangeRecord[];
  readonly frozenRows: number[];
  readonly pageLayout: Record<string, unknown>;
  showGridlines?: boolean;
  activated: boolean;
  /** Options given to worksheet.protection.protect(), once the code protected the sheet. */
  protection?: Record<string, unknown>;
}

/** One range as the code under test used it: what it wrote and which methods it called. */
export interface RangeRecord {
  /** As asked for (getRange), or in A1 ("B3:D4"), without the sheet's name. */
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  values?: unknown[][];
  /** range.columnHidden as set by the code. */
  columnHidden?: boolean;
  /** range.format.protection.locked as set by the code. */
  locked?: boolean;
  readonly dataValidation: Record<string, unknown>;
  readonly conditionalFormats: { readonly items: FakeConditionalFormat[] };
  /** Method calls in order; a range passed as an argument is recorded as its RangeRecord. */
  readonly calls: { readonly name: string; readonly args: unknown[] }[];
}

interface FakeConditionalFormat {
  readonly type: string;
  readonly custom: {
    readonly rule: Record<string, unknown>;
    readonly format: { readonly fill: Record<string, unknown>; readonly font: Record<string, unknown> };
  };
}

interface ChangedArgs {
  address: string;
  worksheetId: string;
  changeType: string;
  source: string;
  type: string;
  triggerSource?: string;
}
type ChangeHandler = (args: ChangedArgs) => unknown;

interface FakeState {
  sheets: FakeSheetState[];
  activeSheet: number;
  selection: { sheet: string; address: string } | null;
  settings: Map<string, unknown>;
  syncCount: number;
  collectionHandlers: ChangeHandler[];
  apiVersion: string;
  customFunctionsRuntime: string | null;
  /** Milliseconds each sync takes (a slow workbook), 0 by default. */
  syncDelay: number;
  mergedAreas: boolean;
  pageLayout: boolean;
  maxCellsPerSync: number;
}

export interface FakeOptions {
  readonly apiVersion?: string;
  /** Highest CustomFunctionsRuntime version reported ("1.3" by default); null: custom functions unsupported. */
  readonly customFunctionsRuntime?: string | null;
  readonly sheets?: readonly string[];
  readonly syncDelay?: number;
  /** false: getMergedAreasOrNullObject is missing, as before ExcelApi 1.13. */
  readonly mergedAreas?: boolean;
  /** false: the print setup is refused (setPrintArea throws), as some hosts do. */
  readonly pageLayout?: boolean;
  /**
   * Cells one sync may load (values, formulas … of ranges), beyond which the sync fails with
   * RequestPayloadSizeLimitExceeded, as Excel on the web does past 5 MB. No limit when absent.
   */
  readonly maxCellsPerSync?: number;
}

export interface InstallOptions extends FakeOptions {
  readonly displayLanguage?: string;
  readonly outsideExcel?: boolean;
  readonly readyDelay?: number;
}

// ---------- addresses ----------
const LAST_ROW = 1048575;
const LAST_COL = 16383;

function a1(r: number, c: number): string {
  return columnName(c) + (r + 1);
}
function rectAddress(rect: Rect): string {
  const a = a1(rect.top, rect.left);
  const b = a1(rect.bottom, rect.right);
  return a === b ? a : a + ":" + b;
}
/** "A1", "$A$1:B3", "5:7" (whole rows), "A:C" (whole columns), "Sheet1!A1" → rectangle. */
function parseAddress(address: string): Rect {
  let text = String(address).trim();
  if (text.includes("!")) text = text.slice(text.lastIndexOf("!") + 1);
  text = text.replace(/\$/g, "");
  const parts = text.split(":");
  const [p0 = "", p1 = ""] = parts;
  if (parts.length === 2 && /^\d+$/.test(p0) && /^\d+$/.test(p1)) {
    return { top: +p0 - 1, bottom: +p1 - 1, left: 0, right: LAST_COL };
  }
  if (parts.length === 2 && /^[A-Z]+$/i.test(p0) && /^[A-Z]+$/i.test(p1)) {
    return { top: 0, bottom: LAST_ROW, left: columnIndex(p0), right: columnIndex(p1) };
  }
  const cells = parts.map((p) => {
    const m = /^([A-Z]{1,3})(\d+)$/i.exec(p);
    if (!m) throw fakeError("InvalidArgument", "Bad address: " + address);
    return { r: +m[2]! - 1, c: columnIndex(m[1]!) };
  });
  const a = cells[0]!;
  const b = cells[1] ?? a;
  return {
    top: Math.min(a.r, b.r),
    bottom: Math.max(a.r, b.r),
    left: Math.min(a.c, b.c),
    right: Math.max(a.c, b.c),
  };
}
function overlaps(m: Rect, rect: Rect): boolean {
  return m.top <= rect.bottom && m.bottom >= rect.top && m.left <= rect.right && m.right >= rect.left;
}

/** An error shaped like OfficeExtension.Error (name RichApi.Error, a code). */
function fakeError(code: string, message: string): Error & { code: string } {
  const e = new Error(message) as Error & { code: string };
  e.code = code;
  e.name = "RichApi.Error";
  return e;
}

// ---------- sink for unused members ----------
type Sink = ((...args: unknown[]) => Sink) & { readonly [key: string]: Sink };
const SINK: Sink = new Proxy(function () {} as unknown as Sink, {
  get(_t, p) {
    if (p === "then" || typeof p === "symbol") return undefined;
    if (p === "isNullObject") return false;
    if (p === "toJSON") return () => ({});
    return SINK;
  },
  set() {
    return true;
  },
  apply() {
    return SINK;
  },
});
/** `target`, answering any member it does not have with the sink. */
function lenient<T extends object>(target: T): T {
  return new Proxy(target, {
    get(t, p, receiver) {
      if (p in t || typeof p === "symbol" || p === "then" || p === "toJSON" || String(p).startsWith("_")) {
        return Reflect.get(t, p, receiver);
      }
      return SINK;
    },
  });
}

// ---------- state ----------
function createState(options: FakeOptions): FakeState {
  const state: FakeState = {
    sheets: [],
    activeSheet: 0,
    selection: null,
    settings: new Map(),
    syncCount: 0,
    collectionHandlers: [],
    apiVersion: options.apiVersion ?? "1.14",
    customFunctionsRuntime:
      options.customFunctionsRuntime === undefined ? "1.3" : options.customFunctionsRuntime,
    syncDelay: options.syncDelay ?? 0,
    mergedAreas: options.mergedAreas !== false,
    pageLayout: options.pageLayout !== false,
    maxCellsPerSync: options.maxCellsPerSync ?? Infinity,
  };
  for (const name of options.sheets ?? ["Sheet1"]) addSheet(state, name);
  return state;
}
let sheetIds = 0;
function addSheet(state: FakeState, name: string): FakeSheetState {
  const pageLayout: Record<string, unknown> = {
    setPrintArea(a: string) {
      if (!state.pageLayout) throw fakeError("ApiNotFound", "setPrintArea is not supported");
      pageLayout.printArea = a;
    },
    setPrintTitleRows(a: string) {
      pageLayout.printTitleRows = a;
    },
  };
  const sheet: FakeSheetState = {
    id: `{sheet-${++sheetIds}}`,
    name,
    cells: new Map(),
    merges: [],
    handlers: [],
    ranges: [],
    frozenRows: [],
    pageLayout,
    activated: false,
  };
  state.sheets.push(sheet);
  return sheet;
}
function cellOf(sheet: FakeSheetState, r: number, c: number, create: true): FakeCell;
function cellOf(sheet: FakeSheetState, r: number, c: number, create: false): FakeCell | undefined;
function cellOf(sheet: FakeSheetState, r: number, c: number, create: boolean): FakeCell | undefined {
  const key = r + "," + c;
  let cell = sheet.cells.get(key);
  if (!cell && create) {
    cell = { value: "", formula: "", fill: null, font: "#000000", bold: false };
    sheet.cells.set(key, cell);
  }
  return cell;
}
function usedRect(sheet: FakeSheetState, valuesOnly: boolean): Rect | null {
  let rect: Rect | null = null;
  for (const [key, cell] of sheet.cells) {
    const hasData = cell.value !== "" || cell.formula !== "";
    const hasFormat = cell.fill !== null || cell.font !== "#000000" || cell.bold;
    if (!hasData && (valuesOnly || !hasFormat)) continue;
    const [r = 0, c = 0] = key.split(",").map(Number);
    if (!rect) rect = { top: r, bottom: r, left: c, right: c };
    else {
      rect.top = Math.min(rect.top, r);
      rect.bottom = Math.max(rect.bottom, r);
      rect.left = Math.min(rect.left, c);
      rect.right = Math.max(rect.right, c);
    }
  }
  return rect;
}
function valueTypeOf(v: unknown): string {
  if (v === "" || v === null || v === undefined) return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "string" && /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/.test(v))
    return "Error";
  return "String";
}
/** Values a formula shows in this host: numbers and strings literal, anything else 0 (no engine). */
function formulaResult(formula: string): string | number {
  const m = /^=\s*(-?\d+(?:\.\d+)?)\s*$/.exec(formula);
  if (m) return Number(m[1]);
  const s = /^="(.*)"$/.exec(formula);
  return s ? s[1]! : 0;
}
function shown(cell: FakeCell | undefined): string | number | boolean {
  if (!cell) return "";
  return cell.formula ? (cell.shows ?? formulaResult(cell.formula)) : cell.value;
}
function fireChanged(
  state: FakeState,
  sheet: FakeSheetState,
  rect: Rect,
  changeType: string | undefined,
  triggerSource: string | undefined,
): void {
  const handlers = sheet.handlers.concat(state.collectionHandlers);
  if (!handlers.length) return;
  const args: ChangedArgs = {
    address: rectAddress(rect),
    worksheetId: sheet.id,
    changeType: changeType ?? "RangeEdited",
    source: "Local",
    type: "WorksheetChanged",
    ...(triggerSource ? { triggerSource } : {}),
  };
  // Excel raises events after the batch, never inside the write that caused them.
  setTimeout(() => {
    for (const h of handlers) Promise.resolve(h(args)).catch(() => {});
  }, 0);
}
function compareVersion(a: string, b: string): number {
  const pa = String(a).split(".").map(Number);
  const pb = String(b).split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
}

// ---------- request context ----------
/** A proxy object with a pending load: resolved by the next sync. */
interface Loadable {
  _loaded?: boolean;
  _resolve(): void;
}
interface Write {
  readonly sheet: FakeSheetState;
  readonly rect: Rect;
  readonly type: string | undefined;
}
interface Ctx {
  _queue: Loadable[];
  _writes: Write[];
  readonly _state: FakeState;
  sync(): Promise<void>;
  trackedObjects: { add(): void; remove(): void };
  workbook: object;
}
/** A range proxy: its own rectangle and sheet, read by getBoundingRect and copyFrom. */
interface RangeProxy extends Loadable {
  readonly _sheet: FakeSheetState;
  readonly _rect: Rect;
  readonly _record: RangeRecord;
}

function createContextObject(state: FakeState): Ctx {
  const ctx: Ctx = {
    _queue: [],
    _writes: [],
    _state: state,
    sync() {
      state.syncCount += 1;
      const queue = ctx._queue;
      ctx._queue = [];
      const writes = ctx._writes;
      ctx._writes = [];
      const cells = queue.reduce((n, item) => n + ((item as { _cells?: number })._cells ?? 0), 0);
      if (cells > state.maxCellsPerSync) {
        return Promise.reject(
          fakeError(
            "RequestPayloadSizeLimitExceeded",
            `The request payload size has exceeded the limit (${cells} cells).`,
          ),
        );
      }
      try {
        for (const item of queue) item._resolve();
      } catch (e) {
        return Promise.reject(e);
      }
      // Excel tags the add-in's own writes from ExcelApi 1.14 on; before, events carry no trigger source
      const source = compareVersion(state.apiVersion, "1.14") >= 0 ? "ThisLocalAddin" : undefined;
      for (const w of writes) fireChanged(state, w.sheet, w.rect, w.type, source);
      return state.syncDelay
        ? new Promise((resolve) => setTimeout(resolve, state.syncDelay))
        : Promise.resolve();
    },
    trackedObjects: { add() {}, remove() {} },
    workbook: {},
  };
  ctx.workbook = makeWorkbook(ctx);
  return ctx;
}
/** The one place the fake becomes the office-js type the code under test takes. */
function createContext(state: FakeState): Excel.RequestContext {
  return createContextObject(state) as unknown as Excel.RequestContext;
}
function queueLoad(ctx: Ctx, obj: Loadable): void {
  if (!ctx._queue.includes(obj)) ctx._queue.push(obj);
}
/** What a proxy holds once a sync resolved its load. */
interface Held<D> {
  _loaded: boolean;
  _data?: D;
}
function loaded<D, K extends keyof D>(obj: Held<D>, prop: K): D[K] {
  if (!obj._loaded || !obj._data)
    throw fakeError(
      "PropertyNotLoaded",
      "The property '" + String(prop) + "' is not available. Call load() and sync() first.",
    );
  return obj._data[prop];
}
function noteWrite(ctx: Ctx, sheet: FakeSheetState, rect: Rect, type?: string): void {
  ctx._writes.push({ sheet, rect, type });
}
/**
 * An onChanged event source. As in Excel, the registration belongs to the context it was made on:
 * `remove()` is queued there and takes effect only when that same context syncs (a sync of another
 * context leaves the handler registered).
 */
function onChangedOf(ctx: Ctx, list: () => ChangeHandler[], set: (handlers: ChangeHandler[]) => void) {
  return {
    add(handler: ChangeHandler) {
      list().push(handler);
      return {
        context: ctx,
        remove() {
          ctx._queue.push({ _resolve: () => set(list().filter((h) => h !== handler)) });
        },
      };
    },
  };
}

function makeWorkbook(ctx: Ctx): object {
  const state = ctx._state;
  const worksheets = lenient({
    _loaded: false,
    _items: [] as object[],
    // WorksheetCollection.onChanged (ExcelApi 1.9): changes on any sheet
    onChanged: {
      add(handler: ChangeHandler) {
        if (compareVersion(state.apiVersion, "1.9") < 0)
          throw fakeError("ApiNotFound", "worksheets.onChanged");
        return onChangedOf(
          ctx,
          () => state.collectionHandlers,
          (h) => (state.collectionHandlers = h),
        ).add(handler);
      },
    },
    getActiveWorksheet: () => makeSheet(ctx, state.sheets[state.activeSheet]!),
    getItem(name: string) {
      const s = state.sheets.find((x) => x.name === name);
      if (!s) throw fakeError("ItemNotFound", "No sheet " + name);
      return makeSheet(ctx, s);
    },
    getItemOrNullObject(name: string) {
      const s = state.sheets.find((x) => x.name === name);
      return s ? makeSheet(ctx, s) : makeNull(ctx);
    },
    getFirst: () => makeSheet(ctx, state.sheets[0]!),
    add(name?: string) {
      return makeSheet(ctx, addSheet(state, name ?? "Sheet" + (state.sheets.length + 1)));
    },
    load(): object {
      queueLoad(ctx, worksheets);
      return worksheets;
    },
    _resolve() {
      worksheets._loaded = true;
      const items = state.sheets.map((s) => makeSheet(ctx, s));
      items.forEach((item) => item._resolve());
      worksheets._items = items;
    },
    get items(): object[] {
      if (!worksheets._loaded) throw fakeError("PropertyNotLoaded", "items");
      return worksheets._items;
    },
  });
  const settings = lenient({
    add(key: string, value: unknown) {
      state.settings.set(key, JSON.parse(JSON.stringify(value)));
      return makeSetting(ctx, key);
    },
    getItem(key: string) {
      if (!state.settings.has(key)) throw fakeError("ItemNotFound", "No setting " + key);
      return makeSetting(ctx, key);
    },
    getItemOrNullObject(key: string) {
      return state.settings.has(key) ? makeSetting(ctx, key) : makeNull(ctx);
    },
    load(): object {
      return settings;
    },
  });
  const workbook = lenient({
    worksheets,
    settings,
    getSelectedRange() {
      const sel = state.selection;
      const sheet = sel ? state.sheets.find((s) => s.name === sel.sheet) : state.sheets[state.activeSheet];
      if (!sheet) throw fakeError("ItemNotFound", "No sheet " + sel?.sheet);
      return makeRange(ctx, sheet, parseAddress(sel ? sel.address : "A1"));
    },
    getActiveCell() {
      return workbook.getSelectedRange().getCell(0, 0);
    },
    application: lenient({ suspendApiCalculationUntilNextSync() {}, calculate() {} }),
    load(): object {
      return workbook;
    },
  });
  return workbook;
}

function makeNull(ctx: Ctx) {
  const obj = lenient({
    _loaded: false,
    load(): object {
      queueLoad(ctx, obj);
      return obj;
    },
    _resolve() {
      obj._loaded = true;
    },
    get isNullObject() {
      if (!obj._loaded) throw fakeError("PropertyNotLoaded", "isNullObject");
      return true;
    },
    get value(): never {
      throw fakeError("InvalidObjectPath", "null object");
    },
  });
  return obj;
}

function makeSetting(ctx: Ctx, key: string) {
  const state = ctx._state;
  const hold: Held<{ value: unknown }> = { _loaded: false };
  const obj = lenient({
    key,
    load(): object {
      queueLoad(ctx, obj);
      return obj;
    },
    _resolve() {
      hold._loaded = true;
      hold._data = { value: JSON.parse(JSON.stringify(state.settings.get(key) ?? null)) };
    },
    get isNullObject() {
      if (!hold._loaded) throw fakeError("PropertyNotLoaded", "isNullObject");
      return false;
    },
    get value(): unknown {
      return loaded(hold, "value");
    },
    set value(v: unknown) {
      state.settings.set(key, JSON.parse(JSON.stringify(v)));
    },
    delete() {
      state.settings.delete(key);
    },
  });
  return obj;
}

function makeSheet(ctx: Ctx, sheet: FakeSheetState) {
  const state = ctx._state;
  const recorded = (address: string | null, rect: Rect) => {
    const range = makeRange(ctx, sheet, rect, address);
    sheet.ranges.push(range._record);
    return range;
  };
  const hold: Held<{ name: string; id: string; position: number }> = { _loaded: false };
  const obj = lenient({
    load(): object {
      queueLoad(ctx, obj);
      return obj;
    },
    _resolve() {
      hold._loaded = true;
      hold._data = { name: sheet.name, id: sheet.id, position: state.sheets.indexOf(sheet) };
    },
    get isNullObject() {
      return false;
    },
    get name(): string {
      return loaded(hold, "name");
    },
    set name(v: string) {
      sheet.name = v;
    },
    get id() {
      return loaded(hold, "id");
    },
    get position() {
      return loaded(hold, "position");
    },
    activate() {
      state.activeSheet = state.sheets.indexOf(sheet);
      sheet.activated = true;
    },
    get pageLayout() {
      return sheet.pageLayout;
    },
    freezePanes: lenient({ freezeRows: (n: number) => void sheet.frozenRows.push(n) }),
    protection: lenient({
      protect(options?: Record<string, unknown>) {
        sheet.protection = { ...(options ?? {}) };
      },
      unprotect() {
        delete sheet.protection;
      },
    }),
    /** Worksheet.copy (ExcelApi 1.7): cells with their formats, merges, frozen rows, page layout, protection. */
    copy(positionType?: string) {
      let name = `${sheet.name} (2)`;
      for (let n = 3; state.sheets.some((s) => s.name === name); n += 1) name = `${sheet.name} (${n})`;
      const clone = addSheet(state, name);
      if (positionType !== undefined && positionType !== "End" && positionType !== "None") {
        throw fakeError("InvalidArgument", `copy position ${positionType} is not modelled`);
      }
      for (const [key, cell] of sheet.cells) clone.cells.set(key, { ...cell });
      clone.merges.push(...sheet.merges.map((m) => ({ ...m })));
      clone.frozenRows.push(...sheet.frozenRows);
      for (const [key, value] of Object.entries(sheet.pageLayout)) {
        if (typeof value !== "function") clone.pageLayout[key] = value;
      }
      if (sheet.protection) clone.protection = { ...sheet.protection };
      return makeSheet(ctx, clone);
    },
    get showGridlines(): boolean {
      return sheet.showGridlines ?? true;
    },
    set showGridlines(v: boolean) {
      sheet.showGridlines = v;
    },
    getRange(address?: string) {
      return recorded(address ?? "A1", parseAddress(address ?? "A1"));
    },
    getRangeByIndexes(r: number, c: number, rows: number, cols: number) {
      return recorded(null, { top: r, left: c, bottom: r + rows - 1, right: c + cols - 1 });
    },
    getRanges(address: string) {
      return makeAreas(
        ctx,
        sheet,
        String(address)
          .split(",")
          .map((a) => parseAddress(a)),
      );
    },
    getUsedRange(valuesOnly = false) {
      return recorded(null, usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
    },
    getUsedRangeOrNullObject(valuesOnly = false) {
      const rect = usedRect(sheet, valuesOnly);
      return rect ? recorded(null, rect) : makeNull(ctx);
    },
    onChanged: onChangedOf(
      ctx,
      () => sheet.handlers,
      (h) => (sheet.handlers = h),
    ),
  });
  return obj;
}

function makeAreas(ctx: Ctx, sheet: FakeSheetState, rects: Rect[]) {
  const ranges = rects.map((r) => makeRange(ctx, sheet, r));
  const setAll = (fn: (r: FakeRangeObject) => void) => ranges.forEach(fn);
  const hold: Held<{ address: string }> = { _loaded: false };
  const obj = lenient({
    load(): object {
      queueLoad(ctx, obj);
      return obj;
    },
    _resolve() {
      hold._loaded = true;
      hold._data = { address: rects.map((r) => sheet.name + "!" + rectAddress(r)).join(",") };
    },
    get isNullObject() {
      if (!hold._loaded) throw fakeError("PropertyNotLoaded", "isNullObject");
      return false;
    },
    get address() {
      return loaded(hold, "address");
    },
    areaCount: rects.length,
    format: lenient({
      fill: lenient({
        set color(v: string) {
          setAll((r) => (r.format.fill.color = v));
        },
        set pattern(v: string) {
          setAll((r) => (r.format.fill.pattern = v));
        },
        set patternColor(v: string) {
          setAll((r) => (r.format.fill.patternColor = v));
        },
        set tintAndShade(v: number) {
          setAll((r) => (r.format.fill.tintAndShade = v));
        },
        set patternTintAndShade(v: number) {
          setAll((r) => (r.format.fill.patternTintAndShade = v));
        },
        clear() {
          setAll((r) => r.format.fill.clear());
        },
      }),
      font: lenient({
        set color(v: string) {
          setAll((r) => (r.format.font.color = v));
        },
        set bold(v: boolean) {
          setAll((r) => (r.format.font.bold = v));
        },
      }),
    }),
    select() {
      ranges[0]?.select();
    },
  });
  return obj;
}

/** What a range proxy holds once loaded. */
interface RangeData {
  address: string;
  addressLocal: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  values: unknown[][];
  formulas: unknown[][];
  valueTypes: string[][];
  text: string[][];
  numberFormat: string[][];
  fillColor: unknown;
  fillPattern: unknown;
  fillPatternColor: unknown;
  fillTint: unknown;
  fillPatternTint: unknown;
  fontColor: unknown;
  bold: unknown;
}
type FakeRangeObject = ReturnType<typeof makeRange>;

function newRecord(rect: Rect, address: string | null): RangeRecord {
  return {
    address: address ?? rectAddress(rect),
    rowIndex: rect.top,
    columnIndex: rect.left,
    dataValidation: {},
    conditionalFormats: { items: [] },
    calls: [],
  };
}

function makeRange(ctx: Ctx, sheet: FakeSheetState, rect: Rect, address: string | null = null) {
  const state = ctx._state;
  const record = newRecord(rect, address);
  const call = (name: string, args: unknown[]) =>
    record.calls.push({
      name,
      args: args.map((a) => (a && typeof a === "object" && "_record" in a ? (a as RangeProxy)._record : a)),
    });
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const each = (fn: (r: number, c: number) => void) => {
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
  };
  const matrix = <T>(fn: (cell: FakeCell | undefined) => T): T[][] => {
    const out: T[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: T[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(fn(cellOf(sheet, r, c, false)));
      out.push(row);
    }
    return out;
  };
  const setMatrix = (data: unknown, apply: (cell: FakeCell, v: unknown) => void) => {
    const grid = Array.isArray(data) ? (data as unknown[]) : null;
    if (grid && (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols))) {
      throw fakeError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
    each((r, c) =>
      apply(cellOf(sheet, r, c, true), grid ? (grid[r - rect.top] as unknown[])[c - rect.left] : data),
    );
    noteWrite(ctx, sheet, rect);
  };
  const uniform = <T>(fn: (cell: FakeCell | undefined) => T): T | null => {
    let first: T | undefined;
    let same = true;
    let seen = false;
    each((r, c) => {
      const v = fn(cellOf(sheet, r, c, false));
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) same = false;
    });
    return same ? (first ?? null) : null;
  };
  /** A cell's content from a written value: "'" keeps text, "=" (when allowed) makes a formula. */
  const put = (cell: FakeCell, v: unknown, quoteIsText: boolean) => {
    const text = v === null || v === undefined ? "" : (v as string | number | boolean);
    delete cell.shows; // written again: Excel resolves the formula anew
    if (quoteIsText && typeof text === "string" && text.startsWith("'")) {
      cell.formula = "";
      cell.value = text.slice(1);
    } else if (typeof text === "string" && text.startsWith("=")) {
      cell.formula = text;
      cell.value = "";
    } else {
      cell.formula = "";
      cell.value = text;
    }
  };
  const offset = (o: Partial<Rect>) => makeRange(ctx, sheet, { ...rect, ...o });
  const fill = lenient({
    get color(): unknown {
      return loaded(hold, "fillColor");
    },
    set color(v: unknown) {
      // a colour makes a plain solid fill, as in Excel
      each((r, c) => {
        const cell = cellOf(sheet, r, c, true);
        cell.fill = String(v).toUpperCase();
        delete cell.pattern;
        delete cell.patternColor;
        delete cell.tint;
        delete cell.patternTint;
      });
    },
    get pattern() {
      return loaded(hold, "fillPattern");
    },
    set pattern(v: unknown) {
      each((r, c) => (cellOf(sheet, r, c, true).pattern = String(v)));
    },
    get patternColor() {
      return loaded(hold, "fillPatternColor");
    },
    set patternColor(v: unknown) {
      each((r, c) => (cellOf(sheet, r, c, true).patternColor = String(v).toUpperCase()));
    },
    get tintAndShade() {
      return loaded(hold, "fillTint");
    },
    set tintAndShade(v: unknown) {
      each((r, c) => (cellOf(sheet, r, c, true).tint = Number(v)));
    },
    get patternTintAndShade() {
      return loaded(hold, "fillPatternTint");
    },
    set patternTintAndShade(v: unknown) {
      each((r, c) => (cellOf(sheet, r, c, true).patternTint = Number(v)));
    },
    clear() {
      each((r, c) => {
        const cell = cellOf(sheet, r, c, false);
        if (!cell) return;
        cell.fill = null;
        delete cell.pattern;
        delete cell.patternColor;
        delete cell.tint;
        delete cell.patternTint;
      });
    },
  });
  const font = lenient({
    get color(): unknown {
      return loaded(hold, "fontColor");
    },
    set color(v: unknown) {
      each((r, c) => {
        const cell = cellOf(sheet, r, c, true);
        cell.font = String(v).toUpperCase();
        delete cell.fontAutomatic;
      });
    },
    get bold(): unknown {
      return loaded(hold, "bold");
    },
    set bold(v: unknown) {
      each((r, c) => (cellOf(sheet, r, c, true).bold = !!v));
    },
  });
  const hold: Held<RangeData> = { _loaded: false };
  const obj = lenient({
    _sheet: sheet,
    _rect: rect,
    _record: record,
    dataValidation: lenient(record.dataValidation),
    conditionalFormats: lenient({
      add(type: string) {
        const cf: FakeConditionalFormat = { type, custom: { rule: {}, format: { fill: {}, font: {} } } };
        record.conditionalFormats.items.push(cf);
        return cf;
      },
    }),
    load(props?: unknown): object {
      // what the request carries back: cell data (values, formulas …) weighs per cell, an address not
      const wanted = JSON.stringify(props ?? "");
      if (props === undefined || /values|formulas|valueTypes|numberFormat|text/.test(wanted)) {
        (obj as { _cells?: number })._cells = rows * cols;
      }
      queueLoad(ctx, obj);
      return obj;
    },
    _resolve() {
      hold._loaded = true;
      const address = sheet.name + "!" + rectAddress(rect);
      hold._data = {
        address,
        addressLocal: address,
        rowIndex: rect.top,
        columnIndex: rect.left,
        rowCount: rows,
        columnCount: cols,
        values: matrix(shown),
        formulas: matrix((cell) => (cell ? cell.formula || cell.value : "")),
        valueTypes: matrix((cell) => valueTypeOf(shown(cell))),
        text: matrix((cell) => String(cell ? cell.value : "")),
        numberFormat: matrix((cell) => cell?.numberFormat ?? "General"),
        fillColor: uniform((cell) => cell?.fill ?? "#FFFFFF"),
        fillPattern: uniform((cell) => (cell?.fill ? (cell.pattern ?? "Solid") : "None")),
        fillPatternColor: uniform((cell) => cell?.patternColor ?? "#000000"),
        fillTint: uniform((cell) => cell?.tint ?? 0),
        fillPatternTint: uniform((cell) => cell?.patternTint ?? 0),
        fontColor: uniform((cell) => (cell ? cell.font : "#000000")),
        bold: uniform((cell) => (cell ? cell.bold : false)),
      };
    },
    get isNullObject() {
      return false;
    },
    get address() {
      return loaded(hold, "address");
    },
    get addressLocal() {
      return loaded(hold, "addressLocal");
    },
    get rowIndex() {
      return loaded(hold, "rowIndex");
    },
    get columnIndex() {
      return loaded(hold, "columnIndex");
    },
    get rowCount() {
      return loaded(hold, "rowCount");
    },
    get columnCount() {
      return loaded(hold, "columnCount");
    },
    get values(): unknown[][] {
      return loaded(hold, "values");
    },
    set values(data: unknown) {
      record.values = data as unknown[][];
      setMatrix(data, (cell, v) => put(cell, v, true));
    },
    get formulas(): unknown[][] {
      return loaded(hold, "formulas");
    },
    set formulas(data: unknown) {
      record.formulas = data as unknown[][];
      setMatrix(data, (cell, v) => put(cell, v, false));
    },
    get valueTypes() {
      return loaded(hold, "valueTypes");
    },
    get numberFormat(): unknown {
      return loaded(hold, "numberFormat");
    },
    set numberFormat(data: unknown) {
      record.numberFormat = data as unknown[][];
      setMatrix(data, (cell, v) => {
        cell.numberFormat = String(v);
      });
    },
    get text() {
      return loaded(hold, "text");
    },
    format: lenient({
      fill,
      font,
      autofitColumns() {},
      autofitRows() {},
      protection: lenient({
        set locked(v: boolean) {
          record.locked = v;
        },
      }),
    }),
    set columnHidden(v: boolean) {
      record.columnHidden = v;
    },
    select() {
      call("select", []);
      state.selection = { sheet: sheet.name, address: rectAddress(rect) };
      state.activeSheet = state.sheets.indexOf(sheet);
    },
    getCell(r: number, c: number) {
      return makeRange(ctx, sheet, {
        top: rect.top + r,
        left: rect.left + c,
        bottom: rect.top + r,
        right: rect.left + c,
      });
    },
    getRow: (i: number) => offset({ top: rect.top + i, bottom: rect.top + i }),
    getColumn: (i: number) => offset({ left: rect.left + i, right: rect.left + i }),
    getEntireRow() {
      const entire = offset({ left: 0, right: LAST_COL });
      call("getEntireRow", [entire]);
      return entire;
    },
    getOffsetRange: (dr: number, dc: number) =>
      makeRange(ctx, sheet, {
        top: rect.top + dr,
        bottom: rect.bottom + dr,
        left: rect.left + dc,
        right: rect.right + dc,
      }),
    getResizedRange: (dr: number, dc: number) => offset({ bottom: rect.bottom + dr, right: rect.right + dc }),
    getBoundingRect(other: string | RangeProxy) {
      const o = typeof other === "string" ? parseAddress(other) : other._rect;
      return makeRange(ctx, sheet, {
        top: Math.min(rect.top, o.top),
        left: Math.min(rect.left, o.left),
        bottom: Math.max(rect.bottom, o.bottom),
        right: Math.max(rect.right, o.right),
      });
    },
    getMergedAreasOrNullObject() {
      // Range.getMergedAreasOrNullObject is ExcelApi 1.13: an older Excel has no such method
      if (!state.mergedAreas || compareVersion(state.apiVersion, "1.13") < 0)
        throw fakeError("ApiNotFound", "getMergedAreasOrNullObject is not supported");
      // as Excel: the areas whose top-left cell is in the range, and an error past 512 of them
      const inside = sheet.merges.filter(
        (m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right,
      );
      if (inside.length > 512) {
        const refused: Loadable & { load(): object } = {
          load() {
            queueLoad(ctx, refused);
            return refused;
          },
          _resolve() {
            throw fakeError("GeneralException", "There are more than 512 merged areas in the range.");
          },
        };
        return refused;
      }
      return inside.length ? makeAreas(ctx, sheet, inside) : makeNull(ctx);
    },
    merge(across?: boolean) {
      call("merge", [across]);
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect));
      if (across)
        for (let r = rect.top; r <= rect.bottom; r++)
          sheet.merges.push({ top: r, bottom: r, left: rect.left, right: rect.right });
      else sheet.merges.push({ ...rect });
    },
    unmerge() {
      call("unmerge", []);
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect));
    },
    insert(shift: string) {
      call("insert", [shift]);
      if (String(shift).toLowerCase() !== "down")
        throw fakeError("NotImplemented", "fake host inserts rows only");
      const n = rows;
      const moved = new Map<string, FakeCell>();
      for (const [key, cell] of sheet.cells) {
        const [r = 0, c = 0] = key.split(",").map(Number);
        moved.set(r >= rect.top ? r + n + "," + c : key, cell);
      }
      sheet.cells = moved;
      for (const m of sheet.merges) {
        if (m.top >= rect.top) {
          m.top += n;
          m.bottom += n;
        } else if (m.bottom >= rect.top) m.bottom += n; // inserted inside a merge: it grows
      }
      noteWrite(
        ctx,
        sheet,
        { top: rect.top, bottom: rect.top + n - 1, left: 0, right: LAST_COL },
        "RowInserted",
      );
      return makeRange(ctx, sheet, rect);
    },
    clear(applyTo?: string) {
      call("clear", [applyTo]);
      each((r, c) => sheet.cells.delete(r + "," + c));
      noteWrite(ctx, sheet, rect);
    },
    copyFrom(source: string | RangeProxy, type?: string) {
      call("copyFrom", [source, type]);
      const src = typeof source === "string" ? parseAddress(source) : source._rect;
      const kind = String(type ?? "All").toLowerCase();
      each((r, c) => {
        const from = cellOf(
          sheet,
          src.top + ((r - rect.top) % (src.bottom - src.top + 1)),
          src.left + ((c - rect.left) % (src.right - src.left + 1)),
          false,
        );
        const to = cellOf(sheet, r, c, true);
        if (!from) return;
        if (kind === "all" || kind === "formats") {
          to.fill = from.fill;
          to.font = from.font;
          to.bold = from.bold;
        }
        if (kind === "all" || kind === "formulas" || kind === "values") {
          to.value = from.value;
          to.formula = kind === "values" ? "" : from.formula;
        }
      });
      noteWrite(ctx, sheet, rect);
    },
  });
  return obj;
}

// ---------- public API ----------
/** The Excel namespace members the add-in calls: run, a RequestContext and the enums it names. */
interface FakeExcelNamespace {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  RequestContext: new () => Excel.RequestContext;
  readonly InsertShiftDirection: { readonly down: "Down"; readonly right: "Right" };
  readonly DeleteShiftDirection: { readonly up: "Up"; readonly left: "Left" };
  readonly RangeCopyType: {
    readonly all: "All";
    readonly formulas: "Formulas";
    readonly values: "Values";
    readonly formats: "Formats";
  };
  readonly ClearApplyTo: { readonly all: "All"; readonly formats: "Formats"; readonly contents: "Contents" };
  readonly EventTriggerSource: { readonly thisLocalAddin: "ThisLocalAddin"; readonly unknown: "Unknown" };
}

/** A function or action the add-in registered with CustomFunctions.associate / Office.actions.associate. */
type RegisteredFunction = (...args: never[]) => unknown;

export interface FakeHost {
  readonly Excel: FakeExcelNamespace;
  /** Custom functions registered through CustomFunctions.associate, by id. */
  readonly functions: Map<string, RegisteredFunction>;
  /** Ribbon actions registered through Office.actions.associate, by id. */
  readonly actions: Map<string, RegisteredFunction>;
  /** The workbook itself: sheets, selection, settings, sync count. */
  readonly state: FakeState;
  context(): Excel.RequestContext;
  isSetSupported(name: string, version?: string): boolean;
  sheet(name?: string | null): FakeSheetState | undefined;
  /** Set cells as a test fixture (no events). `data` is a 2-D array from `address`'s top-left. */
  setCells(sheet: string | null, address: string, data: readonly (readonly unknown[])[]): void;
  cell(sheet: string | null, address: string): FakeCell | null;
  /** A user's edit: sets the value and fires onChanged like Excel does. */
  userEdit(sheet: string | null, address: string, value: unknown): void;
  addSheet(name: string): FakeSheetState;
}

/** An Excel namespace over a fresh in-memory workbook; `host.state` is the workbook. */
export function createFakeExcel(options: FakeOptions = {}): FakeHost {
  const state = createState(options);
  const Excel: FakeExcelNamespace = {
    run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const ctx = createContext(state);
      return Promise.resolve().then(() => batch(ctx));
    },
    RequestContext: function () {
      return createContext(state);
    } as unknown as new () => Excel.RequestContext,
    InsertShiftDirection: { down: "Down", right: "Right" },
    DeleteShiftDirection: { up: "Up", left: "Left" },
    RangeCopyType: { all: "All", formulas: "Formulas", values: "Values", formats: "Formats" },
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
    EventTriggerSource: { thisLocalAddin: "ThisLocalAddin", unknown: "Unknown" },
  };
  const sheetOf = (name?: string | null): FakeSheetState => {
    const wanted = name ?? state.sheets[state.activeSheet]?.name;
    const sheet = state.sheets.find((s) => s.name === wanted);
    if (!sheet) throw new Error(`fake host: no sheet ${String(wanted)}`);
    return sheet;
  };
  const host: FakeHost = {
    Excel,
    state,
    context: () => createContext(state),
    isSetSupported(name, version) {
      if (name === "ExcelApi") return compareVersion(version ?? "1.1", state.apiVersion) <= 0;
      if (name === "CustomFunctionsRuntime") {
        const cf = state.customFunctionsRuntime;
        return cf !== null && compareVersion(version ?? "1.1", cf) <= 0;
      }
      return name === "SharedRuntime";
    },
    sheet: (name) => state.sheets.find((s) => s.name === (name ?? state.sheets[state.activeSheet]?.name)),
    setCells(sheetName, address, data) {
      const sheet = sheetOf(sheetName);
      const at = parseAddress(address);
      data.forEach((row, i) =>
        row.forEach((v, j) => {
          const cell = cellOf(sheet, at.top + i, at.left + j, true);
          // fixtures are literal text; a formula is given as { f: "=..." }
          if (v && typeof v === "object" && typeof (v as { f?: unknown }).f === "string") {
            cell.formula = (v as { f: string }).f;
            const shows = (v as { shows?: unknown }).shows;
            if (typeof shows === "string") cell.shows = shows;
          } else cell.value = v === null || v === undefined ? "" : (v as string | number | boolean);
        }),
      );
    },
    cell(sheetName, address) {
      const at = parseAddress(address);
      return cellOf(sheetOf(sheetName), at.top, at.left, false) ?? null;
    },
    userEdit(sheetName, address, value) {
      host.setCells(sheetName, address, [[value]]);
      fireChanged(state, sheetOf(sheetName), parseAddress(address), "RangeEdited", "Unknown");
    },
    addSheet: (name) => addSheet(state, name),
    functions: new Map(),
    actions: new Map(),
  };
  return host;
}

/** Installs Office, Excel and CustomFunctions globals on `root` (a window, or globalThis in jest). */
export function install(root: Record<string, unknown>, options: InstallOptions = {}): FakeHost {
  const host = createFakeExcel(options);
  const info = options.outsideExcel ? { host: null, platform: null } : { host: "Excel", platform: "PC" };
  root.Excel = host.Excel;
  root.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    onReady(cb?: (i: typeof info) => void) {
      const p = new Promise<typeof info>((resolve) =>
        setTimeout(() => resolve(info), options.readyDelay ?? 0),
      );
      return cb ? p.then((i) => (cb(i), i)) : p;
    },
    context: {
      displayLanguage: options.displayLanguage ?? "zh-CN",
      requirements: { isSetSupported: host.isSetSupported },
      document: { settings: { get() {}, set() {}, saveAsync() {} } },
    },
    // Records what the add-in registers, so a test can call it by id as Excel would.
    actions: { associate: (id: string, fn: RegisteredFunction) => void host.actions.set(id, fn) },
    addin: { showAsTaskpane: () => Promise.resolve(), setStartupBehavior: () => Promise.resolve() },
  };
  root.CustomFunctions = {
    // Both forms of the real API: associate(id, fn) and associate({ id: fn, … }).
    associate(idOrMap: string | Record<string, RegisteredFunction>, fn?: RegisteredFunction) {
      const entries: [string, RegisteredFunction | undefined][] =
        typeof idOrMap === "string" ? [[idOrMap, fn]] : Object.entries(idOrMap);
      for (const [id, f] of entries) {
        if (host.functions.has(id)) throw new Error(`CustomFunctions.associate: ${id} registered twice`);
        if (f) host.functions.set(id, f);
      }
    },
    // The same stand-in the jest function tests use (a message only on #VALUE! and #N/A, as Excel).
    Error: FakeCustomFunctionsError,
    ErrorCode: FAKE_ERROR_CODES,
  };
  return host;
}
