import { lstat, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { tableKinds } from "../../src/core/templates";

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
      isTTY: false,
      cwd,
    },
    out: () => out.join(""),
    err: () => err.join(""),
  };
}

describe("perf-tables template", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "perf-template-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("--list shows every kind with its Chinese and English description", async () => {
    const c = capture(dir);
    expect(await main(["template", "--list"], c.io)).toBe(0);
    for (const kind of tableKinds) {
      expect(c.out()).toContain(kind.id);
      expect(c.out()).toContain(kind.description["zh-CN"]);
      expect(c.out()).toContain(kind.description.en);
    }
  });

  test.each(tableKinds.map((k) => [k.id] as const))("writes %s to the default file name", async (kind) => {
    const c = capture(dir);
    expect(await main(["template", kind, "--year", "2025"], c.io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, `${kind}-2025.xlsx`));
    expect(wb.worksheets).toHaveLength(1);
    expect(String(wb.worksheets[0]!.getCell("A2").value)).toContain("2025");
    expect(c.out()).toContain("已生成");
    expect(c.out()).toContain("Wrote");
  });

  test("never overwrites an existing file unless --force", async () => {
    const file = join(dir, "out.xlsx");
    await writeFile(file, "mine");
    const c = capture(dir);
    expect(await main(["template", "goal", "-o", "out.xlsx"], c.io)).toBe(2);
    expect(await readFile(file, "utf8")).toBe("mine");
    expect(c.err()).toContain("已存在");
    expect(c.err()).toContain("already exists");
    expect(c.err()).toContain("--force");

    expect(await main(["template", "goal", "-o", "out.xlsx", "--force"], capture(dir).io)).toBe(0);
    expect((await stat(file)).size).toBeGreaterThan(1000);
  });

  test("--force replaces a link at the output, never the file it points to", async () => {
    const precious = join(dir, "precious.xlsx");
    await writeFile(precious, "mine");
    await symlink(precious, join(dir, "out.xlsx"));
    expect(await main(["template", "goal", "-o", "out.xlsx", "--force"], capture(dir).io)).toBe(0);
    expect(await readFile(precious, "utf8")).toBe("mine");
    expect((await lstat(join(dir, "out.xlsx"))).isFile()).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(["out.xlsx", "precious.xlsx"]);
  });

  test("--example writes seed 002's first table with its total", async () => {
    expect(
      await main(["template", "self-eval", "--example", "--year=2024", "-o", "ex.xlsx"], capture(dir).io),
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "ex.xlsx"));
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("C3").value).toBe("信息化运维项目");
    const totals: unknown[] = [];
    ws.eachRow((row) => {
      if (row.getCell(1).value === "总分") totals.push(row.getCell(7).result);
    });
    expect(totals).toEqual([98.99]);
  });

  test("--month sets the monitoring period", async () => {
    expect(
      await main(["template", "monitor", "--month", "6", "--year", "2025", "-o", "m.xlsx"], capture(dir).io),
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "m.xlsx"));
    expect(wb.worksheets[0]!.getCell("A2").value).toBe("（2025年1-6月）");
  });

  test("--unit 元 and the framework choice are honoured", async () => {
    expect(
      await main(
        ["template", "goal", "--unit", "元", "--framework", "national-pre2021", "-o", "g.xlsx"],
        capture(dir).io,
      ),
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "g.xlsx"));
    const labels: string[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void labels.push(String(cell.value))));
    expect(labels.some((l) => l.includes("（元）"))).toBe(true);
    // Before 2021 成本 sat under 产出 as a 二级: no 经济成本指标.
    expect(labels).not.toContain("经济成本指标");
    expect(labels).toContain("成本指标");
  });

  test.each([
    [["template", "nope"], "TEMPLATE_UNKNOWN_KIND", "未知的模板类型"],
    [["template", "goal", "--unit", "美元"], "TEMPLATE_INVALID_UNIT", "金额单位"],
    [["template", "goal", "--year", "20x5"], "TEMPLATE_INVALID_YEAR", "年度"],
    [["template", "goal-sh2020", "--framework", "national"], "TEMPLATE_INVALID_FRAMEWORK", "指标体系"],
    [["template", "goal", "--example"], "TEMPLATE_NO_EXAMPLE", "没有示例"],
    [["template"], "TEMPLATE_BAD_ARGUMENT", "参数"],
    [["template", "monitor", "--month", "13"], "TEMPLATE_INVALID_MONTH", "月份"],
    [["template", "goal", "--bogus"], "TEMPLATE_BAD_ARGUMENT", "--bogus"],
  ])("%j is refused with exit 2 and a bilingual message", async (argv, _code, zh) => {
    const c = capture(dir);
    expect(await main(argv, c.io)).toBe(2);
    expect(c.err()).toContain(zh);
    expect(c.err().split("\n").filter(Boolean)).toHaveLength(2);
  });
});
