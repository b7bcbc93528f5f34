/**
 * The task pane in headless Chromium against the fake Excel host: the user's whole path (insert, check,
 * go to a finding, clear marks, change a setting, insert a library indicator), cell text shown as text,
 * the outside-Excel message, and screenshots at 320 and 500 px in test-output/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { FakeHost } from "../support/fakeExcel";
import { parseRange } from "../../src/core/address";
import fixture from "../fixtures/taskpane/selfEvalSheet.json";
import { browserTestsEnabled, buildPane, launch, OUTPUT, openPane, serve } from "./browserHarness";

jest.setTimeout(240_000);

const SHOTS = join(OUTPUT, "screenshots");
const XSS = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;

/** The fake host the page installed (test/browser/fakeExcelPage.ts); read inside page.evaluate only. */
type PageWindow = Window & { FakeExcelHost: { host: FakeHost } };

/** Reads from the fake host inside the page. */
const host = {
  cell: (page: Page, address: string, sheet: string | null = null) =>
    page.evaluate(([s, a]) => (window as unknown as PageWindow).FakeExcelHost.host.cell(s, a), [
      sheet,
      address,
    ] as const),
  state: (page: Page) =>
    page.evaluate(() => {
      const h = (window as unknown as PageWindow).FakeExcelHost.host;
      return {
        selection: h.state.selection,
        settings: Object.fromEntries(h.state.settings),
        sheets: h.state.sheets.map((s) => s.name),
      };
    }),
  seed: (page: Page, rows: unknown[][], merges: string[]) => {
    // Parsed here, with the core's helper: the page gets rectangles.
    const rects = merges.map((m) => {
      const rect = parseRange(m);
      if (!rect) throw new Error(`not an A1 range: ${m}`);
      return rect;
    });
    return page.evaluate(
      ([r, m]) => {
        const h = (window as unknown as PageWindow).FakeExcelHost.host;
        h.setCells(null, "A1", r);
        h.state.sheets[0]!.merges.push(...m);
      },
      [rows, rects] as const,
    );
  },
  select: (page: Page, address: string) =>
    page.evaluate((a) => {
      (window as unknown as PageWindow).FakeExcelHost.host.state.selection = { sheet: "Sheet1", address: a };
    }, address),
};

