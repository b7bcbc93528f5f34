import { grade as gradeOfTotal } from "../scoring/grade";
import { round2 } from "../scoring/round2";
import type { Grade } from "../scoring/types";
import type { RecognisedTable } from "../tables/model";
import { analyseBudget } from "./analyseBudget";
import type { ValidationContext } from "./types";

export interface RecomputedTotal {
  /** Budget score + Σ r2(row score) with the units' own valid scores; null when a row has none. */
  readonly total: number | null;
  readonly grade: Grade | null;
  /** The same with every row at its rule score (what the table would say without manual scores). */
  readonly ruleTotal: number | null;
  readonly budgetScore: number | null;
}

/**
 * 总分 = budget score + Σ r2(row scores) (docs/domain.md §3 rule 9). Seed 002 gives 98.99 and 98.50: the
 * units' entered 4.00 and 3.50 stand (rule 6), so they count rather than the rule's 4.94.
 *
 * @example
 * recomputeTotal(seed002First, ctx).total; // 98.99
 */
export function recomputeTotal(table: RecognisedTable, ctx: ValidationContext): RecomputedTotal {
  const budgetScore = budgetPart(table, ctx);
  const scoredRows = ctx.rows.filter((f) => f.weight !== null && f.row.name.value.trim() !== "");
  if (scoredRows.length === 0 || budgetScore === undefined) {
    return { total: null, grade: null, ruleTotal: null, budgetScore: budgetScore ?? null };
  }
  let effective: number | null = budgetScore;
  let rule: number | null = budgetScore;
  for (const facts of scoredRows) {
    effective =
      effective === null || facts.effectiveScore === null ? null : effective + round2(facts.effectiveScore);
    rule = rule === null || !facts.score?.ok ? null : rule + facts.score.score;
  }
  const total = effective === null ? null : round2(effective);
  const g = total === null ? null : gradeOfTotal(total, ctx.options);
  return {
    total,
    grade: typeof g === "string" ? g : null,
    ruleTotal: rule === null ? null : round2(rule),
    budgetScore,
  };
}

/** 0 when the table has no funds block; undefined when the block cannot be scored. */
function budgetPart(table: RecognisedTable, ctx: ValidationContext): number | undefined {
  if (!table.budget || !ctx.budgetOutsideRows) return 0;
  const a = analyseBudget(table.budget, ctx.options);
  return a.result?.ok ? a.result.score : undefined;
}
