import { formatIssue, type Locale } from "../../core/messages";
import type { CheckedFile, CheckedFinding } from "../../check/checkedFile";
import type { CheckReport, FileReport, FindingReport } from "../../check/reportSchema";

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
    tables: file.tables.map((t) => ({ ...t, findings: t.findings.map(withMessage) })),
    ...(file.findings ? { findings: file.findings.map(withMessage) } : {}),
  };
}
