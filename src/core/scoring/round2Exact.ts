import { decimalRational } from "./decimalRational";
import { round2 } from "./round2";

/**
 * Which formula produced a raw score from (x, y, w):
 * - `"quotient"`: x / y × w (rule 2 A / T × w, the ratio variant of rule 4 T / A × w, rule 1 E / B × w);
 * - `"fall"`: (1 − (x − y) / y) × w = (2y − x) / y × w (rule 4, national).
 */
export type ScoreFormula = "quotient" | "fall";

/*
 * A raw score carries the binary error of its inputs and of a few operations: a few ulps of the
 * result for a quotient, a few ulps of w for the fall (2y − x cancels). The window (in cents) is a
 * million times wider than either, so outside it the float and the exact value round alike; inside
 * it (exact half cents, or a hair off one) the exact value decides. From 5e8 cents on the window
 * covers everything, so huge values are always decided exactly.
 */
const ABSOLUTE_WINDOW = 1e-7;
const RELATIVE_WINDOW = 1e-9;

/**
 * r2 (half away from zero, 2 decimals) of the EXACT value of `formula` on the decimals x, y and w as
 * written, given `raw`, the same formula computed in floating point. 28.25 / 50 × 5 is 2.825 and gives
 * 2.83, as Excel's ROUND does, although the float product is 2.8249999999999997. Computes in floating
 * point and only falls back to BigInt arithmetic when `raw` lies within a hair of a half cent. Callers
 * pass y ≠ 0; with y = 0 or any non-finite input the float result is rounded as it is.
 *
 * @example
 * round2Exact((28.25 / 50) * 5, "quotient", 28.25, 50, 5); // 2.83
 * round2Exact((1 - (12.05 - 10) / 10) * 5, "fall", 12.05, 10, 5); // 3.98
 * round2Exact(10 * (23.22 / 24), "quotient", 23.22, 24, 10); // 9.68
 */
export function round2Exact(raw: number, formula: ScoreFormula, x: number, y: number, w: number): number {
  const scaled = raw < 0 ? -raw * 100 : raw * 100;
  const distance = Math.abs(scaled - Math.floor(scaled) - 0.5);
  const size = Math.max(scaled, Math.abs(w) * 100);
  if (!(distance <= ABSOLUTE_WINDOW + RELATIVE_WINDOW * size)) return round2(raw);
  const cents = exactCentsInDoubles(formula, x, y, w) ?? exactCents(formula, x, y, w);
  return cents === null ? round2(raw) : cents;
}

/** Decimal scales tried by {@link readSmallDecimal}, and their powers of ten. */
const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
const SAFE = 2 ** 53;
/** Below this, two decimals of the same scale never read as the same double. */
const UNIQUE = 2 ** 51;

/*
 * Scratch result of readSmallDecimal (no object per call on the hot path). Internal and synchronous,
 * so sharing it is safe.
 */
let digits = 0;
let places = 0;

/**
 * The shortest decimal digits / 10^places of x when it has at most 8 decimals and fewer than 2^51
 * digits: the first scale at which a whole number of units reads back as x is the number's own text.
 */
function readSmallDecimal(x: number): boolean {
  for (let scale = 0; scale < POWERS.length; scale++) {
    const power = POWERS[scale] as number;
    const whole = Math.round(x * power);
    if (!(whole < UNIQUE && whole > -UNIQUE)) return false;
    if (whole / power === x) {
      digits = whole;
      places = scale;
      return true;
    }
  }
  return false;
}

/**
 * {@link exactCents} for the everyday case, in doubles: every integer below 2^53 and every product
 * that stays below it is exact, so with small decimals (28.25 = 2825 / 10^2) no BigInt is needed.
 * Returns null when any step would leave that range.
 */
function exactCentsInDoubles(formula: ScoreFormula, x: number, y: number, w: number): number | null {
  if (!readSmallDecimal(x)) return null;
  const [dx, sx] = [digits, places];
  if (!readSmallDecimal(y)) return null;
  const [dy, sy] = [digits, places];
  if (!readSmallDecimal(w) || dy === 0) return null;
  const [dw, sw] = [digits, places];
  let top: number;
  let bottom: number;
  if (formula === "quotient") {
    if (sy + sx + sw >= POWERS.length) return null;
    top = dx * dw * (POWERS[sy] as number);
    bottom = dy * (POWERS[sx + sw] as number);
  } else {
    const common = Math.max(sx, sy);
    if (common + sw >= POWERS.length || sy + sw >= POWERS.length) return null;
    const twice = 2 * dy * (POWERS[common - sy] as number);
    const subtrahend = dx * (POWERS[common - sx] as number);
    if (!(Math.abs(twice) < SAFE && Math.abs(subtrahend) < SAFE)) return null;
    const difference = twice - subtrahend;
    top = difference * dw * (POWERS[sy] as number);
    bottom = dy * (POWERS[common + sw] as number);
  }
  if (bottom < 0) {
    top = -top;
    bottom = -bottom;
  }
  const negative = top < 0;
  const numerator = 200 * Math.abs(top) + bottom;
  const denominator = 2 * bottom;
  // Each product is exact when its result is below 2^53; so is the remainder check below.
  if (!(numerator + denominator < SAFE)) return null;
  let cents = Math.floor(numerator / denominator);
  const remainder = numerator - cents * denominator;
  if (remainder < 0) cents -= 1;
  else if (remainder >= denominator) cents += 1;
  if (cents === 0) return 0;
  return negative ? -cents / 100 : cents / 100;
}

/** The exact half-up rounding to cents, as a number of units (2.83), or null when it does not exist. */
function exactCents(formula: ScoreFormula, x: number, y: number, w: number): number | null {
  const dx = decimalRational(x);
  const dy = decimalRational(y);
  const dw = decimalRational(w);
  if (dx === null || dy === null || dw === null || dy.numerator === 0n) return null;
  // value = top / bottom, both integers.
  let top: bigint;
  let bottom: bigint;
  if (formula === "quotient") {
    top = dx.numerator * dw.numerator * pow10(dy.scale);
    bottom = dy.numerator * pow10(dx.scale + dw.scale);
  } else {
    const common = Math.max(dx.scale, dy.scale);
    const difference = 2n * dy.numerator * pow10(common - dy.scale) - dx.numerator * pow10(common - dx.scale);
    top = difference * dw.numerator * pow10(dy.scale);
    bottom = dy.numerator * pow10(common + dw.scale);
  }
  if (bottom < 0n) {
    top = -top;
    bottom = -bottom;
  }
  const negative = top < 0n;
  const magnitude = negative ? -top : top;
  // floor(value × 100 + 1/2) on the magnitude = floor((200·top + bottom) / (2·bottom)).
  const cents = (200n * magnitude + bottom) / (2n * bottom);
  if (cents === 0n) return 0;
  const units = Number(cents) / 100;
  return negative ? -units : units;
}

function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}
