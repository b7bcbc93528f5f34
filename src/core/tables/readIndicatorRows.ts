/**
 * Reads the indicator rows under an indicator header, and the 总分 / 评分等级 footer that closes them.
 */
import type { CellValue } from "../grid";
import type { IndicatorRow, Located } from "./model";
import type { SheetView } from "./sheetView";
import type { IndicatorHeader } from "./findIndicatorHeaders";
import type { ColumnRole } from "./columnRoles";
import { classifyLevelLabel, completeLevelLabel } from "./classifyLevelLabel";
import { looksLikeTarget } from "./looksLikeTarget";
import { bareLabelKey } from "./labelKey";
import { isHeaderFieldLabel } from "./headerFieldLabels";
import { composeTarget } from "./composeTarget";
import { isPageBreakRow } from "./isPageBreakRow";
import { stripTemplatePrefix } from "./stripTemplatePrefix";

export interface IndicatorRead {
  readonly indicators: IndicatorRow[];
  /**
   * Every 一级/二级 pair the block shows, rows without a 三级 included: a blank template still tells its
   * framework (成本指标 under 产出指标 is the pre-2021 layout).
   */
  readonly levels: { readonly level1: string; readonly level2: string }[];
  /** Last grid row that belongs to the table (last indicator or footer row). */
  readonly endRow: number;
  readonly claimedTotal?: Located<CellValue>;
  readonly claimedWeightTotal?: Located<CellValue>;
  readonly claimedGrade?: Located<CellValue>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const TOTAL = /^(?:总分|合计|总计|总得分|分值合计|得分合计|自评总分|综合得分|总分值|自评得分合计)$/;
const GRADE = /^(?:评分等级|自评等级|绩效等级|等级|评价等级|绩效评价等级)$/;
const SIGN_OFF =
  /^(?:填表人|填报人|联系人|联系电话|单位负责人|财务负责人|项目负责人|审核人|填报日期|填表日期|单位盖章|主管部门意见|评价结论|存在问题|改进措施)(?:[:：(]|$)|^(?:注|说明)(?:[:：\d]|$)/;
const CLOSING = new Set(["备注", "说明", "注"]);
const LEFTOVER = /^(?:指标\s*\d+|…+|\.{2,}|[/／\\]|-+|—+|无|略)$/;
const SUB_ITEM = /^其中\s*[:：]?\s*/;
/** Roles read after the target in column order; realigned rows take them from the next filled cells. */
const TRAILING_ROLES: readonly ColumnRole[] = [
  "actual",
  "weight",
  "score",
  "deviation",
  "progress",
  "forecast",
  "likelihood",
];

/** 一级 / 二级 in force where the rows start: those of the previous page when a header is repeated. */
export interface CarriedLevels {
  readonly level1: Located<string>;
  readonly level2: Located<string>;
}

/**
 * @example
 * const read = readIndicatorRows(view, header, view.rowCount);
 * read.indicators.length // → 15 (seed 002, first table)
 */
export function readIndicatorRows(
  view: SheetView,
  header: IndicatorHeader,
  stopRow: number,
  carried?: CarriedLevels,
): IndicatorRead {
  const cols = header.cols;
  const indicators: Mutable<IndicatorRow>[] = [];
  const levels: { level1: string; level2: string }[] = [];
  const nameCol = cols.name ?? 0;
  const targetCol = cols.target ?? nameCol + 1;
  const emptyAt = (r: number, c: number | undefined): Located<string> => ({
    value: "",
    cell: view.address(r, c ?? nameCol),
  });
  let level1 = carried?.level1 ?? emptyAt(header.lastRow + 1, cols.level1);
  let level2 = carried?.level2 ?? emptyAt(header.lastRow + 1, cols.level2 ?? cols.level1);
  let level1Col: number | undefined = carried && carried.level1.value !== "" ? cols.level1 : undefined;
  let lastPlain: Mutable<IndicatorRow> | undefined;
  let subtotal1: Mutable<IndicatorRow> | undefined;
  let subtotal2: Mutable<IndicatorRow> | undefined;
  let endRow = header.lastRow;
  let blankRun = 0;
  let totalSeen = false;
  let claimedTotal: Located<CellValue> | undefined;
  let claimedWeightTotal: Located<CellValue> | undefined;
  let claimedGrade: Located<CellValue> | undefined;

  for (let r = header.lastRow + 1; r < stopRow; r++) {
    const filled = view.filledColumns(r);
    if (filled.length === 0) {
      if (++blankRun >= 3) break;
      continue;
    }
    blankRun = 0;
    // "第 1 页，共 2 页" left between the pages of a printed table is not an indicator.
    if (isPageBreakRow(view, r)) continue;
    const first = filled[0] ?? 0;
    const firstKey = bareLabelKey(view.key(r, first));

    // 评分等级 starts its own short row, or follows 总分 on the same row.
    const grade = filled.length <= 3 || TOTAL.test(firstKey) ? findGrade(view, r, filled) : undefined;
    if (TOTAL.test(firstKey)) {
      totalSeen = true;
      endRow = r;
      const weightCell = cols.weight;
      const scoreCell = cols.score;
      const numbers = filled.filter((c) => c !== first && typeof view.value(r, c) === "number");
      if (weightCell !== undefined && view.text(r, weightCell) !== "") {
        claimedWeightTotal = locate(view, r, weightCell);
      }
      if (scoreCell !== undefined && view.text(r, scoreCell) !== "")
        claimedTotal = locate(view, r, scoreCell);
      if (!claimedTotal && !claimedWeightTotal && numbers.length > 0) {
        const last = numbers[numbers.length - 1] ?? first;
        claimedTotal = locate(view, r, last);
        const before = numbers[numbers.length - 2];
        if (before !== undefined) claimedWeightTotal = locate(view, r, before);
      }
      if (grade) {
        claimedGrade = grade;
        break;
      }
      continue;
    }
    if (grade && filled.length <= 3) {
      claimedGrade = grade;
      endRow = r;
      break;
    }
    if (totalSeen) break;
    if (SIGN_OFF.test(firstKey) || CLOSING.has(firstKey) || isHeaderFieldLabel(firstKey)) break;

    const shift = cols.operator === undefined && cols.unit === undefined ? detectShift(view, r, header) : 0;
    const rowTarget = targetCol + shift;
    let rowName = nameCol + shift;
    if (shift !== 0 && view.text(r, rowName) === "") {
      for (let c = rowTarget - 1; c >= 0; c--) {
        if (view.text(r, c) !== "" && !classifyLevelLabel(view.text(r, c))) {
          rowName = c;
          break;
        }
      }
    }

    // 一级 / 二级 found on this row (left of the name), wherever a shift put them.
    // A row with neither name nor target (a page-break fragment, a leftover) may only set known labels.
    const bare = view.text(r, rowName) === "" && view.text(r, rowTarget) === "";
    const labels = readLevelLabels(
      view,
      r,
      rowName,
      header,
      shift,
      bare,
      level1.value === "" ? undefined : level1Col,
    );
    if (labels.level1) {
      level1 = labels.level1;
      level1Col = labels.level1Col;
      level2 = emptyAt(r, cols.level2 ?? cols.level1);
      subtotal1 = undefined;
      subtotal2 = undefined;
    }
    if (labels.level2) {
      level2 = labels.level2;
      subtotal2 = undefined;
    }
    if (labels.level1 || labels.level2) levels.push({ level1: level1.value, level2: level2.value });

    const trailing = shift === 0 ? undefined : compactTrailing(view, r, header, rowTarget);
    const colOf = (role: ColumnRole): number | undefined => {
      if (trailing) return trailing.get(role);
      const c = cols[role];
      return c === undefined ? undefined : c + shift;
    };

    const nameText = view.text(r, rowName);
    const target = readTarget(view, r, header, rowTarget);
    const weight =
      cols.weight !== undefined ? locateOrEmpty(view, r, colOf("weight"), cols.weight) : undefined;
    const score = cols.score !== undefined ? locateOrEmpty(view, r, colOf("score"), cols.score) : undefined;

    const monitorOnly =
      (cols.progress !== undefined && view.text(r, colOf("progress") ?? -1) !== "") ||
      (cols.likelihood !== undefined && view.text(r, colOf("likelihood") ?? -1) !== "");
    if (nameText === "" && target.value === "" && !monitorOnly) {
      const hasNumber =
        (weight && typeof weight.value === "number") || (score && typeof score.value === "number");
      if ((labels.level1 || labels.level2) && hasNumber) {
        const row: Mutable<IndicatorRow> = {
          row: view.originRow + r,
          level1,
          level2,
          name: { value: "", cell: view.address(r, rowName) },
          target,
          isSubtotal: true,
          ...(weight ? { weight } : {}),
          ...(score ? { claimedScore: score } : {}),
        };
        indicators.push(row);
        endRow = r;
        if (labels.level2) subtotal2 = row;
        else subtotal1 = row;
      }
      continue;
    }
    // Template leftovers: "指标2:", "……", "/", "指标1:/ | / | /".
    const core = stripTemplatePrefix(nameText);
    const leftoverName = core === "" || LEFTOVER.test(stripColon(core));
    if (leftoverName && !monitorOnly && (target.value === "" || LEFTOVER.test(target.value))) continue;

    const isSubItem = SUB_ITEM.test(nameText);
    const row: Mutable<IndicatorRow> = {
      row: view.originRow + r,
      level1,
      level2,
      name: { value: isSubItem ? core.replace(SUB_ITEM, "") : core, cell: view.address(r, rowName) },
      target: { value: target.value, cell: target.cell },
    };
    if (target.operator) row.operator = target.operator;
    if (target.unit) row.unit = target.unit;
    if (cols.actual !== undefined) row.actual = locateOrEmpty(view, r, colOf("actual"), cols.actual);
    if (weight) row.weight = weight;
    if (score) row.claimedScore = score;
    if (cols.deviation !== undefined)
      row.deviation = readDeviation(view, r, header, colOf("deviation"), shift, !!trailing);
    if (cols.progress !== undefined) row.progress = locateOrEmpty(view, r, colOf("progress"), cols.progress);
    if (cols.forecast !== undefined) row.forecast = locateOrEmpty(view, r, colOf("forecast"), cols.forecast);
    if (cols.likelihood !== undefined) {
      const c = colOf("likelihood") ?? cols.likelihood ?? 0;
      row.likelihood = { value: view.text(r, c), cell: view.address(r, c) };
    }
    if (cols.explanation !== undefined) {
      const c = colOf("explanation") ?? cols.explanation ?? 0;
      row.explanation = { value: view.text(r, c), cell: view.address(r, c) };
    }
    if (header.subTargetCols.length > 0 && shift === 0) {
      row.subTargets = header.subTargetCols.map(({ col, label }) => ({
        label,
        target: { value: view.text(r, col), cell: view.address(r, col) },
      }));
      const first = row.subTargets.find((t) => t.target.value !== "");
      if (first) row.target = first.target;
    }

    if (isSubItem && lastPlain && isBreakdownOf(lastPlain, weight)) {
      // "其中：…" under an indicator that has its own weight: a breakdown of it, not a child.
      row.isBreakdown = true;
      row.parent = lastPlain.row;
    } else if (isSubItem && lastPlain) {
      lastPlain.isSubtotal = true;
      row.parent = lastPlain.row;
    } else {
      const parent = subtotal2 ?? subtotal1;
      if (parent) row.parent = parent.row;
      lastPlain = row;
    }
    indicators.push(row);
    endRow = r;
  }

  return {
    indicators,
    levels,
    endRow,
    ...(claimedTotal ? { claimedTotal } : {}),
    ...(claimedWeightTotal ? { claimedWeightTotal } : {}),
    ...(claimedGrade ? { claimedGrade } : {}),
  };
}

/** The indicator above carries a number as its weight and the 其中 row none. */
function isBreakdownOf(parent: IndicatorRow, weight: Located<CellValue> | undefined): boolean {
  const own = parent.weight?.value;
  const hasOwn = typeof own === "number" || (typeof own === "string" && /^\d+(?:\.\d+)?$/.test(own.trim()));
  const mine = weight?.value;
  return hasOwn && (mine === undefined || mine === null || (typeof mine === "string" && mine.trim() === ""));
}

function stripColon(text: string): string {
  return text.replace(/[:：]\s*$/, "");
}

function locate(view: SheetView, r: number, c: number): Located<CellValue> {
  return { value: view.value(r, c), cell: view.address(r, c) };
}

/** The value at `c`, or an empty value at the header's own column when a realigned row has none. */
function locateOrEmpty(
  view: SheetView,
  r: number,
  c: number | undefined,
  fallback: number | undefined,
): Located<CellValue> {
  if (c !== undefined) return locate(view, r, c);
  return { value: null, cell: view.address(r, fallback ?? 0) };
}

/** "评分等级 | 优" or "评分等级：优" anywhere in the row. */
function findGrade(view: SheetView, r: number, filled: readonly number[]): Located<CellValue> | undefined {
  for (let i = 0; i < filled.length; i++) {
    const c = filled[i] ?? 0;
    if (view.text(r, c).length > 30) continue;
    const key = view.key(r, c);
    if (GRADE.test(bareLabelKey(key))) {
      const next = filled[i + 1];
      if (next !== undefined) return locate(view, r, next);
      return { value: null, cell: view.address(r, view.mergeRight(r, c) + 1) };
    }
    const m = /^(评分等级|自评等级|绩效等级|评价等级)[:：](.+)$/.exec(key);
    if (m && m[2]) return { value: m[2], cell: view.address(r, c) };
  }
  return undefined;
}

/**
 * How far a row's cells sit from the header's columns, for rows typed (or converted from PDF) with a
 * label in the wrong column: +1 when a 一级/二级 label fills the 三级 column and pushes the rest right;
 * -1 when a 二级 label sits in the 一级 column; -1 or -2 when the target is found left of its column.
 */
function detectShift(view: SheetView, r: number, header: IndicatorHeader): number {
  const { name, target, level1, level2 } = header.cols;
  if (name === undefined || target === undefined) return 0;
  const targetText = view.text(r, target);
  const targetKind = looksLikeTarget(targetText);
  if (
    target === name + 1 &&
    classifyLevelLabel(view.text(r, name)) &&
    targetText !== "" &&
    !targetKind &&
    !classifyLevelLabel(targetText) &&
    view.text(r, target + 1) !== ""
  ) {
    return 1;
  }
  if (level1 !== undefined && level2 === level1 + 1 && name === level2 + 1) {
    const kind = classifyLevelLabel(view.text(r, level1));
    const next = view.text(r, level2);
    if (kind === "level2" && next !== "" && !classifyLevelLabel(next)) return -1;
  }
  if (targetKind !== "operator") {
    for (const s of [-1, -2]) {
      const c = target + s;
      // The name column must stay on the sheet: a shift past column 0 would give cells like "3".
      if (name + s >= 0 && looksLikeTarget(view.text(r, c)) === "operator") return s;
    }
  }
  return 0;
}

/** 一级 / 二级 labels of a row: by column, or by what they say when the row is shifted. */
function readLevelLabels(
  view: SheetView,
  r: number,
  nameCol: number,
  header: IndicatorHeader,
  shift: number,
  knownOnly: boolean,
  carriedCol: number | undefined,
): { level1?: Located<string>; level2?: Located<string>; level1Col?: number } {
  const { level1, level2 } = header.cols;
  const out: { level1?: Located<string>; level2?: Located<string>; level1Col?: number } = {};
  for (let c = 0; c < nameCol; c++) {
    const text = view.text(r, c);
    if (text === "") continue;
    const kind = classifyLevelLabel(text);
    // A label broken over a page ("可持续影响指") stands for the whole label.
    const located = { value: (kind && completeLevelLabel(text)) || text, cell: view.address(r, c) };
    if (kind === "level1" && !out.level1) setLevel1(out, located, c);
    else if (kind === "level2" && !out.level2) out.level2 = located;
    else if (kind === "both") {
      // 满意度 / 成本 name a 一级 in one framework and a 二级 in another: right of a 一级 it is a 二级.
      const rightOfLevel1 = out.level1 !== undefined || (carriedCol !== undefined && c > carriedCol);
      if ((rightOfLevel1 || (level2 !== undefined && c >= level2 + shift)) && !out.level2)
        out.level2 = located;
      else if (!out.level1) setLevel1(out, located, c);
    } else if (!kind && shift === 0 && !knownOnly) {
      // Labels the frameworks do not know still count where the header puts them.
      if (c === level1 && !out.level1) setLevel1(out, located, c);
      else if (c === level2 && !out.level2) out.level2 = located;
    }
  }
  return out;
}

/** Trailing roles of a realigned row, taken from the filled cells right of the target in header order. */
function compactTrailing(
  view: SheetView,
  r: number,
  header: IndicatorHeader,
  rowTarget: number,
): Map<ColumnRole, number> {
  const map = new Map<ColumnRole, number>();
  const targetCol = header.cols.target ?? 0;
  const roles = TRAILING_ROLES.filter((role) => (header.cols[role] ?? -1) > targetCol).sort(
    (a, b) => (header.cols[a] ?? 0) - (header.cols[b] ?? 0),
  );
  const cells = view.filledColumns(r).filter((c) => c > rowTarget);
  roles.forEach((role, i) => {
    const c = cells[i];
    if (c !== undefined) map.set(role, c);
  });
  return map;
}

function readTarget(
  view: SheetView,
  r: number,
  header: IndicatorHeader,
  targetCol: number,
): { value: string; cell: string; operator?: Located<string>; unit?: Located<string> } {
  const valueText = view.text(r, targetCol);
  const cell = view.address(r, targetCol);
  const { operator, unit } = header.cols;
  if (operator === undefined && unit === undefined) return { value: valueText, cell };
  const op =
    operator === undefined ? undefined : { value: view.text(r, operator), cell: view.address(r, operator) };
  const un = unit === undefined ? undefined : { value: view.text(r, unit), cell: view.address(r, unit) };
  return {
    value: composeTarget(op?.value ?? "", valueText, un?.value ?? ""),
    cell,
    ...(op ? { operator: op } : {}),
    ...(un ? { unit: un } : {}),
  };
}

function readDeviation(
  view: SheetView,
  r: number,
  header: IndicatorHeader,
  col: number | undefined,
  shift: number,
  compacted: boolean,
): Located<string> {
  const base = header.cols.deviation ?? 0;
  if (compacted) {
    // Everything from the deviation cell on belongs to it: a shifted row may spill over a column.
    if (col === undefined) return { value: "", cell: view.address(r, base) };
    const parts = view
      .filledColumns(r)
      .filter((c) => c >= col)
      .map((c) => view.text(r, c));
    return { value: parts.join(""), cell: view.address(r, col) };
  }
  const cols = header.deviationCols.length > 0 ? header.deviationCols.map((c) => c + shift) : [base + shift];
  const parts = cols.map((c) => view.text(r, c)).filter((t) => t !== "");
  const first = cols.find((c) => view.text(r, c) !== "") ?? cols[0] ?? base;
  return { value: parts.join("；"), cell: view.address(r, first) };
}

function setLevel1(
  out: { level1?: Located<string>; level1Col?: number },
  located: Located<string>,
  c: number,
): void {
  out.level1 = located;
  out.level1Col = c;
}
