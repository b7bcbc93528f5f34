import { catalogue, formatMessage, isMessageCode } from "../../../src/core/messages";

const entries = Object.entries(catalogue) as [string, { "zh-CN": string; en: string }][];
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
const HAN = /[\u4e00-\u9fff]/;

describe("message catalogue", () => {
  it("has messages", () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries)("%s has a Chinese and an English text with the same placeholders", (code, message) => {
    expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(message["zh-CN"].trim()).not.toBe("");
    expect(message.en.trim()).not.toBe("");
    expect(HAN.test(message["zh-CN"])).toBe(true);
    expect(placeholders(message["zh-CN"])).toEqual(placeholders(message.en));
  });

  it("fills placeholders and falls back to the code for unknown codes", () => {
    expect(formatMessage("INTERNAL_ERROR", { detail: "x" })).toContain("x");
    expect(formatMessage("INTERNAL_ERROR", { detail: "x" }, "en")).toMatch(/^Internal error: x/);
    expect(isMessageCode("NO_SUCH_CODE")).toBe(false);
    expect(formatMessage("NO_SUCH_CODE")).toBe("NO_SUCH_CODE");
  });
});
