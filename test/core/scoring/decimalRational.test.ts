import { decimalRational } from "../../../src/core/scoring/decimalRational";

describe("decimalRational", () => {
  it.each([
    [28.25, 2825n, 2],
    [0.1, 1n, 1],
    [-0.001, -1n, 3],
    [123, 123n, 0],
    [0, 0n, 0],
    [1.5e-7, 15n, 8],
    [1e21, 10n ** 21n, 0],
    [1.2345e25, 12345n * 10n ** 21n, 0],
  ])("decimalRational(%p) = %p / 10^%p", (x, numerator, scale) => {
    expect(decimalRational(x)).toEqual({ numerator, scale });
  });

  it("reads the shortest decimal, not the binary value", () => {
    // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875.
    expect(decimalRational(2.675)).toEqual({ numerator: 2675n, scale: 3 });
  });

  it("gives null for non-finite input", () => {
    expect(decimalRational(Number.NaN)).toBeNull();
    expect(decimalRational(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
