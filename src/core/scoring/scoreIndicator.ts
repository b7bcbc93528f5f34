import type { ParsedTarget } from "../target/types";
import { MAX_WEIGHT, NATIONAL_RULES, type ScoringOptions } from "./options";
import type { IndicatorScore } from "./types";
import { fail, makeError } from "./issues";
import { scoreQuantitative } from "./scoreQuantitative";
import { scoreQualitative } from "./scoreQualitative";
import { scoreDate } from "./scoreDate";

/**
 * Score of one 三级 indicator by docs/domain.md §3 rules 2–5 and 7.
 *
 * - ≥ / > (positive): A ≥ T → w, else A / T × w; T ≤ 0: A ≥ T → w, else 0.
 * - = (equal): T = 0: A ≤ 0 → w, else 0; otherwise as positive (exceeding is not penalised).
 *   A number written without an operator is scored as "=" with the warning SCORE_TARGET_NO_OPERATOR.
 * - ≤ / < (negative): A ≤ T → w; national: linear to 0 at A = 2T; `negativeFormula: "ratio"`: T / A × w.
 *   T = 0: A ≤ 0 → w, else 0.
 * - date (5a): a deadline (11月底前, 2023年12月) against a completion date (10月): on or before → w,
 *   after → 0.
 * - qualitative: the outcome's default share of w (options.qualitativeDefaults) and its band; an actual
 *   that restates the target (健全 / 健全) counts as 达成.
 * - A < 0 counts as 0.
 * - Units must agree: convertible units are converted (17.5 万元 against 175000 元, 5‰ against 0.5%),
 *   others (a % target against a 万元 actual, 件 against 人) give SCORE_UNIT_MISMATCH. An actual
 *   without a unit (a number cell, or text such as "89") takes the target's unit.
 * - Fraction rule: against a % target whose value is above 1.5, a unitless actual of at most 1.5 is a
 *   fraction, so 0.89 and 89 both mean 89% (and 1 means 100%). Limits: a real 1% typed as the bare
 *   number 1 against such a target reads as 100%; against small % targets (`<0.01%`, `≤1%`, `≤1.5%`)
 *   the rule is off, so a bare 0.5 there is 0.5%; an actual written with its unit ("0.89%") is never
 *   rescaled. Symmetrically a unitless target of at most 1.5 (`=1` on a 率) against a % actual is
 *   read as 100%.
 * `score` is r2(raw); `achieved` is strict for > and < (a score of w at A = T is still "not achieved"
 * for `>`), and means "met or exceeded" for =. Range, compound, empty and invalid targets, a kind
 * mismatch and disagreeing units give `{ ok: false, issues }`; nothing here returns NaN or throws.
 *
 * @example
 * scoreIndicator(parseTarget("≥90.00(%)"), parseTarget("89.00(%)"), 5).score; // 4.94
 * scoreIndicator(parseTarget("≥90%"), 0.89, 5).score; // 4.94 (0.89 read as 89%)
 * scoreIndicator(parseTarget("建立健全"), parseTarget("部分达成指标并具有一定效果"), 5); // score 3.5, band [3, 4]
 */
export function scoreIndicator(
  target: ParsedTarget,
  actual: ParsedTarget | number,
  weight: number,
  options: ScoringOptions = NATIONAL_RULES,
): IndicatorScore {
  if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
    return fail(makeError("SCORE_WEIGHT_INVALID", "VALUE", { weight: String(weight) }));
  }
  if (weight > MAX_WEIGHT) {
    return fail(makeError("SCORE_WEIGHT_TOO_LARGE", "VALUE", { weight: String(weight), limit: MAX_WEIGHT }));
  }
  switch (target.kind) {
    case "quantitative":
      if (!Number.isFinite(target.value)) {
        return fail(makeError("SCORE_TARGET_INVALID", "VALUE", { target: target.source }));
      }
      return scoreQuantitative(target, actual, weight, options);
    case "qualitative":
      // A deadline against a completion date is compared as dates (rule 5a).
      return scoreDate(target, actual, weight) ?? scoreQualitative(target, actual, weight, options);
    case "range":
      return fail(makeError("SCORE_TARGET_RANGE", "VALUE", { target: target.source }));
    case "compound":
      return fail(makeError("SCORE_TARGET_COMPOUND", "VALUE", { target: target.source }));
    case "empty":
      return target.notApplicable === true
        ? fail(makeError("SCORE_TARGET_NOT_APPLICABLE", "NA", { target: target.source }))
        : fail(makeError("SCORE_TARGET_EMPTY", "NA"));
    case "invalid":
      return fail(makeError("SCORE_TARGET_INVALID", "VALUE", { target: target.source }));
  }
}
