import type { Framework } from "./types";

/**
 * The evaluation framework of 财预〔2020〕10号 (项目支出绩效评价管理办法, 附1 项目支出绩效评价指标体系
 * 框架): 决策 / 过程 / 产出 / 效益, used by self-evaluations and evaluation score sheets of many
 * provinces, often with the points in the label ("项目决策(20分)"). No default split: regions weigh the
 * four 一级 differently (20/20/30/30, 15/25/30/30 …).
 */
export const evaluation: Framework = {
  id: "evaluation",
  title: "绩效评价（决策、过程、产出、效益）",
  level1: [
    {
      name: "决策",
      aliases: ["项目决策", "决策指标", "决策类指标"],
      level2: ["项目立项", "绩效目标", "资金投入"],
    },
    {
      name: "过程",
      aliases: ["项目过程", "过程管理", "过程指标", "项目管理", "管理", "管理指标", "项目实施", "过程类指标"],
      level2: ["资金管理", "组织实施", "业务管理", "财务管理"],
    },
    {
      name: "产出",
      aliases: ["项目产出", "产出指标", "产出类指标"],
      level2: [
        "产出数量",
        "产出质量",
        "产出时效",
        "产出成本",
        "数量指标",
        "质量指标",
        "时效指标",
        "成本指标",
      ],
      variants: ["进度指标", "完成进度"],
    },
    {
      name: "效益",
      aliases: ["项目效益", "效益指标", "效益类指标"],
      level2: [
        "项目效益",
        "实施效益",
        "经济效益指标",
        "社会效益指标",
        "生态效益指标",
        "可持续影响指标",
        "满意度指标",
        "服务对象满意度指标",
      ],
    },
  ],
};
