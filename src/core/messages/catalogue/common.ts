import type { Message } from "../types";

export const commonMessages = {
  INTERNAL_ERROR: {
    "zh-CN": "内部错误：{detail}。您的数据未被修改，请重试或联系技术支持。",
    en: "Internal error: {detail}. Your data was not changed; try again or contact support.",
  },
} as const satisfies Record<string, Message>;
