/**
 * The review workbook as a download: the same workbook `perf-tables check --report` writes
 * (src/cli/report/buildReviewWorkbook.ts), built in the browser with exceljs's browser build. This
 * module is loaded only when 下载审核报告 is clicked, so exceljs never weighs on the page before.
 */
import ExcelJS from "exceljs";
import type { CheckedFile } from "../check/checkedFile";
import { buildReviewWorkbook } from "../cli/report/buildReviewWorkbook";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Builds the workbook and hands it to the browser as `fileName` (no request: a blob URL, revoked after).
 *
 * @example
 * await downloadReviewWorkbook(results, "审核报告.xlsx");
 */
export async function downloadReviewWorkbook(files: readonly CheckedFile[], fileName: string): Promise<void> {
  const workbook = buildReviewWorkbook(ExcelJS.Workbook, files, { name: (path) => path });
  const buffer = await workbook.xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
