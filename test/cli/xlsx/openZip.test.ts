import JSZip from "jszip";
import { openZip } from "../../../src/cli/xlsx/openZip";

describe("openZip", () => {
  it("reads a small part and refuses one that inflates past 16 MiB (a zip bomb)", async () => {
    const zip = new JSZip();
    // 40 MiB of spaces deflate to a few tens of KB
    zip.file("xl/bomb.xml", Buffer.alloc(40 * 1024 * 1024, 32));
    zip.file("docProps/core.xml", "<cp:coreProperties/>");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const archive = openZip(bytes);
    expect(archive.names.filter((name) => !name.endsWith("/"))).toEqual(["xl/bomb.xml", "docProps/core.xml"]);
    expect(archive.read("docProps/core.xml")?.toString("utf8")).toBe("<cp:coreProperties/>");
    expect(archive.read("xl/bomb.xml")).toBeUndefined();
    expect(archive.read("missing.xml")).toBeUndefined();
  });
});
