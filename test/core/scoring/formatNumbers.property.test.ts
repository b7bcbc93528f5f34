/**
 * formatOperand and formatPlain cut trailing zeros by a loop and take a shortcut for two-decimal
 * values; both must give exactly what the plain regular-expression forms give, for any double.
 */
import fc from "fast-check";
import { formatOperand } from "../../../src/core/scoring/formatOperand";
import { formatPlain } from "../../../src/core/scoring/formatPlain";

/** The reference forms, as they were written before the loops. */
function operandByRegex(x: number): string {
  const text = x.toFixed(10).replace(/0+$/, "");
  const decimals = text.length - text.indexOf(".") - 1;
  return decimals < 2 ? x.toFixed(2) : text;
}
const plainByRegex = (x: number, maxDecimals: number): string => x.toFixed(maxDecimals).replace(/\.?0+$/, "");

/** Scores, weights and operands as tables hold them, plus any finite double. */
const numbers = fc.oneof(
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((k) => k / 100),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((k) => k / 1000),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e22, max: 1e22 }),
  fc.constantFrom(0, -0, 0.1 + 0.2, 1e21, 1e30, 99999.995, 100000.01, 1e-11, 66.666666666),
);

test("formatOperand gives what the regular-expression form gives", () => {
  fc.assert(
    fc.property(numbers, (x) => formatOperand(x) === operandByRegex(x)),
    { numRuns: 20_000, seed: 20261205 },
  );
});

test("formatPlain gives what the regular-expression form gives, for 2 and 10 decimals", () => {
  fc.assert(
    fc.property(numbers, fc.constantFrom(2, 10), (x, d) => formatPlain(x, d) === plainByRegex(x, d)),
    { numRuns: 20_000, seed: 20261205 },
  );
});

test("the shortcut and the long way agree on the examples of the docs", () => {
  expect(formatOperand(89)).toBe("89.00");
  expect(formatOperand(17.525)).toBe("17.525");
  expect(formatOperand(0.1 + 0.2)).toBe("0.30");
  expect(formatPlain(5)).toBe("5");
  expect(formatPlain(0.7)).toBe("0.7");
  expect(formatPlain(200 / 3, 2)).toBe("66.67");
});
