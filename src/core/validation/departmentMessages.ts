import type { Message } from "../messages/types";

/** Messages of the department family (departmentRules.ts) and the department wording of funds messages. */
export const departmentMessages = {
  DEPT_FUNDS_NOT_SUM_OF_PARTS: {
    "zh-CN": "年度资金总额 {total} 与表中所列各项（{parts}）之和 {sum} 不符。请核对总额和各项金额。",
    en: "The funds total {total} is not the sum of the parts the table lists ({parts}: {sum}). Check the total and the parts.",
  },
  DEPT_TASKS_NOT_FUNDS: {
    "zh-CN":
      "年度主要任务的预算金额合计 {sum} 与部门资金（{funds}）{amount} 不符。各项任务的预算金额应与部门资金总额一致，请核对。",
    en: "The main tasks' budget amounts add up to {sum}, but the department's funds ({funds}) are {amount}. The tasks should account for the whole funds; check the amounts.",
  },
  DEPT_TASK_TOTAL_NOT_SUM: {
    "zh-CN": "年度主要任务的金额合计 {total} 与各项任务预算金额之和 {sum} 不符。请更正合计。",
    en: "The tasks' printed total {total} is not the sum of the task amounts ({sum}). Correct the total.",
  },
  DEPT_TASK_AMOUNT_MISSING: {
    "zh-CN": "年度主要任务“{name}”没有预算金额。请填写该任务的预算金额。",
    en: "The main task “{name}” has no budget amount. Fill it in.",
  },
  DEPT_PART_RATE_MISMATCH: {
    "zh-CN":
      "“{part}”行填写的执行率 {claimed}% 与该行金额不符（按金额计算为 {expected}%）。请更正执行率或金额。",
    en: "The execution rate {claimed}% printed on the “{part}” line does not match its amounts ({expected}% by the amounts). Correct the rate or the amounts.",
  },
  DEPT_SUBTOTAL_NOT_SUM: {
    "zh-CN": "预算安排小计 {total} 与年初预算、调整等各栏之和 {sum} 不符。请核对小计和各栏金额。",
    en: "The budget subtotal {total} is not the sum of the columns it adds up (start-of-year budget, adjustments …: {sum}). Check the amounts.",
  },
  DEPT_BALANCE_MISMATCH: {
    "zh-CN": "本年度结余金额 {claimed} 与“小计 − 拨付金额”{expected} 不符。请更正结余金额。",
    en: "The year's balance {claimed} is not the budget subtotal minus the amount paid out ({expected}). Correct the balance.",
  },
  DEPT_BALANCE_RATE_MISMATCH: {
    "zh-CN": "资金结余率 {claimed}% 与“结余金额 ÷ 小计”{expected}% 不符。请更正结余率。",
    en: "The balance rate {claimed}% is not the balance divided by the budget subtotal ({expected}%). Correct the rate.",
  },
  FUNDS_TOTAL_NOT_SUM_OF_PARTS_DEPT: {
    "zh-CN":
      "年度资金总额的{column} {total} 与其中各项（表中所列的基本支出、项目支出等）之和 {sum} 不符。请核对金额；如总额是公式，请在 Excel 中打开并重新计算后保存。",
    en: "The funds total's {column} {total} is not the sum of the lines under it (the basic and project spending the table lists: {sum}). Check the amounts; if the total is a formula, open the workbook in Excel so it recalculates, and save.",
  },
} as const satisfies Record<string, Message>;
