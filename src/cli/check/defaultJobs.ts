import { availableParallelism } from "node:os";

/**
 * Files from which a second lane (the main thread plus one worker) wins on wall time, for a whole run
 * of the command as shipped (fresh process, `--json`, 2 CPUs; `npm run bench -- check` with
 * PERF_BREAK_EVEN_MAX=6400). Since the check got cheaper (about 1 ms a file warm) the worker's fixed
 * cost (start-up and JIT warm-up, ~0.5 CPU-s) and the copying of every result to the main thread
 * weigh more: 2 jobs lost at 100–1,600 files, tied or lost at 3,200 (4.1 s against 4.1–4.6 s) and
 * won at 6,400 (7.4 s against 6.9 s). It was 800 with the slower check.
 */
export const WORKER_BREAK_EVEN = 6400;

/**
 * How many lanes `check` uses when `--jobs` is not given: one, plus one more per WORKER_BREAK_EVEN files,
 * never more than the cores this process may use, and one when running from TypeScript sources (each
 * worker would compile the sources again; see runsCompiled).
 *
 * @example
 * defaultJobs(100, true, 2); // 1
 * defaultJobs(20000, true, 8); // 4
 */
export function defaultJobs(files: number, compiled: boolean, cores = availableParallelism()): number {
  if (!compiled || cores < 2) return 1;
  return Math.max(1, Math.min(cores, 1 + Math.floor(files / WORKER_BREAK_EVEN)));
}
