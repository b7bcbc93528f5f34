import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readPercentText } from "../../src/core/readPercentText";
import { WORKBOOK_FIXTURE_DIR } from "./tables/tableFixtures";

const { cases } = JSON.parse(
  readFileSync(join(WORKBOOK_FIXTURE_DIR, "reader", "percent-formats.json"), "utf8"),
) as { cases: [number, string, string | null][] };

describe("readPercentText shows a number as its percentage format does", () => {
  it.each(cases)("%p under %p → %p", (value, numFmt, expected) => {
    expect(readPercentText(value, numFmt)).toBe(expected);
  });

  it("gives null without a format or for a number that is not finite", () => {
    expect(readPercentText(0.9, undefined)).toBeNull();
    expect(readPercentText(Number.NaN, "0%")).toBeNull();
  });
});
