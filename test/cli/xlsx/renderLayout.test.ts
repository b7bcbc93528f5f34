/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- exceljs cells, not Office proxies */
import ExcelJS from "exceljs";
import { toA1 } from "../../../src/core/address";
import {
  buildTemplate,
  evaluateLayout,
  fromFileFormula,
  tableKinds,
  type Layout,
} from "../../../src/core/templates";
import { writeTemplateWorkbook } from "../../../src/cli/xlsx/writeTemplateWorkbook";

async function roundTrip(layout: Layout): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeTemplateWorkbook(layout)).buffer as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error("no sheet");
  return ws;
}

function layoutOf(kind: string, example = false): Layout {
  const built = buildTemplate({ kind, year: 2024, example });
  if (!built.ok) throw new Error(built.code);
  return built.layout;
}

type Validations = { model: Record<string, ExcelJS.DataValidation> };

describe.each(tableKinds.map((k) => [k.id] as const))("exceljs: %s written and read back", (kind) => {
  const layout = layoutOf(kind);
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await roundTrip(layout);
  });

  test("sheet name, merges and column widths", () => {
    expect(ws.name).toBe(layout.sheetName);
    expect([...ws.model.merges].sort()).toEqual([...layout.merges].sort());
    layout.columnWidths.forEach((w, i) => expect(ws.getColumn(i + 1).width).toBe(w));
  });

  test("formulas in the file form with the core's cached results", () => {
    const cached = evaluateLayout(layout);
    let perf = 0;
    for (const cell of layout.cells.filter((c) => c.formula !== undefined)) {
      const read = ws.getCell(cell.row + 1, cell.col + 1);
      const value = read.value as ExcelJS.CellFormulaValue;
      expect(value.formula).not.toMatch(/PERF\./);
      expect(fromFileFormula(value.formula)).toBe(cell.formula);
      if (value.formula.includes("_xldudf_PERF_")) perf += 1;
      const expected = cached.get(toA1(cell.row, cell.col));
      if (expected !== undefined && expected !== null && expected !== "")
        expect(read.result).toEqual(expected);
    }
    expect(perf).toBeGreaterThan(0);
  });

  test("dropdown lists with their alert style", () => {
    const model = (ws as unknown as { dataValidations: Validations }).dataValidations.model;
    for (const v of layout.validations) {
      const first = v.range.split(":")[0]!;
      const dv = model[first];
      expect(dv?.type).toBe("list");
      expect(dv?.formulae).toEqual([`"${v.values.join(",")}"`]);
      expect(dv?.errorStyle ?? "stop").toBe(v.alert);
    }
  });

  test("print setup, frozen panes and the live check's conditional fill", () => {
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe(layout.print.orientation);
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    const [top, bottom] = layout.print.titleRows!;
    expect(ws.pageSetup.printTitlesRow?.replace(/\$/g, "")).toBe(`${top + 1}:${bottom + 1}`);
    expect(ws.pageSetup.printArea?.replace(/\$/g, "")).toBe(layout.print.printArea);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: layout.freeze.rows });
    // exceljs keeps them on the worksheet but leaves them out of its typings.
    const cfs =
      (ws as unknown as { conditionalFormattings?: { ref: string }[] }).conditionalFormattings ?? [];
    expect(cfs.map((cf) => cf.ref)).toEqual(layout.conditionalFills.map((f) => f.range));
  });
});

describe("exceljs: filled self-eval example", () => {
  test("shows seed 002's numbers before the add-in loads", async () => {
    const layout = layoutOf("self-eval", true);
    const ws = await roundTrip(layout);
    const at = (key: string) => ws.getCell(layout.named[key]!).value as ExcelJS.CellFormulaValue;
    expect(at("budget.score")).toEqual({
      formula: 'IF(N(D6)=0,"",_xldudf_PERF_BUDGETSCORE(E6,D6,F6))',
      result: 9.99,
    });
    expect(at("total.score").result).toBe(98.99);
    expect(at("total.weight").result).toBe(100);
    expect(at("grade").formula).toMatch(/_xldudf_PERF_GRADE\(G\d+\)/);
    expect(at("grade").result).toBe("优");
    // Text that looks like a formula stays text.
    expect(ws.getCell(layout.indicators.firstRow + 4, layout.indicators.columns.target + 1).value).toBe(
      "=100.00(%)",
    );
  });
});
