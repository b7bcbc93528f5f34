import { toA1 } from "../../address";
import { NATIONAL_RULES, type ScoringOptions } from "../../scoring/options";
import type { Layout, LayoutCell } from "../layout";
import { findPerfCalls } from "./splitCalls";
import { PORTABLE_MARK, PORTABLE_SIGNATURE, quote, round2Expr } from "./portableText";
import { SCORE_HELPERS, TARGET_HELPERS, rowFormulas, type HelperName, type RowRefs } from "./portableRow";

const M = quote(PORTABLE_MARK);

/**
 * The portable twin of a template layout: every `PERF.*` call becomes built-in functions (Excel 2010+,
 * WPS 表格, LibreOffice), scoring by `options` (the regional settings chosen now); indicator rows get
 * hidden helper columns to the right of the table; a SUM over cells that may show the mark shows the
 * mark too, so no total or grade is ever computed from a row the formulas could not decide.
 *
 * @example
 * const portable = toPortableLayout(buildTemplate({ kind: "self-eval" }).layout);
 * portable.cells.some((c) => c.formula?.includes("PERF.")); // false
 */
export function toPortableLayout(layout: Layout, options: ScoringOptions = NATIONAL_RULES): Layout {
  const converted = toPortableCells(layout.cells, layout.colCount, layout.indicators.headerRow, options);
  const cells = converted.cells.map((cell) =>
    layout.named["budget.weight"] === toA1(cell.row, cell.col) && typeof cell.value === "number"
      ? { ...cell, value: options.budgetWeight }
      : cell,
  );
  return {
    ...layout,
    colCount: layout.colCount + converted.helperColumns.length,
    columnWidths: [...layout.columnWidths, ...converted.helperColumns.map(() => 6)],
    cells,
    portable: { helperColumns: converted.helperColumns, source: layout },
  };
}

/** A cell of a sheet: a constant or an "=…" formula (PERF calls as typed). */
export interface SheetCell extends Pick<LayoutCell, "row" | "col" | "value" | "formula"> {
  readonly style?: string;
  readonly input?: boolean;
}

/**
 * The cell-level transform behind {@link toPortableLayout}, also used on a sheet already in a workbook
 * ("导出通用版"): `cells` rewritten, helper cells added from column `firstFreeCol`, their names on
 * `headerRow` (the first one the signature `check` looks for).
 *
 * @example
 * toPortableCells([{ row: 12, col: 8, formula: "=PERF.SCORE(D13,E13,F13)" }], 10, 11).helperColumns.length; // 29
 */
export function toPortableCells<C extends SheetCell>(
  source: readonly C[],
  firstFreeCol: number,
  headerRow: number,
  options: ScoringOptions = NATIONAL_RULES,
): { cells: (C | SheetCell)[]; helperColumns: number[]; rewritten: number } {
  const rows = new Map<number, RowRefs>();
  for (const cell of source) {
    for (const call of findPerfCalls(cell.formula ?? "")) {
      if (call.name !== "SCORE" && call.name !== "CHECK") continue;
      const [target = "", actual, weight] = call.args;
      const known = rows.get(cell.row);
      if (call.name === "SCORE" && actual !== undefined && weight !== undefined) {
        rows.set(cell.row, { target, actual, weight });
      } else if (!known) rows.set(cell.row, { target });
    }
  }
  const scored = [...rows.values()].some((refs) => refs.actual !== undefined);
  const names: readonly HelperName[] = scored ? SCORE_HELPERS : TARGET_HELPERS;
  const base = firstFreeCol;
  const helperColumns = names.map((_, i) => base + i);
  const at =
    (row: number) =>
    (helper: HelperName): string =>
      toA1(row, base + names.indexOf(helper));

  const cells: (C | SheetCell)[] = [];
  const byRow = new Map<number, ReturnType<typeof rowFormulas>>();
  for (const [row, refs] of rows) {
    const formulas = rowFormulas(refs, at(row), options);
    byRow.set(row, formulas);
    names.forEach((name, i) => {
      const formula = formulas.helpers[name];
      if (formula !== undefined) cells.push({ row, col: base + i, formula });
    });
  }
  names.forEach((name, i) => {
    cells.push({ row: headerRow, col: base + i, value: i === 0 ? PORTABLE_SIGNATURE : name });
  });
  let rewritten = 0;
  for (const cell of source) {
    if (cell.formula === undefined) {
      cells.push(cell);
      continue;
    }
    const formula = rewrite(cell.formula, byRow.get(cell.row), options);
    if (formula !== cell.formula && findPerfCalls(cell.formula).length > 0) rewritten += 1;
    cells.push({ ...cell, formula });
  }
  return { cells, helperColumns, rewritten };
}

function rewrite(
  formula: string,
  row: ReturnType<typeof rowFormulas> | undefined,
  options: ScoringOptions,
): string {
  const calls = findPerfCalls(formula);
  let out = formula;
  for (const call of [...calls].reverse()) {
    const replacement = replaceCall(call.name, call.args, row, options);
    out = `${out.slice(0, call.start)}(${replacement})${out.slice(call.end)}`;
  }
  const sum = /^=SUM\((.*)\)$/.exec(out);
  if (sum && calls.length === 0) {
    const args = (sum[1] ?? "").split(",");
    const marks = args.map((arg) => `COUNTIF(${arg},${M})`).join("+");
    return `=IF(${marks}>0,${M},SUM(${sum[1] ?? ""}))`;
  }
  return out;
}

function replaceCall(
  name: string,
  args: readonly string[],
  row: ReturnType<typeof rowFormulas> | undefined,
  options: ScoringOptions,
): string {
  const [a = '""', b = '""', c = '""'] = args;
  switch (name) {
    case "EXECRATE":
      return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),IF(AND(${a}>=0,${b}>0),${a}/${b},${M}),${M})`;
    case "BUDGETSCORE": {
      const w = `IF(${c}="",${options.budgetWeight},${c})`;
      return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b}),OR(${c}="",ISNUMBER(${c}))),IF(AND(${a}>=0,${b}>0,N(${c})>=0),IF(${a}>=${b},${round2Expr(w)},${round2Expr(`${w}*${a}/${b}`)}),${M}),${M})`;
    }
    case "GRADE": {
      const [b1, b2, b3] = options.gradeBands;
      const t = round2Expr(a);
      return `IF(ISNUMBER(${a}),IF(${t}>=${b1},"优",IF(${t}>=${b2},"良",IF(${t}>=${b3},"中","差"))),${M})`;
    }
    case "SCORE":
      return row?.score ?? M;
    case "CHECK":
      return row?.check ?? '""';
    default:
      return M;
  }
}
