import { findLevel1, normaliseLabel, type Framework } from "../frameworks";
import { round2 } from "../scoring/round2";
import type { IndicatorRow, RecognisedTable } from "../tables/model";
import type { Finding } from "./finding";
import { fixed2 } from "./fixed2";
import { makeFinding } from "./makeFinding";
import { readNumber } from "../cells";
import type { RowFacts, ValidationContext } from "./types";

/** Weights of the indicators are compared in cents, so 89.999999 from a float sum still counts as 90. */
const CENT = 0.005;

/**
 * Weights (分值) of a scored table: every row has one, they add up to
 * `options.indicatorWeightTotal` (90 nationally), the 一级 split follows the framework's defaults
 * (warning only: seed 002 uses 成本10/产出40/效益35/满意度5), subtotal rows equal their children, and
 * the 总分 row's 分值 equals indicators + budget row.
 *
 * @example
 * weightRules(table, ctx); // [{ code: "WEIGHTS_TOTAL_MISMATCH", params: { sum: 85, expected: 90 }, … }]
 */
export function weightRules(table: RecognisedTable, ctx: ValidationContext): Finding[] {
  if (!ctx.scored) return [];
  const findings: Finding[] = [];
  const weighted = ctx.rows.filter((f) => f.row.weight !== undefined && f.row.name.value.trim() !== "");
  if (weighted.length === 0) return findings;
  for (const facts of weighted) {
    const cell = facts.row.weight?.cell ?? facts.row.name.cell;
    if (facts.weight === null)
      findings.push(makeFinding(cell, "WEIGHTS_MISSING", "error", { name: facts.row.name.value }));
    else if (facts.weight < 0)
      findings.push(makeFinding(cell, "WEIGHTS_NEGATIVE", "error", { weight: facts.weight }));
  }
  const sum = round2(weighted.reduce((s, f) => s + (f.weight ?? 0), 0));
  // An execution row among the indicators (or a department block without points) takes the budget's share.
  const expected = ctx.budgetOutsideRows
    ? ctx.options.indicatorWeightTotal
    : ctx.options.indicatorWeightTotal + ctx.options.budgetWeight;
  const anchor = weighted[0]?.row.weight?.cell ?? "A1";
  if (Math.abs(sum - expected) > CENT) {
    findings.push(
      makeFinding(anchor, "WEIGHTS_TOTAL_MISMATCH", "error", {
        sum: fixed2(sum),
        expected: fixed2(expected),
      }),
    );
  }
  findings.push(...checkLevel1Split(weighted, ctx.framework));
  findings.push(...checkSubtotals(table.indicators));
  findings.push(...checkTotalRow(table, sum, ctx));
  return findings;
}

/**
 * 一级 sums against the framework's default split. A 一级 without a default weight (national 成本指标)
 * counts with the first 一级 that has one (产出指标 "with 成本", docs/domain.md §3 rule 9).
 */
function checkLevel1Split(rows: readonly RowFacts[], framework: Framework): Finding[] {
  const withDefault = framework.level1.filter((l) => l.defaultWeight !== undefined);
  const home = withDefault[0];
  if (!home) return [];
  const sums = new Map<string, { sum: number; cell: string }>();
  for (const facts of rows) {
    const l1 = findLevel1(framework, facts.row.level1.value);
    if (!l1) continue;
    const key = l1.defaultWeight === undefined ? home.name : l1.name;
    const entry = sums.get(key) ?? { sum: 0, cell: facts.row.level1.cell };
    entry.sum += facts.weight ?? 0;
    sums.set(key, entry);
  }
  const findings: Finding[] = [];
  for (const l1 of withDefault) {
    const entry = sums.get(l1.name);
    const sum = round2(entry?.sum ?? 0);
    if (!entry || Math.abs(sum - (l1.defaultWeight ?? 0)) <= CENT) continue;
    const others = framework.level1.filter((l) => l.defaultWeight === undefined).map((l) => l.name);
    const label = l1 === home && others.length > 0 ? [...others, l1.name].join("+") : l1.name;
    findings.push(
      makeFinding(entry.cell, "WEIGHTS_LEVEL1_SPLIT", "warning", {
        level1: label,
        sum: fixed2(sum),
        expected: fixed2(l1.defaultWeight ?? 0),
      }),
    );
  }
  return findings;
}

/** A subtotal row (一级 or 二级 parent) must carry the sum of the rows under it. */
function checkSubtotals(indicators: readonly IndicatorRow[]): Finding[] {
  const findings: Finding[] = [];
  for (const parent of indicators) {
    if (!parent.isSubtotal || !parent.weight) continue;
    const own = readNumber(parent.weight.value);
    if (own === null) continue;
    const l1 = normaliseLabel(parent.level1.value);
    const l2 = normaliseLabel(parent.level2.value);
    const children = indicators.filter(
      (r) =>
        !r.isSubtotal &&
        normaliseLabel(r.level1.value) === l1 &&
        (l2 === "" || normaliseLabel(r.level2.value) === l2),
    );
    if (children.length === 0) continue;
    const sum = round2(children.reduce((s, r) => s + (readNumber(r.weight?.value) ?? 0), 0));
    if (Math.abs(sum - own) > CENT) {
      findings.push(
        makeFinding(parent.weight.cell, "WEIGHTS_PARENT_MISMATCH", "error", {
          parent: l2 || l1,
          weight: fixed2(own),
          sum: fixed2(sum),
        }),
      );
    }
  }
  return findings;
}

/** 总分 row 分值 (100.00 on seed 002) = indicator weights + budget row weight. */
function checkTotalRow(table: RecognisedTable, sum: number, ctx: ValidationContext): Finding[] {
  const printed = table.claimedWeightTotal;
  const value = readNumber(printed?.value);
  if (!printed || value === null) return [];
  const budgetWeight = readNumber(table.budget?.weight?.value ?? null) ?? ctx.options.budgetWeight;
  const expected = round2(sum + (table.budget && ctx.budgetOutsideRows ? budgetWeight : 0));
  if (Math.abs(value - expected) <= CENT) return [];
  return [
    makeFinding(printed.cell, "WEIGHTS_TOTAL_ROW_MISMATCH", "error", {
      printed: fixed2(value),
      expected: fixed2(expected),
    }),
  ];
}
