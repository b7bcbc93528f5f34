/**
 * What every workbook reader gives the checker (xlsx, xls/et, docx …): grids for the pure core plus what
 * `check` needs from the package, or why the file could not be read. Plain data, so it crosses a worker
 * boundary as it is.
 */
import type { Grid } from "../core/grid";
import type { MessageRef, ParamsOf } from "../core/messages";
import type { workbookMessages } from "../core/messages/catalogue/workbook";

export type WorkbookErrorCode = keyof typeof workbookMessages;

/** Why a workbook could not be read: a workbook message code and the params its text needs. */
export type WorkbookError = {
  readonly [K in WorkbookErrorCode]: { readonly error: K; readonly params: ParamsOf<K> };
}[WorkbookErrorCode];

/** Something repaired while reading, for an info line (code from the workbook message catalogue). */
export type WorkbookNote = MessageRef<WorkbookErrorCode>;

export interface WorkbookRead {
  readonly sheets: Grid[];
  /** Names of the worksheets kept hidden (`hidden` or `veryHidden`): an old draft, often. */
  readonly hiddenSheets: ReadonlySet<string>;
  /** The scoring settings the PerfTables pane stored in the workbook, as found; absent when none. */
  readonly storedSettings?: unknown;
  /** Repairs made to read the file (repeated or overlapping merges dropped); absent when none. */
  readonly notes?: readonly WorkbookNote[];
}

/**
 * The message of a read failure, as every other issue carries it.
 *
 * @example
 * if ("error" in read) console.error(formatIssue(workbookErrorMessage(read)));
 */
export function workbookErrorMessage(failure: WorkbookError): MessageRef<WorkbookErrorCode> {
  // The mapped union pairs each code with its params; TS cannot follow that pairing through the rename.
  return { code: failure.error, params: failure.params } as MessageRef<WorkbookErrorCode>;
}

/**
 * A read failure with its code and params, typed together.
 *
 * @example
 * return failWorkbook("WORKBOOK_EMPTY", { path });
 */
export function failWorkbook<C extends WorkbookErrorCode>(error: C, params: ParamsOf<C>): WorkbookError {
  return { error, params } as WorkbookError;
}
