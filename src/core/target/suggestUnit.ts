/**
 * The unit an indicator name implies, for the hint in a missing-unit message: 绩效考核次数 counts 次,
 * 热线客服人员配置人数 counts 人, a name ending in 率 is a percentage. Longest endings first.
 */
const ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/(率|比例|占比|比率|比重|满意度|覆盖面)$/, "%"],
  [/(人次|人次数)$/, "人次"],
  [/(次数|频次|频率|次)$/, "次"],
  [/(人数|人员数|名额)$/, "人"],
  [/(户数)$/, "户"],
  [/(件数|办理量|受理量|案件数)$/, "件"],
  [/(场次|场数)$/, "场"],
  [/(期数)$/, "期"],
  [/(篇数)$/, "篇"],
  [/(份数|报送量)$/, "份"],
  [/(项数)$/, "项"],
  [/(天数|工作日)$/, "天"],
  [/(金额|成本|费用|经费|资金|预算|投入)$/, "万元"],
  [/(数量|个数|数)$/, "个"],
];

/**
 * The unit suggested for an indicator, or `undefined` when its name gives no clue.
 *
 * @example
 * suggestUnit("绩效考核次数") // "次"
 * suggestUnit("回复时限") // undefined
 */
export function suggestUnit(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const bare = name
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/\([^()]*\)$/, "");
  return ENDINGS.find(([ending]) => ending.test(bare))?.[1];
}
