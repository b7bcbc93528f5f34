/**
 * Excel JS API renderer: queues every write of a layout onto a worksheet — whole-block values,
 * formulas and number formats, one format call per style area, merges, widths, heights, validations,
 * conditional fills, frozen panes. Queues only: the caller syncs once afterwards. ExcelApi ≤ 1.9.
 */
import { formatMessage } from "../../core/messages";
import { layoutMatrices, styleAreas, type CellStyle, type Layout } from "../../core/templates";

/** Excel's column width in points for a width in characters (7 px per character + 5 px padding). */
function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center" } as const;

/** @example renderLayoutToSheet(sheet, layout); await context.sync(); */
export function renderLayoutToSheet(sheet: Excel.Worksheet, layout: Layout): void {
  const { formulas, numberFormats } = layoutMatrices(layout);
  const block = sheet.getRangeByIndexes(0, 0, layout.rowCount, layout.colCount);
  // Number formats first: a "@" cell then keeps "2025-01-01" as the text it is.
  block.numberFormat = numberFormats;
  block.formulas = formulas;

  layout.columnWidths.forEach((chars, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(chars);
  });
  for (const [start, count, height] of heightRuns(layout)) {
    sheet.getRangeByIndexes(start, 0, count, 1).format.rowHeight = height;
  }
  for (const area of styleAreas(layout)) {
    const style = layout.styles[area.style];
    if (style) applyStyle(sheet.getRange(area.range), style, area.rows, area.cols);
  }
  for (const range of layout.merges) sheet.getRange(range).merge(false);

  for (const v of layout.validations) {
    const validation = sheet.getRange(v.range).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: v.values.join(",") } };
    validation.errorAlert = {
      showAlert: true,
      style: v.alert === "warning" ? "Warning" : "Stop",
      title: "PerfTables",
      message: formatMessage(v.alert === "warning" ? "TEMPLATE_LIST_WARNING" : "TEMPLATE_LIST_STOP"),
    };
    if (v.prompt) validation.prompt = { showPrompt: true, title: "PerfTables", message: v.prompt };
  }
  for (const fill of layout.conditionalFills) {
    const format = sheet.getRange(fill.range).conditionalFormats.add("Custom");
    format.custom.rule.formula = `=${fill.formula}`;
    format.custom.format.fill.color = `#${fill.fill}`;
    if (fill.color) format.custom.format.font.color = `#${fill.color}`;
  }
  if (layout.freeze.rows > 0) sheet.freezePanes.freezeRows(layout.freeze.rows);
  sheet.showGridlines = false;
}

/** Consecutive rows of equal height as [first row, count, points]. */
function heightRuns(layout: Layout): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (let row = 0; row < layout.rowCount; row++) {
    const height = layout.rowHeights[row];
    if (height === undefined) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row && last[2] === height) last[1] += 1;
    else runs.push([row, 1, height]);
  }
  return runs;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const format = range.format;
  if (style.fontName) format.font.name = style.fontName;
  if (style.fontSize) format.font.size = style.fontSize;
  format.font.bold = style.bold ?? false;
  if (style.color) format.font.color = `#${style.color}`;
  format.horizontalAlignment = H_ALIGN[style.hAlign ?? "left"];
  format.verticalAlignment = V_ALIGN[style.vAlign ?? "middle"];
  format.wrapText = style.wrap ?? false;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.border) {
    const edges: string[] = [...EDGES];
    // Inside borders exist only on ranges with more than one row / column.
    if (rows > 1) edges.push("InsideHorizontal");
    if (cols > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
}
