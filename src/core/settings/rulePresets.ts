import { NATIONAL_RULES, type ScoringOptions } from "../scoring/options";
import type { Finding } from "../validation/finding";
import { makeFinding } from "../validation/makeFinding";

/**
 * Named regional variants (docs/domain.md §6); several combine left to right
 * (`--rules ratio,guangxi`).
 */
export const RULE_PRESETS: Readonly<Record<string, Partial<ScoringOptions>>> = {
  national: {},
  /** Negative indicators scored T / A × w. */
  ratio: { negativeFormula: "ratio" },
  /** Deviation text required at 130 % of a target (Guangxi). */
  guangxi: { overAchievementFactor: 1.3 },
  /** Grade bands 80/70/60. */
  bands80: { gradeBands: [80, 70, 60] },
  /** Budget execution row worth 20 points, indicators 80. */
  budget20: { budgetWeight: 20, indicatorWeightTotal: 80 },
};

/**
 * Options from preset names applied in order over the national rules; an unknown name is skipped with
 * the warning SETTINGS_PRESET_UNKNOWN.
 *
 * @example
 * optionsFromPresets(["ratio", "bands80"]).options.gradeBands; // [80, 70, 60]
 */
export function optionsFromPresets(names: readonly string[]): {
  options: ScoringOptions;
  findings: Finding[];
} {
  let options: ScoringOptions = NATIONAL_RULES;
  const findings: Finding[] = [];
  for (const raw of names) {
    const name = raw.trim().toLowerCase();
    if (name === "") continue;
    const preset = Object.prototype.hasOwnProperty.call(RULE_PRESETS, name) ? RULE_PRESETS[name] : undefined;
    if (!preset) {
      findings.push(
        makeFinding("", "SETTINGS_PRESET_UNKNOWN", "warning", {
          preset: raw,
          known: Object.keys(RULE_PRESETS).join(", "),
        }),
      );
      continue;
    }
    options = { ...options, ...preset };
  }
  return { options, findings };
}
