import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isReviewWorkbook } from "../../src/cli/report";
import { copyFixture, runCli, tempDir } from "./checkHarness";

const SEED002 = "seed-002-self-eval.xlsx";

describe("check --report never destroys a file that is not a previous review workbook (QA B0)", () => {
  it("refuses an existing workbook before checking anything: exit 2, file untouched, nothing printed", async () => {
    const dir = await tempDir();
    const inputs = join(dir, "in");
    await mkdir(inputs);
    await copyFixture(SEED002, inputs, "a.xlsx");
    const precious = await copyFixture("seed-001-goal-sh2020.xlsx", dir, "我的重要工作簿.xlsx");
    const before = await readFile(precious);
    const run = await runCli(["check", "in", "--report", "我的重要工作簿.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("已存在且不是审核报告");
    expect(run.stderr).toContain("--force");
    expect(run.stderr).toContain("already exists and is not a review report");
    expect((await readFile(precious)).equals(before)).toBe(true);
  });

  it("refuses any other existing file too (not only workbooks)", async () => {
    const dir = await tempDir();
    await copyFixture(SEED002, dir, "a.xlsx");
    await writeFile(join(dir, "notes.xlsx"), "my notes");
    const run = await runCli(["check", "a.xlsx", "--report", "notes.xlsx", "--lang", "en"], dir);
    expect(run.code).toBe(2);
    expect(await readFile(join(dir, "notes.xlsx"), "utf8")).toBe("my notes");
  });

  it("overwrites it with --force, and replaces a previous review workbook without --force", async () => {
    const dir = await tempDir();
    await copyFixture(SEED002, dir, "a.xlsx");
    await copyFixture("seed-001-goal-sh2020.xlsx", dir, "old.xlsx");
    const forced = await runCli(["check", "a.xlsx", "--report", "old.xlsx", "--force"], dir);
    expect(forced.code).toBe(0);
    expect(await isReviewWorkbook(join(dir, "old.xlsx"))).toBe(true);
    const again = await runCli(["check", "a.xlsx", "--report", "old.xlsx"], dir);
    expect(again.code).toBe(0);
    expect(await isReviewWorkbook(join(dir, "old.xlsx"))).toBe(true);
  });

  it("never writes onto an input, even with --force", async () => {
    const dir = await tempDir();
    const input = await copyFixture(SEED002, dir, "a.xlsx");
    const before = await readFile(input);
    const run = await runCli(["check", "a.xlsx", "--report", "a.xlsx", "--force"], dir);
    expect(run.code).toBe(2);
    expect((await readFile(input)).equals(before)).toBe(true);
  });
});
