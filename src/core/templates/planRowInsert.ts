import type { Refusal } from "../messages/issue";
/**
 * Where and how to add indicator rows under the selected 二级 of a template sheet, worked out from what
 * one load returns (the used range's formulas and merged areas): the Excel adapter then only queues it.
 */
import { fromA1, parseRange, toRange } from "../address";
import { moveFormula } from "./formula/moveFormula";
import { shiftFormulaRows } from "./formula/shiftFormulaRows";

export interface SheetSnapshot {
  /** Formulas (constants for plain cells) of the used range. */
  readonly formulas: readonly (readonly (string | number | boolean | null)[])[];
  /** 0-based sheet row / column of formulas[0][0]. */
  readonly top: number;
  readonly left: number;
  /** Merged areas in A1 ("A13:A18"), sheet coordinates. */
  readonly merges: readonly string[];
}

export type RowInsertPlan =
  | {
      readonly ok: true;
      /** 0-based row the new rows are inserted at (they take rows at … at+count−1). */
      readonly at: number;
      readonly count: number;
      /** Row copied onto the new rows (formulas, formats, dropdowns), columns firstCol…lastCol. */
      readonly sourceRow: number;
      readonly firstCol: number;
      readonly lastCol: number;
      /** Columns whose copied constants are cleared on the new rows (the user types there). */
      readonly clearCols: readonly number[];
      /** Areas to merge again after the insertion (一级 and 二级 grown by count). */
      readonly merges: readonly string[];
      /**
       * Formulas to write after the copy (sheet coordinates after the insertion): template formulas the
       * source row had lost to typed values, and footer formulas whose ranges must take the new rows in.
       */
      readonly formulas: readonly { readonly row: number; readonly col: number; readonly formula: string }[];
    }
  | Refusal;

const HEADER_LABELS = ["一级指标", "一级目标", "分解目标内容"];
const LEVEL2_LABELS = ["二级指标", "二级目标"];
const MAX_ROWS = 100;

/**
 * @example
 * planRowInsert(snapshot, 14, 2); // { ok: true, at: 15, count: 2, … } under the 二级 of row 15
 */
