import { messageRef } from "../messages";
import type { ScoreExplanation } from "./explainScore";
import type { BudgetScore } from "./types";
import { formatOperand } from "./formatOperand";
import { formatPlain } from "./formatPlain";
import { round2Exact } from "./round2Exact";

/**
 * Explains the budget execution score (docs/domain.md §3 rule 1): the amounts, the rate in percent
 * (rounded half up on its exact value, as the report prints it) and the weight, ending with the
 * result's score. Null when the row could not be scored.
 *
 * @example
 * formatIssue(explainBudgetScore(budgetScore(17.5, 17.52), 17.5, 17.52, 10)!);
 * // "预算执行率 17.50 ÷ 17.52 = 99.89%，× 10 = 9.99"
 */
export function explainBudgetScore(
  result: BudgetScore,
  executed: number,
  budget: number,
  weight: number,
): ScoreExplanation | null {
  if (!result.ok) return null;
  const rate = round2Exact(result.rate * 100, "quotient", executed, budget, 100).toFixed(2);
  const params = {
    executed: formatOperand(executed),
    budget: formatOperand(budget),
    rate,
    weight: formatPlain(weight),
    score: result.score.toFixed(2),
  };
  return messageRef(result.rate > 1 ? "EXPLAIN_BUDGET_OVER" : "EXPLAIN_BUDGET", params);
}
