/**
 * The reviewer's page from the production build (dist/review.html built into test-output/review-dist),
 * served on loopback and driven in headless Chromium: files dropped, totals and the broken files'
 * messages shown, a file's findings and explained scores opened, filters, the review workbook
 * downloaded and read back with exceljs; no page error, no CSP violation, no request beyond the
 * page's own files. Screenshots at 1280 and 800 px in test-output/screenshots/.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import type { Server } from "node:http";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { browserTestsEnabled, launch, OUTPUT, serve } from "./browserHarness";

const ROOT = resolve(__dirname, "../..");
const DIST = join(OUTPUT, "review-dist");
const SHOTS = join(OUTPUT, "screenshots");
const WORKBOOKS = join(ROOT, "test/fixtures/workbooks");

/** The production build, as `npm run build` makes it, into a folder of its own. */
function buildProduction(): void {
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules/webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--env",
      "url=https://perf-tables.invalid/addin/",
      "--output-path",
      DIST,
    ],
    { cwd: ROOT, stdio: "pipe", timeout: 400_000 },
  );
}

/** Seed 002 with its table sheet hidden behind a visible cover sheet, as a unit's old draft would be. */
async function hiddenDraft(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(WORKBOOKS, "seed-002-self-eval.xlsx"));
  const draft = workbook.worksheets[0];
  if (!draft) throw new Error("seed 002 has no sheet");
  draft.state = "hidden";
  workbook.addWorksheet("封面").getCell("A1").value = "2024 年度绩效自评（草稿）";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

interface Dropped {
  readonly name: string;
  readonly base64: string;
}

