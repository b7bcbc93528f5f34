/** Exact value of a number as the decimal it was written as (internal to the scorer). */

/** numerator / 10^scale, exactly. */
export interface DecimalRational {
  readonly numerator: bigint;
  readonly scale: number;
}

const SHORTEST = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * The decimal a finite number stands for, read from its shortest round-tripping text (`String(x)`):
 * 28.25 is 2825 / 10^2 although the double holds 28.2499999999999992894572642399. That text is what
 * a user typed or a cell shows for every number with at most 15 significant digits. Non-finite input
 * gives null.
 *
 * @example
 * decimalRational(28.25); // { numerator: 2825n, scale: 2 }
 * decimalRational(1.5e-7); // { numerator: 15n, scale: 8 }
 * decimalRational(1e21); // { numerator: 1000000000000000000000n, scale: 0 }
 */
export function decimalRational(x: number): DecimalRational | null {
  if (!Number.isFinite(x)) return null;
  const match = SHORTEST.exec(String(x));
  if (match === null) return null;
  const [, sign = "", whole = "0", fraction = "", exponent = "0"] = match;
  const scale = fraction.length - Number(exponent);
  let numerator = BigInt(`${sign}${whole}${fraction}`);
  if (scale >= 0) return { numerator, scale };
  numerator *= 10n ** BigInt(-scale);
  return { numerator, scale: 0 };
}
