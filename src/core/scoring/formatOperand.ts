import { endWithoutZeros } from "./endWithoutZeros";

/**
 * A number as an explanation shows it: at least two decimals (90 → "90.00", the way tables print
 * targets), more when it has them (0.125 → "0.125"), never in exponent form, so the shown operands
 * recompute the score exactly.
 *
 * @example
 * formatOperand(89); // "89.00"
 * formatOperand(17.525); // "17.525"
 */
export function formatOperand(x: number): string {
  // Most operands have at most two decimals: then that is what the ten-decimal text comes down to
  // (below 1E5 a double is within 1E-11 of its two-decimal value), at a third of the cost.
  if (Math.abs(x) < 1e5 && Math.round(x * 100) / 100 === x) return x.toFixed(2);
  // Up to 10 decimals: binary noise (0.1 + 0.2) is dropped, typed decimals are kept. Trailing zeros
  // are cut by a loop, not a regular expression: this runs for every operand of every explanation.
  const text = x.toFixed(10);
  const end = endWithoutZeros(text);
  const decimals = end - text.indexOf(".") - 1;
  return decimals < 2 ? x.toFixed(2) : text.slice(0, end);
}
