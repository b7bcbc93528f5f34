/** `perf-tables check`: checking workbooks and reporting (terminal, JSON, review workbook). */
export * from "./reportSchema";
export {
  checkFile,
  summariseTable,
  type CheckedFile,
  type CheckedTable,
  type CheckedFinding,
} from "./checkFile";
export { checkFileSafely } from "./checkFileSafely";
export { checkFiles, runsCompiled, type CheckFilesOptions } from "./checkFiles";
export { collectFiles } from "./collectFiles";
export { toCheckReport } from "./toCheckReport";
export { formatHuman, shortPath } from "./formatHuman";
export { writeReviewWorkbook } from "./writeReviewWorkbook";
export { fileLink } from "./fileLink";
export { progressBar } from "./progressBar";
export { say, kindCode, type OutputLanguage } from "./outputLanguage";
export { countFindings, type SeverityCounts } from "./countFindings";
export { readStoredSettings } from "./readStoredSettings";
export { readHiddenSheets } from "./readHiddenSheets";
export { readZipEntries } from "./readZipEntries";
export { SCORING_SETTINGS_KEY } from "./settingsKey";
export { isReviewWorkbook, REVIEW_TITLE } from "./isReviewWorkbook";
