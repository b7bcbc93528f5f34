/**
 * Whether a text starts like a quantitative target or actual (an operator, or a number with or without
 * unit), used to realign rows whose cells were shifted by a column. Qualitative words do not count.
 *
 * @example
 * looksLikeTarget("≥90.00(%)") // → "operator"
 * looksLikeTarget("99.91(%)") // → "number"
 * looksLikeTarget("健全") // → undefined
 */
export function looksLikeTarget(text: string): "operator" | "number" | undefined {
  if (/^\s*(?:[≥≤=<>＞＜＝≧≦]|不低于|不少于|不高于|不超过|不大于|不小于|达到)/.test(text)) return "operator";
  if (/^\s*[-+]?\d+(?:\.\d+)?\s*(?:[(（]?[%‰\p{Script=Han}/]+[)）]?)?\s*$/u.test(text)) return "number";
  return undefined;
}
