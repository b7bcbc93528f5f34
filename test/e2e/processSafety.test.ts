/**
 * The real process (bin/perf-tables.js, in a child): a run piped into `head -1`, a run stopped with
 * Ctrl+C, and a write killed with SIGKILL half-way never destroy the previous report, never print a
 * stack trace, and exit with a documented code (README: 0, 1, 2, 130).
 */
import { execFile, spawn } from "node:child_process";
import { copyFile, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { isReviewWorkbook } from "../../src/cli/xlsx";
import { tempDir, WORKBOOKS } from "../cli/checkHarness";

const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/perf-tables.js");
const STACK = /\n\s+at .+:\d+:\d+/;
const COPIES = 300;
/**
 * The run stopped with Ctrl+C needs more: the lean reader checks 300 small files within the 4 s the
 * test waits, and a finished run has rightly replaced the report by then.
 */
const MANY_COPIES = 3000;

interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A folder of COPIES small submissions: enough work for a run to be stopped in the middle. */
async function busyFolder(copies = COPIES): Promise<string> {
  const dir = await tempDir();
  const names = ["seed-002-self-eval.xlsx", "seed-001-goal-sh2020.xlsx", "national-goal-2024.xlsx"];
  for (let i = 0; i < copies; i++) {
    const name = names[i % names.length] ?? "";
    await copyFile(join(WORKBOOKS, name), join(dir, `${String(i).padStart(4, "0")} ${name}`));
  }
  return dir;
}

/** A previous review workbook in `dir`, written by the CLI itself. */
async function previousReport(dir: string, into: string): Promise<Buffer> {
  await promisify(execFile)(
    process.execPath,
    [BIN, "check", join(dir, "0000 seed-002-self-eval.xlsx"), "--report", into],
    {
      cwd: ROOT,
    },
  ).catch(() => undefined);
  expect(await isReviewWorkbook(into)).toBe(true);
  return readFile(into);
}

describe("the check process", () => {
  let dir: string;
  let many: string;
  let out: string;
  beforeAll(async () => {
    dir = await busyFolder();
    many = await busyFolder(MANY_COPIES);
    out = await tempDir();
  }, 60_000);

  it("stopped with Ctrl+C: exit 130, a short message, the previous report unchanged", async () => {
    const report = join(out, "review.xlsx");
    const before = await previousReport(dir, report);
    const child = spawn(process.execPath, [BIN, "check", many, "--report", report], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Past start-up (tsx compiles the sources), inside the run of 3,000 files.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    expect(stderr).toContain("已中断");
    expect(stderr).not.toMatch(STACK);
    expect((await readFile(report)).equals(before)).toBe(true);
    expect((await readdir(out)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  }, 90_000);

  it("piped into head -1: no EPIPE crash, the run's own exit code, the report written whole", async () => {
    const report = join(out, "piped.xlsx");
    const script = `"${process.execPath}" "${BIN}" check "${dir}" --report "${report}" | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const run = await new Promise<Outcome>((resolve) => {
      execFile("bash", ["-c", script], { cwd: ROOT, maxBuffer: 1 << 26 }, (error, stdout, stderr) =>
        resolve({ code: error ? 1 : 0, stdout, stderr }),
      );
    });
    expect(run.stdout.split("\n").filter((l) => l !== "")).toHaveLength(1);
    // Every file is readable: 0 or 1 (findings of severity error), never an EPIPE crash.
    expect(run.stderr).toMatch(/exit=[01]\n/);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stderr).not.toContain("EPIPE");
    expect(await isReviewWorkbook(report)).toBe(true);
  }, 120_000);

  it("a report write killed half-way (SIGKILL) leaves the previous report as it was", async () => {
    const target = join(out, "killed.xlsx");
    await writeFile(target, "previous report");
    const child = spawn(
      process.execPath,
      [
        "-r",
        "tsx/cjs",
        "-e",
        `const { writeFileAtomically } = require(${JSON.stringify(join(ROOT, "src/cli/xlsx/writeFileAtomically.ts"))});
         const big = Buffer.alloc(400 * 1024 * 1024, 7);
         process.stdout.write("writing\\n");
         writeFileAtomically(${JSON.stringify(target)}, big);`,
      ],
      { cwd: ROOT },
    );
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.on("close", resolve));
    expect(await readFile(target, "utf8")).toBe("previous report");
  }, 60_000);
});
