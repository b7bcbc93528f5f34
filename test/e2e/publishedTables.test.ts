/**
 * Published self-evaluation tables in layouts the seeds do not have, typed as data
 * (test/fixtures/e2e/published/<name>.json, source URL inside), written to .xlsx and checked by the CLI.
 * Each <name>.expect.json says what a reviewer must see; adding a table needs two JSON files only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkReportSchema, type TableReport } from "../../src/cli/report";
import { runCli, tempDir } from "../cli/checkHarness";
import { loadPublishedTables, PUBLISHED_DIR, writePublishedTable } from "./buildPublishedTable";

interface Expectation {
  readonly kind: TableReport["kind"];
  readonly indicators: number;
  readonly budget?: TableReport["budget"];
  readonly total?: number;
  readonly grade?: string;
  readonly targets?: readonly string[];
  readonly present: readonly (readonly [string, string])[];
  readonly absent: readonly string[];
}

const cases = loadPublishedTables().map(({ name, table }) => ({
  name,
  table,
  expected: JSON.parse(readFileSync(join(PUBLISHED_DIR, `${name}.expect.json`), "utf8")) as Expectation,
}));

describe.each(cases)("published table $name", ({ name, table, expected }) => {
  let found: TableReport | undefined;
  let tableCount = 0;
  beforeAll(async () => {
    const dir = await tempDir();
    const file = join(dir, `${name}.xlsx`);
    await writePublishedTable(table, file);
    const run = await runCli(["check", file, "--json"], dir);
    const tables = checkReportSchema.parse(JSON.parse(run.stdout)).files[0]?.tables ?? [];
    tableCount = tables.length;
    found = tables[0];
  });

  it("names its source", () => {
    expect(table.source).toMatch(/^https?:\/\//);
  });

  it("is recognised as one table of its kind with every indicator", () => {
    expect(tableCount).toBe(1);
    expect(found?.kind).toBe(expected.kind);
    expect(found?.indicators).toHaveLength(expected.indicators);
  });

  it("scores the funds block and the total as a reviewer would", () => {
    if (expected.budget) expect(found?.budget).toEqual(expected.budget);
    if (expected.total !== undefined) expect(found?.total).toBe(expected.total);
    if (expected.grade !== undefined) expect(found?.grade).toBe(expected.grade);
    if (expected.targets)
      expect(found?.indicators.map((i) => i.target.replace(/\s/g, ""))).toEqual(expected.targets);
  });

  it("reports what is wrong and nothing that is not", () => {
    const codes = (found?.findings ?? []).map((f) => [f.cell, f.code]);
    expect(codes).toEqual(expect.arrayContaining(expected.present.map((p) => [...p])));
    const wrong = (found?.findings ?? []).filter((f) => expected.absent.includes(f.code));
    expect(wrong).toEqual([]);
  });
});
