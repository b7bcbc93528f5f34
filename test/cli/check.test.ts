import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { checkReportSchema, type CheckReport } from "../../src/cli/report";
import { isReviewWorkbook } from "../../src/cli/xlsx";
import { copyFixture, editedCopy, runCli, tempDir, WORKBOOKS } from "./checkHarness";

const SEED002 = "seed-002-self-eval.xlsx";

const parseReport = (stdout: string): CheckReport => checkReportSchema.parse(JSON.parse(stdout));

describe("perf-tables check --json on seed 002", () => {
  let report: CheckReport;
  let code: number;
  beforeAll(async () => {
    const run = await runCli(["check", join(WORKBOOKS, SEED002), "--json"], WORKBOOKS);
    code = run.code;
    report = parseReport(run.stdout);
  });

  it("exits 0: warnings only", () => {
    expect(code).toBe(0);
  });

  it("finds both tables with their claimed and recomputed totals and grades", () => {
    const tables = report.files[0]?.tables ?? [];
    expect(tables.map((t) => [t.kind, t.claimedTotal, t.total, t.claimedGrade, t.grade])).toEqual([
      ["self-eval", 98.99, 98.99, "优", "优"],
      ["self-eval", 98.5, 98.5, "优", "优"],
    ]);
  });

  it("recomputes the budget row from the amounts (99.89 %, 9.99)", () => {
    expect(report.files[0]?.tables[0]?.budget).toEqual({
      budget: 17.52,
      executed: 17.5,
      rate: 99.89,
      score: 9.99,
      claimedScore: 9.99,
      explanation: "预算执行率 17.50 ÷ 17.52 = 99.89%，× 10 = 9.99",
    });
  });

  it("explains every recomputed score, its text ending with that score", () => {
    const rows = (report.files[0]?.tables ?? []).flatMap((t) => t.indicators);
    const scored = rows.filter((r) => r.score !== undefined);
    expect(scored.length).toBeGreaterThan(10);
    for (const r of scored) expect(r.explanation?.endsWith((r.score as number).toFixed(2))).toBe(true);
    const qualitative = rows.find((r) => r.explanation?.startsWith("定性：部分达成"));
    expect(qualitative?.explanation).toBe("定性：部分达成，按 70% 计 3.50");
  });

  it("shows the rule score 4.94 next to the entered 4.00, with a warning and no error", () => {
    const table = report.files[0]?.tables[0];
    const row = table?.indicators.find((i) => i.name === "系统使用人员满意度");
    expect(row).toMatchObject({
      target: "≥90.00(%)",
      weight: 5,
      score: 4.94,
      claimedScore: 4,
      explanation: "正向指标：89.00 ÷ 90.00 × 5 = 4.94",
    });
    const finding = table?.findings.find((f) => f.code === "SCORES_DIFFERS_FROM_RULE");
    expect(finding).toMatchObject({ severity: "warning", cell: "G24" });
    expect(finding?.message).toContain("4.94");
    expect(table?.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("writes messages in English with --lang en", async () => {
    const run = await runCli(["check", join(WORKBOOKS, SEED002), "--json", "--lang", "en"], WORKBOOKS);
    const finding = parseReport(run.stdout).files[0]?.tables[0]?.findings.find(
      (f) => f.code === "SCORES_DIFFERS_FROM_RULE",
    );
    expect(finding?.message).toMatch(/^The entered score 4\.00 differs from the rule score 4\.94/);
    const row = parseReport(run.stdout).files[0]?.tables[0]?.indicators.find(
      (i) => i.name === "系统使用人员满意度",
    );
    expect(row?.explanation).toBe("Positive indicator: 89.00 ÷ 90.00 × 5 = 4.94");
  });
});

describe("perf-tables check exit codes", () => {
  it("exits 1 when a table has errors (entered score above its weight)", async () => {
    const dir = await tempDir();
    await editedCopy(SEED002, join(dir, "bad.xlsx"), [["绩效自评表", "G24", 6]]);
    const run = await runCli(["check", dir, "--json"], dir);
    expect(run.code).toBe(1);
    const findings = parseReport(run.stdout).files[0]?.tables[0]?.findings ?? [];
    expect(findings.filter((f) => f.severity === "error").map((f) => `${f.code}@${f.cell}`)).toEqual(
      expect.arrayContaining(["SCORES_ABOVE_WEIGHT@G24"]),
    );
  });

  it("exits 2 on a corrupt file among good ones and still reports the good ones", async () => {
    const dir = await tempDir();
    await copyFixture(SEED002, dir, "a-good.xlsx");
    await copyFixture("corrupt.xlsx", dir, "b-corrupt.xlsx");
    await copyFixture("seed-001-goal-sh2020.xlsx", dir, "c-good.xlsx");
    const run = await runCli(["check", dir, "--json"], dir);
    expect(run.code).toBe(2);
    const files = parseReport(run.stdout).files;
    expect(
      files.map((f) => [f.path.endsWith("a-good.xlsx"), f.error !== undefined, f.tables.length]),
    ).toEqual([
      [true, false, 2],
      [false, true, 0],
      [false, false, 1],
    ]);
    expect(files[1]?.error).toContain("b-corrupt.xlsx");
  });

  it("exits 2 for a path that does not exist, reporting it", async () => {
    const dir = await tempDir();
    const run = await runCli(["check", "missing.xlsx", "--json"], dir);
    expect(run.code).toBe(2);
    expect(parseReport(run.stdout).files[0]?.error).toMatch(/^无法打开文件“.*missing\.xlsx”：文件不存在/);
  });

  it("exits 2 with usage for an unknown option or no input", async () => {
    const bad = await runCli(["check", "--frobnicate"], WORKBOOKS);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--frobnicate");
    const none = await runCli(["check"], WORKBOOKS);
    expect(none.code).toBe(2);
    expect(none.stderr).not.toBe("");
  });
});

describe("perf-tables check file discovery", () => {
  it("walks folders for .xlsx, listing Excel lock files and other files as not read", async () => {
    const dir = await tempDir();
    await copyFixture(SEED002, dir, "a.xlsx");
    await copyFixture("corrupt.xlsx", dir, "~$a.xlsx");
    await writeFile(join(dir, "notes.txt"), "not a workbook");
    const run = await runCli(["check", dir, "--json", "--lang", "en"], dir);
    // Files deliberately not read are listed, not counted as unreadable: the exit code stays 0.
    expect(run.code).toBe(0);
    const files = parseReport(run.stdout).files;
    expect(files.map((f) => [f.path, f.format, f.tables.length > 0, f.skipped !== undefined])).toEqual([
      [join(dir, "a.xlsx"), "xlsx", true, false],
      [join(dir, "notes.txt"), undefined, false, true],
      [join(dir, "~$a.xlsx"), undefined, false, true],
    ]);
    expect(files[1]?.skipped).toContain("“.txt”");
    expect(files[2]?.skipped).toContain("lock file");
  });
});

describe("perf-tables check human output", () => {
  it("prints Chinese with English after: totals printed vs recomputed and findings by severity", async () => {
    const run = await runCli(["check", SEED002], WORKBOOKS);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("总分：表中 98.99，重算 98.99");
    expect(run.stdout).toContain("Total: printed 98.99, recomputed 98.99");
    expect(run.stdout).toMatch(/警告 Warnings \(3\)/);
    expect(run.stdout).toContain("G24");
    expect(run.stdout).toContain("The entered score 4.00 differs from the rule score 4.94");
    expect(run.stdout).toContain("预算执行率 17.50 ÷ 17.52 = 99.89%，× 10 = 9.99");
    expect(run.stdout).toMatch(
      /第 24 行 系统使用人员满意度：正向指标：89\.00 ÷ 90\.00 × 5 = 4\.94 {2}Row 24 /,
    );
  });

  it("prints English only with --lang en", async () => {
    const run = await runCli(["check", SEED002, "--lang", "en"], WORKBOOKS);
    expect(run.stdout).toContain("Total: printed 98.50, recomputed 98.50");
    expect(run.stdout).not.toMatch(/总分|警告/);
  });

  it("draws a progress bar on a terminal when there are several files, never on stdout", async () => {
    const dir = await tempDir();
    await copyFixture(SEED002, dir, "a.xlsx");
    await copyFixture("seed-000-goal-sh2020.xlsx", dir, "b.xlsx");
    const tty = await runCli(["check", dir, "--json"], dir, true);
    expect(tty.stderr).toContain("正在检查 1/2");
    expect(() => parseReport(tty.stdout)).not.toThrow();
    const pipe = await runCli(["check", dir, "--json"], dir, false);
    expect(pipe.stderr).toBe("");
  });

  it("refuses an unknown --rules preset (exit 2, nothing checked), listing the known presets", async () => {
    const run = await runCli(["check", SEED002, "--rules", "bands80,mars"], WORKBOOKS);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("mars");
    expect(run.stderr).toContain("national, ratio, guangxi, bands80, budget20");
  });
});

describe("perf-tables check with worker threads", () => {
  it("gives the same report with 2 workers as on one thread", async () => {
    const dir = await tempDir();
    const names = [
      SEED002,
      "seed-000-goal-sh2020.xlsx",
      "seed-001-goal-sh2020.xlsx",
      "seed-003-application-sh2019.xlsx",
      "seed-004-goal-sh2020.xlsx",
      "corrupt.xlsx",
    ];
    for (const [i, name] of names.entries()) await copyFixture(name, dir, `${i}-${name}`);
    const one = await runCli(["check", dir, "--json", "--jobs", "1"], dir);
    const two = await runCli(["check", dir, "--json", "--jobs", "2"], dir);
    expect(two.code).toBe(one.code);
    expect(one.code).toBe(2);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(parseReport(one.stdout).files).toHaveLength(names.length);
  });
});

describe("perf-tables check --report", () => {
  it("refuses to overwrite a workbook being checked, leaving it untouched", async () => {
    const dir = await tempDir();
    const input = await copyFixture(SEED002, dir, "a.xlsx");
    const before = await readFile(input);
    const run = await runCli(["check", dir, "--report", "a.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("a.xlsx");
    expect((await readFile(input)).equals(before)).toBe(true);
  });

  it("writes the review workbook where named, and a re-run replaces it without checking it", async () => {
    const dir = await tempDir();
    await copyFixture(SEED002, dir, "a.xlsx");
    const first = await runCli(["check", dir, "--report", "review.xlsx"], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(join(dir, "review.xlsx"));
    expect(await isReviewWorkbook(join(dir, "review.xlsx"))).toBe(true);
    const again = await runCli(["check", dir, "--json", "--report", "review.xlsx"], dir);
    expect(again.code).toBe(0);
    expect(parseReport(again.stdout).files.map((f) => f.path)).toEqual([join(dir, "a.xlsx")]);
    expect(await isReviewWorkbook(join(dir, "a.xlsx"))).toBe(false);
  });

  it("never takes a workbook written by the template command for a previous report", async () => {
    const dir = await tempDir();
    await runCli(["template", "self-eval", "--example", "-o", "submission.xlsx"], dir);
    expect(await isReviewWorkbook(join(dir, "submission.xlsx"))).toBe(false);
    const run = await runCli(["check", dir, "--report", "submission.xlsx"], dir);
    expect(run.code).toBe(2);
  });

  it("refuses a report name that is not .xlsx", async () => {
    const dir = await tempDir();
    await copyFixture(SEED002, dir, "a.xlsx");
    const run = await runCli(["check", dir, "--report", "review.csv"], dir);
    expect(run.code).toBe(2);
  });
});
