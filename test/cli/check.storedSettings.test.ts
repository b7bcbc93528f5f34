import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkReportSchema } from "../../src/cli/report";
import { readStoredSettings, readZipEntries, SCORING_SETTINGS_KEY } from "../../src/cli/xlsx";
import { SCORING_SETTINGS_KEY as PANE_KEY } from "../../src/taskpane/excel/settingsStore";
import { writeZip } from "../support/hostilePackages";
import { runCli, tempDir, webExtensionPart, WORKBOOKS } from "./checkHarness";

/** seed 002 with a web extension part holding `settings`. */
async function seed002With(settings: Readonly<Record<string, unknown>>, dir: string): Promise<string> {
  const bytes = await readFile(join(WORKBOOKS, "seed-002-self-eval.xlsx"));
  const entries = readZipEntries(bytes, () => true);
  entries.push({
    name: "xl/webextensions/webextension1.xml",
    data: Buffer.from(webExtensionPart(settings), "utf8"),
  });
  const path = join(dir, "with-settings.xlsx");
  await writeFile(path, writeZip(entries, { store: true }));
  return path;
}

describe("workbook-stored scoring settings", () => {
  it("uses the same setting name as the task pane", () => {
    expect(SCORING_SETTINGS_KEY).toBe(PANE_KEY);
  });

  it("reads the pane's settings back from the web extension part", async () => {
    const dir = await tempDir();
    const stored = '{"version":1,"gradeBands":[99.5,80,60]}';
    const path = await seed002With({ [SCORING_SETTINGS_KEY]: stored, other: 1 }, dir);
    expect(readStoredSettings(await readFile(path))).toBe(stored);
  });

  it("reads a character reference beyond Unicode as unreadable settings, not an internal error", async () => {
    const dir = await tempDir();
    const bytes = await readFile(join(WORKBOOKS, "seed-002-self-eval.xlsx"));
    const entries = readZipEntries(bytes, () => true);
    const part = webExtensionPart({ [SCORING_SETTINGS_KEY]: '{"version":1,"gradeBands":[99.5,80,60]}' });
    entries.push({
      name: "xl/webextensions/webextension1.xml",
      data: Buffer.from(part.replace("&quot;version", "&#99999999;&#xD800;version"), "utf8"),
    });
    const path = join(dir, "bad-entity.xlsx");
    await writeFile(path, writeZip(entries, { store: true }));
    expect(readStoredSettings(await readFile(path))).toContain("&#99999999;");
    const run = await runCli(["check", path, "--json", "--workbook-rules"], dir);
    const file = checkReportSchema.parse(JSON.parse(run.stdout)).files[0];
    expect(file?.error).toBeUndefined();
    expect(file?.tables[0]?.total).toBe(98.99);
    expect(file?.tables[0]?.findings.some((f) => f.code.startsWith("SETTINGS_"))).toBe(true);
  });

  it("finds nothing in a workbook without settings", async () => {
    expect(readStoredSettings(await readFile(join(WORKBOOKS, "seed-002-self-eval.xlsx")))).toBeUndefined();
    expect(readStoredSettings(await readFile(join(WORKBOOKS, "corrupt.xlsx")))).toBeUndefined();
  });

  it("does not let a workbook pick its own grading: national rules by default, a warning naming what differs", async () => {
    const dir = await tempDir();
    const path = await seed002With(
      { [SCORING_SETTINGS_KEY]: '{"version":1,"gradeBands":[99.5,80,60]}' },
      dir,
    );
    const run = await runCli(["check", path, "--json", "--lang", "zh"], dir);
    expect(run.code).toBe(0);
    const table = checkReportSchema.parse(JSON.parse(run.stdout)).files[0]?.tables[0];
    expect(table?.grade).toBe("优");
    expect(table?.findings.slice(0, 2).map((f) => [f.code, f.severity, f.message])).toEqual([
      ["SETTINGS_WORKBOOK_DIFFERS", "warning", expect.stringContaining("--workbook-rules") as string],
      ["SETTINGS_DIFF_GRADE_BANDS", "info", "等级分数线（优/良/中）：工作簿 99.5/80/60，审核规则 90/80/60。"],
    ]);
  });

  it("applies them with --workbook-rules (98.99 is 良 with 优 from 99.5), still warning the reviewer", async () => {
    const dir = await tempDir();
    const path = await seed002With(
      { [SCORING_SETTINGS_KEY]: '{"version":1,"gradeBands":[99.5,80,60]}' },
      dir,
    );
    const own = await runCli(["check", path, "--json", "--workbook-rules"], dir);
    expect(own.code).toBe(1);
    const table = checkReportSchema.parse(JSON.parse(own.stdout)).files[0]?.tables[0];
    expect(table?.grade).toBe("良");
    expect(table?.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining([
        "TOTALS_GRADE_MISMATCH",
        "SETTINGS_WORKBOOK_APPLIED",
        "SETTINGS_DIFF_GRADE_BANDS",
      ]),
    );
  });

  it("compares with --rules: settings equal to the named presets draw no warning", async () => {
    const dir = await tempDir();
    const path = await seed002With(
      { [SCORING_SETTINGS_KEY]: '{"version":1,"gradeBands":[80,70,60],"negativeFormula":"ratio"}' },
      dir,
    );
    const same = await runCli(["check", path, "--json", "--rules", "bands80,ratio"], dir);
    const codes = (r: typeof same): string[] =>
      checkReportSchema
        .parse(JSON.parse(r.stdout))
        .files[0]?.tables.flatMap((t) => t.findings.map((f) => f.code)) ?? [];
    expect(codes(same).filter((c) => c.startsWith("SETTINGS_"))).toEqual([]);
    const national = await runCli(["check", path, "--json", "--lang", "en"], dir);
    const table = checkReportSchema.parse(JSON.parse(national.stdout)).files[0]?.tables[0];
    expect(table?.findings.filter((f) => f.code.startsWith("SETTINGS_DIFF_")).map((f) => f.message)).toEqual([
      "Grade bands (优/良/中): workbook 80/70/60, review rules 90/80/60.",
      "Negative indicator formula: workbook T/A×w, review rules (1−(A−T)/T)×w.",
    ]);
  });

  it("shows the warning in the terminal and the review workbook too", async () => {
    const dir = await tempDir();
    const path = await seed002With({ [SCORING_SETTINGS_KEY]: '{"version":1,"gradeBands":[50,40,30]}' }, dir);
    const run = await runCli(["check", path, "--report", "review.xlsx", "--lang", "zh"], dir);
    expect(run.stdout).toContain("等级分数线（优/良/中）：工作簿 50/40/30，审核规则 90/80/60。");
    expect(run.stdout).toContain("SETTINGS_WORKBOOK_DIFFERS");
    const review = new ExcelJS.Workbook();
    await review.xlsx.readFile(join(dir, "review.xlsx"));
    const texts: string[] = [];
    review.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value)))));
    expect(texts).toContain("SETTINGS_WORKBOOK_DIFFERS");
    expect(texts.some((t) => t.includes("50/40/30"))).toBe(true);
  });

  it("falls back to the national rules with a warning when the stored settings are invalid", async () => {
    const dir = await tempDir();
    const path = await seed002With({ [SCORING_SETTINGS_KEY]: '{"gradeBands":"high"}' }, dir);
    const run = await runCli(["check", path, "--json", "--workbook-rules"], dir);
    expect(run.code).toBe(0);
    const tables = checkReportSchema.parse(JSON.parse(run.stdout)).files[0]?.tables ?? [];
    expect(
      tables.map((t) => [
        t.grade,
        t.findings.some((f) => f.code === "SETTINGS_INVALID" && f.severity === "warning"),
      ]),
    ).toEqual([
      ["优", true],
      ["优", true],
    ]);
  });
});
