import type { Framework } from "./types";

/** 财政项目支出绩效目标表（2020年度）, Shanghai (seeds 000, 001, 004). */
export const sh2020: Framework = {
  id: "sh2020",
  title: "上海（2020年度目标表）",
  level1: [
    {
      name: "投入与管理",
      aliases: ["投入与管理目标", "投入和管理", "投入和管理目标"],
      level2: ["投入管理", "财务管理", "实施管理", "资产管理"],
    },
    { name: "产出目标", aliases: ["产出", "产出指标"], level2: ["数量", "质量", "时效", "成本"] },
    {
      name: "效果目标",
      aliases: ["效果", "效果指标"],
      level2: ["社会效益", "经济效益", "生态效益", "满意度"],
    },
    { name: "影响力目标", aliases: ["影响力", "影响力指标"], level2: ["长效管理", "人力资源", "配套设施"] },
  ],
};
