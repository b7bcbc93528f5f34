import type { Message } from "../messages/types";

/** Messages of the scores and formulas families (scoreRules.ts, formulaRules.ts): each says what is wrong and what to do about it. */
export const scoresMessages = {
  FORMULAS_NOT_CALCULATED: {
    "zh-CN":
      "表中 {count} 个单元格的公式没有计算（{cells}）：保存工作簿时未加载 PerfTables 加载项，或工作簿由不计算公式的程序写入。请在装有 PerfTables 的 Excel 中打开并使用“修复公式”后保存；本次审核已按评分规则重新计算得分。",
    en: "Formulas in {count} cells were not calculated ({cells}): the PerfTables add-in was not loaded when the workbook was saved, or a program that does not calculate wrote it. Open it in Excel with PerfTables, use 修复公式 (repair formulas) and save; this check recomputed the scores by the rules.",
  },
  SCORES_MISSING: {
    "zh-CN": "指标“{name}”没有填写得分。请填写得分（可参考按规则计算的得分）。",
    en: "Indicator “{name}” has no score. Enter one (the rule score is a good start).",
  },
  SCORES_NOT_A_NUMBER: {
    "zh-CN": "得分“{value}”不是数值。请填写数值得分。",
    en: "The score “{value}” is not a number. Enter a numeric score.",
  },
  SCORES_ABOVE_WEIGHT: {
    "zh-CN": "得分 {score} 超过分值 {weight}。得分不能高于分值，请更正。",
    en: "The score {score} is above the weight {weight}. A score cannot exceed its weight; correct it.",
  },
  SCORES_NEGATIVE: {
    "zh-CN": "得分 {score} 为负数。得分应在 0 与分值之间，请更正。",
    en: "The score {score} is negative. Scores lie between 0 and the weight; correct it.",
  },
  SCORES_OUTSIDE_BAND: {
    "zh-CN":
      "定性指标的完成情况为“{outcome}”，得分应在 [{low}, {high}] 区间内，填写的是 {score}。请调整得分或完成情况。",
    en: "The qualitative outcome is “{outcome}”, so the score must lie in [{low}, {high}]; {score} was entered. Adjust the score or the outcome.",
  },
  SCORES_DIFFERS_FROM_RULE: {
    "zh-CN":
      "填写的得分 {claimed} 与按评分规则计算的 {rule} 不同。请核对；如确需不同，请在偏差原因中说明理由。",
    en: "The entered score {claimed} differs from the rule score {rule}. Check it; if the difference is intended, explain it in the deviation column.",
  },
  SCORES_DEVIATION_MISSING: {
    "zh-CN": "得分 {score} 低于分值 {weight}，但未填写偏差原因分析及改进措施。请补充偏差原因和改进措施。",
    en: "The score {score} is below the weight {weight} but no deviation reason is given. Explain the deviation and the remedy.",
  },
  SCORES_OVERACHIEVED_NO_DEVIATION: {
    "zh-CN":
      "实际完成值 {actual} 达到指标值 {target} 的 {percent}% 以上，属于超额完成，但未填写偏差原因。请说明超额原因（目标是否定得过低）。",
    en: "The actual value {actual} is at least {percent}% of the target {target} (over-achievement) but no deviation reason is given. Explain why (was the target set too low?).",
  },
  SCORES_MET_BELOW_WEIGHT: {
    "zh-CN":
      "实际完成值已达到指标值，得分 {score} 却低于分值 {weight}，且未说明偏差原因。请给满分，或在“偏差原因分析及改进措施”中说明扣分理由。",
    en: "The target is met, yet the score {score} is below the weight {weight} and no reason is given. Give the full weight, or explain the deduction under 偏差原因分析及改进措施.",
  },
} as const satisfies Record<string, Message>;
