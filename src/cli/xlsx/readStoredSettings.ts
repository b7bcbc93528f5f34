import { SCORING_SETTINGS_KEY } from "./settingsKey";
import { openZip, type ZipArchive } from "./openZip";

const WEB_EXTENSION_PART = /^xl\/webextensions\/webextension\d*\.xml$/i;

/**
 * The scoring settings the PerfTables pane stored in a workbook (Office keeps `workbook.settings` as
 * properties of the add-in's web extension part, each value JSON-encoded), or undefined when the
 * workbook has none. The value is returned as found; `parseSettings` validates it.
 *
 * `source` is the package's bytes or the archive {@link readWorkbook} opened already.
 *
 * @example
 * parseSettings(readStoredSettings(bytes)).options; // the workbook's rules, national when absent
 */
export function readStoredSettings(source: Uint8Array | ZipArchive): unknown {
  const zip = source instanceof Uint8Array ? openZip(source) : source;
  for (const name of zip.names) {
    // Most workbooks have no web extension part: then nothing is decompressed at all.
    if (!WEB_EXTENSION_PART.test(name)) continue;
    const xml = zip.read(name)?.toString("utf8") ?? "";
    for (const match of xml.matchAll(/<(?:\w+:)?property\b([^>]*)\/?>/g)) {
      const attributes = match[1] ?? "";
      if (attributeOf(attributes, "name") !== SCORING_SETTINGS_KEY) continue;
      const value = attributeOf(attributes, "value");
      if (value === undefined) return undefined;
      try {
        // Office stores each setting as JSON: a string setting arrives as a quoted JSON string.
        return JSON.parse(value) as unknown;
      } catch {
        return value;
      }
    }
  }
  return undefined;
}

function attributeOf(attributes: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attributes);
  const raw = m?.[2] ?? m?.[3];
  return raw === undefined ? undefined : unescapeXml(raw);
}

/**
 * XML entities decoded; a character reference beyond Unicode (`&#99999999;`) or a lone surrogate is left
 * as written, so the value fails the settings schema (a settings finding) instead of throwing a
 * RangeError that would leave the whole workbook unchecked.
 */
function unescapeXml(text: string): string {
  return text.replace(
    /&(quot|apos|lt|gt|amp|#(\d+)|#x([0-9a-f]+));/gi,
    (whole, name: string, dec?: string, hex?: string) => {
      if (dec || hex) {
        const code = dec ? Number(dec) : parseInt(hex ?? "", 16);
        const valid = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
        return valid ? String.fromCodePoint(code) : whole;
      }
      const map: Record<string, string> = { quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" };
      return map[name.toLowerCase()] ?? whole;
    },
  );
}
