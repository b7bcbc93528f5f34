import { inflateRawSync } from "node:zlib";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/**
 * The parts read here are small (docProps/core.xml, the stored settings): a part that inflates past
 * this is refused, so a zip bomb cannot take the process's memory.
 */
const MAX_PART_BYTES = 16 * 1024 * 1024;

/** The parts of a zip archive (an .xlsx), listed once; each part is decompressed only when read. */
export interface ZipArchive {
  /** Every part's name, in the order of the central directory. */
  readonly names: readonly string[];
  /** Central-directory entries listed, repeated names included (more than `names` when a name repeats). */
  readonly entryCount: number;
  /** The part decompressed; undefined when absent, damaged or compressed in a way not read here. */
  read(name: string): Buffer | undefined;
  /**
   * Like `read` with the output capped at `maxBytes`: "too-large" when the part inflates past it
   * (inflation stops there, so a zip bomb costs at most `maxBytes`).
   */
  inflate(name: string, maxBytes: number): Buffer | "too-large" | undefined;
}

interface Entry {
  readonly method: number;
  readonly size: number;
  readonly local: number;
}

/**
 * Lists the parts of a zip archive from its central directory, without decompressing any. Small and
 * forgiving: a damaged archive or ZIP64 lists no parts, and an unknown compression method, a damaged
 * part or one that inflates past 16 MiB reads as undefined, rather than an exception (exceljs reports
 * damaged workbooks). Written here rather than with jszip (already a dependency) because it must be
 * synchronous and must not inflate anything but the one small part asked for.
 *
 * @example
 * const zip = openZip(bytes);
 * zip.names.filter((name) => name.startsWith("xl/webextensions/")).map((name) => zip.read(name));
 */
export function openZip(bytes: Uint8Array): ZipArchive {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = new Map<string, Entry>();
  let listed = 0;
  try {
    const end = findEndOfCentralDirectory(buf);
    const count = end < 0 ? 0 : buf.readUInt16LE(end + 10);
    let at = end < 0 ? 0 : buf.readUInt32LE(end + 16);
    for (let i = 0; i < count && at + 46 <= buf.length; i++) {
      if (buf.readUInt32LE(at) !== CENTRAL) break;
      const method = buf.readUInt16LE(at + 10);
      const size = buf.readUInt32LE(at + 20);
      const nameLength = buf.readUInt16LE(at + 28);
      const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
      const local = buf.readUInt32LE(at + 42);
      const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
      at += 46 + skip;
      listed++;
      if (!entries.has(name)) entries.set(name, { method, size, local });
    }
  } catch {
    entries.clear();
    listed = 0;
  }
  return {
    names: [...entries.keys()],
    entryCount: listed,
    read(name) {
      const entry = entries.get(name);
      const data = entry ? readEntry(buf, entry, MAX_PART_BYTES) : undefined;
      return data === "too-large" ? undefined : data;
    },
    inflate(name, maxBytes) {
      const entry = entries.get(name);
      return entry ? readEntry(buf, entry, maxBytes) : undefined;
    },
  };
}

function readEntry(
  buf: Buffer,
  { method, size, local }: Entry,
  maxBytes: number,
): Buffer | "too-large" | undefined {
  try {
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) return undefined;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    if (method === 0) return raw.length > maxBytes ? "too-large" : Buffer.from(raw);
    if (method === 8) return inflateRawSync(raw, { maxOutputLength: Math.max(1, maxBytes) });
    return undefined;
  } catch (error) {
    // zlib stops at maxOutputLength with ERR_BUFFER_TOO_LARGE: the part is larger than allowed.
    return (error as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE" ? "too-large" : undefined;
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
