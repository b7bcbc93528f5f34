import { NATIONAL_RULES, type ScoringOptions } from "../scoring/options";

/**
 * The JSON a workbook stores for its scoring settings: only what differs from the national rules, so
 * a workbook keeps following national defaults it never changed. {@link parseSettings} reads it back.
 *
 * @example
 * serializeSettings({ ...NATIONAL_RULES, negativeFormula: "ratio" }); // '{"version":1,"negativeFormula":"ratio"}'
 * serializeSettings(NATIONAL_RULES); // '{"version":1}'
 */
export function serializeSettings(options: ScoringOptions): string {
  const out: Record<string, unknown> = { version: 1 };
  for (const key of Object.keys(NATIONAL_RULES) as (keyof ScoringOptions)[]) {
    if (JSON.stringify(options[key]) !== JSON.stringify(NATIONAL_RULES[key])) out[key] = options[key];
  }
  return JSON.stringify(out);
}
