import type { Message } from "../messages/types";

/** Messages of the sub-budget family of the 2019 application form (subBudgetRules.ts): each says what is wrong and what to do about it. */
export const subBudgetsMessages = {
  SUBBUDGET_AMOUNT_MISSING: {
    "zh-CN": "子项目“{name}”没有预算金额。请填写金额。",
    en: "Sub-project “{name}” has no amount. Fill it in.",
  },
  SUBBUDGET_AMOUNT_NEGATIVE: {
    "zh-CN": "子项目“{name}”的预算金额为负数。请更正。",
    en: "Sub-project “{name}” has a negative amount. Correct it.",
  },
  SUBBUDGET_TOTAL_MISSING: {
    "zh-CN": "未找到项目当年预算，无法核对资金构成（子项目合计 {sum}）。请填写项目当年预算。",
    en: "The year's budget (项目当年预算) is missing, so the parts (sum {sum}) cannot be checked. Fill it in.",
  },
  SUBBUDGET_SUM_MISMATCH: {
    "zh-CN":
      "项目当年投入资金构成合计 {sum}，与项目当年预算 {total} 相差 {difference}。请调整子项目金额使其合计等于当年预算。",
    en: "The sub-project amounts add up to {sum}, which differs from the year's budget {total} by {difference}. Make the parts add up to the budget.",
  },
} as const satisfies Record<string, Message>;
