/** Header labels of indicator tables and the column role each one names (synonyms seen in published tables). */
import { remember } from "../remember";
import { bareLabelKey } from "./labelKey";

export type ColumnRole =
  | "level1"
  | "level2"
  | "name"
  | "target"
  | "operator"
  | "unit"
  | "actual"
  | "weight"
  | "score"
  | "deviation"
  | "progress"
  | "forecast"
  | "likelihood"
  | "remark"
  | "explanation";

const LABELS: Readonly<Record<ColumnRole, readonly string[]>> = {
  level1: ["一级指标", "一级目标", "分解目标内容", "一级", "一级指标名称"],
  level2: ["二级指标", "二级目标", "二级", "二级指标名称"],
  name: ["三级指标", "三级目标", "三级", "三级指标名称", "指标名称", "具体指标", "三级指标内容", "绩效指标"],
  target: [
    "年度指标值",
    "指标值",
    "指标目标值",
    "目标值",
    "年初目标值",
    "年度目标值",
    "预期指标值",
    "年度指标目标值",
    "计划指标值",
    "绩效目标值",
    "预期目标值",
    "全年指标值",
    "年初指标值",
    "绩效指标值",
  ],
  operator: ["指标性质", "指标方向", "运算符", "运算符号"],
  unit: ["度量单位", "计量单位", "单位", "指标单位", "指标值单位"],
  actual: [
    "实际完成值",
    "全年实际值",
    "完成值",
    "实际值",
    "全年实际完成值",
    "实际完成指标值",
    "年度实际完成值",
    "实际完成数",
    "实际完成情况",
    "全年完成值",
  ],
  weight: [
    "分值",
    "权重",
    "分数",
    "指标分值",
    "指标权重",
    "权重分值",
    "权重分",
    "满分",
    "标准分值",
    "参考分值",
    "标准分",
    "满分值",
    "基础分值",
    "指标满分",
  ],
  score: ["得分", "自评得分", "评分", "实际得分", "评价得分", "自评分数", "指标得分"],
  deviation: [
    "偏差原因分析及改进措施",
    "偏差原因分析",
    "偏差原因",
    "偏差原因及改进措施",
    "未完成原因分析",
    "未完成原因和改进措施",
    "未完成原因分析及改进措施",
    "原因分析及改进措施",
    "偏差原因分析及整改措施",
  ],
  progress: ["半年度指标执行情况", "指标执行情况", "实施进度"],
  forecast: ["全年预计完成情况", "全年预计完成值", "预计全年完成情况", "全年预计完成"],
  likelihood: ["完成目标可能性", "完成可能性", "全年完成目标可能性"],
  remark: ["备注"],
  // What the indicator means or how it is scored: read to check it against the target.
  explanation: [
    "指标解释",
    "评分标准",
    "指标说明",
    "评分规则",
    "评分细则",
    "评分办法",
    "计分方法",
    "评(扣)分标准",
    "评扣分标准",
    "扣分标准",
    "评价标准",
    "指标内涵",
    "指标定义",
    "指标解释及评分标准",
    "评分标准及指标解释",
  ],
};

const BY_KEY = new Map<string, ColumnRole>();
const RANK = new Map<string, number>();
for (const [role, labels] of Object.entries(LABELS) as [ColumnRole, readonly string[]][]) {
  labels.forEach((label, i) => {
    BY_KEY.set(label, role);
    RANK.set(label, i);
  });
}

/**
 * How specific a header label is for its role (0 = most): "三级指标" beats "绩效指标", which some tables
 * print as a section label in front of the 一级 column.
 *
 * @example
 * labelRank("三级指标") < labelRank("绩效指标") // → true
 */
export function labelRank(key: string): number {
  return RANK.get(key) ?? RANK.get(bareLabelKey(key)) ?? 99;
}

/** "1-6月执行情况", "1-X月完成情况", "截至6月底执行情况". */
const PROGRESS =
  /^(?:\d{1,2}|X|x)-(?:\d{1,2}|X|x)月(?:实际)?(?:执行|完成)(?:情况|值)$|^截[至止]\d{1,2}月底?(?:执行|完成)(?:情况|值)$/;

/**
 * The role a header cell names, from its {@link labelKey}; parenthesised notes are ignored
 * ("实际完成值(B)", "年初目标值(A)", "分值(分)").
 *
 * @example
 * columnRole("实际完成值(B)") // → "actual"
 * columnRole("项目名称") // → undefined
 */
export function columnRole(key: string): ColumnRole | undefined {
  if (key === "" || key.length > 40) return undefined;
  return findRoleRemembered(key);
}

const findRoleRemembered = remember(findRole);

function findRole(key: string): ColumnRole | undefined {
  const direct = BY_KEY.get(key);
  if (direct) return direct;
  const bare = bareLabelKey(key);
  if (bare !== key) {
    const found = BY_KEY.get(bare);
    if (found) return found;
  }
  if (PROGRESS.test(bare)) return "progress";
  // 未完成原因及拟采取的改进措施, 偏差或不能完成目标原因分析 …: wordings vary by province.
  if (/原因/.test(bare) && /措施|分析|说明/.test(bare)) return "deviation";
  return undefined;
}
