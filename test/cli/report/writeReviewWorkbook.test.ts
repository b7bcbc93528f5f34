import { mkdir, readFile, readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { reportLink } from "../../../src/cli/report/reportLink";
import { hasReviewMark } from "../../../src/cli/xlsx/markReviewPackage";
import { checkFile } from "../../../src/cli/check";
import { fileLink, writeReviewWorkbook, type CheckedFile } from "../../../src/cli/report";
import { NATIONAL_RULES } from "../../../src/core/scoring/options";
import { tempDir, WORKBOOKS } from "../checkHarness";

describe("writeReviewWorkbook", () => {
  let summary: ExcelJS.Worksheet;
  let findings: ExcelJS.Worksheet;
  let scores: ExcelJS.Worksheet;
  let checked: CheckedFile[];
  let zip: JSZip;
  let dir: string;
  beforeAll(async () => {
    checked = [
      await checkFile(join(WORKBOOKS, "seed-002-self-eval.xlsx"), NATIONAL_RULES),
      await checkFile(join(WORKBOOKS, "corrupt.xlsx"), NATIONAL_RULES),
      await checkFile(join(WORKBOOKS, "seed-004-goal-sh2020.xlsx"), NATIONAL_RULES),
    ];
    dir = await tempDir();
    const out = join(dir, "review.xlsx");
    await writeReviewWorkbook(checked, out, WORKBOOKS);
    zip = await JSZip.loadAsync(await readFile(out));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const [first, second, third] = workbook.worksheets;
    if (!first || !second || !third) throw new Error("sheets missing");
    summary = first;
    findings = second;
    scores = third;
  });

  it("names the sheets 汇总 Summary, 问题 Findings and 得分说明 Scores", () => {
    expect([summary.name, findings.name, scores.name]).toEqual([
      "汇总 Summary",
      "问题 Findings",
      "得分说明 Scores",
    ]);
  });

  it("explains every recomputed score: the budget row, then each indicator, in both languages", () => {
    const rows = scores.getSheetValues().slice(2) as unknown[][];
    const scored = checked.flatMap((f) =>
      f.tables.flatMap((t) => [
        ...(t.budget?.explanation ? [t.budget] : []),
        ...t.indicators.filter((r) => r.explanation),
      ]),
    );
    expect(rows).toHaveLength(scored.length);
    expect(rows[0]?.slice(9, 12)).toEqual([
      9.99,
      "预算执行率 17.50 ÷ 17.52 = 99.89%，× 10 = 9.99",
      "Budget execution 17.50 ÷ 17.52 = 99.89%, × 10 = 9.99",
    ]);
    const satisfaction = rows.find((r) => r[4] === "系统使用人员满意度");
    expect(satisfaction?.slice(7, 11)).toEqual([5, 4, 4.94, "正向指标：89.00 ÷ 90.00 × 5 = 4.94"]);
  });

  it("has one summary row per table and per unreadable file, with printed vs recomputed totals and counts", () => {
    const rows = summary.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(2 + 1 + 2);
    const seed002 = rows[0] ?? [];
    expect(seed002.slice(5, 12)).toEqual([98.99, 98.99, "优", "优", 0, 3, 0]);
    const corrupt = rows[2] ?? [];
    expect(String(corrupt[12])).toContain("损坏");
  });

  it("links every finding to its cell in the submitted workbook, in the form Excel follows", async () => {
    const total = checked.reduce(
      (n, f) => n + f.tables.reduce((m, t) => m + t.findings.length, 0) + (f.error ? 1 : 0),
      0,
    );
    expect(findings.rowCount - 1).toBe(total);
    expect(findings.getRow(2 + 2).getCell(3).text).toBe("G24");
    // the XML: the place in `location`, the file (relative to the report, no fragment) in the relationship
    const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    const relsXml = await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string");
    const g24 = /<hyperlink ref="C4" r:id="(rId\d+)" location="([^"]*)"\/>/.exec(sheetXml);
    expect(g24?.[2]).toBe("&apos;绩效自评表&apos;!G24");
    const rel = new RegExp(
      `<Relationship Id="${g24?.[1]}" [^>]*Target="([^"]*)" TargetMode="External"/>`,
    ).exec(relsXml);
    const expected = relative(dir, join(WORKBOOKS, "seed-002-self-eval.xlsx")).split("\\").join("/");
    expect(rel?.[1]).toBe(expected);
    for (const xml of [sheetXml, relsXml]) expect(xml).not.toContain("file:");
    expect(sheetXml).not.toMatch(/location="[^"]*\.xlsx/);
  });

  it("links the summary to each table's first cell, or to the file when it has no table", async () => {
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const locations = [...sheetXml.matchAll(/<hyperlink [^>]*\/>/g)].map(
      (m) => /location="([^"]*)"/.exec(m[0])?.[1] ?? null,
    );
    expect(locations).toContain(null); // corrupt.xlsx: the file only
    expect(locations).toContain("&apos;绩效自评表&apos;!A1");
    for (const location of locations) if (location) expect(location).toMatch(/^&apos;.+&apos;![A-Z]+\d+$/);
  });
});

