/** Everything that reads or writes an .xlsx package (exceljs and the small zip reader live only here). */
export { readWorkbook } from "./readWorkbook";
export { readStoredSettings } from "./readStoredSettings";
export { readZipEntries } from "./readZipEntries";
export { SCORING_SETTINGS_KEY } from "./settingsKey";
export { isReviewWorkbook } from "./isReviewWorkbook";
