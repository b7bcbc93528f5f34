import { NATIONAL_RULES, totalScore, type TotalScoreRow } from "../../../src/core/scoring";

const nationalSplit: TotalScoreRow[] = [
  { level1: "成本指标", weight: 10, ruleScore: 10 },
  { level1: "产出指标", weight: 40, ruleScore: 40 },
  { level1: "效益指标", weight: 30, ruleScore: 27.5 },
  { level1: "满意度指标", weight: 10, ruleScore: 9.44 },
];

/** Params read by name, whatever the code (the tests pick them by the codes they expect). */
const loose = (params: object | undefined): Readonly<Record<string, unknown>> | undefined => params as never;

describe("totalScore", () => {
  it("adds the budget and the rounded row scores", () => {
    const result = totalScore({ budgetScore: 9.99, rows: nationalSplit });
    expect(result.total).toBe(96.93);
    expect(result.ruleTotal).toBe(96.93);
    expect(result.grade).toBe("优");
    expect(result.weightTotal).toBe(90);
    expect(result.issues).toEqual([]);
  });

  it("rounds each row before adding", () => {
    const rows = [
      { weight: 45, ruleScore: 1.005 },
      { weight: 45, ruleScore: 1.005 },
    ];
    expect(totalScore({ budgetScore: 0, rows }).total).toBe(2.02);
  });

  it("keeps entered scores and reports each difference", () => {
    const result = totalScore({
      budgetScore: 10,
      rows: [
        { weight: 45, ruleScore: 44.5, claimedScore: 40, row: 17 },
        { weight: 45, ruleScore: 45, claimedScore: 45 },
      ],
    });
    expect(result.total).toBe(95);
    expect(result.ruleTotal).toBe(99.5);
    expect(result.rows).toEqual([
      { used: 40, source: "claimed", difference: -4.5 },
      { used: 45, source: "claimed", difference: 0 },
    ]);
    expect(result.issues).toEqual([
      {
        code: "SCORE_CLAIMED_DIFFERS",
        severity: "warning",
        params: { row: 17, claimed: 40, rule: 44.5, difference: -4.5 },
      },
    ]);
  });

  it("uses the entered budget score and reports its difference", () => {
    const result = totalScore({
      budgetScore: 9.99,
      claimedBudgetScore: 10,
      rows: [{ weight: 90, ruleScore: 90 }],
    });
    expect(result.total).toBe(100);
    expect(result.ruleTotal).toBe(99.99);
    expect(result.issues.map((issue) => issue.code)).toEqual(["BUDGET_CLAIMED_DIFFERS"]);
  });

  it("counts a row with no score as 0 and says so", () => {
    const result = totalScore({ budgetScore: 10, rows: [{ weight: 90, ruleScore: null }] });
    expect(result.total).toBe(10);
    expect(result.rows[0]).toEqual({ used: 0, source: "none", difference: null });
    expect(result.issues.map((issue) => issue.code)).toEqual(["SCORE_ROW_NOT_SCORED"]);
  });

  it("takes an entered score where the rule cannot score", () => {
    const result = totalScore({ budgetScore: 10, rows: [{ weight: 90, ruleScore: null, claimedScore: 80 }] });
    expect(result.total).toBe(90);
    expect(result.rows[0]).toEqual({ used: 80, source: "claimed", difference: null });
  });

  it("flags entered scores above the weight, below 0 or outside their band", () => {
    const result = totalScore({
      budgetScore: 10,
      rows: [
        { weight: 5, ruleScore: 5, claimedScore: 6 },
        { weight: 5, ruleScore: 0, claimedScore: -1 },
        { weight: 5, ruleScore: 3.5, claimedScore: 4, band: [3, 4] },
        { weight: 5, ruleScore: 5, claimedScore: 5, band: [4, 5] },
        { weight: 70, ruleScore: 70 },
      ],
    });
    expect(
      result.issues.filter((i) => i.severity === "error").map((i) => [i.code, loose(i.params)?.row]),
    ).toEqual([
      ["SCORE_CLAIMED_OUT_OF_RANGE", 1],
      ["SCORE_CLAIMED_OUT_OF_RANGE", 2],
      ["SCORE_CLAIMED_OUTSIDE_BAND", 3],
    ]);
    expect(result.issues.find((i) => i.code === "SCORE_CLAIMED_OUTSIDE_BAND")?.params?.band).toBe("[3, 4)");
    const achievedBand = totalScore({
      budgetScore: 10,
      rows: [{ weight: 5, ruleScore: 5, claimedScore: 3, band: [4, 5] }],
    });
    expect(achievedBand.issues.find((i) => i.code === "SCORE_CLAIMED_OUTSIDE_BAND")?.params?.band).toBe(
      "[4, 5]",
    );
  });

  it("warns when weights do not add up to the expected total", () => {
    const result = totalScore({ budgetScore: 10, rows: [{ weight: 80, ruleScore: 80 }] });
    expect(result.issues).toEqual([
      { code: "SCORE_WEIGHT_TOTAL", severity: "warning", params: { total: 80, expected: 90 } },
    ]);
    const regional = totalScore(
      { budgetScore: 20, rows: [{ weight: 80, ruleScore: 80 }] },
      { ...NATIONAL_RULES, budgetWeight: 20, indicatorWeightTotal: 80 },
    );
    expect(regional.issues).toEqual([]);
  });

  it("warns on a 一级 split other than the national default, counting 成本 with 产出", () => {
    const rows: TotalScoreRow[] = [
      { level1: "成本指标", weight: 10, ruleScore: 10 },
      { level1: "产出指标", weight: 40, ruleScore: 40 },
      { level1: "效益指标(35分)", weight: 35, ruleScore: 35 },
      { level1: "满意度", weight: 5, ruleScore: 5 },
    ];
    const codes = totalScore({ budgetScore: 10, rows }).issues.map((i) => [
      i.code,
      loose(i.params)?.level1,
      loose(i.params)?.weight,
    ]);
    expect(codes).toEqual([
      ["SCORE_LEVEL1_WEIGHT", "效益指标", 35],
      ["SCORE_LEVEL1_WEIGHT", "满意度指标", 5],
    ]);
  });

  it("says nothing about the split for another framework's labels", () => {
    const rows: TotalScoreRow[] = [
      { level1: "投入与管理", weight: 20, ruleScore: 20 },
      { level1: "产出目标", weight: 70, ruleScore: 70 },
    ];
    expect(totalScore({ budgetScore: 10, rows }).issues).toEqual([]);
  });

  it("grades with the options' bands", () => {
    const rows = [{ weight: 90, ruleScore: 65 }];
    expect(totalScore({ budgetScore: 10, rows }).grade).toBe("中");
    expect(totalScore({ budgetScore: 10, rows }, { ...NATIONAL_RULES, gradeBands: [80, 70, 60] }).grade).toBe(
      "良",
    );
  });

  it("never returns NaN for bad numbers", () => {
    const result = totalScore({
      budgetScore: Number.NaN,
      rows: [{ weight: Number.NaN, ruleScore: Number.POSITIVE_INFINITY, claimedScore: Number.NaN }],
    });
    expect(result.total).toBe(0);
    expect(result.ruleTotal).toBe(0);
    expect(result.grade).toBe("差");
  });
});
