/**
 * findPlaceholder's first scan (MAY_HOLD) only lets it skip work: whatever one of the placeholder
 * patterns finds, it must still find. Compared with the patterns run on every text, over texts built
 * from the characters the patterns are made of.
 */
import fc from "fast-check";
import { findPlaceholder } from "../../../src/core/validation/findPlaceholder";

/** The patterns, run on every text (the reference: no first scan). */
const PATTERNS: readonly RegExp[] = [
  /\*{2,}/,
  /[XxＸｘ×]{2,}/,
  /…|\.{3,}|。{3,}/,
  /[(（]\s*必填\s*[)）]/,
  /请(?:填写|填入|输入|选择|根据)/,
  /^\s*(?:例|例如|示例|如)\s*[:：]/,
];
function everyPattern(text: string): string | undefined {
  if (text === "" || text.length > 200) return undefined;
  for (const pattern of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return m[0].trim();
  }
  return undefined;
}

const piece = fc.constantFrom(
  "*",
  "X",
  "x",
  "Ｘ",
  "ｘ",
  "×",
  "…",
  ".",
  "。",
  "(",
  "（",
  ")",
  "）",
  "必填",
  "必",
  "请",
  "填写",
  "填入",
  "输入",
  "选择",
  "根据",
  "例",
  "例如",
  "示例",
  "如",
  ":",
  "：",
  " ",
  "≥",
  "9",
  "0",
  "%",
  "完成率",
);

test("the first scan never hides a placeholder", () => {
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")),
      (text) => {
        expect(findPlaceholder(text)).toBe(everyPattern(text));
      },
    ),
    { numRuns: 20_000, seed: 20261205 },
  );
});

test("the forms of the docs", () => {
  expect(findPlaceholder("≥**%")).toBe("**");
  expect(findPlaceholder("XX镇农户覆盖率")).toBe("XX");
  expect(findPlaceholder("例：≥90%")).toBe("例：");
  expect(findPlaceholder("≥95.5%")).toBeUndefined();
});