/** Waits until `read()` deep-equals `expected` (up to 10 s), then asserts it. */
async function poll<T>(read: () => Promise<T>, expected: T): Promise<void> {
  let last: T = await read();
  for (let i = 0; i < 100 && JSON.stringify(last) !== JSON.stringify(expected); i++) {
    await new Promise((ok) => setTimeout(ok, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}

const d = browserTestsEnabled ? describe : describe.skip;

d("task pane in a browser", () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let builtDir: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    builtDir = buildPane();
    ({ server, url } = await serve(builtDir));
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
  });

  it("ships a page with a strict Content-Security-Policy and no inline script", () => {
    const html = readFileSync(join(builtDir, "taskpane.html"), "utf8");
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThanOrEqual(5); // office.js, boot, runtime, shared, taskpane, functions
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\ssrc=/);
      expect(body?.trim()).toBe("");
    }
  });

  it("defines every module once, with one webpack runtime for the page's two entries", () => {
    const html = readFileSync(join(builtDir, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
      .map((m) => m[1] ?? "")
      .filter((src) => !/^https?:/.test(src));
    expect(scripts).toEqual(expect.arrayContaining(["boot.js", "runtime.js", "taskpane.js", "functions.js"]));
    const definedIn = new Map<string, string[]>();
    let runtimes = 0;
    for (const file of scripts) {
      const code = readFileSync(join(builtDir, file), "utf8");
      // the development build names each module definition: /***/ "./src/core/address.ts":
      for (const [, id] of code.matchAll(/^\/\*\*\*\/ "([^"]+)"/gm)) {
        definedIn.set(id ?? "", [...(definedIn.get(id ?? "") ?? []), file]);
      }
      if (/__webpack_module_cache__ = \{\}/.test(code)) runtimes++; // the runtime's module cache
    }
    expect(runtimes).toBe(1);
    expect([...definedIn.keys()]).toContain("./src/core/messages/index.ts"); // the pattern does find modules
    expect([...definedIn].filter(([, files]) => files.length > 1)).toEqual([]);
    // the core the pane and the functions both use is in one chunk of its own, not in either entry:
    // one target-parse cache and one message catalogue for the page
    expect(definedIn.get("./src/core/target/parseTargetCached.ts")).toEqual(["shared.js"]);
    expect(definedIn.get("./src/core/messages/index.ts")).toEqual(["shared.js"]);
    // the pane validates with zod/mini: neither full zod nor the test-only table schema is on the page
    const ids = [...definedIn.keys()];
    expect(ids.some((id) => id.includes("/zod/v4/mini/"))).toBe(true);
    expect(
      ids.filter((id) => id.includes("/zod/v4/classic/") || id.endsWith("core/tables/schema.ts")),
    ).toEqual([]);
  });

  it("registers every function of the built functions.json, which then run, and no ribbon action the manifest lacks", async () => {
    const metadata = JSON.parse(readFileSync(join(builtDir, "functions.json"), "utf8")) as {
      functions: { id: string }[];
    };
    const ids = metadata.functions.map((f) => f.id).sort();
    expect(ids.length).toBeGreaterThan(5);
    const { page, problems } = await openPane(browser, url, {});
    await page.getByRole("tab", { name: "插入表格" }).waitFor();
    const registered = await page.evaluate(() => {
      const h = (
        window as never as {
          FakeExcelHost: { host: { functions: Map<string, unknown>; actions: Map<string, unknown> } };
        }
      ).FakeExcelHost.host;
      return { functions: [...h.functions.keys()].sort(), actions: [...h.actions.keys()] };
    });
    // the manifest's button is a ShowTaskpane action: an Office.actions id would match nothing
    expect(registered).toEqual({ functions: ids, actions: [] });
    // called as Excel calls them: by id, from the registration, with the core from the shared chunk
    const results = await page.evaluate(() => {
      const fns = (
        window as never as {
          FakeExcelHost: { host: { functions: Map<string, (...a: unknown[]) => unknown> } };
        }
      ).FakeExcelHost.host.functions;
      const call = (id: string, ...args: unknown[]): unknown => {
        try {
          return fns.get(id)?.(...args);
        } catch (error) {
          return { thrown: (error as { code?: string }).code };
        }
      };
      return { rate: call("EXECRATE", 9989, 10000), byZero: call("EXECRATE", 1, 0) };
    });
    expect(results).toEqual({ rate: 0.9989, byZero: { thrown: "#DIV/0!" } });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("says to open it in Excel when there is no Excel host", async () => {
    const { page, problems } = await openPane(browser, url, { outsideExcel: true });
    await page.getByText("请在 Excel 中打开本加载项").waitFor();
    expect(await page.getAttribute("#app", "aria-busy")).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("says office.js could not be loaded (not 'open in Excel'), with no page error", async () => {
    const { page, problems } = await openPane(browser, url, { blockOfficeJs: true, browserLocale: "zh-CN" });
    await page.getByRole("alert").getByText("无法加载 office.js，任务窗格无法启动。").waitFor();
    // names the address it tried and both fixes
    const hint = await page.getByRole("alert").textContent();
    expect(hint).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(hint).toContain("--env officejs=local");
    expect(hint).not.toContain("请在 Excel 中打开");
    expect(await page.getAttribute("#app", "aria-busy")).toBeNull();
    // the functions file ran too, without office.js, and threw no "CustomFunctions is not defined"
    await page.waitForLoadState("load");
    const chunks = await page.evaluate(() =>
      ((window as never as { webpackChunkperf_tables?: [string[]][] }).webpackChunkperf_tables ?? []).flatMap(
        (chunk) => chunk[0],
      ),
    );
    expect(chunks).toEqual(expect.arrayContaining(["taskpane", "functions"]));
    // the one console line is the blocked request itself
    expect(problems.filter((p) => p !== "console: Failed to load resource: net::ERR_FAILED")).toEqual([]);
    await page.close();
  });

  it("says it in the browser's language when office.js is missing (English here)", async () => {
    const { page, problems } = await openPane(browser, url, { blockOfficeJs: true, browserLocale: "en-GB" });
    await page
      .getByRole("alert")
      .getByText("office.js could not be loaded, so the pane cannot start.")
      .waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(problems.filter((p) => !p.startsWith("console: Failed to load resource"))).toEqual([]);
    await page.close();
  });

  it("shows that office.js is loading while the CDN does not answer", async () => {
    const { page, problems } = await openPane(browser, url, { hangOfficeJs: true });
    await page.getByRole("status").getByText("正在加载 office.js…", { exact: false }).waitFor();
    expect(await page.getByRole("status").isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("tells an Excel without the sets the pane needs what to use instead", async () => {
    const { page, problems } = await openPane(browser, url, { apiVersion: "1.8" });
    const alert = page.getByRole("alert");
    await alert.getByText("此版本的 Excel 无法运行完整的任务窗格。").waitFor();
    const text = await alert.textContent();
    expect(text).toContain("Microsoft 365 或 Office 2021 及以上");
    expect(text).toContain("perf-tables template --formulas portable");
    expect(text).toContain(url.replace("taskpane.html", "review.html"));
    expect(await page.getByRole("tab").count()).toBe(0); // the modern pane did not mount over it
    expect(problems).toEqual([]);
    await page.close();
  });

  it("says it in English when that Office runs in English", async () => {
    const { page } = await openPane(browser, url, { apiVersion: "1.8", displayLanguage: "en-US" });
    await page.getByRole("alert").getByText("This version of Excel cannot run the full pane.").waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.close();
  });

  it("re-checks as the user types when live checking is on", async () => {
    const { page, problems } = await openPane(browser, url, {});
    await page.getByRole("tab", { name: "校验" }).waitFor();
    await host.seed(page, fixture.rows, fixture.merges);
    await page.getByRole("tab", { name: "校验" }).click();
    const live = page.getByRole("switch", { name: "输入时实时校验" });
    await live.check();
    expect(await live.getAttribute("aria-checked")).toBe("true");
    await page.locator(".summary").filter({ hasText: "错误 1 项" }).waitFor();
    await page.evaluate(() =>
      (window as unknown as PageWindow).FakeExcelHost.host.userEdit(
        null,
        "H19",
        "需进一步加快系统迭代升级，提升用户满意度",
      ),
    );
    await page.locator(".summary").filter({ hasText: "错误 0 项" }).waitFor();
    expect((await host.cell(page, "H19"))?.fill).toBeNull(); // its mark came off with the error
    await live.uncheck();
    await page.getByText("实时校验已关闭。").waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("speaks English when Office runs in English", async () => {
    const { page } = await openPane(browser, url, { displayLanguage: "en-US" });
    await page.getByRole("tab", { name: "Check" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.screenshot({ path: join(SHOTS, "settings-en-320.png"), fullPage: true });
    await page.close();
  });

  it("inserts a template from the gallery", async () => {
    const { page, problems } = await openPane(browser, url, {}, 320);
    const tab = page.getByRole("tab", { name: "插入表格" });
    await tab.waitFor();
    expect(await tab.getAttribute("aria-selected")).toBe("true");
    expect(await page.locator(".card").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, "insert-320.png"), fullPage: true });
    await page.getByRole("radio", { name: /财政项目支出绩效自评表/ }).check();
    await page.getByRole("button", { name: "插入示例表" }).click();
    await page.locator(".status--success").waitFor({ timeout: 20_000 });
    const state = await host.state(page);
    expect(state.sheets.length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("re-enters PERF formulas showing #NAME? on every sheet when it opens, and says so", async () => {
    // the pane waits for Office.onReady: seed the workbook before it answers
    const { page, problems } = await openPane(browser, url, {
      readyDelay: 800,
      sheets: ["Sheet1", "自评表"],
    });
    await page.evaluate(() => {
      const h = (window as unknown as PageWindow).FakeExcelHost.host;
      h.setCells("自评表", "G19", [[{ f: "=_xldudf_PERF_SCORE(D19,F19,5)", shows: "#NAME?" }]]);
      h.setCells("Sheet1", "A1", [[{ f: "=PERF.GRADE(98.99)" }]]);
    });
    await page.locator(".status--info").filter({ hasText: "已自动重新输入" }).waitFor();
    expect(await page.locator(".status--info").textContent()).toContain("1 个 PERF 公式显示 #NAME?");
    expect(await host.cell(page, "G19", "自评表")).toMatchObject({ formula: "=PERF.SCORE(D19,F19,5)" });
    expect((await host.cell(page, "G19", "自评表"))?.shows).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("says when the print setup was refused although the table went in", async () => {
    const { page, problems } = await openPane(browser, url, { pageLayout: false });
    await page.getByRole("tab", { name: "插入表格" }).waitFor();
    await page.getByRole("radio", { name: /财政项目支出绩效自评表/ }).check();
    await page.getByRole("button", { name: "插入空白表" }).click();
    const status = page.locator(".status--info");
    await status.waitFor({ timeout: 20_000 });
    const text = await status.textContent();
    expect(text).toContain("已插入到工作表");
    expect(text).toContain("此版本的 Excel 不支持通过加载项设置打印格式");
    expect((await host.state(page)).sheets.length).toBe(2); // the table is there
    expect(problems).toEqual([]);
    await page.close();
  });

  it("checks, goes to a finding, clears marks, saves a setting and inserts a library indicator", async () => {
    const { page, problems } = await openPane(browser, url, {}, 500);
    await page.getByRole("tab", { name: "校验" }).waitFor();
    const rows = fixture.rows.map((r) => [...r]);
    rows[15]![3] = XSS; // D16: a target no parser reads, echoed in the finding's message
    await host.seed(page, rows, fixture.merges);

    // keyboard: the tablist moves with arrow keys and the selected tab is the only one in tab order
    await page.getByRole("tab", { name: "插入表格" }).focus();
    await page.keyboard.press("ArrowRight");
    const validateTab = page.getByRole("tab", { name: "校验" });
    expect(await validateTab.getAttribute("aria-selected")).toBe("true");
    expect(await validateTab.getAttribute("tabindex")).toBe("0");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-validate");

    await page.getByRole("button", { name: "校验当前工作表" }).click();
    await page.locator(".summary").filter({ hasText: "错误" }).waitFor();
    const errorGroup = page.locator(".findings--error");
    expect(await errorGroup.locator(".badge").textContent()).toMatch(/^\d+$/);
    // a score finding says how the rule score was reached; every score is explained, folded away
    const why = page.locator(".finding", { hasText: "G19" }).locator(".finding__why");
    expect(await why.first().textContent()).toBe("正向指标：89.00 ÷ 90.00 × 5 = 4.94");
    await page.locator(".scores summary").click();
    const explained = await page.locator(".scores__list li").allTextContents();
    expect(explained[0]).toBe("预算执行率 17.50 ÷ 17.52 = 99.89%，× 10 = 9.99");
    expect(explained).toContain("第 18 行 应急响应机制健全性 定性：达成，按 100% 计 5.00");
    expect(explained).toHaveLength(13);
    const h19 = await host.cell(page, "H19");
    expect(h19?.fill).toBe("#FDE7E9");

    // the cell's text is shown as text: no element made from it, nothing run
    const xssFinding = page.locator(".finding__text", { hasText: "<img src=x" });
    await xssFinding.first().waitFor();
    expect(await page.locator(".results img, .results script").count()).toBe(0);
    expect(await page.evaluate(() => (window as never as { __xss?: number }).__xss)).toBeUndefined();

    await page.screenshot({ path: join(SHOTS, "validate-500.png"), fullPage: true });
    await page.setViewportSize({ width: 320, height: 900 });
    await page.screenshot({ path: join(SHOTS, "validate-320.png"), fullPage: true });

    // click a finding → its cell is selected
    await page.locator(".finding", { hasText: "H19" }).first().click();
    await poll(async () => (await host.state(page)).selection, { sheet: "Sheet1", address: "H19" });

    await page.getByRole("button", { name: "清除标记" }).click();
    await page.locator(".status--success").waitFor();
    expect((await host.cell(page, "H19"))?.fill).toBeNull();
    expect((await host.cell(page, "D16"))?.value).toBe(XSS);

    // 设置: budget execution worth 20 points, saved in the workbook
    await page.getByRole("tab", { name: "设置" }).click();
    await page.getByLabel("预算执行率分值").selectOption("20");
    await page.getByRole("button", { name: "保存到工作簿" }).click();
    await page.getByText("评分规则已保存到工作簿。").waitFor();
    const stored = JSON.parse(String((await host.state(page)).settings["PerfTables.scoring"]));
    expect(stored).toMatchObject({ budgetWeight: 20, indicatorWeightTotal: 80 });
    await page.screenshot({ path: join(SHOTS, "settings-320.png"), fullPage: true });

    // 指标库: pinyin initials, insert into the table at the selection
    await host.select(page, "C10");
    await page.getByRole("tab", { name: "指标库" }).click();
    await page.getByLabel(/搜索指标/).fill("ysz");
    const first = page.locator(".library__item").first();
    expect(await first.locator(".library__name").textContent()).toBe("预算执行率");
    await page.screenshot({ path: join(SHOTS, "library-320.png"), fullPage: true });
    await first.getByRole("button", { name: "插入指标“预算执行率”" }).click();
    await page.locator(".status--success").filter({ hasText: "预算执行率" }).waitFor();
    expect((await host.cell(page, "C9"))?.value).toBe("预算执行率");
    expect((await host.cell(page, "D9"))?.value).toBe("≥95%");

    await page.getByRole("tab", { name: "帮助" }).click();
    const reviewLink = page.getByRole("link", { name: "打开审核页面" });
    expect(await reviewLink.getAttribute("href")).toBe("review.html");
    await page.setViewportSize({ width: 500, height: 900 });
    await page.screenshot({ path: join(SHOTS, "help-500.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("opens the indicator library on the list of the sheet's table framework", async () => {
    const { page } = await openPane(browser, url, {});
    await page.getByRole("tab", { name: "指标库" }).waitFor();
    await host.seed(
      page,
      [
        ["一级目标", "二级目标", "三级目标", "指标目标值"],
        ["投入与管理", "投入管理", "预算执行率", "≥95%"],
        ["产出目标", "数量", "热线工单办理量", "≥20000件"],
        ["效果目标", "满意度", "市民满意率", "≥85%"],
        ["影响力目标", "长效管理", "长效管理制度健全性", "健全"],
      ],
      [],
    );
    await page.getByRole("tab", { name: "指标库" }).click();
    const panel = page.getByRole("tabpanel", { name: "指标库" });
    await poll(() => panel.getByLabel("指标体系").inputValue(), "sh2020");
    expect(await page.locator(".library__path").first().textContent()).toContain("投入与管理");
    await page.close();
  });

  it("shows progress when Excel is slow, then the result", async () => {
    const { page, problems } = await openPane(browser, url, { syncDelay: 400 });
    await page.getByRole("tab", { name: "校验" }).click();
    await host.seed(page, fixture.rows, fixture.merges);
    const run = page.getByRole("button", { name: "校验当前工作表" });
    await run.click();
    await page.locator(".status--progress").filter({ hasText: "正在校验当前工作表" }).waitFor();
    expect(await page.getAttribute("#status", "aria-busy")).toBe("true");
    expect(await run.getAttribute("aria-disabled")).toBe("true");
    await page.locator(".summary").filter({ hasText: "错误 1 项" }).waitFor();
    expect(await page.locator(".status--progress").count()).toBe(0);
    expect(await run.getAttribute("aria-disabled")).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows a message saying what to do when Excel fails", async () => {
    const { page, problems } = await openPane(browser, url, {});
    await page.getByRole("tab", { name: "校验" }).click();
    await page.evaluate(() => {
      const w = window as never as { Excel: { run: unknown } };
      w.Excel.run = () =>
        Promise.reject(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }));
    });
    await page.getByRole("button", { name: "校验当前工作表" }).click();
    await page.locator(".status--error").filter({ hasText: "请按 Enter 或 Esc" }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
