/**
 * Finds the performance tables (goal, Shanghai 2020 goal, Shanghai 2019 application, self-evaluation,
 * monitoring) anywhere in a grid by their header labels, several per sheet.
 */
import type { Grid } from "../grid";
import { parseRange, toRange } from "../address";
import { frameworks, isLevel2Allowed, normaliseLabel } from "../frameworks";
import type { IndicatorBlock, IndicatorRow, Located, RecognisedTable } from "./model";
import type { CellValue } from "../grid";
import { createSheetView, type SheetView } from "./sheetView";
import { findIndicatorHeaders, type IndicatorHeader } from "./findIndicatorHeaders";
import { readIndicatorRows, type IndicatorRead } from "./readIndicatorRows";
import { isPageBreakRow } from "./isPageBreakRow";
import { splitSideBySide } from "./splitSideBySide";
import { readHeaderFields } from "./readHeaderFields";
import { readBudgetBlock } from "./readBudgetBlock";
import { readSubBudgets } from "./readSubBudgets";
import { readTitle, titleColumn } from "./readTitle";
import { detectKind } from "./detectKind";
import { detectFramework } from "./detectFramework";
import { kindOf } from "../kinds";
import { readTaskBlock } from "./readTaskBlock";
import { readDepartmentFunds } from "./readDepartmentFunds";
import { isBlank } from "../cells";

/**
 * Every performance table in the grid, top to bottom. A table starts at its title (or the first
 * non-empty row after the previous table) and is anchored on its indicator header row
 * (一级指标 | 二级指标 | 三级指标 | 指标值 and synonyms). Never throws: an unreadable grid gives [].
 *
 * @example
 * const [table] = recogniseTables(grid);
 * table.kind // → the kind whose clues matched (src/core/kinds), e.g. the self-evaluation
 * table.indicators[0].target // → { value: "≤17.52(万元)", cell: "D13" }
 */
export function recogniseTables(grid: Grid): RecognisedTable[] {
  try {
    return recogniseOrThrow(grid);
  } catch {
    return [];
  }
}

/** {@link recogniseTables} without the safety net, so tests can see an exception if one ever happens. */
export function recogniseOrThrow(grid: Grid): RecognisedTable[] {
  const view = createSheetView(grid);
  const headers = findIndicatorHeaders(view);
  const split = splitSideBySide(view, headers);
  if (!split) return recognise(view, headers);
  return byPosition([...recogniseOrThrow(split.left), ...recogniseOrThrow(split.right)]);
}

/** Top to bottom, then left to right (tables side by side come from two separate reads). */
function byPosition(tables: RecognisedTable[]): RecognisedTable[] {
  const at = (t: RecognisedTable) => parseRange(t.range) ?? { top: 0, left: 0 };
  return tables.sort((a, b) => at(a).top - at(b).top || at(a).left - at(b).left);
}

function recognise(view: SheetView, headers: readonly IndicatorHeader[]): RecognisedTable[] {
  const tables: RecognisedTable[] = [];
  let regionStart = 0;
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i];
    if (!header || header.row < regionStart) continue;
    let read = readIndicatorRows(view, header, stopRowAfter(view, headers, i));
    // Block labels and 小计 rows: above the first header, between joined headers, and inside the rows.
    const boundaries: number[] = [];
    const above = rowAbove(view, header.row);
    if (above !== undefined && isBlockLabelRow(view, above)) boundaries.push(above);
    // A header repeated after a page break (no new title, 项目名称 or funds block) continues the table.
    for (
      let next = headers[i + 1];
      next && continuesOnNextPage(view, header, read, next);
      next = headers[i + 1]
    ) {
      i++;
      for (let r = Math.max(read.endRow, header.lastRow) + 1; r < next.row; r++) {
        if (isBlockLabelRow(view, r)) boundaries.push(r);
      }
      const last = read.indicators[read.indicators.length - 1];
      const more = readIndicatorRows(view, next, stopRowAfter(view, headers, i), last);
      read = joinPages(read, more, next);
    }
    const top = regionTop(view, regionStart, header.row);

    const budget = readBudgetBlock(view, top, header.row);
    const skip = new Set<number>(budget?.rows ?? []);
    const { title, year } = readTitle(view, top, header.row);
    const kind = detectKind({
      ...(title ? { title: title.value } : {}),
      header,
      hasBreakdown: regionMentions(view, top, header.row, /^分解目标$/),
      hasTasks: regionMentions(view, top, header.row, TASKS_LABEL),
      level1Labels: read.indicators.map((row) => row.level1.value),
    });
    const department = kindOf(kind).department === true ? readDepartment(view, top, header.row, skip) : {};
    const preliminary = readHeaderFields(view, top, header.row, skip);
    const sub = readSubBudgets(view, top, header.row, preliminary["项目当年预算（元）"]);
    for (const r of sub?.rows ?? []) skip.add(r);
    const fields = sub ? readHeaderFields(view, top, header.row, skip) : preliminary;
    const claimedTotal = read.claimedTotal ?? totalInHeader(fields);
    const blocks = readBlocks(view, header, boundaries, read);
    const framework = detectFramework(kind, read.levels);
    const indicators = read.indicators.map((row) => inferLevel1(row, framework));

    const bottom = Math.max(read.endRow, header.lastRow);
    tables.push({
      kind,
      framework,
      ...(view.grid.sheet !== undefined ? { sheet: view.grid.sheet } : {}),
      range: absoluteRange(view, top, bottom),
      ...(title ? { title } : {}),
      ...(year !== undefined ? { year } : {}),
      header: fields,
      ...(budget ? { budget: budget.block } : {}),
      ...(sub ? { subBudgets: sub.subBudgets } : {}),
      ...department,
      ...(blocks.length > 0 ? { blocks } : {}),
      indicators,
      ...(claimedTotal ? { claimedTotal } : {}),
      ...(read.claimedGrade ? { claimedGrade: read.claimedGrade } : {}),
      ...(read.claimedWeightTotal ? { claimedWeightTotal: read.claimedWeightTotal } : {}),
    });
    regionStart = bottom + 1;
  }
  return tables;
}

