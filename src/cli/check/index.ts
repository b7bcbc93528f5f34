/** The `perf-tables check` pipeline: which files, read and checked one by one or in worker threads. */
export { checkFile } from "./checkFile";
export { summariseTable } from "./summariseTable";
export { checkFileSafely } from "./checkFileSafely";
export { checkFiles, runsCompiled, type CheckFilesOptions } from "./checkFiles";
export { collectFiles } from "./collectFiles";
export { settingsDifferences } from "./settingsDifferences";
export type { CheckedFile, CheckedTable, CheckedFinding } from "../report/checkedFile";
