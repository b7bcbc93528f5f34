/**
 * exceljs renderer: a template layout → a new worksheet. Formulas are stored in the file form
 * (`_xldudf_PERF_SCORE(...)`) with the results the core computes, so numbers show before the add-in
 * loads; native functions (SUM, IF …) stay as they are.
 */
import type ExcelJS from "exceljs";
import { toA1 } from "../../core/address";
import { isCellError, type CellValue } from "../../core/grid";
import { formatMessage } from "../../core/messages";
import {
  evaluateLayout,
  PORTABLE_MARK,
  toFileFormula,
  uniqueSheetName,
  type CellStyle,
  type Layout,
  type LayoutCell,
} from "../../core/templates";

/**
 * Adds the layout as a new sheet of `workbook` (a taken name gets " (2)" …) and returns it.
 *
 * @example
 * const wb = new ExcelJS.Workbook();
 * renderLayout(wb, buildSelfEval({ year: 2024, unit: "万元" }));
 */
export function renderLayout(workbook: ExcelJS.Workbook, layout: Layout): ExcelJS.Worksheet {
  const name = uniqueSheetName(
    layout.sheetName,
    workbook.worksheets.map((ws) => ws.name),
  );
  const ws = workbook.addWorksheet(name, {
    views: [viewOf(layout)],
    pageSetup: pageSetupOf(layout),
  });
  layout.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(layout.rowHeights)) ws.getRow(Number(row) + 1).height = height;

  // A portable sheet's cached results are its PERF twin's (the core's own numbers, the mark where the
  // core refuses); helper cells get none, and the workbook asks to be recalculated when opened.
  const cached = evaluateLayout(layout.portable?.source ?? layout);
  const helpers = new Set(layout.portable?.helperColumns ?? []);
  for (const cell of layout.cells) {
    writeCell(ws, layout, cell, helpers.has(cell.col) ? new Map() : cached, layout.portable !== undefined);
  }
  for (const col of helpers) ws.getColumn(col + 1).hidden = true;
  for (const range of layout.merges) ws.mergeCells(range);
  // exceljs has worksheet.dataValidations (range keys allowed) but its typings leave it out.
  const validations = (ws as unknown as WithValidations).dataValidations;
  for (const v of layout.validations) {
    validations.add(v.range, {
      type: "list",
      allowBlank: true,
      formulae: [`"${v.values.join(",")}"`],
      showErrorMessage: true,
      errorStyle: v.alert,
      errorTitle: "PerfTables",
      error: formatMessage(v.alert === "warning" ? "TEMPLATE_LIST_WARNING" : "TEMPLATE_LIST_STOP"),
      ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
    });
  }
  layout.conditionalFills.forEach((fill, i) => {
    ws.addConditionalFormatting({
      ref: fill.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [fill.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${fill.fill}` } },
            ...(fill.color ? { font: { color: { argb: `FF${fill.color}` } } } : {}),
          },
        },
      ],
    });
  });
  return ws;
}

interface WithValidations {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function viewOf(layout: Layout): Partial<ExcelJS.WorksheetView> {
  const { rows, cols } = layout.freeze;
  if (rows === 0 && cols === 0) return { state: "normal", showGridLines: false };
  return {
    state: "frozen",
    xSplit: cols,
    ySplit: rows,
    topLeftCell: toA1(rows, cols),
    showGridLines: false,
  };
}

function pageSetupOf(layout: Layout): Partial<ExcelJS.PageSetup> {
  const p = layout.print;
  return {
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: p.centerHorizontally,
    margins: p.margins,
    // exceljs writes "$" + each corner, so "A$1:I$28" becomes the absolute "$A$1:$I$28".
    printArea: p.printArea.replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows[0] + 1}:${p.titleRows[1] + 1}` } : {}),
  };
}

function writeCell(
  ws: ExcelJS.Worksheet,
  layout: Layout,
  cell: LayoutCell,
  cached: ReadonlyMap<string, CellValue>,
  portable: boolean,
): void {
  const target = ws.getCell(cell.row + 1, cell.col + 1);
  if (cell.formula !== undefined) {
    const computed = cached.get(toA1(cell.row, cell.col));
    const result = portable && isCellError(computed) ? PORTABLE_MARK : computed;
    const formula = toFileFormula(cell.formula);
    target.value =
      result === undefined || result === null
        ? { formula }
        : ({ formula, result: toResult(result) } as ExcelJS.CellFormulaValue);
  } else if (cell.value !== undefined && cell.value !== null) {
    target.value = cell.value;
  }
  const style = cell.style ? layout.styles[cell.style] : undefined;
  if (style) applyStyle(target, style);
  // A portable sheet is protected (no password): only the cells a person fills in stay editable.
  if (portable && cell.input === true) target.protection = { locked: false };
}

function toResult(value: CellValue): ExcelJS.CellFormulaValue["result"] {
  if (isCellError(value)) return { error: value.error as ExcelJS.CellErrorValue["error"] };
  return value as string | number | boolean;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  cell.font = {
    name: style.fontName ?? "宋体",
    size: style.fontSize ?? 10.5,
    bold: style.bold ?? false,
    ...(style.color ? { color: { argb: `FF${style.color}` } } : {}),
  };
  cell.alignment = {
    horizontal: style.hAlign ?? "left",
    vertical: style.vAlign ?? "middle",
    wrapText: style.wrap ?? false,
  };
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill}` } };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}
