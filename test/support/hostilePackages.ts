/**
 * Hostile .xlsx packages built from a sound fixture (seed-002), one per attack class of issue 15:
 * a zip bomb in a part, a merge over the whole sheet, a flood of small merges, too many cells. Sizes
 * are parameters so the unit tests and the fuzz suite run them small with the caps lowered, and the
 * end-to-end folder at full scale. Nothing here is random: the fuzz suite draws the parameters.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { constants, deflateRawSync } from "node:zlib";
import { readZipEntries } from "../../src/cli/xlsx";
import { toA1 } from "../../src/core/address";

const SEED = join(__dirname, "../fixtures/workbooks/seed-002-self-eval.xlsx");

/** One zip entry: its bytes, or raw deflate data with the size it claims. */
export type ZipPart =
  | { readonly name: string; readonly data: Buffer }
  | { readonly name: string; readonly deflated: Buffer; readonly size: number };

/** The parts of seed-002, decompressed. */
export function seedParts(): { name: string; data: Buffer }[] {
  return readZipEntries(readFileSync(SEED), () => true);
}

/**
 * Raw deflate data that inflates to `bytes` zero bytes while taking about 1/1000 of that: one chunk
 * of 16 MiB of zeros compressed with a sync flush (not final), repeated, then an empty final block.
 * Repeating is valid because every back-reference points into zeros.
 *
 * @example
 * zeroBomb(1024 ** 3).length; // ≈ 1 MB for 1 GiB
 */
function zeroBomb(bytes: number): Buffer {
  const chunkSize = Math.min(bytes, 16 * 1024 * 1024);
  const chunk = deflateRawSync(Buffer.alloc(chunkSize), { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
  const count = Math.max(1, Math.ceil(bytes / chunkSize));
  return Buffer.concat([...Array<Buffer>(count).fill(chunk), Buffer.from([0x03, 0x00])]);
}

/**
 * A zip archive of `parts`, enough for exceljs and our readers: each part's `data` deflated (or stored
 * as it is with `{ store: true }`), or raw deflate data given with the size it claims.
 */
export function writeZip(parts: readonly ZipPart[], options: { readonly store?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const given = "data" in part;
    const store = given && options.store === true;
    const body = !given ? part.deflated : store ? part.data : deflateRawSync(part.data);
    const size = given ? part.data.length : part.size;
    const crc = given ? crc32(part.data) : 0;
    const method = store ? 0 : 8;
    const name = Buffer.from(part.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const SHEET = /^xl\/worksheets\/sheet1\.xml$/;

/** seed-002 with its first worksheet's XML changed by `edit`. */
function withSheet(edit: (xml: string) => string): Buffer {
  return writeZip(
    seedParts().map((p) =>
      SHEET.test(p.name) ? { name: p.name, data: Buffer.from(edit(p.data.toString("utf8")), "utf8") } : p,
    ),
  );
}

/** Merged ranges appended to the sheet's own (`<mergeCells>` created when it has none). */
function addMerges(xml: string, refs: readonly string[]): string {
  const extra = refs.map((ref) => `<mergeCell ref="${ref}"/>`).join("");
  if (/<mergeCells\b/.test(xml)) {
    return xml.replace(/<mergeCells\b[^>]*>/, (open) => open.replace(/count="\d+"/, "") + extra);
  }
  return xml.replace("</sheetData>", `</sheetData><mergeCells>${extra}</mergeCells>`);
}

/** seed-002 whose styles.xml inflates to `bytes` (zeros): a zip bomb in a part exceljs always reads. */
export function stylesBomb(bytes: number): Buffer {
  return writeZip(
    seedParts().map((p) =>
      p.name === "xl/styles.xml" ? { name: p.name, deflated: zeroBomb(bytes), size: 4096 } : p,
    ),
  );
}

/** seed-002 with one merge below its table reaching the sheet's last row and column (issue 15, 1). */
export function wholeSheetMerge(ref = "A100:XFD1048576"): Buffer {
  return withSheet((xml) => addMerges(xml, [ref]));
}

/** seed-002 with `count` two-cell merges below its table (exceljs is quadratic in merges). */
export function mergeFlood(count: number): Buffer {
  const refs = Array.from({ length: count }, (_, i) => `A${200 + i}:B${200 + i}`);
  return withSheet((xml) => addMerges(xml, refs));
}

/** seed-002 with `rows` × 10 extra numeric cells below its table. */
export function cellFlood(rows: number): Buffer {
  const body: string[] = [];
  for (let r = 0; r < rows; r++) {
    const row = 300 + r;
    const cells = Array.from({ length: 10 }, (_, c) => `<c r="${toA1(row - 1, c)}"><v>${c}</v></c>`);
    body.push(`<row r="${row}">${cells.join("")}</row>`);
  }
  return withSheet((xml) => xml.replace("</sheetData>", `${body.join("")}</sheetData>`));
}

/** seed-002 with `text` typed into its first indicator name (C14 is inside the table: an indicator name). */
export function withCellText(cell: string, text: string): Buffer {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  // Control characters are not allowed raw in XML 1.0: written as Excel does, _xHHHH_.
  const encoded = [...escaped]
    .map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      const allowed = code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
      return allowed ? ch : `_x${code.toString(16).padStart(4, "0").toUpperCase()}_`;
    })
    .join("");
  return withSheet((xml) => {
    // `cell` is an A1 address chosen by the caller (C14), matched as written in the part.
    const pattern = new RegExp(`<c r="${cell}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
    const replacement = `<c r="${cell}" t="inlineStr"><is><t xml:space="preserve">${encoded}</t></is></c>`;
    return pattern.test(xml) ? xml.replace(pattern, replacement) : xml;
  });
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
