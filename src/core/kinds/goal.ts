/**
 * 项目支出绩效目标表 in the national layout (财预〔2020〕10号 / 〔2021〕101号, docs/domain.md §1.3): project
 * header, funds (年度资金总额 = 财政拨款 + 其他资金), 年度总体目标, then 一级 | 二级 | 三级 | 指标值 with a
 * grey live check column that turns a doubtful 指标值 red.
 */
import { toA1 } from "../address";
import { frameworks, type FrameworkId } from "../frameworks";
import type { TemplateContent } from "../templates/content";
import { finishGoalTable } from "../templates/finishGoalTable";
import { createLayoutBuilder } from "../templates/createLayoutBuilder";
import { writeTitleRows } from "../templates/writeTitleRows";
import { fieldRow } from "../templates/fieldRow";
import type { Layout, TemplateOptions } from "../templates/layout";
import { defineKind } from "./defineKind";

const ID = "goal";

const C = { level1: 0, level2: 1, name: 2, target: 3, check: 4 } as const;
const FUND_LINES = ["其中：财政拨款", "其他资金"] as const;

/**
 * @example
 * buildGoal({ year: 2025, unit: "万元" }).indicators.blocks.length; // 11
 */
function buildGoal(options: TemplateOptions, content: TemplateContent = {}): Layout {
  const frameworkId: FrameworkId = options.framework === "national-pre2021" ? "national-pre2021" : "national";
  const framework = frameworks[frameworkId];
  const b = createLayoutBuilder(5);
  const header = content.header ?? {};
  const last = 3;

  writeTitleRows(b, "项目支出绩效目标表", `（${options.year}年度）`, last);

  let row = 2;
  row = fieldRow(b, row, "项目名称", header["项目名称"] ?? null, last, 24);
  row = fieldRow(b, row, "主管部门", header["主管部门"] ?? null, last, 24);
  row = fieldRow(b, row, "实施单位", header["实施单位"] ?? null, last, 24);

  // 项目资金: the total sums its parts.
  const fundsTop = row;
  b.merge(fundsTop, 0, fundsTop + 2, 0, `项目资金\n（${options.unit}）`, "label");
  b.put(fundsTop, 1, "年度资金总额", "label");
  b.merge(
    fundsTop,
    2,
    fundsTop,
    last,
    { formula: `=SUM(${toA1(fundsTop + 1, 2)}:${toA1(fundsTop + 2, 2)})` },
    "amount",
  );
  b.name("budget.budget", fundsTop, 2);
  FUND_LINES.forEach((label, i) => {
    const r = fundsTop + 1 + i;
    const key = i === 0 ? "财政拨款" : "其他资金";
    b.put(r, 1, label, "label");
    b.merge(r, 2, r, last, content.budget?.[key]?.budget ?? null, "amount", true);
    b.name(`budget.${key}.budget`, r, 2);
  });
  row = fundsTop + 3;
  row = fieldRow(b, row, "年度总体目标", content.goals?.expected ?? null, last, 90);
  b.name("goal.expected", row - 1, 1);

  const headerRow = row;
  return finishGoalTable(b, {
    kind: ID,
    framework: frameworkId,
    options: { ...options, framework: frameworkId },
    sheetName: `绩效目标表${options.year}`,
    columnWidths: [14, 16, 34, 22, 24],
    frameworkRules: framework,
    indicators: content.indicators,
    headerRow,
    labels: ["一级指标", "二级指标", "三级指标", "指标值"],
    columns: C,
    headerHeight: 24,
    rowHeight: 22,
    lastCol: last,
  });
}

/** 项目支出绩效目标表, the national layout: the kind a table is when nothing says otherwise. */
export const goal = defineKind({
  id: ID,
  title: { "zh-CN": "项目支出绩效目标表", en: "Project performance goal table" },
  description: {
    "zh-CN": "全国通用格式（2021年起）：成本/产出/效益/满意度指标，一级、二级已预填。",
    en: "National layout (2021+): cost/output/benefit/satisfaction indicators, levels 1 and 2 pre-filled.",
  },
  label: { "zh-CN": "绩效目标表", en: "goal table" },
  frameworks: ["national", "national-pre2021"],
  defaultUnit: "万元",
  build: buildGoal,
  clues: [],
  fallback: true,
  evaluated: false,
  budgetScored: true,
});
