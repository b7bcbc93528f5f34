/** Unit conversion used by the scorer (internal). */
export { unitFactor } from "../target/units";

/** x × factor without the binary noise of the product (0.29 × 100 is 28.999999999999996). */
export function scaleExactly(x: number, factor: number): number {
  if (factor === 1) return x;
  const product = x * factor;
  return Number.isFinite(product) ? Number(product.toPrecision(12)) : product;
}
