/**
 * The scan before exceljs (guardPackage through readWorkbook): each attack of issue 15 refused with
 * its own code, at small scale with the caps lowered and at full scale with the defaults, in
 * bounded time; a sound workbook passes untouched.
 */
import { readWorkbook } from "../../../src/cli/xlsx";
import { DEFAULT_PACKAGE_LIMITS, type PackageLimits } from "../../../src/cli/xlsx/guardPackage";
import {
  cellFlood,
  mergeFlood,
  seedParts,
  stylesBomb,
  wholeSheetMerge,
  writeZip,
} from "../../support/hostilePackages";

const SMALL: PackageLimits = {
  maxPartBytes: 256 * 1024,
  maxTotalBytes: 512 * 1024,
  maxCells: 2_000,
  maxMerges: 50,
  maxMergedCells: 1_000,
};

async function refusal(bytes: Buffer, limits?: PackageLimits): Promise<unknown> {
  const read = await readWorkbook(bytes, {
    name: "hostile.xlsx",
    ...(limits ? { packageLimits: limits } : {}),
  });
  return "error" in read ? read : { sheets: read.sheets.length };
}

describe("guardPackage", () => {
  it("lets a sound workbook through, also with the lowered caps", async () => {
    expect(await refusal(writeZip(seedParts()), SMALL)).toEqual({ sheets: 1 });
  });

  it.each([
    [
      "a zip bomb in styles.xml",
      () => stylesBomb(1024 * 1024),
      "WORKBOOK_PART_TOO_LARGE",
      { part: "xl/styles.xml" },
    ],
    [
      "a merge to the end of the sheet",
      () => wholeSheetMerge(),
      "WORKBOOK_MERGE_TOO_LARGE",
      { range: "A100:XFD1048576" },
    ],
    [
      "a merge of 40 × 40 cells",
      () => wholeSheetMerge("A100:AN139"),
      "WORKBOOK_MERGE_TOO_LARGE",
      { cells: expect.any(Number) as number },
    ],
    ["60 small merges", () => mergeFlood(60), "WORKBOOK_TOO_MANY_MERGES", { sheet: "绩效自评表" }],
    ["300 rows of 10 cells", () => cellFlood(300), "WORKBOOK_SHEET_TOO_LARGE", { sheet: "绩效自评表" }],
  ])("refuses %s (caps lowered)", async (_name, build, code, params) => {
    expect(await refusal(build(), SMALL)).toMatchObject({
      error: code,
      params: { path: "hostile.xlsx", ...params },
    });
  });

  it("refuses the full-scale attacks with the default caps, in seconds and without inflating a bomb", async () => {
    const started = performance.now();
    const before = process.memoryUsage().rss;
    expect(await refusal(stylesBomb(1024 ** 3))).toMatchObject({ error: "WORKBOOK_PART_TOO_LARGE" });
    expect(await refusal(wholeSheetMerge())).toMatchObject({ error: "WORKBOOK_MERGE_TOO_LARGE" });
    expect(await refusal(mergeFlood(60_000))).toMatchObject({
      error: "WORKBOOK_TOO_MANY_MERGES",
      params: { limit: DEFAULT_PACKAGE_LIMITS.maxMerges },
    });
    expect(performance.now() - started).toBeLessThan(20_000);
    // The 1 GiB bomb stops at the 64 MiB part cap.
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  });

  it("refuses a package naming a part twice (a bomb behind a harmless first copy)", async () => {
    const styles = seedParts().find((p) => p.name === "xl/styles.xml");
    if (!styles) throw new Error("seed-002 has no styles.xml");
    const twice = writeZip([...seedParts(), styles]);
    expect(await refusal(twice, SMALL)).toMatchObject({
      error: "WORKBOOK_CORRUPT",
      params: { detail: "a part name appears twice" },
    });
  });

  it("refuses a package whose parts together pass the total cap", async () => {
    const big = { name: "xl/media/padding.bin", data: Buffer.alloc(200 * 1024, 1) };
    const package_ = writeZip([
      ...seedParts(),
      big,
      { ...big, name: "xl/media/padding2.bin" },
      { ...big, name: "xl/media/padding3.bin" },
    ]);
    expect(await refusal(package_, SMALL)).toMatchObject({
      error: "WORKBOOK_PART_TOO_LARGE",
      params: { limit: "512.0 KB" },
    });
  });
});