/** The label of a department table's task block: 年度主要任务, 年度履职目标 … */
const TASKS_LABEL = /^年度(?:主要任务|履职目标|工作任务|重点任务|主要工作任务)/;

/** Labels of a total printed in the header or beside the title instead of on a 总分 row. */
const HEADER_TOTAL = /^(?:自评总分|自评总得分|自评得分|总分|评价得分)(?:（分）)?$/;

/**
 * The task sub-table and label | amount funds of a department-level table; their rows are added to
 * `skip` so they are not read as header fields.
 */
function readDepartment(
  view: SheetView,
  top: number,
  bottom: number,
  skip: Set<number>,
): Pick<RecognisedTable, "tasks" | "departmentFunds"> {
  const tasks = readTaskBlock(view, top, bottom);
  for (const r of tasks?.rows ?? []) skip.add(r);
  const funds = readDepartmentFunds(view, top, bottom, skip);
  for (const r of funds?.rows ?? []) skip.add(r);
  return {
    ...(tasks ? { tasks: tasks.block } : {}),
    ...(funds ? { departmentFunds: funds.funds } : {}),
  };
}

/** A total printed in the header ("自评总分(分) | 97.6", "自评得分：95.5"): the table's claimed total. */
function totalInHeader(fields: Readonly<Record<string, Located<string>>>): Located<string> | undefined {
  for (const [key, field] of Object.entries(fields)) {
    if (HEADER_TOTAL.test(key) && !isBlank(field.value)) return field;
  }
  return undefined;
}

/** Where the rows under header `i` stop: the next title, else the next header, else the sheet's end. */
function stopRowAfter(view: SheetView, headers: readonly IndicatorHeader[], i: number): number {
  const header = headers[i];
  const nextHeader = headers[i + 1]?.row ?? view.rowCount;
  if (!header) return nextHeader;
  return findTitleBetween(view, header.lastRow + 1, nextHeader) ?? nextHeader;
}

/**
 * Whether `next` repeats `header` on the following page of the same table, or heads the next scored
 * block of it ("二、履职效能（40分）" then the header again, one 总分 at the end): the same columns, no
 * 总分/评分等级 yet, and nothing but blank rows, page numbers, a 续表 note or block labels in between.
 */
function continuesOnNextPage(
  view: SheetView,
  header: IndicatorHeader,
  read: IndicatorRead,
  next: IndicatorHeader,
): boolean {
  if (read.claimedTotal || read.claimedGrade || read.claimedWeightTotal) return false;
  if (!sameColumns(header, next)) return false;
  for (let r = Math.max(read.endRow, header.lastRow) + 1; r < next.row; r++) {
    if (view.isBlankRow(r) || isPageBreakRow(view, r) || isBlockLabelRow(view, r)) continue;
    return false;
  }
  return true;
}

/** The nearest non-blank row above `row`, if any. */
function rowAbove(view: SheetView, row: number): number | undefined {
  for (let r = row - 1; r >= 0; r--) if (!view.isBlankRow(r)) return r;
  return undefined;
}

const SUBTOTAL = /^(?:本部分)?小计$/;

/**
 * The scored blocks of a table from its block label rows and 小计 rows (`boundaries` holds the label
 * rows found outside the indicator rows; 小计 rows are looked for among them too). Empty unless some
 * block prints points or a 小计.
 */
