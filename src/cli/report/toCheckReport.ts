import { formatIssue, type Locale, type MessageRef } from "../../core/messages";
import type { CheckedFile, CheckedFinding } from "../../check/checkedFile";
import type { CheckedTable } from "../../check/checkedFile";
import type { CheckReport, FileReport, FindingReport, TableReport } from "../../check/reportSchema";

/**
 * The `--json` report: checked files with every finding's message in `locale`.
 *
 * @example
 * checkReportSchema.parse(toCheckReport(checked, "zh-CN")); // passes
 */
export function toCheckReport(files: readonly CheckedFile[], locale: Locale): CheckReport {
  return { files: files.map((f) => toFileReport(f, locale)) };
}

function toFileReport(file: CheckedFile, locale: Locale): FileReport {
  const withMessage = (f: CheckedFinding): FindingReport => ({
    cell: f.cell,
    code: f.code,
    severity: f.severity,
    message: formatIssue(f, locale),
  });
  return {
    path: file.path,
    ...(file.format ? { format: file.format } : {}),
    ...(file.skipped ? { skipped: formatIssue(file.skipped, locale) } : {}),
    ...(file.error ? { error: formatIssue(file.error, locale) } : {}),
    tables: file.tables.map((t) => toTableReport(t, locale, withMessage)),
    ...(file.findings ? { findings: file.findings.map(withMessage) } : {}),
  };
}

/** A table with its findings' messages and its scores' explanations in `locale`. */
function toTableReport(
  table: CheckedTable,
  locale: Locale,
  withMessage: (f: CheckedFinding) => FindingReport,
): TableReport {
  // The table's other fields in their order, then these three rendered; copied key by key, which
  // costs half of a rest-and-spread.
  const report: Record<string, unknown> = {};
  for (const key in table) {
    if (key !== "budget" && key !== "indicators" && key !== "findings") {
      report[key] = table[key as keyof CheckedTable];
    }
  }
  if (table.budget) report.budget = withExplanation(table.budget, locale);
  report.indicators = table.indicators.map((r) => withExplanation(r, locale));
  report.findings = table.findings.map(withMessage);
  return report as unknown as TableReport;
}

/**
 * The row with its explanation rendered, last (left out when there is none): the other fields in
 * their order, copied key by key as for the table.
 */
function withExplanation<T extends { readonly explanation?: MessageRef }>(
  row: T,
  locale: Locale,
): Omit<T, "explanation"> & { explanation?: string } {
  const copy: Record<string, unknown> = {};
  for (const key in row) if (key !== "explanation") copy[key] = row[key];
  if (row.explanation) copy.explanation = formatIssue(row.explanation, locale);
  return copy as Omit<T, "explanation"> & { explanation?: string };
}
