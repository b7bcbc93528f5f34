import { makeIssue, type MessageCode, type ParamsArgs, type Severity } from "../messages/issue";
import type { Finding } from "./finding";

/**
 * Builds a finding; `params` is left out when empty so findings compare and serialise cleanly.
 *
 * @example
 * makeFinding("D12", "SCORES_ABOVE_WEIGHT", "error", { score: 6, weight: 5 });
 */
export function makeFinding<C extends MessageCode>(
  cell: string,
  code: C,
  severity: Severity,
  ...params: ParamsArgs<C>
): Finding<C> {
  // cell first, as findings have always been serialised (JSON key order is part of the report).
  return { cell, ...makeIssue(code, severity, ...params) };
}
