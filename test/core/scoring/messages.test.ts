import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { scoringMessages } from "../../../src/core/messages/catalogue/scoring";
import { formatMessage } from "../../../src/core/messages";

const srcDir = join(__dirname, "../../../src/core/scoring");
const usedCodes = new Set<string>();
for (const file of readdirSync(srcDir).filter((f) => f.endsWith(".ts"))) {
  for (const match of readFileSync(join(srcDir, file), "utf8").matchAll(
    /"((?:SCORE|BUDGET|GRADE)_[A-Z0-9_]+)"/g,
  )) {
    usedCodes.add(match[1]!);
  }
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe("scoring messages", () => {
  it("has a message for every code the engine uses, and no unused one", () => {
    expect([...usedCodes].sort()).toEqual(Object.keys(scoringMessages).sort());
  });

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
