/**
 * What checking a workbook gives: plain data (codes and parameters, no messages yet), so it crosses a
 * worker thread boundary as it is. The outputs (terminal, JSON, review workbook) render it; the check
 * pipeline (src/cli/check) produces it. It lives with the outputs so that they need nothing from the
 * pipeline.
 */
import type { Issue, MessageRef } from "../core/messages";
import type { ScoreExplanation } from "../core/scoring/explainScore";
import type { BudgetReport, IndicatorReport, TableReport } from "./reportSchema";

/** A finding as reported: the core's issue at a cell (the sheet is the table's). */
export type CheckedFinding = Issue & { readonly cell: string };

/** An indicator row as checked: its explanation still a message reference, rendered per language. */
export interface CheckedIndicator extends Omit<IndicatorReport, "explanation"> {
  readonly explanation?: ScoreExplanation;
}

export interface CheckedBudget extends Omit<BudgetReport, "explanation"> {
  readonly explanation?: ScoreExplanation;
}

export interface CheckedTable extends Omit<TableReport, "findings" | "indicators" | "budget"> {
  readonly indicators: readonly CheckedIndicator[];
  readonly budget?: CheckedBudget;
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