/** Drops files on the page's drop zone, as a file manager would (a DataTransfer with File objects). */
async function dropFiles(page: Page, files: readonly Dropped[]): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.codePointAt(0) ?? 0);
      transfer.items.add(new File([bytes], f.name));
    }
    const zone = document.querySelector(".drop") as HTMLElement;
    zone.dispatchEvent(
      new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

const fixture = (name: string, as = name): Dropped => ({
  name: as,
  base64: readFileSync(join(WORKBOOKS, name)).toString("base64"),
});

(browserTestsEnabled ? describe : describe.skip)("review.html in Chromium", () => {
  let server: Server;
  let url: string;
  let origin: string;
  let browser: Browser;
  let dropped: Dropped[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    buildProduction();
    const served = await serve(DIST);
    server = served.server;
    url = served.url.replace(/taskpane\.html$/, "review.html");
    origin = new URL(url).origin;
    browser = await launch();
    dropped = [
      fixture("seed-002-self-eval.xlsx", "a-seed-002.xlsx"),
      { name: "b-hidden-draft.xlsx", base64: Buffer.from(await hiddenDraft()).toString("base64") },
      fixture("seed-004-goal-sh2020.xlsx", "c-goal.xlsx"),
      fixture("corrupt.xlsx", "d-corrupt.xlsx"),
      fixture("legacy.xls", "e-legacy.xls"),
    ];
  }, 480_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
  });

  /** Opens the page, recording every request, page error and CSP violation. */
  async function open(locale: string, width: number) {
    const context = await browser.newContext({
      locale,
      viewport: { width, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
    });
    // The context sees the workers' requests too.
    context.on("request", (request) => requests.push(request.url()));
    context.on("response", (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
    });
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(url);
    await page.locator(".drop").waitFor();
    return { context, page, problems, requests };
  }

  it("checks dropped files, explains scores, filters and downloads the review workbook", async () => {
    const { context, page, problems, requests } = await open("zh-CN", 1280);
    const loaded = requests.length;
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("connect-src 'none'");

    await dropFiles(page, dropped);
    await page.locator(".progress__text", { hasText: "已检查 5 个文件（2 个无法读取）" }).waitFor();
    expect(await page.locator("progress").getAttribute("value")).toBe("5");

    const rows = page.locator("tbody tr");
    expect(await rows.count()).toBe(5);
    const cells = async (i: number): Promise<string[]> => rows.nth(i).locator("td").allInnerTexts();
    const seed = await cells(0);
    expect(seed[0]).toBe("a-seed-002.xlsx");
    expect(seed.slice(1, 6)).toEqual([
      "2",
      "绩效自评表",
      "98.99 / 98.99\n98.50 / 98.50",
      "优 / 优\n优 / 优",
      "0 / 5",
    ]);
    const hidden = await cells(1);
    expect(hidden.slice(1, 3)).toEqual(["2", "绩效自评表\n其中 2 张在隐藏工作表中"]);
    expect(hidden[3]).toBe("98.99 / 98.99\n98.50 / 98.50");
    expect((await cells(2))[2]).toMatch(/目标表/);
    expect((await cells(3))[6]).toContain("“d-corrupt.xlsx”已损坏");
    expect((await cells(4))[6]).toContain("旧版 .xls/.et 工作簿");
    await page.screenshot({ path: join(SHOTS, "review-1280.png"), fullPage: true });

    // one file's findings and its scores, each with how it was reached
    await rows.nth(0).getByRole("button", { name: "a-seed-002.xlsx" }).click();
    const dialog = page.locator("dialog.detail");
    await dialog.waitFor();
    const finding = dialog.locator("table.findings tr", { hasText: "SCORES_DIFFERS_FROM_RULE" }).first();
    expect(await finding.locator("td").allInnerTexts()).toEqual([
      "绩效自评表!G24",
      "SCORES_DIFFERS_FROM_RULE",
      expect.stringContaining("4.94") as unknown as string,
    ]);
    const satisfaction = dialog.locator("table.scores tr", { hasText: "系统使用人员满意度" }).first();
    expect(await satisfaction.locator("td.explain").innerText()).toBe("正向指标：89.00 ÷ 90.00 × 5 = 4.94");
    expect(
      await dialog.locator("table.scores td", { hasText: "预算执行率 17.50 ÷ 17.52 = 99.89%" }).count(),
    ).toBe(1);
    await page.screenshot({ path: join(SHOTS, "review-detail-1280.png") });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    // filters: errors only, then one kind
    await page.getByLabel("只看有错误的文件").check();
    // seed 004 has errors of its own (its 2020 goal tables), as the command line reports
    expect((await cells(2))[5]).toMatch(/^[1-9]\d* \//);
    expect(await page.locator("tbody tr:visible td.file").allInnerTexts()).toEqual([
      "c-goal.xlsx",
      "d-corrupt.xlsx",
      "e-legacy.xls",
    ]);
    await page.getByLabel("只看有错误的文件").uncheck();
    await page.getByLabel("表类型").selectOption({ label: "绩效自评表" });
    expect(await page.locator("tbody tr:visible td.file").allInnerTexts()).toEqual([
      "a-seed-002.xlsx",
      "b-hidden-draft.xlsx",
    ]);
    await page.getByLabel("表类型").selectOption("");

    // checking asked for nothing but the page's own scripts: the worker, and the .xls reader's chunk
    // (SheetJS, loaded only when an .xls/.et comes) — never a submission's bytes, never another host
    const duringCheck = requests.slice(loaded);
    expect(duringCheck.filter((u) => !u.startsWith(`${origin}/`) || !u.endsWith(".js"))).toEqual([]);
    expect(duringCheck.some((u) => u.endsWith("/review-worker.js"))).toBe(true);

    // 下载审核报告: the same workbook check --report writes
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载审核报告" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("审核报告.xlsx");
    const saved = join(OUTPUT, "review-download.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "汇总 Summary",
      "问题 Findings",
      "得分说明 Scores",
    ]);
    const summary = workbook.worksheets[0]?.getSheetValues().slice(2) as unknown[][];
    expect(summary.map((r) => [r[1], r[6], r[8]])).toEqual([
      ["a-seed-002.xlsx", 98.99, "优"],
      ["a-seed-002.xlsx", 98.5, "优"],
      ["b-hidden-draft.xlsx", 98.99, "优"],
      ["b-hidden-draft.xlsx", 98.5, "优"],
      ["c-goal.xlsx", undefined, ""],
      ["c-goal.xlsx", undefined, ""],
      ["d-corrupt.xlsx", undefined, ""],
      ["e-legacy.xls", undefined, ""],
    ]);
    const findings = workbook.worksheets[1]?.getSheetValues().slice(2) as unknown[][];
    expect(
      findings.some(
        (r) => r[1] === "a-seed-002.xlsx" && r[3] === "G24" && r[5] === "SCORES_DIFFERS_FROM_RULE",
      ),
    ).toBe(true);
    expect(findings.some((r) => r[1] === "d-corrupt.xlsx" && r[5] === "WORKBOOK_CORRUPT")).toBe(true);
    const scores = workbook.worksheets[2]?.getSheetValues().slice(2) as unknown[][];
    expect(scores.some((r) => r[10] === "正向指标：89.00 ÷ 90.00 × 5 = 4.94")).toBe(true);

    // every request went to the loopback server, for the page's own files
    expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    expect(
      requests.map((u) => new URL(u).pathname).filter((p) => !/^\/[\w.-]+\.(html|js|css)$/.test(p)),
    ).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("speaks English in an English browser and keeps the Chinese message beside the English one", async () => {
    const { context, page, problems, requests } = await open("en-US", 800);
    expect(await page.locator("h1").innerText()).toBe("Performance table review");
    await dropFiles(page, dropped.slice(0, 1).concat(dropped.slice(3, 4)));
    await page.locator(".progress__text", { hasText: "Files checked: 2 (1 unreadable)" }).waitFor();
    await page.screenshot({ path: join(SHOTS, "review-800.png"), fullPage: true });
    await page.getByRole("button", { name: "a-seed-002.xlsx" }).click();
    const row = page.locator("dialog table.findings tr", { hasText: "SCORES_DIFFERS_FROM_RULE" }).first();
    const texts = await row.locator("td").allInnerTexts();
    expect(texts[2]).toMatch(/4\.94/);
    expect(texts[3]).toMatch(/^The entered score 4\.00 differs from the rule score 4\.94/);
    const satisfaction = page.locator("dialog table.scores tr", { hasText: "系统使用人员满意度" }).first();
    expect(await satisfaction.locator("td.explain").innerText()).toBe(
      "Positive indicator: 89.00 ÷ 90.00 × 5 = 4.94",
    );
    await page.screenshot({ path: join(SHOTS, "review-detail-800.png") });
    expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("takes a whole folder from the folder picker: workbooks at any depth, lock and other files left out", async () => {
    const root = mkdtempSync(join(tmpdir(), "perf-review-folder-"));
    const inbox = join(root, "收件箱");
    mkdirSync(join(inbox, "二级单位"), { recursive: true });
    copyFileSync(join(WORKBOOKS, "seed-002-self-eval.xlsx"), join(inbox, "a.xlsx"));
    copyFileSync(join(WORKBOOKS, "seed-004-goal-sh2020.xlsx"), join(inbox, "二级单位", "b.xlsx"));
    writeFileSync(join(inbox, "~$a.xlsx"), "Office lock file");
    writeFileSync(join(inbox, "说明.txt"), "not a submission");
    const { context, page, problems, requests } = await open("zh-CN", 1280);
    await page.locator("input[webkitdirectory]").setInputFiles(inbox);
    await page.locator(".progress__text", { hasText: "已检查 2 个文件" }).waitFor();
    // listed by path in Chinese collation order (numbers compared as numbers)
    const byPath = new Intl.Collator("zh-CN", { numeric: true }).compare;
    expect(await page.locator("tbody td.file").allInnerTexts()).toEqual(
      ["收件箱/a.xlsx", "收件箱/二级单位/b.xlsx"].sort(byPath),
    );
    expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
