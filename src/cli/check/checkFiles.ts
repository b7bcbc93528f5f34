import { statSync } from "node:fs";
import { extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ScoringOptions } from "../../core/scoring/options";
import type { CheckedFile } from "../../check/checkedFile";
import { DEFAULT_MAX_BYTES } from "../xlsx/loadWorkbookBytes";
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
  /** Memory budget of each worker's heap, in MB (default {@link WORKER_MEMORY_MB}). */
  readonly workerMemoryMb?: number;
  /**
   * Files at least this large are checked in a worker even on one lane (default {@link ISOLATE_BYTES}),
   * so a file that still blows up costs only itself (see docs/architecture.md §4.5).
   */
  readonly isolateBytes?: number;
}

/**
 * A worker's old-generation heap budget: an exceljs read of the largest package the guard lets through
 * stays well below it; a worker that passes it dies alone (ERR_WORKER_OUT_OF_MEMORY) and is replaced.
 */
const WORKER_MEMORY_MB = 768;

/**
 * On the one-lane path, files from this size on go to an isolated worker. Smaller packages are
 * bounded by guardPackage's caps in the main thread; a worker's start-up would cost more than they do.
 */
const ISOLATE_BYTES = 512 * 1024;

/**
 * Checks the files, in parallel worker threads when there are enough of them to pay for starting the
 * workers; results come back in the order of `paths` whatever order they finish in. A worker that dies
 * or passes its memory budget while checking a file costs only that file (WORKBOOK_CHECK_CRASHED); it
 * is replaced and the run goes on.
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
    workerMemoryMb = WORKER_MEMORY_MB,
    isolateBytes = ISOLATE_BYTES,
  }: CheckFilesOptions,
): Promise<CheckedFile[]> {
  const lanes = Math.min(Math.max(1, Math.floor(jobs)), Math.floor(paths.length / 2));
  const check = (path: string): Promise<CheckedFile> => checkFileSafely(path, options, useStoredSettings);
  const rules: CheckWorkerData = { options, useStoredSettings };
  const script = workerScript ? { script: workerScript } : {};
  const output = inOrder(paths.length, {
    keep: keepResults,
    ...(onResult ? { onResult } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  if (lanes <= 1) {
    // One lane: the main thread, except for large files, which go to one isolated worker.
    // Only regular files the reader will read: a FIFO, a device or a sparse 2 GB file is refused unread.
    // One at a time and synchronously: 20,000 stat calls in flight at once held about 20 MB, enough to
    // set V8's first heap limit, and so the run's peak memory, by the number of files.
    const sizes = paths.map((path) => {
      try {
        const s = statSync(path);
        return s.isFile() && s.size <= DEFAULT_MAX_BYTES ? s.size : 0;
      } catch {
        return 0;
      }
    });
    const ids = paths.map((_, i) => i);
    const large = ids.filter((i) => (sizes[i] ?? 0) >= isolateBytes);
    const small = ids.filter((i) => (sizes[i] ?? 0) < isolateBytes);
    const pool: Pool = { workers: 1, mainThread: false, memoryMb: workerMemoryMb, ...script };
    await Promise.all([
      large.length > 0
        ? checkInWorkers(
            large.map((i) => paths[i] ?? ""),
            rules,
            check,
            pool,
            (id, result) => output.add(large[id] ?? 0, result),
          )
        : Promise.resolve(),
      checkSequentially(small, paths, check, output),
    ]);
    return output.kept;
  }
  const pool: Pool = {
    workers: mainThreadChecks ? lanes - 1 : lanes,
    mainThread: mainThreadChecks,
    memoryMb: workerMemoryMb,
    ...script,
  };
  await checkInWorkers(paths, rules, check, pool, (id, result) => output.add(id, result));
  return output.kept;
}

/** Where results go: kept and returned, handed over in input order, counted for the progress bar. */
interface Output {
  readonly keep: boolean;
  readonly onResult?: (result: CheckedFile, index: number) => void;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Takes results in completion order and hands them over in input order: a result waits only until
 * those of earlier files are in, then is dropped unless kept.
 */
function inOrder(
  total: number,
  { keep, onResult, onProgress }: Output,
): { add: (id: number, result: CheckedFile) => void; readonly kept: CheckedFile[] } {
  const waiting = new Array<CheckedFile | undefined>(total);
  const kept: CheckedFile[] = [];
  let handedOver = 0;
  let done = 0;
  const add = (id: number, result: CheckedFile): void => {
    waiting[id] = result;
    for (let ready = waiting[handedOver]; ready; ready = waiting[handedOver]) {
      waiting[handedOver] = undefined;
      if (keep) kept.push(ready);
      onResult?.(ready, handedOver);
      handedOver++;
    }
    done++;
    onProgress?.(done, total);
  };
  return { add, kept };
}

interface Pool {
  /** Worker threads to start. */
  readonly workers: number;
  /** The main thread checks files as well. */
  readonly mainThread: boolean;
  /** Each worker's heap budget (resourceLimits.maxOldGenerationSizeMb). */
  readonly memoryMb: number;
  readonly script?: string;
}

async function checkSequentially(
  ids: readonly number[],
  paths: readonly string[],
  check: (path: string) => Promise<CheckedFile>,
  output: { add: (id: number, result: CheckedFile) => void },
): Promise<void> {
  for (const id of ids) {
    output.add(id, await check(paths[id] ?? ""));
    // Files are read synchronously: a turn of the event loop after each lets what was written to a
    // pipe (the --json report into `| jq`) go out, instead of piling up until the run ends.
    await new Promise((next) => setImmediate(next));
  }
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

/**
 * One message from a worker: `started` before it reads a file (so a worker that dies is known to have
 * died on that file), then the result of that file as soon as it is checked.
 */
export type CheckAnswer =
  { readonly started: number } | { readonly id: number; readonly result: CheckedFile };

/** A worker and what it holds: files sent and not answered, the one being checked, whether it ran. */
interface Lane {
  readonly owned: Set<number>;
  current: number | undefined;
  /** It said it started a file: it loaded, so a death is the file's fault, not the script's. */
  ran: boolean;
}

function checkInWorkers(
  paths: readonly string[],
  rules: CheckWorkerData,
  check: (path: string) => Promise<CheckedFile>,
  pool: Pool,
  emit: (id: number, result: CheckedFile) => void,
): Promise<void> {
  const lanes = pool.workers + (pool.mainThread ? 1 : 0);
  return new Promise((resolvePromise) => {
    const total = paths.length;
    // Which files have their result (handed to `emit`, which keeps or drops it).
    const finished = new Uint8Array(total);
    const live = new Map<Worker, Lane>();
    // Files handed back by a worker that died on another file: checked before the rest.
    const again: number[] = [];
    let next = 0;
    let done = 0;
    // Replacements are bounded: a worker that keeps dying cannot loop the run.
    let replacements = total;
    const take = (): number | undefined =>
      again.length > 0 ? again.shift() : next < total ? next++ : undefined;
    const left = (): number => again.length + (total - next);
    const complete = (id: number, result: CheckedFile): void => {
      if (finished[id]) return;
      finished[id] = 1;
      emit(id, result);
      done++;
      if (done === total) {
        for (const w of live.keys()) void w.terminate();
        live.clear();
        resolvePromise();
      }
    };
    // Guided batches: a share of what is left, so early messages are few and the last ones small.
    const feed = (worker: Worker): void => {
      const lane = live.get(worker);
      if (!lane) return;
      // Two batches' worth queued in the worker, so it never waits for this thread between batches.
      while (left() > 0 && lane.owned.size < 2 * batchSize(left(), lanes)) {
        const size = batchSize(left(), lanes);
        const ids: number[] = [];
        const batchPaths: string[] = [];
        for (let id = take(); id !== undefined; id = ids.length < size ? take() : undefined) {
          ids.push(id);
          batchPaths.push(paths[id] ?? "");
          lane.owned.add(id);
        }
        const batch: CheckBatch = { ids, paths: batchPaths };
        worker.postMessage(batch);
      }
    };
    const mainLane = async (): Promise<void> => {
      for (let id = take(); id !== undefined; id = take()) {
        complete(id, await check(paths[id] ?? ""));
        // Files are read synchronously: the workers' answers (and their next batches) wait for a turn.
        await new Promise((next) => setImmediate(next));
      }
    };
    // A worker that dies on a file: that file is reported, the others it held go to a replacement. One
    // that never ran (cannot start) hands its files, and the rest if no worker is left, to the main thread.
    const onDeath = (worker: Worker, reason: string): void => {
      const lane = live.get(worker);
      if (!lane) return;
      live.delete(worker);
      const { current } = lane;
      if (current !== undefined && !finished[current]) {
        const path = paths[current] ?? "";
        complete(current, {
          path,
          error: { code: "WORKBOOK_CHECK_CRASHED", params: { path, reason } },
          tables: [],
        });
      }
      again.unshift(...[...lane.owned].filter((id) => id !== current && !finished[id]));
      if (done === total) return;
      if (lane.ran && replacements-- > 0) {
        spawn();
        return;
      }
      if (live.size === 0) void mainLane();
    };
    const spawn = (): void => {
      const worker = startWorker(pool.script, rules, pool.memoryMb);
      const lane: Lane = { owned: new Set(), current: undefined, ran: false };
      live.set(worker, lane);
      worker.on("message", (answer: CheckAnswer) => {
        if ("started" in answer) {
          lane.ran = true;
          lane.current = answer.started;
          return;
        }
        lane.owned.delete(answer.id);
        lane.current = undefined;
        complete(answer.id, answer.result);
        feed(worker);
      });
      worker.on("error", (error: Error & { code?: string }) => onDeath(worker, error.code ?? error.message));
      worker.on("exit", (code) => onDeath(worker, `exit code ${code}`));
      feed(worker);
    };
    for (let i = 0; i < pool.workers; i++) spawn();
    // The main thread takes one file at a time, so answers and new batches are handled in between.
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
function startWorker(script: string | undefined, workerData: CheckWorkerData, memoryMb: number): Worker {
  // The heap budget: a file that passes it kills this worker only (ERR_WORKER_OUT_OF_MEMORY).
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb };
  if (script) return new Worker(script, { workerData, resourceLimits });
  const ext = extname(__filename);
  const file = join(__dirname, `checkWorker${ext}`);
  if (ext === ".ts") {
    return new Worker(`require("tsx/cjs"); require(${JSON.stringify(file)});`, {
      eval: true,
      workerData,
      resourceLimits,
    });
  }
  return new Worker(file, { workerData, resourceLimits });
}
