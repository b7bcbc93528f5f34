/**
 * A weight or a share as written, without padding: 5 → "5", 0.7 → "0.7", 66.666… → "66.67".
 *
 * @example
 * formatPlain(5); // "5"
 */
export function formatPlain(x: number, maxDecimals = 10): string {
  return x.toFixed(maxDecimals).replace(/\.?0+$/, "");
}
