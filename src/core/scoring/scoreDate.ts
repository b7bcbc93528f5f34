/**
 * Rule 5a of docs/domain.md §3: a deadline target (11月底前, 2023年12月) against a completion date
 * (10月, 2023年11月20日) is compared as dates (internal; use {@link scoreIndicator}).
 */
import { isOnOrBefore, readDate, type DatePoint } from "../target/readDate";
import type { ParsedTarget } from "../target/types";
import type { IndicatorScore } from "./types";
import { makeInfo } from "./issues";

/** The date a target or actual value names, when it is one ("10月" reads as a month, not 10 months). */
export function dateOf(value: ParsedTarget | number): DatePoint | undefined {
  if (typeof value === "number") return undefined;
  if (value.kind === "qualitative") return readDate(value.source);
  if (value.kind === "quantitative" && value.op === null && (value.unit === "月" || value.unit === "月份")) {
    return readDate(value.source);
  }
  return undefined;
}

/**
 * Full weight when the actual date is on or before the deadline, 0 when it is after (a missed deadline
 * earns nothing of a 时效 indicator); undefined when either value is not a date.
 *
 * @example
 * scoreDate(parseTarget("11月底前"), parseTarget("10月", { role: "actual" }), 5)?.score // → 5
 * scoreDate(parseTarget("2023年12月"), parseTarget("2024年1月", { role: "actual" }), 5)?.score // → 0
 */
export function scoreDate(
  target: ParsedTarget,
  actual: ParsedTarget | number,
  weight: number,
): IndicatorScore | undefined {
  if (target.kind !== "qualitative") return undefined;
  const deadline = readDate(target.source);
  if (!deadline) return undefined;
  const done = dateOf(actual);
  if (!done || typeof actual === "number") return undefined;
  const met = isOnOrBefore(done, deadline);
  const score = met ? weight : 0;
  return {
    ok: true,
    score,
    raw: score,
    weight,
    rule: "date",
    achieved: met,
    overAchieved: false,
    issues: [
      makeInfo(met ? "SCORE_DATE_MET" : "SCORE_DATE_MISSED", {
        actual: actual.source,
        target: target.source,
      }),
    ],
  };
}
