/**
 * One entry of the command line bundled as `npm run build:cli` ships it (scripts/cliBundle.cjs), for the
 * benches that measure the command as it runs from `bin/perf-tables.js`. The bundles go in a folder
 * under node_modules/.cache, so the libraries left out of them (exceljs, SheetJS) resolve as they do
 * for dist-cli/.
 */
import { mkdir, mkdtemp } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cliBundleOptions } = require("../scripts/cliBundle.cjs") as { cliBundleOptions: object };

/**
 * @example
 * const dir = await bundleDir();
 * await bundleCli("src/cli/main.ts", join(dir, "main.js"));
 */
export async function bundleCli(entry: string, outfile: string): Promise<string> {
  await build({
    ...cliBundleOptions,
    entryPoints: [join(__dirname, "..", entry)],
    outfile,
    logLevel: "silent",
  });
  return outfile;
}

/** A new folder for bundles, where node_modules resolves (remove it when done). */
export async function bundleDir(): Promise<string> {
  const cache = join(__dirname, "..", "node_modules", ".cache");
  await mkdir(cache, { recursive: true });
  return mkdtemp(join(cache, "perf-tables-bench-"));
}
