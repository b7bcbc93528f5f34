import type { MessageRef } from "../../core/messages";

/**
 * A refusal with a message of its own (an adapter's `{ ok: false, code, params }`): the status line
 * shows the catalogue text of its code instead of a generic failure.
 */
export class PaneError extends Error {
  /** The code and params of the message to show. */
  readonly refusal: MessageRef;

  constructor(refusal: MessageRef) {
    super(refusal.code);
    this.name = "PaneError";
    // Only the message: a Refusal's `ok` is not part of what is shown.
    this.refusal = (
      refusal.params === undefined ? { code: refusal.code } : { code: refusal.code, params: refusal.params }
    ) as MessageRef;
  }
}
