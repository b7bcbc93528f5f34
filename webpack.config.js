/**
 * Builds the add-in: one page (taskpane.html) carrying the task pane and the custom functions, in one shared
 * runtime (the ribbon button opens the pane through the manifest's ShowTaskpane action); and beside it the
 * reviewer's page (review.html), with a runtime, a worker and a lazily loaded report chunk of its own, so
 * nothing of it reaches the pane.
 *
 *   npm start                                    dev server on https://localhost:3000 (scripts/start.mjs)
 *   npm run build -- --env url=https://intranet.example/perf/
 *   PERF_TABLES_URL=https://intranet.example/perf/ npm run build
 *   npm run build -- --env url=... --env officejs=local   serve office.js from dist/officejs (no CDN)
 *   npm run build -- --env dev                   a production build for https://localhost:3000/ (on purpose)
 *
 * Before the webpack entries the page runs boot.js (scripts/boot-script.cjs): ES5, so that an Office
 * too old for the pane still says what to use instead.
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources } = require("webpack");
const { localizeFunctionsMetadata } = require("./scripts/localize-functions-metadata.cjs");
const { buildBootScript, readBootMessages } = require("./scripts/boot-script.cjs");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FUNCTIONS_ENTRY = "./src/functions/functions.ts";
const FUNCTIONS_ZH = path.resolve(__dirname, "src/functions/functions.zh-CN.json");
/** The entries of the add-in's page, which share one runtime and one copy of the core (shared.js). */
const PANE_ENTRIES = new Set(["taskpane", "functions"]);

/**
 * Production site URL with a trailing slash, from --env url=… or PERF_TABLES_URL; the dev URL for a
 * development build or when --env dev says so. A production build with neither is refused: its
 * manifest would send every user's Excel to https://localhost:3000/.
 */
function siteUrl(env, production) {
  const given = (env && env.url) || process.env.PERF_TABLES_URL || "";
  // env.WEBPACK_BUILD: webpack-cli building (not a tool such as knip reading this file)
  if (!given && production && env && env.WEBPACK_BUILD && !env.dev) {
    throw new Error(
      "PerfTables: a production build needs the site's address — npm run build -- --env url=https://your.site/perf/ " +
        "(or PERF_TABLES_URL=…); add --env dev to build for https://localhost:3000/ on purpose.",
    );
  }
  if (!given) return DEV_URL;
  if (!/^https:\/\//i.test(given)) {
    throw new Error(`PerfTables: the site URL must start with https:// (got "${given}")`);
  }
  return given.endsWith("/") ? given : `${given}/`;
}

/**
 * HTTPS options for the dev server: the office-addin-dev-certs files when they exist (scripts/start.mjs
 * creates them), else webpack-dev-server's own self-signed certificate. Never throws.
 */
function devServerHttps() {
  const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  try {
    const options = {};
    for (const [name, file] of Object.entries(files)) options[name] = fs.readFileSync(path.join(dir, file));
    return { type: "https", options };
  } catch {
    console.warn(
      "PerfTables: no office-addin-dev-certs certificate found; using a self-signed one " +
        "(the browser/Office must be told to trust https://localhost:3000).",
    );
    return "https";
  }
}

/** Emits functions-zh-cn.json: the generated functions.json with the Chinese texts of functions.zh-CN.json. */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadata", (compilation) => {
      compilation.fileDependencies.add(FUNCTIONS_ZH);
      compilation.hooks.processAssets.tap(
        {
          name: "LocalizedFunctionsMetadata",
          stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const english = compilation.getAsset("functions.json");
          if (!english) return; // the metadata plugin already reported why
          const zh = JSON.parse(fs.readFileSync(FUNCTIONS_ZH, "utf8"));
          const { metadata, problems } = localizeFunctionsMetadata(
            JSON.parse(english.source.source().toString()),
            zh,
          );
          for (const problem of problems) {
            compilation.errors.push(new Error(`functions.zh-CN.json: ${problem}`));
          }
          compilation.emitAsset(
            "functions-zh-cn.json",
            new sources.RawSource(JSON.stringify(metadata, null, 2)),
          );
        },
      );
    });
  }
}

/** Emits boot.js (scripts/boot-script.cjs), rebuilt when its sources change. */
class BootScriptPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BootScript", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BootScript", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          try {
            const { code, inputs } = buildBootScript(__dirname);
            for (const input of inputs) compilation.fileDependencies.add(input);
            // already ES5 and small: terser would be told ES2020 and could reintroduce newer syntax
            compilation.emitAsset("boot.js", new sources.RawSource(code), { minimized: true });
          } catch (error) {
            compilation.errors.push(error instanceof Error ? error : new Error(String(error)));
          }
        },
      );
    });
  }
}

