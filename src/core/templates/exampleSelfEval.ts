import type { TemplateContent } from "./content";

/**
 * The first table of seed 002 (信息化运维项目, 2024): what "insert a filled example" shows. Scores are
 * left to the formulas except where the unit typed its own (系统使用人员满意度: 4.00, rule 4.94).
 */
export const SELF_EVAL_EXAMPLE: TemplateContent = {
  header: {
    项目名称: "信息化运维项目",
    主管部门: "上海市文化和旅游局",
    实施单位: "上海市文化旅游市场质量监测和服务中心",
  },
  budget: {
    当年财政拨款: { initial: 17.52, budget: 17.52, executed: 17.5 },
    上年结转资金: { initial: 0, budget: 0, executed: 0 },
    其他资金: { initial: 0, budget: 0, executed: 0 },
  },
  goals: {
    expected:
      "全面配合文旅投诉属地化管理机制，为市区二级文旅投诉处理机构提供业务运行的优质载体，实现建立一套完整的投诉案件办理（案件录入、流转、处理、诉转案、调诉对接）和数据统计分析等业务为一体的数字化工作程序和方法。",
    actual:
      "根据业务发展需求和用户反馈，对功能进行优化升级，同时进行了一系列性能优化，提高系统的运行效率。日常维护中保证了系统的稳定运行，及时处理了各类系统故障；定期进行数据备份并对系统进行安全加固，切实保障系统安全平稳运行。",
  },
  indicators: [
    {
      level1: "成本指标",
      level2: "经济成本指标",
      name: "系统运行维护成本",
      target: "≤17.52(万元)",
      actual: "17.50(万元)",
      weight: 10,
    },
    {
      level1: "产出指标",
      level2: "数量指标",
      name: "功能模块更新数量",
      target: "≥10.00(项)",
      actual: "10.00(项)",
      weight: 5,
    },
    {
      level1: "产出指标",
      level2: "数量指标",
      name: "系统(软件)维护数量",
      target: "≥1.00(套)",
      actual: "1.00(套)",
      weight: 5,
    },
    {
      level1: "产出指标",
      level2: "质量指标",
      name: "系统运维验收通过率",
      target: "=100.00(%)",
      actual: "100.00(%)",
      weight: 10,
    },
    {
      level1: "产出指标",
      level2: "时效指标",
      name: "系统日常运维及时率",
      target: "=100.00(%)",
      actual: "100.00(%)",
      weight: 10,
    },
    {
      level1: "产出指标",
      level2: "时效指标",
      name: "系统应急响应及时率",
      target: "=100.00(%)",
      actual: "100.00(%)",
      weight: 10,
    },
    {
      level1: "效益指标",
      level2: "社会效益指标",
      name: "系统正常运行率",
      target: "=100.00(%)",
      actual: "100.00(%)",
      weight: 10,
    },
    {
      level1: "效益指标",
      level2: "社会效益指标",
      name: "重大信息安全事故发生数",
      target: "≤1.00(起)",
      actual: "0.00(起)",
      weight: 10,
    },
    {
      level1: "效益指标",
      level2: "社会效益指标",
      name: "系统用户数量",
      target: "≥120.00(个)",
      actual: "198.00(个)",
      weight: 5,
    },
    {
      level1: "效益指标",
      level2: "社会效益指标",
      name: "内部业务办结率",
      target: "≥90.00(%)",
      actual: "99.91(%)",
      weight: 5,
    },
    {
      level1: "效益指标",
      level2: "可持续影响指标",
      name: "应急响应机制健全性",
      target: "健全",
      actual: "达成指标",
      weight: 5,
    },
    {
      level1: "满意度指标",
      level2: "服务对象满意度指标",
      name: "系统使用人员满意度",
      target: "≥90.00(%)",
      actual: "89.00(%)",
      weight: 5,
      score: 4,
      deviation: "需进一步加快系统迭代升级，提升用户满意度",
    },
  ],
};
