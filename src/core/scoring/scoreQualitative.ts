/**
 * Rule 5 of docs/domain.md §3 for a qualitative target (internal; use {@link scoreIndicator}).
 */
import type { ParsedTarget, QualitativeOutcome, QualitativeTarget } from "../target/types";
import type { ScoringOptions } from "./options";
import type { IndicatorScore, ScoringIssue } from "./types";
import { fail, makeError, makeInfo, NO_ISSUES } from "./issues";
import { describeUnusableActual } from "./readActualValue";
import { qualitativeBand } from "./qualitativeBand";
import { round2 } from "./round2";
import { restatesTarget } from "./restatesTarget";

export function scoreQualitative(
  target: QualitativeTarget,
  actual: ParsedTarget | number,
  weight: number,
  options: ScoringOptions,
): IndicatorScore {
  if (typeof actual === "number") {
    return fail(makeError("SCORE_ACTUAL_NOT_QUALITATIVE", "VALUE", { actual: String(actual) }));
  }
  if (actual.kind !== "qualitative") return fail(describeUnusableActual(actual, "qualitative"));
  let outcome: QualitativeOutcome | undefined = actual.outcome;
  let issues: readonly ScoringIssue[] = NO_ISSUES;
  if (outcome === undefined) {
    // Units often repeat the target ("健全" / "健全") instead of writing 达成指标: that is met.
    if (!restatesTarget(target.text, actual.text)) {
      return fail(makeError("SCORE_QUALITATIVE_OUTCOME_UNKNOWN", "VALUE", { actual: actual.text }));
    }
    outcome = "achieved";
    issues = [makeInfo("SCORE_QUALITATIVE_SAME_TEXT", { actual: actual.text })];
  }
  const raw = options.qualitativeDefaults[outcome] * weight;
  return {
    ok: true,
    score: round2(raw),
    raw,
    weight,
    rule: "qualitative",
    achieved: outcome === "achieved",
    outcome,
    band: qualitativeBand(outcome, weight),
    overAchieved: false,
    issues,
  };
}
