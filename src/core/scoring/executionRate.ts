import type { ScoringIssue } from "./types";
import { makeError } from "./issues";

/**
 * Budget execution rate 全年执行数 / 全年预算数 as a fraction in full precision (docs/domain.md §3 rule 1).
 *
 * Returns an issue instead of a number when the rate does not exist: a budget of 0 gives
 * `BUDGET_ZERO` (a worksheet shows #DIV/0!), a missing or non-numeric amount `BUDGET_AMOUNT_NOT_A_NUMBER` or
 * `BUDGET_EXECUTED_NOT_A_NUMBER`,
 * a negative amount `BUDGET_NEGATIVE_AMOUNT` (all #VALUE!). A rate above 1 is returned as it is;
 * {@link budgetScore} reports it.
 *
 * @example
 * executionRate(17.5, 17.52); // 0.99885844748858…
 * executionRate(1, 0); // { code: "BUDGET_ZERO", severity: "error", error: "DIV0" }
 */
export function executionRate(
  executed: number | null | undefined,
  budget: number | null | undefined,
): number | ScoringIssue {
  if (typeof executed !== "number" || !Number.isFinite(executed)) {
    return makeError("BUDGET_EXECUTED_NOT_A_NUMBER", "VALUE");
  }
  if (typeof budget !== "number" || !Number.isFinite(budget)) {
    return makeError("BUDGET_AMOUNT_NOT_A_NUMBER", "VALUE");
  }
  if (executed < 0 || budget < 0) {
    return makeError("BUDGET_NEGATIVE_AMOUNT", "VALUE", { executed, budget });
  }
  if (budget === 0) return makeError("BUDGET_ZERO", "DIV0", { executed });
  // -0 executed is 0: a cell must never show "-0".
  const rate = executed / budget;
  return rate === 0 ? 0 : rate;
}
