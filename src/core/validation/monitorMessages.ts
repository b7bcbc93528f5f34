import type { Message } from "../messages/types";

/** Messages of the monitoring-table family (monitorRules.ts, registered by src/core/kinds/monitor.ts): each says what is wrong and what to do about it. */
export const monitorMessages = {
  MONITOR_LIKELIHOOD_INVALID: {
    "zh-CN": "完成目标可能性“{value}”无效。请填写：{allowed}。",
    en: "The likelihood of meeting the target “{value}” is not valid. Use: {allowed}.",
  },
  MONITOR_REASON_MISSING: {
    "zh-CN":
      "完成目标可能性为“{likelihood}”，但未填写偏差原因。请说明原因（经费、制度、人员、硬件或其他）及纠偏措施。",
    en: "The likelihood is “{likelihood}” but no deviation reason is given. Explain the cause (funds, rules, staff, equipment or other) and the remedy.",
  },
  MONITOR_UNIT_MISMATCH: {
    "zh-CN": "执行情况的单位“{unit}”与指标值的单位“{targetUnit}”不一致。请使用指标值的单位。",
    en: "The progress value's unit “{unit}” differs from the target's unit “{targetUnit}”. Use the target's unit.",
  },
} as const satisfies Record<string, Message>;
