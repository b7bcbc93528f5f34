import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Buffer } from "node:buffer";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook } from "../../../src/cli/xlsx/readWorkbook";
import { MAX_GRID_REGIONS } from "../../../src/readers/cellsToGrids";
import type { CellValue, Grid } from "../../../src/core/grid";
import { recogniseTables } from "../../../src/core/tables";
import { formatMessage } from "../../../src/core/messages";
import { fromA1 } from "../../../src/core/address";
import {
  WORKBOOK_FIXTURE_DIR,
  fixtureGrid,
  listTableFixtures,
  loadTableFixture,
} from "../../core/tables/tableFixtures";

function padded(values: Grid["values"], width: number): CellValue[][] {
  return values.map((row) =>
    [...row, ...new Array<CellValue>(Math.max(0, width - row.length)).fill(null)].slice(0, width),
  );
}

function widthOf(values: Grid["values"]): number {
  return values.reduce((w, row) => {
    let last = row.length - 1;
    while (last >= 0 && (row[last] === null || row[last] === "")) last--;
    return Math.max(w, last + 1);
  }, 0);
}

describe("readWorkbook round-trips the generated fixture workbooks", () => {
  it.each(listTableFixtures())("%s.xlsx", async (name) => {
    const fixture = loadTableFixture(name);
    const read = await readWorkbook(join(WORKBOOK_FIXTURE_DIR, `${name}.xlsx`));
    if ("error" in read) throw new Error(`${read.error} ${JSON.stringify(read.params)}`);
    expect(read.sheets).toHaveLength(fixture.sheets.length);
    fixture.sheets.forEach((sheet, i) => {
      const expected = fixtureGrid(sheet);
      const actual = read.sheets[i];
      expect(actual?.sheet).toBe(sheet.name);
      expect(actual?.origin).toBe("A1");
      expect([...(actual?.merges ?? [])].sort()).toEqual([...(sheet.merges ?? [])].sort());
      const width = Math.max(widthOf(expected.values), widthOf(actual?.values ?? []));
      expect(padded(actual?.values ?? [], width)).toEqual(padded(expected.values, width));
      // The recogniser sees the same tables in the file as in the typed grid.
      expect(recogniseTables(actual as Grid)).toEqual(recogniseTables(expected));
    });
  });
});

