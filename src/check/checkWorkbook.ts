/**
 * Checks a workbook that has been read (by any reader, in the CLI, a worker or the review page):
 * recognise the performance tables of every grid, validate and score them. Pure: the same result
 * wherever it runs, as plain data (codes and parameters, no messages yet).
 */
import type { ScoringOptions } from "../core/scoring/options";
import { parseSettings } from "../core/settings";
import { recogniseTables } from "../core/tables";
import { findingAt } from "../core/validation";
import type { WorkbookRead } from "../readers/workbookRead";
import type { CheckedFinding, CheckedTable } from "./checkedFile";
import { settingsDifferences } from "./settingsDifferences";
import { summariseTable } from "./summariseTable";

/** The tables of one workbook and the findings about the workbook as a whole (absent when none). */
export interface CheckedWorkbook {
  readonly tables: readonly CheckedTable[];
  readonly findings?: readonly CheckedFinding[];
}

/**
 * `options` apply unless `useStoredSettings` is set and the workbook carries scoring settings saved
 * by the PerfTables pane: then those apply (invalid ones: national rules plus SETTINGS_INVALID).
 * Stored settings that differ from `options` are reported either way (SETTINGS_WORKBOOK_DIFFERS /
 * SETTINGS_WORKBOOK_APPLIED, then one note per setting).
 *
 * @example
 * const read = await readWorkbook("a.xlsx");
 * if (!("error" in read)) checkWorkbook(read, NATIONAL_RULES).tables[0]?.total; // 98.99
 */
export function checkWorkbook(
  read: WorkbookRead,
  options: ScoringOptions,
  useStoredSettings = false,
): CheckedWorkbook {
  let rules = options;
  let notes: CheckedFinding[] = [];
  // Reviewers decide the rules: a workbook's own settings apply only when asked (--workbook-rules),
  // and whenever they differ from the review's rules the reviewer is told, applied or not.
  const stored = read.storedSettings;
  if (stored !== undefined) {
    const parsed = parseSettings(stored);
    if (useStoredSettings) {
      rules = parsed.options;
      notes = parsed.findings.map((f) => findingAt(f.cell, f));
    }
    if (parsed.findings.length === 0)
      notes.push(...settingsDifferences(parsed.options, options, useStoredSettings));
  }
  const tables: CheckedTable[] = [];
  const hidden = read.hiddenSheets;
  for (const grid of read.sheets) {
    for (const table of recogniseTables(grid)) {
      const sheet = grid.sheet ?? table.sheet ?? "";
      const summary = summariseTable(table, sheet, rules, hidden.has(sheet), grid);
      tables.push(notes.length === 0 ? summary : { ...summary, findings: [...notes, ...summary.findings] });
    }
  }
  // What the reader had to repair (overlapping merges …) concerns the file, not one table.
  const repaired: CheckedFinding[] = (read.notes ?? []).map((n) =>
    findingAt("A1", { ...n, severity: "info" }),
  );
  // A cover sheet or a pasted Word table must not pass as a clean submission.
  if (tables.length === 0) return { tables, findings: [...notes, ...repaired, NO_TABLE] };
  return repaired.length > 0 ? { tables, findings: repaired } : { tables };
}

const NO_TABLE: CheckedFinding = { cell: "A1", code: "CHECK_NO_TABLE", severity: "warning" };
