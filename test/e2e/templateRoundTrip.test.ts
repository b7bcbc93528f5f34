/**
 * End to end: `perf-tables template …` writes a workbook, `perf-tables check` reads it back. A template
 * straight out of the tool is recognised as its own kind and gives only the findings an empty table
 * should; the filled example reproduces seed 002's first table (98.99, 优, 4.00 entered vs 4.94).
 */
import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkReportSchema, type CheckReport } from "../../src/cli/report";
import { tableKinds } from "../../src/core/templates";
import { runCli, tempDir } from "../cli/checkHarness";
import { fillCells } from "./fillCells";

const KINDS = JSON.parse(readFileSync(join(__dirname, "../fixtures/e2e/template-kinds.json"), "utf8")) as {
  kinds: Record<string, { allowedCodes: string[] }>;
};

const report = (stdout: string): CheckReport => checkReportSchema.parse(JSON.parse(stdout));

describe("every registered template kind survives template → check", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  it("has an expectation for every kind in the registry", () => {
    expect(Object.keys(KINDS.kinds).sort()).toEqual(tableKinds.map((k) => k.id).sort());
  });

  it.each(tableKinds.map((k) => k.id))(
    "%s: recognised as itself, only empty-table findings",
    async (kind) => {
      const file = join(dir, `${kind}.xlsx`);
      const written = await runCli(["template", kind, "-o", file, "--year", "2024", "--unit", "万元"], dir);
      expect(written).toMatchObject({ code: 0, stderr: "" });
      expect(written.stdout).toMatch(/^已生成/);

      const run = await runCli(["check", file, "--json"], dir);
      expect(run.stderr).toBe("");
      const tables = report(run.stdout).files[0]?.tables ?? [];
      expect(tables.map((t) => t.kind)).toEqual([kind]);
      expect(tables[0]?.sheet).toContain("2024");
      const allowed = KINDS.kinds[kind]?.allowedCodes ?? [];
      const unexpected = (tables[0]?.findings ?? []).filter((f) => !allowed.includes(f.code));
      expect(unexpected).toEqual([]);
    },
  );

  it("writes nothing but the requested files", async () => {
    const names = (await readdir(dir)).sort();
    expect(names).toEqual(tableKinds.map((k) => `${k.id}.xlsx`).sort());
  });
});

describe("template self-eval --example → check reproduces seed 002's first table", () => {
  let run: { code: number; stdout: string; stderr: string };
  let human: string;
  beforeAll(async () => {
    const dir = await tempDir();
    const file = join(dir, "示例 自评表.xlsx");
    expect((await runCli(["template", "self-eval", "--example", "-o", file], dir)).code).toBe(0);
    run = await runCli(["check", file, "--json"], dir);
    human = (await runCli(["check", file], dir)).stdout;
  });

  it("exits 0 (warnings only) and reports 98.99 / 优 both printed and recomputed", () => {
    expect(run.code).toBe(0);
    const table = report(run.stdout).files[0]?.tables[0];
    expect(table).toMatchObject({
      kind: "self-eval",
      total: 98.99,
      claimedTotal: 98.99,
      grade: "优",
      claimedGrade: "优",
      budget: { budget: 17.52, executed: 17.5, rate: 99.89, score: 9.99, claimedScore: 9.99 },
    });
    expect(table?.indicators).toHaveLength(12);
    expect(table?.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("shows the entered 4.00 next to the rule's 4.94 on 系统使用人员满意度", () => {
    const table = report(run.stdout).files[0]?.tables[0];
    const row = table?.indicators.find((i) => i.name === "系统使用人员满意度");
    expect(row).toMatchObject({ weight: 5, claimedScore: 4, score: 4.94 });
    const finding = table?.findings.find((f) => f.code === "SCORES_DIFFERS_FROM_RULE");
    expect(finding?.cell).toBe(`G${row?.row}`);
    expect(finding?.message).toMatch(/4\.00.*4\.94/);
  });

  it("prints Chinese first, English second on the terminal", () => {
    const zh = human.indexOf("填写的得分 4.00");
    expect(zh).toBeGreaterThan(-1);
    expect(zh).toBeLessThan(human.indexOf("The entered score 4.00"));
  });
});

describe("seed 004 typed into a goal-sh2020 template with exceljs", () => {
  it("is checked with the seed-004 findings (=1 read as 100 %, 建全, compound fault targets)", async () => {
    const seed = JSON.parse(
      await readFile(join(__dirname, "../fixtures/e2e/seed-004-fill.json"), "utf8"),
    ) as {
      kind: string;
      cells: Record<string, string | number>;
      indicators: number;
      exitCode: number;
      expect: [string, string][];
      errorsOnlyAt: string[];
    };
    const dir = await tempDir();
    const file = join(dir, "12333 热线.xlsx");
    expect((await runCli(["template", seed.kind, "-o", file], dir)).code).toBe(0);
    await fillCells(file, seed.cells);

    const run = await runCli(["check", file, "--json"], dir);
    expect(run.code).toBe(seed.exitCode);
    const table = report(run.stdout).files[0]?.tables[0];
    expect(table?.kind).toBe(seed.kind);
    expect(table?.indicators).toHaveLength(seed.indicators);
    const found = (table?.findings ?? []).map((f) => [f.cell, f.code]);
    expect(found).toEqual(expect.arrayContaining(seed.expect));
    const errorCells = (table?.findings ?? []).filter((f) => f.severity === "error").map((f) => f.cell);
    expect(errorCells.sort()).toEqual([...seed.errorsOnlyAt].sort());
  });
});
