/** Unit conversion used by the scorer (internal). */
import { unitFactor as factorBetween } from "../target/units";

/*
 * The parser's unitFactor canonicalises both spellings on every call; rows repeat the same few unit
 * pairs, so their factors are remembered (bounded: units are a small closed set plus what users type).
 */
const factors = new Map<string, Map<string, number | null>>();
const MAX_UNITS = 500;

/** Factor that turns an amount in `from` into `to` (万元 → 元: 10000), or null when they do not convert. */
export function unitFactor(from: string, to: string): number | null {
  let row = factors.get(from);
  if (row === undefined) {
    if (factors.size >= MAX_UNITS) factors.clear();
    row = new Map();
    factors.set(from, row);
  }
  let factor = row.get(to);
  if (factor === undefined) {
    factor = factorBetween(from, to);
    if (row.size >= MAX_UNITS) row.clear();
    row.set(to, factor);
  }
  return factor;
}

/**
 * x × factor without the binary noise of the product (0.29 × 100 is 28.999999999999996): the product
 * is snapped to 9 decimals, far below anything a table writes, and beyond 1e6 to 12 significant digits.
 */
export function scaleExactly(x: number, factor: number): number {
  if (factor === 1) return x;
  const product = x * factor;
  if (product > -1e6 && product < 1e6) return Math.round(product * 1e9) / 1e9;
  return Number.isFinite(product) ? Number(product.toPrecision(12)) : product;
}
