import type { FrameworkId } from "../../core/frameworks";
import type { MessageCode } from "../../core/messages";
import type { LibraryEntry } from "../../core/library";
import type { ScoringOptions } from "../../core/scoring/options";
import type { ParsedSettings } from "../../core/settings";
import type { KindDefinition, TemplateOptions } from "../../core/templates";
import type { FormulaMode } from "../excel/defaultFormulaMode";
import type { InsertIndicatorResult } from "../excel/insertLibraryIndicator";
import type { SheetCheck } from "../excel/validateActiveSheet";

/**
 * Everything the pane asks of Excel, behind one interface: the sections only call these, so the
 * pane can be driven by the real workbook (excelServices) or anything else a test supplies.
 */
export interface PaneServices {
  /** Template gallery (kinds with titles and descriptions). */
  readonly templates: readonly KindDefinition[];
  /**
   * Inserts a table of `kind` on a new sheet; `example` fills it with the kind's example content;
   * `formulas` picks PERF or portable formulas (perf when absent).
   */
  insertTemplate(
    kind: string,
    options: TemplateOptions,
    example: boolean,
    formulas?: FormulaMode,
    scoring?: ScoringOptions,
  ): Promise<{
    readonly sheet?: string;
    /** What did not apply although the table was inserted (e.g. TEMPLATE_PAGE_LAYOUT_SKIPPED). */
    readonly warnings: readonly MessageCode[];
  }>;
  /** The formula mode this Excel should get by default (PERF where custom functions run). */
  defaultFormulaMode(): FormulaMode;
  /** "导出通用版": a portable copy of the active sheet on a new sheet; how many formulas changed. */
  exportPortableCopy(options: ScoringOptions): Promise<{ readonly sheet: string; readonly count: number }>;
  /** Inserts `count` indicator rows in the table at the selection. */
  insertIndicatorRows(count: number): Promise<{ readonly count: number }>;
  /** Rewrites the formulas of the table at the selection; returns how many were repaired. */
  repairFormulas(): Promise<{ readonly count: number }>;
  /** Re-enters only the PERF formulas that show #NAME? on any sheet (run when the pane opens). */
  repairNameErrors(): Promise<{ readonly count: number }>;
  validate(options: ScoringOptions): Promise<SheetCheck>;
  clearMarks(): Promise<number>;
  selectCell(sheet: string | undefined, cell: string): Promise<boolean>;
  readSettings(): Promise<ParsedSettings>;
  writeSettings(options: ScoringOptions): Promise<void>;
  insertLibraryIndicator(entry: LibraryEntry): Promise<InsertIndicatorResult>;
  /** Framework of the first table on the active sheet, if it has one (to open the right library list). */
  tableFramework(): Promise<FrameworkId | undefined>;
  /** Starts live checking; `onCheck` gets each check's result. */
  startLive(
    options: () => ScoringOptions,
    onCheck: (check: SheetCheck) => void,
    onError: (error: unknown) => void,
  ): Promise<{ stop(): Promise<void> }>;
}
