import type { Message } from "../messages/types";

/** Messages of the funds family (fundsRules.ts): each says what is wrong and what to do about it. */
export const fundsMessages = {
  FUNDS_BUDGET_MISSING: {
    "zh-CN": "项目资金缺少全年预算数。请填写全年预算数。",
    en: "The funds block has no full-year budget (全年预算数). Fill it in.",
  },
  FUNDS_EXECUTED_MISSING: {
    "zh-CN": "项目资金缺少全年执行数。请填写全年执行数。",
    en: "The funds block has no full-year execution (全年执行数). Fill it in.",
  },
  FUNDS_BUDGET_ZERO: {
    "zh-CN": "全年预算数为 {budget}，无法计算预算执行率。请填写实际的全年预算数。",
    en: "The full-year budget is {budget}, so the execution rate cannot be computed. Enter the real budget.",
  },
  FUNDS_TOTAL_NOT_SUM_OF_PARTS: {
    "zh-CN":
      "年度资金总额的{column} {total} 与其中各项（当年财政拨款、上年结转资金、其他资金）之和 {sum} 不符。请核对金额；如总额是公式，请在 Excel 中打开并重新计算后保存。",
    en: "The total row's {column} {total} is not the sum of its 其中 rows ({sum}). Check the amounts; if the total is a formula, open the workbook in Excel so it recalculates, and save.",
  },
  FUNDS_EXECUTED_NEGATIVE: {
    "zh-CN": "全年执行数 {executed} 为负数。请更正。",
    en: "The full-year execution {executed} is negative. Correct it.",
  },
  FUNDS_OVER_EXECUTED: {
    "zh-CN":
      "全年执行数 {executed} 超过全年预算数 {budget}（执行率 {rate}%）。请核对金额；如预算已调整，请填写调整后的预算数。",
    en: "The execution {executed} exceeds the budget {budget} (rate {rate}%). Check the amounts; if the budget was adjusted, enter the adjusted budget.",
  },
  FUNDS_WEIGHT_NONDEFAULT: {
    "zh-CN": "预算执行率的分值为 {weight}，通行为 {expected}。如非主管部门另有规定，请改为 {expected}。",
    en: "The budget execution row carries {weight} points; the usual weight is {expected}. Change it to {expected} unless your authority says otherwise.",
  },
  FUNDS_RATE_MISMATCH: {
    "zh-CN": "填写的执行率 {claimed}% 与金额不符（按金额计算为 {expected}%）。请更正执行率或金额。",
    en: "The printed execution rate {claimed}% does not match the amounts ({expected}% by the amounts). Correct the rate or the amounts.",
  },
  FUNDS_SCORE_MISMATCH: {
    "zh-CN": "预算执行率得分 {claimed} 与按金额计算的 {expected} 不符。请更正得分。",
    en: "The budget execution score {claimed} does not match {expected} computed from the amounts. Correct the score.",
  },
} as const satisfies Record<string, Message>;
