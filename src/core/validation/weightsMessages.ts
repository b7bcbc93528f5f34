import type { Message } from "../messages/types";

/** Messages of the weights family (weightRules.ts): each says what is wrong and what to do about it. */
export const weightsMessages = {
  WEIGHTS_MISSING: {
    "zh-CN": "指标“{name}”没有分值。请填写分值。",
    en: "Indicator “{name}” has no weight (分值). Fill it in.",
  },
  WEIGHTS_NEGATIVE: {
    "zh-CN": "分值 {weight} 为负数。请填写不小于 0 的分值。",
    en: "The weight {weight} is negative. Use a weight of 0 or more.",
  },
  WEIGHTS_TOTAL_MISMATCH: {
    "zh-CN": "三级指标分值合计为 {sum}，应为 {expected}。请调整各指标分值使合计等于 {expected}。",
    en: "The indicator weights add up to {sum}; they must total {expected}. Adjust the weights so that they total {expected}.",
  },
  WEIGHTS_LEVEL1_SPLIT: {
    "zh-CN":
      "一级指标“{level1}”分值合计为 {sum}，通行权重为 {expected}。如非主管部门另有规定，建议按通行权重设置。",
    en: "Level-1 “{level1}” weights add up to {sum}; the usual weight is {expected}. Use it unless your authority set another split.",
  },
  WEIGHTS_PARENT_MISMATCH: {
    "zh-CN": "“{parent}”的分值 {weight} 不等于其下级指标分值之和 {sum}。请修改上级分值或下级分值。",
    en: "The weight {weight} of “{parent}” is not the sum of the weights beneath it ({sum}). Correct one or the other.",
  },
  WEIGHTS_TOTAL_ROW_MISMATCH: {
    "zh-CN": "总分行的分值为 {printed}，但预算执行率与各指标分值合计为 {expected}。请更正总分行分值。",
    en: "The total row shows weight {printed}, but the budget row and the indicators add up to {expected}. Correct the total row.",
  },
} as const satisfies Record<string, Message>;
