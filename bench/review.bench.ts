/**
 * The review page against the command line on the same 1,000 generated self-evaluation workbooks
 * (check.bench.ts's generator, ~60 indicator rows each): wall time for the page (production build of
 * review.html in headless Chromium, files picked with the file input, until the summary says all are
 * checked) and for the CLI's checkFile on one thread; and how the page's main thread fared meanwhile
 * (long tasks over 50 ms, from the browser's own longtask entries). Figures only, no assertions.
 * Usage: npm run bench -- review   (PERF_REVIEW_FILES=200 for a quicker run; reuses
 * test-output/review-dist when it exists, else builds it)
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkFile } from "../src/cli/check";
import { NATIONAL_RULES } from "../src/core/scoring/options";
import { launch, OUTPUT, serve } from "../test/browser/browserHarness";
import { buildWorkbook } from "./check.bench";

export const name = "review page: 1,000 files in the browser vs the command line";

/** What the page records while it checks (set on window). */
interface Probe {
  __t0: number;
  __t1: number;
  __long: number;
  __longest: number;
  /** Start times of the long tasks (ms, page clock). */
  __starts: number[];
}

const FILES = Number(process.env.PERF_REVIEW_FILES ?? 1000);
const ROOT = resolve(__dirname, "..");
const DIST = join(OUTPUT, "review-dist");

function ensureBuild(): string {
  if (existsSync(join(DIST, "review.html"))) return "reused test-output/review-dist";
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", DIST],
    { cwd: ROOT, stdio: "pipe", timeout: 600_000 },
  );
  return "built test-output/review-dist";
}

export async function run(): Promise<string[]> {
  const lines: string[] = [];
  const dir = await mkdtemp(join(tmpdir(), "perf-review-bench-"));
  try {
    const files: string[] = [];
    for (let i = 0; i < FILES; i++) {
      const path = join(dir, `p${String(i).padStart(4, "0")}.xlsx`);
      await writeFile(path, await buildWorkbook(i));
      files.push(path);
    }
    lines.push(
      `${FILES} workbooks generated; ${cpus().length} CPUs; load ${loadavg()
        .map((n) => n.toFixed(1))
        .join(" / ")}`,
    );

    // The command line, one thread (what `perf-tables check` does below 100 files or unbundled).
    for (const path of files.slice(0, 50)) await checkFile(path, NATIONAL_RULES); // warm-up
    const cliStart = performance.now();
    for (const path of files) await checkFile(path, NATIONAL_RULES);
    const cli = (performance.now() - cliStart) / 1000;

    lines.push(ensureBuild());
    const { server, url } = await serve(DIST);
    const browser = await launch();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(url.replace(/taskpane\.html$/, "review.html"));
      await page.locator(".drop").waitFor();
      const pool = await page.evaluate(() => Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2)));
      // Instruments the page: when the files arrive, and the long tasks.
      await page.evaluate(() => {
        const w = window as unknown as Probe;
        w.__starts = [];
        w.__t0 = 0;
        w.__t1 = 0;
        w.__long = 0;
        w.__longest = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            w.__long += 1;
            w.__longest = Math.max(w.__longest, entry.duration);
            if (entry.duration > 200) w.__starts.push(Math.round(entry.startTime));
          }
        }).observe({ type: "longtask", buffered: false });
        document.querySelector('input[type="file"][multiple]')?.addEventListener(
          "change",
          () => {
            w.__t0 = performance.now();
          },
          { capture: true },
        );
      });
      await page.locator('input[type="file"][multiple]').setInputFiles(files);
      await page.waitForFunction(
        (n) => {
          const done = document.querySelector("progress")?.getAttribute("value") === String(n);
          if (done) (window as unknown as Probe).__t1 = performance.now();
          return done && !document.querySelector<HTMLButtonElement>("button.primary")?.disabled;
        },
        FILES,
        { polling: "raf", timeout: 1_800_000 },
      );
      const m = await page.evaluate(() => {
        const w = window as unknown as Probe;
        return {
          __t0: w.__t0,
          __t1: w.__t1,
          __long: w.__long,
          __longest: w.__longest,
          __starts: w.__starts,
        };
      });
      const pageSeconds = ((m.__t1 ?? 0) - (m.__t0 ?? 0)) / 1000;
      lines.push(
        `command line, checkFile on 1 thread: ${cli.toFixed(2)} s (${(FILES / cli).toFixed(1)} files/s)`,
        `review page, ${pool} worker(s): ${pageSeconds.toFixed(2)} s (${(FILES / pageSeconds).toFixed(1)} files/s) = ×${(pageSeconds / cli).toFixed(2)} the command line`,
        `page's main thread meanwhile: ${m.__long ?? 0} long tasks (> 50 ms), longest ${(m.__longest ?? 0).toFixed(0)} ms; those over 200 ms began at ${m.__starts.map((s) => `${((s - m.__t0) / 1000).toFixed(1)} s`).join(", ") || "-"} after the files arrived`,
      );
    } finally {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}
