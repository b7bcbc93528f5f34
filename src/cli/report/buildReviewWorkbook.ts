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

/** A cell of the review workbook: plain data only, so a row can be kept or spooled as JSON. */
type ReviewCell = string | number | null | { readonly text: string; readonly hyperlink: string };

/**
 * One row and how it is styled: an unreadable file's summary row in the error colour, a finding's
 * severity coloured (bold for errors) and its two messages wrapped.
 */
export interface ReviewRow {
  readonly values: readonly ReviewCell[];
  readonly unreadable?: true;
  readonly severity?: Severity;
  readonly wrap?: true;
}

/** The three sheets, in order: 汇总 Summary, 问题 Findings, 得分说明 Scores. */
export interface ReviewRows {
  readonly summary: ReviewRow[];
  readonly findings: ReviewRow[];
  readonly scores: ReviewRow[];
}

/** A sheet of the review workbook: its name, columns, the columns shown with 2 decimals. */
export interface ReviewSheet {
  readonly key: keyof ReviewRows;
  readonly name: string;
  readonly columns: readonly { readonly header: string; readonly width: number }[];
  readonly decimals: readonly number[];
}

const header = (code: CodesStartingWith<"CHECK_COL_">): string => say(code, {}, "both");

export const REVIEW_SHEETS: readonly ReviewSheet[] = [
  {
    key: "summary",
    name: say("CHECK_SHEET_SUMMARY", {}),
    columns: [
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
    ],
    decimals: [5, 6],
  },
  {
    key: "findings",
    name: say("CHECK_SHEET_FINDINGS", {}),
    columns: [
      { header: header("CHECK_COL_FILE"), width: 36 },
      { header: header("CHECK_COL_SHEET"), width: 16 },
      { header: header("CHECK_COL_CELL"), width: 10 },
      { header: header("CHECK_COL_SEVERITY"), width: 10 },
      { header: header("CHECK_COL_CODE"), width: 30 },
      { header: formatMessage("CHECK_COL_MESSAGE", {}, "zh-CN"), width: 70 },
      { header: formatMessage("CHECK_COL_MESSAGE", {}, "en"), width: 70 },
    ],
    decimals: [],
  },
  {
    key: "scores",
    name: say("CHECK_SHEET_SCORES", {}),
    columns: [
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
    ],
    decimals: [8, 9],
  },
];

/**
 * The reviewer's workbook, built in memory: 汇总 Summary (one row per table, or per unreadable file:
 * printed vs recomputed total and grade, counts), 问题 Findings (one row per finding, its cell a link
 * when `naming.link` is given) and 得分说明 Scores (each scored row with its explanation). No file
 * system: the review page offers it as a download. The CLI writes the same rows with exceljs's
 * streaming writer (reviewWorkbookWriter), file by file.
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
  const sheets = REVIEW_SHEETS.map((definition) => {
    const sheet = addReviewSheet(workbook, definition);
    return { definition, sheet };
  });
  const rows = files.map((file) => reviewRows(file, naming));
  for (const { definition, sheet } of sheets) {
    for (const fileRows of rows) for (const row of fileRows[definition.key]) addReviewRow(sheet, row);
    finishReviewSheet(sheet, definition);
  }
  return workbook;
}

/**
 * A sheet with its header row styled and frozen, its column widths and filter; in the streaming writer
 * (whose columns take their style before any row is written) the 2-decimal columns too.
 */
export function addReviewSheet(
  workbook: Pick<ExcelJS.Workbook, "addWorksheet">,
  { name, columns, decimals }: ReviewSheet,
  streaming = false,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ ...column }));
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.fill = HEADER_FILL;
  row.alignment = { vertical: "middle", wrapText: true };
  if (streaming) for (const key of decimals) sheet.getColumn(key).numFmt = "0.00";
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** After the rows of the in-memory workbook: the 2-decimal columns, rows included. */
function finishReviewSheet(sheet: ExcelJS.Worksheet, { decimals }: ReviewSheet): void {
  for (const key of decimals) sheet.getColumn(key).numFmt = "0.00";
}

