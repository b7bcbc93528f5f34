/**
 * Values assembled from the pieces published tables are made of — labels, comparison words and
 * symbols, signs, numbers with separators and dots, 余/多, units (known, compound, unknown, bracketed),
 * suffix words, notes, trailing punctuation — for the differential test of the portable formulas
 * against the core. Most combinations are ones the core refuses; those it scores must come out the same.
 */
import fc from "fast-check";
import type { PortableCase } from "./portableCorpus";

const label = fc.constantFrom(
  "",
  "",
  "",
  "满意度",
  "完成率:",
  "第",
  "约",
  "大约",
  "每月",
  "合格率为",
  "响应时间：",
  "提高",
  "同比增长",
);
const word = fc.constantFrom(
  "",
  "",
  "",
  "不低于",
  "不超过",
  "达到",
  "控制在",
  "低于",
  "高于",
  "至少",
  "为",
  "大于或等于",
);
const symbol = fc.constantFrom(
  "",
  "",
  "≥",
  "≤",
  ">",
  "<",
  "=",
  ">=",
  "<=",
  "＞＝",
  "≧",
  "≥≥",
  "><",
  "≠",
  "﹥",
  "=<",
);
const sign = fc.constantFrom("", "", "", "-", "+");
const number = fc.oneof(
  fc.integer({ min: 0, max: 200 }).map(String),
  fc.integer({ min: 0, max: 9999 }).map((n) => String(n / 100)),
  fc.constantFrom(
    "1,000",
    "2,500,000",
    "12,34",
    "1,0000",
    ".5",
    "90.",
    "0",
    "00",
    "100",
    "1.5.",
    "３０",
    "１，０００",
    "0.0001",
    "999999999999999",
  ),
);
const more = fc.constantFrom("", "", "", "", "余", "多");
const unit = fc.constantFrom(
  "",
  "%",
  "%",
  "(%)",
  "（%）",
  "个",
  "人",
  "件",
  "万元",
  "(万元)",
  "元",
  "分钟",
  "min",
  "小时",
  "天",
  "个工作日",
  "次",
  "次/月",
  "万元/年",
  "元/人·月",
  "篇论文",
  "家企业",
  "km",
  "M",
  "㎡",
  "m²",
  "‰",
  "个百分点",
  "月",
  "年",
  "万人",
  "万个",
  "(个)",
  "xyz",
  "(abc)",
  "(满分5分)",
);
const suffix = fc.constantFrom("", "", "", "以上", "以下", "以内", "内", "左右", "(以上)", "及以上", "之内");
const note = fc.constantFrom("", "", "", "(年)", "（含）", "(注)", "(2023年)");
const tail = fc.constantFrom("", "", "", "。", ";", "，其他", "、", "!", " ", "\n");

const target = fc
  .tuple(label, word, symbol, sign, number, more, unit, suffix, note, tail)
  .map((p) => p.join(""));
const actualText = fc
  .tuple(fc.constantFrom("", "", "约", "完成"), sign, number, more, unit, tail)
  .map((p) => p.join(""));
const actual = fc.oneof(
  actualText,
  fc.double({ min: -1000, max: 100000, noNaN: true }).map((n) => Math.round(n * 100) / 100),
);

/**
 * `count` cases drawn with `seed` (the same cases on every run).
 *
 * @example
 * fuzzCases(400, 1).length; // 400
 */
export function fuzzCases(count: number, seed: number): PortableCase[] {
  return fc.sample(fc.tuple(target, actual), { numRuns: count, seed }).map(([t, a], i) => ({
    name: `fuzz ${seed}/${i}`,
    target: t,
    actual: a,
    weight: 10,
    settings: "national",
  }));
}
