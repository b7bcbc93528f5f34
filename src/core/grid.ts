/**
 * The one shape that crosses from the adapters (Excel JS API, exceljs) into the core.
 * Adapters normalise rich text, hyperlinks, dates and formula results to these primitives;
 * an Excel error value (#N/A, #DIV/0! …) arrives as a {@link CellError}.
 */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

/** A rectangle of cells; row 0 / column 0 is the cell at `origin`. */
export interface Grid {
  readonly values: readonly (readonly CellValue[])[];
  /** Formulas as typed in A1 style ("=PERF.SCORE(D12,E12,F12)"), "" or absent where the cell has none. */
  readonly formulas?: readonly (readonly string[])[];
  /** A1 address of values[0][0]; "A1" when absent. */
  readonly origin?: string;
  /** Merged ranges in A1 notation, absolute sheet coordinates ("A12:A15"). */
  readonly merges?: readonly string[];
  /** Sheet name, for reports. */
  readonly sheet?: string;
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && typeof (value as CellError).error === "string";
}
