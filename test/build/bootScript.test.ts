/**
 * boot.js, the pane's first script after office.js, as the build makes it (scripts/boot-script.cjs):
 * parsed as ES5 by acorn (what Trident, the webview of Office 2016/2019, runs), free of ES2015+
 * built-ins, carrying the manifest's VersionOverrides requirement sets, and deciding each case —
 * office.js missing, outside Office, an Office too old, ready — when run in a bare JavaScript
 * context with a minimal document (no browser: the browser tests run the same file in Chromium).
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { parse } from "acorn";
import type { BootHandle, BootVerdict } from "../../src/taskpane/boot/verdict";
import { bootMessages } from "../../src/core/messages/catalogue/boot";

const root = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bootScript = require("../../scripts/boot-script.cjs") as {
  buildBootScript(root: string): { code: string; inputs: string[] };
  readOverrideRequirementSets(xml: string): { name: string; version: string }[];
};
const { code } = bootScript.buildBootScript(root);

/** Built-ins newer than ES5 that IE 11 lacks (or half-has): none may be named by boot.js. */
const NEWER_GLOBALS = [
  "Promise",
  "Symbol",
  "Map",
  "Set",
  "WeakMap",
  "Proxy",
  "Reflect",
  "fetch",
  "globalThis",
];
const NEWER_METHODS = [
  "startsWith",
  "endsWith",
  "includes",
  "find",
  "findIndex",
  "assign",
  "from",
  "entries",
  "padStart",
  "repeat",
  "fill",
  "flat",
];

interface Node {
  type: string;
  [key: string]: unknown;
}

function* walk(node: unknown): Generator<Node> {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child);
    return;
  }
  const n = node as Node;
  if (typeof n.type === "string") yield n;
  for (const value of Object.values(n)) if (value && typeof value === "object") yield* walk(value);
}

/** The ES2015+ globals and methods `script` names (property names after a dot excepted). */
function newerBuiltIns(script: string): string[] {
  const ast = parse(script, { ecmaVersion: 5 });
  const nodes = [...walk(ast)];
  // a name after a dot or before a colon (w.Promise, { from: 1 }) is a property, not the global
  const propertyNames = new Set<unknown>();
  for (const node of nodes) {
    if (node.type === "MemberExpression" && !node.computed) propertyNames.add(node.property);
    if (node.type === "Property" && !node.computed) propertyNames.add(node.key);
  }
  const used: string[] = [];
  for (const node of nodes) {
    const name = String(node.name);
    if (node.type === "Identifier" && !propertyNames.has(node) && NEWER_GLOBALS.includes(name))
      used.push(name);
    if (node.type === "MemberExpression" && !node.computed) {
      const property = String((node.property as Node).name);
      if (NEWER_METHODS.includes(property)) used.push(`.${property}`);
    }
  }
  return used;
}

// ---------- a minimal DOM: enough for boot.js, and text only (as textContent would give) ----------
class FakeElement {
  children: (FakeElement | FakeText)[] = [];
  attributes = new Map<string, string>();
  className = "";
  lang = "";
  src = "";
  constructor(
    readonly tagName: string,
    readonly id = "",
  ) {}
  get firstChild(): FakeElement | FakeText | null {
    return this.children[0] ?? null;
  }
  appendChild<T extends FakeElement | FakeText>(child: T): T {
    this.children.push(child);
    return child;
  }
  removeChild(child: FakeElement | FakeText): void {
    this.children = this.children.filter((c) => c !== child);
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  get text(): string {
    return this.children.map((c) => (c instanceof FakeText ? c.data : c.text)).join("\n");
  }
}
class FakeText {
  constructor(readonly data: string) {}
}

interface Run {
  app: FakeElement;
  status: FakeElement;
  html: FakeElement;
  verdict(): BootVerdict | undefined;
  timers: (() => void)[];
}

/** Runs boot.js with `office` as window.Office (absent: office.js did not load). */
function runBoot(options: { office?: unknown; navigatorLanguage?: string; modern?: boolean }): Run {
  const app = new FakeElement("main", "app");
  app.setAttribute("aria-busy", "true");
  const status = new FakeElement("p", "boot-status");
  app.appendChild(status);
  const html = new FakeElement("html");
  const officeScript = new FakeElement("script");
  officeScript.src = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
  const timers: (() => void)[] = [];
  const document = {
    documentElement: html,
    getElementById: (id: string) => (id === "app" ? app : id === "boot-status" ? status : null),
    createElement: (tag: string) => new FakeElement(tag),
    createTextNode: (data: string) => new FakeText(data),
    getElementsByTagName: (tag: string) => (tag === "script" ? [officeScript] : []),
  };
  const modern = options.modern !== false;
  const window: Record<string, unknown> = {
    location: { href: "https://intranet.example/perf/taskpane.html?_host_Info=Excel" },
    // a Trident-like window has neither Promise.allSettled nor globalThis
    Promise: modern ? Promise : function OldPromise() {},
    ...(modern ? { globalThis: {} } : {}),
    ...(options.office ? { Office: options.office } : {}),
  };
  const context = vm.createContext({
    window,
    document,
    navigator: { language: options.navigatorLanguage ?? "zh-CN" },
    setTimeout: (fn: () => void) => timers.push(fn),
    clearTimeout: () => undefined,
  });
  vm.runInContext(code, context);
  let verdict: BootVerdict | undefined;
  (window.PerfTablesBoot as BootHandle).onVerdict((v) => (verdict = v));
  return { app, status, html, verdict: () => verdict, timers };
}

/** A fake office.js: onReady answers at once with `host`; `supported` decides isSetSupported. */
function office(
  host: string | null,
  language = "zh-CN",
  supported: (name: string, v?: string) => boolean = () => true,
) {
  return {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: language, requirements: { isSetSupported: supported } },
    onReady(callback: (info: { host: string | null }) => void) {
      callback({ host });
    },
  };
}

