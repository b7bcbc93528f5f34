import type { Refusal } from "../../core/messages";
/**
 * Re-enters the formulas that call a PERF function (typed `PERF.X(` or stored `_xldudf_PERF_X(`) on
 * every sheet of the workbook, for workbooks that show #NAME? because their PERF calls were evaluated
 * while the add-in was absent (a known Excel behaviour, office-js #6395 and #4185: such formulas stay
 * #NAME? until re-entered). Two syncs whatever the number of sheets: one read of every used range, one
 * batch of writes. `onlyNameErrors` re-enters only the PERF formulas showing #NAME? — what the pane
 * does by itself when it opens — and leaves a healthy workbook untouched.
 */
import { fromFileFormula, hasPerfCall } from "../../core/templates";

export type RepairResult =
  | {
      readonly ok: true;
      readonly count: number;
      /** Sheets with at least one formula re-entered. */
      readonly sheets: number;
      readonly code: "TEMPLATE_REPAIR_DONE" | "TEMPLATE_REPAIR_NOTHING";
    }
  | Refusal;

export interface RepairOptions {
  /** Only the PERF formulas whose value is #NAME? (the automatic repair on opening). */
  readonly onlyNameErrors?: boolean;
}

/**
 * @example
 * await Excel.run((context) => repairFormulas(context)); // { ok: true, count: 38, sheets: 2, code: "TEMPLATE_REPAIR_DONE" }
 */
export async function repairFormulas(
  context: Excel.RequestContext,
  options: RepairOptions = {},
): Promise<RepairResult> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const used = worksheets.items.map((sheet) => {
      const range = sheet.getUsedRangeOrNullObject();
      // values only when needed: they say which formulas show #NAME?
      if (options.onlyNameErrors) range.load("formulas, values, rowIndex, columnIndex");
      else range.load("formulas, rowIndex, columnIndex");
      return { sheet, range };
    });
    await context.sync();

    let count = 0;
    let sheets = 0;
    for (const { sheet, range } of used) {
      if (range.isNullObject) continue;
      const values = options.onlyNameErrors ? (range.values as unknown[][]) : undefined;
      let here = 0;
      (range.formulas as unknown[][]).forEach((row, r) => {
        row.forEach((value, c) => {
          if (typeof value !== "string" || !value.startsWith("=") || !hasPerfCall(value)) return;
          if (values && values[r]?.[c] !== "#NAME?") return;
          // Writing the formula again (in its typed form) makes Excel resolve the function anew.
          sheet.getRangeByIndexes(range.rowIndex + r, range.columnIndex + c, 1, 1).formulas = [
            [fromFileFormula(value)],
          ];
          here += 1;
        });
      });
      count += here;
      if (here > 0) sheets += 1;
    }
    if (count === 0) return { ok: true, count: 0, sheets: 0, code: "TEMPLATE_REPAIR_NOTHING" };
    await context.sync();
    return { ok: true, count, sheets, code: "TEMPLATE_REPAIR_DONE" };
  } catch (error) {
    return {
      ok: false,
      code: "TEMPLATE_REPAIR_FAILED",
      params: { detail: error instanceof Error ? error.message : String(error) },
    };
  }
}
