/**
 * Size of what the pane downloads before it can work: the production build's initial scripts (the ones
 * taskpane.html loads: boot.js, webpack runtime, shared core, task pane, custom functions — office.js
 * excluded) and the stylesheet, raw and gzip-compressed, against the budget that CI enforces
 * (scripts/check-bundle-size.ts). Then, when Chromium is installed, the JavaScript time the page spends
 * before DOMContentLoaded (all its deferred scripts, plus the fake office.js of the browser tests).
 * Builds into test-output/bench-dist.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { formatPageSize, measurePage } from "../scripts/bundleSize";
import { bundleFakeHost, launch, serve } from "../test/browser/browserHarness";

export const name = "bundle: initial JS of the pane and functions (gzip), start-up script time";

const ROOT = resolve(__dirname, "..");
const OUT = join(ROOT, "test-output", "bench-dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOADS = 11;

/** Median and minimum of CDP's ScriptDuration up to DOMContentLoaded over LOADS page loads (first dropped). */
async function startupScriptMs(dir: string): Promise<{ median: number; min: number }> {
  // The browser tests' fake office.js (test/support/fakeExcel.ts, bundled as they bundle it).
  const fakeOffice = bundleFakeHost();
  const { server, url } = await serve(dir);
  const browser = await launch();
  const times: number[] = [];
  try {
    for (let i = 0; i <= LOADS; i++) {
      const page = await browser.newPage();
      await page.route("**/*", (route) => {
        const requested = route.request().url();
        if (requested === OFFICE_JS)
          return route.fulfill({ body: fakeOffice, contentType: "application/javascript" });
        return requested.startsWith(new URL(url).origin) ? route.continue() : route.abort();
      });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Performance.enable");
      await page.goto(url, { waitUntil: "domcontentloaded" });
      const { metrics } = await cdp.send("Performance.getMetrics");
      // the first load fills the caches (disk, V8 code cache): not counted
      if (i > 0) times.push((metrics.find((m) => m.name === "ScriptDuration")?.value ?? 0) * 1000);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0 };
}

export async function run(): Promise<string[]> {
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules/webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--env",
      "dev",
      "--output-path",
      OUT,
    ],
    { cwd: ROOT, stdio: "pipe", timeout: 300_000 },
  );
  const lines = formatPageSize(measurePage(OUT));
  if (!existsSync("/usr/bin/chromium")) return [...lines, "start-up: skipped (no /usr/bin/chromium)"];
  const { median, min } = await startupScriptMs(OUT);
  return [
    ...lines,
    `start-up script time to DOMContentLoaded (headless Chromium, ${LOADS} loads): ` +
      `median ${median.toFixed(1)} ms, min ${min.toFixed(1)} ms`,
  ];
}
