import type { Message } from "../messages/types";

/** Messages of the targets family (targetRules.ts): each says what is wrong and what to do about it. */
export const targetsMessages = {
  TARGETS_EMPTY: {
    "zh-CN": "指标“{name}”没有填写指标值。请填写目标值，如“≥90%”或“健全”。",
    en: "Indicator “{name}” has no target. Fill one in, e.g. “≥90%” or “健全”.",
  },
  TARGETS_UNPARSEABLE: {
    "zh-CN": "无法识别指标值“{target}”。请写成“运算符+数值+单位”（如“≥95%”）或定性描述（如“健全”）。",
    en: "The target “{target}” cannot be read. Write operator + number + unit (e.g. “≥95%”) or a qualitative value (e.g. “健全”).",
  },
  TARGETS_SEVERAL: {
    "zh-CN": "一个单元格中写了 {count} 个指标值：“{target}”。请拆成多个三级指标，每行一个指标值。",
    en: "One cell holds {count} targets: “{target}”. Split them into separate indicators, one target per row.",
  },
  TARGETS_SEVERAL_SH2019: {
    "zh-CN": "一个单元格中写了 {count} 个指标目标值：“{target}”。请拆成多个绩效指标，每行一个指标目标值。",
    en: "One cell holds {count} target values: “{target}”. Split them into separate indicators, one target per row.",
  },
  TARGET_COMPOUND_SH2019: {
    "zh-CN":
      "一个单元格中填写了 {count} 个指标目标值，无法评分，请拆分为多个绩效指标，每个指标一个指标目标值。",
    en: "This cell holds {count} target values and cannot be scored. Split it into several indicators, one value each.",
  },
  TARGETS_RANGE: {
    "zh-CN": "指标值“{target}”是一个区间，无法按规则评分。请改为单一目标（如“≥80%”）。",
    en: "The target “{target}” is a range and cannot be scored by the rules. Use a single bound (e.g. “≥80%”).",
  },
  TARGETS_NO_OPERATOR: {
    "zh-CN": "指标值“{target}”缺少运算符。请加上 ≥、≤ 或 =，例如“≥{target}”。",
    en: "The target “{target}” has no operator. Add ≥, ≤ or =, e.g. “≥{target}”.",
  },
  TARGETS_RATE_OVER_100: {
    "zh-CN": "“{name}”是比率，指标值 {value}% 超过 100%。请核对数值或单位。",
    en: "“{name}” is a rate, but its target {value}% is above 100%. Check the number or the unit.",
  },
  TARGETS_QUALITATIVE_UNDER_COUNT: {
    "zh-CN": "“{level2}”下的指标应为定量指标，但指标值是定性描述“{target}”。请改为数值（如“=100%”“≤30天”）。",
    en: "Indicators under “{level2}” must be quantitative, but the target is the qualitative “{target}”. Use a number (e.g. “=100%”, “≤30天”).",
  },
  TARGETS_QUALITATIVE_ON_RATE: {
    "zh-CN":
      "指标“{name}”是计量型名称（率/数/量），指标值却是定性描述“{target}”。请改为数值目标（如“=100%”），或修改指标名称。",
    en: "Indicator “{name}” counts something (rate/number/amount) but its target is the qualitative “{target}”. Give a numeric target (e.g. “=100%”) or rename the indicator.",
  },
} as const satisfies Record<string, Message>;
