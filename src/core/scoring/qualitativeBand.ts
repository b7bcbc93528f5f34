import type { QualitativeOutcome } from "../target/types";
import { QUALITATIVE_BANDS } from "./options";
import type { ScoreBand } from "./types";
import { round2 } from "./round2";

/**
 * The band, in points, a unit's own score must lie in for a qualitative outcome (docs/domain.md §3 rule 5):
 * 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w). Bounds are rounded to 2 decimals.
 *
 * @example
 * qualitativeBand("partial", 5); // [3, 4]
 */
export function qualitativeBand(outcome: QualitativeOutcome, weight: number): ScoreBand {
  const shares = QUALITATIVE_BANDS[outcome];
  return [round2(shares[0] * weight), round2(shares[1] * weight)];
}
