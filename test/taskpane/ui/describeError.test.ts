import { describeError } from "../../../src/taskpane/ui/describeError";
import { createTranslate } from "../../../src/taskpane/ui/i18n";
import { PaneError } from "../../../src/taskpane/ui/paneError";

const t = createTranslate("zh-CN");

describe("describeError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "按 Enter 或 Esc"],
    ["AccessDenied", "撤销保护"],
    ["ItemNotFound", "不存在"],
    ["ApiNotFound", "Microsoft 365"],
  ])("gives advice for Office error %s", (code, advice) => {
    const message = describeError(Object.assign(new Error("x"), { code }), "校验", t);
    expect(message.startsWith("校验未完成")).toBe(true);
    expect(message).toContain(advice);
  });

  it("shows an adapter's own refusal message", () => {
    expect(describeError(new PaneError({ code: "UI_ROWS_INVALID" }), "插入", t)).toBe(t("UI_ROWS_INVALID"));
  });

  it("falls back to the error's text and says what to do", () => {
    const message = describeError(new Error("网络中断"), "保存", t);
    expect(message).toContain("网络中断");
    expect(message).toContain("请重试");
    expect(describeError(undefined, "保存", t)).toContain("保存未完成");
  });
});
