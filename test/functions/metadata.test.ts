import fs from "node:fs";
import path from "node:path";
import { PERF_FUNCTIONS } from "../support/hyperformulaPerf";
import { loadExcelHost, type FunctionsMetadata } from "./excelHost";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeFunctionsMetadata } = require("../../scripts/localize-functions-metadata.cjs") as {
  localizeFunctionsMetadata: (
    metadata: FunctionsMetadata,
    texts: Record<string, { description: string; parameters?: Record<string, string> }>,
  ) => { metadata: FunctionsMetadata; problems: string[] };
};

const root = path.resolve(__dirname, "../..");
const zhTexts = JSON.parse(
  fs.readFileSync(path.join(root, "src/functions/functions.zh-CN.json"), "utf8"),
) as Record<string, { description: string; parameters?: Record<string, string> }>;
const released = JSON.parse(
  fs.readFileSync(path.join(root, "test/fixtures/functions/released-ids.json"), "utf8"),
) as { functions: Record<string, string[]> };
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

const HAS_CHINESE = /[\u4e00-\u9fff]/;

let metadata: FunctionsMetadata;

beforeAll(async () => {
  metadata = (await loadExcelHost()).metadata;
});

describe("generated functions.json", () => {
  test("every function and parameter has an English description", () => {
    expect(metadata.functions.length).toBeGreaterThan(0);
    for (const fn of metadata.functions) {
      expect(fn.description?.trim()).toBeTruthy();
      expect(fn.name).toBe(fn.id);
      for (const param of fn.parameters) expect(param.description?.trim()).toBeTruthy();
    }
  });

  test("released ids and their parameters are still there, unchanged", () => {
    for (const [id, params] of Object.entries(released.functions)) {
      const fn = metadata.functions.find((f) => f.id === id);
      expect(fn).toBeDefined();
      expect(fn?.parameters.slice(0, params.length).map((p) => p.name)).toEqual(params);
      // Parameters added after the release must be optional, or old formulas would break.
      for (const added of fn?.parameters.slice(params.length) ?? []) expect(added.optional).toBe(true);
    }
  });

  test("the HyperFormula test plugin binds the same ids with the same arity", () => {
    expect(Object.keys(PERF_FUNCTIONS).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    for (const fn of metadata.functions) {
      const plugin = PERF_FUNCTIONS[fn.id];
      const optional = fn.parameters.filter((p) => p.optional).length;
      expect([plugin?.required, plugin?.optional]).toEqual([fn.parameters.length - optional, optional]);
      const matrix = fn.parameters.flatMap((p, i) => (p.dimensionality === "matrix" ? [i] : []));
      expect(plugin?.matrix ?? []).toEqual(matrix);
    }
  });
});

describe("zh-CN functions metadata (functions-zh-cn.json)", () => {
  test("every function and parameter has a Chinese description, nothing extra", () => {
    const { metadata: zh, problems } = localizeFunctionsMetadata(metadata, zhTexts);
    expect(problems).toEqual([]);
    expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    zh.functions.forEach((fn, i) => {
      const english = metadata.functions[i];
      expect(fn.name).toBe(english?.name);
      expect(fn.description).toMatch(HAS_CHINESE);
      expect(fn.parameters.map((p) => p.name)).toEqual(english?.parameters.map((p) => p.name));
      for (const param of fn.parameters) expect(param.description).toMatch(HAS_CHINESE);
    });
  });

  test("drift is reported: a missing parameter text and an unknown function", () => {
    const broken = structuredClone(zhTexts);
    delete broken.SCORE?.parameters?.rule;
    broken.NOSUCH = { description: "无" };
    const { problems } = localizeFunctionsMetadata(metadata, broken);
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining("SCORE(rule)"), expect.stringContaining("NOSUCH")]),
    );
  });
});

describe("manifest.xml", () => {
  test("one shared runtime serves the pane, the ribbon and the custom functions", () => {
    expect(manifest).toMatch(/<Runtime resid="Taskpane\.Url" lifetime="long"\s*\/>/);
    expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane\.Url"\s*\/>\s*<\/Page>/);
    expect(manifest).toMatch(/<FunctionFile resid="Taskpane\.Url"\s*\/>/);
    expect(manifest).toMatch(/<bt:String id="Functions\.Namespace" DefaultValue="PERF"\s*\/>/);
    // what the functions and the shared runtime need is declared where it decides them: in VersionOverrides
    const overrides = manifest.slice(manifest.indexOf("<VersionOverrides"));
    for (const set of ["SharedRuntime", "CustomFunctionsRuntime", "ExcelApi"]) {
      expect(overrides).toMatch(new RegExp(`<bt:Set Name="${set}" MinVersion="1\\.\\d+"\\s*/>`));
    }
    // CustomFunctions.Error is CustomFunctionsRuntime 1.2, its ErrorCode values 1.3
    expect(overrides).toMatch(/<bt:Set Name="CustomFunctionsRuntime" MinVersion="1\.3"\s*\/>/);
    const excelApi = /<bt:Set Name="ExcelApi" MinVersion="1\.(\d+)"/.exec(overrides);
    expect(Number(excelApi?.[1])).toBeLessThanOrEqual(14);
  });

  test("the zh-CN metadata override points at the file the build emits", () => {
    const url =
      /<bt:Url id="Functions\.Metadata\.Url"[^>]*>\s*<bt:Override Locale="zh-CN" Value="([^"]+)"/.exec(
        manifest,
      );
    expect(url?.[1]).toBe("https://localhost:3000/functions-zh-cn.json");
    const webpackConfig = fs.readFileSync(path.join(root, "webpack.config.js"), "utf8");
    expect(webpackConfig).toContain('"functions-zh-cn.json"');
  });

  test("every icon the manifest names is a PNG of that size in assets/", () => {
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/assets\/(icon-(\d+)\.png)/g)];
    expect(icons.length).toBeGreaterThan(0);
    for (const [, file, size] of icons) {
      const png = fs.readFileSync(path.join(root, "assets", file as string));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });
});
