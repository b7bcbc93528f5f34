/** The outputs of `perf-tables check`: terminal text, the --json report and its schema, the review workbook. */
export * from "./reportSchema";
export type { CheckedFile } from "./checkedFile";
export { toCheckReport } from "./toCheckReport";
export { formatHuman } from "./formatHuman";
export { writeReviewWorkbook } from "./writeReviewWorkbook";
export { fileLink } from "./fileLink";
export { progressBar } from "./progressBar";
export { say, sayRef, type OutputLanguage } from "./outputLanguage";
