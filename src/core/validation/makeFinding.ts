import type { Severity } from "../target/types";
import type { Finding } from "./finding";

/**
 * Builds a finding; `params` is left out when empty so findings compare and serialise cleanly.
 *
 * @example
 * makeFinding("D12", "SCORES_ABOVE_WEIGHT", "error", { score: 6, weight: 5 });
 */
export function makeFinding(
  cell: string,
  code: string,
  severity: Severity,
  params?: Readonly<Record<string, string | number>>,
): Finding {
  return params && Object.keys(params).length > 0
    ? { cell, code, severity, params }
    : { cell, code, severity };
}
