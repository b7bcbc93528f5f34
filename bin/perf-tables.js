#!/usr/bin/env node
/**
 * perf-tables command line. Runs the bundled CommonJS build when there is one (dist-cli/, npm run build:cli),
 * otherwise the TypeScript sources through tsx (a dev dependency; `tsx/cjs` registers it for require).
 */
"use strict";
const path = require("path");
const fs = require("fs");

/** Newest modification time of the TypeScript sources under `dir` (0 when there are none). */
function newestSource(dir) {
  let newest = 0;
  let entries = [];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function loadMain() {
  const root = path.join(__dirname, "..");
  // dist-cli/main.js: `npm run build:cli` (one bundled file, with checkWorker.js beside it).
  for (const built of ["dist-cli/main.js", "dist-cli/cli/main.js", "dist-cli/src/cli/main.js"]) {
    const file = path.join(root, built);
    if (!fs.existsSync(file)) continue;
    // A build older than the sources would hide an edit: run the sources then (a few ms of stat calls).
    if (fs.statSync(file).mtimeMs < newestSource(path.join(root, "src"))) break;
    try {
      const loaded = require(file);
      if (typeof loaded.main === "function") return loaded;
    } catch {
      // Not a CommonJS build (tsc here emits ES modules): run the sources instead.
    }
  }
  require("tsx/cjs");
  return require(path.join(root, "src/cli/main.ts"));
}

const cli = loadMain();
if (typeof cli.runMain === "function") {
  // EPIPE, Ctrl+C and unexpected errors are handled there (exit codes in README).
  cli.runMain(process.argv.slice(2));
} else {
  const io = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
  cli.main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`内部错误 Internal error: ${error && error.message ? error.message : error}\n`);
      process.exitCode = 2;
    },
  );
}
