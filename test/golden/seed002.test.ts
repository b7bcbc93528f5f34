/**
 * Seed 002's two published self-evaluation tables, every row scored by the PERF functions called by id
 * as Excel calls them: the budget row, each indicator, the total with the unit's entered scores kept,
 * and the grade. The rule score is compared with what the unit entered (docs/domain.md §3 rule 6).
 */
import { loadExcelHost, type CellOutcome, type ExcelHost } from "../functions/excelHost";
import { seed002Tables } from "./seed002Fixture";

let host: ExcelHost;

beforeAll(async () => {
  host = await loadExcelHost();
});

function valueOf(outcome: CellOutcome): unknown {
  if (outcome.kind === "error") throw new Error(`${outcome.code} ${outcome.message ?? ""}`);
  return outcome.value;
}

/** Sums 2-decimal scores in cents, as a worksheet showing 2 decimals does. */
function sumScores(scores: readonly number[]): number {
  return scores.reduce((cents, s) => cents + Math.round(s * 100), 0) / 100;
}

describe.each(seed002Tables.map((t) => [t.project, t] as const))("seed 002: %s", (_project, table) => {
  test("budget execution score and rate", () => {
    const { budget, executed, weight } = table.budget;
    expect(valueOf(host.call("BUDGETSCORE", executed, budget, weight))).toBe(table.expected.budgetScore);
    expect(valueOf(host.call("BUDGETSCORE", executed, budget))).toBe(table.expected.budgetScore);
    const rate = valueOf(host.call("EXECRATE", executed, budget)) as number;
    // The table prints the rate truncated from rounded amounts: within 0.01 percentage points of ours.
    expect(Math.abs(rate * 100 - table.budget.claimedRate)).toBeLessThan(0.01);
  });

  test("every indicator is scored by rule; the rule and the entered score differ only where expected", () => {
    const differences = table.indicators.flatMap(([, , name, target, actual, weight, entered]) => {
      const rule = valueOf(host.call("SCORE", target, actual, weight)) as number;
      expect(rule).toBeGreaterThanOrEqual(0);
      expect(rule).toBeLessThanOrEqual(weight);
      // A row scoring below its weight is exactly a row whose target was not achieved.
      expect(valueOf(host.call("ACHIEVED", target, actual))).toBe(rule === weight);
      return Math.abs(rule - entered) >= 0.005 ? [{ name, rule, entered }] : [];
    });
    expect(differences).toEqual(table.expected.differences);
  });

  test("indicator weights add up to 90", () => {
    expect(sumScores(table.indicators.map((row) => row[5]))).toBe(90);
  });

  test("total with the entered scores kept, and its grade", () => {
    const budgetScore = valueOf(
      host.call("BUDGETSCORE", table.budget.executed, table.budget.budget),
    ) as number;
    const total = sumScores([budgetScore, ...table.indicators.map((row) => row[6])]);
    expect(total).toBe(table.expected.total);
    expect(total).toBe(table.claimedTotal);
    expect(valueOf(host.call("GRADE", total))).toBe(table.expected.grade);
    expect(valueOf(host.call("GRADE", total))).toBe(table.claimedGrade);
  });
});
