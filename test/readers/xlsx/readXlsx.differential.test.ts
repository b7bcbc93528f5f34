/**
 * The lean reader (src/readers/xlsx, used by `check`) and the exceljs reader it replaced
 * (src/cli/xlsx/readWorkbook.ts, kept as the reference) read the same bytes into the same WorkbookRead:
 * grids cell for cell, formulas, merges, hidden sheets, stored settings, notes and errors. The
 * workbooks: every .xlsx fixture, a template of every kind / framework (blank and example), the e2e
 * published tables, and crafted ones for each kind of value the reader handles.
 */
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook } from "../../../src/cli/xlsx/readWorkbook";
import { readWorkbookFile } from "../../../src/cli/xlsx/readWorkbookFile";
import { SCORING_SETTINGS_KEY } from "../../../src/cli/xlsx/settingsKey";
import { writeTemplateWorkbook } from "../../../src/cli/xlsx/writeTemplateWorkbook";
import { buildTemplate, tableKinds } from "../../../src/core/templates";
import type { WorkbookError, WorkbookRead } from "../../../src/readers/workbookRead";
import { loadPublishedTables, writePublishedTable } from "../../e2e/buildPublishedTable";
import { tempDir } from "../../cli/checkHarness";

const FIXTURES = join(__dirname, "../../fixtures");
const WORKBOOKS = join(FIXTURES, "workbooks");

/** Sets become sorted arrays, so toEqual compares what the checker sees. */
function comparable(read: WorkbookRead | WorkbookError): unknown {
  if ("error" in read) return read;
  return { ...read, hiddenSheets: [...read.hiddenSheets].sort() };
}

async function expectSameRead(bytes: Buffer, name: string): Promise<void> {
  const reference = await readWorkbook(bytes, { name });
  const lean = await readWorkbookFile(bytes, { name });
  expect(comparable(lean)).toEqual(comparable(reference));
}

function listXlsx(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listXlsx(path);
    return /\.(xlsx|xlsm|xls)$/i.test(entry.name) ? [path] : [];
  });
}

async function workbookBytes(fill: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `bytes` with the first worksheet part rewritten by `edit`. */
async function editSheet(bytes: Buffer, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const name = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)) ?? "";
  zip.file(name, edit((await zip.file(name)?.async("string")) ?? ""));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("lean reader = exceljs reader on every .xlsx fixture", () => {
  const files = listXlsx(FIXTURES);
  it("finds the fixtures", () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });
  it.each(files.map((path) => [path.slice(FIXTURES.length + 1), path]))("%s", async (_name, path) => {
    await expectSameRead(await readFile(path), path);
  });
});

describe("lean reader = exceljs reader on every template the CLI writes", () => {
  const requests = tableKinds.flatMap((kind) =>
    kind.frameworks.flatMap((framework) => [
      { kind: kind.id, framework, year: 2024, unit: "万元" },
      ...(kind.example && framework === kind.frameworks[0]
        ? [{ kind: kind.id, framework, example: true }]
        : []),
    ]),
  );
  it.each(requests.map((request) => [JSON.stringify(request), request]))("%s", async (_name, request) => {
    const built = buildTemplate(request, new Date(Date.UTC(2024, 5, 1)));
    if (!built.ok) throw new Error(built.code);
    const bytes = Buffer.from(await writeTemplateWorkbook(built.layout));
    await expectSameRead(bytes, `${request.kind}.xlsx`);
  });
});

describe("lean reader = exceljs reader on the e2e published tables", () => {
  it.each(loadPublishedTables().map(({ name, table }) => [name, table]))("%s", async (name, table) => {
    const file = join(await tempDir(), `${name}.xlsx`);
    await writePublishedTable(table, file);
    await expectSameRead(await readFile(file), file);
  });
});

