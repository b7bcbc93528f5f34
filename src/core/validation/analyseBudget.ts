import { budgetScore } from "../scoring/budgetScore";
import type { ScoringOptions } from "../scoring/options";
import type { BudgetScore } from "../scoring/types";
import type { BudgetBlock, BudgetPart } from "../tables/model";
import { readNumber } from "../cells";

/** The budget execution row recomputed from its amounts. */
export interface BudgetAnalysis {
  readonly budget: number | null;
  readonly executed: number | null;
  /** Points of the row: the printed 分数 when there is one, else options.budgetWeight. */
  readonly weight: number;
  readonly result: BudgetScore | null;
  readonly claimedScore: number | null;
  readonly claimedRate: number | null;
}

/**
 * Reads the amounts of the funds block and scores the execution (docs/domain.md §3 rule 1).
 *
 * @example
 * analyseBudget(block, NATIONAL_RULES).result; // { ok: true, score: 9.99, rate: 0.99886… }
 */
export function analyseBudget(block: BudgetBlock, options: ScoringOptions): BudgetAnalysis {
  const budget = filledTotal(block, "budget");
  const executed = filledTotal(block, "executed");
  const weight = readNumber(block.weight?.value ?? null) ?? options.budgetWeight;
  const result = budget === null || executed === null ? null : budgetScore(executed, budget, weight, options);
  return {
    budget,
    executed,
    weight,
    result,
    claimedScore: readNumber(block.claimedScore?.value),
    claimedRate: readNumber(block.claimedRate?.value),
  };
}

/**
 * The total row's amount, or null when nothing was filled in: a template's total row is a SUM over
 * its 其中 rows, and its cached 0 over blank rows is "not filled yet", not a budget of 0.
 */
function filledTotal(block: BudgetBlock, column: "budget" | "executed"): number | null {
  const total = block[column].value;
  const parts: readonly BudgetPart[] = block.parts ?? [];
  if (total === 0 && parts.length > 0 && parts.every((p) => p[column].value === null)) return null;
  return total;
}
