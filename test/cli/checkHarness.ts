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
