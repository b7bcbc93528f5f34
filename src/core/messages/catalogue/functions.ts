import type { Message } from "../types";

/**
 * Messages of the PERF.* worksheet functions (src/functions). Excel shows the text of #VALUE! and #N/A
 * errors in the cell's error tooltip, so they say what to type instead.
 */
export const functionsMessages = {
  FN_NOT_A_NUMBER: {
    "zh-CN": "参数“{param}”应为数字，收到“{value}”。",
    en: 'Argument "{param}" must be a number; got "{value}".',
  },
  FN_MISSING_ARGUMENT: {
    "zh-CN": "缺少参数“{param}”。",
    en: 'Argument "{param}" is missing.',
  },
  FN_ERROR_ARGUMENT: {
    "zh-CN": "参数“{param}”引用的单元格是错误值 {value}。",
    en: 'Argument "{param}" refers to an error value {value}.',
  },
  FN_RULE_UNKNOWN: {
    "zh-CN": "未知的评分规则“{rule}”：可用 national（全国通用，默认）或 ratio（反向指标按 目标÷实际 计分）。",
    en: 'Unknown scoring rule "{rule}": use national (the default) or ratio (negative indicators score target ÷ actual).',
  },
  FN_TARGET_EMPTY: {
    "zh-CN": "指标值为空。",
    en: "The target value is empty.",
  },
  FN_TARGET_UNREADABLE: {
    "zh-CN": "无法识别指标值“{target}”：请写成“≥90%”“≤17.52(万元)”“=25(人)”或定性表述如“健全”。",
    en: 'Cannot read the target "{target}": write it as "≥90%", "≤17.52(万元)", "=25(人)" or a qualitative word such as 健全.',
  },
  FN_RESULT_NOT_FINITE: {
    "zh-CN": "计算结果超出数值范围（{value}），请检查输入的数字是否过大或过小。",
    en: "The result is out of range ({value}); check whether an input number is too large or too small.",
  },
  FN_INTERNAL: {
    "zh-CN": "PERF 函数内部错误：{detail}。",
    en: "Internal error in a PERF function: {detail}.",
  },
} as const satisfies Record<string, Message>;
