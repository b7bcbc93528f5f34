/**
 * What a file is, told by its bytes and never by its extension: reviewers receive .xls files renamed
 * .xlsx, WPS .et files that are Excel 97 workbooks, encrypted workbooks (an OLE container whatever the
 * extension), PDFs of scans named .xlsx. Pure: runs in the CLI and in the browser review page.
 */
import * as CFB from "cfb";

export type SniffedFormat =
  /** Office Open XML workbook (zip holding xl/workbook.xml); "xlsm" when it carries macros. */
  | "xlsx"
  | "xlsm"
  /** Office Open XML Word document (zip holding word/document.xml). */
  | "docx"
  /** Excel 97–2003 (BIFF8) workbook in an OLE compound file: .xls, and WPS .et alike. */
  | "xls"
  /** Word 97–2003 document (WordDocument stream): .doc, and WPS .wps alike. */
  | "doc"
  /** Password-protected: an encrypted .xlsx/.docx (EncryptedPackage) or a BIFF workbook with FILEPASS. */
  | "encrypted"
  /** OpenDocument spreadsheet / text (LibreOffice, WPS can save these). */
  | "ods"
  | "odt"
  /** Another zip or OLE compound file (Works .wps, an old Word 6 file …): LibreOffice may open it. */
  | "zip"
  | "ole"
  | "pdf"
  | "rtf"
  | "html"
  | "csv"
  | "text"
  | "unknown"
  | "empty";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary (OLE2): .xls, .et, .doc, and the container of encrypted .xlsx/.docx files. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const RTF_MAGIC = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // "{\rtf"

/**
 * The format of a file from its bytes: a zip by its parts, an OLE compound file by its streams.
 *
 * @example
 * sniffFormat(new Uint8Array(await file.arrayBuffer())); // → "xls" for a WPS .et file
 */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_MAGIC)) return classifyZip(bytes);
  if (startsWith(bytes, CFB_MAGIC)) return classifyCompoundFile(bytes);
  if (startsWith(bytes, PDF_MAGIC)) return "pdf";
  if (startsWith(bytes, RTF_MAGIC)) return "rtf";
  // A PDF may start after a few bytes of junk; readers accept "%PDF-" in the first 1 KiB.
  if (indexOf(bytes.subarray(0, 1024), PDF_MAGIC) >= 0) return "pdf";
  return classifyText(bytes);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function indexOf(bytes: Uint8Array, needle: readonly number[]): number {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * A zip by the names in its central directory, read here directly: a directory listing needs no
 * inflating, and building a JSZip object for it would unzip every .xlsx a second time (the .xlsx
 * reader opens the package once; test/cli/xlsx/readWorkbookOnce.test.ts counts it).
 */
function classifyZip(bytes: Uint8Array): SniffedFormat {
  const entries = listZipEntries(bytes);
  // A zip cut short (no directory): the .xlsx reader explains it (damaged file).
  if (!entries) return "xlsx";
  const has = (name: string): boolean => entries.some((entry) => entry.name === name);
  if (has("xl/workbook.xml") || has("xl/workbook.bin")) return has("xl/vbaProject.bin") ? "xlsm" : "xlsx";
  if (has("word/document.xml")) return "docx";
  // OpenDocument stores its "mimetype" first and uncompressed, so its text is in the bytes as is.
  const mimetype = entries.find((entry) => entry.name === "mimetype" && entry.stored);
  const type = mimetype ? readStoredText(bytes, mimetype.localHeader, mimetype.size) : "";
  if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
  if (type.startsWith("application/vnd.oasis.opendocument.text")) return "odt";
  // A zip without a workbook part: the .xlsx reader says which part is missing.
  return has("[Content_Types].xml") ? "xlsx" : "zip";
}

interface ZipEntry {
  readonly name: string;
  /** Stored without compression. */
  readonly stored: boolean;
  readonly size: number;
  readonly localHeader: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/** The central directory's entries, or null when the end-of-directory record is not found. */
function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 bytes plus a comment of up to 65,535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return entries;
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeader = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, stored: method === 0, size, localHeader });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function readStoredText(bytes: Uint8Array, localHeader: number, size: number): string {
  if (localHeader + 30 > bytes.length) return "";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start =
    localHeader + 30 + view.getUint16(localHeader + 26, true) + view.getUint16(localHeader + 28, true);
  return new TextDecoder("utf-8").decode(
    bytes.subarray(start, Math.min(bytes.length, start + Math.min(size, 200))),
  );
}

/** The streams of the compound file say what it holds. */
function classifyCompoundFile(bytes: Uint8Array): SniffedFormat {
  let names: string[];
  let container: CFB.CFB$Container | undefined;
  try {
    container = CFB.read(bytes, { type: "array" });
    names = container.FileIndex.filter((entry) => entry.type === 2).map((entry) => entry.name);
  } catch {
    // A directory cfb cannot follow (truncated sectors): the stream names are still in the bytes,
    // in UTF-16LE, which is enough to tell an encrypted package from a workbook.
    names = ["EncryptedPackage", "EncryptionInfo", "Workbook", "Book", "WordDocument"].filter(
      (name) => indexOf(bytes, utf16le(name)) >= 0,
    );
  }
  const has = (name: string): boolean => names.includes(name);
  if (has("EncryptedPackage") || has("EncryptionInfo")) return "encrypted";
  const book = has("Workbook") ? "Workbook" : has("Book") ? "Book" : undefined;
  if (book) {
    const stream = container ? CFB.find(container, book)?.content : undefined;
    return stream && biffHasFilePass(toBytes(stream)) ? "encrypted" : "xls";
  }
  if (has("WordDocument")) return "doc";
  return "ole";
}

function toBytes(content: CFB.CFB$Blob): Uint8Array {
  return content instanceof Uint8Array ? content : Uint8Array.from(content as ArrayLike<number>);
}

function utf16le(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out.push(code & 0xff, code >> 8);
  }
  return out;
}

const BIFF_FILEPASS = 0x002f;
const BIFF_EOF = 0x000a;

/**
 * Whether the workbook globals of a BIFF stream hold a FILEPASS record: Excel writes it right after
 * BOF when the workbook has an opening password, and everything after it is encrypted.
 */
function biffHasFilePass(stream: Uint8Array): boolean {
  // Records: type (2 bytes), length (2 bytes), data; FILEPASS comes within the first few records.
  for (let at = 0, seen = 0; at + 4 <= stream.length && seen < 64; seen++) {
    const type = (stream[at] ?? 0) | ((stream[at + 1] ?? 0) << 8);
    const length = (stream[at + 2] ?? 0) | ((stream[at + 3] ?? 0) << 8);
    if (type === BIFF_FILEPASS) return true;
    if (type === BIFF_EOF) return false;
    at += 4 + length;
  }
  return false;
}

function classifyText(bytes: Uint8Array): SniffedFormat {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return "unknown";
  const text = new TextDecoder("utf-8").decode(head).replace(/^\uFEFF/, "");
  if (/^\s*<(?:!doctype\s+html|html|table)/i.test(text)) return "html";
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  if (lines.length > 0 && lines.every((line) => line.includes(",") || line.includes("\t"))) return "csv";
  return "text";
}
