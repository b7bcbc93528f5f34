import { columnName, fromA1, parseRange } from "../../core/address";
import { frameworks, normaliseLabel, findLevel1 } from "../../core/frameworks";
import type { Grid } from "../../core/grid";
import { libraryEntries, libraryFrameworkOf, type LibraryEntry } from "../../core/library";
import { planRowInsert } from "../../core/templates";
import { isCellError } from "../../core/grid";
import { recogniseTables, type IndicatorRow, type RecognisedTable } from "../../core/tables";
import { readSheet } from "./readSheet";

export type InsertIndicatorResult =
  | { readonly ok: true; readonly address: string; readonly sheet: string }
  | { readonly ok: false; readonly reason: "NO_TABLE" };

/** Same label, ignoring points, spaces and a trailing 指标/目标 ("数量" = "数量指标"). */
function sameLabel(a: string, b: string): boolean {
  const strip = (s: string) => normaliseLabel(s).replace(/(指标|目标)$/, "");
  return strip(a) !== "" && strip(a) === strip(b);
}

/** Same 一级: by name or through the framework's aliases ("投入和管理目标" = "投入与管理"). */
function sameLevel1(table: RecognisedTable, label: string, wanted: string): boolean {
  if (sameLabel(label, wanted)) return true;
  const l1 = findLevel1(frameworks[table.framework], label);
  return l1 !== undefined && (sameLabel(l1.name, wanted) || l1.aliases.some((a) => sameLabel(a, wanted)));
}

/** The table around `row`, else the first one. */
function tableAt(tables: readonly RecognisedTable[], row: number): RecognisedTable | undefined {
  return (
    tables.find((t) => {
      const r = parseRange(t.range);
      return r !== null && row >= r.top && row <= r.bottom;
    }) ?? tables[0]
  );
}

/** The merged area (A1 range) of `grid` that contains `cell` and ends on its row, if any. */
function mergeEndingAt(
  grid: Grid,
  cell: string,
): { top: number; left: number; bottom: number; right: number } | undefined {
  const at = fromA1(cell);
  if (!at) return undefined;
  return (
    (grid.merges ?? [])
      .map((m) => parseRange(m))
      .find(
        (m) => m !== null && m.left <= at.col && m.right >= at.col && m.top <= at.row && m.bottom === at.row,
      ) ?? undefined
  );
}

function column(cell: string): number {
  return fromA1(cell)?.col ?? 0;
}

/**
 * Inserts a library indicator as a new row of the table at the selection (or the sheet's first table):
 * under the last row of its 二级 when the table has that 二级, else at the end of its 一级, else after
 * the last indicator. The row takes the formats and formulas of the row above; merged 一级/二级 cells
 * are extended over it. Two syncs.
 *
 * @example
 * await Excel.run((context) => insertLibraryIndicator(context, searchLibrary("ysz")[0]!));
 */
