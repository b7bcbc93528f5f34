import { displayText } from "../cells/displayText";
import { normaliseTargetText } from "./normaliseTargetText";
import {
  MAX_TARGET_MAGNITUDE,
  MIN_TARGET_MAGNITUDE,
  readClause,
  type Clause,
  type NumberClause,
  type RangeClause,
} from "./readClause";
import { isPlainChinese } from "./isPlainChinese";
import { remember } from "../remember";
import { readCommonClause } from "./readCommonClause";
import { readOutcome } from "./readOutcome";
import { splitClauses } from "./splitClauses";
import { formatTarget } from "./formatTarget";
import { suggestQualitative } from "./suggestQualitative";
import { suggestUnit } from "./suggestUnit";
import { isKnownUnit } from "./units";
import type {
  ParsedTarget,
  QualitativeTarget,
  QuantitativeTarget,
  RangeTarget,
  TargetContext,
  TargetIssue,
  TargetMessageCode,
} from "./types";
import { makeIssue, type ParamsArgs, type Severity } from "../messages/issue";

/** Cell contents that mean "nothing here" in published tables. */
const EMPTY_MARKERS = new Set([
  "",
  "-",
  "--",
  "---",
  "/",
  "\\",
  "无",
  "空",
  "暂无",
  "n/a",
  "na",
  "null",
  "不适用",
  "不涉及",
]);
/** Of those, the ones a unit writes to say "does not apply" (not a target left blank). */
const NOT_APPLICABLE = /^(?:[-—/\\]+|无|不适用|不涉及|n\/a|na)$/;

/**
 * A date or a period of dates: 2020-12-31, 2021年6月, 2023.07-2024.01. A lone 2023.07 stays a number:
 * with a dot, only a full date or a period counts as a date.
 */
const YEAR = String.raw`(?:19|20)\d{2}`;
const MONTH = String.raw`(?:0?[1-9]|1[0-2])`;
const DATE = String.raw`${YEAR}(?:[-/]${MONTH}(?:[-/]\d{1,2})?|\.${MONTH}\.\d{1,2}|年${MONTH}月(?:\d{1,2}日)?)`;
const DATE_OR_MONTH = String.raw`(?:${DATE}|${YEAR}\.${MONTH})`;
const DATE_VALUE = new RegExp(
  String.raw`^(?:${DATE}|${DATE_OR_MONTH}(?:-|~|至|到)${DATE_OR_MONTH})(?:前|之前|以前)?$`,
);

/** A date inside a deadline such as 12月31日前完成 or 2024年6月底前. */
const DATE_IN_TEXT =
  /\d{1,2}月(?:\d{1,2}[日号]|底|末|初|中旬|上旬|下旬|份)|\d{4}年\d{1,2}月|(?<![\d.])(?:19|20)\d{2}([./-])\d{1,2}\1\d{1,2}(?![\d.])/;

/** Excel's error values when they arrive as text (CSV exports, copied cells). */
const EXCEL_ERROR = /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** A number in scientific notation (1e5, 5e-324, 1.5E+3): Excel shows it, a table never means it. */
const EXPONENT = /(?:\d|\d\.|\.\d)[eE][+-]?\d/;

