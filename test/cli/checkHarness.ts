/** Runs `perf-tables …` in-process with captured output (shared by the check tests). */
import { mkdtemp, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/commands/types";

export const WORKBOOKS = join(__dirname, "../fixtures/workbooks");

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(args: readonly string[], cwd: string, isTTY = false): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY,
    cwd,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "perf-check-"));
}

export async function copyFixture(name: string, dir: string, as = name): Promise<string> {
  const to = join(dir, as);
  await copyFile(join(WORKBOOKS, name), to);
  return to;
}

/** A copy of a fixture workbook with some cells changed (sheet, A1 → value). */
export async function editedCopy(
  name: string,
  to: string,
  edits: readonly (readonly [string, string, ExcelJS.CellValue])[],
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(WORKBOOKS, name));
  for (const [sheet, cell, value] of edits) {
    const ws = workbook.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    ws.getCell(cell).value = value;
  }
  await workbook.xlsx.writeFile(to);
  return to;
}

/** A zip archive with every entry stored (no compression), enough for exceljs and our reader. */
export function writeStoredZip(entries: readonly { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The web extension part in which Office keeps an add-in's workbook settings (values JSON-encoded). */
export function webExtensionPart(settings: Readonly<Record<string, unknown>>): string {
  const escape = (text: string): string =>
    text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const properties = Object.entries(settings)
    .map(([name, value]) => `<we:property name="${escape(name)}" value="${escape(JSON.stringify(value))}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{00000000-0000-0000-0000-000000000001}">` +
    `<we:reference id="perf-tables" version="1.0.0.0" store="developer" storeType="Registry"/>` +
    `<we:alternateReferences/><we:properties>${properties}</we:properties><we:bindings/><we:snapshot/></we:webextension>`
  );
}