describe("readWorkbook normalises exceljs cell values", () => {
  async function roundTrip(fill: (ws: ExcelJS.Worksheet) => void): Promise<Grid> {
    const workbook = new ExcelJS.Workbook();
    fill(workbook.addWorksheet("S"));
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const read = await readWorkbook(buffer);
    if ("error" in read) throw new Error(read.error);
    const grid = read.sheets[0];
    if (!grid) throw new Error("no sheet");
    return grid;
  }

  it("rich text, hyperlinks, dates, errors, booleans and cached formula results (0 included)", async () => {
    const grid = await roundTrip((ws) => {
      ws.getCell("A1").value = { richText: [{ text: "产出" }, { text: "指标", font: { bold: true } }] };
      ws.getCell("B1").value = { text: "链接", hyperlink: "https://example.org" };
      ws.getCell("C1").value = new Date(Date.UTC(2020, 0, 1));
      ws.getCell("D1").value = { error: "#N/A" };
      ws.getCell("E1").value = true;
      ws.getCell("A2").value = 17.5;
      ws.getCell("B2").value = 17.52;
      ws.getCell("C2").value = { formula: "A2/B2", result: 0.9988584474885844 };
      ws.getCell("D2").value = { formula: "A2-A2", result: 0 };
      ws.getCell("E2").value = { formula: "_xldudf_PERF_SCORE(A2,B2,5)", result: 4.99 };
      ws.getCell("F2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    });
    expect(grid.values[0]).toEqual(["产出指标", "链接", "2020-01-01", { error: "#N/A" }, true, null]);
    expect(grid.values[1]).toEqual([17.5, 17.52, 0.9988584474885844, 0, 4.99, { error: "#DIV/0!" }]);
    expect(grid.formulas?.[1]).toEqual(["", "", "=A2/B2", "=A2-A2", "=PERF.SCORE(A2,B2,5)", "=1/0"]);
  });

  it("resolves shared formulas to each cell's own references", async () => {
    const grid = await roundTrip((ws) => {
      ws.getCell("A1").value = 1;
      ws.getCell("A2").value = 2;
      ws.getCell("B1").value = { formula: "A1*10", result: 10 };
      ws.getCell("B2").value = { sharedFormula: "B1", result: 20 };
    });
    expect(grid.values.map((row) => row[1])).toEqual([10, 20]);
    expect(grid.formulas?.map((row) => row[1])).toEqual(["=A1*10", "=A2*10"]);
  });

  it("ignores formatting far beyond the data (no million-column rows)", async () => {
    const grid = await roundTrip((ws) => {
      ws.getCell("A1").value = "项目名称";
      ws.getCell("B2").value = "信息化运维项目";
      ws.getCell("XFD1").style = { font: { bold: true } };
      ws.getCell("A100000").style = { font: { italic: true } };
    });
    expect(grid.values).toEqual([
      ["项目名称", null],
      [null, "信息化运维项目"],
    ]);
  });

  it("gives a number under a percentage format as the text Excel shows (90%), formula results too", async () => {
    const { cases: all } = JSON.parse(
      readFileSync(join(WORKBOOK_FIXTURE_DIR, "reader", "percent-formats.json"), "utf8"),
    ) as { cases: [number, string, string | null][] };
    // exceljs reads a number under a date format as a date (tested above), whatever its value.
    const cases = all.filter(([, numFmt]) => !/[ymd]/.test(numFmt.replace(/"[^"]*"|\[[^\]]*\]/g, "")));
    const grid = await roundTrip((ws) => {
      cases.forEach(([value, numFmt], i) => {
        ws.getCell(i + 1, 1).value = value;
        ws.getCell(i + 1, 2).value = { formula: `A${i + 1}*1`, result: value };
        if (numFmt !== "") {
          ws.getCell(i + 1, 1).numFmt = numFmt;
          ws.getCell(i + 1, 2).numFmt = numFmt;
        }
      });
    });
    expect(grid.values.map((row) => row.slice(0, 2))).toEqual(
      cases.map(([value, , shown]) => [shown ?? value, shown ?? value]),
    );
  });

  it("leaves the cells hidden under a merge empty and reports the merge", async () => {
    const grid = await roundTrip((ws) => {
      ws.getCell("A1").value = "产出指标";
      ws.mergeCells("A1:A3");
      ws.getCell("B3").value = "时效指标";
    });
    expect(grid.values.map((row) => row[0])).toEqual(["产出指标", null, null]);
    expect(grid.merges).toEqual(["A1:A3"]);
  });
});

describe("readWorkbook repairs repeated and overlapping merges as Excel does (QA B3)", () => {
  /** seed-002 with one merge of its sheet written `copies` times, and one shifted overlapping copy. */
  async function withBadMerges(copies: number, shifted: boolean): Promise<Buffer> {
    const zip = await JSZip.loadAsync(readFileSync(join(WORKBOOK_FIXTURE_DIR, "seed-002-self-eval.xlsx")));
    const name = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)) ?? "";
    const xml = (await zip.file(name)?.async("string")) ?? "";
    const entry = /<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"\/>/.exec(xml);
    if (!entry) throw new Error("no merge in the fixture");
    const [first, c1, r1, c2, r2] = entry as unknown as [string, string, string, string, string];
    const overlap = shifted ? `<mergeCell ref="${c1}${r1}:${c2}${Number(r2) + 1}"/>` : "";
    zip.file(name, xml.replace(first, first.repeat(copies) + overlap));
    return zip.generateAsync({ type: "nodebuffer" });
  }

  it.each([
    ["a repeated merge", 2, false, 1],
    ["a merge written three times", 3, false, 2],
    ["an overlapping merge (exceljs insertRow)", 1, true, 1],
  ])("%s: read, the extra merges dropped with a note", async (_name, copies, shifted, dropped) => {
    const base = await readWorkbook(join(WORKBOOK_FIXTURE_DIR, "seed-002-self-eval.xlsx"));
    const read = await readWorkbook(await withBadMerges(copies, shifted));
    if ("error" in read || "error" in base) throw new Error("unreadable");
    expect(read.sheets).toEqual(base.sheets);
    expect(read.notes).toEqual([
      { code: "WORKBOOK_MERGES_REPAIRED", params: expect.objectContaining({ count: dropped }) },
    ]);
    const note = read.notes?.[0];
    if (note) expect(formatMessage(note.code, note.params, "zh-CN")).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff]/);
  });

  it("a sound workbook has no notes", async () => {
    const read = await readWorkbook(join(WORKBOOK_FIXTURE_DIR, "seed-002-self-eval.xlsx"));
    expect(read).not.toHaveProperty("notes");
  });
});

describe("readWorkbook reports unreadable files with a code instead of throwing", () => {
  const file = (name: string) => join(WORKBOOK_FIXTURE_DIR, name);

  it.each([
    ["corrupt.xlsx", "WORKBOOK_CORRUPT"],
    ["not-xlsx.xlsx", "WORKBOOK_NOT_XLSX"],
    ["encrypted.xlsx", "WORKBOOK_ENCRYPTED"],
    ["legacy.xls", "WORKBOOK_XLS"],
    ["does-not-exist.xlsx", "WORKBOOK_NOT_FOUND"],
  ])("%s → %s", async (name, code) => {
    const read = await readWorkbook(file(name));
    expect(read).toMatchObject({ error: code, params: { path: file(name) } });
    if ("error" in read) {
      const zh = formatMessage(read.error, read.params, "zh-CN");
      expect(zh).toContain(file(name));
      expect(zh).not.toMatch(/\{\w+\}/);
      expect(formatMessage(read.error, read.params, "en")).not.toMatch(/\{\w+\}/);
    }
  });

  it("random bytes are not an xlsx", async () => {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 37 + 11) % 256));
    const read = await readWorkbook(bytes, { name: "random.bin" });
    expect(read).toMatchObject({ error: "WORKBOOK_NOT_XLSX", params: { path: "random.bin" } });
  });

  it("an empty (0-byte) file is empty", async () => {
    expect(await readWorkbook(Buffer.alloc(0))).toMatchObject({ error: "WORKBOOK_EMPTY" });
  });

  it("a valid workbook without values is read: its sheets are empty grids (QA B8)", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("空");
    workbook.addWorksheet("Sheet2").getCell("C3").style = { font: { bold: true } };
    const read = await readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read).toEqual({
      sheets: [
        { values: [], origin: "A1", merges: [], sheet: "空" },
        { values: [], origin: "A1", merges: [], sheet: "Sheet2" },
      ],
      hiddenSheets: new Set(),
    });
  });

  it("applies the size and row limits", async () => {
    const bytes = readFileSync(file(`${listTableFixtures()[0]}.xlsx`));
    expect(await readWorkbook(bytes, { maxBytes: 100 })).toMatchObject({ error: "WORKBOOK_TOO_LARGE" });
    expect(await readWorkbook(file(`${listTableFixtures()[0]}.xlsx`), { maxBytes: 100 })).toMatchObject({
      error: "WORKBOOK_TOO_LARGE",
    });
    expect(await readWorkbook(bytes, { maxRows: 5 })).toMatchObject({
      error: "WORKBOOK_TOO_MANY_ROWS",
      params: { limit: 5 },
    });
  });
});

