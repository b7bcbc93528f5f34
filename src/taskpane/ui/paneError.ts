/**
 * A refusal with a message of its own (an adapter's `{ ok: false, code, params }`): the status line
 * shows the catalogue text of `code` instead of a generic failure.
 */
export class PaneError extends Error {
  constructor(
    readonly messageCode: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(messageCode);
    this.name = "PaneError";
  }
}
