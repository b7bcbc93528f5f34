import type { ScoringOptions } from "../../core/scoring/options";
import { parseSettings, serializeSettings, type ParsedSettings } from "../../core/settings";

/** Workbook setting (`context.workbook.settings`, ExcelApi 1.4) holding the scoring settings. */
export const SCORING_SETTINGS_KEY = "PerfTables.scoring";

/**
 * The scoring settings stored in the workbook: national rules when none are stored, and national rules
 * plus a SETTINGS_INVALID warning when what is stored cannot be read. One sync.
 *
 * @example
 * const { options, findings } = await Excel.run((context) => readScoringSettings(context));
 */
export async function readScoringSettings(context: Excel.RequestContext): Promise<ParsedSettings> {
  const setting = context.workbook.settings.getItemOrNullObject(SCORING_SETTINGS_KEY);
  setting.load("value");
  await context.sync();
  return parseSettings(setting.isNullObject ? undefined : setting.value);
}

/**
 * Stores `options` in the workbook (only what differs from the national rules), so everyone who opens
 * the file scores it the same way. One sync.
 *
 * @example
 * await Excel.run((context) => writeScoringSettings(context, { ...NATIONAL_RULES, budgetWeight: 20 }));
 */
export async function writeScoringSettings(
  context: Excel.RequestContext,
  options: ScoringOptions,
): Promise<void> {
  context.workbook.settings.add(SCORING_SETTINGS_KEY, serializeSettings(options));
  await context.sync();
}
