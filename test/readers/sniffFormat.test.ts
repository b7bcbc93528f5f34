import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sniffFormat } from "../../src/readers/sniffFormat";

const FIXTURES = join(__dirname, "..", "fixtures");
const { cases } = JSON.parse(readFileSync(join(FIXTURES, "formats", "sniff-cases.json"), "utf8")) as {
  cases: [string, string][];
};

describe("sniffFormat tells a file by its bytes, never its extension", () => {
  it.each(cases)("%s is %s", async (file, format) => {
    expect(await sniffFormat(readFileSync(join(FIXTURES, file)))).toBe(format);
  });

  it("tells empty files, RTF and OpenDocument apart", async () => {
    expect(await sniffFormat(new Uint8Array())).toBe("empty");
    expect(await sniffFormat(new TextEncoder().encode("{\\rtf1\\ansi 项目}"))).toBe("rtf");
    expect(await sniffFormat(new TextEncoder().encode("<html><table></table></html>"))).toBe("html");
  });
});
