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
  TARGETS_NOT_APPLICABLE: {
    "zh-CN":
      "指标“{name}”的指标值为“{target}”（不适用），该指标不评分。如确实不适用，建议删除该行；否则请填写目标值。",
    en: "The target of “{name}” is “{target}” (not applicable), so it is not scored. Delete the row if it really does not apply; otherwise fill in a target.",
  },
  TARGETS_PLACEHOLDER: {
    "zh-CN": "单元格中还留有模板文字“{text}”（“{value}”），该指标尚未填写完整。请换成本项目的实际内容。",
    en: "The cell still holds template text “{text}” (“{value}”): the indicator is not filled in. Replace it with this project’s own content.",
  },
  TARGETS_BOUND_CANNOT_BIND: {
    "zh-CN":
      "指标值“{target}”不起约束作用（{why}），实际上等于“{suggestion}”。请改为“{suggestion}”或设定可考核的目标。",
    en: "The target “{target}” cannot bind ({why}); it really means “{suggestion}”. Write “{suggestion}” or set a target that can be missed.",
  },
  TARGETS_NAME_CONTRADICTS: {
    "zh-CN":
      "指标名称“{name}”写明“{stated}”，指标值却是“{target}”，两者矛盾。请统一名称与指标值（名称中不宜写目标值）。",
    en: "The name “{name}” says “{stated}” but the target is “{target}”. Make them agree (a name should not carry the target value).",
  },
  TARGETS_EXPLANATION_CONTRADICTS: {
    "zh-CN": "指标解释/评分标准写明“{stated}”，与指标值“{target}”不一致。请核对指标值或说明。",
    en: "The explanation / scoring standard says “{stated}”, which does not match the target “{target}”. Check one or the other.",
  },
} as const satisfies Record<string, Message>;
