/* global self, setTimeout */
/*
 * A small in-memory Excel host for tests: the Office and Excel globals the PerfTables pane uses, with
 * worksheets of cells (value, formula, fill, font colour), merges, selection, workbook settings,
 * worksheet onChanged events and a counted RequestContext.sync().
 *
 * Loaded two ways:
 *  - in jest: `const { createFakeExcel } = require("../browser/fakeExcelHost.js")`;
 *  - in the browser (playwright addInitScript / served instead of office.js): installs `Office`, `Excel`
 *    and `CustomFunctions` on window and exposes `window.FakeExcelHost` (`host.state`, `host.userEdit`).
 *
 * Like the real API, properties of proxy objects can be read only after load() and sync(): reading
 * early throws, so a forgotten sync fails the test. Writes apply at once (order is preserved anyway).
 * Members the pane does not use (borders, data validation, page layout …) are accepted and ignored
 * through a "sink" object, so template rendering code can run against this host too.
 */
(function (root, factory) {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.FakeExcelHost = api;
    if (root.__FAKE_EXCEL_AUTOINSTALL__ !== false) api.install(root, root.__FAKE_EXCEL_OPTIONS__ || {});
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  // ---------- addresses ----------
  function colName(c) {
    let n = c + 1;
    let s = "";
    while (n > 0) {
      const r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function colIndex(name) {
    let n = 0;
    for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }
  function a1(r, c) {
    return colName(c) + (r + 1);
  }
  function rectAddress(rect) {
    const a = a1(rect.top, rect.left);
    const b = a1(rect.bottom, rect.right);
    return a === b ? a : a + ":" + b;
  }
  /** "A1", "$A$1:B3", "5:7" (whole rows), "A:C" (whole columns), "Sheet1!A1" → rectangle. */
  function parseAddress(address) {
    let text = String(address).trim();
    if (text.includes("!")) text = text.slice(text.lastIndexOf("!") + 1);
    text = text.replace(/\$/g, "");
    const parts = text.split(":");
    if (parts.length === 2 && /^\d+$/.test(parts[0]) && /^\d+$/.test(parts[1])) {
      return { top: +parts[0] - 1, bottom: +parts[1] - 1, left: 0, right: 16383 };
    }
    if (parts.length === 2 && /^[A-Z]+$/i.test(parts[0]) && /^[A-Z]+$/i.test(parts[1])) {
      return { top: 0, bottom: 1048575, left: colIndex(parts[0]), right: colIndex(parts[1]) };
    }
    const cells = parts.map((p) => {
      const m = /^([A-Z]{1,3})(\d+)$/i.exec(p);
      if (!m) throw fakeError("InvalidArgument", "Bad address: " + address);
      return { r: +m[2] - 1, c: colIndex(m[1]) };
    });
    const a = cells[0];
    const b = cells[1] || a;
    return {
      top: Math.min(a.r, b.r),
      bottom: Math.max(a.r, b.r),
      left: Math.min(a.c, b.c),
      right: Math.max(a.c, b.c),
    };
  }
  function fakeError(code, message) {
    const e = new Error(message);
    e.code = code;
    e.name = "RichApi.Error";
    return e;
  }

  // ---------- sink for unused members ----------
  function makeSink() {
    const fn = function () {
      return sink;
    };
    const sink = new Proxy(fn, {
      get(_t, p) {
        if (p === "then" || typeof p === "symbol") return undefined;
        if (p === "isNullObject") return false;
        if (p === "toJSON") return () => ({});
        return sink;
      },
      set() {
        return true;
      },
      apply() {
        return sink;
      },
    });
    return sink;
  }
  const SINK = makeSink();
  function lenient(target) {
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
  function createState(options) {
    const state = {
      sheets: [],
      activeSheet: 0,
      selection: null,
      settings: new Map(),
      syncCount: 0,
      collectionHandlers: [],
      apiVersion: options.apiVersion || "1.14",
      /** Milliseconds each sync takes (a slow workbook), 0 by default. */
      syncDelay: options.syncDelay || 0,
      mergedAreas: options.mergedAreas !== false,
      log: [],
    };
    const names = options.sheets || ["Sheet1"];
    for (const name of names) addSheet(state, name);
    return state;
  }
  let sheetIds = 0;
  function addSheet(state, name) {
    const sheet = { id: "{sheet-" + ++sheetIds + "}", name, cells: new Map(), merges: [], handlers: [] };
    state.sheets.push(sheet);
    return sheet;
  }
  function cellOf(sheet, r, c, create) {
    const key = r + "," + c;
    let cell = sheet.cells.get(key);
    if (!cell && create) {
      cell = { value: "", formula: "", fill: null, font: "#000000", bold: false };
      sheet.cells.set(key, cell);
    }
    return cell;
  }
  function usedRect(sheet, valuesOnly) {
    let rect = null;
    for (const [key, cell] of sheet.cells) {
      const hasData = cell.value !== "" || cell.formula !== "";
      const hasFormat = cell.fill !== null || cell.font !== "#000000" || cell.bold;
      if (!hasData && (valuesOnly || !hasFormat)) continue;
      const [r, c] = key.split(",").map(Number);
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
  function valueTypeOf(v) {
    if (v === "" || v === null || v === undefined) return "Empty";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    if (typeof v === "string" && /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/.test(v))
      return "Error";
    return "String";
  }
  /** Values a formula shows in this host: numbers and strings literal, anything else "" (no engine). */
  function formulaResult(formula) {
    const m = /^=\s*(-?\d+(?:\.\d+)?)\s*$/.exec(formula);
    if (m) return Number(m[1]);
    const s = /^="(.*)"$/.exec(formula);
    return s ? s[1] : 0;
  }
  function fireChanged(state, sheet, rect, changeType, triggerSource) {
    const handlers = sheet.handlers.concat(state.collectionHandlers);
    if (!handlers.length) return;
    const args = {
      address: rectAddress(rect),
      worksheetId: sheet.id,
      changeType: changeType || "RangeEdited",
      source: "Local",
      type: "WorksheetChanged",
    };
    if (triggerSource) args.triggerSource = triggerSource;
    setTimeout(() => {
      for (const h of handlers) Promise.resolve(h(args)).catch(() => {});
    }, 0);
  }

  // ---------- request context ----------
  function createContext(state) {
    const ctx = { _queue: [], _writes: [], _state: state };
    ctx.sync = function sync() {
      state.syncCount += 1;
      const queue = ctx._queue;
      ctx._queue = [];
      const writes = ctx._writes;
      ctx._writes = [];
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
    };
    ctx.trackedObjects = { add() {}, remove() {} };
    ctx.workbook = makeWorkbook(ctx);
    return ctx;
  }
  function queueLoad(ctx, obj) {
    if (!ctx._queue.includes(obj)) ctx._queue.push(obj);
  }
  function loaded(obj, prop) {
    if (!obj._loaded)
      throw fakeError(
        "PropertyNotLoaded",
        "The property '" + prop + "' is not available. Call load() and sync() first.",
      );
    return obj._data[prop];
  }
  function noteWrite(ctx, sheet, rect, type) {
    ctx._writes.push({ sheet, rect, type });
  }

  function makeWorkbook(ctx) {
    const state = ctx._state;
    const worksheets = lenient({
      // WorksheetCollection.onChanged (ExcelApi 1.9): changes on any sheet
      onChanged: {
        add(handler) {
          if (compareVersion(state.apiVersion, "1.9") < 0)
            throw fakeError("ApiNotFound", "worksheets.onChanged");
          state.collectionHandlers.push(handler);
          return {
            remove() {
              state.collectionHandlers = state.collectionHandlers.filter((h) => h !== handler);
            },
          };
        },
      },
      getActiveWorksheet: () => makeSheet(ctx, state.sheets[state.activeSheet]),
      getItem(name) {
        const s = state.sheets.find((x) => x.name === name);
        if (!s) throw fakeError("ItemNotFound", "No sheet " + name);
        return makeSheet(ctx, s);
      },
      getItemOrNullObject(name) {
        const s = state.sheets.find((x) => x.name === name);
        return s ? makeSheet(ctx, s) : makeNull(ctx);
      },
      getFirst: () => makeSheet(ctx, state.sheets[0]),
      add(name) {
        const s = addSheet(state, name || "Sheet" + (state.sheets.length + 1));
        return makeSheet(ctx, s);
      },
      load() {
        queueLoad(ctx, this);
        return this;
      },
      _resolve() {
        this._loaded = true;
        this._items = state.sheets.map((s) => makeSheet(ctx, s));
        this._items.forEach((item) => item._resolve());
      },
      get items() {
        if (!this._loaded) throw fakeError("PropertyNotLoaded", "items");
        return this._items;
      },
    });
    const settings = lenient({
      add(key, value) {
        state.settings.set(key, JSON.parse(JSON.stringify(value)));
        return makeSetting(ctx, key);
      },
      getItem(key) {
        if (!state.settings.has(key)) throw fakeError("ItemNotFound", "No setting " + key);
        return makeSetting(ctx, key);
      },
      getItemOrNullObject(key) {
        return state.settings.has(key) ? makeSetting(ctx, key) : makeNull(ctx);
      },
      load() {
        return this;
      },
    });
    return lenient({
      worksheets,
      settings,
      getSelectedRange() {
        const sel = state.selection;
        const sheet = sel ? state.sheets.find((s) => s.name === sel.sheet) : state.sheets[state.activeSheet];
        return makeRange(ctx, sheet, parseAddress(sel ? sel.address : "A1"));
      },
      getActiveCell() {
        const r = this.getSelectedRange();
        return r.getCell(0, 0);
      },
      application: lenient({ suspendApiCalculationUntilNextSync() {}, calculate() {} }),
      load() {
        return this;
      },
    });
  }

  function makeNull(ctx) {
    const obj = lenient({
      load() {
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
      get value() {
        throw fakeError("InvalidObjectPath", "null object");
      },
    });
    return obj;
  }

  function makeSetting(ctx, key) {
    const state = ctx._state;
    const obj = lenient({
      key,
      load() {
        queueLoad(ctx, obj);
        return obj;
      },
      _resolve() {
        obj._loaded = true;
        obj._data = { value: JSON.parse(JSON.stringify(state.settings.get(key) ?? null)) };
      },
      get isNullObject() {
        if (!obj._loaded) throw fakeError("PropertyNotLoaded", "isNullObject");
        return false;
      },
      get value() {
        return loaded(obj, "value");
      },
      set value(v) {
        state.settings.set(key, JSON.parse(JSON.stringify(v)));
      },
      delete() {
        state.settings.delete(key);
      },
    });
    return obj;
  }

  function makeSheet(ctx, sheet) {
    const state = ctx._state;
    const obj = lenient({
      load() {
        queueLoad(ctx, obj);
        return obj;
      },
      _resolve() {
        obj._loaded = true;
        obj._data = { name: sheet.name, id: sheet.id, position: state.sheets.indexOf(sheet) };
      },
      get isNullObject() {
        return false;
      },
      get name() {
        return loaded(obj, "name");
      },
      set name(v) {
        sheet.name = v;
      },
      get id() {
        return loaded(obj, "id");
      },
      get position() {
        return loaded(obj, "position");
      },
      activate() {
        state.activeSheet = state.sheets.indexOf(sheet);
      },
      getRange(address) {
        return makeRange(ctx, sheet, parseAddress(address || "A1"));
      },
      getRangeByIndexes(r, c, rows, cols) {
        return makeRange(ctx, sheet, { top: r, left: c, bottom: r + rows - 1, right: c + cols - 1 });
      },
      getRanges(address) {
        return makeAreas(
          ctx,
          sheet,
          String(address)
            .split(",")
            .map((a) => parseAddress(a)),
        );
      },
      getUsedRange(valuesOnly) {
        return makeRange(ctx, sheet, usedRect(sheet, valuesOnly) || { top: 0, left: 0, bottom: 0, right: 0 });
      },
      getUsedRangeOrNullObject(valuesOnly) {
        const rect = usedRect(sheet, valuesOnly);
        return rect ? makeRange(ctx, sheet, rect) : makeNull(ctx);
      },
      onChanged: {
        add(handler) {
          sheet.handlers.push(handler);
          return {
            remove() {
              sheet.handlers = sheet.handlers.filter((h) => h !== handler);
            },
          };
        },
      },
    });
    return obj;
  }

  function makeAreas(ctx, sheet, rects) {
    const ranges = rects.map((r) => makeRange(ctx, sheet, r));
    const setAll = (fn) => ranges.forEach(fn);
    const obj = lenient({
      load() {
        queueLoad(ctx, obj);
        return obj;
      },
      _resolve() {
        obj._loaded = true;
        obj._data = { address: rects.map((r) => sheet.name + "!" + rectAddress(r)).join(",") };
      },
      get isNullObject() {
        if (!obj._loaded) throw fakeError("PropertyNotLoaded", "isNullObject");
        return false;
      },
      get address() {
        return loaded(obj, "address");
      },
      areaCount: rects.length,
      format: lenient({
        fill: lenient({
          set color(v) {
            setAll((r) => (r.format.fill.color = v));
          },
          clear() {
            setAll((r) => r.format.fill.clear());
          },
        }),
        font: lenient({
          set color(v) {
            setAll((r) => (r.format.font.color = v));
          },
          set bold(v) {
            setAll((r) => (r.format.font.bold = v));
          },
        }),
      }),
      select() {
        if (ranges[0]) ranges[0].select();
      },
    });
    return obj;
  }

  function makeRange(ctx, sheet, rect) {
    const state = ctx._state;
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    const each = (fn) => {
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
    };
    const matrix = (fn) => {
      const out = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row = [];
        for (let c = rect.left; c <= rect.right; c++) row.push(fn(cellOf(sheet, r, c, false), r, c));
        out.push(row);
      }
      return out;
    };
    const setMatrix = (data, apply) => {
      const scalar = !Array.isArray(data);
      if (
        !scalar &&
        (data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== cols))
      ) {
        throw fakeError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      }
      each((r, c) => apply(cellOf(sheet, r, c, true), scalar ? data : data[r - rect.top][c - rect.left]));
      noteWrite(ctx, sheet, rect);
    };
    const uniform = (fn) => {
      let first;
      let same = true;
      let seen = false;
      each((r, c) => {
        const v = fn(cellOf(sheet, r, c, false));
        if (!seen) {
          first = v;
          seen = true;
        } else if (v !== first) same = false;
      });
      return same ? first : null;
    };
    const fill = lenient({
      get color() {
        return loaded(obj, "fillColor");
      },
      set color(v) {
        each((r, c) => (cellOf(sheet, r, c, true).fill = String(v).toUpperCase()));
      },
      get pattern() {
        return loaded(obj, "fillPattern");
      },
      clear() {
        each((r, c) => {
          const cell = cellOf(sheet, r, c, false);
          if (cell) cell.fill = null;
        });
      },
    });
    const font = lenient({
      get color() {
        return loaded(obj, "fontColor");
      },
      set color(v) {
        each((r, c) => (cellOf(sheet, r, c, true).font = String(v).toUpperCase()));
      },
      get bold() {
        return loaded(obj, "bold");
      },
      set bold(v) {
        each((r, c) => (cellOf(sheet, r, c, true).bold = !!v));
      },
    });
    const obj = lenient({
      _sheet: sheet,
      _rect: rect,
      load() {
        queueLoad(ctx, obj);
        return obj;
      },
      _resolve() {
        obj._loaded = true;
        obj._data = {
          address: sheet.name + "!" + rectAddress(rect),
          addressLocal: sheet.name + "!" + rectAddress(rect),
          rowIndex: rect.top,
          columnIndex: rect.left,
          rowCount: rows,
          columnCount: cols,
          values: matrix((cell) => (cell ? (cell.formula ? formulaResult(cell.formula) : cell.value) : "")),
          formulas: matrix((cell) => (cell ? cell.formula || cell.value : "")),
          valueTypes: matrix((cell) =>
            valueTypeOf(cell ? (cell.formula ? formulaResult(cell.formula) : cell.value) : ""),
          ),
          text: matrix((cell) => String(cell ? cell.value : "")),
          numberFormat: matrix((cell) => (cell && cell.numberFormat) || "General"),
          fillColor: uniform((cell) => (cell && cell.fill) || "#FFFFFF"),
          fillPattern: uniform((cell) => (cell && cell.fill ? "Solid" : "None")),
          fontColor: uniform((cell) => (cell ? cell.font : "#000000")),
          bold: uniform((cell) => (cell ? cell.bold : false)),
        };
      },
      get isNullObject() {
        return false;
      },
      get address() {
        return loaded(obj, "address");
      },
      get addressLocal() {
        return loaded(obj, "addressLocal");
      },
      get rowIndex() {
        return loaded(obj, "rowIndex");
      },
      get columnIndex() {
        return loaded(obj, "columnIndex");
      },
      get rowCount() {
        return loaded(obj, "rowCount");
      },
      get columnCount() {
        return loaded(obj, "columnCount");
      },
      get values() {
        return loaded(obj, "values");
      },
      set values(data) {
        setMatrix(data, (cell, v) => {
          const text = v === null || v === undefined ? "" : v;
          if (typeof text === "string" && text.startsWith("'")) {
            cell.formula = "";
            cell.value = text.slice(1);
          } else if (typeof text === "string" && text.startsWith("=")) {
            cell.formula = text;
            cell.value = "";
          } else {
            cell.formula = "";
            cell.value = text;
          }
        });
      },
      get formulas() {
        return loaded(obj, "formulas");
      },
      set formulas(data) {
        setMatrix(data, (cell, v) => {
          const text = v === null || v === undefined ? "" : v;
          if (typeof text === "string" && text.startsWith("=")) {
            cell.formula = text;
            cell.value = "";
          } else {
            cell.formula = "";
            cell.value = text;
          }
        });
      },
      get valueTypes() {
        return loaded(obj, "valueTypes");
      },
      get numberFormat() {
        return loaded(obj, "numberFormat");
      },
      set numberFormat(data) {
        setMatrix(data, (cell, v) => {
          cell.numberFormat = String(v);
        });
      },
      get text() {
        return loaded(obj, "text");
      },
      format: lenient({ fill, font, autofitColumns() {}, autofitRows() {} }),
      select() {
        state.selection = { sheet: sheet.name, address: rectAddress(rect) };
        state.activeSheet = state.sheets.indexOf(sheet);
      },
      getCell(r, c) {
        return makeRange(ctx, sheet, {
          top: rect.top + r,
          left: rect.left + c,
          bottom: rect.top + r,
          right: rect.left + c,
        });
      },
      getRow(i) {
        return makeRange(ctx, sheet, {
          top: rect.top + i,
          bottom: rect.top + i,
          left: rect.left,
          right: rect.right,
        });
      },
      getColumn(i) {
        return makeRange(ctx, sheet, {
          top: rect.top,
          bottom: rect.bottom,
          left: rect.left + i,
          right: rect.left + i,
        });
      },
      getEntireRow() {
        return makeRange(ctx, sheet, { top: rect.top, bottom: rect.bottom, left: 0, right: 16383 });
      },
      getOffsetRange(dr, dc) {
        return makeRange(ctx, sheet, {
          top: rect.top + dr,
          bottom: rect.bottom + dr,
          left: rect.left + dc,
          right: rect.right + dc,
        });
      },
      getResizedRange(dr, dc) {
        return makeRange(ctx, sheet, {
          top: rect.top,
          left: rect.left,
          bottom: rect.bottom + dr,
          right: rect.right + dc,
        });
      },
      getBoundingRect(other) {
        const o = typeof other === "string" ? parseAddress(other) : other._rect;
        return makeRange(ctx, sheet, {
          top: Math.min(rect.top, o.top),
          left: Math.min(rect.left, o.left),
          bottom: Math.max(rect.bottom, o.bottom),
          right: Math.max(rect.right, o.right),
        });
      },
      getMergedAreasOrNullObject() {
        if (!state.mergedAreas) throw fakeError("ApiNotFound", "getMergedAreasOrNullObject is not supported");
        const inside = sheet.merges.filter(
          (m) => m.top <= rect.bottom && m.bottom >= rect.top && m.left <= rect.right && m.right >= rect.left,
        );
        return inside.length ? makeAreas(ctx, sheet, inside) : makeNull(ctx);
      },
      merge(across) {
        sheet.merges = sheet.merges.filter(
          (m) =>
            !(m.top <= rect.bottom && m.bottom >= rect.top && m.left <= rect.right && m.right >= rect.left),
        );
        if (across)
          for (let r = rect.top; r <= rect.bottom; r++)
            sheet.merges.push({ top: r, bottom: r, left: rect.left, right: rect.right });
        else sheet.merges.push({ ...rect });
      },
      unmerge() {
        sheet.merges = sheet.merges.filter(
          (m) =>
            !(m.top <= rect.bottom && m.bottom >= rect.top && m.left <= rect.right && m.right >= rect.left),
        );
      },
      insert(shift) {
        if (String(shift).toLowerCase() !== "down")
          throw fakeError("NotImplemented", "fake host inserts rows only");
        const n = rows;
        const moved = new Map();
        for (const [key, cell] of sheet.cells) {
          const [r, c] = key.split(",").map(Number);
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
          { top: rect.top, bottom: rect.top + n - 1, left: 0, right: 16383 },
          "RowInserted",
        );
        return makeRange(ctx, sheet, rect);
      },
      clear() {
        each((r, c) => sheet.cells.delete(r + "," + c));
        noteWrite(ctx, sheet, rect);
      },
      copyFrom(source, type) {
        const src = typeof source === "string" ? parseAddress(source) : source._rect;
        const kind = String(type || "All").toLowerCase();
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
  /** An Excel namespace over a fresh in-memory workbook; `host.state` is the workbook. */
  function createFakeExcel(options) {
    const opts = options || {};
    const state = createState(opts);
    const Excel = {
      run(first, second) {
        const batch = typeof first === "function" ? first : second;
        const ctx = createContext(state);
        return Promise.resolve().then(() => batch(ctx));
      },
      RequestContext: function () {
        return createContext(state);
      },
      InsertShiftDirection: { down: "Down", right: "Right" },
      DeleteShiftDirection: { up: "Up", left: "Left" },
      RangeCopyType: { all: "All", formulas: "Formulas", values: "Values", formats: "Formats" },
      ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
      EventTriggerSource: { thisLocalAddin: "ThisLocalAddin", unknown: "Unknown" },
    };
    const supported = (name, version) => {
      if (name === "ExcelApi") return compareVersion(version || "1.1", state.apiVersion) <= 0;
      return name === "SharedRuntime" || name === "CustomFunctionsRuntime";
    };
    const host = {
      Excel,
      state,
      context: () => createContext(state),
      isSetSupported: supported,
      sheet: (name) => state.sheets.find((s) => s.name === (name || state.sheets[state.activeSheet].name)),
      /** Set cells as a test fixture (no events). `data` is a 2-D array from `address`'s top-left. */
      setCells(sheetName, address, data) {
        const sheet = host.sheet(sheetName);
        const at = parseAddress(address);
        data.forEach((row, i) =>
          row.forEach((v, j) => {
            const cell = cellOf(sheet, at.top + i, at.left + j, true);
            // fixtures are literal text; a formula is given as { f: "=..." }
            if (v && typeof v === "object" && typeof v.f === "string") cell.formula = v.f;
            else cell.value = v === null ? "" : v;
          }),
        );
      },
      cell(sheetName, address) {
        const at = parseAddress(address);
        return cellOf(host.sheet(sheetName), at.top, at.left, false) || null;
      },
      /** A user's edit: sets the value and fires onChanged like Excel does. */
      userEdit(sheetName, address, value) {
        host.setCells(sheetName, address, [[value]]);
        fireChanged(state, host.sheet(sheetName), parseAddress(address), "RangeEdited", "Unknown");
      },
      addSheet: (name) => addSheet(state, name),
      /** Custom functions registered through CustomFunctions.associate, by id. */
      functions: new Map(),
      /** Ribbon actions registered through Office.actions.associate, by id. */
      actions: new Map(),
    };
    return host;
  }

  function compareVersion(a, b) {
    const pa = String(a).split(".").map(Number);
    const pb = String(b).split(".").map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const d = (pa[i] || 0) - (pb[i] || 0);
      if (d) return d < 0 ? -1 : 1;
    }
    return 0;
  }

  /** Installs Office, Excel and CustomFunctions globals on `root` (a window). */
  function install(root, options) {
    const host = createFakeExcel(options);
    const info = options.outsideExcel ? { host: null, platform: null } : { host: "Excel", platform: "PC" };
    root.Excel = host.Excel;
    root.Office = {
      HostType: { Excel: "Excel" },
      PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
      onReady(cb) {
        const p = new Promise((resolve) => setTimeout(() => resolve(info), options.readyDelay || 0));
        return cb ? p.then((i) => (cb(i), i)) : p;
      },
      context: {
        displayLanguage: options.displayLanguage || "zh-CN",
        requirements: { isSetSupported: host.isSetSupported },
        document: { settings: { get() {}, set() {}, saveAsync() {} } },
      },
      // Records what the add-in registers, so a test can call it by id as Excel would.
      actions: { associate: (id, fn) => void host.actions.set(id, fn) },
      addin: { showAsTaskpane: () => Promise.resolve(), setStartupBehavior: () => Promise.resolve() },
    };
    root.CustomFunctions = {
      // Both forms of the real API: associate(id, fn) and associate({ id: fn, … }).
      associate(idOrMap, fn) {
        const entries = typeof idOrMap === "string" ? [[idOrMap, fn]] : Object.entries(idOrMap);
        for (const [id, f] of entries) {
          if (host.functions.has(id)) throw new Error(`CustomFunctions.associate: ${id} registered twice`);
          host.functions.set(id, f);
        }
      },
      Error: class CustomFunctionError extends Error {
        constructor(code, message) {
          super(message || code);
          this.code = code;
        }
      },
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
        invalidName: "#NAME?",
        invalidReference: "#REF!",
      },
    };
    root.FakeExcelHost.host = host;
    return host;
  }

  return { createFakeExcel, install, parseAddress, rectAddress };
});
