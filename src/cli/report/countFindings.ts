import type { Severity } from "../../core/messages/issue";

export type SeverityCounts = Readonly<Record<Severity, number>>;

/**
 * @example
 * countFindings([{ severity: "error" }, { severity: "info" }]); // { error: 1, warning: 0, info: 1 }
 */
export function countFindings(findings: readonly { readonly severity: Severity }[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
