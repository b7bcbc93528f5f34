/**
 * Building blocks of the portable formulas (docs/architecture.md §5.1): pieces of formula text that use
 * only functions Excel 2010+, WPS 表格 and LibreOffice Calc evaluate alike — no LET, LAMBDA, REGEX,
 * TEXTBEFORE, dynamic arrays or `_xlfn.` names, no LOOKUP (HyperFormula lacks it), and array constants
 * only where every engine evaluates them without Ctrl+Shift+Enter (MIN/FIND, SUMPRODUCT).
 */

/** What a portable cell shows where a built-in formula cannot decide: never a wrong number. */
export const PORTABLE_MARK = "需核对";

/** First text of the hidden helper header: tells `check` that a sheet carries portable helpers. */
export const PORTABLE_SIGNATURE = "PerfTables通用公式v2";

/**
 * `make` run once, on first use: the word and unit lists (and their array constants) are the same for
 * every row, and `check` rebuilds a portable sheet's row formulas to compare them.
 *
 * @example
 * const units = cached(() => arrayOf(listUnits())); units() === units(); // one string, built once
 */
export function cached<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** A formula string literal. */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** An inline array constant of strings or numbers: {"a","b"} / {1,2}. */
export function arrayOf(items: readonly (string | number)[]): string {
  return `{${items.map((item) => (typeof item === "number" ? String(item) : quote(item))).join(",")}}`;
}

/**
 * The lengths of `items` as an array constant: what LEN({…}) gives, in fewer characters (a portable row
 * repeats its word and unit lists many times).
 *
 * @example
 * lengthsOf(["以上", "内"]); // "{2,1}"
 */
export function lengthsOf(items: readonly string[]): string {
  return arrayOf(items.map((item) => item.length));
}

/**
 * Nested SUBSTITUTE, innermost pair first (`from` already quoted; CHAR() codes stay unquoted on both
 * sides: HyperFormula reads neither "" nor a string ending in a backslash).
 */
export function substituteAll(expr: string, pairs: readonly (readonly [string, string])[]): string {
  return pairs.reduce(
    (inner, [from, to]) => `SUBSTITUTE(${inner},${from},${to.startsWith("CHAR(") ? to : quote(to)})`,
    expr,
  );
}

/** Plain characters to pairs quoted for substituteAll (CHAR() codes stay unquoted). */
export function quotedPairs(list: readonly (readonly [string, string])[]): (readonly [string, string])[] {
  return list.map(([from, to]) => [from.startsWith("CHAR(") ? from : quote(from), to]);
}

/** Whitespace a value may hold (a wrapped cell's line breaks included): all of it goes. */
export const SPACES: readonly (readonly [string, string])[] = [
  [" ", ""],
  ["　", ""],
  ["CHAR(10)", ""],
  ["CHAR(13)", ""],
  ["CHAR(9)", ""],
];

/** Restatement text (scoreQualitative's normalise): whitespace and 。.，,、；;！! removed. */
export function restateExpr(ref: string): string {
  const marks = ["。", ".", "，", ",", "、", "；", ";", "！", "!"].map((m): [string, string] => [m, ""]);
  return substituteAll(`${ref}&""`, quotedPairs([...SPACES, ...marks]));
}

/** Half up to 2 decimals of the exact decimal value: the relative nudge decides a half cent (see domain.md §9). */
export function round2Expr(expr: string): string {
  return `ROUND((${expr})*1.0000000000001,2)`;
}
