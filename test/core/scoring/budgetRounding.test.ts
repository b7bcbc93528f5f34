/** Budget row rounding cases: test/fixtures/scoring/budget-rounding.json. */
import cases from "../../fixtures/scoring/budget-rounding.json";
import { budgetScore } from "../../../src/core/scoring";

interface BudgetCase {
  name: string;
  executed: number;
  budget: number;
  weight: number;
  score: number;
}

describe("budgetScore rounding (fixtures/scoring/budget-rounding.json)", () => {
  it.each((cases as BudgetCase[]).map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = budgetScore(c.executed, c.budget, c.weight);
    expect(result.ok && result.score).toBe(c.score);
  });

  it("reports an over-execution rate rounded on the exact amounts", () => {
    // 1.63 / 1.6 = 101.875 % exactly → 101.88 %, although the float is 101.87499999999999.
    const result = budgetScore(1.63, 1.6, 10);
    expect(result.issues[0]?.code).toBe("BUDGET_OVER_EXECUTED");
    expect(result.issues[0]?.params).toEqual({ rate: 101.88 });
  });
});
