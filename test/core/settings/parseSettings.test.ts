import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NATIONAL_RULES, type ScoringOptions } from "../../../src/core/scoring/options";
import {
  optionsFromPresets,
  parseSettings,
  RULE_PRESETS,
  serializeSettings,
} from "../../../src/core/settings";

interface Case {
  readonly name: string;
  readonly input: unknown;
  readonly valid: boolean;
  readonly expect?: Partial<ScoringOptions>;
}

const cases: [string, Case][] = readFileSync(
  join(__dirname, "../../fixtures/validation/settings.jsonl"),
  "utf8",
)
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Case)
  .map((c) => [c.name, c]);

describe("parseSettings", () => {
  it.each(cases)("%s", (_name, c) => {
    const { options, findings } = parseSettings(c.input);
    if (c.valid) {
      expect(findings).toEqual([]);
      expect(options).toMatchObject(c.expect ?? {});
    } else {
      expect(options).toEqual(NATIONAL_RULES);
      expect(findings.map((f) => [f.code, f.severity])).toEqual([["SETTINGS_INVALID", "warning"]]);
      expect(
        String((findings[0]?.params as Readonly<Record<string, unknown>> | undefined)?.detail ?? ""),
      ).not.toBe("");
    }
  });
});

describe("serializeSettings", () => {
  it.each(Object.entries(RULE_PRESETS))("round-trips the %s preset", (_name, preset) => {
    const options = { ...NATIONAL_RULES, ...preset };
    const parsed = parseSettings(serializeSettings(options));
    expect(parsed.findings).toEqual([]);
    expect(parsed.options).toEqual(options);
  });

  it("stores only what differs from the national rules", () => {
    expect(JSON.parse(serializeSettings(NATIONAL_RULES))).toEqual({ version: 1 });
    expect(JSON.parse(serializeSettings({ ...NATIONAL_RULES, negativeFormula: "ratio" }))).toEqual({
      version: 1,
      negativeFormula: "ratio",
    });
  });
});

describe("optionsFromPresets", () => {
  it("combines presets left to right", () => {
    const { options, findings } = optionsFromPresets(["ratio", "bands80"]);
    expect(findings).toEqual([]);
    expect(options.negativeFormula).toBe("ratio");
    expect(options.gradeBands).toEqual([80, 70, 60]);
    expect(options.budgetWeight).toBe(NATIONAL_RULES.budgetWeight);
  });

  it("warns about an unknown preset and keeps the others", () => {
    const { options, findings } = optionsFromPresets(["guangxi", "mars"]);
    expect(options.overAchievementFactor).toBe(1.3);
    expect(findings.map((f) => f.code)).toEqual(["SETTINGS_PRESET_UNKNOWN"]);
    expect((findings[0]?.params as Readonly<Record<string, unknown>> | undefined)?.preset).toBe("mars");
  });
});
