import { extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ScoringOptions } from "../../core/scoring/options";
import type { CheckedFile } from "../../check/checkedFile";
import { checkFileSafely } from "./checkFileSafely";

export interface CheckFilesOptions {
  /** Worker threads; 1 (or fewer files than 2 × jobs) checks on the main thread. */
  readonly jobs: number;
  /** Let scoring settings stored in a workbook (by the pane) override `options` for that workbook. */
  readonly useStoredSettings?: boolean;
  /**
   * Worker entry to run instead of the checkWorker module next to this file (e.g. a bundled .js):
   * from TypeScript sources every worker would otherwise compile the module graph again through tsx.
   */
  readonly workerScript?: string;
  /** Called after each file, in completion order. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Each file's result, in the order of `paths`, as soon as it and those before it are checked. */
  readonly onResult?: (result: CheckedFile, index: number) => void;
  /**
   * Whether the results are kept and returned (default true). false: only `onResult` sees them and the
   * array returned is empty, so memory stays flat however many files there are.
   */
  readonly keepResults?: boolean;
  /**
   * Whether the main thread checks files too, as one of the `jobs` lanes (default true): it is already
   * warm, and every worker pays seconds of start-up and JIT warm-up, so jobs 2 = main thread + 1 worker
   * beats 2 workers on a 2-CPU machine (bench/check.bench.ts). false: `jobs` workers, main thread idle.
   */
  readonly mainThreadChecks?: boolean;
}

/**
 * Checks the files, in parallel worker threads when there are enough of them to pay for starting the
 * workers; results come back in the order of `paths` whatever order they finish in.
 *
 * @example
 * const checked = await checkFiles(paths, NATIONAL_RULES, { jobs: 2 });
 */
export async function checkFiles(
  paths: readonly string[],
  options: ScoringOptions,
  {
    jobs,
    onProgress,
    onResult,
    keepResults = true,
    useStoredSettings = false,
    workerScript,
    mainThreadChecks = true,
  }: CheckFilesOptions,
): Promise<CheckedFile[]> {
  const lanes = Math.min(Math.max(1, Math.floor(jobs)), Math.floor(paths.length / 2));
  const check = (path: string): Promise<CheckedFile> => checkFileSafely(path, options, useStoredSettings);
  const output: Output = {
    keep: keepResults,
    ...(onResult ? { onResult } : {}),
    ...(onProgress ? { onProgress } : {}),
  };
  if (lanes <= 1) return checkSequentially(paths, check, output);
  const pool: Pool = {
    workers: mainThreadChecks ? lanes - 1 : lanes,
    mainThread: mainThreadChecks,
    ...(workerScript ? { script: workerScript } : {}),
  };
  return checkInWorkers(paths, { options, useStoredSettings }, check, pool, output);
}

/** Where results go: kept and returned, handed over in input order, counted for the progress bar. */
interface Output {
  readonly keep: boolean;
  readonly onResult?: (result: CheckedFile, index: number) => void;
  readonly onProgress?: (done: number, total: number) => void;
}

interface Pool {
  /** Worker threads to start. */
  readonly workers: number;
  /** The main thread checks files as well. */
  readonly mainThread: boolean;
  readonly script?: string;
}

async function checkSequentially(
  paths: readonly string[],
  check: (path: string) => Promise<CheckedFile>,
  { keep, onResult, onProgress }: Output,
): Promise<CheckedFile[]> {
  const results: CheckedFile[] = [];
  for (let i = 0; i < paths.length; i++) {
    const result = await check(paths[i] ?? "");
    if (keep) results.push(result);
    onResult?.(result, i);
    onProgress?.(i + 1, paths.length);
  }
  return results;
}

/** Most files sent to a worker in one message; fewer near the end so the workers finish together. */
const MAX_BATCH = 16;

/** What a worker receives once, at start-up (see checkWorker). */
export interface CheckWorkerData {
  readonly options: ScoringOptions;
  readonly useStoredSettings: boolean;
}

/** One message to a worker: files to check, with their positions in `paths`. */
export interface CheckBatch {
  readonly ids: readonly number[];
  readonly paths: readonly string[];
}

