/**
 * The same published tables in every format a reviewer receives, for test/fixtures/formats/:
 * - <name>.xlsx: the workbook scripts/make-fixtures.ts wrote from test/fixtures/tables/<name>.json;
 * - <name>.xls: that workbook saved by LibreOffice as Excel 97 (BIFF8); <name>.et: the same bytes
 *   under WPS' extension (WPS 表格 writes BIFF8 .et files);
 * - <name>.docx: the table written as a Word table with the `docx` package (gridSpan / vMerge merges,
 *   the title rows as paragraphs above it, several tables when the sheet holds several);
 * - <name>.doc and <name>.wps: that .docx saved by LibreOffice as Word 97 (WPS 文字 writes the same);
 * - percent-hidden.xls: numbers under % formats, a formula, a date, a hidden sheet (LibreOffice);
 * - encrypted.xls: a workbook saved by LibreOffice with an opening password (FILEPASS; python3-uno);
 * - encrypted-package.xlsx: an OLE container with EncryptionInfo/EncryptedPackage streams, as Office
 *   wraps a password-protected .xlsx (written with cfb; the payload is scrambled, not really encrypted:
 *   LibreOffice 7.4 does not write encrypted OOXML, and the reader looks only at the stream names);
 * - scanned.xlsx: a PDF under an .xlsx name; no-table.docx: a Word document without a table.
 * Needs LibreOffice (libreoffice-calc-nogui, libreoffice-writer-nogui) and python3-uno.
 * Run: npx tsx scripts/make-format-fixtures.ts
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Buffer } from "node:buffer";
import * as CFB from "cfb";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType, WidthType } from "docx";
import ExcelJS from "exceljs";
import { parseRange } from "../src/core/address";
import {
  WORKBOOK_FIXTURE_DIR,
  fixtureCells,
  loadTableFixture,
  type FixtureCell,
} from "../test/core/tables/tableFixtures";

const OUT = join(__dirname, "..", "test", "fixtures", "formats");
/** Published tables taken into every format: seed 002 (two tables on one sheet) and a county's form. */
export const FORMAT_FIXTURES = ["seed-002-self-eval", "anhui-chizhou-self-eval-2022"] as const;

const work = mkdtempSync(join(tmpdir(), "perf-tables-formats-"));
const profile = join(work, "profile");

/** LibreOffice headless conversion with its own profile; returns the written file. */
function convert(input: string, to: string, outdir: string): string {
  const run = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", to, "--outdir", outdir, input],
    { timeout: 120_000, encoding: "utf8" },
  );
  const base = input.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
  const written = join(outdir, `${base}.${to.split(":")[0] ?? to}`);
  if (run.status !== 0) throw new Error(`soffice failed on ${input}: ${run.stderr}`);
  return written;
}

function cellText(cell: FixtureCell): string {
  if (cell === null) return "";
  if (typeof cell !== "object") return String(cell);
  if ("f" in cell) return cell.v === null || cell.v === undefined ? "" : String(cell.v);
  if ("date" in cell) return cell.date;
  return cell.error;
}

interface Block {
  readonly titles: string[];
  readonly rows: string[][];
  /** First sheet row (0-based) of `rows`. */
  readonly top: number;
}

/**
 * A sheet cut into tables: blocks separated by empty rows, the leading rows holding only column A
 * (the title rows) taken as paragraphs above the Word table.
 */
function splitIntoBlocks(rows: string[][]): Block[] {
  const blocks: Block[] = [];
  let current: { titles: string[]; rows: string[][]; top: number } | null = null;
  rows.forEach((row, r) => {
    const filled = row.filter((text) => text !== "").length;
    if (filled === 0) {
      current = null;
      return;
    }
    if (!current) {
      current = { titles: [], rows: [], top: r };
      blocks.push(current);
    }
    if (current.rows.length === 0 && filled === 1 && row[0] !== "") {
      current.titles.push(row[0] ?? "");
      current.top = r + 1;
    } else current.rows.push(row);
  });
  return blocks;
}

function wordTable(block: Block, merges: readonly string[], width: number): Table {
  const boxes = merges
    .map((m) => parseRange(m))
    .filter((box): box is NonNullable<typeof box> => box !== null)
    .map((box) => ({ ...box, top: box.top - block.top, bottom: box.bottom - block.top }))
    .filter((box) => box.top >= 0 && box.top < block.rows.length);
  const rows = block.rows.map((row, r) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < width;) {
      const box = boxes.find((b) => b.top <= r && r <= b.bottom && b.left === c);
      const span = box ? box.right - box.left + 1 : 1;
      const text = box && box.top < r ? "" : (row[c] ?? "");
      const verticalMerge =
        box && box.bottom > box.top
          ? box.top === r
            ? VerticalMergeType.RESTART
            : VerticalMergeType.CONTINUE
          : undefined;
      cells.push(
        new TableCell({
          children: [new Paragraph(text)],
          ...(span > 1 ? { columnSpan: span } : {}),
          ...(verticalMerge ? { verticalMerge } : {}),
        }),
      );
      c += span;
    }
    return new TableRow({ children: cells });
  });
  return new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: new Array<number>(width).fill(Math.floor(9000 / width)),
  });
}

