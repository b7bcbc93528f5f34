import type { QualitativeOutcome } from "./types";

/** The published outcomes of a qualitative actual value, with and without 年度 (Shanghai drops it). */
const OUTCOMES: readonly (readonly [string, QualitativeOutcome])[] = [
  ["部分达成年度指标并具有一定效果", "partial"],
  ["部分达成指标并具有一定效果", "partial"],
  ["未达成年度指标且效果较差", "failed"],
  ["未达成指标且效果较差", "failed"],
  ["达成年度指标", "achieved"],
  ["达成指标", "achieved"],
  ["全部达成年度指标", "achieved"],
  ["全部达成指标", "achieved"],
  ["完全达成年度指标", "achieved"],
  ["完全达成指标", "achieved"],
  ["已达成年度指标", "achieved"],
  ["已达成指标", "achieved"],
  // Anhui tables write the achieved outcome this way.
  ["达成预期指标", "achieved"],
  ["达到预期指标", "achieved"],
];

/** Shorter than this, a beginning of an outcome is too vague to count (达成 alone is a verb). */
const MIN_PREFIX = 4;

export interface OutcomeReading {
  readonly outcome: QualitativeOutcome;
  /** The text is only the beginning of an outcome (a wrapped or split cell). */
  readonly truncated: boolean;
}

/**
 * Which published outcome a text is, also when the cell was cut short (`部分达成指标并具有一`).
 * `undefined` when it is none of them. Expects text without whitespace.
 *
 * @example
 * readOutcome("部分达成指标并具有一") // { outcome: "partial", truncated: true }
 */
export function readOutcome(text: string): OutcomeReading | undefined {
  const trimmed = text.replace(/[。.,，;；!！]+$/, "");
  for (const [full, outcome] of OUTCOMES) {
    if (trimmed === full) return { outcome, truncated: false };
  }
  if (trimmed.length < MIN_PREFIX) return undefined;
  for (const [full, outcome] of OUTCOMES) {
    if (full.startsWith(trimmed)) return { outcome, truncated: true };
  }
  return undefined;
}
