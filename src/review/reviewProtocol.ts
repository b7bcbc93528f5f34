/** Messages between the review page and its workers (plain data: structured-cloned). */
import type { CheckedFile } from "../check/checkedFile";

/** Page → worker: check one file. A File is a handle; the worker reads its bytes itself. */
export interface CheckRequest {
  readonly index: number;
  readonly file: Blob;
  readonly name: string;
  /** Preset names, as `--rules` takes them (src/core/settings/rulePresets.ts). */
  readonly rules: readonly string[];
  readonly useStoredSettings: boolean;
}

/** Worker → page: the file's result, in the order requests were answered. */
export interface CheckResponse {
  readonly index: number;
  readonly result: CheckedFile;
}
