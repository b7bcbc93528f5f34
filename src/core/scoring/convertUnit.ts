/**
 * Unit conversion used by the scorer (internal). Until the target parser's `unitFactor` is available
 * this keeps the few exact conversions a score needs.
 */
const SCALES: Readonly<Record<string, readonly [group: string, scale: number]>> = {
  "%": ["ratio", 1e-2],
  "‰": ["ratio", 1e-3],
  元: ["money", 1],
  千元: ["money", 1e3],
  万元: ["money", 1e4],
  亿元: ["money", 1e8],
  分钟: ["time", 1],
  小时: ["time", 60],
  天: ["time", 1440],
  日: ["time", 1440],
};

/** Factor that turns an amount in `from` into `to`, or null when the units do not convert. */
export function unitFactor(from: string, to: string): number | null {
  if (from === to) return 1;
  const a = SCALES[from];
  const b = SCALES[to];
  if (!a || !b || a[0] !== b[0]) return null;
  return a[1] / b[1];
}

/** x × factor without the binary noise of the product (0.29 × 100 is 28.999999999999996). */
export function scaleExactly(x: number, factor: number): number {
  if (factor === 1) return x;
  const product = x * factor;
  return Number.isFinite(product) ? Number(product.toPrecision(12)) : product;
}
