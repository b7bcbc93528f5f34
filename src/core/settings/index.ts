/** Scoring settings stored in a workbook, and named regional presets. */
export { settingsSchema } from "./settingsSchema";
export { parseSettings, type ParsedSettings } from "./parseSettings";
export { serializeSettings } from "./serializeSettings";
export { RULE_PRESETS, optionsFromPresets } from "./rulePresets";
