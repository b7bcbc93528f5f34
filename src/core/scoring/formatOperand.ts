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
  // Up to 10 decimals: binary noise (0.1 + 0.2) is dropped, typed decimals are kept.
  const text = x.toFixed(10).replace(/0+$/, "");
  const decimals = text.length - text.indexOf(".") - 1;
  return decimals < 2 ? x.toFixed(2) : text;
}
