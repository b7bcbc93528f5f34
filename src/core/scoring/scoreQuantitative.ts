/**
 * Rules 2–4 and 7 of docs/domain.md §3 for a quantitative target (internal; use {@link scoreIndicator}).
 * `score` is r2 of the exact value of the rule's formula on the decimals as written (see round2Exact).
 */
import type { Operator, ParsedTarget, QuantitativeTarget } from "../target/types";
import type { ScoringOptions } from "./options";
import type { IndicatorScore, ScoreRule, ScoringIssue } from "./types";
import { makeWarning, withIssue } from "./issues";
import { readActualValue } from "./readActualValue";
import { round2 } from "./round2";
import { round2Exact, type ScoreFormula } from "./round2Exact";

export function scoreQuantitative(
  target: QuantitativeTarget,
  actual: ParsedTarget | number,
  weight: number,
  options: ScoringOptions,
): IndicatorScore {
  const reading = readActualValue(target, actual);
  if (!reading.ok) return reading;
  const t = reading.target;
  const a = reading.actual;
  let issues: readonly ScoringIssue[] = reading.issues;
  let op: Operator | null = target.op;
  if (op === null) {
    // A number without an operator (94.90%) is flagged, and scored as "=": exceeding is not penalised.
    issues = withIssue(issues, makeWarning("SCORE_TARGET_NO_OPERATOR", { target: target.source }));
    op = "=";
  }
  const rule: ScoreRule = op === "=" ? "equal" : op === ">=" || op === ">" ? "positive" : "negative";
  let raw: number;
  let achieved: boolean;
  let score: number;
  if (rule === "negative") {
    raw = scoreNegative(t, a, weight, options);
    achieved = op === "<" ? a < t : a <= t;
    const proportional = t > 0 && a > t && (options.negativeFormula === "ratio" || a < 2 * t);
    score = proportional ? roundNegative(raw, t, a, weight, options) : round2(raw);
  } else if (rule === "equal" && t === 0) {
    raw = a <= 0 ? weight : 0;
    achieved = a <= 0;
    score = round2(raw);
  } else {
    raw = scorePositive(t, a, weight, options);
    achieved = op === ">" ? a > t : a >= t;
    const proportional = t > 0 && (a < t || !options.capAtWeight);
    score = proportional ? round2Exact(raw, "quotient", a, t, weight) : round2(raw);
  }
  const factor = options.overAchievementFactor;
  const overAchieved = factor !== null && rule !== "negative" && t > 0 && a >= factor * t;
  return {
    ok: true,
    score,
    raw,
    weight,
    rule,
    achieved,
    overAchieved,
    compared: { target: t, actual: a, unit: reading.unit },
    issues,
  };
}

/** Rule 2 (and rule 3 for T ≠ 0): A ≥ T → w, else A / T × w; T ≤ 0: A ≥ T → w, else 0. */
function scorePositive(t: number, a: number, w: number, options: ScoringOptions): number {
  if (t <= 0) return a >= t ? w : 0;
  if (a >= t) return options.capAtWeight ? w : (a / t) * w;
  return (a / t) * w;
}

/**
 * r2 of the exact rule 4 value: (2T − A) / T × w nationally, T / A × w for the ratio variant. Binary
 * error must not decide a half cent: ≤10 with 12.05 at 5 points is exactly 3.975 → 3.98 (the float
 * is 3.9749999999999996).
 */
function roundNegative(raw: number, t: number, a: number, w: number, options: ScoringOptions): number {
  const formula: ScoreFormula = options.negativeFormula === "ratio" ? "quotient" : "fall";
  return formula === "quotient" ? round2Exact(raw, formula, t, a, w) : round2Exact(raw, formula, a, t, w);
}

/** Rule 4: national linear fall to 0 at 2T, or the ratio variant T / A × w; T = 0: A ≤ 0 → w. */
function scoreNegative(t: number, a: number, w: number, options: ScoringOptions): number {
  if (a <= t) return w;
  if (t <= 0) return 0;
  if (options.negativeFormula === "ratio") return (t / a) * w;
  if (a >= 2 * t) return 0;
  return (1 - (a - t) / t) * w;
}
