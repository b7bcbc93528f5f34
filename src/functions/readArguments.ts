/**
 * Reading worksheet arguments. Parameters are declared as unions (metadata type "any"), so Excel hands
 * over what the cell holds: a number, text, a boolean, or null for an omitted optional argument or an
 * empty cell. Each reader returns a plain value or throws the CustomFunctions.Error to show.
 */
import { displayText } from "../core/cells";
import { foldWidth } from "../core/cells";
import { toCustomFunctionError } from "./toCustomFunctionError";

/** What a scalar worksheet argument can be. */
export type ArgumentValue = string | number | boolean | null | undefined;

/** A range argument (dimensionality "matrix"), or a scalar that Excel wrapped into one. */
export type MatrixArgument = ArgumentValue[][] | ArgumentValue;

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads a number. Text that is a plain number ("17.50", "1,234.5", full-width digits) is accepted
 * because imported tables often keep amounts as text; anything else is #VALUE! with FN_NOT_A_NUMBER.
 * Returns null for null/"" when `optional`, else #N/A with FN_MISSING_ARGUMENT.
 *
 * @example
 * readNumber("17.50", "budget"); // 17.5
 */
export function readNumber(value: unknown, param: string, optional = false): number | null {
  value = toPlainValue(value, param);
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
    if (optional) return null;
    throw toCustomFunctionError({ code: "FN_MISSING_ARGUMENT", error: "NA", params: { param } });
  }
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string") {
    const text = foldWidth(value).trim().replace(/,/g, "");
    if (PLAIN_NUMBER.test(text)) {
      const n = Number(text);
      if (Number.isFinite(n)) return n;
    }
  }
  throw toCustomFunctionError({
    code: "FN_NOT_A_NUMBER",
    error: "VALUE",
    params: { param, value: displayText(value) },
  });
}

/** Like {@link readNumber} for a required argument. */
export function readRequiredNumber(value: unknown, param: string): number {
  return readNumber(value, param, false) as number;
}

/**
 * Reads a target or actual value for the target parser: text or a number as given, null when empty.
 * A boolean is neither and gives #VALUE!.
 */
export function readValueText(value: unknown, param: string): string | number | null {
  value = toPlainValue(value, param);
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
  } else if (typeof value === "string") {
    return value;
  }
  throw toCustomFunctionError({
    code: "FN_NOT_A_NUMBER",
    error: "VALUE",
    params: { param, value: displayText(value) },
  });
}

/** Reads optional text (null/"" → null); numbers are turned into their text. */
export function readOptionalText(value: unknown, param: string): string | null {
  value = toPlainValue(value, param);
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw toCustomFunctionError({
    code: "FN_NOT_A_NUMBER",
    error: "VALUE",
    params: { param, value: displayText(value) },
  });
}

/**
 * A matrix argument that is really one value (Excel wraps a typed scalar into [[x]]) comes back as that
 * value; a real range comes back as it is.
 */
export function unwrapSingleCell(value: MatrixArgument): unknown {
  if (Array.isArray(value) && value.length === 1) {
    const row = value[0];
    if (Array.isArray(row) && row.length === 1) return row[0];
  }
  return value;
}

/**
 * Parameters of type "any" may receive Excel's rich cell values (`{ type, basicValue }`, e.g. a linked
 * data type); they are read by their basic value. Excel does not pass error values to custom functions,
 * but other hosts (tests, HyperFormula) might: those become #VALUE! with FN_ERROR_ARGUMENT.
 */
function toPlainValue(value: unknown, param: string): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const rich = value as { type?: unknown; basicValue?: unknown; error?: unknown; code?: unknown };
  const basic = rich.basicValue;
  if (
    rich.type !== "Error" &&
    (typeof basic === "string" || typeof basic === "number" || typeof basic === "boolean")
  ) {
    return basic;
  }
  const error = rich.error ?? rich.code ?? (rich.type === "Error" ? basic : undefined);
  throw toCustomFunctionError({
    code: "FN_ERROR_ARGUMENT",
    error: "VALUE",
    params: { param, value: typeof error === "string" ? error : "#VALUE!" },
  });
}
