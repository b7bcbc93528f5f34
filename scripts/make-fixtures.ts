/**
 * Turns every table fixture (test/fixtures/tables/*.json) into an .xlsx under test/fixtures/workbooks/
 * with exceljs (values, formulas with cached results, dates, errors, merges), and writes the broken
 * files the reader must reject. Run: npx tsx scripts/make-fixtures.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Buffer } from "node:buffer";
import ExcelJS from "exceljs";
import {
  WORKBOOK_FIXTURE_DIR,
  fixtureCells,
  listTableFixtures,
  loadTableFixture,
  type FixtureCell,
} from "../test/core/tables/tableFixtures";

/** A fixed date keeps the generated files byte-stable between runs. */
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

function toExcelValue(cell: FixtureCell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== "object") return cell;
  if ("f" in cell) {
    const result = cell.v === null || cell.v === undefined ? undefined : cell.v;
    return { formula: cell.f, ...(result === undefined ? {} : { result }) };
  }
  if ("date" in cell) return new Date(`${cell.date}T00:00:00Z`);
  return { error: cell.error } as ExcelJS.CellErrorValue;
}

async function writeFixtureWorkbook(name: string): Promise<void> {
  const fixture = loadTableFixture(name);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "perf-tables fixtures";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of fixture.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      fixtureCells(row).forEach((cell, c) => {
        if (cell === null) return;
        ws.getCell(r + 1, c + 1).value = toExcelValue(cell);
      });
    });
    for (const merge of sheet.merges ?? []) ws.mergeCells(merge);
  }
  const buffer = Buffer.from(await withFixedClock(() => workbook.xlsx.writeBuffer()));
  writeFileSync(join(WORKBOOK_FIXTURE_DIR, `${name}.xlsx`), buffer);
}

/**
 * The zip writer stamps every entry with the current time; a fixed clock while writing keeps the
 * committed workbooks byte-identical from one run to the next.
 */
async function withFixedClock<T>(write: () => Promise<T>): Promise<T> {
  const RealDate = Date;
  const fixed = FIXED_DATE.getTime();
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [number]));
    }
    static override now(): number {
      return fixed;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  try {
    return await write();
  } finally {
    globalThis.Date = RealDate;
  }
}

/** Files the reader must reject with the right error code. */
function writeBrokenFiles(validXlsx: Buffer): void {
  // A real zip cut short: the central directory is gone.
  writeFileSync(
    join(WORKBOOK_FIXTURE_DIR, "corrupt.xlsx"),
    validXlsx.subarray(0, Math.floor(validXlsx.length / 3)),
  );
  writeFileSync(
    join(WORKBOOK_FIXTURE_DIR, "not-xlsx.xlsx"),
    "项目名称,目标值\n信息化运维项目,≥90%\n",
    "utf8",
  );
  writeFileSync(
    join(WORKBOOK_FIXTURE_DIR, "encrypted.xlsx"),
    compoundFile(["EncryptionInfo", "EncryptedPackage"]),
  );
  writeFileSync(join(WORKBOOK_FIXTURE_DIR, "legacy.xls"), compoundFile(["Workbook"]));
}

/** A minimal Compound File Binary header plus directory entries naming the given streams. */
function compoundFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  const entries = ["Root Entry", ...streams].map((name) => {
    const entry = Buffer.alloc(128);
    Buffer.from(name, "utf16le").copy(entry, 0);
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    return entry;
  });
  return Buffer.concat([header, ...entries]);
}

async function main(): Promise<void> {
  const names = listTableFixtures();
  for (const name of names) await writeFixtureWorkbook(name);
  const first = names[0];
  if (first) {
    const { readFileSync } = await import("node:fs");
    writeBrokenFiles(readFileSync(join(WORKBOOK_FIXTURE_DIR, `${first}.xlsx`)));
  }
  console.log(`wrote ${names.length} workbooks and 4 broken files to ${WORKBOOK_FIXTURE_DIR}`);
}

void main();