describe("lean reader = exceljs reader on crafted workbooks", () => {
  it("rich text, hyperlinks, dates, errors, booleans, cached results, add-in calls", async () => {
    const bytes = await workbookBytes((workbook) => {
      const ws = workbook.addWorksheet("值");
      ws.getCell("A1").value = { richText: [{ text: "产出" }, { text: "指标", font: { bold: true } }] };
      ws.getCell("B1").value = { text: "链接", hyperlink: "https://example.org" };
      ws.getCell("C1").value = new Date(Date.UTC(2020, 0, 1));
      ws.getCell("C2").value = new Date(Date.UTC(2020, 0, 1, 8, 30));
      ws.getCell("D1").value = { error: "#N/A" };
      ws.getCell("E1").value = true;
      ws.getCell("F1").value = false;
      ws.getCell("A2").value = 17.5;
      ws.getCell("B2").value = { formula: "A2/17.52", result: 0.9988584474885844 };
      ws.getCell("D2").value = { formula: "A2-A2", result: 0 };
      ws.getCell("E2").value = { formula: "_xldudf_PERF_SCORE(A2,B2,5)", result: 4.99 };
      ws.getCell("F2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("G2").value = { formula: 'A1&"x"', result: "产出指标x" };
      ws.getCell("H2").value = { formula: "E1", result: true };
      ws.getCell("A3").value = "a & b < c \"quoted\" 'apos'";
      ws.getCell("B3").value = "line\r\nbreak\ttab";
      ws.getCell("C3").value = "  spaced  ";
      ws.getCell("D3").value = "";
      ws.getCell("A4").value = 1;
      ws.getCell("A5").value = 2;
      ws.getCell("B4").value = { formula: "A4*10+$A$4", result: 11 };
      ws.getCell("B5").value = { sharedFormula: "B4", result: 21 };
      ws.getCell("C4").value = { formula: "SUM(A4:B4)", result: 12 };
      ws.getCell("C5").value = { sharedFormula: "C4", result: 23 };
    });
    await expectSameRead(bytes, "crafted.xlsx");
  });

  it("numbers under percentage, date and other formats (fixture reader/percent-formats.json)", async () => {
    const { cases } = JSON.parse(readFileSync(join(WORKBOOKS, "reader", "percent-formats.json"), "utf8")) as {
      cases: [number, string, string | null][];
    };
    const bytes = await workbookBytes((workbook) => {
      const ws = workbook.addWorksheet("格式");
      cases.forEach(([value, numFmt], i) => {
        ws.getCell(i + 1, 1).value = value;
        ws.getCell(i + 1, 2).value = { formula: `A${i + 1}*1`, result: value };
        if (numFmt !== "") {
          ws.getCell(i + 1, 1).numFmt = numFmt;
          ws.getCell(i + 1, 2).numFmt = numFmt;
        }
      });
    });
    await expectSameRead(bytes, "formats.xlsx");
  });

  it("hidden and very hidden sheets, the 1904 date system, merges", async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.properties.date1904 = true;
      const shown = workbook.addWorksheet("表");
      shown.getCell("A1").value = "产出指标";
      shown.getCell("A2").value = "hidden under the merge";
      shown.mergeCells("A1:A3");
      shown.getCell("B3").value = new Date(Date.UTC(2021, 6, 1));
      const hidden = workbook.addWorksheet("旧稿");
      hidden.state = "hidden";
      hidden.getCell("A1").value = 1;
      const veryHidden = workbook.addWorksheet("隐藏");
      veryHidden.state = "veryHidden";
      workbook.addWorksheet("空");
    });
    await expectSameRead(bytes, "states.xlsx");
  });

  it("values far from the table and strewn values (fixture reader/stray-values.json)", async () => {
    const { cases } = JSON.parse(readFileSync(join(WORKBOOKS, "reader", "stray-values.json"), "utf8")) as {
      cases: { base: string; stray: Record<string, string | number> }[];
    };
    for (const c of cases) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(WORKBOOKS, `${c.base}.xlsx`));
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error("no sheet");
      for (const [address, value] of Object.entries(c.stray)) sheet.getCell(address).value = value;
      await expectSameRead(Buffer.from(await workbook.xlsx.writeBuffer()), `${c.base}.xlsx`);
    }
  });

  it("repeated, overlapping and malformed merges (fixture reader/overlapping-merges.json)", async () => {
    const { cases } = JSON.parse(
      readFileSync(join(WORKBOOKS, "reader", "overlapping-merges.json"), "utf8"),
    ) as {
      cases: { merges: string[]; prefix?: string }[];
    };
    const base = await workbookBytes((workbook) => {
      const ws = workbook.addWorksheet("合并");
      for (let r = 1; r <= 40; r++) ws.getCell(r, 1).value = `r${r}`;
      ws.getCell("C3").value = "under";
    });
    for (const c of cases.filter((x) => x.prefix === undefined)) {
      const list = c.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("");
      const bytes = await editSheet(base, (xml) =>
        xml.replace(
          "</sheetData>",
          `</sheetData><mergeCells count="${c.merges.length}">${list}</mergeCells>`,
        ),
      );
      await expectSameRead(bytes, "merges.xlsx");
    }
  });

  it("settings stored by the pane in a web extension part", async () => {
    const fixture = await readFile(join(WORKBOOKS, "seed-002-self-eval.xlsx"));
    const zip = await JSZip.loadAsync(fixture);
    const value = JSON.stringify({ framework: "national", gradeBands: [90, 80, 60] })
      .replace(/&/g, "&amp;")
      .replace(/"/g, "&quot;");
    zip.file(
      "xl/webextensions/webextension1.xml",
      `<?xml version="1.0" encoding="UTF-8"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11"><we:properties><we:property name="${SCORING_SETTINGS_KEY}" value="${value}"/></we:properties></we:webextension>`,
    );
    await expectSameRead(await zip.generateAsync({ type: "nodebuffer" }), "settings.xlsx");
  });

  it("errors: empty, not a zip, encrypted, corrupt, too many rows", async () => {
    await expectSameRead(Buffer.alloc(0), "empty.xlsx");
    await expectSameRead(Buffer.from("a,b\n1,2\n"), "text.xlsx");
    await expectSameRead(await readFile(join(WORKBOOKS, "encrypted.xlsx")), "encrypted.xlsx");
    await expectSameRead(Buffer.from("PK\u0003\u0004 truncated garbage"), "garbage.xlsx");
    const seed = await readFile(join(WORKBOOKS, "seed-002-self-eval.xlsx"));
    const reference = await readWorkbook(seed, { maxRows: 5 });
    expect(await readWorkbookFile(seed, { limits: { maxRows: 5 } })).toEqual(reference);
  });
});
