/**
 * The central directory of a zip archive (an .xlsx package), read without decompressing anything.
 * Written here (about a hundred lines) rather than with a zip library because the reader must run in
 * the browser as it does in Node, decompress only the parts it needs through the inflater it is given,
 * and check every offset and size against the file before trusting it.
 */
import { decodeUtf8 } from "./decodeUtf8";

/** One stored part: where its data lies in the archive and how it is compressed. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  readonly method: number;
  /** Offset and length of the compressed data in the archive. */
  readonly dataStart: number;
  readonly compressedSize: number;
  /** What the directory says the part inflates to (not trusted: the inflater is capped anyway). */
  readonly size: number;
}

/** Why the archive's directory could not be read (the text goes into WORKBOOK_CORRUPT's detail). */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipError";
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A directory of more entries than this is not a workbook (Excel writes a few dozen). */
const MAX_ENTRIES = 65_535;

/**
 * The archive's parts by name (a leading "/" dropped; when a name repeats, the last entry counts, as
 * JSZip has it). Throws {@link ZipError} when the directory is missing, damaged, encrypted or ZIP64.
 *
 * @example
 * const entries = listZipEntries(bytes);
 * entries.get("xl/workbook.xml")?.method; // 8
 */
export function listZipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  // JSZip's words, which exceljs reported for such files before this reader.
  if (end < 0) throw new ZipError("Corrupted zip: can't find end of central directory");
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryStart === 0xffffffff) throw new ZipError("ZIP64 archives are not read");
  if (count > MAX_ENTRIES || directoryStart + directorySize > end) {
    throw new ZipError("Corrupted zip: the central directory lies outside the file");
  }
  const entries = new Map<string, ZipEntry>();
  let at = directoryStart;
  for (let k = 0; k < count; k++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) {
      throw new ZipError("Corrupted zip: damaged central directory entry");
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > end) throw new ZipError("Corrupted zip: damaged central directory entry");
    let name = decodeUtf8(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new ZipError("Encrypted zip entries are not supported");
    if (compressedSize === 0xffffffff || local === 0xffffffff)
      throw new ZipError("ZIP64 archives are not read");
    if (name.startsWith("/")) name = name.slice(1);
    if (name.endsWith("/")) continue; // a folder
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) {
      throw new ZipError(`Corrupted zip: no local header for ${name}`);
    }
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length)
      throw new ZipError(`Corrupted zip: ${name} runs past the end`);
    entries.delete(name);
    entries.set(name, { name, method, dataStart, compressedSize, size });
  }
  return entries;
}

/** The end-of-central-directory record sits in the last 64 KiB + 22 bytes (a comment may follow it). */
function findEndOfCentralDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 65557);
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}
