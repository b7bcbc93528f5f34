import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { readDocx } from "../../src/readers/docx/readDocx";

const FORMATS = join(__dirname, "..", "fixtures", "formats");

interface DocxCase {
  readonly name: string;
  readonly body: string;
  readonly grids: readonly { sheet: string; values: unknown[][]; merges: string[] }[];
}
const { cases } = JSON.parse(readFileSync(join(FORMATS, "docx-cases.json"), "utf8")) as { cases: DocxCase[] };

/** A .docx package holding `body` as its document (the reader looks at nothing else). */
async function docxOf(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("readDocx: every Word table into a grid", () => {
  it.each(cases)("$name", async ({ body, grids }) => {
    const read = await readDocx(await docxOf(body), { name: "case.docx" });
    if ("error" in read) throw new Error(read.error);
    expect(
      read.sheets.map((g) => ({ sheet: g.sheet, values: g.values, merges: [...(g.merges ?? [])].sort() })),
    ).toEqual(grids.map((g) => ({ ...g, merges: [...g.merges].sort() })));
  });

  it("reads the two seed 002 tables written with the docx package, merges and title lines included", async () => {
    const read = await readDocx(readFileSync(join(FORMATS, "seed-002-self-eval.docx")), { name: "s.docx" });
    if ("error" in read) throw new Error(read.error);
    expect(read.sheets.map((g) => [g.sheet, g.values.length, g.values[0]?.[0], g.values[1]?.[0]])).toEqual([
      ["表格1", 26, "财政项目支出绩效自评表", "(2024年度)"],
      ["表格2", 26, "财政项目支出绩效自评表", "(2024年度)"],
    ]);
    expect(read.sheets[0]?.merges).toEqual(expect.arrayContaining(["A1:H1", "A5:A9", "B14:B15", "A14:A18"]));
  });

  it("says a document without a table has none, and a damaged package is damaged", async () => {
    const none = await readDocx(readFileSync(join(FORMATS, "no-table.docx")), { name: "n.docx" });
    expect(none).toMatchObject({ error: "WORKBOOK_DOCX_NO_TABLE" });
    const cut = readFileSync(join(FORMATS, "seed-002-self-eval.docx")).subarray(0, 500);
    expect(await readDocx(cut, { name: "c.docx" })).toMatchObject({ error: "WORKBOOK_DOCX_CORRUPT" });
    expect(await readDocx(await docxOf("<w:tbl><w:tr>"), { name: "x.docx" })).toMatchObject({
      error: "WORKBOOK_DOCX_CORRUPT",
    });
  });
});