/**
 * What a production build prints for whoever hosts dist/: Excel on the web fetches functions.json and
 * functions-zh-cn.json from its own origin, so the add-in's server must send CORS headers for them
 * (README, 内网部署 / Hosting on an intranet). `log` is replaceable for the test.
 */
class HostingNotePlugin {
  constructor(url, log = console.log) {
    this.url = url;
    this.log = log;
  }

  apply(compiler) {
    compiler.hooks.done.tap("HostingNote", (stats) => {
      if (stats.hasErrors()) return;
      this.log(hostingNote(this.url));
    });
  }
}

/** The hosting note's text (CORS for the function metadata). */
function hostingNote(url) {
  return [
    "",
    `PerfTables: dist/ is built for ${url}. When you host it:`,
    `  - send "Access-Control-Allow-Origin: *" with ${url}functions.json and ${url}functions-zh-cn.json`,
    "    (Excel on the web reads them from its own origin; without the header PERF.* stays #NAME?)",
    "  - serve .json as application/json and .js as application/javascript, over HTTPS",
    "  - examples for nginx, IIS (web.config) and a static server: README.md, 内网部署 / Hosting on an intranet",
    "",
  ].join("\n");
}

/**
 * The functions file's CustomFunctions.associate calls (appended by custom-functions-metadata-plugin)
 * run only where office.js defined CustomFunctions: with office.js blocked, the page must not throw
 * "CustomFunctions is not defined" (boot.js has already said what is wrong).
 */
const GUARD_ASSOCIATIONS_LOADER = path.resolve(__dirname, "scripts/guard-associations-loader.cjs");

/** Points the page at dist/officejs/office.js instead of the CDN (for intranets that block it). */
class LocalOfficeJsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("LocalOfficeJs", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("LocalOfficeJs", (data) => {
        if (!data.html.includes(OFFICE_JS_CDN)) {
          compilation.errors.push(new Error(`--env officejs=local: ${OFFICE_JS_CDN} not found in the page`));
        }
        data.html = data.html.split(OFFICE_JS_CDN).join("officejs/office.js");
        return data;
      });
    });
  }
}

/** "正在加载 office.js… / Loading office.js…" from the catalogue's boot texts. */
function bootLoadingText() {
  const loading = readBootMessages(__dirname).BOOT_LOADING_OFFICEJS;
  return `${loading["zh-CN"]} / ${loading.en}`;
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const url = siteUrl(env, !dev);
  const localOfficeJs = env.officejs === "local";

  return {
    devtool: dev ? "source-map" : false, // no eval: the page's Content-Security-Policy forbids it
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: FUNCTIONS_ENTRY,
      // The reviewer's page: its own runtime, so the pane's runtime.js and shared.js do not grow.
      review: { import: "./src/review/review.ts", runtime: "review-runtime" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          // after ts-loader: the associate calls are in the compiled functions module by then
          test: path.resolve(__dirname, FUNCTIONS_ENTRY),
          enforce: "post",
          use: { loader: GUARD_ASSOCIATIONS_LOADER },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_ENTRY }),
      new LocalizedFunctionsMetadataPlugin(),
      new BootScriptPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        // the static text shown while office.js loads, from the catalogue (both languages)
        templateParameters: { bootLoading: bootLoadingText() },
      }),
      new HtmlWebpackPlugin({
        filename: "review.html",
        template: "./src/review/review.html",
        chunks: ["review"],
      }),
      ...(localOfficeJs ? [new LocalOfficeJsPlugin()] : []),
      ...(dev ? [] : [new HostingNotePlugin(url)]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => content.toString().replace(/https:\/\/localhost:3000\//g, url),
          },
          ...(localOfficeJs
            ? [
                {
                  from: path.dirname(require.resolve("@microsoft/office-js/dist/office.js")),
                  to: "officejs",
                  // Already minified by Microsoft; without this the production build would re-minify 86 MB.
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    optimization: {
      // The three entries run in one page (the shared runtime), so they must share one webpack runtime and
      // one instance of every module: with a runtime per entry, src/core was bundled, downloaded and
      // evaluated twice (once for the pane, once for the functions), each copy with its own caches.
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          // No per-vendor chunk: what only the pane uses (zod/mini, the templates) stays in taskpane.js.
          defaultVendors: false,
          default: false,
          shared: {
            name: "shared",
            // The pane's entries only: the review page has its own copy of the core.
            chunks: (chunk) => PANE_ENTRIES.has(chunk.name),
            minChunks: 2, // used by two entries or more: the core the pane and the functions both import
            minSize: 0,
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    devServer: {
      // The development server is for this machine's Excel only: do not expose it on the network.
      host: "localhost",
      port: 3000,
      server: env.WEBPACK_SERVE ? devServerHttps() : "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      static: false,
      client: { overlay: false },
    },
  };
};
