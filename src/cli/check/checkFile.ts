/**
 * Checks one workbook: read every sheet, recognise the performance tables, validate and score them.
 * The result is plain data (no messages yet), so it crosses a worker thread boundary as it is.
 */
import { fromA1 } from "../../core/address";
import type { ScoringOptions } from "../../core/scoring/options";
import { round2 } from "../../core/scoring/round2";
import { round2Exact } from "../../core/scoring/round2Exact";
import type { Grid } from "../../core/grid";
import { recogniseTables, type RecognisedTable } from "../../core/tables";
import { cellText, readNumber } from "../../core/cells";
import { validateTable } from "../../core/validation";
import { parseSettings } from "../../core/settings";
import type { CheckedFile, CheckedFinding, CheckedTable } from "../report/checkedFile";
import type { BudgetReport, IndicatorReport } from "../report/reportSchema";
import { readWorkbook } from "../xlsx/readWorkbook";
import { settingsDifferences } from "./settingsDifferences";

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
  if ("error" in read) return { path, error: { code: read.error, params: read.params }, tables: [] };
  let rules = options;
  let notes: CheckedFinding[] = [];
  // Reviewers decide the rules: a workbook's own settings apply only when asked (--workbook-rules),
  // and whenever they differ from the review's rules the reviewer is told, applied or not.
  const stored = read.storedSettings;
  if (stored !== undefined) {
    const parsed = parseSettings(stored);
    if (useStoredSettings) {
      rules = parsed.options;
      notes = parsed.findings.map((f) => ({
        cell: f.cell,
        code: f.code,
        severity: f.severity,
        ...(f.params ? { params: f.params } : {}),
      }));
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
  const repaired: CheckedFinding[] = (read.notes ?? []).map((n) => ({
    cell: "A1",
    code: n.code,
    severity: "info",
    params: n.params,
  }));
  // A cover sheet or a pasted Word table must not pass as a clean submission.
  if (tables.length === 0) return { path, tables, findings: [...notes, ...repaired, NO_TABLE] };
  return repaired.length > 0 ? { path, tables, findings: repaired } : { path, tables };
}

const NO_TABLE: CheckedFinding = { cell: "A1", code: "CHECK_NO_TABLE", severity: "warning" };

/** A recognised table with its validation, in the report's shape. */
export function summariseTable(
  table: RecognisedTable,
  sheet: string,
  options: ScoringOptions,
  hidden = false,
  grid?: Grid,
): CheckedTable {
  const v = validateTable(table, options, grid);
  const ruleScoreOf = new Map(v.scores.map((s) => [s.row, s.rule]));
  const indicators: IndicatorReport[] = table.indicators
    .filter((r) => !r.isSubtotal && (r.name.value.trim() !== "" || r.target.value.trim() !== ""))
    .map((r) => {
      const actual = r.actual ? cellText(r.actual.value) : undefined;
      const weight = readNumber(r.weight?.value);
      const score = ruleScoreOf.get(r.row);
      const claimed = readNumber(r.claimedScore?.value);
      return {
        row: rowOf(r.name.cell, r.row),
        level1: r.level1.value,
        level2: r.level2.value,
        name: r.name.value,
        target: r.target.value,
        ...(actual !== undefined ? { actual } : {}),
        ...(weight !== null ? { weight } : {}),
        ...(score !== undefined && score !== null ? { score: round2(score) } : {}),
        ...(claimed !== null ? { claimedScore: claimed } : {}),
      };
    });
  const claimedTotal = readNumber(table.claimedTotal?.value);
  const claimedGrade = table.claimedGrade ? cellText(table.claimedGrade.value) : "";
  return {
    sheet,
    ...(hidden ? { hidden: true } : {}),
    kind: table.kind,
    range: table.range,
    ...(v.budget ? { budget: budgetOf(v.budget) } : {}),
    indicators,
    ...(v.total !== undefined ? { total: v.total } : {}),
    ...(claimedTotal !== null ? { claimedTotal } : {}),
    ...(v.grade !== undefined ? { grade: v.grade } : {}),
    ...(claimedGrade !== "" ? { claimedGrade } : {}),
    findings: v.findings.map((f) => ({
      cell: f.cell,
      code: f.code,
      severity: f.severity,
      ...(f.params ? { params: f.params } : {}),
    })),
  };
}

function budgetOf(b: NonNullable<ReturnType<typeof validateTable>["budget"]>): BudgetReport {
  return {
    budget: b.budget,
    executed: b.executed,
    // The exact quotient decides the half cent (1.63 / 1.6 = 101.875% → 101.88).
    rate:
      b.rate === null || b.budget === null || b.executed === null
        ? null
        : round2Exact(b.rate * 100, "quotient", b.executed, b.budget, 100),
    score: b.score,
    ...(b.claimedScore !== null ? { claimedScore: b.claimedScore } : {}),
  };
}

function rowOf(cell: string, row: number): number {
  return (fromA1(cell)?.row ?? row) + 1;
}
