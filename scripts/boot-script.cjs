/**
 * Builds boot.js, the pane's first script after office.js (src/taskpane/boot/boot.ts): TypeScript
 * compiled to ES5 so that Trident and EdgeHTML webviews (Office 2016/2019) run it, preceded by the
 * `PERF_BOOT` value it reads — the boot texts of the message catalogue and the requirement sets the
 * manifest's VersionOverrides declares — all in one function scope (nothing left on window but the
 * handle boot.ts sets on purpose).
 *
 * Why not webpack: its runtime and the shared chunk are ES2015+, and this script must run before
 * (and without) them. The TypeScript compiler is already a build dependency.
 *
 * @example
 * const { code } = buildBootScript(__dirname); // → dist/boot.js
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const ts = require("typescript");

const BOOT_SOURCE = "src/taskpane/boot/boot.ts";
const BOOT_MESSAGES = "src/core/messages/catalogue/boot.ts";
const MANIFEST = "manifest.xml";

/** The catalogue's boot texts: boot.ts compiled to CommonJS and run in a sandbox (it is plain data). */
function readBootMessages(root) {
  const source = fs.readFileSync(path.join(root, BOOT_MESSAGES), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  const sandbox = { exports: {} };
  vm.runInNewContext(outputText, sandbox, { filename: BOOT_MESSAGES });
  if (!sandbox.exports.bootMessages) throw new Error(`${BOOT_MESSAGES}: no bootMessages export`);
  return sandbox.exports.bootMessages;
}

/**
 * The <Set> elements of the <Requirements> inside <VersionOverrides>: what Office must support for the
 * ribbon, the shared runtime and the functions — and what boot.js checks before starting the pane.
 */
function readOverrideRequirementSets(manifestXml) {
  const overrides = /<VersionOverrides\b[\s\S]*?<\/VersionOverrides>/.exec(manifestXml);
  const requirements = overrides && /<Requirements>([\s\S]*?)<\/Requirements>/.exec(overrides[0]);
  if (!requirements) throw new Error(`${MANIFEST}: no <Requirements> inside <VersionOverrides>`);
  const defaultVersion =
    (/<(?:\w+:)?Sets\b[^>]*DefaultMinVersion="([^"]+)"/.exec(requirements[1]) || [])[1] || "1.1";
  return [...requirements[1].matchAll(/<(?:\w+:)?Set\b([^>]*)\/?>/g)].map(([, attrs]) => ({
    name: (/\bName="([^"]+)"/.exec(attrs) || [])[1],
    version: (/\bMinVersion="([^"]+)"/.exec(attrs) || [])[1] || defaultVersion,
  }));
}

/** boot.js's text, and the files it was made from (for webpack's watch). */
function buildBootScript(root) {
  const source = fs.readFileSync(path.join(root, BOOT_SOURCE), "utf8");
  const result = ts.transpileModule(source, {
    fileName: BOOT_SOURCE,
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES5,
      module: ts.ModuleKind.CommonJS, // a script: nothing module-shaped is emitted
      removeComments: true,
      strict: true,
    },
  });
  const problems = (result.diagnostics || []).map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, "\n"),
  );
  if (problems.length > 0) throw new Error(`${BOOT_SOURCE}: ${problems.join("; ")}`);
  const config = {
    texts: readBootMessages(root),
    sets: readOverrideRequirementSets(fs.readFileSync(path.join(root, MANIFEST), "utf8")),
  };
  const code =
    "/* PerfTables boot.js: ES5, built from src/taskpane/boot/boot.ts */\n" +
    "(function () {\nvar PERF_BOOT = " +
    JSON.stringify(config) +
    ";\n" +
    result.outputText.replace(/^"use strict";\s*/, "") +
    "})();\n";
  return { code, inputs: [BOOT_SOURCE, BOOT_MESSAGES, MANIFEST].map((f) => path.join(root, f)) };
}

module.exports = { buildBootScript, readBootMessages, readOverrideRequirementSets };
