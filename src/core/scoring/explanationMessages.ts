import type { Message } from "../messages/types";

/**
 * How a score was reached, with its numbers (src/core/scoring/explainScore.ts, explainBudgetScore.ts).
 * Every text ends with the score it explains, `{score}` (2 decimals), so what is shown always agrees
 * with the number beside it (a property test pins it).
 */
export const explanationMessages = {
  EXPLAIN_POSITIVE_PROPORTIONAL: {
    "zh-CN": "正向指标：{actual} ÷ {target} × {weight} = {score}",
    en: "Positive indicator: {actual} ÷ {target} × {weight} = {score}",
  },
  EXPLAIN_POSITIVE_UNCAPPED: {
    "zh-CN": "正向指标（超过目标不封顶）：{actual} ÷ {target} × {weight} = {score}",
    en: "Positive indicator (not capped at the weight): {actual} ÷ {target} × {weight} = {score}",
  },
  EXPLAIN_POSITIVE_MET: {
    "zh-CN": "正向指标：实际 {actual} 达到目标 {target}，得满分 {score}",
    en: "Positive indicator: actual {actual} reaches the target {target}, full marks {score}",
  },
  EXPLAIN_POSITIVE_MISSED: {
    "zh-CN": "正向指标：目标 {target} 不大于 0，实际 {actual} 未达到，得 {score}",
    en: "Positive indicator: the target {target} is not above 0 and actual {actual} falls short, {score}",
  },
  EXPLAIN_EQUAL_PROPORTIONAL: {
    "zh-CN": "等于指标：{actual} ÷ {target} × {weight} = {score}",
    en: "Equal indicator: {actual} ÷ {target} × {weight} = {score}",
  },
  EXPLAIN_EQUAL_UNCAPPED: {
    "zh-CN": "等于指标（超过目标不封顶）：{actual} ÷ {target} × {weight} = {score}",
    en: "Equal indicator (not capped at the weight): {actual} ÷ {target} × {weight} = {score}",
  },
  EXPLAIN_EQUAL_MET: {
    "zh-CN": "等于指标：实际 {actual} 达到目标 {target}，得满分 {score}",
    en: "Equal indicator: actual {actual} reaches the target {target}, full marks {score}",
  },
  EXPLAIN_EQUAL_MISSED: {
    "zh-CN": "等于指标：目标为 {target}，实际 {actual} 不符，得 {score}",
    en: "Equal indicator: the target is {target} and actual {actual} differs, {score}",
  },
  EXPLAIN_NEGATIVE_MET: {
    "zh-CN": "反向指标：实际 {actual} 未超过目标 {target}，得满分 {score}",
    en: "Negative indicator: actual {actual} does not exceed the target {target}, full marks {score}",
  },
  EXPLAIN_NEGATIVE_LINEAR: {
    "zh-CN":
      "反向指标：实际 {actual} 超过目标 {target} 的 {percent}%，(1 − {excess} ÷ {target}) × {weight} = {score}",
    en: "Negative indicator: actual {actual} exceeds the target {target} by {percent}%, (1 − {excess} ÷ {target}) × {weight} = {score}",
  },
  EXPLAIN_NEGATIVE_FLOOR: {
    "zh-CN": "反向指标：实际 {actual} 达到目标 {target} 的 2 倍及以上，得 {score}",
    en: "Negative indicator: actual {actual} is at least twice the target {target}, {score}",
  },
  EXPLAIN_NEGATIVE_RATIO: {
    "zh-CN": "反向指标（比值法）：{target} ÷ {actual} × {weight} = {score}",
    en: "Negative indicator (ratio rule): {target} ÷ {actual} × {weight} = {score}",
  },
  EXPLAIN_NEGATIVE_MISSED: {
    "zh-CN": "反向指标：目标 {target} 不大于 0，实际 {actual} 超过目标，得 {score}",
    en: "Negative indicator: the target {target} is not above 0 and actual {actual} exceeds it, {score}",
  },
  EXPLAIN_DATE_MET: {
    "zh-CN": "时限指标：{actual}不晚于{target}，得满分 {score}",
    en: "Deadline: {actual} is no later than {target}, full weight {score}",
  },
  EXPLAIN_DATE_MISSED: {
    "zh-CN": "时限指标：{actual}晚于{target}，得 {score}",
    en: "Deadline: {actual} is later than {target}, {score}",
  },
  EXPLAIN_QUALITATIVE_ACHIEVED: {
    "zh-CN": "定性：达成，按 {percent}% 计 {score}",
    en: "Qualitative: achieved, {percent}% of the weight, {score}",
  },
  EXPLAIN_QUALITATIVE_PARTIAL: {
    "zh-CN": "定性：部分达成，按 {percent}% 计 {score}",
    en: "Qualitative: partly achieved, {percent}% of the weight, {score}",
  },
  EXPLAIN_QUALITATIVE_FAILED: {
    "zh-CN": "定性：未达成，按 {percent}% 计 {score}",
    en: "Qualitative: not achieved, {percent}% of the weight, {score}",
  },
  EXPLAIN_BUDGET: {
    "zh-CN": "预算执行率 {executed} ÷ {budget} = {rate}%，× {weight} = {score}",
    en: "Budget execution {executed} ÷ {budget} = {rate}%, × {weight} = {score}",
  },
  EXPLAIN_BUDGET_OVER: {
    "zh-CN": "预算执行率 {executed} ÷ {budget} = {rate}%，超过 100% 按 100% 计，× {weight} = {score}",
    en: "Budget execution {executed} ÷ {budget} = {rate}%, counted as 100%, × {weight} = {score}",
  },
} as const satisfies Record<string, Message>;
