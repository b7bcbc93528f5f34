import { parseCheckArgs } from "../../../src/cli/commands/check";
import { parseOptions } from "../../../src/cli/commands/parseOptions";
import { parseTemplateArgs } from "../../../src/cli/commands/template";

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
    expect(parseCheckArgs(["a.xlsx", "--lang", "fr", "--bogus"])).toEqual({ bad: "--lang" });
    expect(parseCheckArgs(["a.xlsx", "--bogus", "--lang", "fr"])).toEqual({ bad: "--bogus" });
    expect(parseCheckArgs(["-", "--bogus"])).toEqual({ bad: "-", reason: "stdin" });
    expect(parseCheckArgs(["a.xlsx", "--jobs", "0", "--report"])).toEqual({ bad: "--jobs" });
    expect(parseCheckArgs(["a.xlsx", "--jobs=x"])).toEqual({ bad: "--jobs=x" });
    expect(parseCheckArgs(["a.xlsx", "--rules"])).toEqual({ bad: "--rules", reason: "missing-value" });
    expect(parseCheckArgs(["a.xlsx", "-fj2"])).toEqual({ bad: "-fj2" });
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
      request: { kind: "monitor", month: "6", unit: "元", example: true },
    });
  });

  it("refuses a missing or empty value, a second kind, a dash, and no kind", () => {
    expect(parseTemplateArgs(["goal", "--unit", "-o", "x.xlsx"])).toEqual({
      bad: "--unit",
      missingValue: true,
    });
    expect(parseTemplateArgs(["goal", "--unit", "-"])).toEqual({ bad: "--unit", missingValue: true });
    expect(parseTemplateArgs(["goal", "-o", ""])).toEqual({ bad: "-o", missingValue: true });
    expect(parseTemplateArgs(["goal", "self-eval", "--bogus"])).toEqual({ bad: "self-eval" });
    expect(parseTemplateArgs(["goal", "-"])).toEqual({ bad: "-" });
    expect(parseTemplateArgs(["--year", "2024"])).toEqual({ bad: "<kind>" });
  });
});
