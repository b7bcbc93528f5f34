/** The `perf-tables check` pipeline: which files, read and checked one by one or in worker threads. */
export { checkFile } from "./checkFile";
export { checkFiles, runsCompiled } from "./checkFiles";
export { collectFiles } from "./collectFiles";
export { walkInputs, type SeenFile } from "./walkInputs";
