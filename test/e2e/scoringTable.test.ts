/**
 * A hand-typed self-evaluation with one row per scoring rule (positive, negative inside and beyond 2T,
 * equal-to-zero, qualitative band, unit conversions 元→万元, 万人→人, 分钟→小时, a bare number on a %
 * target) read by the CLI: every rule score, the funds row, the total and the grade as worked out by
 * hand (test/fixtures/e2e/scoring-table.json), no error when the unit typed the same scores.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkReportSchema, type TableReport } from "../../src/cli/report";
import { runCli, tempDir } from "../cli/checkHarness";

interface ScoringRow {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly weight: number;
  readonly score: number;
  readonly explanation: string;
}

const data = JSON.parse(readFileSync(join(__dirname, "../fixtures/e2e/scoring-table.json"), "utf8")) as {
  sheet: string;
  funds: (string | number | null)[];
  fundsRow: (string | number | null)[];
  budget: TableReport["budget"];
  rows: ScoringRow[];
  total: number;
  grade: string;
};

describe("every scoring rule through the command line", () => {
  let table: TableReport | undefined;
  let code: number;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(data.sheet);
    sheet.addRow(data.funds);
    sheet.addRow(data.fundsRow);
    sheet.addRow([
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ]);
    for (const r of data.rows) {
      sheet.addRow([
        r.level1,
        r.level2,
        r.name,
        r.target,
        r.actual,
        r.weight,
        r.score,
        r.score < r.weight ? "原因见报告" : "",
      ]);
    }
    const claimedTotal =
      Math.round(data.rows.reduce((s, r) => s + r.score * 100, 0) + (data.budget?.score ?? 0) * 100) / 100;
    sheet.addRow(["总分", "", "", "", "", 100, claimedTotal]);
    sheet.addRow(["评分等级", data.grade]);
    const dir = await tempDir();
    const file = join(dir, "评分规则.xlsx");
    await workbook.xlsx.writeFile(file);
    const run = await runCli(["check", file, "--json"], dir);
    code = run.code;
    table = checkReportSchema.parse(JSON.parse(run.stdout)).files[0]?.tables[0];
  });

  it("exits 0: the unit's scores are the rule's", () => {
    expect(code).toBe(0);
    expect(table?.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("recomputes the funds row from amounts in 元 with thousands separators", () => {
    expect(table?.budget).toEqual(data.budget);
  });

  it.each(data.rows.map((r) => [r.name, r] as const))("%s scores by its rule", (name, row) => {
    const found = table?.indicators.find((i) => i.name === name);
    expect(found).toMatchObject({
      weight: row.weight,
      score: row.score,
      claimedScore: row.score,
      explanation: row.explanation,
    });
  });

  it("adds up to the total and grade worked out by hand", () => {
    expect(table).toMatchObject({ total: data.total, claimedTotal: data.total, grade: data.grade });
  });
});
