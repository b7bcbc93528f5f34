import { round2Exact } from "../../../src/core/scoring/round2Exact";

describe("round2Exact", () => {
  it("rounds the exact half cent up where the float falls just below it", () => {
    expect((28.25 / 50) * 5).toBeLessThan(2.825);
    expect(round2Exact((28.25 / 50) * 5, "quotient", 28.25, 50, 5)).toBe(2.83);
    expect(round2Exact((1 - (12.05 - 10) / 10) * 5, "fall", 12.05, 10, 5)).toBe(3.98);
    expect(round2Exact(10 * (23.22 / 24), "quotient", 23.22, 24, 10)).toBe(9.68);
  });

  it("keeps a value just below a half cent below it", () => {
    // 2.8249999999 / 5 × 5 is inside the window, so the exact value (below 2.825) decides.
    expect(round2Exact((2.8249999999 / 5) * 5, "quotient", 2.8249999999, 5, 5)).toBe(2.82);
    expect(round2Exact((2.8250000001 / 5) * 5, "quotient", 2.8250000001, 5, 5)).toBe(2.83);
  });

  it("stays exact where the integers outgrow doubles (BigInt fallback)", () => {
    const [x, y] = [1.205e15, 1e15];
    expect(round2Exact((1 - (x - y) / y) * 5, "fall", x, y, 5)).toBe(3.98);
    expect(round2Exact((28.25e12 / 50e12) * 5, "quotient", 28.25e12, 50e12, 5)).toBe(2.83);
  });

  it("rounds half away from zero for negative values", () => {
    expect(round2Exact((-28.25 / 50) * 5, "quotient", -28.25, 50, 5)).toBe(-2.83);
    expect(round2Exact((28.25 / -50) * 5, "quotient", 28.25, -50, 5)).toBe(-2.83);
  });

  it("falls back to the float for a zero divisor or non-finite input, never NaN", () => {
    expect(round2Exact(Number.NaN, "quotient", 1, 0, 5)).toBe(0);
    expect(round2Exact(0.005, "quotient", 1, 0, 5)).toBe(0.01);
    expect(round2Exact(2.825, "quotient", Number.POSITIVE_INFINITY, 1, 5)).toBe(2.83);
  });
});