async function writeDocx(name: string, path: string): Promise<void> {
  const sheet = loadTableFixture(name).sheets[0];
  if (!sheet) throw new Error(`${name}: no sheet`);
  const rows = sheet.rows.map((row) => fixtureCells(row).map(cellText));
  const width = Math.max(...rows.map((row) => row.length));
  const children: (Paragraph | Table)[] = [];
  for (const block of splitIntoBlocks(rows)) {
    for (const title of block.titles) children.push(new Paragraph(title));
    children.push(wordTable(block, sheet.merges ?? [], width));
    // Word needs a paragraph between two tables, or they become one.
    children.push(new Paragraph(""));
  }
  const document = new Document({ creator: "perf-tables fixtures", sections: [{ children }] });
  writeFileSync(path, await Packer.toBuffer(document));
}

async function writeNoTableDocx(path: string): Promise<void> {
  const document = new Document({
    creator: "perf-tables fixtures",
    sections: [
      {
        children: [
          new Paragraph("关于报送2024年度项目支出绩效自评报告的说明"),
          new Paragraph("绩效自评表见附件（附件未随本文档提交）。"),
        ],
      },
    ],
  });
  writeFileSync(path, await Packer.toBuffer(document));
}

/** Numbers under % formats, a formula with its cached result, a date and a hidden sheet. */
async function writePercentWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("自评表");
  sheet.getCell("A1").value = "执行率";
  sheet.getCell("B1").value = 0.9;
  sheet.getCell("B1").numFmt = "0%";
  sheet.getCell("B2").value = 0.8925;
  sheet.getCell("B2").numFmt = "0.0%";
  sheet.getCell("B3").value = { formula: "B1*100", result: 90 };
  sheet.getCell("B4").value = new Date(Date.UTC(2024, 11, 31));
  sheet.getCell("B4").numFmt = "yyyy-mm-dd";
  sheet.getCell("B5").value = 17.52;
  sheet.mergeCells("C1:D2");
  sheet.getCell("C1").value = "合并";
  const draft = workbook.addWorksheet("旧稿");
  draft.getCell("A1").value = "草稿";
  draft.state = "hidden";
  await workbook.xlsx.writeFile(path);
}

/** An OLE container with the two streams Office wraps a password-protected .xlsx in. */
function writeEncryptedPackage(source: Uint8Array, path: string): void {
  const container = CFB.utils.cfb_new();
  const info = Buffer.concat([
    Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), // version 4.4 (agile), flags
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>',
      "utf8",
    ),
  ]);
  // The package scrambled so nothing of it can be read (XOR with a byte stream): not decryptable.
  const size = Buffer.alloc(8);
  size.writeUInt32LE(source.length, 0);
  const scrambled = Buffer.from(source.map((b, i) => b ^ ((i * 131 + 7) & 0xff)));
  CFB.utils.cfb_add(container, "/EncryptionInfo", info);
  CFB.utils.cfb_add(container, "/EncryptedPackage", Buffer.concat([size, scrambled]));
  writeFileSync(path, CFB.write(container, { type: "buffer" }) as Buffer);
}

/** The smallest PDF a viewer opens: one empty page, as a scanner's text-less output looks to a reader. */
function writePdf(path: string): void {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  writeFileSync(path, body, "latin1");
}

async function main(): Promise<void> {
  try {
    for (const name of FORMAT_FIXTURES) {
      const xlsx = join(OUT, `${name}.xlsx`);
      copyFileSync(join(WORKBOOK_FIXTURE_DIR, `${name}.xlsx`), xlsx);
      copyFileSync(convert(xlsx, "xls", work), join(OUT, `${name}.xls`));
      copyFileSync(join(OUT, `${name}.xls`), join(OUT, `${name}.et`));
      const docx = join(OUT, `${name}.docx`);
      await writeDocx(name, docx);
      copyFileSync(convert(docx, "doc", work), join(OUT, `${name}.doc`));
      copyFileSync(join(OUT, `${name}.doc`), join(OUT, `${name}.wps`));
    }
    const percent = join(work, "percent-hidden.xlsx");
    await writePercentWorkbook(percent);
    copyFileSync(convert(percent, "xls", work), join(OUT, "percent-hidden.xls"));
    const plain = join(OUT, `${FORMAT_FIXTURES[0]}.xlsx`);
    const locked = spawnSync(
      "/usr/bin/python3",
      [join(__dirname, "save-with-password.py"), plain, join(OUT, "encrypted.xls"), "MS Excel 97", "secret"],
      { timeout: 120_000, encoding: "utf8", stdio: ["ignore", "inherit", "inherit"] },
    );
    if (locked.status !== 0) throw new Error("could not write encrypted.xls (python3-uno installed?)");
    writeEncryptedPackage(readFileSync(plain), join(OUT, "encrypted-package.xlsx"));
    writePdf(join(OUT, "scanned.xlsx"));
    await writeNoTableDocx(join(OUT, "no-table.docx"));
    console.log(`wrote the format fixtures to ${OUT}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
