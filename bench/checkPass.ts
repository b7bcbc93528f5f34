/**
 * One pass of bench/check.bench.ts in a process of its own, so that no pass pays for another's garbage
 * or JIT work: `node checkPass.js <pass> <dir> <warm> <timed> [main.js]`. Runs the pass `warm` times
 * untimed (until the JIT has settled: the check's CPU per round keeps falling for about four rounds of
 * 300 files), then `timed` times, and prints one JSON line: CPU and wall seconds of each timed round.
 * Passes: load (exceljs loads each file), floor (read + inflate the parts the lean reader reads),
 * read (the lean reader into grids), check (`check <dir> --json --jobs 1` of the bundle `main.js`,
 * output counted and dropped), checkFiles (the checker alone, 1 job), checkFiles2 (2 jobs: the main
 * thread and one bundled worker, checkWorker.js beside main.js).
 */
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { checkFiles } from "../src/cli/check";
import type { main as Main } from "../src/cli/main";
import { inflateRaw } from "../src/cli/xlsx/inflateRaw";
import { readWorkbookFile } from "../src/cli/xlsx/readWorkbookFile";
import { NATIONAL_RULES } from "../src/core/scoring/options";
import { listZipEntries } from "../src/readers/xlsx/listZipEntries";

/** The parts the lean reader inflates (workbook, relationships, strings, styles, sheets, settings). */
const READ_PARTS =
  /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/sheet\d+\.xml|webextensions\/webextension\d*\.xml)$/;

/** The floor: read the file, list its zip directory, inflate the parts the reader reads; nothing parsed. */
function inflateOnly(path: string): number {
  const bytes = readFileSync(path);
  let total = 0;
  for (const entry of listZipEntries(bytes).values()) {
    if (!READ_PARTS.test(entry.name)) continue;
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    total += entry.method === 8 ? inflateRaw(data, 64 * 1024 * 1024).length : data.length;
  }
  return total;
}

export interface PassResult {
  /** CPU seconds (all threads) of each timed round. */
  readonly cpu: number[];
  /** Wall seconds of each timed round. */
  readonly wall: number[];
}

async function runPass(): Promise<PassResult> {
  const [pass, dir = "", warm = "4", timed = "5", bundle = ""] = process.argv.slice(2);
  const files = readdirSync(dir)
    .sort()
    .map((f) => join(dir, f));
  const work: Record<string, () => Promise<void>> = {
    load: async () => {
      for (const path of files)
        await new ExcelJS.Workbook().xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
    },
    floor: async () => {
      for (const path of files) inflateOnly(path);
    },
    read: async () => {
      for (const path of files) await readWorkbookFile(path);
    },
    check: async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { main } = require(bundle) as { main: typeof Main };
      let bytes = 0;
      const io = {
        stdout: (t: string) => void (bytes += t.length),
        stderr: () => undefined,
        isTTY: false,
        cwd: dir,
      };
      await main(["check", dir, "--json", "--jobs", "1"], io);
      if (bytes === 0) throw new Error("check wrote nothing");
    },
    checkFiles: async () => {
      await checkFiles(files, NATIONAL_RULES, { jobs: 1, keepResults: false });
    },
    // Main thread + 1 worker, the bundled worker that ships beside main.js.
    checkFiles2: async () => {
      const workerScript = join(dirname(bundle), "checkWorker.js");
      await checkFiles(files, NATIONAL_RULES, { jobs: 2, keepResults: false, workerScript });
    },
  };
  const run = work[pass ?? ""];
  if (!run) throw new Error(`unknown pass ${pass ?? ""}`);
  for (let i = 0; i < Number(warm); i++) await run();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < Number(timed); i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run();
    const c = process.cpuUsage(c0);
    wall.push((performance.now() - t0) / 1000);
    cpu.push((c.user + c.system) / 1e6);
  }
  return { cpu, wall };
}

runPass().then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
