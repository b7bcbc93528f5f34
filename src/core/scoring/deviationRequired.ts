import { NATIONAL_RULES, type ScoringOptions } from "./options";
import type { IndicatorScore } from "./types";
import { round2 } from "./round2";

/**
 * Whether a row needs 偏差原因分析及改进措施 (docs/domain.md §3 rule 8): its score is below the weight, or it
 * is over-achieved (rule 7, options.overAchievementFactor × T on positive/equal rows). The score that
 * counts is the one the unit entered when given (`claimedScore`), else the rule score. Over-achievement
 * is judged with `options`, so the same result can be checked against a regional factor. A row that could
 * not be scored gives false: its own issue already asks for a fix.
 *
 * @example
 * deviationRequired(scoreText("≥90%", "89%", 5)); // true (4.94 < 5)
 * deviationRequired(scoreText("≥100件", "140件", 5), { ...NATIONAL_RULES, overAchievementFactor: 1.3 }); // true
 */
export function deviationRequired(
  result: IndicatorScore,
  options: ScoringOptions = NATIONAL_RULES,
  claimedScore?: number | null,
): boolean {
  if (!result.ok) return false;
  const shown =
    typeof claimedScore === "number" && Number.isFinite(claimedScore) ? round2(claimedScore) : result.score;
  if (shown < round2(result.weight)) return true;
  const factor = options.overAchievementFactor;
  const compared = result.compared;
  if (factor === null || !compared || result.rule === "negative" || result.rule === "qualitative")
    return false;
  return compared.target > 0 && compared.actual >= factor * compared.target;
}
