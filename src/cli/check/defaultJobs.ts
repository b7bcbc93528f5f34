import { availableParallelism } from "node:os";

/**
 * Files from which a second lane (the main thread plus one worker) wins on wall time. Measured with the
 * lean reader by `npm run bench -- check` (worker break-even, 2 CPUs): 2 jobs lost at 25–400 files and won
 * at 800. A worker costs ~0.4–0.6 CPU-s of start-up and JIT warm-up while a file costs ~1.7 ms to check,
 * so on two free cores one worker pays for itself from about 700 files.
 */
export const WORKER_BREAK_EVEN = 800;

/**
 * How many lanes `check` uses when `--jobs` is not given: one, plus one more per WORKER_BREAK_EVEN files,
 * never more than the cores this process may use, and one when running from TypeScript sources (each
 * worker would compile the sources again; see runsCompiled).
 *
 * @example
 * defaultJobs(100, true, 2); // 1
 * defaultJobs(2000, true, 8); // 3
 */
export function defaultJobs(files: number, compiled: boolean, cores = availableParallelism()): number {
  if (!compiled || cores < 2) return 1;
  return Math.max(1, Math.min(cores, 1 + Math.floor(files / WORKER_BREAK_EVEN)));
}
