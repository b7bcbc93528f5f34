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
  const rows = new Map<number, RowRefs>();
  for (const cell of layout.cells) {
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
  const base = layout.colCount;
  const helperColumns = names.map((_, i) => base + i);
  const at =
    (row: number) =>
    (helper: HelperName): string =>
      toA1(row, base + names.indexOf(helper));

  const cells: LayoutCell[] = [];
  const byRow = new Map<number, ReturnType<typeof rowFormulas>>();
  for (const [row, refs] of rows) {
    const formulas = rowFormulas(refs, at(row), options);
    byRow.set(row, formulas);
    names.forEach((name, i) => {
      const formula = formulas.helpers[name];
      if (formula !== undefined) cells.push({ row, col: base + i, formula });
    });
  }
  const headerRow = layout.indicators.headerRow;
  names.forEach((name, i) => {
    cells.push({ row: headerRow, col: base + i, value: i === 0 ? PORTABLE_SIGNATURE : name });
  });

  for (const cell of layout.cells) {
    if (cell.formula === undefined) {
      cells.push(cell);
      continue;
    }
    cells.push({ ...cell, formula: rewrite(cell.formula, byRow.get(cell.row), options) });
  }
  return {
    ...layout,
    colCount: base + names.length,
    columnWidths: [...layout.columnWidths, ...names.map(() => 6)],
    cells,
    portable: { helperColumns, source: layout },
  };
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
