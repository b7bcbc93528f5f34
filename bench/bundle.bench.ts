/**
 * Size of what the pane downloads before it can work: the production build's initial scripts (the ones
 * taskpane.html loads: task pane, custom functions, commands — office.js excluded) and the stylesheet,
 * raw and gzip-compressed, against the 250 KB gzip budget. Builds into test-output/bench-dist.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

export const name = "bundle: initial JS of the pane and functions (gzip)";

const ROOT = resolve(__dirname, "..");
const OUT = join(ROOT, "test-output", "bench-dist");
const BUDGET_KB = 250;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export async function run(): Promise<string[]> {
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", OUT],
    { cwd: ROOT, stdio: "pipe", timeout: 300_000 },
  );
  const html = readFileSync(join(OUT, "taskpane.html"), "utf8");
  // the minified page drops attribute quotes: src=taskpane.js as well as src="taskpane.js"
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? "")
    .filter((src) => src !== "" && !/^https?:/.test(src) && !src.includes("office.js"));
  const styles = readdirSync(OUT).filter((f) => f.endsWith(".css"));
  const lines: string[] = [];
  let totalGz = 0;
  for (const file of [...scripts, ...styles]) {
    const raw = readFileSync(join(OUT, file));
    const gz = gzipSync(raw, { level: 9 }).length;
    if (file.endsWith(".js")) totalGz += gz;
    lines.push(`${file.padEnd(28)} ${kb(raw.length).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
  }
  const verdict = totalGz <= BUDGET_KB * 1024 ? "within" : "OVER";
  lines.push(`initial JS (excluding office.js): ${kb(totalGz)} gzip — ${verdict} the ${BUDGET_KB} KB budget`);
  return lines;
}
