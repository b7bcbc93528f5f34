/**
 * What the validator's marks replaced: each marked cell's own fill — colour, and from ExcelApi 1.9 its
 * pattern, pattern colour and tints — kept in the workbook (`context.workbook.settings`, ExcelApi 1.4) so
 * "clear marks" still restores it after the file was saved, closed and opened again. Marks change the
 * fill only: the font keeps its own colour, so an "Automatic" or theme font colour, which the API cannot
 * read back as such, is never lost. A theme fill colour comes back as its RGB value with its tint (the
 * same look; it no longer follows a change of theme) — the API gives no theme index.
 */
import { isExcelApiSupported } from "./apiSupport";

/** Setting key of the record. */
export const MARK_RECORD_KEY = "PerfTables.marks";

/** A fill's pattern, pattern colour and tints (ExcelApi 1.9), where they differ from a plain fill. */
export interface FillDetails {
  /** Pattern other than Solid, e.g. "LightDown". */
  readonly p?: string;
  /** Pattern colour. */
  readonly pc?: string;
  /** tintAndShade of the fill colour (a theme colour's tint), when not 0. */
  readonly t?: number;
  /** patternTintAndShade, when not 0. */
  readonly pt?: number;
}

/**
 * [own fill colour or null for "no fill", own font colour or null when the font was not changed,
 * fill details]. Records written before marks left the font alone carry a font colour; it is restored.
 */
export type OriginalFormat =
  readonly [string | null, string | null] | readonly [string | null, string | null, FillDetails];

export interface MarkRecord {
  readonly v: 1;
  /** sheet name → cell address → original format. */
  readonly sheets: Record<string, Record<string, OriginalFormat>>;
}

/** The marks' fills (the font is left alone: see the file comment). */
export const MARK_COLOURS = {
  error: { fill: "#FDE7E9" },
  warning: { fill: "#FFF4CE" },
} as const;

/** The record stored in the workbook, or an empty one when there is none or it is unreadable. */
function toMarkRecord(value: unknown): MarkRecord {
  const text =
    typeof value === "string" ? value : value === null || value === undefined ? "" : JSON.stringify(value);
  try {
    const parsed = JSON.parse(text) as Partial<MarkRecord>;
    if (parsed && parsed.v === 1 && typeof parsed.sheets === "object" && parsed.sheets !== null) {
      return { v: 1, sheets: parsed.sheets };
    }
  } catch {
    // an unreadable record is treated as none: nothing can be restored from it anyway
  }
  return { v: 1, sheets: {} };
}

/**
 * Queues writing the record, or deleting it when it is empty; `loaded` is the record's setting as
 * loaded in the caller's previous sync (so a missing one is never touched). The caller syncs.
 */
export function queueSaveRecord(
  context: Excel.RequestContext,
  record: MarkRecord,
  loaded: Excel.Setting,
): void {
  const empty = Object.values(record.sheets).every((cells) => Object.keys(cells).length === 0);
  if (!empty) context.workbook.settings.add(MARK_RECORD_KEY, JSON.stringify(record));
  else if (!loaded.isNullObject) loaded.delete();
}

/** A setting proxy for the record, to load in the caller's next sync. */
export function loadRecord(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(MARK_RECORD_KEY);
  setting.load("value");
  return setting;
}

/** The record a loaded setting holds. */
export function recordOf(setting: Excel.Setting): MarkRecord {
  return setting.isNullObject ? { v: 1, sheets: {} } : toMarkRecord(setting.value);
}

/** Addresses joined into getRanges() strings of at most `size` cells (Excel limits the address length). */
function chunkAddresses(addresses: readonly string[], size = 150): string[] {
  const out: string[] = [];
  for (let i = 0; i < addresses.length; i += size) out.push(addresses.slice(i, i + size).join(","));
  return out;
}

/**
 * Queues giving `cells` the same fill (and font colour, when not null): one write per chunk of
 * addresses through `getRanges` (ExcelApi 1.9), else one write per cell — never a sync. The colour is
 * set first: it makes a plain solid fill, on which the pattern and tints are then put back.
 */
export function queueFormat(
  sheet: Excel.Worksheet,
  addresses: readonly string[],
  fill: string | null,
  font: string | null,
  details: FillDetails = {},
): void {
  const targets: (Excel.Range | Excel.RangeAreas)[] = isExcelApiSupported("1.9")
    ? chunkAddresses(addresses).map((a) => sheet.getRanges(a))
    : addresses.map((a) => sheet.getRange(a));
  for (const target of targets) {
    if (fill === null) target.format.fill.clear();
    else {
      target.format.fill.color = fill;
      if (details.p !== undefined) target.format.fill.pattern = details.p as Excel.FillPattern;
      if (details.pc !== undefined) target.format.fill.patternColor = details.pc;
      if (details.t !== undefined) target.format.fill.tintAndShade = details.t;
      if (details.pt !== undefined) target.format.fill.patternTintAndShade = details.pt;
    }
    if (font !== null) target.format.font.color = font;
  }
}

/** Queues restoring each cell's original format, batched by format. */
export function queueRestore(
  sheet: Excel.Worksheet,
  cells: Readonly<Record<string, OriginalFormat>>,
): number {
  const groups = new Map<string, { format: OriginalFormat; addresses: string[] }>();
  for (const [address, format] of Object.entries(cells)) {
    const key = JSON.stringify(format);
    const group = groups.get(key) ?? { format, addresses: [] };
    group.addresses.push(address);
    groups.set(key, group);
  }
  let count = 0;
  for (const { format, addresses } of groups.values()) {
    queueFormat(sheet, addresses, format[0], format[1], format[2]);
    count += addresses.length;
  }
  return count;
}