describe("reportLink", () => {
  it.each([
    ["/data/收件箱/a.xlsx", "绩效自评表", "G24", "../收件箱/a.xlsx#'绩效自评表'!G24"],
    ["/data/收 件/a#1%.xlsx", "It's", "B2", "../收%20件/a%231%25.xlsx#'It''s'!B2"],
    ["/data/审核/sub/a.xlsx", undefined, undefined, "sub/a.xlsx"],
  ])("%s %s %s", (path, sheet, cell, expected) => {
    expect(reportLink(path, "/data/审核", sheet, cell)).toBe(expected);
  });
});

describe("review workbook links", () => {
  it("escapes what XML and URLs need: spaces, &, an apostrophe in the sheet name", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "审核"));
    const seed = await checkFile(join(WORKBOOKS, "seed-002-self-eval.xlsx"), NATIONAL_RULES);
    const file: CheckedFile = {
      ...seed,
      path: join(dir, "收 件", "a&b.xlsx"),
      tables: seed.tables.map((t) => ({ ...t, sheet: "自评'表" })),
    };
    const out = join(dir, "审核", "review.xlsx");
    await writeReviewWorkbook([file], out, dir);
    const bytes = await readFile(out);
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    const relsXml = await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string");
    const first = file.tables[0]!.findings[0]!.cell;
    expect(sheetXml).toContain(
      `<hyperlink ref="C2" r:id="rId1" location="&apos;自评&apos;&apos;表&apos;!${first}"/>`,
    );
    expect(relsXml).toContain(
      'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="../收%20件/a&amp;b.xlsx"',
    );
    // the summary links the table's first cell the same way
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toMatch(
      /<hyperlink ref="A2" r:id="rId1" location="&apos;自评&apos;&apos;表&apos;![A-Z]+\d+"\/>/,
    );
    // marked as ours, and nothing left beside it (no temporary file, no spool)
    expect(await hasReviewMark(bytes)).toBe(true);
    expect(await readdir(join(dir, "审核"))).toEqual(["review.xlsx"]);
  });
});

describe("a large review workbook", () => {
  it("writes every row of 1,500 files through the zip's backpressure, links split, marked", async () => {
    const seed = await checkFile(join(WORKBOOKS, "seed-002-self-eval.xlsx"), NATIONAL_RULES);
    const dir = await tempDir();
    const out = join(dir, "review.xlsx");
    const files: CheckedFile[] = Array.from({ length: 1500 }, (_, i) => ({
      ...seed,
      path: join(dir, `p${i}.xlsx`),
    }));
    await writeReviewWorkbook(files, out, dir);
    const bytes = await readFile(out);
    expect(await hasReviewMark(bytes)).toBe(true);
    const zip = await JSZip.loadAsync(bytes);
    const rows = async (n: number): Promise<number> =>
      ((await zip.file(`xl/worksheets/sheet${n}.xml`)!.async("string")).match(/<row /g) ?? []).length;
    const per = (f: CheckedFile): [number, number, number] => [
      f.tables.length,
      f.tables.reduce((n, t) => n + t.findings.length, 0),
      f.tables.reduce(
        (n, t) => n + (t.budget?.explanation ? 1 : 0) + t.indicators.filter((r) => r.explanation).length,
        0,
      ),
    ];
    const [tables, findingCount, scored] = per(seed);
    expect([await rows(1), await rows(2), await rows(3)]).toEqual([
      1 + 1500 * tables,
      1 + 1500 * findingCount,
      1 + 1500 * scored,
    ]);
    const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    const links = [...sheetXml.matchAll(/<hyperlink ref="C(\d+)" r:id="rId(\d+)" location="[^"]+"\/>/g)];
    expect(links).toHaveLength(1500 * findingCount);
    expect(links.at(-1)?.slice(1)).toEqual([String(1 + 1500 * findingCount), String(1500 * findingCount)]);
    expect(await readdir(dir)).toEqual(["review.xlsx"]);
  });
});

describe("fileLink", () => {
  it.each([
    ["/data/收件箱/a.xlsx", "绩效自评表", "G24", "file:///data/收件箱/a.xlsx#'绩效自评表'!G24"],
    ["/data/my files/a#1.xlsx", "Sheet1", "A1", "file:///data/my%20files/a%231.xlsx#'Sheet1'!A1"],
    ["/data/a.xlsx", "It's", "B2", "file:///data/a.xlsx#'It''s'!B2"],
    ["/data/a.xlsx", undefined, undefined, "file:///data/a.xlsx"],
  ])("%s %s %s", (path, sheet, cell, expected) => {
    expect(fileLink(path, sheet, cell)).toBe(expected);
  });
});
