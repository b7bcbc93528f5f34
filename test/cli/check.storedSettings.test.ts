import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  checkReportSchema,
  readStoredSettings,
  readZipEntries,
  SCORING_SETTINGS_KEY,
} from "../../src/cli/report";
import { SCORING_SETTINGS_KEY as PANE_KEY } from "../../src/taskpane/excel/settingsStore";
import { runCli, tempDir, webExtensionPart, WORKBOOKS, writeStoredZip } from "./checkHarness";

/** seed 002 with a web extension part holding `settings`. */
async function seed002With(settings: Readonly<Record<string, unknown>>, dir: string): Promise<string> {
  const bytes = await readFile(join(WORKBOOKS, "seed-002-self-eval.xlsx"));
  const entries = readZipEntries(bytes, () => true);
  entries.push({
    name: "xl/webextensions/webextension1.xml",
    data: Buffer.from(webExtensionPart(settings), "utf8"),
  });
  const path = join(dir, "with-settings.xlsx");
  await writeFile(path, writeStoredZip(entries));
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

  it("finds nothing in a workbook without settings", async () => {
    expect(readStoredSettings(await readFile(join(WORKBOOKS, "seed-002-self-eval.xlsx")))).toBeUndefined();
    expect(readStoredSettings(await readFile(join(WORKBOOKS, "corrupt.xlsx")))).toBeUndefined();
  });

  it("applies them when no --rules is given (98.99 is 良 with 优 from 99.5), and --rules overrides them", async () => {
    const dir = await tempDir();
    const path = await seed002With(
      { [SCORING_SETTINGS_KEY]: '{"version":1,"gradeBands":[99.5,80,60]}' },
      dir,
    );
    const own = await runCli(["check", path, "--json"], dir);
    expect(own.code).toBe(1);
    const table = checkReportSchema.parse(JSON.parse(own.stdout)).files[0]?.tables[0];
    expect(table?.grade).toBe("良");
    expect(table?.findings.map((f) => f.code)).toContain("TOTALS_GRADE_MISMATCH");
    const national = await runCli(["check", path, "--json", "--rules", "national"], dir);
    expect(national.code).toBe(0);
    expect(checkReportSchema.parse(JSON.parse(national.stdout)).files[0]?.tables[0]?.grade).toBe("优");
  });

  it("falls back to the national rules with a warning when the stored settings are invalid", async () => {
    const dir = await tempDir();
    const path = await seed002With({ [SCORING_SETTINGS_KEY]: '{"gradeBands":"high"}' }, dir);
    const run = await runCli(["check", path, "--json"], dir);
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
