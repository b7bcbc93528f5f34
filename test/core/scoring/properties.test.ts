import fc from "fast-check";
import { NATIONAL_RULES, round2, scoreIndicator, type ScoringOptions } from "../../../src/core/scoring";
import type { Operator, QuantitativeTarget } from "../../../src/core/target/types";

const ops: Operator[] = [">=", ">", "=", "<=", "<"];

function target(op: Operator | null, value: number, unit = "个"): QuantitativeTarget {
  return {
    kind: "quantitative",
    op,
    value,
    unit,
    decimals: 2,
    source: `${op ?? ""}${value}${unit}`,
    issues: [],
  };
}

function actual(value: number, unit = "个"): QuantitativeTarget {
  return target(null, value, unit);
}

const amount = fc.double({ min: -1000, max: 1e7, noNaN: true });
const weight = fc.double({ min: 0, max: 100, noNaN: true });
const variants = fc.constantFrom<ScoringOptions>(
  NATIONAL_RULES,
  { ...NATIONAL_RULES, negativeFormula: "ratio" },
  { ...NATIONAL_RULES, overAchievementFactor: 1.3 },
);

describe("scoring properties", () => {
  it("scores lie in [0, w], are finite, and a met target scores w", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ops, null), amount, amount, weight, variants, (op, t, a, w, options) => {
        const result = scoreIndicator(target(op, t), actual(a), w, options);
        if (!result.ok) return false;
        return (
          Number.isFinite(result.raw) &&
          result.score >= 0 &&
          result.score <= round2(w) &&
          (!result.achieved || result.score === round2(w))
        );
      }),
    );
  });

  it("more is never worse on ≥ and =, and never better on ≤ and = 0", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ops),
        amount,
        amount,
        amount,
        weight,
        variants,
        (op, t, a1, a2, w, options) => {
          const [low, high] = a1 <= a2 ? [a1, a2] : [a2, a1];
          const first = scoreIndicator(target(op, t), actual(low), w, options);
          const second = scoreIndicator(target(op, t), actual(high), w, options);
          if (!first.ok || !second.ok) return false;
          // "= 0" means "none at all" (rule 3), so it falls like a ≤ target.
          const falling = op === "<=" || op === "<" || (op === "=" && t === 0);
          return falling ? first.raw >= second.raw : first.raw <= second.raw;
        },
      ),
    );
  });

  it("round2 moves a value by at most half a cent", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const r = round2(x);
        return Math.abs(r - x) <= 0.005 + Math.abs(x) * 1e-15 && Number.isFinite(r);
      }),
    );
  });

  // Below 2% the two readings collide (a bare 1 is read as 100%): the documented limit of the rule.
  it("a number actual, 89 or 0.89, means the same against a % target above 1.5", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 100 }), fc.integer({ min: 2, max: 150 }), (t, percent) => {
        const asPercent = scoreIndicator(target(">=", t, "%"), percent, 5);
        const asFraction = scoreIndicator(target(">=", t, "%"), percent / 100, 5);
        return asPercent.ok && asFraction.ok && asPercent.score === asFraction.score;
      }),
    );
  });
});
