import { suggestUnit } from "../../../src/core/target/suggestUnit";
import { parseTarget } from "../../../src/core/target";

describe("suggestUnit", () => {
  it.each([
    ["绩效考核次数", "次"],
    ["热线客服人员配置人数", "人"],
    ["验收合格率（%）", "%"],
    ["系统运行维护成本", "万元"],
    ["功能模块更新数量", "个"],
    ["培训人次", "人次"],
  ])("%s → %s", (name, unit) => {
    expect(suggestUnit(name)).toBe(unit);
  });

  it("gives no unit when the name says nothing about it", () => {
    expect(suggestUnit("回复时限")).toBeUndefined();
    expect(suggestUnit(undefined)).toBeUndefined();
  });

  it("puts the suggested unit into the missing-unit hint", () => {
    const parsed = parseTarget("=4", { name: "绩效考核次数" });
    expect(parsed.issues.find((issue) => issue.code === "TARGET_MISSING_UNIT")?.params?.example).toBe(
      "=4.00(次)",
    );
    const range = parseTarget("80-90", { name: "满意度" });
    expect(range.issues.find((issue) => issue.code === "TARGET_MISSING_UNIT")?.params?.example).toBe(
      "80.00-90.00(%)",
    );
  });
});
