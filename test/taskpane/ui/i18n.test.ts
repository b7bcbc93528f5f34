import { createTranslate, pickLocale } from "../../../src/taskpane/ui/i18n";

describe("pane language", () => {
  it.each([
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["en", "en"],
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["fr-FR", "zh-CN"],
    ["", "zh-CN"],
    [undefined, "zh-CN"],
    [null, "zh-CN"],
  ])("%s → %s", (language, locale) => {
    expect(pickLocale(language)).toBe(locale);
  });

  it("translates through the catalogue with placeholders", () => {
    expect(createTranslate("zh-CN")("UI_OPEN_IN_EXCEL")).toBe("请在 Excel 中打开本加载项。");
    expect(createTranslate("en")("UI_LIBRARY_COUNT", { count: 3 })).toBe("3 indicators found.");
  });
});
