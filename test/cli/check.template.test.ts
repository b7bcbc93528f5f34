import { join } from "node:path";
import { checkReportSchema } from "../../src/cli/report";
import { runCli, tempDir } from "./checkHarness";

/** The two front ends agree: a table written by `template` is read back and scored by `check`. */
describe("perf-tables template → check", () => {
  it("checks the self-evaluation example (seed 002 data) without errors: 98.99, 优", async () => {
    const dir = await tempDir();
    const made = await runCli(["template", "self-eval", "--example", "-o", "example.xlsx"], dir);
    expect(made.code).toBe(0);
    const run = await runCli(["check", join(dir, "example.xlsx"), "--json"], dir);
    expect(run.code).toBe(0);
    const [table] = checkReportSchema.parse(JSON.parse(run.stdout)).files[0]?.tables ?? [];
    expect([table?.kind, table?.claimedTotal, table?.total, table?.claimedGrade, table?.grade]).toEqual([
      "self-eval",
      98.99,
      98.99,
      "优",
      "优",
    ]);
    expect(table?.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("flags an empty template submitted as it is", async () => {
    const dir = await tempDir();
    await runCli(["template", "goal", "-o", "empty.xlsx"], dir);
    const run = await runCli(["check", "empty.xlsx", "--json"], dir);
    expect(run.code).toBe(1);
    const codes = checkReportSchema
      .parse(JSON.parse(run.stdout))
      .files[0]?.tables.flatMap((t) => t.findings.map((f) => f.code));
    expect(codes).toContain("STRUCTURE_NO_INDICATORS");
  });
});
