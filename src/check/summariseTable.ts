import { fromA1 } from "../core/address";
import { cellText, readNumber } from "../core/cells";
import type { Grid } from "../core/grid";
import type { ScoringOptions } from "../core/scoring/options";
import { round2 } from "../core/scoring/round2";
import { round2Exact } from "../core/scoring/round2Exact";
import type { RecognisedTable } from "../core/tables";
import { findingAt, validateTable } from "../core/validation";
import type { CheckedBudget, CheckedIndicator, CheckedTable } from "./checkedFile";

/** A recognised table with its validation, in the report's shape. */
export function summariseTable(
  table: RecognisedTable,
  sheet: string,
  options: ScoringOptions,
  hidden = false,
  grid?: Grid,
): CheckedTable {
  const v = validateTable(table, options, grid);
  const scoreOf = new Map(v.scores.map((s) => [s.row, s]));
  const indicators: CheckedIndicator[] = table.indicators
    .filter(
      (r) => !r.isSubtotal && !r.isBreakdown && (r.name.value.trim() !== "" || r.target.value.trim() !== ""),
    )
    .map((r) => {
      const actual = r.actual ? cellText(r.actual.value) : undefined;
      const weight = readNumber(r.weight?.value);
      const scored = scoreOf.get(r.row);
      const score = scored?.rule;
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
        ...(scored?.explanation ? { explanation: scored.explanation } : {}),
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
    // Without the sheet: the table names it.
    findings: v.findings.map((f) => findingAt(f.cell, f)),
  };
}

function budgetOf(b: NonNullable<ReturnType<typeof validateTable>["budget"]>): CheckedBudget {
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
    ...(b.explanation ? { explanation: b.explanation } : {}),
  };
}

function rowOf(cell: string, row: number): number {
  return (fromA1(cell)?.row ?? row) + 1;
}
