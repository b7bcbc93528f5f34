/**
 * Peak memory of `check --jobs 1` (a child process; its maxRSS) for 600 and 20,000 files, copies of real
 * filled tables, in each output mode: --json, the terminal report, and the terminal report with
 * --report review.xlsx. Every output is written file by file (the review workbook's rows spooled to
 * disk), so the peak must stay flat in the number of files (issue 14: under 150 MiB for 600 files, under
 * 250 MiB for 20,000; it was 770 MiB at 5,000 with --json, 612 MiB at 20,000 for the terminal report).
 * Usage: npm run bench -- memory   (PERF_MEMORY_FILES=600,5000 to choose the sizes)
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { bundleCli, bundleDir } from "./bundleCli";

export const name = "memory: peak RSS of check in each output mode, file by file";

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

/**
 * Runs `check <dir> <args>` in a child process, from `main` (the bundle as bin/perf-tables.js runs it,
 * or the TypeScript sources through tsx); its peak RSS in MiB, its wall time and the bytes it printed.
 */
async function peak(
  main: string,
  dir: string,
  args: readonly string[],
): Promise<{ mib: number; seconds: number; bytes: number }> {
  const script = `
    const { main } = require(${JSON.stringify(main)});
    let bytes = 0;
    const io = { stdout: (t) => { bytes += t.length; }, stderr: () => {}, isTTY: false, cwd: ${JSON.stringify(dir)} };
    main(["check", ${JSON.stringify(dir)}, ...${JSON.stringify(args)}], io).then(() => {
      process.stdout.write(JSON.stringify({ rss: process.resourceUsage().maxRSS, bytes }));
    });`;
  const started = performance.now();
  const tsx = main.endsWith(".ts") ? ["-r", "tsx/cjs"] : [];
  const { stdout } = await promisify(execFile)(process.execPath, [...tsx, "-e", script], {
    cwd: ROOT,
    maxBuffer: 1024 * 1024,
  });
  const { rss, bytes } = JSON.parse(stdout) as { rss: number; bytes: number };
  return { mib: rss / 1024, seconds: (performance.now() - started) / 1000, bytes };
}

export async function run(): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), "perf-memory-bench-"));
  let dist: string | undefined;
  const lines: string[] = [];
  try {
    // The command as shipped: `npm run build:cli`'s bundle (esbuild, which tsx brings), built here.
    dist = await bundleDir();
    const bundle = await bundleCli("src/cli/main.ts", join(dist, "main.js"));
    const sources = join(ROOT, "src/cli/main.ts");
    for (const size of SIZES) {
      const dir = join(root, String(size));
      await mkdir(dir);
      for (let i = 0; i < size; i++) {
        await copyFile(
          join(FIXTURES, REAL[i % REAL.length] ?? ""),
          join(dir, `p${String(i).padStart(6, "0")}.xlsx`),
        );
      }
      lines.push(`${size} files:`);
      for (const [label, main] of [
        ["bundle", bundle],
        ["sources (tsx)", sources],
      ] as const) {
        const json = await peak(main, dir, ["--json", "--jobs", "1"]);
        const human = await peak(main, dir, ["--jobs", "1"]);
        const reportPath = join(root, `review-${size}.xlsx`);
        const report = await peak(main, dir, ["--jobs", "1", "--report", reportPath]);
        const reportBytes = (await stat(reportPath)).size;
        await rm(reportPath, { force: true });
        const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
        lines.push(
          `  ${label.padEnd(14)} --json peak ${json.mib.toFixed(0)} MiB (${json.seconds.toFixed(1)} s, ${mib(json.bytes)} MiB of JSON); ` +
            `terminal report ${human.mib.toFixed(0)} MiB (${human.seconds.toFixed(1)} s, ${mib(human.bytes)} MiB of text); ` +
            `--report ${report.mib.toFixed(0)} MiB (${report.seconds.toFixed(1)} s, workbook ${mib(reportBytes)} MiB)`,
        );
      }
      await rm(dir, { recursive: true, force: true });
    }
  } finally {
    await rm(root, { recursive: true, force: true });
    if (dist !== undefined) await rm(dist, { recursive: true, force: true });
  }
  return lines;
}