describe("readWorkbook reads values typed far from the table into small grids of their own", () => {
  interface StrayCase {
    readonly name: string;
    readonly base: string;
    readonly stray: Readonly<Record<string, string | number>>;
    readonly grids?: number;
    readonly maxGridCells?: number;
    readonly maxCells?: number;
    readonly error?: string;
  }
  const { cases } = JSON.parse(
    readFileSync(join(WORKBOOK_FIXTURE_DIR, "reader", "stray-values.json"), "utf8"),
  ) as { cases: StrayCase[] };

  /** Value at an absolute A1 address, whichever grid of the sheet holds it. */
  function valueAt(grids: readonly Grid[], address: string): CellValue | undefined {
    const at = fromA1(address);
    for (const grid of grids) {
      const origin = fromA1(grid.origin ?? "A1");
      if (!at || !origin) continue;
      const value = grid.values[at.row - origin.row]?.[at.col - origin.col];
      if (value !== undefined) return value;
    }
    return undefined;
  }

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const path = join(WORKBOOK_FIXTURE_DIR, `${c.base}.xlsx`);
    const base = await readWorkbook(path);
    if ("error" in base) throw new Error(base.error);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    for (const [address, value] of Object.entries(c.stray)) sheet.getCell(address).value = value;
    const read = await readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), {
      ...(c.maxCells !== undefined ? { maxCells: c.maxCells } : {}),
    });

    if (c.error !== undefined) {
      expect(read).toMatchObject({ error: c.error, params: { sheet: sheet.name, limit: c.maxCells } });
      if ("error" in read) expect(formatMessage(read.error, read.params, "zh-CN")).not.toMatch(/\{\w+\}/);
      return;
    }
    if ("error" in read) throw new Error(`${read.error} ${JSON.stringify(read.params)}`);
    const grids = read.sheets.filter((grid) => grid.sheet === sheet.name);
    expect(grids).toHaveLength(c.grids ?? 1);
    const cellsHeld = grids.reduce((n, grid) => n + grid.values.length * (grid.values[0]?.length ?? 0), 0);
    expect(cellsHeld).toBeLessThanOrEqual(c.maxGridCells ?? Infinity);
    for (const [address, value] of Object.entries(c.stray)) expect(valueAt(grids, address)).toEqual(value);
    // The tables read as they do without the stray values (same cells, same findings' addresses).
    expect(read.sheets.flatMap((grid) => recogniseTables(grid))).toEqual(
      base.sheets.flatMap((grid) => recogniseTables(grid)),
    );
  });
});

describe("readWorkbook refuses a sheet whose values are strewn in too many separate places", () => {
  it("WORKBOOK_SHEET_SCATTERED, in Chinese first", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("散");
    // 101 values, each 300 rows below the last: 101 separate regions.
    for (let i = 0; i <= MAX_GRID_REGIONS; i++) sheet.getCell(1 + i * 300, 1).value = `x${i}`;
    const read = await readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), { name: "散.xlsx" });
    expect(read).toMatchObject({
      error: "WORKBOOK_SHEET_SCATTERED",
      params: { sheet: "散", regions: MAX_GRID_REGIONS + 1, range: `A1:A${1 + MAX_GRID_REGIONS * 300}` },
    });
    if ("error" in read)
      expect(formatMessage(read.error, read.params, "zh-CN")).toMatch(/^文件“散\.xlsx”.*分散/);
  });

  it("reads one value fewer than that", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("散");
    for (let i = 0; i < MAX_GRID_REGIONS; i++) sheet.getCell(1 + i * 300, 1).value = `x${i}`;
    const read = await readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect("error" in read ? read.error : read.sheets.length).toBe(MAX_GRID_REGIONS);
  });
});
