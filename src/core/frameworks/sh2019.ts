import type { Framework } from "./types";

/** 上海市财政支出项目绩效目标申报表（2019年）: 分解目标 without 二级 (seed 003). */
export const sh2019: Framework = {
  id: "sh2019",
  title: "上海（2019年申报表）",
  level1: [
    { name: "投入和管理目标", aliases: ["投入和管理", "投入与管理", "投入与管理目标"], level2: [] },
    { name: "产出目标", aliases: ["产出"], level2: [] },
    { name: "效果目标", aliases: ["效果"], level2: [] },
    { name: "影响力目标", aliases: ["影响力"], level2: [] },
  ],
};
