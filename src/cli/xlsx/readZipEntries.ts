import { openZip } from "./openZip";

/**
 * The parts of a zip archive (an .xlsx) whose names pass `wanted`, decompressed; parts that cannot be
 * read are left out (see {@link openZip}).
 *
 * @example
 * readZipEntries(bytes, (name) => name.startsWith("xl/webextensions/")); // [{ name, data }]
 */
export function readZipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): { name: string; data: Buffer }[] {
  const zip = openZip(bytes);
  const out: { name: string; data: Buffer }[] = [];
  for (const name of zip.names) {
    if (!wanted(name)) continue;
    const data = zip.read(name);
    if (data) out.push({ name, data });
  }
  return out;
}
