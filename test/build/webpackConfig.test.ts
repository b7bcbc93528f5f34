/**
 * The build configuration without running a build: the production URL swap in manifest.xml, the
 * office.js-from-the-package option, and the one page carrying all three entries on one runtime.
 */
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

interface CopyPattern {
  from: string;
  to: string;
  transform?: (content: Buffer) => string;
}

interface Plugin {
  constructor: { name: string };
  patterns?: CopyPattern[];
  userOptions?: { chunks?: string[]; filename?: string; templateParameters?: Record<string, string> };
  apply?: (compiler: unknown) => void;
}

interface WebpackConfig {
  entry: Record<string, string | { import: string; runtime?: string }>;
  devtool: string | false;
  plugins: Plugin[];
  optimization?: {
    runtimeChunk?: unknown;
    splitChunks?: {
      cacheGroups?: Record<
        string,
        false | { chunks?: (chunk: { name: string }) => boolean; minChunks?: number }
      >;
    };
  };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, string | boolean>,
  argv: { mode: string },
) => WebpackConfig;

const manifest = fs.readFileSync(path.join(root, "manifest.xml"));

function copiedManifest(config: WebpackConfig): string {
  const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin");
  const pattern = copy?.patterns?.find((p) => p.from === "manifest*.xml");
  if (!pattern?.transform) throw new Error("no manifest copy pattern");
  return pattern.transform(manifest);
}

const quiet = jest.spyOn(console, "warn").mockImplementation(() => undefined);
afterAll(() => quiet.mockRestore());

