/**
 * The review page's worker: reads and checks one submission per message, off the page's thread, so a
 * folder of a thousand workbooks never freezes the page. Created by review.ts with
 * `new Worker(new URL("./reviewWorker.ts", import.meta.url))`; webpack bundles it on its own.
 */
import { optionsFromPresets } from "../core/settings/rulePresets";
import { messageRef } from "../core/messages";
import { checkSubmission } from "./checkSubmission";
import type { CheckRequest, CheckResponse } from "./reviewProtocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckResponse): void;
};

scope.onmessage = (event) => void answer(event.data);

async function answer(request: CheckRequest): Promise<void> {
  const { index, file, name, rules, useStoredSettings } = request;
  let response: CheckResponse;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { options } = optionsFromPresets(rules);
    response = { index, result: await checkSubmission(bytes, name, options, useStoredSettings) };
  } catch (error) {
    // A file the browser cannot even hand over (moved, unreadable): that file's error, never the batch's.
    const detail = String((error as Error)?.message ?? error);
    response = { index, result: { path: name, error: messageRef("REVIEW_CRASHED", { detail }), tables: [] } };
  }
  scope.postMessage(response);
}
