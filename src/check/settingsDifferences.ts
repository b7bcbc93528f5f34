import type { CodesStartingWith } from "../core/messages";
import type { ScoringOptions } from "../core/scoring/options";
import type { CheckedFinding } from "./checkedFile";

/** How each setting is shown: language-neutral values (numbers, formulas), the label is in the message. */
/** The per-setting difference lines; each message takes {stored} and {applied}. */
type SettingsDiffCode = CodesStartingWith<"SETTINGS_DIFF_">;

const SHOWN: readonly (readonly [keyof ScoringOptions, SettingsDiffCode, (o: ScoringOptions) => string])[] = [
  ["gradeBands", "SETTINGS_DIFF_GRADE_BANDS", (o) => o.gradeBands.join("/")],
  [
    "negativeFormula",
    "SETTINGS_DIFF_NEGATIVE_FORMULA",
    (o) => (o.negativeFormula === "ratio" ? "T/A×w" : "(1−(A−T)/T)×w"),
  ],
  ["budgetWeight", "SETTINGS_DIFF_BUDGET_WEIGHT", (o) => String(o.budgetWeight)],
  ["indicatorWeightTotal", "SETTINGS_DIFF_WEIGHT_TOTAL", (o) => String(o.indicatorWeightTotal)],
  [
    "overAchievementFactor",
    "SETTINGS_DIFF_OVER_ACHIEVEMENT",
    (o) => (o.overAchievementFactor === null ? "—" : `${Math.round(o.overAchievementFactor * 100)}%`),
  ],
  ["capAtWeight", "SETTINGS_DIFF_CAP", (o) => (o.capAtWeight ? "✓" : "✗")],
  [
    "qualitativeDefaults",
    "SETTINGS_DIFF_QUALITATIVE",
    (o) => {
      const q = o.qualitativeDefaults;
      return [q.achieved, q.partial, q.failed].map((s) => `${Math.round(s * 1000) / 10}%`).join("/");
    },
  ],
];

/**
 * Findings telling a reviewer that a workbook carries scoring settings of its own that differ from
 * the review's rules: one warning saying whether they were applied (`--workbook-rules`) or not, then
 * one note per setting that differs. Empty when they are the same.
 *
 * @example
 * settingsDifferences({ ...NATIONAL_RULES, gradeBands: [50, 40, 30] }, NATIONAL_RULES, false);
 * // [SETTINGS_WORKBOOK_DIFFERS (warning), SETTINGS_DIFF_GRADE_BANDS { stored: "50/40/30", applied: "90/80/60" }]
 */
export function settingsDifferences(
  stored: ScoringOptions,
  review: ScoringOptions,
  applied: boolean,
): CheckedFinding[] {
  const details: CheckedFinding[] = [];
  for (const [, code, show] of SHOWN) {
    const [mine, theirs] = [show(stored), show(review)];
    if (mine !== theirs)
      details.push({ cell: "", code, severity: "info", params: { stored: mine, applied: theirs } });
  }
  if (details.length === 0) return [];
  const code = applied ? "SETTINGS_WORKBOOK_APPLIED" : "SETTINGS_WORKBOOK_DIFFERS";
  return [{ cell: "", code, severity: "warning", params: { count: details.length } }, ...details];
}
