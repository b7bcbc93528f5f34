import { readZipEntries } from "./readZipEntries";

/**
 * Names of the worksheets a workbook keeps hidden (`state="hidden"` or `"veryHidden"` in
 * xl/workbook.xml): an old draft in a hidden sheet must not pass for a second submission unremarked.
 * Empty when there are none or the workbook cannot be read.
 *
 * @example
 * readHiddenSheets(bytes); // Set { "旧稿" }
 */
export function readHiddenSheets(bytes: Uint8Array): ReadonlySet<string> {
  const hidden = new Set<string>();
  const [workbook] = readZipEntries(bytes, (name) => name === "xl/workbook.xml");
  if (!workbook) return hidden;
  for (const match of workbook.data.toString("utf8").matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const attributes = match[1] ?? "";
    if (!/\bstate\s*=\s*["'](?:hidden|veryHidden)["']/.test(attributes)) continue;
    const name = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes);
    const raw = name?.[1] ?? name?.[2];
    if (raw !== undefined) hidden.add(unescapeXml(raw));
  }
  return hidden;
}

function unescapeXml(text: string): string {
  const named: Readonly<Record<string, string>> = { quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" };
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi,
    (whole, hex?: string, dec?: string, name?: string) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (dec) return String.fromCodePoint(Number(dec));
      return named[name ?? ""] ?? whole;
    },
  );
}
