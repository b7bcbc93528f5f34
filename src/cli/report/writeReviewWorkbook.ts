import { Buffer } from "node:buffer";
import { dirname, resolve } from "node:path";
import type ExcelJS from "exceljs";
import { loadExcelJS } from "../xlsx/loadExcelJS";
import { formatIssue, formatMessage, type CodesStartingWith } from "../../core/messages";
import { kindLabel } from "../../core/kinds";
import type { CheckedFile } from "../../check/checkedFile";
import { countFindings } from "./countFindings";
import { fileLink } from "./fileLink";
import { localizeReviewLinks } from "./localizeReviewLinks";
import { REVIEW_TITLE } from "../xlsx/isReviewWorkbook";
import { markReviewPackage } from "../xlsx/markReviewPackage";
import { writeFileAtomically } from "../xlsx/writeFileAtomically";
import { shortPath } from "./formatHuman";
import { say } from "./outputLanguage";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const SEVERITY_COLOUR = { error: "FFC00000", warning: "FF9C5700", info: "FF404040" } as const;

/**
 * The reviewer's workbook: 汇总 Summary (one row per table, or per unreadable file: printed vs
 * recomputed total and grade, counts) and 问题 Findings (one row per finding, its cell a link that
 * opens the submitted workbook at that cell: a path relative to the report, the cell in `location`).
 * Writes only to `outPath`, which the caller has checked is not one of the inputs, through a temporary
 * file renamed over it.
 *
 * @example
 * await writeReviewWorkbook(checked, "/home/me/review.xlsx", "/home/me");
 */
export async function writeReviewWorkbook(
  files: readonly CheckedFile[],
  outPath: string,
  cwd: string,
): Promise<void> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = "perf-tables";
  workbook.title = REVIEW_TITLE;
  addSummary(workbook, files, cwd);
  addFindings(workbook, files, cwd);
  const bytes = await localizeReviewLinks(
    new Uint8Array(await workbook.xlsx.writeBuffer()),
    dirname(resolve(outPath)),
  );
  // Marked as ours (so a re-run may replace it; the mark covers the sheets as written, links
  // included) and written atomically (so nothing half-written ever replaces the previous report).
  await writeFileAtomically(outPath, await markReviewPackage(Buffer.from(bytes)));
}

const header = (code: CodesStartingWith<"CHECK_COL_">): string => say(code, {}, "both");

function addSummary(workbook: ExcelJS.Workbook, files: readonly CheckedFile[], cwd: string): void {
  const sheet = workbook.addWorksheet(say("CHECK_SHEET_SUMMARY", {}), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = [
    { header: header("CHECK_COL_FILE"), width: 40 },
    { header: header("CHECK_COL_SHEET"), width: 18 },
    { header: header("CHECK_COL_KIND"), width: 22 },
    { header: header("CHECK_COL_RANGE"), width: 12 },
    { header: header("CHECK_COL_CLAIMED_TOTAL"), width: 12 },
    { header: header("CHECK_COL_TOTAL"), width: 14 },
    { header: header("CHECK_COL_CLAIMED_GRADE"), width: 12 },
    { header: header("CHECK_COL_GRADE"), width: 14 },
    { header: header("CHECK_COL_ERRORS"), width: 10 },
    { header: header("CHECK_COL_WARNINGS"), width: 10 },
    { header: header("CHECK_COL_INFOS"), width: 10 },
    { header: header("CHECK_COL_STATUS"), width: 50 },
    { header: header("CHECK_COL_FORMAT"), width: 10 },
  ];
  styleHeader(sheet);
  for (const file of files) {
    const link = { text: shortPath(file.path, cwd), hyperlink: fileLink(file.path) };
    if (file.error || file.skipped || file.tables.length === 0) {
      const status = file.error
        ? formatIssue(file.error, "zh-CN")
        : file.skipped
          ? formatMessage("CHECK_FILE_SKIPPED", { detail: formatIssue(file.skipped, "zh-CN") }, "zh-CN")
          : formatMessage("CHECK_NO_TABLE", {}, "zh-CN");
      const counts = countFindings(file.findings ?? []);
      const errors = file.error ? 1 : counts.error;
      const row = sheet.addRow([
        link,
        "",
        "",
        "",
        null,
        null,
        "",
        "",
        errors,
        counts.warning,
        counts.info,
        status,
        file.format ?? "",
      ]);
      if (file.error) row.font = { color: { argb: SEVERITY_COLOUR.error } };
      continue;
    }
    for (const table of file.tables) {
      const counts = countFindings(table.findings);
      sheet.addRow([
        { text: link.text, hyperlink: fileLink(file.path, table.sheet, table.range.split(":")[0]) },
        table.hidden ? formatMessage("CHECK_SHEET_HIDDEN", { sheet: table.sheet }, "zh-CN") : table.sheet,
        kindLabel(table.kind, "zh-CN"),
        table.range,
        table.claimedTotal ?? null,
        table.total ?? null,
        table.claimedGrade ?? "",
        table.grade ?? "",
        counts.error,
        counts.warning,
        counts.info,
        say(counts.error > 0 ? "CHECK_STATUS_ERRORS" : "CHECK_STATUS_OK", {}),
        file.format ?? "",
      ]);
    }
  }
  for (const key of [5, 6]) sheet.getColumn(key).numFmt = "0.00";
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 13 } };
}

