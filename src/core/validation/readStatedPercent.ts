/**
 * A threshold stated in words beside a target — in the indicator's name ("资金拨付率达到100%") or in its
 * 指标解释 / 评分标准 ("达到90%以上得满分") — as a percentage, or undefined when none is stated.
 * A bare formula such as "×100%" states no threshold.
 *
 * @example
 * readStatedPercent("群众满意度达到100%") // → { value: 100, text: "达到100%" }
 * readStatedPercent("完成率=实际完成数/计划数×100%") // → undefined
 */
export function readStatedPercent(
  text: string,
): { readonly value: number; readonly text: string } | undefined {
  const folded = text.normalize("NFKC");
  const before = BEFORE.exec(folded);
  if (before?.[1] !== undefined) return { value: Number(before[1]), text: before[0] };
  const after = AFTER.exec(folded);
  if (after?.[1] !== undefined) return { value: Number(after[1]), text: after[0] };
  return undefined;
}

const BEFORE =
  /(?:≥|>=|≤|<=|不低于|不少于|不小于|大于等于|达到|达|高于|超过|低于|不超过|不高于|小于等于|保持在|控制在)\s*(\d+(?:\.\d+)?)\s*%/;
const AFTER = /(\d+(?:\.\d+)?)\s*%\s*(?:以上|及以上|或以上|以下|及以下)/;