export async function insertLibraryIndicator(
  context: Excel.RequestContext,
  picked: LibraryEntry,
): Promise<InsertIndicatorResult> {
  const selection = context.workbook.getSelectedRange();
  selection.load("rowIndex");
  const grid = await readSheet(context);
  // readSheet synced, which loaded the selection too
  // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
  const table = tableAt(recogniseTables(grid), selection.rowIndex);
  const rows = table?.indicators.filter((r) => !r.isSubtotal) ?? [];
  const last = rows[rows.length - 1];
  if (!table || !last) return { ok: false, reason: "NO_TABLE" };

  // an indicator picked from the other framework's list takes this table's 一级/二级 when the table's
  // list has it too ("预算执行率" is 成本指标 nationally, 投入与管理 in Shanghai)
  const own = libraryFrameworkOf(table.framework);
  const entry =
    picked.framework === own ? picked : (libraryEntries[own].find((e) => e.name === picked.name) ?? picked);
  const inLevel1 = rows.filter((r) => sameLevel1(table, r.level1.value, entry.level1));
  const inLevel2 = inLevel1.filter((r) => sameLabel(r.level2.value, entry.level2));
  const anchor: IndicatorRow = inLevel2[inLevel2.length - 1] ?? inLevel1[inLevel1.length - 1] ?? last;
  const newRow = anchor.row + 1; // 0-based
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.getRange(`${newRow + 1}:${newRow + 1}`).insert(Excel.InsertShiftDirection.down);

  // the new row looks like the one above: formats from the 三级 column to the table's right edge,
  // and the above row's formulas (scores, rates) with their references moved down one row
  const tableRect = parseRange(table.range);
  const nameCol = column(anchor.name.cell);
  const right = Math.max(tableRect?.right ?? nameCol, nameCol);
  const above = `${columnName(nameCol)}${anchor.row + 1}:${columnName(right)}${anchor.row + 1}`;
  const below = `${columnName(nameCol)}${newRow + 1}:${columnName(right)}${newRow + 1}`;
  sheet.getRange(below).copyFrom(above, Excel.RangeCopyType.formats);
  const origin = fromA1(grid.origin ?? "A1") ?? { row: 0, col: 0 };
  const formulaRow = grid.formulas?.[anchor.row - origin.row] ?? [];
  formulaRow.forEach((formula, i) => {
    const col = origin.col + i;
    if (formula && col >= nameCol && col <= right) {
      sheet
        .getRange(`${columnName(col)}${newRow + 1}`)
        .copyFrom(`${columnName(col)}${anchor.row + 1}`, Excel.RangeCopyType.formulas);
    }
  });

  // 一级/二级: extend a merged label down over the new row, or write the label where rows carry their own
  const levels: [Located, string, boolean][] = [
    [anchor.level1, entry.level1, inLevel1.length > 0],
    [anchor.level2, entry.level2, inLevel2.length > 0],
  ];
  for (const [located, label, sameGroup] of levels) {
    const col = column(located.cell);
    const cellOnAnchorRow = `${columnName(col)}${anchor.row + 1}`;
    const merge = sameGroup ? mergeEndingAt(grid, cellOnAnchorRow) : undefined;
    if (merge) {
      sheet
        .getRange(`${columnName(merge.left)}${merge.top + 1}:${columnName(merge.right)}${newRow + 1}`)
        .merge(false);
    } else if (!sameGroup || located.cell === cellOnAnchorRow) {
      sheet.getRange(`${columnName(col)}${newRow + 1}`).values = [[sameGroup ? located.value : label]];
    }
  }
  // Excel grows a footer's SUM(F8:F19) only for rows inserted strictly inside it: at the end of the
  // indicator block, rewrite the footer formulas as the template adapter's row planner says
  for (const f of footerRewrites(grid, anchor.row, newRow)) {
    sheet.getRangeByIndexes(f.row, f.col, 1, 1).formulas = [[f.formula]];
  }

  const nameCell = `${columnName(nameCol)}${newRow + 1}`;
  sheet.getRange(nameCell).values = [[entry.name]];
  // "=100%" would become a formula: the quote prefix keeps it text, as when typed
  const target = entry.target.startsWith("=") ? `'${entry.target}` : entry.target;
  sheet.getRange(`${columnName(column(anchor.target.cell))}${newRow + 1}`).values = [[target]];
  sheet.getRange(nameCell).select();
  await context.sync();
  return { ok: true, address: nameCell, sheet: grid.sheet ?? "" };
}

type Located = IndicatorRow["level1"];

/** Footer formulas to rewrite after inserting one row at `newRow` below `anchorRow` (sheet rows, 0-based). */
function footerRewrites(
  grid: Grid,
  anchorRow: number,
  newRow: number,
): readonly { row: number; col: number; formula: string }[] {
  const origin = fromA1(grid.origin ?? "A1") ?? { row: 0, col: 0 };
  const formulas = grid.values.map((row, r) =>
    row.map((value, c) => {
      const formula = grid.formulas?.[r]?.[c];
      if (formula) return formula;
      return isCellError(value) ? value.error : value;
    }),
  );
  const plan = planRowInsert(
    { formulas, top: origin.row, left: origin.col, merges: grid.merges ?? [] },
    anchorRow,
    1,
  );
  return plan.ok && plan.at === newRow ? plan.formulas : [];
}
