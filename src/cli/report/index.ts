/** The outputs of `perf-tables check`: terminal text, the --json report and its schema, the review workbook. */
export * from "../../check/reportSchema";
export type { CheckedFile } from "../../check/checkedFile";
export { jsonReportWriter } from "./jsonReportWriter";
export { humanReportWriter } from "./formatHuman";
export { writeReviewWorkbook } from "./writeReviewWorkbook";
export { reviewWorkbookWriter } from "./reviewWorkbookWriter";
export { fileLink } from "./fileLink";
export { progressBar } from "./progressBar";
export { say, sayRef, type OutputLanguage } from "./outputLanguage";
export { sanitiseForTerminal } from "./sanitiseForTerminal";
export { escapeJsonForTerminal } from "./escapeJsonForTerminal";
