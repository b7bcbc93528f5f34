import type { Message } from "../messages/types";

/** Messages of the portable-helpers family (portableRules.ts). */
export const portableMessages = {
  PORTABLE_HELPERS_BROKEN: {
    "zh-CN":
      "通用版公式的隐藏辅助单元格被改动或删除（{count} 处：{cells}），这些行的规则得分不可信。请用“perf-tables template … --formulas portable”重新生成模板，或在加载项中“导出通用版”，再把数据填回。",
    en: "Hidden helper cells of the portable formulas were edited or removed ({count}: {cells}); the rule scores of those rows cannot be trusted. Make the template again (perf-tables template … --formulas portable, or 导出通用版 in the add-in) and copy the data back.",
  },
  PORTABLE_HELPERS_MISSING: {
    "zh-CN":
      "第 {row} 行是后来插入的指标行，没有通用版公式的辅助单元格，规则得分无法自动计算。请复制一整行已有的指标行再插入（先撤销工作表保护，无密码）。",
    en: "Row {row} was inserted later and has no helper cells of the portable formulas, so its rule score is not computed. Copy a whole existing indicator row and insert it instead (unprotect the sheet first; there is no password).",
  },
} as const satisfies Record<string, Message>;
