import type { Framework } from "./types";

/** 财预〔2021〕101号 framework (2021+): 成本 is a 一级 of its own. */
export const national: Framework = {
  id: "national",
  title: "全国（2021年起）",
  level1: [
    { name: "成本指标", aliases: ["成本"], level2: ["经济成本指标", "社会成本指标", "生态环境成本指标"] },
    {
      name: "产出指标",
      aliases: ["产出"],
      level2: ["数量指标", "质量指标", "时效指标"],
      // 进度指标: the schedule of works, a 二级 of its own in some provinces' tables.
      variants: ["进度指标"],
      defaultWeight: 50,
    },
    {
      name: "效益指标",
      aliases: ["效益"],
      level2: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
      defaultWeight: 30,
    },
    { name: "满意度指标", aliases: ["满意度"], level2: ["服务对象满意度指标"], defaultWeight: 10 },
  ],
};
