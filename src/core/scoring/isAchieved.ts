import type { ParsedTarget } from "../target/types";
import { NATIONAL_RULES, type ScoringOptions } from "./options";
import type { ScoringIssue } from "./types";
import { scoreIndicator } from "./scoreIndicator";

/**
 * Whether `actual` meets `target` as written (strict for > and <, met or exceeded for =, 达成 or a
 * restated target for qualitative targets). When the pair cannot be compared, the first error issue of
 * {@link scoreIndicator} is returned instead.
 *
 * @example
 * isAchieved(parseTarget("≥90%"), parseTarget("89%")); // false
 * isAchieved(parseTarget("健全"), parseTarget("达成年度指标")); // true
 */
export function isAchieved(
  target: ParsedTarget,
  actual: ParsedTarget | number,
  options: ScoringOptions = NATIONAL_RULES,
): boolean | ScoringIssue {
  const result = scoreIndicator(target, actual, 1, options);
  if (result.ok) return result.achieved;
  return result.issues.find((issue) => issue.severity === "error") ?? (result.issues[0] as ScoringIssue);
}
