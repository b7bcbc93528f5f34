/**
 * Worker thread entry of `check`: gets the rules once (workerData), then batches of { ids, paths };
 * says { started: id } before each file and answers { id, result } as soon as it is checked, in the
 * order received.
 * Started by {@link checkFiles}; never imported by anything else.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { CheckAnswer, CheckBatch, CheckWorkerData } from "./checkFiles";
import { checkFileSafely } from "./checkFileSafely";

const rules = workerData as CheckWorkerData;
const queue: CheckBatch[] = [];
let draining = false;

async function drain(): Promise<void> {
  draining = true;
  for (let batch = queue.shift(); batch; batch = queue.shift()) {
    for (let k = 0; k < batch.ids.length; k++) {
      const id = batch.ids[k] ?? -1;
      // Said first, so a death while reading this file is charged to this file alone.
      parentPort?.postMessage({ started: id } satisfies CheckAnswer);
      const result = await checkFileSafely(batch.paths[k] ?? "", rules.options, rules.useStoredSettings);
      const answer: CheckAnswer = { id, result };
      parentPort?.postMessage(answer);
    }
  }
  draining = false;
}

parentPort?.on("message", (batch: CheckBatch) => {
  queue.push(batch);
  if (!draining) void drain();
});
