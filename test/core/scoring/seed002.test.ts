/**
 * Golden test: both self-evaluation tables of seed 002 through the real parser and the scoring engine.
 * Data: test/fixtures/scoring/seed002.json (transcribed from seed 002, docs/domain.md §7.2).
 */
import seed from "../../fixtures/scoring/seed002.json";
import { parseTarget } from "../../../src/core/target";
import {
  budgetScore,
  deviationRequired,
  executionRate,
  isInBand,
  isScoringIssue,
  round2,
  scoreIndicator,
  scoreText,
  totalScore,
} from "../../../src/core/scoring";

type SeedTable = (typeof seed.tables)[number];

function scoreTable(table: SeedTable) {
  const budget = budgetScore(table.budget.executed, table.budget.budget, table.budget.weight);
  const scored = table.rows.map((row) => {
    const target = parseTarget(row.target, { name: row.name });
    const actual = parseTarget(row.actual, { name: row.name, role: "actual" });
    return { row, result: scoreIndicator(target, actual, row.weight) };
  });
  const total = totalScore({
    budgetScore: budget.ok ? budget.score : null,
    claimedBudgetScore: table.budget.claimedScore,
    rows: scored.map(({ row, result }) => ({
      weight: row.weight,
      ruleScore: result.ok ? result.score : null,
      claimedScore: row.claimedScore,
      ...(result.ok && result.band !== undefined ? { band: result.band } : {}),
      level1: row.level1,
    })),
  });
  return { budget, scored, total };
}

describe.each(seed.tables.map((table) => [table.project, table] as const))(
  "seed 002: %s",
  (_project, table) => {
    const { budget, scored, total } = scoreTable(table);

    it("scores the budget row as printed", () => {
      expect(budget.ok && budget.score).toBe(table.budget.claimedScore);
      const rate = executionRate(table.budget.executed, table.budget.budget);
      // The printed rate is truncated in the published table (99.886 → 99.88): allow one cent of rounding.
      expect(!isScoringIssue(rate) && Math.abs(rate * 100 - table.budget.claimedRate)).toBeLessThan(0.01);
    });

    it("scores every row by the rules", () => {
      for (const { row, result } of scored) {
        expect({ name: row.name, ok: result.ok, score: result.ok && result.score }).toEqual({
          name: row.name,
          ok: true,
          score: row.expectedRuleScore,
        });
      }
    });

    it("keeps the entered scores in the total and reports the differences", () => {
      expect(total.total).toBe(table.claimedTotal);
      expect(total.ruleTotal).toBe(table.expectedRuleTotal);
      expect(total.grade).toBe(table.claimedGrade);
      expect(total.weightTotal + table.budget.weight).toBe(table.claimedWeightTotal);
      total.rows.forEach((rowResult, index) => {
        const row = table.rows[index]!;
        expect(rowResult.used).toBe(row.claimedScore);
        expect(rowResult.difference).toBe(round2(row.claimedScore - row.expectedRuleScore));
      });
      const differing = table.rows.filter((row) => row.claimedScore !== row.expectedRuleScore).length;
      expect(total.issues.filter((issue) => issue.code === "SCORE_CLAIMED_DIFFERS")).toHaveLength(differing);
      // Seed 002 does not use the national 一级 split (产出50/效益30/满意度10): warned, not blocked.
      expect(total.issues.some((issue) => issue.code === "SCORE_LEVEL1_WEIGHT")).toBe(true);
      expect(total.issues.some((issue) => issue.severity === "error")).toBe(false);
    });

    it("asks for deviation text exactly where the table gives one", () => {
      for (const { row, result } of scored) {
        expect({ name: row.name, required: deviationRequired(result, undefined, row.claimedScore) }).toEqual({
          name: row.name,
          required: "deviation" in row,
        });
      }
    });

    it("gives the same scores through scoreText", () => {
      for (const { row, result } of scored) {
        const viaText = scoreText(row.target, row.actual, row.weight, undefined, row.name);
        expect(viaText.ok && viaText.score).toBe(result.ok && result.score);
      }
    });
  },
);

describe("seed 002 details", () => {
  const [first, second] = seed.tables.map(scoreTable);

  it("rule score of 系统使用人员满意度 is 4.94 against the entered 4.00", () => {
    const index = seed.tables[0]!.rows.findIndex((row) => row.name === "系统使用人员满意度");
    const result = first!.scored[index]!.result;
    expect(result.ok && result.raw).toBeCloseTo((89 / 90) * 5, 12);
    expect(first!.total.rows[index]).toEqual({ used: 4, source: "claimed", difference: -0.94 });
  });

  it("部分达成 gets the default 0.7w = 3.50 and the entered 3.50 lies in its band [3, 4)", () => {
    const index = seed.tables[1]!.rows.findIndex((row) => row.actual.startsWith("部分达成"));
    const result = second!.scored[index]!.result;
    expect(result.ok && result.rule).toBe("qualitative");
    expect(result.ok && result.band).toEqual([3, 4]);
    expect(isInBand(seed.tables[1]!.rows[index]!.claimedScore, [3, 4], 5)).toBe(true);
  });

  it("flags an entered score outside the qualitative band", () => {
    const rows = seed.tables[1]!.rows.map((row) => ({ ...row }));
    const index = rows.findIndex((row) => row.actual.startsWith("部分达成"));
    rows[index]!.claimedScore = 4.5;
    const changed = scoreTable({ ...seed.tables[1]!, rows });
    expect(changed.total.issues.map((issue) => issue.code)).toContain("SCORE_CLAIMED_OUTSIDE_BAND");
    expect(changed.total.total).toBe(99.5);
  });
});
