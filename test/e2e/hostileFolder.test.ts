/**
 * `perf-tables check <folder>` on a hostile folder: every file is accounted for, unreadable ones are
 * named with a Chinese reason, the others are checked; exit 2; no stack trace; nothing is written next
 * to the inputs; --json matches the exported schema; --report writes a review workbook elsewhere.
 */
import { mkdir, readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { checkReportSchema, type CheckReport } from "../../src/cli/report";
import { runCli, tempDir, type Run } from "../cli/checkHarness";
import { makeHostileFolder, READABLE, UNREADABLE } from "./makeHostileFolder";

const STACK = /\n\s+at .+\(.+:\d+:\d+\)/;

describe("check on a hostile folder", () => {
  let root: string;
  let inbox: string;
  let before: string[];
  let json: Run;
  let human: Run;
  let report: CheckReport;
  const reviewPath = (): string => join(root, "审核 结果", "review 'q'.xlsx");

  beforeAll(async () => {
    root = await tempDir();
    inbox = join(root, "收件箱 2024");
    await mkdir(inbox);
    await mkdir(join(root, "审核 结果"));
    await makeHostileFolder(inbox);
    before = (await readdir(inbox)).sort();
    // One run for --json and --report (the 20,000-row sheet is the slow part); the terminal output is
    // looked at on the small files only.
    json = await runCli(["check", "收件箱 2024", "--json", "--report", reviewPath()], root);
    report = checkReportSchema.parse(JSON.parse(json.stdout));
    const small = before.filter((name) => !name.startsWith("大表")).map((name) => join(inbox, name));
    human = await runCli(["check", ...small], root);
  });

  it("exits 2 (some files unreadable) in both modes, without a stack trace", () => {
    expect(json.code).toBe(2);
    expect(human.code).toBe(2);
    for (const text of [json.stdout, json.stderr, human.stdout, human.stderr])
      expect(text).not.toMatch(STACK);
  });

  it("accounts for every file of the folder", () => {
    expect(report.files.map((f) => basename(f.path)).sort()).toEqual(before);
  });

  it.each(Object.entries(UNREADABLE))("%s: unreadable, with a Chinese reason", (name, reason) => {
    const file = report.files.find((f) => basename(f.path) === name);
    expect(file?.tables).toEqual([]);
    expect(file?.error).toMatch(reason);
    expect(file?.error).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff]/);
  });

  it.each(Object.entries(READABLE))("%s: its table is found and checked", (name, [sheet, count]) => {
    const file = report.files.find((f) => basename(f.path) === name);
    expect(file?.error).toBeUndefined();
    expect(file?.tables[0]?.sheet).toBe(sheet);
    if (count === null) expect(file?.tables[0]?.indicators.length).toBeGreaterThan(0);
    else expect(file?.tables[0]?.indicators).toHaveLength(count);
  });

  it("scores the 20,000-row sheet (each row at its weight) and keeps row numbers", () => {
    const table = report.files.find((f) => basename(f.path).startsWith("大表"))?.tables[0];
    expect(table?.indicators.at(-1)?.row).toBe(20002);
    expect(table?.indicators.every((i) => i.score !== undefined)).toBe(true);
  });

  it("reports every error value as such, never as a number", () => {
    const table = report.files.find((f) => basename(f.path) === "错误值.xlsx")?.tables[0];
    expect(table?.findings.some((f) => f.code === "TARGET_EXCEL_ERROR")).toBe(true);
    expect(table?.indicators.every((i) => i.score === undefined)).toBe(true);
  });

  it("reads the cached results of _xldudf_PERF formulas (85.00, 良)", () => {
    const table = report.files.find((f) => basename(f.path).startsWith("公式"))?.tables[0];
    expect(table).toMatchObject({ total: 85, claimedTotal: 85, grade: "良", claimedGrade: "良" });
    expect(table?.indicators.map((i) => i.claimedScore)).toEqual([45, 40]);
  });

  it("says where the report went on stderr, keeping stdout pure JSON", () => {
    expect(json.stderr).toContain(reviewPath());
  });

  it("writes nothing next to the inputs", async () => {
    expect((await readdir(inbox)).sort()).toEqual(before);
  });

  it("writes the review workbook where asked, one summary row per table or unreadable file", async () => {
    expect((await stat(reviewPath())).size).toBeGreaterThan(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(reviewPath());
    const summary = workbook.worksheets[0];
    const tables = report.files.reduce((n, f) => n + Math.max(f.tables.length, 1), 0);
    expect((summary?.actualRowCount ?? 0) - 1).toBe(tables);
  });

  it("prints each finding in Chinese first", () => {
    const firstFinding = human.stdout.split("\n").find((l) => /^\s+[A-Z]+\d+\s+[A-Z_]+\s/.test(l)) ?? "";
    expect(firstFinding).toMatch(/[\u4e00-\u9fff]/);
  });
});
