/** What a file's first bytes say it is, before exceljs is asked to open it. */
import { Buffer } from "node:buffer";

export type SniffedFormat =
  "zip" | "encrypted" | "xls" | "ole" | "html" | "csv" | "text" | "unknown" | "empty";

const ZIP_MAGIC = [0x50, 0x4b];
/** Compound File Binary (OLE2): legacy .xls, and the container Office wraps encrypted .xlsx files in. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Guesses a file's format from its bytes.
 *
 * @example
 * sniffFileFormat(await readFile("a.xlsx")) // → "zip"
 */
export function sniffFileFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_MAGIC)) return "zip";
  if (startsWith(bytes, CFB_MAGIC)) return classifyCompoundFile(bytes);
  return classifyText(bytes);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * An encrypted .xlsx is a CFB container holding "EncryptionInfo" and "EncryptedPackage" streams; a
 * legacy .xls holds a "Workbook" (or "Book") stream. Stream names are stored in UTF-16LE.
 */
function classifyCompoundFile(bytes: Uint8Array): SniffedFormat {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (name: string) => buf.indexOf(Buffer.from(name, "utf16le")) >= 0;
  if (has("EncryptedPackage") || has("EncryptionInfo")) return "encrypted";
  if (has("Workbook") || has("Book")) return "xls";
  return "ole";
}

function classifyText(bytes: Uint8Array): SniffedFormat {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096));
  if (head.includes(0)) return "unknown";
  const text = head.toString("utf8").replace(/^\uFEFF/, "");
  if (/^\s*<(?:!doctype\s+html|html|table)/i.test(text)) return "html";
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  if (lines.length > 0 && lines.every((line) => line.includes(",") || line.includes("\t"))) return "csv";
  return "text";
}
