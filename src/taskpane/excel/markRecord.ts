/**
 * What the validator's marks replaced: each marked cell's own fill and font colour, kept in the workbook
 * (`context.workbook.settings`, ExcelApi 1.4) so "clear marks" still restores them after the file was
 * saved, closed and opened again.
 */
import { isExcelApiSupported } from "./apiSupport";

/** Setting key of the record. */
export const MARK_RECORD_KEY = "PerfTables.marks";

/** [own fill colour or null for "no fill", own font colour or null when unknown]. */
export type OriginalFormat = readonly [string | null, string | null];

export interface MarkRecord {
  readonly v: 1;
  /** sheet name → cell address → original format. */
  readonly sheets: Record<string, Record<string, OriginalFormat>>;
}

export const MARK_COLOURS = {
  error: { fill: "#FDE7E9", font: "#A4262C" },
  warning: { fill: "#FFF4CE", font: "#7A5B00" },
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
 * Queues giving `cells` the same fill and font: one write per chunk of addresses through
 * `getRanges` (ExcelApi 1.9), else one write per cell — never a sync.
 */
export function queueFormat(
  sheet: Excel.Worksheet,
  addresses: readonly string[],
  fill: string | null,
  font: string | null,
): void {
  const targets: (Excel.Range | Excel.RangeAreas)[] = isExcelApiSupported("1.9")
    ? chunkAddresses(addresses).map((a) => sheet.getRanges(a))
    : addresses.map((a) => sheet.getRange(a));
  for (const target of targets) {
    if (fill === null) target.format.fill.clear();
    else target.format.fill.color = fill;
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
    const key = `${format[0] ?? ""}|${format[1] ?? ""}`;
    const group = groups.get(key) ?? { format, addresses: [] };
    group.addresses.push(address);
    groups.set(key, group);
  }
  let count = 0;
  for (const { format, addresses } of groups.values()) {
    queueFormat(sheet, addresses, format[0], format[1]);
    count += addresses.length;
  }
  return count;
}
