import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatTarget, parseTarget } from "../../../src/core/target";
import type { TargetContext } from "../../../src/core/target";

interface FormatCase {
  input: string | number;
  context?: TargetContext;
  expect: string;
}

const cases = JSON.parse(
  readFileSync(join(__dirname, "../../fixtures/targets/format.cases.json"), "utf8"),
) as FormatCase[];

describe("formatTarget", () => {
  it.each(cases.map((c) => [JSON.stringify(c.input), c] as const))(
    "writes %s in the Shanghai form",
    (_title, c) => {
      expect(formatTarget(parseTarget(c.input, c.context))).toBe(c.expect);
    },
  );

  it("never writes exponent notation", () => {
    const huge = parseTarget(1e15, { role: "actual" });
    const tiny = parseTarget("≥0.000000000012(%)");
    expect(formatTarget(huge)).toBe("1000000000000000.00");
    expect(formatTarget(tiny)).toBe("≥0.000000000012(%)");
  });
});