/** A calculation typed as a value (=1/0, 90*2, 3÷4): Excel would compute it, the reader must not guess. */
const ARITHMETIC = /\d\)?[*/×÷^]\(?[+-]?\.?\d|^=[+-]?[\d.]+[+-][\d.]+(?:\(|$)/;

/** Longer text is not searched for comparisons at all. */
const MAX_TEXT_LENGTH = 500;

/** Beyond this many characters a qualitative value reads as a sentence, not a target. */
const MAX_QUALITATIVE_LENGTH = 20;

/** Decimal places kept for a number that came from a cell as a double. */
const MAX_DECIMALS = 20;

/**
 * Reads a target (年度指标值 / 指标目标值) or an actual value (实际完成值) in any of the forms found
 * in published tables: `≥90.00(%)`, `>=90%`, `不低于95%`, `≤17.52(万元)`, `=1` on a 率 row, `健全`,
 * `部分达成指标并具有一定效果`, `80%-90%`, several targets in one cell, a bare number from a number cell.
 * Never throws and never returns NaN or Infinity; what is doubtful is listed in `issues`.
 *
 * @example
 * parseTarget("≥90.00(%)") // { kind: "quantitative", op: ">=", value: 90, unit: "%", decimals: 2, … }
 * parseTarget("=1", { name: "专款专用率" }) // value 100, unit "%", with an info issue
 * parseTarget("89.00(%)", { role: "actual" }) // op null, no issue
 */
export function parseTarget(
  input: string | number | null | undefined,
  context?: TargetContext | null,
): ParsedTarget {
  try {
    // Custom functions pass null for a missing optional argument; treat it as no context.
    return parseUnsafe(input, context ?? {});
  } catch (error) {
    // The reader is meant to be total; this is a last guard so a cell never crashes a recalculation.
    return {
      kind: "invalid",
      source: typeof input === "string" ? input : String(input ?? ""),
      issues: [issue("TARGET_INTERNAL_ERROR", "error", { detail: String(error).slice(0, 80) })],
    };
  }
}

function parseUnsafe(input: unknown, context: TargetContext): ParsedTarget {
  if (input === null || input === undefined) return { kind: "empty", source: "", issues: [] };
  if (typeof input === "number") return fromNumber(input, context);
  if (typeof input !== "string") return { kind: "empty", source: displayText(input), issues: [] };
  const source = input;
  // Most cells are ≥90.00(%), 89.00(%), 17.50(万元): read in one scan, same result as below.
  const common = readCommonClause(source);
  if (common) return fromComparison(source, common, [], context);
  // Chinese words alone (健全, 达成年度指标) need no normalising and hold no number or date.
  const plain = isPlainChinese(source);
  const text = plain ? source : normaliseTargetText(source);
  if (EMPTY_MARKERS.has(text.toLowerCase()) || /^[-—/\\.]+$/.test(text)) {
    return NOT_APPLICABLE.test(text.toLowerCase())
      ? { kind: "empty", source, notApplicable: true, issues: [] }
      : { kind: "empty", source, issues: [] };
  }
  if (!plain && EXCEL_ERROR.test(text)) {
    return { kind: "invalid", source, issues: [issue("TARGET_EXCEL_ERROR", "error", { text })] };
  }
  if (!plain && (DATE_VALUE.test(text) || (!/[<>=≥≤]/.test(text) && DATE_IN_TEXT.test(text)))) {
    // 服务周期 2023.07-2024.01: a period, not a number to compare against.
    // A single date is scored as a deadline against a completion date (rule 5a), but national guidance
    // still wants a limit (≤30天) for a 时效 indicator: the warning stays.
    return { kind: "qualitative", source, text, issues: [issue("TARGET_DATE_VALUE", "warning", { text })] };
  }
  // Before any clause is read: 1e999 would read as 999 and 1/0 as 0 without a word.
  if (!plain && EXPONENT.test(text)) {
    return { kind: "invalid", source, issues: [issue("TARGET_EXPONENT", "error", { text })] };
  }
  if (!plain && ARITHMETIC.test(text)) {
    return { kind: "invalid", source, issues: [issue("TARGET_ARITHMETIC", "error", { text })] };
  }
  if (isKnownUnit(text)) {
    // Only the unit column of a split layout, or the number was lost.
    return { kind: "invalid", source, issues: [issue("TARGET_NO_NUMBER", "error", { text })] };
  }
  if (text.length > MAX_TEXT_LENGTH) {
    // Far longer than any value; a pasted paragraph is not read clause by clause.
    return {
      kind: "qualitative",
      source,
      text,
      issues: [issue("TARGET_TOO_LONG", "warning", { length: text.length })],
    };
  }
  const outcome = readOutcome(text);
  if (outcome) {
    const issues = outcome.truncated ? [issue("TARGET_OUTCOME_TRUNCATED", "info", { text })] : [];
    return { kind: "qualitative", source, text, outcome: outcome.outcome, issues };
  }
  // Without a digit no clause can be read: straight to the qualitative reading.
  if (plain) return fromText(source, text, context);
  const pieces = splitClauses(text);
  const clauses: Clause[] = [];
  const otherText: string[] = [];
  for (const piece of pieces) {
    const clause = readClause(piece);
    if (clause) clauses.push(clause);
    else otherText.push(piece);
  }
  const [first] = clauses;
  if (!first) return fromText(source, text, context);
  if (clauses.length > 1) {
    const parts = clauses.map((clause) => fromClause(source, clause, [], context));
    const usable = parts.filter(
      (part): part is QuantitativeTarget | RangeTarget =>
        part.kind === "quantitative" || part.kind === "range",
    );
    return {
      kind: "compound",
      source,
      parts: usable,
      issues: [issue("TARGET_COMPOUND", "error", { count: clauses.length })],
    };
  }
  return fromClause(source, first, otherText, context);
}

function fromNumber(input: number, context: TargetContext): ParsedTarget {
  const source = String(input);
  if (!Number.isFinite(input)) {
    return { kind: "invalid", source, issues: [issue("TARGET_NOT_A_NUMBER", "error", { text: source })] };
  }
  if (Math.abs(input) > MAX_TARGET_MAGNITUDE) {
    return { kind: "invalid", source, issues: [issue("TARGET_NUMBER_TOO_LARGE", "error", { text: source })] };
  }
  // Kept to 20 decimal places like a typed value.
  // Below MIN_TARGET_MAGNITUDE it is a formula's rounding noise, 0 for any table.
  const rounded =
    Math.abs(input) < MIN_TARGET_MAGNITUDE ? 0 : Math.abs(input) < 1 ? Number(input.toFixed(20)) : input;
  const value = rounded === 0 ? 0 : rounded;
  const clause: NumberClause = {
    kind: "number",
    op: null,
    value,
    decimals: decimalsOf(value),
    unit: "",
    unitKnown: true,
    label: "",
    trailing: "",
    qualifier: "",
    doubled: false,
    conflict: false,
    approximate: false,
    overflow: false,
    // A formula's rounding noise (0.3-0.1-0.2) is 0 for any table, unlike 5e-324 typed as text.
    underflow: false,
  };
  return fromClause(source, clause, [], context);
}

/** Decimal places of a double as JavaScript prints it (1e-7 has 7), capped. */
function decimalsOf(value: number): number {
  const printed = String(Math.abs(value));
  const exponent = /e([+-]\d+)$/.exec(printed);
  const mantissa = exponent ? printed.slice(0, exponent.index) : printed;
  const dot = mantissa.indexOf(".");
  const places = (dot < 0 ? 0 : mantissa.length - dot - 1) - (exponent ? Number(exponent[1]) : 0);
  return Math.max(0, Math.min(MAX_DECIMALS, places));
}

function fromClause(
  source: string,
  clause: Clause,
  otherText: readonly string[],
  context: TargetContext,
): ParsedTarget {
  return clause.kind === "range"
    ? fromRange(source, clause, otherText, context)
    : fromComparison(source, clause, otherText, context);
}

function fromComparison(
  source: string,
  clause: NumberClause,
  otherText: readonly string[],
  context: TargetContext,
): ParsedTarget {
  const magnitude = magnitudeIssue(source, clause);
  if (magnitude) return magnitude;
  if (clause.conflict) {
    return {
      kind: "invalid",
      source,
      issues: [issue("TARGET_CONFLICTING_OPERATORS", "error", { text: source })],
    };
  }
  const issues: TargetIssue[] = [];
  const isTarget = context.role !== "actual";
  const rate = isRateName(context.name);
  let { value, decimals, unit } = clause;
  if (unit === "" && rate && isTarget && value > 0 && value <= 1) {
    // 专款专用率 =1: a share written as a fraction of one.
    const percent = Number((value * 100).toFixed(Math.min(MAX_DECIMALS, decimals + 2)));
    issues.push(issue("TARGET_RATIO_AS_PERCENT", "info", { value: String(value), percent: String(percent) }));
    value = percent;
    decimals = Math.max(0, decimals - 2);
    unit = "%";
  }
  if (clause.doubled) issues.push(issue("TARGET_DOUBLED_OPERATOR", "warning", { text: source }));
  // An approximate target cannot be scored exactly; an approximate actual (200余人, 约95%) is read as
  // its number, which is what a reviewer does.
  if (clause.approximate)
    issues.push(issue("TARGET_APPROXIMATE", isTarget ? "warning" : "info", { text: source }));
  const extra = [clause.label, clause.trailing, ...otherText].filter((part) => part !== "").join(" ");
  if (extra !== "") issues.push(issue("TARGET_TEXT_WITH_NUMBER", "warning", { text: extra }));
  if (clause.qualifier !== "") issues.push(issue("TARGET_UNIT_NOTE", "info", { note: clause.qualifier }));
  if (!clause.unitKnown) issues.push(issue("TARGET_UNIT_UNRECOGNISED", "info", { unit }));
  if (isTarget && clause.op === null)
    issues.push(issue("TARGET_MISSING_OPERATOR", "warning", { text: source }));
  if (isTarget && unit === "") {
    issues.push(
      issue("TARGET_MISSING_UNIT", "warning", { text: source, example: exampleWithUnit(clause, context) }),
    );
  }
  if (rate && (unit === "%" ? value > 100 : unit === "‰" ? value > 1000 : false)) {
    issues.push(issue("TARGET_PERCENT_OVER_100", "warning", { value: `${value}${unit}` }));
  }
  return { kind: "quantitative", source, op: clause.op, value, unit, decimals, issues };
}

function fromRange(
  source: string,
  clause: RangeClause,
  otherText: readonly string[],
  context: TargetContext,
): ParsedTarget {
  const magnitude = magnitudeIssue(source, clause);
  if (magnitude) return magnitude;
  const issues: TargetIssue[] = [issue("TARGET_RANGE", "warning", { text: source })];
  if (clause.unitsDiffer) issues.push(issue("TARGET_RANGE_UNITS_DIFFER", "warning", { text: source }));
  const extra = [clause.label, ...otherText].filter((part) => part !== "").join(" ");
  if (extra !== "") issues.push(issue("TARGET_TEXT_WITH_NUMBER", "warning", { text: extra }));
  if (!clause.unitKnown) issues.push(issue("TARGET_UNIT_UNRECOGNISED", "info", { unit: clause.unit }));
  if (context.role !== "actual" && clause.unit === "") {
    const unit = suggestUnit(context.name);
    const example = unit
      ? formatTarget({
          kind: "range",
          source: "",
          low: clause.low,
          high: clause.high,
          unit,
          decimals: clause.decimals,
          issues: [],
        })
      : GENERIC_EXAMPLE;
    issues.push(issue("TARGET_MISSING_UNIT", "warning", { text: source, example }));
  }
  if (isRateName(context.name) && clause.unit === "%" && clause.high > 100) {
    issues.push(issue("TARGET_PERCENT_OVER_100", "warning", { value: `${clause.high}%` }));
  }
  return {
    kind: "range",
    source,
    low: clause.low,
    high: clause.high,
    unit: clause.unit,
    decimals: clause.decimals,
    issues,
  };
}

/** A number too large or too small to calculate with: the value is invalid, with its own code. */
function magnitudeIssue(source: string, clause: Clause): ParsedTarget | undefined {
  if (clause.overflow) {
    return { kind: "invalid", source, issues: [issue("TARGET_NUMBER_TOO_LARGE", "error", { text: source })] };
  }
  if (clause.underflow) {
    return { kind: "invalid", source, issues: [issue("TARGET_NUMBER_TOO_SMALL", "error", { text: source })] };
  }
  return undefined;
}

function fromText(source: string, text: string, context: TargetContext): ParsedTarget {
  if (/[<>=≥≤≠]/.test(text)) {
    // A comparison sign without a number it applies to: nothing can be scored against it.
    return { kind: "invalid", source, issues: [issue("TARGET_UNREADABLE", "error", { text })] };
  }
  const issues: TargetIssue[] = [];
  const suggestion = suggestQualitative(text);
  if (suggestion !== undefined) {
    issues.push(issue("TARGET_QUALITATIVE_TYPO", "warning", { text, suggestion }));
  }
  if (context.role !== "actual" && isRateName(context.name)) {
    issues.push(issue("TARGET_QUALITATIVE_ON_RATE", "warning", { name: context.name ?? "", text }));
  }
  if ([...text].length > MAX_QUALITATIVE_LENGTH) {
    issues.push(issue("TARGET_TOO_LONG", "warning", { length: [...text].length }));
  }
  // Shown back as the user typed it (full-width punctuation kept), only the line breaks of a wrapped cell go.
  const shown = source.trim().replace(/\s*\n\s*/g, "");
  const result: QualitativeTarget = { kind: "qualitative", source, text: shown, issues };
  return result;
}

/** Shown when the indicator name does not say which unit is meant. */
const GENERIC_EXAMPLE = "≥90.00(%) / =4.00(次)";

/** The value as it should be written, with the unit the indicator name suggests (=4 → =4.00(次)). */
function exampleWithUnit(clause: NumberClause, context: TargetContext): string {
  const unit = suggestUnit(context.name);
  if (unit === undefined) return GENERIC_EXAMPLE;
  return formatTarget({
    kind: "quantitative",
    source: "",
    op: clause.op ?? ">=",
    value: clause.value,
    unit,
    decimals: clause.decimals,
    issues: [],
  });
}

/** Answers of isRateName per name: a table asks about the same few names for every value. */
const isRateNameRemembered = remember(workOutRateName, 2000);

/** A name measuring a share (…率, …比例, …占比), ignoring a trailing unit note such as (%). */
function isRateName(name: string | undefined): boolean {
  if (!name) return false;
  return isRateNameRemembered(name);
}

function workOutRateName(name: string): boolean {
  const bare = name
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/\([^()]*\)$/, "");
  return /(率|比例|占比|比率|比重)$/.test(bare);
}

function issue<C extends TargetMessageCode>(
  code: C,
  severity: Severity,
  ...params: ParamsArgs<C>
): TargetIssue {
  return makeIssue(code, severity, ...params) as TargetIssue;
}
