import { extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ScoringOptions } from "../../core/scoring/options";
import type { CheckedFile } from "./checkFile";
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
  { jobs, onProgress, useStoredSettings = false, workerScript }: CheckFilesOptions,
): Promise<CheckedFile[]> {
  const workers = Math.min(Math.max(1, Math.floor(jobs)), Math.floor(paths.length / 2));
  const check = (path: string): Promise<CheckedFile> => checkFileSafely(path, options, useStoredSettings);
  if (workers <= 1) return checkSequentially(paths, check, onProgress);
  return checkInWorkers(paths, { options, useStoredSettings }, check, workers, workerScript, onProgress);
}

async function checkSequentially(
  paths: readonly string[],
  check: (path: string) => Promise<CheckedFile>,
  onProgress?: (done: number, total: number) => void,
): Promise<CheckedFile[]> {
  const results: CheckedFile[] = [];
  for (const path of paths) {
    results.push(await check(path));
    onProgress?.(results.length, paths.length);
  }
  return results;
}

function checkInWorkers(
  paths: readonly string[],
  rules: { readonly options: ScoringOptions; readonly useStoredSettings: boolean },
  check: (path: string) => Promise<CheckedFile>,
  count: number,
  workerScript: string | undefined,
  onProgress?: (done: number, total: number) => void,
): Promise<CheckedFile[]> {
  return new Promise((resolvePromise) => {
    const total = paths.length;
    const results: (CheckedFile | undefined)[] = new Array(total);
    const inFlight = new Map<Worker, number>();
    const alive = new Set<Worker>();
    let next = 0;
    let done = 0;
    const complete = (id: number, result: CheckedFile): void => {
      results[id] = result;
      done++;
      onProgress?.(done, total);
      if (done === total) {
        for (const w of alive) void w.terminate();
        resolvePromise(results as CheckedFile[]);
      }
    };
    const feed = (worker: Worker): void => {
      if (next >= total) return;
      const id = next++;
      inFlight.set(worker, id);
      worker.postMessage({ id, path: paths[id], ...rules });
    };
    // A worker that dies hands its file, and the rest if none is left, to the main thread.
    const takeOver = async (worker: Worker): Promise<void> => {
      alive.delete(worker);
      const id = inFlight.get(worker);
      inFlight.delete(worker);
      if (id !== undefined) complete(id, await check(paths[id] ?? ""));
      while (alive.size === 0 && next < total) {
        const j = next++;
        complete(j, await check(paths[j] ?? ""));
      }
    };
    for (let i = 0; i < count; i++) {
      const worker = startWorker(workerScript);
      alive.add(worker);
      worker.on("message", (msg: { id: number; result: CheckedFile }) => {
        inFlight.delete(worker);
        complete(msg.id, msg.result);
        feed(worker);
      });
      worker.on("error", () => void takeOver(worker));
      feed(worker);
    }
  });
}

/**
 * Whether this module runs as compiled JavaScript. From TypeScript sources (tsx) each worker compiles
 * the whole module graph again, which costs seconds: workers only pay off compiled or bundled.
 */
export function runsCompiled(): boolean {
  return extname(__filename) === ".js";
}

/** The worker script next to this file; from TypeScript sources it is loaded through tsx. */
function startWorker(script?: string): Worker {
  if (script) return new Worker(script);
  const ext = extname(__filename);
  const file = join(__dirname, `checkWorker${ext}`);
  if (ext === ".ts") {
    return new Worker(`require("tsx/cjs"); require(${JSON.stringify(file)});`, { eval: true });
  }
  return new Worker(file);
}
