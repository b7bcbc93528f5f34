#!/usr/bin/env node
/**
 * perf-tables command line. Runs a compiled CommonJS build when there is one (dist-cli/),
 * otherwise the TypeScript sources through tsx (a dev dependency; `tsx/cjs` registers it for require).
 */
"use strict";
const path = require("path");
const fs = require("fs");

function loadMain() {
  const root = path.join(__dirname, "..");
  for (const built of ["dist-cli/cli/main.js", "dist-cli/src/cli/main.js"]) {
    const file = path.join(root, built);
    if (!fs.existsSync(file)) continue;
    try {
      const loaded = require(file);
      if (typeof loaded.main === "function") return loaded.main;
    } catch {
      // Not a CommonJS build (tsc here emits ES modules): run the sources instead.
    }
  }
  require("tsx/cjs");
  return require(path.join(root, "src/cli/main.ts")).main;
}

const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
};

loadMain()(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`内部错误 Internal error: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  },
);
