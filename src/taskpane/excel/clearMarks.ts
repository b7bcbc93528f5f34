import { loadRecord, queueRestore, queueSaveRecord, recordOf, type MarkRecord } from "./markRecord";

export interface ClearOptions {
  /** Only this sheet's marks; every sheet's when absent. */
  readonly sheetName?: string;
}

/**
 * Takes the validator's marks off: every marked cell gets back its own fill (none, or its colour) and
 * font colour, as recorded by {@link markFindings} in the workbook. Values and formulas are not touched.
 * Sheets deleted since are skipped. Returns how many cells were restored. Two syncs.
 *
 * @example
 * const restored = await Excel.run((context) => clearMarks(context));
 */
export async function clearMarks(context: Excel.RequestContext, options: ClearOptions = {}): Promise<number> {
  const setting = loadRecord(context);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();

  const record = recordOf(setting);
  const existing = new Set(sheets.items.map((s) => s.name));
  const kept: MarkRecord = { v: 1, sheets: {} };
  let restored = 0;
  for (const [sheetName, cells] of Object.entries(record.sheets)) {
    if (options.sheetName !== undefined && sheetName !== options.sheetName) {
      kept.sheets[sheetName] = cells;
      continue;
    }
    if (!existing.has(sheetName)) continue;
    restored += queueRestore(sheets.getItem(sheetName), cells);
  }
  queueSaveRecord(context, kept, setting);
  await context.sync();
  return restored;
}
