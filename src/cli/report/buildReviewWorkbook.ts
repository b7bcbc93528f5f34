import type ExcelJS from "exceljs";
import { formatIssue, formatMessage, type CodesStartingWith } from "../../core/messages";
import type { Severity } from "../../core/messages/issue";
import { kindLabel } from "../../core/kinds";
import type { CheckedFile } from "../../check/checkedFile";
import { countFindings } from "./countFindings";
import { REVIEW_TITLE } from "../xlsx/reviewTitle";
import { say } from "./outputLanguage";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const SEVERITY_COLOUR = { error: "FFC00000", warning: "FF9C5700", info: "FF404040" } as const;

/** How a submission is named and linked in the review workbook (the CLI links files; the browser cannot). */
export interface ReviewNaming {
  /** The file's name as shown (relative to the working directory in the CLI, the dropped path in the page). */
  readonly name: (path: string) => string;
  /** A link opening the file at a cell (file:// in the CLI); none in the browser. */
  readonly link?: (path: string, sheet?: string, cell?: string) => string;
}

/**
 * The reviewer's workbook, built in memory: 汇总 Summary (one row per table, or per unreadable file:
 * printed vs recomputed total and grade, counts), 问题 Findings (one row per finding, its cell a link
 * when `naming.link` is given) and 得分说明 Scores (each scored row with its explanation). No file
 * system: the CLI writes it to a file (writeReviewWorkbook), the review page to a download.
 * `Workbook` is exceljs's class, passed in so the page can load exceljs's browser build lazily.
 *
 * @example
 * const book = buildReviewWorkbook(ExcelJS.Workbook, checked, { name: (p) => p });
 * await book.xlsx.writeBuffer();
 */
export function buildReviewWorkbook(
  Workbook: new () => ExcelJS.Workbook,
  files: readonly CheckedFile[],
  naming: ReviewNaming,
): ExcelJS.Workbook {
  const workbook = new Workbook();
  workbook.creator = "perf-tables";
  workbook.title = REVIEW_TITLE;
  addSummary(workbook, files, naming);
  addFindings(workbook, files, naming);
  addScores(workbook, files, naming);
  return workbook;
}

const header = (code: CodesStartingWith<"CHECK_COL_">): string => say(code, {}, "both");

/** A cell with the file's name, linked when links are available. */
function fileCell(
  naming: ReviewNaming,
  path: string,
  sheet?: string,
  cell?: string,
): string | ExcelJS.CellHyperlinkValue {
  const text = naming.name(path);
  return naming.link ? { text, hyperlink: naming.link(path, sheet, cell) } : text;
}

function addSummary(workbook: ExcelJS.Workbook, files: readonly CheckedFile[], naming: ReviewNaming): void {
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
    if (file.error || file.skipped || file.tables.length === 0) {
      const status = file.error
        ? formatIssue(file.error, "zh-CN")
        : file.skipped
          ? formatMessage("CHECK_FILE_SKIPPED", { detail: formatIssue(file.skipped, "zh-CN") }, "zh-CN")
          : formatMessage("CHECK_NO_TABLE", {}, "zh-CN");
      const counts = countFindings(file.findings ?? []);
      const errors = file.error ? 1 : counts.error;
      const row = sheet.addRow([
        fileCell(naming, file.path),
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
        fileCell(naming, file.path, table.sheet, table.range.split(":")[0]),
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

function addFindings(workbook: ExcelJS.Workbook, files: readonly CheckedFile[], naming: ReviewNaming): void {
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
  /** One finding's row: where, how bad (coloured), its code and both messages. */
  const addFinding = (
    where: readonly [ExcelJS.CellValue, string, ExcelJS.CellValue],
    f: { readonly severity: Severity; readonly code: string } & Parameters<typeof formatIssue>[0],
    wrap = true,
  ): void => {
    const row = sheet.addRow([
      ...where,
      severityLabel(f.severity),
      f.code,
      formatIssue(f, "zh-CN"),
      formatIssue(f, "en"),
    ]);
    row.getCell(4).font = { color: { argb: SEVERITY_COLOUR[f.severity] }, bold: f.severity === "error" };
    if (!wrap) return;
    row.getCell(6).alignment = { wrapText: true, vertical: "top" };
    row.getCell(7).alignment = { wrapText: true, vertical: "top" };
  };
  for (const file of files) {
    if (file.error) {
      addFinding([fileCell(naming, file.path), "", ""], { ...file.error, severity: "error" }, false);
      continue;
    }
    for (const f of file.findings ?? []) addFinding([fileCell(naming, file.path), "", f.cell], f);
    const name = naming.name(file.path);
    for (const table of file.tables) {
      for (const f of table.findings) {
        const link = f.cell && naming.link ? naming.link(file.path, table.sheet, f.cell) : undefined;
        addFinding([name, table.sheet, link ? { text: f.cell, hyperlink: link } : f.cell], f);
      }
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 7 } };
}

/** Every recomputed score with how it was reached: the budget row first, then each indicator. */
function addScores(workbook: ExcelJS.Workbook, files: readonly CheckedFile[], naming: ReviewNaming): void {
  const sheet = workbook.addWorksheet(say("CHECK_SHEET_SCORES", {}), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = [
    { header: header("CHECK_COL_FILE"), width: 30 },
    { header: header("CHECK_COL_SHEET"), width: 14 },
    { header: header("CHECK_COL_ROW"), width: 6 },
    { header: header("CHECK_COL_INDICATOR"), width: 28 },
    { header: header("CHECK_COL_TARGET"), width: 14 },
    { header: header("CHECK_COL_ACTUAL"), width: 14 },
    { header: header("CHECK_COL_WEIGHT"), width: 8 },
    { header: header("CHECK_COL_CLAIMED_SCORE"), width: 10 },
    { header: header("CHECK_COL_SCORE"), width: 10 },
    { header: formatMessage("CHECK_COL_EXPLANATION", {}, "zh-CN"), width: 60 },
    { header: formatMessage("CHECK_COL_EXPLANATION", {}, "en"), width: 60 },
  ];
  styleHeader(sheet);
  for (const file of files) {
    const name = naming.name(file.path);
    for (const table of file.tables) {
      const b = table.budget;
      if (b?.explanation) {
        sheet.addRow([
          name,
          table.sheet,
          null,
          formatMessage("CHECK_BUDGET_ROW", {}, "zh-CN"),
          b.budget,
          b.executed,
          null,
          b.claimedScore ?? null,
          b.score,
          formatIssue(b.explanation, "zh-CN"),
          formatIssue(b.explanation, "en"),
        ]);
      }
      for (const r of table.indicators) {
        if (!r.explanation) continue;
        sheet.addRow([
          name,
          table.sheet,
          r.row,
          r.name,
          r.target,
          r.actual ?? "",
          r.weight ?? null,
          r.claimedScore ?? null,
          r.score ?? null,
          formatIssue(r.explanation, "zh-CN"),
          formatIssue(r.explanation, "en"),
        ]);
      }
    }
  }
  for (const key of [8, 9]) sheet.getColumn(key).numFmt = "0.00";
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 11 } };
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
