import { readdir } from "node:fs/promises";
import { copyFixture, runCli, tempDir, WORKBOOKS } from "./checkHarness";

describe("command-line nits (QA B16)", () => {
  it("check - : standard input is refused in words, exit 2", async () => {
    const run = await runCli(["check", "-"], WORKBOOKS);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("读取标准输入（“-”）不支持");
    expect(run.stderr).toContain("Reading from standard input");
  });

  it("a value-taking option never swallows the next option as its value", async () => {
    const dir = await tempDir();
    const unit = await runCli(["template", "self-eval", "--unit", "-o", "x.xlsx"], dir);
    expect(unit.code).toBe(2);
    expect(unit.stderr).toContain("缺少 --unit 的值");
    expect(await readdir(dir)).toEqual([]);
    await copyFixture("seed-002-self-eval.xlsx", dir, "a.xlsx");
    const report = await runCli(["check", "a.xlsx", "--report", "--json"], dir);
    expect(report.code).toBe(2);
    expect(report.stderr).toContain("缺少 --report 的值");
    expect(await readdir(dir)).toEqual(["a.xlsx"]);
    const last = await runCli(["check", "a.xlsx", "--rules"], dir);
    expect([last.code, last.stderr]).toEqual([2, expect.stringContaining("缺少 --rules 的值") as string]);
  });

  it("template --month on a kind other than monitor is an error; on monitor it is fine", async () => {
    const dir = await tempDir();
    const self = await runCli(["template", "self-eval", "--month", "6", "-o", "s.xlsx"], dir);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain("--month 只适用于绩效运行监控表");
    expect(await readdir(dir)).toEqual([]);
    const monitor = await runCli(["template", "monitor", "--month", "6", "-o", "m.xlsx"], dir);
    expect(monitor.code).toBe(0);
  });

  it("English counts take the singular for one and the plural otherwise; Chinese unchanged", async () => {
    const dir = await tempDir();
    await copyFixture("broken-no-header.xlsx", dir, "cover.xlsx");
    const one = await runCli(["check", "cover.xlsx", "--lang", "en"], dir);
    expect(one.stdout).toContain("Checked 1 file (0 unreadable), 0 tables: 0 errors, 1 warning, 0 notes.");
    const zh = await runCli(["check", "cover.xlsx", "--lang", "zh"], dir);
    expect(zh.stdout).toContain("共检查 1 个文件（0 个无法读取），0 张表：错误 0 个，警告 1 个，提示 0 个。");
    await copyFixture("seed-002-self-eval.xlsx", dir, "seed.xlsx");
    const two = await runCli(["check", ".", "--lang", "en"], dir);
    expect(two.stdout).toContain("Checked 2 files (0 unreadable), 2 tables:");
    expect(two.stdout).toContain("(self-evaluation table, 12 indicators)");
  });
});
