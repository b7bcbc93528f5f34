import type { Severity } from "../target/types";

/** One problem in a table, pointing at a cell. `code` is a key of the message catalogue. */
export interface Finding {
  /** A1 address on the sheet. */
  readonly cell: string;
  readonly code: string;
  readonly severity: Severity;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly sheet?: string;
}
