/** Table-driven rule cases: test/fixtures/scoring/rules.jsonl (one JSON object a line). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NATIONAL_RULES, scoreIndicator, type ScoringOptions } from "../../../src/core/scoring";
import { scoringMessages } from "../../../src/core/scoring/scoringMessages";
import { build, buildTarget, type Shorthand } from "./build";

interface RuleCase {
  name: string;
  target: Shorthand;
  actual: Shorthand;
  weight: number;
  options?: Partial<ScoringOptions>;
  expect: {
    ok: boolean;
    score?: number;
    rule?: string;
    achieved?: boolean;
    overAchieved?: boolean;
    band?: [number, number];
    issues: string[];
  };
}

const cases: RuleCase[] = readFileSync(join(__dirname, "../../fixtures/scoring/rules.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as RuleCase);

describe("scoreIndicator rules (fixtures/scoring/rules.jsonl)", () => {
  it("has at least 60 cases with unique names", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const options = { ...NATIONAL_RULES, ...c.options };
    const result = scoreIndicator(buildTarget(c.target), build(c.actual), c.weight, options);
    expect(result.ok).toBe(c.expect.ok);
    expect(result.issues.map((issue) => issue.code)).toEqual(c.expect.issues);
    for (const issue of result.issues) {
      // Every placeholder of the issue's message gets a value.
      const message = scoringMessages[issue.code as keyof typeof scoringMessages];
      const names = [...message["zh-CN"].matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const params = issue.params as Readonly<Record<string, unknown>> | undefined;
      expect(names.filter((name) => params?.[name] === undefined)).toEqual([]);
    }
    if (!result.ok) {
      expect(result.issues.some((issue) => issue.severity === "error" && issue.error !== undefined)).toBe(
        true,
      );
      return;
    }
    expect(result.score).toBe(c.expect.score);
    expect(result.rule).toBe(c.expect.rule);
    expect(result.achieved).toBe(c.expect.achieved);
    expect(result.overAchieved).toBe(c.expect.overAchieved ?? false);
    expect(result.band).toEqual(c.expect.band);
    expect(Number.isFinite(result.raw)).toBe(true);
    expect(result.issues.every((issue) => issue.severity !== "error")).toBe(true);
  });
});
