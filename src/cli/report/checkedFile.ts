/**
 * What checking a workbook gives: plain data (codes and parameters, no messages yet), so it crosses a
 * worker thread boundary as it is. The outputs (terminal, JSON, review workbook) render it; the check
 * pipeline (src/cli/check) produces it. It lives with the outputs so that they need nothing from the
 * pipeline.
 */
import type { Severity } from "../../core/target/types";
import type { TableReport } from "./reportSchema";

export interface CheckedFinding {
  readonly cell: string;
  readonly code: string;
  readonly severity: Severity;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface CheckedTable extends Omit<TableReport, "findings"> {
  readonly findings: readonly CheckedFinding[];
}

export interface CheckedFile {
  /** Absolute path. */
  readonly path: string;
  readonly error?: { readonly code: string; readonly params: Readonly<Record<string, string | number>> };
  readonly tables: readonly CheckedTable[];
  /** Findings about the whole workbook (no table recognised); absent when every finding has its table. */
  readonly findings?: readonly CheckedFinding[];
}
