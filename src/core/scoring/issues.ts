/** Small builders shared by the scoring functions (internal; not exported from the barrel). */
import { makeIssue, type ParamsArgs } from "../messages/issue";
import type { CellErrorKind, ScoringFailure, ScoringIssue, ScoringMessageCode } from "./types";

/** One shared empty list, so a clean result allocates nothing for its issues. */
export const NO_ISSUES: readonly ScoringIssue[] = Object.freeze([]);

export function makeError<C extends ScoringMessageCode>(
  code: C,
  error: CellErrorKind,
  ...params: ParamsArgs<C>
): ScoringIssue {
  return { ...makeIssue(code, "error", ...params), error } as unknown as ScoringIssue;
}

export function makeWarning<C extends ScoringMessageCode>(code: C, ...params: ParamsArgs<C>): ScoringIssue {
  return makeIssue(code, "warning", ...params) as ScoringIssue;
}

export function makeInfo<C extends ScoringMessageCode>(code: C, ...params: ParamsArgs<C>): ScoringIssue {
  return makeIssue(code, "info", ...params) as ScoringIssue;
}

export function fail(issue: ScoringIssue, before: readonly ScoringIssue[] = NO_ISSUES): ScoringFailure {
  return { ok: false, issues: before.length === 0 ? [issue] : [...before, issue] };
}

/** Appends to a possibly shared list without touching it. */
export function withIssue(list: readonly ScoringIssue[], issue: ScoringIssue): readonly ScoringIssue[] {
  return list.length === 0 ? [issue] : [...list, issue];
}
