import { round2 } from "../scoring/round2";
import type { BudgetBlock, BudgetPart, RecognisedTable } from "../tables/model";
import { analyseBudget } from "./analyseBudget";
import { AMOUNT_TOLERANCE, amountTolerance, printedWithin, reachableRates } from "./budgetTolerance";
import { rateMatches } from "./rateMatches";
import type { Finding } from "./finding";
import { fixed2 } from "./fixed2";
import { makeFinding } from "./makeFinding";
import type { ValidationContext } from "./types";

/**
 * The funds block (项目资金): amounts present, budget not 0, execution not above the budget, and the
 * printed 执行率 and 得分 reachable from the printed amounts allowing for their rounding (seed 002
 * prints 99.88 for 17.50 / 17.52 = 99.886 %, which is fine).
 *
 * @example
 * fundsRules(table, ctx); // [{ code: "FUNDS_OVER_EXECUTED", params: { executed: 20, budget: 17.52 } }]
 */
export function fundsRules(table: RecognisedTable, ctx: ValidationContext): Finding[] {
  const block = table.budget;
  if (!block) return [];
  const a = analyseBudget(block, ctx.options);
  const findings: Finding[] = checkParts(block);
  const severityOfMissing = ctx.scored ? "error" : "warning";
  if (a.budget === null)
    findings.push(makeFinding(block.budget.cell, "FUNDS_BUDGET_MISSING", severityOfMissing));
  if (a.executed === null && ctx.scored) {
    findings.push(makeFinding(block.executed.cell, "FUNDS_EXECUTED_MISSING", "error"));
  }
  if (a.budget === null || a.executed === null) return findings;
  if (a.budget <= 0) {
    // A 0 total over 其中 rows that hold money is a stale total, told by FUNDS_TOTAL_NOT_SUM_OF_PARTS.
    if (!(a.budget === 0 && partsSum(block.parts ?? [], "budget") > 0)) {
      findings.push(makeFinding(block.budget.cell, "FUNDS_BUDGET_ZERO", "error", { budget: a.budget }));
    }
    return findings;
  }
  if (a.executed < 0) {
    findings.push(
      makeFinding(block.executed.cell, "FUNDS_EXECUTED_NEGATIVE", "error", { executed: a.executed }),
    );
  }
  if (a.executed > a.budget) {
    findings.push(
      makeFinding(block.executed.cell, "FUNDS_OVER_EXECUTED", "error", {
        executed: a.executed,
        budget: a.budget,
        rate: fixed2((a.executed / a.budget) * 100),
      }),
    );
  }
  // Monitoring tables report the rate only: no budget score, no points for the row.
  const scoresBudget = ctx.scored && ctx.kind.budgetScored && ctx.budgetOutsideRows;
  if (scoresBudget && a.weight !== ctx.options.budgetWeight && block.weight) {
    findings.push(
      makeFinding(block.weight.cell, "FUNDS_WEIGHT_NONDEFAULT", "warning", {
        weight: a.weight,
        expected: ctx.options.budgetWeight,
      }),
    );
  }
  const reach = reachableRates(a.executed, a.budget, amountTolerance(a.executed), amountTolerance(a.budget));
  if (!reach) return findings;
  if (
    a.claimedRate !== null &&
    block.claimedRate &&
    !rateMatches(a.claimedRate, block.claimedRate.value, reach)
  ) {
    findings.push(
      makeFinding(block.claimedRate.cell, "FUNDS_RATE_MISMATCH", "error", {
        claimed: fixed2(a.claimedRate),
        expected: fixed2((a.executed / a.budget) * 100),
      }),
    );
  }
  if (scoresBudget && a.claimedScore !== null && block.claimedScore) {
    const low = round2(a.weight * Math.min(reach.low, 1));
    const high = round2(a.weight * Math.min(reach.high, 1));
    if (!printedWithin(a.claimedScore, low, high)) {
      const expected = a.result?.ok ? a.result.score : round2(a.weight * Math.min(a.executed / a.budget, 1));
      findings.push(
        makeFinding(block.claimedScore.cell, "FUNDS_SCORE_MISMATCH", "error", {
          claimed: fixed2(a.claimedScore),
          expected: fixed2(expected),
        }),
      );
    }
  }
  return findings;
}

const PART_COLUMNS = [
  ["initialBudget", "年初预算数"],
  ["budget", "预算数"],
  ["executed", "执行数"],
] as const;

/**
 * The total row (年度资金总额) against its 其中 rows (当年财政拨款 + 上年结转资金 + 其他资金), column by
 * column, where the parts hold amounts: a difference beyond the rounding of the printed amounts is a
 * total typed by hand or a SUM not recalculated (a script filled the parts, docs/domain.md §3 rule 1).
 */
function checkParts(block: BudgetBlock): Finding[] {
  const parts = block.parts ?? [];
  const findings: Finding[] = [];
  for (const [column, label] of PART_COLUMNS) {
    const total = block[column];
    const filled = parts.filter((p) => p[column]?.value !== null && p[column] !== undefined);
    if (!total || total.value === null || filled.length === 0) continue;
    const sum = partsSum(parts, column);
    if (Math.abs(total.value - sum) > AMOUNT_TOLERANCE * (filled.length + 1) + 1e-9) {
      findings.push(
        makeFinding(total.cell, "FUNDS_TOTAL_NOT_SUM_OF_PARTS", "warning", {
          column: label,
          total: fixed2(total.value),
          sum: fixed2(sum),
        }),
      );
    }
  }
  return findings;
}

function partsSum(parts: readonly BudgetPart[], column: "initialBudget" | "budget" | "executed"): number {
  return parts.reduce((sum, p) => sum + (p[column]?.value ?? 0), 0);
}
