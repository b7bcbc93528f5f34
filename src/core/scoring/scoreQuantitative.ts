/**
 * Rules 2–4 and 7 of domain.md §3 for a quantitative target (internal; use {@link scoreIndicator}).
 */
import type { Operator, ParsedTarget, QuantitativeTarget } from "../target/types";
import type { ScoringOptions } from "./options";
import type { IndicatorScore, ScoreRule, ScoringIssue } from "./types";
import { makeWarning, withIssue } from "./issues";
import { readActualValue } from "./readActualValue";
import { round2 } from "./round2";

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
  if (rule === "negative") {
    raw = scoreNegative(t, a, weight, options);
    achieved = op === "<" ? a < t : a <= t;
  } else if (rule === "equal" && t === 0) {
    raw = a <= 0 ? weight : 0;
    achieved = a <= 0;
  } else {
    raw = scorePositive(t, a, weight, options);
    achieved = op === ">" ? a > t : a >= t;
  }
  const factor = options.overAchievementFactor;
  const overAchieved = factor !== null && rule !== "negative" && t > 0 && a >= factor * t;
  return {
    ok: true,
    score: round2(raw),
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

/** Rule 4: national linear fall to 0 at 2T, or the ratio variant T / A × w; T = 0: A ≤ 0 → w. */
function scoreNegative(t: number, a: number, w: number, options: ScoringOptions): number {
  if (a <= t) return w;
  if (t <= 0) return 0;
  if (options.negativeFormula === "ratio") return (t / a) * w;
  if (a >= 2 * t) return 0;
  return (1 - (a - t) / t) * w;
}
