import { isBlank } from "../cells";
import { remember } from "../remember";
import type { IndicatorRow } from "../tables/model";

/** 预算执行率, 资金执行率, 预算执行情况 … with or without points ("预算执行率(10分)"). */
const EXECUTION = /^(?:部门|年度|整体)?(?:预算|资金|支出)执行(?:率|情况|进度)?$/;

/**
 * Whether an indicator row carries the budget execution with its points (一级 预算执行 | 三级 预算执行率
 * | 10 分), as department tables do instead of a scored funds block: its 一级 is no framework's, and
 * its points are the budget's share of the 100.
 *
 * @example
 * isExecutionRow(row); // true for 预算执行 | 预算执行率 | ≥90% | 98% | 10 | 10
 */
export function isExecutionRow(row: IndicatorRow): boolean {
  if (row.weight === undefined || isBlank(row.weight.value)) return false;
  return (
    isExecutionLabel(row.name.value) ||
    isExecutionLabel(row.level2.value) ||
    isExecutionLabel(row.level1.value)
  );
}

/** Remembered per label: the rules ask about every row several times, with the same few labels. */
const isExecutionLabel = remember((label: string): boolean =>
  EXECUTION.test(label.replace(/[（(][^)）]*[)）]|\s/g, "")),
);
