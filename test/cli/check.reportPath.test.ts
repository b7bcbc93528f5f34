import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isReviewWorkbook } from "../../src/cli/xlsx";
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

describe("report and template paths are checked up front (QA B9)", () => {
  it("check --report into a missing folder: exit 2 before checking, no raw ENOENT", async () => {
    const dir = await tempDir();
    await copyFixture(SEED002, dir, "a.xlsx");
    const run = await runCli(["check", "a.xlsx", "--report", "nowhere/r.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`文件夹“${join(dir, "nowhere")}”不存在`);
    expect(run.stderr).not.toContain("ENOENT");
  });

  it("check --report naming a folder says so", async () => {
    const dir = await tempDir();
    await copyFixture(SEED002, dir, "a.xlsx");
    await mkdir(join(dir, "out.xlsx"));
    const run = await runCli(["check", "a.xlsx", "--report", "out.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("是一个文件夹");
  });

  it("template -o: a folder, a missing folder and a non-.xlsx name are refused with their own reason", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "some-folder"));
    const folder = await runCli(["template", "self-eval", "-o", "some-folder"], dir);
    expect([folder.code, folder.stderr]).toEqual([2, expect.stringContaining("是一个文件夹") as string]);
    const missing = await runCli(["template", "self-eval", "-o", "nowhere/x.xlsx"], dir);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining("不存在") as string]);
    expect(missing.stderr).not.toContain("ENOENT");
    const txt = await runCli(["template", "self-eval", "-o", "x.txt"], dir);
    expect([txt.code, txt.stderr]).toEqual([2, expect.stringContaining("须以 .xlsx 结尾") as string]);
    await expect(readFile(join(dir, "x.txt"))).rejects.toThrow();
  });
});
