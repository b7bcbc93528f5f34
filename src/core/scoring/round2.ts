/**
 * Rounds half away from zero (四舍五入) to 2 decimals, as the decimal number that was written rather
 * than its binary approximation: 1.005 → 1.01, 4.945 → 4.95, 9.985 → 9.99 (a plain
 * `Math.round(x * 100) / 100` gives 1, 4.94 and 9.98, because 1.005 is stored as 1.00499999999999989…).
 *
 * Values far from a half cent take a fast arithmetic path; values near one are decided on their
 * shortest decimal form (`String(x)`, which round-trips), so the rule is exact for every number a
 * user can type or a cell can hold. A non-finite input gives 0 so that no NaN can reach a cell;
 * callers check their input before rounding.
 *
 * @example
 * round2(1.005); // 1.01
 * round2(17.5 / 17.52 * 10); // 9.99
 * round2(-2.675); // -2.68
 */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const negative = x < 0;
  const magnitude = negative ? -x : x;
  const scaled = magnitude * 100;
  const fraction = scaled - Math.floor(scaled);
  // The product carries an error of at most a few ulps; only near .5 can that flip the result.
  const cents =
    fraction > 0.4999999 && fraction < 0.5000001 && scaled < 1e15
      ? roundCentsByDecimalString(magnitude)
      : Math.round(scaled);
  if (cents === 0) return 0;
  return negative ? -cents / 100 : cents / 100;
}

/** Shifts the decimal point in the number's own text, so 1.005 becomes exactly 100.5. */
function roundCentsByDecimalString(magnitude: number): number {
  const shifted = Number(`${String(magnitude)}e2`);
  return Number.isFinite(shifted) ? Math.floor(shifted + 0.5) : Math.round(magnitude * 100);
}
