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

/**
 * A stand-in worker speaking checkWorker's protocol: a path holding "greedy" allocates until the heap
 * budget kills the worker, "exit" ends the thread; any other path is answered at once.
 */
const STAND_IN = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", (batch) => {
  batch.ids.forEach((id, k) => {
    const path = batch.paths[k];
    parentPort.postMessage({ started: id });
    if (path.includes("greedy")) { const hog = []; for (;;) hog.push(new Array(1e5).fill(id)); }
    if (path.includes("exit")) process.exit(3);
    parentPort.postMessage({ id, result: { path, tables: [] } });
  });
});
`;

describe("checkFiles when a worker dies on a file", () => {
  const names = [
    "a.xlsx",
    "greedy 1.xlsx",
    "b.xlsx",
    "c.xlsx",
    "exit.xlsx",
    "d.xlsx",
    "greedy 2.xlsx",
    "e.xlsx",
  ];
  const many = [...names, ...names.map((n) => `more ${n}`)].map((n) => join("/nowhere", n));

  it.each([
    ["2 workers", false],
    ["main thread + 1 worker", true],
  ])(
    "charges only that file (%s), replaces the worker and checks the rest",
    async (_label, mainThreadChecks) => {
      const script = join(dir, "stand-in.js");
      await writeFile(script, STAND_IN);
      const started = performance.now();
      const checked = await checkFiles(many, NATIONAL_RULES, {
        jobs: 2,
        mainThreadChecks,
        workerScript: script,
        workerMemoryMb: 32,
      });
      expect(checked.map((c) => c.path)).toEqual(many);
      const crashed = checked.filter((c) => c.error?.code === "WORKBOOK_CHECK_CRASHED");
      if (!mainThreadChecks) {
        // Every file went to a worker: exactly the greedy and exiting ones are charged.
        expect(crashed.map((c) => c.path)).toEqual(many.filter((p) => /greedy|exit/.test(p)));
        expect(
          crashed
            .filter((c) => /greedy/.test(c.path))
            .every((c) => JSON.stringify(c.error?.params).includes("ERR_WORKER_OUT_OF_MEMORY")),
        ).toBe(true);
      }
      // Whichever lane took it, a sound file is never charged.
      expect(
        checked
          .filter((c) => !/greedy|exit/.test(c.path))
          .every((c) => c.error?.code !== "WORKBOOK_CHECK_CRASHED"),
      ).toBe(true);
      expect(performance.now() - started).toBeLessThan(30_000);
    },
    60_000,
  );

  it("isolates a large file on the one-lane path: a worker's death costs that file only", async () => {
    const script = join(dir, "stand-in.js");
    await writeFile(script, STAND_IN);
    const big = join(dir, "greedy big.xlsx");
    await writeFile(big, Buffer.alloc(200_000));
    const small = join(WORKBOOKS, "seed-002-self-eval.xlsx");
    const checked = await checkFiles([small, big, small], NATIONAL_RULES, {
      jobs: 1,
      workerScript: script,
      workerMemoryMb: 32,
      isolateBytes: 100_000,
    });
    expect(checked.map((c) => c.error?.code)).toEqual([undefined, "WORKBOOK_CHECK_CRASHED", undefined]);
    expect(checked[0]?.tables[0]?.total).toBe(98.99);
  }, 60_000);
});
