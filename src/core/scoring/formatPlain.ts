import { endWithoutZeros } from "./endWithoutZeros";

/**
 * A weight or a share as written, without padding: 5 → "5", 0.7 → "0.7", 66.666… → "66.67".
 *
 * @example
 * formatPlain(5); // "5"
 */
export function formatPlain(x: number, maxDecimals = 10): string {
  // What /\.?0+$/ would cut (trailing zeros, then the point they leave), cut by a loop: this runs for
  // every weight of every explanation.
  const text = x.toFixed(maxDecimals);
  const end = endWithoutZeros(text);
  if (end === text.length) return text;
  return text.slice(0, text.charCodeAt(end - 1) === 46 /* . */ ? end - 1 : end);
}
