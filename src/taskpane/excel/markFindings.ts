import { parseRange, toA1 } from "../../core/address";
import type { Finding } from "../../core/validation/finding";
import { isExcelApiSupported } from "./apiSupport";
import {
  MARK_COLOURS,
  loadRecord,
  queueFormat,
  queueRestore,
  queueSaveRecord,
  recordOf,
  type MarkRecord,
  type OriginalFormat,
} from "./markRecord";

export interface MarkOptions {
  /** Also take the marks off cells marked before that have no finding now (default true). */
  readonly replace?: boolean;
}

export interface MarkResult {
  readonly errors: number;
  readonly warnings: number;
  /** Cells whose old mark was taken off (replace). */
  readonly restored: number;
}

/** Cells of a finding's address; a range is expanded (up to 200 cells), a bad address gives none. */
function cellsOf(address: string): string[] {
  const rect = parseRange(address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address);
  if (!rect) return [];
  const out: string[] = [];
  for (let r = rect.top; r <= rect.bottom && out.length < 200; r++) {
    for (let c = rect.left; c <= rect.right && out.length < 200; c++) out.push(toA1(r, c));
  }
  return out;
}

/** sheet ("" = active) → cell → worst severity among error and warning; info is not marked. */
function severityByCell(findings: readonly Finding[]): Map<string, Map<string, "error" | "warning">> {
  const bySheet = new Map<string, Map<string, "error" | "warning">>();
  for (const f of findings) {
    if (f.severity !== "error" && f.severity !== "warning") continue;
    const cells = bySheet.get(f.sheet ?? "") ?? new Map<string, "error" | "warning">();
    bySheet.set(f.sheet ?? "", cells);
    for (const cell of cellsOf(f.cell)) {
      if (cells.get(cell) !== "error") cells.set(cell, f.severity);
    }
  }
  return bySheet;
}

/**
 * Marks the cells of `findings` — errors and warnings in two colours — after remembering each cell's
 * own fill and font colour in the workbook, so {@link clearMarks} can put them back exactly. Values and
 * formulas are never touched. Two syncs whatever the number of findings (one to read the current
 * formats, one to write), the writes batched by colour.
 *
 * @example
 * await Excel.run((context) => markFindings(context, findings));
 */
export async function markFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  options: MarkOptions = {},
): Promise<MarkResult> {
  const replace = options.replace !== false;
  const wanted = severityByCell(findings);
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  const setting = loadRecord(context);
  const hasPattern = isExcelApiSupported("1.9");
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string): Excel.Worksheet => {
    const known = sheets.get(name);
    if (known) return known;
    const sheet = name === "" ? active : context.workbook.worksheets.getItem(name);
    sheets.set(name, sheet);
    return sheet;
  };
  const probes = new Map<string, Map<string, Excel.Range>>();
  for (const [sheetName, cells] of wanted) {
    const sheet = sheetOf(sheetName);
    const ranges = new Map<string, Excel.Range>();
    for (const cell of cells.keys()) {
      const range = sheet.getRange(cell);
      if (hasPattern) {
        range.load(
          "format/fill/color,format/fill/pattern,format/fill/patternColor,format/fill/tintAndShade,format/fill/patternTintAndShade",
        );
      } else range.load("format/fill/color");
      ranges.set(cell, range);
    }
    probes.set(sheetName, ranges);
  }
  await context.sync();

  const old = recordOf(setting);
  const record: MarkRecord = { v: 1, sheets: { ...old.sheets } };
  let restored = 0;
  const named = (name: string): string => (name === "" ? active.name : name);

  if (replace) {
    const wantedByName = new Map([...wanted].map(([name, cells]) => [named(name), cells]));
    for (const [sheetName, cells] of Object.entries(old.sheets)) {
      // only sheets this run looked at: a check of one sheet leaves other sheets' marks alone
      if (!wantedByName.has(sheetName) && sheetName !== active.name) continue;
      const keep = wantedByName.get(sheetName);
      const stale = Object.fromEntries(Object.entries(cells).filter(([cell]) => !keep?.has(cell)));
      if (Object.keys(stale).length === 0) continue;
      restored += queueRestore(sheetName === active.name ? active : sheetOf(sheetName), stale);
      record.sheets[sheetName] = Object.fromEntries(
        Object.entries(cells).filter(([cell]) => keep?.has(cell)),
      );
    }
  }

  let errors = 0;
  let warnings = 0;
  for (const [sheetKey, cells] of wanted) {
    const sheetName = named(sheetKey);
    const originals: Record<string, OriginalFormat> = { ...(record.sheets[sheetName] ?? {}) };
    const byColour = { error: [] as string[], warning: [] as string[] };
    for (const [cell, severity] of cells) {
      if (!originals[cell]) {
        const range = probes.get(sheetKey)?.get(cell);
        originals[cell] = range ? originalFormatOf(range, hasPattern) : [null, null];
      }
      byColour[severity].push(cell);
    }
    record.sheets[sheetName] = originals;
    const sheet = sheetOf(sheetKey);
    queueFormat(sheet, byColour.error, MARK_COLOURS.error.fill, null);
    queueFormat(sheet, byColour.warning, MARK_COLOURS.warning.fill, null);
    errors += byColour.error.length;
    warnings += byColour.warning.length;
  }
  queueSaveRecord(context, record, setting);
  await context.sync();
  return { errors, warnings, restored };
}

/**
 * A cell's own fill. Excel reports "#FFFFFF" for a cell without fill; the fill pattern (ExcelApi 1.9)
 * tells "no fill" from a white fill, and carries the pattern, its colour and the tints. Older hosts
 * cannot tell: white is then taken as "no fill". The font is not recorded: marks do not change it.
 */
function originalFormatOf(range: Excel.Range, hasPattern: boolean): OriginalFormat {
  const fill = range.format.fill;
  const noFill = hasPattern
    ? fill.pattern === "None" || fill.color === null
    : fill.color === "#FFFFFF" || fill.color === null;
  if (noFill || !hasPattern) return [noFill ? null : fill.color, null];
  const details: { p?: string; pc?: string; t?: number; pt?: number } = {};
  const pattern = fill.pattern as string | null;
  if (pattern && pattern !== "Solid") {
    details.p = pattern;
    if (fill.patternColor) details.pc = fill.patternColor;
    if (typeof fill.patternTintAndShade === "number" && fill.patternTintAndShade !== 0) {
      details.pt = fill.patternTintAndShade;
    }
  }
  if (typeof fill.tintAndShade === "number" && fill.tintAndShade !== 0) details.t = fill.tintAndShade;
  return Object.keys(details).length > 0 ? [fill.color, null, details] : [fill.color, null];
}
