/**
 * The same published tables as .xlsx, .xls, .et, .docx, .doc and .wps (test/fixtures/formats, made by
 * scripts/make-format-fixtures.ts with LibreOffice and the docx package) give the same tables, rule
 * scores and totals through `check --json`; an encrypted workbook, a PDF under an .xlsx name and a
 * Word document without a table each get their own message, and the other files are still checked.
 * .doc/.wps are read through LibreOffice: CI installs libreoffice-writer-nogui.
 */
import { copyFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { checkReportSchema, type FileReport } from "../../src/cli/report";
import { runCli, tempDir } from "../cli/checkHarness";

const FORMATS = join(__dirname, "..", "fixtures", "formats");
const TABLES = ["seed-002-self-eval", "anhui-chizhou-self-eval-2022"];
const EXTENSIONS: readonly [string, string][] = [
  ["xls", "xls"],
  ["et", "xls"],
  ["docx", "docx"],
  ["doc", "doc"],
  ["wps", "doc"],
];

async function checkJson(
  args: readonly string[],
  cwd: string,
): Promise<{ code: number; files: FileReport[] }> {
  const run = await runCli(["check", ...args, "--json", "--lang", "zh"], cwd);
  return { code: run.code, files: checkReportSchema.parse(JSON.parse(run.stdout)).files };
}

/** What must not change with the file format: kinds, indicators and their scores, funds, totals. */
function scores(file: FileReport | undefined) {
  return (file?.tables ?? []).map((t) => ({
    kind: t.kind,
    indicators: t.indicators.map((i) => [i.name, i.target, i.actual, i.weight, i.score, i.claimedScore]),
    budget: t.budget,
    total: t.total,
    claimedTotal: t.claimedTotal,
    grade: t.grade,
    findings: t.findings.map((f) => f.code).sort(),
  }));
}

describe.each(TABLES)("%s in every format", (name) => {
  let reference: ReturnType<typeof scores> = [];
  beforeAll(async () => {
    const { files } = await checkJson([join(FORMATS, `${name}.xlsx`)], FORMATS);
    expect(files[0]?.format).toBe("xlsx");
    reference = scores(files[0]);
    expect(reference.length).toBeGreaterThan(0);
  });

  it.each(EXTENSIONS)(
    `as .%s (read as %s) gives the tables, scores and totals of the .xlsx`,
    async (ext, format) => {
      const { code, files } = await checkJson([join(FORMATS, `${name}.${ext}`)], FORMATS);
      expect(files[0]?.error).toBeUndefined();
      expect(files[0]?.format).toBe(format);
      expect(scores(files[0])).toEqual(reference);
      expect(code).toBeLessThan(2);
    },
    120_000,
  );
});

it("seed 002 scores 98.99 and 98.50 (优) read from a WPS .et and a Word table", async () => {
  for (const ext of ["et", "docx"]) {
    const { files } = await checkJson([join(FORMATS, `seed-002-self-eval.${ext}`)], FORMATS);
    expect(files[0]?.tables.map((t) => [t.total, t.grade])).toEqual([
      [98.99, "优"],
      [98.5, "优"],
    ]);
  }
});

it("a folder of every format: each unreadable file has its own message, exit 2, the rest checked, nothing skipped silently", async () => {
  const dir = await tempDir();
  for (const file of await readdir(FORMATS)) await copyFile(join(FORMATS, file), join(dir, file));
  await writeFile(join(dir, "扫描件.png"), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  const { code, files } = await checkJson(["."], dir);
  expect(code).toBe(2);
  // Every file in the folder is in the report: read, or listed with why not.
  const listed = files.map((f) => f.path.slice(dir.length + 1)).sort();
  expect(listed).toEqual((await readdir(dir)).sort());
  const byName = new Map(files.map((f) => [f.path.slice(dir.length + 1), f]));
  expect(byName.get("encrypted.xls")?.error).toContain("文件已加密，请去除密码后再提交");
  expect(byName.get("encrypted-package.xlsx")?.error).toContain("文件已加密，请去除密码后再提交");
  expect(byName.get("scanned.xlsx")?.error).toContain("PDF");
  expect(byName.get("no-table.docx")?.error).toContain("没有表格");
  expect(byName.get("扫描件.png")?.skipped).toContain(".png");
  expect(byName.get("docx-cases.json")?.skipped).toContain(".json");
  const messages = ["encrypted.xls", "scanned.xlsx", "no-table.docx"].map((n) => byName.get(n)?.error);
  expect(new Set(messages).size).toBe(3);
  for (const table of TABLES) {
    for (const ext of ["xlsx", "xls", "et", "docx", "doc", "wps"]) {
      expect(byName.get(`${table}.${ext}`)?.tables.length).toBeGreaterThan(0);
    }
  }
}, 300_000);
