import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { collectFiles } from "../../src/cli/check";
import { checkReportSchema } from "../../src/cli/report";
import { copyFixture, runCli, tempDir, WORKBOOKS } from "./checkHarness";

describe("check <folder> drops no submission silently (QA B2)", () => {
  it("checks .xlsm and symlinked workbooks, lists a broken .xls/.et and a .csv as unreadable (exit 2)", async () => {
    const dir = await tempDir();
    const box = join(dir, "mixdir");
    await mkdir(box);
    await copyFixture("seed-002-self-eval.xlsx", box, "a.xlsx");
    await copyFixture("seed-002-self-eval.xlsx", box, "b.xlsm");
    await copyFixture("legacy.xls", box, "c.xls");
    await copyFixture("legacy.xls", box, "d.et");
    await writeFile(join(box, "e.csv"), "一级指标,二级指标\n");
    await writeFile(join(box, "notes.txt"), "not a workbook");
    await symlink(join(WORKBOOKS, "seed-001-goal-sh2020.xlsx"), join(box, "link.xlsx"));
    const run = await runCli(["check", "mixdir", "--json", "--lang", "zh"], dir);
    expect(run.code).toBe(2);
    const files = checkReportSchema.parse(JSON.parse(run.stdout)).files;
    const byName = new Map(files.map((f) => [f.path.slice(box.length + 1), f]));
    // Every file seen is listed: notes.txt as not read (its extension), the others read by their bytes.
    expect([...byName.keys()]).toEqual([
      "a.xlsx",
      "b.xlsm",
      "c.xls",
      "d.et",
      "e.csv",
      "link.xlsx",
      "notes.txt",
    ]);
    expect(byName.get("notes.txt")?.skipped).toContain(".txt");
    expect(byName.get("notes.txt")?.error).toBeUndefined();
    expect(byName.get("c.xls")?.format).toBe("xls");
    expect(byName.get("e.csv")?.format).toBe("csv");
    expect(byName.get("b.xlsm")?.tables.length).toBe(byName.get("a.xlsx")?.tables.length);
    expect(byName.get("b.xlsm")?.error).toBeUndefined();
    expect(byName.get("link.xlsx")?.tables.length).toBeGreaterThan(0);
    for (const name of ["c.xls", "d.et", "e.csv"]) expect(byName.get(name)?.error).toContain(".xlsx");
  });

  it("follows a symlinked folder once, without looping on a link back up", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "sub"));
    await copyFixture("seed-002-self-eval.xlsx", join(dir, "sub"), "a.xlsx");
    await symlink(dir, join(dir, "sub", "loop"));
    await symlink(join(dir, "sub"), join(dir, "linked"));
    const found = await collectFiles(["."], dir);
    // "linked" sorts first and reaches sub/ by its real path; sub/ itself and loop/ are then walked already.
    expect(found).toEqual([join(dir, "linked", "a.xlsx")]);
  });
});
