/**
 * Peak memory of `check --json --jobs 1` (a child process; its maxRSS) for 600 and 20,000 files, copies of
 * real filled tables: the report is written file by file, so the peak must stay flat in the number of
 * files (issue 14: under 150 MiB for 600 files, under 250 MiB for 20,000; it was 770 MiB at 5,000).
 * The terminal summary, which keeps every result, is measured beside it.
 * Usage: npm run bench -- memory   (PERF_MEMORY_FILES=600,5000 to choose the sizes)
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

export const name = "memory: peak RSS of check --json, file by file";

const SIZES = (process.env.PERF_MEMORY_FILES ?? "600,20000").split(",").map(Number);
const FIXTURES = join(__dirname, "../test/fixtures/workbooks");
const REAL = [
  "seed-002-self-eval.xlsx",
  "anhui-chizhou-self-eval-2022.xlsx",
  "sichuan-qingshen-self-eval-2023.xlsx",
  "chongqing-dept-whole-self-eval-2021.xlsx",
  "hubei-huangshi-monitor-2019.xlsx",
];
const ROOT = join(__dirname, "..");

/** Runs `check <dir> <args>` in a child process; its peak RSS in MiB and its wall time. */
async function peak(
  dir: string,
  args: readonly string[],
): Promise<{ mib: number; seconds: number; bytes: number }> {
  const script = `
    const { main } = require(${JSON.stringify(join(ROOT, "src/cli/main.ts"))});
    let bytes = 0;
    const io = { stdout: (t) => { bytes += t.length; }, stderr: () => {}, isTTY: false, cwd: ${JSON.stringify(dir)} };
    main(["check", ${JSON.stringify(dir)}, ...${JSON.stringify(args)}], io).then(() => {
      process.stdout.write(JSON.stringify({ rss: process.resourceUsage().maxRSS, bytes }));
    });`;
  const started = performance.now();
  const { stdout } = await promisify(execFile)(process.execPath, ["-r", "tsx/cjs", "-e", script], {
    cwd: ROOT,
    maxBuffer: 1024 * 1024,
  });
  const { rss, bytes } = JSON.parse(stdout) as { rss: number; bytes: number };
  return { mib: rss / 1024, seconds: (performance.now() - started) / 1000, bytes };
}

export async function run(): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), "perf-memory-bench-"));
  const lines: string[] = [];
  try {
    for (const size of SIZES) {
      const dir = join(root, String(size));
      await mkdir(dir);
      for (let i = 0; i < size; i++) {
        await copyFile(
          join(FIXTURES, REAL[i % REAL.length] ?? ""),
          join(dir, `p${String(i).padStart(6, "0")}.xlsx`),
        );
      }
      const json = await peak(dir, ["--json", "--jobs", "1"]);
      lines.push(
        `${String(size).padStart(6)} files: check --json --jobs 1 peak ${json.mib.toFixed(0)} MiB, ${json.seconds.toFixed(1)} s, ${(json.bytes / 1024 / 1024).toFixed(1)} MiB of JSON`,
      );
      const human = await peak(dir, ["--jobs", "1"]);
      lines.push(
        `${"".padStart(6)}        terminal summary (keeps every result) peak ${human.mib.toFixed(0)} MiB, ${human.seconds.toFixed(1)} s`,
      );
      await rm(dir, { recursive: true, force: true });
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return lines;
}
