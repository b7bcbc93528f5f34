import { NATIONAL_RULES, type ScoringOptions } from "../scoring/options";
import type { Finding } from "../validation/finding";
import { makeFinding } from "../validation/makeFinding";
import { SETTINGS_PARSE_PARAMS, settingsSchema } from "./settingsSchema";

export interface ParsedSettings {
  readonly options: ScoringOptions;
  /** Empty when the settings were fine (or absent); SETTINGS_INVALID (warning) when they were not. */
  readonly findings: readonly Finding[];
}

/**
 * Reads the scoring settings a workbook stores (a JSON string or an already parsed object). Absent
 * settings mean the national rules; invalid ones fall back to the national rules too, with the warning
 * SETTINGS_INVALID so the user knows their choice was not applied. Never throws.
 *
 * @example
 * parseSettings('{"version":1,"negativeFormula":"ratio"}').options.negativeFormula; // "ratio"
 * parseSettings("{oops").findings[0]?.code; // "SETTINGS_INVALID"
 */
export function parseSettings(stored: unknown): ParsedSettings {
  if (stored === undefined || stored === null || (typeof stored === "string" && stored.trim() === "")) {
    return { options: NATIONAL_RULES, findings: [] };
  }
  let value: unknown = stored;
  if (typeof stored === "string") {
    try {
      value = JSON.parse(stored);
    } catch {
      return invalid("not JSON");
    }
  }
  const result = settingsSchema.safeParse(value, SETTINGS_PARSE_PARAMS);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first && first.path.length > 0 ? `${first.path.join(".")}: ` : "";
    return invalid(`${where}${first?.message ?? "invalid"}`);
  }
  const { version: _version, ...given } = result.data;
  const options: ScoringOptions = { ...NATIONAL_RULES, ...stripUndefined(given) };
  return { options, findings: [] };
}

function invalid(detail: string): ParsedSettings {
  return { options: NATIONAL_RULES, findings: [makeFinding("", "SETTINGS_INVALID", "warning", { detail })] };
}

/** The given keys only: a setting absent from the stored JSON keeps the national default. */
function stripUndefined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
