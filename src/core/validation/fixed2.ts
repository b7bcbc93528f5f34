import { round2 } from "../scoring/round2";

/**
 * A score, weight or amount as the cells print it: two decimals ("4.00", "98.99"), for messages.
 *
 * @example
 * fixed2(4); // "4.00"
 */
export function fixed2(value: number): string {
  return round2(value).toFixed(2);
}
