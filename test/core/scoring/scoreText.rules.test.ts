/** Text-level cases through the real parser: test/fixtures/scoring/rules-text.jsonl. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NATIONAL_RULES, scoreText, type ScoringOptions } from "../../../src/core/scoring";

interface TextCase {
  name: string;
  target: string | number;
  actual: string | number;
  weight: number;
  indicator?: string;
  options?: Partial<ScoringOptions>;
  expect: {
    ok: boolean;
    score?: number;
    rule?: string;
    achieved?: boolean;
    band?: [number, number];
    issue?: string;
  };
}

const cases: TextCase[] = readFileSync(join(__dirname, "../../fixtures/scoring/rules-text.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as TextCase);

describe("scoreText (fixtures/scoring/rules-text.jsonl)", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const options = { ...NATIONAL_RULES, ...c.options };
    const result = scoreText(c.target, c.actual, c.weight, options, c.indicator);
    if (!c.expect.ok) {
      expect(result.ok).toBe(false);
      expect(result.issues.map((issue) => issue.code)).toContain(c.expect.issue);
      return;
    }
    expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(
      result.ok && { score: result.score, rule: result.rule, achieved: result.achieved, band: result.band },
    ).toEqual({
      score: c.expect.score,
      rule: c.expect.rule,
      achieved: c.expect.achieved,
      band: c.expect.band,
    });
  });

  it("answers the same for the same text, cached or not", () => {
    const first = scoreText("≥90.00(%)", "89.00(%)", 5);
    const again = scoreText("≥90.00(%)", "89.00(%)", 5);
    expect(again).toEqual(first);
  });

  it("never returns NaN, whatever the input", () => {
    const inputs: (string | number | null)[] = [
      "",
      "abc",
      "≥",
      "≥abc%",
      "1e999",
      Number.NaN,
      null,
      "≥0",
      "=0(起)",
      "≤0",
    ];
    for (const target of inputs) {
      for (const actual of inputs) {
        const result = scoreText(target, actual, 5);
        if (result.ok) expect(Number.isFinite(result.score) && Number.isFinite(result.raw)).toBe(true);
        else expect(result.issues.length).toBeGreaterThan(0);
      }
    }
  });
});
