const NEEDS_WORK = /[\s\u3000\u00a0（）:：]/;

/**
 * Matching key of a printed label: no whitespace (also inside: "项 目 名 称"), ASCII parentheses, no
 * trailing colon. "项目资金 （万元）：" → "项目资金(万元)".
 *
 * @example
 * labelKey(" 实际完成值（B） ") // → "实际完成值(B)"
 */
export function labelKey(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(/[\s\u3000\u00a0]+/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/[:：]+$/, "");
}

/** The key without any parenthesised part: "实际完成值(B)" → "实际完成值", "得分(20分*执行率)" → "得分". */
export function bareLabelKey(key: string): string {
  return key.includes("(") ? key.replace(/\([^()]*\)/g, "") : key;
}
