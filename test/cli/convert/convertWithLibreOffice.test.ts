import { readFileSync } from "node:fs";
import { join } from "node:path";
import { makeLibreOfficeConverter } from "../../../src/cli/convert/convertWithLibreOffice";
import { formatIssue } from "../../../src/core/messages";
import { workbookErrorMessage } from "../../../src/readers/workbookRead";

const DOC = join(__dirname, "..", "..", "fixtures", "formats", "seed-002-self-eval.doc");

describe("convertWithLibreOffice", () => {
  it("without soffice on the PATH, says so and names the package to install", async () => {
    const convert = await makeLibreOfficeConverter({ PATH: "/nonexistent" });
    const result = await convert(readFileSync(DOC), "doc", "a.doc");
    if (!("error" in result)) throw new Error("converted without soffice");
    expect(result.error).toBe("WORKBOOK_NEEDS_LIBREOFFICE");
    expect(formatIssue(workbookErrorMessage(result), "zh-CN")).toContain(
      "apt-get install libreoffice-writer-nogui",
    );
  });

  it("converts a Word 97 document to .docx with soffice (needs libreoffice-writer-nogui)", async () => {
    const convert = await makeLibreOfficeConverter();
    const result = await convert(readFileSync(DOC), "doc", "a.doc");
    if ("error" in result) throw new Error(`${result.error}: ${JSON.stringify(result.params)}`);
    expect(result.to).toBe("docx");
    expect([...result.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  }, 120_000);

  it("reports a file soffice cannot convert", async () => {
    const convert = await makeLibreOfficeConverter();
    const result = await convert(new TextEncoder().encode("not a document at all"), "ods", "b.ods");
    expect(result).toMatchObject({ error: "WORKBOOK_CONVERSION_FAILED" });
  }, 120_000);
});
