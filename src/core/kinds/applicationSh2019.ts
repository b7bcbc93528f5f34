/**
 * 上海市财政支出项目绩效目标申报表（2019年）, seed 003: 项目类型 and 资金用途 as 是/否 dropdowns (the
 * printed checkboxes), long text blocks, amounts, 项目当年投入资金构成 with a 合计 and a check of the parts
 * against 项目当年预算, and 分解目标: 分解目标内容 | 绩效指标 | 指标目标值 (no 二级).
 */
import { toA1 } from "../address";
import { frameworks } from "../frameworks";
import type { TemplateContent } from "../templates/content";
import { createLayoutBuilder } from "../templates/createLayoutBuilder";
import { writeTitleRows } from "../templates/writeTitleRows";
import type { Layout, TemplateOptions } from "../templates/layout";
import { FUND_USES, level1Names, PROJECT_CATEGORIES, YES_NO } from "../templates/lists";
import { planIndicatorBlocks } from "../templates/planIndicatorBlocks";
import { CHECK_FILL } from "../templates/styles";
import { writeIndicatorRows } from "../templates/writeIndicatorRows";
import { fieldRow } from "../templates/fieldRow";
import { defineKind } from "./defineKind";

const ID = "application-sh2019";

const C = { level1: 0, name: 1, target: 3, check: 4 } as const;
const SUB_BUDGET_ROWS = 4;

/**
 * @example
 * buildApplicationSh2019({ year: 2019, unit: "元" }).named["subBudgets.difference"]; // e.g. "D27"
 */
function buildApplicationSh2019(options: TemplateOptions, content: TemplateContent = {}): Layout {
  const framework = frameworks.sh2019;
  const b = createLayoutBuilder(5);
  const header = content.header ?? {};
  const last = 3;
  const unit = options.unit;

  writeTitleRows(b, "上海市财政支出项目绩效目标申报表", `（${options.year}年）`, last);
  b.merge(2, 0, 2, last, `申报单位名称：${header["申报单位名称"] ?? ""}`, "caption", true);
  b.name("header.申报单位名称", 2, 0);
  b.height(2, 22);

  let row = fieldRow(b, 3, "项目名称", header["项目名称"] ?? null, last, 24);

  // The printed checkboxes: one 是/否 dropdown per option.
  for (const [label, options_] of [
    ["项目类型", PROJECT_CATEGORIES],
    ["资金用途", FUND_USES],
  ] as const) {
    const top = row;
    b.merge(top, 0, top + options_.length - 1, 0, label, "label");
    options_.forEach((option, i) => {
      b.merge(top + i, 1, top + i, 2, option, "text");
      b.put(top + i, 3, header[`${label}.${option}`] ?? "否", "centerText", true);
      b.name(`${label}.${option}`, top + i, 3);
    });
    b.validate({
      range: `${toA1(top, 3)}:${toA1(top + options_.length - 1, 3)}`,
      values: YES_NO,
      alert: "stop",
    });
    row = top + options_.length;
  }

  b.put(row, 0, "开始时间", "label");
  b.put(row, 1, header["开始时间"] ?? `${options.year}-1-1`, "centerText", true);
  b.put(row, 2, "结束时间", "label");
  b.put(row, 3, header["结束时间"] ?? `${options.year}-12-31`, "centerText", true);
  b.name("header.开始时间", row, 1);
  b.name("header.结束时间", row, 3);
  row += 1;
  for (const label of ["项目概况", "立项依据", "项目设立的必要性", "保证项目实施的制度、措施"]) {
    row = fieldRow(b, row, label, header[label] ?? null, last, 72);
  }

  const budgetRow = row;
  const amountPairs: [string, string, string, string][] = [
    [`项目总预算（${unit}）`, `项目当年预算（${unit}）`, "budget.total", "budget.budget"],
    [
      `同名项目上年预算额（${unit}）`,
      `同名项目上年预算执行数（${unit}）`,
      "budget.lastYear",
      "budget.lastYearExecuted",
    ],
  ];
  for (const [left, right, leftKey, rightKey] of amountPairs) {
    b.put(row, 0, left, "label");
    b.put(row, 1, null, "amount", true);
    b.put(row, 2, right, "label");
    b.put(row, 3, null, "amount", true);
    b.name(leftKey, row, 1);
    b.name(rightKey, row, 3);
    b.height(row, 30);
    row += 1;
  }

  // 项目当年投入资金构成: parts, their 合计, and the gap to 项目当年预算 (0 when they agree).
  const partsTop = row;
  const parts = content.subBudgets ?? [];
  const partRows = Math.max(SUB_BUDGET_ROWS, parts.length);
  b.merge(partsTop, 1, partsTop, 2, "子项目名称", "header");
  b.put(partsTop, 3, `预算金额（${unit}）`, "header");
  for (let i = 0; i < partRows; i++) {
    const part = parts[i];
    b.merge(partsTop + 1 + i, 1, partsTop + 1 + i, 2, part?.name ?? null, "text", true);
    b.put(partsTop + 1 + i, 3, part?.amount ?? null, "amount", true);
  }
  const firstPart = partsTop + 1;
  const lastPart = partsTop + partRows;
  const sumRow = lastPart + 1;
  const diffRow = sumRow + 1;
  b.merge(sumRow, 1, sumRow, 2, "合计", "label");
  b.put(sumRow, 3, { formula: `=SUM(${toA1(firstPart, 3)}:${toA1(lastPart, 3)})` }, "amount");
  b.merge(diffRow, 1, diffRow, 2, "与项目当年预算的差额（应为0）", "label");
  const budgetCell = toA1(budgetRow, 3);
  b.put(
    diffRow,
    3,
    { formula: `=IF(${budgetCell}="","",ROUND(${budgetCell}-${toA1(sumRow, 3)},2))` },
    "amount",
  );
  b.put(
    diffRow,
    C.check,
    { formula: `=IF(N(${toA1(diffRow, 3)})=0,"","资金构成合计与项目当年预算不一致")` },
    "check",
  );
  b.conditionalFill({ range: toA1(diffRow, 3), formula: `$E$${diffRow + 1}<>""`, ...CHECK_FILL });
  b.merge(partsTop, 0, diffRow, 0, "项目当年投入\n资金构成", "label");
  b.name("subBudgets.first", firstPart, 3);
  b.name("subBudgets.total", sumRow, 3);
  b.name("subBudgets.difference", diffRow, 3);
  row = diffRow + 1;

  row = fieldRow(b, row, "项目实施计划", header["项目实施计划"] ?? null, last, 60);
  row = fieldRow(b, row, "项目总目标", header["项目总目标"] ?? null, last, 60);
  row = fieldRow(b, row, "年度绩效目标", content.goals?.expected ?? null, last, 72);

  b.merge(row, 0, row, last, "分解目标", "header");
  row += 1;
  const headerRow = row;
  b.put(headerRow, 0, "分解目标内容", "header");
  b.merge(headerRow, 1, headerRow, 2, "绩效指标", "header");
  b.put(headerRow, 3, "指标目标值", "header");
  b.put(headerRow, C.check, "检查（自动）", "check");

  const firstRow = headerRow + 1;
  const written = writeIndicatorRows(b, {
    startRow: firstRow,
    blocks: planIndicatorBlocks(framework, content.indicators, 3),
    level1Col: C.level1,
    level2Col: null,
    writeRow(r, item, tops) {
      const n = r + 1;
      b.merge(r, 1, r, 2, item.name ?? null, "text", true);
      b.put(r, C.target, item.target ?? null, "centerText", true);
      const l1 = `$A$${tops.level1Row + 1}`;
      b.put(r, C.check, { formula: `=IF(D${n}="","",PERF.CHECK(D${n},${l1},"",B${n}))` }, "check");
      b.height(r, 22);
    },
  });
  const lastRow = written.lastRow;
  b.validate({
    range: `${toA1(firstRow, 0)}:${toA1(lastRow, 0)}`,
    values: level1Names(framework),
    alert: "warning",
  });
  b.conditionalFill({
    range: `${toA1(firstRow, 3)}:${toA1(lastRow, 3)}`,
    formula: `$E${firstRow + 1}<>""`,
    ...CHECK_FILL,
  });
  fieldRow(b, lastRow + 1, "备注", header["备注"] ?? null, last, 40);

  return b.finish({
    kind: ID,
    framework: "sh2019",
    options: { ...options, framework: "sh2019" },
    sheetName: `绩效目标申报表${options.year}`,
    columnWidths: [20, 24, 22, 22, 24],
    print: {
      orientation: "portrait",
      titleRows: [headerRow, headerRow],
      centerHorizontally: true,
      lastPrintedCol: last,
    },
    freeze: { rows: 2, cols: 0 },
    hiddenishColumns: [C.check],
    indicators: { headerRow, firstRow, lastRow, columns: C, blocks: written.blocks },
  });
}