export function planRowInsert(sheet: SheetSnapshot, activeRow: number, count: number): RowInsertPlan {
  if (!Number.isInteger(count) || count < 1 || count > MAX_ROWS) {
    return { ok: false, code: "TEMPLATE_INVALID_ROW_COUNT", params: { count: String(count) } };
  }
  const text = (row: number, col: number): string => {
    const v = sheet.formulas[row - sheet.top]?.[col - sheet.left];
    return v === null || v === undefined ? "" : String(v).trim();
  };
  const rowCount = sheet.formulas.length;
  const areas = sheet.merges.map(parseRange).filter((a) => a !== null);
  const mergeAt = (row: number, col: number) =>
    areas.find((a) => a.top <= row && row <= a.bottom && a.left <= col && col <= a.right);

  const headerRow = findHeaderRow(sheet, text);
  if (headerRow === null) return { ok: false, code: "TEMPLATE_NOT_IN_INDICATORS" };
  const level1Col =
    sheet.left +
    (sheet.formulas[headerRow - sheet.top] ?? []).findIndex((v) =>
      HEADER_LABELS.includes(String(v ?? "").trim()),
    );
  const level2Col = LEVEL2_LABELS.includes(text(headerRow, level1Col + 1)) ? level1Col + 1 : null;
  const headerBottom = mergeAt(headerRow, level1Col)?.bottom ?? headerRow;

  // Indicator rows: below the header, while column A holds a 一级 label or lies in a 一级 merge.
  const first = headerBottom + 1;
  let last = headerBottom;
  for (let row = first; row < sheet.top + rowCount; row++) {
    const merge = mergeAt(row, level1Col);
    const inBlock =
      merge !== undefined && merge.top >= first && merge.left === level1Col && merge.right === level1Col;
    if (!inBlock && (text(row, level1Col) === "" || isFooterLabel(text(row, level1Col)))) break;
    last = row;
  }
  if (activeRow < first || activeRow > last) return { ok: false, code: "TEMPLATE_NOT_IN_INDICATORS" };

  const block1 = mergeAt(activeRow, level1Col) ?? {
    top: activeRow,
    bottom: activeRow,
    left: level1Col,
    right: level1Col,
  };
  const block2 =
    level2Col === null
      ? block1
      : (mergeAt(activeRow, level2Col) ?? {
          top: activeRow,
          bottom: activeRow,
          left: level2Col,
          right: level2Col,
        });
  const at = block2.bottom + 1;
  const sourceRow = block2.bottom;
  const firstCol = (level2Col ?? level1Col) + 1;
  const lastCol = sheet.left + Math.max(...sheet.formulas.map((r) => r.length)) - 1;

  // Typed columns are cleared on the new rows. Where the unit typed over a formula of the template
  // (its own 得分 instead of the default), the formula comes back from the nearest row that kept it.
  const clearCols: number[] = [];
  const formulas: { row: number; col: number; formula: string }[] = [];
  const formulaAt = (row: number, col: number): string | null => {
    const v = sheet.formulas[row - sheet.top]?.[col - sheet.left];
    return typeof v === "string" && v.startsWith("=") ? v : null;
  };
  for (let col = firstCol; col <= lastCol; col++) {
    if (formulaAt(sourceRow, col) !== null) continue;
    clearCols.push(col);
    const donor = nearestRowWithFormula(formulaAt, col, sourceRow, first, last);
    if (donor === null) continue;
    const template = formulaAt(donor, col) ?? "";
    for (let k = 0; k < count; k++) {
      formulas.push({ row: at + k, col, formula: moveFormula(template, at + k - donor) });
    }
  }

  const merges = [toRange(block1.top, level1Col, block1.bottom + count, level1Col)];
  if (level2Col !== null) merges.push(toRange(block2.top, level2Col, block2.bottom + count, level2Col));

  // Excel stretches ranges only for rows inserted strictly inside them: at the region's end, rewrite.
  if (at === last + 1) {
    for (let row = at; row < sheet.top + rowCount; row++) {
      sheet.formulas[row - sheet.top]?.forEach((v, i) => {
        if (typeof v !== "string" || !v.startsWith("=")) return;
        const shifted = shiftFormulaRows(v, at, count);
        const moved = shiftFormulaRows(v, Number.MAX_SAFE_INTEGER, 0);
        if (shifted !== moved) formulas.push({ row: row + count, col: sheet.left + i, formula: shifted });
      });
    }
  }
  return { ok: true, at, count, sourceRow, firstCol, lastCol, clearCols, merges, formulas };
}

function nearestRowWithFormula(
  formulaAt: (row: number, col: number) => string | null,
  col: number,
  from: number,
  first: number,
  last: number,
): number | null {
  for (let d = 1; from - d >= first || from + d <= last; d++) {
    if (from - d >= first && formulaAt(from - d, col) !== null) return from - d;
    if (from + d <= last && formulaAt(from + d, col) !== null) return from + d;
  }
  return null;
}

function findHeaderRow(sheet: SheetSnapshot, text: (row: number, col: number) => string): number | null {
  for (let r = 0; r < sheet.formulas.length; r++) {
    const row = sheet.formulas[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (HEADER_LABELS.includes(text(sheet.top + r, sheet.left + c))) return sheet.top + r;
    }
  }
  return null;
}

function isFooterLabel(label: string): boolean {
  return /^(总分|评分等级|备注|填报人|填报日期|合计)/.test(label);
}

/** Sheet-relative 0-based row of an A1 address; null when malformed. */
export function rowOf(address: string): number | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  return fromA1(bare.split(":")[0] ?? "")?.row ?? null;
}
