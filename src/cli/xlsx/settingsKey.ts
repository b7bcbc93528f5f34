/**
 * Name of the workbook setting that holds the scoring settings. Must equal the task pane's
 * SCORING_SETTINGS_KEY (src/taskpane/excel/settingsStore.ts); a test checks that they agree.
 */
export const SCORING_SETTINGS_KEY = "PerfTables.scoring";
