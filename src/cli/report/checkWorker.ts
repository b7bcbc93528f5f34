/**
 * Worker thread entry of `check`: receives { id, path, options }, answers { id, result }.
 * Started by {@link checkFiles}; never imported by anything else.
 */
import { parentPort } from "node:worker_threads";
import type { ScoringOptions } from "../../core/scoring/options";
import { checkFileSafely } from "./checkFileSafely";

interface Job {
  readonly id: number;
  readonly path: string;
  readonly options: ScoringOptions;
  readonly useStoredSettings: boolean;
}

parentPort?.on("message", (job: Job) => {
  void checkFileSafely(job.path, job.options, job.useStoredSettings).then((result) =>
    parentPort?.postMessage({ id: job.id, result }),
  );
});
