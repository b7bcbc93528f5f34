/** Longest text treated as a word (parseTarget's MAX_QUALITATIVE_LENGTH); longer text takes the general path. */
const MAX_LENGTH = 20;

/**
 * Whether text is only Chinese characters (CJK unified ideographs U+4E00–U+9FFF, which NFKC leaves
 * as they are) and word-sized: such text needs no normalising and holds no number, date or separator,
 * so the target reader can go straight to the qualitative reading.
 *
 * @example
 * isPlainChinese("达成年度指标") // true
 * isPlainChinese("≥90%") // false
 */
export function isPlainChinese(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > MAX_LENGTH) return false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) return false;
  }
  return true;
}
