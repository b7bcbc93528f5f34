import { deviationRequired, NATIONAL_RULES, scoreText } from "../../../src/core/scoring";

describe("deviationRequired", () => {
  it("is required below the weight", () => {
    expect(deviationRequired(scoreText("≥90%", "89%", 5))).toBe(true);
    expect(deviationRequired(scoreText("≥90%", "95%", 5))).toBe(false);
  });

  it("uses the entered score when there is one", () => {
    expect(deviationRequired(scoreText("≥90%", "95%", 5), NATIONAL_RULES, 4)).toBe(true);
    expect(deviationRequired(scoreText("≥90%", "89%", 5), NATIONAL_RULES, 5)).toBe(false);
  });

  it("is required for over-achievement when the region asks for it", () => {
    const guangxi = { ...NATIONAL_RULES, overAchievementFactor: 1.3 };
    const result = scoreText("≥100件", "140件", 5);
    expect(deviationRequired(result)).toBe(false);
    expect(deviationRequired(result, guangxi)).toBe(true);
    expect(deviationRequired(scoreText("≥100件", "129件", 5), guangxi)).toBe(false);
    expect(deviationRequired(scoreText("≤10天", "1天", 5), guangxi)).toBe(false);
  });

  it("is required for partly achieved qualitative rows", () => {
    expect(deviationRequired(scoreText("建立健全", "部分达成指标并具有一定效果", 5))).toBe(true);
    expect(deviationRequired(scoreText("健全", "达成年度指标", 5))).toBe(false);
  });

  it("is false for a row that could not be scored", () => {
    expect(deviationRequired(scoreText("80%-90%", "85%", 5))).toBe(false);
  });
});
