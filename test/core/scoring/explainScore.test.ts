/**
 * Every explanation agrees with the scorer: over the scoring corpus (rules.jsonl, rules-text.jsonl,
 * budget-rounding.json) and random cases, the text ends with the score, and the formula it shows,
 * recomputed from the operands as displayed, gives that score again.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { formatIssue } from "../../../src/core/messages";
import {
  budgetScore,
  explainBudgetScore,
  explainScore,
  NATIONAL_RULES,
  round2,
  scoreIndicator,
  scoreText,
  type ScoreExplanation,
  type ScoringOptions,
} from "../../../src/core/scoring";
import { round2Exact } from "../../../src/core/scoring/round2Exact";
import type { IndicatorScore } from "../../../src/core/scoring/types";
import type { Operator, QuantitativeTarget } from "../../../src/core/target/types";
import { build, buildTarget, type Shorthand } from "./build";

const FIXTURES = join(__dirname, "../../fixtures/scoring");

interface Case {
  name: string;
  target: Shorthand | string;
  actual: Shorthand | string;
  weight: number;
  options?: Partial<ScoringOptions>;
}

function readLines(file: string): Case[] {
  return readFileSync(join(FIXTURES, file), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Case);
}

const shorthandCases = readLines("rules.jsonl");
const textCases = readLines("rules-text.jsonl");
const budgetCases = JSON.parse(readFileSync(join(FIXTURES, "budget-rounding.json"), "utf8")) as {
  name: string;
  executed: number;
  budget: number;
  weight: number;
  score: number;
}[];

/** The number a displayed operand stands for. */
const num = (text: string | number | undefined): number => Number(text);

/** The score the explanation's own formula gives, from the operands as shown. */
function recompute(e: ScoreExplanation, weight: number): number {
  const p = (e.params ?? {}) as Record<string, string>;
  switch (e.code) {
    case "EXPLAIN_POSITIVE_PROPORTIONAL":
    case "EXPLAIN_POSITIVE_UNCAPPED":
    case "EXPLAIN_EQUAL_PROPORTIONAL":
    case "EXPLAIN_EQUAL_UNCAPPED": {
      const [a, t, w] = [num(p.actual), num(p.target), num(p.weight)];
      return round2Exact((a / t) * w, "quotient", a, t, w);
    }
    case "EXPLAIN_NEGATIVE_RATIO": {
      const [a, t, w] = [num(p.actual), num(p.target), num(p.weight)];
      return round2Exact((t / a) * w, "quotient", t, a, w);
    }
    case "EXPLAIN_NEGATIVE_LINEAR": {
      const [a, t, w, x] = [num(p.actual), num(p.target), num(p.weight), num(p.excess)];
      expect(x).toBeCloseTo(a - t, 8);
      return round2Exact((1 - x / t) * w, "fall", a, t, w);
    }
    case "EXPLAIN_DATE_MET":
    case "EXPLAIN_POSITIVE_MET":
    case "EXPLAIN_EQUAL_MET":
    case "EXPLAIN_NEGATIVE_MET":
      return round2(weight);
    case "EXPLAIN_POSITIVE_MISSED":
    case "EXPLAIN_EQUAL_MISSED":
    case "EXPLAIN_NEGATIVE_MISSED":
    case "EXPLAIN_NEGATIVE_FLOOR":
    case "EXPLAIN_DATE_MISSED":
      return 0;
    case "EXPLAIN_QUALITATIVE_ACHIEVED":
    case "EXPLAIN_QUALITATIVE_PARTIAL":
    case "EXPLAIN_QUALITATIVE_FAILED":
      return round2((num(p.percent) / 100) * weight);
    case "EXPLAIN_BUDGET":
    case "EXPLAIN_BUDGET_OVER": {
      const [e2, b, w] = [num(p.executed), num(p.budget), num(p.weight)];
      return e2 >= b ? round2(w) : round2Exact((e2 / b) * w, "quotient", e2, b, w);
    }
  }
}

