/**
 * --report compared with the inputs by what files are, not by how their paths are spelt (issue 15, 3):
 * a symbolic link, a linked folder or a hard link to an input is refused even with --force; only a
 * workbook carrying our review mark is taken for the previous report — a copied title is not enough.
 */
import { link, mkdir, readFile, readdir, symlink } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { isReviewWorkbook } from "../../src/cli/xlsx";
import { REVIEW_TITLE } from "../../src/cli/xlsx/reviewTitle";
import { copyFixture, runCli, tempDir } from "./checkHarness";

const SEED002 = "seed-002-self-eval.xlsx";

describe("check --report and file identity", () => {
  it.each([
    [
      "a symbolic link to an input",
      async (dir: string) => symlink(join(dir, "in", "a.xlsx"), join(dir, "r.xlsx")),
      "r.xlsx",
    ],
    [
      "a hard link to an input",
      async (dir: string) => link(join(dir, "in", "a.xlsx"), join(dir, "r.xlsx")),
      "r.xlsx",
    ],
    [
      "the input through a linked folder",
      async (dir: string) => symlink(join(dir, "in"), join(dir, "linked")),
      "linked/a.xlsx",
    ],
    ["the input spelt with ..", async () => undefined, "in/../in/a.xlsx"],
  ])("refuses %s, even with --force; the input is untouched", async (_name, make, report) => {
    const dir = await tempDir();
    await mkdir(join(dir, "in"));
    const input = await copyFixture(SEED002, join(dir, "in"), "a.xlsx");
    await make(dir);
    const before = await readFile(input);
    const run = await runCli(["check", "in", "--report", report, "--force"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("是被检查的文件之一，不能覆盖");
    expect(run.stdout).toBe("");
    expect((await readFile(input)).equals(before)).toBe(true);
  });

  it("does not take a submission with the report's title for a previous report", async () => {
    const dir = await tempDir();
    await copyFixture(SEED002, dir, "a.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "a.xlsx"));
    workbook.title = REVIEW_TITLE;
    workbook.creator = "perf-tables";
    await workbook.xlsx.writeFile(join(dir, "review.xlsx"));
    const before = await readFile(join(dir, "review.xlsx"));
    expect(await isReviewWorkbook(join(dir, "review.xlsx"))).toBe(false);
    const run = await runCli(["check", dir, "--report", "review.xlsx"], dir);
    expect(run.code).toBe(2);
    expect((await readFile(join(dir, "review.xlsx"))).equals(before)).toBe(true);
  });

  it("recognises its own report by the mark, and not once its sheets were changed", async () => {
    const dir = await tempDir();
    await copyFixture(SEED002, dir, "a.xlsx");
    expect((await runCli(["check", "a.xlsx", "--report", "review.xlsx"], dir)).code).toBe(0);
    expect(await isReviewWorkbook(join(dir, "review.xlsx"))).toBe(true);
    // Re-saved after an edit: the mark no longer matches the sheets, so it is the reviewer's work now.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "review.xlsx"));
    const summary = workbook.worksheets[0];
    if (summary) summary.getCell("A1").value = "edited";
    await workbook.xlsx.writeFile(join(dir, "review.xlsx"));
    expect(await isReviewWorkbook(join(dir, "review.xlsx"))).toBe(false);
    expect((await runCli(["check", "a.xlsx", "--report", "review.xlsx"], dir)).code).toBe(2);
  });

  it("leaves no temporary file behind after writing", async () => {
    const dir = await tempDir();
    await copyFixture(SEED002, dir, "a.xlsx");
    await runCli(["check", "a.xlsx", "--report", "review.xlsx"], dir);
    expect((await readdir(dir)).sort()).toEqual(["a.xlsx", "review.xlsx"]);
  });
});
