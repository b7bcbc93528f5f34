import { formatMessage, type Locale } from "../../core/messages";
import type { CheckedFile } from "./checkFile";
import type { CheckReport, FileReport } from "./reportSchema";

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
  return {
    path: file.path,
    ...(file.error ? { error: formatMessage(file.error.code, file.error.params, locale) } : {}),
    tables: file.tables.map((t) => ({
      ...t,
      findings: t.findings.map((f) => ({
        cell: f.cell,
        code: f.code,
        severity: f.severity,
        message: formatMessage(f.code, f.params ?? {}, locale),
      })),
    })),
  };
}