function addFindings(workbook: ExcelJS.Workbook, files: readonly CheckedFile[], cwd: string): void {
  const sheet = workbook.addWorksheet(say("CHECK_SHEET_FINDINGS", {}), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = [
    { header: header("CHECK_COL_FILE"), width: 36 },
    { header: header("CHECK_COL_SHEET"), width: 16 },
    { header: header("CHECK_COL_CELL"), width: 10 },
    { header: header("CHECK_COL_SEVERITY"), width: 10 },
    { header: header("CHECK_COL_CODE"), width: 30 },
    { header: formatMessage("CHECK_COL_MESSAGE", {}, "zh-CN"), width: 70 },
    { header: formatMessage("CHECK_COL_MESSAGE", {}, "en"), width: 70 },
  ];
  styleHeader(sheet);
  for (const file of files) {
    const name = shortPath(file.path, cwd);
    if (file.error) {
      const row = sheet.addRow([
        { text: name, hyperlink: fileLink(file.path) },
        "",
        "",
        severityLabel("error"),
        file.error.code,
        formatIssue(file.error, "zh-CN"),
        formatIssue(file.error, "en"),
      ]);
      row.getCell(4).font = { color: { argb: SEVERITY_COLOUR.error }, bold: true };
      continue;
    }
    for (const f of file.findings ?? []) {
      const row = sheet.addRow([
        { text: name, hyperlink: fileLink(file.path) },
        "",
        f.cell,
        severityLabel(f.severity),
        f.code,
        formatIssue(f, "zh-CN"),
        formatIssue(f, "en"),
      ]);
      row.getCell(4).font = { color: { argb: SEVERITY_COLOUR[f.severity] }, bold: f.severity === "error" };
      row.getCell(6).alignment = { wrapText: true, vertical: "top" };
      row.getCell(7).alignment = { wrapText: true, vertical: "top" };
    }
    for (const table of file.tables) {
      for (const f of table.findings) {
        const row = sheet.addRow([
          name,
          table.sheet,
          f.cell ? { text: f.cell, hyperlink: fileLink(file.path, table.sheet, f.cell) } : "",
          severityLabel(f.severity),
          f.code,
          formatIssue(f, "zh-CN"),
          formatIssue(f, "en"),
        ]);
        row.getCell(4).font = { color: { argb: SEVERITY_COLOUR[f.severity] }, bold: f.severity === "error" };
        row.getCell(6).alignment = { wrapText: true, vertical: "top" };
        row.getCell(7).alignment = { wrapText: true, vertical: "top" };
      }
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 7 } };
}

function severityLabel(severity: "error" | "warning" | "info"): string {
  const code =
    severity === "error"
      ? "CHECK_SEVERITY_ERROR"
      : severity === "warning"
        ? "CHECK_SEVERITY_WARNING"
        : "CHECK_SEVERITY_INFO";
  return formatMessage(code, {}, "zh-CN");
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.fill = HEADER_FILL;
  row.alignment = { vertical: "middle", wrapText: true };
}
