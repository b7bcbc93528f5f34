/**
 * Hostile and broken packages through the lean reader: each gets a clear result (a WorkbookRead or a
 * workbook error code) in bounded time and memory, never a throw, a hang or a crash. Zip bombs are
 * tried at small scale with the caps lowered; fast-check drives truncation, corruption and garbage.
 * The time bounds are generous (a loaded 2-CPU CI machine); exceljs took minutes or ran out of memory.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { checkWorkbook } from "../../../src/check/checkWorkbook";
import { inflateRaw } from "../../../src/cli/xlsx/inflateRaw";
import { columnName as colName } from "../../../src/core/address";
import { NATIONAL_RULES } from "../../../src/core/scoring/options";
import { parseSettings } from "../../../src/core/settings";
import type { WorkbookError, WorkbookRead } from "../../../src/readers/workbookRead";
import { readXlsx, type XlsxLimits } from "../../../src/readers/xlsx/readXlsx";

const WORKBOOKS = join(__dirname, "../../fixtures/workbooks");
const SEED = readFileSync(join(WORKBOOKS, "seed-002-self-eval.xlsx"));

const WORKBOOK_XML =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheets}</sheets></workbook>';

/** A package of `sheets` worksheet parts (XML given), plus any `extra` parts. */
async function pack(sheets: readonly string[], extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "xl/workbook.xml",
    WORKBOOK_XML.replace(
      "{sheets}",
      sheets.map((_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join(""),
    ),
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships>${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("")}</Relationships>`,
  );
  sheets.forEach((xml, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, xml));
  for (const [name, xml] of Object.entries(extra)) zip.file(name, xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function sheet(data: string, after = ""): string {
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData>${after}</worksheet>`;
}

const TABLE = sheet(
  '<row r="1"><c r="A1" t="inlineStr"><is><t>项目支出绩效自评表</t></is></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row>',
);

/** Reads `bytes`, and fails the test if that throws or takes longer than `maxMs`. */
async function readBounded(
  bytes: Uint8Array,
  limits: Partial<XlsxLimits> = {},
  maxMs = 5000,
): Promise<WorkbookRead | WorkbookError> {
  // Growth, not the total: a jest worker's RSS carries whatever suites ran in it before this one.
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const read = await readXlsx(bytes, { inflate: inflateRaw, name: "hostile.xlsx", limits, settingsKey: "K" });
  expect(performance.now() - started).toBeLessThan(maxMs);
  expect(process.memoryUsage().rss - rssBefore).toBeLessThan(512 * 1024 * 1024);
  return read;
}

function errorOf(read: WorkbookRead | WorkbookError): string | undefined {
  return "error" in read ? read.error : undefined;
}

describe("hostile XML", () => {
  it("entity expansion (billion laughs) is refused before any entity is read", async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
      sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>');
    const read = await readBounded(await pack([laughs]));
    expect(read).toMatchObject({
      error: "WORKBOOK_CORRUPT",
      params: { detail: expect.stringMatching(/DOCTYPE/) },
    });
  });

  it("an external entity (XXE) is refused", async () => {
    const xxe = `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row>')}`;
    expect(errorOf(await readBounded(await pack([xxe])))).toBe("WORKBOOK_CORRUPT");
  });

  it("an unknown entity or a character reference out of range is a damaged part", async () => {
    for (const text of ["&nope;", "&#99999999;", "&#0;", "&#xD800;"]) {
      const xml = sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`);
      expect(errorOf(await readBounded(await pack([xml])))).toBe("WORKBOOK_CORRUPT");
    }
  });

  it("elements nested 100,000 deep are refused, not recursed into", async () => {
    const deep = sheet(`${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}`);
    expect(errorOf(await readBounded(await pack([deep])))).toBe("WORKBOOK_CORRUPT");
  });

  it("a bad character reference in the settings part: the workbook read, the settings unreadable", async () => {
    const bytes = await pack([TABLE], {
      "xl/webextensions/webextension1.xml":
        '<we:webextension xmlns:we="x"><we:property name="K" value="&#99999999;"/></we:webextension>',
    });
    const read = await readBounded(bytes);
    expect(read).toMatchObject({ sheets: [expect.objectContaining({ sheet: "S1" })] });
    // The damaged part stands for the settings, so the check says they cannot be read.
    const stored = (read as WorkbookRead).storedSettings;
    expect(parseSettings(stored).findings.map((f) => f.code)).toEqual(["SETTINGS_INVALID"]);
  });
});

describe("zip bombs (small scale, caps lowered)", () => {
  const MiB = 1024 * 1024;

  it("a part inflating past the part cap stops at the cap", async () => {
    // 40 MiB of blanks deflate to ~40 KB.
    const bomb = sheet(`<row r="1"><c r="A1"><v>1</v></c></row>${" ".repeat(40 * MiB)}`);
    const read = await readBounded(await pack([bomb]), { maxPartBytes: MiB });
    expect(read).toMatchObject({
      error: "WORKBOOK_PART_TOO_LARGE",
      params: { part: "xl/worksheets/sheet1.xml" },
    });
  });

  it("parts under the part cap but over the package cap together", async () => {
    const part = sheet(`<row r="1"><c r="A1"><v>1</v></c></row>${" ".repeat(MiB - 200)}`);
    const read = await readBounded(await pack([part, part, part, part]), {
      maxPartBytes: 2 * MiB,
      maxTotalBytes: 3 * MiB,
    });
    expect(errorOf(read)).toBe("WORKBOOK_UNPACKED_TOO_LARGE");
  });

  it("a huge shared string table is read within its cap, or refused over it", async () => {
    const strings = `<sst>${"<si><t>x</t></si>".repeat(300_000)}</sst>`;
    const cells = sheet('<row r="1"><c r="A1" t="s"><v>299999</v></c></row>');
    const bytes = await pack([cells], { "xl/sharedStrings.xml": strings });
    expect(await readBounded(bytes)).toMatchObject({
      sheets: [expect.objectContaining({ values: [["x"]] })],
    });
    expect(errorOf(await readBounded(bytes, { maxPartBytes: MiB }))).toBe("WORKBOOK_PART_TOO_LARGE");
  });
});

describe("merges that sank exceljs (issue 15)", () => {
  it("one merge over the whole sheet: read in milliseconds, the table checked", async () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>表</t></is></c><c r="B1"><v>5</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    );
    const read = await readBounded(await pack([xml]), {}, 500);
    expect(read).toMatchObject({ sheets: [{ values: [["表"]], merges: ["A1:XFD1048576"] }] });
    if (!("error" in read)) {
      const started = performance.now();
      checkWorkbook(read, NATIONAL_RULES, false);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it("a merge over everything below a table", async () => {
    const xml = sheet(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="A3"><v>3</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>',
    );
    expect(await readBounded(await pack([xml]), {}, 500)).toMatchObject({ sheets: [{ values: [[1]] }] });
  });

  it("60,000 small merges: read and checked in bounded time", async () => {
    const merges = Array.from({ length: 60_000 }, (_, i) => `<mergeCell ref="A${i + 2}:B${i + 2}"/>`).join(
      "",
    );
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row>', `<mergeCells>${merges}</mergeCells>`);
    const read = await readBounded(await pack([xml]), {}, 10_000);
    expect(read).toMatchObject({ sheets: [expect.objectContaining({ values: [[1]] })] });
    if (!("error" in read)) {
      expect(read.sheets[0]?.merges).toHaveLength(60_000);
      const started = performance.now();
      checkWorkbook(read, NATIONAL_RULES, false);
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });

  it("60,000 copies of one merge: the repeats dropped with a note, in bounded time", async () => {
    const merges = '<mergeCell ref="A1:B2"/>'.repeat(60_000);
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row>', `<mergeCells>${merges}</mergeCells>`);
    const read = await readBounded(await pack([xml]), {}, 10_000);
    expect(read).toMatchObject({ notes: [{ code: "WORKBOOK_MERGES_REPAIRED", params: { count: 59_999 } }] });
  });

  it("overlapping merges of every size, shuffled: bounded time", async () => {
    const merges = Array.from({ length: 20_000 }, (_, i) => {
      const top = (i * 7919) % 5000;
      const left = (i * 104729) % 300;
      return `<mergeCell ref="${colName(left)}${top + 1}:${colName(left + (i % 40))}${top + 1 + (i % 300)}"/>`;
    }).join("");
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row>', `<mergeCells>${merges}</mergeCells>`);
    const read = await readBounded(await pack([xml]), {}, 10_000);
    expect(read).toHaveProperty("sheets");
  });

  it("more merges than the limit: refused with its message", async () => {
    const merges = Array.from({ length: 1001 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join("");
    const xml = sheet("", `<mergeCells>${merges}</mergeCells>`);
    expect(await readBounded(await pack([xml]), { maxMerges: 1000 })).toMatchObject({
      error: "WORKBOOK_TOO_MANY_MERGES",
      params: { count: 1001, limit: 1000 },
    });
  });
});

describe("limits checked while reading", () => {
  it("too many rows", async () => {
    const rows = Array.from(
      { length: 1200 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    );
    expect(await readBounded(await pack([sheet(rows.join(""))]), { maxRows: 1000 })).toMatchObject({
      error: "WORKBOOK_TOO_MANY_ROWS",
      params: { rows: 1200, limit: 1000 },
    });
  });

  it("too many cells: reading stops keeping cells at the limit", async () => {
    const cells = Array.from({ length: 50 }, (_, c) => `<c r="${colName(c)}1"><v>1</v></c>`).join("");
    expect(
      errorOf(await readBounded(await pack([sheet(`<row r="1">${cells}</row>`)]), { maxCells: 40 })),
    ).toBe("WORKBOOK_SHEET_TOO_LARGE");
  });
});

describe("package names and structure", () => {
  it("odd part names (traversal, leading slash, backslashes) are only names", async () => {
    const zip = new JSZip();
    zip.file(
      "/xl/workbook.xml",
      WORKBOOK_XML.replace("{sheets}", '<sheet name="S" sheetId="1" r:id="rId1"/>'),
    );
    zip.file(
      "xl/_rels/workbook.xml.rels",
      '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
    );
    zip.file("xl/worksheets/sheet1.xml", TABLE);
    zip.file("../../../etc/passwd", "x");
    zip.file("xl\\worksheets\\sheet2.xml", "<not xml");
    const read = await readBounded(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    expect(read).toMatchObject({ sheets: [expect.objectContaining({ sheet: "S" })] });
  });

  it("5,000 sheets pointing at one part: bounded time", async () => {
    const zip = new JSZip();
    const sheets = Array.from(
      { length: 5000 },
      (_, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId1"/>`,
    );
    zip.file("xl/workbook.xml", WORKBOOK_XML.replace("{sheets}", sheets.join("")));
    zip.file(
      "xl/_rels/workbook.xml.rels",
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    );
    zip.file("xl/worksheets/sheet1.xml", TABLE);
    const read = await readBounded(
      await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
      {},
      10_000,
    );
    expect("error" in read ? read.error : read.sheets.length).toBe(5000);
  });

  it("a sheet refers to a shared string that does not exist", async () => {
    const xml = sheet('<row r="1"><c r="A1" t="s"><v>7</v></c></row>');
    expect(await readBounded(await pack([xml]))).toMatchObject({
      error: "WORKBOOK_CORRUPT",
      params: { detail: expect.stringMatching(/shared string 7/) },
    });
  });
});

describe("fast-check: truncated, corrupted and garbage packages never throw", () => {
  it("any truncation of a real workbook", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: SEED.length }), async (length) => {
        const read = await readBounded(SEED.subarray(0, length));
        expect(read).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });

  it("random bytes overwritten in a real workbook", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: SEED.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 30,
        }),
        async (edits) => {
          const bytes = Uint8Array.from(SEED);
          for (const [at, value] of edits) bytes[at] = value;
          expect(await readBounded(bytes)).toBeDefined();
        },
      ),
      { numRuns: 60 },
    );
  });

  it("garbage and near-XML in a worksheet part", async () => {
    const tokens = fc.constantFrom(
      '<row r="1">',
      "</row>",
      '<c r="A1">',
      '<c r="B1" t="s">',
      '<c t="inlineStr">',
      "</c>",
      "<v>",
      "</v>",
      "<is><t>",
      "</t></is>",
      '<f t="shared" si="0" ref="A1:A9">',
      '<f t="shared" si="0"/>',
      "</f>",
      "1",
      "&amp;",
      "&#x41;",
      "<!-- c -->",
      "<![CDATA[x]]>",
      "<r><t>a</t></r>",
      '<mergeCell ref="A1:B2"/>',
      '"',
      "<",
      ">",
    );
    await fc.assert(
      fc.asyncProperty(fc.array(tokens, { maxLength: 60 }), async (parts) => {
        const xml = sheet(parts.join(""), '<mergeCells><mergeCell ref="A1:C3"/></mergeCells>');
        expect(await readBounded(await pack([xml]))).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });
});
