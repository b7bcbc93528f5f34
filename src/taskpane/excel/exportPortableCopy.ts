/**
 * "导出通用版": a copy of the active sheet with every PERF formula turned into built-in functions
 * (docs/architecture.md §5.1), on a NEW sheet — the original is never touched. Excel copies the sheet
 * whole (styles, column widths, merges, print setup, dropdowns, conditional fills: Worksheet.copy,
 * ExcelApi 1.7), then the formulas are rewritten in the copy and the helper columns added, hidden and
 * protected. Three syncs, more for a sheet whose formulas exceed one request (writeFormulasInBlocks).
 */
import { fromA1, toA1 } from "../../core/address";
import type { Refusal } from "../../core/messages";
import { NATIONAL_RULES, type ScoringOptions } from "../../core/scoring/options";
import { recogniseTables } from "../../core/tables";
import { fromFileFormula, hasPerfCall, uniqueSheetName } from "../../core/templates";
import { toPortableCells, type SheetCell } from "../../core/templates/portable";
import { protectPortableSheet } from "./protectPortableSheet";
import { readSheet } from "./readSheet";
import { writeFormulasInBlocks } from "./writeFormulasInBlocks";

export type ExportPortableResult =
  { readonly ok: true; readonly sheetName: string; readonly rewritten: number } | Refusal;

/**
 * @example
 * await Excel.run((context) => exportPortableCopy(context)); // { ok: true, sheetName: "绩效自评表2024 通用版", rewritten: 40 }
 */
export async function exportPortableCopy(
  context: Excel.RequestContext,
  options: ScoringOptions = NATIONAL_RULES,
): Promise<ExportPortableResult> {
  try {
    const grid = await readSheet(context);
    const origin = fromA1(grid.origin ?? "A1") ?? { row: 0, col: 0 };
    const cells: SheetCell[] = [];
    let width = 0;
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = grid.formulas?.[r]?.[c] ?? "";
        const at = { row: origin.row + r, col: origin.col + c };
        width = Math.max(width, at.col + 1);
        if (formula !== "")
          cells.push({ ...at, formula: hasPerfCall(formula) ? fromFileFormula(formula) : formula });
        else if (typeof value === "string" || typeof value === "number") cells.push({ ...at, value });
        else if (typeof value === "boolean") cells.push({ ...at, value: value ? "TRUE" : "FALSE" });
      }),
    );
    if (!cells.some((cell) => cell.formula !== undefined && hasPerfCall(cell.formula))) {
      return { ok: false, code: "TEMPLATE_EXPORT_NOTHING" };
    }
    const [table] = recogniseTables(grid);
    const firstIndicator = table?.indicators[0] ? fromA1(table.indicators[0].target.cell) : null;
    const headerRow = firstIndicator ? Math.max(0, firstIndicator.row - 1) : origin.row;
    const converted = toPortableCells(cells, width, headerRow, options);
    const rowCount = origin.row + grid.values.length;
    const colCount = width + converted.helperColumns.length;
    const matrix: (string | number)[][] = Array.from({ length: rowCount }, () =>
      Array.from({ length: colCount }, (): string | number => ""),
    );
    for (const cell of converted.cells) {
      const row = matrix[cell.row];
      if (row) row[cell.col] = cell.formula ?? cell.value ?? "";
    }

    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const name = uniqueSheetName(
      `${grid.sheet ?? "Sheet"} 通用版`,
      sheets.items.map((s) => s.name),
    );
    const copy = sheets.getActiveWorksheet().copy("End");
    copy.name = name;
    // A copy keeps the original's protection; ours has no password (a user's password makes this fail).
    copy.protection.unprotect();
    await writeFormulasInBlocks(context, copy, matrix);
    protectPortableSheet(copy, rowCount, converted.helperColumns);
    copy.activate();
    copy.getRange(toA1(0, 0)).select();
    await context.sync();
    return { ok: true, sheetName: name, rewritten: converted.rewritten };
  } catch (error) {
    return {
      ok: false,
      code: "TEMPLATE_EXPORT_FAILED",
      params: { detail: error instanceof Error ? error.message : String(error) },
    };
  }
}
