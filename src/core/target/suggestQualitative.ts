/**
 * Common slips in qualitative targets and the word the author meant. Besides wrong characters
 * (建全 → 健全), an indicator-name form (及时性, 规范性) typed as the target value is a slip too: the
 * target states the quality (及时), the name states what is measured (及时性).
 */
const SUGGESTIONS: Readonly<Record<string, string>> = {
  建全: "健全",
  建立建全: "建立健全",
  建立键全: "建立健全",
  键全: "健全",
  建全性: "健全",
  健全性: "健全",
  及时性: "及时",
  即时: "及时",
  规范性: "规范",
  规犯: "规范",
  合理性: "合理",
  有效性: "有效",
  合规性: "合规",
  完备性: "完备",
  完整性: "完整",
  可控性: "可控",
  准确性: "准确",
  安全性: "安全",
  达到预其: "达到预期",
  到达预期: "达到预期",
  显著提高: "显著提升",
  完善性: "完善",
  建立键全性: "建立健全",
};

/**
 * The word a qualitative target was probably meant to be, or `undefined` when it looks right.
 *
 * @example
 * suggestQualitative("建全") // "健全"
 * suggestQualitative("健全") // undefined
 */
export function suggestQualitative(text: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(SUGGESTIONS, text) ? SUGGESTIONS[text] : undefined;
}
