import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { sniffFormat } from "../../src/readers/sniffFormat";

const FIXTURES = join(__dirname, "..", "fixtures");
const { cases } = JSON.parse(readFileSync(join(FIXTURES, "formats", "sniff-cases.json"), "utf8")) as {
  cases: [string, string][];
};

describe("sniffFormat tells a file by its bytes, never its extension", () => {
  it.each(cases)("%s is %s", (file, format) => {
    expect(sniffFormat(readFileSync(join(FIXTURES, file)))).toBe(format);
  });

  it("tells empty files, RTF and OpenDocument apart", () => {
    expect(sniffFormat(new Uint8Array())).toBe("empty");
    expect(sniffFormat(new TextEncoder().encode("{\\rtf1\\ansi 项目}"))).toBe("rtf");
    expect(sniffFormat(new TextEncoder().encode("<html><table></table></html>"))).toBe("html");
  });

  it("tells OpenDocument by its stored mimetype, and a zip of anything else as zip", async () => {
    const odf = async (type: string): Promise<Uint8Array> => {
      const zip = new JSZip();
      zip.file("mimetype", type, { compression: "STORE" });
      zip.file("content.xml", "<office:document-content/>");
      return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    };
    expect(sniffFormat(await odf("application/vnd.oasis.opendocument.spreadsheet"))).toBe("ods");
    expect(sniffFormat(await odf("application/vnd.oasis.opendocument.text"))).toBe("odt");
    const other = new JSZip().file("a.txt", "x");
    expect(sniffFormat(await other.generateAsync({ type: "uint8array" }))).toBe("zip");
  });
});
