/**
 * Time per file by format: the same two seed 002 tables (test/fixtures/formats) checked as .xlsx
 * (exceljs reader), .xls/.et (SheetJS), .docx (jszip + saxes) and .doc (LibreOffice conversion, then
 * the .docx reader), with each ratio to .xlsx. `check` = read + recognise + validate + score (checkFile).
 * Figures only, no assertions. Usage: npm run bench -- formats
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { checkFile } from "../src/cli/check";
import { NATIONAL_RULES } from "../src/core/scoring/options";

export const name = "formats: time per file, .xlsx vs .xls/.et/.docx/.doc";

const FORMATS = join(__dirname, "..", "test", "fixtures", "formats");
const ROUNDS = Number(process.env.PERF_FORMAT_ROUNDS ?? 40);
/** LibreOffice starts once per conversion: a few rounds are enough to see its cost. */
const SLOW_ROUNDS = 3;

async function msPerFile(file: string, rounds: number): Promise<number> {
  const path = join(FORMATS, file);
  const first = await checkFile(path, NATIONAL_RULES);
  if (first.error || first.tables.length !== 2) throw new Error(`${file}: ${JSON.stringify(first.error)}`);
  const started = performance.now();
  for (let i = 0; i < rounds; i++) await checkFile(path, NATIONAL_RULES);
  return (performance.now() - started) / rounds;
}

export async function run(): Promise<string[]> {
  const files: [string, number][] = [
    ["seed-002-self-eval.xlsx", ROUNDS],
    ["seed-002-self-eval.xls", ROUNDS],
    ["seed-002-self-eval.et", ROUNDS],
    ["seed-002-self-eval.docx", ROUNDS],
  ];
  const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
  if (hasSoffice) files.push(["seed-002-self-eval.doc", SLOW_ROUNDS]);
  const lines: string[] = [];
  let xlsx = 0;
  for (const [file, rounds] of files) {
    const ms = await msPerFile(file, rounds);
    if (xlsx === 0) xlsx = ms;
    const ratio = (ms / xlsx).toFixed(2);
    lines.push(
      `${file.padEnd(26)} check ${ms.toFixed(1).padStart(8)} ms/file  (× ${ratio} of .xlsx, ${rounds} rounds)`,
    );
  }
  if (!hasSoffice) lines.push(".doc: soffice not on the PATH, not measured");
  return lines;
}
