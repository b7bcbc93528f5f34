/**
 * Adds `count` empty 三级 rows under the 二级 of the selected cell on a template sheet, keeping the
 * row's formulas, formats and dropdowns (copied from the 二级's last row), growing the 一级/二级 merges
 * and the footer's sums. Two syncs: one load, one batch of writes. Needs ExcelApi 1.13 for the merges
 * (getMergedAreasOrNullObject); an older Excel gets a refusal saying so, before anything is written.
 */
import type { Refusal } from "../../core/messages";
import { parseRange } from "../../core/address";
import { planRowInsert, rowOf, type SheetSnapshot } from "../../core/templates";
import { isExcelApiSupported } from "./apiSupport";

export type InsertRowsResult =
  { readonly ok: true; readonly firstRow: number; readonly count: number } | Refusal;

/**
 * @example
 * await Excel.run((context) => insertIndicatorRows(context, 2));
 */
export async function insertIndicatorRows(
  context: Excel.RequestContext,
  count: number,
): Promise<InsertRowsResult> {
  // Without the merges the 一级/二级 cells would not grow over the new rows: refuse rather than half-do it.
  if (!isExcelApiSupported("1.13")) return { ok: false, code: "TEMPLATE_INSERT_ROWS_NEEDS_1_13" };
  try {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRange();
    used.load("formulas, rowIndex, columnIndex");
    const merged = used.getMergedAreasOrNullObject();
    merged.load("address");
    const active = context.workbook.getActiveCell();
    active.load("rowIndex");
    await context.sync();

    const snapshot: SheetSnapshot = {
      formulas: used.formulas as (string | number | boolean | null)[][],
      top: used.rowIndex,
      left: used.columnIndex,
      merges: merged.isNullObject ? [] : splitAreas(merged.address),
    };
    const plan = planRowInsert(snapshot, active.rowIndex, count);
    if (!plan.ok) return plan;

    const width = plan.lastCol - plan.firstCol + 1;
    sheet.getRangeByIndexes(plan.at, 0, plan.count, 1).getEntireRow().insert("Down");
    const source = sheet.getRangeByIndexes(plan.sourceRow, plan.firstCol, 1, width);
    const target = sheet.getRangeByIndexes(plan.at, plan.firstCol, plan.count, width);
    target.copyFrom(source, "All");
    for (const col of plan.clearCols) {
      sheet.getRangeByIndexes(plan.at, col, plan.count, 1).clear("Contents");
    }
    for (const area of plan.merges) {
      const range = sheet.getRange(area);
      range.unmerge();
      range.merge(false);
    }
    for (const f of plan.formulas) sheet.getRangeByIndexes(f.row, f.col, 1, 1).formulas = [[f.formula]];
    sheet.getRangeByIndexes(plan.at, plan.firstCol, 1, 1).select();
    await context.sync();
    return { ok: true, firstRow: plan.at, count: plan.count };
  } catch (error) {
    return {
      ok: false,
      code: "TEMPLATE_INSERT_ROWS_FAILED",
      params: { detail: error instanceof Error ? error.message : String(error) },
    };
  }
}

/** "Sheet1!A13:A18, Sheet1!$B$13:$B$14" → ["A13:A18", "B13:B14"]. */
export function splitAreas(address: string): string[] {
  return address
    .split(",")
    .map((part) => part.trim())
    .map((part) => (part.includes("!") ? part.slice(part.lastIndexOf("!") + 1) : part).replace(/\$/g, ""))
    .filter((part) => parseRange(part) !== null && rowOf(part) !== null);
}
