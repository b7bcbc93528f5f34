import type { Framework } from "./types";

/** Before 2021 成本指标 sat under 产出指标 (still seen in 2022 tables). */
export const nationalPre2021: Framework = {
  id: "national-pre2021",
  title: "全国（2021年以前）",
  level1: [
    {
      name: "产出指标",
      aliases: ["产出"],
      level2: ["数量指标", "质量指标", "时效指标", "成本指标"],
      variants: ["进度指标"],
      defaultWeight: 50,
    },
    {
      name: "效益指标",
      aliases: ["效益"],
      level2: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
      // Before 2021 (财预〔2015〕88号 layout) satisfaction was a 二级 under 效益.
      variants: ["服务对象满意度指标", "满意度指标", "社会公众或服务对象满意度指标"],
      defaultWeight: 30,
    },
    { name: "满意度指标", aliases: ["满意度"], level2: ["服务对象满意度指标"], defaultWeight: 10 },
  ],
};
