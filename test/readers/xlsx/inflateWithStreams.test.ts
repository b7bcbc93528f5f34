/**
 * The browser's inflater (DecompressionStream, which Node 20 has too) gives the lean reader the same
 * reads as node:zlib, and stops a zip bomb at the cap.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { inflateRaw } from "../../../src/cli/xlsx/inflateRaw";
import { InflateLimitExceeded } from "../../../src/readers/inflate";
import { inflateWithStreams } from "../../../src/readers/inflateWithStreams";
import { readXlsx } from "../../../src/readers/xlsx/readXlsx";

const WORKBOOKS = join(__dirname, "../../fixtures/workbooks");

describe("inflateWithStreams", () => {
  const files = readdirSync(WORKBOOKS).filter((f) => f.endsWith(".xlsx"));
  it.each(files)("%s reads as with node:zlib", async (file) => {
    const bytes = readFileSync(join(WORKBOOKS, file));
    const withStreams = await readXlsx(bytes, { inflate: inflateWithStreams, name: file, settingsKey: "K" });
    const withZlib = await readXlsx(bytes, { inflate: inflateRaw, name: file, settingsKey: "K" });
    expect(withStreams).toEqual(withZlib);
  });

  it("stops at the cap", async () => {
    const bomb = deflateRawSync(Buffer.alloc(20 * 1024 * 1024, 32));
    await expect(inflateWithStreams(bomb, 1024 * 1024)).rejects.toBeInstanceOf(InflateLimitExceeded);
    expect((await inflateWithStreams(deflateRawSync(Buffer.from("表格")), 100)).length).toBe(6);
  });

  it("a bomb inside a workbook is its own error", async () => {
    const zip = new JSZip();
    zip.file(
      "xl/workbook.xml",
      '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    );
    zip.file(
      "xl/_rels/workbook.xml.rels",
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    );
    zip.file("xl/worksheets/sheet1.xml", `<worksheet>${" ".repeat(8 * 1024 * 1024)}</worksheet>`);
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const read = await readXlsx(bytes, {
      inflate: inflateWithStreams,
      name: "bomb.xlsx",
      limits: { maxPartBytes: 1024 * 1024 },
    });
    expect(read).toMatchObject({ error: "WORKBOOK_PART_TOO_LARGE" });
  });

  it("damaged data is a damaged workbook, not a throw", async () => {
    await expect(inflateWithStreams(Uint8Array.from([0xff, 0xff, 0xff, 0x00]), 1000)).rejects.toBeDefined();
  });
});
