/**
 * A small stand-in for the `CustomFunctions` global that Excel's custom-functions runtime provides
 * (Error and ErrorCode only: the PERF functions use nothing else). Importing this module installs it
 * once on globalThis, so src/functions can be called from jest and from the HyperFormula plugin.
 */

/** The error codes with the texts Excel shows (values of CustomFunctions.ErrorCode). */
export const FAKE_ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type FakeErrorCode = (typeof FAKE_ERROR_CODES)[keyof typeof FAKE_ERROR_CODES];

/** Same shape as CustomFunctions.Error: `code` and an optional `message`. */
export class FakeCustomFunctionsError {
  readonly code: FakeErrorCode;
  readonly message: string | undefined;

  constructor(code: FakeErrorCode, message?: string) {
    // Excel rejects a custom message on codes other than #VALUE! and #N/A; mirror that so it is caught.
    if (message !== undefined && code !== "#VALUE!" && code !== "#N/A") {
      throw new TypeError(`CustomFunctions.Error: ${code} cannot carry a message`);
    }
    this.code = code;
    this.message = message;
  }
}

/** Installs the fake unless a `CustomFunctions` global already exists; returns what is installed. */
function installCustomFunctionsFake(): typeof CustomFunctions {
  const scope = globalThis as { CustomFunctions?: unknown };
  if (scope.CustomFunctions === undefined) {
    scope.CustomFunctions = { Error: FakeCustomFunctionsError, ErrorCode: FAKE_ERROR_CODES };
  }
  return scope.CustomFunctions as typeof CustomFunctions;
}

installCustomFunctionsFake();
