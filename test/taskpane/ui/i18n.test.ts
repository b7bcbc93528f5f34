import { createTranslate } from "../../../src/taskpane/ui/i18n";

// The pane's language is chosen by boot.js (test/build/bootScript.test.ts covers it).
describe("pane language", () => {
  it("translates through the catalogue with placeholders", () => {
    expect(createTranslate("zh-CN")("UI_OPEN_IN_EXCEL")).toBe("请在 Excel 中打开本加载项。");
    expect(createTranslate("en")("UI_LIBRARY_COUNT", { count: 3 })).toBe("3 indicators found.");
  });
});
