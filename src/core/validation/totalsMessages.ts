import type { Message } from "../messages/types";

/** Messages of the totals family (totalRules.ts): each says what is wrong and what to do about it. */
export const totalsMessages = {
  TOTALS_MISSING: {
    "zh-CN": "表中没有填写总分（重新计算为 {recomputed}）。请填写总分。",
    en: "The table has no total score (recomputed: {recomputed}). Fill it in.",
  },
  TOTALS_CLAIMED_INVALID: {
    "zh-CN": "总分“{value}”不是数值。请填写数值。",
    en: "The total “{value}” is not a number. Enter a number.",
  },
  TOTALS_NOT_RECOMPUTED: {
    "zh-CN": "有指标或预算执行率无法评分，未能重新计算总分（表中为 {claimed}）。请先处理上面的错误。",
    en: "Some rows or the budget row could not be scored, so the total (printed {claimed}) was not recomputed. Fix the errors above first.",
  },
  TOTALS_ABOVE_WEIGHTS: {
    "zh-CN":
      "表中总分为 {claimed}，超过各项分值之和 {maximum}（满分）。得分不可能高于满分，请核对总分和分值。",
    en: "The printed total {claimed} is above the sum of the weights ({maximum}, the most any table can score). Check the total and the weights.",
  },
  TOTALS_NOT_SUM_OF_ROWS: {
    "zh-CN":
      "表中总分为 {claimed}，而表中填写的各项得分（含预算执行率得分）之和为 {sum}。请按各项得分更正总分。",
    en: "The printed total is {claimed}, but the scores printed in the table (the budget score included) add up to {sum}. Correct the total from the printed scores.",
  },
  TOTALS_MISMATCH: {
    "zh-CN": "表中总分为 {claimed}，按预算执行得分与各指标得分重新计算为 {recomputed}。请更正总分。",
    en: "The printed total is {claimed}; the budget score plus the indicator scores give {recomputed}. Correct the total.",
  },
  TOTALS_GRADE_MISSING: {
    "zh-CN": "表中没有填写评分等级（按总分应为“{grade}”）。请填写评分等级。",
    en: "The table has no grade (by the total it is “{grade}”). Fill it in.",
  },
  TOTALS_GRADE_INVALID: {
    "zh-CN": "评分等级“{value}”无效。请填写优、良、中或差。",
    en: "The grade “{value}” is not valid. Use 优, 良, 中 or 差.",
  },
  TOTALS_GRADE_WORDING: {
    "zh-CN": "评分等级“{value}”已按“{grade}”理解。建议按规定填写优、良、中或差。",
    en: "The grade “{value}” was read as “{grade}”. The rules spell the grades 优, 良, 中 or 差.",
  },
  TOTALS_GRADE_MISMATCH: {
    "zh-CN": "总分 {total} 对应的等级为“{expected}”，表中填写的是“{claimed}”。请更正评分等级。",
    en: "A total of {total} means grade “{expected}”, but the table says “{claimed}”. Correct the grade.",
  },
  TOTALS_GRADE_CHANGES: {
    "zh-CN": "按重新计算的总分，评分等级应为“{expected}”而不是“{claimed}”。请先更正总分，再更正等级。",
    en: "By the recomputed total the grade is “{expected}”, not “{claimed}”. Correct the total, then the grade.",
  },
} as const satisfies Record<string, Message>;
