import type { Issue, MessageCode } from "../messages/issue";

/** One problem in a table: an issue that always points at a cell (A1 address on the sheet). */
export type Finding<C extends MessageCode = MessageCode> = Issue<C> & { readonly cell: string };

/**
 * An issue (from the target reader or the scorer) as a finding at `cell`: same code, severity and
 * params; fields only the source needs (a scoring issue's cell error) are left behind.
 *
 * @example
 * findingAt("E7", parseTarget("90%").issues[0]); // { cell: "E7", code: "TARGET_MISSING_OPERATOR", … }
 */
export function findingAt(cell: string, issue: Issue): Finding {
  const { code, severity, params } = issue;
  return (params === undefined ? { cell, code, severity } : { cell, code, severity, params }) as Finding;
}
