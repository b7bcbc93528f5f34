/**
 * The review page's read-and-check path, run here on Node's own DecompressionStream (the same web API
 * the page's worker uses): the same tables, totals and grades as the command line's checkFile.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkFile } from "../../src/cli/check";
import { NATIONAL_RULES } from "../../src/core/scoring/options";
import { checkSubmission } from "../../src/review/checkSubmission";
import { summariseFile } from "../../src/review/summariseFile";
import { WORKBOOKS } from "../cli/checkHarness";

const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(WORKBOOKS, name)));

describe("checkSubmission (the review page's worker)", () => {
  it("checks seed 002 as the command line does: 98.99 and 98.50, 优, every score explained", async () => {
    const checked = await checkSubmission(
      bytesOf("seed-002-self-eval.xlsx"),
      "收件箱/seed-002.xlsx",
      NATIONAL_RULES,
    );
    const cli = await checkFile(join(WORKBOOKS, "seed-002-self-eval.xlsx"), NATIONAL_RULES);
    expect(checked.path).toBe("收件箱/seed-002.xlsx");
    expect(checked.tables).toEqual(cli.tables);
    expect(summariseFile(checked)).toMatchObject({
      tables: 2,
      kinds: ["self-eval"],
      totals: ["98.99 / 98.99", "98.50 / 98.50"],
      grades: ["优 / 优", "优 / 优"],
      errors: 0,
      status: "ok",
    });
  });

  it.each([
    ["corrupt.xlsx", "WORKBOOK_CORRUPT"],
    ["legacy.xls", "WORKBOOK_XLS"],
    ["encrypted.xlsx", "WORKBOOK_ENCRYPTED"],
    ["not-xlsx.xlsx", "WORKBOOK_NOT_XLSX"],
  ])("says why %s cannot be read (%s)", async (name, code) => {
    const checked = await checkSubmission(bytesOf(name), name, NATIONAL_RULES);
    expect(checked.error?.code).toBe(code);
    expect(summariseFile(checked)).toMatchObject({ status: "unreadable", errors: 1 });
  });

  it("refuses an empty file", async () => {
    expect((await checkSubmission(new Uint8Array(0), "a.xlsx", NATIONAL_RULES)).error?.code).toBe(
      "WORKBOOK_EMPTY",
    );
  });
});
