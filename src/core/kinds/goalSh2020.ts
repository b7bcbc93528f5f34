/**
 * 财政项目支出绩效目标表（2020年度）, Shanghai (seeds 000, 001, 004): 申报单位名称, project fields with
 * 项目类别 / 是否含有政府购买服务 / 绩效类型 dropdowns, the long text blocks, 本项目上年度市级财政资金使用情况
 * and "YYYY年绩效目标": 一级目标 | 二级目标 | 三级目标 | 指标目标值.
 */
import { toA1 } from "../address";
import { frameworks } from "../frameworks";
import type { TemplateContent } from "../templates/content";
import { finishGoalTable } from "../templates/finishGoalTable";
import { createLayoutBuilder } from "../templates/createLayoutBuilder";
import { writeTitleRows } from "../templates/writeTitleRows";
import type { Layout, TemplateOptions } from "../templates/layout";
import { PERFORMANCE_TYPES, PROJECT_CATEGORIES, YES_NO } from "../templates/lists";
import { fieldRow } from "../templates/fieldRow";
import { lookupLevel1 } from "../tables/lookupLevel1";
import { defineKind } from "./defineKind";

const ID = "goal-sh2020";

const C = { level1: 0, level2: 1, name: 2, target: 3, check: 4 } as const;

const LONG_TEXTS = [
  "项目概况",
  "立项依据",
  "项目设立的必要性",
  "保证项目实施的制度、措施",
  "项目实施计划",
  "总目标及阶段性目标",
] as const;

/**
 * @example
 * buildGoalSh2020({ year: 2020, unit: "元" }).sheetName; // "绩效目标表2020"
 */
function buildGoalSh2020(options: TemplateOptions, content: TemplateContent = {}): Layout {
  const framework = frameworks.sh2020;
  const b = createLayoutBuilder(5);
  const header = content.header ?? {};
  const last = 3;

  writeTitleRows(b, "财政项目支出绩效目标表", `（${options.year}年度）`, last);
  b.merge(2, 0, 2, last, `申报单位名称：${header["申报单位名称"] ?? ""}`, "caption", true);
  b.name("header.申报单位名称", 2, 0);
  b.height(2, 22);

  // Pairs of short fields, as printed: label | value | label | value.
  const pairs: [string, string, readonly string[] | null, readonly string[] | null][] = [
    ["项目名称", "项目类别", null, PROJECT_CATEGORIES],
    ["计划开始日期", "计划完成日期", null, null],
    ["是否含有政府购买服务", "绩效类型", YES_NO, PERFORMANCE_TYPES],
  ];
  let row = 3;
  for (const [left, right, leftList, rightList] of pairs) {
    const dates = left.includes("日期");
    b.put(row, 0, left, "label");
    b.put(row, 1, header[left] ?? (dates ? `${options.year}-01-01` : null), "centerText", true);
    b.put(row, 2, right, "label");
    b.put(row, 3, header[right] ?? (dates ? `${options.year}-12-31` : null), "centerText", true);
    b.name(`header.${left}`, row, 1);
    b.name(`header.${right}`, row, 3);
    if (leftList) b.validate({ range: toA1(row, 1), values: leftList, alert: "stop" });
    if (rightList) b.validate({ range: toA1(row, 3), values: rightList, alert: "warning" });
    b.height(row, 30);
    row += 1;
  }
  for (const label of LONG_TEXTS) row = fieldRow(b, row, label, header[label] ?? null, last, 72);

  b.merge(row, 0, row, last, "本项目上年度市级财政资金使用情况", "header");
  row += 1;
  const amounts: [string, string][] = [
    [`项目总预算（${options.unit}）`, `项目当年预算（${options.unit}）`],
    [`同名项目上年预算额（${options.unit}）`, `同名项目上年预算执行数（${options.unit}）`],
  ];
  const keys = [
    ["budget.total", "budget.budget"],
    ["budget.lastYear", "budget.lastYearExecuted"],
  ] as const;
  amounts.forEach(([left, right], i) => {
    b.put(row, 0, left, "label");
    b.put(row, 1, null, "amount", true);
    b.put(row, 2, right, "label");
    b.put(row, 3, null, "amount", true);
    b.name(keys[i]?.[0] ?? left, row, 1);
    b.name(keys[i]?.[1] ?? right, row, 3);
    b.height(row, 30);
    row += 1;
  });

  b.merge(row, 0, row, last, `${options.year}年绩效目标`, "header");
  row += 1;
  const headerRow = row;
  return finishGoalTable(b, {
    kind: ID,
    framework: "sh2020",
    options: { ...options, framework: "sh2020" },
    sheetName: `绩效目标表${options.year}`,
    columnWidths: [20, 20, 26, 22, 24],
    frameworkRules: framework,
    indicators: content.indicators,
    headerRow,
    labels: ["一级目标", "二级目标", "三级目标", "指标目标值"],
    columns: C,
    headerHeight: 22,
    rowHeight: 20,
    lastCol: last,
  });
}

/** 财政项目支出绩效目标表（上海2020）: 一级目标/二级目标/三级目标 | 指标目标值, 投入与管理 … 目标. */
export const goalSh2020 = defineKind({
  id: ID,
  title: {
    "zh-CN": "财政项目支出绩效目标表（上海2020）",
    en: "Project performance goal table (Shanghai 2020)",
  },
  description: {
    "zh-CN": "上海2020年度格式：项目信息、资金情况和投入与管理/产出/效果/影响力目标。",
    en: "Shanghai 2020 layout: project details, funds and input/output/effect/influence goals.",
  },
  label: { "zh-CN": "绩效目标表（上海2020）", en: "goal table (Shanghai 2020)" },
  frameworks: ["sh2020"],
  fixedFramework: "sh2020",
  defaultUnit: "元",
  build: buildGoalSh2020,
  clues: [
    {
      // An unscored table headed 一级目标/二级目标/三级目标 or 指标目标值, or using a 一级 label only the
      // Shanghai 2020 framework has (投入与管理, 效果目标 …).
      priority: 70,
      // Outside Shanghai a table may say 一级目标 / 效益目标 too: a 一级 only the national framework has
      // (效益, 满意度, 成本) keeps it national.
      matches: ({ header: { labels }, level1Labels, scored }) =>
        !scored &&
        !level1Labels.some(
          (l) => lookupLevel1(frameworks.national, l) !== undefined && !lookupLevel1(frameworks.sh2020, l),
        ) &&
        ([labels.level1, labels.level2, labels.name].some((l) => l !== undefined && /目标$/.test(l)) ||
          labels.target === "指标目标值" ||
          level1Labels.some((l) => {
            const found = lookupLevel1(frameworks.sh2020, l);
            return found !== undefined && !lookupLevel1(frameworks.national, l);
          })),
    },
  ],
  evaluated: false,
  budgetScored: true,
});
