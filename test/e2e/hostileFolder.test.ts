/**
 * `perf-tables check <folder>` on a hostile folder: every file is accounted for, unreadable ones are
 * named with a Chinese reason, the others are checked; exit 2; no stack trace; nothing is written next
 * to the inputs; --json matches the exported schema; --report writes a review workbook elsewhere.
 * Issue 15: the folder also holds each attack class (zip bomb, whole-sheet merge, 60,000 merges, a
 * million cells, FIFO, /dev/zero, sparse 2 GB, a dangling link, terminal escapes, 1e999): the run (a
 * real child process) ends in bounded time under 1 GiB, and no raw control character reaches the
 * terminal.
 */
import { execFile } from "node:child_process";
import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { checkReportSchema, type CheckReport } from "../../src/cli/report";
import { runCli, tempDir, type Run } from "../cli/checkHarness";
import { makeHostileFolder, READABLE, UNREADABLE } from "./makeHostileFolder";

const STACK = /\n\s+at .+\(.+:\d+:\d+\)/;
const BIN = join(__dirname, "../../bin/perf-tables.js");
/** What a terminal could obey (C0 but LF/TAB, DEL, C1, bidi overrides): never printed raw. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** `perf-tables …` as a child process, with its peak memory (maxRSS, bytes) and wall time. */
async function runProcess(
  args: readonly string[],
  cwd: string,
  preload: string,
): Promise<Run & { rss: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["-r", preload, BIN, ...args],
      { cwd, maxBuffer: 1 << 28 },
      (error, stdout, stderr) => {
        const rss = Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? "0") * 1024;
        const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
        resolve({
          code,
          stdout,
          stderr: stderr.replace(/\nmaxrss=\d+\n/, ""),
          rss,
          ms: performance.now() - started,
        });
      },
    );
  });
}

describe("check on a hostile folder", () => {
  let root: string;
  let inbox: string;
  let before: string[];
  let json: Run & { rss: number; ms: number };
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
    const preload = join(root, "maxrss.js");
    await writeFile(
      preload,
      'process.on("exit", () => require("fs").writeSync(2, "\\nmaxrss=" + process.resourceUsage().maxRSS + "\\n"));\n',
    );
    json = await runProcess(["check", "收件箱 2024", "--json", "--report", reviewPath()], root, preload);
    report = checkReportSchema.parse(JSON.parse(json.stdout));
    const small = before.filter((name) => !name.startsWith("大表")).map((name) => join(inbox, name));
    human = await runCli(["check", ...small], root);
  });

  it("ends in bounded time with peak memory under 1 GiB (figures in the test name's log)", () => {
    console.log(
      `hostile folder: ${(json.ms / 1000).toFixed(1)} s, peak RSS ${(json.rss / 1024 ** 2).toFixed(0)} MB`,
    );
    expect(json.rss).toBeGreaterThan(0);
    expect(json.rss).toBeLessThan(1024 ** 3);
    // Seconds, not minutes (tsx compiles the sources at start-up; a loaded CI machine is slower).
    expect(json.ms).toBeLessThan(90_000);
  });

  it("prints no raw control character, in the human output or the JSON", () => {
    for (const text of [json.stdout, json.stderr, human.stdout, human.stderr])
      expect(text).not.toMatch(RAW_CONTROL);
    // Shown escaped instead, and the JSON keeps the exact text.
    expect(human.stdout).toContain("\\u009b31m\\u202e");
    expect(human.stdout).toContain("控制字符 \\u001b[2J\\u202e.xlsx");
    const attacked = report.files.find((f) => basename(f.path).startsWith("控制字符"));
    expect(basename(attacked?.path ?? "")).toBe("控制字符 \u001b[2J\u202e.xlsx");
    expect(attacked?.tables[0]?.indicators.find((i) => i.row === 14)?.target).toContain("\u009b31m\u202e");
  });

  it("reads 1e999 as a finding, not as 999", () => {
    const table = report.files.find((f) => basename(f.path).startsWith("数字"))?.tables[0];
    expect(table?.findings.find((f) => f.cell === "D14")?.code).toBe("TARGET_EXPONENT");
    expect(table?.indicators.find((i) => i.row === 14)?.score).toBeUndefined();
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
