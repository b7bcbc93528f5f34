import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkReportSchema } from "../../src/cli/report";
import { readWorkbook } from "../../src/cli/xlsx";
import { runCli, tempDir, WORKBOOKS } from "./checkHarness";

/** Seed 002 with its table sheet hidden behind a visible cover sheet, as a unit's old draft would be. */
async function hiddenDraft(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(WORKBOOKS, "seed-002-self-eval.xlsx"));
  const [draft] = workbook.worksheets;
  if (!draft) throw new Error("no sheet");
  draft.state = "hidden";
  workbook.addWorksheet("封面 & 说明").getCell("A1").value = "cover";
  const path = join(dir, "draft.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("hidden worksheets are named as such (QA B16)", () => {
  it("reads the hidden sheet names along with the grids (exceljs' worksheet.state)", async () => {
    const dir = await tempDir();
    const hiddenOf = async (path: string): Promise<string[]> => {
      const read = await readWorkbook(path);
      return "error" in read ? [read.error] : [...read.hiddenSheets];
    };
    expect(await hiddenOf(await hiddenDraft(dir))).toEqual(["绩效自评表"]);
    expect(await hiddenOf(join(WORKBOOKS, "seed-002-self-eval.xlsx"))).toEqual([]);
    // "veryHidden" (only VBA can show such a sheet again) counts as hidden too.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(WORKBOOKS, "seed-002-self-eval.xlsx"));
    const [sheet] = workbook.worksheets;
    if (!sheet) throw new Error("no sheet");
    sheet.state = "veryHidden";
    workbook.addWorksheet("封面").getCell("A1").value = "cover";
    const veryHidden = join(dir, "very-hidden.xlsx");
    await workbook.xlsx.writeFile(veryHidden);
    expect(await hiddenOf(veryHidden)).toEqual(["绩效自评表"]);
  });

  it("marks the tables of a hidden sheet in JSON and says (隐藏) in the terminal", async () => {
    const dir = await tempDir();
    await hiddenDraft(dir);
    const json = await runCli(["check", "draft.xlsx", "--json"], dir);
    const tables = checkReportSchema.parse(JSON.parse(json.stdout)).files[0]?.tables ?? [];
    expect(tables.map((t) => [t.sheet, t.hidden])).toEqual([
      ["绩效自评表", true],
      ["绩效自评表", true],
    ]);
    const human = await runCli(["check", "draft.xlsx"], dir);
    expect(human.stdout).toContain("表：绩效自评表（隐藏）!A1:H26");
    expect(human.stdout).toContain("Table: 绩效自评表 (hidden)!A1:H26");
    const visible = await runCli(["check", join(WORKBOOKS, "seed-002-self-eval.xlsx")], dir);
    expect(visible.stdout).not.toContain("隐藏");
  });
});
