/**
 * Checks one workbook: read every sheet, recognise the performance tables, validate and score them.
 * The result is plain data (no messages yet), so it crosses a worker thread boundary as it is.
 */
import type { ScoringOptions } from "../../core/scoring/options";
import { recogniseTables } from "../../core/tables";
import { parseSettings } from "../../core/settings";
import type { CheckedFile, CheckedFinding, CheckedTable } from "../report/checkedFile";
import { readWorkbook, workbookErrorMessage } from "../xlsx/readWorkbook";
import { findingAt } from "../../core/validation";
import { settingsDifferences } from "./settingsDifferences";
import { summariseTable } from "./summariseTable";

/**
 * `options` apply unless `useStoredSettings` is set and the workbook carries scoring settings saved
 * by the PerfTables pane: then those apply (invalid ones: national rules plus SETTINGS_INVALID).
 * Stored settings that differ from `options` are reported either way (SETTINGS_WORKBOOK_DIFFERS /
 * SETTINGS_WORKBOOK_APPLIED, then one note per setting).
 *
 * @example
 * const checked = await checkFile("/abs/submissions/a.xlsx", NATIONAL_RULES);
 * checked.tables[0]?.total; // 98.99
 */
export async function checkFile(
  path: string,
  options: ScoringOptions,
  useStoredSettings = false,
): Promise<CheckedFile> {
  // One read of the file gives the grids, the hidden sheets and the stored settings; the reader
  // explains a missing or unreadable file in its own words.
  const read = await readWorkbook(path);
  if ("error" in read) return { path, error: workbookErrorMessage(read), tables: [] };
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
  if (tables.length === 0) return { path, tables, findings: [...notes, ...repaired, NO_TABLE] };
  return repaired.length > 0 ? { path, tables, findings: repaired } : { path, tables };
}

const NO_TABLE: CheckedFinding = { cell: "A1", code: "CHECK_NO_TABLE", severity: "warning" };
