/** The outputs of `perf-tables check`: terminal text, the --json report and its schema, the review workbook. */
export * from "../../check/reportSchema";
export type { CheckedFile } from "../../check/checkedFile";
export { jsonReportWriter } from "./jsonReportWriter";
export { formatHuman } from "./formatHuman";
export { writeReviewWorkbook } from "./writeReviewWorkbook";
export { fileLink } from "./fileLink";
export { progressBar } from "./progressBar";
export { say, sayRef, type OutputLanguage } from "./outputLanguage";
