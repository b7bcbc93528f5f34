import { canonicalUnit } from "../target/units";

/** A threshold stated in words: its number, canonical unit and the words that state it. */
export interface StatedValue {
  readonly value: number;
  readonly unit: string;
  readonly text: string;
}

/** Units a stated threshold may carry (a bare number is too often part of a name: 12345热线). */
const UNIT = String.raw`(%|个工作日|工作日|人次|个|人|次|件|户|项|天|日|公里|千米|平方米|米|亩|万元|元|场|家|所|台|套|篇|期|吨)`;
const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const WORD_BEFORE =
  "(?:≥|>=|≤|<=|不低于|不少于|不小于|大于等于|达到|达|高于|超过|低于|不超过|不高于|小于等于|不多于|保持在|控制在)";
const BEFORE = new RegExp(String.raw`${WORD_BEFORE}\s*${NUMBER}\s*${UNIT}`);
const AFTER = new RegExp(String.raw`${NUMBER}\s*${UNIT}\s*(?:以上|及以上|或以上|以下|及以下|以内)`);

/**
 * A threshold stated in words beside a target — in the indicator's name ("资金拨付率达到100%",
 * "培训人数不少于200人") or in its 指标解释 / 评分标准 ("达到90%以上得满分") — or undefined when none is
 * stated. Only a number with a unit next to a comparison word counts: a formula such as "×100%" or a
 * number in a name ("12345热线") states no threshold.
 *
 * @example
 * readStatedValue("群众满意度达到100%") // → { value: 100, unit: "%", text: "达到100%" }
 * readStatedValue("培训人数不少于200人") // → { value: 200, unit: "人", text: "不少于200人" }
 * readStatedValue("完成率=实际完成数/计划数×100%") // → undefined
 */
export function readStatedValue(text: string): StatedValue | undefined {
  // Most names hold no digit at all: no threshold to read.
  if (text === "" || text.length > 300 || !/[0-9０-９]/.test(text)) return undefined;
  const folded = text.normalize("NFKC");
  const m = BEFORE.exec(folded) ?? AFTER.exec(folded);
  if (!m?.[1] || !m[2]) return undefined;
  return { value: Number(m[1]), unit: canonicalUnit(m[2]), text: m[0] };
}
