import { NATIONAL_RULES, type ScoringOptions } from "../../core/scoring/options";
import { recogniseTables, type RecognisedTable } from "../../core/tables";
import { validateTable, type Finding, type TableValidation } from "../../core/validation";
import { markFindings, type MarkResult } from "./markFindings";
import { readSheet } from "./readSheet";

export interface SheetCheck {
  readonly sheet: string;
  readonly tables: readonly { readonly table: RecognisedTable; readonly validation: TableValidation }[];
  /** Every table's findings, errors first. */
  readonly findings: readonly Finding[];
  readonly marks: MarkResult;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Reads the active sheet, finds its performance tables, validates each and marks the findings' cells:
 * three syncs in all (one read, two for marking), however long the sheet.
 *
 * @example
 * const check = await Excel.run((context) => validateActiveSheet(context, options));
 */
export async function validateActiveSheet(
  context: Excel.RequestContext,
  options: ScoringOptions = NATIONAL_RULES,
  mark = true,
): Promise<SheetCheck> {
  const grid = await readSheet(context);
  const tables = recogniseTables(grid).map((table) => ({
    table,
    validation: validateTable(table, options, grid),
  }));
  const sheet = grid.sheet ?? "";
  const findings = tables
    .flatMap((t) => t.validation.findings)
    .map((f) => ({ ...f, sheet: f.sheet ?? sheet }))
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const marks = mark ? await markFindings(context, findings) : { errors: 0, warnings: 0, restored: 0 };
  return { sheet, tables, findings, marks };
}
