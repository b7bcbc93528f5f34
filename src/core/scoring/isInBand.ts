import type { ScoreBand } from "./types";
import { round2 } from "./round2";

/**
 * Whether `score` lies in `band` = [low, high): the upper bound belongs to the band only when it is
 * the weight itself (the 达成 band [0.8w, w]). Compared at 2 decimals, as the cells show them.
 *
 * @example
 * isInBand(3.5, [3, 4], 5); // true
 * isInBand(4, [3, 4], 5); // false (4 is in the 达成 band)
 * isInBand(5, [4, 5], 5); // true
 */
export function isInBand(score: number, band: ScoreBand, weight: number): boolean {
  if (!Number.isFinite(score)) return false;
  const s = round2(score);
  const [low, high] = band;
  if (s < low) return false;
  return s < high || (s === high && high === round2(weight));
}
