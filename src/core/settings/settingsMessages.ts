import type { Message } from "../messages/types";

/** Messages of settings stored in a workbook (parseSettings.ts): each says what is wrong and what to do about it. */
export const settingsMessages = {
  SETTINGS_INVALID: {
    "zh-CN": "工作簿中保存的评分设置无效（{detail}），已改用全国通行规则。请在设置中重新选择评分规则并保存。",
    en: "The scoring settings stored in the workbook are invalid ({detail}); the national rules are used instead. Choose the rules again in the settings and save.",
  },
  SETTINGS_PRESET_UNKNOWN: {
    "zh-CN": "未知的评分规则“{preset}”。可用：{known}。",
    en: "Unknown scoring rules “{preset}”. Available: {known}.",
  },
} as const satisfies Record<string, Message>;
