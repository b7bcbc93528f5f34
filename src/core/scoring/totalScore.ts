import type { Framework } from "../frameworks/types";
import { MAX_WEIGHT, NATIONAL_RULES, type ScoringOptions } from "./options";
import type { Grade, ScoreBand, ScoringIssue } from "./types";
import { checkLevel1Weights } from "./checkLevel1Weights";
import { grade } from "./grade";
import { isInBand } from "./isInBand";
import { isScoringIssue } from "./isScoringIssue";
import { makeWarning } from "./issues";
import { round2 } from "./round2";

export interface TotalScoreRow {
  /** 分值; null when the cell is empty or not a number. */
  readonly weight: number | null;
  /** Rule score of the row ({@link scoreIndicator}), null when the rule could not score it. */
  readonly ruleScore: number | null;
  /** 得分 the unit entered, if any. */
  readonly claimedScore?: number | null;
  /** Qualitative rows: the band a claimed score must lie in. */
  readonly band?: ScoreBand;
  /** 一级指标, for the default-split check. */
  readonly level1?: string;
  /** How messages name the row (a sheet row number or a label); 1-based position when absent. */
  readonly row?: number | string;
}

export interface TotalScoreInput {
  /** Rule score of the budget row ({@link budgetScore}), null when it could not be computed. */
  readonly budgetScore: number | null;
  /** Budget row score the unit entered, if any. */
  readonly claimedBudgetScore?: number | null;
  readonly rows: readonly TotalScoreRow[];
  /** Framework of the 一级 labels (national 2021+ by default) for the default-split check. */
  readonly framework?: Framework;
}

interface TotalScoreRowResult {
  /** The score counted in `total`: the entered one when there is one, else the rule score, else 0. */
  readonly used: number;
  readonly source: "claimed" | "rule" | "none";
  /** r2(claimed − rule) when both exist, else null. */
  readonly difference: number | null;
}

export interface TotalScoreResult {
  /** budget + Σ r2(score), entered scores kept (docs/domain.md §3 rules 6 and 9). */
  readonly total: number;
  /** The same sum with rule scores only. */
  readonly ruleTotal: number;
  readonly grade: Grade;
  readonly ruleGrade: Grade;
  /** Σ 分值 of the indicator rows. */
  readonly weightTotal: number;
  readonly rows: readonly TotalScoreRowResult[];
  readonly issues: readonly ScoringIssue[];
}

/**
 * 总分 of a self-evaluation table: budget score + Σ r2(row score), where a row counts the score the unit
 * entered if there is one — the rule score is computed beside it and the difference reported, never
 * silently put in its place (docs/domain.md §3 rule 6). Also reports: entered scores outside [0, w] or outside
 * their qualitative band, rows with no score at all (counted as 0), weights not adding up to
 * options.indicatorWeightTotal (90), and 一级 sums that differ from the default split (warnings).
 *
 * @example
 * totalScore({ budgetScore: 9.99, rows: [{ weight: 5, ruleScore: 4.94, claimedScore: 4 }, …] });
 * // { total: 98.99, ruleTotal: 99.93, grade: "优", rows: [{ used: 4, source: "claimed", difference: -0.94 }, …], … }
 */
export function totalScore(
  input: TotalScoreInput,
  options: ScoringOptions = NATIONAL_RULES,
): TotalScoreResult {
  const issues: ScoringIssue[] = [];
  const budgetRule = finiteOrNull(input.budgetScore);
  const budgetClaimed = finiteOrNull(input.claimedBudgetScore);
  let total = budgetClaimed ?? budgetRule ?? 0;
  let ruleTotal = budgetRule ?? 0;
  if (budgetRule !== null && budgetClaimed !== null && round2(budgetClaimed) !== round2(budgetRule)) {
    issues.push(
      makeWarning("BUDGET_CLAIMED_DIFFERS", {
        claimed: round2(budgetClaimed),
        rule: round2(budgetRule),
        difference: round2(budgetClaimed - budgetRule),
      }),
    );
  }
  let weightTotal = 0;
  const rows: TotalScoreRowResult[] = [];
  input.rows.forEach((row, index) => {
    const label = row.row ?? index + 1;
    // A weight beyond MAX_WEIGHT is reported on its row (SCORE_WEIGHT_TOO_LARGE) and left out of the sum.
    const weight = boundedOrNull(row.weight);
    const rule = finiteOrNull(row.ruleScore);
    const claimed = finiteOrNull(row.claimedScore);
    if (weight !== null) weightTotal += weight;
    if (rule !== null) ruleTotal += round2(rule);
    if (claimed !== null) {
      total += round2(claimed);
      checkClaimed(issues, label, claimed, weight, row.band);
      const difference = rule === null ? null : round2(round2(claimed) - round2(rule));
      if (difference !== null && difference !== 0) {
        issues.push(
          makeWarning("SCORE_CLAIMED_DIFFERS", {
            row: label,
            claimed: round2(claimed),
            rule: round2(rule ?? 0),
            difference,
          }),
        );
      }
      rows.push({ used: round2(claimed), source: "claimed", difference });
    } else if (rule !== null) {
      total += round2(rule);
      rows.push({ used: round2(rule), source: "rule", difference: null });
    } else {
      issues.push(makeWarning("SCORE_ROW_NOT_SCORED", { row: label }));
      rows.push({ used: 0, source: "none", difference: null });
    }
  });
  weightTotal = round2(weightTotal);
  if (input.rows.length > 0 && weightTotal !== round2(options.indicatorWeightTotal)) {
    issues.push(
      makeWarning("SCORE_WEIGHT_TOTAL", { total: weightTotal, expected: options.indicatorWeightTotal }),
    );
  }
  issues.push(...checkLevel1Weights(input.rows, input.framework));
  const finalTotal = round2(total);
  const finalRuleTotal = round2(ruleTotal);
  return {
    total: finalTotal,
    ruleTotal: finalRuleTotal,
    grade: gradeOf(finalTotal, options),
    ruleGrade: gradeOf(finalRuleTotal, options),
    weightTotal,
    rows,
    issues,
  };
}

function checkClaimed(
  issues: ScoringIssue[],
  row: number | string,
  claimed: number,
  weight: number | null,
  band: ScoreBand | undefined,
): void {
  const shown = round2(claimed);
  if (shown < 0 || (weight !== null && shown > round2(weight))) {
    issues.push({
      code: "SCORE_CLAIMED_OUT_OF_RANGE",
      severity: "error",
      params: { row, claimed: shown, weight: weight ?? "" },
    });
    return;
  }
  if (band && weight !== null && !isInBand(shown, band, weight)) {
    issues.push({
      code: "SCORE_CLAIMED_OUTSIDE_BAND",
      severity: "error",
      // The 达成 band holds its upper bound (the weight); the others do not.
      params: {
        row,
        claimed: shown,
        band: `[${band[0]}, ${band[1]}${band[1] === round2(weight) ? "]" : ")"}`,
      },
    });
  }
}

function boundedOrNull(value: number | null | undefined): number | null {
  const finite = finiteOrNull(value);
  return finite !== null && Math.abs(finite) <= MAX_WEIGHT ? finite : null;
}

function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Totals are finite by construction, so grade never returns an issue here. */
function gradeOf(total: number, options: ScoringOptions): Grade {
  const result = grade(total, options);
  return isScoringIssue(result) ? "差" : result;
}
