import { messageRef, type CodesStartingWith, type MessageRef } from "../messages";
import { NATIONAL_RULES, type ScoringOptions } from "./options";
import type { IndicatorScore } from "./types";
import { formatOperand } from "./formatOperand";
import { formatPlain } from "./formatPlain";

/** Codes of the explanations (src/core/scoring/explanationMessages.ts). */
type ExplanationCode = CodesStartingWith<"EXPLAIN_">;

/** How a score was reached: a message with its numbers, rendered in zh-CN or en by formatIssue. */
export type ScoreExplanation = MessageRef<ExplanationCode>;

/**
 * Explains an indicator score by docs/domain.md §3 rules 2–5, with the numbers the scorer compared
 * (the actual already in the target's unit) and the rule's own formula: the text ends with the
 * result's `score`, so the explanation and the score shown beside it can never disagree. Returns null
 * for a row that could not be scored (its findings say why).
 *
 * The branches mirror scoreQuantitative / scoreQualitative: a change of rule there must be made here
 * too, and the property test over the scoring corpus (test/core/scoring/explainScore.test.ts) fails
 * until it is.
 *
 * @example
 * const s = scoreText("≥90.00(%)", "89.00(%)", 5);
 * formatIssue(explainScore(s)!); // "正向指标：89.00 ÷ 90.00 × 5 = 4.94"
 * formatIssue(explainScore(scoreText("≤10(分钟)", "15(分钟)", 10))!);
 * // "反向指标：实际 15.00 超过目标 10.00 的 50%，(1 − 5.00 ÷ 10.00) × 10 = 5.00"
 */
export function explainScore(
  result: IndicatorScore,
  options: ScoringOptions = NATIONAL_RULES,
): ScoreExplanation | null {
  if (!result.ok) return null;
  const score = result.score.toFixed(2);
  const weight = formatPlain(result.weight);
  if (result.rule === "qualitative") {
    const outcome = result.outcome ?? "achieved";
    const percent = formatPlain(options.qualitativeDefaults[outcome] * 100, 2);
    const code =
      outcome === "achieved"
        ? "EXPLAIN_QUALITATIVE_ACHIEVED"
        : outcome === "partial"
          ? "EXPLAIN_QUALITATIVE_PARTIAL"
          : "EXPLAIN_QUALITATIVE_FAILED";
    return messageRef(code, { percent, score });
  }
  if (result.rule === "date") {
    // Rule 5a: compared as dates, no arithmetic; the texts compared are in the row's findings.
    const dates = result.issues.find((i) => i.code === "SCORE_DATE_MET" || i.code === "SCORE_DATE_MISSED");
    const params = (dates?.params ?? {}) as { actual?: string; target?: string };
    const shown = { actual: params.actual ?? "", target: params.target ?? "", score };
    return messageRef(result.achieved ? "EXPLAIN_DATE_MET" : "EXPLAIN_DATE_MISSED", shown);
  }
  const compared = result.compared;
  if (compared === undefined) return null;
  const t = compared.target;
  const a = compared.actual;
  const target = formatOperand(t);
  const actual = formatOperand(a);
  if (result.rule === "negative") {
    if (a <= t) return messageRef("EXPLAIN_NEGATIVE_MET", { actual, target, score });
    if (t <= 0) return messageRef("EXPLAIN_NEGATIVE_MISSED", { actual, target, score });
    if (options.negativeFormula === "ratio")
      return messageRef("EXPLAIN_NEGATIVE_RATIO", { actual, target, weight, score });
    if (a >= 2 * t) return messageRef("EXPLAIN_NEGATIVE_FLOOR", { actual, target, score });
    // The excess on the decimals as written (15 − 10 = 5, not 4.999…).
    const excess = Number((a - t).toFixed(10));
    const percent = formatPlain((excess / t) * 100, 2);
    return messageRef("EXPLAIN_NEGATIVE_LINEAR", {
      actual,
      target,
      percent,
      excess: formatOperand(excess),
      weight,
      score,
    });
  }
  const equal = result.rule === "equal";
  if (equal && t === 0) {
    return a <= 0
      ? messageRef("EXPLAIN_EQUAL_MET", { actual, target, score })
      : messageRef("EXPLAIN_EQUAL_MISSED", { actual, target, score });
  }
  if (t <= 0) {
    if (a >= t)
      return messageRef(equal ? "EXPLAIN_EQUAL_MET" : "EXPLAIN_POSITIVE_MET", { actual, target, score });
    return messageRef(equal ? "EXPLAIN_EQUAL_MISSED" : "EXPLAIN_POSITIVE_MISSED", { actual, target, score });
  }
  if (a < t) {
    const code = equal ? "EXPLAIN_EQUAL_PROPORTIONAL" : "EXPLAIN_POSITIVE_PROPORTIONAL";
    return messageRef(code, { actual, target, weight, score });
  }
  if (!options.capAtWeight) {
    const code = equal ? "EXPLAIN_EQUAL_UNCAPPED" : "EXPLAIN_POSITIVE_UNCAPPED";
    return messageRef(code, { actual, target, weight, score });
  }
  return messageRef(equal ? "EXPLAIN_EQUAL_MET" : "EXPLAIN_POSITIVE_MET", { actual, target, score });
}
