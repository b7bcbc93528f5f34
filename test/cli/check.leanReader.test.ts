/**
 * `check` reads with the lean reader (src/readers/xlsx); its JSON must be byte for byte what the exceljs
 * reader it replaced gives (src/cli/xlsx/readWorkbook.ts, still the reference), and it must start
 * without exceljs unless it writes a review workbook.
 */
import { join } from "node:path";
import { Buffer } from "node:buffer";
import { runCli, tempDir, WORKBOOKS } from "./checkHarness";

/**
 * What `check --json` prints when its .xlsx reader is exceljs (src/cli/xlsx/readWorkbook.ts, the reader
 * the lean one replaced, still the reference): the same command, the lean reader swapped out.
 */
async function referenceJson(args: readonly string[], cwd: string): Promise<string> {
  let stdout = "";
  await jest.isolateModulesAsync(async () => {
    jest.doMock("../../src/readers/xlsx/readXlsx", () => {
      const actual = jest.requireActual<typeof import("../../src/cli/xlsx/readWorkbook")>(
        "../../src/cli/xlsx/readWorkbook",
      );
      return {
        readXlsx: (bytes: Uint8Array, options: { name: string }) =>
          actual.readWorkbook(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
            name: options.name,
          }),
      };
    });
    const { main } = await import("../../src/cli/main");
    await main(args, { stdout: (t) => (stdout += t), stderr: () => undefined, isTTY: false, cwd });
  });
  jest.dontMock("../../src/readers/xlsx/readXlsx");
  return stdout;
}

describe("check --json with the lean reader = with exceljs, byte for byte", () => {
  it.each([["zh-CN" as const], ["en" as const]])("every fixture workbook, %s", async (lang) => {
    const cwd = await tempDir();
    const run = await runCli(
      ["check", WORKBOOKS, "--json", "--jobs", "1", "--lang", lang === "en" ? "en" : "zh"],
      cwd,
    );
    const args = ["check", WORKBOOKS, "--json", "--jobs", "1", "--lang", lang === "en" ? "en" : "zh"];
    expect(run.stdout).toBe(await referenceJson(args, cwd));
    expect(run.stdout.length).toBeGreaterThan(100_000);
  });

  it("the templates `template` writes, blank and filled", async () => {
    const cwd = await tempDir();
    for (const kind of ["goal", "goal-sh2020", "application-sh2019", "self-eval", "monitor"]) {
      await runCli(["template", kind, "-o", join(cwd, `${kind}.xlsx`), "--year", "2024"], cwd);
    }
    await runCli(["template", "self-eval", "--example", "-o", join(cwd, "example.xlsx")], cwd);
    const run = await runCli(["check", cwd, "--json", "--jobs", "1"], cwd);
    expect(run.stdout).toBe(await referenceJson(["check", cwd, "--json", "--jobs", "1"], cwd));
  });
});

describe("exceljs is loaded only by the commands that write", () => {
  beforeEach(() => {
    jest.resetModules();
    jest.doMock("exceljs", () => {
      throw new Error("exceljs was loaded");
    });
  });
  afterEach(() => {
    jest.dontMock("exceljs");
  });

  it("--help, template --list and check --json start without it", async () => {
    const { main } = await import("../../src/cli/main");
    const out: string[] = [];
    const io = {
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void out.push(t),
      isTTY: false,
      cwd: WORKBOOKS,
    };
    expect(await main(["--help"], io)).toBe(0);
    expect(await main(["template", "--list"], io)).toBe(0);
    expect(await main(["check", join(WORKBOOKS, "seed-002-self-eval.xlsx"), "--json"], io)).toBe(0);
    expect(out.join("")).not.toMatch(/exceljs was loaded/);
  });

  it("check --report needs it (and says so when it cannot load)", async () => {
    const { main } = await import("../../src/cli/main");
    const out: string[] = [];
    const io = {
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void out.push(t),
      isTTY: false,
      cwd: await tempDir(),
    };
    expect(await main(["check", join(WORKBOOKS, "seed-002-self-eval.xlsx"), "--report", "r.xlsx"], io)).toBe(
      2,
    );
    expect(out.join("")).toMatch(/exceljs was loaded/);
  });
});
