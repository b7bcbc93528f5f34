import { readFileSync } from "node:fs";
import { join } from "node:path";
import { canonicalUnit, isKnownUnit, unitFactor } from "../../../src/core/target";

const data = JSON.parse(readFileSync(join(__dirname, "../../fixtures/targets/units.cases.json"), "utf8")) as {
  canonical: [string, string][];
  factor: [string, string, number | null][];
};

describe("canonicalUnit", () => {
  it.each(data.canonical)("%j → %j", (raw, expected) => {
    expect(canonicalUnit(raw)).toBe(expected);
  });

  it("returns an empty unit for a missing one", () => {
    expect(canonicalUnit(undefined)).toBe("");
    expect(canonicalUnit(null)).toBe("");
  });
});

describe("unitFactor", () => {
  it.each(data.factor)("%j → %j is %j", (from, to, factor) => {
    const result = unitFactor(from, to);
    if (factor === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(factor, 12);
  });

  it("is the inverse in the other direction", () => {
    for (const [from, to, factor] of data.factor) {
      if (factor === null) continue;
      expect((unitFactor(from, to) ?? 0) * (unitFactor(to, from) ?? 0)).toBeCloseTo(1, 9);
    }
  });
});

describe("isKnownUnit", () => {
  it("knows the units of the published tables and compound ones", () => {
    for (const unit of [
      "%",
      "‰",
      "个",
      "件",
      "人",
      "次",
      "份",
      "项",
      "套",
      "起",
      "元",
      "万元",
      "分钟",
      "小时",
      "天",
      "日",
    ]) {
      expect(isKnownUnit(unit)).toBe(true);
    }
    for (const unit of [
      "月",
      "年",
      "万个",
      "万件",
      "万元/年",
      "元/人",
      "人次",
      "个/年",
      "秒",
      "周",
      "季度",
      "批",
      "场",
    ]) {
      expect(isKnownUnit(unit)).toBe(true);
    }
    expect(isKnownUnit("期")).toBe(true);
    expect(isKnownUnit("杯")).toBe(false);
    expect(isKnownUnit("constructor")).toBe(false);
  });
});
