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