/** 财政支出项目绩效目标申报表（上海2019）: 分解目标 | 绩效指标 | 指标目标值, no 二级 and no 三级. */
export const applicationSh2019 = defineKind({
  id: ID,
  title: {
    "zh-CN": "财政支出项目绩效目标申报表（上海2019）",
    en: "Performance goal application form (Shanghai 2019)",
  },
  description: {
    "zh-CN": "上海2019年申报表：项目类型、资金用途、资金构成（自动核对合计）和分解目标。",
    en: "Shanghai 2019 form: project type, fund use, budget breakdown (sum checked) and goals.",
  },
  label: { "zh-CN": "绩效目标申报表（上海2019）", en: "application form (Shanghai 2019)" },
  frameworks: ["sh2019"],
  fixedFramework: "sh2019",
  defaultUnit: "元",
  build: buildApplicationSh2019,
  clues: [
    {
      // 申报表 in the title with 分解目标 above the header or no 二级 column; or the form's own header.
      priority: 80,
      matches: ({ title, header: { cols, labels }, hasBreakdown }) =>
        (/申报表/.test(title) && (hasBreakdown || cols.level2 === undefined)) ||
        labels.level1 === "分解目标内容" ||
        (labels.name === "绩效指标" && cols.level2 === undefined),
    },
  ],
  evaluated: false,
  budgetScored: true,
  // The form says 绩效指标 / 指标目标值 where the others say 三级指标 / 指标值.
  rewording: {
    STRUCTURE_NO_INDICATORS: "STRUCTURE_NO_INDICATORS_SH2019",
    STRUCTURE_NAME_EMPTY: "STRUCTURE_NAME_EMPTY_SH2019",
    STRUCTURE_NAME_DUPLICATE: "STRUCTURE_NAME_DUPLICATE_SH2019",
    STRUCTURE_NAME_SENTENCE: "STRUCTURE_NAME_SENTENCE_SH2019",
    STRUCTURE_LEVEL1_WITHOUT_INDICATORS: "STRUCTURE_LEVEL1_WITHOUT_INDICATORS_SH2019",
    TARGETS_SEVERAL: "TARGETS_SEVERAL_SH2019",
    // The target parser's own finding, passed through by the targets family.
    TARGET_COMPOUND: "TARGET_COMPOUND_SH2019",
  },
});
