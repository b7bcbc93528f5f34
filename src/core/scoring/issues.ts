/** Small builders shared by the scoring functions (internal; not exported from the barrel). */
import type { CellErrorKind, ScoringFailure, ScoringIssue } from "./types";

/** One shared empty list, so a clean result allocates nothing for its issues. */
export const NO_ISSUES: readonly ScoringIssue[] = Object.freeze([]);

export function makeError(
  code: string,
  error: CellErrorKind,
  params?: Readonly<Record<string, string | number>>,
): ScoringIssue {
  return params ? { code, severity: "error", error, params } : { code, severity: "error", error };
}

export function makeWarning(code: string, params?: Readonly<Record<string, string | number>>): ScoringIssue {
  return params ? { code, severity: "warning", params } : { code, severity: "warning" };
}

export function makeInfo(code: string, params?: Readonly<Record<string, string | number>>): ScoringIssue {
  return params ? { code, severity: "info", params } : { code, severity: "info" };
}

export function fail(issue: ScoringIssue, before: readonly ScoringIssue[] = NO_ISSUES): ScoringFailure {
  return { ok: false, issues: before.length === 0 ? [issue] : [...before, issue] };
}

/** Appends to a possibly shared list without touching it. */
export function withIssue(list: readonly ScoringIssue[], issue: ScoringIssue): readonly ScoringIssue[] {
  return list.length === 0 ? [issue] : [...list, issue];
}