describe("webpack.config.js", () => {
  test("production: every localhost URL of the manifest becomes the site URL (slash added)", () => {
    const out = copiedManifest(makeConfig({ url: "https://intranet.example/perf" }, { mode: "production" }));
    expect(out).not.toContain("localhost");
    const urls = [...out.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://intranet.example/perf/")).toBe(true);
    expect(out).toContain('Value="https://intranet.example/perf/functions-zh-cn.json"');
  });

  test("PERF_TABLES_URL is used when --env url is absent", () => {
    const saved = process.env.PERF_TABLES_URL;
    process.env.PERF_TABLES_URL = "https://perf.example.cn/";
    try {
      expect(copiedManifest(makeConfig({}, { mode: "production" }))).toContain(
        "https://perf.example.cn/taskpane.html",
      );
    } finally {
      if (saved === undefined) delete process.env.PERF_TABLES_URL;
      else process.env.PERF_TABLES_URL = saved;
    }
  });

  test("an http:// site is refused (Office loads add-ins over HTTPS only)", () => {
    expect(() => makeConfig({ url: "http://intranet.example/" }, { mode: "production" })).toThrow(/https/);
  });

  test("development keeps https://localhost:3000 and uses no eval source maps (the page's CSP forbids eval)", () => {
    const saved = process.env.PERF_TABLES_URL;
    delete process.env.PERF_TABLES_URL;
    try {
      const config = makeConfig({}, { mode: "development" });
      expect(copiedManifest(config)).toBe(manifest.toString());
      expect(String(config.devtool)).not.toMatch(/eval/);
    } finally {
      if (saved !== undefined) process.env.PERF_TABLES_URL = saved;
    }
  });

  test("one page carries the task pane and the functions (no command entry: the ribbon button is ShowTaskpane); the review page is apart", () => {
    const config = makeConfig({ dev: true }, { mode: "production" });
    expect(Object.keys(config.entry).sort()).toEqual(["functions", "review", "taskpane"]);
    const pages = config.plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin");
    expect(pages.map((p) => [p.userOptions?.filename, p.userOptions?.chunks])).toEqual([
      ["taskpane.html", ["taskpane", "functions"]],
      ["review.html", ["review"]],
    ]);
    // its own runtime: the pane's runtime.js does not carry the review page's chunk loading
    expect(config.entry.review).toMatchObject({ runtime: "review-runtime" });
  });

  test("the three entries share one webpack runtime and one chunk of the modules two of them use", () => {
    for (const mode of ["production", "development"]) {
      const { optimization } = makeConfig({ dev: true }, { mode });
      // one runtime: with one per entry every module the pane and the functions share ran twice
      expect(optimization?.runtimeChunk).toBe("single");
      const shared = optimization?.splitChunks?.cacheGroups?.shared;
      expect(shared).toMatchObject({ minChunks: 2 });
      // the pane's entries only: the review page keeps its own copy of the core out of shared.js
      const chunks = shared ? shared.chunks : undefined;
      expect(["taskpane", "functions", "review"].filter((name) => chunks?.({ name }))).toEqual([
        "taskpane",
        "functions",
      ]);
    }
  });

  test("--env officejs=local copies the office.js package and rewrites the page", () => {
    const local = makeConfig({ url: "https://x.example/", officejs: "local" }, { mode: "production" });
    const copy = local.plugins.find((p) => p.constructor.name === "CopyPlugin");
    const officeJs = copy?.patterns?.find((p) => p.to === "officejs");
    expect(officeJs).toBeDefined();
    expect(fs.existsSync(path.join(officeJs?.from ?? "", "office.js"))).toBe(true);
    expect(fs.existsSync(path.join(officeJs?.from ?? "", "o15apptofilemappingtable.js"))).toBe(true);
    expect(local.plugins.some((p) => p.constructor.name === "LocalOfficeJsPlugin")).toBe(true);
    const cdn = makeConfig({ url: "https://x.example/" }, { mode: "production" });
    expect(cdn.plugins.some((p) => p.constructor.name === "LocalOfficeJsPlugin")).toBe(false);
  });

  test("a production build without a site URL is refused, unless --env dev says localhost on purpose", () => {
    const saved = process.env.PERF_TABLES_URL;
    delete process.env.PERF_TABLES_URL;
    try {
      // webpack-cli sets WEBPACK_BUILD when it builds
      const build = { WEBPACK_BUILD: true };
      expect(() => makeConfig(build, { mode: "production" })).toThrow(/--env url=https:\/\/.*--env dev/s);
      expect(copiedManifest(makeConfig({ ...build, dev: true }, { mode: "production" }))).toBe(
        manifest.toString(),
      );
    } finally {
      if (saved !== undefined) process.env.PERF_TABLES_URL = saved;
    }
  });

  test("a production build prints the CORS note for the function metadata; development does not", () => {
    const config = makeConfig({ url: "https://intranet.example/perf/" }, { mode: "production" });
    const note = config.plugins.find((p) => p.constructor.name === "HostingNotePlugin");
    if (!note) throw new Error("no HostingNotePlugin");
    // run it as webpack would: its `done` hook, with stats of a build that succeeded, then one that failed
    const lines: string[] = [];
    const NoteClass = note.constructor as unknown as new (url: string, log: (s: string) => void) => Plugin;
    const plugin = new NoteClass("https://intranet.example/perf/", (text) => lines.push(text));
    let done: ((stats: { hasErrors(): boolean }) => void) | undefined;
    plugin.apply?.({ hooks: { done: { tap: (_name: string, fn: typeof done) => (done = fn) } } });
    done?.({ hasErrors: () => false });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("Access-Control-Allow-Origin");
    expect(lines[0]).toContain("https://intranet.example/perf/functions.json");
    expect(lines[0]).toContain("https://intranet.example/perf/functions-zh-cn.json");
    expect(lines[0]).toContain("README.md");
    done?.({ hasErrors: () => true });
    expect(lines).toHaveLength(1); // a failed build prints only its errors
    const development = makeConfig({}, { mode: "development" });
    expect(development.plugins.some((p) => p.constructor.name === "HostingNotePlugin")).toBe(false);
  });

  test("the page's static loading text and boot.js come from the catalogue and the boot plugin", () => {
    const config = makeConfig({ dev: true }, { mode: "production" });
    const html = config.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin");
    expect(html?.userOptions?.templateParameters?.bootLoading).toBe(
      "正在加载 office.js… / Loading office.js…",
    );
    expect(config.plugins.some((p) => p.constructor.name === "BootScriptPlugin")).toBe(true);
    const page = fs.readFileSync(path.join(root, "src/taskpane/taskpane.html"), "utf8");
    // the text comes before office.js, and boot.js right after it
    const at = (needle: string): number => page.indexOf(needle);
    expect(at("<%= bootLoading %>")).toBeGreaterThan(0);
    expect(at("<%= bootLoading %>")).toBeLessThan(at("hosted/office.js"));
    expect(at("hosted/office.js")).toBeLessThan(at('src="boot.js"'));
    expect([...page.matchAll(/<script/g)]).toHaveLength(2);
  });
});
