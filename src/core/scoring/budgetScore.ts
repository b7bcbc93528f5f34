import { NATIONAL_RULES, type ScoringOptions } from "./options";
import type { BudgetScore, ScoringIssue } from "./types";
import { executionRate } from "./executionRate";
import { fail, makeError, makeWarning, NO_ISSUES } from "./issues";
import { isScoringIssue } from "./isScoringIssue";
import { round2 } from "./round2";

/**
 * Score of the budget execution row: r2(weight × min(rate, 1)) (domain.md §3 rule 1).
 *
 * `weight` defaults to `options.budgetWeight` (10 nationally); `null` (an omitted worksheet argument)
 * means the default too. Execution above the budget scores the full weight with the warning
 * `BUDGET_OVER_EXECUTED`; a budget of 0, a negative or non-numeric amount or weight give a failure.
 *
 * @example
 * budgetScore(17.5, 17.52); // { ok: true, score: 9.99, rate: 0.99886…, raw: 9.9885…, issues: [] }
 * budgetScore(407.3, 407.3).score; // 10
 */
export function budgetScore(
  executed: number | null | undefined,
  budget: number | null | undefined,
  weight?: number | null,
  options: ScoringOptions = NATIONAL_RULES,
): BudgetScore {
  const points = weight ?? options.budgetWeight;
  if (!Number.isFinite(points) || points < 0) {
    return fail(makeError("SCORE_WEIGHT_INVALID", "VALUE", { weight: String(points) }));
  }
  const rate = executionRate(executed, budget);
  if (isScoringIssue(rate)) return fail(rate);
  let issues: readonly ScoringIssue[] = NO_ISSUES;
  if (rate > 1) {
    issues = [makeWarning("BUDGET_OVER_EXECUTED", { rate: round2(rate * 100) })];
  }
  const raw = points * (rate > 1 ? 1 : rate);
  return { ok: true, score: round2(raw), raw, rate, issues };
}