describe("boot.js", () => {
  test("parses as ES5 (acorn, ecmaVersion 5), as a script", () => {
    expect(() => parse(code, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // the check can fail: the TypeScript source itself is not ES5
    const source = fs.readFileSync(path.join(root, "src/taskpane/boot/boot.ts"), "utf8");
    expect(() => parse(source, { ecmaVersion: 5 })).toThrow();
  });

  test("names no ES2015+ built-in (IE 11 would throw when it ran)", () => {
    // feature tests read window.Promise / window.globalThis as properties, never as bare names
    expect(newerBuiltIns(code)).toEqual([]);
    // the detector does see them
    expect(newerBuiltIns('new Promise(f); "a".startsWith("b"); w.Promise; var o = { from: 1 };')).toEqual([
      "Promise",
      ".startsWith",
    ]);
  });

  test("checks exactly the requirement sets of the manifest's VersionOverrides", () => {
    const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    const sets = bootScript.readOverrideRequirementSets(manifest);
    expect(sets).toEqual(
      expect.arrayContaining([
        { name: "SharedRuntime", version: "1.1" },
        // CustomFunctions.Error is CustomFunctionsRuntime 1.2, its ErrorCode values 1.3
        { name: "CustomFunctionsRuntime", version: "1.3" },
        { name: "ExcelApi", version: "1.9" },
      ]),
    );
    expect(code).toContain(JSON.stringify(sets));
    // activation itself asks for ExcelApi 1.1 only, so Office 2016/2019 open the pane and read why
    const base = manifest.slice(0, manifest.indexOf("<VersionOverrides"));
    expect(
      [...base.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"/g)].map((m) => `${m[1]} ${m[2]}`),
    ).toEqual(["ExcelApi 1.1"]);
  });

  test("office.js missing: says so in the browser's language, names the URL and the fixes", () => {
    const zh = runBoot({});
    expect(zh.verdict()).toEqual({ kind: "officejs-missing", locale: "zh-CN" });
    expect(zh.app.text).toContain(bootMessages.BOOT_OFFICEJS_MISSING["zh-CN"]);
    expect(zh.app.text).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(zh.app.text).toContain("--env officejs=local");
    expect(zh.app.text).not.toContain(bootMessages.UI_OPEN_IN_EXCEL["zh-CN"]);
    expect(zh.app.attributes.has("aria-busy")).toBe(false);
    expect(zh.html.lang).toBe("zh-CN");
    const en = runBoot({ navigatorLanguage: "en-US" });
    expect(en.app.text).toContain(bootMessages.BOOT_OFFICEJS_MISSING.en);
  });

  test.each([
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["fr-FR", "zh-CN"],
    ["", "zh-CN"],
  ])("Office in %s → pane in %s", (language, locale) => {
    expect(runBoot({ office: office("Excel", language) }).verdict()).toEqual({ kind: "ready", locale });
  });

  test("ready: leaves the page to the pane, showing 'starting' meanwhile", () => {
    const run = runBoot({ office: office("Excel") });
    expect(run.verdict()).toEqual({ kind: "ready", locale: "zh-CN" });
    expect(run.status.text).toBe(bootMessages.BOOT_STARTING["zh-CN"]);
    expect(run.app.attributes.get("aria-busy")).toBe("true"); // mountApp clears it
  });

  test("outside Office (host null) and when office.js never answers: 'open it in Excel'", () => {
    const outside = runBoot({ office: office(null) });
    expect(outside.verdict()).toEqual({ kind: "outside-office", locale: "zh-CN" });
    expect(outside.app.text).toContain(bootMessages.UI_OPEN_IN_EXCEL["zh-CN"]);
    const silent = runBoot({ office: { ...office("Excel"), onReady: () => undefined } });
    expect(silent.verdict()).toBeUndefined();
    silent.timers.forEach((fire) => fire()); // the 10 s timeout
    expect(silent.verdict()).toEqual({ kind: "outside-office", locale: "zh-CN" });
  });

  test("an Excel without the sets (Office 2019: ExcelApi 1.8, no custom functions) says what to use", () => {
    const office2019 = office(
      "Excel",
      "zh-CN",
      (name, version) => name === "ExcelApi" && Number(version) <= 1.8,
    );
    const run = runBoot({ office: office2019 });
    expect(run.verdict()).toEqual({
      kind: "old-office",
      locale: "zh-CN",
      missing: ["SharedRuntime 1.1", "CustomFunctionsRuntime 1.3", "ExcelApi 1.9"],
    });
    expect(run.app.text).toContain(bootMessages.BOOT_OLD_OFFICE["zh-CN"]);
    expect(run.app.text).toContain("Microsoft 365 或 Office 2021 及以上");
    expect(run.app.text).toContain("perf-tables template --formulas portable");
    expect(run.app.text).toContain("https://intranet.example/perf/review.html");
  });

  test("a Trident-like webview with every set still gets the message (the modern bundle cannot run there)", () => {
    const run = runBoot({ office: office("Excel", "en-US"), modern: false });
    expect(run.verdict()).toEqual({ kind: "old-office", locale: "en", missing: [] });
    expect(run.app.text).toContain(bootMessages.BOOT_OLD_OFFICE.en);
  });

  test("an isSetSupported that throws counts as unsupported, never as an error", () => {
    const throwing = office("Excel", "zh-CN", () => {
      throw new Error("not available");
    });
    expect(runBoot({ office: throwing }).verdict()?.kind).toBe("old-office");
  });
});
