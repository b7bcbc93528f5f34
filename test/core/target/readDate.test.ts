/** Dates in deadlines and completion values: test/fixtures/targets/dates.cases.json. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isOnOrBefore, readDate, type DatePoint } from "../../../src/core/target/readDate";

interface Cases {
  readonly read: readonly (readonly [string, DatePoint | null])[];
  readonly onOrBefore: readonly (readonly [string, string, boolean])[];
}

const cases = JSON.parse(
  readFileSync(join(__dirname, "../../fixtures/targets/dates.cases.json"), "utf8"),
) as Cases;

describe("readDate", () => {
  it.each(cases.read)("%s", (text, expected) => {
    expect(readDate(text) ?? null).toEqual(expected);
  });
});

describe("isOnOrBefore", () => {
  it.each(cases.onOrBefore)("%s against %s", (actual, target, expected) => {
    const a = readDate(actual);
    const t = readDate(target);
    expect(a && t ? isOnOrBefore(a, t) : "unreadable").toBe(expected);
  });
});
