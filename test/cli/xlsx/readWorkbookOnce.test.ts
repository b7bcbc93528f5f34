import fs, { readFileSync } from "node:fs";
import { join } from "node:path";
import zlib from "node:zlib";
import JSZip from "jszip";
import { readWorkbook } from "../../../src/cli/xlsx";
import { WORKBOOK_FIXTURE_DIR } from "../../core/tables/tableFixtures";

const SEED = join(WORKBOOK_FIXTURE_DIR, "seed-002-self-eval.xlsx");

/** seed-002 with its first merge written twice and, when asked, a `0\%` number format in styles.xml. */
async function damaged(percent: boolean): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(SEED));
  const sheet = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)) ?? "";
  const xml = (await zip.file(sheet)?.async("string")) ?? "";
  const merge = /<mergeCell ref="[A-Z]+\d+:[A-Z]+\d+"\/>/.exec(xml)?.[0] ?? "";
  zip.file(sheet, xml.replace(merge, merge + merge));
  if (percent) {
    const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
    const withFormat = styles.includes("<numFmts")
      ? styles.replace(
          /<numFmts count="(\d+)">/,
          (_all, n: string) => `<numFmts count="${Number(n) + 1}"><numFmt numFmtId="190" formatCode="0\\%"/>`,
        )
      : styles.replace(
          /(<styleSheet[^>]*>)/,
          '$1<numFmts count="1"><numFmt numFmtId="190" formatCode="0\\%"/></numFmts>',
        );
    zip.file("xl/styles.xml", withFormat);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * How often readWorkbook opens the file, unzips the package (JSZip) and decompresses a part itself.
 * `inflates` is given beyond the guard's one capped pass over every part (guardPackage), which
 * bounds what exceljs will inflate.
 */
async function count(source: string | Buffer): Promise<{ reads: number; unzips: number; inflates: number }> {
  const parts = (await JSZip.loadAsync(typeof source === "string" ? readFileSync(source) : source)).file(
    /.*/,
  ).length;
  // readInputFile opens the file synchronously (openSync, fstatSync, readSync); modules loaded
  // lazily on the way are opened with openSync too, and not counted.
  const reads = jest.spyOn(fs, "openSync");
  const unzips = jest.spyOn(JSZip, "loadAsync");
  const inflates = jest.spyOn(zlib, "inflateRawSync");
  try {
    const read = await readWorkbook(source);
    if ("error" in read) throw new Error(read.error);
    return {
      reads: reads.mock.calls.filter(([path]) => path === source).length,
      unzips: unzips.mock.calls.length,
      inflates: inflates.mock.calls.length - parts,
    };
  } finally {
    reads.mockRestore();
    unzips.mockRestore();
    inflates.mockRestore();
  }
}

describe("readWorkbook reads each package once", () => {
  it("a sound workbook: the file read once, unzipped once (exceljs), styles.xml the only part inflated again besides the guard's pass", async () => {
    expect(await count(SEED)).toEqual({ reads: 1, unzips: 1, inflates: 1 });
  });

  it("overlapping merges: exceljs fails, one rewrite, exceljs again", async () => {
    const bytes = await damaged(false);
    expect(await count(bytes)).toEqual({ reads: 0, unzips: 3, inflates: 1 });
  });

  it("overlapping merges and an escaped percent: both repaired in one rewrite of the original", async () => {
    const bytes = await damaged(true);
    // The percent rewrite, exceljs failing on the merges, one rewrite for both, exceljs again.
    expect(await count(bytes)).toEqual({ reads: 0, unzips: 4, inflates: 1 });
    const read = await readWorkbook(bytes);
    const base = await readWorkbook(SEED);
    if ("error" in read || "error" in base) throw new Error("unreadable");
    expect(read.sheets).toEqual(base.sheets);
    expect(
      read.notes?.map((n) => [n.code, (n.params as Readonly<Record<string, unknown>> | undefined)?.count]),
    ).toEqual([["WORKBOOK_MERGES_REPAIRED", 1]]);
  });
});
