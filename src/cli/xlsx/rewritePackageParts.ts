/** Rewrites XML parts of an .xlsx package (a zip) before exceljs reads it. */
import { Buffer } from "node:buffer";
import JSZip from "jszip";

/**
 * `bytes` with each part whose name passes `wanted` replaced by what `rewrite` returns for its text
 * (undefined or the same text: left alone); null when nothing changed or the package is unreadable.
 *
 * @example
 * await rewritePackageParts(bytes, (name) => name === "xl/styles.xml", (xml) => xml.replace(a, b));
 */
export async function rewritePackageParts(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  rewrite: (xml: string, name: string) => string | undefined,
): Promise<Buffer | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    let changed = false;
    for (const name of Object.keys(zip.files)) {
      const part = zip.file(name);
      if (!part || !wanted(name)) continue;
      const xml = await part.async("string");
      const next = rewrite(xml, name);
      if (next === undefined || next === xml) continue;
      zip.file(name, next);
      changed = true;
    }
    if (!changed) return null;
    return await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  } catch {
    return null;
  }
}
