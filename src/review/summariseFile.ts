import type { CheckedFile } from "../check/checkedFile";
import type { MessageRef } from "../core/messages";
import type { TableKind } from "../core/tables";

/** One row of the page's summary table. */
export interface FileSummary {
  readonly tables: number;
  /** Tables on hidden sheets (a unit's old draft, often). */
  readonly hiddenTables: number;
  readonly kinds: readonly TableKind[];
  /** Per scored table "recomputed / printed" ("98.99 / 98.99"; "-" for a missing side). */
  readonly totals: readonly string[];
  readonly grades: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  readonly status: "ok" | "errors" | "unreadable" | "no-table";
  /** Why the file could not be read. */
  readonly reason?: MessageRef;
}

/**
 * What the summary table shows for a checked file: tables found, their kinds, recomputed vs printed
 * totals and grades, counts of errors and warnings, and a status.
 *
 * @example
 * summariseFile(checked).totals; // ["98.99 / 98.99", "98.50 / 98.50"]
 */
export function summariseFile(file: CheckedFile): FileSummary {
  if (file.error) {
    return {
      tables: 0,
      hiddenTables: 0,
      kinds: [],
      totals: [],
      grades: [],
      errors: 1,
      warnings: 0,
      status: "unreadable",
      reason: file.error,
    };
  }
  const findings = [...(file.findings ?? []), ...file.tables.flatMap((t) => t.findings)];
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const scored = file.tables.filter((t) => t.total !== undefined || t.claimedTotal !== undefined);
  const pair = (recomputed: string | undefined, printed: string | undefined): string =>
    `${recomputed ?? "-"} / ${printed ?? "-"}`;
  return {
    tables: file.tables.length,
    hiddenTables: file.tables.filter((t) => t.hidden).length,
    kinds: [...new Set(file.tables.map((t) => t.kind))],
    totals: scored.map((t) => pair(t.total?.toFixed(2), t.claimedTotal?.toFixed(2))),
    grades: scored.map((t) => pair(t.grade, t.claimedGrade)),
    errors,
    warnings,
    status: file.tables.length === 0 ? "no-table" : errors > 0 ? "errors" : "ok",
  };
}
