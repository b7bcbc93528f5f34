import { MAX_WEIGHT, NATIONAL_RULES, type ScoringOptions } from "./options";
import type { BudgetScore, ScoringIssue } from "./types";
import { executionRate } from "./executionRate";
import { fail, makeError, makeWarning, NO_ISSUES } from "./issues";
import { isScoringIssue } from "./isScoringIssue";
import { round2 } from "./round2";
import { round2Exact } from "./round2Exact";

/**
 * Score of the budget execution row: r2(weight × min(rate, 1)) (docs/domain.md §3 rule 1), rounded half up
 * on the exact value of the amounts as written (23.22 / 24 × 10 = 9.675 → 9.68).
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
  if (points > MAX_WEIGHT) {
    return fail(makeError("SCORE_WEIGHT_TOO_LARGE", "VALUE", { weight: String(points), limit: MAX_WEIGHT }));
  }
  const rate = executionRate(executed, budget);
  if (isScoringIssue(rate)) return fail(rate);
  // The guards above make both amounts finite numbers and the budget positive.
  const executedAmount = executed as number;
  const budgetAmount = budget as number;
  let issues: readonly ScoringIssue[] = NO_ISSUES;
  if (rate > 1) {
    const percent = round2Exact(rate * 100, "quotient", executedAmount, budgetAmount, 100);
    issues = [makeWarning("BUDGET_OVER_EXECUTED", { rate: percent })];
  }
  const raw = points * (rate > 1 ? 1 : rate);
  // r2 of the exact E / B × w: 23.22 / 24 × 10 is 9.675 → 9.68 although the float is 9.674999….
  const score = rate >= 1 ? round2(raw) : round2Exact(raw, "quotient", executedAmount, budgetAmount, points);
  return { ok: true, score, raw, rate, issues };
}
