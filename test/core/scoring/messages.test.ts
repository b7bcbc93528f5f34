import { scoringMessages } from "../../../src/core/scoring/scoringMessages";
import { formatMessage } from "../../../src/core/messages";

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe("scoring messages", () => {
  it.each(Object.entries(scoringMessages))(
    "%s has the same placeholders in zh-CN and en",
    (_code, message) => {
      expect(message["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      expect(message.en).not.toMatch(/^\s*$/);
      expect(placeholders(message["zh-CN"])).toEqual(placeholders(message.en));
    },
  );

  it("is merged into the catalogue", () => {
    expect(formatMessage("SCORE_UNIT_MISMATCH", { actualUnit: "万元", targetUnit: "%" }, "en")).toContain(
      "“万元”",
    );
  });
});
