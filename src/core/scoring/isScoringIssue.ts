import type { ScoringIssue } from "./types";

/**
 * Whether a value returned by a scoring function (e.g. {@link executionRate}) is an issue rather than a
 * result.
 *
 * @example
 * const rate = executionRate(17.5, 0);
 * if (isScoringIssue(rate)) console.log(rate.error); // "DIV0"
 */
export function isScoringIssue(value: unknown): value is ScoringIssue {
  return typeof value === "object" && value !== null && "code" in value && "severity" in value;
}
