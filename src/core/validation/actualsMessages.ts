import type { Message } from "../messages/types";

/** Messages of the actuals family (actualRules.ts): each says what is wrong and what to do about it. */
export const actualsMessages = {
  ACTUALS_EMPTY: {
    "zh-CN": "指标“{name}”没有填写实际完成值。请填写实际完成值后再评分。",
    en: "Indicator “{name}” has no actual value. Enter the actual value so it can be scored.",
  },
  ACTUALS_NOT_AN_OUTCOME: {
    "zh-CN": "定性指标的实际完成值“{actual}”不是规定的表述。请改为以下之一：{outcomes}。",
    en: "The actual value “{actual}” of a qualitative indicator is not one of the prescribed outcomes. Use one of: {outcomes}.",
  },
  ACTUALS_NOT_A_NUMBER: {
    "zh-CN": "指标值是定量的，但实际完成值“{actual}”不是数值。请填写数值及单位（{unit}）。",
    en: "The target is quantitative but the actual value “{actual}” is not a number. Enter a number with its unit ({unit}).",
  },
  ACTUALS_UNPARSEABLE: {
    "zh-CN": "无法识别实际完成值“{actual}”。请填写单个数值及单位，如“89.00(%)”。",
    en: "The actual value “{actual}” cannot be read. Enter one number with its unit, e.g. “89.00(%)”.",
  },
  ACTUALS_UNIT_MISMATCH: {
    "zh-CN":
      "指标“{name}”实际完成值的单位“{actualUnit}”与指标值的单位“{targetUnit}”不一致。请使用与指标值相同的单位。",
    en: "Indicator “{name}”: the actual value's unit “{actualUnit}” differs from the target's unit “{targetUnit}”. Use the target's unit.",
  },
} as const satisfies Record<string, Message>;
