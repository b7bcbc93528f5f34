import { NATIONAL_RULES, type ScoringOptions } from "./options";
import type { Grade, ScoringIssue } from "./types";
import { makeError } from "./issues";
import { round2 } from "./round2";

const GRADES: readonly [Grade, Grade, Grade] = ["优", "良", "中"];

/**
 * 评分等级 of a total (docs/domain.md §3 rule 10): with bands [a, b, c] (national 90/80/60) 优 ≥ a,
 * 良 [b, a), 中 [c, b), 差 below c. A lower bound belongs to its band; the total is compared at 2
 * decimals, so a sum that floats to 89.99999999999999 is still 优. A non-numeric total gives the issue
 * GRADE_TOTAL_INVALID.
 *
 * @example
 * grade(98.99); // "优"
 * grade(80); // "良"
 * grade(75, { ...NATIONAL_RULES, gradeBands: [80, 70, 60] }); // "良"
 */
export function grade(
  total: number | null | undefined,
  options: ScoringOptions = NATIONAL_RULES,
): Grade | ScoringIssue {
  if (typeof total !== "number" || !Number.isFinite(total)) {
    return makeError("GRADE_TOTAL_INVALID", "VALUE", { total: String(total) });
  }
  const t = round2(total);
  const bands = options.gradeBands;
  for (let i = 0; i < 3; i++) {
    if (t >= (bands[i] as number)) return GRADES[i] as Grade;
  }
  return "差";
}
