/**
 * One entry of the command line bundled as `npm run build:cli` ships it (esbuild, CommonJS, node20),
 * for the benches that measure the command as it runs from `bin/perf-tables.js`.
 */
import { join } from "node:path";
import { build } from "esbuild";

/**
 * @example
 * await bundleCli("src/cli/main.ts", "/tmp/x/main.js");
 */
export async function bundleCli(entry: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [join(__dirname, "..", entry)],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    logLevel: "silent",
  });
  return outfile;
}
