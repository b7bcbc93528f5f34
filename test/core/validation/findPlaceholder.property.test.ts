/**
 * findPlaceholder's first scan (MAY_HOLD) only lets it skip work: whatever one of the placeholder
 * patterns finds, it must still find. Compared with the patterns run on every text, over texts built
 * from the characters the patterns are made of.
 */
import fc from "fast-check";
import { findPlaceholder, PLACEHOLDERS } from "../../../src/core/validation/findPlaceholder";

/** The patterns alone, run on every text (the reference: no first scan). */
function everyPattern(text: string): string | undefined {
  if (text === "" || text.length > 200) return undefined;
  for (const pattern of PLACEHOLDERS) {
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
