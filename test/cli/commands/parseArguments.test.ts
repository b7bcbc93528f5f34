import { parseCheckArgs } from "../../../src/cli/commands/check";
import { parseOptions } from "../../../src/cli/commands/parseOptions";
import { parseTemplateArgs } from "../../../src/cli/commands/template";

/** The refusal's code and the argument it names, or the parsed arguments when nothing was refused. */
function refused(parsed: object): unknown {
  if (!("ok" in parsed)) return parsed;
  const { code, params } = parsed as unknown as { code: string; params: { arg: string; usage: string } };
  expect(params.usage).toMatch(/^perf-tables /);
  return [code, params.arg];
}

describe("parseOptions (node:util parseArgs tokens, strict rules applied here)", () => {
  const options = { report: { type: "string", short: "r" }, json: { type: "boolean" } } as const;

  it("never lets a value-taking option swallow the next option (parseArgs alone would)", () => {
    expect(parseOptions(["a.xlsx", "--report", "--json"], options)).toEqual({
      arguments: [{ kind: "positional", value: "a.xlsx" }],
      unread: { bad: "--report", missingValue: true },
    });
    expect(parseOptions(["-r", "-x"], options).unread).toEqual({ bad: "-r", missingValue: true });
    expect(parseOptions(["--report"], options).unread).toEqual({ bad: "--report", missingValue: true });
  });

  it("takes a value after = even when it starts with a dash", () => {
    expect(parseOptions(["--report=-x.xlsx"], options).arguments).toEqual([
      { kind: "option", name: "report", flag: "--report", arg: "--report=-x.xlsx", value: "-x.xlsx" },
    ]);
  });

  it("names unknown options, groups, glued values and -- as typed", () => {
    for (const arg of ["--bogus", "--bogus=1", "-x", "-rx.xlsx", "-r=x", "--", "---json"]) {
      expect(parseOptions([arg, "a.xlsx"], options).unread).toEqual({ bad: arg });
    }
  });

  it("takes a lone - as a value only when the command says so", () => {
    expect(parseOptions(["--report", "-"], options).unread).toEqual({ bad: "--report", missingValue: true });
    expect(parseOptions(["--report", "-"], options, { dashIsValue: true }).arguments).toEqual([
      { kind: "option", name: "report", flag: "--report", arg: "--report", value: "-" },
    ]);
  });
});

describe("parseCheckArgs", () => {
  it("reads every option and alias", () => {
    expect(
      parseCheckArgs([
        "a.xlsx",
        "-r",
        "r.xlsx",
        "-f",
        "-j",
        "2",
        "--rules",
        "ratio,bands80",
        "--lang",
        "EN",
        "--json",
      ]),
    ).toEqual({
      inputs: ["a.xlsx"],
      json: true,
      report: "r.xlsx",
      force: true,
      jobs: 2,
      rules: ["ratio", "bands80"],
      language: "en",
      workbookRules: false,
    });
  });

  it("names the first bad argument from the left, bad value or unreadable option", () => {
    expect(refused(parseCheckArgs(["a.xlsx", "--lang", "fr", "--bogus"]))).toEqual([
      "CHECK_BAD_ARGUMENT",
      "--lang",
    ]);
    expect(refused(parseCheckArgs(["a.xlsx", "--bogus", "--lang", "fr"]))).toEqual([
      "CHECK_BAD_ARGUMENT",
      "--bogus",
    ]);
    expect(refused(parseCheckArgs(["-", "--bogus"]))).toEqual(["CHECK_STDIN_UNSUPPORTED", "-"]);
    expect(refused(parseCheckArgs(["a.xlsx", "--jobs", "0", "--report"]))).toEqual([
      "CHECK_BAD_ARGUMENT",
      "--jobs",
    ]);
    expect(refused(parseCheckArgs(["a.xlsx", "--jobs=x"]))).toEqual(["CHECK_BAD_ARGUMENT", "--jobs=x"]);
    expect(refused(parseCheckArgs(["a.xlsx", "--rules"]))).toEqual(["CLI_MISSING_VALUE", "--rules"]);
    expect(refused(parseCheckArgs(["a.xlsx", "-fj2"]))).toEqual(["CHECK_BAD_ARGUMENT", "-fj2"]);
  });

  it("keeps a flag given a value a flag, as before parseArgs", () => {
    expect(parseCheckArgs(["a.xlsx", "--json=1"])).toMatchObject({ json: true, inputs: ["a.xlsx"] });
  });
});

describe("parseTemplateArgs", () => {
  it("reads the kind and the options", () => {
    expect(
      parseTemplateArgs(["monitor", "-o", "m.xlsx", "--month", "6", "--unit=元", "--example", "-f"]),
    ).toEqual({
      list: false,
      force: true,
      output: "m.xlsx",
      request: { kind: "monitor", formulas: "portable", month: "6", unit: "元", example: true },
    });
  });

  it("writes portable formulas unless told otherwise, and passes --rules on", () => {
    const perf = parseTemplateArgs(["self-eval", "--formulas", "perf", "--rules", "ratio,bands80"]);
    expect("request" in perf ? perf.request : perf).toEqual({
      kind: "self-eval",
      formulas: "perf",
      rules: "ratio,bands80",
      example: false,
    });
  });

  it("refuses a missing or empty value, a second kind, a dash, and no kind", () => {
    expect(refused(parseTemplateArgs(["goal", "--unit", "-o", "x.xlsx"]))).toEqual([
      "CLI_MISSING_VALUE",
      "--unit",
    ]);
    expect(refused(parseTemplateArgs(["goal", "--unit", "-"]))).toEqual(["CLI_MISSING_VALUE", "--unit"]);
    expect(refused(parseTemplateArgs(["goal", "-o", ""]))).toEqual(["CLI_MISSING_VALUE", "-o"]);
    expect(refused(parseTemplateArgs(["goal", "self-eval", "--bogus"]))).toEqual([
      "TEMPLATE_BAD_ARGUMENT",
      "self-eval",
    ]);
    expect(refused(parseTemplateArgs(["goal", "-"]))).toEqual(["TEMPLATE_BAD_ARGUMENT", "-"]);
    expect(refused(parseTemplateArgs(["--year", "2024"]))).toEqual(["TEMPLATE_BAD_ARGUMENT", "<kind>"]);
  });
});