/** Adds one row, styled as it says. */
export function addReviewRow(sheet: ExcelJS.Worksheet, row: ReviewRow): ExcelJS.Row {
  const added = sheet.addRow([...row.values]);
  if (row.unreadable) added.font = { color: { argb: SEVERITY_COLOUR.error } };
  if (row.severity) {
    added.getCell(4).font = {
      color: { argb: SEVERITY_COLOUR[row.severity] },
      bold: row.severity === "error",
    };
  }
  if (row.wrap) {
    added.getCell(6).alignment = { wrapText: true, vertical: "top" };
    added.getCell(7).alignment = { wrapText: true, vertical: "top" };
  }
  return added;
}

/** A cell with the file's name, linked when links are available. */
function fileCell(naming: ReviewNaming, path: string, sheet?: string, cell?: string): ReviewCell {
  const text = naming.name(path);
  return naming.link ? { text, hyperlink: naming.link(path, sheet, cell) } : text;
}

/**
 * One checked file's rows in each sheet of the review workbook.
 *
 * @example
 * reviewRows(checked, { name: (p) => p }).summary.length; // one per table, or 1 when none was read
 */
export function reviewRows(file: CheckedFile, naming: ReviewNaming): ReviewRows {
  return {
    summary: summaryRows(file, naming),
    findings: findingRows(file, naming),
    scores: scoreRows(file, naming),
  };
}

function summaryRows(file: CheckedFile, naming: ReviewNaming): ReviewRow[] {
  if (file.error || file.skipped || file.tables.length === 0) {
    const status = file.error
      ? formatIssue(file.error, "zh-CN")
      : file.skipped
        ? formatMessage("CHECK_FILE_SKIPPED", { detail: formatIssue(file.skipped, "zh-CN") }, "zh-CN")
        : formatMessage("CHECK_NO_TABLE", {}, "zh-CN");
    const counts = countFindings(file.findings ?? []);
    const errors = file.error ? 1 : counts.error;
    const values = [
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
    ];
    return [file.error ? { values, unreadable: true } : { values }];
  }
  return file.tables.map((table) => {
    const counts = countFindings(table.findings);
    return {
      values: [
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
      ],
    };
  });
}

/** One finding's row: where, how bad (coloured), its code and both messages. */
function findingRow(
  where: readonly [ReviewCell, string, ReviewCell],
  f: { readonly severity: Severity; readonly code: string } & Parameters<typeof formatIssue>[0],
  wrap = true,
): ReviewRow {
  const values = [...where, severityLabel(f.severity), f.code, formatIssue(f, "zh-CN"), formatIssue(f, "en")];
  return wrap ? { values, severity: f.severity, wrap } : { values, severity: f.severity };
}

function findingRows(file: CheckedFile, naming: ReviewNaming): ReviewRow[] {
  if (file.error)
    return [findingRow([fileCell(naming, file.path), "", ""], { ...file.error, severity: "error" }, false)];
  const rows = (file.findings ?? []).map((f) => findingRow([fileCell(naming, file.path), "", f.cell], f));
  const name = naming.name(file.path);
  for (const table of file.tables) {
    for (const f of table.findings) {
      const link = f.cell && naming.link ? naming.link(file.path, table.sheet, f.cell) : undefined;
      rows.push(findingRow([name, table.sheet, link ? { text: f.cell, hyperlink: link } : f.cell], f));
    }
  }
  return rows;
}

/** Every recomputed score with how it was reached: the budget row first, then each indicator. */
function scoreRows(file: CheckedFile, naming: ReviewNaming): ReviewRow[] {
  const rows: ReviewRow[] = [];
  const name = naming.name(file.path);
  for (const table of file.tables) {
    const b = table.budget;
    if (b?.explanation) {
      rows.push({
        values: [
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
        ],
      });
    }
    for (const r of table.indicators) {
      if (!r.explanation) continue;
      rows.push({
        values: [
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
        ],
      });
    }
  }
  return rows;
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
