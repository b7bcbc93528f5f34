/**
 * Turns an actual value into a number in the target's unit (internal to the scorer).
 */
import type { ParsedTarget, QuantitativeTarget } from "../target/types";
import type { ScoringFailure, ScoringIssue } from "./types";
import { fail, makeError, makeInfo, makeWarning, NO_ISSUES, withIssue } from "./issues";
import { scaleExactly, unitFactor } from "./convertUnit";
import { MAX_TARGET_MAGNITUDE, MIN_TARGET_MAGNITUDE } from "../target/readClause";

/** Threshold of the fraction rule (see {@link readActualValue}). */
const FRACTION_LIMIT = 1.5;

export interface ActualReading {
  readonly ok: true;
  /** Target value, in `unit` (only differs from the written one for a unitless `=1` against a % actual). */
  readonly target: number;
  /** Actual value in `unit`, negatives already counted as 0. */
  readonly actual: number;
  readonly unit: string;
  readonly issues: readonly ScoringIssue[];
}

/**
 * Reads `actual` against a quantitative `target`:
 * - an actual without a unit (a bare number or text such as "89") takes the target's unit;
 * - the fraction rule: against a % target whose value is above 1.5, a unitless actual of at most 1.5
 *   is a fraction (0.89 → 89%). Its limits: a real "1%" typed as the bare number 1 against a 90%
 *   target reads as 100%; against small % targets (`<0.01%`, `≤1%`) the rule is off and a bare 0.5
 *   stays 0.5%; an actual written with its unit ("0.89%") is never rescaled;
 * - likewise a unitless target of at most 1.5 (`=1` on a 率) against a % actual is a fraction (100%);
 * - units that convert (万元/元, ‰/%) are converted; units that do not give `SCORE_UNIT_MISMATCH`;
 * - a negative actual counts as 0 (`SCORE_ACTUAL_NEGATIVE`).
 */
export function readActualValue(
  target: QuantitativeTarget,
  actual: ParsedTarget | number,
): ActualReading | ScoringFailure {
  let value: number;
  let actualUnit: string;
  let issues: readonly ScoringIssue[] = NO_ISSUES;
  if (typeof actual === "number") {
    // The same bounds as a value typed as text (TARGET_NUMBER_TOO_LARGE): PERF.SCORE and check agree.
    if (!Number.isFinite(actual) || Math.abs(actual) > MAX_TARGET_MAGNITUDE)
      return fail(makeError("SCORE_ACTUAL_INVALID", "VALUE", { actual: String(actual) }));
    // Below the smallest magnitude a number cell is a formula's rounding noise: 0, as parseTarget reads it.
    value = Math.abs(actual) < MIN_TARGET_MAGNITUDE ? 0 : actual;
    actualUnit = "";
  } else if (actual.kind === "quantitative") {
    value = actual.value;
    actualUnit = actual.unit;
    if (!Number.isFinite(value))
      return fail(makeError("SCORE_ACTUAL_INVALID", "VALUE", { actual: actual.source }));
  } else {
    return fail(describeUnusableActual(actual, "quantitative"));
  }

  let targetValue = target.value;
  let unit = target.unit;
  if (actualUnit === "" || actualUnit === unit) {
    if (
      actualUnit === "" &&
      unit === "%" &&
      targetValue > FRACTION_LIMIT &&
      value !== 0 &&
      Math.abs(value) <= FRACTION_LIMIT
    ) {
      value = scaleExactly(value, 100);
      issues = withIssue(issues, makeInfo("SCORE_ACTUAL_READ_AS_FRACTION", { actual: value }));
    }
  } else if (unit === "") {
    if (actualUnit === "%" && targetValue > 0 && targetValue <= FRACTION_LIMIT) {
      targetValue = scaleExactly(targetValue, 100);
      issues = withIssue(issues, makeInfo("SCORE_TARGET_READ_AS_FRACTION", { target: targetValue }));
    }
    unit = actualUnit;
    issues = withIssue(issues, makeWarning("SCORE_TARGET_UNIT_ASSUMED", { unit }));
  } else {
    const factor = unitFactor(actualUnit, unit);
    if (factor === null) {
      return fail(makeError("SCORE_UNIT_MISMATCH", "VALUE", { targetUnit: unit, actualUnit }));
    }
    value = scaleExactly(value, factor);
    issues = withIssue(issues, makeInfo("SCORE_UNIT_CONVERTED", { from: actualUnit, to: unit }));
  }
  if (value < 0) {
    value = 0;
    issues = withIssue(issues, makeWarning("SCORE_ACTUAL_NEGATIVE"));
  }
  if (targetValue < 0)
    issues = withIssue(issues, makeWarning("SCORE_TARGET_NEGATIVE", { target: targetValue }));
  return { ok: true, target: targetValue, actual: value, unit, issues };
}

/** The issue for an actual value that cannot be scored against a target of `expected` kind. */
export function describeUnusableActual(
  actual: ParsedTarget,
  expected: "quantitative" | "qualitative",
): ScoringIssue {
  switch (actual.kind) {
    case "empty":
      return makeError("SCORE_ACTUAL_EMPTY", "NA");
    case "quantitative":
    case "qualitative":
      return expected === "quantitative"
        ? makeError("SCORE_ACTUAL_NOT_NUMERIC", "VALUE", { actual: actual.source })
        : makeError("SCORE_ACTUAL_NOT_QUALITATIVE", "VALUE", { actual: actual.source });
    case "range":
    case "compound":
    case "invalid":
      return makeError("SCORE_ACTUAL_INVALID", "VALUE", { actual: actual.source });
  }
}
