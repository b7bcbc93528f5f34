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
  renderLayout(workbook, layout);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
