import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDateText } from "../../src/core/readDateText";
import { WORKBOOK_FIXTURE_DIR } from "./tables/tableFixtures";

const { cases } = JSON.parse(
  readFileSync(join(WORKBOOK_FIXTURE_DIR, "reader", "date-formats.json"), "utf8"),
) as { cases: [number, string, string | null][] };

describe("readDateText shows a date serial as the command line shows the same cell", () => {
  it.each(cases)("%p under %p → %p", (value, numFmt, expected) => {
    expect(readDateText(value, numFmt)).toBe(expected);
  });

  it("gives null without a format or for a number that is no date", () => {
    expect(readDateText(45219, undefined)).toBeNull();
    expect(readDateText(Number.NaN, "yyyy/m/d")).toBeNull();
    expect(readDateText(-3, "yyyy/m/d")).toBeNull();
  });
});
