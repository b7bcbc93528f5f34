/**
 * checkFiles' worker pool: batches of paths go to worker threads, results stream back and are put
 * back in the order of the paths, whether the main thread checks files too or not, and a worker that
 * cannot run hands its files to the main thread.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFiles } from "../../../src/cli/check/checkFiles";
import { NATIONAL_RULES } from "../../../src/core/scoring/options";

const WORKBOOKS = join(__dirname, "../../fixtures/workbooks");
const NAMES = [
  "seed-002-self-eval.xlsx",
  "seed-000-goal-sh2020.xlsx",
  "national-monitor-2024.xlsx",
  "seed-001-goal-sh2020.xlsx",
  "broken-errors-leftovers.xlsx",
  "national-goal-2024.xlsx",
];
/** Enough paths for several batches per lane (a path may repeat; a missing file is an error result). */
const paths = [...NAMES, ...NAMES, ...NAMES, "missing.xlsx", ...NAMES].map((name) => join(WORKBOOKS, name));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "check-files-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("checkFiles", () => {
  let sequential: Awaited<ReturnType<typeof checkFiles>>;
  beforeAll(async () => {
    sequential = await checkFiles(paths, NATIONAL_RULES, { jobs: 1 });
  }, 60_000);

  it("checks every path on one thread, with an error result for the missing one", () => {
    expect(sequential.map((c) => c.path)).toEqual(paths);
    expect(sequential.filter((c) => c.error).map((c) => c.path)).toEqual([join(WORKBOOKS, "missing.xlsx")]);
    expect(sequential.every((c) => c.error !== undefined || c.tables.length > 0)).toBe(true);
  });

  it.each([
    ["main thread + 1 worker", true],
    ["2 workers", false],
  ])(
    "gives the one-thread results in path order with %s",
    async (_label, mainThreadChecks) => {
      const done: number[] = [];
      const checked = await checkFiles(paths, NATIONAL_RULES, {
        jobs: 2,
        mainThreadChecks,
        onProgress: (n, total) => done.push(n === total ? -n : n),
      });
      expect(checked).toEqual(sequential);
      expect(done).toHaveLength(paths.length);
      expect(done[done.length - 1]).toBe(-paths.length);
    },
    60_000,
  );

  it("checks on the main thread the files of a worker that cannot start", async () => {
    const broken = join(dir, "broken-worker.js");
    await writeFile(broken, "throw new Error('this worker cannot start');\n");
    const checked = await checkFiles(paths, NATIONAL_RULES, {
      jobs: 2,
      mainThreadChecks: false,
      workerScript: broken,
    });
    expect(checked).toEqual(sequential);
  }, 60_000);
});
