/**
 * `check` reads portable sheets (the template's default for files) like PERF ones, and flags one whose
 * hidden helper cells were edited, or an indicator row inserted without them.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkReportSchema } from "../../src/cli/report";
import { PORTABLE_SIGNATURE, SCORE_HELPERS } from "../../src/core/templates/portable";
import { writeFile } from "node:fs/promises";
import { writeTemplateWorkbook } from "../../src/cli/xlsx/writeTemplateWorkbook";
import { NATIONAL_RULES } from "../../src/core/scoring";
import { buildTemplate } from "../../src/core/templates";
import { runCli, tempDir } from "./checkHarness";

async function makeExample(dir: string): Promise<string> {
  const made = await runCli(["template", "self-eval", "--example", "-o", "example.xlsx"], dir);
  expect(made.code).toBe(0);
  return join(dir, "example.xlsx");
}

/** The sheet, the helper block's first column (1-based) and the first indicator row (1-based). */
async function openHelpers(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  let found: { row: number; col: number } | undefined;
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (cell.value === PORTABLE_SIGNATURE) found = { row: r, col: c };
    }),
  );
  if (!found) throw new Error("no portable helper header");
  return { workbook, sheet, col: found.col, firstRow: found.row + 1 };
}

/** A cell's formula (exceljs), "" when it holds none. */
function formulaOf(cell: ExcelJS.Cell): string {
  return cell.formula ?? "";
}

async function checkCodes(path: string, dir: string) {
  const run = await runCli(["check", path, "--json"], dir);
  const report = checkReportSchema.parse(JSON.parse(run.stdout));
  const table = report.files[0]?.tables[0];
  return { code: run.code, table, codes: table?.findings.map((f) => f.code) ?? [] };
}

describe("check on portable sheets", () => {
  it("reads the portable example like the PERF one: 98.99, 优, no helper finding", async () => {
    const dir = await tempDir();
    const path = await makeExample(dir);
    const { code, table, codes } = await checkCodes(path, dir);
    expect(code).toBe(0);
    expect([table?.total, table?.claimedTotal, table?.grade, table?.claimedGrade]).toEqual([
      98.99,
      98.99,
      "优",
      "优",
    ]);
    expect(codes.filter((c) => c.startsWith("PORTABLE_"))).toEqual([]);
  });

  it("flags a helper cell typed over as an error", async () => {
    const dir = await tempDir();
    const path = await makeExample(dir);
    const { workbook, sheet, col, firstRow } = await openHelpers(path);
    sheet.getCell(firstRow, col + SCORE_HELPERS.indexOf("TV")).value = 100;
    await workbook.xlsx.writeFile(path);
    const { code, codes } = await checkCodes(path, dir);
    expect(code).toBe(1);
    expect(codes).toContain("PORTABLE_HELPERS_BROKEN");
  });

  it("warns about an indicator row without helpers (inserted without copying a row)", async () => {
    const dir = await tempDir();
    const path = await makeExample(dir);
    const { workbook, sheet, col, firstRow } = await openHelpers(path);
    SCORE_HELPERS.forEach((_, i) => {
      sheet.getCell(firstRow + 1, col + i).value = null;
    });
    await workbook.xlsx.writeFile(path);
    const { codes } = await checkCodes(path, dir);
    expect(codes).toContain("PORTABLE_HELPERS_MISSING");
    expect(codes).not.toContain("PORTABLE_HELPERS_BROKEN");
  });

  it("accepts the qualitative shares the pane's 设置 chose, and still flags an edited share formula", async () => {
    const dir = await tempDir();
    const path = join(dir, "shares.xlsx");
    const scoring = { ...NATIONAL_RULES, qualitativeDefaults: { achieved: 1, partial: 0.7, failed: 0.4 } };
    const built = buildTemplate({ kind: "self-eval", example: true, formulas: "portable", scoring });
    if (!built.ok) throw new Error(built.code);
    await writeFile(path, await writeTemplateWorkbook(built.layout));
    expect((await checkCodes(path, dir)).codes.filter((c) => c.startsWith("PORTABLE_"))).toEqual([]);

    const { workbook, sheet, col, firstRow } = await openHelpers(path);
    const at = [firstRow, col + SCORE_HELPERS.indexOf("AQ")] as const;
    const formula = formulaOf(sheet.getCell(...at));
    expect(formula).toContain("0.7");
    sheet.getCell(...at).value = { formula: formula.replace('""))', "0.5))"), result: "" };
    await workbook.xlsx.writeFile(path);
    expect((await checkCodes(path, dir)).codes).toContain("PORTABLE_HELPERS_BROKEN");
  });
});
