/** Dropdown lists shared by the templates (the wording of the published forms). */
import type { Framework } from "../frameworks";

/** 实际完成值 of a qualitative indicator (docs/domain.md §2); numbers may be typed too. */
export const QUALITATIVE_OUTCOMES = [
  "达成年度指标",
  "部分达成年度指标并具有一定效果",
  "未达成年度指标且效果较差",
] as const;

export const YES_NO = ["是", "否"] as const;

/** 项目类别 of the Shanghai 2020 goal table, 项目类型 of the 2019 form. */
export const PROJECT_CATEGORIES = [
  "市委市政府已确定的新增项目",
  "结转项目",
  "其他一次性项目",
  "经常性专项业务费",
  "其他经常性项目",
] as const;

export const PERFORMANCE_TYPES = [
  "其他类",
  "事业/专业类",
  "基本建设类",
  "信息化建设类",
  "政策补贴类",
] as const;

/** 资金用途 of the 2019 form. */
export const FUND_USES = [
  "基本建设工程类",
  "信息化建设类",
  "政策补贴类",
  "政府购买服务",
  "资产购置类",
  "其他事业专业类",
] as const;

/** 完成目标可能性 of the monitoring table. */
export const LIKELIHOODS = ["确定能", "有可能", "完全不可能"] as const;

export function level1Names(framework: Framework): string[] {
  return framework.level1.map((l1) => l1.name);
}

export function level2Names(framework: Framework): string[] {
  return framework.level1.flatMap((l1) => [...l1.level2]);
}
