/**
 * What checking a workbook gives: plain data (codes and parameters, no messages yet), so it crosses a
 * worker thread boundary as it is. The outputs (terminal, JSON, review workbook) render it; the check
 * pipeline (src/cli/check) produces it. It lives with the outputs so that they need nothing from the
 * pipeline.
 */
import type { Issue, MessageRef } from "../core/messages";
import type { TableReport } from "./reportSchema";

/** A finding as reported: the core's issue at a cell (the sheet is the table's). */
export type CheckedFinding = Issue & { readonly cell: string };

export interface CheckedTable extends Omit<TableReport, "findings"> {
  readonly findings: readonly CheckedFinding[];
}

export interface CheckedFile {
  /** Absolute path. */
  readonly path: string;
  /** What the file's bytes are ("xlsx", "xls", "docx", "doc", "encrypted", "pdf" …); absent when not read. */
  readonly format?: string;
  /** Why the file was seen but not read (an extension never read, a lock file): listed, not an error. */
  readonly skipped?: MessageRef;
  readonly error?: MessageRef;
  readonly tables: readonly CheckedTable[];
  /** Findings about the whole workbook (no table recognised); absent when every finding has its table. */
  readonly findings?: readonly CheckedFinding[];
}
