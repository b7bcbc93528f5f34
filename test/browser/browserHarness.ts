/**
 * Browser test harness: builds the pane (webpack, development mode) into test-output/, serves it on a
 * local port, and opens it in headless Chromium with the tests' fake Excel host (test/support/fakeExcel.ts,
 * bundled for the page from fakeExcelPage.ts) served in place of office.js. No network: every request other than the local server and the office.js URL fails.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { InstallOptions } from "../support/fakeExcel";

const ROOT = resolve(__dirname, "../..");
export const OUTPUT = join(ROOT, "test-output");
const BUILD_DIR = join(OUTPUT, "browser-dist");
const CHROMIUM = "/usr/bin/chromium";
const FAKE_HOST_ENTRY = join(__dirname, "fakeExcelPage.ts");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Browser tests run when Chromium is installed, and always in CI (where a missing browser fails them). */
export const browserTestsEnabled = existsSync(CHROMIUM) || process.env.CI === "true";

/** Builds the add-in into test-output/browser-dist (never touching dist/, which others may be serving). */
export function buildPane(): string {
  mkdirSync(OUTPUT, { recursive: true });
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "development", "--output-path", BUILD_DIR],
    { cwd: ROOT, stdio: "pipe", timeout: 170_000 },
  );
  return BUILD_DIR;
}

/**
 * The fake host as one script for the page: the same TypeScript the jest tests import, bundled by the
 * esbuild command line (a child process: esbuild's JS API refuses jest's sandboxed TextEncoder).
 */
export function bundleFakeHost(): string {
  return execFileSync(
    join(ROOT, "node_modules/.bin/esbuild"),
    [
      FAKE_HOST_ENTRY,
      "--bundle",
      "--format=iife",
      "--platform=browser",
      "--target=es2020",
      "--log-level=warning",
    ],
    { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
  );
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".map": "application/json",
};

/** Serves `dir` on 127.0.0.1 at a free port. */
export async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/")).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(dir, path === "/" ? "taskpane.html" : path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/taskpane.html` };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** The fake host's options (passed to the page as window.__FAKE_EXCEL_OPTIONS__) and the network's. */
export interface FakeOptions extends InstallOptions {
  /** Fail the office.js request, as a firewall blocking the CDN would. */
  readonly blockOfficeJs?: boolean;
  /** The browser's own language (navigator.language), which boot.js uses when office.js is missing. */
  readonly browserLocale?: string;
  /** Never answer the office.js request, as a CDN that drops packets would (until the test ends). */
  readonly hangOfficeJs?: boolean;
}

let fakeHostScript: string | undefined;

export interface OpenedPane {
  readonly page: Page;
  /** Page errors, console errors and CSP violations seen so far. */
  readonly problems: string[];
}

/** Opens the pane with the fake host configured by `options`, at `width` px. */
export async function openPane(
  browser: Browser,
  url: string,
  options: FakeOptions,
  width = 360,
): Promise<OpenedPane> {
  fakeHostScript ??= bundleFakeHost();
  const script = fakeHostScript;
  const page = await browser.newPage({
    viewport: { width, height: 900 },
    ...(options.browserLocale ? { locale: options.browserLocale } : {}),
  });
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
  });
  const origin = new URL(url).origin;
  await page.route("**/*", async (route) => {
    const requested = route.request().url();
    if (requested === OFFICE_JS && options.blockOfficeJs) {
      await route.abort();
    } else if (requested === OFFICE_JS && options.hangOfficeJs) {
      // left unanswered: the page stays on its static content, as behind a CDN that drops packets
    } else if (requested === OFFICE_JS) {
      await route.fulfill({ body: script, contentType: "application/javascript" });
    } else if (requested.startsWith(origin)) {
      await route.continue();
    } else {
      await route.abort();
    }
  });
  await page.addInitScript((opts) => {
    (window as unknown as { __FAKE_EXCEL_OPTIONS__: unknown }).__FAKE_EXCEL_OPTIONS__ = opts;
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
    );
  }, options);
  await page.goto(url, options.hangOfficeJs ? { waitUntil: "commit" } : {});
  return { page, problems };
}
