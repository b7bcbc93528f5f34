import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkFile } from "../../../src/cli/check";
import { fileLink, writeReviewWorkbook, type CheckedFile } from "../../../src/cli/report";
import { NATIONAL_RULES } from "../../../src/core/scoring/options";
import { tempDir, WORKBOOKS } from "../checkHarness";

describe("writeReviewWorkbook", () => {
  let summary: ExcelJS.Worksheet;
  let findings: ExcelJS.Worksheet;
  let scores: ExcelJS.Worksheet;
  let checked: CheckedFile[];
  beforeAll(async () => {
    checked = [
      await checkFile(join(WORKBOOKS, "seed-002-self-eval.xlsx"), NATIONAL_RULES),
      await checkFile(join(WORKBOOKS, "corrupt.xlsx"), NATIONAL_RULES),
      await checkFile(join(WORKBOOKS, "seed-004-goal-sh2020.xlsx"), NATIONAL_RULES),
    ];
    const dir = await tempDir();
    const out = join(dir, "review.xlsx");
    await writeReviewWorkbook(checked, out, WORKBOOKS);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const [first, second, third] = workbook.worksheets;
    if (!first || !second || !third) throw new Error("sheets missing");
    summary = first;
    findings = second;
    scores = third;
  });

  it("names the sheets 汇总 Summary, 问题 Findings and 得分说明 Scores", () => {
    expect([summary.name, findings.name, scores.name]).toEqual([
      "汇总 Summary",
      "问题 Findings",
      "得分说明 Scores",
    ]);
  });

  it("explains every recomputed score: the budget row, then each indicator, in both languages", () => {
    const rows = scores.getSheetValues().slice(2) as unknown[][];
    const scored = checked.flatMap((f) =>
      f.tables.flatMap((t) => [
        ...(t.budget?.explanation ? [t.budget] : []),
        ...t.indicators.filter((r) => r.explanation),
      ]),
    );
    expect(rows).toHaveLength(scored.length);
    expect(rows[0]?.slice(9, 12)).toEqual([
      9.99,
      "预算执行率 17.50 ÷ 17.52 = 99.89%，× 10 = 9.99",
      "Budget execution 17.50 ÷ 17.52 = 99.89%, × 10 = 9.99",
    ]);
    const satisfaction = rows.find((r) => r[4] === "系统使用人员满意度");
    expect(satisfaction?.slice(7, 11)).toEqual([5, 4, 4.94, "正向指标：89.00 ÷ 90.00 × 5 = 4.94"]);
  });

  it("has one summary row per table and per unreadable file, with printed vs recomputed totals and counts", () => {
    const rows = summary.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(2 + 1 + 2);
    const seed002 = rows[0] ?? [];
    expect(seed002.slice(5, 12)).toEqual([98.99, 98.99, "优", "优", 0, 3, 0]);
    const corrupt = rows[2] ?? [];
    expect(String(corrupt[12])).toContain("损坏");
  });

  it("links every finding to its cell in the submitted workbook", () => {
    const total = checked.reduce(
      (n, f) => n + f.tables.reduce((m, t) => m + t.findings.length, 0) + (f.error ? 1 : 0),
      0,
    );
    expect(findings.rowCount - 1).toBe(total);
    const g24 = findings.getRow(2 + 2).getCell(3).value as { text: string; hyperlink: string };
    expect(g24).toEqual({
      text: "G24",
      hyperlink: fileLink(join(WORKBOOKS, "seed-002-self-eval.xlsx"), "绩效自评表", "G24"),
    });
    expect(g24.hyperlink).toMatch(/^file:\/\/\/.*seed-002-self-eval\.xlsx#'绩效自评表'!G24$/);
  });
});

describe("fileLink", () => {
  it.each([
    ["/data/收件箱/a.xlsx", "绩效自评表", "G24", "file:///data/收件箱/a.xlsx#'绩效自评表'!G24"],
    ["/data/my files/a#1.xlsx", "Sheet1", "A1", "file:///data/my%20files/a%231.xlsx#'Sheet1'!A1"],
    ["/data/a.xlsx", "It's", "B2", "file:///data/a.xlsx#'It''s'!B2"],
    ["/data/a.xlsx", undefined, undefined, "file:///data/a.xlsx"],
  ])("%s %s %s", (path, sheet, cell, expected) => {
    expect(fileLink(path, sheet, cell)).toBe(expected);
  });
});
