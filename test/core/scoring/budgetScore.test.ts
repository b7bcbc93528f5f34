import { budgetScore, executionRate, isScoringIssue, NATIONAL_RULES } from "../../../src/core/scoring";

describe("executionRate", () => {
  it("keeps full precision", () => {
    expect(executionRate(17.5, 17.52)).toBeCloseTo(0.998858447, 8);
  });
  it("gives a DIV0 issue for a budget of 0", () => {
    const rate = executionRate(1, 0);
    expect(isScoringIssue(rate) && rate.code).toBe("BUDGET_ZERO");
    expect(isScoringIssue(rate) && rate.error).toBe("DIV0");
  });
  it.each([
    [Number.NaN, 1, "BUDGET_EXECUTED_NOT_A_NUMBER"],
    [null, 1, "BUDGET_EXECUTED_NOT_A_NUMBER"],
    [1, undefined, "BUDGET_AMOUNT_NOT_A_NUMBER"],
    [-1, 5, "BUDGET_NEGATIVE_AMOUNT"],
    [1, -5, "BUDGET_NEGATIVE_AMOUNT"],
  ])("executionRate(%p, %p) → %s", (executed, budget, code) => {
    const rate = executionRate(executed, budget);
    expect(isScoringIssue(rate) ? rate.code : rate).toBe(code);
  });
});

describe("budgetScore", () => {
  it("scores the seed 002 budgets", () => {
    const first = budgetScore(17.5, 17.52);
    const second = budgetScore(407.3, 407.3);
    expect(first.ok && first.score).toBe(9.99);
    expect(first.ok && first.issues).toEqual([]);
    expect(second.ok && second.score).toBe(10);
  });
  it("caps at the weight and warns when more was spent than budgeted", () => {
    const result = budgetScore(12, 10);
    expect(result.ok && result.score).toBe(10);
    expect(result.issues.map((i) => i.code)).toEqual(["BUDGET_OVER_EXECUTED"]);
    expect(result.issues[0]?.params).toEqual({ rate: 120 });
  });
  it("takes the weight from the options when none is given", () => {
    const result = budgetScore(5, 10, null, { ...NATIONAL_RULES, budgetWeight: 20 });
    expect(result.ok && result.score).toBe(10);
    expect(budgetScore(5, 10, 4).ok && (budgetScore(5, 10, 4) as { score: number }).score).toBe(2);
  });
  it("fails on budget 0, negative amounts and a bad weight", () => {
    expect(budgetScore(0, 0).issues[0]?.code).toBe("BUDGET_ZERO");
    expect(budgetScore(-1, 10).issues[0]?.code).toBe("BUDGET_NEGATIVE_AMOUNT");
    expect(budgetScore(1, 10, -3).issues[0]?.code).toBe("SCORE_WEIGHT_INVALID");
    expect(budgetScore(1, 10, Number.NaN).ok).toBe(false);
  });
});