/** Both languages end with the score, and the shown formula gives it again. */
function expectAgrees(result: IndicatorScore, options: ScoringOptions): void {
  const e = explainScore(result, options);
  if (!result.ok) {
    expect(e).toBeNull();
    return;
  }
  expect(e).not.toBeNull();
  const explanation = e as ScoreExplanation;
  for (const locale of ["zh-CN", "en"] as const) {
    const text = formatIssue(explanation, locale);
    expect(text).not.toMatch(/\{|NaN|undefined|e[+-]\d/);
    expect(text.endsWith(result.score.toFixed(2))).toBe(true);
  }
  expect(recompute(explanation, result.weight)).toBe(result.score);
}

describe("explainScore agrees with scoreIndicator", () => {
  it.each(shorthandCases.map((c) => [c.name, c] as const))("rules.jsonl: %s", (_name, c) => {
    const options = { ...NATIONAL_RULES, ...c.options };
    const result = scoreIndicator(
      buildTarget(c.target as Shorthand),
      build(c.actual as Shorthand),
      c.weight,
      options,
    );
    expectAgrees(result, options);
  });

  it.each(textCases.map((c) => [c.name, c] as const))("rules-text.jsonl: %s", (_name, c) => {
    const options = { ...NATIONAL_RULES, ...c.options };
    const result = scoreText(c.target as string, c.actual as string | number, c.weight, options);
    expectAgrees(result, options);
  });

  it("agrees on random quantitative rows in every variant", () => {
    const ops: Operator[] = [">=", ">", "=", "<=", "<"];
    const quantity = (op: Operator | null, value: number): QuantitativeTarget => ({
      kind: "quantitative",
      op,
      value,
      unit: "个",
      decimals: 2,
      source: String(value),
      issues: [],
    });
    // Two-decimal amounts, as tables hold them.
    const cents = fc.integer({ min: -1000, max: 1_000_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(
        fc.constantFrom(...ops),
        cents,
        cents,
        fc.integer({ min: 0, max: 5000 }).map((n) => n / 100),
        fc.constantFrom<ScoringOptions>(
          NATIONAL_RULES,
          { ...NATIONAL_RULES, negativeFormula: "ratio" },
          { ...NATIONAL_RULES, capAtWeight: false },
        ),
        (op, t, a, w, options) => {
          expectAgrees(scoreIndicator(quantity(op, t), quantity(null, a), w, options), options);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("explainBudgetScore agrees with budgetScore", () => {
  it.each(budgetCases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = budgetScore(c.executed, c.budget, c.weight);
    const e = explainBudgetScore(result, c.executed, c.budget, c.weight) as ScoreExplanation;
    expect(formatIssue(e).endsWith(c.score.toFixed(2))).toBe(true);
    expect(recompute(e, c.weight)).toBe(c.score);
  });

  it("is null when the budget cannot be scored", () => {
    expect(explainBudgetScore(budgetScore(1, 0), 1, 0, 10)).toBeNull();
  });
});

describe("the issue's examples", () => {
  it("positive, negative, qualitative and budget", () => {
    const say = (e: ScoreExplanation | null, locale: "zh-CN" | "en" = "zh-CN"): string =>
      e ? formatIssue(e, locale) : "(none)";
    expect(say(explainScore(scoreText("≥90.00(%)", "89.00(%)", 5)))).toBe(
      "正向指标：89.00 ÷ 90.00 × 5 = 4.94",
    );
    expect(say(explainScore(scoreText("≤10(分钟)", "15(分钟)", 10)))).toBe(
      "反向指标：实际 15.00 超过目标 10.00 的 50%，(1 − 5.00 ÷ 10.00) × 10 = 5.00",
    );
    expect(say(explainScore(scoreText("建立健全", "部分达成指标并具有一定效果", 5)))).toBe(
      "定性：部分达成，按 70% 计 3.50",
    );
    expect(say(explainBudgetScore(budgetScore(17.5, 17.52), 17.5, 17.52, 10))).toBe(
      "预算执行率 17.50 ÷ 17.52 = 99.89%，× 10 = 9.99",
    );
    const ratio = { ...NATIONAL_RULES, negativeFormula: "ratio" as const };
    expect(say(explainScore(scoreText("≤10(分钟)", "15(分钟)", 10, ratio), ratio), "en")).toBe(
      "Negative indicator (ratio rule): 10.00 ÷ 15.00 × 10 = 6.67",
    );
    expect(say(explainScore(scoreText("≥90%", 0.89, 5)))).toBe("正向指标：89.00 ÷ 90.00 × 5 = 4.94");
  });

  it("a row that cannot be scored has no explanation", () => {
    expect(explainScore(scoreText("80%-90%", "85%", 5))).toBeNull();
  });
});
