/**
 * Builds the add-in: one page (taskpane.html) carrying the task pane, the custom functions and the ribbon
 * commands, all in one shared runtime; and beside it the reviewer's page (review.html), with a runtime,
 * a worker and a lazily loaded report chunk of its own, so nothing of it reaches the pane.
 *
 *   npm start                                    dev server on https://localhost:3000 (scripts/start.mjs)
 *   npm run build -- --env url=https://intranet.example/perf/
 *   PERF_TABLES_URL=https://intranet.example/perf/ npm run build
 *   npm run build -- --env url=... --env officejs=local   serve office.js from dist/officejs (no CDN)
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources } = require("webpack");
const { localizeFunctionsMetadata } = require("./scripts/localize-functions-metadata.cjs");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FUNCTIONS_ENTRY = "./src/functions/functions.ts";
const FUNCTIONS_ZH = path.resolve(__dirname, "src/functions/functions.zh-CN.json");
/** The entries of the add-in's page, which share one runtime and one copy of the core (shared.js). */
const PANE_ENTRIES = new Set(["taskpane", "functions", "commands"]);

/** Production site URL with a trailing slash, from --env url=… or PERF_TABLES_URL; the dev URL otherwise. */
function siteUrl(env) {
  const given = (env && env.url) || process.env.PERF_TABLES_URL || "";
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

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const url = siteUrl(env);
  const localOfficeJs = env.officejs === "local";
  if (!dev && url === DEV_URL) {
    console.warn(
      "PerfTables: production build still points at https://localhost:3000/ — pass --env url=https://your.site/ " +
        "or set PERF_TABLES_URL.",
    );
  }

  return {
    devtool: dev ? "source-map" : false, // no eval: the page's Content-Security-Policy forbids it
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: FUNCTIONS_ENTRY,
      commands: "./src/commands/commands.ts",
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
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_ENTRY }),
      new LocalizedFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "review.html",
        template: "./src/review/review.html",
        chunks: ["review"],
      }),
      ...(localOfficeJs ? [new LocalOfficeJsPlugin()] : []),
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
