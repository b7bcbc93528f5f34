/**
 * Department-level tables (部门整体支出绩效目标表 / 自评表) through `perf-tables check --json`: each case
 * of test/fixtures/cli/department-tables.json is a fixture workbook, optionally with cells changed, and
 * what a reviewer must see — the kind, the funds, the totals, every problem on its cell.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkReportSchema, type TableReport } from "../../src/cli/report";
import { editedCopy, runCli, tempDir, WORKBOOKS } from "./checkHarness";

interface DepartmentCase {
  readonly name: string;
  readonly workbook: string;
  readonly edits?: readonly (readonly [string, string | number])[];
  readonly kind: TableReport["kind"];
  readonly indicators: number;
  readonly budget?: TableReport["budget"];
  readonly total?: number;
  readonly claimedTotal?: number;
  readonly grade?: string;
  readonly clean?: boolean;
  readonly noErrors?: boolean;
  /** The only warning codes allowed. */
  readonly warnings?: readonly string[];
  readonly present?: readonly (readonly [string, string, string])[];
  readonly absent?: readonly string[];
}

const { cases } = JSON.parse(
  readFileSync(join(__dirname, "../fixtures/cli/department-tables.json"), "utf8"),
) as { cases: DepartmentCase[] };

async function sheetName(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets[0]?.name ?? "";
}

describe.each(cases)("check --json: $name", (c) => {
  let tables: TableReport[] = [];
  let code = -1;
  beforeAll(async () => {
    const dir = await tempDir();
    let file = join(WORKBOOKS, c.workbook);
    if (c.edits) {
      const sheet = await sheetName(file);
      file = await editedCopy(
        c.workbook,
        join(dir, c.workbook),
        c.edits.map(([cell, value]) => [sheet, cell, value] as const),
      );
    }
    const run = await runCli(["check", file, "--json"], dir);
    code = run.code;
    tables = checkReportSchema.parse(JSON.parse(run.stdout)).files[0]?.tables ?? [];
  });

  it("finds one table of the right kind with every indicator", () => {
    expect(tables.map((t) => t.kind)).toEqual([c.kind]);
    expect(tables[0]?.indicators).toHaveLength(c.indicators);
  });

  it("reads the funds and the totals as a reviewer would", () => {
    const table = tables[0];
    if (c.budget) expect(table?.budget).toEqual(c.budget);
    if (c.total !== undefined) expect(table?.total).toBe(c.total);
    if (c.claimedTotal !== undefined) expect(table?.claimedTotal).toBe(c.claimedTotal);
    if (c.grade !== undefined) expect(table?.grade).toBe(c.grade);
  });

  it("flags every problem on its cell and nothing it must not", () => {
    const findings = tables[0]?.findings ?? [];
    const seen = findings.map((f) => [f.cell, f.code, f.severity]);
    expect(seen).toEqual(expect.arrayContaining((c.present ?? []).map((p) => [...p])));
    expect(findings.filter((f) => (c.absent ?? []).includes(f.code))).toEqual([]);
    if (c.clean || c.noErrors) expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    if (c.clean) expect(findings.filter((f) => f.severity === "warning")).toEqual([]);
    if (c.clean || c.noErrors) expect(code).toBe(0);
    if (c.warnings) {
      const other = findings.filter((f) => f.severity === "warning" && !c.warnings?.includes(f.code));
      expect(other).toEqual([]);
    }
  });
});
