import type { Refusal } from "../../core/messages";
/**
 * Re-enters every formula of the active sheet that calls a PERF function (typed `PERF.X(` or stored
 * `_xldudf_PERF_X(`), for workbooks that show #NAME? because they were saved while the add-in was
 * absent (a known Excel behaviour: such formulas stay #NAME? until re-entered). Two syncs.
 */
import { fromFileFormula, hasPerfCall } from "../../core/templates";

export type RepairResult =
  | {
      readonly ok: true;
      readonly count: number;
      readonly code: "TEMPLATE_REPAIR_DONE" | "TEMPLATE_REPAIR_NOTHING";
    }
  | Refusal;

/**
 * @example
 * await Excel.run((context) => repairFormulas(context)); // { ok: true, count: 38, code: "TEMPLATE_REPAIR_DONE" }
 */
export async function repairFormulas(context: Excel.RequestContext): Promise<RepairResult> {
  try {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRangeOrNullObject();
    used.load("formulas, rowIndex, columnIndex");
    await context.sync();
    if (used.isNullObject) return { ok: true, count: 0, code: "TEMPLATE_REPAIR_NOTHING" };

    let count = 0;
    (used.formulas as unknown[][]).forEach((row, r) => {
      row.forEach((value, c) => {
        if (typeof value !== "string" || !value.startsWith("=") || !hasPerfCall(value)) return;
        // Writing the formula again (in its typed form) makes Excel resolve the function anew.
        sheet.getRangeByIndexes(used.rowIndex + r, used.columnIndex + c, 1, 1).formulas = [
          [fromFileFormula(value)],
        ];
        count += 1;
      });
    });
    if (count === 0) return { ok: true, count: 0, code: "TEMPLATE_REPAIR_NOTHING" };
    await context.sync();
    return { ok: true, count, code: "TEMPLATE_REPAIR_DONE" };
  } catch (error) {
    return {
      ok: false,
      code: "TEMPLATE_REPAIR_FAILED",
      params: { detail: error instanceof Error ? error.message : String(error) },
    };
  }
}
