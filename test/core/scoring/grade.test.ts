import grades from "../../fixtures/scoring/grades.json";
import { grade, isScoringIssue, NATIONAL_RULES, parseGradeBands } from "../../../src/core/scoring";

describe("grade", () => {
  it.each(grades.national as [number, string][])("national: %p → %s", (total, expected) => {
    expect(grade(total)).toBe(expected);
  });

  const variant = { ...NATIONAL_RULES, gradeBands: [80, 70, 60] as const };
  it.each(grades["80/70/60"] as [number, string][])("80/70/60: %p → %s", (total, expected) => {
    expect(grade(total, variant)).toBe(expected);
  });

  it.each([Number.NaN, null, undefined, Number.POSITIVE_INFINITY])("%p → GRADE_TOTAL_INVALID", (total) => {
    const result = grade(total);
    expect(isScoringIssue(result) && result.code).toBe("GRADE_TOTAL_INVALID");
  });
});

describe("parseGradeBands", () => {
  it.each([
    ["90,80,60", [90, 80, 60]],
    ["80，70，60", [80, 70, 60]],
    [" 80 / 70 / 60 ", [80, 70, 60]],
    ["85.5、75、60", [85.5, 75, 60]],
    [
      [80, 70, 60],
      [80, 70, 60],
    ],
    [
      [[90], [80], [60]],
      [90, 80, 60],
    ],
    [[["90", "80", "60"]], [90, 80, 60]],
  ])("%p → %p", (input, bands) => {
    expect(parseGradeBands(input)).toEqual({ ok: true, bands });
  });

  it.each([
    ["90,80"],
    ["90,80,60,50"],
    ["90,95,60"],
    ["90,80,-1"],
    ["优,良,中"],
    [""],
    [null],
    [42],
    [[90, "x", 60]],
    ["90,80,80"],
  ])("%p is invalid", (input) => {
    const result = parseGradeBands(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.code).toBe("GRADE_BANDS_INVALID");
  });
});
