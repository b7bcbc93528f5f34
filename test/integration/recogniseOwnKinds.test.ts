/**
 * Every template kind, written by either renderer, is recognised by the validator's recogniser as its own
 * kind and framework, with one indicator row per indicator row of the layout.
 */
import type { Grid } from "../../src/core/grid";
import { buildTemplate, tableKinds, type Layout } from "../../src/core/templates";
import { recogniseTables } from "../../src/core/tables";
import { writeTemplateWorkbook } from "../../src/cli/xlsx/writeTemplateWorkbook";
import { readWorkbook } from "../../src/cli/xlsx/readWorkbook";
import { insertTemplate } from "../../src/taskpane/excel/insertTemplate";
import { fakeWorkbook, rangesCalling } from "../taskpane/excel/insertFakeWorkbook";

const cases = tableKinds.flatMap((kind) => kind.frameworks.map((framework) => [kind.id, framework] as const));

function build(kind: string, framework: string): Layout {
  const built = buildTemplate({ kind, framework, year: 2025 });
  if (!built.ok) throw new Error(`${kind}/${framework}: ${built.code}`);
  return built.layout;
}

function expectOwnKind(grid: Grid, layout: Layout): void {
  const tables = recogniseTables(grid);
  expect(tables.map((t) => [t.kind, t.framework])).toEqual([[layout.kind, layout.framework]]);
  expect(tables[0]?.year).toBe(2025);
}

describe.each(cases)("template %s (%s)", (kind, framework) => {
  it("written by exceljs and read back is recognised as its own kind", async () => {
    const layout = build(kind, framework);
    const read = await readWorkbook(await writeTemplateWorkbook(layout));
    if (!("sheets" in read)) throw new Error(`read failed: ${read.error}`);
    const [grid] = read.sheets;
    expect(grid).toBeDefined();
    expectOwnKind(grid!, layout);
  });

  it("inserted through the Excel API is recognised as its own kind", async () => {
    const layout = build(kind, framework);
    const wb = fakeWorkbook(["Sheet1"]);
    const result = await insertTemplate(wb.context, kind, { year: 2025, framework });
    expect(result.ok).toBe(true);
    const sheet = wb.added[0]!;
    const block = sheet.ranges.find((r) => r.formulas !== undefined)!;
    // What Excel holds after the write: typed text and numbers as written; formulas not evaluated here.
    const values = block.formulas!.map((row) =>
      row.map((cell) =>
        typeof cell === "string" && cell.startsWith("=") ? null : (cell as string | number),
      ),
    );
    const merges = rangesCalling(sheet, "merge").map((r) => r.address);
    expectOwnKind({ values, merges, sheet: sheet.name }, layout);
  });
});
