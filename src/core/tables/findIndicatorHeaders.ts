import type { SheetView } from "./sheetView";
import { columnRole, labelRank, type ColumnRole } from "./columnRoles";

/** An indicator header row and the column of each role it names (grid coordinates). */
export interface IndicatorHeader {
  readonly row: number;
  /** Last header row: the header itself, or the sub-header row under it (monitor 偏差原因 columns). */
  readonly lastRow: number;
  readonly cols: Readonly<Partial<Record<ColumnRole, number>>>;
  /** The label key each role was found under ("一级目标", "指标目标值" …). */
  readonly labels: Readonly<Partial<Record<ColumnRole, string>>>;
  /** Columns whose text makes up the deviation reason (one, or the span of a merged header). */
  readonly deviationCols: readonly number[];
  /**
   * One target column per sub-unit (城关镇 | 河口镇 …) where the target header is merged over several
   * columns and the row under it names them; empty otherwise.
   */
  readonly subTargetCols: readonly { readonly col: number; readonly label: string }[];
}

const SUB_HEADER = new Set([
  "经费保障",
  "制度保障",
  "人员保障",
  "硬件条件保障",
  "其他",
  "原因类型",
  "原因说明",
]);

/**
 * Every row that names at least a 三级 (indicator name) column and a target (指标值) column.
 *
 * @example
 * findIndicatorHeaders(view).map((h) => h.row) // → [13, 40]
 */
export function findIndicatorHeaders(view: SheetView): IndicatorHeader[] {
  const headers: IndicatorHeader[] = [];
  for (let r = 0; r < view.rowCount; r++) {
    const filled = view.filledColumns(r);
    if (filled.length < 2 || !mayBeHeader(view, r, filled)) continue;
    const cols: Partial<Record<ColumnRole, number>> = {};
    const labels: Partial<Record<ColumnRole, string>> = {};
    for (const c of filled) {
      // Cheap checks before any normalisation: a number is never a label, and a data row (every one
      // says 指标 in its 一级 column) would otherwise send each value through the label lookup.
      if (typeof view.value(r, c) === "number" || view.text(r, c).length > 40) continue;
      const key = view.key(r, c);
      if (key.length > 24) continue;
      const role = columnRole(key);
      if (!role) continue;
      // A label printed twice (分值 of the 二级 and of the 三级): the one right of the 三级 name wins.
      const seen = cols[role];
      const name = cols.name;
      const rightOfName =
        name !== undefined &&
        seen !== undefined &&
        seen < name &&
        c > name &&
        role !== "level1" &&
        role !== "level2";
      // "三级指标" beats "绩效指标" printed as a section label in front of the 一级 column.
      const moreSpecific = seen !== undefined && labelRank(key) < labelRank(labels[role] ?? "");
      if (seen === undefined || rightOfName || moreSpecific) {
        cols[role] = c;
        labels[role] = key;
      }
    }
    if (cols.name === undefined || cols.target === undefined) continue;
    let deviationCols: number[] = [];
    if (cols.deviation !== undefined) {
      const right = view.mergeRight(r, cols.deviation);
      for (let c = cols.deviation; c <= right; c++) deviationCols.push(c);
    }
    let lastRow = r;
    const next = view.filledColumns(r + 1);
    if (next.length > 0 && next.every((c) => SUB_HEADER.has(view.key(r + 1, c)))) {
      lastRow = r + 1;
      if (cols.deviation !== undefined)
        deviationCols = deviationCols.length > 1 ? deviationCols : next.slice();
    }
    const subTargetCols = lastRow === r ? readSubTargetColumns(view, r, cols.target) : [];
    if (subTargetCols.length > 0) {
      lastRow = r + 1;
      cols.target = subTargetCols[0]?.col ?? cols.target;
    }
    headers.push({ row: r, lastRow, cols, labels, deviationCols, subTargetCols });
  }
  return headers;
}

/**
 * Cheap pre-check on the raw text, before any label normalisation: every 三级 label says 指标 or 三级
 * (三级指标, 指标名称, 绩效指标, 三级目标 …) and every target label says 值 (指标值, 年度目标值 …), so a row
 * without both is never a header. Data rows say 指标 in their 一级 column but rarely 值 anywhere.
 */
function mayBeHeader(view: SheetView, r: number, filled: readonly number[]): boolean {
  let name = false;
  let target = false;
  for (const c of filled) {
    const text = view.text(r, c);
    if (text.length > 40) continue;
    if (!name && (text.includes("指标") || text.includes("三级"))) name = true;
    if (!target && text.includes("值")) target = true;
    if (name && target) return true;
  }
  return false;
}

/**
 * Sub-unit target columns: the target label merged over two or more columns and, on the next row,
 * a short text label (a township, a school …) over each of them, nothing else on that row but labels
 * inside the span.
 */
function readSubTargetColumns(
  view: SheetView,
  r: number,
  target: number,
): { readonly col: number; readonly label: string }[] {
  const right = view.mergeRight(r, target);
  if (right <= target) return [];
  const next = view.filledColumns(r + 1);
  if (next.some((c) => c < target || c > right)) return [];
  const out: { col: number; label: string }[] = [];
  for (let c = target; c <= right; c++) {
    const text = view.text(r + 1, c);
    if (text === "" || typeof view.value(r + 1, c) === "number" || text.length > 20) return [];
    out.push({ col: c, label: text });
  }
  return out.length >= 2 ? out : [];
}
