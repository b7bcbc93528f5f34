/**
 * How the command line is bundled (esbuild): one CommonJS file per entry for Node 20, with the two
 * heavy libraries only some commands need left out of it and loaded from node_modules when used:
 * exceljs (writing templates and the review workbook) and SheetJS (@e965/xlsx, reading .xls/.et).
 * `check` on .xlsx files loads neither, and a bundle without them is 1.5 MB instead of 4.3 MB: a run
 * on one file starts in about 0.13 s of CPU instead of 0.18 (bench/check.bench.ts, cold runs).
 * Run directly (`npm run build:cli`) it writes dist-cli/main.js and dist-cli/checkWorker.js; the benches
 * bundle with the same options (bench/bundleCli.ts).
 */
"use strict";
const path = require("path");

/** The esbuild options every bundle of the command line shares. */
const cliBundleOptions = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["exceljs", "@e965/xlsx"],
  logLevel: "warning",
};

module.exports = { cliBundleOptions };

if (require.main === module) {
  const root = path.join(__dirname, "..");
  require("esbuild")
    .build({
      ...cliBundleOptions,
      entryPoints: [path.join(root, "src/cli/main.ts"), path.join(root, "src/cli/check/checkWorker.ts")],
      outdir: path.join(root, "dist-cli"),
      entryNames: "[name]",
    })
    .catch(() => {
      process.exitCode = 1;
    });
}
