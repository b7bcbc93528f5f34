import cases from "../../fixtures/scoring/round2.json";
import { round2 } from "../../../src/core/scoring";

describe("round2", () => {
  it.each(cases as [number, number][])("round2(%p) = %p", (input, expected) => {
    expect(round2(input)).toBe(expected);
  });

  it("differs from naive Math.round on binary ties", () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(round2(1.005)).toBe(1.01);
  });

  it("never returns NaN or -0", () => {
    expect(round2(Number.NaN)).toBe(0);
    expect(round2(Number.POSITIVE_INFINITY)).toBe(0);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
  });

  it("agrees with decimal half-up rounding of every 3-decimal value", () => {
    const wrong: number[] = [];
    for (let thousandths = 0; thousandths <= 200000; thousandths++) {
      const value = Number((thousandths / 1000).toFixed(3));
      const cents = Math.floor(thousandths / 10) + (thousandths % 10 >= 5 ? 1 : 0);
      if (round2(value) !== cents / 100) wrong.push(value);
    }
    expect(wrong).toEqual([]);
  });
});
