/** Labels of the header fields printed above indicator tables (keys as {@link labelKey} gives them). */
import { bareLabelKey } from "./labelKey";

const LABELS = [
  "项目名称",
  "主管部门",
  "实施单位",
  "申报单位名称",
  "申报单位",
  "预算单位",
  "单位名称",
  "部门名称",
  "项目类别",
  "项目类型",
  "资金用途",
  "计划开始日期",
  "计划完成日期",
  "开始时间",
  "结束时间",
  "项目开始时间",
  "项目结束时间",
  "项目起止时间",
  "项目期限",
  "是否含有政府购买服务",
  "绩效类型",
  "项目属性",
  "项目负责人",
  "项目概况",
  "立项依据",
  "项目设立的必要性",
  "保证项目实施的制度、措施",
  "项目实施计划",
  "总目标及阶段性目标",
  "项目总目标",
  "年度绩效目标",
  "年度总体目标",
  "年度目标",
  "总体目标",
  "预期目标",
  "实际完成情况",
  "项目总预算",
  "项目当年预算",
  "同名项目上年预算额",
  "同名项目上年预算执行数",
  "项目资金",
  "项目当年投入资金构成",
  "中期目标",
  "部门(单位)名称",
  "项目执行单位",
  "执行单位",
  "项目负责人及电话",
  "财政处室",
  "自评总分",
  "自评得分",
  "自评总得分",
  "总分",
  "评价得分",
  "部门联系人",
  "当年绩效目标",
  "年初绩效目标",
  "全年绩效目标",
  "全年目标实际完成情况",
  "年初设定目标",
  "年度总体目标完成情况",
  "年度总体目标完成情况综述",
  "年度资金总额",
  "财政拨款",
  "其他资金",
  "项目基本情况",
  "项目年度目标",
  "年度目标完成情况",
  "主管部门及代码",
  "中期资金总额",
];

const SET = new Set(LABELS);

/**
 * Whether `key` (a {@link labelKey}) is a header field label; amount units in parentheses are ignored
 * ("项目总预算(元)").
 *
 * @example
 * isHeaderFieldLabel("项目当年预算(元)") // → true
 */
export function isHeaderFieldLabel(key: string): boolean {
  return SET.has(key) || SET.has(bareLabelKey(key));
}