function readBlocks(
  view: SheetView,
  header: IndicatorHeader,
  boundaries: readonly number[],
  read: IndicatorRead,
): IndicatorBlock[] {
  const rows = new Set(boundaries);
  for (let r = header.lastRow + 1; r <= read.endRow + 1 && r < view.rowCount; r++) {
    const first = view.filledColumns(r)[0];
    if (first !== undefined && SUBTOTAL.test(view.key(r, first))) rows.add(r);
  }
  const firstIndicator = read.indicators[0]?.row ?? header.lastRow + 1;
  const blocks: IndicatorBlock[] = [];
  let open: { label?: Located<string>; points: number | null; fromRow: number } | undefined;
  let nextFrom = firstIndicator;
  for (const r of [...rows].sort((a, b) => a - b)) {
    const first = view.filledColumns(r)[0] ?? 0;
    if (SUBTOTAL.test(view.key(r, first))) {
      const at = (c: number | undefined): Located<CellValue> | undefined =>
        c === undefined ? undefined : { value: view.value(r, c), cell: view.address(r, c) };
      const weight = at(header.cols.weight);
      const score = at(header.cols.score);
      blocks.push({
        ...(open?.label ? { label: open.label } : {}),
        points: open?.points ?? null,
        fromRow: open?.fromRow ?? nextFrom,
        toRow: r - 1,
        subtotal: { ...(weight ? { weight } : {}), ...(score ? { score } : {}) },
      });
      open = undefined;
      nextFrom = r + 1;
      continue;
    }
    if (open) blocks.push({ ...open, toRow: r - 1 });
    const text = view
      .filledColumns(r)
      .map((c) => view.text(r, c))
      .join("");
    const points = /[(（](\d+(?:\.\d+)?)分[)）]\s*$/.exec(text);
    open = {
      label: { value: text, cell: view.address(r, first) },
      points: points?.[1] ? Number(points[1]) : null,
      fromRow: r + 1,
    };
  }
  if (open) blocks.push({ ...open, toRow: read.endRow });
  return blocks.some((b) => b.points !== null || b.subtotal) ? blocks : [];
}

/**
 * A label heading the next block of indicators ("二、履职效能（40分）", "第二部分 管理效率(40分)"), or the
 * 小计 row closing the previous block.
 */
function isBlockLabelRow(view: SheetView, r: number): boolean {
  const filled = view.filledColumns(r);
  const first = filled[0];
  if (first !== undefined && SUBTOTAL.test(view.key(r, first))) return true;
  if (filled.length === 0 || filled.length > 2 || titleColumn(view, r) >= 0) return false;
  const key = filled.map((c) => view.key(r, c)).join("");
  return (
    key.length <= 40 &&
    /^(?:[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十]+部分)|\(\d+(?:\.\d+)?分\)$/.test(key)
  );
}

function sameColumns(a: IndicatorHeader, b: IndicatorHeader): boolean {
  const roles = Object.keys(a.cols) as (keyof IndicatorHeader["cols"])[];
  if (roles.length !== Object.keys(b.cols).length) return false;
  return roles.every((role) => a.cols[role] === b.cols[role]);
}

/** The rows of two pages as one read: indicators and 一级/二级 pairs in order, the footer of the last. */
function joinPages(
  first: IndicatorRead,
  second: IndicatorRead,
  secondHeader: IndicatorHeader,
): IndicatorRead {
  return {
    ...second,
    indicators: [...first.indicators, ...second.indicators],
    levels: [...first.levels, ...second.levels],
    endRow: Math.max(second.endRow, secondHeader.lastRow),
  };
}

/** First title row in [from, to), if any: the next table's title ends this one's indicators. */
function findTitleBetween(view: SheetView, from: number, to: number): number | undefined {
  for (let r = from; r < to; r++) if (titleColumn(view, r) >= 0) return r;
  return undefined;
}

/** The last title row in [from, to), else the first non-empty row. */
function regionTop(view: SheetView, from: number, to: number): number {
  let title: number | undefined;
  let first: number | undefined;
  for (let r = from; r < to; r++) {
    if (view.isBlankRow(r)) continue;
    if (first === undefined) first = r;
    if (titleColumn(view, r) >= 0) title = r;
  }
  return title ?? first ?? to;
}

function regionMentions(view: SheetView, from: number, to: number, pattern: RegExp): boolean {
  for (let r = from; r < to; r++) {
    for (const c of view.filledColumns(r)) if (pattern.test(view.key(r, c))) return true;
  }
  return false;
}

function absoluteRange(view: SheetView, top: number, bottom: number): string {
  let left = Number.POSITIVE_INFINITY;
  let right = 0;
  for (let r = top; r <= bottom; r++) {
    const filled = view.filledColumns(r);
    const first = filled[0];
    const last = filled[filled.length - 1];
    if (first !== undefined && first < left) left = first;
    if (last !== undefined) right = Math.max(right, view.mergeRight(r, last));
  }
  if (!Number.isFinite(left)) left = 0;
  return toRange(
    view.originRow + top,
    view.originCol + left,
    view.originRow + bottom,
    view.originCol + right,
  );
}

/**
 * A row without a 一级 name (no 一级 column, or a cell that only says "(50分)"): the 一级 is the one
 * framework parent of the row's 二级; the cell stays where the 一级 was (or the 二级's cell).
 */
function inferLevel1(row: IndicatorRow, framework: keyof typeof frameworks): IndicatorRow {
  if (normaliseLabel(row.level1.value) !== "" || row.level2.value === "") return row;
  const parents = frameworks[framework].level1.filter((l1) =>
    isLevel2Allowed(frameworks[framework], l1.name, row.level2.value),
  );
  const parent = parents.length === 1 ? parents[0] : undefined;
  if (!parent) return row;
  const cell = row.level1.value === "" ? row.level2.cell : row.level1.cell;
  const level1: Located<string> = { value: parent.name, cell };
  return { ...row, level1 };
}
