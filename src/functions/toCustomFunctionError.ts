/**
 * The one place where a problem found by the core becomes an Excel error value. Only #VALUE! and #N/A
 * show a custom text in Excel, so every problem with something to say maps onto one of those two;
 * #DIV/0! is kept for a budget of 0, where Excel users expect it.
 */
import { formatIssue, type MessageRef } from "../core/messages";

/** Which Excel error a problem stands for (the core's `CellErrorKind`). */
type FunctionErrorKind = "DIV0" | "VALUE" | "NA";

/** The part of a core issue (target, scoring or function argument) that the mapping needs. */
export type FunctionIssue = MessageRef & { readonly error?: FunctionErrorKind };

/**
 * Turns an issue into the CustomFunctions.Error Excel shows, with the Chinese message.
 *
 * @example
 * throw toCustomFunctionError({ code: "BUDGET_ZERO", error: "DIV0" }); // #DIV/0!
 * throw toCustomFunctionError({ code: "FN_TARGET_EMPTY", error: "NA" }); // #N/A 指标值为空。
 */
export function toCustomFunctionError(issue: FunctionIssue): CustomFunctions.Error {
  const codes = CustomFunctions.ErrorCode;
  if (issue.error === "DIV0") return new CustomFunctions.Error(codes.divisionByZero);
  const message = formatIssue(issue, "zh-CN");
  const code = issue.error === "NA" ? codes.notAvailable : codes.invalidValue;
  return new CustomFunctions.Error(code, message);
}

/** Whether `value` is an error the functions raised on purpose (as opposed to a bug). */
function isCustomFunctionError(value: unknown): value is CustomFunctions.Error {
  return (
    typeof CustomFunctions !== "undefined" &&
    typeof CustomFunctions.Error === "function" &&
    value instanceof CustomFunctions.Error
  );
}

/**
 * Runs one worksheet function so that nothing but a CustomFunctions.Error can leave it: a bug becomes
 * #VALUE! with FN_INTERNAL, and a non-finite number (NaN, Infinity) is never handed to a cell.
 */
export function runSafely<T>(body: () => T): T {
  let result: T;
  try {
    result = body();
  } catch (error) {
    if (isCustomFunctionError(error)) throw error;
    throw toCustomFunctionError({ code: "FN_INTERNAL", error: "VALUE", params: { detail: describe(error) } });
  }
  if (typeof result === "number" && !Number.isFinite(result)) {
    throw toCustomFunctionError({
      code: "FN_RESULT_NOT_FINITE",
      error: "VALUE",
      params: { value: String(result) },
    });
  }
  return result;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
