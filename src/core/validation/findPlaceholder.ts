/**
 * Template text a unit left in a cell instead of its own value: "(≥**%)", "≥**个", "XX", "××",
 * "……", "（必填）", "请填写", "例：" (the wording of the blank templates provinces hand out).
 */
export const PLACEHOLDERS: readonly RegExp[] = [
  /\*{2,}/,
  /[XxＸｘ×]{2,}/,
  /…|\.{3,}|。{3,}/,
  /[(（]\s*必填\s*[)）]/,
  /请(?:填写|填入|输入|选择|根据)/,
  /^\s*(?:例|例如|示例|如)\s*[:：]/,
];

/**
 * One cheap scan first: whatever one of the patterns matches, this matches too (a single "." or "。"
 * does not: nearly every value holds one, and each then ran all six patterns).
 */
const MAY_HOLD = /\*\*|[XxＸｘ×]{2}|…|\.\.\.|。。。|必填|请|[例如]\s*[:：]/;

/**
 * The placeholder a cell's text still holds, or undefined.
 *
 * @example
 * findPlaceholder("≥**%") // → "**"
 * findPlaceholder("XX镇农户覆盖率") // → "XX"
 * findPlaceholder("≥95%") // → undefined
 */
export function findPlaceholder(text: string): string | undefined {
  if (text === "" || text.length > 200 || !MAY_HOLD.test(text)) return undefined;
  for (const pattern of PLACEHOLDERS) {
    const m = pattern.exec(text);
    if (m) return m[0].trim();
  }
  return undefined;
}
