/**
 * The .xls/.et, .docx readers and the byte sniffing run in real Chromium, bundled for the browser,
 * and give the grids they give in Node: the browser review page can read what `check` reads.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { readAnyWorkbook } from "../../src/readers/readAnyWorkbook";
import { failWorkbook } from "../../src/readers/workbookRead";
import { browserTestsEnabled } from "./browserHarness";

const ROOT = resolve(__dirname, "../..");
const FORMATS = join(ROOT, "test/fixtures/formats");
const FILES = [
  "seed-002-self-eval.xls",
  "seed-002-self-eval.et",
  "seed-002-self-eval.docx",
  "anhui-chizhou-self-eval-2022.docx",
  "percent-hidden.xls",
  "encrypted.xls",
  "encrypted-package.xlsx",
  "scanned.xlsx",
  "no-table.docx",
  "seed-002-self-eval.doc",
];

async function readInNode(file: string): Promise<unknown> {
  const { format, read } = await readAnyWorkbook(readFileSync(join(FORMATS, file)), {
    name: file,
    readXlsx: () => Promise.resolve(failWorkbook("WORKBOOK_NOT_XLSX", { path: file, format: "xlsx" })),
  });
  if ("error" in read) return { format, error: read.error };
  return { format, sheets: read.sheets, hidden: [...read.hiddenSheets] };
}

const describeInBrowser = browserTestsEnabled ? describe : describe.skip;

describeInBrowser("readers in Chromium", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    const bundle = execFileSync(
      join(ROOT, "node_modules/.bin/esbuild"),
      [
        join(__dirname, "readersPage.ts"),
        "--bundle",
        "--format=iife",
        "--platform=browser",
        "--target=es2020",
        "--log-level=warning",
      ],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    page = await browser.newPage();
    await page.setContent("<!doctype html><title>readers</title>");
    await page.addScriptTag({ content: bundle });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(FILES)("%s reads as in Node", async (file) => {
    const data = [...readFileSync(join(FORMATS, file))];
    const inBrowser = await page.evaluate(
      async ({ data, name }) => {
        const bytes = Uint8Array.from(data);
        const api = (
          globalThis as unknown as { perfReaders: { read(b: Uint8Array, n: string): Promise<unknown> } }
        ).perfReaders;
        return api.read(bytes, name);
      },
      { data, name: file },
    );
    expect(inBrowser).toEqual(await readInNode(file));
  });

  it("has no converter in the browser: a .doc asks to be saved as .docx", async () => {
    const data = [...readFileSync(join(FORMATS, "seed-002-self-eval.doc"))];
    const result = await page.evaluate(async (data: number[]) => {
      const bytes = Uint8Array.from(data);
      const api = (
        globalThis as unknown as { perfReaders: { read(b: Uint8Array, n: string): Promise<unknown> } }
      ).perfReaders;
      return api.read(bytes, "a.doc");
    }, data);
    expect(result).toEqual({ format: "doc", error: "WORKBOOK_NEEDS_CONVERSION" });
  });
});
