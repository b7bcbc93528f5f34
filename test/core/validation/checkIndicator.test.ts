import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkIndicator, type IndicatorInput } from "../../../src/core/validation";

interface Case {
  readonly input: IndicatorInput;
  readonly codes: readonly string[];
}

const cases: [string, Case][] = readFileSync(
  join(__dirname, "../../fixtures/validation/checkIndicator.jsonl"),
  "utf8",
)
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Case)
  .map((c) => [JSON.stringify(c.input), c]);

describe("checkIndicator", () => {
  it.each(cases)("%s", (_label, c) => {
    const findings = checkIndicator(c.input);
    expect(findings.map((f) => f.code)).toEqual(c.codes);
    for (const f of findings) expect(f.cell).toBe("");
  });

  it("accepts null for omitted worksheet arguments", () => {
    expect(
      checkIndicator({ target: "建全", level1: null, level2: null, name: null }).map((f) => f.code),
    ).toEqual(["TARGET_QUALITATIVE_TYPO"]);
  });
});