/** One message from a worker: the result of one file, sent as soon as it is checked. */
export interface CheckAnswer {
  readonly id: number;
  readonly result: CheckedFile;
}

function checkInWorkers(
  paths: readonly string[],
  rules: CheckWorkerData,
  check: (path: string) => Promise<CheckedFile>,
  pool: Pool,
  { keep, onResult, onProgress }: Output,
): Promise<CheckedFile[]> {
  const lanes = pool.workers + (pool.mainThread ? 1 : 0);
  return new Promise((resolvePromise) => {
    const total = paths.length;
    // Results that came back before those of earlier files; handed over (and dropped unless kept) in order.
    const results = new Array<CheckedFile | undefined>(total);
    const finished = new Uint8Array(total);
    const kept: CheckedFile[] = [];
    let handedOver = 0;
    // Files sent to each live worker and not answered yet.
    const owned = new Map<Worker, Set<number>>();
    let next = 0;
    let done = 0;
    const complete = (id: number, result: CheckedFile): void => {
      if (finished[id]) return;
      finished[id] = 1;
      results[id] = result;
      for (let ready = results[handedOver]; ready; ready = results[handedOver]) {
        results[handedOver] = undefined;
        if (keep) kept.push(ready);
        onResult?.(ready, handedOver);
        handedOver++;
      }
      done++;
      onProgress?.(done, total);
      if (done === total) {
        for (const w of owned.keys()) void w.terminate();
        owned.clear();
        resolvePromise(kept);
      }
    };
    // Guided batches: a share of what is left, so early messages are few and the last ones small.
    const feed = (worker: Worker): void => {
      const mine = owned.get(worker);
      if (!mine) return;
      // Two batches' worth queued in the worker, so it never waits for this thread between batches.
      while (next < total && mine.size < 2 * batchSize(total - next, lanes)) {
        const size = batchSize(total - next, lanes);
        const ids: number[] = [];
        const batchPaths: string[] = [];
        for (let k = 0; k < size && next < total; k++, next++) {
          ids.push(next);
          batchPaths.push(paths[next] ?? "");
          mine.add(next);
        }
        const batch: CheckBatch = { ids, paths: batchPaths };
        worker.postMessage(batch);
      }
    };
    // A worker that dies hands its files, and the rest if none is left, to the main thread.
    const takeOver = async (worker: Worker): Promise<void> => {
      const mine = owned.get(worker);
      if (!mine) return;
      owned.delete(worker);
      for (const id of mine) complete(id, await check(paths[id] ?? ""));
      while (owned.size === 0 && next < total) {
        const id = next++;
        complete(id, await check(paths[id] ?? ""));
      }
    };
    for (let i = 0; i < pool.workers; i++) {
      const worker = startWorker(pool.script, rules);
      owned.set(worker, new Set());
      worker.on("message", (answer: CheckAnswer) => {
        owned.get(worker)?.delete(answer.id);
        complete(answer.id, answer.result);
        feed(worker);
      });
      worker.on("error", () => void takeOver(worker));
      worker.on("exit", () => void takeOver(worker));
      feed(worker);
    }
    // The main thread takes one file at a time, so answers and new batches are handled in between.
    const mainLane = async (): Promise<void> => {
      while (next < total) {
        const id = next++;
        complete(id, await check(paths[id] ?? ""));
      }
    };
    if (pool.mainThread) void mainLane();
  });
}

function batchSize(left: number, workers: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.ceil(left / (workers * 4))));
}

/**
 * Whether this module runs as compiled JavaScript. From TypeScript sources (tsx) each worker compiles
 * the whole module graph again, which costs seconds: workers only pay off compiled or bundled.
 */
export function runsCompiled(): boolean {
  return extname(__filename) === ".js";
}

/** The worker script next to this file; from TypeScript sources it is loaded through tsx. */
function startWorker(script: string | undefined, workerData: CheckWorkerData): Worker {
  if (script) return new Worker(script, { workerData });
  const ext = extname(__filename);
  const file = join(__dirname, `checkWorker${ext}`);
  if (ext === ".ts") {
    return new Worker(`require("tsx/cjs"); require(${JSON.stringify(file)});`, { eval: true, workerData });
  }
  return new Worker(file, { workerData });
}
