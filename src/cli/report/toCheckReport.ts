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
  const { budget, indicators, findings, ...rest } = table;
  return {
    ...rest,
    ...(budget ? { budget: withExplanation(budget, locale) } : {}),
    indicators: indicators.map((r) => withExplanation(r, locale)),
    findings: findings.map(withMessage),
  };
}

/** The row with its explanation rendered (left out when there is none). */
function withExplanation<T extends { readonly explanation?: MessageRef }>(
  row: T,
  locale: Locale,
): Omit<T, "explanation"> & { explanation?: string } {
  const { explanation, ...rest } = row;
  return explanation ? { ...rest, explanation: formatIssue(explanation, locale) } : rest;
}
