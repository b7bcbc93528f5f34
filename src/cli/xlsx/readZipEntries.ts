import { inflateRawSync } from "node:zlib";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries of a zip archive (an .xlsx) whose names pass `wanted`, decompressed. Small and
 * forgiving: a damaged archive, ZIP64 or an unknown compression method give no entries rather than
 * an exception (the workbook reader reports damaged files).
 *
 * @example
 * readZipEntries(bytes, (name) => name.startsWith("xl/webextensions/")); // [{ name, data }]
 */
export function readZipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): { name: string; data: Buffer }[] {
  try {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEndOfCentralDirectory(buf);
    if (end < 0) return [];
    const count = buf.readUInt16LE(end + 10);
    let at = buf.readUInt32LE(end + 16);
    const out: { name: string; data: Buffer }[] = [];
    for (let i = 0; i < count && at + 46 <= buf.length; i++) {
      if (buf.readUInt32LE(at) !== CENTRAL) break;
      const method = buf.readUInt16LE(at + 10);
      const size = buf.readUInt32LE(at + 20);
      const nameLength = buf.readUInt16LE(at + 28);
      const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
      const local = buf.readUInt32LE(at + 42);
      const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
      at += 46 + skip;
      if (!wanted(name) || local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) continue;
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const raw = buf.subarray(start, start + size);
      if (method === 0) out.push({ name, data: Buffer.from(raw) });
      else if (method === 8) out.push({ name, data: inflateRawSync(raw) });
    }
    return out;
  } catch {
    return [];
  }
}

/** The end-of-central-directory record sits in the last 64 KiB + 22 bytes. */
function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 65557);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}
