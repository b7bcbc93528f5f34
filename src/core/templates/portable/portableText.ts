/**
 * Building blocks of the portable formulas (docs/architecture.md §5.1): pieces of formula text that use
 * only functions Excel 2010+, WPS 表格 and LibreOffice Calc evaluate alike — no LET, LAMBDA, REGEX,
 * TEXTBEFORE, dynamic arrays or `_xlfn.` names, no LOOKUP (HyperFormula lacks it), and array constants
 * only where every engine evaluates them without Ctrl+Shift+Enter (MIN/FIND, SUMPRODUCT).
 */

/** What a portable cell shows where a built-in formula cannot decide: never a wrong number. */
export const PORTABLE_MARK = "需核对";

/** First text of the hidden helper header: tells `check` that a sheet carries portable helpers. */
export const PORTABLE_SIGNATURE = "PerfTables通用公式v1";

/** A formula string literal. */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** An inline array constant of strings or numbers: {"a","b"} / {1,2}. */
export function arrayOf(items: readonly (string | number)[]): string {
  return `{${items.map((item) => (typeof item === "number" ? String(item) : quote(item))).join(",")}}`;
}

/** Nested SUBSTITUTE, innermost pair first. */
function substituteAll(expr: string, pairs: readonly (readonly [string, string])[]): string {
  return pairs.reduce((inner, [from, to]) => `SUBSTITUTE(${inner},${from},${quote(to)})`, expr);
}

/** Plain characters to pairs quoted for substituteAll (CHAR() codes stay unquoted). */
function pairs(list: readonly (readonly [string, string])[]): (readonly [string, string])[] {
  return list.map(([from, to]) => [from.startsWith("CHAR(") ? from : quote(from), to]);
}

const WIDTHS: readonly (readonly [string, string])[] = [
  ...Array.from({ length: 10 }, (_, d): [string, string] => [String.fromCharCode(0xff10 + d), String(d)]),
  ["．", "."],
  ["％", "%"],
  ["（", "("],
  ["）", ")"],
  ["＞", ">"],
  ["＜", "<"],
  ["＝", "="],
  ["≧", "≥"],
  ["⩾", "≥"],
  ["≽", "≥"],
  ["≦", "≤"],
  ["⩽", "≤"],
  ["≼", "≤"],
  ["═", "="],
  ["⩵", "="],
  ["〓", "="],
  ["〈", "<"],
  ["‹", "<"],
  ["〉", ">"],
  ["›", ">"],
  ["【", "("],
  ["】", ")"],
  ["［", "("],
  ["］", ")"],
];

const SPACES: readonly (readonly [string, string])[] = [
  [" ", ""],
  ["　", ""],
  ["CHAR(10)", ""],
  ["CHAR(13)", ""],
  ["CHAR(9)", ""],
];

/**
 * The cell's text with whitespace removed and the full-width digits, signs and brackets folded, as
 * normaliseTargetText does for the characters a table uses.
 *
 * @example
 * normaliseExpr("D13"); // 'SUBSTITUTE(SUBSTITUTE(…D13&"" …'
 */
export function normaliseExpr(ref: string): string {
  return substituteAll(`${ref}&""`, pairs([...SPACES, ...WIDTHS]));
}

/** Restatement text (scoreQualitative's normalise): whitespace and 。.，,、；;！! removed. */
export function restateExpr(ref: string): string {
  const marks = ["。", ".", "，", ",", "、", "；", ";", "！", "!"].map((m): [string, string] => [m, ""]);
  return substituteAll(`${ref}&""`, pairs([...SPACES, ...marks]));
}

/** Half up to 2 decimals of the exact decimal value: the relative nudge decides a half cent (see domain.md §9). */
export function round2Expr(expr: string): string {
  return `ROUND((${expr})*1.0000000000001,2)`;
}

/** Position of the first digit (LEN+1 when none). */
export function firstDigitExpr(text: string): string {
  return `MIN(FIND({0,1,2,3,4,5,6,7,8,9},${text}&"0123456789"))`;
}

/**
 * Length of the run of digits and dots at the start of `text`, without arrays: every digit and dot
 * becomes a space, and the first character TRIM leaves is found again.
 */
export function runLengthExpr(text: string): string {
  const blanks = substituteAll(text, pairs([..."0123456789."].map((c): [string, string] => [c, " "])));
  return `FIND(LEFT(TRIM(${blanks})&"#",1),${blanks}&"#")-1`;
}
