import type { Message } from "../messages/types";

/** Messages of the structure family (structureRules.ts): each says what is wrong and what to do about it. */
export const structureMessages = {
  STRUCTURE_LEVEL1_EMPTY: {
    "zh-CN": "该指标没有一级指标。请填写一级指标，可选：{allowed}。",
    en: "This indicator has no level-1 indicator (一级指标). Fill it in; allowed: {allowed}.",
  },
  STRUCTURE_LEVEL1_UNKNOWN: {
    "zh-CN": "一级指标“{level1}”不属于{framework}指标体系。请改为以下之一：{allowed}。",
    en: "Level-1 indicator “{level1}” is not part of the {framework} framework. Use one of: {allowed}.",
  },
  STRUCTURE_FRAMEWORK_UNKNOWN: {
    "zh-CN":
      "表中的一级指标（{labels}）不属于任何已知的指标体系，未逐行检查一级、二级指标。如为本地区的指标体系，请人工核对；否则请改用：{allowed}。",
    en: "The level-1 indicators of this table ({labels}) belong to no framework PerfTables knows, so levels were not checked row by row. Check them by hand if this is a regional framework; otherwise use: {allowed}.",
  },
  STRUCTURE_LEVEL2_EMPTY: {
    "zh-CN": "一级指标“{level1}”下的指标缺少二级指标。请填写二级指标，可选：{allowed}。",
    en: "An indicator under “{level1}” has no level-2 indicator (二级指标). Fill it in; allowed: {allowed}.",
  },
  STRUCTURE_LEVEL2_NOT_ALLOWED: {
    "zh-CN":
      "二级指标“{level2}”不能放在一级指标“{level1}”下（{framework}）。请改为：{allowed}，或移到正确的一级指标下。",
    en: "Level-2 indicator “{level2}” may not stand under “{level1}” ({framework}). Use one of {allowed}, or move it under the right level-1 indicator.",
  },
  STRUCTURE_LEVEL2_WITHOUT_INDICATORS: {
    "zh-CN": "二级指标“{level2}”下没有任何三级指标。请补充至少一个三级指标及其指标值，或删除该行。",
    en: "Level-2 indicator “{level2}” has no level-3 indicator beneath it. Add at least one indicator with its target, or delete the row.",
  },
  STRUCTURE_LEVEL1_WITHOUT_INDICATORS: {
    "zh-CN": "一级指标“{level1}”下没有任何三级指标。请补充指标，或删除该行。",
    en: "Level-1 indicator “{level1}” has no indicator beneath it. Add indicators, or delete the row.",
  },
  STRUCTURE_NAME_EMPTY: {
    "zh-CN": "该行填写了指标值，但三级指标名称为空。请填写指标名称。",
    en: "This row has a target but no level-3 indicator name. Fill in the name.",
  },
  STRUCTURE_NAME_DUPLICATE: {
    "zh-CN": "三级指标“{name}”重复（首次出现在 {first}）。请合并两行，或改用能区分的名称。",
    en: "Level-3 indicator “{name}” appears twice (first at {first}). Merge the rows or give them distinct names.",
  },
  STRUCTURE_NAME_SENTENCE: {
    "zh-CN":
      "三级指标“{name}”像一句话而不是可衡量的指标名称。请改为简短的名称（如“××完成率”“××满意度”），说明写在指标值中。",
    en: "Level-3 indicator “{name}” reads as a sentence, not a measurable indicator. Use a short name (e.g. “… completion rate”) and put details in the target.",
  },
  STRUCTURE_NO_INDICATORS: {
    "zh-CN": "表中没有填写任何绩效指标。请填写三级指标及其指标值。",
    en: "The table has no indicators. Fill in the level-3 indicators and their targets.",
  },
  // The 2019 application form (绩效指标 | 指标目标值, no 二级/三级): same findings in its own words.
  STRUCTURE_NO_INDICATORS_SH2019: {
    "zh-CN": "表中没有填写任何绩效指标。请在各一级指标下填写绩效指标及其指标目标值。",
    en: "The table has no indicators. Fill in the performance indicators (绩效指标) and their target values (指标目标值) under each level-1 indicator.",
  },
  STRUCTURE_NAME_EMPTY_SH2019: {
    "zh-CN": "该行填写了指标目标值，但绩效指标名称为空。请填写绩效指标。",
    en: "This row has a target value but no indicator (绩效指标). Fill in the indicator.",
  },
  STRUCTURE_NAME_DUPLICATE_SH2019: {
    "zh-CN": "绩效指标“{name}”重复（首次出现在 {first}）。请合并两行，或改用能区分的名称。",
    en: "Indicator “{name}” appears twice (first at {first}). Merge the rows or give them distinct names.",
  },
  STRUCTURE_NAME_SENTENCE_SH2019: {
    "zh-CN":
      "绩效指标“{name}”像一句话而不是可衡量的指标名称。请改为简短的名称（如“××完成率”“××满意度”），说明写在指标目标值中。",
    en: "Indicator “{name}” reads as a sentence, not a measurable indicator. Use a short name (e.g. “… completion rate”) and put details in the target value.",
  },
  STRUCTURE_LEVEL1_WITHOUT_INDICATORS_SH2019: {
    "zh-CN": "一级指标“{level1}”下没有任何绩效指标。请补充指标，或删除该行。",
    en: "Level-1 indicator “{level1}” has no indicator beneath it. Add indicators, or delete the row.",
  },
  STRUCTURE_LEVEL1_ABSENT: {
    "zh-CN": "表中没有一级指标“{level1}”下的指标。如项目确有该方面的目标，请补充。",
    en: "The table has no indicator under “{level1}”. Add some if the project has goals of that kind.",
  },
} as const satisfies Record<string, Message>;
