import { loadExcelJS } from "./loadExcelJS";
import type { Layout } from "../../core/templates";
import { renderLayout } from "./renderLayout";

/**
 * A new workbook holding `layout` as its only sheet, as .xlsx bytes.
 *
 * @example
 * await writeFile("self-eval.xlsx", await writeTemplateWorkbook(layout), { flag: "wx" });
 */
export async function writeTemplateWorkbook(layout: Layout): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = "PerfTables";
  workbook.created = new Date(Date.UTC(layout.options.year, 0, 1));
  const sheet = renderLayout(workbook, layout);
  if (layout.portable) {
    // Helper cells are locked and hidden; rows can still be inserted and formats changed. No password:
    // 审阅 → 撤销工作表保护 lifts it (docs/how-to.md).
    await sheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
      deleteRows: false,
      insertColumns: false,
      deleteColumns: false,
    });
    workbook.calcProperties = { fullCalcOnLoad: true };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
