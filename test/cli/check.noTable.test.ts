import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkReportSchema } from "../../src/cli/report";
import { copyFixture, runCli, tempDir } from "./checkHarness";

describe("a workbook with no recognisable table is a warning, not a clean pass (QA B15)", () => {
  it("JSON: a file-level CHECK_NO_TABLE warning at A1; exit 0 (no error)", async () => {
    const dir = await tempDir();
    await copyFixture("broken-no-header.xlsx", dir, "cover.xlsx");
    const run = await runCli(["check", "cover.xlsx", "--json", "--lang", "zh"], dir);
    expect(run.code).toBe(0);
    const file = checkReportSchema.parse(JSON.parse(run.stdout)).files[0];
    expect(file?.tables).toEqual([]);
    expect(file?.findings?.map((f) => [f.cell, f.code, f.severity])).toEqual([
      ["A1", "CHECK_NO_TABLE", "warning"],
    ]);
    expect(file?.findings?.[0]?.message).toContain("一级指标 / 二级指标");
  });

  it("terminal: shown under the file and counted in the summary; a file with tables has no such finding", async () => {
    const dir = await tempDir();
    await copyFixture("broken-no-header.xlsx", dir, "cover.xlsx");
    await copyFixture("seed-001-goal-sh2020.xlsx", dir, "goal.xlsx");
    const run = await runCli(["check", ".", "--lang", "en"], dir);
    expect(run.code).toBe(0);
    const [cover, goal] = run.stdout.split("File: ").slice(1);
    expect(cover).toContain("A1     CHECK_NO_TABLE  No performance table was found");
    expect(goal).not.toContain("CHECK_NO_TABLE");
    const warningsOf = (text: string): number => Number(/(\d+) warnings?\b/.exec(text)?.[1]);
    const summary = run.stdout.trim().split("\n").pop() ?? "";
    expect(summary).toMatch(/^Checked 2 files \(0 unreadable\), \d+ tables?:/);
    expect(warningsOf(summary)).toBe(warningsOf(goal ?? "") + 1);
  });

  it("review workbook: the summary row counts the warning and the findings sheet lists it", async () => {
    const dir = await tempDir();
    await copyFixture("broken-no-header.xlsx", dir, "cover.xlsx");
    const run = await runCli(["check", "cover.xlsx", "--report", "review.xlsx"], dir);
    expect(run.code).toBe(0);
    const review = new ExcelJS.Workbook();
    await review.xlsx.readFile(join(dir, "review.xlsx"));
    const [summary, findings] = review.worksheets;
    const row = summary?.getRow(2).values as unknown[];
    expect(row.slice(9, 12)).toEqual([0, 1, 0]);
    expect(String(row[12])).toContain("未找到绩效表");
    const finding = findings?.getRow(2).values as unknown[];
    expect(finding.slice(3, 6)).toEqual(["A1", "警告", "CHECK_NO_TABLE"]);
  });
});
