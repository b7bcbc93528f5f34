import { availableParallelism } from "node:os";

/**
 * Files per extra lane (the main thread plus one worker) on a 2-CPU machine, measured for a whole run
 * of the command as shipped (fresh process, `--json`; `npm run bench -- check` with
 * PERF_BREAK_EVEN_MAX=6400): 2 jobs lost at 100–1,600 files, tied or lost at 3,200 (4.1 s against
 * 4.1–4.6 s) and won at 6,400 (7.4 s against 6.9 s). It was 800 with the slower check. On 2 CPUs no
 * core is free for a worker: one lane already keeps about 1.3 busy (its JIT compiles and collects
 * garbage on helper threads; CPU 3.0 s for 2.4 s of wall at 1,600 files).
 */
export const WORKER_BREAK_EVEN = 6400;

/**
 * Files per extra lane when at least one core is left free by the first lane (3 CPUs or more). Not
 * measured (this project's machines have 2 CPUs; see docs/smoke-test.md): estimated from the worker's
 * fixed cost, about 0.8 s of start-up and warm-up, against what a second lane saves at about 1 ms a
 * file, half the files — even from about 1,600 files.
 */
export const WORKER_BREAK_EVEN_FREE_CORE = 1600;

/**
 * How many lanes `check` uses when `--jobs` is not given: one, plus one more per break-even's worth of
 * files (WORKER_BREAK_EVEN on 2 CPUs, WORKER_BREAK_EVEN_FREE_CORE with more), never more than the cores
 * this process may use, and one when running from TypeScript sources (each worker would compile the
 * sources again; see runsCompiled).
 *
 * @example
 * defaultJobs(100, true, 2); // 1
 * defaultJobs(20000, true, 2); // 2
 * defaultJobs(5000, true, 8); // 4
 */
export function defaultJobs(files: number, compiled: boolean, cores = availableParallelism()): number {
  if (!compiled || cores < 2) return 1;
  const perLane = cores >= 3 ? WORKER_BREAK_EVEN_FREE_CORE : WORKER_BREAK_EVEN;
  return Math.max(1, Math.min(cores, 1 + Math.floor(files / perLane)));
}
